## Validation messages, errors and notices shared by every page

error-unauthorized = Meld asseblief aan om voort te gaan.
error-forbidden = Jy het nie toegang tot hierdie rekord nie.
error-not-found = Hierdie rekord is nie gevind nie. Dit is dalk geskrap.
error-validation = Korrigeer asseblief die gemerkte velde.
error-already-exists = Hierdie rekord is reeds geskep.
error-internal = Iets het aan ons kant verkeerd geloop. Probeer asseblief weer.
error-busy = Fieldbook was besig met 'n ander verandering. Probeer asseblief weer.
error-throttled =
    { $seconds ->
        [one] Te veel pogings. Wag asseblief { $seconds } sekonde en probeer weer.
       *[other] Te veel pogings. Wag asseblief { $seconds } sekondes en probeer weer.
    }
error-malformed = Die versoek kon nie gelees word nie. Laai die bladsy weer en probeer weer.
error-unavailable = Fieldbook is tydelik onbeskikbaar. Probeer asseblief oor 'n oomblik weer.
error-network = Kon Fieldbook nie bereik nie. Kontroleer die verbinding en probeer weer.
