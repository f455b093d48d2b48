//! `report.toml` beside a report's text: the metadata its title block does
//! not state, or states otherwise. Every key is optional:
//!
//! ```toml
//! title = "政府工作报告"
//! subtitle = "……"
//! speaker = "国务院总理 李强"
//! date = "2024-03-05"
//! source = "中国政府网"
//! licence = "Public domain (Copyright Law of the PRC, Art. 5)"
//! language = "zh-CN"
//! ```

use crate::model::Meta;

/// What a `report.toml` sets; `None` keeps what the text says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportConfig {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub speaker: Option<String>,
    /// ISO 8601 (`2024-03-05`).
    pub date: Option<String>,
    pub source: Option<String>,
    pub licence: Option<String>,
    pub language: Option<String>,
}

impl ReportConfig {
    /// Sets each field this config gives on `meta`.
    pub fn apply(&self, meta: &mut Meta) {
        let set = |target: &mut Option<String>, value: &Option<String>| {
            if value.is_some() {
                target.clone_from(value);
            }
        };
        if let Some(title) = &self.title {
            meta.title.clone_from(title);
        }
        set(&mut meta.subtitle, &self.subtitle);
        set(&mut meta.speaker, &self.speaker);
        set(&mut meta.date, &self.date);
        set(&mut meta.source, &self.source);
        set(&mut meta.licence, &self.licence);
        set(&mut meta.language, &self.language);
    }
}

/// Parses a `report.toml`; an unknown key, an empty value or a date that is
/// not `YYYY-MM-DD` on the calendar is a `file:line:col` problem.
#[cfg(feature = "catalog-toml")]
pub fn parse_report_config(
    file: &str,
    text: &str,
) -> Result<ReportConfig, crate::diagnostic::Diagnostics> {
    use crate::diagnostic::{Diagnostic, Diagnostics};
    use crate::toml_position::{line_col, toml_error};
    use toml::Spanned;

    /// The file's keys, each with where its value stands.
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        title: Option<Spanned<String>>,
        subtitle: Option<Spanned<String>>,
        speaker: Option<Spanned<String>>,
        date: Option<Spanned<String>>,
        source: Option<Spanned<String>>,
        licence: Option<Spanned<String>>,
        language: Option<Spanned<String>>,
    }

    let raw: Raw = toml::from_str(text).map_err(|error| toml_error(file, text, &error))?;
    // A value's problem names the line that sets it.
    let at = |value: &Spanned<String>, message: String| {
        Diagnostics(vec![Diagnostic {
            file: file.to_owned(),
            line: line_col(text, value.span().start).0,
            col: 1,
            message,
        }])
    };
    let fields = [
        ("title", &raw.title),
        ("subtitle", &raw.subtitle),
        ("speaker", &raw.speaker),
        ("date", &raw.date),
        ("source", &raw.source),
        ("licence", &raw.licence),
        ("language", &raw.language),
    ];
    for (key, value) in fields {
        if let Some(value) = value.as_ref().filter(|v| v.get_ref().trim().is_empty()) {
            return Err(at(value, format!("{key} is empty")));
        }
    }
    if let Some(date) = raw
        .date
        .as_ref()
        .filter(|date| !is_iso_date(date.get_ref()))
    {
        return Err(at(
            date,
            format!(
                "date {} is not a calendar date written YYYY-MM-DD",
                date.get_ref()
            ),
        ));
    }
    let plain = |value: Option<Spanned<String>>| value.map(Spanned::into_inner);
    Ok(ReportConfig {
        title: plain(raw.title),
        subtitle: plain(raw.subtitle),
        speaker: plain(raw.speaker),
        date: plain(raw.date),
        source: plain(raw.source),
        licence: plain(raw.licence),
        language: plain(raw.language),
    })
}

/// `2024-03-05`, and on the calendar.
#[cfg(feature = "catalog-toml")]
fn is_iso_date(date: &str) -> bool {
    let mut fields = date.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (fields.next(), fields.next(), fields.next(), fields.next())
    else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return false;
    }
    // The ingest's date reader checks the calendar.
    let chinese = format!(
        "({}年{}月{}日)",
        y,
        m.trim_start_matches('0'),
        d.trim_start_matches('0')
    );
    matches!(crate::ingest::parse_date_line(&chinese), Some(Ok(_)))
}

#[cfg(all(test, feature = "catalog-toml"))]
mod tests {
    use super::*;

    #[test]
    fn sets_only_what_it_gives() {
        let config = parse_report_config(
            "report.toml",
            "title = \"新标题\"\ndate = \"2024-03-05\"\nlicence = \"公有领域\"\n",
        )
        .unwrap();
        let mut meta = Meta {
            title: "旧标题".into(),
            speaker: Some("某人".into()),
            ..Meta::default()
        };
        config.apply(&mut meta);
        assert_eq!(meta.title, "新标题");
        assert_eq!(meta.speaker.as_deref(), Some("某人"));
        assert_eq!(meta.date.as_deref(), Some("2024-03-05"));
        assert_eq!(meta.licence.as_deref(), Some("公有领域"));
    }

    #[test]
    fn rejects_unknown_keys_empty_values_and_bad_dates() {
        let message = |text: &str| {
            parse_report_config("report.toml", text)
                .unwrap_err()
                .to_string()
        };
        assert!(message("titel = \"x\"\n").starts_with("report.toml:1:1: unknown field `titel`"));
        assert_eq!(
            message("title = \"x\"\nspeaker = \" \"\n"),
            "report.toml:2:1: speaker is empty"
        );
        // Not the comment, nor `subtitle`, that mention the title first.
        assert_eq!(
            message("# the title and subtitle\nsubtitle = \"s\"\ntitle = \"\"\n"),
            "report.toml:3:1: title is empty"
        );
        assert_eq!(
            message("date = \"2024-02-30\"\n"),
            "report.toml:1:1: date 2024-02-30 is not a calendar date written YYYY-MM-DD"
        );
        assert!(message("date = \"5 March 2024\"\n").contains("YYYY-MM-DD"));
        assert!(parse_report_config("report.toml", "").is_ok());
    }
}
