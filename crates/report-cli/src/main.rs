//! `report`: validate, export and inspect the report data from the shell.
//! Exit codes: 0 success, 1 invalid data or unreadable files, 2 usage error.

#![allow(clippy::print_stdout)] // A CLI's output is its interface.

mod args;
mod output;

use args::{parse_args, Command, Inputs, USAGE};
use report_core::charts::{self, parse_charts, ChartSpec};
use report_core::indicators::{self, parse_catalog, Catalog};
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
        Command::Validate { inputs } => {
            let (report, catalog, charts) = load_all(&inputs)?;
            let stats = Stats::of(&report);
            println!(
                "{}: ok ({} parts, {} sections, {} paragraphs)",
                inputs.report.display(),
                stats.parts,
                stats.sections,
                stats.paragraphs
            );
            println!(
                "{}: ok ({} indicators, {} non-measures)",
                inputs.indicators.display(),
                catalog.indicators.len(),
                catalog.non_measures.len()
            );
            println!("{}: ok ({} charts)", inputs.charts.display(), charts.len());
        }
        Command::Export { inputs, out } => {
            let (report, catalog, charts) = load_all(&inputs)?;
            std::fs::create_dir_all(&out)
                .map_err(|e| format!("{}: cannot create: {e}", out.display()))?;
            let files = [
                ("report.json", report_json(&report)),
                ("indicators.csv", indicators::to_csv(&catalog.indicators)),
                ("indicators.json", indicators::to_json(&catalog.indicators)),
                (
                    "charts.json",
                    serde_json::to_string_pretty(&charts).map_err(|e| e.to_string())?,
                ),
            ];
            for (name, contents) in files {
                let path = out.join(name);
                std::fs::write(&path, contents)
                    .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
                println!("wrote {}", path.display());
            }
        }
        Command::Stats { inputs, json } => {
            let (report, catalog, charts) = load_all(&inputs)?;
            output::print_stats(&report, &catalog, charts.len(), json)?;
        }
        Command::Search {
            inputs,
            query,
            json,
        } => {
            let report = load_report(&inputs.report)?;
            let index = SearchIndex::build(&report);
            let results = index.search(&query);
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&results.hits).map_err(|e| e.to_string())?
                );
            } else {
                output::print_hits(&index, &query, &results);
            }
        }
    }
    Ok(())
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}:1:1: cannot read: {e}", path.display()))
}

/// Reads and parses a report, turning every problem into `file:line:col: message` lines.
fn load_report(path: &Path) -> Result<Report, String> {
    let label = path.display().to_string();
    parse_report_bytes(&label, &read(path)?).map_err(|problems| problems.to_string())
}

/// The report, its validated indicator catalog and chart specs, or every
/// problem in them.
fn load_all(inputs: &Inputs) -> Result<(Report, Catalog, Vec<ChartSpec>), String> {
    let report = load_report(&inputs.report)?;
    let label = inputs.indicators.display().to_string();
    let bytes = read(&inputs.indicators)?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{label}:1:1: invalid UTF-8"))?;
    let catalog = parse_catalog(&label, &text).map_err(|problems| problems.to_string())?;
    let mut problems =
        indicators::validate(&catalog, &report, &inputs.report.display().to_string());
    let charts_label = inputs.charts.display().to_string();
    let charts_bytes = read(&inputs.charts)?;
    let charts_text = String::from_utf8(charts_bytes)
        .map_err(|_| format!("{charts_label}:1:1: invalid UTF-8"))?;
    let specs =
        parse_charts(&charts_label, &charts_text).map_err(|problems| problems.to_string())?;
    problems.extend(charts::validate_charts(
        &charts_label,
        &specs,
        &catalog.indicators,
        &report,
    ));
    if !problems.is_empty() {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return Err(lines.join("\n"));
    }
    Ok((
        report,
        catalog,
        specs.into_iter().map(|(spec, _)| spec).collect(),
    ))
}
