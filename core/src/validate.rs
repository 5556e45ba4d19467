//! Field validation shared by every entity, and the documented input limits.
//!
//! | what | limit |
//! |---|---|
//! | a title or name | 1–500 characters, no control characters |
//! | a long text (body, notes, address) | at most 1 MiB (1,048,576 bytes) of UTF-8, no NUL |
//! | a tag | 1–64 characters of letters, digits, `-`, `_`, `/`, `:`, `.`; stored lower case |
//! | tags per row | 64 |
//! | an email or a phone number | at most 320 characters; 32 per person |

/// Longest title or name, in characters.
pub const MAX_TITLE_CHARS: usize = 500;
/// Longest body, notes or address, in bytes.
pub const MAX_LONG_TEXT_BYTES: usize = 1 << 20;
/// Longest tag, in characters.
pub const MAX_TAG_CHARS: usize = 64;
/// Most tags on one row.
pub const MAX_TAGS: usize = 64;
/// Longest email address or phone number, in characters.
pub const MAX_CONTACT_CHARS: usize = 320;
/// Most email addresses or phone numbers on one person.
pub const MAX_CONTACTS: usize = 32;

/// A value that breaks a rule of the model. Names the field, as the wire does.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ValidationError {
    /// The wire name of the offending field (`title`, `latitude`, `tags[2]`, …).
    pub field: String,
    /// What is wrong and what is allowed.
    pub message: String,
}

impl ValidationError {
    /// A new error for `field`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// Shortens text for an error message (at most 40 characters, control characters escaped),
/// so a hostile or huge input never floods a terminal or a log.
pub fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(40).flat_map(char::escape_debug).collect();
    if s.chars().nth(40).is_some() {
        out.push('…');
    }
    out
}

/// A required one-line text: trimmed, non-empty, at most [`MAX_TITLE_CHARS`] characters.
pub fn title(field: &str, value: &str) -> Result<(), ValidationError> {
    if value.trim().is_empty() {
        return Err(ValidationError::new(field, "must not be empty"));
    }
    if value.trim() != value {
        return Err(ValidationError::new(
            field,
            "must not start or end with white space",
        ));
    }
    one_line(field, value, MAX_TITLE_CHARS)
}

/// An optional one-line text (may be empty).
pub fn one_line(field: &str, value: &str, max_chars: usize) -> Result<(), ValidationError> {
    if value.chars().any(char::is_control) {
        return Err(ValidationError::new(
            field,
            "must be one line without control characters",
        ));
    }
    let n = value.chars().count();
    if n > max_chars {
        return Err(ValidationError::new(
            field,
            format!("is {n} characters long; the limit is {max_chars}"),
        ));
    }
    Ok(())
}

/// A free text (Markdown body, notes, address): any UTF-8 but NUL, at most 1 MiB.
pub fn long_text(field: &str, value: &str) -> Result<(), ValidationError> {
    if value.len() > MAX_LONG_TEXT_BYTES {
        return Err(ValidationError::new(
            field,
            format!(
                "is {} bytes long; the limit is {MAX_LONG_TEXT_BYTES} bytes (1 MiB)",
                value.len()
            ),
        ));
    }
    if value.contains('\0') {
        return Err(ValidationError::new(
            field,
            "must not contain NUL characters",
        ));
    }
    Ok(())
}

/// Checks one tag: 1–64 characters of lower-case letters, digits, `-`, `_`, `/`, `:`, `.`.
pub fn tag(field: &str, value: &str) -> Result<(), ValidationError> {
    let n = value.chars().count();
    if n == 0 || n > MAX_TAG_CHARS {
        return Err(ValidationError::new(
            field,
            format!("a tag has 1 to {MAX_TAG_CHARS} characters"),
        ));
    }
    let ok = value.chars().all(|c| {
        (c.is_alphanumeric() && !c.is_uppercase()) || matches!(c, '-' | '_' | '/' | ':' | '.')
    });
    if !ok {
        return Err(ValidationError::new(
            field,
            format!(
                "'{}' is not a tag: use lower-case letters, digits, - _ / : .",
                clip(value)
            ),
        ));
    }
    Ok(())
}

/// Normalises user-typed tags: strips a leading `#`, lower-cases, drops duplicates
/// (keeping the first), and checks each one.
pub fn normalize_tags<I, S>(tags: I) -> Result<Vec<String>, ValidationError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut out: Vec<String> = Vec::new();
    for t in tags {
        let t = t.as_ref().trim();
        let t = t.strip_prefix('#').unwrap_or(t).to_lowercase();
        tag("tags", &t)?;
        if !out.contains(&t) {
            out.push(t);
        }
    }
    check_tags(&out)?;
    Ok(out)
}

/// Checks a stored tag list: each tag valid, no duplicates, at most [`MAX_TAGS`].
pub fn check_tags(tags: &[String]) -> Result<(), ValidationError> {
    if tags.len() > MAX_TAGS {
        return Err(ValidationError::new(
            "tags",
            format!("{} tags; the limit is {MAX_TAGS}", tags.len()),
        ));
    }
    for (i, t) in tags.iter().enumerate() {
        tag(&format!("tags[{i}]"), t)?;
        if tags[..i].contains(t) {
            return Err(ValidationError::new(
                format!("tags[{i}]"),
                format!("duplicate tag '{t}'"),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        assert!(title("title", "Buy milk").is_ok());
        assert!(title("title", "买牛奶 🥛").is_ok());
        assert_eq!(title("title", "").unwrap_err().field, "title");
        assert!(title("title", "  ").is_err());
        assert!(title("title", " padded").is_err());
        assert!(title("title", "two\nlines").is_err());
        assert!(title("title", "nul\0").is_err());
        assert!(title("title", &"x".repeat(MAX_TITLE_CHARS)).is_ok());
        assert!(title("title", &"x".repeat(MAX_TITLE_CHARS + 1)).is_err());
    }

    #[test]
    fn long_texts() {
        assert!(long_text("body", "# Heading\n\n* item\n").is_ok());
        assert!(long_text("body", &"y".repeat(MAX_LONG_TEXT_BYTES)).is_ok());
        assert!(long_text("body", &"y".repeat(MAX_LONG_TEXT_BYTES + 1)).is_err());
        assert!(long_text("body", "a\0b").is_err());
    }

    #[test]
    fn tags_are_normalised_and_checked() {
        assert_eq!(
            normalize_tags(["#Errands", "errands", "home/garden", "été"]).unwrap(),
            vec!["errands", "home/garden", "été"]
        );
        assert!(normalize_tags(["two words"]).is_err());
        assert!(normalize_tags([""]).is_err());
        assert!(normalize_tags(["x".repeat(65)]).is_err());
        assert!(normalize_tags((0..65).map(|i| format!("t{i}"))).is_err());
        assert!(check_tags(&["a".into(), "a".into()]).is_err());
        assert!(check_tags(&["Upper".into()]).is_err());
    }

    #[test]
    fn clip_escapes_and_shortens() {
        assert_eq!(clip("a\nb"), "a\\nb");
        assert_eq!(clip(&"z".repeat(100)).chars().count(), 41);
    }
}
