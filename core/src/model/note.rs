//! `note`: a titled Markdown text.

use serde::{Deserialize, Serialize};

use crate::entity::{Entity, EntityKind, Event};
use crate::query::ListFilter;
use crate::validate::{self, ValidationError};

/// A note: title, Markdown body, tags, pinned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// One line, 1–500 characters.
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 500,
            pattern = r"^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$"
        )
    )]
    pub title: String,
    /// Markdown, up to 1 MiB.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 1048576, pattern = r"^[^\x00]*$")
    )]
    pub body: String,
    /// Lower-case tags.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::tags))]
    pub tags: Vec<String>,
    /// Pinned notes show first and on the Today screen.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
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
    const EVENTS: &'static [Event] = &[Event::new("created_at", "written")];
    const FILTERS: &'static [ListFilter] = &[ListFilter {
        param: "pinned",
        doc: "Only pinned (true) or unpinned (false) notes.",
        ty: crate::query::ParamType::Bool,
        parse: |v| crate::query::parse_bool(v).map(|b| crate::query::Filter::Bool("pinned", b)),
    }];

    fn example(_refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(serde_json::json!({"title": "mine"}))
    }

    fn edit_example(&mut self) {
        self.title = "edited".into();
    }

    fn validate(&self) -> Result<(), ValidationError> {
        validate::title("title", &self.title)?;
        validate::long_text("body", &self.body)?;
        validate::check_tags(&self.tags)
    }

    fn tags(&self) -> &[String] {
        &self.tags
    }
}
