//! Chart drawing: a pure `draw` over any plotters backend (plotters-canvas's
//! in the browser, SVG in native tests) from report-core's layout,
//! which the app also keeps for hit-testing.

mod css;
mod draw;
mod summary;
mod theme;

pub use css::css_px;
pub use draw::{draw, format_value, row_label_lines, text_style};
pub use summary::summary;
pub use theme::ChartTheme;
