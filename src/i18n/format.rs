//! Formatting that depends on the UI language: dates, notices, citations.

use super::Lang;
use crate::url::FragmentProblem;
use report_core::{CitationId, Meta};

/// `2025-01-14` → `2025年1月14日` or `14 January 2025`; other text is shown as is.
pub fn format_date(iso: &str, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = iso.splitn(3, '-').map(str::parse::<usize>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return iso.to_owned();
    };
    match (lang, MONTHS.get(month.wrapping_sub(1))) {
        (Lang::Zh, _) => format!("{year}年{month}月{day}日"),
        (Lang::En, Some(name)) => format!("{day} {name} {year}"),
        (Lang::En, None) => iso.to_owned(),
    }
}

/// One short sentence per ignored fragment problem.
pub fn problem_message(problem: &FragmentProblem, lang: Lang) -> String {
    match (problem, lang) {
        (FragmentProblem::UnknownKey(key), Lang::Zh) => format!("链接中的参数“{key}”无法识别。"),
        (FragmentProblem::UnknownKey(key), Lang::En) => {
            format!("The link parameter “{key}” is not recognised.")
        }
        (FragmentProblem::BadValue { key, value }, Lang::Zh) => {
            format!("链接中“{key}”的值“{value}”无效。")
        }
        (FragmentProblem::BadValue { key, value }, Lang::En) => {
            format!("The link value “{value}” for “{key}” is not valid.")
        }
        (FragmentProblem::MissingParagraph(id), Lang::Zh) => format!("报告中没有段落 §{id}。"),
        (FragmentProblem::MissingParagraph(id), Lang::En) => {
            format!("The report has no paragraph §{id}.")
        }
        (FragmentProblem::MissingSection(id), Lang::Zh) => format!("报告中没有章节 §{id}。"),
        (FragmentProblem::MissingSection(id), Lang::En) => {
            format!("The report has no section §{id}.")
        }
        (FragmentProblem::NoCharts, Lang::Zh) => "这份报告没有图表。".to_owned(),
        (FragmentProblem::NoCharts, Lang::En) => "This report has no charts.".to_owned(),
        (FragmentProblem::NoTranslation, Lang::Zh) => {
            "这份报告没有英文译文,无法双语对照。".to_owned()
        }
        (FragmentProblem::NoTranslation, Lang::En) => {
            "This report has no English translation to show beside it.".to_owned()
        }
    }
}

/// `12 段` / `12 paragraphs`.
pub fn result_count(count: usize, lang: Lang) -> String {
    match (lang, count) {
        (Lang::Zh, n) => format!("{n} 段"),
        (Lang::En, 1) => "1 paragraph".to_owned(),
        (Lang::En, n) => format!("{n} paragraphs"),
    }
}

/// A part's short name: `开篇`, `一` … or `Opening`, `Part 1` ….
pub fn part_name(part: u8, lang: Lang) -> String {
    match (lang, part) {
        (_, 0) => lang.strings().preamble.to_owned(),
        (Lang::Zh, n) => report_core::numeral::chinese_numeral(n),
        (Lang::En, n) => format!("Part {n}"),
    }
}

/// An indicator's value as the text has it: `约200万户`, `33万余个`, `45%以上`.
pub fn figure_text(indicator: &report_core::indicators::Indicator) -> String {
    let (value, unit) = (&indicator.value, &indicator.unit);
    match indicator.qualifier.as_deref() {
        Some(q @ ("约" | "超过" | "近" | "逾" | "达")) => format!("{q}{value}{unit}"),
        // `33万余个`, but `6600多万`: with no unit after the magnitude the
        // qualifier goes before it.
        Some(q @ ("余" | "多")) => match unit.strip_prefix(['万', '亿']) {
            Some(rest) if !rest.is_empty() => {
                format!("{value}{}{q}{rest}", &unit[..unit.len() - rest.len()])
            }
            _ => format!("{value}{q}{unit}"),
        },
        Some(q) => format!("{value}{unit}{q}"),
        None => format!("{value}{unit}"),
    }
}

/// An indicator's value in `lang`: as the text has it in Chinese, with
/// English numbers and units in English (`about 2 million households`).
pub fn figure_text_in(indicator: &report_core::indicators::Indicator, lang: Lang) -> String {
    match lang {
        Lang::Zh => figure_text(indicator),
        Lang::En => report_core::english::figure(
            &indicator.value,
            &indicator.unit,
            indicator.qualifier.as_deref(),
        ),
    }
}

/// A derived indicator's formula in words in `lang` (its values and
/// changes in place of the names), or `None` for a stated indicator.
pub fn formula_text_in(
    indicator: &report_core::indicators::Indicator,
    indicators: &[report_core::indicators::Indicator],
    lang: Lang,
) -> Option<String> {
    let formula = indicator.derived.as_deref()?;
    Some(report_core::indicators::formula_in_words(
        formula,
        indicators,
        |i| figure_text_in(i, lang),
        |i| change_text_in(i, lang),
    ))
}

/// [`change_text`] in `lang`: `+1.7 percentage points` in English.
pub fn change_text_in(
    indicator: &report_core::indicators::Indicator,
    lang: Lang,
) -> Option<String> {
    match lang {
        Lang::Zh => change_text(indicator),
        Lang::En => {
            let change = indicator.change.as_deref()?;
            let unit = indicator.change_unit.as_deref().unwrap_or_default();
            Some(match change.strip_prefix('-') {
                Some(magnitude) => format!("−{}", report_core::english::quantity(magnitude, unit)),
                None => format!(
                    "+{}",
                    report_core::english::quantity(change.trim_start_matches('+'), unit)
                ),
            })
        }
    }
}

/// A signed change with its unit: `−2.7%`, `+1.7个百分点`.
pub fn change_text(indicator: &report_core::indicators::Indicator) -> Option<String> {
    let change = indicator.change.as_deref()?;
    let unit = indicator.change_unit.as_deref().unwrap_or_default();
    Some(match change.strip_prefix('-') {
        Some(magnitude) => format!("−{magnitude}{unit}"),
        None => format!("+{}{unit}", change.trim_start_matches('+')),
    })
}

/// A reference to one paragraph: speaker, title, subtitle, date, §id, URL.
/// `meta` is the English translation's when `translated`, which the
/// reference then says.
pub fn citation_text(
    meta: &Meta,
    id: CitationId,
    url: &str,
    lang: Lang,
    translated: bool,
) -> String {
    let speaker = meta.speaker.as_deref().unwrap_or_default();
    let title = match (&meta.subtitle, translated) {
        (Some(subtitle), false) => format!("{}——{subtitle}", meta.title),
        (Some(subtitle), true) => format!("{}: {subtitle}", meta.title),
        (None, _) => meta.title.clone(),
    };
    let title = match translated {
        true => format!("{title} (unofficial English translation)"),
        false => title,
    };
    let date = meta.date.as_deref().map(|date| format_date(date, lang));
    match (lang, date) {
        (Lang::Zh, Some(date)) => format!("{speaker}:《{title}》,{date},§{id}。{url}"),
        (Lang::Zh, None) => format!("{speaker}:《{title}》,§{id}。{url}"),
        (Lang::En, Some(date)) => format!("{speaker}, “{title}”, {date}, §{id}. {url}"),
        (Lang::En, None) => format!("{speaker}, “{title}”, §{id}. {url}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_dates_in_both_languages() {
        assert_eq!(format_date("2025-01-14", Lang::Zh), "2025年1月14日");
        assert_eq!(format_date("2025-01-14", Lang::En), "14 January 2025");
        assert_eq!(format_date("soon", Lang::En), "soon");
        assert_eq!(format_date("2025-13-01", Lang::En), "2025-13-01");
    }

    #[test]
    fn formats_counts_and_part_names() {
        assert_eq!(result_count(12, Lang::Zh), "12 段");
        assert_eq!(result_count(1, Lang::En), "1 paragraph");
        assert_eq!(result_count(3, Lang::En), "3 paragraphs");
        assert_eq!(part_name(0, Lang::Zh), "开篇");
        assert_eq!(part_name(2, Lang::Zh), "二");
        assert_eq!(part_name(2, Lang::En), "Part 2");
    }

    #[test]
    fn formats_figures_as_written() {
        let mut indicator = report_core::indicators::Indicator {
            id: "x".into(),
            label_zh: "甲".into(),
            label_en: "A".into(),
            category: "air".into(),
            value: "33".into(),
            unit: "万个".into(),
            year: None,
            change: Some("-2.7".into()),
            change_unit: Some("%".into()),
            qualifier: Some("余".into()),
            derived: None,
            paragraph: CitationId::new(1, 2, 3),
            quote: String::new(),
            reviewed: true,
        };
        assert_eq!(figure_text(&indicator), "33万余个");
        let mut bare_magnitude = indicator.clone();
        (bare_magnitude.value, bare_magnitude.unit) = ("6600".into(), "万".into());
        bare_magnitude.qualifier = Some("多".into());
        assert_eq!(figure_text(&bare_magnitude), "6600多万");
        assert_eq!(change_text(&indicator).as_deref(), Some("−2.7%"));
        indicator.qualifier = Some("约".into());
        assert_eq!(figure_text(&indicator), "约33万个");
        indicator.qualifier = Some("左右".into());
        assert_eq!(figure_text(&indicator), "33万个左右");
        indicator.change = Some("1.7".into());
        assert_eq!(change_text(&indicator).as_deref(), Some("+1.7%"));
        assert_eq!(figure_text_in(&indicator, Lang::En), "about 330,000");
        assert_eq!(
            change_text_in(&indicator, Lang::En).as_deref(),
            Some("+1.7%")
        );
    }

    #[test]
    fn formats_a_citation() {
        let meta = Meta {
            title: "深化改革创新 奋力笃行实干".into(),
            subtitle: Some("高质量完成“十四五”生态环境保护目标任务".into()),
            occasion: None,
            speaker: Some("生态环境部部长 黄润秋".into()),
            date: Some("2025-01-14".into()),
            ..Meta::default()
        };
        let text = citation_text(
            &meta,
            CitationId::new(1, 2, 2),
            "https://example.org/#p=1.2.2",
            Lang::Zh,
            false,
        );
        assert_eq!(
            text,
            "生态环境部部长 黄润秋:《深化改革创新 奋力笃行实干——高质量完成“十四五”生态环境保护目标任务》,2025年1月14日,§1.2.2。https://example.org/#p=1.2.2"
        );
        let en = citation_text(&meta, CitationId::new(1, 2, 2), "u", Lang::En, false);
        assert!(en.contains("14 January 2025, §1.2.2. u"), "{en}");
        let english = Meta {
            title: "Deepening Reform".into(),
            subtitle: Some("Fulfilling the Goals".into()),
            speaker: Some("Huang Runqiu".into()),
            ..meta
        };
        let translated = citation_text(&english, CitationId::new(1, 2, 2), "u", Lang::En, true);
        assert_eq!(
            translated,
            "Huang Runqiu, “Deepening Reform: Fulfilling the Goals (unofficial English translation)”, 14 January 2025, §1.2.2. u"
        );
    }
}
