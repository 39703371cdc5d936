## Validation messages, errors and notices shared by every page

error-unauthorized = 请登录后继续。
error-forbidden = 您无权访问此记录。
error-not-found = 未找到此记录，可能已被删除。
error-validation = 请更正标出的字段。
error-already-exists = 此记录已创建。
error-internal = 我们这边出了问题，请重试。
error-busy = Fieldbook 正忙于处理另一项更改，请重试。
error-throttled = 尝试次数过多。请等待 { $seconds } 秒后重试。
error-malformed = 无法读取该请求。请重新加载页面后重试。
error-unavailable = Fieldbook 暂时不可用，请稍后重试。
error-network = 无法连接到 Fieldbook。请检查网络连接后重试。

## Errors the database reports, beside the field to fix

error-company-name-taken = 已存在同名公司。
error-email-taken = 此电子邮箱已被使用。
error-stage-name-taken = 此销售管道中已有同名阶段。
error-pipeline-name-taken = 已存在同名销售管道。
error-linked-record-gone = 关联的记录已不存在。请重新加载后重试。

## Field checks (app/src/validate.rs)

validation-required = 此字段为必填项。
validation-too-long = 请不要超过 { $max } 个字符。
validation-control-characters = 请删除不可见的控制字符。
validation-date-range = 请选择 { $from } 年至 { $to } 年之间的日期。
validation-email = 请输入电子邮箱地址，例如 name@company.com。
validation-phone = 请输入电话号码，只能使用数字、空格和 + - ( )。
validation-website = 请输入网址，例如 example.com。

## Pieces every page uses: loading, editing a field in place, error notices

common-loading = 正在加载…
common-save = 保存
common-saving = 正在保存…
common-cancel = 取消
common-not-set = 未设置
common-edit-field = 编辑{ $field }
common-sign-in = 登录
common-back-to-customers = 返回客户列表
