//! Reading a plain decimal such as `3.9` or `-0.25` as an `f64`, for the
//! numbers of the indicator catalog and its formulas, and writing an `f64`
//! with a few decimals, for chart labels and canvas styles.
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

/// The most decimals [`format_decimal`] writes.
pub const MAX_PLACES: u32 = 6;

/// `value` rounded to `places` decimals (at most [`MAX_PLACES`]), without
/// trailing zeros or a bare point: `50`, `0.5`, `-2.75`. The digits are
/// those of `format!("{value:.places$}")`, rounded from the exact binary
/// value with ties to even, but the standard library's float printing
/// weighs about 3 KB gzip in the wasm bundle and this needs only integer
/// arithmetic. A magnitude whose scaled value exceeds `u64::MAX` (above about
/// 1.8e13 at six places) is written as `u64::MAX / 10^places`; NaN and
/// infinities as `NaN`, `inf` and `-inf`.
pub fn format_decimal(value: f64, places: u32) -> String {
    if !value.is_finite() {
        let text = match (value.is_nan(), value > 0.0) {
            (true, _) => "NaN",
            (false, true) => "inf",
            (false, false) => "-inf",
        };
        return text.to_owned();
    }
    let places = places.min(MAX_PLACES);
    let scaled = scaled_exactly(value.abs(), places);
    let digits = scaled.to_string();
    let places = places as usize;
    let (whole, fraction) = if digits.len() > places {
        digits.split_at(digits.len() - places)
    } else {
        ("0", digits.as_str())
    };
    let fraction = format!("{fraction:0>places$}");
    let fraction = fraction.trim_end_matches('0');
    let sign = if value < 0.0 && scaled > 0 { "-" } else { "" };
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

/// `magnitude × 10^places` rounded to an integer, ties to even, computed
/// from the float's exact mantissa and exponent.
fn scaled_exactly(magnitude: f64, places: u32) -> u64 {
    let bits = magnitude.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // Below 2^53 × 10^6 < 2^73: no overflow.
    let product = u128::from(mantissa) * u128::from(10_u64.pow(places));
    let rounded = if exponent >= 0 {
        // At least 2^52, beyond any scaled value that fits.
        product
            .checked_shl(exponent.unsigned_abs())
            .filter(|n| n >> exponent == product)
    } else {
        let shift = exponent.unsigned_abs();
        if shift >= 127 {
            // Below 2^73 / 2^127: far under one half.
            Some(0)
        } else {
            let quotient = product >> shift;
            let remainder = product - (quotient << shift);
            let half = 1_u128 << (shift - 1);
            let up = remainder > half || (remainder == half && quotient & 1 == 1);
            Some(quotient + u128::from(up))
        }
    };
    rounded.map_or(u64::MAX, |n| u64::try_from(n).unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What `format_decimal` must match: the standard library's digits, trimmed.
    fn std_formatted(value: f64, places: u32) -> String {
        let text = format!("{value:.0$}", places as usize);
        let text = if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.')
        } else {
            &text
        };
        // The standard library keeps the sign of a value that rounds to zero.
        match text {
            "-0" => "0".to_owned(),
            other => other.to_owned(),
        }
    }

    #[test]
    fn writes_decimals_without_trailing_zeros() {
        assert_eq!(format_decimal(50.0, 2), "50");
        assert_eq!(format_decimal(0.5, 2), "0.5");
        assert_eq!(format_decimal(-2.75, 2), "-2.75");
        assert_eq!(format_decimal(12000.0, 2), "12000");
        assert_eq!(format_decimal(0.1 + 0.2, 2), "0.3");
        assert_eq!(format_decimal(1.0 / 3.0, 3), "0.333");
        assert_eq!(format_decimal(612.0, 0), "612");
        assert_eq!(format_decimal(0.001, 2), "0");
        assert_eq!(format_decimal(-0.001, 2), "0");
        assert_eq!(format_decimal(-0.0, 2), "0");
        assert_eq!(format_decimal(5e-324, 6), "0");
        assert_eq!(format_decimal(0.05, 9), "0.05");
    }

    #[test]
    fn rounds_ties_to_even_on_the_exact_value() {
        // Exact binary ties.
        assert_eq!(format_decimal(0.125, 2), "0.12");
        assert_eq!(format_decimal(0.375, 2), "0.38");
        assert_eq!(format_decimal(2.5, 0), "2");
        assert_eq!(format_decimal(3.5, 0), "4");
        // Each a little off its decimal, though × 100 rounds to a tie.
        assert_eq!(format_decimal(0.005, 2), "0.01");
        assert_eq!(format_decimal(0.015, 2), "0.01");
        assert_eq!(format_decimal(0.075, 2), "0.07");
        assert_eq!(format_decimal(0.085, 2), "0.09");
    }

    #[test]
    fn names_what_is_not_a_number() {
        assert_eq!(format_decimal(f64::NAN, 2), "NaN");
        assert_eq!(format_decimal(f64::INFINITY, 2), "inf");
        assert_eq!(format_decimal(f64::NEG_INFINITY, 2), "-inf");
        assert_eq!(format_decimal(1e300, 0), u64::MAX.to_string());
    }

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
        /// Writes the digits the standard library writes, for any value in range.
        #[test]
        fn writes_what_the_standard_library_writes(value in -1e12_f64..1e12, places in 0_u32..=6) {
            prop_assert_eq!(format_decimal(value, places), std_formatted(value, places));
        }

        /// Also for decimals a digit longer than the places kept, where
        /// every decimal tie sits near a binary value.
        #[test]
        fn rounds_near_ties_as_the_standard_library(whole in 0_i64..1_000_000, last in 0_i64..1000, places in 0_u32..=3) {
            #[allow(clippy::cast_precision_loss)]
            let value = (whole * 1000 + last) as f64 / POWERS_OF_TEN[places as usize + 1] / 100.0;
            prop_assert_eq!(format_decimal(value, places), std_formatted(value, places));
            prop_assert_eq!(format_decimal(-value, places), std_formatted(-value, places));
        }

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
