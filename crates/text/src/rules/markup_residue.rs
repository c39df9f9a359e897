//! Rule: a single token made of path, query or template syntax is markup residue.
//!
//! Why: widget configuration and template variables leak into scraped text as one long token
//! such as "3/related/default", "{{title}}" or "widget=latest&count=5".
//!
//! Example: "3/related/default" → removed, why = "markup residue".

use super::Verdict;
use model::RemovalReason;

pub fn rule(line: &str) -> Option<Verdict> {
    let single_token = !line.contains(char::is_whitespace);
    let has_syntax =
        line.contains(['/', '=', '{', '}', '<', '>', '&', '_']) && !line.starts_with("http");
    (single_token && has_syntax && line.len() > 2)
        .then_some(Verdict::Remove(RemovalReason::MarkupResidue))
}
