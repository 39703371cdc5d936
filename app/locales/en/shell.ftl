# Fieldbook — English (the reference: every other language has exactly these
# keys, with the same placeholders). Terms: see app/src/i18n/glossary/.

## The frame: tabs, search, sync state

nav-main = Main
tab-my-day = My day
tab-customers = Customers
tab-pipeline = Pipeline
tab-more = More
search-label = Search
search-title = Search everything
sync-link-title = This device: storage and sync
sync-offline = Offline
sync-syncing = Syncing…
sync-all-saved = All saved
sync-saving = Saving
sync-edits-waiting =
    { $count ->
        [one] { $count } edit waiting
       *[other] { $count } edits waiting
    }
sync-status-title = Edits are kept on this device and sent when the network allows
notice-dismiss = Dismiss

## More

more-signed-in = Signed in
more-pages = More pages
more-forecast = Forecast
more-forecast-hint = Expected revenue and quota
more-archive = Archive
more-archive-hint = Restore or erase archived records
more-pipelines = Pipelines and stages
more-pipelines-hint = Set up the sales stages
more-device = This device
more-device-hint = What is kept here, edits waiting, last sync
more-language = Language
more-language-hint = Fieldbook's language on this device. It changes at once, offline too.
language-unavailable = This language could not be loaded. Try again when you are online.
sign-out = Sign out
sign-out-offline = You are offline. Signing out ends your session on the server, so it needs a connection: try again when you are back online. Your customers and edits stay on this device meanwhile.
sign-out-confirm =
    { $count ->
        [one] { $count } edit is not sent yet. It stays on this device and is sent when you sign in again here. Sign out?
       *[other] { $count } edits are not sent yet. They stay on this device and are sent when you sign in again here. Sign out?
    }
sign-out-everywhere-hint = Lost a phone, or signed in on a shared computer? End every session of your account.
sign-out-everywhere = Sign out everywhere

## Search

search-page-label = Search everything on this device
search-page-placeholder = Name, phone, tag, deal, note…
search-page-loading = Loading this device’s data…
search-page-results =
    { $count ->
        [one] { $count } result
       *[other] { $count } results
    }
# More results than the page lists ($shown of them).
search-page-results-best =
    { $count ->
        [one] { $count } result, the best { $shown } shown
       *[other] { $count } results, the best { $shown } shown
    }
search-page-hint = Customers by name, tag, industry, address or phone; contacts by name, email or phone; deals by title; activities by subject and notes. It searches this device, so it works offline.
search-page-no-match = Nothing on this device matches “{ $query }”.
search-kind-customer = Customer
search-kind-contact = Contact
search-kind-deal = Deal
search-kind-activity = Activity

## Skipping to the page, pages that do not exist

shell-skip-to-content = Skip to content
shell-not-found-title = Not found
shell-not-found = Page not found
shell-not-found-body = The page you asked for does not exist.
shell-go-to-customers = Go to customers
