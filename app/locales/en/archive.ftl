## The archive

archive-title = Archive
archive-intro = Archived customers, contacts, deals and activities. Restore brings a record back with everything archived with it. Erase removes it for good (for example on a data-protection request); every erase is recorded.
archive-loading = Loading the archive…
archive-empty-title = Nothing is archived
archive-empty-body = Archived records appear here.
archive-kind-company = Company
archive-kind-contact = Contact
archive-kind-deal = Deal
archive-kind-activity = Activity
archive-at = at { $company }
archive-owner = owner { $name }
archive-with-records =
    { $count ->
        [one] with { $count } archived record
       *[other] with { $count } archived records
    }
# $when: a date and time in UTC.
archive-archived = Archived { $when } UTC
archive-archived-by = Archived { $when } UTC by { $name }
archive-restore = Restore
archive-restoring = Restoring…
archive-erase = Erase…
archive-restored = “{ $name }” is restored: it is back once synced.
archive-erase-confirm = Erase “{ $name }” for good? This cannot be undone. The erase is recorded with your name.
archive-erase-confirm-with =
    { $count ->
        [one] Erase “{ $name }” and the { $count } record archived with it for good? This cannot be undone. The erase is recorded with your name.
       *[other] Erase “{ $name }” and the { $count } records archived with it for good? This cannot be undone. The erase is recorded with your name.
    }
archive-erased = Erased “{ $name }”.
# $what: a list of archive-erased-… items.
archive-erased-with = Erased “{ $name }” with { $what }.
archive-erased-contacts =
    { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    }
archive-erased-deals =
    { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }
archive-erased-activities =
    { $count ->
        [one] { $count } activity
       *[other] { $count } activities
    }
archive-erased-stage-changes =
    { $count ->
        [one] { $count } stage change
       *[other] { $count } stage changes
    }
archive-erased-field-changes =
    { $count ->
        [one] { $count } field change
       *[other] { $count } field changes
    }
# Rows of a kind this list does not name yet ($kind: its English name).
archive-erased-other = { $count } { $kind }
# Between the items of a list, and before its last item.
archive-list-separator = {", "}
archive-list-and = {" and "}

## Archiving a company (the customer card)

archive-company = Archive company
archive-company-body = Archives the company with its contacts, deals and activities: they leave lists, the board and the forecast for everyone. A manager can restore them from the Archive.
# Someone with a planned activity whom this device does not know.
archive-a-colleague = A colleague
archive-confirm = Archive “{ $name }”? A manager can restore it with everything from the Archive.
# $what: a list of archive-reach-… items.
archive-confirm-with = Archive “{ $name }” with { $what }? A manager can restore it with everything from the Archive.
archive-confirm-anyway = Archive “{ $name }” anyway? A manager can restore it with everything from the Archive.
archive-confirm-anyway-with = Archive “{ $name }” anyway with { $what }? A manager can restore it with everything from the Archive.
archive-reach-contacts =
    { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    }
archive-reach-open-deals =
    { $count ->
        [one] { $count } open deal
       *[other] { $count } open deals
    }
archive-reach-closed-deals =
    { $count ->
        [one] { $count } closed deal
       *[other] { $count } closed deals
    }
archive-reach-activities =
    { $count ->
        [one] { $count } activity
       *[other] { $count } activities
    }
archive-blocked-deals =
    { $person } still has { $deals ->
        [one] { $deals } open deal
       *[other] { $deals } open deals
    } here.
archive-blocked-planned =
    { $person } still has { $planned ->
        [one] { $planned } planned activity
       *[other] { $planned } planned activities
    } here.
archive-blocked-both =
    { $person } still has { $deals ->
        [one] { $deals } open deal
       *[other] { $deals } open deals
    } and { $planned ->
        [one] { $planned } planned activity
       *[other] { $planned } planned activities
    } here.
# $people: names, separated by commas.
archive-blocked-many = { $people } still have open deals or planned activities here.
# The same, to a manager whose archiving waited for a confirmation.
archive-blocked-deals-confirm =
    { $person } still has { $deals ->
        [one] { $deals } open deal
       *[other] { $deals } open deals
    } here. Confirm to archive it with everything at it.
archive-blocked-planned-confirm =
    { $person } still has { $planned ->
        [one] { $planned } planned activity
       *[other] { $planned } planned activities
    } here. Confirm to archive it with everything at it.
archive-blocked-both-confirm =
    { $person } still has { $deals ->
        [one] { $deals } open deal
       *[other] { $deals } open deals
    } and { $planned ->
        [one] { $planned } planned activity
       *[other] { $planned } planned activities
    } here. Confirm to archive it with everything at it.
archive-blocked-many-confirm = { $people } still have open deals or planned activities here. Confirm to archive it with everything at it.
archive-error-company-archived = The company “{ $name }” is archived: restore it first.
archive-error-not-archived = Only archived records can be erased: archive it first.
