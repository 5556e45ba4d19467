//! `attachment`: a file on any row — a receipt on a transaction, a scan on a health entry.
//!
//! The row holds what the file is (name, media type, size, SHA-256 of its bytes) and which
//! row it belongs to; it syncs like every row. The bytes travel separately, as a blob
//! addressed by its hash (`docs/attachments.md`), so the same file on two rows, or
//! attached on two devices offline, is stored once. Attaching the same file to the same
//! row twice is one attachment: the natural key is the owner and the hash.

use serde::{Deserialize, Serialize};

use crate::entity::{Entity, EntityKind, Event};
use crate::id::Id;
use crate::query::{self, Filter, ListFilter, ParamType};
use crate::validate::ValidationError;

/// The longest file name kept, in bytes (what common file systems allow).
pub const MAX_NAME_BYTES: usize = 255;

/// The largest size a row may declare: 2^53 − 1 bytes, so every JSON reader keeps it exact.
pub const MAX_SIZE: u64 = (1 << 53) - 1;

/// A file attached to a row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// The kind of the row it is attached to (`note`, `transaction`, …; not `attachment`).
    /// Not `entity`: that is the kind of the record itself in exports and the sync log.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::attachable_kind))]
    pub entity_kind: String,
    /// The id of the row it is attached to.
    pub entity_id: Id,
    /// The file's name: no directories, no control or bidirectional-override characters,
    /// 1–255 bytes, not `.` or `..`.
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 255,
            pattern = r"^[^/\\\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]+$"
        )
    )]
    pub name: String,
    /// The media type (`application/pdf`), `application/octet-stream` when unknown.
    #[cfg_attr(
        feature = "openapi",
        schema(
            max_length = 255,
            pattern = r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"
        )
    )]
    pub media_type: String,
    /// The file's size in bytes.
    #[cfg_attr(
        feature = "openapi",
        schema(minimum = 0, maximum = 9007199254740991_u64)
    )]
    pub size: u64,
    /// The SHA-256 of the file's bytes, 64 lower-case hex digits: the blob's address.
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 64, max_length = 64, pattern = r"^[0-9a-f]{64}$")
    )]
    pub sha256: String,
}

/// Checks a SHA-256 in wire form: 64 lower-case hex digits.
pub fn check_sha256(field: &str, value: &str) -> Result<(), ValidationError> {
    if value.len() == 64
        && value
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            "must be a SHA-256 in 64 lower-case hex digits",
        ))
    }
}

/// Whether a character may not appear in a stored file name: path separators, control
/// characters, and the invisible direction marks and overrides that make `txt.exe` look
/// like `exe.txt`.
fn forbidden_in_name(c: char) -> bool {
    matches!(c, '/' | '\\')
        || c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Checks a file name (see [`Attachment::name`]).
pub fn check_file_name(field: &str, name: &str) -> Result<(), ValidationError> {
    if name.is_empty() {
        return Err(ValidationError::new(field, "must not be empty"));
    }
    if name.len() > MAX_NAME_BYTES {
        return Err(ValidationError::new(
            field,
            format!(
                "is {} bytes long: a file name is at most {MAX_NAME_BYTES}",
                name.len()
            ),
        ));
    }
    if name == "." || name == ".." {
        return Err(ValidationError::new(field, "must not be . or .."));
    }
    if let Some(c) = name.chars().find(|c| forbidden_in_name(*c)) {
        let what = match c {
            '/' | '\\' => "a path separator".to_owned(),
            _ => format!("the character U+{:04X}", c as u32),
        };
        return Err(ValidationError::new(
            field,
            format!(
                "contains {what}: a file name has no directories, control or direction characters"
            ),
        ));
    }
    if name.trim() != name {
        return Err(ValidationError::new(
            field,
            "must not start or end with white space",
        ));
    }
    Ok(())
}

/// Makes a file name storable: keeps the last path component, replaces each forbidden
/// character with `_`, trims white space and cuts it to [`MAX_NAME_BYTES`] at a character
/// boundary (keeping the extension). `None` when nothing is left.
pub fn sanitize_file_name(raw: &str) -> Option<String> {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or(raw);
    let cleaned: String = base
        .chars()
        .map(|c| if forbidden_in_name(c) { '_' } else { c })
        .collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() || cleaned == "." || cleaned == ".." {
        return None;
    }
    if cleaned.len() <= MAX_NAME_BYTES {
        return Some(cleaned.to_owned());
    }
    let ext = match cleaned.rfind('.') {
        Some(i) if cleaned.len() - i <= 16 && i > 0 => &cleaned[i..],
        _ => "",
    };
    let mut end = MAX_NAME_BYTES - ext.len();
    while !cleaned.is_char_boundary(end) {
        end -= 1;
    }
    let out = format!("{}{ext}", cleaned[..end].trim_end());
    check_file_name("name", &out).ok().map(|()| out)
}

/// Checks a media type: `type/subtype` in lower case, the characters RFC 6838 allows.
pub fn check_media_type(field: &str, value: &str) -> Result<(), ValidationError> {
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .next()
                .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"!#$&^_.+-".contains(&b))
    };
    match value.split_once('/') {
        Some((t, s)) if value.len() <= 255 && token(t) && token(s) => Ok(()),
        _ => Err(ValidationError::new(
            field,
            format!(
                "{:?} is not a media type like application/pdf",
                crate::validate::clip(value)
            ),
        )),
    }
}

/// A size as people read it: 1.5 MB, 320 KB, 12 B (powers of 1000, like `ls -h --si`).
pub fn human_size(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1000.0 && unit + 1 < UNITS.len() {
        v /= 1000.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} B")
    } else if v < 10.0 {
        format!("{v:.1} {}", UNITS[unit])
    } else {
        format!("{v:.0} {}", UNITS[unit])
    }
}

impl Attachment {
    /// The natural key of an attachment of `sha256` on the row `entity_kind:entity_id`.
    pub fn key_of(entity_kind: &str, entity_id: Id, sha256: &str) -> String {
        format!("{entity_kind}:{entity_id}:{sha256}")
    }

    /// The kind of the row it is attached to, when it names one.
    pub fn owner_kind(&self) -> Option<EntityKind> {
        attachable_kind(&self.entity_kind)
    }
}

/// The media type of a file whose type is not known.
pub const UNKNOWN_MEDIA_TYPE: &str = "application/octet-stream";

/// The kind with this wire name, if its rows may have attachments (every kind but
/// `attachment` itself).
pub fn attachable_kind(name: &str) -> Option<EntityKind> {
    EntityKind::from_name(name).filter(|k| *k != EntityKind::Attachment)
}

/// The wire names of the kinds whose rows may have attachments, in registry order.
pub fn attachable_kinds() -> Vec<&'static str> {
    EntityKind::ALL
        .iter()
        .filter(|k| **k != EntityKind::Attachment)
        .map(|k| k.name())
        .collect()
}

const ATTACHMENT_FILTERS: &[ListFilter] = &[
    ListFilter {
        param: "entity_kind",
        doc: "The attachments of rows of this kind (`note`, `transaction`, …).",
        ty: ParamType::Choice(attachable_kinds),
        parse: |v| match attachable_kind(v.trim()) {
            Some(k) => Ok(Filter::In("entity_kind", vec![k.name().to_owned()])),
            None => Err(format!(
                "{:?} is not a kind of row",
                crate::validate::clip(v)
            )),
        },
    },
    ListFilter {
        param: "entity_id",
        doc: "The attachments of this row (its id).",
        ty: ParamType::Id,
        parse: |v| query::parse_id(v).map(|id| Filter::In("entity_id", vec![id])),
    },
    ListFilter {
        param: "sha256",
        doc: "The attachments of this blob (its SHA-256).",
        ty: ParamType::Pattern("^[0-9a-f]{64}$"),
        parse: |v| {
            let v = v.trim();
            check_sha256("sha256", v)
                .map(|()| Filter::In("sha256", vec![v.to_owned()]))
                .map_err(|e| e.message)
        },
    },
];

impl Entity for Attachment {
    const KIND: EntityKind = EntityKind::Attachment;
    const SEARCH_FIELDS: &'static [&'static str] = &["name", "media_type"];
    const EVENTS: &'static [Event] = &[Event::new("created_at", "attached")];
    const FILTERS: &'static [ListFilter] = ATTACHMENT_FILTERS;
    const HAS_NATURAL_KEY: bool = true;

    fn example(refs: &dyn Fn(EntityKind) -> Id) -> Self {
        crate::model::example(serde_json::json!({
            "entity_kind": "note",
            "entity_id": refs(EntityKind::Note),
            "name": "mine.pdf",
            "media_type": "application/pdf",
            "size": 5,
            "sha256": "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
        }))
    }

    fn edit_example(&mut self) {
        self.name = "edited.pdf".into();
    }

    fn validate(&self) -> Result<(), ValidationError> {
        if self.owner_kind().is_none() {
            return Err(ValidationError::new(
                "entity_kind",
                format!(
                    "{:?} is not a kind of row an attachment can belong to",
                    crate::validate::clip(&self.entity_kind)
                ),
            ));
        }
        check_file_name("name", &self.name)?;
        check_media_type("media_type", &self.media_type)?;
        if self.size > MAX_SIZE {
            return Err(ValidationError::new(
                "size",
                format!("must be at most {MAX_SIZE}"),
            ));
        }
        check_sha256("sha256", &self.sha256)
    }

    fn natural_key(&self) -> Option<String> {
        Some(Self::key_of(
            &self.entity_kind,
            self.entity_id,
            &self.sha256,
        ))
    }

    fn duplicate_message(key: &str, holder: Id) -> String {
        let mut parts = key.splitn(3, ':');
        let (kind, id) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        format!("this file is already attached to {kind} {id} ({holder})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Attachment {
        Attachment::example(&|_| Id::generate())
    }

    #[test]
    fn hostile_names_are_refused_and_sanitized() {
        for bad in [
            "",
            ".",
            "..",
            "../etc/passwd",
            "a/b",
            "a\\b",
            "nul\0byte",
            "new\nline",
            "invoice\u{202e}fdp.exe",
            "x\u{2066}y",
            " lead",
            "trail ",
        ] {
            assert!(
                check_file_name("name", bad).is_err(),
                "{bad:?} was accepted"
            );
        }
        let long = "a".repeat(4096);
        let e = check_file_name("name", &long).unwrap_err();
        assert!(e.message.contains("4096 bytes"), "{}", e.message);
        assert!(check_file_name("name", "Rechnung März.pdf").is_ok());

        assert_eq!(
            sanitize_file_name("../../etc/passwd").as_deref(),
            Some("passwd")
        );
        assert_eq!(sanitize_file_name("dir\\x.txt").as_deref(), Some("x.txt"));
        assert_eq!(
            sanitize_file_name("invoice\u{202e}fdp.exe").as_deref(),
            Some("invoice_fdp.exe")
        );
        assert_eq!(sanitize_file_name("a\0b").as_deref(), Some("a_b"));
        assert_eq!(sanitize_file_name(".."), None);
        assert_eq!(sanitize_file_name("  "), None);
        let cut = sanitize_file_name(&format!("{}.pdf", "é".repeat(3000))).unwrap();
        assert!(
            cut.len() <= MAX_NAME_BYTES && cut.ends_with(".pdf"),
            "{cut}"
        );
        assert!(check_file_name("name", &cut).is_ok());
    }

    #[test]
    fn fields_are_checked() {
        let mut a = example();
        assert_eq!(a.validate(), Ok(()));
        a.entity_kind = "attachment".into();
        assert_eq!(a.validate().unwrap_err().field, "entity_kind");
        a.entity_kind = "nope".into();
        assert_eq!(a.validate().unwrap_err().field, "entity_kind");
        let mut a = example();
        a.sha256 = a.sha256.to_uppercase();
        assert_eq!(a.validate().unwrap_err().field, "sha256");
        let mut a = example();
        a.sha256.pop();
        assert_eq!(a.validate().unwrap_err().field, "sha256");
        let mut a = example();
        a.media_type = "PDF".into();
        assert_eq!(a.validate().unwrap_err().field, "media_type");
        a.media_type = "text/plain; charset=utf-8".into();
        assert_eq!(a.validate().unwrap_err().field, "media_type");
        a.media_type = "image/svg+xml".into();
        assert_eq!(a.validate(), Ok(()));
        a.size = MAX_SIZE + 1;
        assert_eq!(a.validate().unwrap_err().field, "size");
    }

    #[test]
    fn the_natural_key_is_owner_and_hash() {
        let a = example();
        assert_eq!(
            a.natural_key(),
            Some(format!("note:{}:{}", a.entity_id, a.sha256))
        );
        let msg = Attachment::duplicate_message(&a.natural_key().unwrap(), a.entity_id);
        assert!(
            msg.starts_with("this file is already attached to note "),
            "{msg}"
        );
    }
}
