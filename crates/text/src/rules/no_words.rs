//! Rule: a line with no letters at all is chrome.
//!
//! Why: scrapers keep the bits of widgets between text — a comment count ("0"), a bracket or
//! pipe from a collapsed menu ("[", "|", "]"), an ellipsis, a lone emoji. None of it is prose.
//!
//! Example: "|" → removed, why = "no words". A date written in figures ("2025-05-12",
//! "12.05.2025") has no letters either, but it is the story's dateline, read later.

use super::Verdict;
use model::RemovalReason;

pub fn rule(line: &str) -> Option<Verdict> {
    let no_letters = !line.chars().any(char::is_alphabetic);
    (no_letters && super::date_line(line).is_none())
        .then_some(Verdict::Remove(RemovalReason::NoWords))
}
