//! `note`: a titled Markdown text.

use serde::{Deserialize, Serialize};

use crate::entity::{Entity, EntityKind};
use crate::validate::{self, ValidationError};

/// A note: title, Markdown body, tags, pinned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// One line, 1–500 characters.
    pub title: String,
    /// Markdown, up to 1 MiB.
    #[serde(default)]
    pub body: String,
    /// Lower-case tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Pinned notes show first and on the Today screen.
    #[serde(default)]
    pub pinned: bool,
}

impl Note {
    /// A note with only a title.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            body: String::new(),
            tags: Vec::new(),
            pinned: false,
        }
    }
}

impl Entity for Note {
    const KIND: EntityKind = EntityKind::Note;
    const SEARCH_FIELDS: &'static [&'static str] = &["title", "body"];

    fn validate(&self) -> Result<(), ValidationError> {
        validate::title("title", &self.title)?;
        validate::long_text("body", &self.body)?;
        validate::check_tags(&self.tags)
    }

    fn matches_text(&self, needle_lower: &str) -> bool {
        super::any_contains([self.title.as_str(), self.body.as_str()], needle_lower)
    }

    fn tags(&self) -> &[String] {
        &self.tags
    }
}
