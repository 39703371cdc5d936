## Deals and pipelines: the board, a deal's panel, new deals, pipeline settings

## The board

deals-board-title = Pipeline
deals-loading-board = Loading pipeline…
deals-no-pipelines = No pipelines yet
deals-no-pipelines-manager = Create a pipeline with its stages, then add deals to it.
deals-set-up-pipelines = Set up pipelines
deals-no-pipelines-rep = Ask your manager to set up a sales pipeline.
deals-owner-filter = Whose deals
deals-owner-everyone = Everyone’s deals
deals-owner-me = My deals
deals-pipeline-picker = Pipeline
deals-edit-stages = Edit stages
deals-new-deal = New deal
deals-board-hint = Drag cards between stages (on a phone: press and hold, then drag, or drop on a stage tab). With the keyboard: focus a card, Alt + arrow keys.
deals-stages = Stages
deals-moved-to = Moved { $title } to { $stage }.
deals-moved-elsewhere = Moved { $title } to another stage.
deals-created = Created { $title }.
deals-put-back = “{ $title }” was put back: { $reason }

## A stage's column and its cards

deals-column-label = { $stage } stage
deals-column-total = Total value
deals-column-weighted-title = Weighted at { $probability }% unless a deal says otherwise
deals-column-weighted = weighted { $amount }
deals-column-empty = No deals in this stage
deals-card-label = { $title }, { $company }, { $value }. Enter opens it; Alt and the arrow keys move it.
deals-card-label-rotting = { $title }, { $company }, { $value }, needs attention. Enter opens it; Alt and the arrow keys move it.
deals-card-days-in-stage =
    { $days ->
        [one] { $days } day in this stage
       *[other] { $days } days in this stage
    }
deals-card-idle = { $days }d idle

## Statuses

deals-status-open = Open
deals-status-won = Won
deals-status-lost = Lost

## A deal's panel

deals-close = Close
deals-loading-deal = Loading deal…
deals-history = History
deals-loading-history = Loading history…
deals-history-offline = The history shows when you are back online.
deals-history-by = { $name } · { $time }
deals-history-by-someone = someone · { $time }
deals-history-created = Created in { $stage }
deals-history-created-somewhere = Created in a stage
deals-history-won = Marked won
deals-history-lost = Marked lost
deals-history-reopened = Reopened in { $stage }
deals-history-reopened-somewhere = Reopened in a stage
deals-history-moved = Moved from { $from } to { $to }
deals-history-moved-from-deleted = Moved from a deleted stage to { $to }
deals-history-moved-to-deleted = Moved from { $from } to a deleted stage
deals-history-moved-deleted = Moved from a deleted stage to a deleted stage
deals-no-contact = No contact
deals-archive-confirm = Archive this deal? It leaves the board and the forecast; a manager can restore it with its history from the Archive.
deals-stage-default = Stage default
deals-stage-default-percent = Stage default ({ $probability }%)
deals-in-stage-for =
    { $days ->
        [one] In { $stage } for { $days } day
       *[other] In { $stage } for { $days } days
    }
deals-in-deleted-stage-for =
    { $days ->
        [one] In another stage for { $days } day
       *[other] In another stage for { $days } days
    }
deals-move-to-stage = Move to stage
deals-won-button = Won…
deals-lost-button = Lost…
deals-reopen = Reopen deal
deals-open-customer = Open customer card
deals-archive = Archive deal
deals-field-title = Title
deals-field-value = Value
deals-field-currency = Currency
deals-field-close-date = Expected close
deals-field-probability = Probability %
deals-field-contact = Contact
deals-field-owner = Owner
deals-field-stage = Stage
deals-cancel = Cancel

## Won or lost, and why

deals-won-question = Why was it won?
deals-lost-question = Why was it lost?
deals-mark-won = Mark won
deals-mark-lost = Mark lost
deals-choose-reason = Choose a reason…
deals-other-reason = Other (describe below)
deals-reason-details = Details
deals-reason-details-placeholder = Details (optional for a listed reason)
deals-reason-with-detail = { $reason }: { $detail }
deals-won-reason-required = Say why the deal was won.
deals-lost-reason-required = Say why the deal was lost.
deals-lost-reason-price = Price too high
deals-lost-reason-competitor = Chose a competitor
deals-lost-reason-budget = No budget
deals-lost-reason-no-decision = No decision / went quiet
deals-lost-reason-timing = Timing not right
deals-lost-reason-product-gap = Product gap
deals-won-reason-price = Best price
deals-won-reason-fit = Product fit
deals-won-reason-relationship = Relationship
deals-won-reason-service = Service and support
deals-won-reason-delivery = Delivery time
deals-won-reason-referral = Referral

## New deal

deals-new-title-placeholder = e.g. 40 units, spring order
deals-new-value-placeholder = 12500
deals-field-customer = Customer
deals-selected-customer = Selected customer
deals-change-customer = Change
deals-customer-search-placeholder = Type a customer name
deals-owner-me-option = Me
deals-create = Create deal

## A customer's deals

deals-section-title = Deals
deals-loading-deals = Loading deals…
deals-none-for-customer = No deals with this customer yet.
deals-none-open = No open deals.
deals-open-deals = Open deals
deals-closed-deals = Closed deals
deals-closed-deals-count = Closed deals ({ $count })

## Pipeline settings

deals-settings-title = Pipelines
deals-breadcrumb = Breadcrumb
deals-settings-back = Pipeline board
deals-settings-heading = Pipelines and stages
deals-settings-pipelines = Pipelines
deals-settings-pipeline = Pipeline
deals-field-pipeline-name = Pipeline name
deals-settings-stages-hint = A stage can be deleted once its open deals are moved elsewhere. Rotting: a deal idle in a stage longer than this many days is flagged on the board (0 = never).
deals-stage-delete-confirm = Delete this stage?
deals-save = Save
deals-stage-move-earlier = Move { $stage } earlier
deals-stage-move-later = Move { $stage } later
deals-delete = Delete
deals-field-win-probability = Win %
deals-field-rotting-days = Rotting after (days)
deals-add-stage-heading = Add a stage
deals-add-stage = Add stage
deals-new-pipeline = New pipeline
deals-new-pipeline-hint = Starts with Lead, Qualified, Proposal and Negotiation; adjust them after.
deals-new-pipeline-placeholder = e.g. Renewals
deals-create-pipeline = Create pipeline
deals-default-stage-lead = Lead
deals-default-stage-qualified = Qualified
deals-default-stage-proposal = Proposal
deals-default-stage-negotiation = Negotiation

## What a deal or a stage refuses

deals-error-amount-format = Enter an amount like 12500 or 12500.50.
deals-error-amount-negative = Enter an amount of zero or more.
deals-error-amount-too-large = This amount is too large.
deals-error-company-required = Choose the customer this deal is with.
deals-error-date = Enter a date like 2026-12-31.
deals-error-probability = Enter a probability from 0 to 100.
deals-error-choose-listed = Choose one of the listed values.
deals-error-not-editable = This field cannot be edited.
deals-error-currency = Use a three-letter currency code like EUR.
deals-error-rotting-days = Enter a number of days from 0 (never) to 365.
deals-error-owner-not-in-team = Choose a member of your team.
deals-error-contact-elsewhere = Choose a contact who works at this customer.
deals-error-customer-gone = This customer no longer exists.
deals-error-no-pipeline = Ask a manager to create a pipeline first.
deals-error-pipeline-gone = This pipeline no longer exists.
deals-error-stage-required = Choose a stage of this pipeline.
deals-error-move-closed = This deal is closed. Reopen it to move it.
deals-error-stage-elsewhere = That stage is not on this deal's pipeline any more.
deals-error-already-won = This deal is already won.
deals-error-already-lost = This deal is already lost.
deals-error-already-open = This deal is already open.
deals-error-too-many-stages =
    { $max ->
        [one] A pipeline has at most { $max } stage.
       *[other] A pipeline has at most { $max } stages.
    }
deals-error-last-stage = A pipeline needs at least one stage.
deals-error-stage-has-open-deals =
    { $open ->
        [one] Move the { $open } open deal out of “{ $stage }” before deleting it.
       *[other] Move the { $open } open deals out of “{ $stage }” before deleting it.
    }
deals-error-stage-has-archived-deals =
    { $archived ->
        [one] { $archived } archived open deal is in “{ $stage }”: restore and move them, or erase them, before deleting it.
       *[other] { $archived } archived open deals are in “{ $stage }”: restore and move them, or erase them, before deleting it.
    }
