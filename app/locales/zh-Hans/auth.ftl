## 登录

login-title = 登录
login-heading = 登录 Fieldbook
login-lead = 您的客户、交易和跟进事项，无论是否联网。
login-email = 电子邮箱
login-password = 密码
login-submit = 登录
login-signing-in = 正在登录…
login-wrong-password = 电子邮箱或密码不正确。
login-password-missing = 请输入密码。

## The account

role-rep = 销售代表
role-manager = 经理
language-unknown = Fieldbook 不支持此语言。
