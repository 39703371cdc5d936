## Signing in

login-title = Sign in
login-heading = Sign in to Fieldbook
login-lead = Your customers, deals and follow-ups, online or not.
login-email = Email
login-password = Password
login-submit = Sign in
login-signing-in = Signing in…
login-wrong-password = The email or password is incorrect.
login-password-missing = Enter your password.

## The account

role-rep = Sales rep
role-manager = Manager
language-unknown = Fieldbook does not speak this language.
