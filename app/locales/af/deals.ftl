## Deals and pipelines: the board, a deal's panel, new deals, pipeline settings

## The board

deals-board-title = Pyplyn
deals-loading-board = Laai pyplyn…
deals-no-pipelines = Nog geen pyplyne nie
deals-no-pipelines-manager = Skep 'n pyplyn met sy fases en voeg dan transaksies daarby.
deals-set-up-pipelines = Stel pyplyne op
deals-no-pipelines-rep = Vra jou bestuurder om 'n verkoopspyplyn op te stel.
deals-owner-filter = Wie se transaksies
deals-owner-everyone = Almal se transaksies
deals-owner-me = My transaksies
deals-pipeline-picker = Pyplyn
deals-edit-stages = Wysig fases
deals-new-deal = Nuwe transaksie
deals-board-hint = Sleep kaarte tussen fases (op 'n foon: druk en hou, sleep dan, of los dit op 'n fase-oortjie). Met die sleutelbord: fokus op 'n kaart, Alt + pyltjiesleutels.
deals-stages = Fases
deals-moved-to = { $title } is na { $stage } geskuif.
deals-moved-elsewhere = { $title } is na 'n ander fase geskuif.
deals-created = { $title } is geskep.
deals-put-back = “{ $title }” is teruggesit: { $reason }

## A stage's column and its cards

deals-column-label = Fase { $stage }
deals-column-total = Totale waarde
deals-column-weighted-title = Geweeg teen { $probability }% tensy 'n transaksie anders sê
deals-column-weighted = geweeg { $amount }
deals-column-empty = Geen transaksies in hierdie fase nie
deals-card-label = { $title }, { $company }, { $value }. Enter maak dit oop; Alt en die pyltjiesleutels skuif dit.
deals-card-label-rotting = { $title }, { $company }, { $value }, het aandag nodig. Enter maak dit oop; Alt en die pyltjiesleutels skuif dit.
deals-card-days-in-stage =
    { $days ->
        [one] { $days } dag in hierdie fase
       *[other] { $days } dae in hierdie fase
    }
deals-card-idle =
    { $days ->
        [one] { $days } dag stil
       *[other] { $days } dae stil
    }

## Statuses

deals-status-open = Oop
deals-status-won = Gewen
deals-status-lost = Verloor

## A deal's panel

deals-close = Maak toe
deals-loading-deal = Laai transaksie…
deals-history = Geskiedenis
deals-loading-history = Laai geskiedenis…
deals-history-offline = Die geskiedenis verskyn wanneer jy weer aanlyn is.
deals-history-by = { $name } · { $time }
deals-history-by-someone = iemand · { $time }
deals-history-created = Geskep in { $stage }
deals-history-created-somewhere = Geskep in 'n fase
deals-history-won = As gewen gemerk
deals-history-lost = As verloor gemerk
deals-history-reopened = Heropen in { $stage }
deals-history-reopened-somewhere = Heropen in 'n fase
deals-history-moved = Geskuif van { $from } na { $to }
deals-history-moved-from-deleted = Geskuif van 'n geskrapte fase na { $to }
deals-history-moved-to-deleted = Geskuif van { $from } na 'n geskrapte fase
deals-history-moved-deleted = Geskuif van 'n geskrapte fase na 'n geskrapte fase
deals-no-contact = Geen kontak nie
deals-archive-confirm = Argiveer hierdie transaksie? Dit verlaat die bord en die vooruitskatting; 'n bestuurder kan dit met sy geskiedenis uit die Argief terugsit.
deals-stage-default = Fase se verstek
deals-stage-default-percent = Fase se verstek ({ $probability }%)
deals-in-stage-for =
    { $days ->
        [one] Al { $days } dag in { $stage }
       *[other] Al { $days } dae in { $stage }
    }
deals-in-deleted-stage-for =
    { $days ->
        [one] Al { $days } dag in 'n ander fase
       *[other] Al { $days } dae in 'n ander fase
    }
deals-move-to-stage = Skuif na fase
deals-won-button = Gewen…
deals-lost-button = Verloor…
deals-reopen = Heropen transaksie
deals-open-customer = Maak kliëntkaart oop
deals-archive = Argiveer transaksie
deals-field-title = Titel
deals-field-value = Waarde
deals-field-currency = Geldeenheid
deals-field-close-date = Verwagte sluiting
deals-field-probability = Waarskynlikheid %
deals-field-contact = Kontak
deals-field-owner = Eienaar
deals-field-stage = Fase
deals-cancel = Kanselleer

## Won or lost, and why

deals-won-question = Waarom is dit gewen?
deals-lost-question = Waarom is dit verloor?
deals-mark-won = Merk gewen
deals-mark-lost = Merk verloor
deals-choose-reason = Kies 'n rede…
deals-other-reason = Ander (beskryf hieronder)
deals-reason-details = Besonderhede
deals-reason-details-placeholder = Besonderhede (opsioneel vir 'n gelyste rede)
deals-reason-with-detail = { $reason }: { $detail }
deals-won-reason-required = Sê waarom die transaksie gewen is.
deals-lost-reason-required = Sê waarom die transaksie verloor is.
deals-lost-reason-price = Prys te hoog
deals-lost-reason-competitor = Het 'n mededinger gekies
deals-lost-reason-budget = Geen begroting nie
deals-lost-reason-no-decision = Geen besluit / het stil geraak
deals-lost-reason-timing = Tydsberekening nie reg nie
deals-lost-reason-product-gap = Produk skiet tekort
deals-won-reason-price = Beste prys
deals-won-reason-fit = Produk pas
deals-won-reason-relationship = Verhouding
deals-won-reason-service = Diens en ondersteuning
deals-won-reason-delivery = Leweringstyd
deals-won-reason-referral = Verwysing

## New deal

deals-new-title-placeholder = bv. 40 eenhede, lentebestelling
deals-new-value-placeholder = 12500
deals-field-customer = Kliënt
deals-selected-customer = Gekose kliënt
deals-change-customer = Verander
deals-customer-search-placeholder = Tik 'n kliënt se naam
deals-owner-me-option = Ek
deals-create = Skep transaksie

## A customer's deals

deals-section-title = Transaksies
deals-loading-deals = Laai transaksies…
deals-none-for-customer = Nog geen transaksies met hierdie kliënt nie.
deals-none-open = Geen oop transaksies nie.
deals-open-deals = Oop transaksies
deals-closed-deals = Geslote transaksies
deals-closed-deals-count = Geslote transaksies ({ $count })

## Pipeline settings

deals-settings-title = Pyplyne
deals-breadcrumb = Broodkrummels
deals-settings-back = Pyplynbord
deals-settings-heading = Pyplyne en fases
deals-settings-pipelines = Pyplyne
deals-settings-pipeline = Pyplyn
deals-field-pipeline-name = Pyplyn se naam
deals-settings-stages-hint = 'n Fase kan geskrap word sodra sy oop transaksies elders heen geskuif is. Stilstand: 'n transaksie wat langer as soveel dae in 'n fase stil lê, word op die bord gemerk (0 = nooit).
deals-stage-delete-confirm = Skrap hierdie fase?
deals-save = Stoor
deals-stage-move-earlier = Skuif { $stage } vroeër
deals-stage-move-later = Skuif { $stage } later
deals-delete = Skrap
deals-field-win-probability = Wenkans %
deals-field-rotting-days = Stil na (dae)
deals-add-stage-heading = Voeg 'n fase by
deals-add-stage = Voeg fase by
deals-new-pipeline = Nuwe pyplyn
deals-new-pipeline-hint = Begin met Potensiële kliënt, Gekwalifiseer, Voorstel en Onderhandeling; pas hulle daarna aan.
deals-new-pipeline-placeholder = bv. Hernuwings
deals-create-pipeline = Skep pyplyn
deals-default-stage-lead = Potensiële kliënt
deals-default-stage-qualified = Gekwalifiseer
deals-default-stage-proposal = Voorstel
deals-default-stage-negotiation = Onderhandeling

## What a deal or a stage refuses

deals-error-amount-format = Tik 'n bedrag soos 12500 of 12500,50.
deals-error-amount-negative = Tik 'n bedrag van nul of meer.
deals-error-amount-too-large = Hierdie bedrag is te groot.
deals-error-company-required = Kies die kliënt met wie hierdie transaksie is.
deals-error-date = Tik 'n datum soos 2026-12-31.
deals-error-probability = Tik 'n waarskynlikheid van 0 tot 100.
deals-error-choose-listed = Kies een van die gelyste waardes.
deals-error-not-editable = Hierdie veld kan nie gewysig word nie.
deals-error-currency = Gebruik 'n geldeenheidskode van drie letters soos EUR.
deals-error-rotting-days = Tik 'n aantal dae van 0 (nooit) tot 365.
deals-error-owner-not-in-team = Kies 'n lid van jou span.
deals-error-contact-elsewhere = Kies 'n kontak wat by hierdie kliënt werk.
deals-error-customer-gone = Hierdie kliënt bestaan nie meer nie.
deals-error-no-pipeline = Vra eers 'n bestuurder om 'n pyplyn te skep.
deals-error-pipeline-gone = Hierdie pyplyn bestaan nie meer nie.
deals-error-stage-required = Kies 'n fase van hierdie pyplyn.
deals-error-move-closed = Hierdie transaksie is gesluit. Heropen dit om dit te skuif.
deals-error-stage-elsewhere = Daardie fase is nie meer op hierdie transaksie se pyplyn nie.
deals-error-already-won = Hierdie transaksie is reeds gewen.
deals-error-already-lost = Hierdie transaksie is reeds verloor.
deals-error-already-open = Hierdie transaksie is reeds oop.
deals-error-too-many-stages =
    { $max ->
        [one] 'n Pyplyn het hoogstens { $max } fase.
       *[other] 'n Pyplyn het hoogstens { $max } fases.
    }
deals-error-last-stage = 'n Pyplyn het minstens een fase nodig.
deals-error-stage-has-open-deals =
    { $open ->
        [one] Skuif die { $open } oop transaksie uit “{ $stage }” voordat jy dit skrap.
       *[other] Skuif die { $open } oop transaksies uit “{ $stage }” voordat jy dit skrap.
    }
deals-error-stage-has-archived-deals =
    { $archived ->
        [one] { $archived } geargiveerde oop transaksie is in “{ $stage }”: sit dit terug en skuif dit, of vee dit uit, voordat jy die fase skrap.
       *[other] { $archived } geargiveerde oop transaksies is in “{ $stage }”: sit hulle terug en skuif hulle, of vee hulle uit, voordat jy die fase skrap.
    }
