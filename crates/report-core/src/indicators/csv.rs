//! `indicators.csv`: UTF-8, header row, RFC 4180 quoting.

use super::Indicator;

/// The columns, in order: DESIGN.md's contract, then `qualifier`, then
/// `reviewed` (`true` or `false`).
pub const CSV_COLUMNS: [&str; 14] = [
    "id",
    "label_zh",
    "label_en",
    "category",
    "value",
    "unit",
    "year",
    "change",
    "change_unit",
    "derived",
    "paragraph",
    "quote",
    "qualifier",
    "reviewed",
];

/// One RFC 4180 field: quoted when it holds a comma, quote or line break.
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Writes the indicators as CSV with CRLF line ends, as RFC 4180 has it.
pub fn to_csv(indicators: &[Indicator]) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    for i in indicators {
        let year = i.year.map(|y| y.to_string()).unwrap_or_default();
        let paragraph = i.paragraph.to_string();
        let row = [
            i.id.as_str(),
            &i.label_zh,
            &i.label_en,
            &i.category,
            &i.value,
            &i.unit,
            &year,
            i.change.as_deref().unwrap_or_default(),
            i.change_unit.as_deref().unwrap_or_default(),
            i.derived.as_deref().unwrap_or_default(),
            &paragraph,
            &i.quote,
            i.qualifier.as_deref().unwrap_or_default(),
            if i.reviewed { "true" } else { "false" },
        ];
        out.push_str(&row.map(csv_field).join(","));
        out.push_str("\r\n");
    }
    out
}

/// Splits RFC 4180 text into records of fields.
fn records(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err("unterminated quoted field".into());
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    Ok(records)
}

/// Reads indicators back from [`to_csv`]'s format.
pub fn from_csv(text: &str) -> Result<Vec<Indicator>, String> {
    let mut rows = records(text)?.into_iter();
    let header = rows.next().ok_or("empty CSV")?;
    if header != CSV_COLUMNS {
        return Err(format!("unexpected header \"{}\"", header.join(",")));
    }
    let optional = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    rows.enumerate()
        .map(|(n, row)| {
            let [id, label_zh, label_en, category, value, unit, year, change, change_unit, derived, paragraph, quote, qualifier, reviewed]: [String; 14] =
                row.try_into().map_err(|_| format!("row {}: expected {} fields", n + 2, CSV_COLUMNS.len()))?;
            Ok(Indicator {
                reviewed: match reviewed.as_str() {
                    "true" => true,
                    "false" => false,
                    _ => return Err(format!("row {}: reviewed is neither true nor false", n + 2)),
                },
                year: if year.is_empty() { None } else { Some(year.parse().map_err(|_| format!("row {}: bad year", n + 2))?) },
                change: optional(&change),
                change_unit: optional(&change_unit),
                derived: optional(&derived),
                qualifier: optional(&qualifier),
                paragraph: paragraph.parse().map_err(|_| format!("row {}: bad paragraph id", n + 2))?,
                id,
                label_zh,
                label_en,
                category,
                value,
                unit,
                quote,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Indicator {
        Indicator {
            id: "air_pm25".into(),
            label_zh: "PM2.5平均浓度".into(),
            label_en: "PM2.5, \"average\"".into(),
            category: "air".into(),
            value: "29.3".into(),
            unit: "微克/立方米".into(),
            year: Some(2024),
            change: Some("-2.7".into()),
            change_unit: Some("%".into()),
            qualifier: None,
            derived: None,
            paragraph: "1.6.4".parse().unwrap(),
            quote: "具体为29.3微克/立方米,同比下降2.7%".into(),
            reviewed: true,
        }
    }

    #[test]
    fn quotes_fields_as_rfc_4180_says() {
        let csv = to_csv(&[sample()]);
        let mut lines = csv.split("\r\n");
        assert_eq!(lines.next().unwrap(), CSV_COLUMNS.join(","));
        let row = lines.next().unwrap();
        assert!(row.contains(r#""PM2.5, ""average""""#), "{row}");
        assert!(row.starts_with("air_pm25,PM2.5平均浓度,"));
    }

    #[test]
    fn round_trips() {
        let mut other = sample();
        other.id = "x".into();
        other.quote = "line\nbreak, and \"quotes\"".into();
        other.year = None;
        other.change = None;
        other.reviewed = false;
        let list = vec![sample(), other];
        let csv = to_csv(&list);
        let rows: Vec<&str> = csv.split("\r\n").collect();
        assert!(
            rows[1].ends_with(",true") && rows[2].ends_with(",false"),
            "{csv}"
        );
        assert_eq!(from_csv(&csv).unwrap(), list);
        let unsure = csv.replacen(",false\r\n", ",maybe\r\n", 1);
        assert_eq!(
            from_csv(&unsure).unwrap_err(),
            "row 3: reviewed is neither true nor false"
        );
        assert!(from_csv("a,b\r\n").is_err());
        assert!(from_csv(&format!("{}\r\n\"open", CSV_COLUMNS.join(","))).is_err());
    }
}
