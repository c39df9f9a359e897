//! `ner/`: here is a sentence — which tokens name people, organisations, places? A statistical
//! tagger (averaged structured perceptron over BILOU tags) trained on CoNLL-2003, with the
//! tokeniser that cuts raw article text the way CoNLL did.

pub mod features;
pub mod model;
pub mod plain_text;
pub mod tags;
pub mod tokenize;
pub mod training;

use std::sync::OnceLock;

pub use model::{decode, encode, ModelError, Tagger};
pub use tags::{Kind, Tag};
pub use tokenize::{tokenize, Token};

/// The committed model, trained by `cargo run --release -p ner --bin train_ner`.
const DEFAULT_MODEL: &[u8] = include_bytes!("../model/ner.model.gz");

/// A name found in raw text: byte range `[start, end)` of the text and its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntitySpan {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

impl Tagger {
    /// Decode the committed model. If it cannot be read (a build without a trained model),
    /// the tagger has no weights and tags every token "O" rather than failing.
    pub fn load_default() -> Tagger {
        decode(DEFAULT_MODEL).unwrap_or_else(|_| Tagger::empty())
    }

    /// A tagger with no weights: every token is outside any name.
    pub fn empty() -> Tagger {
        Tagger {
            stages: vec![model::Stage::empty()],
            context: features::FeatureContext {
                lexicons: features::hand_lexicons(),
                gazetteer: features::Gazetteer::default(),
            },
        }
    }
}

/// The committed model, decoded once per process.
pub fn default_tagger() -> &'static Tagger {
    static TAGGER: OnceLock<Tagger> = OnceLock::new();
    TAGGER.get_or_init(Tagger::load_default)
}

/// BIO tags for the tokens of one sentence.
pub fn tag(tagger: &Tagger, tokens: &[&str]) -> Vec<Tag> {
    tagger.tag(tokens)
}

/// Names in raw text with the default model: the text is split into sentences, each sentence
/// into CoNLL-style tokens, the whole text is tagged as one document, and each name is
/// reported as a byte range of `text`.
pub fn spans(text: &str) -> Vec<EntitySpan> {
    spans_with(default_tagger(), text)
}

/// `spans` with a given tagger.
pub fn spans_with(tagger: &Tagger, text: &str) -> Vec<EntitySpan> {
    spans_in_sentences(tagger, text, &text::sentences(text))
}

/// Each sentence's CoNLL-style tokens, their byte ranges relative to the sentence.
pub(crate) fn tokens_of_sentences(text: &str, sentences: &[text::Sentence]) -> Vec<Vec<Token>> {
    sentences
        .iter()
        .map(|sentence| tokenize(sentence.text(text)))
        .collect()
}

/// The words the tokens of [`tokens_of_sentences`] cover, sentence by sentence.
pub(crate) fn words_of_tokens<'a>(
    text: &'a str,
    sentences: &[text::Sentence],
    tokens: &[Vec<Token>],
) -> Vec<Vec<&'a str>> {
    sentences
        .iter()
        .zip(tokens)
        .map(|(sentence, sentence_tokens)| {
            let sentence_text = sentence.text(text);
            sentence_tokens
                .iter()
                .map(|token| &sentence_text[token.start..token.end])
                .collect()
        })
        .collect()
}

/// `spans_with` over sentences already split (an article's `sentences`).
pub fn spans_in_sentences(
    tagger: &Tagger,
    text: &str,
    sentences: &[text::Sentence],
) -> Vec<EntitySpan> {
    let tokens = tokens_of_sentences(text, sentences);
    let words = words_of_tokens(text, sentences, &tokens);
    let mut result = Vec::new();
    for ((sentence, sentence_tokens), tags) in sentences
        .iter()
        .zip(&tokens)
        .zip(tagger.tag_document(&words))
    {
        for chunk in tags::chunks(&tags) {
            result.push(EntitySpan {
                start: sentence.start + sentence_tokens[chunk.start].start,
                end: sentence.start + sentence_tokens[chunk.end - 1].end,
                kind: chunk.kind,
            });
        }
    }
    result
}

/// BIO tags for every sentence of one document (an article), with the document-wide
/// features the model was trained with.
pub fn tag_document(tagger: &Tagger, sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
    tagger.tag_document(sentences)
}

/// Tag CoNLL-format input (one token per line in the first column, blank lines between
/// sentences, `-DOCSTART-` or Reuters-style datelines between stories), each story as one
/// document: the sentences, each a list of (token, tag).
pub fn tag_conll(tagger: &Tagger, input: &str) -> Vec<Vec<(String, Tag)>> {
    let sentences = training::parse_conll(input);
    let tags = training::tag_sentences(tagger, &sentences);
    sentences
        .into_iter()
        .zip(tags)
        .map(|(sentence, sentence_tags)| sentence.tokens.into_iter().zip(sentence_tags).collect())
        .collect()
}
