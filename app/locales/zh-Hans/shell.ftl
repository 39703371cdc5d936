# Fieldbook — 简体中文。术语见 app/src/i18n/glossary/zh-Hans.md。
# 中文没有复数变化：只用 other。

## 框架：标签页、搜索、同步状态

nav-main = 主导航
tab-my-day = 我的一天
tab-customers = 客户
tab-pipeline = 销售管道
tab-more = 更多
search-label = 搜索
search-title = 搜索全部内容
sync-link-title = 此设备：存储与同步
sync-offline = 离线
sync-syncing = 正在同步…
sync-all-saved = 已全部保存
sync-saving = 正在保存
sync-edits-waiting =
    { $count ->
       *[other] { $count } 项编辑待发送
    }
sync-status-title = 编辑保存在此设备上，网络可用时发送
notice-dismiss = 关闭

## 更多

more-signed-in = 已登录
more-pages = 更多页面
more-forecast = 预测
more-forecast-hint = 预期收入与配额
more-archive = 归档
more-archive-hint = 恢复或彻底删除已归档的记录
more-pipelines = 销售管道与阶段
more-pipelines-hint = 设置销售阶段
more-device = 此设备
more-device-hint = 此处保存的内容、待发送的编辑、上次同步
more-language = 语言
more-language-hint = 此设备上 Fieldbook 的语言。立即生效，离线时也可以切换。
language-unavailable = 无法加载此语言。请在联网后重试。
sign-out = 退出登录
sign-out-offline = 您当前处于离线状态。退出登录会结束服务器上的会话，因此需要网络连接：请在恢复联网后重试。在此期间，您的客户和编辑会保留在此设备上。
sign-out-confirm =
    { $count ->
       *[other] 还有 { $count } 项编辑未发送。它们会保留在此设备上，并在您再次在此登录时发送。要退出登录吗？
    }
sign-out-everywhere-hint = 手机丢失，或在共用电脑上登录过？结束您账户的所有会话。
sign-out-everywhere = 在所有设备上退出

## 搜索

search-page-label = 搜索此设备上的所有内容
search-page-placeholder = 名称、电话、标签、交易、备注…
search-page-loading = 正在加载此设备的数据…
search-page-results =
    { $count ->
       *[other] { $count } 个结果
    }
search-page-results-best =
    { $count ->
       *[other] { $count } 个结果，显示最相关的 { $shown } 个
    }
search-page-hint = 按名称、标签、行业、地址或电话搜索客户；按姓名、邮箱或电话搜索联系人；按标题搜索交易；按主题和备注搜索活动。搜索在此设备上进行，离线也能使用。
search-page-no-match = 此设备上没有与“{ $query }”匹配的内容。
search-kind-customer = 客户
search-kind-contact = 联系人
search-kind-deal = 交易
search-kind-activity = 活动

## 跳到页面内容、不存在的页面

shell-skip-to-content = 跳到内容
shell-not-found-title = 未找到
shell-not-found = 页面未找到
shell-not-found-body = 您请求的页面不存在。
shell-go-to-customers = 前往客户
