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

/// A reference to one paragraph: speaker, title, subtitle, date, §id, URL.
pub fn citation_text(meta: &Meta, id: CitationId, url: &str, lang: Lang) -> String {
    let speaker = meta.speaker.as_deref().unwrap_or_default();
    let title = match &meta.subtitle {
        Some(subtitle) => format!("{}——{subtitle}", meta.title),
        None => meta.title.clone(),
    };
    let date = format_date(&meta.date, lang);
    match lang {
        Lang::Zh => format!("{speaker}:《{title}》,{date},§{id}。{url}"),
        Lang::En => format!("{speaker}, “{title}”, {date}, §{id}. {url}"),
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
    fn formats_a_citation() {
        let meta = Meta {
            title: "深化改革创新 奋力笃行实干".into(),
            subtitle: Some("高质量完成“十四五”生态环境保护目标任务".into()),
            occasion: None,
            speaker: Some("生态环境部部长 黄润秋".into()),
            date: "2025-01-14".into(),
            source: None,
        };
        let text = citation_text(
            &meta,
            CitationId::new(1, 2, 2),
            "https://example.org/#p=1.2.2",
            Lang::Zh,
        );
        assert_eq!(
            text,
            "生态环境部部长 黄润秋:《深化改革创新 奋力笃行实干——高质量完成“十四五”生态环境保护目标任务》,2025年1月14日,§1.2.2。https://example.org/#p=1.2.2"
        );
        let en = citation_text(&meta, CitationId::new(1, 2, 2), "u", Lang::En);
        assert!(en.contains("14 January 2025, §1.2.2. u"), "{en}");
    }
}
