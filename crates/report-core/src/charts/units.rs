//! Units as the report writes them: an optional magnitude (`万`, `亿`,
//! `万亿`) before a base unit (`吨`, `个`, `元/吨` …), so values written in
//! different magnitudes can share one axis.

/// Splits a unit into its magnitude factor and base unit:
/// `亿吨` → (1e8, `吨`), `万个` → (1e4, `个`), `%` → (1, `%`).
pub fn split_unit(unit: &str) -> (f64, &str) {
    for (prefix, factor) in [("万亿", 1e12), ("亿", 1e8), ("万", 1e4)] {
        if let Some(base) = unit.strip_prefix(prefix) {
            return (factor, base);
        }
    }
    (1.0, unit)
}

/// Converts `value` written in `from` into `to`, when both share a base unit.
pub fn convert(value: f64, from: &str, to: &str) -> Option<f64> {
    let (from_factor, from_base) = split_unit(from);
    let (to_factor, to_base) = split_unit(to);
    (from_base == to_base).then(|| value * from_factor / to_factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_converts_magnitudes() {
        assert_eq!(split_unit("亿吨"), (1e8, "吨"));
        assert_eq!(split_unit("万吨/年"), (1e4, "吨/年"));
        assert_eq!(split_unit("元/吨"), (1.0, "元/吨"));
        assert_eq!(convert(8400.0, "万吨", "亿吨"), Some(0.84));
        assert_eq!(convert(5.59, "万件", "件"), Some(55_900.0));
        assert_eq!(convert(1.0, "亿吨", "%"), None);
    }
}
