//! The Archive page (managers): what was archived, restored with a tap, or
//! erased for good after a confirmation. And the card's "Archive company".

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use uuid::Uuid;

use super::{
    api::{archive_reach, erase_archived, list_archived},
    model::{count, ArchivedItem, Blockers, CompanyReach},
};
use crate::{
    activities::model::Activity,
    auth::current::use_user,
    auth::model::CurrentUser,
    deals::model::DealStatus,
    error::AppError,
    sync::{client::use_sync, model::MutationOp, snapshot::Snapshot},
    ui::{ErrorNotice, Loading},
};

/// What archiving the company takes with it, as far as this device knows (offline).
fn local_reach(snap: &Snapshot, company_id: Uuid, me: Uuid) -> CompanyReach {
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
                .unwrap_or_else(|| "A colleague".into());
            blockers.add(&name, 0, 1);
        }
    }
    reach.blockers = blockers;
    reach
}

/// The question asked before archiving, or the refusal a rep gets at once.
fn confirmation(name: &str, reach: &CompanyReach, user: &CurrentUser) -> Result<String, AppError> {
    let with = reach.summary();
    let with = if with.is_empty() {
        String::new()
    } else {
        format!(" with {with}")
    };
    let restore = "A manager can restore it with everything from the Archive.";
    if reach.blockers.is_empty() {
        return Ok(format!("Archive “{name}”{with}? {restore}"));
    }
    if !user.is_manager() {
        return Err(AppError::Conflict(reach.blockers.message().into()));
    }
    Ok(format!(
        "{} Archive “{name}” anyway{with}? {restore}",
        reach.blockers.message()
    ))
}

/// The card's danger zone: archive the company (through sync, so offline too).
#[component]
pub fn ArchiveCompany(id: Uuid, name: Signal<String>) -> impl IntoView {
    let sync = use_sync();
    let navigate = use_navigate();
    let user = use_user();
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
                Err(AppError::Network(_)) => Ok(sync
                    .with_view(|d| local_reach(d, id, user.id))
                    .unwrap_or_default()),
                Err(other) => Err(other),
            };
            let asked = reach.and_then(|reach| {
                confirmation(&name.get_untracked(), &reach, &user).map(|text| (text, reach))
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
            <h2>"Archive company"</h2>
            <p class="muted">
                "Archives the company with its contacts, deals and activities: they leave lists, the board and the forecast for everyone. A manager can restore them from the Archive."
            </p>
            {move || error.get().map(|error| view! { <ErrorNotice error /> })}
            <button type="button" class="btn btn-danger" on:click=archive disabled=move || busy.get()>
                "Archive company"
            </button>
        </section>
    }
}

#[component]
pub fn ArchivePage() -> impl IntoView {
    let user = use_user();
    view! {
        <Title text="Archive" />
        <h1>"Archive"</h1>
        {move || match user.get() {
            Some(user) if user.is_manager() => view! { <ArchiveList /> }.into_any(),
            Some(_) => view! { <ErrorNotice error=AppError::Forbidden /> }.into_any(),
            None => view! { <Loading /> }.into_any(),
        }}
    }
}

#[component]
fn ArchiveList() -> impl IntoView {
    let version = RwSignal::new(0u32);
    let items = Resource::new(move || version.get(), |_| list_archived());
    let notice = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<AppError>);
    view! {
        <p class="muted">
            "Archived customers, contacts, deals and activities. Restore brings a record back with everything archived with it. Erase removes it for good (for example on a data-protection request); every erase is recorded."
        </p>
        {move || notice.get().map(|text| view! { <div class="notice notice-ok" role="status"><p>{text}</p></div> })}
        {move || error.get().map(|error| view! { <ErrorNotice error /> })}
        <Suspense fallback=|| view! { <Loading label="Loading the archive…" /> }>
            {move || Suspend::new(async move {
                match items.await {
                    Ok(list) if list.is_empty() => view! {
                        <section class="empty-state">
                            <h2>"Nothing is archived"</h2>
                            <p>"Archived records appear here."</p>
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
    notice: RwSignal<Option<String>>,
    error: RwSignal<Option<AppError>>,
) -> impl IntoView {
    let sync = use_sync();
    let (kind, id) = (item.kind, item.id);
    let label = item.label.clone();
    let gone = RwSignal::new(false);
    let restore = {
        let label = label.clone();
        move |_| match sync.submit(MutationOp::Restore { kind, id }) {
            Ok(()) => {
                gone.set(true);
                error.set(None);
                notice.set(Some(format!(
                    "“{label}” is restored: it is back once synced."
                )));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let erase = {
        let label = label.clone();
        let with = item.with_company;
        move |_| {
            let also = if with > 0 {
                format!(
                    " and the {} archived with it",
                    count(with, "record", "records")
                )
            } else {
                String::new()
            };
            let question = format!(
                "Erase “{label}”{also} for good? This cannot be undone. The erase is recorded with your name."
            );
            if !window().confirm_with_message(&question).unwrap_or(false) {
                return;
            }
            spawn_local(async move {
                match erase_archived(kind, id).await {
                    Ok(erased) => {
                        notice.set(Some(erased.summary()));
                        error.set(None);
                        version.update(|v| *v += 1);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        }
    };
    let context = [
        item.company_name.map(|c| format!("at {c}")),
        Some(format!("owner {}", item.owner_name)),
        (item.with_company > 0).then(|| {
            format!(
                "with {}",
                count(item.with_company, "archived record", "archived records")
            )
        }),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let when = format!(
        "Archived {}{}",
        item.archived_at.format("%Y-%m-%d %H:%M UTC"),
        item.archived_by
            .map(|by| format!(" by {by}"))
            .unwrap_or_default()
    );
    view! {
        <li class="archive-item" data-archived-id=id.to_string() class:restored=move || gone.get()>
            <div class="archive-what">
                <span class="badge">{kind.label()}</span>
                <strong>{label}</strong>
                <span class="muted small">{context}</span>
                <span class="muted small">{when}</span>
            </div>
            <div class="archive-actions">
                <button type="button" class="btn" on:click=restore disabled=move || gone.get()>
                    {move || if gone.get() { "Restoring…" } else { "Restore" }}
                </button>
                <button type="button" class="btn btn-danger" on:click=erase disabled=move || gone.get()>
                    "Erase…"
                </button>
            </div>
        </li>
    }
}
