//! Tokenisation of raw text the way CoNLL-2003 tokenised Reuters: punctuation split off,
//! "Pakistan's" → "Pakistan" "'s", "don't" → "do" "n't", but "U.S." and "1996-08-22" kept whole.

/// A token as a byte range of the text it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

/// Abbreviations whose final period belongs to the word, compared lower-cased without it.
/// Words with an inner period ("U.S", "a.m") and single letters (initials) keep theirs too.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep",
    "rev", "st", "mt", "jr", "sr", "no", "vs", "inc", "ltd", "corp", "co", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "brig", "adm",
];

/// Punctuation that is a token of its own wherever it stands, even inside a word.
fn is_standalone_punctuation(character: char) -> bool {
    matches!(character, '—' | '–' | '…')
}

/// Punctuation that is always a token of its own when it opens a word.
fn is_opening_punctuation(character: char) -> bool {
    matches!(
        character,
        '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '«' | '`'
    )
}

/// Punctuation that is always a token of its own when it closes a word (periods are
/// handled apart, since abbreviations keep theirs).
fn is_closing_punctuation(character: char) -> bool {
    matches!(
        character,
        '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»' | ',' | ';' | ':' | '!' | '?'
    )
}

/// Split `text` into CoNLL-style tokens with byte offsets into `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chunk_start: Option<usize> = None;
    for (index, character) in text.char_indices() {
        if character.is_whitespace() {
            if let Some(start) = chunk_start.take() {
                split_chunk(text, start, index, &mut tokens);
            }
        } else if is_standalone_punctuation(character) {
            // Web text glues dashes and ellipses to words ("Kabul—which"); CoNLL has them
            // apart, so they always end the chunk before them and stand alone.
            if let Some(start) = chunk_start.take() {
                split_chunk(text, start, index, &mut tokens);
            }
            tokens.push(Token {
                start: index,
                end: index + character.len_utf8(),
            });
        } else if chunk_start.is_none() {
            chunk_start = Some(index);
        }
    }
    if let Some(start) = chunk_start {
        split_chunk(text, start, text.len(), &mut tokens);
    }
    tokens
}

/// Split one whitespace-free chunk `text[start..end]` into tokens, appending them in order.
fn split_chunk(text: &str, mut start: usize, mut end: usize, tokens: &mut Vec<Token>) {
    // Opening punctuation, one token each.
    while let Some(character) = text[start..end].chars().next() {
        if is_opening_punctuation(character) && start + character.len_utf8() < end {
            tokens.push(Token {
                start,
                end: start + character.len_utf8(),
            });
            start += character.len_utf8();
        } else {
            break;
        }
    }
    // Closing punctuation and periods, collected from the right and pushed after the word.
    let mut closing = Vec::new();
    loop {
        let word = &text[start..end];
        let Some(last) = word.chars().next_back() else {
            break;
        };
        if word.chars().count() == 1 {
            break;
        }
        let before = end - last.len_utf8();
        if is_closing_punctuation(last) {
            closing.push(Token { start: before, end });
            end = before;
        } else if last == '.' {
            if word.ends_with("...") && word.len() > 3 {
                closing.push(Token {
                    start: end - 3,
                    end,
                });
                end -= 3;
            } else if keeps_its_period(&text[start..before]) {
                break;
            } else {
                closing.push(Token { start: before, end });
                end = before;
            }
        } else {
            break;
        }
    }
    // Clitics: "'s", "n't", "'re" and friends are tokens of their own, as in CoNLL.
    let word = &text[start..end];
    let clitic_length = clitic_suffix_length(word);
    if clitic_length > 0 && clitic_length < word.len() {
        tokens.push(Token {
            start,
            end: end - clitic_length,
        });
        tokens.push(Token {
            start: end - clitic_length,
            end,
        });
    } else if start < end {
        tokens.push(Token { start, end });
    }
    tokens.extend(closing.into_iter().rev());
}

/// Whether a word followed by a period is an abbreviation or initial that keeps it.
fn keeps_its_period(word_without_period: &str) -> bool {
    if word_without_period.is_empty() {
        return false;
    }
    if word_without_period.contains('.') {
        return true;
    }
    let mut characters = word_without_period.chars();
    if let (Some(first), None) = (characters.next(), characters.next()) {
        return first.is_alphabetic();
    }
    let lower = word_without_period.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Byte length of a clitic ending `word` ("'s", "’s", "n't", "'ll", ...), or 0.
fn clitic_suffix_length(word: &str) -> usize {
    let lower = word.to_lowercase();
    // Lower-casing can change byte lengths for some scripts; only trust ASCII-length matches.
    if lower.len() != word.len() {
        return 0;
    }
    for apostrophe in ["'", "’"] {
        let negation = format!("n{apostrophe}t");
        if lower.ends_with(&negation) {
            return negation.len();
        }
        for ending in ["s", "re", "ve", "ll", "d", "m"] {
            let clitic = format!("{apostrophe}{ending}");
            if lower.ends_with(&clitic) {
                return clitic.len();
            }
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let actual: Vec<&str> = tokenize(text)
            .iter()
            .map(|token| &text[token.start..token.end])
            .collect();
        assert_eq!(actual, expected, "tokens of {text:?}");
    }

    #[test]
    fn splits_possessives_and_negations() {
        check(
            "Pakistan's army didn't move.",
            &["Pakistan", "'s", "army", "did", "n't", "move", "."],
        );
        check("Kabul’s mayor", &["Kabul", "’s", "mayor"]);
    }

    #[test]
    fn keeps_abbreviations_initials_and_dates() {
        check(
            "The U.S. envoy Mr. J. Smith left on 1996-08-22.",
            &[
                "The",
                "U.S.",
                "envoy",
                "Mr.",
                "J.",
                "Smith",
                "left",
                "on",
                "1996-08-22",
                ".",
            ],
        );
    }

    #[test]
    fn splits_quotes_brackets_and_commas() {
        check(
            "\"We (the army) won,\" he said...",
            &[
                "\"", "We", "(", "the", "army", ")", "won", ",", "\"", "he", "said", "...",
            ],
        );
    }

    #[test]
    fn dashes_and_ellipses_inside_words_stand_alone() {
        check(
            "Kabul—which denied it–said…",
            &["Kabul", "—", "which", "denied", "it", "–", "said", "…"],
        );
    }

    #[test]
    fn lone_punctuation_stays_a_token() {
        check("- ' .", &["-", "'", "."]);
        check("", &[]);
    }
}
