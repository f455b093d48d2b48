//! Queries: whitespace separates terms; a quoted phrase stays one term
//! (with single spaces between its words in English).

use super::normalize::normalize_in;
use super::{Chinese, Language};

/// Longest query read, in characters; the rest of pasted junk is ignored.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most terms used from one query.
pub const MAX_TERMS: usize = 12;

/// A parsed query: its normalised terms, longest first so the rarest
/// filters candidates first, duplicates removed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub terms: Vec<String>,
    /// The query was cut to [`MAX_QUERY_CHARS`] or [`MAX_TERMS`].
    pub truncated: bool,
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '「' | '」' | '＂')
}

impl Query {
    /// The query's terms, normalised as Chinese text.
    pub fn parse(raw: &str) -> Self {
        Self::parse_in::<Chinese>(raw)
    }

    /// The query's terms, normalised as text in `L`.
    pub fn parse_in<L: Language>(raw: &str) -> Self {
        let truncated_chars = raw.chars().count() > MAX_QUERY_CHARS;
        let raw: String = raw.chars().take(MAX_QUERY_CHARS).collect();
        let mut pieces = Vec::new();
        let mut current = String::new();
        let mut quoted = false;
        for c in raw.chars() {
            if is_quote(c) {
                quoted = !quoted;
                pieces.push(std::mem::take(&mut current));
            } else if c.is_whitespace() && !quoted {
                pieces.push(std::mem::take(&mut current));
            } else {
                current.push(c);
            }
        }
        pieces.push(current);
        let mut terms: Vec<String> = Vec::new();
        for term in pieces
            .iter()
            .map(|piece| normalize_in::<L>(piece))
            .filter(|t| !t.is_empty())
        {
            if !terms.contains(&term) {
                terms.push(term);
            }
        }
        let truncated_terms = terms.len() > MAX_TERMS;
        terms.truncate(MAX_TERMS);
        terms.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
        Query {
            terms,
            truncated: truncated_chars || truncated_terms,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_whitespace_and_keeps_quoted_phrases() {
        assert_eq!(Query::parse("碳市场  交易").terms, ["碳市场", "交易"]);
        assert_eq!(Query::parse("\"PM 2.5\" 浓度").terms, ["pm2.5", "浓度"]);
        assert_eq!(Query::parse("“1+1+N”").terms, ["1+1+n"]);
        assert_eq!(Query::parse("碳市場\u{3000}VOCs").terms, ["vocs", "碳市场"]);
    }

    #[test]
    fn empty_and_duplicate_terms_disappear() {
        assert!(Query::parse("   ").is_empty());
        assert!(Query::parse("\"\"").is_empty());
        assert_eq!(Query::parse("碳 碳 碳").terms, ["碳"]);
    }

    #[test]
    fn long_queries_are_cut() {
        let query = Query::parse(&"碳 ".repeat(10_000));
        assert!(query.truncated);
        let many: String = (0..40).map(|i| format!("t{i} ")).collect();
        let query = Query::parse(&many);
        assert_eq!(query.terms.len(), MAX_TERMS);
        assert!(query.truncated);
    }
}
