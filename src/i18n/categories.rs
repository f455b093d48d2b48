//! Names of the indicator categories in each UI language.

use super::Lang;

/// The display name of a category id from `report_core::indicators::CATEGORIES`.
pub fn category_name(id: &str, lang: Lang) -> &str {
    let (zh, en) = match id {
        "air" => ("大气", "Air"),
        "water" => ("水", "Water"),
        "soil_rural" => ("土壤与农村", "Soil and rural"),
        "waste_chemicals" => ("固体废物与化学品", "Solid waste and chemicals"),
        "climate_carbon" => ("气候与碳市场", "Climate and carbon market"),
        "ecology_nuclear_risk" => ("生态、核与风险", "Ecology, nuclear and risk"),
        "law_enforcement" => ("法治与执法", "Law and enforcement"),
        "monitoring_science" => ("监测与科技", "Monitoring and science"),
        "funding_finance" => ("资金与金融", "Funding and finance"),
        "public_international" => ("公众与国际", "Public and international"),
        "targets" => ("目标", "Targets"),
        "other" => ("其他", "Other"),
        other => (other, other),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_has_names() {
        for id in report_core::indicators::CATEGORIES {
            assert_ne!(category_name(id, Lang::Zh), id);
            assert_ne!(category_name(id, Lang::En), id);
        }
    }
}
