## Aanmeld

login-title = Meld aan
login-heading = Meld aan by Fieldbook
login-lead = Jou kliënte, transaksies en opvolgings, aanlyn of nie.
login-email = E-pos
login-password = Wagwoord
login-submit = Meld aan
login-signing-in = Meld tans aan…
login-wrong-password = Die e-posadres of wagwoord is verkeerd.
login-password-missing = Voer jou wagwoord in.

## The account

role-rep = Verkoper
role-manager = Bestuurder
language-unknown = Fieldbook praat nie hierdie taal nie.
