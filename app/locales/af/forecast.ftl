## Die vooruitskatting en kwotas

forecast-title = Vooruitskatting
forecast-team-title = Span se vooruitskatting
forecast-my-title = My vooruitskatting
forecast-filters = Vooruitskatting-filters
forecast-period = Tydperk
forecast-this-month = Hierdie maand
forecast-this-quarter = Hierdie kwartaal
forecast-next-quarter = Volgende kwartaal
forecast-custom = Eie keuse…
forecast-from = Van
forecast-to = Tot
forecast-pipeline = Pyplyn
forecast-all-pipelines = Alle pyplyne
forecast-rep = Verkoper
forecast-whole-team = Hele span
forecast-computing = Bereken die vooruitskatting…
forecast-offline-as-read = Vanlyn: dit is die syfers soos op { $time } gelees. Hulle word bygewerk wanneer jy weer aanlyn is.
forecast-needs-connection = Die vooruitskatting het 'n verbinding nodig
forecast-needs-connection-body = Dit word op die bediener uit die hele span se transaksies bereken, en hierdie tydperk is nog nie op hierdie toestel gelees nie. Dit verskyn sodra jy aanlyn is.
forecast-explanation = Oop transaksies tel teen waarde × wenkans in hul verwagte sluitingsmaand; gewonne transaksies ten volle in die maand waarin hulle gewen is; verlore transaksies glad nie. Toegesê ≥ { $commit }%, beste geval ≥ { $best }%, pyplyn daaronder. Totale is per geldeenheid en word nooit omgereken nie.
forecast-undated = Nie in hierdie vooruitskatting nie: { $deals } sonder 'n verwagte sluitingsdatum. Gee hulle 'n sluitingsdatum om hulle te tel.
forecast-undated-deals =
    { $count ->
        [one] { $count } transaksie ({ $amount })
       *[other] { $count } transaksies ({ $amount })
    }
forecast-list-separator = {", "}
forecast-currency = Geldeenheid
forecast-empty-title = Niks om te voorspel nie
forecast-empty-body = Geen oop transaksie sluit in hierdie tydperk nie, geen is daarin gewen nie, en geen kwota is gestel nie. Probeer 'n ander tydperk of pyplyn.

## Die grafieke en tabelle

forecast-by-month-heading = Verwagte inkomste per maand · { $currency }
forecast-by-rep-heading = Kwota-bereiking per verkoper · { $currency }
forecast-download-csv = Laai CSV af
forecast-expected-won = Verwag { $expected } · tot dusver gewen { $won }
forecast-no-reps = Geen verkoper het transaksies of 'n kwota in hierdie tydperk nie.
forecast-chart-by-month = Verwagte inkomste per sluitingsmaand en kategorie
forecast-chart-by-rep = Kwota-bereiking per verkoper
forecast-table-by-month = Verwagte inkomste per maand
forecast-table-by-rep = Vooruitskatting per verkoper
forecast-month = Maand
forecast-expected = Verwag
forecast-quota = Kwota
forecast-attainment = Bereiking
forecast-attainment-percent = Bereiking %
forecast-total = Totaal
forecast-former-member = Voormalige spanlid
forecast-no-quota = Geen kwota
forecast-attainment-of-quota = { $name }: { $percent } van kwota
forecast-no-quota-set = { $name }: geen kwota gestel nie

## Vooruitskatting-kategorieë (volgens wenkans)

forecast-category-won = Gewen
forecast-category-commit = Toegesê
forecast-category-best-case = Beste geval
forecast-category-pipeline = Pyplyn

## Die transaksies agter 'n syfer

forecast-drill-all = Alle transaksies in die tydperk
forecast-drill-heading =
    { $count ->
        [one] { $title } · { $count } transaksie · { $amount }
       *[other] { $title } · { $count } transaksies · { $amount }
    }
forecast-close = Maak toe
forecast-drill-none = Geen transaksies agter hierdie syfer nie.
forecast-deal = Transaksie
forecast-customer = Kliënt
forecast-stage = Fase
forecast-closes = Sluit
forecast-win-percent = Wenkans %
forecast-value = Waarde
forecast-counted = Getel

## Kwotas en kategorieë (bestuurders)

forecast-settings-title = Kwotas en kategorieë
forecast-set-quota = Stel 'n kwota
forecast-quota-field = Kwota (leeg verwyder dit)
forecast-save-quota = Stoor kwota
forecast-categories = Vooruitskatting-kategorieë
forecast-commit-from = Toegesê vanaf (%)
forecast-best-case-from = Beste geval vanaf (%)
forecast-save-categories = Stoor kategorieë
forecast-choose-rep = Kies 'n verkoper.
forecast-choose-month = Kies 'n maand.
forecast-quota-saved = Kwota gestoor.
forecast-quota-removed = Kwota verwyder.
forecast-error-percentage = Tik 'n persentasie van { $min } tot { $max }.
forecast-error-best-case-below-commit = Beste geval moet onder toegesê begin.
forecast-error-whole-months = 'n Vooruitskatting dek hele maande.
forecast-error-period-order = Die tydperk moet eindig nadat dit begin.
forecast-error-period-too-long =
    { $max ->
        [one] Kies 'n tydperk van hoogstens { $max } maand.
       *[other] Kies 'n tydperk van hoogstens { $max } maande.
    }
forecast-error-quota-month = Kwotas word per maand gestel.
forecast-error-currency = Gebruik 'n geldeenheidkode van drie letters soos EUR.
forecast-error-amount = Tik 'n bedrag van nul of meer.
forecast-error-team-member = Kies 'n lid van jou span.
