//! Rule: a short line that carries a chrome cue (navigation, app prompt, share bar, comments,
//! subscription, cookie prompt, advertisement, footer, read time) is chrome.
//!
//! Why: the widgets around an article leave short imperative or label lines in scraped text
//! ("Next Story", "Send Push", "0 Comments", "Subscribe to our newsletter"). The cues live in
//! `data/chrome_cues.tsv`. A one-word cue ("share", "home") only removes a line of at most
//! three words, a phrase cue a line of at most [`MAX_CHROME_WORDS`]; a line that reads as a
//! sentence is removed only when it opens with the cue (an imperative such as "Share this
//! story."), so prose that merely uses the word ("Pakistan's share of trade fell.") stays.
//!
//! Example: "Post a Comment (0)" → removed, why = "comments".

use super::{is_prose, Verdict};
use model::RemovalReason;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Longest line (in words) a phrase cue may remove.
pub const MAX_CHROME_WORDS: usize = 8;
/// Longest line (in words) that two different cues together may remove.
const MAX_CUE_DENSE_WORDS: usize = 12;
/// Longest line (in words) that three different cues together may remove.
pub(crate) const MAX_CUE_BANNER_WORDS: usize = 30;
/// Longest line (in words) a one-word cue may remove.
const MAX_SINGLE_CUE_WORDS: usize = 3;

/// Words that follow a verb used as a command in chrome ("Subscribe to…", "Share this…",
/// "Follow us…"), telling "Share this story" from "Share prices fell".
const IMPERATIVE_OBJECTS: &[&str] = &[
    "to", "this", "our", "us", "on", "now", "for", "via", "here", "up", "in", "with",
];

struct Cue {
    reason: RemovalReason,
    /// The cue's words, lower-case.
    words: Vec<&'static str>,
    single_word: bool,
}

static CUES: LazyLock<Vec<Cue>> = LazyLock::new(|| {
    include_str!("../../data/chrome_cues.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let (reason, phrase) = line.split_once('\t')?;
            let words: Vec<&'static str> = phrase.split(' ').collect();
            let reason = RemovalReason::from_name(reason).unwrap_or_else(|| {
                panic!("chrome_cues.tsv: {reason:?} is not a removal reason (model::RemovalReason)")
            });
            Some(Cue {
                reason,
                single_word: words.len() == 1,
                words,
            })
        })
        .collect()
});

/// The cues by their first word, so a line is matched in one pass over its words.
static CUES_BY_FIRST_WORD: LazyLock<HashMap<&'static str, Vec<usize>>> = LazyLock::new(|| {
    let mut by_first_word: HashMap<&'static str, Vec<usize>> = HashMap::new();
    for (index, cue) in CUES.iter().enumerate() {
        by_first_word.entry(cue.words[0]).or_default().push(index);
    }
    by_first_word
});

pub fn rule(line: &str) -> Option<Verdict> {
    let words = cue_words(line);
    if words.is_empty() {
        return None;
    }
    let prose = is_prose(line);
    let hits = cues_in(&words);
    // Two different cues in one short line ("Follow us on WhatsApp for updates") make it chrome
    // whatever its length up to MAX_CUE_DENSE_WORDS.
    if !prose && words.len() <= MAX_CUE_DENSE_WORDS && hits.len() >= 2 {
        return Some(Verdict::Remove(CUES[hits[0].0].reason));
    }
    // A banner made of cues ("We use cookies … Accept all | Manage preferences") names three
    // or more of them, however long it runs.
    if !prose && words.len() <= MAX_CUE_BANNER_WORDS && hits.len() >= 3 {
        return Some(Verdict::Remove(CUES[hits[0].0].reason));
    }
    if words.len() > MAX_CHROME_WORDS {
        return None;
    }
    hits.iter().find_map(|&(cue_index, position)| {
        let cue = &CUES[cue_index];
        let imperative = position == 0
            && words
                .get(1)
                .is_some_and(|next| IMPERATIVE_OBJECTS.contains(&next.as_str()));
        if cue.single_word && words.len() > MAX_SINGLE_CUE_WORDS && !imperative {
            return None;
        }
        if prose && position != 0 {
            return None;
        }
        Some(Verdict::Remove(cue.reason))
    })
}

/// The reason of the first chrome cue a line mentions anywhere, whatever its length or shape
/// ("Get articles and insights from our weekly newsletter." → "subscription"). Too eager to
/// remove lines by itself; the body zone uses it to refuse a short sentence after a gap as the
/// article's last paragraph.
pub fn mentioned_cue(line: &str) -> Option<RemovalReason> {
    cues_in(&cue_words(line))
        .first()
        .map(|&(cue_index, _)| CUES[cue_index].reason)
}

/// Lower-cased words of a line without surrounding punctuation, as cues are matched.
fn cue_words(line: &str) -> Vec<String> {
    line.split_whitespace()
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|word| !word.is_empty())
        .collect()
}

/// Every cue the words hold, as (cue index, word where it first starts), in the cue list's
/// order (the first cue of the list wins, as the list is written).
fn cues_in(words: &[String]) -> Vec<(usize, usize)> {
    let mut hits: Vec<(usize, usize)> = Vec::new();
    for (start, word) in words.iter().enumerate() {
        let Some(candidates) = CUES_BY_FIRST_WORD.get(word.as_str()) else {
            continue;
        };
        for &cue_index in candidates {
            let cue_words = &CUES[cue_index].words;
            let fits = words.len() - start >= cue_words.len()
                && cue_words
                    .iter()
                    .zip(&words[start..])
                    .all(|(cue_word, word)| word == cue_word);
            if fits && !hits.iter().any(|&(seen, _)| seen == cue_index) {
                hits.push((cue_index, start));
            }
        }
    }
    hits.sort_unstable();
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str, expected: Option<&str>) {
        let got = match rule(line) {
            Some(Verdict::Remove(reason)) => Some(reason.as_str()),
            _ => None,
        };
        assert_eq!(got, expected, "{line}");
    }

    #[test]
    fn short_chrome_lines_are_removed() {
        check("Next Story", Some("navigation"));
        check("Send Push", Some("app prompt"));
        check("0 Comments", Some("comments"));
        check("Post a Comment (0)", Some("comments"));
        check("Share this story", Some("share bar"));
        check("Subscribe to our newsletter.", Some("subscription"));
        check("Unable to calculate read time", Some("read time"));
        check(
            "Follow Valley Voices on WhatsApp for instant updates",
            Some("share bar"),
        );
    }

    #[test]
    fn prose_using_a_cue_word_stays() {
        check("Pakistan's share of trade fell by a third.", None);
        check("Officials said they would follow the talks closely.", None);
        check(
            "Home ministers of both countries met in Doha on Sunday",
            None,
        );
    }
}
