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

use super::Verdict;
use std::sync::LazyLock;

/// Longest line (in words) a phrase cue may remove.
pub const MAX_CHROME_WORDS: usize = 8;
/// Longest line (in words) that two different cues together may remove.
const MAX_CUE_DENSE_WORDS: usize = 12;
/// Longest line (in words) that three different cues together may remove.
const MAX_CUE_BANNER_WORDS: usize = 30;
/// Longest line (in words) a one-word cue may remove.
const MAX_SINGLE_CUE_WORDS: usize = 3;

/// Words that follow a verb used as a command in chrome ("Subscribe to…", "Share this…",
/// "Follow us…"), telling "Share this story" from "Share prices fell".
const IMPERATIVE_OBJECTS: &[&str] = &[
    "to", "this", "our", "us", "on", "now", "for", "via", "here", "up", "in", "with",
];

struct Cue {
    reason: &'static str,
    phrase: &'static str,
    single_word: bool,
}

static CUES: LazyLock<Vec<Cue>> = LazyLock::new(|| {
    include_str!("../../data/chrome_cues.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let (reason, phrase) = line.split_once('\t')?;
            Some(Cue {
                reason,
                phrase,
                single_word: !phrase.contains(' '),
            })
        })
        .collect()
});

pub fn rule(line: &str) -> Option<Verdict> {
    let words = cue_words(line);
    if words.is_empty() {
        return None;
    }
    let prose = is_prose(line);
    // Two different cues in one short line ("Follow us on WhatsApp for updates") make it chrome
    // whatever its length up to MAX_CUE_DENSE_WORDS.
    if !prose && words.len() <= MAX_CUE_DENSE_WORDS {
        let hits: Vec<&Cue> = CUES
            .iter()
            .filter(|cue| find_phrase(&words, cue.phrase).is_some())
            .collect();
        if hits.len() >= 2 {
            return Some(Verdict::Remove(hits[0].reason));
        }
    }
    // A banner made of cues ("We use cookies … Accept all | Manage preferences") names three
    // or more of them, however long it runs.
    if !prose && words.len() <= MAX_CUE_BANNER_WORDS {
        let hits: Vec<&Cue> = CUES
            .iter()
            .filter(|cue| find_phrase(&words, cue.phrase).is_some())
            .collect();
        if hits.len() >= 3 {
            return Some(Verdict::Remove(hits[0].reason));
        }
    }
    if words.len() > MAX_CHROME_WORDS {
        return None;
    }
    CUES.iter().find_map(|cue| {
        let position = find_phrase(&words, cue.phrase)?;
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
pub fn mentioned_cue(line: &str) -> Option<&'static str> {
    let words = cue_words(line);
    CUES.iter()
        .find(|cue| find_phrase(&words, cue.phrase).is_some())
        .map(|cue| cue.reason)
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

/// Index of the word where `phrase` starts in `words`, matching whole words.
fn find_phrase(words: &[String], phrase: &str) -> Option<usize> {
    let phrase_words: Vec<&str> = phrase.split(' ').collect();
    if phrase_words.len() > words.len() {
        return None;
    }
    (0..=words.len() - phrase_words.len()).find(|&start| {
        phrase_words
            .iter()
            .enumerate()
            .all(|(offset, word)| words[start + offset] == *word)
    })
}

/// Does this line read as a sentence of prose: several words, ending in terminal punctuation?
pub fn is_prose(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    let ends_like_sentence = trimmed.ends_with(['.', '!', '?', '…']);
    ends_like_sentence && line.split_whitespace().count() >= 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str, expected: Option<&str>) {
        let got = match rule(line) {
            Some(Verdict::Remove(reason)) => Some(reason),
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
