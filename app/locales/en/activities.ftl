## Activities: My day, follow-ups, visits, the timeline

activities-kind-call = Call
activities-kind-meeting = Meeting
activities-kind-visit = Visit
activities-kind-email = Email
activities-kind-note = Note
activities-kind-task = Task

## My day

activities-my-day = My day
activities-my-day-loading = Loading your day…
activities-caught-up = All caught up
activities-caught-up-hint = Nothing is overdue or due today. Plan next steps from a customer card.
activities-go-customers = Go to customers
activities-overdue = Overdue
activities-due-today-heading = Due today
activities-overdue-count = { $count } overdue
activities-unplanned = Deals with no next step
activities-unplanned-hint = Your largest open deals with nothing planned. Plan the next step before they go cold.

## When a follow-up is due

activities-no-due-date = No due date
activities-due-today = Today
activities-due-today-at = Today { $time }
activities-due-tomorrow = Tomorrow
activities-due-tomorrow-at = Tomorrow { $time }
activities-due-yesterday = Yesterday
activities-due-yesterday-at = Yesterday { $time }
activities-due-on = { $date }
activities-due-on-at = { $date } { $time }
activities-overdue-due = Overdue · { $due }

## One activity in a list

activities-done-at = Done { $at }
activities-checked-in = Checked in at { $time } · { $place }
activities-location-not-shared = location not shared
activities-check-in = Check in
activities-checking-in = Checking in…
activities-done = Done
activities-mark-done-label = Mark “{ $subject }” done
activities-move-tomorrow = Tomorrow
activities-move-tomorrow-label = Move “{ $subject }” to tomorrow
activities-later = Later…
activities-reschedule-label = Reschedule “{ $subject }”
activities-next-week = Next week
activities-new-date = New date
activities-move = Move
activities-pick-date = Pick a date.
activities-reopen = Reopen
activities-reopen-label = Reopen “{ $subject }”

## A customer's next steps and timeline

activities-next-steps = Next steps
activities-log = Log activity
activities-plan-next = Plan next step
activities-logged-prompt = Logged. Plan the next step?
activities-not-now = Not now
activities-loading = Loading activities…
activities-none-planned = No next step planned with this customer.
activities-plan-one = Plan one now
activities-deal-none-planned = No next step planned for this deal.
activities-timeline = Timeline
activities-timeline-loading = Loading timeline…
activities-timeline-offline = Deal stage changes show here when you are back online.
activities-timeline-empty = Nothing has happened with this customer yet. Log a call, a visit or a note.
activities-deal = Deal
activities-deal-event-by = { $by } · { $at }
activities-deal-event-someone = someone · { $at }

## Logging and planning

activities-log-title = Log an activity
activities-log-save = Save to timeline
activities-plan-title = Plan the next step
activities-plan-save = Plan it
activities-field-kind = Kind
activities-field-subject = Subject
activities-subject-placeholder = Call about the spring order
activities-field-notes = Notes
activities-field-date = Date
activities-field-time = Time
activities-field-due-date = Due date
activities-field-time-optional = Time (optional)
activities-field-contact = Contact
activities-field-deal = Deal
activities-field-for = For
activities-no-contact = No contact
activities-no-deal = No deal
activities-customers-rep = The customer’s rep
activities-cancel = Cancel

## Validation

activities-location-unreadable = The location from this device could not be read.
activities-accuracy-negative = The location accuracy must not be negative.
activities-date-format = Enter a date like 2026-11-27.
activities-due-time-format = Enter a time like 14:30.
activities-done-time-format = Enter a time like 10:00.
activities-date-for-time = Pick a date for this time.
activities-done-at-not-done = Only something already done has a time it happened.
activities-done-at-future = That time is still to come: plan it as a next step instead.
activities-clocks-changed = The clocks changed then: pick another time.
activities-customer-gone = This customer no longer exists.
activities-contact-elsewhere = Choose a contact who works at this customer.
activities-deal-elsewhere = Choose a deal with this customer.
activities-owner-not-in-team = Choose a member of your team.
activities-checkin-visits-only = Only visits have a check-in.
activities-time-zone-unknown = This time zone is not known. Use a name like Europe/Lisbon.
