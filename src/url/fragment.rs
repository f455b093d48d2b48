//! Parsing and writing the fragment. Pure, so it is tested natively; anything
//! unknown or malformed becomes a [`FragmentProblem`], never a panic.

use super::percent;
use crate::i18n::Lang;
use report_core::{CitationId, Report, SectionId};

/// What the reader scrolls to and highlights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Paragraph(CitationId),
    Section(SectionId),
}

/// A colour scheme forced by the URL; absent means follow the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Which main view is shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Reader,
    Indicators,
    Charts,
    /// The original and its English translation side by side (`view=bilingual`).
    Bilingual,
}

/// One item shown alone for embedding in another page (`embed=…`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Embed {
    /// `embed=section/1.2` (`1.0` is a part's opening).
    Section(SectionId),
    /// `embed=p/1.2.2`.
    Paragraph(CitationId),
    /// `embed=chart/air-pm25`.
    Chart(String),
}

impl Embed {
    fn parse(value: &str) -> Option<Self> {
        match value.split_once('/')? {
            ("section", id) => id.parse().ok().map(Embed::Section),
            ("p", id) => id.parse().ok().map(Embed::Paragraph),
            ("chart", id)
                if !id.is_empty()
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') =>
            {
                Some(Embed::Chart(id.to_owned()))
            }
            _ => None,
        }
    }

    /// The value as it appears in the fragment.
    pub fn value(&self) -> String {
        match self {
            Embed::Section(id) => format!("section/{id}"),
            Embed::Paragraph(id) => format!("p/{id}"),
            Embed::Chart(id) => format!("chart/{id}"),
        }
    }
}

/// Something in the fragment that was ignored, for the notice the view shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FragmentProblem {
    UnknownKey(String),
    BadValue {
        key: String,
        value: String,
    },
    MissingParagraph(CitationId),
    MissingSection(SectionId),
    /// The link asks for a chart of a report that has none.
    NoCharts,
    /// The link asks for the bilingual view of a report with no translation.
    NoTranslation,
}

/// Everything the fragment can say. Unknown keys are dropped when it is written back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fragment {
    pub target: Option<Target>,
    /// The search query (`q=`), shown in the search box and marked in the text.
    pub query: Option<String>,
    pub lang: Lang,
    pub theme: Option<Theme>,
    pub view: View,
    /// Indicator category filter (`cat=air`) of the indicators view.
    pub category: Option<String>,
    /// Show one item alone, for an iframe on another site.
    pub embed: Option<Embed>,
    /// One chart of the charts view (`chart=air-pm25`).
    pub chart: Option<String>,
    /// The indicator the indicators view scrolls to and highlights
    /// (`ind=air_pm25`).
    pub indicator: Option<String>,
    pub problems: Vec<FragmentProblem>,
}

/// Longest fragment worth reading; anything longer is pasted junk.
const MAX_FRAGMENT_LEN: usize = 4096;

impl Fragment {
    /// Parses `location.hash`, with or without its leading `#`.
    pub fn parse(hash: &str) -> Self {
        let mut fragment = Fragment::default();
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let hash = match hash.char_indices().nth(MAX_FRAGMENT_LEN) {
            Some((cut, _)) => &hash[..cut],
            None => hash,
        };
        for pair in hash.split('&').filter(|pair| !pair.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = percent::decode(raw_key).unwrap_or_else(|| raw_key.to_owned());
            let value = percent::decode(raw_value);
            fragment.apply(key, value, raw_value);
        }
        fragment
    }

    fn apply(&mut self, key: String, value: Option<String>, raw_value: &str) {
        // A notice quotes the value as a reader wrote it: decoded, unless it
        // does not decode.
        let shown: String = value
            .as_deref()
            .unwrap_or(raw_value)
            .chars()
            .take(40)
            .collect();
        let bad = |key: String| FragmentProblem::BadValue {
            key,
            value: shown.clone(),
        };
        let Some(value) = value else {
            self.problems.push(bad(key));
            return;
        };
        match key.as_str() {
            "p" => match value.parse() {
                Ok(id) => self.target = Some(Target::Paragraph(id)),
                Err(_) => self.problems.push(bad(key)),
            },
            "s" => match value.parse() {
                Ok(id) => self.target = Some(Target::Section(id)),
                Err(_) => self.problems.push(bad(key)),
            },
            "embed" => match Embed::parse(&value) {
                Some(embed) => self.embed = Some(embed),
                None => self.problems.push(bad(key)),
            },
            "view" => match value.as_str() {
                "indicators" => self.view = View::Indicators,
                "charts" => self.view = View::Charts,
                "reader" => self.view = View::Reader,
                "bilingual" => self.view = View::Bilingual,
                _ => self.problems.push(bad(key)),
            },
            "chart"
                if !value.is_empty()
                    && value
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') =>
            {
                self.chart = Some(value);
                self.view = View::Charts;
            }
            "ind" if is_indicator_id(&value) => {
                self.indicator = Some(value);
                self.view = View::Indicators;
            }
            // Known keys whose value cannot be a chart's or an indicator's id.
            "chart" | "ind" => self.problems.push(bad(key)),
            "cat" => match report_core::indicators::CATEGORIES.contains(&value.as_str()) {
                true => self.category = Some(value),
                false => self.problems.push(bad(key)),
            },
            "q" => self.query = Some(value).filter(|q| !q.trim().is_empty()),
            "lang" => match Lang::from_code(&value) {
                Some(lang) => self.lang = lang,
                None => self.problems.push(bad(key)),
            },
            "theme" => match value.as_str() {
                "dark" => self.theme = Some(Theme::Dark),
                "light" => self.theme = Some(Theme::Light),
                _ => self.problems.push(bad(key)),
            },
            _ => self
                .problems
                .push(FragmentProblem::UnknownKey(key.chars().take(40).collect())),
        }
    }

    /// Drops a target, chart or category the report does not have,
    /// recording why. `has_charts` is false for a report built without
    /// `charts.toml` (a chart embed stays: it says there is no such chart);
    /// `has_category` tells the categories its indicators use;
    /// `has_english` whether it has a translation to show beside it.
    pub fn resolve_against(
        mut self,
        report: &Report,
        has_charts: bool,
        has_category: impl Fn(&str) -> bool,
        has_english: bool,
    ) -> Self {
        if !has_english && self.view == View::Bilingual {
            self.problems.push(FragmentProblem::NoTranslation);
            self.view = View::Reader;
        }
        if !has_charts && self.view == View::Charts && self.embed.is_none() {
            self.problems.push(FragmentProblem::NoCharts);
            self.view = View::Reader;
            self.chart = None;
        }
        if let Some(category) = self.category.take() {
            if has_category(&category) {
                self.category = Some(category);
            } else {
                self.problems.push(FragmentProblem::BadValue {
                    key: "cat".to_owned(),
                    value: category,
                });
            }
        }
        match self.embed.clone() {
            Some(Embed::Paragraph(id)) if report.paragraph(id).is_none() => {
                self.problems.push(FragmentProblem::MissingParagraph(id));
                self.embed = None;
            }
            Some(Embed::Section(id))
                if report.section(id).is_none()
                    && (id.section != 0 || report.part(id.part).is_none()) =>
            {
                self.problems.push(FragmentProblem::MissingSection(id));
                self.embed = None;
            }
            _ => {}
        }
        match self.target {
            Some(Target::Paragraph(id)) if report.paragraph(id).is_none() => {
                self.problems.push(FragmentProblem::MissingParagraph(id));
                self.target = None;
            }
            // `P.0` names the part's opening, which exists even when the
            // part has no paragraphs before its first section.
            Some(Target::Section(id))
                if report.section(id).is_none()
                    && (id.section != 0 || report.part(id.part).is_none()) =>
            {
                self.problems.push(FragmentProblem::MissingSection(id));
                self.target = None;
            }
            _ => {}
        }
        self
    }

    /// Writes the fragment back, without `#`, in a stable key order and
    /// leaving out defaults, so equal states give equal URLs.
    pub fn to_hash(&self) -> String {
        let mut pairs = Vec::new();
        match self.target {
            Some(Target::Paragraph(id)) => pairs.push(format!("p={id}")),
            Some(Target::Section(id)) => pairs.push(format!("s={id}")),
            None => {}
        }
        if let Some(embed) = &self.embed {
            pairs.push(format!("embed={}", percent::encode(&embed.value())));
        }
        match (self.view, &self.chart) {
            (View::Indicators, _) => match &self.indicator {
                Some(indicator) => pairs.push(format!("ind={indicator}")),
                None => pairs.push("view=indicators".to_owned()),
            },
            (View::Charts, Some(chart)) => pairs.push(format!("chart={chart}")),
            (View::Charts, None) => pairs.push("view=charts".to_owned()),
            (View::Bilingual, _) => pairs.push("view=bilingual".to_owned()),
            (View::Reader, _) => {}
        }
        if let Some(category) = &self.category {
            pairs.push(format!("cat={}", percent::encode(category)));
        }
        if let Some(query) = &self.query {
            pairs.push(format!("q={}", percent::encode(query)));
        }
        if self.lang != Lang::default() {
            pairs.push(format!("lang={}", percent::encode(self.lang.code())));
        }
        if let Some(theme) = self.theme {
            pairs.push(format!("theme={}", theme.as_str()));
        }
        pairs.join("&")
    }

    /// The same preferences pointing at another target in the reader.
    /// The bilingual view stays bilingual.
    pub fn with_target(&self, target: Option<Target>) -> Self {
        Self {
            target,
            view: match self.view {
                View::Bilingual => View::Bilingual,
                _ => View::Reader,
            },
            query: self.query.clone(),
            lang: self.lang,
            theme: self.theme,
            ..Self::default()
        }
    }

    /// The same preferences showing one chart.
    pub fn with_chart(&self, chart: &str) -> Self {
        Self {
            view: View::Charts,
            chart: Some(chart.to_owned()),
            lang: self.lang,
            theme: self.theme,
            ..Self::default()
        }
    }

    /// The same preferences in the indicators view of `category`, with the
    /// indicator `id` scrolled to and highlighted.
    pub fn with_indicator(&self, id: &str, category: &str) -> Self {
        Self {
            indicator: Some(id.to_owned()),
            ..self.with_view(View::Indicators, Some(category.to_owned()))
        }
    }

    /// The same preferences in another view.
    pub fn with_view(&self, view: View, category: Option<String>) -> Self {
        Self {
            view,
            category,
            lang: self.lang,
            theme: self.theme,
            ..Self::default()
        }
    }
}

/// Whether `value` has the form of an indicator id: lower-case ASCII
/// letters, digits, `_` and `-`.
fn is_indicator_id(value: &str) -> bool {
    !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_parameter_and_combinations() {
        let fragment = Fragment::parse("#p=1.2.2&lang=en&theme=dark");
        assert_eq!(
            fragment.target,
            Some(Target::Paragraph(CitationId::new(1, 2, 2)))
        );
        assert_eq!(fragment.lang, Lang::En);
        assert_eq!(fragment.theme, Some(Theme::Dark));
        assert!(fragment.problems.is_empty());
        assert_eq!(
            Fragment::parse("s=3.8").target,
            Some(Target::Section(SectionId::new(3, 8)))
        );
        assert_eq!(Fragment::parse("").target, None);
        assert_eq!(Fragment::parse("#").lang, Lang::Zh);
    }

    #[test]
    fn malformed_values_become_problems_not_state() {
        let fragment = Fragment::parse("p=1.2&lang=fr&theme=blue&s=x&zzz=1&%E7%A2");
        assert_eq!(fragment.target, None);
        assert_eq!(fragment.lang, Lang::Zh);
        assert_eq!(fragment.theme, None);
        assert_eq!(fragment.problems.len(), 6, "{:?}", fragment.problems);
        assert!(fragment
            .problems
            .contains(&FragmentProblem::UnknownKey("zzz".into())));
    }

    #[test]
    fn pasted_junk_is_bounded() {
        let junk = "p=".to_owned() + &"9".repeat(100_000);
        let fragment = Fragment::parse(&junk);
        assert_eq!(fragment.target, None);
        assert_eq!(fragment.problems.len(), 1);
        let script = Fragment::parse("p=<script>alert(1)</script>");
        assert!(matches!(&script.problems[0], FragmentProblem::BadValue { key, .. } if key == "p"));
    }

    #[test]
    fn writes_back_in_stable_order_without_defaults() {
        let fragment = Fragment::parse("theme=light&lang=en&p=0.0.1&bogus=1");
        assert_eq!(fragment.to_hash(), "p=0.0.1&lang=en&theme=light");
        assert_eq!(Fragment::parse("lang=zh").to_hash(), "");
        let moved = fragment.with_target(Some(Target::Section(SectionId::new(1, 2))));
        assert_eq!(moved.to_hash(), "s=1.2&lang=en&theme=light");
    }

    #[test]
    fn chart_views_round_trip() {
        let gallery = Fragment::parse("view=charts&cat=air");
        assert_eq!(
            (gallery.view, gallery.category.as_deref()),
            (View::Charts, Some("air"))
        );
        assert_eq!(gallery.to_hash(), "view=charts&cat=air");
        let one = Fragment::parse("chart=air-pm25&lang=en");
        assert_eq!(
            (one.view, one.chart.as_deref()),
            (View::Charts, Some("air-pm25"))
        );
        assert_eq!(one.to_hash(), "chart=air-pm25&lang=en");
        assert_eq!(Fragment::parse("chart=<b>").problems.len(), 1);
        assert_eq!(
            Fragment::default().with_chart("tailings").to_hash(),
            "chart=tailings"
        );
    }

    #[test]
    fn an_indicator_link_opens_the_table_at_it() {
        let link = Fragment::parse("ind=air_pm25&cat=air&lang=en");
        assert_eq!(
            (
                link.view,
                link.indicator.as_deref(),
                link.category.as_deref()
            ),
            (View::Indicators, Some("air_pm25"), Some("air"))
        );
        assert_eq!(link.to_hash(), "ind=air_pm25&cat=air&lang=en");
        assert_eq!(
            Fragment::default()
                .with_indicator("air_pm25", "air")
                .to_hash(),
            "ind=air_pm25&cat=air"
        );
        assert_eq!(Fragment::parse("ind=<b>").problems.len(), 1);
        assert_eq!(Fragment::parse("ind=").problems.len(), 1);
        // Another view forgets it.
        assert_eq!(
            link.with_view(View::Indicators, None).to_hash(),
            "view=indicators&lang=en"
        );
    }

    #[test]
    fn embeds_parse_and_round_trip() {
        let section = Fragment::parse("embed=section/1.2&theme=dark");
        assert_eq!(section.embed, Some(Embed::Section(SectionId::new(1, 2))));
        assert_eq!(section.to_hash(), "embed=section/1.2&theme=dark");
        let paragraph = Fragment::parse("embed=p%2F1.2.2&lang=en");
        assert_eq!(
            paragraph.embed,
            Some(Embed::Paragraph(CitationId::new(1, 2, 2)))
        );
        for bad in [
            "embed=chart/X!",
            "embed=p/1.2",
            "embed=section",
            "embed=<svg>",
        ] {
            let fragment = Fragment::parse(bad);
            assert_eq!(fragment.embed, None, "{bad}");
            assert_eq!(fragment.problems.len(), 1, "{bad}");
        }
    }

    #[test]
    fn views_and_categories() {
        let fragment = Fragment::parse("view=indicators&cat=air&lang=en");
        assert_eq!(fragment.view, View::Indicators);
        assert_eq!(fragment.category.as_deref(), Some("air"));
        assert_eq!(fragment.to_hash(), "view=indicators&cat=air&lang=en");
        assert_eq!(Fragment::parse("view=maps").problems.len(), 1);
        assert_eq!(Fragment::parse("cat=weather").category, None);
        let back = fragment.with_target(Some(Target::Paragraph(CitationId::new(1, 2, 2))));
        assert_eq!(back.to_hash(), "p=1.2.2&lang=en");
        assert_eq!(
            Fragment::default()
                .with_view(View::Indicators, None)
                .to_hash(),
            "view=indicators"
        );
    }

    #[test]
    fn search_queries_round_trip() {
        let fragment = Fragment::parse("#q=%E7%A2%B3%E5%B8%82%E5%9C%BA&lang=en");
        assert_eq!(fragment.query.as_deref(), Some("碳市场"));
        assert_eq!(fragment.to_hash(), "q=%E7%A2%B3%E5%B8%82%E5%9C%BA&lang=en");
        // Browsers may hand back unencoded text too.
        assert_eq!(Fragment::parse("q=碳市场").query.as_deref(), Some("碳市场"));
        let spaced = Fragment {
            query: Some("PM 2.5 & 臭氧".into()),
            ..Fragment::default()
        };
        assert_eq!(Fragment::parse(&spaced.to_hash()).query, spaced.query);
        assert_eq!(Fragment::parse("q=").query, None);
        assert_eq!(
            Fragment::parse("p=1.2.2&q=VOCs")
                .with_target(None)
                .to_hash(),
            "q=VOCs"
        );
    }

    #[test]
    fn targets_missing_from_the_report_are_dropped() {
        let text = include_str!("../../data/2025-national-eco-env-work-report.zh.txt");
        let report = report_core::parse_report("r", text).unwrap();
        let found = Fragment::parse("p=1.2.2").resolve_against(&report, true, |_| true, true);
        assert!(found.problems.is_empty());
        let missing = Fragment::parse("p=9.9.9").resolve_against(&report, true, |_| true, true);
        assert_eq!(missing.target, None);
        assert_eq!(
            missing.problems,
            [FragmentProblem::MissingParagraph(CitationId::new(9, 9, 9))]
        );
        let missing_section =
            Fragment::parse("s=1.7").resolve_against(&report, true, |_| true, true);
        assert_eq!(
            missing_section.problems,
            [FragmentProblem::MissingSection(SectionId::new(1, 7))]
        );
        assert!(Fragment::parse("s=2.0")
            .resolve_against(&report, true, |_| true, true)
            .problems
            .is_empty());
        assert!(Fragment::parse("s=0.0")
            .resolve_against(&report, true, |_| true, true)
            .problems
            .is_empty());
        assert_eq!(
            Fragment::parse("s=4.0")
                .resolve_against(&report, true, |_| true, true)
                .target,
            None
        );
    }

    #[test]
    fn a_report_without_charts_turns_chart_links_into_a_notice() {
        let text = include_str!("../../data/2025-national-eco-env-work-report.zh.txt");
        let report = report_core::parse_report("r", text).unwrap();
        for hash in ["view=charts", "chart=air-pm25"] {
            let resolved = Fragment::parse(hash).resolve_against(&report, false, |_| true, true);
            assert_eq!(resolved.problems, [FragmentProblem::NoCharts], "{hash}");
            assert_eq!(
                (resolved.view, resolved.chart, resolved.embed),
                (View::Reader, None, None)
            );
        }
        // An embed keeps its frame's size and says that there is no such chart.
        let embed =
            Fragment::parse("embed=chart/air-pm25").resolve_against(&report, false, |_| true, true);
        assert!(embed.problems.is_empty());
        assert_eq!(embed.embed, Some(Embed::Chart("air-pm25".into())));
        let kept = Fragment::parse("chart=air-pm25").resolve_against(&report, true, |_| true, true);
        assert_eq!(kept.chart.as_deref(), Some("air-pm25"));
        assert!(Fragment::parse("p=1.2.2")
            .resolve_against(&report, false, |_| true, true)
            .problems
            .is_empty());
    }

    #[test]
    fn a_category_the_report_does_not_use_becomes_a_notice() {
        let text = include_str!("../../data/2025-national-eco-env-work-report.zh.txt");
        let report = report_core::parse_report("r", text).unwrap();
        let only_other = |category: &str| category == "other";
        let unused = Fragment::parse("view=indicators&cat=air")
            .resolve_against(&report, true, only_other, true);
        assert_eq!((unused.view, unused.category), (View::Indicators, None));
        assert_eq!(
            unused.problems,
            [FragmentProblem::BadValue {
                key: "cat".into(),
                value: "air".into()
            }]
        );
        let used = Fragment::parse("view=indicators&cat=other")
            .resolve_against(&report, true, only_other, true);
        assert_eq!(used.category.as_deref(), Some("other"));
        assert!(used.problems.is_empty());
    }
}
