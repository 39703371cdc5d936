## Deals and pipelines: the board, a deal's panel, new deals, pipeline settings

## The board

deals-board-title = Müügitoru
deals-loading-board = Müügitoru laadimine…
deals-no-pipelines = Müügitorusid veel pole
deals-no-pipelines-manager = Loo müügitoru koos etappidega ja lisa sellele tehingud.
deals-set-up-pipelines = Seadista müügitorud
deals-no-pipelines-rep = Palu oma juhil müügitoru seadistada.
deals-owner-filter = Kelle tehingud
deals-owner-everyone = Kõigi tehingud
deals-owner-me = Minu tehingud
deals-pipeline-picker = Müügitoru
deals-edit-stages = Muuda etappe
deals-new-deal = Uus tehing
deals-board-hint = Lohista kaarte etappide vahel (telefonis: vajuta ja hoia, siis lohista või lase lahti etapi sakil). Klaviatuuriga: vali kaart, Alt + nooleklahvid.
deals-stages = Etapid
deals-moved-to = { $title } viidi etappi { $stage }.
deals-moved-elsewhere = { $title } viidi teise etappi.
deals-created = { $title } on loodud.
deals-put-back = „{ $title }” pandi tagasi: { $reason }

## A stage's column and its cards

deals-column-label = Etapp { $stage }
deals-column-total = Koguväärtus
deals-column-weighted-title = Kaalutud { $probability }% järgi, kui tehingul pole oma tõenäosust
deals-column-weighted = kaalutud { $amount }
deals-column-empty = Selles etapis pole tehinguid
deals-card-label = { $title }, { $company }, { $value }. Enter avab selle; Alt ja nooleklahvid liigutavad seda.
deals-card-label-rotting = { $title }, { $company }, { $value }, vajab tähelepanu. Enter avab selle; Alt ja nooleklahvid liigutavad seda.
deals-card-days-in-stage =
    { $days ->
        [one] { $days } päev selles etapis
       *[other] { $days } päeva selles etapis
    }
deals-card-idle = { $days } p seisab

## Statuses

deals-status-open = Avatud
deals-status-won = Võidetud
deals-status-lost = Kaotatud

## A deal's panel

deals-close = Sulge
deals-loading-deal = Tehingu laadimine…
deals-history = Ajalugu
deals-loading-history = Ajaloo laadimine…
deals-history-offline = Ajalugu on näha, kui oled taas võrgus.
deals-history-by = { $name } · { $time }
deals-history-by-someone = keegi · { $time }
deals-history-created = Loodud etapis { $stage }
deals-history-created-somewhere = Loodud ühes etapis
deals-history-won = Märgitud võidetuks
deals-history-lost = Märgitud kaotatuks
deals-history-reopened = Taasavatud etapis { $stage }
deals-history-reopened-somewhere = Taasavatud ühes etapis
deals-history-moved = Viidud etapist { $from } etappi { $to }
deals-history-moved-from-deleted = Viidud kustutatud etapist etappi { $to }
deals-history-moved-to-deleted = Viidud etapist { $from } kustutatud etappi
deals-history-moved-deleted = Viidud kustutatud etapist kustutatud etappi
deals-no-contact = Kontakt puudub
deals-archive-confirm = Kas arhiveerida see tehing? See kaob tahvlilt ja prognoosist; juht saab selle koos ajalooga arhiivist taastada.
deals-stage-default = Etapi vaikeväärtus
deals-stage-default-percent = Etapi vaikeväärtus ({ $probability }%)
deals-in-stage-for =
    { $days ->
        [one] Etapis { $stage } juba { $days } päev
       *[other] Etapis { $stage } juba { $days } päeva
    }
deals-in-deleted-stage-for =
    { $days ->
        [one] Teises etapis juba { $days } päev
       *[other] Teises etapis juba { $days } päeva
    }
deals-move-to-stage = Vii etappi
deals-won-button = Võidetud…
deals-lost-button = Kaotatud…
deals-reopen = Ava tehing uuesti
deals-open-customer = Ava kliendikaart
deals-archive = Arhiveeri tehing
deals-field-title = Pealkiri
deals-field-value = Väärtus
deals-field-currency = Valuuta
deals-field-close-date = Eeldatav sulgemine
deals-field-probability = Tõenäosus %
deals-field-contact = Kontakt
deals-field-owner = Vastutaja
deals-field-stage = Etapp
deals-cancel = Loobu

## Won or lost, and why

deals-won-question = Miks see võideti?
deals-lost-question = Miks see kaotati?
deals-mark-won = Märgi võidetuks
deals-mark-lost = Märgi kaotatuks
deals-choose-reason = Vali põhjus…
deals-other-reason = Muu (kirjelda allpool)
deals-reason-details = Üksikasjad
deals-reason-details-placeholder = Üksikasjad (loetletud põhjuse puhul vabatahtlik)
deals-reason-with-detail = { $reason }: { $detail }
deals-won-reason-required = Kirjuta, miks tehing võideti.
deals-lost-reason-required = Kirjuta, miks tehing kaotati.
deals-lost-reason-price = Hind liiga kõrge
deals-lost-reason-competitor = Valiti konkurent
deals-lost-reason-budget = Eelarvet pole
deals-lost-reason-no-decision = Otsust pole / vaikis
deals-lost-reason-timing = Aeg pole õige
deals-lost-reason-product-gap = Toote puudujääk
deals-won-reason-price = Parim hind
deals-won-reason-fit = Toode sobis
deals-won-reason-relationship = Suhe
deals-won-reason-service = Teenindus ja tugi
deals-won-reason-delivery = Tarneaeg
deals-won-reason-referral = Soovitus

## New deal

deals-new-title-placeholder = nt 40 ühikut, kevadtellimus
deals-new-value-placeholder = 12500
deals-field-customer = Klient
deals-selected-customer = Valitud klient
deals-change-customer = Muuda
deals-customer-search-placeholder = Sisesta kliendi nimi
deals-owner-me-option = Mina
deals-create = Loo tehing

## A customer's deals

deals-section-title = Tehingud
deals-loading-deals = Tehingute laadimine…
deals-none-for-customer = Selle kliendiga pole veel tehinguid.
deals-none-open = Avatud tehinguid pole.
deals-open-deals = Avatud tehingud
deals-closed-deals = Suletud tehingud
deals-closed-deals-count = Suletud tehingud ({ $count })

## Pipeline settings

deals-settings-title = Müügitorud
deals-breadcrumb = Navigatsioonirada
deals-settings-back = Müügitoru tahvel
deals-settings-heading = Müügitorud ja etapid
deals-settings-pipelines = Müügitorud
deals-settings-pipeline = Müügitoru
deals-field-pipeline-name = Müügitoru nimi
deals-settings-stages-hint = Etapi saab kustutada, kui selle avatud tehingud on mujale viidud. Seisak: tehing, mis seisab etapis kauem kui nii mitu päeva, märgitakse tahvlil (0 = mitte kunagi).
deals-stage-delete-confirm = Kas kustutada see etapp?
deals-save = Salvesta
deals-stage-move-earlier = Vii { $stage } varasemaks
deals-stage-move-later = Vii { $stage } hilisemaks
deals-delete = Kustuta
deals-field-win-probability = Võidu %
deals-field-rotting-days = Seisak pärast (päeva)
deals-add-stage-heading = Lisa etapp
deals-add-stage = Lisa etapp
deals-new-pipeline = Uus müügitoru
deals-new-pipeline-hint = Alustab etappidega Müügivihje, Kvalifitseeritud, Pakkumine ja Läbirääkimised; kohanda neid hiljem.
deals-new-pipeline-placeholder = nt Uuendused
deals-create-pipeline = Loo müügitoru
deals-default-stage-lead = Müügivihje
deals-default-stage-qualified = Kvalifitseeritud
deals-default-stage-proposal = Pakkumine
deals-default-stage-negotiation = Läbirääkimised

## What a deal or a stage refuses

deals-error-amount-format = Sisesta summa, nt 12500 või 12500,50.
deals-error-amount-negative = Sisesta summa, mis on null või suurem.
deals-error-amount-too-large = See summa on liiga suur.
deals-error-company-required = Vali klient, kellega see tehing on.
deals-error-date = Sisesta kuupäev kujul 2026-12-31.
deals-error-probability = Sisesta tõenäosus vahemikus 0 kuni 100.
deals-error-choose-listed = Vali üks loetletud väärtustest.
deals-error-not-editable = Seda välja ei saa muuta.
deals-error-currency = Kasuta kolmetähelist valuutakoodi, nt EUR.
deals-error-rotting-days = Sisesta päevade arv vahemikus 0 (mitte kunagi) kuni 365.
deals-error-owner-not-in-team = Vali oma meeskonna liige.
deals-error-contact-elsewhere = Vali kontakt, kes töötab selle kliendi juures.
deals-error-customer-gone = Seda klienti pole enam olemas.
deals-error-no-pipeline = Palu juhil esmalt müügitoru luua.
deals-error-pipeline-gone = Seda müügitoru pole enam olemas.
deals-error-stage-required = Vali selle müügitoru etapp.
deals-error-move-closed = See tehing on suletud. Liigutamiseks ava see uuesti.
deals-error-stage-elsewhere = See etapp pole enam selle tehingu müügitorus.
deals-error-already-won = See tehing on juba võidetud.
deals-error-already-lost = See tehing on juba kaotatud.
deals-error-already-open = See tehing on juba avatud.
deals-error-too-many-stages =
    { $max ->
        [one] Müügitorus on kõige rohkem { $max } etapp.
       *[other] Müügitorus on kõige rohkem { $max } etappi.
    }
deals-error-last-stage = Müügitorus peab olema vähemalt üks etapp.
deals-error-stage-has-open-deals =
    { $open ->
        [one] Vii { $open } avatud tehing etapist „{ $stage }” välja, enne kui selle kustutad.
       *[other] Vii { $open } avatud tehingut etapist „{ $stage }” välja, enne kui selle kustutad.
    }
deals-error-stage-has-archived-deals =
    { $archived ->
        [one] Etapis „{ $stage }” on { $archived } arhiveeritud avatud tehing: taasta ja vii see mujale või kustuta see jäädavalt, enne kui etapi kustutad.
       *[other] Etapis „{ $stage }” on { $archived } arhiveeritud avatud tehingut: taasta ja vii need mujale või kustuta need jäädavalt, enne kui etapi kustutad.
    }
