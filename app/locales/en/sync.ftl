## This device: storage and sync; the offline page

## An edit the server refused: what was not saved (then, after it, why).
## The "-unnamed" forms are for a record this device no longer holds.

sync-refused-create-company = New company “{ $name }” was not saved:
sync-refused-edit-company = Your edit of the company “{ $name }” was not saved:
sync-refused-edit-company-unnamed = Your edit of a company was not saved:
sync-refused-archive-company = Archiving the company “{ $name }” was not saved:
sync-refused-archive-company-unnamed = Archiving a company was not saved:
sync-refused-create-contact = New contact “{ $name }” was not saved:
sync-refused-edit-contact = Your edit of the contact “{ $name }” was not saved:
sync-refused-edit-contact-unnamed = Your edit of a contact was not saved:
sync-refused-archive-contact = Archiving the contact “{ $name }” was not saved:
sync-refused-archive-contact-unnamed = Archiving a contact was not saved:
sync-refused-create-deal = New deal “{ $name }” was not saved:
sync-refused-edit-deal = Your edit of the deal “{ $name }” was not saved:
sync-refused-edit-deal-unnamed = Your edit of a deal was not saved:
sync-refused-move-deal = Moving the deal “{ $name }” was not saved:
sync-refused-move-deal-unnamed = Moving a deal was not saved:
sync-refused-close-deal = Closing the deal “{ $name }” was not saved:
sync-refused-close-deal-unnamed = Closing a deal was not saved:
sync-refused-reopen-deal = Reopening the deal “{ $name }” was not saved:
sync-refused-reopen-deal-unnamed = Reopening a deal was not saved:
sync-refused-archive-deal = Archiving the deal “{ $name }” was not saved:
sync-refused-archive-deal-unnamed = Archiving a deal was not saved:
sync-refused-create-activity = New activity “{ $name }” was not saved:
sync-refused-edit-activity = Your edit of the activity “{ $name }” was not saved:
sync-refused-edit-activity-unnamed = Your edit of an activity was not saved:
sync-refused-complete-activity = Completing the activity “{ $name }” was not saved:
sync-refused-complete-activity-unnamed = Completing an activity was not saved:
sync-refused-reopen-activity = Reopening the activity “{ $name }” was not saved:
sync-refused-reopen-activity-unnamed = Reopening an activity was not saved:
sync-refused-check-in = The check-in at the activity “{ $name }” was not saved:
sync-refused-check-in-unnamed = The check-in at an activity was not saved:
sync-refused-archive-activity = Archiving the activity “{ $name }” was not saved:
sync-refused-archive-activity-unnamed = Archiving an activity was not saved:
sync-refused-restore-company = Restoring an archived company was not saved:
sync-refused-restore-contact = Restoring an archived contact was not saved:
sync-refused-restore-deal = Restoring an archived deal was not saved:
sync-refused-restore-activity = Restoring an archived activity was not saved:

## Sync problems

sync-signed-out = You were signed out. Sign in again to send your edits.
sync-storage-full = This device's storage is full: edits made offline may not survive a reload.
sync-held-newer = This device has edits saved by a newer version of Fieldbook. Reload to get it: the edits are kept and are sent from there. Until then you can read, not edit.
sync-held-unreadable = This device has edits this version of Fieldbook cannot read. They are kept on the device, not sent; until a version that reads them runs here you can read, not edit.
sync-held-reload = Edits saved by another version of Fieldbook wait on this device: reload to update before editing.
sync-still-loading = Your data is still loading. Try again in a moment.
sync-too-many-edits = Send at most { $max } edits at a time.

## A new release, installed in the background

update-ready = A new version of Fieldbook is ready. Edits waiting on this device are kept.
update-reload = New version — reload

## The "This device" page

device-title = This device
device-storage-heading = Storage and sync
device-records = Records kept
device-records-count = { $count } (customers, contacts, deals and activities)
device-pending = Edits waiting
device-last-sync = Last sync
device-never-synced = Not yet
device-not-synced-offline = Not since this page opened (offline)
device-offline-pages = Pages for offline use
device-pages-checking = Checking…
device-pages-not-now = Not all kept yet: they are stored when the network is back
device-pages-all-kept = All { $total } kept: every page opens offline
device-pages-some-kept = { $kept } of { $total } kept
device-pages-unsupported = This browser cannot keep pages for offline use
device-storage-used = Storage used
device-storage-measuring = Measuring…
device-storage-unknown = Not reported by this browser
# $used and $quota are sizes, like "1.2 MB".
device-storage-kept = { $used } of { $quota } (kept even when space runs low)
device-storage-may-clear = { $used } of { $quota } (the browser may clear it when space runs low)
device-about = Your customers and queued edits live in this browser so Fieldbook works without a network, and every page is kept so it opens offline too. Signing out removes the customer data and the kept pages; edits not yet sent stay until you sign in here again.
