## 预测与配额

forecast-title = 预测
forecast-team-title = 团队预测
forecast-my-title = 我的预测
forecast-filters = 预测筛选
forecast-period = 期间
forecast-this-month = 本月
forecast-this-quarter = 本季度
forecast-next-quarter = 下季度
forecast-custom = 自定义…
forecast-from = 从
forecast-to = 到
forecast-pipeline = 销售管道
forecast-all-pipelines = 全部销售管道
forecast-rep = 销售代表
forecast-whole-team = 整个团队
forecast-computing = 正在计算预测…
forecast-offline-as-read = 离线：这些是 { $time } 读取的数字。联网后会自动更新。
forecast-needs-connection = 预测需要网络连接
forecast-needs-connection-body = 预测在服务器上根据整个团队的交易计算，而此设备尚未读取过这个期间。联网后即会显示。
forecast-explanation = 进行中的交易按金额 × 赢单概率计入其预计成交月份；赢单的交易按全额计入赢单当月；丢单的交易不计入。承诺 ≥ { $commit }%，最佳情况 ≥ { $best }%，低于此为销售管道。合计按币种分别计算，从不换算。
forecast-undated = 未计入本预测：{ $deals }，没有预计成交日期。为它们设置成交日期即可计入。
forecast-undated-deals =
    { $count ->
       *[other] { $count } 笔交易（{ $amount }）
    }
forecast-list-separator = 、
forecast-currency = 币种
forecast-empty-title = 没有可预测的内容
forecast-empty-body = 此期间没有预计成交的进行中交易，也没有赢单，且未设置配额。请尝试其他期间或销售管道。

## 图表与表格

forecast-by-month-heading = 按月预期收入 · { $currency }
forecast-by-rep-heading = 各销售代表的配额完成情况 · { $currency }
forecast-download-csv = 下载 CSV
forecast-expected-won = 预期 { $expected } · 已赢单 { $won }
forecast-no-reps = 此期间没有销售代表有交易或配额。
forecast-chart-by-month = 按成交月份和类别的预期收入
forecast-chart-by-rep = 各销售代表的配额完成情况
forecast-table-by-month = 按月预期收入
forecast-table-by-rep = 按销售代表的预测
forecast-month = 月份
forecast-expected = 预期
forecast-quota = 配额
forecast-attainment = 完成率
forecast-attainment-percent = 完成率 %
forecast-total = 合计
forecast-former-member = 前团队成员
forecast-no-quota = 无配额
forecast-attainment-of-quota = { $name }：完成配额的 { $percent }
forecast-no-quota-set = { $name }：未设置配额

## 预测类别（按赢单概率）

forecast-category-won = 赢单
forecast-category-commit = 承诺
forecast-category-best-case = 最佳情况
forecast-category-pipeline = 销售管道

## 数字背后的交易

forecast-drill-all = 此期间的全部交易
forecast-drill-heading =
    { $count ->
       *[other] { $title } · { $count } 笔交易 · { $amount }
    }
forecast-close = 关闭
forecast-drill-none = 这个数字背后没有交易。
forecast-deal = 交易
forecast-customer = 客户
forecast-stage = 阶段
forecast-closes = 成交日期
forecast-win-percent = 赢单率 %
forecast-value = 金额
forecast-counted = 计入金额

## 配额与类别（经理）

forecast-settings-title = 配额与类别
forecast-set-quota = 设置配额
forecast-quota-field = 配额（留空即删除）
forecast-save-quota = 保存配额
forecast-categories = 预测类别
forecast-commit-from = 承诺起点（%）
forecast-best-case-from = 最佳情况起点（%）
forecast-save-categories = 保存类别
forecast-choose-rep = 请选择销售代表。
forecast-choose-month = 请选择月份。
forecast-quota-saved = 配额已保存。
forecast-quota-removed = 配额已删除。
forecast-error-percentage = 请输入 { $min } 到 { $max } 之间的百分比。
forecast-error-best-case-below-commit = 最佳情况的起点必须低于承诺。
forecast-error-whole-months = 预测以整月为单位。
forecast-error-period-order = 期间的结束必须晚于开始。
forecast-error-period-too-long =
    { $max ->
       *[other] 请选择不超过 { $max } 个月的期间。
    }
forecast-error-quota-month = 配额按月设置。
forecast-error-currency = 请使用三个字母的币种代码，例如 EUR。
forecast-error-amount = 请输入零或更大的金额。
forecast-error-team-member = 请选择您团队的成员。
