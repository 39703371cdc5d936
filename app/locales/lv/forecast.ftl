## Prognoze un kvotas

forecast-title = Prognoze
forecast-team-title = Komandas prognoze
forecast-my-title = Mana prognoze
forecast-filters = Prognozes filtri
forecast-period = Periods
forecast-this-month = Šis mēnesis
forecast-this-quarter = Šis ceturksnis
forecast-next-quarter = Nākamais ceturksnis
forecast-custom = Cits…
forecast-from = No
forecast-to = Līdz
forecast-pipeline = Piltuve
forecast-all-pipelines = Visas piltuves
forecast-rep = Pārdevējs
forecast-whole-team = Visa komanda
forecast-computing = Aprēķina prognozi…
forecast-offline-as-read = Bezsaistē: šie ir skaitļi, kas nolasīti { $time }. Tie tiks atjaunināti, kad būsiet tiešsaistē.
forecast-needs-connection = Prognozei vajadzīgs savienojums
forecast-needs-connection-body = To aprēķina serverī no visas komandas darījumiem, un šis periods šajā ierīcē vēl nav nolasīts. Tā parādīsies, tiklīdz būsiet tiešsaistē.
forecast-explanation = Atvērtie darījumi tiek skaitīti kā vērtība × uzvaras varbūtība to paredzētajā noslēgšanas mēnesī; iegūtie darījumi — pilnā apmērā mēnesī, kad tie iegūti; zaudētie netiek skaitīti vispār. Apņemšanās ≥ { $commit }%, labākais gadījums ≥ { $best }%, zemāk — piltuve. Kopsummas ir katrā valūtā atsevišķi, nekad nekonvertētas.
forecast-undated = Nav iekļauti šajā prognozē: { $deals } bez paredzētā noslēgšanas datuma. Norādiet tiem noslēgšanas datumu, lai tos ieskaitītu.
forecast-undated-deals =
    { $count ->
        [zero] { $count } darījumu ({ $amount })
        [one] { $count } darījums ({ $amount })
       *[other] { $count } darījumi ({ $amount })
    }
forecast-list-separator = {", "}
forecast-currency = Valūta
forecast-empty-title = Nav ko prognozēt
forecast-empty-body = Šajā periodā netiek noslēgts neviens atvērts darījums, neviens nav iegūts un nav iestatīta kvota. Izmēģiniet citu periodu vai piltuvi.

## Diagrammas un tabulas

forecast-by-month-heading = Gaidāmie ieņēmumi pa mēnešiem · { $currency }
forecast-by-rep-heading = Kvotas izpilde pa pārdevējiem · { $currency }
forecast-download-csv = Lejupielādēt CSV
forecast-expected-won = Gaidāms { $expected } · līdz šim iegūts { $won }
forecast-no-reps = Nevienam pārdevējam šajā periodā nav darījumu vai kvotas.
forecast-chart-by-month = Gaidāmie ieņēmumi pa noslēgšanas mēnešiem un kategorijām
forecast-chart-by-rep = Kvotas izpilde pa pārdevējiem
forecast-table-by-month = Gaidāmie ieņēmumi pa mēnešiem
forecast-table-by-rep = Prognoze pa pārdevējiem
forecast-month = Mēnesis
forecast-expected = Gaidāms
forecast-quota = Kvota
forecast-attainment = Izpilde
forecast-attainment-percent = Izpilde %
forecast-total = Kopā
forecast-former-member = Bijušais komandas biedrs
forecast-no-quota = Nav kvotas
forecast-attainment-of-quota = { $name }: { $percent } no kvotas
forecast-no-quota-set = { $name }: kvota nav iestatīta

## Prognozes kategorijas (pēc uzvaras varbūtības)

forecast-category-won = Iegūts
forecast-category-commit = Apņemšanās
forecast-category-best-case = Labākais gadījums
forecast-category-pipeline = Piltuve

## Darījumi aiz skaitļa

forecast-drill-all = Visi perioda darījumi
forecast-drill-heading =
    { $count ->
        [zero] { $title } · { $count } darījumu · { $amount }
        [one] { $title } · { $count } darījums · { $amount }
       *[other] { $title } · { $count } darījumi · { $amount }
    }
forecast-close = Aizvērt
forecast-drill-none = Aiz šī skaitļa nav darījumu.
forecast-deal = Darījums
forecast-customer = Klients
forecast-stage = Posms
forecast-closes = Noslēgšana
forecast-win-percent = Uzvara %
forecast-value = Vērtība
forecast-counted = Ieskaitīts

## Kvotas un kategorijas (vadītājiem)

forecast-settings-title = Kvotas un kategorijas
forecast-set-quota = Iestatīt kvotu
forecast-quota-field = Kvota (tukša to noņem)
forecast-save-quota = Saglabāt kvotu
forecast-categories = Prognozes kategorijas
forecast-commit-from = Apņemšanās no (%)
forecast-best-case-from = Labākais gadījums no (%)
forecast-save-categories = Saglabāt kategorijas
forecast-choose-rep = Izvēlieties pārdevēju.
forecast-choose-month = Izvēlieties mēnesi.
forecast-quota-saved = Kvota saglabāta.
forecast-quota-removed = Kvota noņemta.
forecast-error-percentage = Ievadiet procentus no { $min } līdz { $max }.
forecast-error-best-case-below-commit = Labākajam gadījumam jāsākas zemāk par apņemšanos.
forecast-error-whole-months = Prognoze aptver veselus mēnešus.
forecast-error-period-order = Periodam jābeidzas pēc tā sākuma.
forecast-error-period-too-long =
    { $max ->
        [zero] Izvēlieties periodu, kas nav garāks par { $max } mēnešiem.
        [one] Izvēlieties periodu, kas nav garāks par { $max } mēnesi.
       *[other] Izvēlieties periodu, kas nav garāks par { $max } mēnešiem.
    }
forecast-error-quota-month = Kvotas iestata katram mēnesim.
forecast-error-currency = Izmantojiet trīs burtu valūtas kodu, piemēram, EUR.
forecast-error-amount = Ievadiet summu, kas ir nulle vai lielāka.
forecast-error-team-member = Izvēlieties savas komandas dalībnieku.
