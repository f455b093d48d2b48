//! Chinese numerals as used in part (`一、`) and section (`(十二)`) headings.

const DIGITS: [char; 9] = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

fn digit_value(c: char) -> Option<u8> {
    DIGITS.iter().position(|&d| d == c).map(|i| i as u8 + 1)
}

/// Parses the numerals 一 to 二十 (1–20), the range headings use. Anything
/// else, including Arabic digits such as the date `2025年1月14日`, is `None`.
pub fn parse_chinese_numeral(text: &str) -> Option<u8> {
    let chars: Vec<char> = text.chars().collect();
    match chars.as_slice() {
        [d] if *d == '十' => Some(10),
        [d] => digit_value(*d),
        ['十', d] => digit_value(*d).map(|v| 10 + v),
        [t, '十'] if *t == '二' => Some(20),
        _ => None,
    }
}

/// Formats 1–20 as a Chinese numeral; other values fall back to Arabic digits.
pub fn chinese_numeral(value: u8) -> String {
    match value {
        1..=9 => DIGITS[usize::from(value - 1)].to_string(),
        10 => "十".to_owned(),
        11..=19 => format!("十{}", DIGITS[usize::from(value - 11)]),
        20 => "二十".to_owned(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_one_to_twenty() {
        let expected = [
            "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
            "十四", "十五", "十六", "十七", "十八", "十九", "二十",
        ];
        for (i, text) in expected.iter().enumerate() {
            let value = i as u8 + 1;
            assert_eq!(parse_chinese_numeral(text), Some(value), "{text}");
            assert_eq!(chinese_numeral(value), *text);
        }
    }

    #[test]
    fn rejects_other_text() {
        for bad in [
            "",
            "零",
            "二十一",
            "三十",
            "十十",
            "1",
            "2025年1月14日",
            "一二",
        ] {
            assert_eq!(parse_chinese_numeral(bad), None, "{bad}");
        }
    }
}
