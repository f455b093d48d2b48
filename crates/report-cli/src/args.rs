//! Command-line parsing: small and strict, so that every mistake is a usage
//! error (exit 2) with a message, never a silently ignored flag.

use std::path::PathBuf;

pub const USAGE: &str = "\
usage: report <command> [options]

commands:
  validate [--report FILE]             check the report text; problems as file:line:col: message
  export --out DIR [--report FILE]     write DIR/report.json
  stats [--json] [--report FILE]       count parts, sections, paragraphs and characters
  search QUERY [--json] [--report FILE] search as the app does; hits best first
  help                                 show this help";

/// The report bundled with the project, relative to the workspace root.
pub const DEFAULT_REPORT: &str = "data/2025-national-eco-env-work-report.zh.txt";

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Validate {
        report: PathBuf,
    },
    Export {
        report: PathBuf,
        out: PathBuf,
    },
    Stats {
        report: PathBuf,
        json: bool,
    },
    Search {
        report: PathBuf,
        query: String,
        json: bool,
    },
    Help,
}

/// Parses the arguments after the program name.
pub fn parse_args(args: &[String]) -> Result<Command, String> {
    let (name, rest) = args.split_first().ok_or("missing command")?;
    let mut report = None;
    let mut out = None;
    let mut json = false;
    let mut words: Vec<&str> = Vec::new();
    let mut iter = rest.iter();
    while let Some(arg) = iter.next() {
        let mut value = |flag: &str| {
            iter.next()
                .map(PathBuf::from)
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match arg.as_str() {
            "--report" => report = Some(value("--report")?),
            "--out" if name == "export" => out = Some(value("--out")?),
            "--json" if name == "stats" || name == "search" => json = true,
            word if name == "search" && !word.starts_with("--") => words.push(word),
            other => return Err(format!("unexpected argument {other:?} for {name}")),
        }
    }
    let report = report.unwrap_or_else(default_report);
    match name.as_str() {
        "validate" => Ok(Command::Validate { report }),
        "export" => Ok(Command::Export {
            report,
            out: out.ok_or("export needs --out DIR")?,
        }),
        "stats" => Ok(Command::Stats { report, json }),
        "search" if words.is_empty() => Err("search needs a QUERY".into()),
        "search" => Ok(Command::Search {
            report,
            query: words.join(" "),
            json,
        }),
        "help" | "--help" | "-h" => Ok(Command::Help),
        other => Err(format!("unknown command {other:?}")),
    }
}

/// The bundled report: relative to the current directory when run from the
/// workspace root, else next to this crate's sources.
fn default_report() -> PathBuf {
    let relative = PathBuf::from(DEFAULT_REPORT);
    if relative.exists() {
        return relative;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(DEFAULT_REPORT)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_each_command() {
        assert_eq!(
            parse_args(&args(&["validate", "--report", "x.txt"])),
            Ok(Command::Validate {
                report: "x.txt".into()
            })
        );
        assert_eq!(
            parse_args(&args(&["export", "--out", "dist", "--report", "r"])),
            Ok(Command::Export {
                report: "r".into(),
                out: "dist".into()
            })
        );
        assert!(matches!(
            parse_args(&args(&["stats", "--json"])),
            Ok(Command::Stats { json: true, .. })
        ));
    }

    #[test]
    fn rejects_misuse() {
        for bad in [
            &[][..],
            &["frobnicate"],
            &["export"],
            &["validate", "--report"],
            &["validate", "--json"],
            &["stats", "--out", "x"],
        ] {
            assert!(parse_args(&args(bad)).is_err(), "{bad:?}");
        }
    }
}
