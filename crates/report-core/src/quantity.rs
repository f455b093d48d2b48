//! Quantity extraction: every Arabic number in a paragraph with its unit,
//! qualifier, change direction and exact byte span, and a first judgement of
//! whether it is a measure at all. Years, dates, ordinals and names that
//! contain digits (`“1+1+N”`, `“绿盾2025”`, `COP29`, `PM 2.5`) are not.

use crate::citation::CitationId;
use crate::model::Report;
use serde::Serialize;

/// Why a number is not a measure, when the text alone tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotAMeasure {
    /// `2024年`, `2023、2024年度`, `(2025—2030年)`.
    Year,
    /// `1月14日`.
    Date,
    /// `第3批`, or a grade on a scale (`1级`).
    Ordinal,
    /// Part of a name: Latin letters (`COP29`, `PM 2.5`), a formula such as
    /// `“1+1+N”`, or a quoted title (`“绿盾2025”`, `“5个更加注重”`).
    Name,
}

/// Which way a stated change goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

/// One number found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quantity {
    pub paragraph: CitationId,
    /// The digits as written: `8.93`.
    pub number: String,
    /// Magnitude and unit as written, qualifier left out: `亿吨`, `万个`, `%`.
    pub unit: String,
    /// `约`, `超过`, `余`, `多`, `左右`, `以上`, `以下`, `近`.
    pub qualifier: Option<String>,
    /// Set when the number states a change (`同比下降2.7%`).
    pub change: Option<Direction>,
    /// Byte range of the number itself in the paragraph text.
    pub number_span: (usize, usize),
    /// Byte range of the whole expression, qualifiers and unit included.
    pub span: (usize, usize),
    /// Why this is not a measure; `None` for measure candidates.
    pub not_a_measure: Option<NotAMeasure>,
}

const MAGNITUDES: [&str; 4] = ["万亿", "亿", "万", "千"];
/// Units, longest first so that `微克/立方米` wins over `立方米`.
const UNITS: [&str; 48] = [
    "微克/立方米",
    "个百分点",
    "万吨/年",
    "吨/年",
    "元/吨",
    "平方公里",
    "立方米",
    "千瓦时",
    "千瓦",
    "公里",
    "千米",
    "人次",
    "个轮次",
    "轮次",
    "部门",
    "小时",
    "公顷",
    "%",
    "‰",
    "吨",
    "公斤",
    "斤",
    "户",
    "个",
    "家",
    "台",
    "件",
    "条",
    "项",
    "座",
    "处",
    "起",
    "元",
    "人",
    "次",
    "批",
    "倍",
    "种",
    "所",
    "份",
    "张",
    "部",
    "类",
    "年",
    "亩",
    "方",
    "艘",
    "米",
];
const PREFIX_QUALIFIERS: [&str; 5] = ["超过", "约", "近", "逾", "达"];
const INNER_QUALIFIERS: [&str; 2] = ["余", "多"];
const SUFFIX_QUALIFIERS: [&str; 4] = ["左右", "以上", "以下", "及以上"];
const UP_WORDS: [&str; 5] = ["上升", "增加", "增长", "提高", "提升"];
const DOWN_WORDS: [&str; 3] = ["下降", "减少", "降低"];

fn starts_with_any<'a>(text: &str, options: &[&'a str]) -> Option<&'a str> {
    options
        .iter()
        .copied()
        .find(|option| text.starts_with(option))
}

fn ends_with_any<'a>(text: &str, options: &[&'a str]) -> Option<&'a str> {
    options
        .iter()
        .copied()
        .find(|option| text.ends_with(option))
}

/// Every number in one paragraph.
pub fn extract(paragraph: CitationId, text: &str) -> Vec<Quantity> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
        }
        found.push(read_quantity(paragraph, text, start, i));
    }
    found
}

fn read_quantity(paragraph: CitationId, text: &str, start: usize, end: usize) -> Quantity {
    let number = &text[start..end];
    let before = &text[..start];
    let mut rest = &text[end..];
    let mut qualifier = None;
    let mut unit = String::new();

    // number, [余|多], [magnitude], [余|多], [unit], [左右|以上|以下]
    let take_inner = |rest: &mut &str, qualifier: &mut Option<String>| {
        if let Some(q) = starts_with_any(rest, &INNER_QUALIFIERS) {
            *qualifier = Some(q.to_owned());
            *rest = &rest[q.len()..];
        }
    };
    take_inner(&mut rest, &mut qualifier);
    if let Some(magnitude) = starts_with_any(rest, &MAGNITUDES)
        .filter(|_| !rest.starts_with("千瓦") && !rest.starts_with("千米"))
    {
        unit.push_str(magnitude);
        rest = &rest[magnitude.len()..];
    }
    take_inner(&mut rest, &mut qualifier);
    if let Some(base) = starts_with_any(rest, &UNITS) {
        unit.push_str(base);
        rest = &rest[base.len()..];
    }
    if let Some(q) = starts_with_any(rest, &SUFFIX_QUALIFIERS) {
        qualifier = Some(q.to_owned());
        rest = &rest[q.len()..];
    }
    let mut span_start = start;
    if let Some(q) = ends_with_any(before, &PREFIX_QUALIFIERS) {
        if qualifier.is_none() {
            qualifier = Some(q.to_owned());
        }
        span_start = start - q.len();
    }
    let span_end = text.len() - rest.len();
    let change = change_direction(&text[..span_start]);
    let not_a_measure = classify(text, start, end, &unit);
    Quantity {
        paragraph,
        number: number.to_owned(),
        unit,
        qualifier,
        change,
        number_span: (start, end),
        span: (span_start, span_end),
        not_a_measure,
    }
}

/// `同比下降2.7%`: a change word within the few characters before the number.
fn change_direction(before: &str) -> Option<Direction> {
    let tail: String = before
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let ends = |words: &[&str]| {
        words
            .iter()
            .any(|w| tail.ends_with(w) || tail.ends_with(&format!("{w}了")))
    };
    if ends(&DOWN_WORDS) {
        Some(Direction::Down)
    } else if ends(&UP_WORDS) {
        Some(Direction::Up)
    } else {
        None
    }
}

fn classify(text: &str, start: usize, end: usize, unit: &str) -> Option<NotAMeasure> {
    let number = &text[start..end];
    let before = &text[..start];
    let after = &text[end..];
    let previous = before.chars().next_back();
    let next = after.chars().next();

    let latin_before = before
        .trim_end_matches(' ')
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphabetic());
    let latin_after = next.is_some_and(|c| c.is_ascii_alphabetic());
    let in_formula = previous == Some('+') || next == Some('+');
    if latin_before || latin_after || in_formula || inside_quotes(before, after) {
        return Some(NotAMeasure::Name);
    }
    let looks_like_year =
        number.len() == 4 && (number.starts_with("19") || number.starts_with("20"));
    if looks_like_year
        && (after.starts_with('年') || after.starts_with('、') || after.starts_with('—'))
    {
        return Some(NotAMeasure::Year);
    }
    if after.starts_with('月') || (after.starts_with('日') && before.ends_with('月')) {
        return Some(NotAMeasure::Date);
    }
    // `第3批`, `1级`, and an anniversary (`成立75周年`).
    if before.ends_with('第')
        || unit == "级"
        || after.starts_with('级')
        || after.starts_with("周年")
    {
        return Some(NotAMeasure::Ordinal);
    }
    // A version (`自贸区3.0版`) names an edition, it measures nothing.
    if after.starts_with('版') {
        return Some(NotAMeasure::Name);
    }
    None
}

/// Inside `“…”` quotes that hold a name or slogan rather than prose.
fn inside_quotes(before: &str, after: &str) -> bool {
    let open = before.rfind('“');
    let close = before.rfind('”');
    let opened = match (open, close) {
        (Some(o), Some(c)) => o > c,
        (Some(_), None) => true,
        _ => false,
    };
    opened
        && after
            .find('”')
            .is_some_and(|c| after.find('“').is_none_or(|o| c < o))
}

/// Every number in the report's paragraphs, in document order.
pub fn extract_report(report: &Report) -> Vec<Quantity> {
    report
        .paragraphs()
        .flat_map(|p| extract(p.id, &p.text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Quantity {
        let found = extract(CitationId::new(1, 2, 2), text);
        assert_eq!(found.len(), 1, "{found:#?}");
        found.into_iter().next().unwrap()
    }

    fn surface(text: &str) -> String {
        let q = one(text);
        text[q.span.0..q.span.1].to_owned()
    }

    #[test]
    fn reads_numbers_with_magnitudes_and_units() {
        let q = one("累计完成8.93亿吨粗钢产能");
        assert_eq!((q.number.as_str(), q.unit.as_str()), ("8.93", "亿吨"));
        assert_eq!(q.not_a_measure, None);
        assert_eq!(one("涉及总投资达21.9万亿元。").unit, "万亿元");
        assert_eq!(one("年底收盘价为97.49元/吨,").unit, "元/吨");
        assert_eq!(one("浓度为29.3微克/立方米,").unit, "微克/立方米");
        assert_eq!(one("处理能力3897万吨/年,").unit, "万吨/年");
        assert_eq!(one("消纳能力8120万方、").unit, "万方");
        assert_eq!(one("比例为87.2%、").unit, "%");
        assert_eq!(one("上升1.7个百分点").unit, "个百分点");
        assert_eq!(one("带动全国6.93万监测人员").unit, "万");
    }

    #[test]
    fn reads_qualifiers_wherever_they_stand() {
        let cases = [
            ("全年完成散煤治理约200万户,", "约", "万户", "约200万户"),
            ("总计达到4100万户左右。", "左右", "万户", "4100万户左右"),
            ("排污口33万余个、", "余", "万个", "33万余个"),
            ("2000余台燃煤锅炉", "余", "台", "2000余台"),
            ("建成2000多个宁静小区", "多", "个", "2000多个"),
            ("投诉举报11余万件,", "余", "万件", "11余万件"),
            ("消除比例超过80%。", "超过", "%", "超过80%"),
            ("治理率达到45%以上。", "以上", "%", "45%以上"),
        ];
        for (text, qualifier, unit, expected) in cases {
            let q = one(text);
            assert_eq!(q.qualifier.as_deref(), Some(qualifier), "{text}");
            assert_eq!(q.unit, unit, "{text}");
            assert_eq!(surface(text), expected, "{text}");
        }
    }

    #[test]
    fn reads_change_directions() {
        assert_eq!(one("同比下降2.7%").change, Some(Direction::Down));
        assert_eq!(one("同比上升1.7个百分点").change, Some(Direction::Up));
        assert_eq!(one("同比增加95亿元").change, Some(Direction::Up));
        assert_eq!(one("同比减少34.2%").change, Some(Direction::Down));
        assert_eq!(one("浓度为30.5微克/立方米").change, None);
    }

    #[test]
    fn years_dates_ordinals_and_names_are_not_measures() {
        let cases = [
            ("2024年是深入贯彻", NotAMeasure::Year),
            ("(2025—2030年)", NotAMeasure::Year),
            ("发布2023、2024年度", NotAMeasure::Year),
            ("(1月14日)", NotAMeasure::Date),
            ("第3批", NotAMeasure::Ordinal),
            ("分级表(INES)1级及以上", NotAMeasure::Ordinal),
            ("事件分级表2级及以上事件", NotAMeasure::Ordinal),
            ("巴库大会(COP29),", NotAMeasure::Name),
            ("全国PM 2.5 浓度", NotAMeasure::Name),
            ("开展“绿盾2025”重要", NotAMeasure::Name),
            ("做到“5个更加注重”。", NotAMeasure::Name),
            ("新中国成立75周年", NotAMeasure::Ordinal),
            ("实施自贸试验区提升战略,打造自贸区3.0版", NotAMeasure::Name),
        ];
        for (text, reason) in cases {
            let found = extract(CitationId::new(1, 1, 1), text);
            assert_eq!(found[0].not_a_measure, Some(reason), "{text}");
        }
        let formula = extract(CitationId::new(1, 1, 1), "构建“1+1+N”实施体系");
        assert!(formula
            .iter()
            .all(|q| q.not_a_measure == Some(NotAMeasure::Name)));
        assert_eq!(
            extract(CitationId::new(1, 1, 1), "危废“1+6+20”重大工程").len(),
            3
        );
    }

    #[test]
    fn weights_in_jin_keep_their_unit_and_qualifier() {
        let found = extract(CitationId::new(1, 1, 1), "粮食产量1.3万亿斤以上");
        assert_eq!(found[0].unit, "万亿斤");
        assert_eq!(found[0].qualifier.as_deref(), Some("以上"));
        assert_eq!(
            extract(CitationId::new(1, 1, 1), "储备50公斤")[0].unit,
            "公斤"
        );
    }

    #[test]
    fn spans_point_at_the_number() {
        let text = "成交额430.3亿元,年底收盘价为97.49元/吨";
        let found = extract(CitationId::new(1, 3, 3), text);
        let numbers: Vec<&str> = found
            .iter()
            .map(|q| &text[q.number_span.0..q.number_span.1])
            .collect();
        assert_eq!(numbers, ["430.3", "97.49"]);
    }
}
