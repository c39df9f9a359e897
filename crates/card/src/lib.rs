//! `card/`: here is a clean article — what are its key quotes, summary, hashtags and read time?
//!
//! Everything on the card is extractive or computed: quotes and summary sentences are verbatim
//! byte ranges of `Article::text`, hashtags come from the article's own keyphrases. Nothing on
//! it changes what the article says by what it leaves out: a quotation is shown whole with its
//! speaker, and a sentence that leans on the one before comes with it (`units`).

mod hashtags;
mod keyphrases;
mod lexicon;
mod salience;
mod units;
mod words;

pub use hashtags::{hashtags, kebab_case};
pub use keyphrases::{keyphrases, rank_keyphrases, Keyphrase, Ranking, MAX_PHRASE_WORDS};

use model::{Article, Card, ParagraphKind};

/// The most words a summary may have.
pub const SUMMARY_MAX_WORDS: usize = 90;
/// How many key quotes a card carries.
pub const QUOTE_COUNT: usize = 3;

/// Make the card of an article. Deterministic: the same article gives the same card.
pub fn card(article: &Article) -> Card {
    let all_sentences = text::article_sentences(article);
    let prose = prose_sentences(article, &all_sentences);
    let mut stems = words::Stems::new();
    let mut ranking =
        keyphrases::rank_keyphrases_with(&prose, article.title.as_deref(), &mut stems);
    if ranking.phrases.len() < hashtags::MIN_HASHTAGS && prose.len() < all_sentences.len() {
        // Nearly all the words were in captions: better tags from them than none.
        let every_sentence: Vec<&str> = all_sentences
            .iter()
            .map(|sentence| sentence.text(&article.text))
            .collect();
        ranking =
            keyphrases::rank_keyphrases_with(&every_sentence, article.title.as_deref(), &mut stems);
    }
    let sentences =
        salience::body_sentences(article, &all_sentences, &ranking.word_weights, &mut stems);
    let units = units::Units::new(article, &all_sentences, &sentences);
    let summary_sentences = salience::summary(&article.text, &sentences, &units, SUMMARY_MAX_WORDS);
    let quotes = salience::quotes(article, &sentences, &units, &summary_sentences, QUOTE_COUNT);
    let summary = summary_sentences
        .iter()
        .map(|passage| passage.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    Card {
        quotes,
        summary,
        summary_sentences,
        hashtags: hashtags(&ranking, article.word_count),
        read_at: read_at(article),
        read_time: format!("{} min read", model::read_minutes(article.word_count)),
    }
}

/// "Read at <domain>": the outlet's domain, else the credited wire when it looks like a
/// domain, else the outlet's name, else the article's URL or, for a local file that names no
/// outlet at all, the input it was read from (where the reader can find the original).
/// `None` only for an article with no source at all.
pub fn read_at(article: &Article) -> Option<String> {
    let non_empty = |value: &Option<String>| {
        value
            .as_deref()
            .map(str::trim)
            .filter(|value| !value.is_empty())
            .map(str::to_owned)
    };
    let place = non_empty(&article.outlet.domain)
        .or_else(|| non_empty(&article.wire).filter(|wire| looks_like_domain(wire)))
        .or_else(|| non_empty(&article.outlet.name))
        .or_else(|| non_empty(&article.url))
        .or_else(|| Some(article.source.trim().to_string()).filter(|source| !source.is_empty()))?;
    Some(format!("Read at {place}"))
}

/// A host name such as "www.aljazeera.com": dot-separated labels of letters, digits and
/// hyphens, ending in a label of letters.
fn looks_like_domain(value: &str) -> bool {
    let labels: Vec<&str> = value.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|top| top.len() >= 2 && top.chars().all(|c| c.is_ascii_alphabetic()))
}

/// The article's running prose for keyphrases: every paragraph but captions, whose credits
/// ("Photo: AFP") would pass for topics.
fn prose_sentences<'a>(article: &'a Article, sentences: &[model::Sentence]) -> Vec<&'a str> {
    let in_prose = |sentence: &model::Sentence| {
        article.paragraphs.is_empty()
            || article.paragraphs.iter().any(|paragraph| {
                paragraph.kind != ParagraphKind::Caption
                    && paragraph.start <= sentence.start
                    && sentence.end <= paragraph.end
            })
    };
    sentences
        .iter()
        .filter(|sentence| in_prose(sentence))
        .map(|sentence| sentence.text(&article.text))
        .collect()
}
