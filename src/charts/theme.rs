//! Chart colours: the Okabe–Ito palette, safe for colour-blind readers, on
//! light or dark backgrounds.

use plotters::style::RGBColor;

/// Colours and type for one colour scheme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartTheme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    /// Series colours, in order.
    pub series: [RGBColor; 2],
    /// Font size of labels, in CSS pixels.
    pub font_size: f64,
}

impl ChartTheme {
    pub const LIGHT: ChartTheme = ChartTheme {
        background: RGBColor(255, 255, 255),
        text: RGBColor(29, 29, 31),
        muted: RGBColor(91, 91, 98),
        grid: RGBColor(222, 221, 216),
        series: [RGBColor(0, 114, 178), RGBColor(213, 94, 0)],
        font_size: 13.0,
    };

    pub const DARK: ChartTheme = ChartTheme {
        background: RGBColor(29, 31, 34),
        text: RGBColor(233, 231, 226),
        muted: RGBColor(168, 166, 160),
        grid: RGBColor(52, 54, 58),
        series: [RGBColor(86, 180, 233), RGBColor(230, 159, 0)],
        font_size: 13.0,
    };

    pub fn for_dark(dark: bool) -> Self {
        if dark {
            Self::DARK
        } else {
            Self::LIGHT
        }
    }
}
