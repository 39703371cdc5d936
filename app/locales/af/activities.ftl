## Activities: My day, follow-ups, visits, the timeline

activities-kind-call = Oproep
activities-kind-meeting = Vergadering
activities-kind-visit = Besoek
activities-kind-email = E-pos
activities-kind-note = Nota
activities-kind-task = Taak

## My day

activities-my-day = My dag
activities-my-day-loading = Laai jou dag…
activities-caught-up = Alles op datum
activities-caught-up-hint = Niks is agterstallig of vandag verskuldig nie. Beplan volgende stappe vanaf 'n kliënt se kaart.
activities-go-customers = Gaan na kliënte
activities-overdue = Agterstallig
activities-due-today-heading = Vandag verskuldig
activities-overdue-count = { $count } agterstallig
activities-unplanned = Transaksies sonder 'n volgende stap
activities-unplanned-hint = Jou grootste oop transaksies waarvoor niks beplan is nie. Beplan die volgende stap voordat hulle koud word.

## When a follow-up is due

activities-no-due-date = Geen sperdatum nie
activities-due-today = Vandag
activities-due-today-at = Vandag { $time }
activities-due-tomorrow = Môre
activities-due-tomorrow-at = Môre { $time }
activities-due-yesterday = Gister
activities-due-yesterday-at = Gister { $time }
activities-due-on = { $date }
activities-due-on-at = { $date } { $time }
activities-overdue-due = Agterstallig · { $due }

## One activity in a list

activities-done-at = Gedoen { $at }
activities-checked-in = Ingeklok om { $time } · { $place }
activities-location-not-shared = ligging nie gedeel nie
activities-check-in = Klok in
activities-checking-in = Klok in…
activities-done = Klaar
activities-mark-done-label = Merk “{ $subject }” as klaar
activities-move-tomorrow = Môre
activities-move-tomorrow-label = Skuif “{ $subject }” na môre
activities-later = Later…
activities-reschedule-label = Skeduleer “{ $subject }” oor
activities-next-week = Volgende week
activities-new-date = Nuwe datum
activities-move = Skuif
activities-pick-date = Kies 'n datum.
activities-reopen = Heropen
activities-reopen-label = Heropen “{ $subject }”

## A customer's next steps and timeline

activities-next-steps = Volgende stappe
activities-log = Teken aktiwiteit aan
activities-plan-next = Beplan volgende stap
activities-logged-prompt = Aangeteken. Beplan die volgende stap?
activities-not-now = Nie nou nie
activities-loading = Laai aktiwiteite…
activities-none-planned = Geen volgende stap met hierdie kliënt beplan nie.
activities-plan-one = Beplan een nou
activities-deal-none-planned = Geen volgende stap vir hierdie transaksie beplan nie.
activities-timeline = Tydlyn
activities-timeline-loading = Laai tydlyn…
activities-timeline-offline = Faseveranderinge van transaksies wys hier sodra jy weer aanlyn is.
activities-timeline-empty = Nog niks het met hierdie kliënt gebeur nie. Teken 'n oproep, 'n besoek of 'n nota aan.
activities-deal = Transaksie
activities-deal-event-by = { $by } · { $at }
activities-deal-event-someone = iemand · { $at }

## Logging and planning

activities-log-title = Teken 'n aktiwiteit aan
activities-log-save = Stoor op tydlyn
activities-plan-title = Beplan die volgende stap
activities-plan-save = Beplan dit
activities-field-kind = Soort
activities-field-subject = Onderwerp
activities-subject-placeholder = Oproep oor die lente-bestelling
activities-field-notes = Notas
activities-field-date = Datum
activities-field-time = Tyd
activities-field-due-date = Sperdatum
activities-field-time-optional = Tyd (opsioneel)
activities-field-contact = Kontak
activities-field-deal = Transaksie
activities-field-for = Vir
activities-no-contact = Geen kontak
activities-no-deal = Geen transaksie
activities-customers-rep = Die kliënt se verteenwoordiger
activities-cancel = Kanselleer

## Validation

activities-location-unreadable = Die ligging van hierdie toestel kon nie gelees word nie.
activities-accuracy-negative = Die liggingsakkuraatheid mag nie negatief wees nie.
activities-date-format = Tik 'n datum soos 2026-11-27.
activities-due-time-format = Tik 'n tyd soos 14:30.
activities-done-time-format = Tik 'n tyd soos 10:00.
activities-date-for-time = Kies 'n datum vir hierdie tyd.
activities-done-at-not-done = Net iets wat reeds gedoen is, het 'n tyd waarop dit gebeur het.
activities-done-at-future = Daardie tyd moet nog kom: beplan dit eerder as 'n volgende stap.
activities-clocks-changed = Die horlosies het toe verander: kies 'n ander tyd.
activities-customer-gone = Hierdie kliënt bestaan nie meer nie.
activities-contact-elsewhere = Kies 'n kontak wat by hierdie kliënt werk.
activities-deal-elsewhere = Kies 'n transaksie met hierdie kliënt.
activities-owner-not-in-team = Kies 'n lid van jou span.
activities-checkin-visits-only = Net besoeke het 'n inklok.
activities-time-zone-unknown = Hierdie tydsone is onbekend. Gebruik 'n naam soos Europe/Lisbon.
