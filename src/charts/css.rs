//! Colours, fonts and lengths as CSS text for the canvas and its box, written from
//! integers: see crate::charts::canvas for why not with `f64` formatting.

use plotters_backend::BackendColor;
use report_core::decimal::format_decimal;

/// `rgba(r,g,b,a)` with the alpha to three decimals (1/255 is about 0.004).
pub fn css_color(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("rgba({r},{g},{b},{})", format_decimal(color.alpha, 3))
}

/// A canvas font: `normal 13.5px sans-serif`, the size to two decimals.
pub fn css_font(style: &str, size: f64, family: &str) -> String {
    format!("{style} {}px {family}", format_decimal(size, 2))
}

/// A CSS length in pixels, to two decimals: `612px`, `40.5px`.
pub fn css_px(value: f64) -> String {
    format!("{}px", format_decimal(value, 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_colours_as_the_canvas_reads_them() {
        let opaque = BackendColor {
            alpha: 1.0,
            rgb: (11, 92, 173),
        };
        assert_eq!(css_color(opaque), "rgba(11,92,173,1)");
        let faint = BackendColor {
            alpha: 0.35,
            rgb: (0, 0, 0),
        };
        assert_eq!(css_color(faint), "rgba(0,0,0,0.35)");
    }

    #[test]
    fn writes_fonts_as_the_canvas_reads_them() {
        assert_eq!(
            css_font("normal", 26.0, "sans-serif"),
            "normal 26px sans-serif"
        );
        assert_eq!(css_font("bold", 13.5, "serif"), "bold 13.5px serif");
    }

    #[test]
    fn writes_lengths_in_pixels() {
        assert_eq!(css_px(612.0), "612px");
        assert_eq!(css_px(40.5), "40.5px");
    }
}
