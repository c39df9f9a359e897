//! Datelines: a line that gives the publication date, perhaps with the author, and numeric dates
//! read day first unless only month first makes sense.

use super::byline::{authors_in_credit, strip_byline_label};
use super::*;

/// "Sun", "Sunday", "Tue.": a weekday name or its abbreviation.
pub(in crate::plain) fn is_weekday_word(word: &str) -> bool {
    calendar::weekday_number(word.trim_end_matches(['.', ','])).is_some()
}

/// A line that gives the publication date, perhaps with the author: "Published: 12 Oct 2025",
/// "Jane Roe | Tuesday, December 9, 2025", "Par Jean Dupont – 11/12/2025". Returns the
/// authors it names (possibly none); the engine reads the date itself.
pub fn dateline(text: &str) -> Option<Vec<String>> {
    let rules::DateLine {
        date_start,
        labelled,
    } = rules::date_line(text)?;
    // "Jane Roe · Sun 2 Nov 2025": the author is what comes before the first separator, and a
    // weekday name before the date belongs to the date.
    let before = text[..date_start]
        .split(['|', '·', '–', '—'])
        .next()
        .unwrap_or("");
    let mut before = before.trim().trim_end_matches([',', ':', '-']).trim();
    match before.rsplit_once(' ') {
        Some((head, last)) if is_weekday_word(last) => before = head.trim_end_matches([',', ' ']),
        None if is_weekday_word(before) => before = "",
        _ => {}
    }
    if before.is_empty() || labelled {
        return Some(Vec::new());
    }
    // "Written by Amara Nwosu on 19 June 2025": the label goes, and the "on" before the date.
    let name = strip_byline_label(before).unwrap_or(before);
    let name = name
        .strip_suffix(" on")
        .or_else(|| name.strip_suffix(" at"))
        .unwrap_or(name);
    let authors: Vec<String> = authors_in_credit(name)
        .0
        .into_iter()
        .filter(|author| is_name_like(author) && author.split_whitespace().count() >= 2)
        .collect();
    Some(authors)
}
