//! Notes: pinned first, by title; Markdown bodies edited in `$EDITOR` with a small YAML
//! header (title, tags, pinned) above a `---` line.

use anyhow::{Context, anyhow};
use lifeos_core::model::Note;
use lifeos_core::store::{Filter, SortKey, Store, StoreError};
use lifeos_core::{EntityKind, Id, Row};
use serde::{Deserialize, Serialize};

use super::{Ctx, Domain, EditDoc, Item, Mark, Section, TODAY_LIMIT, Tone};
use crate::capture::Capture;

/// The notes view.
pub struct Notes;

const ORDER: &[SortKey] = &[SortKey::Desc("pinned"), SortKey::Text("title")];

/// The part of a note above the `---` line when it is edited.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    title: String,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    pinned: bool,
}

const SEPARATOR: &str = "\n---\n";

fn show(r: &Row<Note>, ctx: &Ctx) -> Item {
    let n = &r.fields;
    let mut fields = Vec::new();
    if !n.tags.is_empty() {
        fields.push(("tags", super::tag_text(&n.tags)));
    }
    fields.push((
        "updated",
        super::local_time(r.kernel.updated_at, ctx.offset),
    ));
    fields.push(("id", r.kernel.id.to_string()));
    Item {
        kind: EntityKind::Note,
        id: r.kernel.id,
        version: r.kernel.version,
        title: n.title.clone(),
        meta: super::tag_text(&n.tags),
        mark: if n.pinned { Mark::Pinned } else { Mark::None },
        tone: Tone::Normal,
        fields,
        body: n.body.clone(),
        cells: Vec::new(),
        timer: None,
    }
}

/// Splits an edited note into its fields.
fn parse_doc(text: &str) -> anyhow::Result<Note> {
    let text = text.replace("\r\n", "\n");
    let (head, body) = text
        .split_once(SEPARATOR)
        .ok_or_else(|| anyhow!("keep the --- line between the header and the body"))?;
    let h: Header = serde_yaml_ng::from_str(head).context("the header is not valid")?;
    Ok(Note {
        title: h.title,
        body: body.trim_end_matches('\n').to_owned(),
        tags: lifeos_core::validate::normalize_tags(&h.tags)?,
        pinned: h.pinned,
    })
}

impl Domain for Notes {
    fn title(&self) -> &'static str {
        "Notes"
    }
    fn kind(&self) -> EntityKind {
        EntityKind::Note
    }
    fn filters(&self) -> &'static [&'static str] {
        &["all", "pinned"]
    }
    fn capture_hint(&self) -> &'static str {
        "Reading list #books !pin"
    }
    fn search_field(&self) -> &'static str {
        "title"
    }
    fn ids(
        &self,
        store: &Store,
        filter: usize,
        tag: Option<&str>,
        _ctx: &Ctx,
    ) -> Result<Vec<Id>, StoreError> {
        let filters = match filter {
            1 => vec![Filter::IsTrue("pinned")],
            _ => vec![],
        };
        store.ids::<Note>(&super::with_tag(filters, tag), ORDER)
    }
    fn items(&self, store: &Store, ids: &[Id], ctx: &Ctx) -> Result<Vec<Item>, StoreError> {
        super::items_of(store, ids, ctx, show)
    }
    fn texts(&self, store: &Store) -> Result<Vec<(Id, String)>, StoreError> {
        store.texts::<Note>("title")
    }
    fn today(&self, store: &Store, ctx: &Ctx) -> Result<Option<Section>, StoreError> {
        let ids = store.ids::<Note>(&[Filter::IsTrue("pinned")], ORDER)?;
        let shown = &ids[..ids.len().min(TODAY_LIMIT)];
        Ok(Some(Section {
            title: format!("Pinned notes ({})", ids.len()),
            items: self.items(store, shown, ctx)?,
            more: ids.len() - shown.len(),
            empty: "no pinned notes (pin one with x in Notes)",
        }))
    }
    fn create(&self, store: &mut Store, c: Capture) -> anyhow::Result<String> {
        let mut n = Note::new(c.title);
        n.tags = c.tags;
        n.pinned = c.pin;
        Ok(store.create(n)?.fields.title)
    }
    fn complete(
        &self,
        store: &mut Store,
        id: Id,
        version: i64,
        _ctx: &Ctx,
    ) -> anyhow::Result<Option<String>> {
        let row = store.update::<Note>(id, Some(version), |n, _| {
            n.pinned = !n.pinned;
            Ok(())
        })?;
        Ok(Some(if row.fields.pinned {
            format!("pinned: {}", row.fields.title)
        } else {
            format!("unpinned: {}", row.fields.title)
        }))
    }
    fn delete(&self, store: &mut Store, id: Id, version: i64) -> Result<(), StoreError> {
        super::delete::<Note>(store, id, version)
    }
    fn restore(&self, store: &mut Store, id: Id) -> Result<(), StoreError> {
        super::restore::<Note>(store, id)
    }
    fn edit_doc(&self, store: &Store, id: Id) -> anyhow::Result<EditDoc> {
        let n = store.get::<Note>(id)?.fields;
        let head = serde_yaml_ng::to_string(&Header {
            title: n.title,
            tags: n.tags,
            pinned: n.pinned,
        })?;
        Ok(EditDoc {
            text: format!("{}{SEPARATOR}{}\n", head.trim_end(), n.body),
            ext: "md",
        })
    }
    fn save_doc(&self, store: &mut Store, id: Id, version: i64, text: &str) -> anyhow::Result<()> {
        let new = parse_doc(text)?;
        store.update::<Note>(id, Some(version), |n, _| {
            *n = new;
            Ok(())
        })?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn edited_notes_parse_and_bad_ones_are_refused() {
        let n = parse_doc("title: Hi\ntags: [A]\npinned: true\n---\n# Body\n\ntext\n").unwrap();
        assert_eq!(n.title, "Hi");
        assert_eq!(n.tags, ["a"]);
        assert!(n.pinned);
        assert_eq!(n.body, "# Body\n\ntext");
        assert!(parse_doc("title: Hi\n# no separator").is_err());
        assert!(parse_doc("titel: Hi\n---\nx").is_err());
        assert!(parse_doc(": : :\n---\nx").is_err());
    }
}
