//! The CLI as a user runs it: exit codes, stdout and stderr.
#![allow(clippy::unwrap_used)] // Test helpers: a failed unwrap is a failed test.

use std::path::PathBuf;
use std::process::{Command, Output};

fn report(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_report"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the report binary runs")
}

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
