//! Formulas of derived indicators: numbers, indicator ids (their value),
//! `id.change` (their signed change), `+ - * /` and parentheses.

use std::collections::HashMap;

/// A parsed formula.
#[derive(Debug, Clone, PartialEq)]
pub enum Formula {
    Number(f64),
    Name(String),
    Neg(Box<Formula>),
    Binary(Box<Formula>, char, Box<Formula>),
}

struct Parser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl Parser<'_> {
    fn skip_spaces(&mut self) {
        while self.chars.peek().is_some_and(|c| c.is_whitespace()) {
            self.chars.next();
        }
    }

    fn expression(&mut self) -> Result<Formula, String> {
        let mut left = self.term()?;
        loop {
            self.skip_spaces();
            match self.chars.peek() {
                Some(&op @ ('+' | '-')) => {
                    self.chars.next();
                    left = Formula::Binary(Box::new(left), op, Box::new(self.term()?));
                }
                _ => return Ok(left),
            }
        }
    }

    fn term(&mut self) -> Result<Formula, String> {
        let mut left = self.factor()?;
        loop {
            self.skip_spaces();
            match self.chars.peek() {
                Some(&op @ ('*' | '/')) => {
                    self.chars.next();
                    left = Formula::Binary(Box::new(left), op, Box::new(self.factor()?));
                }
                _ => return Ok(left),
            }
        }
    }

    fn factor(&mut self) -> Result<Formula, String> {
        self.skip_spaces();
        match self.chars.peek().copied() {
            Some('(') => {
                self.chars.next();
                let inner = self.expression()?;
                self.skip_spaces();
                match self.chars.next() {
                    Some(')') => Ok(inner),
                    _ => Err("missing )".into()),
                }
            }
            Some('-') => {
                self.chars.next();
                Ok(Formula::Neg(Box::new(self.factor()?)))
            }
            Some(c) if c.is_ascii_digit() => {
                let mut text = String::new();
                while let Some(&c) = self
                    .chars
                    .peek()
                    .filter(|c| c.is_ascii_digit() || **c == '.')
                {
                    text.push(c);
                    self.chars.next();
                }
                crate::decimal::parse_decimal(&text)
                    .map(Formula::Number)
                    .ok_or_else(|| format!("bad number {text}"))
            }
            Some(c) if c.is_ascii_alphabetic() || c == '_' => {
                let mut name = String::new();
                while let Some(&c) = self
                    .chars
                    .peek()
                    .filter(|c| c.is_ascii_alphanumeric() || **c == '_' || **c == '.')
                {
                    name.push(c);
                    self.chars.next();
                }
                Ok(Formula::Name(name))
            }
            Some(c) => Err(format!("unexpected '{c}'")),
            None => Err("unexpected end".into()),
        }
    }
}

impl Formula {
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut parser = Parser {
            chars: text.chars().peekable(),
        };
        let formula = parser.expression()?;
        parser.skip_spaces();
        match parser.chars.next() {
            None => Ok(formula),
            Some(c) => Err(format!("unexpected '{c}'")),
        }
    }

    /// Names the formula refers to.
    pub fn names(&self) -> Vec<&str> {
        match self {
            Formula::Number(_) => Vec::new(),
            Formula::Name(name) => vec![name],
            Formula::Neg(inner) => inner.names(),
            Formula::Binary(a, _, b) => a.names().into_iter().chain(b.names()).collect(),
        }
    }
}

/// For each indicator, in order, the indices of the derived indicators whose
/// formula uses its value or change; a formula that does not parse names
/// nothing (validation refuses it).
pub fn derived_from(indicators: &[super::Indicator]) -> Vec<Vec<usize>> {
    // The ids each formula uses: `air_pm25.change` uses `air_pm25`.
    let uses: Vec<Vec<String>> = indicators
        .iter()
        .map(|i| {
            let formula = i.derived.as_deref().and_then(|f| Formula::parse(f).ok());
            formula.map_or_else(Vec::new, |f| {
                f.names()
                    .iter()
                    .filter_map(|name| name.split('.').next())
                    .map(str::to_owned)
                    .collect()
            })
        })
        .collect();
    indicators
        .iter()
        .map(|source| {
            uses.iter()
                .enumerate()
                .filter(|(_, ids)| ids.contains(&source.id))
                .map(|(index, _)| index)
                .collect()
        })
        .collect()
}

/// Evaluates a formula with `names` giving each name's value.
pub fn evaluate(formula: &Formula, names: &HashMap<String, f64>) -> Result<f64, String> {
    Ok(match formula {
        Formula::Number(n) => *n,
        Formula::Name(name) => *names
            .get(name)
            .ok_or_else(|| format!("unknown name {name}"))?,
        Formula::Neg(inner) => -evaluate(inner, names)?,
        Formula::Binary(a, op, b) => {
            let (a, b) = (evaluate(a, names)?, evaluate(b, names)?);
            match op {
                '+' => a + b,
                '-' => a - b,
                '*' => a * b,
                _ if b == 0.0 => return Err("division by zero".into()),
                _ => a / b,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluates_with_precedence_and_names() {
        let names = HashMap::from([("pm25".to_owned(), 29.3), ("pm25.change".to_owned(), -2.7)]);
        let formula = Formula::parse("pm25 / (1 + pm25.change / 100)").unwrap();
        assert!((evaluate(&formula, &names).unwrap() - 30.113).abs() < 0.001);
        assert_eq!(
            evaluate(&Formula::parse("1 + 2 * 3").unwrap(), &names),
            Ok(7.0)
        );
        assert_eq!(
            evaluate(&Formula::parse("-(1 - 3)").unwrap(), &names),
            Ok(2.0)
        );
        assert_eq!(formula.names(), ["pm25", "pm25.change"]);
    }

    #[test]
    fn rejects_bad_formulas() {
        for bad in ["", "1 +", "(1", "1 ) 2", "1 $ 2"] {
            assert!(Formula::parse(bad).is_err(), "{bad}");
        }
        assert!(evaluate(&Formula::parse("x").unwrap(), &HashMap::new()).is_err());
        assert!(evaluate(&Formula::parse("1 / 0").unwrap(), &HashMap::new()).is_err());
    }
}
