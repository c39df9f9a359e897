//! A scraped text read into lines: whitespace normalised, bullets stripped, menus flattened onto
//! one line caught, each line's word count and state (kept with a kind, or removed with a reason),
//! and the shape tests every later step asks of a line (a sentence, prose, its comparison key).

use super::*;
use model::RemovalReason;

/// A line counts as body prose from this many words when it ends like a sentence.
pub(super) const MIN_BODY_WORDS: usize = 12;

/// A line this long is body prose even without final punctuation (a cut-off paragraph).
const MIN_UNPUNCTUATED_BODY_WORDS: usize = 30;

/// Headings and titles are at most this long.
pub(super) const MAX_HEADING_WORDS: usize = 16;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum State {
    Kept(ParagraphKind),
    Removed(RemovalReason),
}

#[derive(Debug, Clone)]
pub(super) struct Line {
    pub(super) text: String,
    pub(super) words: usize,
    pub(super) state: State,
    /// A list item whose bullet was stripped.
    pub(super) bulleted: bool,
}

/// A line longer than this is not one paragraph but text whose paragraph breaks were lost (an
/// article or a book on one line): it is split into paragraphs at sentence ends. Higher keeps
/// an overlong paragraph whole; lower splits real paragraphs. (The longest line of the 711
/// flattened WCXB pages is under 11,000 bytes.)
const MAX_PARAGRAPH_BYTES: usize = 20_000;
/// The paragraphs such a line is split into gather whole sentences up to about this many bytes.
const SPLIT_PARAGRAPH_BYTES: usize = 1_000;

/// Read a text into lines, each a paragraph candidate; a line too long to be one paragraph is
/// split at sentence ends (at spaces when it has none).
pub(super) fn split_lines(content: &str) -> Vec<Line> {
    content
        .lines()
        .flat_map(|raw| {
            if raw.len() > MAX_PARAGRAPH_BYTES {
                paragraphs_of_long_line(raw)
            } else {
                vec![raw.to_string()]
            }
        })
        .filter_map(|raw| {
            let normalised: String = raw
                .chars()
                .map(|c| {
                    if c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}' {
                        ' '
                    } else {
                        c
                    }
                })
                .collect();
            let collapsed = normalised.split_whitespace().collect::<Vec<_>>().join(" ");
            if collapsed.is_empty() {
                return None;
            }
            let (text, bulleted) = strip_bullet(&collapsed);
            let words = text.split_whitespace().count();
            let state = if is_spaced_menu(&normalised) {
                State::Removed(RemovalReason::Navigation)
            } else {
                State::Kept(ParagraphKind::Body)
            };
            Some(Line {
                text,
                words,
                state,
                bulleted,
            })
        })
        .collect()
}

/// A line too long to be one paragraph, as paragraphs of whole sentences of about
/// [`SPLIT_PARAGRAPH_BYTES`]; a run of text with no sentence end is cut at spaces instead, so no
/// paragraph is longer than [`MAX_PARAGRAPH_BYTES`] (unless one word is).
fn paragraphs_of_long_line(line: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for sentence in crate::sentences::sentences(line) {
        if sentence.end - start >= SPLIT_PARAGRAPH_BYTES {
            paragraphs.push(&line[start..sentence.end]);
            start = sentence.end;
        }
    }
    paragraphs.push(&line[start..]);
    let mut cut = Vec::new();
    for paragraph in paragraphs {
        let mut rest = paragraph.trim();
        while rest.len() > MAX_PARAGRAPH_BYTES {
            let mut end = MAX_PARAGRAPH_BYTES;
            while !rest.is_char_boundary(end) {
                end -= 1;
            }
            let end = rest[..end].rfind(' ').filter(|&at| at > 0).unwrap_or(end);
            cut.push(rest[..end].to_string());
            rest = rest[end..].trim_start();
        }
        if !rest.is_empty() {
            cut.push(rest.to_string());
        }
    }
    cut
}

/// Fewest items a menu flattened onto one line has.
const MIN_SPACED_MENU_ITEMS: usize = 4;

/// A menu flattened onto one line keeps the gaps between its links: "News  Politics  Money
/// Health" has items of one to three capitalised words, separated by runs of two or more
/// spaces, none of them a sentence. Prose is never laid out that way.
fn is_spaced_menu(raw: &str) -> bool {
    let items: Vec<&str> = raw
        .trim()
        .split("  ")
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    items.len() >= MIN_SPACED_MENU_ITEMS
        && items.iter().all(|item| {
            item.split_whitespace().count() <= 3
                && item.chars().next().is_some_and(char::is_uppercase)
                && !ends_like_sentence(item)
        })
}

/// "• Item", "- Item", "1. Item" → ("Item", true).
fn strip_bullet(line: &str) -> (String, bool) {
    for marker in ["• ", "● ", "▪ ", "◦ ", "‣ ", "- ", "* ", "– ", "— ", "· "] {
        if let Some(rest) = line.strip_prefix(marker) {
            if rest.chars().any(char::is_alphabetic) {
                return (rest.trim().to_string(), true);
            }
        }
    }
    let digits: String = line.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() && digits.len() <= 2 {
        let rest = &line[digits.len()..];
        if let Some(item) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            // "1. High-protein meals are here to stay" is a numbered heading or item either way.
            if item.chars().next().is_some_and(char::is_uppercase)
                && item.split_whitespace().count() >= 3
            {
                return (line.to_string(), true);
            }
        }
    }
    (line.to_string(), false)
}

pub(super) fn is_kept(line: &Line) -> bool {
    matches!(line.state, State::Kept(_))
}

pub(super) fn ends_like_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    trimmed.ends_with(['.', '!', '?', '…', ':', ';'])
}

pub(super) fn is_body_like(line: &Line) -> bool {
    if line.state == State::Kept(ParagraphKind::Caption) {
        return false;
    }
    (line.words >= MIN_BODY_WORDS && ends_like_sentence(&line.text))
        || line.words >= MIN_UNPUNCTUATED_BODY_WORDS
}

/// A bound on the work of a step that compares lines with other lines, in units of one
/// comparison: a number of units per line read, so that a text made to defeat the step's index
/// (thousands of lines sharing the same words) costs linear time. Far above what a page needs;
/// past it the step stops comparing and keeps what it found.
pub(super) struct WorkBudget(std::cell::Cell<usize>);

/// Every budget holds at least this many units, whatever the count of lines: a page of a few
/// hundred lines that all share words (a menu of near-identical items) is compared in full, and
/// a constant keeps the work linear.
const MIN_WORK_UNITS: usize = 1 << 16;

impl WorkBudget {
    pub(super) fn per_line(lines: usize, units_per_line: usize) -> Self {
        WorkBudget(std::cell::Cell::new(
            lines.saturating_mul(units_per_line).max(MIN_WORK_UNITS),
        ))
    }

    /// Spend one unit; false once the budget is spent.
    pub(super) fn spend(&self) -> bool {
        let left = self.0.get();
        if left == 0 {
            return false;
        }
        self.0.set(left - 1);
        count_work(1);
        true
    }
}

#[cfg(test)]
thread_local! {
    /// Units of work done by the cleaner on this thread (comparison keys built, comparisons
    /// spent from a [`WorkBudget`]): a test counts them per line to catch a step whose work
    /// grows with the text.
    pub(crate) static WORK_DONE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Count `units` of work (in tests only).
#[inline]
pub(super) fn count_work(_units: usize) {
    #[cfg(test)]
    WORK_DONE.with(|done| done.set(done.get() + _units));
}

/// Lower-case words of letters and digits: the key lines are compared by.
pub(super) fn comparison_key(text: &str) -> String {
    count_work(1);
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_on_one_line_is_split_into_paragraphs_at_sentence_ends() {
        let sentence =
            "The council met on Monday and agreed to raise the harbour wall by a metre. ";
        let text = sentence.repeat(2_000);
        let lines = split_lines(&text);
        assert!(lines.len() > 100, "{} paragraphs", lines.len());
        assert!(lines
            .iter()
            .all(|line| line.text.len() <= MAX_PARAGRAPH_BYTES));
        assert!(lines.iter().all(|line| line.text.ends_with('.')));
        // No sentence end at all: cut at spaces.
        let words = "harbour wall ".repeat(10_000);
        let lines = split_lines(&words);
        assert!(lines.len() >= 2);
        assert!(lines
            .iter()
            .all(|line| line.text.len() <= MAX_PARAGRAPH_BYTES));
        assert_eq!(
            lines.iter().map(|line| line.words).sum::<usize>(),
            20_000,
            "no word lost"
        );
    }
}
