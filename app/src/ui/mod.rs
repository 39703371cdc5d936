//! UI pieces shared by every domain: form inputs, in-place editing, notices.

mod editable;
mod form;
mod notice;

pub use editable::{EditableField, InputKind};
pub use form::{SelectInput, TextInput};
pub use notice::{ErrorNotice, Loading};
