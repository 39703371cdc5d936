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
