//! A derived indicator's formula as a reader reads it: each indicator it
//! names written as its value, a change as the change, `÷` and `×` for `/`
//! and `*`. `air_pm25 / (1 + air_pm25.change / 100)` with a value of 29.3
//! µg/m³ and a change of −2.7% reads `29.3微克/立方米 ÷ (1 − 2.7%)`. The
//! formula itself stays in the data.

use super::Indicator;

/// One piece of a formula.
#[derive(Debug, Clone, PartialEq)]
enum Token<'a> {
    Name(&'a str),
    Change(&'a str),
    Number(&'a str),
    Symbol(char),
}

fn tokens(formula: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut rest = formula.trim_start();
    while let Some(first) = rest.chars().next() {
        let taken = if first.is_ascii_alphabetic() || first == '_' {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
                .unwrap_or(rest.len());
            let name = &rest[..end];
            out.push(match name.strip_suffix(".change") {
                Some(id) => Token::Change(id),
                None => Token::Name(name),
            });
            end
        } else if first.is_ascii_digit() {
            let end = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(rest.len());
            out.push(Token::Number(&rest[..end]));
            end
        } else {
            out.push(Token::Symbol(first));
            first.len_utf8()
        };
        rest = rest[taken..].trim_start();
    }
    out
}

/// `formula` in words, the indicators it names found in `indicators` and
/// written with `figure` (their value and unit in the reader's language)
/// and `change` (a signed change with its unit). A formula that does not
/// read comes back as written.
pub fn formula_in_words(
    formula: &str,
    indicators: &[Indicator],
    figure: impl Fn(&Indicator) -> String,
    change: impl Fn(&Indicator) -> Option<String>,
) -> String {
    let find = |id: &str| indicators.iter().find(|i| i.id == id);
    let tokens = tokens(formula);
    let mut words: Vec<String> = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        // `(1 + X.change / 100)`: one plus the change, as a percentage.
        if let [Token::Symbol('('), Token::Number("1"), Token::Symbol('+'), Token::Change(id), Token::Symbol('/'), Token::Number("100"), Token::Symbol(')'), ..] =
            &tokens[at..]
        {
            if let Some(value) = find(id).and_then(|i| i.change.clone()) {
                let (sign, magnitude) = match value.strip_prefix('-') {
                    Some(magnitude) => ('−', magnitude.to_owned()),
                    None => ('+', value.trim_start_matches('+').to_owned()),
                };
                words.push(format!("(1 {sign} {magnitude}%)"));
                at += 7;
                continue;
            }
        }
        // `(X / 100)`: a percentage as such.
        if let [Token::Symbol('('), Token::Name(id), Token::Symbol('/'), Token::Number("100"), Token::Symbol(')'), ..] =
            &tokens[at..]
        {
            if let Some(indicator) = find(id) {
                words.push(figure(indicator));
                at += 5;
                continue;
            }
        }
        let word = match &tokens[at] {
            Token::Name(id) => find(id).map(&figure),
            Token::Change(id) => find(id).and_then(&change),
            Token::Number(number) => Some((*number).to_owned()),
            Token::Symbol('/') => Some("÷".to_owned()),
            Token::Symbol('*') => Some("×".to_owned()),
            Token::Symbol('-') => Some("−".to_owned()),
            Token::Symbol(symbol) => Some(symbol.to_string()),
        };
        let Some(mut word) = word else {
            return formula.to_owned();
        };
        // A signed change after `+` or `−` folds its sign into the
        // operator: `87.2% − +1.7%` reads `87.2% − 1.7%`, `0.9% − −0.7%`
        // reads `0.9% + 0.7%`.
        if matches!(tokens[at], Token::Change(_)) {
            let sign = word.chars().next().filter(|c| matches!(c, '+' | '-' | '−'));
            if let (Some(sign), Some(operator)) = (sign, words.last_mut()) {
                if operator == "−" || operator == "+" {
                    let negative = (sign != '+') != (operator == "−");
                    *operator = if negative { "−" } else { "+" }.to_owned();
                    word = word[sign.len_utf8()..].to_owned();
                }
            }
        }
        words.push(word);
        at += 1;
    }
    words.join(" ").replace("( ", "(").replace(" )", ")")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator(id: &str, value: &str, unit: &str, change: Option<&str>) -> Indicator {
        Indicator {
            change: change.map(Into::into),
            change_unit: Some("%".into()),
            ..crate::indicators::sample_indicator(id, value, unit)
        }
    }

    fn words(formula: &str, indicators: &[Indicator]) -> String {
        formula_in_words(
            formula,
            indicators,
            |i| format!("{}{}", i.value, i.unit),
            // Signed, as the app writes a change.
            |i| {
                i.change.clone().map(|c| {
                    let unit = i.change_unit.clone().unwrap_or_default();
                    match c.strip_prefix('-') {
                        Some(magnitude) => format!("−{magnitude}{unit}"),
                        None => format!("+{c}{unit}"),
                    }
                })
            },
        )
    }

    #[test]
    fn formulas_read_as_values_and_changes() {
        let pm25 = [indicator("air_pm25", "29.3", "微克/立方米", Some("-2.7"))];
        assert_eq!(
            words("air_pm25 / (1 + air_pm25.change / 100)", &pm25),
            "29.3微克/立方米 ÷ (1 − 2.7%)"
        );
        let days = [indicator("air_good_days", "87.2", "%", Some("1.3"))];
        assert_eq!(
            words("air_good_days - air_good_days.change", &days),
            "87.2% − 1.3%"
        );
        let heavy = [indicator("air_heavy_days", "0.9", "%", Some("-0.7"))];
        assert_eq!(
            words("air_heavy_days - air_heavy_days.change", &heavy),
            "0.9% + 0.7%"
        );
        let steel = [
            indicator("cap", "5.9", "亿吨", None),
            indicator("share", "80", "%", None),
        ];
        assert_eq!(words("cap / (share / 100)", &steel), "5.9亿吨 ÷ 80%");
        // A name the catalog lacks leaves the formula as written.
        assert_eq!(words("unknown / 2", &steel), "unknown / 2");
    }
}
