# Fieldbook — Afrikaans. Terme: sien app/src/i18n/glossary/af.md.

## Die raam: oortjies, soek, sinchronisasie

nav-main = Hoof
tab-my-day = My dag
tab-customers = Kliënte
tab-pipeline = Pyplyn
tab-more = Meer
search-label = Soek
search-title = Soek oral
sync-link-title = Hierdie toestel: berging en sinchronisasie
sync-offline = Vanlyn
sync-syncing = Sinchroniseer…
sync-all-saved = Alles gestoor
sync-saving = Stoor
sync-edits-waiting =
    { $count ->
        [one] { $count } wysiging wag
       *[other] { $count } wysigings wag
    }
sync-status-title = Wysigings word op hierdie toestel gehou en gestuur wanneer die netwerk dit toelaat
notice-dismiss = Maak toe

## Meer

more-signed-in = Aangemeld
more-pages = Meer bladsye
more-forecast = Vooruitskatting
more-forecast-hint = Verwagte inkomste en kwota
more-archive = Argief
more-archive-hint = Herstel of vee geargiveerde rekords uit
more-pipelines = Pyplyne en fases
more-pipelines-hint = Stel die verkoopfases op
more-device = Hierdie toestel
more-device-hint = Wat hier gehou word, wysigings wat wag, laaste sinchronisasie
more-language = Taal
more-language-hint = Fieldbook se taal op hierdie toestel. Dit verander dadelik, ook vanlyn.
language-unavailable = Hierdie taal kon nie gelaai word nie. Probeer weer wanneer jy aanlyn is.
sign-out = Meld af
sign-out-offline = Jy is vanlyn. Afmeld beëindig jou sessie op die bediener, dus is 'n verbinding nodig: probeer weer wanneer jy weer aanlyn is. Jou kliënte en wysigings bly intussen op hierdie toestel.
sign-out-confirm =
    { $count ->
        [one] { $count } wysiging is nog nie gestuur nie. Dit bly op hierdie toestel en word gestuur wanneer jy weer hier aanmeld. Meld af?
       *[other] { $count } wysigings is nog nie gestuur nie. Hulle bly op hierdie toestel en word gestuur wanneer jy weer hier aanmeld. Meld af?
    }
sign-out-everywhere-hint = 'n Foon verloor, of op 'n gedeelde rekenaar aangemeld? Beëindig elke sessie van jou rekening.
sign-out-everywhere = Meld oral af

## Soek

search-page-label = Soek alles op hierdie toestel
search-page-placeholder = Naam, foon, etiket, transaksie, nota…
search-page-loading = Laai hierdie toestel se data…
search-page-results =
    { $count ->
        [one] { $count } resultaat
       *[other] { $count } resultate
    }
search-page-results-best =
    { $count ->
        [one] { $count } resultaat, die beste { $shown } gewys
       *[other] { $count } resultate, die beste { $shown } gewys
    }
search-page-hint = Kliënte volgens naam, etiket, bedryf, adres of foon; kontakte volgens naam, e-pos of foon; transaksies volgens titel; aktiwiteite volgens onderwerp en notas. Dit soek op hierdie toestel, dus werk dit ook vanlyn.
search-page-no-match = Niks op hierdie toestel pas by “{ $query }” nie.
search-kind-customer = Kliënt
search-kind-contact = Kontak
search-kind-deal = Transaksie
search-kind-activity = Aktiwiteit

## Spring na die bladsy, bladsye wat nie bestaan nie

shell-skip-to-content = Spring na inhoud
shell-not-found-title = Nie gevind nie
shell-not-found = Bladsy nie gevind nie
shell-not-found-body = Die bladsy waarna jy gevra het, bestaan nie.
shell-go-to-customers = Gaan na kliënte
