//! Lead sentences: the short bolded claim many paragraphs open with, such as
//! `蓝天保卫战加力推进。`. The plain text has no bold, so the claim is
//! recognised by shape: a first sentence of at most `MAX_LEAD_CHARS`
//! characters that the paragraph goes on after.

/// Longest first sentence still read as a lead; the report's longest real
/// leads (`从生态环境质量改善形势看,…仍是突出挑战。`) have 33 characters, while
/// ordinary opening sentences run to 40 and beyond.
const MAX_LEAD_CHARS: usize = 34;

/// Salutations open the speech's paragraphs without being claims.
const SALUTATION: &str = "同志们";

pub fn lead_sentence(text: &str) -> Option<&str> {
    if text.starts_with(SALUTATION) {
        return None;
    }
    let end = text.find('。')? + '。'.len_utf8();
    let (lead, rest) = text.split_at(end);
    let lead_chars = lead.chars().count();
    let continues = rest.chars().count() >= lead_chars;
    (lead_chars <= MAX_LEAD_CHARS && continues).then_some(lead)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_short_opening_claims() {
        assert_eq!(
            lead_sentence(
                "蓝天保卫战加力推进。全面实施《空气质量持续改善行动计划》,狠抓重点治污任务落实。"
            ),
            Some("蓝天保卫战加力推进。")
        );
        assert_eq!(
            lead_sentence(
                "推动立行立改,加快建章立制。围绕环境污染和生态破坏等问题,组织赴现场调查核实。"
            ),
            Some("推动立行立改,加快建章立制。")
        );
    }

    #[test]
    fn ignores_long_or_lone_sentences_and_salutations() {
        assert_eq!(lead_sentence("同志们:"), None);
        assert_eq!(lead_sentence("同志们,做好今年工作责任重大。让我们更加紧密地团结在以习近平同志为核心的党中央周围。"), None);
        assert_eq!(lead_sentence("只有一句话。"), None);
        assert_eq!(lead_sentence("没有句号的段落"), None);
        let long = format!("{}。后文。", "很".repeat(40));
        assert_eq!(lead_sentence(&long), None);
    }
}
