//! What the CLI's integration tests share: running the binary.

use std::process::{Command, Output};

/// Runs `report` with `args` from the crate's folder, as a user would.
pub fn report(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_report"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the report binary runs")
}
