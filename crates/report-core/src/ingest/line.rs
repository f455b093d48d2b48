//! Classifies one trimmed body line: heading, metadata, scrape noise or text.

use crate::numeral::parse_chinese_numeral;

/// What a non-blank body line is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineKind<'a> {
    /// `一、2024年…`: a part heading with its number and title.
    Part { number: u8, title: &'a str },
    /// `(一)…` or `（一）…`: a section heading, and the text the line goes
    /// on with after the heading's sentence, which opens the section.
    Section {
        number: u8,
        title: &'a str,
        rest: Option<&'a str>,
    },
    /// `来源:生态环境部`: where the text was published.
    Source(&'a str),
    /// Left over from scraping (`ad1 webp`), dropped.
    Noise,
    /// A paragraph of body text.
    Text,
}

const OPEN_PARENS: [char; 2] = ['(', '（'];
const CLOSE_PARENS: [char; 2] = [')', '）'];
const IMAGE_WORDS: [&str; 5] = ["webp", "jpg", "jpeg", "png", "gif"];

/// Trims ASCII and ideographic spaces, which scraped text often carries.
pub fn trim_line(line: &str) -> &str {
    line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{feff}')
}

pub fn classify(line: &str) -> LineKind<'_> {
    if let Some(kind) = part_heading(line).or_else(|| section_heading(line)) {
        return kind;
    }
    if let Some(source) = line
        .strip_prefix("来源:")
        .or_else(|| line.strip_prefix("来源："))
    {
        return LineKind::Source(trim_line(source));
    }
    if is_scrape_noise(line) {
        return LineKind::Noise;
    }
    LineKind::Text
}

/// `一、title`: a numeral from 一 to 二十, `、`, then a non-empty title.
fn part_heading(line: &str) -> Option<LineKind<'_>> {
    let (numeral, title) = line.split_once('、')?;
    let number = parse_chinese_numeral(numeral)?;
    let title = trim_line(title);
    (!title.is_empty()).then_some(LineKind::Part { number, title })
}

/// `(一)title` with ASCII or full-width parentheses. The numeral must be
/// Chinese, so the date line `(2025年1月14日)` is never a heading. A line
/// that goes on after its first `。` has that sentence as its heading (the
/// full stop left out) and the rest as the section's first paragraph.
fn section_heading(line: &str) -> Option<LineKind<'_>> {
    let rest = line.strip_prefix(OPEN_PARENS)?;
    let close = rest.find(CLOSE_PARENS)?;
    let number = parse_chinese_numeral(&rest[..close])?;
    let after_paren = &rest[close..];
    let heading = trim_line(after_paren.strip_prefix(CLOSE_PARENS)?);
    let (title, rest) = match heading.split_once('。') {
        Some((title, rest)) => (
            trim_line(title),
            Some(trim_line(rest)).filter(|r| !r.is_empty()),
        ),
        None => (heading, None),
    };
    (!title.is_empty()).then_some(LineKind::Section {
        number,
        title,
        rest,
    })
}

/// Short ASCII lines naming an image, e.g. `ad1 webp`, left by the scraper.
fn is_scrape_noise(line: &str) -> bool {
    line.is_ascii()
        && line.len() <= 40
        && line
            .rsplit(|c: char| c.is_whitespace() || c == '.')
            .next()
            .is_some_and(|word| IMAGE_WORDS.contains(&word.to_ascii_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_part_headings() {
        assert_eq!(
            classify("一、2024年生态环境保护工作取得重要进展"),
            LineKind::Part {
                number: 1,
                title: "2024年生态环境保护工作取得重要进展"
            }
        );
        assert_eq!(
            classify("二十、最后"),
            LineKind::Part {
                number: 20,
                title: "最后"
            }
        );
        assert_eq!(classify("一、"), LineKind::Text);
        assert_eq!(
            classify("一要在完成“十四五”硬任务上见真章。"),
            LineKind::Text
        );
    }

    #[test]
    fn recognises_section_headings_with_either_parentheses() {
        let expected = LineKind::Section {
            number: 1,
            title: "深入推进",
            rest: None,
        };
        assert_eq!(classify("(一)深入推进"), expected);
        assert_eq!(classify("（一）深入推进"), expected);
        assert_eq!(
            classify("(十二)标题"),
            LineKind::Section {
                number: 12,
                title: "标题",
                rest: None,
            }
        );
    }

    #[test]
    fn a_section_line_that_goes_on_opens_its_section() {
        assert_eq!(
            classify("（三）着力扩大国内需求，推动经济实现良性循环。把实施扩大内需战略同深化供给侧结构性改革有机结合。"),
            LineKind::Section {
                number: 3,
                title: "着力扩大国内需求，推动经济实现良性循环",
                rest: Some("把实施扩大内需战略同深化供给侧结构性改革有机结合。"),
            }
        );
        assert_eq!(
            classify("（三）只有标题。"),
            LineKind::Section {
                number: 3,
                title: "只有标题",
                rest: None,
            }
        );
        assert_eq!(classify("（三）。正文"), LineKind::Text);
    }

    #[test]
    fn never_takes_a_date_for_a_section() {
        assert_eq!(classify("(2025年1月14日)"), LineKind::Text);
        assert_eq!(classify("（2025年1月14日）"), LineKind::Text);
        assert_eq!(classify("(一)"), LineKind::Text);
    }

    #[test]
    fn recognises_source_and_noise() {
        assert_eq!(classify("来源:生态环境部"), LineKind::Source("生态环境部"));
        assert_eq!(
            classify("来源： 生态环境部"),
            LineKind::Source("生态环境部")
        );
        assert_eq!(classify("ad1 webp"), LineKind::Noise);
        assert_eq!(classify("banner.PNG"), LineKind::Noise);
        assert_eq!(classify("VOCs"), LineKind::Text);
    }
}
