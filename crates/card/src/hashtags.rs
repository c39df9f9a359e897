//! Hashtags from keyphrases: kebab-case, mostly multi-word, no two the same by stem and none
//! a mere part of another.

use crate::keyphrases::{Keyphrase, Ranking};
use crate::lexicon::{is_participle_adjective, is_verb_form};

/// The most hashtags a card carries, and the fewest it aims for.
pub const MAX_HASHTAGS: usize = 6;
pub const MIN_HASHTAGS: usize = 3;
/// At most this many single-word tags, so the tags stay mostly multi-word.
const MAX_SINGLE_WORD_TAGS: usize = 2;
/// Articles shorter than this get only the tags that clear the quality bar; longer ones are
/// filled up to [`MIN_HASHTAGS`].
const WORDS_FOR_FULL_TAGS: usize = 150;

/// Multi-word phrases scoring at least this share of the best multi-word phrase's score may
/// be tags. A single word must score this share of the best phrase of all: frequent single
/// words ("pakistan") outscore phrases in long articles, and would crowd them out.
const MULTI_WORD_BAR: f64 = 0.35;
const SINGLE_WORD_BAR: f64 = 0.5;

/// Pick 3–6 hashtags ("#cross-border-strikes") from a keyphrase ranking, best first.
pub fn hashtags(ranking: &Ranking, word_count: usize) -> Vec<String> {
    let Some(top_score) = ranking.phrases.first().map(|phrase| phrase.score) else {
        return Vec::new();
    };
    // Lazily filtered: the passes stop early, and a long article has thousands of candidates.
    let usable = || ranking.phrases.iter().filter(|phrase| is_topic(phrase));
    let mut chosen: Vec<&Keyphrase> = Vec::new();
    // Multi-word phrases first, so "flash floods" wins over "floods" that it contains.
    let best_multi_word = usable()
        .find(|phrase| phrase.stems.len() > 1)
        .map_or(0.0, |phrase| phrase.score);
    for phrase in usable().filter(|phrase| phrase.stems.len() > 1) {
        if chosen.len() == MAX_HASHTAGS - 1 || phrase.score < MULTI_WORD_BAR * best_multi_word {
            break;
        }
        if !overlaps_any(phrase, &chosen) && !shares_an_end(phrase, &chosen) {
            chosen.push(phrase);
        }
    }
    // Then strong single words that no chosen phrase already carries, while single words
    // stay at most half of the tags.
    let mut single_words = 0;
    for phrase in usable().filter(|phrase| phrase.stems.len() == 1) {
        if chosen.len() == MAX_HASHTAGS
            || single_words == MAX_SINGLE_WORD_TAGS
            || (single_words + 1) * 2 > chosen.len() + 1
            || phrase.score < SINGLE_WORD_BAR * top_score
        {
            break;
        }
        if !overlaps_any(phrase, &chosen) {
            chosen.push(phrase);
            single_words += 1;
        }
    }
    // Full articles always get the minimum, from whatever ranks next.
    if word_count >= WORDS_FOR_FULL_TAGS {
        for phrase in usable() {
            if chosen.len() >= MIN_HASHTAGS {
                break;
            }
            if !overlaps_any(phrase, &chosen) {
                chosen.push(phrase);
            }
        }
    }
    chosen.sort_by(|a, b| b.score.total_cmp(&a.score));
    chosen
        .iter()
        .filter_map(|phrase| kebab_case(&phrase.phrase))
        .map(|tag| format!("#{tag}"))
        .collect()
}

/// Adjectives that only stand before a noun: a phrase ending on one was cut short.
const ATTRIBUTIVE_ONLY: &[&str] = &[
    "foreign",
    "former",
    "senior",
    "deputy",
    "interim",
    "acting",
    "chief",
    "main",
    "top",
    "key",
    "legal",
    "local",
    "political",
    "economic",
    "regional",
    "international",
    "national",
    "federal",
    "nuclear",
];

/// A phrase that can be a tag: it kebab-cases, holds no verb form and no "-ly" adverb, and
/// a multi-word phrase does not end on a past participle or an "-ing" form ("city library
/// reopened", "ostrava gives", "taliban refusing" are clause fragments, not topics).
fn is_topic(phrase: &Keyphrase) -> bool {
    let words: Vec<&str> = phrase.phrase.split(' ').collect();
    let ends_like_a_verb = words.len() > 1
        && words
            .last()
            .is_some_and(|last| last.len() > 4 && (last.ends_with("ed") || last.ends_with("ing")));
    let adverb = words
        .iter()
        .any(|word| word.len() > 4 && word.ends_with("ly"));
    // "entered uvira", "attacked mourners": a past form anywhere makes a clause, unless it is
    // one news writes as an adjective ("armed groups", "displaced families").
    // A past form alone ("#passed", "#arrested") is no topic either.
    let past_form = words
        .iter()
        .any(|word| word.len() > 4 && word.ends_with("ed") && !is_participle_adjective(word));
    // "qatar foreign" (from "Qatar's foreign ministry"): an attributive adjective cannot end
    // a topic.
    let ends_on_attributive = words.len() > 1
        && words
            .last()
            .is_some_and(|last| ATTRIBUTIVE_ONLY.contains(last));
    kebab_case(&phrase.phrase).is_some()
        && !phrase.cuts_a_name
        && !ends_like_a_verb
        && !adverb
        && !past_form
        && !ends_on_attributive
        && !words.iter().any(|word| is_verb_form(word))
}

/// A phrase overlaps a chosen one when either one's stems all occur in the other
/// ("taliban" and "afghan taliban"), which covers two tags being the same phrase by stem.
fn overlaps_any(phrase: &Keyphrase, chosen: &[&Keyphrase]) -> bool {
    chosen.iter().any(|taken| {
        phrase.stems.iter().all(|stem| taken.stems.contains(stem))
            || taken.stems.iter().all(|stem| phrase.stems.contains(stem))
    })
}

/// A multi-word phrase shares an end with a chosen one when both open or both close on the
/// same stem ("olympic stadium" and "olympic park", "greens policy" and "greens votes"): a
/// card's tags name different things, so the second waits for the fill-up pass.
fn shares_an_end(phrase: &Keyphrase, chosen: &[&Keyphrase]) -> bool {
    chosen
        .iter()
        .filter(|taken| taken.stems.len() > 1)
        .any(|taken| {
            taken.stems.first() == phrase.stems.first() || taken.stems.last() == phrase.stems.last()
        })
}

/// A phrase as a kebab-case tag body ("cross-border strikes" gives "cross-border-strikes"):
/// lower-case ASCII letters and digits joined by single hyphens. Common Latin accents are
/// folded ("Açaí" gives "acai"); a phrase with other letters gives `None`.
pub fn kebab_case(phrase: &str) -> Option<String> {
    let mut tag = String::new();
    for character in phrase.chars().flat_map(char::to_lowercase) {
        let folded = fold_accent(character);
        if folded.is_ascii_alphanumeric() {
            tag.push(folded);
        } else if folded.is_alphanumeric() {
            return None;
        } else if folded == '\'' {
            continue;
        } else if !tag.is_empty() && !tag.ends_with('-') {
            tag.push('-');
        }
    }
    while tag.ends_with('-') {
        tag.pop();
    }
    (!tag.is_empty()).then_some(tag)
}

fn fold_accent(character: char) -> char {
    match character {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(phrase: &str, expected: Option<&str>) {
        assert_eq!(kebab_case(phrase).as_deref(), expected);
    }

    fn topic(phrase: &str) -> bool {
        is_topic(&Keyphrase {
            phrase: phrase.to_string(),
            stems: phrase.split(' ').map(str::to_string).collect(),
            score: 1.0,
            cuts_a_name: false,
        })
    }

    #[test]
    fn clause_fragments_are_no_topics() {
        assert!(!topic("entered uvira"));
        assert!(!topic("paktika targeted hideouts"));
        assert!(!topic("qatar foreign"));
        assert!(topic("armed groups"));
        assert!(topic("displaced families"));
        assert!(topic("foreign ministry"));
    }

    #[test]
    fn kebab_cases_phrases() {
        check("cross-border strikes", Some("cross-border-strikes"));
        check("pakistan's military", Some("pakistans-military"));
        check("São Paulo", Some("sao-paulo"));
        check("Кабул", None);
        check("--", None);
    }
}
