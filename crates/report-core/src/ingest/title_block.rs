//! The title block before the body: where it ends, and which of its lines
//! is the title, subtitle, occasion, speaker and date.
//!
//! Reports of the genre lay it out in several ways: a parenthesised date line
//! closing the block (`(2025年1月14日)`), or the date inside the occasion
//! line (`——2024年3月5日在第十四届全国人民代表大会第二次会议上`); the
//! speaker on one line or with title and name on two. What they share is
//! that the block ends where the speech begins, at the salutation.

use super::line::{classify, LineKind};

/// Longest salutation, in characters: `同志们:`, `各位代表：` and
/// `各位委员、同志们：` fit, a sentence leading into a list rarely does.
const MAX_SALUTATION_CHARS: usize = 10;

/// How many non-blank lines the title block may hold.
pub const MAX_TITLE_BLOCK_LINES: usize = 12;

/// A name padded with ideographic spaces (`李　强`) has at most this many
/// characters once they are removed.
const MAX_NAME_CHARS: usize = 4;

/// The title block's lines by role, dates already checked.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct TitleBlock {
    pub title: String,
    pub subtitle: Option<String>,
    pub occasion: Option<String>,
    pub speaker: Option<String>,
    pub date: Option<String>,
}

/// Where the body starts among the non-blank `lines`.
#[derive(Debug, PartialEq, Eq)]
pub enum BlockEnd {
    /// At the salutation, which is the body's first paragraph.
    Salutation(usize),
    /// After a parenthesised date line, in a text with no salutation.
    AfterDate(usize),
}

/// `同志们:` or `各位代表：`: a short line ending in a colon.
pub fn is_salutation(line: &str) -> bool {
    line.ends_with([':', '：']) && line.chars().count() <= MAX_SALUTATION_CHARS
}

/// Finds the end of the title block: the first salutation among its first
/// lines, else a date line there; `Err` holds the index of the line where
/// the search stopped (a heading, or the last line a title block may have).
pub fn find_block_end(lines: &[&str]) -> Result<BlockEnd, usize> {
    let limit = lines.len().min(MAX_TITLE_BLOCK_LINES + 1);
    let stop = lines[..limit]
        .iter()
        .position(|line| {
            matches!(
                classify(line),
                LineKind::Part { .. } | LineKind::Section { .. }
            )
        })
        .unwrap_or(limit);
    if let Some(index) = lines[..stop].iter().position(|line| is_salutation(line)) {
        return Ok(BlockEnd::Salutation(index));
    }
    lines[..stop]
        .iter()
        .position(|line| parse_date_line(line).is_some())
        .map(|index| BlockEnd::AfterDate(index + 1))
        .ok_or(
            stop.min(MAX_TITLE_BLOCK_LINES)
                .min(lines.len().saturating_sub(1)),
        )
}

/// Parses `(2025年1月14日)` (ASCII or full-width parentheses) into the ISO date
/// `2025-01-14`; `None` when the line is not such a date.
pub fn parse_date_line(line: &str) -> Option<Result<String, String>> {
    let inner = line.strip_prefix(['(', '（'])?.strip_suffix([')', '）'])?;
    let parsed = parse_date(inner)?;
    (parsed.len == inner.len()).then_some(parsed.iso)
}

/// The first `2024年3月5日` in a line, such as an occasion line.
fn date_within(line: &str) -> Option<Result<String, String>> {
    line.char_indices()
        .filter(|(_, c)| c.is_ascii_digit())
        .find_map(|(start, _)| parse_date(&line[start..]))
        .map(|parsed| parsed.iso)
}

struct ParsedDate {
    iso: Result<String, String>,
    /// Bytes of the text the date took.
    len: usize,
}

/// `2025年1月14日` at the start of `text`.
fn parse_date(text: &str) -> Option<ParsedDate> {
    let (year, rest) = text.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let (day, _) = rest.split_once('日')?;
    let number = |text: &str| -> Option<u32> {
        (!text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse().ok())
            .flatten()
    };
    let (y, m, d) = (number(year)?, number(month)?, number(day)?);
    let len = year.len() + month.len() + day.len() + 3 * '年'.len_utf8();
    let iso = if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        Err(format!("{} is not a calendar date", &text[..len]))
    } else {
        Ok(format!("{y:04}-{m:02}-{d:02}"))
    };
    Some(ParsedDate { iso, len })
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Assigns roles to the title block's lines. The first plain line is the
/// title; a line opening with a dash is the occasion, and a parenthesised
/// date line the date (else a date within the occasion). Plain lines
/// before the occasion or date are the subtitle, those after it the
/// speaker. With neither, the last of three or more plain lines is the
/// speaker. `Err` holds a bad date's line index and message.
pub fn assign_roles(lines: &[&str]) -> Result<TitleBlock, (usize, String)> {
    let mut block = TitleBlock::default();
    let mut plain_before: Vec<&str> = Vec::new();
    let mut plain_after: Vec<&str> = Vec::new();
    let mut marker_seen = false;
    for (index, line) in lines.iter().enumerate() {
        let dashless = line.trim_start_matches(['—', '-', '–']);
        if let Some(date) = parse_date_line(line) {
            block.date = Some(date.map_err(|message| (index, message))?);
            marker_seen = true;
        } else if dashless.len() != line.len() {
            if block.date.is_none() {
                block.date = date_within(dashless)
                    .transpose()
                    .map_err(|message| (index, message))?;
            }
            block.occasion = Some(super::line::trim_line(dashless).to_owned());
            marker_seen = true;
        } else if marker_seen && !plain_before.is_empty() {
            plain_after.push(line);
        } else {
            plain_before.push(line);
        }
    }
    let mut plain = plain_before.into_iter();
    block.title = plain.next().unwrap_or_default().to_owned();
    let mut subtitle: Vec<&str> = plain.collect();
    if !marker_seen && subtitle.len() >= 2 {
        plain_after.extend(subtitle.pop());
    }
    block.subtitle = (!subtitle.is_empty()).then(|| subtitle.join(" "));
    block.speaker = (!plain_after.is_empty()).then(|| {
        plain_after
            .iter()
            .map(|line| speaker_line(line))
            .collect::<Vec<_>>()
            .join(" ")
    });
    Ok(block)
}

/// A speaker line with its ideographic spaces settled: padding inside a
/// short name goes (`李　强` → `李强`), other runs become one space.
fn speaker_line(line: &str) -> String {
    let unpadded: String = line.chars().filter(|c| *c != '\u{3000}').collect();
    if unpadded.chars().count() <= MAX_NAME_CHARS {
        return unpadded;
    }
    line.split('\u{3000}')
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_date_lines() {
        assert_eq!(
            parse_date_line("(2025年1月14日)"),
            Some(Ok("2025-01-14".into()))
        );
        assert_eq!(
            parse_date_line("（2024年12月3日）"),
            Some(Ok("2024-12-03".into()))
        );
        assert_eq!(parse_date_line("(一)标题"), None);
        assert_eq!(parse_date_line("2025年1月14日"), None);
        assert_eq!(parse_date_line("(2025年1月14日在会上)"), None);
        assert!(matches!(parse_date_line("(2025年2月30日)"), Some(Err(_))));
        assert!(matches!(parse_date_line("(2025年13月1日)"), Some(Err(_))));
    }

    #[test]
    fn finds_a_date_within_a_line() {
        assert_eq!(
            date_within("2024年3月5日在第十四届全国人民代表大会第二次会议上"),
            Some(Ok("2024-03-05".into()))
        );
        assert_eq!(date_within("在2025年全国生态环境保护工作会议上"), None);
    }

    #[test]
    fn the_block_ends_at_the_salutation_or_after_a_date() {
        let lines = ["标题", "(2025年1月14日)", "同志们:", "正文。"];
        assert_eq!(find_block_end(&lines), Ok(BlockEnd::Salutation(2)));
        let lines = ["标题", "(2025年1月14日)", "正文。"];
        assert_eq!(find_block_end(&lines), Ok(BlockEnd::AfterDate(2)));
        let lines = ["标题", "各位委员、同志们：", "正文。"];
        assert_eq!(find_block_end(&lines), Ok(BlockEnd::Salutation(1)));
        // A colon ending a longer line is body text, not a salutation.
        let lines = ["标题", "今年发展主要预期目标是：", "一、部分"];
        assert_eq!(find_block_end(&lines), Err(2));
        // The search stops at the first heading, not at a source line.
        let lines = ["标题", "一、部分", "同志们:"];
        assert_eq!(find_block_end(&lines), Err(1));
        let lines = ["标题", "来源：某部", "同志们:"];
        assert_eq!(find_block_end(&lines), Ok(BlockEnd::Salutation(2)));
    }

    #[test]
    fn assigns_roles_to_a_block_closed_by_a_date_line() {
        let lines = [
            "深化改革创新 奋力笃行实干",
            "高质量完成“十四五”生态环境保护目标任务",
            "——在2025年全国生态环境保护工作会议上的工作报告",
            "生态环境部部长 黄润秋",
            "(2025年1月14日)",
        ];
        let block = assign_roles(&lines).unwrap();
        assert_eq!(block.title, "深化改革创新 奋力笃行实干");
        assert_eq!(
            block.subtitle.as_deref(),
            Some("高质量完成“十四五”生态环境保护目标任务")
        );
        assert_eq!(
            block.occasion.as_deref(),
            Some("在2025年全国生态环境保护工作会议上的工作报告")
        );
        assert_eq!(block.speaker.as_deref(), Some("生态环境部部长 黄润秋"));
        assert_eq!(block.date.as_deref(), Some("2025-01-14"));
    }

    #[test]
    fn assigns_roles_to_a_block_dated_in_its_occasion() {
        let lines = [
            "政府工作报告",
            "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
            "国务院总理",
            "李\u{3000}强",
        ];
        let block = assign_roles(&lines).unwrap();
        assert_eq!(block.title, "政府工作报告");
        assert_eq!(block.subtitle, None);
        assert_eq!(
            block.occasion.as_deref(),
            Some("2024年3月5日在第十四届全国人民代表大会第二次会议上")
        );
        assert_eq!(block.speaker.as_deref(), Some("国务院总理 李强"));
        assert_eq!(block.date.as_deref(), Some("2024-03-05"));
    }

    #[test]
    fn assigns_roles_without_occasion_or_date() {
        let block = assign_roles(&["标题", "副标题", "某部部长　某某某"]).unwrap();
        assert_eq!(block.subtitle.as_deref(), Some("副标题"));
        assert_eq!(block.speaker.as_deref(), Some("某部部长 某某某"));
        assert_eq!(block.date, None);
        let block = assign_roles(&["标题", "副标题"]).unwrap();
        assert_eq!(block.subtitle.as_deref(), Some("副标题"));
        assert_eq!(block.speaker, None);
        assert_eq!(assign_roles(&[]).unwrap(), TitleBlock::default());
    }

    #[test]
    fn rejects_a_date_that_is_not_on_the_calendar() {
        let lines = ["标题", "——2024年2月30日在会上"];
        assert_eq!(
            assign_roles(&lines),
            Err((1, "2024年2月30日 is not a calendar date".into()))
        );
    }
}
