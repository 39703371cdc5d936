## Activities: My day, follow-ups, visits, the timeline

activities-kind-call = 电话
activities-kind-meeting = 会议
activities-kind-visit = 拜访
activities-kind-email = 邮件
activities-kind-note = 备注
activities-kind-task = 任务

## My day

activities-my-day = 我的一天
activities-my-day-loading = 正在加载您的一天…
activities-caught-up = 全部完成
activities-caught-up-hint = 没有逾期或今天到期的事项。请在客户卡片上计划下一步。
activities-go-customers = 前往客户
activities-overdue = 逾期
activities-due-today-heading = 今天到期
activities-overdue-count = { $count } 项逾期
activities-unplanned = 没有下一步的交易
activities-unplanned-hint = 您金额最大、尚无计划的进行中交易。趁它们还没冷下来，计划下一步。

## When a follow-up is due

activities-no-due-date = 无截止日期
activities-due-today = 今天
activities-due-today-at = 今天 { $time }
activities-due-tomorrow = 明天
activities-due-tomorrow-at = 明天 { $time }
activities-due-yesterday = 昨天
activities-due-yesterday-at = 昨天 { $time }
activities-due-on = { $date }
activities-due-on-at = { $date } { $time }
activities-overdue-due = 逾期 · { $due }

## One activity in a list

activities-done-at = 完成于 { $at }
activities-checked-in = { $time } 已签到 · { $place }
activities-location-not-shared = 未共享位置
activities-check-in = 签到
activities-checking-in = 正在签到…
activities-done = 完成
activities-mark-done-label = 将“{ $subject }”标记为完成
activities-move-tomorrow = 改到明天
activities-move-tomorrow-label = 将“{ $subject }”改到明天
activities-later = 以后…
activities-reschedule-label = 重新安排“{ $subject }”
activities-next-week = 下周
activities-new-date = 新日期
activities-move = 改期
activities-pick-date = 请选择日期。
activities-reopen = 重新打开
activities-reopen-label = 重新打开“{ $subject }”

## A customer's next steps and timeline

activities-next-steps = 下一步
activities-log = 记录活动
activities-plan-next = 计划下一步
activities-logged-prompt = 已记录。要计划下一步吗？
activities-not-now = 暂不
activities-loading = 正在加载活动…
activities-none-planned = 尚未与此客户计划下一步。
activities-plan-one = 立即计划
activities-deal-none-planned = 此交易尚未计划下一步。
activities-timeline = 时间线
activities-timeline-loading = 正在加载时间线…
activities-timeline-offline = 交易阶段变更会在您重新联网后显示在这里。
activities-timeline-empty = 与此客户还没有任何往来。记录一次电话、拜访或备注吧。
activities-deal = 交易
activities-deal-event-by = { $by } · { $at }
activities-deal-event-someone = 某人 · { $at }

## Logging and planning

activities-log-title = 记录活动
activities-log-save = 保存到时间线
activities-plan-title = 计划下一步
activities-plan-save = 计划
activities-field-kind = 类型
activities-field-subject = 主题
activities-subject-placeholder = 就春季订单打电话
activities-field-notes = 备注
activities-field-date = 日期
activities-field-time = 时间
activities-field-due-date = 截止日期
activities-field-time-optional = 时间（可选）
activities-field-contact = 联系人
activities-field-deal = 交易
activities-field-for = 负责人
activities-no-contact = 无联系人
activities-no-deal = 无交易
activities-customers-rep = 客户的负责人
activities-cancel = 取消

## Validation

activities-location-unreadable = 无法读取此设备的位置。
activities-accuracy-negative = 位置精度不能为负数。
activities-date-format = 请输入类似 2026-11-27 的日期。
activities-due-time-format = 请输入类似 14:30 的时间。
activities-done-time-format = 请输入类似 10:00 的时间。
activities-date-for-time = 请为此时间选择日期。
activities-done-at-not-done = 只有已完成的事项才有发生时间。
activities-done-at-future = 这个时间还没到：请改为将其计划为下一步。
activities-clocks-changed = 该时刻时钟发生了调整：请选择其他时间。
activities-customer-gone = 此客户已不存在。
activities-contact-elsewhere = 请选择在此客户处工作的联系人。
activities-deal-elsewhere = 请选择与此客户的交易。
activities-owner-not-in-team = 请选择您团队中的成员。
activities-checkin-visits-only = 只有拜访才能签到。
activities-time-zone-unknown = 无法识别此时区。请使用类似 Europe/Lisbon 的名称。
