## 归档

archive-title = 归档
archive-intro = 已归档的客户、联系人、交易和活动。“恢复”会把记录连同与它一起归档的所有内容带回来。“彻底删除”会永久移除记录（例如应数据保护请求）；每次彻底删除都会被记录。
archive-loading = 正在加载归档…
archive-empty-title = 没有已归档的内容
archive-empty-body = 已归档的记录会显示在这里。
archive-kind-company = 公司
archive-kind-contact = 联系人
archive-kind-deal = 交易
archive-kind-activity = 活动
archive-at = 所属 { $company }
archive-owner = 负责人 { $name }
archive-with-records =
    { $count ->
       *[other] 连同 { $count } 条已归档记录
    }
archive-archived = 归档于 { $when } UTC
archive-archived-by = { $name } 归档于 { $when } UTC
archive-restore = 恢复
archive-restoring = 正在恢复…
archive-erase = 彻底删除…
archive-restored = “{ $name }”已恢复：同步后即会回来。
archive-erase-confirm = 要彻底删除“{ $name }”吗？此操作无法撤销。删除会以您的名字记录。
archive-erase-confirm-with =
    { $count ->
       *[other] 要彻底删除“{ $name }”以及与它一起归档的 { $count } 条记录吗？此操作无法撤销。删除会以您的名字记录。
    }
archive-erased = 已彻底删除“{ $name }”。
archive-erased-with = 已彻底删除“{ $name }”，连同 { $what }。
archive-erased-contacts =
    { $count ->
       *[other] { $count } 个联系人
    }
archive-erased-deals =
    { $count ->
       *[other] { $count } 笔交易
    }
archive-erased-activities =
    { $count ->
       *[other] { $count } 项活动
    }
archive-erased-stage-changes =
    { $count ->
       *[other] { $count } 条阶段变更
    }
archive-erased-field-changes =
    { $count ->
       *[other] { $count } 条字段变更
    }
archive-erased-other = { $count } { $kind }
archive-list-separator = 、
archive-list-and = 和

## 归档公司（客户卡片）

archive-company = 归档公司
archive-company-body = 将公司连同其联系人、交易和活动一起归档：它们会从所有人的列表、看板和预测中移除。经理可以从归档中恢复它们。
archive-a-colleague = 一位同事
archive-confirm = 要归档“{ $name }”吗？经理可以从归档中连同所有内容一起恢复它。
archive-confirm-with = 要归档“{ $name }”以及 { $what } 吗？经理可以从归档中连同所有内容一起恢复它。
archive-confirm-anyway = 仍要归档“{ $name }”吗？经理可以从归档中连同所有内容一起恢复它。
archive-confirm-anyway-with = 仍要归档“{ $name }”以及 { $what } 吗？经理可以从归档中连同所有内容一起恢复它。
archive-reach-contacts =
    { $count ->
       *[other] { $count } 个联系人
    }
archive-reach-open-deals =
    { $count ->
       *[other] { $count } 笔进行中的交易
    }
archive-reach-closed-deals =
    { $count ->
       *[other] { $count } 笔已结束的交易
    }
archive-reach-activities =
    { $count ->
       *[other] { $count } 项活动
    }
archive-blocked-deals =
    { $person } 在这里还有 { $deals ->
       *[other] { $deals } 笔进行中的交易
    }。
archive-blocked-planned =
    { $person } 在这里还有 { $planned ->
       *[other] { $planned } 项计划中的活动
    }。
archive-blocked-both =
    { $person } 在这里还有 { $deals ->
       *[other] { $deals } 笔进行中的交易
    }和 { $planned ->
       *[other] { $planned } 项计划中的活动
    }。
archive-blocked-many = { $people } 在这里还有进行中的交易或计划中的活动。
archive-blocked-deals-confirm =
    { $person } 在这里还有 { $deals ->
       *[other] { $deals } 笔进行中的交易
    }。请确认以连同所有内容一起归档。
archive-blocked-planned-confirm =
    { $person } 在这里还有 { $planned ->
       *[other] { $planned } 项计划中的活动
    }。请确认以连同所有内容一起归档。
archive-blocked-both-confirm =
    { $person } 在这里还有 { $deals ->
       *[other] { $deals } 笔进行中的交易
    }和 { $planned ->
       *[other] { $planned } 项计划中的活动
    }。请确认以连同所有内容一起归档。
archive-blocked-many-confirm = { $people } 在这里还有进行中的交易或计划中的活动。请确认以连同所有内容一起归档。
archive-error-company-archived = 公司“{ $name }”已归档：请先恢复它。
archive-error-not-archived = 只有已归档的记录才能彻底删除：请先归档。
