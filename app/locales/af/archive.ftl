## Die argief

archive-title = Argief
archive-intro = Geargiveerde kliënte, kontakte, transaksies en aktiwiteite. Herstel bring 'n rekord terug met alles wat saam daarmee geargiveer is. Vee uit verwyder dit vir altyd (byvoorbeeld op 'n databeskermingsversoek); elke uitvee word aangeteken.
archive-loading = Laai die argief…
archive-empty-title = Niks is geargiveer nie
archive-empty-body = Geargiveerde rekords verskyn hier.
archive-kind-company = Maatskappy
archive-kind-contact = Kontak
archive-kind-deal = Transaksie
archive-kind-activity = Aktiwiteit
archive-at = by { $company }
archive-owner = eienaar { $name }
archive-with-records =
    { $count ->
        [one] met { $count } geargiveerde rekord
       *[other] met { $count } geargiveerde rekords
    }
archive-archived = Geargiveer { $when } UTC
archive-archived-by = Geargiveer { $when } UTC deur { $name }
archive-restore = Herstel
archive-restoring = Herstel tans…
archive-erase = Vee uit…
archive-restored = “{ $name }” is herstel: dit is terug sodra dit gesinchroniseer is.
archive-erase-confirm = Vee “{ $name }” vir altyd uit? Dit kan nie ongedaan gemaak word nie. Die uitvee word met jou naam aangeteken.
archive-erase-confirm-with =
    { $count ->
        [one] Vee “{ $name }” en die { $count } rekord wat saam daarmee geargiveer is vir altyd uit? Dit kan nie ongedaan gemaak word nie. Die uitvee word met jou naam aangeteken.
       *[other] Vee “{ $name }” en die { $count } rekords wat saam daarmee geargiveer is vir altyd uit? Dit kan nie ongedaan gemaak word nie. Die uitvee word met jou naam aangeteken.
    }
archive-erased = “{ $name }” is uitgevee.
archive-erased-with = “{ $name }” is uitgevee saam met { $what }.
archive-erased-contacts =
    { $count ->
        [one] { $count } kontak
       *[other] { $count } kontakte
    }
archive-erased-deals =
    { $count ->
        [one] { $count } transaksie
       *[other] { $count } transaksies
    }
archive-erased-activities =
    { $count ->
        [one] { $count } aktiwiteit
       *[other] { $count } aktiwiteite
    }
archive-erased-stage-changes =
    { $count ->
        [one] { $count } fasewysiging
       *[other] { $count } fasewysigings
    }
archive-erased-field-changes =
    { $count ->
        [one] { $count } veldwysiging
       *[other] { $count } veldwysigings
    }
archive-erased-other = { $count } { $kind }
archive-list-separator = {", "}
archive-list-and = {" en "}

## 'n Maatskappy argiveer (die kliëntkaart)

archive-company = Argiveer maatskappy
archive-company-body = Argiveer die maatskappy met sy kontakte, transaksies en aktiwiteite: hulle verdwyn vir almal uit lyste, die bord en die vooruitskatting. 'n Bestuurder kan hulle uit die Argief herstel.
archive-a-colleague = 'n Kollega
archive-confirm = Argiveer “{ $name }”? 'n Bestuurder kan dit met alles uit die Argief herstel.
archive-confirm-with = Argiveer “{ $name }” met { $what }? 'n Bestuurder kan dit met alles uit die Argief herstel.
archive-confirm-anyway = Argiveer “{ $name }” tog? 'n Bestuurder kan dit met alles uit die Argief herstel.
archive-confirm-anyway-with = Argiveer “{ $name }” tog met { $what }? 'n Bestuurder kan dit met alles uit die Argief herstel.
archive-reach-contacts =
    { $count ->
        [one] { $count } kontak
       *[other] { $count } kontakte
    }
archive-reach-open-deals =
    { $count ->
        [one] { $count } oop transaksie
       *[other] { $count } oop transaksies
    }
archive-reach-closed-deals =
    { $count ->
        [one] { $count } geslote transaksie
       *[other] { $count } geslote transaksies
    }
archive-reach-activities =
    { $count ->
        [one] { $count } aktiwiteit
       *[other] { $count } aktiwiteite
    }
archive-blocked-deals =
    { $person } het hier nog { $deals ->
        [one] { $deals } oop transaksie
       *[other] { $deals } oop transaksies
    }.
archive-blocked-planned =
    { $person } het hier nog { $planned ->
        [one] { $planned } beplande aktiwiteit
       *[other] { $planned } beplande aktiwiteite
    }.
archive-blocked-both =
    { $person } het hier nog { $deals ->
        [one] { $deals } oop transaksie
       *[other] { $deals } oop transaksies
    } en { $planned ->
        [one] { $planned } beplande aktiwiteit
       *[other] { $planned } beplande aktiwiteite
    }.
archive-blocked-many = { $people } het hier nog oop transaksies of beplande aktiwiteite.
archive-blocked-deals-confirm =
    { $person } het hier nog { $deals ->
        [one] { $deals } oop transaksie
       *[other] { $deals } oop transaksies
    }. Bevestig om dit met alles daarby te argiveer.
archive-blocked-planned-confirm =
    { $person } het hier nog { $planned ->
        [one] { $planned } beplande aktiwiteit
       *[other] { $planned } beplande aktiwiteite
    }. Bevestig om dit met alles daarby te argiveer.
archive-blocked-both-confirm =
    { $person } het hier nog { $deals ->
        [one] { $deals } oop transaksie
       *[other] { $deals } oop transaksies
    } en { $planned ->
        [one] { $planned } beplande aktiwiteit
       *[other] { $planned } beplande aktiwiteite
    }. Bevestig om dit met alles daarby te argiveer.
archive-blocked-many-confirm = { $people } het hier nog oop transaksies of beplande aktiwiteite. Bevestig om dit met alles daarby te argiveer.
archive-error-company-archived = Die maatskappy “{ $name }” is geargiveer: herstel dit eers.
archive-error-not-archived = Slegs geargiveerde rekords kan uitgevee word: argiveer dit eers.
