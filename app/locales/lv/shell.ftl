# Fieldbook — latviešu. Termini: sk. app/src/i18n/glossary/lv.md.
# Daudzskaitlim trīs formas: zero (0, 10–20, …0), one (1, 21, 31, …), other.

## Rāmis: cilnes, meklēšana, sinhronizācija

nav-main = Galvenā izvēlne
tab-my-day = Mana diena
tab-customers = Klienti
tab-pipeline = Piltuve
tab-more = Vairāk
search-label = Meklēt
search-title = Meklēt visur
sync-link-title = Šī ierīce: krātuve un sinhronizācija
sync-offline = Bezsaistē
sync-syncing = Sinhronizē…
sync-all-saved = Viss saglabāts
sync-saving = Saglabā
sync-edits-waiting =
    { $count ->
        [zero] { $count } labojumu gaida
        [one] { $count } labojums gaida
       *[other] { $count } labojumi gaida
    }
sync-status-title = Labojumi tiek glabāti šajā ierīcē un nosūtīti, kad ir pieejams tīkls
notice-dismiss = Aizvērt

## Vairāk

more-signed-in = Pierakstījies
more-pages = Citas lapas
more-forecast = Prognoze
more-forecast-hint = Gaidāmie ieņēmumi un kvota
more-archive = Arhīvs
more-archive-hint = Atjaunot vai dzēst arhivētos ierakstus
more-pipelines = Piltuves un posmi
more-pipelines-hint = Iestatīt pārdošanas posmus
more-device = Šī ierīce
more-device-hint = Kas te glabājas, gaidošie labojumi, pēdējā sinhronizācija
more-language = Valoda
more-language-hint = Fieldbook valoda šajā ierīcē. Tā mainās uzreiz, arī bezsaistē.
language-unavailable = Šo valodu neizdevās ielādēt. Mēģiniet vēlreiz, kad būsiet tiešsaistē.
sign-out = Izrakstīties
sign-out-offline = Jūs esat bezsaistē. Izrakstīšanās beidz jūsu sesiju serverī, tāpēc vajadzīgs savienojums: mēģiniet vēlreiz, kad būsiet tiešsaistē. Jūsu klienti un labojumi pa to laiku paliek šajā ierīcē.
sign-out-confirm =
    { $count ->
        [zero] { $count } labojumu vēl nav nosūtīti. Tie paliek šajā ierīcē un tiks nosūtīti, kad šeit atkal pierakstīsieties. Izrakstīties?
        [one] { $count } labojums vēl nav nosūtīts. Tas paliek šajā ierīcē un tiks nosūtīts, kad šeit atkal pierakstīsieties. Izrakstīties?
       *[other] { $count } labojumi vēl nav nosūtīti. Tie paliek šajā ierīcē un tiks nosūtīti, kad šeit atkal pierakstīsieties. Izrakstīties?
    }
sign-out-everywhere-hint = Pazaudējāt tālruni vai pierakstījāties koplietošanas datorā? Beidziet visas sava konta sesijas.
sign-out-everywhere = Izrakstīties visur

## Meklēšana

search-page-label = Meklēt visu šajā ierīcē
search-page-placeholder = Vārds, tālrunis, birka, darījums, piezīme…
search-page-loading = Ielādē šīs ierīces datus…
search-page-results =
    { $count ->
        [zero] { $count } rezultātu
        [one] { $count } rezultāts
       *[other] { $count } rezultāti
    }
search-page-results-best =
    { $count ->
        [zero] { $count } rezultātu, parādīti labākie { $shown }
        [one] { $count } rezultāts, parādīti labākie { $shown }
       *[other] { $count } rezultāti, parādīti labākie { $shown }
    }
search-page-hint = Klientus pēc nosaukuma, birkas, nozares, adreses vai tālruņa; kontaktpersonas pēc vārda, e-pasta vai tālruņa; darījumus pēc nosaukuma; aktivitātes pēc tēmas un piezīmēm. Meklē šajā ierīcē, tāpēc darbojas arī bezsaistē.
search-page-no-match = Šajā ierīcē nekas neatbilst “{ $query }”.
search-kind-customer = Klients
search-kind-contact = Kontaktpersona
search-kind-deal = Darījums
search-kind-activity = Aktivitāte

## Pāreja uz lapu, neesošas lapas

shell-skip-to-content = Pāriet uz saturu
shell-not-found-title = Nav atrasts
shell-not-found = Lapa nav atrasta
shell-not-found-body = Pieprasītā lapa neeksistē.
shell-go-to-customers = Uz klientiem
