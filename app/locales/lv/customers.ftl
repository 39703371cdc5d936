## Customers and contacts: the list, the card, new customers

customers-title = Klienti
customers-new = Jauns uzņēmums
customers-loading = Ielādē klientus…
customers-search-label = Meklēt klientus
customers-search-placeholder = Meklēt nosaukumu, birku, adresi vai tālruni
customers-all-classifications = Visas klasifikācijas
customers-filter-tag = Birka
customers-all-tags = Visas birkas
customers-whole-team = Visa komanda
customers-search-everywhere = Meklēt “{ $search }” kontaktpersonās, darījumos un aktivitātēs
customers-none-match = Neviens klients neatbilst
customers-none-match-hint = Mēģiniet citu rakstību vai notīriet filtrus.
customers-clear-filters = Notīrīt filtrus
customers-empty = Vēl nav klientu
customers-empty-hint = Pievienojiet pirmo uzņēmumu, ar kuru strādājat; tā kontaktpersonas atradīsies tā kartītē.
customers-list-count =
    { $total ->
        [zero] { $first }–{ $last } no { $total } klientiem
        [one] { $first }–{ $last } no { $total } klienta
       *[other] { $first }–{ $last } no { $total } klientiem
    }
customers-contact-count =
    { $count ->
        [zero] { $count } kontaktpersonu
        [one] { $count } kontaktpersona
       *[other] { $count } kontaktpersonas
    }
customers-pages = Lapas
customers-previous = Iepriekšējā
customers-next = Nākamā
customers-page-of = { $page }. lapa no { $pages }

## What a customer is

customers-classification-none = Bez klasifikācijas
customers-classification-key-account = Atslēgas klients
customers-classification-loyal = Lojāls
customers-classification-debtor = Parādnieks
customers-classification-low-margin = Zema peļņa
customers-source-referral = Ieteikums
customers-source-web = Tīmekļa vietne
customers-source-event = Pasākums
customers-source-cold-call = Aukstais zvans
customers-source-import = Imports
customers-source-partner = Partneris
customers-source-other = Cits
customers-terms-prepaid = Priekšapmaksa
customers-terms-on-receipt = Apmaksa pēc saņemšanas
customers-terms-net-15 = 15 dienu laikā
customers-terms-net-30 = 30 dienu laikā
customers-terms-net-60 = 60 dienu laikā
customers-terms-net-90 = 90 dienu laikā

## A customer's fields

customers-field-name = Nosaukums
customers-field-industry = Nozare
customers-field-segment = Segments
customers-field-classification = Klasifikācija
customers-field-source = Avots
customers-field-payment-terms = Apmaksas nosacījumi
customers-field-tags = Birkas
customers-field-phone = Tālrunis
customers-field-website = Tīmekļa vietne
customers-field-address = Adrese
customers-field-owner = Atbildīgais
customers-industry-placeholder = piem., mazumtirdzniecība
customers-segment-placeholder = piem., MVU
customers-tags-placeholder = Atdalītas ar komatiem
customers-website-placeholder = example.com
customers-not-set = Nav norādīts
customers-no-tags = Nav birku

## New company

customers-cancel = Atcelt
customers-owner-me = Es
customers-create = Izveidot uzņēmumu

## The card

customers-card-title = Klients
customers-card-loading = Ielādē klientu…
customers-not-on-device = Vēl nav šajā ierīcē
customers-not-on-device-hint = Šis klients vēl nav sinhronizēts uz šo ierīci. Tas parādīsies, tiklīdz būsiet tiešsaistē.
customers-card-reading-rest = Ielādē visu šī klienta vēsturi…
customers-card-rest-offline = Nav šajā ierīcē — atveriet tiešsaistē: šī klienta kontaktpersonas, kā arī darījumi un aktivitātes, kas noslēgti pirms { $date }.
customers-back = Atpakaļ uz klientiem
customers-breadcrumb = Navigācijas ceļš
customers-owner-line = Atbildīgais: { $name }
customers-timeline = Hronika
customers-details = Informācija
customers-quick-actions = Ātrās darbības
customers-action-call = Zvanīt
customers-action-email = E-pasts
customers-action-navigate = Maršruts
customers-action-log-visit = Pierakstīt vizīti
customers-no-phone = Nav tālruņa numura
customers-no-email = Nav kontaktpersonas ar e-pasta adresi
customers-no-address = Nav adreses
customers-edit-details = Labot informāciju
customers-done-editing = Beigt labot
customers-new-owner = jaunais atbildīgais
customers-owner-change-confirm = Šeit ir { $deals ->
        [zero] { $deals } atvērtu darījumu
        [one] { $deals } atvērts darījums
       *[other] { $deals } atvērti darījumi
    } un { $activities ->
        [zero] { $activities } aktivitāšu
        [one] { $activities } aktivitāte
       *[other] { $activities } aktivitātes
    }, par kuriem atbild { $owner }. Tie kopā ar klientu pāries jaunajam atbildīgajam: { $to }. Mainīt atbildīgo?
customers-created-updated = Izveidots { $created } · Atjaunināts { $updated }

## Contacts

customers-contacts = Kontaktpersonas
customers-contact-add = Pievienot kontaktu
customers-contact-close = Aizvērt
customers-contacts-empty = Vēl nav kontaktpersonu. Pievienojiet šeit cilvēkus, ar kuriem sadarbojaties.
customers-contact-new = Jauna kontaktpersona
customers-contact-field-title = Amats
customers-contact-field-email = E-pasts
customers-contact-field-notes = Piezīmes
customers-contact-title-placeholder = piem., iepirkumu vadītājs
customers-contact-no-notes = Nav piezīmju
customers-contact-edit = Labot
customers-contact-done = Gatavs
customers-contact-edit-named = Labot: { $name }
customers-contact-done-editing-named = Beigt labot: { $name }
customers-contact-archive = Arhivēt kontaktu
customers-contact-archive-confirm = Arhivēt šo kontaktpersonu? Tā pazudīs no kartītes; vadītājs to var atjaunot no arhīva.

## Validation

customers-name-taken = Uzņēmums ar šādu nosaukumu jau pastāv.
customers-choose-listed = Izvēlieties kādu no piedāvātajām vērtībām.
customers-field-not-editable = Šo lauku nevar labot.
customers-tags-too-many =
    { $max ->
        [zero] Izmantojiet ne vairāk kā { $max } birku.
        [one] Izmantojiet ne vairāk kā { $max } birku.
       *[other] Izmantojiet ne vairāk kā { $max } birkas.
    }
customers-tag-too-long =
    { $max ->
        [zero] Katrai birkai jābūt īsākai par { $max } rakstzīmēm.
        [one] Katrai birkai jābūt īsākai par { $max } rakstzīmi.
       *[other] Katrai birkai jābūt īsākai par { $max } rakstzīmēm.
    }
customers-tags-control = Noņemiet neredzamās vadības rakstzīmes.
customers-owner-not-in-team = Izvēlieties savas komandas dalībnieku.
