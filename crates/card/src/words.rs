//! Word tokens of news prose with byte offsets, lower-cased and stemmed, plus whether
//! punctuation stood before each one (punctuation ends a keyphrase candidate).

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

/// A word of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Byte range in the string the token was cut from.
    pub start: usize,
    pub end: usize,
    /// Lower-case form, typographic apostrophes made plain and a possessive "'s" dropped.
    pub lower: String,
    /// Snowball (Porter 2) English stem of `lower`: the word's identity for counting.
    pub stem: String,
    /// The word was written with a capital first letter.
    pub capitalized: bool,
    /// Something other than white space (punctuation, a quote mark) came before this word.
    pub after_punctuation: bool,
    /// No letters: digits, perhaps joined by hyphens ("2021", "6-3"; "2,400" gives "2", "400").
    pub is_number: bool,
}

/// The English stemmer the whole crate uses, so stems compare everywhere, with a cache:
/// news text repeats its words, and stemming is the costly part of tokenizing.
pub struct Stems {
    stemmer: Stemmer,
    cache: HashMap<String, String>,
}

impl Stems {
    pub fn new() -> Self {
        Stems {
            stemmer: Stemmer::create(Algorithm::English),
            cache: HashMap::new(),
        }
    }

    /// The Snowball (Porter 2) English stem of a lower-case word.
    pub fn stem(&mut self, lower: &str) -> String {
        if let Some(stem) = self.cache.get(lower) {
            return stem.clone();
        }
        let stem = self.stemmer.stem(lower).into_owned();
        self.cache.insert(lower.to_owned(), stem.clone());
        stem
    }
}

/// Cut `text` into word tokens ([`model::word_spans`]: runs of letters and digits, with
/// hyphens and apostrophes kept when they join two such runs, "cross-border", "don't").
pub fn tokens(text: &str, stems: &mut Stems) -> Vec<Token> {
    let mut result = Vec::new();
    let mut previous_end = 0;
    for (start, end) in model::word_spans(text) {
        let after_punctuation = text[previous_end..start]
            .chars()
            .any(|c| !c.is_alphanumeric() && !c.is_whitespace());
        previous_end = end;
        let surface = &text[start..end];
        let lower = lower_word(surface);
        let stem = stems.stem(&lower);
        result.push(Token {
            start,
            end,
            capitalized: surface.starts_with(char::is_uppercase),
            after_punctuation,
            is_number: !lower.chars().any(char::is_alphabetic),
            lower,
            stem,
        });
    }
    result
}

/// Lower-case a word, make apostrophes and hyphens plain, and drop a possessive ending.
fn lower_word(surface: &str) -> String {
    let mut lower: String = surface
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '’' => '\'',
            '‐' | '‑' => '-',
            other => other,
        })
        .collect();
    if lower.len() > 2 && lower.ends_with("'s") {
        lower.truncate(lower.len() - 2);
    }
    lower
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let mut stems = Stems::new();
        let lowers: Vec<String> = tokens(text, &mut stems)
            .into_iter()
            .map(|token| token.lower)
            .collect();
        assert_eq!(lowers, expected);
    }

    #[test]
    fn keeps_hyphenated_words_and_drops_possessives() {
        check(
            "Pakistan’s cross-border strikes, Kabul's reply -- 2,400 dead.",
            &[
                "pakistan",
                "cross-border",
                "strikes",
                "kabul",
                "reply",
                "2",
                "400",
                "dead",
            ],
        );
    }

    #[test]
    fn marks_punctuation_before_a_word() {
        let mut stems = Stems::new();
        let found = tokens("Kabul, Islamabad (Pakistan)", &mut stems);
        let marks: Vec<bool> = found.iter().map(|token| token.after_punctuation).collect();
        assert_eq!(marks, [false, true, true]);
        assert_eq!(found[1].stem, "islamabad");
    }
}
