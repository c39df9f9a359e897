//! Rule: a line that opens with a "read this too" label is a related-story link.
//!
//! Why: publishers drop links to their other stories into the body ("Also Read: …", "READ
//! MORE | …", "Lire aussi : …"); the headline after the label can be long, so the line-length
//! limits of the chrome cues do not catch it. Labels live in `data/related_labels.txt`.
//!
//! Example: "Also Read: Cadet college attack leaves two dead" → removed, why = "related links".

use super::Verdict;
use model::RemovalReason;
use std::sync::LazyLock;

static LABELS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::word_list::word_list(include_str!("../../data/related_labels.txt")));

pub fn rule(line: &str) -> Option<Verdict> {
    let lowered = line.to_lowercase();
    let labelled = LABELS.iter().any(|label| {
        lowered.strip_prefix(label).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with([':', '|', '-', '–', '—', '»', '›']) && rest.len() > 1
        })
    });
    labelled.then_some(Verdict::Remove(RemovalReason::RelatedLinks))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_links_are_removed_and_prose_is_not() {
        assert_eq!(
            rule("Also Read: Cadet college attack leaves two dead"),
            Some(Verdict::Remove(RemovalReason::RelatedLinks))
        );
        assert_eq!(
            rule("READ MORE | Border crossings to reopen"),
            Some(Verdict::Remove(RemovalReason::RelatedLinks))
        );
        assert_eq!(
            rule("Lire aussi : Washington accords signed"),
            Some(Verdict::Remove(RemovalReason::RelatedLinks))
        );
        assert_eq!(rule("Also read the full statement, officials urged."), None);
    }
}
