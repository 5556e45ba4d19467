//! Notes: pinned first, by title; Markdown bodies edited in `$EDITOR` with a small YAML
//! header (title, tags, pinned) above a `---` line.

use anyhow::{Context, anyhow};
use lifeos_core::model::Note;
use lifeos_core::store::{Filter, SortKey, Store, StoreError};
use lifeos_core::{Id, Row};
use serde::{Deserialize, Serialize};

use super::{Ctx, Decl, EditDoc, Item, Mark, Section, View};
use lifeos_core::capture::Capture;

/// The notes view.
pub struct Notes;

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

impl View for Notes {
    type Row = Note;
    type Joined = ();
    const DECL: Decl = Decl {
        title: "Notes",
        tabs: &["all", "pinned"],
        capture_hint: "Reading list #books !pin",
        ..Decl::LIST
    };
    const ORDER: &'static [SortKey] = &[SortKey::Desc("pinned"), SortKey::Text("title")];

    fn tab(tab: usize, _ctx: &Ctx) -> Vec<Filter> {
        match tab {
            1 => vec![Filter::IsTrue("pinned")],
            _ => vec![],
        }
    }
    fn show(r: &Row<Note>, _: &(), ctx: &Ctx) -> Item {
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
            meta: super::tag_text(&n.tags),
            mark: if n.pinned { Mark::Pinned } else { Mark::None },
            fields,
            body: n.body.clone(),
            ..Item::of(r, n.title.clone())
        }
    }
    fn today(store: &Store, ctx: &Ctx) -> Result<Option<Section>, StoreError> {
        let ids = store.ids::<Note>(&[Filter::IsTrue("pinned")], Self::ORDER)?;
        super::section::<Self>(
            store,
            ctx,
            "Pinned notes",
            &ids,
            "no pinned notes (pin one with x in Notes)",
        )
        .map(Some)
    }
    fn create(store: &mut Store, c: Capture) -> anyhow::Result<String> {
        let mut n = Note::new(c.title);
        n.tags = c.tags;
        n.pinned = c.pin;
        Ok(store.create(n)?.fields.title)
    }
    fn complete(
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
    /// A note is edited as Markdown under a small YAML header.
    fn edit_doc(store: &Store, id: Id) -> anyhow::Result<EditDoc> {
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
    fn save_doc(store: &mut Store, id: Id, version: i64, text: &str) -> anyhow::Result<()> {
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
