//! Entity ids: ULIDs made by the client that creates the row, and the unique-prefix
//! abbreviations users type on the command line.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ulid::Ulid;

/// The number of characters in a ULID's canonical text form.
pub const ID_LEN: usize = 26;

/// Why a piece of text is not an id or an id prefix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    /// The text is empty.
    #[error("an id cannot be empty")]
    Empty,
    /// The text is longer than a ULID.
    #[error("'{0}' is not an id: ids are {ID_LEN} characters long")]
    TooLong(String),
    /// The text has the right length but is not a ULID.
    #[error(
        "'{0}' is not an id: ids are {ID_LEN} characters of Crockford base32 (0-9, A-Z without I, L, O, U)"
    )]
    Malformed(String),
}

/// A row id: a ULID, shown and stored in its 26-character upper-case form.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(Ulid);

impl Id {
    /// A fresh id for a row created now on this device. Within a process ids are
    /// strictly increasing, even within one millisecond (a monotonic ULID generator), so
    /// rows made in one go (an import, a batch) sort in the order they were made.
    pub fn generate() -> Self {
        static GENERATOR: std::sync::Mutex<Option<ulid::Generator>> = std::sync::Mutex::new(None);
        let next = GENERATOR
            .lock()
            .ok()
            .and_then(|mut g| g.get_or_insert_with(ulid::Generator::new).generate().ok());
        // A poisoned lock, or 2^80 ids in one millisecond: a plain random ULID is still
        // unique.
        // (Not `unwrap_or_default`: a default ULID is the nil id.)
        match next {
            Some(u) => Self(u),
            None => Self(Ulid::new()),
        }
    }

    /// The underlying ULID.
    pub fn ulid(self) -> Ulid {
        self.0
    }
}

impl From<Ulid> for Id {
    fn from(u: Ulid) -> Self {
        Self(u)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({})", self.0)
    }
}

fn is_crockford(c: char) -> bool {
    c.is_ascii_digit() || (c.is_ascii_uppercase() && !matches!(c, 'I' | 'L' | 'O' | 'U'))
}

impl FromStr for Id {
    type Err = IdError;

    /// Parses the canonical form only (case-insensitive): exactly 26 Crockford base32
    /// characters whose first one is at most `7` (a ULID is 128 bits).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let prefix: IdPrefix = s.parse()?;
        prefix
            .to_id()
            .ok_or_else(|| IdError::Malformed(s.to_owned()))
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A non-empty prefix of an id, normalised to upper case, as typed by a user
/// (`lifeos task done 01JD3`). It matches every id that starts with it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IdPrefix(String);

impl IdPrefix {
    /// The normalised (upper-case) prefix text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this prefix is a whole id.
    pub fn to_id(&self) -> Option<Id> {
        if self.0.len() != ID_LEN || self.0.as_bytes()[0] > b'7' {
            return None;
        }
        Ulid::from_string(&self.0).ok().map(Id)
    }

    /// The smallest and the largest 26-character strings that start with this prefix:
    /// every matching id lies in `lower..=upper` in byte order.
    pub fn bounds(&self) -> (String, String) {
        let pad = ID_LEN - self.0.len();
        (
            format!("{}{}", self.0, "0".repeat(pad)),
            format!("{}{}", self.0, "Z".repeat(pad)),
        )
    }
}

impl FromStr for IdPrefix {
    type Err = IdError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if t.is_empty() {
            return Err(IdError::Empty);
        }
        if t.chars().count() > ID_LEN {
            return Err(IdError::TooLong(crate::validate::clip(t)));
        }
        let upper = t.to_ascii_uppercase();
        if !upper.chars().all(is_crockford) || upper.as_bytes()[0] > b'7' {
            return Err(IdError::Malformed(crate::validate::clip(t)));
        }
        Ok(Self(upper))
    }
}

impl fmt::Display for IdPrefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn generated_ids_round_trip_through_text() {
        let id = Id::generate();
        let parsed: Id = id.to_string().parse().unwrap();
        assert_eq!(id, parsed);
        assert_eq!(id.to_string().len(), ID_LEN);
    }

    #[test]
    fn lower_case_is_accepted() {
        let id = Id::generate();
        let parsed: Id = id.to_string().to_lowercase().parse().unwrap();
        assert_eq!(id, parsed);
    }

    #[test]
    fn malformed_ids_are_rejected() {
        for bad in [
            "",
            "   ",
            "01JD3ZZZZZZZZZZZZZZZZZZZZZZ",
            "01JD3!",
            "8ZZZZZZZZZZZZZZZZZZZZZZZZZ",
            "01jd3-x",
            "ÄÖÜ",
            "01JD3L",
        ] {
            assert!(bad.parse::<Id>().is_err(), "{bad:?} parsed");
        }
        assert!(matches!(
            "01JDI".parse::<IdPrefix>(),
            Err(IdError::Malformed(_))
        ));
        assert!(matches!("".parse::<IdPrefix>(), Err(IdError::Empty)));
        assert!(matches!(
            "0".repeat(27).parse::<IdPrefix>(),
            Err(IdError::TooLong(_))
        ));
    }

    #[test]
    fn a_prefix_shorter_than_an_id_is_not_an_id() {
        let p: IdPrefix = "01JD3".parse().unwrap();
        assert!(p.to_id().is_none());
        let (lo, hi) = p.bounds();
        assert_eq!(lo, "01JD3000000000000000000000");
        assert_eq!(hi, "01JD3ZZZZZZZZZZZZZZZZZZZZZ");
    }

    proptest! {
        #[test]
        fn every_id_lies_within_the_bounds_of_each_of_its_prefixes(raw in any::<u128>(), cut in 1usize..=ID_LEN) {
            let id = Id::from(Ulid::from(raw));
            let text = id.to_string();
            let prefix: IdPrefix = text[..cut].parse().unwrap();
            let (lo, hi) = prefix.bounds();
            prop_assert!(lo.as_str() <= text.as_str() && text.as_str() <= hi.as_str());
            prop_assert_eq!(text.parse::<Id>().unwrap(), id);
        }
    }
}

#[cfg(test)]
mod monotonic {
    use super::*;

    #[test]
    fn ids_made_in_a_row_are_strictly_increasing() {
        let ids: Vec<Id> = (0..10_000).map(|_| Id::generate()).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
    }
}
