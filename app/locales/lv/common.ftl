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
