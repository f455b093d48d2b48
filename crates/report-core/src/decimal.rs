//! Reading a plain decimal such as `3.9` or `-0.25` as an `f64`, for the
//! numbers of the indicator catalog and its formulas.
//!
//! The standard library's `f64` parser handles every form exactly, but its
//! tables and code weigh about 14 KB in the wasm bundle. The catalog only
//! holds short plain decimals, and for those a shorter way is just as exact:
//! with at most 15 significant digits the digits form an integer below 2^53,
//! and with at most 22 decimals the divisor is a power of ten below 2^75 whose
//! odd part is below 2^53, so both are exact `f64`s and their quotient is one
//! correctly rounded division: the same `f64` as the standard parser gives.
//! Anything else is refused, and the catalog's validation refuses it too.

/// The most significant digits read exactly.
const MAX_DIGITS: u32 = 15;
/// 10^0 to 10^22, every power of ten that is an exact `f64`: the most
/// decimals read exactly.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// `text` as a number if it is a plain decimal: an optional `-`, digits, and
/// optionally a `.` followed by digits; `None` otherwise, or if it has more
/// than 15 significant digits or 22 decimals.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) if !fraction.is_empty() => (whole, fraction),
        Some(_) => return None,
        None => (unsigned, ""),
    };
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let divisor = *POWERS_OF_TEN.get(fraction.len())?;
    let mut mantissa: u64 = 0;
    let mut significant = 0;
    for digit in whole.bytes().chain(fraction.bytes()) {
        if mantissa == 0 && digit == b'0' {
            continue;
        }
        significant += 1;
        if significant > MAX_DIGITS {
            return None;
        }
        mantissa = mantissa * 10 + u64::from(digit - b'0');
    }
    // Exact: below 10^15 < 2^53.
    #[allow(clippy::cast_precision_loss)]
    let value = mantissa as f64 / divisor;
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_plain_decimals() {
        assert_eq!(parse_decimal("3.9"), Some(3.9));
        assert_eq!(parse_decimal("23"), Some(23.0));
        assert_eq!(parse_decimal("-0.25"), Some(-0.25));
        assert_eq!(parse_decimal("0.1"), Some(0.1));
        assert_eq!(parse_decimal("007.50"), Some(7.5));
        assert_eq!(parse_decimal("0"), Some(0.0));
        assert_eq!(
            parse_decimal("123456789012345"),
            Some(123_456_789_012_345.0)
        );
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal() {
        for text in [
            "", "-", ".", "1.", ".5", "1.2.3", "1e5", "+1", " 1", "1 ", "1,000", "NaN", "inf",
            "--1", "1-",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }

    #[test]
    fn refuses_what_it_cannot_read_exactly() {
        assert_eq!(parse_decimal("1234567890123456"), None);
        assert_eq!(parse_decimal("0.00000000000000000000001"), None);
    }

    proptest! {
        /// Agrees with the standard parser on every decimal it accepts.
        #[test]
        fn agrees_with_the_standard_parser(
            negative in any::<bool>(),
            whole in 0_u64..1_000_000_000,
            fraction in proptest::option::of("[0-9]{1,6}"),
        ) {
            let text = format!(
                "{}{whole}{}",
                if negative { "-" } else { "" },
                fraction.map(|f| format!(".{f}")).unwrap_or_default()
            );
            let expected: f64 = text.parse().unwrap();
            prop_assert_eq!(parse_decimal(&text).map(f64::to_bits), Some(expected.to_bits()));
        }
    }
}
