## Deals and pipelines: the board, a deal's panel, new deals, pipeline settings

## The board

deals-board-title = Piltuve
deals-loading-board = Ielādē piltuvi…
deals-no-pipelines = Vēl nav nevienas piltuves
deals-no-pipelines-manager = Izveidojiet piltuvi ar tās posmiem un pēc tam pievienojiet tai darījumus.
deals-set-up-pipelines = Iestatīt piltuves
deals-no-pipelines-rep = Palūdziet vadītājam iestatīt pārdošanas piltuvi.
deals-owner-filter = Kuru darījumi
deals-owner-everyone = Visu darījumi
deals-owner-me = Mani darījumi
deals-pipeline-picker = Piltuve
deals-edit-stages = Labot posmus
deals-new-deal = Jauns darījums
deals-board-hint = Velciet kartītes starp posmiem (tālrunī: nospiediet un turiet, tad velciet vai nometiet uz posma cilnes). Ar tastatūru: atlasiet kartīti, Alt + bulttaustiņi.
deals-stages = Posmi
deals-moved-to = { $title } pārvietots uz posmu { $stage }.
deals-moved-elsewhere = { $title } pārvietots uz citu posmu.
deals-created = { $title } izveidots.
deals-put-back = “{ $title }” atlikts atpakaļ: { $reason }

## A stage's column and its cards

deals-column-label = Posms { $stage }
deals-column-total = Kopējā vērtība
deals-column-weighted-title = Svērts ar { $probability }%, ja darījumam nav norādīts cits
deals-column-weighted = svērtā { $amount }
deals-column-empty = Šajā posmā nav darījumu
deals-card-label = { $title }, { $company }, { $value }. Enter to atver; Alt un bulttaustiņi to pārvieto.
deals-card-label-rotting = { $title }, { $company }, { $value }, vajag uzmanību. Enter to atver; Alt un bulttaustiņi to pārvieto.
deals-card-days-in-stage =
    { $days ->
        [zero] { $days } dienu šajā posmā
        [one] { $days } diena šajā posmā
       *[other] { $days } dienas šajā posmā
    }
deals-card-idle = { $days } d. stāv

## Statuses

deals-status-open = Atvērts
deals-status-won = Iegūts
deals-status-lost = Zaudēts

## A deal's panel

deals-close = Aizvērt
deals-loading-deal = Ielādē darījumu…
deals-history = Vēsture
deals-loading-history = Ielādē vēsturi…
deals-history-offline = Vēsture būs redzama, kad atkal būsiet tiešsaistē.
deals-history-by = { $name } · { $time }
deals-history-by-someone = kāds · { $time }
deals-history-created = Izveidots posmā { $stage }
deals-history-created-somewhere = Izveidots kādā posmā
deals-history-won = Atzīmēts kā iegūts
deals-history-lost = Atzīmēts kā zaudēts
deals-history-reopened = Atkārtoti atvērts posmā { $stage }
deals-history-reopened-somewhere = Atkārtoti atvērts kādā posmā
deals-history-moved = Pārvietots no { $from } uz { $to }
deals-history-moved-from-deleted = Pārvietots no dzēsta posma uz { $to }
deals-history-moved-to-deleted = Pārvietots no { $from } uz dzēstu posmu
deals-history-moved-deleted = Pārvietots no dzēsta posma uz dzēstu posmu
deals-no-contact = Nav kontakta
deals-archive-confirm = Arhivēt šo darījumu? Tas pazudīs no dēļa un prognozes; vadītājs to kopā ar vēsturi var atjaunot no arhīva.
deals-stage-default = Posma noklusējums
deals-stage-default-percent = Posma noklusējums ({ $probability }%)
deals-in-stage-for =
    { $days ->
        [zero] Posmā { $stage } jau { $days } dienu
        [one] Posmā { $stage } jau { $days } dienu
       *[other] Posmā { $stage } jau { $days } dienas
    }
deals-in-deleted-stage-for =
    { $days ->
        [zero] Citā posmā jau { $days } dienu
        [one] Citā posmā jau { $days } dienu
       *[other] Citā posmā jau { $days } dienas
    }
deals-move-to-stage = Pārvietot uz posmu
deals-won-button = Iegūts…
deals-lost-button = Zaudēts…
deals-reopen = Atvērt no jauna
deals-open-customer = Atvērt klienta kartīti
deals-archive = Arhivēt darījumu
deals-field-title = Nosaukums
deals-field-value = Vērtība
deals-field-currency = Valūta
deals-field-close-date = Paredzētā noslēgšana
deals-field-probability = Varbūtība %
deals-field-contact = Kontaktpersona
deals-field-owner = Atbildīgais
deals-field-stage = Posms
deals-cancel = Atcelt

## Won or lost, and why

deals-won-question = Kāpēc tas iegūts?
deals-lost-question = Kāpēc tas zaudēts?
deals-mark-won = Atzīmēt kā iegūtu
deals-mark-lost = Atzīmēt kā zaudētu
deals-choose-reason = Izvēlieties iemeslu…
deals-other-reason = Cits (aprakstiet zemāk)
deals-reason-details = Sīkāka informācija
deals-reason-details-placeholder = Sīkāka informācija (nav obligāta, ja iemesls ir sarakstā)
deals-reason-with-detail = { $reason }: { $detail }
deals-won-reason-required = Norādiet, kāpēc darījums iegūts.
deals-lost-reason-required = Norādiet, kāpēc darījums zaudēts.
deals-lost-reason-price = Pārāk augsta cena
deals-lost-reason-competitor = Izvēlējās konkurentu
deals-lost-reason-budget = Nav budžeta
deals-lost-reason-no-decision = Nav lēmuma / pazuda
deals-lost-reason-timing = Nepiemērots laiks
deals-lost-reason-product-gap = Produktam trūkst iespēju
deals-won-reason-price = Labākā cena
deals-won-reason-fit = Produkts atbilst
deals-won-reason-relationship = Attiecības
deals-won-reason-service = Serviss un atbalsts
deals-won-reason-delivery = Piegādes laiks
deals-won-reason-referral = Ieteikums

## New deal

deals-new-title-placeholder = piem., 40 vienības, pavasara pasūtījums
deals-new-value-placeholder = 12500
deals-field-customer = Klients
deals-selected-customer = Izvēlētais klients
deals-change-customer = Mainīt
deals-customer-search-placeholder = Ierakstiet klienta nosaukumu
deals-owner-me-option = Es
deals-create = Izveidot darījumu

## A customer's deals

deals-section-title = Darījumi
deals-loading-deals = Ielādē darījumus…
deals-none-for-customer = Ar šo klientu vēl nav darījumu.
deals-none-open = Nav atvērtu darījumu.
deals-open-deals = Atvērtie darījumi
deals-closed-deals = Slēgtie darījumi
deals-closed-deals-count = Slēgtie darījumi ({ $count })

## Pipeline settings

deals-settings-title = Piltuves
deals-breadcrumb = Navigācijas ceļš
deals-settings-back = Piltuves dēlis
deals-settings-heading = Piltuves un posmi
deals-settings-pipelines = Piltuves
deals-settings-pipeline = Piltuve
deals-field-pipeline-name = Piltuves nosaukums
deals-settings-stages-hint = Posmu var dzēst, kad tā atvērtie darījumi ir pārvietoti citur. Stāvēšana: darījums, kas posmā stāv ilgāk par šo dienu skaitu, tiek atzīmēts uz dēļa (0 = nekad).
deals-stage-delete-confirm = Dzēst šo posmu?
deals-save = Saglabāt
deals-stage-move-earlier = Pārvietot { $stage } agrāk
deals-stage-move-later = Pārvietot { $stage } vēlāk
deals-delete = Dzēst
deals-field-win-probability = Uzvaras %
deals-field-rotting-days = Stāv pēc (dienām)
deals-add-stage-heading = Pievienot posmu
deals-add-stage = Pievienot posmu
deals-new-pipeline = Jauna piltuve
deals-new-pipeline-hint = Sākas ar posmiem Interesents, Kvalificēts, Piedāvājums un Sarunas; pielāgojiet tos vēlāk.
deals-new-pipeline-placeholder = piem., Atjaunojumi
deals-create-pipeline = Izveidot piltuvi
deals-default-stage-lead = Interesents
deals-default-stage-qualified = Kvalificēts
deals-default-stage-proposal = Piedāvājums
deals-default-stage-negotiation = Sarunas

## What a deal or a stage refuses

deals-error-amount-format = Ievadiet summu, piem., 12500 vai 12500,50.
deals-error-amount-negative = Ievadiet summu, kas ir nulle vai vairāk.
deals-error-amount-too-large = Šī summa ir pārāk liela.
deals-error-company-required = Izvēlieties klientu, ar kuru ir šis darījums.
deals-error-date = Ievadiet datumu formā 2026-12-31.
deals-error-probability = Ievadiet varbūtību no 0 līdz 100.
deals-error-choose-listed = Izvēlieties kādu no sarakstā esošajām vērtībām.
deals-error-not-editable = Šo lauku nevar labot.
deals-error-currency = Izmantojiet trīs burtu valūtas kodu, piem., EUR.
deals-error-rotting-days = Ievadiet dienu skaitu no 0 (nekad) līdz 365.
deals-error-owner-not-in-team = Izvēlieties savas komandas dalībnieku.
deals-error-contact-elsewhere = Izvēlieties kontaktu, kas strādā pie šī klienta.
deals-error-customer-gone = Šis klients vairs nepastāv.
deals-error-no-pipeline = Vispirms palūdziet vadītājam izveidot piltuvi.
deals-error-pipeline-gone = Šī piltuve vairs nepastāv.
deals-error-stage-required = Izvēlieties šīs piltuves posmu.
deals-error-move-closed = Šis darījums ir slēgts. Atveriet to no jauna, lai pārvietotu.
deals-error-stage-elsewhere = Šis posms vairs nav šī darījuma piltuvē.
deals-error-already-won = Šis darījums jau ir iegūts.
deals-error-already-lost = Šis darījums jau ir zaudēts.
deals-error-already-open = Šis darījums jau ir atvērts.
deals-error-too-many-stages =
    { $max ->
        [zero] Piltuvē var būt ne vairāk kā { $max } posmu.
        [one] Piltuvē var būt ne vairāk kā { $max } posms.
       *[other] Piltuvē var būt ne vairāk kā { $max } posmi.
    }
deals-error-last-stage = Piltuvē jābūt vismaz vienam posmam.
deals-error-stage-has-open-deals =
    { $open ->
        [zero] Posmā “{ $stage }” ir { $open } atvērtu darījumu: pārvietojiet tos, pirms dzēšat posmu.
        [one] Posmā “{ $stage }” ir { $open } atvērts darījums: pārvietojiet to, pirms dzēšat posmu.
       *[other] Posmā “{ $stage }” ir { $open } atvērti darījumi: pārvietojiet tos, pirms dzēšat posmu.
    }
deals-error-stage-has-archived-deals =
    { $archived ->
        [zero] Posmā “{ $stage }” ir { $archived } arhivētu atvērtu darījumu: atjaunojiet un pārvietojiet tos vai izdzēsiet tos pavisam, pirms dzēšat posmu.
        [one] Posmā “{ $stage }” ir { $archived } arhivēts atvērts darījums: atjaunojiet un pārvietojiet to vai izdzēsiet to pavisam, pirms dzēšat posmu.
       *[other] Posmā “{ $stage }” ir { $archived } arhivēti atvērti darījumi: atjaunojiet un pārvietojiet tos vai izdzēsiet tos pavisam, pirms dzēšat posmu.
    }
