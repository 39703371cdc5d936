//! UI pieces shared by every domain: form inputs, in-place editing, notices,
//! and where keyboard focus goes.

mod clock;
mod editable;
mod focus;
mod form;
mod idle;
mod notice;

pub use clock::{local_now, local_time, provide_clock, use_clock};
pub use editable::{EditableField, InputKind};
#[cfg(feature = "hydrate")]
pub use focus::{focus, focus_heading};
pub use focus::{focus_id_soon, focus_soon, modal_focus};
pub use form::{SelectInput, TextInput};
#[cfg(feature = "hydrate")]
pub use idle::when_idle;
pub use notice::{ErrorNotice, Loading};
