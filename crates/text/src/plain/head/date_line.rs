//! Datelines: a line that gives the publication date, perhaps with the author, and numeric dates
//! read day first unless only month first makes sense.

use super::byline::{authors_in_credit, strip_byline_label};
use super::*;

/// "Sun", "Sunday", "Tue.": a weekday name or its abbreviation.
pub(in crate::plain) fn is_weekday_word(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ',']).to_lowercase();
    [
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .contains(&word.as_str())
}

/// A numeric date in a dateline ("04.11.2025", "11/12/2025", "2025-11-04") as ISO 8601. Day
/// comes first unless the numbers only make sense month first ("11/28/2025"): most of the world
/// writes day-month, and a US page usually spells the month out.
pub fn numeric_date(text: &str) -> Option<String> {
    static NUMERIC: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\b(\d{1,4})[./-](\d{1,2})[./-](\d{2,4})\b").unwrap()
    });
    let found = NUMERIC.captures(text)?;
    let numbers: Vec<u32> = (1..=3)
        .filter_map(|group| found[group].parse().ok())
        .collect();
    let (year, month, day) = if found[1].len() == 4 {
        (numbers[0], numbers[1], numbers[2])
    } else {
        let year = if found[3].len() == 2 {
            2000 + numbers[2]
        } else {
            numbers[2]
        };
        if numbers[1] > 12 {
            (year, numbers[0], numbers[1])
        } else {
            (year, numbers[1], numbers[0])
        }
    };
    let valid =
        (1990..=2100).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day);
    valid.then(|| format!("{year:04}-{month:02}-{day:02}"))
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
