//! Rule: a line of hashtags or a "Tags:" list is a tag list.
//!
//! Why: pages list their tags or hashtags under the article; they are navigation, not text.
//!
//! Example: "#border-clashes #ceasefire-talks" → removed, why = "tag list".

use super::Verdict;
use model::RemovalReason;

pub fn rule(line: &str) -> Option<Verdict> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let hashtags = words
        .iter()
        .filter(|word| word.starts_with('#') && word.len() > 1)
        .count();
    if hashtags >= 2 && hashtags * 2 >= words.len() {
        return Some(Verdict::Remove(RemovalReason::TagList));
    }
    let lowered = line.to_lowercase();
    let labelled = ["tags:", "tagged:", "topics:", "keywords:", "filed under:"]
        .iter()
        .any(|label| lowered.starts_with(label));
    labelled.then_some(Verdict::Remove(RemovalReason::TagList))
}
