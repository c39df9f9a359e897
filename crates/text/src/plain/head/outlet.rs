//! The site's name in the head: a masthead with its tagline, organisation words, edition words
//! left off, shouted names in title case.

use super::byline::holds_listed_word;
use super::*;
use crate::word_list::word_list;

/// "Daily Sentinel Online" → "Daily Sentinel": a masthead's last words that name the edition
/// (`data/outlet_edition_words.txt`), not the outlet, go when two words or more remain.
pub(in crate::plain) fn without_edition_words(name: &str) -> String {
    static EDITION_WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        word_list(include_str!("../../../data/outlet_edition_words.txt"))
    });
    let words: Vec<&str> = name.split_whitespace().collect();
    EDITION_WORDS
        .iter()
        .find_map(|edition| {
            let edition_words = edition.split_whitespace().count();
            let kept = words.len().checked_sub(edition_words)?;
            let tail = words[kept..].join(" ").to_lowercase();
            (kept >= 2 && tail == *edition).then(|| words[..kept].join(" "))
        })
        .unwrap_or_else(|| name.to_string())
}

/// "HARBOUR & VALLEY TIMES" → "Harbour & Valley Times": shouted site names in title case.
pub(in crate::plain) fn readable_name(text: &str) -> String {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 5 || !letters.iter().all(|c| c.is_uppercase()) {
        return text.to_string();
    }
    text.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// "Example Herald — independent reporting from the valley": a site name and its tagline.
pub(in crate::plain) fn is_site_tagline(text: &str) -> bool {
    let Some((name, rest)) = text.split_once(['—', '|']) else {
        return false;
    };
    let name = name.trim();
    let rest_words = rest.split_whitespace().count();
    is_name_like(name)
        && name.split_whitespace().count() <= 4
        && rest_words >= 2
        && rest.trim().chars().next().is_some_and(char::is_lowercase)
}

/// "Sahel Dispatch — Independent news from the Sahel": a site name and its tagline, whatever the
/// tagline's case, as the page's first line.
pub(in crate::plain) fn is_masthead_with_tagline(text: &str) -> bool {
    let Some((name, rest)) = text.split_once(['—', '|']) else {
        return false;
    };
    let name = name.trim();
    is_name_like(name)
        && (1..=4).contains(&name.split_whitespace().count())
        && rest.split_whitespace().count() >= 2
        && !ends_like_sentence(rest)
}

/// Does a line hold a word that names an organisation (`data/organisation_words.txt`: "Times",
/// "Gazette", "Group")? Then it is a site or a company, not a person.
pub(in crate::plain) fn names_organisation(text: &str) -> bool {
    static WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        word_list(include_str!("../../../data/organisation_words.txt"))
    });
    holds_listed_word(text, &WORDS)
}
