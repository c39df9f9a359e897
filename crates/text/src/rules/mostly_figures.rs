//! Rule: a line made mostly of figures and symbols, without a sentence, is a data widget.
//!
//! Why: market tickers, score bars and weather strips ("IDX 4,112.30 ▲0.6%  Brent $63.41") sit
//! above or beside articles and carry no prose.
//!
//! Example: "CMPX 4,112.30 ▲0.6%   HVX 812.05 ▼0.2%" → removed, why = "data widget".

use super::Verdict;
use model::RemovalReason;

pub fn rule(line: &str) -> Option<Verdict> {
    // A dateline ("12 May 2025 14:05 GMT", "04.11.2025") is figures too, but it is metadata
    // the cleaner reads, not a widget.
    if super::is_prose(line) || super::date_line(line).is_some() {
        return None;
    }
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let figures = line
        .chars()
        .filter(|c| {
            c.is_ascii_digit() || matches!(c, '%' | '▲' | '▼' | '$' | '€' | '£' | '+' | '±')
        })
        .count();
    (figures >= 6 && figures > letters).then_some(Verdict::Remove(RemovalReason::DataWidget))
}
