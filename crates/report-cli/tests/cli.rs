//! The CLI as a user runs it: exit codes, stdout and stderr.
#![allow(clippy::unwrap_used)] // Test helpers: a failed unwrap is a failed test.

mod common;

use common::report;
use std::path::PathBuf;
use std::process::Output;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("report-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn validate_accepts_the_bundled_report() {
    let out = report(&["validate"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("85 paragraphs"));
}

#[test]
fn validate_reports_every_problem_with_positions() {
    let dir = temp_dir("invalid");
    let file = dir.join("bad.txt");
    std::fs::write(
        &file,
        "标题\n(2025年1月14日)\n一、甲\n(一)节\n段落。\n(三)节\n段落。\n二、空\n",
    )
    .unwrap();
    let out = report(&["validate", "--report", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let label = file.display();
    assert!(
        stderr.contains(&format!(
            "{label}:6:2: section (三) follows (一): expected (二)"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{label}:8:1: part 二、 has no paragraphs")),
        "{stderr}"
    );
}

#[test]
fn unreadable_and_empty_files_are_invalid_data() {
    let dir = temp_dir("empty");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let out = report(&["validate", "--report", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(":1:1: the report is empty"));
    let missing = report(&["validate", "--report", "/nonexistent/report.txt"]);
    assert_eq!(missing.status.code(), Some(1));
}

#[test]
fn usage_errors_exit_2() {
    for args in [&[][..], &["bogus"], &["export"], &["stats", "--bogus"]] {
        let out = report(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("usage: report"));
    }
}

#[test]
fn export_writes_report_json_with_85_paragraphs() {
    let dir = temp_dir("export");
    let out = report(&["export", "--out", dir.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("report.json")).unwrap()).unwrap();
    let ids: Vec<&str> = json["parts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|part| part["sections"].as_array().unwrap())
        .flat_map(|section| section["paragraphs"].as_array().unwrap())
        .map(|paragraph| paragraph["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 85);
    assert_eq!(ids[0], "0.0.1");
    assert!(ids.contains(&"1.2.2"));
    assert_eq!(json["meta"]["date"], "2025-01-14");
}

#[test]
fn stats_json_counts_the_report() {
    let out = report(&["stats", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stats["parts"], 3);
    assert_eq!(stats["sections"], 18);
    assert_eq!(stats["paragraphs"], 85);
    assert!(stats["characters"].as_u64().unwrap() > 19_000);
    assert!(stats["search_index_bytes"].as_u64().unwrap() > 0);
    assert!(stats["indicators"].as_u64().unwrap() >= 100);
    assert!(stats["charts"].as_u64().unwrap() >= 12);
}

#[test]
fn search_json_lists_hits_best_first() {
    let out = report(&["search", "碳市场", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = hits.as_array().unwrap();
    assert!(!hits.is_empty());
    let scores: Vec<u64> = hits
        .iter()
        .map(|hit| hit["score"].as_u64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|pair| pair[0] >= pair[1]));
    for hit in hits {
        let id = hit["paragraph"].as_str().unwrap();
        assert_eq!(id.split('.').count(), 3, "{id}");
        assert!(hit["snippet"].as_str().unwrap().contains("碳市场") || hit["in_heading"] == true);
        assert!(!hit["ranges"].as_array().unwrap().is_empty());
    }
}

#[test]
fn search_text_output_suggests_when_nothing_matches() {
    let found = report(&["search", "8.93"]);
    assert_eq!(found.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&found.stdout);
    assert!(
        stdout.contains("§1.2.2") && stdout.contains("【8.93】"),
        "{stdout}"
    );
    let none = report(&["search", "碳市场交易额"]);
    assert_eq!(none.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&none.stdout).contains("try \"碳市场"));
}

/// A small report in the bundled report's layout, with four figures.
const SMALL_REPORT: &str = "示例报告\n\n(2025年1月14日)\n\n同志们:\n\n这是开场白,全年完成项目12个。\n\n一、工作进展\n\n(一)第一节\n\n全年新增绿地约300公顷,同比增长5.2%。\n\n二、下一步安排\n\n(一)第二节\n\n力争完成投资1.5万亿元。\n";

fn succeeds(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A report folder holding `name` with the small report's text, and nothing else.
fn small_report_folder(test: &str, name: &str) -> PathBuf {
    let dir = temp_dir(test);
    std::fs::write(dir.join(name), SMALL_REPORT).unwrap();
    dir
}

#[test]
fn validate_counts_unreviewed_indicators() {
    let stdout = succeeds(&report(&["validate"]));
    let catalog_line = stdout
        .lines()
        .find(|line| line.contains("indicators.toml"))
        .unwrap();
    assert!(
        catalog_line.contains(": ok (") && catalog_line.contains(" indicators, 0 unreviewed, "),
        "{stdout}"
    );
}

#[test]
fn init_writes_a_draft_that_validate_accepts() {
    let dir = temp_dir("init");
    let stdout = succeeds(&report(&["init", "--out", dir.to_str().unwrap()]));
    let draft = dir.join("indicators.toml");
    assert!(
        stdout.contains(&format!("wrote {}", draft.display())),
        "{stdout}"
    );
    assert!(
        stdout.contains("draft indicators, all unreviewed"),
        "{stdout}"
    );
    let text = std::fs::read_to_string(&draft).unwrap();
    assert!(text.starts_with('#') && text.contains("reviewed = false"));
    // The bundled charts name the curated ids, which a draft does not have.
    let no_charts = dir.join("charts.toml");
    std::fs::write(&no_charts, "").unwrap();
    let stdout = succeeds(&report(&[
        "validate",
        "--indicators",
        draft.to_str().unwrap(),
        "--charts",
        no_charts.to_str().unwrap(),
    ]));
    let entries = text.matches("[[indicator]]").count();
    assert!(
        stdout.contains(&format!(
            "({entries} indicators, {entries} unreviewed, 0 non-measures)"
        )),
        "{stdout}"
    );
}

#[test]
fn init_never_overwrites_a_catalog() {
    let dir = small_report_folder("init-twice", "report.zh.txt");
    let folder = dir.to_str().unwrap();
    succeeds(&report(&["init", "--report", folder, "--out", folder]));
    let draft = dir.join("indicators.toml");
    std::fs::write(&draft, "# curated\n").unwrap();
    let again = report(&["init", "--report", folder, "--out", folder]);
    assert_eq!(again.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(stderr.contains("already exists"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&draft).unwrap(), "# curated\n");
}

#[test]
fn export_of_a_report_folder_without_a_catalog() {
    let dir = small_report_folder("no-catalog", "report.zh.txt");
    let out = dir.join("out");
    let stdout = succeeds(&report(&[
        "export",
        "--report",
        dir.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]));
    for name in [
        "report.json",
        "indicators.csv",
        "indicators.json",
        "charts.json",
    ] {
        assert!(out.join(name).is_file(), "{name}: {stdout}");
    }
    assert_eq!(
        std::fs::read_to_string(out.join("charts.json")).unwrap(),
        "[]"
    );
    let csv = std::fs::read_to_string(out.join("indicators.csv")).unwrap();
    let rows: Vec<&str> = csv.split("\r\n").filter(|row| !row.is_empty()).collect();
    assert!(rows[0].ends_with(",qualifier,reviewed"), "{csv}");
    assert_eq!(rows.len(), 5, "{csv}");
    assert!(rows[1..].iter().all(|row| row.ends_with(",false")), "{csv}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("indicators.json")).unwrap())
            .unwrap();
    assert_eq!(json[1]["value"], "300");
    assert_eq!(json[1]["qualifier"], "约");
    assert_eq!(json[1]["category"], "other");
    assert_eq!(json[2]["change"], "5.2");
    assert_eq!(json[1]["reviewed"], false);
    assert!(!std::fs::read_dir(&out).unwrap().any(|entry| entry
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with(".partial")));

    let stats = succeeds(&report(&[
        "stats",
        "--json",
        "--report",
        dir.to_str().unwrap(),
    ]));
    let stats: serde_json::Value = serde_json::from_str(&stats).unwrap();
    assert_eq!(stats["indicators"], 4);
    assert_eq!(stats["indicators_unreviewed"], 4);
    assert_eq!(stats["charts"], 0);
}

#[test]
fn report_takes_a_folder() {
    let dir = small_report_folder("folder", "2025-example.zh.txt");
    let stdout = succeeds(&report(&["validate", "--report", dir.to_str().unwrap()]));
    let text = dir.join("2025-example.zh.txt");
    assert!(
        stdout.contains(&format!("{}: ok (2 parts, 2 sections, ", text.display())),
        "{stdout}"
    );
    assert!(
        stdout.contains("4 figures found, all unreviewed"),
        "{stdout}"
    );
    assert!(stdout.contains("none, so no charts"), "{stdout}");

    std::fs::write(dir.join("2024-example.zh.txt"), SMALL_REPORT).unwrap();
    let two = report(&["validate", "--report", dir.to_str().unwrap()]);
    assert_eq!(two.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&two.stderr);
    assert!(
        stderr.contains(&format!("{}: 2 texts", dir.display()))
            && stderr.contains("2024-example.zh.txt, 2025-example.zh.txt"),
        "{stderr}"
    );

    let empty = temp_dir("empty-folder");
    let none = report(&["validate", "--report", empty.to_str().unwrap()]);
    assert_eq!(none.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&none.stderr);
    assert!(
        stderr.contains(&format!("{}: no report text", empty.display())),
        "{stderr}"
    );
}

#[test]
fn a_missing_catalog_or_charts_file_given_by_name_is_an_error() {
    for flag in ["--indicators", "--charts"] {
        let out = report(&["validate", flag, "/nonexistent/given.toml"]);
        assert_eq!(out.status.code(), Some(1), "{flag}");
        assert!(String::from_utf8_lossy(&out.stderr)
            .contains("/nonexistent/given.toml:1:1: cannot read"));
    }
}

#[test]
fn the_bundled_catalog_exports_as_reviewed() {
    let dir = temp_dir("reviewed");
    succeeds(&report(&["export", "--out", dir.to_str().unwrap()]));
    let csv = std::fs::read_to_string(dir.join("indicators.csv")).unwrap();
    let mut rows = csv.split("\r\n").filter(|row| !row.is_empty());
    assert!(rows.next().unwrap().ends_with(",reviewed"));
    let mut count = 0;
    for row in rows {
        count += 1;
        assert!(row.ends_with(",true"), "{row}");
    }
    // Every entry of data/indicators.toml.
    let catalog = std::fs::read_to_string("../../data/indicators.toml").unwrap();
    let entries = catalog
        .lines()
        .filter(|line| *line == "[[indicator]]")
        .count();
    assert_eq!(count, entries);
}

/// Each kind of bad text: refused with `file:line:col: message` lines on
/// stderr, exit 1, and nothing written.
#[test]
fn bad_input_is_refused_with_positions_and_no_output() {
    let dir = temp_dir("bad-input");
    let header = "标题\n各位代表：\n";
    let too_large = format!("{header}一、部分\n{}\n", "很长的段落。".repeat(300_000));
    let cases: [(&str, Vec<u8>, &str); 7] = [
        (
            "no-salutation",
            "标题\n一、部分\n段落。\n".into(),
            ":2:1: no salutation",
        ),
        (
            "skips",
            format!("{header}一、甲\n段落。\n三、丙\n段落。\n").into_bytes(),
            ":5:1: part 三、 follows part 一、: expected 二、",
        ),
        (
            "section-first",
            format!("{header}（一）节\n段落。\n一、部分\n段落。\n").into_bytes(),
            ":3:1: section (一) comes before any part heading such as 一、",
        ),
        ("empty", Vec::new(), ":1:1: the report is empty"),
        (
            "invalid-utf8",
            b"\xe6\xa0\x87\xff\n".to_vec(),
            ":1:2: invalid UTF-8 (byte 0xff)",
        ),
        (
            "binary",
            b"\x7fELF\x02\x01\x01\x00\x00\x00".to_vec(),
            ":1:1: control character U+007F",
        ),
        (
            "too-large",
            too_large.into_bytes(),
            ":1:1: the file is 5.1 MB",
        ),
    ];
    for (name, bytes, expected) in cases {
        let text = dir.join(format!("{name}.zh.txt"));
        std::fs::write(&text, bytes).unwrap();
        let out_dir = dir.join(format!("{name}-out"));
        let out = report(&[
            "export",
            "--report",
            text.to_str().unwrap(),
            "--out",
            out_dir.to_str().unwrap(),
        ]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        let first = stderr.lines().next().unwrap_or_default();
        let wanted = format!("{}{expected}", text.display());
        assert!(
            first.starts_with(&wanted),
            "{name}: {first:?} should start with {wanted:?}"
        );
        assert!(
            !out_dir.exists(),
            "{name}: export wrote {}",
            out_dir.display()
        );
    }
}

#[test]
fn the_second_report_exports_with_every_line_accounted_for() {
    let out_dir = temp_dir("second-report");
    let out = report(&[
        "export",
        "--report",
        "../../reports/gwr-2024/report.zh.txt",
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    succeeds(&out);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("report.json")).unwrap())
            .unwrap();
    let parts = json["parts"].as_array().unwrap();
    let numbered = parts.iter().filter(|p| p["number"] != 0).count();
    let sections: Vec<&serde_json::Value> = parts
        .iter()
        .flat_map(|p| p["sections"].as_array().unwrap())
        .collect();
    let titled = sections.iter().filter(|s| !s["title"].is_null()).count();
    let paragraphs: usize = sections
        .iter()
        .map(|s| s["paragraphs"].as_array().unwrap().len())
        .sum();
    assert_eq!((numbered, titled, paragraphs), (3, 10, 85));
    assert_eq!(json["meta"]["date"], "2024-03-05");
    assert_eq!(json["meta"]["title"], "2024年政府工作报告");
    let validated = succeeds(&report(&["validate", "--report", "../../reports/gwr-2024"]));
    assert!(
        validated.contains("all 92 non-blank lines accounted for: 4 metadata, 13 headings, 85 paragraphs (10 opening on a heading's line), 0 set aside"),
        "{validated}"
    );
}
