//! Quote and dash variants unified for search. Its own file because
//! `build.rs` uses it too, to know which characters a normalised text holds.

/// The one form search gives every quote and dash variant.
pub(crate) fn unify_punctuation(c: char) -> char {
    match c {
        '“' | '”' | '„' | '‟' | '「' | '」' | '『' | '』' | '〝' | '〞' | '«' | '»' => {
            '"'
        }
        '‘' | '’' | '‚' | '‛' | '′' => '\'',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '﹣' => '-',
        other => other,
    }
}
