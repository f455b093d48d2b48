//! Normalisation applied alike to the text and the query, so that a match
//! ignores width, case, spacing, script and punctuation variants:
//!
//! 1. Unicode NFKC (full-width `ＰＭ２．５` → `PM2.5`, `㎡` → `m2`) for the
//!    blocks where Chinese text has compatibility forms (see `build.rs`;
//!    full NFKC tables would weigh more than the rest of the search code);
//! 2. lower case (`VOCs` → `vocs`) for the Latin, Greek and Cyrillic
//!    letters a Chinese report quotes (see `build.rs`);
//! 3. whitespace removed (`PM 2.5` → `pm2.5`); in English, where spaces
//!    separate words, each run of whitespace becomes one space instead,
//!    none at either end;
//! 4. quote and dash variants unified (`“` `”` `「` → `"`, `—` `–` → `-`);
//! 5. traditional → simplified Chinese (`碳市場` → `碳市场`), character by
//!    character with fast2s's table (see `build.rs`), so character counts
//!    never change and a substring converts the same wherever it stands.
//!
//! Each normalised character remembers the byte range of the original
//! character it came from, so matches map back to the text for highlighting.

use super::punctuation::unify_punctuation;
use super::{Chinese, Language};

include!(concat!(env!("OUT_DIR"), "/compatibility_folds.rs"));
include!(concat!(env!("OUT_DIR"), "/simplified_chars.rs"));
include!(concat!(env!("OUT_DIR"), "/lowercase.rs"));

/// The folding tables expanded for lookup, once.
struct Tables {
    /// Every character with a compatibility fold, ascending.
    folded_chars: Vec<u32>,
    /// `FOLDS[fold_starts[i]..fold_starts[i + 1]]` folds `folded_chars[i]`.
    fold_starts: Vec<u16>,
    /// Every traditional character with a simplified form, ascending.
    traditional: Vec<u16>,
}

static TABLES: std::sync::LazyLock<Tables> = std::sync::LazyLock::new(|| Tables {
    folded_chars: FOLDED_RUNS
        .iter()
        .flat_map(|&(first, count)| first..first + u32::from(count))
        .collect(),
    fold_starts: running_totals(0, FOLD_LENGTHS),
    traditional: running_totals(TRADITIONAL_FIRST, TRADITIONAL_GAPS),
});

/// `start`, then `start` plus each step in turn: the ascending values that
/// build.rs stored as the steps between them (bytes where every step fits).
fn running_totals<Step: Copy + Into<u16>>(start: u16, steps: &[Step]) -> Vec<u16> {
    std::iter::once(start)
        .chain(steps.iter().scan(start, |total, &step| {
            *total += step.into();
            Some(*total)
        }))
        .collect()
}

/// The NFKC fold of `c` when it has one in the folded blocks.
fn compatibility_fold(c: char) -> Option<&'static str> {
    let tables = &*TABLES;
    let index = tables.folded_chars.binary_search(&u32::from(c)).ok()?;
    let start = usize::from(tables.fold_starts[index]);
    let end = usize::from(tables.fold_starts[index + 1]);
    FOLDS.get(start..end)
}

/// One normalised character and the original bytes it stands for. Offsets
/// are `u32` because the index keeps one of these per character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    /// Byte offset of this character in the normalised string.
    pub normalized: u32,
    /// Byte range of the source character in the original text.
    pub start: u32,
    pub end: u32,
}

/// Traditional → simplified for one character, without context, so the
/// result never depends on the neighbours.
fn simplify(c: char) -> char {
    let Ok(code) = u16::try_from(u32::from(c)) else {
        return c;
    };
    TABLES
        .traditional
        .binary_search(&code)
        .ok()
        .and_then(|index| SIMPLIFIED.get(index))
        .and_then(|&simplified| char::from_u32(u32::from(simplified)))
        .unwrap_or(c)
}

/// Feeds the lower case of `c` to `push`: as `char::to_lowercase` has it
/// for ASCII and the letters of the cased blocks (`build.rs`), `c` itself
/// elsewhere.
fn lowercase(c: char, mut push: impl FnMut(char)) {
    if c.is_ascii() {
        return push(c.to_ascii_lowercase());
    }
    if let Some((_, long)) = LOWERCASE_LONG.iter().find(|(letter, _)| *letter == c) {
        return long.chars().for_each(push);
    }
    let code = u32::from(c);
    let run = LOWERCASE_RUNS
        .partition_point(|&(first, ..)| u32::from(first) <= code)
        .checked_sub(1)
        .map(|index| LOWERCASE_RUNS[index]);
    let lower = run.and_then(|(first, count, step, distance)| {
        let offset = code - u32::from(first);
        let in_run = offset % u32::from(step) == 0 && offset / u32::from(step) < u32::from(count);
        in_run
            .then(|| char::from_u32(code.wrapping_add_signed(i32::from(distance))))
            .flatten()
    });
    push(lower.unwrap_or(c));
}

/// Feeds the normalised characters of one source character to `push`.
fn normalize_char(c: char, mut push: impl FnMut(char)) {
    // Fast path: plain ASCII needs only case folding and spacing.
    if c.is_ascii() {
        if !c.is_ascii_whitespace() {
            push(c.to_ascii_lowercase());
        }
        return;
    }
    let finish = |c: char, push: &mut dyn FnMut(char)| {
        lowercase(c, |lower| {
            if !lower.is_whitespace() {
                push(simplify(unify_punctuation(lower)));
            }
        });
    };
    // CJK Unified Ideographs have no decompositions, no case and no
    // variants to unify: only the script folding applies.
    if ('\u{4e00}'..='\u{9fff}').contains(&c) {
        push(simplify(c));
        return;
    }
    // Most other characters are already in NFKC too; only the rest pay for
    // decomposition and recomposition.
    match compatibility_fold(c) {
        Some(folded) => folded.chars().for_each(|f| finish(f, &mut push)),
        None => finish(c, &mut push),
    }
}

/// Feeds each normalised character of `text` to `push` with the byte
/// range of the source character it came from.
fn normalize_each<L: Language>(text: &str, mut push: impl FnMut(char, usize, usize)) {
    // In English, the first whitespace character of a run not yet written,
    // written as one space once a character follows it. Chinese never sets
    // it, so its code compiles away there.
    let mut space = None;
    let mut written = false;
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        if L::KEEPS_SPACES && c.is_whitespace() {
            space = space.or(Some((start, end)));
            continue;
        }
        normalize_char(c, |n| {
            if let Some((space_start, space_end)) = space.take().filter(|_| written) {
                push(' ', space_start, space_end);
            }
            written = true;
            push(n, start, end);
        });
    }
}

/// The normalised form of `text`, as Chinese text.
pub fn normalize(text: &str) -> String {
    normalize_in::<Chinese>(text)
}

/// The normalised form of `text`, a text in `L`.
pub fn normalize_in<L: Language>(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_each::<L>(text, |n, _, _| out.push(n));
    out
}

/// The normalised form of `text`, as Chinese text, with the origin of every
/// normalised character.
pub fn normalize_with_origins(text: &str) -> (String, Vec<Origin>) {
    normalize_with_origins_in::<Chinese>(text)
}

/// The normalised form of `text`, a text in `L`, with the origin of every
/// normalised character.
pub fn normalize_with_origins_in<L: Language>(text: &str) -> (String, Vec<Origin>) {
    let mut out = String::with_capacity(text.len());
    let mut origins = Vec::with_capacity(text.len() / 2);
    normalize_each::<L>(text, |n, start, end| {
        // Paragraphs are far below 4 GiB, so the offsets fit.
        origins.push(Origin {
            normalized: out.len() as u32,
            start: start as u32,
            end: end as u32,
        });
        out.push(n);
    });
    (out, origins)
}

/// Maps a byte range of the normalised string back to a byte range of the
/// original text; `None` for an empty or misaligned range.
pub fn original_range(
    origins: &[Origin],
    normalized: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    let first = origins
        .binary_search_by_key(&normalized.start, |o| o.normalized as usize)
        .ok()?;
    let last = origins
        .partition_point(|o| (o.normalized as usize) < normalized.end)
        .checked_sub(1)?;
    (last >= first).then(|| origins[first].start as usize..origins[last].end as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_width_to_half_width() {
        assert_eq!(normalize("ＰＭ２．５"), "pm2.5");
        assert_eq!(normalize("（一）"), "(一)");
        assert_eq!(normalize("１０％"), "10%");
    }

    #[test]
    fn folds_case() {
        assert_eq!(normalize("VOCs EOD COP29"), "vocseodcop29");
        assert_eq!(normalize("ÉCOLE"), "école");
    }

    #[test]
    fn removes_whitespace_of_every_kind() {
        assert_eq!(normalize("PM 2.5"), "pm2.5");
        assert_eq!(normalize("碳\u{3000}市场\t交易\n"), "碳市场交易");
        assert_eq!(normalize("a\u{a0}b"), "ab");
    }

    #[test]
    fn folds_traditional_to_simplified() {
        assert_eq!(normalize("碳市場"), "碳市场");
        assert_eq!(normalize("生態環境"), "生态环境");
        assert_eq!(normalize("藍天保衛戰"), "蓝天保卫战");
        // Already simplified text is unchanged.
        assert_eq!(normalize("蓝天保卫战加力推进。"), "蓝天保卫战加力推进。");
    }

    #[test]
    fn unifies_quotes_and_dashes() {
        assert_eq!(normalize("“1+1+N”"), "\"1+1+n\"");
        assert_eq!(normalize("「1+1+N」"), "\"1+1+n\"");
        assert_eq!(normalize("——在"), "--在");
        assert_eq!(normalize("2024–2025"), "2024-2025");
    }

    #[test]
    fn applies_compatibility_forms() {
        assert_eq!(normalize("㎡"), "m2");
        assert_eq!(normalize("①"), "1");
    }

    #[test]
    fn origins_map_matches_back_to_the_original() {
        let text = "细颗粒物(PM 2.5)平均浓度";
        let (normalized, origins) = normalize_with_origins(text);
        let start = normalized.find("pm2.5").unwrap();
        let range = original_range(&origins, start..start + "pm2.5".len()).unwrap();
        assert_eq!(&text[range], "PM 2.5");
        assert_eq!(original_range(&origins, 0..0), None);
    }

    #[test]
    fn folds_compatibility_forms_common_in_chinese_text() {
        assert_eq!(normalize("120㎡"), "120m2");
        assert_eq!(normalize("①⑵"), "1(2)");
        assert_eq!(normalize("⼀㈠"), "一(一)");
        assert_eq!(normalize("１０℃"), "10°c");
    }

    #[test]
    fn folding_table_agrees_with_nfkc_in_every_folded_block() {
        use unicode_normalization::UnicodeNormalization;
        let mut folded = 0;
        for code in FOLDED_BLOCKS.iter().flat_map(|&(first, last)| first..=last) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let nfkc: String = std::iter::once(c).nfkc().collect();
            let expected = (nfkc != c.to_string()).then_some(nfkc.as_str());
            assert_eq!(compatibility_fold(c), expected, "U+{code:04X}");
            folded += usize::from(expected.is_some());
        }
        assert!(folded > 1_500, "only {folded} folds");
    }

    #[test]
    fn lowercase_table_agrees_with_the_standard_library_in_every_cased_block() {
        for &(first, last) in CASED_BLOCKS.iter().chain(&[(0, 0x7f)]) {
            for c in (first..=last).filter_map(char::from_u32) {
                let mut ours = String::new();
                lowercase(c, |lower| ours.push(lower));
                let std: String = c.to_lowercase().collect();
                assert_eq!(ours, std, "U+{:04X}", u32::from(c));
            }
        }
    }

    #[test]
    fn lowercase_covers_the_scripts_a_chinese_report_quotes() {
        assert_eq!(
            normalize("ÉCOLE Ωμέγα МОСКВА İ"),
            "écoleωμέγαмоскваi\u{307}"
        );
        // Beyond the cased blocks letters keep their case: Armenian here.
        assert_eq!(normalize("Ա"), "Ա");
    }

    #[test]
    fn simplified_table_agrees_with_fast2s_for_every_character() {
        let mut buffer = [0u8; 4];
        let mut simplified = 0;
        for c in ('\0'..=char::MAX).filter(|c| c.len_utf8() == 3) {
            let expected = fast2s::convert(c.encode_utf8(&mut buffer));
            assert_eq!(simplify(c).to_string(), expected, "U+{:04X}", u32::from(c));
            simplified += usize::from(expected != c.to_string());
        }
        assert!(simplified > 2_500, "only {simplified} simplified");
    }
}
