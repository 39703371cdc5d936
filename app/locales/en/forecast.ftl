## The forecast and quotas

forecast-title = Forecast
forecast-team-title = Team forecast
forecast-my-title = My forecast
forecast-filters = Forecast filters
forecast-period = Period
forecast-this-month = This month
forecast-this-quarter = This quarter
forecast-next-quarter = Next quarter
forecast-custom = Custom…
forecast-from = From
forecast-to = To
forecast-pipeline = Pipeline
forecast-all-pipelines = All pipelines
forecast-rep = Rep
forecast-whole-team = Whole team
forecast-computing = Computing the forecast…
forecast-offline-as-read = Offline: these are the numbers as read on { $time }. They update when you are back online.
forecast-needs-connection = The forecast needs a connection
forecast-needs-connection-body = It is computed from the whole team’s deals on the server, and this period has not been read on this device yet. It shows as soon as you are online.
forecast-explanation = Open deals count at value × win probability in their expected close month; won deals in full in the month they were won; lost deals not at all. Commit ≥ { $commit }%, best case ≥ { $best }%, pipeline below. Totals are per currency, never converted.
forecast-undated = Not in this forecast: { $deals } with no expected close date. Give them a close date to count them.
forecast-undated-deals =
    { $count ->
        [one] { $count } deal ({ $amount })
       *[other] { $count } deals ({ $amount })
    }
# Between the items of a list ("2 deals (€5,000), 1 deal ($300)").
forecast-list-separator = {", "}
forecast-currency = Currency
forecast-empty-title = Nothing to forecast
forecast-empty-body = No open deal closes in this period, none was won in it, and no quota is set. Try another period or pipeline.

## The charts and tables

forecast-by-month-heading = Expected revenue by month · { $currency }
forecast-by-rep-heading = Quota attainment by rep · { $currency }
forecast-download-csv = Download CSV
forecast-expected-won = Expected { $expected } · won so far { $won }
forecast-no-reps = No rep has deals or a quota in this period.
forecast-chart-by-month = Expected revenue by close month and category
forecast-chart-by-rep = Quota attainment by rep
forecast-table-by-month = Expected revenue by month
forecast-table-by-rep = Forecast by rep
forecast-month = Month
forecast-expected = Expected
forecast-quota = Quota
forecast-attainment = Attainment
# A column of the CSV download.
forecast-attainment-percent = Attainment %
forecast-total = Total
forecast-former-member = Former team member
forecast-no-quota = No quota
forecast-attainment-of-quota = { $name }: { $percent } of quota
forecast-no-quota-set = { $name }: no quota set

## Forecast categories (by win probability)

forecast-category-won = Won
forecast-category-commit = Commit
forecast-category-best-case = Best case
forecast-category-pipeline = Pipeline

## The deals behind a number

forecast-drill-all = All deals in the period
forecast-drill-heading =
    { $count ->
        [one] { $title } · { $count } deal · { $amount }
       *[other] { $title } · { $count } deals · { $amount }
    }
forecast-close = Close
forecast-drill-none = No deals behind this number.
forecast-deal = Deal
forecast-customer = Customer
forecast-stage = Stage
forecast-closes = Closes
forecast-win-percent = Win %
forecast-value = Value
forecast-counted = Counted

## Quotas and categories (managers)

forecast-settings-title = Quotas and categories
forecast-set-quota = Set a quota
forecast-quota-field = Quota (empty removes it)
forecast-save-quota = Save quota
forecast-categories = Forecast categories
forecast-commit-from = Commit from (%)
forecast-best-case-from = Best case from (%)
forecast-save-categories = Save categories
forecast-choose-rep = Choose a rep.
forecast-choose-month = Choose a month.
forecast-quota-saved = Quota saved.
forecast-quota-removed = Quota removed.
forecast-error-percentage = Enter a percentage from { $min } to { $max }.
forecast-error-best-case-below-commit = Best case must start below commit.
forecast-error-whole-months = A forecast covers whole months.
forecast-error-period-order = The period must end after it starts.
forecast-error-period-too-long =
    { $max ->
        [one] Choose a period of at most { $max } month.
       *[other] Choose a period of at most { $max } months.
    }
forecast-error-quota-month = Quotas are set per month.
forecast-error-currency = Use a three-letter currency code like EUR.
forecast-error-amount = Enter an amount of zero or more.
forecast-error-team-member = Choose a member of your team.
