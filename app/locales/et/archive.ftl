## Arhiiv

archive-title = Arhiiv
archive-intro = Arhiveeritud kliendid, kontaktid, tehingud ja tegevused. „Taasta“ toob kirje tagasi koos kõigega, mis koos sellega arhiveeriti. „Kustuta“ eemaldab selle jäädavalt (näiteks andmekaitsetaotluse peale); iga kustutamine salvestatakse.
archive-loading = Laadin arhiivi…
archive-empty-title = Midagi pole arhiveeritud
archive-empty-body = Arhiveeritud kirjed ilmuvad siia.
archive-kind-company = Ettevõte
archive-kind-contact = Kontakt
archive-kind-deal = Tehing
archive-kind-activity = Tegevus
archive-at = ettevõttes { $company }
archive-owner = vastutaja { $name }
archive-with-records =
    { $count ->
        [one] koos { $count } arhiveeritud kirjega
       *[other] koos { $count } arhiveeritud kirjega
    }
archive-archived = Arhiveeritud { $when } UTC
archive-archived-by = Arhiveeris { $name }, { $when } UTC
archive-restore = Taasta
archive-restoring = Taastan…
archive-erase = Kustuta…
archive-restored = „{ $name }“ on taastatud: see tuleb tagasi pärast sünkroonimist.
archive-erase-confirm = Kas kustutada „{ $name }“ jäädavalt? Seda ei saa tagasi võtta. Kustutamine salvestatakse sinu nimega.
archive-erase-confirm-with =
    { $count ->
        [one] Kas kustutada „{ $name }“ ja { $count } koos sellega arhiveeritud kirje jäädavalt? Seda ei saa tagasi võtta. Kustutamine salvestatakse sinu nimega.
       *[other] Kas kustutada „{ $name }“ ja { $count } koos sellega arhiveeritud kirjet jäädavalt? Seda ei saa tagasi võtta. Kustutamine salvestatakse sinu nimega.
    }
archive-erased = „{ $name }“ on kustutatud.
archive-erased-with = „{ $name }“ on kustutatud koos järgnevaga: { $what }.
archive-erased-contacts =
    { $count ->
        [one] { $count } kontakt
       *[other] { $count } kontakti
    }
archive-erased-deals =
    { $count ->
        [one] { $count } tehing
       *[other] { $count } tehingut
    }
archive-erased-activities =
    { $count ->
        [one] { $count } tegevus
       *[other] { $count } tegevust
    }
archive-erased-stage-changes =
    { $count ->
        [one] { $count } etapimuudatus
       *[other] { $count } etapimuudatust
    }
archive-erased-field-changes =
    { $count ->
        [one] { $count } väljamuudatus
       *[other] { $count } väljamuudatust
    }
archive-erased-other = { $count } { $kind }
archive-list-separator = {", "}
archive-list-and = {" ja "}

## Ettevõtte arhiveerimine (kliendikaart)

archive-company = Arhiveeri ettevõte
archive-company-body = Arhiveerib ettevõtte koos selle kontaktide, tehingute ja tegevustega: need kaovad kõigi jaoks loenditest, tahvlilt ja prognoosist. Juht saab need arhiivist taastada.
archive-a-colleague = Kolleeg
archive-confirm = Kas arhiveerida „{ $name }“? Juht saab selle koos kõigega arhiivist taastada.
archive-confirm-with = Kas arhiveerida „{ $name }“? Koos sellega: { $what }. Juht saab selle koos kõigega arhiivist taastada.
archive-confirm-anyway = Kas arhiveerida „{ $name }“ siiski? Juht saab selle koos kõigega arhiivist taastada.
archive-confirm-anyway-with = Kas arhiveerida „{ $name }“ siiski? Koos sellega: { $what }. Juht saab selle koos kõigega arhiivist taastada.
archive-reach-contacts =
    { $count ->
        [one] { $count } kontakt
       *[other] { $count } kontakti
    }
archive-reach-open-deals =
    { $count ->
        [one] { $count } avatud tehing
       *[other] { $count } avatud tehingut
    }
archive-reach-closed-deals =
    { $count ->
        [one] { $count } suletud tehing
       *[other] { $count } suletud tehingut
    }
archive-reach-activities =
    { $count ->
        [one] { $count } tegevus
       *[other] { $count } tegevust
    }
archive-blocked-deals =
    { $person }: siin on veel { $deals ->
        [one] { $deals } avatud tehing
       *[other] { $deals } avatud tehingut
    }.
archive-blocked-planned =
    { $person }: siin on veel { $planned ->
        [one] { $planned } planeeritud tegevus
       *[other] { $planned } planeeritud tegevust
    }.
archive-blocked-both =
    { $person }: siin on veel { $deals ->
        [one] { $deals } avatud tehing
       *[other] { $deals } avatud tehingut
    } ja { $planned ->
        [one] { $planned } planeeritud tegevus
       *[other] { $planned } planeeritud tegevust
    }.
archive-blocked-many = { $people }: siin on veel avatud tehinguid või planeeritud tegevusi.
archive-blocked-deals-confirm =
    { $person }: siin on veel { $deals ->
        [one] { $deals } avatud tehing
       *[other] { $deals } avatud tehingut
    }. Kinnita, et arhiveerida see koos kõigega, mis selle juures on.
archive-blocked-planned-confirm =
    { $person }: siin on veel { $planned ->
        [one] { $planned } planeeritud tegevus
       *[other] { $planned } planeeritud tegevust
    }. Kinnita, et arhiveerida see koos kõigega, mis selle juures on.
archive-blocked-both-confirm =
    { $person }: siin on veel { $deals ->
        [one] { $deals } avatud tehing
       *[other] { $deals } avatud tehingut
    } ja { $planned ->
        [one] { $planned } planeeritud tegevus
       *[other] { $planned } planeeritud tegevust
    }. Kinnita, et arhiveerida see koos kõigega, mis selle juures on.
archive-blocked-many-confirm = { $people }: siin on veel avatud tehinguid või planeeritud tegevusi. Kinnita, et arhiveerida see koos kõigega, mis selle juures on.
archive-error-company-archived = Ettevõte „{ $name }“ on arhiveeritud: taasta see kõigepealt.
archive-error-not-archived = Kustutada saab ainult arhiveeritud kirjeid: arhiveeri see kõigepealt.
