## Validation messages, errors and notices shared by every page

error-unauthorized = Please sign in to continue.
error-forbidden = You do not have access to this record.
error-not-found = This record was not found. It may have been deleted.
error-validation = Please correct the highlighted fields.
error-already-exists = This record was already created.
error-internal = Something went wrong on our side. Please try again.
error-busy = Fieldbook was busy with another change. Please try again.
error-throttled =
    { $seconds ->
        [one] Too many attempts. Please wait { $seconds } second and try again.
       *[other] Too many attempts. Please wait { $seconds } seconds and try again.
    }
error-malformed = The request could not be read. Reload the page and try again.
error-unavailable = Fieldbook is temporarily unavailable. Please try again in a moment.
error-network = Could not reach Fieldbook. Check the connection and try again.

## Errors the database reports, beside the field to fix

error-company-name-taken = A company with this name already exists.
error-email-taken = This email is already in use.
error-stage-name-taken = This pipeline already has a stage with this name.
error-pipeline-name-taken = A pipeline with this name already exists.
error-linked-record-gone = A linked record no longer exists. Reload and try again.

## Field checks (app/src/validate.rs)

validation-required = This field is required.
validation-too-long = Keep this under { $max } characters.
validation-control-characters = Remove the invisible control characters.
validation-date-range = Pick a date between the years { $from } and { $to }.
validation-email = Enter an email address like name@company.com.
validation-phone = Enter a phone number using digits, spaces and + - ( ).
validation-website = Enter a web address like example.com.

## Pieces every page uses: loading, editing a field in place, error notices

common-loading = Loading…
common-save = Save
common-saving = Saving…
common-cancel = Cancel
common-not-set = Not set
# The button that opens a field's editor, for screen readers: "Edit Phone".
common-edit-field = Edit { $field }
common-sign-in = Sign in
common-back-to-customers = Back to customers
