//! What `stats` and `search` print.

use report_core::indicators::Catalog;
use report_core::quantity::extract_report;
use report_core::{Report, SearchIndex, SearchResults, Stats};

/// Counts of the report, its indicators and its search index.
pub fn print_stats(
    report: &Report,
    catalog: &Catalog,
    charts: usize,
    json: bool,
) -> Result<(), String> {
    let stats = Stats::of(report);
    let numbers = extract_report(report);
    let derived = catalog.indicators.iter().filter(|i| i.is_derived()).count();
    let rows: [(&str, usize); 11] = [
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

/// Human-readable hits: id, score and snippet with matches in 【】.
pub fn print_hits(index: &SearchIndex, query: &str, results: &SearchResults) {
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
