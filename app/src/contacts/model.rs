use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    error::{AppError, FieldErrors},
    i18n::Text,
    validate,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: Uuid,
    pub company_id: Uuid,
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: String,
    pub notes: String,
    pub owner_id: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewContact {
    pub id: Uuid,
    pub company_id: Uuid,
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: String,
    pub notes: String,
}

impl NewContact {
    pub fn blank(company_id: Uuid) -> Self {
        NewContact {
            id: Uuid::new_v4(),
            company_id,
            name: String::new(),
            title: String::new(),
            email: String::new(),
            phone: String::new(),
            notes: String::new(),
        }
    }

    pub fn validate(&self) -> Result<(), AppError> {
        ContactPatch {
            name: Some(self.name.clone()),
            title: Some(self.title.clone()),
            email: Some(self.email.clone()),
            phone: Some(self.phone.clone()),
            notes: Some(self.notes.clone()),
        }
        .validate()
    }

    pub fn normalized(mut self) -> Self {
        for field in [
            &mut self.name,
            &mut self.title,
            &mut self.email,
            &mut self.phone,
        ] {
            *field = field.trim().to_string();
        }
        self.email = self.email.to_lowercase();
        self
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactPatch {
    pub name: Option<String>,
    pub title: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub notes: Option<String>,
}

impl ContactPatch {
    pub fn single(field: &str, value: &str) -> Result<Self, AppError> {
        let value = Some(value.trim().to_string());
        let mut patch = ContactPatch::default();
        match field {
            "name" => patch.name = value,
            "title" => patch.title = value,
            "email" => patch.email = value.map(|v| v.to_lowercase()),
            "phone" => patch.phone = value,
            "notes" => patch.notes = value,
            _ => {
                return Err(AppError::validation(
                    field,
                    Text::new("customers-field-not-editable"),
                ))
            }
        }
        Ok(patch)
    }

    /// What the server will store, applied to a local copy.
    pub fn apply_to(&self, contact: &mut Contact) {
        for (field, value) in [
            (&mut contact.name, &self.name),
            (&mut contact.title, &self.title),
            (&mut contact.phone, &self.phone),
            (&mut contact.notes, &self.notes),
        ] {
            if let Some(value) = value {
                *field = value.trim().to_string();
            }
        }
        if let Some(email) = &self.email {
            contact.email = email.trim().to_lowercase();
        }
    }

    pub fn validate(&self) -> Result<(), AppError> {
        let mut errors = FieldErrors::default();
        if let Some(name) = &self.name {
            validate::required(&mut errors, "name", name, validate::MAX_NAME);
        }
        if let Some(title) = &self.title {
            validate::max_len(&mut errors, "title", title, validate::MAX_NAME);
        }
        if let Some(email) = &self.email {
            validate::optional_email(&mut errors, "email", email);
        }
        if let Some(phone) = &self.phone {
            validate::optional_phone(&mut errors, "phone", phone);
        }
        if let Some(notes) = &self.notes {
            validate::multi_line(&mut errors, "notes", notes, validate::MAX_NOTES);
        }
        errors.into_result()
    }
}

impl Contact {
    pub fn field_value(&self, field: &str) -> String {
        match field {
            "name" => self.name.clone(),
            "title" => self.title.clone(),
            "email" => self.email.clone(),
            "phone" => self.phone.clone(),
            "notes" => self.notes.clone(),
            _ => String::new(),
        }
    }
}

/// Contacts by name, as `locale` sorts names: the device and the server
/// list a company's contacts the same way.
pub fn sort_by_name(list: &mut [Contact], locale: crate::i18n::Locale) {
    use crate::i18n::collate::sort_key;
    list.sort_by_cached_key(|c| (sort_key(locale, &c.name), c.name.clone(), c.id));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contact_needs_a_name_and_a_well_formed_email() {
        let mut contact = NewContact::blank(Uuid::new_v4());
        contact.email = "ana(at)acme".into();
        let err = contact.validate().expect_err("invalid");
        let fields = err.field_errors().expect("field errors");
        assert_eq!(fields.key("name"), Some("validation-required"));
        assert!(fields.get("email").is_some());
    }

    #[test]
    fn emails_are_stored_lowercase() {
        let patch = ContactPatch::single("email", " Ana@Acme.COM ").expect("valid");
        assert_eq!(patch.email.as_deref(), Some("ana@acme.com"));
    }

    #[test]
    fn only_a_contacts_own_fields_can_be_edited() {
        let err = ContactPatch::single("company_id", "x").expect_err("not editable");
        assert_eq!(
            err.field_errors().and_then(|f| f.key("company_id")),
            Some("customers-field-not-editable")
        );
    }
}
