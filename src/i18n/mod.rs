//! UI language: Chinese by default, English second. The report text itself
//! always stays Chinese; only the interface around it is translated.

mod categories;
mod format;
mod strings;

pub use categories::category_name;
pub use format::{
    change_text, change_text_in, citation_text, figure_text, figure_text_in, format_date,
    formula_text_in, part_name, problem_message, result_count,
};
pub use strings::{Strings, ViewStrings};

/// A UI language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "zh" | "zh-CN" | "zh-Hans" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn html_tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Self {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &strings::ZH,
            Lang::En => &strings::EN,
        }
    }

    /// The strings of the views in chunks: call it from those views only, so
    /// that the first screen's module does not carry them.
    pub fn view_strings(self) -> &'static ViewStrings {
        match self {
            Lang::Zh => &strings::VIEW_ZH,
            Lang::En => &strings::VIEW_EN,
        }
    }
}
