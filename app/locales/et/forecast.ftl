## Prognoos ja kvoodid

forecast-title = Prognoos
forecast-team-title = Meeskonna prognoos
forecast-my-title = Minu prognoos
forecast-filters = Prognoosi filtrid
forecast-period = Periood
forecast-this-month = See kuu
forecast-this-quarter = See kvartal
forecast-next-quarter = Järgmine kvartal
forecast-custom = Muu…
forecast-from = Alates
forecast-to = Kuni
forecast-pipeline = Müügitoru
forecast-all-pipelines = Kõik müügitorud
forecast-rep = Müügiesindaja
forecast-whole-team = Kogu meeskond
forecast-computing = Arvutan prognoosi…
forecast-offline-as-read = Võrguta: need on numbrid, mis loeti { $time }. Need uuenevad, kui oled taas võrgus.
forecast-needs-connection = Prognoos vajab võrguühendust
forecast-needs-connection-body = See arvutatakse serveris kogu meeskonna tehingutest ja seda perioodi pole selles seadmes veel loetud. See ilmub kohe, kui oled võrgus.
forecast-explanation = Avatud tehingud arvestatakse väärtus × võidu tõenäosus nende eeldatava sulgemise kuus; võidetud tehingud täies ulatuses kuus, mil need võideti; kaotatud tehinguid ei arvestata. Kindel ≥ { $commit }%, parimal juhul ≥ { $best }%, allpool müügitoru. Summad on iga valuuta kohta eraldi ja neid ei konverteerita.
forecast-undated = Selles prognoosis pole: { $deals } ilma eeldatava sulgemiskuupäevata. Lisa neile sulgemiskuupäev, et neid arvestada.
forecast-undated-deals =
    { $count ->
        [one] { $count } tehing ({ $amount })
       *[other] { $count } tehingut ({ $amount })
    }
forecast-list-separator = {", "}
forecast-currency = Valuuta
forecast-empty-title = Pole midagi prognoosida
forecast-empty-body = Ükski avatud tehing ei sulgu sel perioodil, ühtegi pole sel ajal võidetud ja kvooti pole määratud. Proovi muud perioodi või müügitoru.

## Graafikud ja tabelid

forecast-by-month-heading = Oodatav tulu kuude kaupa · { $currency }
forecast-by-rep-heading = Kvoodi täitmine müügiesindajate kaupa · { $currency }
forecast-download-csv = Laadi CSV alla
forecast-expected-won = Oodatav { $expected } · seni võidetud { $won }
forecast-no-reps = Ühelgi müügiesindajal pole sel perioodil tehinguid ega kvooti.
forecast-chart-by-month = Oodatav tulu sulgemiskuu ja kategooria järgi
forecast-chart-by-rep = Kvoodi täitmine müügiesindajate kaupa
forecast-table-by-month = Oodatav tulu kuude kaupa
forecast-table-by-rep = Prognoos müügiesindajate kaupa
forecast-month = Kuu
forecast-expected = Oodatav
forecast-quota = Kvoot
forecast-attainment = Täitmine
forecast-attainment-percent = Täitmine %
forecast-total = Kokku
forecast-former-member = Endine meeskonnaliige
forecast-no-quota = Kvoot puudub
forecast-attainment-of-quota = { $name }: { $percent } kvoodist
forecast-no-quota-set = { $name }: kvooti pole määratud

## Prognoosi kategooriad (võidu tõenäosuse järgi)

forecast-category-won = Võidetud
forecast-category-commit = Kindel
forecast-category-best-case = Parimal juhul
forecast-category-pipeline = Müügitoru

## Tehingud numbri taga

forecast-drill-all = Kõik perioodi tehingud
forecast-drill-heading =
    { $count ->
        [one] { $title } · { $count } tehing · { $amount }
       *[other] { $title } · { $count } tehingut · { $amount }
    }
forecast-close = Sulge
forecast-drill-none = Selle numbri taga pole tehinguid.
forecast-deal = Tehing
forecast-customer = Klient
forecast-stage = Etapp
forecast-closes = Sulgub
forecast-win-percent = Võidu %
forecast-value = Väärtus
forecast-counted = Arvestatud

## Kvoodid ja kategooriad (juhid)

forecast-settings-title = Kvoodid ja kategooriad
forecast-set-quota = Määra kvoot
forecast-quota-field = Kvoot (tühi eemaldab selle)
forecast-save-quota = Salvesta kvoot
forecast-categories = Prognoosi kategooriad
forecast-commit-from = Kindel alates (%)
forecast-best-case-from = Parimal juhul alates (%)
forecast-save-categories = Salvesta kategooriad
forecast-choose-rep = Vali müügiesindaja.
forecast-choose-month = Vali kuu.
forecast-quota-saved = Kvoot salvestatud.
forecast-quota-removed = Kvoot eemaldatud.
forecast-error-percentage = Sisesta protsent vahemikus { $min } kuni { $max }.
forecast-error-best-case-below-commit = „Parimal juhul“ peab algama madalamalt kui „Kindel“.
forecast-error-whole-months = Prognoos hõlmab terveid kuid.
forecast-error-period-order = Periood peab lõppema pärast algust.
forecast-error-period-too-long =
    { $max ->
        [one] Vali periood, mis on kuni { $max } kuu pikk.
       *[other] Vali periood, mis on kuni { $max } kuud pikk.
    }
forecast-error-quota-month = Kvoodid määratakse kuu kaupa.
forecast-error-currency = Kasuta kolmetähelist valuutakoodi, näiteks EUR.
forecast-error-amount = Sisesta summa, mis on null või suurem.
forecast-error-team-member = Vali oma meeskonna liige.
