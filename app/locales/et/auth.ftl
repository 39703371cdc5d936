## Sisselogimine

login-title = Logi sisse
login-heading = Logi Fieldbooki sisse
login-lead = Sinu kliendid, tehingud ja järeltegevused, võrgus või võrguta.
login-email = E-post
login-password = Parool
login-submit = Logi sisse
login-signing-in = Login sisse…
login-wrong-password = E-post või parool on vale.
login-password-missing = Sisestage parool.

## The account

role-rep = Müügiesindaja
role-manager = Juht
language-unknown = Fieldbook seda keelt ei räägi.
