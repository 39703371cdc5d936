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
