## This device: storage and sync; the offline page

## An edit the server refused: what was not saved (then, after it, why).

sync-refused-create-company = Nuwe maatskappy “{ $name }” is nie gestoor nie:
sync-refused-edit-company = Jou wysiging van die maatskappy “{ $name }” is nie gestoor nie:
sync-refused-edit-company-unnamed = Jou wysiging van 'n maatskappy is nie gestoor nie:
sync-refused-archive-company = Die argivering van die maatskappy “{ $name }” is nie gestoor nie:
sync-refused-archive-company-unnamed = Die argivering van 'n maatskappy is nie gestoor nie:
sync-refused-create-contact = Nuwe kontak “{ $name }” is nie gestoor nie:
sync-refused-edit-contact = Jou wysiging van die kontak “{ $name }” is nie gestoor nie:
sync-refused-edit-contact-unnamed = Jou wysiging van 'n kontak is nie gestoor nie:
sync-refused-archive-contact = Die argivering van die kontak “{ $name }” is nie gestoor nie:
sync-refused-archive-contact-unnamed = Die argivering van 'n kontak is nie gestoor nie:
sync-refused-create-deal = Nuwe transaksie “{ $name }” is nie gestoor nie:
sync-refused-edit-deal = Jou wysiging van die transaksie “{ $name }” is nie gestoor nie:
sync-refused-edit-deal-unnamed = Jou wysiging van 'n transaksie is nie gestoor nie:
sync-refused-move-deal = Die skuif van die transaksie “{ $name }” is nie gestoor nie:
sync-refused-move-deal-unnamed = Die skuif van 'n transaksie is nie gestoor nie:
sync-refused-close-deal = Die afsluiting van die transaksie “{ $name }” is nie gestoor nie:
sync-refused-close-deal-unnamed = Die afsluiting van 'n transaksie is nie gestoor nie:
sync-refused-reopen-deal = Die heropening van die transaksie “{ $name }” is nie gestoor nie:
sync-refused-reopen-deal-unnamed = Die heropening van 'n transaksie is nie gestoor nie:
sync-refused-archive-deal = Die argivering van die transaksie “{ $name }” is nie gestoor nie:
sync-refused-archive-deal-unnamed = Die argivering van 'n transaksie is nie gestoor nie:
sync-refused-create-activity = Nuwe aktiwiteit “{ $name }” is nie gestoor nie:
sync-refused-edit-activity = Jou wysiging van die aktiwiteit “{ $name }” is nie gestoor nie:
sync-refused-edit-activity-unnamed = Jou wysiging van 'n aktiwiteit is nie gestoor nie:
sync-refused-complete-activity = Die voltooiing van die aktiwiteit “{ $name }” is nie gestoor nie:
sync-refused-complete-activity-unnamed = Die voltooiing van 'n aktiwiteit is nie gestoor nie:
sync-refused-reopen-activity = Die heropening van die aktiwiteit “{ $name }” is nie gestoor nie:
sync-refused-reopen-activity-unnamed = Die heropening van 'n aktiwiteit is nie gestoor nie:
sync-refused-check-in = Die inklok by die aktiwiteit “{ $name }” is nie gestoor nie:
sync-refused-check-in-unnamed = Die inklok by 'n aktiwiteit is nie gestoor nie:
sync-refused-archive-activity = Die argivering van die aktiwiteit “{ $name }” is nie gestoor nie:
sync-refused-archive-activity-unnamed = Die argivering van 'n aktiwiteit is nie gestoor nie:
sync-refused-restore-company = Die herstel van 'n geargiveerde maatskappy is nie gestoor nie:
sync-refused-restore-contact = Die herstel van 'n geargiveerde kontak is nie gestoor nie:
sync-refused-restore-deal = Die herstel van 'n geargiveerde transaksie is nie gestoor nie:
sync-refused-restore-activity = Die herstel van 'n geargiveerde aktiwiteit is nie gestoor nie:

## Sync problems

sync-signed-out = Jy is afgemeld. Meld weer aan om jou wysigings te stuur.
sync-storage-full = Hierdie toestel se berging is vol: wysigings wat vanlyn gemaak is, oorleef dalk nie 'n herlaai nie.
sync-held-newer = Hierdie toestel het wysigings wat deur 'n nuwer weergawe van Fieldbook gestoor is. Laai weer om dit te kry: die wysigings word gehou en van daar af gestuur. Tot dan kan jy lees, nie wysig nie.
sync-held-unreadable = Hierdie toestel het wysigings wat hierdie weergawe van Fieldbook nie kan lees nie. Hulle word op die toestel gehou, nie gestuur nie; totdat 'n weergawe wat hulle kan lees hier loop, kan jy lees, nie wysig nie.
sync-held-reload = Wysigings wat deur 'n ander weergawe van Fieldbook gestoor is, wag op hierdie toestel: laai weer om by te werk voordat jy wysig.
sync-still-loading = Jou data laai nog. Probeer oor 'n oomblik weer.
sync-too-many-edits =
    { $max ->
        [one] Stuur hoogstens { $max } wysiging op 'n slag.
       *[other] Stuur hoogstens { $max } wysigings op 'n slag.
    }

## A new release, installed in the background

update-ready = 'n Nuwe weergawe van Fieldbook is gereed. Wysigings wat op hierdie toestel wag, word gehou.
update-reload = Nuwe weergawe — herlaai

## The "This device" page

device-title = Hierdie toestel
device-storage-heading = Berging en sinchronisasie
device-records = Rekords gehou
device-records-count = { $count } (kliënte, kontakte, transaksies en aktiwiteite)
device-pending = Wysigings wat wag
device-last-sync = Laaste sinchronisasie
device-never-synced = Nog nie
device-not-synced-offline = Nie sedert hierdie bladsy oopgemaak is nie (vanlyn)
device-offline-pages = Bladsye vir vanlyn gebruik
device-pages-checking = Kontroleer tans…
device-pages-not-now = Nog nie almal gehou nie: hulle word gestoor wanneer die netwerk terug is
device-pages-all-kept = Al { $total } gehou: elke bladsy maak vanlyn oop
device-pages-some-kept = { $kept } van { $total } gehou
device-pages-unsupported = Hierdie blaaier kan nie bladsye vir vanlyn gebruik hou nie
device-storage-used = Berging gebruik
device-storage-measuring = Meet tans…
device-storage-unknown = Nie deur hierdie blaaier gerapporteer nie
device-storage-kept = { $used } van { $quota } (gehou selfs wanneer spasie min raak)
device-storage-may-clear = { $used } van { $quota } (die blaaier kan dit uitvee wanneer spasie min raak)
device-about = Jou kliënte en wysigings wat wag, woon in hierdie blaaier sodat Fieldbook sonder 'n netwerk werk, en elke bladsy word gehou sodat dit ook vanlyn oopmaak. Afmeld verwyder die kliëntdata en die gehoude bladsye; wysigings wat nog nie gestuur is nie, bly totdat jy weer hier aanmeld.
