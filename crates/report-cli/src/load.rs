//! Finding and reading a command's files: the report text (a file, or a
//! folder that holds it), and unless given otherwise the `indicators.toml`
//! and `charts.toml` beside it. Without a catalog there, every figure of the
//! text is an unreviewed indicator; without charts there, there are none.
//! `search --lang en` reads the translation `report.en.toml` beside it.
//! Every problem comes back as `file:line:col: message` lines.

use crate::args::Inputs;
use report_core::charts::{self, parse_charts, ChartSpec};
use report_core::indicators::{self, parse_catalog, Catalog};
use report_core::ingest::{LineRole, SetAside};
use report_core::report_config::parse_report_config;
use report_core::report_folder::{ReportFolder, CATALOG_NAME, CHARTS_NAME};
use report_core::translation::{
    parse_translation, translated_report, validate_translation, Translation,
};
use report_core::{ingest_bytes, Ingested, Report, ReportConfig};
use std::path::{Path, PathBuf};

/// Where a command's indicators come from.
#[derive(Debug)]
pub enum IndicatorSource {
    File(PathBuf),
    /// No catalog at `beside`: a draft from the text.
    Draft {
        beside: PathBuf,
    },
}

/// Where a command's chart specs come from.
#[derive(Debug)]
pub enum ChartSource {
    File(PathBuf),
    /// No chart specs at `beside`: no charts.
    None {
        beside: PathBuf,
    },
}

/// The files a command reads, found.
#[derive(Debug)]
pub struct Files {
    pub report: PathBuf,
    /// The `report.toml` beside the text, if any.
    pub config: Option<PathBuf>,
    pub indicators: IndicatorSource,
    pub charts: ChartSource,
    /// Translations beside the text, by language code.
    pub translations: Vec<(String, PathBuf)>,
}

/// The report, its validated indicators and its validated chart specs.
pub struct Loaded {
    pub report: Report,
    /// What each non-blank line of the text became.
    pub roles: Vec<(usize, LineRole)>,
    pub set_aside: Vec<SetAside>,
    pub catalog: Catalog,
    pub charts: Vec<ChartSpec>,
    /// Each translation, validated, by language code.
    pub translations: Vec<(String, Translation)>,
}

/// The report text, and the catalog and charts as given or beside it.
pub fn locate(inputs: &Inputs) -> Result<Files, String> {
    let folder = ReportFolder::locate(&inputs.report)?;
    let beside = |name: &str| folder.text.parent().unwrap_or(Path::new("")).join(name);
    let indicators = match (&inputs.indicators, &folder.indicators) {
        (Some(file), _) | (None, Some(file)) => IndicatorSource::File(file.clone()),
        (None, None) => IndicatorSource::Draft {
            beside: beside(CATALOG_NAME),
        },
    };
    let charts = match (&inputs.charts, &folder.charts) {
        (Some(file), _) | (None, Some(file)) => ChartSource::File(file.clone()),
        (None, None) => ChartSource::None {
            beside: beside(CHARTS_NAME),
        },
    };
    Ok(Files {
        report: folder.text,
        config: folder.config,
        translations: folder.translations,
        indicators,
        charts,
    })
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}:1:1: cannot read: {e}", path.display()))
}

fn read_text(path: &Path) -> Result<String, String> {
    String::from_utf8(read(path)?).map_err(|_| format!("{}:1:1: invalid UTF-8", path.display()))
}

/// Reads and parses a report text, with what its `report.toml` sets.
pub fn load_report(files: &Files) -> Result<Ingested, String> {
    let config = match &files.config {
        Some(path) => parse_report_config(&path.display().to_string(), &read_text(path)?)
            .map_err(|problems| problems.to_string())?,
        None => ReportConfig::default(),
    };
    let label = files.report.display().to_string();
    ingest_bytes(&label, &read(&files.report)?, &config).map_err(|problems| problems.to_string())
}

/// The report in the language `search --lang` names, which decides how
/// search reads it.
pub enum ReportIn {
    /// The report's own text.
    Chinese(Report),
    /// Its translation in `report.en.toml`.
    English(Report),
}

/// The report in the language `lang` names: `zh` is the text itself, `en`
/// its translation in `report.en.toml`.
pub fn load_in_language(files: &Files, lang: &str) -> Result<ReportIn, String> {
    match lang {
        "zh" => Ok(ReportIn::Chinese(load_report(files)?.report)),
        "en" => load_translated(files, lang).map(ReportIn::English),
        other => Err(format!(
            "unknown language {other:?}: --lang takes zh (the report's text) or en (its translation report.en.toml)"
        )),
    }
}

/// The report as the translation `report.<lang>.toml` beside it has it.
fn load_translated(files: &Files, lang: &str) -> Result<Report, String> {
    let Some((_, path)) = files.translations.iter().find(|(code, _)| code == lang) else {
        let folder = files
            .report
            .parent()
            .filter(|folder| !folder.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        return Err(format!(
            "no translation report.{lang}.toml in {}",
            folder.display()
        ));
    };
    let label = path.display().to_string();
    let translation =
        parse_translation(&label, &read_text(path)?).map_err(|problems| problems.to_string())?;
    let report = load_report(files)?.report;
    Ok(translated_report(&report, &translation))
}

/// The report, its indicators and its chart specs, all validated, or every
/// problem in them.
pub fn load_all(files: &Files) -> Result<Loaded, String> {
    let Ingested {
        report,
        roles,
        set_aside,
    } = load_report(files)?;
    let catalog = match &files.indicators {
        IndicatorSource::File(path) => {
            let label = path.display().to_string();
            parse_catalog(&label, &read_text(path)?).map_err(|problems| problems.to_string())?
        }
        IndicatorSource::Draft { beside } => {
            Catalog::drafted(&report, format!("{} (draft)", beside.display()))
        }
    };
    let mut problems = indicators::validate(&catalog, &report, &files.report.display().to_string());
    let mut charts = Vec::new();
    if let ChartSource::File(path) = &files.charts {
        let label = path.display().to_string();
        let specs =
            parse_charts(&label, &read_text(path)?).map_err(|problems| problems.to_string())?;
        problems.extend(charts::validate_charts(
            &label,
            &specs,
            &catalog.indicators,
            &report,
        ));
        charts = specs.into_iter().map(|(spec, _)| spec).collect();
    }
    let mut translations = Vec::new();
    for (lang, path) in &files.translations {
        let label = path.display().to_string();
        let translation = parse_translation(&label, &read_text(path)?)
            .map_err(|problems| problems.to_string())?;
        problems.extend(validate_translation(
            &translation,
            &report,
            &catalog.indicators,
        ));
        translations.push((lang.clone(), translation));
    }
    if !problems.is_empty() {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return Err(lines.join("\n"));
    }
    Ok(Loaded {
        report,
        roles,
        set_aside,
        catalog,
        charts,
        translations,
    })
}
