//! `person`: someone in the user's life.

use serde::{Deserialize, Serialize};

use crate::entity::{Entity, EntityKind};
use crate::timestamp::{LocalDate, Timestamp};
use crate::validate::{self, MAX_CONTACT_CHARS, MAX_CONTACTS, ValidationError};

/// A person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// One line, 1–500 characters.
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 500,
            pattern = r"^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$"
        )
    )]
    pub name: String,
    /// Email addresses (`local@domain`), at most 32.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    pub emails: Vec<String>,
    /// Phone numbers (digits, spaces and `+-().`), at most 32.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    pub phones: Vec<String>,
    /// Date of birth.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub birthday: Option<LocalDate>,
    /// Free text, up to 1 MiB.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 1048576, pattern = r"^[^\x00]*$")
    )]
    pub notes: String,
    /// Lower-case tags.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::tags))]
    pub tags: Vec<String>,
    /// When the user last was in touch.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub last_contacted_at: Option<Timestamp>,
}

impl Person {
    /// A person with only a name.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            emails: Vec::new(),
            phones: Vec::new(),
            birthday: None,
            notes: String::new(),
            tags: Vec::new(),
            last_contacted_at: None,
        }
    }
}

/// Checks an email address's shape: one `@`, a non-empty local part, a dotted domain,
/// no spaces. (Deliverability is not our business.)
pub fn check_email(field: &str, email: &str) -> Result<(), ValidationError> {
    validate::one_line(field, email, MAX_CONTACT_CHARS)?;
    let ok = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.contains(char::is_whitespace)
        }
        None => false,
    };
    if ok {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            format!("'{}' is not an email address", validate::clip(email)),
        ))
    }
}

/// Checks a phone number: digits with optional `+`, spaces, `-`, `(`, `)`, `.`.
pub fn check_phone(field: &str, phone: &str) -> Result<(), ValidationError> {
    validate::one_line(field, phone, MAX_CONTACT_CHARS)?;
    let ok = phone.chars().any(|c| c.is_ascii_digit())
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.'));
    if ok {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            format!(
                "'{}' is not a phone number: use digits, spaces and + - ( ) .",
                validate::clip(phone)
            ),
        ))
    }
}

fn check_list(
    field: &str,
    items: &[String],
    check: fn(&str, &str) -> Result<(), ValidationError>,
) -> Result<(), ValidationError> {
    if items.len() > MAX_CONTACTS {
        return Err(ValidationError::new(
            field,
            format!("{} entries; the limit is {MAX_CONTACTS}", items.len()),
        ));
    }
    for (i, item) in items.iter().enumerate() {
        check(&format!("{field}[{i}]"), item)?;
    }
    Ok(())
}

impl Entity for Person {
    const KIND: EntityKind = EntityKind::Person;
    const SEARCH_FIELDS: &'static [&'static str] = &["name", "notes", "emails", "phones"];

    fn example(_refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(serde_json::json!({"name": "mine"}))
    }

    fn edit_example(&mut self) {
        self.name = "edited".into();
    }

    fn validate(&self) -> Result<(), ValidationError> {
        validate::title("name", &self.name)?;
        check_list("emails", &self.emails, check_email)?;
        check_list("phones", &self.phones, check_phone)?;
        validate::long_text("notes", &self.notes)?;
        validate::check_tags(&self.tags)
    }

    fn tags(&self) -> &[String] {
        &self.tags
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_and_phones() {
        assert!(check_email("e", "ada@example.org").is_ok());
        for bad in [
            "ada",
            "@example.org",
            "ada@",
            "ada@example",
            "a b@example.org",
            "a@b@c.org",
            "ada@.org",
        ] {
            assert!(check_email("e", bad).is_err(), "{bad}");
        }
        assert!(check_phone("p", "+44 (0)20 7946-0958").is_ok());
        for bad in ["", "call me", "+++", "12;DROP TABLE"] {
            assert!(check_phone("p", bad).is_err(), "{bad}");
        }
        let mut p = Person::new("Ada");
        p.emails = vec!["x".into()];
        assert_eq!(p.validate().unwrap_err().field, "emails[0]");
    }
}
