## Pierakstīšanās

login-title = Pierakstīties
login-heading = Pierakstīties Fieldbook
login-lead = Jūsu klienti, darījumi un turpmākie soļi — tiešsaistē un bezsaistē.
login-email = E-pasts
login-password = Parole
login-submit = Pierakstīties
login-signing-in = Notiek pierakstīšanās…
login-wrong-password = Nepareizs e-pasts vai parole.
login-password-missing = Ievadiet paroli.

## The account

role-rep = Pārdevējs
role-manager = Vadītājs
language-unknown = Fieldbook šo valodu neatbalsta.
