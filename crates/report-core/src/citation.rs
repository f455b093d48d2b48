//! Citation ids `P.S.N` (paragraph) and `P.S` (section) as DESIGN.md defines
//! them: part 0 is the preamble, section 0 holds a part's paragraphs before its
//! first section heading, paragraphs count from 1.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::str::FromStr;

use crate::fast_hash::FastHash;

/// A map keyed by paragraph id, with the cheap unkeyed hasher.
pub type CitationMap<V> = HashMap<CitationId, V, FastHash>;

/// A set of paragraph ids, with the cheap unkeyed hasher.
pub type CitationSet = HashSet<CitationId, FastHash>;

/// The id of one paragraph, shown to users as `§1.2.2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CitationId {
    pub part: u8,
    pub section: u8,
    pub paragraph: u16,
}

/// The id of one section, `P.S`; `P.0` is a part's untitled opening section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SectionId {
    pub part: u8,
    pub section: u8,
}

impl CitationId {
    pub fn new(part: u8, section: u8, paragraph: u16) -> Self {
        Self {
            part,
            section,
            paragraph,
        }
    }

    /// The section this paragraph belongs to.
    pub fn section_id(self) -> SectionId {
        SectionId {
            part: self.part,
            section: self.section,
        }
    }
}

impl SectionId {
    pub fn new(part: u8, section: u8) -> Self {
        Self { part, section }
    }
}

impl fmt::Display for CitationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.part, self.section, self.paragraph)
    }
}

impl fmt::Display for SectionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.part, self.section)
    }
}

/// Why a string is not a well-formed id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a citation id: \"{0}\"")]
pub struct InvalidId(pub String);

/// Splits `a.b.c` into exactly `N` decimal numbers with no signs, blanks or
/// leading `+`, so that `1.2.2` parses and `1.2.`, `1..2` or ` 1.2.2` do not.
fn split_numbers<const N: usize>(text: &str) -> Option<[u32; N]> {
    let mut out = [0u32; N];
    let mut pieces = text.split('.');
    for slot in out.iter_mut() {
        let piece = pieces.next()?;
        if piece.is_empty() || piece.len() > 5 || !piece.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *slot = piece.parse().ok()?;
    }
    pieces.next().is_none().then_some(out)
}

impl FromStr for CitationId {
    type Err = InvalidId;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = || InvalidId(text.to_owned());
        let [p, s, n] = split_numbers::<3>(text).ok_or_else(invalid)?;
        Ok(Self {
            part: u8::try_from(p).map_err(|_| invalid())?,
            section: u8::try_from(s).map_err(|_| invalid())?,
            paragraph: u16::try_from(n).map_err(|_| invalid())?,
        })
    }
}

impl FromStr for SectionId {
    type Err = InvalidId;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = || InvalidId(text.to_owned());
        let [p, s] = split_numbers::<2>(text).ok_or_else(invalid)?;
        Ok(Self {
            part: u8::try_from(p).map_err(|_| invalid())?,
            section: u8::try_from(s).map_err(|_| invalid())?,
        })
    }
}

macro_rules! serde_as_string {
    ($ty:ty) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
serde_as_string!(CitationId);
serde_as_string!(SectionId);

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn ids_hash_apart() {
        // Every id a report of this shape can have, and then some.
        let ids: Vec<CitationId> = (0..4)
            .flat_map(|p| (0..20).flat_map(move |s| (1..40).map(move |n| CitationId::new(p, s, n))))
            .collect();
        let hasher = FastHash::default();
        let hashes: HashSet<u64> = ids.iter().map(|id| hasher.hash_one(id)).collect();
        assert_eq!(hashes.len(), ids.len());
        let map: CitationMap<usize> = ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
        assert_eq!(
            map[&CitationId::new(1, 2, 2)],
            ids.iter()
                .position(|&id| id == CitationId::new(1, 2, 2))
                .unwrap()
        );
    }

    #[test]
    fn an_invalid_id_is_quoted_in_its_message() {
        let error = "1..2".parse::<CitationId>().unwrap_err();
        assert_eq!(error.to_string(), "not a citation id: \"1..2\"");
    }

    #[test]
    fn parses_and_displays_paragraph_ids() {
        let id: CitationId = "1.2.2".parse().unwrap();
        assert_eq!(id, CitationId::new(1, 2, 2));
        assert_eq!(id.to_string(), "1.2.2");
        assert_eq!(id.section_id().to_string(), "1.2");
    }

    #[test]
    fn rejects_malformed_ids() {
        for bad in [
            "",
            "1.2",
            "1.2.3.4",
            "1..2",
            "1.2.",
            "a.b.c",
            "-1.2.3",
            "+1.2.3",
            " 1.2.3",
            "999.1.1",
            "1.2.99999999",
        ] {
            assert!(
                bad.parse::<CitationId>().is_err(),
                "{bad:?} should be rejected"
            );
        }
        for bad in ["", "1", "1.2.3", "1.x", "300.1"] {
            assert!(
                bad.parse::<SectionId>().is_err(),
                "{bad:?} should be rejected"
            );
        }
    }

    #[test]
    fn serialises_as_a_string() {
        let id = CitationId::new(0, 0, 1);
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"0.0.1\"");
        let back: CitationId = serde_json::from_str("\"3.8.4\"").unwrap();
        assert_eq!(back, CitationId::new(3, 8, 4));
    }
}
