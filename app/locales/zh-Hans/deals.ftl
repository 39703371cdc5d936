## Deals and pipelines: the board, a deal's panel, new deals, pipeline settings

## The board

deals-board-title = 销售管道
deals-loading-board = 正在加载销售管道…
deals-no-pipelines = 还没有销售管道
deals-no-pipelines-manager = 先创建销售管道及其阶段，再向其中添加交易。
deals-set-up-pipelines = 设置销售管道
deals-no-pipelines-rep = 请让您的经理设置销售管道。
deals-owner-filter = 谁的交易
deals-owner-everyone = 所有人的交易
deals-owner-me = 我的交易
deals-pipeline-picker = 销售管道
deals-edit-stages = 编辑阶段
deals-new-deal = 新建交易
deals-board-hint = 在阶段之间拖动卡片（手机上：长按后拖动，或拖放到阶段标签上）。使用键盘：选中卡片，按 Alt + 方向键。
deals-stages = 阶段
deals-moved-to = 已将 { $title } 移至 { $stage }。
deals-moved-elsewhere = 已将 { $title } 移至另一个阶段。
deals-created = 已创建 { $title }。
deals-put-back = “{ $title }”已放回原处：{ $reason }

## A stage's column and its cards

deals-column-label = { $stage } 阶段
deals-column-total = 总金额
deals-column-weighted-title = 按 { $probability }% 加权，除非交易另有设置
deals-column-weighted = 加权 { $amount }
deals-column-empty = 此阶段没有交易
deals-card-label = { $title }，{ $company }，{ $value }。按 Enter 打开；按 Alt 和方向键移动。
deals-card-label-rotting = { $title }，{ $company }，{ $value }，需要关注。按 Enter 打开；按 Alt 和方向键移动。
deals-card-days-in-stage = 在此阶段已 { $days } 天
deals-card-idle = 停滞 { $days } 天

## Statuses

deals-status-open = 进行中
deals-status-won = 赢单
deals-status-lost = 丢单

## A deal's panel

deals-close = 关闭
deals-loading-deal = 正在加载交易…
deals-history = 历史记录
deals-loading-history = 正在加载历史记录…
deals-history-offline = 联网后即可查看历史记录。
deals-history-by = { $name } · { $time }
deals-history-by-someone = 某人 · { $time }
deals-history-created = 创建于 { $stage }
deals-history-created-somewhere = 创建于某个阶段
deals-history-won = 标记为赢单
deals-history-lost = 标记为丢单
deals-history-reopened = 在 { $stage } 重新打开
deals-history-reopened-somewhere = 在某个阶段重新打开
deals-history-moved = 从 { $from } 移至 { $to }
deals-history-moved-from-deleted = 从已删除的阶段移至 { $to }
deals-history-moved-to-deleted = 从 { $from } 移至已删除的阶段
deals-history-moved-deleted = 从已删除的阶段移至已删除的阶段
deals-no-contact = 无联系人
deals-archive-confirm = 归档此交易？它将从看板和预测中移除；经理可以从归档中连同历史记录一起恢复。
deals-stage-default = 阶段默认值
deals-stage-default-percent = 阶段默认值（{ $probability }%）
deals-in-stage-for = 在 { $stage } 已 { $days } 天
deals-in-deleted-stage-for = 在另一个阶段已 { $days } 天
deals-move-to-stage = 移至阶段
deals-won-button = 赢单…
deals-lost-button = 丢单…
deals-reopen = 重新打开交易
deals-open-customer = 打开客户卡片
deals-archive = 归档交易
deals-field-title = 标题
deals-field-value = 金额
deals-field-currency = 货币
deals-field-close-date = 预计成交
deals-field-probability = 赢率 %
deals-field-contact = 联系人
deals-field-owner = 负责人
deals-field-stage = 阶段
deals-cancel = 取消

## Won or lost, and why

deals-won-question = 为什么赢单？
deals-lost-question = 为什么丢单？
deals-mark-won = 标记赢单
deals-mark-lost = 标记丢单
deals-choose-reason = 选择原因…
deals-other-reason = 其他（在下方说明）
deals-reason-details = 详情
deals-reason-details-placeholder = 详情（选择列出的原因时可不填）
deals-reason-with-detail = { $reason }：{ $detail }
deals-won-reason-required = 请说明赢单原因。
deals-lost-reason-required = 请说明丢单原因。
deals-lost-reason-price = 价格太高
deals-lost-reason-competitor = 选择了竞争对手
deals-lost-reason-budget = 没有预算
deals-lost-reason-no-decision = 未做决定 / 失去联系
deals-lost-reason-timing = 时机不对
deals-lost-reason-product-gap = 产品功能不足
deals-won-reason-price = 价格最优
deals-won-reason-fit = 产品契合
deals-won-reason-relationship = 客户关系
deals-won-reason-service = 服务与支持
deals-won-reason-delivery = 交货时间
deals-won-reason-referral = 推荐

## New deal

deals-new-title-placeholder = 例如：40 件，春季订单
deals-new-value-placeholder = 12500
deals-field-customer = 客户
deals-selected-customer = 已选客户
deals-change-customer = 更换
deals-customer-search-placeholder = 输入客户名称
deals-owner-me-option = 我
deals-create = 创建交易

## A customer's deals

deals-section-title = 交易
deals-loading-deals = 正在加载交易…
deals-none-for-customer = 与此客户还没有交易。
deals-none-open = 没有进行中的交易。
deals-open-deals = 进行中的交易
deals-closed-deals = 已关闭的交易
deals-closed-deals-count = 已关闭的交易（{ $count }）

## Pipeline settings

deals-settings-title = 销售管道
deals-breadcrumb = 导航路径
deals-settings-back = 销售管道看板
deals-settings-heading = 销售管道和阶段
deals-settings-pipelines = 销售管道
deals-settings-pipeline = 销售管道
deals-field-pipeline-name = 销售管道名称
deals-settings-stages-hint = 阶段中的进行中交易移走后，即可删除该阶段。停滞：交易在某阶段停留超过此天数时，会在看板上标出（0 = 从不）。
deals-stage-delete-confirm = 删除此阶段？
deals-save = 保存
deals-stage-move-earlier = 将 { $stage } 前移
deals-stage-move-later = 将 { $stage } 后移
deals-delete = 删除
deals-field-win-probability = 赢率 %
deals-field-rotting-days = 停滞天数
deals-add-stage-heading = 添加阶段
deals-add-stage = 添加阶段
deals-new-pipeline = 新建销售管道
deals-new-pipeline-hint = 默认包含“线索”“已确认”“提案”“谈判”四个阶段，之后可调整。
deals-new-pipeline-placeholder = 例如：续约
deals-create-pipeline = 创建销售管道
deals-default-stage-lead = 线索
deals-default-stage-qualified = 已确认
deals-default-stage-proposal = 提案
deals-default-stage-negotiation = 谈判

## What a deal or a stage refuses

deals-error-amount-format = 请输入金额，例如 12500 或 12500.50。
deals-error-amount-negative = 请输入零或更大的金额。
deals-error-amount-too-large = 金额过大。
deals-error-company-required = 请选择此交易所属的客户。
deals-error-date = 请输入日期，例如 2026-12-31。
deals-error-probability = 请输入 0 到 100 之间的赢率。
deals-error-choose-listed = 请从列出的选项中选择。
deals-error-not-editable = 此字段不能编辑。
deals-error-currency = 请使用三个字母的货币代码，例如 EUR。
deals-error-rotting-days = 请输入 0（从不）到 365 之间的天数。
deals-error-owner-not-in-team = 请选择您团队的成员。
deals-error-contact-elsewhere = 请选择在此客户处工作的联系人。
deals-error-customer-gone = 此客户已不存在。
deals-error-no-pipeline = 请先让经理创建销售管道。
deals-error-pipeline-gone = 此销售管道已不存在。
deals-error-stage-required = 请选择此销售管道中的阶段。
deals-error-move-closed = 此交易已关闭。请重新打开后再移动。
deals-error-stage-elsewhere = 该阶段已不在此交易的销售管道中。
deals-error-already-won = 此交易已赢单。
deals-error-already-lost = 此交易已丢单。
deals-error-already-open = 此交易已处于进行中。
deals-error-too-many-stages = 一个销售管道最多有 { $max } 个阶段。
deals-error-last-stage = 销售管道至少需要一个阶段。
deals-error-stage-has-open-deals = 请先将 { $open } 个进行中的交易移出“{ $stage }”，再删除该阶段。
deals-error-stage-has-archived-deals = “{ $stage }”中有 { $archived } 个已归档的进行中交易：请先恢复并移走，或彻底删除它们，再删除该阶段。
