## Activities: My day, follow-ups, visits, the timeline

activities-kind-call = Kõne
activities-kind-meeting = Kohtumine
activities-kind-visit = Külastus
activities-kind-email = E-kiri
activities-kind-note = Märge
activities-kind-task = Ülesanne

## My day

activities-my-day = Minu päev
activities-my-day-loading = Laadin sinu päeva…
activities-caught-up = Kõik tehtud
activities-caught-up-hint = Midagi pole hilinenud ega täna tähtajaga. Planeeri järgmised sammud kliendi kaardilt.
activities-go-customers = Klientide juurde
activities-overdue = Hilinenud
activities-due-today-heading = Täna tähtaeg
activities-overdue-count = Hilinenud: { $count }
activities-unplanned = Tehingud ilma järgmise sammuta
activities-unplanned-hint = Sinu suurimad avatud tehingud, millele pole midagi planeeritud. Planeeri järgmine samm enne, kui need jahtuvad.

## When a follow-up is due

activities-no-due-date = Tähtajata
activities-due-today = Täna
activities-due-today-at = Täna { $time }
activities-due-tomorrow = Homme
activities-due-tomorrow-at = Homme { $time }
activities-due-yesterday = Eile
activities-due-yesterday-at = Eile { $time }
activities-due-on = { $date }
activities-due-on-at = { $date } { $time }
activities-overdue-due = Hilinenud · { $due }

## One activity in a list

activities-done-at = Tehtud { $at }
activities-checked-in = Kohal kell { $time } · { $place }
activities-location-not-shared = asukohta ei jagatud
activities-check-in = Märgi kohalolek
activities-checking-in = Märgin…
activities-done = Tehtud
activities-mark-done-label = Märgi „{ $subject }“ tehtuks
activities-move-tomorrow = Homseks
activities-move-tomorrow-label = Lükka „{ $subject }“ homsesse
activities-later = Hiljem…
activities-reschedule-label = Planeeri „{ $subject }“ ümber
activities-next-week = Järgmine nädal
activities-new-date = Uus kuupäev
activities-move = Lükka edasi
activities-pick-date = Vali kuupäev.
activities-reopen = Ava uuesti
activities-reopen-label = Ava „{ $subject }“ uuesti

## A customer's next steps and timeline

activities-next-steps = Järgmised sammud
activities-log = Lisa tegevus
activities-plan-next = Planeeri järgmine samm
activities-logged-prompt = Salvestatud. Kas planeerida järgmine samm?
activities-not-now = Mitte praegu
activities-loading = Laadin tegevusi…
activities-none-planned = Selle kliendiga pole järgmist sammu planeeritud.
activities-plan-one = Planeeri kohe
activities-deal-none-planned = Sellele tehingule pole järgmist sammu planeeritud.
activities-timeline = Ajajoon
activities-timeline-loading = Laadin ajajoont…
activities-timeline-offline = Tehingute etapimuutused ilmuvad siia, kui oled taas võrgus.
activities-timeline-empty = Selle kliendiga pole veel midagi juhtunud. Lisa kõne, külastus või märge.
activities-deal = Tehing
activities-deal-event-by = { $by } · { $at }
activities-deal-event-someone = keegi · { $at }

## Logging and planning

activities-log-title = Lisa tegevus
activities-log-save = Salvesta ajajoonele
activities-plan-title = Planeeri järgmine samm
activities-plan-save = Planeeri
activities-field-kind = Liik
activities-field-subject = Teema
activities-subject-placeholder = Kõne kevadise tellimuse kohta
activities-field-notes = Märkmed
activities-field-date = Kuupäev
activities-field-time = Kellaaeg
activities-field-due-date = Tähtaeg
activities-field-time-optional = Kellaaeg (valikuline)
activities-field-contact = Kontakt
activities-field-deal = Tehing
activities-field-for = Kellele
activities-no-contact = Kontaktita
activities-no-deal = Tehinguta
activities-customers-rep = Kliendi vastutaja
activities-cancel = Loobu

## Validation

activities-location-unreadable = Selle seadme asukohta ei õnnestunud lugeda.
activities-accuracy-negative = Asukoha täpsus ei tohi olla negatiivne.
activities-date-format = Sisesta kuupäev kujul 2026-11-27.
activities-due-time-format = Sisesta kellaaeg kujul 14:30.
activities-done-time-format = Sisesta kellaaeg kujul 10:00.
activities-date-for-time = Vali sellele kellaajale kuupäev.
activities-done-at-not-done = Toimumisaeg saab olla ainult juba tehtud asjal.
activities-done-at-future = See aeg on alles tulemas: planeeri see hoopis järgmiseks sammuks.
activities-clocks-changed = Sel ajal keerati kella: vali teine kellaaeg.
activities-customer-gone = Seda klienti pole enam olemas.
activities-contact-elsewhere = Vali kontakt, kes töötab selle kliendi juures.
activities-deal-elsewhere = Vali selle kliendiga seotud tehing.
activities-owner-not-in-team = Vali oma meeskonna liige.
activities-checkin-visits-only = Kohalolekut saab märkida ainult külastustel.
activities-time-zone-unknown = Seda ajavööndit ei tunta. Kasuta nime nagu Europe/Lisbon.
