## 登录

login-title = 登录
login-heading = 登录 Fieldbook
login-lead = 您的客户、交易和跟进事项，无论是否联网。
login-email = 电子邮箱
login-password = 密码
login-submit = 登录
login-signing-in = 正在登录…
