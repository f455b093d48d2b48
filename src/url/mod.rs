//! App state in the URL fragment (`#p=1.2.2&lang=en`), so every link works on
//! any static host and under any sub-path with no rewrite rules.

mod fragment;
mod location;
mod percent;

pub use fragment::{Embed, Fragment, FragmentProblem, Target, Theme, View};
pub use location::{navigate, provide_url_state, use_url_state, UrlState};
