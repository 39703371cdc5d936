## Pierakstīšanās

login-title = Pierakstīties
login-heading = Pierakstīties Fieldbook
login-lead = Jūsu klienti, darījumi un turpmākie soļi — tiešsaistē un bezsaistē.
login-email = E-pasts
login-password = Parole
login-submit = Pierakstīties
login-signing-in = Notiek pierakstīšanās…
