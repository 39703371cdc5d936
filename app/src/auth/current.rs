//! Who is signed in, on the page: the session every page reads, and what
//! signing out of a shared phone clears from it.

use leptos::prelude::*;

use super::{
    api::{Login, Logout, LogoutEverywhere},
    model::CurrentUser,
};
use crate::{error::AppError, sync::client::Sync};

/// Who is signed in, and the actions that change it.
#[derive(Clone, Copy)]
pub struct Session {
    pub user: Resource<Result<Option<CurrentUser>, AppError>>,
    pub login: ServerAction<Login>,
    pub logout: ServerAction<Logout>,
    pub logout_everywhere: ServerAction<LogoutEverywhere>,
}

/// The signed-in user once known (pages render inside `RequireUser`, so it is).
pub fn use_user() -> Signal<Option<CurrentUser>> {
    let session = expect_context::<Session>();
    Signal::derive(move || session.user.get().and_then(Result::ok).flatten())
}

/// Signing out of a shared phone: the customer data, the pages the service
/// worker keeps (they show the user's name) and the forecasts read go. Edits
/// still waiting stay, and are sent when this user signs in here again.
pub fn forget_device_data(sync: Sync) {
    #[cfg(feature = "hydrate")]
    {
        crate::offline::forget_pages();
        if let Some(user) = sync.user_id() {
            crate::forecast::local::forget(user);
        }
    }
    sync.forget_local_copy();
}
