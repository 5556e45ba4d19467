//! A folder of Markdown files (Obsidian's vault, or `lifeos export --to markdown`) as
//! notes, and a note as such a file.
//!
//! A file's YAML front matter (between `---` lines at its top) may give `title`, `tags`
//! (a list, or one string of words or comma-separated ones; a leading `#` is dropped),
//! `pinned`, `created`, `updated` and `lifeos_id`; other keys are not kept. Without a
//! title the file's name is the title (Obsidian's rule). The body is the rest of the file,
//! as written. A note's id is its `lifeos_id`, else derived from the file's path in the
//! folder, so importing the same folder again adds nothing.

use sha2::{Digest, Sha256};

use crate::entity::Entity;
use crate::id::Id;
use crate::kernel::{Kernel, Row};
use crate::model::Note;
use crate::timestamp::{LocalDate, Timestamp};
use crate::validate::{self, MAX_LONG_TEXT_BYTES};

/// One file of the folder.
#[derive(Debug, Clone)]
pub struct MdFile {
    /// Its path in the folder, `/`-separated (`garden/roses.md`).
    pub path: String,
    /// Its text.
    pub text: String,
    /// When it was last written (the note's times when the front matter gives none).
    pub modified: Timestamp,
}

/// The largest file read: a note's body limit and room for its front matter.
pub const MAX_FILE_BYTES: usize = MAX_LONG_TEXT_BYTES + 64 * 1024;

/// The note of one file, or why there is none.
pub fn note_of(file: &MdFile) -> Result<Row<Note>, String> {
    if file.text.len() > MAX_FILE_BYTES {
        return Err(format!(
            "{} bytes; a note's body is at most {MAX_LONG_TEXT_BYTES}",
            file.text.len()
        ));
    }
    let text = file.text.trim_start_matches('\u{feff}');
    let (front, body) = split_front_matter(text)?;
    let mut title: Option<String> = None;
    let mut tags: Vec<String> = Vec::new();
    let mut pinned = false;
    let mut created: Option<Timestamp> = None;
    let mut updated: Option<Timestamp> = None;
    let mut id: Option<Id> = None;
    if let Some(front) = front {
        let value: serde_yaml_ng::Value = serde_yaml_ng::from_str(front)
            .map_err(|e| format!("its front matter is not YAML: {e}"))?;
        let map = match value {
            serde_yaml_ng::Value::Mapping(m) => m,
            serde_yaml_ng::Value::Null => serde_yaml_ng::Mapping::new(),
            _ => return Err("its front matter is not a mapping of keys".into()),
        };
        for (k, v) in map {
            let Some(k) = k.as_str() else { continue };
            match k {
                "title" => title = Some(scalar(&v).ok_or("title: is not text")?),
                "tags" | "tag" => tags = tag_list(&v)?,
                "pinned" => pinned = v.as_bool().ok_or("pinned: is not true or false")?,
                "created" => created = Some(when(&v).map_err(|e| format!("created: {e}"))?),
                "updated" => updated = Some(when(&v).map_err(|e| format!("updated: {e}"))?),
                "lifeos_id" => {
                    let s = scalar(&v).ok_or("lifeos_id: is not text")?;
                    id = Some(s.parse().map_err(|e| format!("lifeos_id: {e}"))?);
                }
                _ => {}
            }
        }
    }
    let title = match title {
        Some(t) => t.trim().to_owned(),
        None => file
            .path
            .rsplit('/')
            .next()
            .unwrap_or("")
            .trim_end_matches(".md")
            .trim()
            .to_owned(),
    };
    let note = Note {
        title,
        body: body.to_owned(),
        tags: validate::normalize_tags(&tags).map_err(|e| e.to_string())?,
        pinned,
    };
    note.validate().map_err(|e| e.to_string())?;
    let created_at = created.unwrap_or(file.modified);
    let updated_at = updated.unwrap_or(file.modified).max(created_at);
    Ok(Row {
        kernel: Kernel {
            id: id.unwrap_or_else(|| id_of_path(&file.path)),
            created_at,
            updated_at,
            deleted_at: None,
            version: 1,
        },
        fields: note,
    })
}

/// The id a file without `lifeos_id` gets: the first 128 bits of its path's SHA-256.
pub fn id_of_path(path: &str) -> Id {
    let hash = Sha256::digest(path.as_bytes());
    let mut bits = [0u8; 16];
    bits.copy_from_slice(&hash[..16]);
    Id::from(ulid::Ulid::from(u128::from_be_bytes(bits)))
}

/// The front matter (without its fences) and the body. A file that opens a fence and
/// never closes it is refused rather than read as all body.
fn split_front_matter(text: &str) -> Result<(Option<&str>, &str), String> {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return Ok((None, text));
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        if bare == "---" || bare == "..." {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            return Ok((Some(front), body));
        }
        offset += line.len();
    }
    Err("its front matter (from the first line's ---) is never closed by a --- line".into())
}

fn scalar(v: &serde_yaml_ng::Value) -> Option<String> {
    match v {
        serde_yaml_ng::Value::String(s) => Some(s.clone()),
        serde_yaml_ng::Value::Number(n) => Some(n.to_string()),
        serde_yaml_ng::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn tag_list(v: &serde_yaml_ng::Value) -> Result<Vec<String>, String> {
    let words = |s: &str| -> Vec<String> {
        s.split([',', ' '])
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    match v {
        serde_yaml_ng::Value::Null => Ok(Vec::new()),
        serde_yaml_ng::Value::Sequence(items) => items
            .iter()
            .map(|i| scalar(i).ok_or_else(|| "tags: an item is not text".to_owned()))
            .collect(),
        other => Ok(words(&scalar(other).ok_or("tags: is not a list or text")?)),
    }
}

fn when(v: &serde_yaml_ng::Value) -> Result<Timestamp, String> {
    let s = scalar(v).ok_or("is not a date")?;
    if s.len() == 10 {
        let d = LocalDate::parse(&s).map_err(|e| e.to_string())?;
        return Ok(Timestamp::from_datetime(d.date().midnight().assume_utc()));
    }
    Timestamp::parse(&s).map_err(|e| e.to_string())
}

/// A note as a Markdown file with front matter, which [`note_of`] reads back whole.
pub fn render(row: &Row<Note>) -> String {
    let n = &row.fields;
    let mut front = serde_yaml_ng::Mapping::new();
    let mut put = |k: &str, v: serde_yaml_ng::Value| {
        front.insert(serde_yaml_ng::Value::String(k.to_owned()), v);
    };
    put("title", n.title.clone().into());
    if !n.tags.is_empty() {
        put(
            "tags",
            serde_yaml_ng::Value::Sequence(n.tags.iter().map(|t| t.clone().into()).collect()),
        );
    }
    if n.pinned {
        put("pinned", true.into());
    }
    put("created", row.kernel.created_at.to_string().into());
    put("updated", row.kernel.updated_at.to_string().into());
    put("lifeos_id", row.kernel.id.to_string().into());
    let yaml = serde_yaml_ng::to_string(&front).unwrap_or_default();
    format!("---\n{yaml}---\n{}", n.body)
}

/// A file name for a note's title: characters no file system takes become `-`, at most
/// 120 characters, never hidden or empty; `.md` added.
pub fn file_name(title: &str) -> String {
    let mut name: String = title
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '-'
            } else {
                c
            }
        })
        .take(120)
        .collect();
    name = name
        .trim_matches(|c: char| c == '.' || c.is_whitespace())
        .to_owned();
    if name.is_empty() {
        name = "note".into();
    }
    format!("{name}.md")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> MdFile {
        MdFile {
            path: path.into(),
            text: text.into(),
            modified: Timestamp::parse("2026-12-01T10:00:00Z").unwrap(),
        }
    }

    #[test]
    fn front_matter_gives_title_tags_pinned_and_times() {
        let n = note_of(&file(
            "garden/roses.md",
            "---\ntitle: Roses\ntags: [Garden, '#home']\npinned: true\ncreated: 2026-11-01\naliases: [r]\n---\n# Roses\n\nWater them.\n",
        ))
        .unwrap();
        assert_eq!(n.fields.title, "Roses");
        assert_eq!(n.fields.tags, ["garden", "home"]);
        assert!(n.fields.pinned);
        assert_eq!(n.fields.body, "# Roses\n\nWater them.\n");
        assert_eq!(n.kernel.created_at.to_string(), "2026-11-01T00:00:00.000Z");
        assert_eq!(n.kernel.updated_at.to_string(), "2026-12-01T10:00:00.000Z");
        assert_eq!(n.kernel.id, id_of_path("garden/roses.md"));
        // Tags as one string, words or commas; no front matter: the file name is the title.
        let s = note_of(&file("a.md", "---\ntags: garden, home plants\n---\nx")).unwrap();
        assert_eq!(s.fields.tags, ["garden", "home", "plants"]);
        let plain = note_of(&file("notes/Shopping list.md", "- milk\n")).unwrap();
        assert_eq!(plain.fields.title, "Shopping list");
        assert_eq!(plain.fields.body, "- milk\n");
    }

    #[test]
    fn a_rendered_note_reads_back_whole() {
        let row = Row {
            kernel: Kernel::new_now(),
            fields: Note {
                title: "Plans: 2027 \"big\"".into(),
                body: "---\nnot front matter\n---\nbody\n".into(),
                tags: vec!["garden".into(), "a/b".into()],
                pinned: true,
            },
        };
        let back = note_of(&file("x.md", &render(&row))).unwrap();
        assert_eq!(back, row);
        assert_eq!(file_name(&row.fields.title), "Plans- 2027 -big-.md");
        assert_eq!(file_name("..."), "note.md");
    }

    #[test]
    fn bad_files_say_why() {
        for (text, why) in [
            ("---\ntitle: [unclosed\n---\n", "not YAML"),
            ("---\ntitle: x\nbody without a fence", "never closed"),
            ("---\n- a\n- b\n---\n", "not a mapping"),
            ("---\ntags: ['two words']\n---\n", "not a tag"),
            ("---\npinned: maybe\n---\n", "pinned"),
            ("---\ncreated: last week\n---\n", "created"),
            ("---\nlifeos_id: nope\n---\n", "lifeos_id"),
            ("---\ntitle: \"a\\nb\"\n---\n", "title"),
            ("body\0nul", "NUL"),
        ] {
            let err = note_of(&file("x.md", text)).unwrap_err();
            assert!(err.contains(why), "{text:?}: {err}");
        }
        let huge = "x".repeat(MAX_LONG_TEXT_BYTES + 1);
        assert!(note_of(&file("x.md", &huge)).unwrap_err().contains("limit"));
        assert!(note_of(&file(".md", "x")).unwrap_err().contains("title"));
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_a_note_or_a_reason(text in ".{0,300}", path in "[a-z/ .]{1,20}") {
            if let Ok(n) = note_of(&file(&path, &text)) {
                proptest::prop_assert!(n.fields.validate().is_ok());
            }
        }

        #[test]
        fn any_note_survives_the_round_trip(
            title in "[^\\x00-\\x1f\\x7f-\\x9f\\s][^\\x00-\\x1f\\x7f-\\x9f]{0,40}[^\\x00-\\x1f\\x7f-\\x9f\\s]",
            body in "[^\\x00]{0,200}", pinned: bool,
        ) {
            let row = Row {
                kernel: Kernel::new_now(),
                fields: Note { title, body, tags: vec!["t".into()], pinned },
            };
            let back = note_of(&file("x.md", &render(&row))).unwrap();
            proptest::prop_assert_eq!(back, row);
        }
    }
}
