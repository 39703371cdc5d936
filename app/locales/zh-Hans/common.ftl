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
