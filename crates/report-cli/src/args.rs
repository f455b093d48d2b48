//! Command-line parsing: small and strict, so that every mistake is a usage
//! error (exit 2) with a message, never a silently ignored flag.

use std::path::PathBuf;

pub const USAGE: &str = "\
usage: report <command> [options]

commands:
  validate                 check the report text, the indicator catalog and the charts;
                           problems as file:line:col: message
  export --out DIR         write report.json, report.zh.txt, indicators.csv, indicators.json,
                           charts.json and report.<lang>.json for each translation
  stats [--json]           count parts, sections, paragraphs, characters, indicators
  search QUERY [--json] [--lang LANG]
                           search as the app does; hits best first; --lang zh (default)
                           searches the report's text, --lang en its English
                           translation (report.en.toml beside the text)
  init --out DIR           write DIR/indicators.toml, a draft catalog to curate: every
                           figure of the text, unreviewed (never overwrites a catalog)
  canonical                print the text in the canonical form the app checks what it
                           shows against: `report canonical | sha256sum` gives the
                           footer's text fingerprint
  help                     show this help

options:
  --report PATH            the report text, or a folder holding it as report.zh.txt or
                           as its only *.zh.txt file (default: the bundled report)
  --indicators FILE        the indicator catalog (default: indicators.toml beside the
                           report text; without one, every figure found, unreviewed)
  --charts FILE            the chart specs (default: charts.toml beside the report
                           text; without one, no charts)
init takes --report and --out only.";

/// The report bundled with the project, relative to the workspace root.
/// Its catalog and charts are the default ones beside it.
pub const DEFAULT_REPORT: &str = "data/2025-national-eco-env-work-report.zh.txt";

/// The data files a command reads, as given.
#[derive(Debug, PartialEq, Eq)]
pub struct Inputs {
    /// The report text, or a folder that holds it.
    pub report: PathBuf,
    /// The catalog; `None` for `indicators.toml` beside the report text.
    pub indicators: Option<PathBuf>,
    /// The chart specs; `None` for `charts.toml` beside the report text.
    pub charts: Option<PathBuf>,
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
        /// `zh` for the report's own text, else a translation's language code.
        lang: String,
    },
    Init {
        /// The report text, or a folder that holds it.
        report: PathBuf,
        out: PathBuf,
    },
    Canonical {
        inputs: Inputs,
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
    let mut lang = None;
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
            "--indicators" if name != "init" => indicators = Some(value("--indicators")?),
            "--charts" if name != "init" => charts = Some(value("--charts")?),
            "--out" if name == "export" || name == "init" => out = Some(value("--out")?),
            "--json" if name == "stats" || name == "search" => json = true,
            "--lang" if name == "search" => {
                lang = Some(iter.next().ok_or("--lang needs a value")?.clone());
            }
            word if name == "search" && !word.starts_with("--") => words.push(word),
            other => return Err(format!("unexpected argument {other:?} for {name}")),
        }
    }
    let inputs = Inputs {
        report: report.unwrap_or_else(|| bundled(DEFAULT_REPORT)),
        indicators,
        charts,
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
            lang: lang.unwrap_or_else(|| "zh".to_owned()),
        }),
        "init" => Ok(Command::Init {
            report: inputs.report,
            out: out.ok_or("init needs --out DIR")?,
        }),
        "canonical" => Ok(Command::Canonical { inputs }),
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
            Ok(Command::Validate { inputs }) if inputs.report.ends_with("x.txt")
                && inputs.indicators.as_ref().is_some_and(|i| i.ends_with("i.toml"))
                && inputs.charts.is_none()
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
            Ok(Command::Search { json: true, ref query, ref lang, .. })
                if query == "碳市场 交易" && lang == "zh"
        ));
        assert!(matches!(
            parse_args(&args(&["search", "--lang", "en", "emission"])),
            Ok(Command::Search { ref query, ref lang, .. }) if query == "emission" && lang == "en"
        ));
        assert!(matches!(
            parse_args(&args(&["init", "--report", "reports/x", "--out", "draft"])),
            Ok(Command::Init { report, out }) if report.ends_with("reports/x") && out.ends_with("draft")
        ));
    }

    #[test]
    fn rejects_misuse() {
        let cases: [&[&str]; 12] = [
            &[],
            &["frobnicate"],
            &["export"],
            &["validate", "--report"],
            &["validate", "--json"],
            &["stats", "--out", "x"],
            &["search"],
            &["search", "--json"],
            &["search", "emission", "--lang"],
            &["stats", "--lang", "en"],
            &["init"],
            &["init", "--out", "x", "--indicators", "i.toml"],
        ];
        for bad in cases {
            assert!(parse_args(&args(bad)).is_err(), "{bad:?}");
        }
    }
}
