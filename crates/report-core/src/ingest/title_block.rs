//! The title block before the body: title, subtitle, occasion line, speaker
//! and the parenthesised date line that closes it.

/// The title block's lines by role, dates already checked.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct TitleBlock {
    pub title: String,
    pub subtitle: Option<String>,
    pub occasion: Option<String>,
    pub speaker: Option<String>,
    pub date: String,
}

/// Parses `(2025年1月14日)` (ASCII or full-width parentheses) into the ISO date
/// `2025-01-14`; `None` when the line is not such a date.
pub fn parse_date_line(line: &str) -> Option<Result<String, String>> {
    let inner = line.strip_prefix(['(', '（'])?.strip_suffix([')', '）'])?;
    let (year, rest) = inner.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let day = rest.strip_suffix('日')?;
    let number = |text: &str| -> Option<u32> {
        (!text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse().ok())
            .flatten()
    };
    let (year, month, day) = (number(year)?, number(month)?, number(day)?);
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return Some(Err(format!("{inner} is not a calendar date")));
    }
    Some(Ok(format!("{year:04}-{month:02}-{day:02}")))
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

/// Assigns roles to the lines before the date: the first is the title, a line
/// opening with a dash is the occasion, the one right before the date is the
/// speaker, anything else is the subtitle.
pub fn assign_roles(lines: &[&str], date: String) -> TitleBlock {
    let mut block = TitleBlock {
        date,
        ..TitleBlock::default()
    };
    let last = lines.len().saturating_sub(1);
    for (i, line) in lines.iter().enumerate() {
        let dashless = line.trim_start_matches(['—', '-', '–']);
        if i == 0 {
            block.title = (*line).to_owned();
        } else if dashless.len() != line.len() {
            block.occasion = Some(dashless.to_owned());
        } else if i == last && lines.len() > 2 {
            block.speaker = Some((*line).to_owned());
        } else {
            block.subtitle = Some(match block.subtitle.take() {
                Some(previous) => format!("{previous} {line}"),
                None => (*line).to_owned(),
            });
        }
    }
    block
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
        assert!(matches!(parse_date_line("(2025年2月30日)"), Some(Err(_))));
        assert!(matches!(parse_date_line("(2025年13月1日)"), Some(Err(_))));
    }

    #[test]
    fn assigns_roles_to_the_real_title_block() {
        let lines = [
            "深化改革创新 奋力笃行实干",
            "高质量完成“十四五”生态环境保护目标任务",
            "——在2025年全国生态环境保护工作会议上的工作报告",
            "生态环境部部长 黄润秋",
        ];
        let block = assign_roles(&lines, "2025-01-14".into());
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
    }
}
