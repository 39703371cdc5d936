//! The Archive page (managers): what was archived, restored with a tap, or
//! erased for good after a confirmation. And the card's "Archive company".

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use uuid::Uuid;

use super::{
    api::{archive_reach, erase_archived, list_archived},
    model::{ArchiveKind, ArchivedItem, Blockers, CompanyReach, Erased},
};
use crate::{
    activities::model::Activity,
    auth::current::use_user,
    auth::model::CurrentUser,
    deals::model::DealStatus,
    error::AppError,
    i18n::{format, t, use_i18n, I18n, Text},
    sync::{client::use_sync, model::MutationOp, snapshot::Snapshot},
    ui::{ErrorNotice, Loading},
};

/// The message naming a kind of archived record.
fn kind_key(kind: ArchiveKind) -> &'static str {
    match kind {
        ArchiveKind::Company => "archive-kind-company",
        ArchiveKind::Contact => "archive-kind-contact",
        ArchiveKind::Deal => "archive-kind-deal",
        ArchiveKind::Activity => "archive-kind-activity",
    }
}

/// "2 contacts, 1 open deal".
fn list(i18n: I18n, items: &[Text]) -> String {
    items
        .iter()
        .map(|item| i18n.show(item))
        .collect::<Vec<_>>()
        .join(&i18n.text("archive-list-separator"))
}

/// "2 activities, 1 contact and 6 field changes".
fn list_and(i18n: I18n, items: &[Text]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => i18n.show(last),
        Some((last, rest)) => format!(
            "{}{}{}",
            list(i18n, rest),
            i18n.text("archive-list-and"),
            i18n.show(last)
        ),
    }
}

/// What archiving the company takes with it, as far as this device knows
/// (offline); `colleague` names a planner the device does not know.
fn local_reach(snap: &Snapshot, company_id: Uuid, me: Uuid, colleague: &str) -> CompanyReach {
    let mut reach = CompanyReach::default();
    let mut blockers = Blockers::default();
    reach.contacts = snap
        .contacts
        .values()
        .filter(|c| c.company_id == company_id)
        .count() as i64;
    for deal in snap.deals.values().filter(|d| d.company_id == company_id) {
        if deal.status == DealStatus::Open {
            reach.open_deals += 1;
            if deal.owner_id != me {
                blockers.add(&deal.owner_name, 1, 0);
            }
        } else {
            reach.closed_deals += 1;
        }
    }
    let planned = |a: &Activity| a.done_at.is_none() && a.owner_id != me;
    for activity in snap
        .activities
        .values()
        .filter(|a| a.company_id == company_id)
    {
        reach.activities += 1;
        if planned(activity) {
            let name = snap
                .team
                .iter()
                .find(|m| m.id == activity.owner_id)
                .map(|m| m.name.clone())
                .unwrap_or_else(|| colleague.to_string());
            blockers.add(&name, 0, 1);
        }
    }
    reach.blockers = blockers;
    reach
}

/// The question asked before archiving, or the refusal a rep gets at once.
fn confirmation(
    i18n: I18n,
    name: &str,
    reach: &CompanyReach,
    user: &CurrentUser,
) -> Result<String, AppError> {
    let what = list(i18n, &reach.parts());
    let args = [("name", name.into()), ("what", what.as_str().into())];
    if reach.blockers.is_empty() {
        return Ok(if what.is_empty() {
            i18n.text_with("archive-confirm", &args)
        } else {
            i18n.text_with("archive-confirm-with", &args)
        });
    }
    if !user.is_manager() {
        return Err(AppError::Conflict(reach.blockers.text(false)));
    }
    let ask = if what.is_empty() {
        i18n.text_with("archive-confirm-anyway", &args)
    } else {
        i18n.text_with("archive-confirm-anyway-with", &args)
    };
    Ok(format!("{} {ask}", i18n.show(&reach.blockers.text(false))))
}

/// The card's danger zone: archive the company (through sync, so offline too).
#[component]
pub fn ArchiveCompany(id: Uuid, name: Signal<String>) -> impl IntoView {
    let sync = use_sync();
    let navigate = use_navigate();
    let user = use_user();
    let i18n = use_i18n();
    let error = RwSignal::new(None::<AppError>);
    let busy = RwSignal::new(false);
    let archive = move |_| {
        let Some(user) = user.get_untracked() else {
            return;
        };
        busy.set(true);
        error.set(None);
        let navigate = navigate.clone();
        spawn_local(async move {
            // The server knows what colleagues still have here; offline, the device says what it can.
            let reach = match archive_reach(id).await {
                Ok(reach) => Ok(reach),
                Err(AppError::Network(_)) => {
                    let colleague = untrack(|| i18n.text("archive-a-colleague"));
                    Ok(sync
                        .with_view(|d| local_reach(d, id, user.id, &colleague))
                        .unwrap_or_default())
                }
                Err(other) => Err(other),
            };
            let asked = reach.and_then(|reach| {
                untrack(|| confirmation(i18n, &name.get_untracked(), &reach, &user))
                    .map(|text| (text, reach))
            });
            let result = match asked {
                Ok((text, reach)) => {
                    if window().confirm_with_message(&text).unwrap_or(false) {
                        let force = user.is_manager() && !reach.blockers.is_empty();
                        sync.submit(MutationOp::ArchiveCompany { id, force })
                            .map(|()| navigate("/customers", Default::default()))
                    } else {
                        Ok(())
                    }
                }
                Err(refused) => Err(refused),
            };
            error.set(result.err());
            busy.set(false);
        });
    };
    view! {
        <section class="card danger-zone">
            <h2>{t("archive-company")}</h2>
            <p class="muted">{t("archive-company-body")}</p>
            {move || error.get().map(|error| view! { <ErrorNotice error /> })}
            <button type="button" class="btn btn-danger" on:click=archive disabled=move || busy.get()>
                {t("archive-company")}
            </button>
        </section>
    }
}

#[component]
pub fn ArchivePage() -> impl IntoView {
    let user = use_user();
    view! {
        <Title text=t("archive-title") />
        <h1>{t("archive-title")}</h1>
        {move || match user.get() {
            Some(user) if user.is_manager() => view! { <ArchiveList /> }.into_any(),
            Some(_) => view! { <ErrorNotice error=AppError::Forbidden /> }.into_any(),
            None => view! { <Loading /> }.into_any(),
        }}
    }
}

/// What the page last did, said in the reader's language.
#[derive(Debug, Clone)]
enum Notice {
    Restored(String),
    Erased(Erased),
}

impl Notice {
    fn text(&self, i18n: I18n) -> String {
        match self {
            Notice::Restored(name) => {
                i18n.text_with("archive-restored", &[("name", name.as_str().into())])
            }
            Notice::Erased(erased) => {
                let what = list_and(i18n, &erased.parts());
                let args = [
                    ("name", erased.label.as_str().into()),
                    ("what", what.as_str().into()),
                ];
                if what.is_empty() {
                    i18n.text_with("archive-erased", &args)
                } else {
                    i18n.text_with("archive-erased-with", &args)
                }
            }
        }
    }
}

#[component]
fn ArchiveList() -> impl IntoView {
    let version = RwSignal::new(0u32);
    let items = Resource::new(move || version.get(), |_| list_archived());
    let notice = RwSignal::new(None::<Notice>);
    let error = RwSignal::new(None::<AppError>);
    let i18n = use_i18n();
    view! {
        <p class="muted">{t("archive-intro")}</p>
        {move || notice.get().map(|notice| view! { <div class="notice notice-ok" role="status"><p>{notice.text(i18n)}</p></div> })}
        {move || error.get().map(|error| view! { <ErrorNotice error /> })}
        <Suspense fallback=|| view! { <Loading label="archive-loading" /> }>
            {move || Suspend::new(async move {
                match items.await {
                    Ok(list) if list.is_empty() => view! {
                        <section class="empty-state">
                            <h2>{t("archive-empty-title")}</h2>
                            <p>{t("archive-empty-body")}</p>
                        </section>
                    }
                    .into_any(),
                    Ok(list) => view! {
                        <ul class="archive-list">
                            {list
                                .into_iter()
                                .map(|item| view! { <ArchivedRow item version notice error /> })
                                .collect_view()}
                        </ul>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ArchivedRow(
    item: ArchivedItem,
    version: RwSignal<u32>,
    notice: RwSignal<Option<Notice>>,
    error: RwSignal<Option<AppError>>,
) -> impl IntoView {
    let sync = use_sync();
    let i18n = use_i18n();
    let (kind, id) = (item.kind, item.id);
    let label = item.label.clone();
    let gone = RwSignal::new(false);
    let restore = {
        let label = label.clone();
        move |_| match sync.submit(MutationOp::Restore { kind, id }) {
            Ok(()) => {
                gone.set(true);
                error.set(None);
                notice.set(Some(Notice::Restored(label.clone())));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let erase = {
        let label = label.clone();
        let with = item.with_company;
        move |_| {
            let args = [("name", label.as_str().into()), ("count", with.into())];
            let question = untrack(|| {
                if with > 0 {
                    i18n.text_with("archive-erase-confirm-with", &args)
                } else {
                    i18n.text_with("archive-erase-confirm", &args)
                }
            });
            if !window().confirm_with_message(&question).unwrap_or(false) {
                return;
            }
            spawn_local(async move {
                match erase_archived(kind, id).await {
                    Ok(erased) => {
                        notice.set(Some(Notice::Erased(erased)));
                        error.set(None);
                        version.update(|v| *v += 1);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        }
    };
    let context = {
        let (company, owner, with) = (item.company_name, item.owner_name, item.with_company);
        move || {
            [
                company
                    .as_ref()
                    .map(|c| i18n.text_with("archive-at", &[("company", c.as_str().into())])),
                Some(i18n.text_with("archive-owner", &[("name", owner.as_str().into())])),
                (with > 0)
                    .then(|| i18n.text_with("archive-with-records", &[("count", with.into())])),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
        }
    };
    let when = {
        let (at, by) = (item.archived_at.naive_utc(), item.archived_by);
        move || {
            let when = format::date_time(i18n.locale(), at);
            match &by {
                Some(by) => i18n.text_with(
                    "archive-archived-by",
                    &[("when", when.into()), ("name", by.as_str().into())],
                ),
                None => i18n.text_with("archive-archived", &[("when", when.into())]),
            }
        }
    };
    view! {
        <li class="archive-item" data-archived-id=id.to_string() class:restored=move || gone.get()>
            <div class="archive-what">
                <span class="badge">{t(kind_key(kind))}</span>
                <strong>{label}</strong>
                <span class="muted small">{context}</span>
                <span class="muted small">{when}</span>
            </div>
            <div class="archive-actions">
                <button type="button" class="btn" on:click=restore disabled=move || gone.get()>
                    {move || if gone.get() { i18n.text("archive-restoring") } else { i18n.text("archive-restore") }}
                </button>
                <button type="button" class="btn btn-danger" on:click=erase disabled=move || gone.get()>
                    {t("archive-erase")}
                </button>
            </div>
        </li>
    }
}
