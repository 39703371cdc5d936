## Aanmeld

login-title = Meld aan
login-heading = Meld aan by Fieldbook
login-lead = Jou kliënte, transaksies en opvolgings, aanlyn of nie.
login-email = E-pos
login-password = Wagwoord
login-submit = Meld aan
login-signing-in = Meld tans aan…
