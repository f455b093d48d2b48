//! What `stats` and `search` print.

use report_core::indicators::Catalog;
use report_core::ingest::{LineRole, SetAside};
use report_core::quantity::extract_report;
use report_core::{Language, Report, SearchIndex, SearchResults, Stats};

/// Counts of the report, its indicators (unreviewed ones too) and its
/// search index.
pub fn print_stats(
    report: &Report,
    catalog: &Catalog,
    charts: usize,
    json: bool,
) -> Result<(), String> {
    let stats = Stats::of(report);
    let numbers = extract_report(report);
    let derived = catalog.indicators.iter().filter(|i| i.is_derived()).count();
    let unreviewed = catalog.indicators.iter().filter(|i| !i.reviewed).count();
    let rows: [(&str, usize); 12] = [
        ("parts", stats.parts),
        ("sections", stats.sections),
        ("paragraphs", stats.paragraphs),
        ("characters", stats.characters),
        ("numbers", numbers.len()),
        (
            "numbers_not_measures_by_rule",
            numbers.iter().filter(|q| q.not_a_measure.is_some()).count(),
        ),
        ("indicators", catalog.indicators.len()),
        ("indicators_derived", derived),
        ("indicators_unreviewed", unreviewed),
        ("non_measures_listed", catalog.non_measures.len()),
        ("charts", charts),
        (
            "search_index_bytes",
            SearchIndex::build(report).heap_bytes(),
        ),
    ];
    if json {
        let object: serde_json::Map<String, serde_json::Value> = rows
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).into()))
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&object).map_err(|e| e.to_string())?
        );
    } else {
        for (name, value) in rows {
            println!("{name:<30} {value}");
        }
    }
    Ok(())
}

/// The hits of `query` in `report`, a text in `L`, best first: as JSON,
/// or as [`print_hits`] has them.
pub fn print_search<L: Language>(report: &Report, query: &str, json: bool) -> Result<(), String> {
    let index = SearchIndex::<L>::build_in(report);
    let results = index.search(query);
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&results.hits).map_err(|e| e.to_string())?
        );
    } else {
        print_hits(&index, query, &results);
    }
    Ok(())
}

/// Human-readable hits: id, score and snippet with matches in 【】.
fn print_hits<L: Language>(index: &SearchIndex<L>, query: &str, results: &SearchResults) {
    if results.hits.is_empty() {
        println!("no paragraph contains {query:?}");
        for suggestion in index.suggest(query) {
            println!("  try {:?} ({} hits)", suggestion.text, suggestion.hits);
        }
        return;
    }
    println!("{} paragraphs", results.hits.len());
    for hit in &results.hits {
        let mut marked = String::new();
        for (i, c) in hit.snippet.chars().enumerate() {
            if hit.ranges.iter().any(|&(start, _)| start == i) {
                marked.push('【');
            }
            marked.push(c);
            if hit.ranges.iter().any(|&(_, end)| end == i + 1) {
                marked.push('】');
            }
        }
        println!(
            "§{:<8} {:>3}  {}",
            hit.paragraph.to_string(),
            hit.score,
            marked
        );
    }
}

/// What became of every non-blank line of the text, and each line set
/// aside with why.
pub fn print_accounting(
    report: &std::path::Path,
    roles: &[(usize, LineRole)],
    set_aside: &[SetAside],
) {
    let count = |wanted: &[LineRole]| roles.iter().filter(|(_, r)| wanted.contains(r)).count();
    println!(
        "{}: all {} non-blank lines accounted for: {} metadata, {} headings, {} paragraphs ({} opening on a heading's line), {} set aside",
        report.display(),
        roles.len(),
        count(&[LineRole::Metadata]),
        count(&[LineRole::Heading, LineRole::HeadingAndParagraph]),
        count(&[LineRole::Paragraph, LineRole::HeadingAndParagraph]),
        count(&[LineRole::HeadingAndParagraph]),
        count(&[LineRole::SetAside]),
    );
    for line in set_aside {
        println!(
            "{}:{}:1: set aside {:?}: {}",
            report.display(),
            line.line,
            line.text,
            line.reason
        );
    }
}
