//! `report`: validate, export and inspect the report data from the shell,
//! and draft the indicator catalog of a report that has none.
//! Exit codes: 0 success, 1 invalid data or unreadable files, 2 usage error.

#![allow(clippy::print_stdout)] // A CLI's output is its interface.

mod args;
mod load;
mod output;

use args::{parse_args, Command, USAGE};
use load::{
    load_all, load_in_language, load_report, locate, ChartSource, IndicatorSource, Loaded, ReportIn,
};
use report_core::indicators::{self, Catalog};
use report_core::report_folder::CATALOG_NAME;
use report_core::{report_json, Chinese, English, Stats};
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
            let files = locate(&inputs)?;
            let Loaded {
                report,
                roles,
                set_aside,
                catalog,
                charts,
                translations,
            } = load_all(&files)?;
            let stats = Stats::of(&report);
            println!(
                "{}: ok ({} parts, {} sections, {} paragraphs)",
                files.report.display(),
                stats.parts,
                stats.sections,
                stats.paragraphs
            );
            output::print_accounting(&files.report, &roles, &set_aside);
            if let Some(config) = &files.config {
                println!("{}: ok", config.display());
            }
            let unreviewed = catalog.indicators.iter().filter(|i| !i.reviewed).count();
            match &files.indicators {
                IndicatorSource::File(path) => println!(
                    "{}: ok ({} indicators, {unreviewed} unreviewed, {} non-measures)",
                    path.display(),
                    catalog.indicators.len(),
                    catalog.non_measures.len()
                ),
                IndicatorSource::Draft { beside } => println!(
                    "{}: none, so drafted from the text: ok ({} figures found, all unreviewed{})",
                    beside.display(),
                    catalog.indicators.len(),
                    too_long(catalog.non_measures.len())
                ),
            }
            match &files.charts {
                ChartSource::File(path) => {
                    println!("{}: ok ({} charts)", path.display(), charts.len());
                }
                ChartSource::None { beside } => {
                    println!("{}: none, so no charts", beside.display())
                }
            }
            for (lang, translation) in &translations {
                let figures = catalog
                    .indicators
                    .iter()
                    .filter(|i| !i.is_derived())
                    .count();
                println!(
                    "{}: ok ({lang}: {} paragraphs, every one of {figures} figures in its paragraph)",
                    translation.file,
                    translation.paragraphs.len()
                );
            }
        }
        Command::Export { inputs, out } => {
            let located = locate(&inputs)?;
            let Loaded {
                report,
                catalog,
                charts,
                translations,
                ..
            } = load_all(&located)?;
            let text = std::fs::read_to_string(&located.report)
                .map_err(|e| format!("{}:1:1: cannot read: {e}", located.report.display()))?;
            let mut files = vec![
                ("report.json".to_owned(), report_json(&report)),
                // The text as published, beside the data read from it.
                ("report.zh.txt".to_owned(), text),
                (
                    "indicators.csv".to_owned(),
                    indicators::to_csv(&catalog.indicators),
                ),
                (
                    "indicators.json".to_owned(),
                    indicators::to_json(&catalog.indicators),
                ),
                (
                    "charts.json".to_owned(),
                    serde_json::to_string_pretty(&charts).map_err(|e| e.to_string())?,
                ),
            ];
            // Each translation with the shape and ids of report.json.
            for (lang, translation) in &translations {
                let translated = report_core::translation::translated_report(&report, translation);
                files.push((format!("report.{lang}.json"), report_json(&translated)));
            }
            write_all(&out, &files)?;
        }
        Command::Stats { inputs, json } => {
            let loaded = load_all(&locate(&inputs)?)?;
            output::print_stats(&loaded.report, &loaded.catalog, loaded.charts.len(), json)?;
        }
        Command::Search {
            inputs,
            query,
            json,
            lang,
        } => match load_in_language(&locate(&inputs)?, &lang)? {
            ReportIn::Chinese(report) => output::print_search::<Chinese>(&report, &query, json)?,
            ReportIn::English(report) => output::print_search::<English>(&report, &query, json)?,
        },
        Command::Init { report, out } => init(&report, &out)?,
        Command::Canonical { inputs } => {
            let report = load_report(&locate(&inputs)?)?.report;
            print!("{}", report_core::integrity::canonical_text(&report));
        }
    }
    Ok(())
}

/// Writes every file or none: each under a temporary name first, renamed
/// into place only once all are written, so that a failed write leaves no
/// half an export.
fn write_all(out: &Path, files: &[(String, String)]) -> Result<(), String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{}: cannot create: {e}", out.display()))?;
    let mut written = Vec::new();
    for (name, contents) in files {
        let partial = out.join(format!(".{name}.partial"));
        if let Err(e) = std::fs::write(&partial, contents) {
            for path in written.iter().chain([&partial]) {
                let _ = std::fs::remove_file(path);
            }
            return Err(format!("{}: cannot write: {e}", partial.display()));
        }
        written.push(partial);
    }
    for ((name, _), partial) in files.iter().zip(&written) {
        let path = out.join(name);
        std::fs::rename(partial, &path)
            .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

/// What a draft set aside: numbers with more digits than a value holds.
fn too_long(count: usize) -> String {
    match count {
        0 => String::new(),
        n => format!("; {n} numbers too long for a value set aside as non-measures"),
    }
}

/// `report init`: the draft catalog of the report at `report`, written to
/// `out/indicators.toml` unless a catalog is there already.
fn init(report: &Path, out: &Path) -> Result<(), String> {
    let target = out.join(CATALOG_NAME);
    if target.exists() {
        return Err(format!(
            "{}: already exists; init never overwrites a catalog (move it away or choose another --out)",
            target.display()
        ));
    }
    let files = locate(&args::Inputs {
        report: report.to_path_buf(),
        indicators: None,
        charts: None,
    })?;
    let report = load_report(&files)?.report;
    let draft = Catalog::drafted(&report, target.display().to_string());
    let text = draft.draft_toml(&report.meta.title);
    std::fs::create_dir_all(out).map_err(|e| format!("{}: cannot create: {e}", out.display()))?;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&target)
        .and_then(|mut file| std::io::Write::write_all(&mut file, text.as_bytes()))
        .map_err(|e| format!("{}: cannot write: {e}", target.display()))?;
    println!(
        "wrote {} ({} draft indicators, all unreviewed{})",
        target.display(),
        draft.indicators.len(),
        too_long(draft.non_measures.len())
    );
    println!(
        "curate it, then check it: report validate --report {} --indicators {}",
        files.report.display(),
        target.display()
    );
    Ok(())
}
