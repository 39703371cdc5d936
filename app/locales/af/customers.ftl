## Customers and contacts: the list, the card, new customers

customers-title = Kliënte
customers-new = Nuwe maatskappy
customers-loading = Laai kliënte…
customers-search-label = Soek kliënte
customers-search-placeholder = Soek naam, etiket, adres of foon
customers-all-classifications = Alle klassifikasies
customers-filter-tag = Etiket
customers-all-tags = Alle etikette
customers-whole-team = Hele span
customers-search-everywhere = Soek kontakte, transaksies en aktiwiteite vir “{ $search }”
customers-none-match = Geen kliënte pas nie
customers-none-match-hint = Probeer 'n ander spelling, of maak die filters skoon.
customers-clear-filters = Maak filters skoon
customers-empty = Nog geen kliënte nie
customers-empty-hint = Voeg die eerste maatskappy by waarmee jy werk; sy kontakte kom op sy kaart.
customers-list-count =
    { $total ->
        [one] { $first }–{ $last } van { $total } kliënt
       *[other] { $first }–{ $last } van { $total } kliënte
    }
customers-contact-count =
    { $count ->
        [one] { $count } kontak
       *[other] { $count } kontakte
    }
customers-pages = Bladsye
customers-previous = Vorige
customers-next = Volgende
customers-page-of = Bladsy { $page } van { $pages }

## What a customer is

customers-classification-none = Ongeklassifiseer
customers-classification-key-account = Sleutelkliënt
customers-classification-loyal = Lojaal
customers-classification-debtor = Debiteur
customers-classification-low-margin = Lae marge
customers-source-referral = Verwysing
customers-source-web = Webwerf
customers-source-event = Geleentheid
customers-source-cold-call = Koue oproep
customers-source-import = Invoer
customers-source-partner = Vennoot
customers-source-other = Ander
customers-terms-prepaid = Vooruitbetaal
customers-terms-on-receipt = Betaalbaar by ontvangs
customers-terms-net-15 = Netto 15 dae
customers-terms-net-30 = Netto 30 dae
customers-terms-net-60 = Netto 60 dae
customers-terms-net-90 = Netto 90 dae

## A customer's fields

customers-field-name = Naam
customers-field-industry = Bedryf
customers-field-segment = Segment
customers-field-classification = Klassifikasie
customers-field-source = Bron
customers-field-payment-terms = Betaalvoorwaardes
customers-field-tags = Etikette
customers-field-phone = Foon
customers-field-website = Webwerf
customers-field-address = Adres
customers-field-owner = Eienaar
customers-industry-placeholder = bv. Kleinhandel
customers-segment-placeholder = bv. KMO
customers-tags-placeholder = Geskei met kommas
customers-website-placeholder = example.com
customers-not-set = Nie ingevul nie
customers-no-tags = Geen etikette

## New company

customers-cancel = Kanselleer
customers-owner-me = Ek
customers-create = Skep maatskappy

## The card

customers-card-title = Kliënt
customers-card-loading = Laai kliënt…
customers-not-on-device = Nog nie op hierdie toestel nie
customers-not-on-device-hint = Hierdie kliënt is nog nie na hierdie toestel gesinchroniseer nie. Dit verskyn sodra jy aanlyn is.
customers-card-reading-rest = Lees hierdie kliënt se volledige geskiedenis…
customers-card-rest-offline = Nie op hierdie toestel nie — maak aanlyn oop: hierdie kliënt se kontakte, en sy transaksies en aktiwiteite wat voor { $date } afgehandel is.
customers-back = Terug na kliënte
customers-breadcrumb = Broodkrummels
customers-owner-line = Eienaar: { $name }
customers-timeline = Tydlyn
customers-details = Besonderhede
customers-quick-actions = Vinnige aksies
customers-action-call = Bel
customers-action-email = E-pos
customers-action-navigate = Navigeer
customers-action-log-visit = Teken besoek aan
customers-no-phone = Geen foonnommer nie
customers-no-email = Geen kontak met 'n e-posadres nie
customers-no-address = Geen adres nie
customers-edit-details = Wysig besonderhede
customers-done-editing = Klaar gewysig
customers-new-owner = die nuwe eienaar
customers-owner-change-confirm = { $owner } se { $deals ->
        [one] { $deals } oop transaksie
       *[other] { $deals } oop transaksies
    } en { $activities ->
        [one] { $activities } aktiwiteit
       *[other] { $activities } aktiwiteite
    } hier skuif saam met die kliënt na { $to }. Verander die eienaar?
customers-created-updated = Geskep { $created } · Bygewerk { $updated }

## Contacts

customers-contacts = Kontakte
customers-contact-add = Voeg kontak by
customers-contact-close = Maak toe
customers-contacts-empty = Nog geen kontakte nie. Voeg hier die mense by met wie jy werk.
customers-contact-new = Nuwe kontak
customers-contact-field-title = Pos
customers-contact-field-email = E-pos
customers-contact-field-notes = Notas
customers-contact-title-placeholder = bv. Aankoper
customers-contact-no-notes = Geen notas nie
customers-contact-edit = Wysig
customers-contact-done = Klaar
customers-contact-edit-named = Wysig { $name }
customers-contact-done-editing-named = Klaar gewysig: { $name }
customers-contact-archive = Argiveer kontak
customers-contact-archive-confirm = Argiveer hierdie kontak? Dit verdwyn van die kaart af; 'n bestuurder kan dit uit die Argief herstel.

## Validation

customers-name-taken = 'n Maatskappy met hierdie naam bestaan reeds.
customers-choose-listed = Kies een van die gelyste waardes.
customers-field-not-editable = Hierdie veld kan nie gewysig word nie.
customers-tags-too-many = Gebruik hoogstens { $max } etikette.
customers-tag-too-long = Hou elke etiket korter as { $max } karakters.
customers-tags-control = Verwyder die onsigbare beheerkarakters.
customers-owner-not-in-team = Kies 'n lid van jou span.
