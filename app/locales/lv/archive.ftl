## Arhīvs

archive-title = Arhīvs
archive-intro = Arhivētie klienti, kontaktpersonas, darījumi un aktivitātes. “Atjaunot” atgriež ierakstu kopā ar visu, kas arhivēts kopā ar to. “Dzēst” to neatgriezeniski izdzēš (piemēram, pēc datu aizsardzības pieprasījuma); katra dzēšana tiek reģistrēta.
archive-loading = Ielādē arhīvu…
archive-empty-title = Nekas nav arhivēts
archive-empty-body = Arhivētie ieraksti parādās šeit.
archive-kind-company = Uzņēmums
archive-kind-contact = Kontaktpersona
archive-kind-deal = Darījums
archive-kind-activity = Aktivitāte
archive-at = uzņēmumā { $company }
archive-owner = atbildīgais { $name }
archive-with-records =
    { $count ->
        [zero] ar { $count } arhivētiem ierakstiem
        [one] ar { $count } arhivētu ierakstu
       *[other] ar { $count } arhivētiem ierakstiem
    }
archive-archived = Arhivēts { $when } UTC
archive-archived-by = Arhivēja { $name }, { $when } UTC
archive-restore = Atjaunot
archive-restoring = Atjauno…
archive-erase = Dzēst…
archive-restored = “{ $name }” ir atjaunots: tas atgriezīsies pēc sinhronizācijas.
archive-erase-confirm = Neatgriezeniski dzēst “{ $name }”? To nevarēs atsaukt. Dzēšana tiks reģistrēta ar jūsu vārdu.
archive-erase-confirm-with =
    { $count ->
        [zero] Neatgriezeniski dzēst “{ $name }” un { $count } kopā ar to arhivētos ierakstus? To nevarēs atsaukt. Dzēšana tiks reģistrēta ar jūsu vārdu.
        [one] Neatgriezeniski dzēst “{ $name }” un { $count } kopā ar to arhivēto ierakstu? To nevarēs atsaukt. Dzēšana tiks reģistrēta ar jūsu vārdu.
       *[other] Neatgriezeniski dzēst “{ $name }” un { $count } kopā ar to arhivētos ierakstus? To nevarēs atsaukt. Dzēšana tiks reģistrēta ar jūsu vārdu.
    }
archive-erased = “{ $name }” izdzēsts.
archive-erased-with = “{ $name }” izdzēsts, kopā ar to: { $what }.
archive-erased-contacts =
    { $count ->
        [zero] { $count } kontaktpersonu
        [one] { $count } kontaktpersona
       *[other] { $count } kontaktpersonas
    }
archive-erased-deals =
    { $count ->
        [zero] { $count } darījumu
        [one] { $count } darījums
       *[other] { $count } darījumi
    }
archive-erased-activities =
    { $count ->
        [zero] { $count } aktivitāšu
        [one] { $count } aktivitāte
       *[other] { $count } aktivitātes
    }
archive-erased-stage-changes =
    { $count ->
        [zero] { $count } posma maiņu
        [one] { $count } posma maiņa
       *[other] { $count } posma maiņas
    }
archive-erased-field-changes =
    { $count ->
        [zero] { $count } lauka izmaiņu
        [one] { $count } lauka izmaiņa
       *[other] { $count } lauka izmaiņas
    }
archive-erased-other = { $count } { $kind }
archive-list-separator = {", "}
archive-list-and = {" un "}

## Uzņēmuma arhivēšana (klienta kartīte)

archive-company = Arhivēt uzņēmumu
archive-company-body = Arhivē uzņēmumu kopā ar tā kontaktpersonām, darījumiem un aktivitātēm: tie pazūd no sarakstiem, dēļa un prognozes visiem. Vadītājs tos var atjaunot no arhīva.
archive-a-colleague = Kolēģis
archive-confirm = Arhivēt “{ $name }”? Vadītājs to var atjaunot ar visu no arhīva.
archive-confirm-with = Arhivēt “{ $name }”? Kopā ar to: { $what }. Vadītājs to var atjaunot ar visu no arhīva.
archive-confirm-anyway = Tomēr arhivēt “{ $name }”? Vadītājs to var atjaunot ar visu no arhīva.
archive-confirm-anyway-with = Tomēr arhivēt “{ $name }”? Kopā ar to: { $what }. Vadītājs to var atjaunot ar visu no arhīva.
archive-reach-contacts =
    { $count ->
        [zero] { $count } kontaktpersonu
        [one] { $count } kontaktpersona
       *[other] { $count } kontaktpersonas
    }
archive-reach-open-deals =
    { $count ->
        [zero] { $count } atvērtu darījumu
        [one] { $count } atvērts darījums
       *[other] { $count } atvērti darījumi
    }
archive-reach-closed-deals =
    { $count ->
        [zero] { $count } slēgtu darījumu
        [one] { $count } slēgts darījums
       *[other] { $count } slēgti darījumi
    }
archive-reach-activities =
    { $count ->
        [zero] { $count } aktivitāšu
        [one] { $count } aktivitāte
       *[other] { $count } aktivitātes
    }
archive-blocked-deals =
    { $person }: šeit vēl ir { $deals ->
        [zero] { $deals } atvērtu darījumu
        [one] { $deals } atvērts darījums
       *[other] { $deals } atvērti darījumi
    }.
archive-blocked-planned =
    { $person }: šeit vēl ir { $planned ->
        [zero] { $planned } plānotu aktivitāšu
        [one] { $planned } plānota aktivitāte
       *[other] { $planned } plānotas aktivitātes
    }.
archive-blocked-both =
    { $person }: šeit vēl ir { $deals ->
        [zero] { $deals } atvērtu darījumu
        [one] { $deals } atvērts darījums
       *[other] { $deals } atvērti darījumi
    } un { $planned ->
        [zero] { $planned } plānotu aktivitāšu
        [one] { $planned } plānota aktivitāte
       *[other] { $planned } plānotas aktivitātes
    }.
archive-blocked-many = { $people }: šeit vēl ir atvērti darījumi vai plānotas aktivitātes.
archive-blocked-deals-confirm =
    { $person }: šeit vēl ir { $deals ->
        [zero] { $deals } atvērtu darījumu
        [one] { $deals } atvērts darījums
       *[other] { $deals } atvērti darījumi
    }. Apstipriniet, lai to arhivētu kopā ar visu, kas pie tā ir.
archive-blocked-planned-confirm =
    { $person }: šeit vēl ir { $planned ->
        [zero] { $planned } plānotu aktivitāšu
        [one] { $planned } plānota aktivitāte
       *[other] { $planned } plānotas aktivitātes
    }. Apstipriniet, lai to arhivētu kopā ar visu, kas pie tā ir.
archive-blocked-both-confirm =
    { $person }: šeit vēl ir { $deals ->
        [zero] { $deals } atvērtu darījumu
        [one] { $deals } atvērts darījums
       *[other] { $deals } atvērti darījumi
    } un { $planned ->
        [zero] { $planned } plānotu aktivitāšu
        [one] { $planned } plānota aktivitāte
       *[other] { $planned } plānotas aktivitātes
    }. Apstipriniet, lai to arhivētu kopā ar visu, kas pie tā ir.
archive-blocked-many-confirm = { $people }: šeit vēl ir atvērti darījumi vai plānotas aktivitātes. Apstipriniet, lai to arhivētu kopā ar visu, kas pie tā ir.
archive-error-company-archived = Uzņēmums “{ $name }” ir arhivēts: vispirms atjaunojiet to.
archive-error-not-archived = Dzēst var tikai arhivētus ierakstus: vispirms arhivējiet to.
