## Signing in

login-title = Sign in
login-heading = Sign in to Fieldbook
login-lead = Your customers, deals and follow-ups, online or not.
login-email = Email
login-password = Password
login-submit = Sign in
login-signing-in = Signing in…
