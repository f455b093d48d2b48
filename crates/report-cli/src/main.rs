//! `report`: validate, export and inspect the report data from the shell.
//! Exit codes: 0 success, 1 invalid data or unreadable files, 2 usage error.

#![allow(clippy::print_stdout)] // A CLI's output is its interface.

mod args;

use args::{parse_args, Command, USAGE};
use report_core::{parse_report_bytes, report_json, Report, SearchIndex, Stats};
use std::path::Path;
use std::process::ExitCode;

const INVALID: u8 = 1;
const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match parse_args(&args) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("report: {message}\n\n{USAGE}");
            return ExitCode::from(USAGE_ERROR);
        }
    };
    match run(command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(INVALID)
        }
    }
}

fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Help => println!("{USAGE}"),
        Command::Validate { report } => {
            let parsed = load(&report)?;
            let stats = Stats::of(&parsed);
            println!(
                "{}: ok ({} parts, {} sections, {} paragraphs)",
                report.display(),
                stats.parts,
                stats.sections,
                stats.paragraphs
            );
        }
        Command::Export { report, out } => {
            let parsed = load(&report)?;
            std::fs::create_dir_all(&out)
                .map_err(|e| format!("{}: cannot create: {e}", out.display()))?;
            let path = out.join("report.json");
            std::fs::write(&path, report_json(&parsed))
                .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
            println!("wrote {}", path.display());
        }
        Command::Stats { report, json } => {
            let parsed = load(&report)?;
            let stats = Stats::of(&parsed);
            let index_bytes = SearchIndex::build(&parsed).heap_bytes();
            if json {
                let mut value = serde_json::to_value(&stats).map_err(|e| e.to_string())?;
                value["search_index_bytes"] = index_bytes.into();
                println!(
                    "{}",
                    serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?
                );
            } else {
                println!("parts               {}", stats.parts);
                println!("sections            {}", stats.sections);
                println!("paragraphs          {}", stats.paragraphs);
                println!("characters          {}", stats.characters);
                println!("search index bytes  {index_bytes}");
            }
        }
        Command::Search {
            report,
            query,
            json,
        } => {
            let parsed = load(&report)?;
            let index = SearchIndex::build(&parsed);
            let results = index.search(&query);
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&results.hits).map_err(|e| e.to_string())?
                );
            } else {
                print_hits(&index, &query, &results);
            }
        }
    }
    Ok(())
}

/// Human-readable hits: id, score, section and snippet with matches in 【】.
fn print_hits(index: &SearchIndex, query: &str, results: &report_core::SearchResults) {
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

/// Reads and parses a report, turning every problem into `file:line:col: message` lines.
fn load(path: &Path) -> Result<Report, String> {
    let label = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| format!("{label}:1:1: cannot read: {e}"))?;
    parse_report_bytes(&label, &bytes).map_err(|problems| problems.to_string())
}
