//! A report is a folder: its text (`report.zh.txt`, or the folder's only
//! `*.zh.txt`), and beside it an optional `report.toml`, `indicators.toml`,
//! `charts.toml` and translations (`report.en.toml`). The CLI and the app's
//! build both find the files here.

use std::path::{Path, PathBuf};

/// The text's preferred name in a report folder.
pub const TEXT_NAME: &str = "report.zh.txt";
pub const CONFIG_NAME: &str = "report.toml";
pub const CATALOG_NAME: &str = "indicators.toml";
pub const CHARTS_NAME: &str = "charts.toml";

/// The files of one report; an optional file is `None` when absent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFolder {
    pub text: PathBuf,
    pub config: Option<PathBuf>,
    pub indicators: Option<PathBuf>,
    pub charts: Option<PathBuf>,
    /// Translations by language code: `report.en.toml` is `en`.
    pub translations: Vec<(String, PathBuf)>,
}

impl ReportFolder {
    /// The report at `path`: a folder, or a text file whose folder holds
    /// the optional files.
    pub fn locate(path: &Path) -> Result<Self, String> {
        let text = if path.is_dir() {
            text_in(path)?
        } else if path.is_file() {
            path.to_path_buf()
        } else {
            return Err(format!("{}: no such file or folder", path.display()));
        };
        let folder = text.parent().unwrap_or(Path::new(".")).to_path_buf();
        let beside = |name: &str| Some(folder.join(name)).filter(|file| file.is_file());
        Ok(Self {
            translations: translations_in(&folder),
            config: beside(CONFIG_NAME),
            indicators: beside(CATALOG_NAME),
            charts: beside(CHARTS_NAME),
            text,
        })
    }
}

/// `report.<lang>.toml` files, by language, sorted.
fn translations_in(folder: &Path) -> Vec<(String, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<(String, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter_map(|file| {
            let name = file.file_name()?.to_str()?;
            let lang = name.strip_prefix("report.")?.strip_suffix(".toml")?;
            let is_code =
                (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
            (is_code && file.is_file()).then(|| (lang.to_owned(), file.clone()))
        })
        .collect();
    found.sort();
    found
}

/// The folder's `report.zh.txt`, else its only `*.zh.txt`.
fn text_in(folder: &Path) -> Result<PathBuf, String> {
    let preferred = folder.join(TEXT_NAME);
    if preferred.is_file() {
        return Ok(preferred);
    }
    let entries = std::fs::read_dir(folder)
        .map_err(|error| format!("{}: cannot list: {error}", folder.display()))?;
    let mut texts: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|file| file.is_file() && file.to_string_lossy().ends_with(".zh.txt"))
        .collect();
    texts.sort();
    match texts.len() {
        1 => Ok(texts.remove(0)),
        0 => Err(format!(
            "{}: no report text: the folder needs a {TEXT_NAME}",
            folder.display()
        )),
        _ => Err(format!(
            "{}: {} texts ({}): name the report's {TEXT_NAME}",
            folder.display(),
            texts.len(),
            texts
                .iter()
                .filter_map(|file| file.file_name())
                .map(|name| name.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn workspace(path: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(path)
    }

    #[test]
    fn finds_the_bundled_report_and_its_files() {
        let folder = ReportFolder::locate(&workspace("data")).unwrap();
        assert!(folder
            .text
            .ends_with("2025-national-eco-env-work-report.zh.txt"));
        assert!(folder
            .indicators
            .is_some_and(|f| f.ends_with("indicators.toml")));
        assert!(folder.charts.is_some_and(|f| f.ends_with("charts.toml")));
        let by_file = ReportFolder::locate(&folder.text).unwrap();
        assert_eq!(by_file.text, folder.text);
    }

    #[test]
    fn finds_the_second_report_without_catalog_or_charts() {
        let folder = ReportFolder::locate(&workspace("reports/gwr-2024")).unwrap();
        assert!(folder.text.ends_with("reports/gwr-2024/report.zh.txt"));
        assert_eq!((folder.indicators, folder.charts), (None, None));
    }

    #[test]
    fn says_what_is_missing() {
        let error = ReportFolder::locate(&workspace("crates")).unwrap_err();
        assert!(
            error.ends_with("no report text: the folder needs a report.zh.txt"),
            "{error}"
        );
        let error = ReportFolder::locate(&workspace("no/such/place")).unwrap_err();
        assert!(error.ends_with("no such file or folder"), "{error}");
    }
}
