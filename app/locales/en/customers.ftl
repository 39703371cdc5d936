## Customers and contacts: the list, the card, new customers

customers-title = Customers
customers-new = New company
customers-loading = Loading customers…
customers-search-label = Search customers
customers-search-placeholder = Search name, tag, address or phone
customers-all-classifications = All classifications
customers-filter-tag = Tag
customers-all-tags = All tags
customers-whole-team = Whole team
customers-search-everywhere = Search contacts, deals and activities for “{ $search }”
customers-none-match = No customers match
customers-none-match-hint = Try another spelling, or clear the filters.
customers-clear-filters = Clear filters
customers-empty = No customers yet
customers-empty-hint = Add the first company you work with; its contacts go on its card.
customers-list-count =
    { $total ->
        [one] { $first }–{ $last } of { $total } customer
       *[other] { $first }–{ $last } of { $total } customers
    }
customers-contact-count =
    { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    }
customers-pages = Pages
customers-previous = Previous
customers-next = Next
customers-page-of = Page { $page } of { $pages }

## What a customer is

customers-classification-none = Unclassified
customers-classification-key-account = Key account
customers-classification-loyal = Loyal
customers-classification-debtor = Debtor
customers-classification-low-margin = Low margin
customers-source-referral = Referral
customers-source-web = Website
customers-source-event = Event
customers-source-cold-call = Cold call
customers-source-import = Import
customers-source-partner = Partner
customers-source-other = Other
customers-terms-prepaid = Prepaid
customers-terms-on-receipt = Due on receipt
customers-terms-net-15 = Net 15
customers-terms-net-30 = Net 30
customers-terms-net-60 = Net 60
customers-terms-net-90 = Net 90

## A customer's fields

customers-field-name = Name
customers-field-industry = Industry
customers-field-segment = Segment
customers-field-classification = Classification
customers-field-source = Source
customers-field-payment-terms = Payment terms
customers-field-tags = Tags
customers-field-phone = Phone
customers-field-website = Website
customers-field-address = Address
customers-field-owner = Owner
customers-industry-placeholder = e.g. Retail
customers-segment-placeholder = e.g. SMB
customers-tags-placeholder = Comma separated
customers-website-placeholder = example.com
customers-not-set = Not set
customers-no-tags = No tags

## New company

customers-cancel = Cancel
customers-owner-me = Me
customers-create = Create company

## The card

customers-card-title = Customer
customers-card-loading = Loading customer…
customers-not-on-device = Not on this device yet
customers-not-on-device-hint = This customer has not been synced to this device. It appears once you are online.
customers-card-reading-rest = Reading this customer's whole history…
customers-card-rest-offline = Not on this device — open online: this customer's contacts, and its deals and activities closed before { $date }.
customers-back = Back to customers
customers-breadcrumb = Breadcrumb
customers-owner-line = Owner: { $name }
customers-timeline = Timeline
customers-details = Details
customers-quick-actions = Quick actions
customers-action-call = Call
customers-action-email = E-mail
customers-action-navigate = Navigate
customers-action-log-visit = Log visit
customers-no-phone = No phone number
customers-no-email = No contact with an e-mail address
customers-no-address = No address
customers-edit-details = Edit details
customers-done-editing = Done editing
customers-new-owner = the new owner
customers-owner-change-confirm = { $owner }'s { $deals ->
        [one] { $deals } open deal
       *[other] { $deals } open deals
    } and { $activities ->
        [one] { $activities } activity
       *[other] { $activities } activities
    } here move to { $to } with the customer. Change the owner?
customers-created-updated = Created { $created } · Updated { $updated }

## Contacts

customers-contacts = Contacts
customers-contact-add = Add contact
customers-contact-close = Close
customers-contacts-empty = No contacts yet. Add the people you deal with here.
customers-contact-new = New contact
customers-contact-field-title = Title
customers-contact-field-email = Email
customers-contact-field-notes = Notes
customers-contact-title-placeholder = e.g. Buyer
customers-contact-no-notes = No notes
customers-contact-edit = Edit
customers-contact-done = Done
customers-contact-edit-named = Edit { $name }
customers-contact-done-editing-named = Done editing { $name }
customers-contact-archive = Archive contact
customers-contact-archive-confirm = Archive this contact? It leaves the card; a manager can restore it from the Archive.

## Validation

customers-name-taken = A company with this name already exists.
customers-choose-listed = Choose one of the listed values.
customers-field-not-editable = This field cannot be edited.
customers-tags-too-many = Use at most { $max } tags.
customers-tag-too-long = Keep each tag under { $max } characters.
customers-tags-control = Remove the invisible control characters.
customers-owner-not-in-team = Choose a member of your team.
