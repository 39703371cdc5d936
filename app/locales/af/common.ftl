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

## Errors the database reports, beside the field to fix

error-company-name-taken = 'n Maatskappy met hierdie naam bestaan reeds.
error-email-taken = Hierdie e-posadres word reeds gebruik.
error-stage-name-taken = Hierdie pyplyn het reeds 'n fase met hierdie naam.
error-pipeline-name-taken = 'n Pyplyn met hierdie naam bestaan reeds.
error-linked-record-gone = 'n Gekoppelde rekord bestaan nie meer nie. Laai weer en probeer weer.

## Field checks (app/src/validate.rs)

validation-required = Hierdie veld is verpligtend.
validation-too-long =
    { $max ->
        [one] Hou dit onder { $max } karakter.
       *[other] Hou dit onder { $max } karakters.
    }
validation-control-characters = Verwyder die onsigbare beheerkarakters.
validation-date-range = Kies 'n datum tussen die jare { $from } en { $to }.
validation-email = Voer 'n e-posadres in soos naam@maatskappy.com.
validation-phone = Voer 'n telefoonnommer in met syfers, spasies en + - ( ).
validation-website = Voer 'n webadres in soos example.com.

## Pieces every page uses: loading, editing a field in place, error notices

common-loading = Laai tans…
common-save = Stoor
common-saving = Stoor tans…
common-cancel = Kanselleer
common-not-set = Nie gestel nie
common-edit-field = Wysig { $field }
common-sign-in = Meld aan
common-back-to-customers = Terug na kliënte
