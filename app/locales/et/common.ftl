## Validation messages, errors and notices shared by every page

error-unauthorized = Jätkamiseks logi sisse.
error-forbidden = Sul pole sellele kirjele juurdepääsu.
error-not-found = Seda kirjet ei leitud. Võib-olla on see kustutatud.
error-validation = Palun paranda märgitud väljad.
error-already-exists = See kirje on juba loodud.
error-internal = Meie poolel läks midagi valesti. Palun proovi uuesti.
error-busy = Fieldbook oli hõivatud teise muudatusega. Palun proovi uuesti.
error-throttled =
    { $seconds ->
        [one] Liiga palju katseid. Oota { $seconds } sekund ja proovi uuesti.
       *[other] Liiga palju katseid. Oota { $seconds } sekundit ja proovi uuesti.
    }
error-malformed = Päringut ei õnnestunud lugeda. Laadi leht uuesti ja proovi uuesti.
error-unavailable = Fieldbook pole ajutiselt saadaval. Proovi hetke pärast uuesti.
error-network = Fieldbookiga ei saanud ühendust. Kontrolli ühendust ja proovi uuesti.

## Errors the database reports, beside the field to fix

error-company-name-taken = Selle nimega ettevõte on juba olemas.
error-email-taken = See e-posti aadress on juba kasutusel.
error-stage-name-taken = Selles müügitorus on selle nimega etapp juba olemas.
error-pipeline-name-taken = Selle nimega müügitoru on juba olemas.
error-linked-record-gone = Seotud kirjet enam ei ole. Laadi leht uuesti ja proovi uuesti.

## Field checks (app/src/validate.rs)

validation-required = See väli on kohustuslik.
validation-too-long =
    { $max ->
        [one] Lubatud on kuni { $max } tähemärk.
       *[other] Lubatud on kuni { $max } tähemärki.
    }
validation-control-characters = Eemalda nähtamatud juhtmärgid.
validation-date-range = Vali kuupäev aastate { $from } ja { $to } vahelt.
validation-email = Sisesta e-posti aadress, näiteks nimi@ettevote.ee.
validation-phone = Sisesta telefoninumber, kasutades numbreid, tühikuid ja märke + - ( ).
validation-website = Sisesta veebiaadress, näiteks example.com.

## Pieces every page uses: loading, editing a field in place, error notices

common-loading = Laadin…
common-save = Salvesta
common-saving = Salvestan…
common-cancel = Tühista
common-not-set = Määramata
common-edit-field = Muuda: { $field }
common-sign-in = Logi sisse
common-back-to-customers = Tagasi klientide juurde
