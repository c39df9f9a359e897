//! `ner/plain_text`: here is text as a person writes it (sentences on lines, not one token per
//! line) — which of its tokens name people, organisations, places? And is some input CoNLL
//! (one token per line) or such text?

use crate::{tokens_of_sentences, words_of_tokens, Tag, Tagger};

/// One token of raw text with its BIO tag; the token is `text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaggedToken {
    pub start: usize,
    pub end: usize,
    pub tag: Tag,
}

/// Every token of `text` with its BIO tag, sentence by sentence. The text is split into
/// sentences and CoNLL-style tokens and tagged as one document, as [`crate::spans`] does for
/// an article.
pub fn tag_text(tagger: &Tagger, text: &str) -> Vec<Vec<TaggedToken>> {
    let sentences = text::sentences(text);
    let tokens = tokens_of_sentences(text, &sentences);
    let words = words_of_tokens(text, &sentences, &tokens);
    sentences
        .iter()
        .zip(&tokens)
        .zip(tagger.tag_document(&words))
        .map(|((sentence, sentence_tokens), tags)| {
            sentence_tokens
                .iter()
                .zip(tags)
                .map(|(token, tag)| TaggedToken {
                    start: sentence.start + token.start,
                    end: sentence.start + token.end,
                    tag,
                })
                .collect()
        })
        .filter(|sentence: &Vec<TaggedToken>| !sentence.is_empty())
        .collect()
}

/// True when `input` reads as CoNLL: every line that is not blank or a `-DOCSTART-` line holds
/// one token, or a token followed by columns the last of which is a BIO tag
/// ("EU NNP B-NP B-ORG", "Paris B-LOC"). A line of several words that does not end in a tag
/// ("A sentence.") makes it plain text.
pub fn is_one_token_per_line(input: &str) -> bool {
    input.lines().all(|line| {
        let columns: Vec<&str> = line.split_whitespace().collect();
        match columns.as_slice() {
            [] | [_] => true,
            [first, ..] if *first == "-DOCSTART-" => true,
            [.., last] => Tag::parse(last).is_some(),
        }
    })
}
