//! Rule: a line with no letters at all is chrome.
//!
//! Why: scrapers keep the bits of widgets between text — a comment count ("0"), a bracket or
//! pipe from a collapsed menu ("[", "|", "]"), an ellipsis, a lone emoji. None of it is prose.
//!
//! Example: "|" → removed, why = "no words".

use super::Verdict;

pub fn rule(line: &str) -> Option<Verdict> {
    (!line.chars().any(char::is_alphabetic)).then_some(Verdict::Remove("no words"))
}
