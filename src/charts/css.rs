//! Lengths as CSS text for a chart's box.

use report_core::decimal::format_decimal;

/// A CSS length in pixels, to two decimals: `612px`, `40.5px`.
pub fn css_px(value: f64) -> String {
    format!("{}px", format_decimal(value, 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_lengths_in_pixels() {
        assert_eq!(css_px(612.0), "612px");
        assert_eq!(css_px(40.5), "40.5px");
    }
}
