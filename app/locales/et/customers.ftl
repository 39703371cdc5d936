## Customers and contacts: the list, the card, new customers

customers-title = Kliendid
customers-new = Uus ettevõte
customers-loading = Laadin kliente…
customers-search-label = Otsi kliente
customers-search-placeholder = Otsi nime, sildi, aadressi või telefoni järgi
customers-all-classifications = Kõik liigitused
customers-filter-tag = Silt
customers-all-tags = Kõik sildid
customers-whole-team = Kogu meeskond
customers-search-everywhere = Otsi kontaktidest, tehingutest ja tegevustest: „{ $search }“
customers-none-match = Ükski klient ei sobi
customers-none-match-hint = Proovi teist kirjapilti või tühjenda filtrid.
customers-clear-filters = Tühjenda filtrid
customers-empty = Kliente veel pole
customers-empty-hint = Lisa esimene ettevõte, kellega töötad; selle kontaktid lähevad tema kaardile.
customers-list-count =
    { $total ->
        [one] { $first }–{ $last }, kokku { $total } klient
       *[other] { $first }–{ $last }, kokku { $total } klienti
    }
customers-contact-count =
    { $count ->
        [one] { $count } kontakt
       *[other] { $count } kontakti
    }
customers-pages = Lehed
customers-previous = Eelmine
customers-next = Järgmine
customers-page-of = Leht { $page }/{ $pages }

## What a customer is

customers-classification-none = Liigitamata
customers-classification-key-account = Võtmeklient
customers-classification-loyal = Lojaalne
customers-classification-debtor = Võlgnik
customers-classification-low-margin = Madal marginaal
customers-source-referral = Soovitus
customers-source-web = Veebileht
customers-source-event = Üritus
customers-source-cold-call = Külmkõne
customers-source-import = Import
customers-source-partner = Partner
customers-source-other = Muu
customers-terms-prepaid = Ettemaks
customers-terms-on-receipt = Tasumine kättesaamisel
customers-terms-net-15 = 15 päeva
customers-terms-net-30 = 30 päeva
customers-terms-net-60 = 60 päeva
customers-terms-net-90 = 90 päeva

## A customer's fields

customers-field-name = Nimi
customers-field-industry = Tegevusala
customers-field-segment = Segment
customers-field-classification = Liigitus
customers-field-source = Allikas
customers-field-payment-terms = Maksetingimused
customers-field-tags = Sildid
customers-field-phone = Telefon
customers-field-website = Veebileht
customers-field-address = Aadress
customers-field-owner = Vastutaja
customers-industry-placeholder = nt jaekaubandus
customers-segment-placeholder = nt VKE
customers-tags-placeholder = Komadega eraldatud
customers-website-placeholder = example.com
customers-not-set = Määramata
customers-no-tags = Silte pole

## New company

customers-cancel = Loobu
customers-owner-me = Mina
customers-create = Loo ettevõte

## The card

customers-card-title = Klient
customers-card-loading = Laadin klienti…
customers-not-on-device = Veel pole selles seadmes
customers-not-on-device-hint = Seda klienti pole veel selle seadmega sünkroonitud. See ilmub, kui oled võrgus.
customers-card-reading-rest = Loen selle kliendi kogu ajalugu…
customers-card-rest-offline = Pole selles seadmes — ava võrgus: selle kliendi kontaktid ning enne { $date } suletud tehingud ja tegevused.
customers-back = Tagasi klientide juurde
customers-breadcrumb = Asukoharada
customers-owner-line = Vastutaja: { $name }
customers-timeline = Ajajoon
customers-details = Andmed
customers-quick-actions = Kiirtoimingud
customers-action-call = Helista
customers-action-email = E-kiri
customers-action-navigate = Teekond
customers-action-log-visit = Märgi külastus
customers-no-phone = Telefoninumber puudub
customers-no-email = E-posti aadressiga kontakti pole
customers-no-address = Aadress puudub
customers-edit-details = Muuda andmeid
customers-done-editing = Valmis
customers-new-owner = uus vastutaja
customers-owner-change-confirm = Selle kliendi { $deals ->
        [one] { $deals } avatud tehing
       *[other] { $deals } avatud tehingut
    } ja { $activities ->
        [one] { $activities } tegevus
       *[other] { $activities } tegevust
    }, mille vastutaja on { $owner }, lähevad koos kliendiga üle uuele vastutajale: { $to }. Kas muuta vastutajat?
customers-created-updated = Loodud { $created } · Muudetud { $updated }

## Contacts

customers-contacts = Kontaktid
customers-contact-add = Lisa kontakt
customers-contact-close = Sulge
customers-contacts-empty = Kontakte veel pole. Lisa siia inimesed, kellega suhtled.
customers-contact-new = Uus kontakt
customers-contact-field-title = Ametinimetus
customers-contact-field-email = E-post
customers-contact-field-notes = Märkmed
customers-contact-title-placeholder = nt ostujuht
customers-contact-no-notes = Märkmeid pole
customers-contact-edit = Muuda
customers-contact-done = Valmis
customers-contact-edit-named = Muuda: { $name }
customers-contact-done-editing-named = Lõpeta muutmine: { $name }
customers-contact-archive = Arhiveeri kontakt
customers-contact-archive-confirm = Kas arhiveerida see kontakt? See kaob kaardilt; juht saab selle arhiivist taastada.

## Validation

customers-name-taken = Selle nimega ettevõte on juba olemas.
customers-choose-listed = Vali üks loetletud väärtustest.
customers-field-not-editable = Seda välja ei saa muuta.
customers-tags-too-many = Kasuta kõige rohkem { $max } silti.
customers-tag-too-long = Iga silt peab olema lühem kui { $max } märki.
customers-tags-control = Eemalda nähtamatud juhtmärgid.
customers-owner-not-in-team = Vali oma meeskonna liige.
