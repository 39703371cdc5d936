## This device: storage and sync; the offline page

## An edit the server refused: what was not saved (then, after it, why).

sync-refused-create-company = Jaunais uzņēmums “{ $name }” netika saglabāts:
sync-refused-edit-company = Uzņēmuma “{ $name }” labojums netika saglabāts:
sync-refused-edit-company-unnamed = Uzņēmuma labojums netika saglabāts:
sync-refused-archive-company = Uzņēmuma “{ $name }” arhivēšana netika saglabāta:
sync-refused-archive-company-unnamed = Uzņēmuma arhivēšana netika saglabāta:
sync-refused-create-contact = Jaunā kontaktpersona “{ $name }” netika saglabāta:
sync-refused-edit-contact = Kontaktpersonas “{ $name }” labojums netika saglabāts:
sync-refused-edit-contact-unnamed = Kontaktpersonas labojums netika saglabāts:
sync-refused-archive-contact = Kontaktpersonas “{ $name }” arhivēšana netika saglabāta:
sync-refused-archive-contact-unnamed = Kontaktpersonas arhivēšana netika saglabāta:
sync-refused-create-deal = Jaunais darījums “{ $name }” netika saglabāts:
sync-refused-edit-deal = Darījuma “{ $name }” labojums netika saglabāts:
sync-refused-edit-deal-unnamed = Darījuma labojums netika saglabāts:
sync-refused-move-deal = Darījuma “{ $name }” pārvietošana netika saglabāta:
sync-refused-move-deal-unnamed = Darījuma pārvietošana netika saglabāta:
sync-refused-close-deal = Darījuma “{ $name }” slēgšana netika saglabāta:
sync-refused-close-deal-unnamed = Darījuma slēgšana netika saglabāta:
sync-refused-reopen-deal = Darījuma “{ $name }” atkārtota atvēršana netika saglabāta:
sync-refused-reopen-deal-unnamed = Darījuma atkārtota atvēršana netika saglabāta:
sync-refused-archive-deal = Darījuma “{ $name }” arhivēšana netika saglabāta:
sync-refused-archive-deal-unnamed = Darījuma arhivēšana netika saglabāta:
sync-refused-create-activity = Jaunā aktivitāte “{ $name }” netika saglabāta:
sync-refused-edit-activity = Aktivitātes “{ $name }” labojums netika saglabāts:
sync-refused-edit-activity-unnamed = Aktivitātes labojums netika saglabāts:
sync-refused-complete-activity = Aktivitātes “{ $name }” pabeigšana netika saglabāta:
sync-refused-complete-activity-unnamed = Aktivitātes pabeigšana netika saglabāta:
sync-refused-reopen-activity = Aktivitātes “{ $name }” atkārtota atvēršana netika saglabāta:
sync-refused-reopen-activity-unnamed = Aktivitātes atkārtota atvēršana netika saglabāta:
sync-refused-check-in = Reģistrēšanās aktivitātē “{ $name }” netika saglabāta:
sync-refused-check-in-unnamed = Reģistrēšanās aktivitātē netika saglabāta:
sync-refused-archive-activity = Aktivitātes “{ $name }” arhivēšana netika saglabāta:
sync-refused-archive-activity-unnamed = Aktivitātes arhivēšana netika saglabāta:
sync-refused-restore-company = Arhivēta uzņēmuma atjaunošana netika saglabāta:
sync-refused-restore-contact = Arhivētas kontaktpersonas atjaunošana netika saglabāta:
sync-refused-restore-deal = Arhivēta darījuma atjaunošana netika saglabāta:
sync-refused-restore-activity = Arhivētas aktivitātes atjaunošana netika saglabāta:

## Sync problems

sync-signed-out = Jūsu sesija beidzās. Pierakstieties vēlreiz, lai nosūtītu savus labojumus.
sync-storage-full = Šīs ierīces krātuve ir pilna: bezsaistē veiktie labojumi pēc lapas pārlādes var pazust.
sync-held-newer = Šajā ierīcē ir labojumi, ko saglabājusi jaunāka Fieldbook versija. Pārlādējiet lapu, lai to iegūtu: labojumi tiek glabāti un tiks nosūtīti no turienes. Līdz tam varat lasīt, bet ne labot.
sync-held-unreadable = Šajā ierīcē ir labojumi, ko šī Fieldbook versija nevar nolasīt. Tie tiek glabāti ierīcē, nevis nosūtīti; kamēr šeit nedarbojas versija, kas tos nolasa, varat lasīt, bet ne labot.
sync-held-reload = Šajā ierīcē gaida labojumi, ko saglabājusi cita Fieldbook versija: pirms labošanas pārlādējiet lapu, lai atjauninātu.
sync-still-loading = Jūsu dati vēl tiek ielādēti. Mēģiniet vēlreiz pēc brīža.
sync-too-many-edits =
    { $max ->
        [zero] Sūtiet ne vairāk kā { $max } labojumu vienlaikus.
        [one] Sūtiet ne vairāk kā { $max } labojumu vienlaikus.
       *[other] Sūtiet ne vairāk kā { $max } labojumus vienlaikus.
    }

## A new release, installed in the background

update-ready = Ir gatava jauna Fieldbook versija. Labojumi, kas gaida šajā ierīcē, tiek saglabāti.
update-reload = Jauna versija — pārlādēt

## The "This device" page

device-title = Šī ierīce
device-storage-heading = Krātuve un sinhronizācija
device-records = Glabātie ieraksti
device-records-count = { $count } (klienti, kontaktpersonas, darījumi un aktivitātes)
device-pending = Gaidošie labojumi
device-last-sync = Pēdējā sinhronizācija
device-never-synced = Vēl ne
device-not-synced-offline = Ne kopš šīs lapas atvēršanas (bezsaistē)
device-offline-pages = Lapas lietošanai bezsaistē
device-pages-checking = Pārbauda…
device-pages-not-now = Vēl ne visas saglabātas: tās tiks saglabātas, kad atgriezīsies tīkls
device-pages-all-kept = Saglabātas visas ({ $total }): katra lapa atveras bezsaistē
device-pages-some-kept = Saglabātas: { $kept } no { $total }
device-pages-unsupported = Šī pārlūkprogramma nevar saglabāt lapas lietošanai bezsaistē
device-storage-used = Izmantotā krātuve
device-storage-measuring = Mēra…
device-storage-unknown = Šī pārlūkprogramma to nenorāda
device-storage-kept = { $used } no { $quota } (saglabājas arī tad, ja trūkst vietas)
device-storage-may-clear = { $used } no { $quota } (pārlūkprogramma to var notīrīt, ja trūkst vietas)
device-about = Jūsu klienti un rindā esošie labojumi glabājas šajā pārlūkprogrammā, lai Fieldbook darbotos bez tīkla, un katra lapa tiek saglabāta, lai tā atvērtos arī bezsaistē. Izrakstoties tiek dzēsti klientu dati un saglabātās lapas; vēl nenosūtītie labojumi paliek, līdz šeit atkal pierakstīsieties.
