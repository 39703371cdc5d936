## This device: storage and sync; the offline page

## An edit the server refused: what was not saved (then, after it, why).

sync-refused-create-company = 新公司“{ $name }”未保存：
sync-refused-edit-company = 您对公司“{ $name }”的编辑未保存：
sync-refused-edit-company-unnamed = 您对某个公司的编辑未保存：
sync-refused-archive-company = 归档公司“{ $name }”的操作未保存：
sync-refused-archive-company-unnamed = 归档某个公司的操作未保存：
sync-refused-create-contact = 新联系人“{ $name }”未保存：
sync-refused-edit-contact = 您对联系人“{ $name }”的编辑未保存：
sync-refused-edit-contact-unnamed = 您对某个联系人的编辑未保存：
sync-refused-archive-contact = 归档联系人“{ $name }”的操作未保存：
sync-refused-archive-contact-unnamed = 归档某个联系人的操作未保存：
sync-refused-create-deal = 新交易“{ $name }”未保存：
sync-refused-edit-deal = 您对交易“{ $name }”的编辑未保存：
sync-refused-edit-deal-unnamed = 您对某个交易的编辑未保存：
sync-refused-move-deal = 移动交易“{ $name }”的操作未保存：
sync-refused-move-deal-unnamed = 移动某个交易的操作未保存：
sync-refused-close-deal = 关闭交易“{ $name }”的操作未保存：
sync-refused-close-deal-unnamed = 关闭某个交易的操作未保存：
sync-refused-reopen-deal = 重新打开交易“{ $name }”的操作未保存：
sync-refused-reopen-deal-unnamed = 重新打开某个交易的操作未保存：
sync-refused-archive-deal = 归档交易“{ $name }”的操作未保存：
sync-refused-archive-deal-unnamed = 归档某个交易的操作未保存：
sync-refused-create-activity = 新活动“{ $name }”未保存：
sync-refused-edit-activity = 您对活动“{ $name }”的编辑未保存：
sync-refused-edit-activity-unnamed = 您对某个活动的编辑未保存：
sync-refused-complete-activity = 完成活动“{ $name }”的操作未保存：
sync-refused-complete-activity-unnamed = 完成某个活动的操作未保存：
sync-refused-reopen-activity = 重新打开活动“{ $name }”的操作未保存：
sync-refused-reopen-activity-unnamed = 重新打开某个活动的操作未保存：
sync-refused-check-in = 活动“{ $name }”的签到未保存：
sync-refused-check-in-unnamed = 某个活动的签到未保存：
sync-refused-archive-activity = 归档活动“{ $name }”的操作未保存：
sync-refused-archive-activity-unnamed = 归档某个活动的操作未保存：
sync-refused-restore-company = 恢复已归档公司的操作未保存：
sync-refused-restore-contact = 恢复已归档联系人的操作未保存：
sync-refused-restore-deal = 恢复已归档交易的操作未保存：
sync-refused-restore-activity = 恢复已归档活动的操作未保存：

## Sync problems

sync-signed-out = 您已退出登录。请重新登录以发送您的编辑。
sync-storage-full = 此设备的存储空间已满：离线时所做的编辑在重新加载后可能会丢失。
sync-held-newer = 此设备上有由较新版本的 Fieldbook 保存的编辑。请重新加载以获取新版本：这些编辑会保留，并从新版本发送。在此之前，您只能查看，不能编辑。
sync-held-unreadable = 此设备上有当前版本的 Fieldbook 无法读取的编辑。它们保留在设备上，不会发送；在能读取它们的版本在此运行之前，您只能查看，不能编辑。
sync-held-reload = 此设备上有由其他版本的 Fieldbook 保存的编辑等待发送：请先重新加载以更新，再进行编辑。
sync-still-loading = 您的数据仍在加载。请稍后重试。
sync-too-many-edits = 每次最多发送 { $max } 项编辑。

## A new release, installed in the background

update-ready = Fieldbook 新版本已就绪。此设备上待发送的编辑会保留。
update-reload = 新版本 — 重新加载

## The "This device" page

device-title = 此设备
device-storage-heading = 存储与同步
device-records = 保存的记录
device-records-count = { $count }（客户、联系人、交易和活动）
device-pending = 待发送的编辑
device-last-sync = 上次同步
device-never-synced = 尚未同步
device-not-synced-offline = 自此页面打开后未同步（离线）
device-offline-pages = 离线可用的页面
device-pages-checking = 正在检查…
device-pages-not-now = 尚未全部保存：网络恢复后会保存
device-pages-all-kept = 已保存全部 { $total } 个：每个页面都可离线打开
device-pages-some-kept = 已保存 { $kept } / { $total } 个
device-pages-unsupported = 此浏览器无法保存页面以供离线使用
device-storage-used = 已用存储空间
device-storage-measuring = 正在计算…
device-storage-unknown = 此浏览器未提供该信息
device-storage-kept = { $used } / { $quota }（空间不足时也会保留）
device-storage-may-clear = { $used } / { $quota }（空间不足时浏览器可能会清除）
device-about = 您的客户和排队中的编辑保存在此浏览器中，因此 Fieldbook 无需网络即可使用；每个页面也都会保存，因此离线时也能打开。退出登录会删除客户数据和已保存的页面；尚未发送的编辑会保留，直到您再次在此登录。
