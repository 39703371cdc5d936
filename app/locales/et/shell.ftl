# Fieldbook — eesti keel. Terminid: vt app/src/i18n/glossary/et.md.

## Raam: sakid, otsing, sünkroonimine

nav-main = Peamenüü
tab-my-day = Minu päev
tab-customers = Kliendid
tab-pipeline = Müügitoru
tab-more = Veel
search-label = Otsi
search-title = Otsi kõikjalt
sync-link-title = See seade: salvestus ja sünkroonimine
sync-offline = Võrguta
sync-syncing = Sünkroonin…
sync-all-saved = Kõik salvestatud
sync-saving = Salvestan
sync-edits-waiting =
    { $count ->
        [one] { $count } muudatus ootab
       *[other] { $count } muudatust ootab
    }
sync-status-title = Muudatused hoitakse selles seadmes ja saadetakse, kui võrk seda lubab
notice-dismiss = Sulge

## Veel

more-signed-in = Sisse logitud
more-pages = Muud lehed
more-forecast = Prognoos
more-forecast-hint = Oodatav tulu ja kvoot
more-archive = Arhiiv
more-archive-hint = Taasta või kustuta arhiveeritud kirjed
more-pipelines = Müügitorud ja etapid
more-pipelines-hint = Seadista müügietapid
more-device = See seade
more-device-hint = Mida siin hoitakse, ootel muudatused, viimane sünkroonimine
more-language = Keel
more-language-hint = Fieldbooki keel selles seadmes. See muutub kohe, ka võrguta.
language-unavailable = Seda keelt ei õnnestunud laadida. Proovi uuesti, kui oled võrgus.
sign-out = Logi välja
sign-out-offline = Oled võrguta. Väljalogimine lõpetab sinu seansi serveris, seega on vaja ühendust: proovi uuesti, kui oled taas võrgus. Sinu kliendid ja muudatused jäävad seniks sellesse seadmesse.
sign-out-confirm =
    { $count ->
        [one] { $count } muudatus on veel saatmata. See jääb sellesse seadmesse ja saadetakse, kui siin uuesti sisse logid. Kas logida välja?
       *[other] { $count } muudatust on veel saatmata. Need jäävad sellesse seadmesse ja saadetakse, kui siin uuesti sisse logid. Kas logida välja?
    }
sign-out-everywhere-hint = Kaotasid telefoni või logisid sisse jagatud arvutis? Lõpeta kõik oma konto seansid.
sign-out-everywhere = Logi kõikjal välja

## Otsing

search-page-label = Otsi kõikjalt selles seadmes
search-page-placeholder = Nimi, telefon, silt, tehing, märkus…
search-page-loading = Laadin selle seadme andmeid…
search-page-results =
    { $count ->
        [one] { $count } tulemus
       *[other] { $count } tulemust
    }
search-page-results-best =
    { $count ->
        [one] { $count } tulemus, näidatakse { $shown } parimat
       *[other] { $count } tulemust, näidatakse { $shown } parimat
    }
search-page-hint = Kliente nime, sildi, valdkonna, aadressi või telefoni järgi; kontakte nime, e-posti või telefoni järgi; tehinguid pealkirja järgi; tegevusi teema ja märkuste järgi. Otsing toimub selles seadmes, seega töötab see ka võrguta.
search-page-no-match = Selles seadmes ei vasta miski päringule „{ $query }“.
search-kind-customer = Klient
search-kind-contact = Kontakt
search-kind-deal = Tehing
search-kind-activity = Tegevus

## Lehele liikumine, olematud lehed

shell-skip-to-content = Liigu sisu juurde
shell-not-found-title = Ei leitud
shell-not-found = Lehte ei leitud
shell-not-found-body = Lehte, mida küsisid, ei ole olemas.
shell-go-to-customers = Mine klientide juurde
