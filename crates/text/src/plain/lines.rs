//! A scraped text read into lines: whitespace normalised, bullets stripped, menus flattened onto
//! one line caught, each line's word count and state (kept with a kind, or removed with a reason),
//! and the shape tests every later step asks of a line (a sentence, prose, its comparison key).

use super::*;

/// A line counts as body prose from this many words when it ends like a sentence.
pub(super) const MIN_BODY_WORDS: usize = 12;

/// A line this long is body prose even without final punctuation (a cut-off paragraph).
const MIN_UNPUNCTUATED_BODY_WORDS: usize = 30;

/// Headings and titles are at most this long.
pub(super) const MAX_HEADING_WORDS: usize = 16;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum State {
    Kept(ParagraphKind),
    Removed(String),
}

#[derive(Debug, Clone)]
pub(super) struct Line {
    pub(super) text: String,
    pub(super) words: usize,
    pub(super) state: State,
    /// A list item whose bullet was stripped.
    pub(super) bulleted: bool,
}

pub(super) fn split_lines(content: &str) -> Vec<Line> {
    content
        .lines()
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
                State::Removed("navigation".to_string())
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

/// Lower-case words of letters and digits: the key lines are compared by.
pub(super) fn comparison_key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
