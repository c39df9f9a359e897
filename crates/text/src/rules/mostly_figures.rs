//! Rule: a line made mostly of figures and symbols, without a sentence, is a data widget.
//!
//! Why: market tickers, score bars and weather strips ("IDX 4,112.30 ▲0.6%  Brent $63.41") sit
//! above or beside articles and carry no prose.
//!
//! Example: "CMPX 4,112.30 ▲0.6%   HVX 812.05 ▼0.2%" → removed, why = "data widget".

use super::Verdict;
use regex::Regex;
use std::sync::LazyLock;

/// A written date ("04.11.2025", "2025-11-04"): datelines are figures too, but they are metadata
/// the cleaner reads, not a widget.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2})\b").unwrap()
});

pub fn rule(line: &str) -> Option<Verdict> {
    if super::is_prose(line) || DATE.is_match(line) {
        return None;
    }
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let figures = line
        .chars()
        .filter(|c| {
            c.is_ascii_digit() || matches!(c, '%' | '▲' | '▼' | '$' | '€' | '£' | '+' | '±')
        })
        .count();
    (figures >= 6 && figures > letters).then_some(Verdict::Remove("data widget"))
}
