//! Native search benchmark: index build and a fixed list of queries.
#![allow(clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, Criterion};
use report_core::{parse_report, SearchIndex};
use std::hint::black_box;

const QUERIES: [&str; 8] = [
    "碳市场",
    "PM2.5",
    "生态",
    "97.49",
    "VOCs",
    "蓝天 碧水",
    "碳市場交易",
    "不存在的词语",
];

fn search(c: &mut Criterion) {
    let text = include_str!("../../../data/2025-national-eco-env-work-report.zh.txt");
    let report = parse_report("report.txt", text).unwrap();
    c.bench_function("index build", |b| {
        b.iter(|| SearchIndex::build(black_box(&report)))
    });
    let index = SearchIndex::build(&report);
    for query in QUERIES {
        c.bench_function(&format!("search {query}"), |b| {
            b.iter(|| index.search(black_box(query)))
        });
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
