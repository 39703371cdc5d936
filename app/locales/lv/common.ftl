## Validation messages, errors and notices shared by every page

error-unauthorized = Lūdzu, pierakstieties, lai turpinātu.
error-forbidden = Jums nav piekļuves šim ierakstam.
error-not-found = Šis ieraksts netika atrasts. Iespējams, tas ir dzēsts.
error-validation = Lūdzu, izlabojiet iezīmētos laukus.
error-already-exists = Šis ieraksts jau ir izveidots.
error-internal = Mūsu pusē kaut kas nogāja greizi. Lūdzu, mēģiniet vēlreiz.
error-busy = Fieldbook bija aizņemts ar citu izmaiņu. Lūdzu, mēģiniet vēlreiz.
error-throttled =
    { $seconds ->
        [zero] Pārāk daudz mēģinājumu. Lūdzu, uzgaidiet { $seconds } sekunžu un mēģiniet vēlreiz.
        [one] Pārāk daudz mēģinājumu. Lūdzu, uzgaidiet { $seconds } sekundi un mēģiniet vēlreiz.
       *[other] Pārāk daudz mēģinājumu. Lūdzu, uzgaidiet { $seconds } sekundes un mēģiniet vēlreiz.
    }
error-malformed = Pieprasījumu nevarēja nolasīt. Pārlādējiet lapu un mēģiniet vēlreiz.
error-unavailable = Fieldbook īslaicīgi nav pieejams. Lūdzu, mēģiniet vēlreiz pēc brīža.
error-network = Neizdevās sasniegt Fieldbook. Pārbaudiet savienojumu un mēģiniet vēlreiz.

## Errors the database reports, beside the field to fix

error-company-name-taken = Uzņēmums ar šādu nosaukumu jau pastāv.
error-email-taken = Šī e-pasta adrese jau tiek izmantota.
error-stage-name-taken = Šajā piltuvē jau ir posms ar šādu nosaukumu.
error-pipeline-name-taken = Piltuve ar šādu nosaukumu jau pastāv.
error-linked-record-gone = Saistītais ieraksts vairs nepastāv. Pārlādējiet lapu un mēģiniet vēlreiz.

## Field checks (app/src/validate.rs)

validation-required = Šis lauks ir obligāts.
validation-too-long =
    { $max ->
        [zero] Ievadiet ne vairāk kā { $max } rakstzīmju.
        [one] Ievadiet ne vairāk kā { $max } rakstzīmi.
       *[other] Ievadiet ne vairāk kā { $max } rakstzīmes.
    }
validation-control-characters = Noņemiet neredzamās vadības rakstzīmes.
validation-date-range = Izvēlieties datumu no { $from }. līdz { $to }. gadam.
validation-email = Ievadiet e-pasta adresi, piemēram, vards@uznemums.lv.
validation-phone = Ievadiet tālruņa numuru, izmantojot ciparus, atstarpes un + - ( ).
validation-website = Ievadiet tīmekļa adresi, piemēram, example.com.

## Pieces every page uses: loading, editing a field in place, error notices

common-loading = Ielādē…
common-save = Saglabāt
common-saving = Saglabā…
common-cancel = Atcelt
common-not-set = Nav norādīts
common-edit-field = Rediģēt: { $field }
common-sign-in = Pierakstīties
common-back-to-customers = Atpakaļ uz klientiem
