## This device: storage and sync; the offline page

## An edit the server refused: what was not saved (then, after it, why).

sync-refused-create-company = Uut ettevõtet „{ $name }“ ei salvestatud:
sync-refused-edit-company = Sinu muudatust ettevõttes „{ $name }“ ei salvestatud:
sync-refused-edit-company-unnamed = Sinu muudatust ühes ettevõttes ei salvestatud:
sync-refused-archive-company = Ettevõtte „{ $name }“ arhiveerimist ei salvestatud:
sync-refused-archive-company-unnamed = Ettevõtte arhiveerimist ei salvestatud:
sync-refused-create-contact = Uut kontakti „{ $name }“ ei salvestatud:
sync-refused-edit-contact = Sinu muudatust kontaktis „{ $name }“ ei salvestatud:
sync-refused-edit-contact-unnamed = Sinu muudatust ühes kontaktis ei salvestatud:
sync-refused-archive-contact = Kontakti „{ $name }“ arhiveerimist ei salvestatud:
sync-refused-archive-contact-unnamed = Kontakti arhiveerimist ei salvestatud:
sync-refused-create-deal = Uut tehingut „{ $name }“ ei salvestatud:
sync-refused-edit-deal = Sinu muudatust tehingus „{ $name }“ ei salvestatud:
sync-refused-edit-deal-unnamed = Sinu muudatust ühes tehingus ei salvestatud:
sync-refused-move-deal = Tehingu „{ $name }“ teisaldamist ei salvestatud:
sync-refused-move-deal-unnamed = Tehingu teisaldamist ei salvestatud:
sync-refused-close-deal = Tehingu „{ $name }“ sulgemist ei salvestatud:
sync-refused-close-deal-unnamed = Tehingu sulgemist ei salvestatud:
sync-refused-reopen-deal = Tehingu „{ $name }“ taasavamist ei salvestatud:
sync-refused-reopen-deal-unnamed = Tehingu taasavamist ei salvestatud:
sync-refused-archive-deal = Tehingu „{ $name }“ arhiveerimist ei salvestatud:
sync-refused-archive-deal-unnamed = Tehingu arhiveerimist ei salvestatud:
sync-refused-create-activity = Uut tegevust „{ $name }“ ei salvestatud:
sync-refused-edit-activity = Sinu muudatust tegevuses „{ $name }“ ei salvestatud:
sync-refused-edit-activity-unnamed = Sinu muudatust ühes tegevuses ei salvestatud:
sync-refused-complete-activity = Tegevuse „{ $name }“ lõpetamist ei salvestatud:
sync-refused-complete-activity-unnamed = Tegevuse lõpetamist ei salvestatud:
sync-refused-reopen-activity = Tegevuse „{ $name }“ taasavamist ei salvestatud:
sync-refused-reopen-activity-unnamed = Tegevuse taasavamist ei salvestatud:
sync-refused-check-in = Registreerumist tegevusel „{ $name }“ ei salvestatud:
sync-refused-check-in-unnamed = Registreerumist tegevusel ei salvestatud:
sync-refused-archive-activity = Tegevuse „{ $name }“ arhiveerimist ei salvestatud:
sync-refused-archive-activity-unnamed = Tegevuse arhiveerimist ei salvestatud:
sync-refused-restore-company = Arhiveeritud ettevõtte taastamist ei salvestatud:
sync-refused-restore-contact = Arhiveeritud kontakti taastamist ei salvestatud:
sync-refused-restore-deal = Arhiveeritud tehingu taastamist ei salvestatud:
sync-refused-restore-activity = Arhiveeritud tegevuse taastamist ei salvestatud:

## Sync problems

sync-signed-out = Sind logiti välja. Logi uuesti sisse, et oma muudatused saata.
sync-storage-full = Selle seadme salvestusruum on täis: võrguta tehtud muudatused ei pruugi lehe uuesti laadimist üle elada.
sync-held-newer = Selles seadmes on muudatusi, mille salvestas Fieldbooki uuem versioon. Laadi leht uuesti, et see saada: muudatused säilivad ja saadetakse sealt. Seni saad lugeda, aga mitte muuta.
sync-held-unreadable = Selles seadmes on muudatusi, mida see Fieldbooki versioon lugeda ei oska. Need hoitakse seadmes ega saadeta; kuni siin ei tööta versioon, mis neid loeb, saad lugeda, aga mitte muuta.
sync-held-reload = Selles seadmes ootavad Fieldbooki teise versiooni salvestatud muudatused: enne muutmist laadi leht uuendamiseks uuesti.
sync-still-loading = Sinu andmed alles laadivad. Proovi hetke pärast uuesti.
sync-too-many-edits =
    { $max ->
        [one] Saada korraga kuni { $max } muudatus.
       *[other] Saada korraga kuni { $max } muudatust.
    }

## A new release, installed in the background

update-ready = Fieldbooki uus versioon on valmis. Selles seadmes ootavad muudatused säilivad.
update-reload = Uus versioon — laadi uuesti

## The "This device" page

device-title = See seade
device-storage-heading = Salvestus ja sünkroonimine
device-records = Hoitud kirjed
device-records-count = { $count } (kliendid, kontaktid, tehingud ja tegevused)
device-pending = Ootel muudatused
device-last-sync = Viimane sünkroonimine
device-never-synced = Veel mitte
device-not-synced-offline = Mitte pärast selle lehe avamist (võrguta)
device-offline-pages = Lehed võrguta kasutamiseks
device-pages-checking = Kontrollin…
device-pages-not-now = Kõik pole veel hoitud: need salvestatakse, kui võrk on tagasi
device-pages-all-kept = Kõik { $total } hoitud: iga leht avaneb võrguta
device-pages-some-kept = Hoitud { $kept }/{ $total }
device-pages-unsupported = See brauser ei saa lehti võrguta kasutamiseks hoida
device-storage-used = Kasutatud salvestusruum
device-storage-measuring = Mõõdan…
device-storage-unknown = See brauser seda ei teata
device-storage-kept = { $used } / { $quota } (hoitakse ka siis, kui ruumi jääb väheks)
device-storage-may-clear = { $used } / { $quota } (brauser võib selle kustutada, kui ruumi jääb väheks)
device-about = Sinu kliendid ja ootel muudatused asuvad selles brauseris, et Fieldbook töötaks ilma võrguta, ja iga leht hoitakse alles, et see avaneks ka võrguta. Väljalogimine eemaldab kliendiandmed ja hoitud lehed; saatmata muudatused jäävad alles, kuni siin uuesti sisse logid.
