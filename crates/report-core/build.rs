//! Writes the two folding tables that search normalisation uses.
//!
//! Full NFKC tables weigh about 60 KB gzip in the wasm bundle, a third of the
//! app's first-load budget. Search only needs the folds a Chinese report or a
//! query typed with a Chinese input method can contain, so the table holds
//! NFKC for the Unicode blocks listed in `FOLDED_BLOCKS`, computed here from
//! the real NFKC data; `normalize.rs` tests that the table agrees with it.
//!
//! Traditional → simplified folding is fast2s's character table, read here
//! by converting every BMP character on its own (its only use in search) and
//! written as the gaps between the traditional characters and a `u16` array
//! of their simplified forms: in the wasm they weigh a fifth of fast2s's
//! serialised map, and they need neither its deserialiser nor its hash maps.
//!
//! Both tables are stored compactly and expanded once, at first use, into
//! sorted arrays for binary search (`normalize.rs`).
//!
//! A build for one report can name its text in `REPORT_CORE_SEARCH_CORPUS`
//! (paths, separated as in `PATH`; the app's release build does). The tables
//! then keep only the folds that can lead to a character of that text: a
//! query character whose every form is missing from the text matches
//! nothing whether it is folded or not, so every search, suggestion and
//! highlight stays the same, and the wasm carries about a fifth of the
//! traditional characters and of the compatibility ideographs.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::PathBuf;
use unicode_normalization::UnicodeNormalization;

#[path = "src/search/punctuation.rs"]
mod punctuation;

/// Names the text a build's search tables are cut to (see above).
const CORPUS_VAR: &str = "REPORT_CORE_SEARCH_CORPUS";

/// Blocks with compatibility forms that occur in Chinese text.
const FOLDED_BLOCKS: &[(u32, u32)] = &[
    (0x00A0, 0x00FF),   // Latin-1: no-break space, ², ½
    (0x2000, 0x218F),   // punctuation, super/subscripts, ℃ №, Ⅳ
    (0x2460, 0x24FF),   // ① ⑴ ⒈
    (0x2E80, 0x2FDF),   // CJK and Kangxi radicals
    (0x3000, 0x33FF),   // ideographic space, ㈠ ㊣, ㎡ ㎏ ㎞
    (0xF900, 0xFAFF),   // CJK compatibility ideographs
    (0xFB00, 0xFB06),   // ﬁ ﬂ ligatures
    (0xFE10, 0xFE6F),   // vertical, CJK compatibility and small forms
    (0xFF00, 0xFFEF),   // full-width and half-width forms
    (0x1F100, 0x1F2FF), // enclosed alphanumerics and ideographs supplement
    (0x2F800, 0x2FA1F), // CJK compatibility ideographs supplement
];

fn main() {
    let corpus = search_corpus();
    let keep = |c: char| {
        corpus
            .as_ref()
            .is_none_or(|corpus| forms(c).iter().any(|form| corpus.contains(form)))
    };
    // Runs of consecutive characters, their folds' lengths and the folds:
    // in the wasm these weigh under half of a sorted array of every folded
    // character with its fold's offset (gzip does little with either).
    let mut runs: Vec<(u32, u16)> = Vec::new();
    let mut lengths = String::new();
    let mut values = String::new();
    for &(first, last) in FOLDED_BLOCKS {
        for code in first..=last {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let folded: String = std::iter::once(c).nfkc().collect();
            if folded.chars().eq(std::iter::once(c)) || !keep(c) {
                continue;
            }
            match runs.last_mut() {
                Some((start, count)) if *start + u32::from(*count) == code => *count += 1,
                _ => runs.push((code, 1)),
            }
            write!(lengths, "{},", folded.len()).expect("write to String");
            values.push_str(&folded);
        }
    }
    let runs: String = runs
        .iter()
        .map(|(start, count)| format!("({start:#x},{count}),"))
        .collect();
    let source = format!(
        "/// Runs of consecutive characters with a compatibility fold, ascending:\n\
         /// first character and length.\n\
         static FOLDED_RUNS: &[(u32, u16)] = &[{runs}];\n\
         /// The byte length of each character's fold, in character order.\n\
         static FOLD_LENGTHS: &[u8] = &[{lengths}];\n\
         /// The folds, one after the other.\n\
         static FOLDS: &str = {values:?};\n\
         /// The blocks folded, first and last character of each.\n\
         #[cfg(test)]\n\
         static FOLDED_BLOCKS: &[(u32, u32)] = &{FOLDED_BLOCKS:?};\n"
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("compatibility_folds.rs"), source).expect("write table");
    std::fs::write(out.join("simplified_chars.rs"), simplified_table(keep)).expect("write table");
    std::fs::write(out.join("lowercase.rs"), lowercase_table()).expect("write table");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/search/punctuation.rs");
}

/// Every form of every character in the files `REPORT_CORE_SEARCH_CORPUS`
/// names, or `None` when it is not set.
fn search_corpus() -> Option<BTreeSet<char>> {
    println!("cargo::rerun-if-env-changed={CORPUS_VAR}");
    let paths = std::env::var_os(CORPUS_VAR)?;
    let mut chars = BTreeSet::new();
    for path in std::env::split_paths(&paths) {
        println!("cargo::rerun-if-changed={}", path.display());
        for file in corpus_files(&path) {
            let text = std::fs::read_to_string(&file)
                .unwrap_or_else(|error| panic!("{CORPUS_VAR}: {}: {error}", file.display()));
            chars.extend(text.chars());
        }
    }
    Some(chars.into_iter().flat_map(forms).collect())
}

/// A corpus path's files: the file itself, or a report folder's texts
/// (`*.txt`) and translations (`report.en.toml`), whose text the app also
/// searches.
fn corpus_files(path: &std::path::Path) -> Vec<PathBuf> {
    if !path.is_dir() {
        return vec![path.to_path_buf()];
    }
    let entries = std::fs::read_dir(path)
        .unwrap_or_else(|error| panic!("{CORPUS_VAR}: {}: {error}", path.display()));
    entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|file| {
            let name = file
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or_default();
            name.ends_with(".txt")
                || (name.starts_with("report.") && name.ends_with(".toml") && name != "report.toml")
        })
        .collect()
}

/// `c` and every character search normalisation could turn it into: the
/// characters of its NFKC form, and their lower case, unified punctuation
/// and simplified form, in any order and combination. More than
/// `normalize.rs` ever produces, never less, so a table cut by it loses no
/// fold a search could need.
fn forms(c: char) -> BTreeSet<char> {
    let mut forms = BTreeSet::from([c]);
    let mut todo = vec![c];
    while let Some(form) = todo.pop() {
        let next = std::iter::once(form)
            .nfkc()
            .chain(form.to_lowercase())
            .chain([punctuation::unify_punctuation(form), simplify(form)]);
        for next in next {
            if forms.insert(next) {
                todo.push(next);
            }
        }
    }
    forms
}

/// fast2s's simplified form of `c` on its own.
fn simplify(c: char) -> char {
    let mut buffer = [0u8; 4];
    let converted = fast2s::convert(c.encode_utf8(&mut buffer));
    let mut chars = converted.chars();
    match (chars.next(), chars.next()) {
        (Some(to), None) => to,
        _ => panic!("fast2s turned U+{:04X} into {converted:?}", u32::from(c)),
    }
}

/// Blocks whose letters search folds to lower case: the scripts a Chinese
/// report quotes (Latin, Greek, Cyrillic), and the letter-like symbols,
/// enclosed and full-width forms that can remain after the NFKC folds.
const CASED_BLOCKS: &[(u32, u32)] = &[
    (0x00C0, 0x024F), // Latin-1 letters, Latin Extended-A and -B
    (0x0370, 0x052F), // Greek, Cyrillic, Cyrillic Supplement
    (0x1E00, 0x1FFF), // Latin Extended Additional, Greek Extended
    (0x2100, 0x218F), // letter-like symbols, Roman numerals
    (0x2460, 0x24FF), // circled letters
    (0xFF00, 0xFFEF), // full-width letters
];

/// Lower case in `CASED_BLOCKS`, as `char::to_lowercase` has it, written as
/// runs of letters that sit a fixed step apart and map a fixed distance
/// away (`A`–`Z` +32, `Ā` `Ă` `Ą`… +1): a few hundred bytes where the
/// standard library's table for all of Unicode takes about 11 KB of wasm.
fn lowercase_table() -> String {
    // (first, count, step, distance)
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    let mut long = String::new();
    for &(first, last) in CASED_BLOCKS {
        for code in first..=last {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let lower: Vec<char> = c.to_lowercase().collect();
            if lower.len() > 1 {
                let lower: String = lower.into_iter().collect();
                write!(long, "('\\u{{{code:x}}}', {lower:?}),").expect("write to String");
                continue;
            }
            if lower[0] == c {
                continue;
            }
            let distance = i64::from(u32::from(lower[0])) - i64::from(code);
            match runs.last_mut() {
                Some((start, count, step, d))
                    if *d == distance
                        && *count < 255
                        && (code == *start + *count * *step
                            || (*count == 1 && code == *start + 2)) =>
                {
                    if *count == 1 {
                        *step = code - *start;
                    }
                    *count += 1;
                }
                _ => runs.push((code, 1, 1, distance)),
            }
        }
    }
    let runs: String = runs
        .iter()
        .map(|(first, count, step, distance)| format!("({first:#x},{count},{step},{distance}),"))
        .collect();
    format!(
        "/// Runs of letters with a one-letter lower case: first letter, number\n\
         /// of letters, step between them, distance to their lower case.\n\
         static LOWERCASE_RUNS: &[(u16, u8, u8, i16)] = &[{runs}];\n\
         /// Letters whose lower case is more than one character.\n\
         static LOWERCASE_LONG: &[(char, &str)] = &[{long}];\n\
         /// The blocks with lower case, first and last character of each.\n\
         #[cfg(test)]\n\
         static CASED_BLOCKS: &[(u32, u32)] = &{CASED_BLOCKS:?};\n"
    )
}

/// Every BMP character fast2s simplifies (and `keep` keeps), as gaps from
/// one to the next, and what to; all of them take three bytes in UTF-8, the
/// only characters fast2s converts. The gaps are bytes unless a cut table
/// spaces its characters further apart.
fn simplified_table(keep: impl Fn(char) -> bool) -> String {
    let mut traditional: Vec<u16> = Vec::new();
    let mut simplified = String::new();
    for code in 0x0800..=0xFFFF_u32 {
        let Some(c) = char::from_u32(code) else {
            continue;
        };
        let to = simplify(c);
        if to == c || !keep(c) {
            continue;
        }
        let to = u16::try_from(u32::from(to)).expect("fast2s simplifies within the BMP");
        traditional.push(u16::try_from(code).expect("a BMP character"));
        write!(simplified, "{to:#x},").expect("write to String");
    }
    let first = traditional.first().copied().unwrap_or(0);
    let gaps: Vec<u16> = traditional
        .windows(2)
        .map(|pair| pair[1] - pair[0])
        .collect();
    let gap_type = if gaps.iter().all(|&gap| gap <= 0xFF) {
        "u8"
    } else {
        "u16"
    };
    let gaps: String = gaps.iter().map(|gap| format!("{gap},")).collect();
    format!(
        "/// The first traditional character with a simplified form, then the\n\
         /// distance from each such character to the next, ascending.\n\
         static TRADITIONAL_FIRST: u16 = {first:#x};\n\
         static TRADITIONAL_GAPS: &[{gap_type}] = &[{gaps}];\n\
         /// `SIMPLIFIED[i]` is the simplified form of the i-th traditional one.\n\
         static SIMPLIFIED: &[u16] = &[{simplified}];\n"
    )
}
