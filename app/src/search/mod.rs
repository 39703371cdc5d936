//! Search over everything on the device: companies, contacts, deals and
//! activities, offline and as you type.

pub mod index;
pub mod model;
pub mod view;
