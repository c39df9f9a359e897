//! The story's own metadata lines (byline, dateline, read time, a metadata label) and where they
//! stand relative to a line: the slot that marks a headline, prose that marks a first paragraph.

use super::*;
use crate::word_list::word_list;
use model::RemovalReason;

/// How many lines below a headline its metadata (byline, date) may stand: more finds headlines
/// above long decks and share bars, fewer keeps menu items from claiming the byline.
pub(super) const METADATA_REACH: usize = 8;
/// A metadata line (byline, date) is at most this long; longer lines that name a date are
/// sentences.
const MAX_METADATA_WORDS: usize = 12;

/// Does the story's own metadata (a byline, a date, a read time) follow the line at `index`
/// before the body, with at most a one-sentence deck and two stubs ("Share", a section label)
/// in between? That is where a headline stands.
pub(in crate::plain) fn metadata_follows(lines: &[Line], index: usize, first_body: usize) -> bool {
    let (mut stubs, mut decks) = (0, 0);
    for later in (index + 1..first_body).take(METADATA_REACH) {
        let line = &lines[later];
        if is_article_metadata(line) {
            return true;
        }
        if !is_kept(line) {
            continue;
        }
        if (line.words <= 3 || is_name_like(&line.text)) && stubs < 2 {
            stubs += 1;
        } else if line.words >= 6 && decks < 1 {
            decks += 1;
        } else {
            return false;
        }
    }
    false
}

/// Is the line right above `index` (skipping removed chrome) the story's date or read time?
pub(in crate::plain) fn metadata_precedes(lines: &[Line], index: usize) -> bool {
    (0..index)
        .rev()
        .take(3)
        .find(|&earlier| is_kept(&lines[earlier]) || is_article_metadata(&lines[earlier]))
        .is_some_and(|earlier| is_article_metadata(&lines[earlier]))
}

/// A line of the story's own metadata: a byline, a dateline, a read time, or a line opening with
/// a metadata label ("Written by", "Last updated on:", "By" alone).
pub(in crate::plain) fn is_article_metadata(line: &Line) -> bool {
    static LABELS: std::sync::LazyLock<Vec<&'static str>> =
        std::sync::LazyLock::new(|| word_list(include_str!("../../../data/metadata_labels.txt")));
    match &line.state {
        // A bare date is often dropped by a line rule first (as a figures-only line); it still
        // dates the story.
        State::Removed(why) => {
            matches!(
                why,
                RemovalReason::ReadTime | RemovalReason::Dateline | RemovalReason::Byline
            ) || (line.words <= MAX_METADATA_WORDS && dateline(&line.text).is_some())
        }
        State::Kept(ParagraphKind::Caption) => false,
        State::Kept(_) => {
            if line.words > MAX_METADATA_WORDS {
                return false;
            }
            if byline(&line.text).is_some() || dateline(&line.text).is_some() {
                return true;
            }
            let lowered = line.text.to_lowercase();
            LABELS.iter().any(|label| {
                lowered
                    .strip_prefix(label)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':']))
            })
        }
    }
}

/// Is the next kept line after `index` prose? Then a sentence at `index` is the story's first
/// paragraph, not a deck.
/// A byline or date in between separates the two: a sentence above the story's metadata is its
/// deck.
pub(in crate::plain) fn followed_by_prose(lines: &[Line], index: usize) -> bool {
    (index + 1..lines.len())
        .find(|&later| is_kept(&lines[later]) || is_article_metadata(&lines[later]))
        .is_some_and(|later| is_kept(&lines[later]) && is_body_like(&lines[later]))
}
