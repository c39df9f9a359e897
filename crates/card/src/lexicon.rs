//! The card's word lists, compiled in from `data/`: stopwords, generic news words, the
//! English background frequency table and the words that make a sentence lean on the one
//! before. Each file documents its own shape in its header.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const STOPWORDS: &str = include_str!("../data/stopwords.txt");
const GENERIC_WORDS: &str = include_str!("../data/generic.txt");
const BACKGROUND: &str = include_str!("../data/background.tsv");
const VERBS: &str = include_str!("../data/verbs.txt");
const PARTICIPLE_ADJECTIVES: &str = include_str!("../data/participle_adjectives.txt");
const LEANING_OPENERS: &str = include_str!("../data/leaning_openers.txt");
const SHELL_NOUNS: &str = include_str!("../data/shell_nouns.txt");
const DEICTIC_TIME_WORDS: &str = include_str!("../data/deictic_time_words.txt");

/// Zipf frequency given to a word the background table does not list: the table stops near
/// Zipf 3.0, so an unlisted word is rarer than that.
pub const UNLISTED_ZIPF: f64 = 2.5;

/// Function words that end a keyphrase candidate.
pub fn is_stopword(lower_word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_lines(STOPWORDS).collect())
        .contains(lower_word)
}

/// Words too generic to be, start or end a keyphrase ("said", "friday", "news").
pub fn is_generic(lower_word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_lines(GENERIC_WORDS).collect())
        .contains(lower_word)
}

/// A past participle that news writes as an adjective ("armed", "displaced"); see
/// `data/participle_adjectives.txt`.
pub fn is_participle_adjective(lower_word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_lines(PARTICIPLE_ADJECTIVES).collect())
        .contains(lower_word)
}

/// A form of a verb that is seldom a noun ("gives", "depended", "reopening", "took"): such a
/// word makes a hashtag candidate a clause fragment.
pub fn is_verb_form(lower_word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let verbs = SET.get_or_init(|| word_lines(VERBS).collect());
    if verbs.contains(lower_word) {
        return true;
    }
    let strip = |suffix: &str| {
        lower_word
            .strip_suffix(suffix)
            .filter(|base| base.len() >= 2)
    };
    let candidates = [
        strip("s"),
        strip("es"),
        strip("d"),
        strip("ed"),
        strip("ing"),
        strip("ing")
            .map(|base| format!("{base}e"))
            .as_deref()
            .and_then(|base| verbs.get(base).copied()),
        strip("ied")
            .map(|base| format!("{base}y"))
            .as_deref()
            .and_then(|base| verbs.get(base).copied()),
        strip("ies")
            .map(|base| format!("{base}y"))
            .as_deref()
            .and_then(|base| verbs.get(base).copied()),
    ];
    candidates
        .into_iter()
        .flatten()
        .any(|base| verbs.contains(base))
}

/// How common a lower-case word is in general English, as a Zipf frequency (log10 of uses
/// per billion words): "the" is 7.7, "taliban" 3.7, a word not in the table [`UNLISTED_ZIPF`].
pub fn background_zipf(lower_word: &str) -> f64 {
    static TABLE: OnceLock<HashMap<&'static str, f32>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        BACKGROUND
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let (word, zipf) = line.split_once('\t')?;
                Some((word, zipf.trim().parse::<f32>().ok()?))
            })
            .collect()
    });
    table
        .get(lower_word)
        .map_or(UNLISTED_ZIPF, |zipf| f64::from(*zipf))
}

/// The openers of `data/leaning_openers.txt`, each as its lower-case words ("however",
/// "on the other hand").
pub fn leaning_openers() -> &'static [Vec<&'static str>] {
    static LIST: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    LIST.get_or_init(|| {
        word_lines(LEANING_OPENERS)
            .map(|entry| entry.split_whitespace().collect())
            .collect()
    })
}

/// A noun that, after "this", "that", "these", "those" or "such", stands for what the
/// sentence before said ("that criticism"); see `data/shell_nouns.txt`.
pub fn is_shell_noun(lower_word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_lines(SHELL_NOUNS).collect())
        .contains(lower_word)
}

/// A word after an opening "this" or "these" that points at the calendar ("This week");
/// see `data/deictic_time_words.txt`.
pub fn is_deictic_time_word(lower_word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_lines(DEICTIC_TIME_WORDS).collect())
        .contains(lower_word)
}

fn word_lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    model::word_list_entries(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_loaded() {
        assert!(is_stopword("the"));
        assert!(!is_stopword("taliban"));
        assert!(is_generic("friday"));
        assert!(!is_generic("pakistan"));
        assert!(
            is_verb_form("gives")
                && is_verb_form("depended")
                && is_verb_form("reopened")
                && is_verb_form("took")
        );
        assert!(is_verb_form("tries") && is_verb_form("arriving"));
        assert!(!is_verb_form("strikes") && !is_verb_form("floods") && !is_verb_form("villages"));
        assert!(leaning_openers().contains(&vec!["on", "the", "other", "hand"]));
        assert!(is_shell_noun("criticism") && !is_shell_noun("week"));
        assert!(is_deictic_time_word("week") && !is_deictic_time_word("criticism"));
    }

    #[test]
    fn common_words_are_more_frequent_than_rare_ones() {
        assert!(background_zipf("the") > 7.0);
        assert!(background_zipf("said") > background_zipf("taliban"));
        assert_eq!(background_zipf("qqqxyzzy"), UNLISTED_ZIPF);
    }
}
