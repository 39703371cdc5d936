## Customers and contacts: the list, the card, new customers

customers-title = 客户
customers-new = 新建公司
customers-loading = 正在加载客户…
customers-search-label = 搜索客户
customers-search-placeholder = 搜索名称、标签、地址或电话
customers-all-classifications = 全部分类
customers-filter-tag = 标签
customers-all-tags = 全部标签
customers-whole-team = 整个团队
customers-search-everywhere = 在联系人、交易和活动中搜索“{ $search }”
customers-none-match = 没有匹配的客户
customers-none-match-hint = 换个写法试试，或清除筛选条件。
customers-clear-filters = 清除筛选
customers-empty = 还没有客户
customers-empty-hint = 添加您合作的第一家公司；它的联系人会显示在它的卡片上。
customers-list-count =
    { $total ->
       *[other] 第 { $first }–{ $last } 位，共 { $total } 位客户
    }
customers-contact-count =
    { $count ->
       *[other] { $count } 位联系人
    }
customers-pages = 分页
customers-previous = 上一页
customers-next = 下一页
customers-page-of = 第 { $page } 页，共 { $pages } 页

## What a customer is

customers-classification-none = 未分类
customers-classification-key-account = 重点客户
customers-classification-loyal = 忠实客户
customers-classification-debtor = 欠款客户
customers-classification-low-margin = 低利润
customers-source-referral = 推荐
customers-source-web = 网站
customers-source-event = 展会
customers-source-cold-call = 陌生电话
customers-source-import = 导入
customers-source-partner = 合作伙伴
customers-source-other = 其他
customers-terms-prepaid = 预付
customers-terms-on-receipt = 见票即付
customers-terms-net-15 = 15 天账期
customers-terms-net-30 = 30 天账期
customers-terms-net-60 = 60 天账期
customers-terms-net-90 = 90 天账期

## A customer's fields

customers-field-name = 名称
customers-field-industry = 行业
customers-field-segment = 细分市场
customers-field-classification = 分类
customers-field-source = 来源
customers-field-payment-terms = 付款条件
customers-field-tags = 标签
customers-field-phone = 电话
customers-field-website = 网站
customers-field-address = 地址
customers-field-owner = 负责人
customers-industry-placeholder = 例如：零售
customers-segment-placeholder = 例如：中小企业
customers-tags-placeholder = 用逗号分隔
customers-website-placeholder = example.com
customers-not-set = 未填写
customers-no-tags = 无标签

## New company

customers-cancel = 取消
customers-owner-me = 我
customers-create = 创建公司

## The card

customers-card-title = 客户
customers-card-loading = 正在加载客户…
customers-not-on-device = 尚未同步到此设备
customers-not-on-device-hint = 此客户尚未同步到此设备。您联网后它就会出现。
customers-card-reading-rest = 正在读取此客户的完整记录…
customers-card-rest-offline = 不在此设备上——请联网打开：此客户的联系人，以及在 { $date } 之前已结束的商机和活动。
customers-back = 返回客户列表
customers-breadcrumb = 导航路径
customers-owner-line = 负责人：{ $name }
customers-timeline = 时间线
customers-details = 详细信息
customers-quick-actions = 快捷操作
customers-action-call = 打电话
customers-action-email = 发邮件
customers-action-navigate = 导航
customers-action-log-visit = 记录拜访
customers-no-phone = 没有电话号码
customers-no-email = 没有带电子邮件地址的联系人
customers-no-address = 没有地址
customers-edit-details = 编辑详细信息
customers-done-editing = 完成编辑
customers-new-owner = 新负责人
customers-owner-change-confirm = { $owner } 在此的 { $deals ->
       *[other] { $deals } 笔进行中的交易
    }和 { $activities ->
       *[other] { $activities } 项活动
    }将随客户一起转给 { $to }。要更改负责人吗？
customers-created-updated = 创建于 { $created } · 更新于 { $updated }

## Contacts

customers-contacts = 联系人
customers-contact-add = 添加联系人
customers-contact-close = 关闭
customers-contacts-empty = 还没有联系人。请在这里添加与您打交道的人。
customers-contact-new = 新建联系人
customers-contact-field-title = 职位
customers-contact-field-email = 电子邮件
customers-contact-field-notes = 备注
customers-contact-title-placeholder = 例如：采购
customers-contact-no-notes = 无备注
customers-contact-edit = 编辑
customers-contact-done = 完成
customers-contact-edit-named = 编辑 { $name }
customers-contact-done-editing-named = 完成编辑 { $name }
customers-contact-archive = 归档联系人
customers-contact-archive-confirm = 要归档此联系人吗？它将从卡片上移除；经理可以从归档中恢复它。

## Validation

customers-name-taken = 已有同名公司。
customers-choose-listed = 请从列出的选项中选择一项。
customers-field-not-editable = 此字段无法编辑。
customers-tags-too-many = 最多使用 { $max } 个标签。
customers-tag-too-long = 每个标签不超过 { $max } 个字符。
customers-tags-control = 请删除不可见的控制字符。
customers-owner-not-in-team = 请选择您团队中的成员。
