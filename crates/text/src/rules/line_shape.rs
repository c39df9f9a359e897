//! Not a rule: how a line reads on its own — a sentence of prose, a line that gives a date —
//! shared by the line rules and by the document reading above them (`plain`), so that the rules
//! never reach up into the reading that uses them.

use regex::Regex;
use std::sync::LazyLock;

/// A date line is at most this long; a longer line with a date in it is a sentence about the
/// date, not the story's metadata.
const MAX_DATE_LINE_WORDS: usize = 16;

/// Labels that open a date line ("Published: 12 Oct 2025"); a labelled line is a date line
/// even when it ends like a sentence.
const DATE_LINE_LABELS: &[&str] = &["published", "updated", "posted", "last updated", "date"];

/// Does this line read as a sentence of prose: several words, ending in terminal punctuation?
pub fn is_prose(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    let ends_like_sentence = trimmed.ends_with(['.', '!', '?', '…']);
    ends_like_sentence && line.split_whitespace().count() >= 4
}

/// Where a date line's date stands, and whether a label opens the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateLine {
    /// Byte offset of the date in the line: what comes before it may name the author.
    pub date_start: usize,
    /// "Published …", "Updated …": the line says it gives the date.
    pub labelled: bool,
}

/// A line that gives a date ("Published: 12 Oct 2025", "Jane Roe | Tuesday, December 9, 2025",
/// "04.11.2025"): a date written out or in figures, in a short line that is not a sentence of
/// prose unless a label opens it.
pub fn date_line(text: &str) -> Option<DateLine> {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|déc)[a-zéû]*\.?,?\s+\d{4})\b").unwrap()
    });
    let found = DATE.find(text)?;
    let lowered = text.to_lowercase();
    let labelled = DATE_LINE_LABELS
        .iter()
        .any(|label| lowered.starts_with(label));
    if text.split_whitespace().count() > MAX_DATE_LINE_WORDS || (is_prose(text) && !labelled) {
        return None;
    }
    Some(DateLine {
        date_start: found.start(),
        labelled,
    })
}
