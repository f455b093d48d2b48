//! The text alternative of a chart: one sentence stating its key comparison,
//! generated from the data so it is always true to it.

use report_core::charts::{ChartData, ChartKind};

use super::format_value;
use crate::i18n::Lang;
use report_core::decimal::format_decimal;

fn pick(pair: &[String; 2], lang: Lang) -> &str {
    match lang {
        Lang::Zh => &pair[0],
        Lang::En => &pair[1],
    }
}

/// One sentence summarising `data` in `lang`.
pub fn summary(data: &ChartData, lang: Lang) -> String {
    let unit = &data.unit;
    // A value with its unit: as the report writes it in Chinese, with
    // English numbers and units in English (`893 million tonnes`).
    let quantity = |value: f64| match lang {
        Lang::Zh => format!("{}{unit}", format_value(value)),
        Lang::En => report_core::english::quantity(&format_value(value), unit),
    };
    match data.kind {
        ChartKind::Bar => {
            let points = &data.points[0];
            let by_value = |max: bool| {
                (0..points.len()).reduce(|a, b| {
                    let better = if max {
                        points[b].value > points[a].value
                    } else {
                        points[b].value < points[a].value
                    };
                    if better {
                        b
                    } else {
                        a
                    }
                })
            };
            let (Some(high), Some(low)) = (by_value(true), by_value(false)) else {
                return String::new();
            };
            let value = |i: usize| quantity(points[i].value);
            match lang {
                Lang::Zh => format!(
                    "{}最高,为{};{}最低,为{}。",
                    pick(&data.rows[high], lang),
                    value(high),
                    pick(&data.rows[low], lang),
                    value(low)
                ),
                Lang::En => format!(
                    "{} is highest at {}; {} is lowest at {}.",
                    pick(&data.rows[high], lang),
                    value(high),
                    pick(&data.rows[low], lang),
                    value(low)
                ),
            }
        }
        ChartKind::Dumbbell => {
            let changes: Vec<String> = (0..data.rows.len())
                .map(|row| {
                    let (a, b) = (data.points[0][row].value, data.points[1][row].value);
                    match lang {
                        Lang::Zh => format!(
                            "{} {}→{}{unit}",
                            pick(&data.rows[row], lang),
                            format_value(a),
                            format_value(b)
                        ),
                        Lang::En => format!(
                            "{} {} → {}",
                            pick(&data.rows[row], lang),
                            quantity(a),
                            quantity(b)
                        ),
                    }
                })
                .collect();
            match lang {
                Lang::Zh => format!(
                    "从{}到{}:{}。",
                    pick(&data.series[0], lang),
                    pick(&data.series[1], lang),
                    changes.join(";")
                ),
                Lang::En => format!(
                    "From {} to {}: {}.",
                    pick(&data.series[0], lang),
                    pick(&data.series[1], lang),
                    changes.join("; ")
                ),
            }
        }
        ChartKind::Progress => {
            let (part, whole) = (data.points[0][0].value, data.points[1][0].value);
            let share = if whole > 0.0 {
                part / whole * 100.0
            } else {
                0.0
            };
            match lang {
                Lang::Zh => format!(
                    "{}{}{unit},占{}{}{unit}的{}%。",
                    pick(&data.series[0], lang),
                    format_value(part),
                    pick(&data.series[1], lang),
                    format_value(whole),
                    format_decimal(share, 1)
                ),
                Lang::En => format!(
                    "{} {} of {} {}, {}%.",
                    pick(&data.series[0], lang),
                    quantity(part),
                    pick(&data.series[1], lang),
                    quantity(whole),
                    format_decimal(share, 1)
                ),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::charts::Point;

    fn chart(kind: ChartKind, values: &[&[f64]], unit: &str) -> ChartData {
        ChartData {
            id: "t".into(),
            kind,
            unit: unit.into(),
            rows: (0..values[0].len())
                .map(|r| [format!("行{r}"), format!("row {r}")])
                .collect(),
            series: vec![
                ["前".into(), "before".into()],
                ["后".into(), "after".into()],
            ][..values.len()]
                .to_vec(),
            points: values
                .iter()
                .map(|s| {
                    s.iter()
                        .map(|&value| Point {
                            value,
                            text: String::new(),
                            text_en: String::new(),
                            indicator: "x".into(),
                            derived: false,
                            paragraph: report_core::CitationId::new(1, 2, 2),
                        })
                        .collect()
                })
                .collect(),
        }
    }

    #[test]
    fn states_the_key_comparison() {
        let bars = chart(ChartKind::Bar, &[&[8.93, 0.84, 3.4]], "亿吨");
        assert_eq!(
            summary(&bars, Lang::Zh),
            "行0最高,为8.93亿吨;行1最低,为0.84亿吨。"
        );
        assert_eq!(
            summary(&bars, Lang::En),
            "row 0 is highest at 893 million tonnes; row 1 is lowest at 84 million tonnes."
        );
        let dumbbell = chart(ChartKind::Dumbbell, &[&[30.1], &[29.3]], "微克/立方米");
        assert_eq!(
            summary(&dumbbell, Lang::Zh),
            "从前到后:行0 30.1→29.3微克/立方米。"
        );
        assert_eq!(
            summary(&dumbbell, Lang::En),
            "From before to after: row 0 30.1 µg/m³ → 29.3 µg/m³."
        );
        let progress = chart(ChartKind::Progress, &[&[8.23], &[8.74]], "万项");
        assert_eq!(
            summary(&progress, Lang::En),
            "before 82,300 items of after 87,400 items, 94.2%."
        );
    }
}
