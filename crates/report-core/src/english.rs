//! Quantities in English: the report's magnitudes (万, 亿, 万亿) applied and
//! written the English way, its units in English forms. `3.9` `万件` reads
//! `39,000 cases`, `766` `亿元` `76.6 billion yuan`, `21.9` `万亿元`
//! `21.9 trillion yuan`, `29.3` `微克/立方米` `29.3 µg/m³`. Decimal strings
//! are shifted as text, so no value gains float noise on the way.

use crate::charts::split_unit;

/// English forms of the base units the report writes (after any
/// magnitude). A unit of counting that the indicator's label already names
/// (个, 座, 家 …) reads as a bare number. A unit not listed stays as written.
const UNITS: &[(&str, &str)] = &[
    ("%", "%"),
    ("个百分点", "percentage points"),
    ("微克/立方米", "µg/m³"),
    ("元/吨", "yuan/tonne"),
    ("吨/年", "tonnes/year"),
    ("吨", "tonnes"),
    ("元", "yuan"),
    ("件", "cases"),
    ("起", "cases"),
    ("项", "items"),
    ("户", "households"),
    ("人次", "person-times"),
    ("人", "people"),
    ("个轮次", "rounds"),
    ("次", "times"),
    ("年", "years"),
    ("类", "categories"),
    ("部门", "departments"),
    ("台", "units"),
    ("方", "m³"),
    ("个", ""),
    ("条", ""),
    ("座", ""),
    ("部", ""),
    ("家", ""),
    ("份", ""),
    ("张", ""),
    ("", ""),
];

/// Qualifiers as English words before the number.
const QUALIFIERS: &[(&str, &str)] = &[
    ("约", "about"),
    ("左右", "about"),
    ("近", "nearly"),
    ("超过", "over"),
    ("逾", "over"),
    ("余", "over"),
    ("多", "over"),
    ("以上", "over"),
    ("达", ""),
];

/// The English form of a base unit, or the unit as written if it has none.
fn base_unit(base: &str) -> &str {
    UNITS
        .iter()
        .find(|(zh, _)| *zh == base)
        .map_or(base, |(_, en)| en)
}

/// A unit in English, magnitude included, for an axis or a column:
/// `亿吨` → `100 million tonnes`, `万项` → `10,000 items`, `%` → `%`.
pub fn unit(unit: &str) -> String {
    let (factor, base) = split_unit(unit);
    let base = base_unit(base);
    let magnitude = match factor {
        f if f >= 1e12 => "trillion",
        f if f >= 1e8 => "100 million",
        f if f >= 1e4 => "10,000",
        _ => "",
    };
    [magnitude, base]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `value` (a decimal as written) in `unit`, in English: the magnitude
/// applied, large numbers in millions, billions or trillions, thousands
/// grouped with commas, and the unit's English form after a space (none
/// before `%`).
pub fn quantity(value: &str, unit: &str) -> String {
    let number = number(value, unit);
    match base_unit(split_unit(unit).1) {
        "" => number,
        "%" => format!("{number}%"),
        english => format!("{number} {english}"),
    }
}

/// The number of [`quantity`] without its unit: `3.9` `万件` → `39,000`,
/// `766` `亿元` → `76.6 billion`. An English text that states the figure
/// contains it.
pub fn number(value: &str, unit: &str) -> String {
    let places = match split_unit(unit).0 {
        f if f >= 1e12 => 12,
        f if f >= 1e8 => 8,
        f if f >= 1e4 => 4,
        _ => 0,
    };
    with_words(&shift_decimal(value, places))
}

/// [`quantity`] with the report's qualifier (`约`, `余` …) as an English word.
pub fn figure(value: &str, unit: &str, qualifier: Option<&str>) -> String {
    let word = qualifier.map_or("", |q| {
        QUALIFIERS
            .iter()
            .find(|(zh, _)| *zh == q)
            .map_or("", |(_, en)| en)
    });
    let quantity = quantity(value, unit);
    if word.is_empty() {
        quantity
    } else {
        format!("{word} {quantity}")
    }
}

/// A whole-number decimal of a million or more in millions, billions or
/// trillions (`766` ×10⁸ → `76.6 billion`); below that, the number with
/// its thousands grouped (`39000` → `39,000`).
fn with_words(number: &str) -> String {
    let (sign, digits) = match number.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", number),
    };
    let whole_digits = digits.split('.').next().unwrap_or_default().len();
    for (exponent, word) in [(12_i32, "trillion"), (9, "billion"), (6, "million")] {
        if whole_digits > exponent as usize {
            return format!("{sign}{} {word}", shift_decimal(digits, -exponent));
        }
    }
    format!("{sign}{}", grouped(digits))
}

/// `digits` with commas between thousands of its whole part.
fn grouped(digits: &str) -> String {
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let mut out = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// The decimal `value` times 10^`places` (a negative `places` divides),
/// shifting its point as text: `3.9`, 4 → `39000`; `3867200`, -6 →
/// `3.8672`. Text that is not a plain decimal comes back as it was.
fn shift_decimal(value: &str, places: i32) -> String {
    let (sign, unsigned) = match value.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", value),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let plain = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !plain(whole) || !plain(fraction) {
        return value.to_owned();
    }
    let digits = format!("{whole}{fraction}");
    let point = whole.len() as i32 + places;
    let (whole, fraction) = if point <= 0 {
        (
            "0".to_owned(),
            format!("{}{digits}", "0".repeat(point.unsigned_abs() as usize)),
        )
    } else if point as usize >= digits.len() {
        (
            format!("{digits}{}", "0".repeat(point as usize - digits.len())),
            String::new(),
        )
    } else {
        (
            digits[..point as usize].to_owned(),
            digits[point as usize..].to_owned(),
        )
    };
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let fraction = fraction.trim_end_matches('0');
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magnitudes_become_english_numbers() {
        assert_eq!(quantity("3.9", "万件"), "39,000 cases");
        assert_eq!(quantity("766", "亿元"), "76.6 billion yuan");
        assert_eq!(quantity("21.9", "万亿元"), "21.9 trillion yuan");
        assert_eq!(quantity("8400", "万吨"), "84 million tonnes");
        assert_eq!(quantity("8.93", "亿吨"), "893 million tonnes");
        assert_eq!(quantity("386.72", "万个"), "3.8672 million");
        assert_eq!(quantity("4426", "件"), "4,426 cases");
        assert_eq!(quantity("1.66", "万件"), "16,600 cases");
    }

    #[test]
    fn units_take_english_forms() {
        assert_eq!(quantity("29.3", "微克/立方米"), "29.3 µg/m³");
        assert_eq!(quantity("87.2", "%"), "87.2%");
        assert_eq!(quantity("97.49", "元/吨"), "97.49 yuan/tonne");
        assert_eq!(quantity("607", "个"), "607");
        assert_eq!(quantity("1.7", "个百分点"), "1.7 percentage points");
        // A unit the table does not know stays as written.
        assert_eq!(quantity("3", "批"), "3 批");
        assert_eq!(unit("亿吨"), "100 million tonnes");
        assert_eq!(unit("万项"), "10,000 items");
        assert_eq!(unit("微克/立方米"), "µg/m³");
        assert_eq!(unit("万个"), "10,000");
    }

    #[test]
    fn qualifiers_become_words() {
        assert_eq!(figure("3", "万个", Some("约")), "about 30,000");
        assert_eq!(figure("2.2", "万张", Some("余")), "over 22,000");
        assert_eq!(figure("46", "项", None), "46 items");
    }

    #[test]
    fn decimals_shift_as_text() {
        assert_eq!(shift_decimal("3.9", 4), "39000");
        assert_eq!(shift_decimal("3867200", -6), "3.8672");
        assert_eq!(shift_decimal("0.05", 2), "5");
        assert_eq!(shift_decimal("5", -2), "0.05");
        assert_eq!(shift_decimal("-2.7", 0), "-2.7");
        assert_eq!(shift_decimal("n/a", 4), "n/a");
    }
}
