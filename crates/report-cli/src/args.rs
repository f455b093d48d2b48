//! Command-line parsing: small and strict, so that every mistake is a usage
//! error (exit 2) with a message, never a silently ignored flag.

use std::path::PathBuf;

pub const USAGE: &str = "\
usage: report <command> [options]

commands:
  validate                 check the report text, the indicator catalog and the charts;
                           problems as file:line:col: message
  export --out DIR         write report.json, indicators.csv, indicators.json, charts.json
  stats [--json]           count parts, sections, paragraphs, characters, indicators
  search QUERY [--json]    search as the app does; hits best first
  help                     show this help

options of every command:
  --report FILE            the report text (default: the bundled report)
  --indicators FILE        the indicator catalog (default: data/indicators.toml)
  --charts FILE            the chart specs (default: data/charts.toml)";

/// The report bundled with the project, relative to the workspace root.
pub const DEFAULT_REPORT: &str = "data/2025-national-eco-env-work-report.zh.txt";
/// The indicator catalog, relative to the workspace root.
pub const DEFAULT_INDICATORS: &str = "data/indicators.toml";
/// The chart specs, relative to the workspace root.
pub const DEFAULT_CHARTS: &str = "data/charts.toml";

/// The data files a command reads.
#[derive(Debug, PartialEq, Eq)]
pub struct Inputs {
    pub report: PathBuf,
    pub indicators: PathBuf,
    pub charts: PathBuf,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Validate {
        inputs: Inputs,
    },
    Export {
        inputs: Inputs,
        out: PathBuf,
    },
    Stats {
        inputs: Inputs,
        json: bool,
    },
    Search {
        inputs: Inputs,
        query: String,
        json: bool,
    },
    Help,
}

/// Parses the arguments after the program name.
pub fn parse_args(args: &[String]) -> Result<Command, String> {
    let (name, rest) = args.split_first().ok_or("missing command")?;
    let mut report = None;
    let mut indicators = None;
    let mut charts = None;
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
            "--indicators" => indicators = Some(value("--indicators")?),
            "--charts" => charts = Some(value("--charts")?),
            "--out" if name == "export" => out = Some(value("--out")?),
            "--json" if name == "stats" || name == "search" => json = true,
            word if name == "search" && !word.starts_with("--") => words.push(word),
            other => return Err(format!("unexpected argument {other:?} for {name}")),
        }
    }
    let inputs = Inputs {
        report: report.unwrap_or_else(|| bundled(DEFAULT_REPORT)),
        indicators: indicators.unwrap_or_else(|| bundled(DEFAULT_INDICATORS)),
        charts: charts.unwrap_or_else(|| bundled(DEFAULT_CHARTS)),
    };
    match name.as_str() {
        "validate" => Ok(Command::Validate { inputs }),
        "export" => Ok(Command::Export {
            inputs,
            out: out.ok_or("export needs --out DIR")?,
        }),
        "stats" => Ok(Command::Stats { inputs, json }),
        "search" if words.is_empty() => Err("search needs a QUERY".into()),
        "search" => Ok(Command::Search {
            inputs,
            query: words.join(" "),
            json,
        }),
        "help" | "--help" | "-h" => Ok(Command::Help),
        other => Err(format!("unknown command {other:?}")),
    }
}

/// A bundled data file: relative to the current directory when run from the
/// workspace root, else next to this crate's sources.
fn bundled(path: &str) -> PathBuf {
    let relative = PathBuf::from(path);
    if relative.exists() {
        return relative;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_each_command() {
        assert!(matches!(
            parse_args(&args(&["validate", "--report", "x.txt", "--indicators", "i.toml"])),
            Ok(Command::Validate { inputs }) if inputs.report.ends_with("x.txt") && inputs.indicators.ends_with("i.toml")
        ));
        assert!(matches!(
            parse_args(&args(&["export", "--out", "dist", "--report", "r"])),
            Ok(Command::Export { out, .. }) if out.ends_with("dist")
        ));
        assert!(matches!(
            parse_args(&args(&["stats", "--json"])),
            Ok(Command::Stats { json: true, .. })
        ));
        assert!(matches!(
            parse_args(&args(&["search", "碳市场", "交易", "--json"])),
            Ok(Command::Search { json: true, ref query, .. }) if query == "碳市场 交易"
        ));
    }

    #[test]
    fn rejects_misuse() {
        let cases: [&[&str]; 8] = [
            &[],
            &["frobnicate"],
            &["export"],
            &["validate", "--report"],
            &["validate", "--json"],
            &["stats", "--out", "x"],
            &["search"],
            &["search", "--json"],
        ];
        for bad in cases {
            assert!(parse_args(&args(bad)).is_err(), "{bad:?}");
        }
    }
}
