## Validation messages, errors and notices shared by every page

error-unauthorized = Jätkamiseks logige sisse.
error-forbidden = Teil pole sellele kirjele juurdepääsu.
error-not-found = Seda kirjet ei leitud. Võib-olla on see kustutatud.
error-validation = Palun parandage märgitud väljad.
error-already-exists = See kirje on juba loodud.
error-internal = Meie poolel läks midagi valesti. Palun proovige uuesti.
error-busy = Fieldbook oli hõivatud teise muudatusega. Palun proovige uuesti.
error-throttled =
    { $seconds ->
        [one] Liiga palju katseid. Oodake { $seconds } sekund ja proovige uuesti.
       *[other] Liiga palju katseid. Oodake { $seconds } sekundit ja proovige uuesti.
    }
error-malformed = Päringut ei õnnestunud lugeda. Laadige leht uuesti ja proovige uuesti.
error-unavailable = Fieldbook pole ajutiselt saadaval. Proovige hetke pärast uuesti.
error-network = Fieldbookiga ei saanud ühendust. Kontrollige ühendust ja proovige uuesti.
