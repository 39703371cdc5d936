## Activities: My day, follow-ups, visits, the timeline

activities-kind-call = Zvans
activities-kind-meeting = Tikšanās
activities-kind-visit = Vizīte
activities-kind-email = E-pasts
activities-kind-note = Piezīme
activities-kind-task = Uzdevums

## My day

activities-my-day = Mana diena
activities-my-day-loading = Ielādē jūsu dienu…
activities-caught-up = Viss izdarīts
activities-caught-up-hint = Nekas nav nokavēts un šodien nav jāizdara. Plānojiet nākamos soļus no klienta kartītes.
activities-go-customers = Uz klientiem
activities-overdue = Nokavēti
activities-due-today-heading = Jāizdara šodien
activities-overdue-count = Nokavēti: { $count }
activities-unplanned = Darījumi bez nākamā soļa
activities-unplanned-hint = Jūsu lielākie atvērtie darījumi, kuriem nekas nav ieplānots. Ieplānojiet nākamo soli, pirms tie atdziest.

## When a follow-up is due

activities-no-due-date = Bez termiņa
activities-due-today = Šodien
activities-due-today-at = Šodien { $time }
activities-due-tomorrow = Rīt
activities-due-tomorrow-at = Rīt { $time }
activities-due-yesterday = Vakar
activities-due-yesterday-at = Vakar { $time }
activities-due-on = { $date }
activities-due-on-at = { $date } { $time }
activities-overdue-due = Nokavēts · { $due }

## One activity in a list

activities-done-at = Izdarīts { $at }
activities-checked-in = Ierašanās atzīmēta { $time } · { $place }
activities-location-not-shared = atrašanās vieta nav kopīgota
activities-check-in = Atzīmēties
activities-checking-in = Atzīmē…
activities-done = Izdarīts
activities-mark-done-label = Atzīmēt “{ $subject }” kā izdarītu
activities-move-tomorrow = Uz rītu
activities-move-tomorrow-label = Pārcelt “{ $subject }” uz rītdienu
activities-later = Vēlāk…
activities-reschedule-label = Pārplānot “{ $subject }”
activities-next-week = Nākamnedēļ
activities-new-date = Jauns datums
activities-move = Pārcelt
activities-pick-date = Izvēlieties datumu.
activities-reopen = Atsākt
activities-reopen-label = Atsākt “{ $subject }”

## A customer's next steps and timeline

activities-next-steps = Nākamie soļi
activities-log = Pierakstīt aktivitāti
activities-plan-next = Plānot nākamo soli
activities-logged-prompt = Pierakstīts. Plānot nākamo soli?
activities-not-now = Ne tagad
activities-loading = Ielādē aktivitātes…
activities-none-planned = Ar šo klientu nav ieplānots nākamais solis.
activities-plan-one = Plānot tagad
activities-deal-none-planned = Šim darījumam nav ieplānots nākamais solis.
activities-timeline = Hronika
activities-timeline-loading = Ielādē hroniku…
activities-timeline-offline = Darījumu posmu maiņas šeit parādīsies, kad būsiet atkal tiešsaistē.
activities-timeline-empty = Ar šo klientu vēl nekas nav noticis. Pierakstiet zvanu, vizīti vai piezīmi.
activities-deal = Darījums
activities-deal-event-by = { $by } · { $at }
activities-deal-event-someone = kāds · { $at }

## Logging and planning

activities-log-title = Pierakstīt aktivitāti
activities-log-save = Saglabāt hronikā
activities-plan-title = Plānot nākamo soli
activities-plan-save = Ieplānot
activities-field-kind = Veids
activities-field-subject = Temats
activities-subject-placeholder = Zvans par pavasara pasūtījumu
activities-field-notes = Piezīmes
activities-field-date = Datums
activities-field-time = Laiks
activities-field-due-date = Termiņš
activities-field-time-optional = Laiks (nav obligāts)
activities-field-contact = Kontaktpersona
activities-field-deal = Darījums
activities-field-for = Kam
activities-no-contact = Bez kontaktpersonas
activities-no-deal = Bez darījuma
activities-customers-rep = Klienta atbildīgais
activities-cancel = Atcelt

## Validation

activities-location-unreadable = Neizdevās nolasīt šīs ierīces atrašanās vietu.
activities-accuracy-negative = Atrašanās vietas precizitāte nedrīkst būt negatīva.
activities-date-format = Ievadiet datumu, piemēram, 2026-11-27.
activities-due-time-format = Ievadiet laiku, piemēram, 14:30.
activities-done-time-format = Ievadiet laiku, piemēram, 10:00.
activities-date-for-time = Izvēlieties datumu šim laikam.
activities-done-at-not-done = Laiks, kad tas notika, ir tikai jau izdarītam.
activities-done-at-future = Šis laiks vēl nav pienācis: ieplānojiet to kā nākamo soli.
activities-clocks-changed = Tobrīd mainījās pulksteņa laiks: izvēlieties citu laiku.
activities-customer-gone = Šis klients vairs nepastāv.
activities-contact-elsewhere = Izvēlieties kontaktpersonu, kas strādā pie šī klienta.
activities-deal-elsewhere = Izvēlieties darījumu ar šo klientu.
activities-owner-not-in-team = Izvēlieties savas komandas dalībnieku.
activities-checkin-visits-only = Ierašanos var atzīmēt tikai vizītēm.
activities-time-zone-unknown = Šī laika josla nav zināma. Izmantojiet nosaukumu, piemēram, Europe/Lisbon.
