//! Words of an article as the story stages compare them: lowercase word tokens with byte
//! ranges, content words (stopwords out, stemmed), and the body text the comparisons read.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use model::{Article, ParagraphKind};
use rust_stemmers::{Algorithm, Stemmer};

static STOPWORDS: LazyLock<BTreeSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/stopwords.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
});

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// A word of a text: its byte range and its lowercase form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub lower: String,
}

/// The words of `text` ([`model::word_spans`]), lowercased, with curly apostrophes read as
/// straight ones.
pub fn words(text: &str) -> Vec<Word> {
    model::word_spans(text)
        .into_iter()
        .map(|(start, end)| word(text, start, end))
        .collect()
}

fn word(text: &str, start: usize, end: usize) -> Word {
    Word {
        start,
        end,
        lower: text[start..end].to_lowercase().replace('’', "'"),
    }
}

/// True for a word that says something about the story: not a stopword, not a bare number,
/// at least two letters long.
pub fn is_content_word(lower: &str) -> bool {
    lower.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !STOPWORDS.contains(lower)
        && !lower
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// The stem a content word is compared by ("strikes", "struck" stay apart; "strikes",
/// "strike" meet), possessive "'s" dropped.
pub fn stem(lower: &str) -> String {
    let bare = lower.strip_suffix("'s").unwrap_or(lower);
    STEMMER.stem(bare).into_owned()
}

/// The content-word stems of a text, in order.
pub fn content_stems(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .filter(|word| is_content_word(&word.lower))
        .map(|word| stem(&word.lower))
        .collect()
}

/// The byte ranges of the article's paragraphs the story stages read: body, quotes and lists.
/// Headings (the headline among them) and captions are left out, so stories are never joined
/// or split by headline wording.
pub fn body_ranges(article: &Article) -> Vec<(usize, usize)> {
    article
        .paragraphs
        .iter()
        .filter(|paragraph| {
            matches!(
                paragraph.kind,
                ParagraphKind::Body | ParagraphKind::Quote | ParagraphKind::List
            )
        })
        .map(|paragraph| (paragraph.start, paragraph.end))
        .collect()
}

/// The words of the article's body paragraphs (see [`body_ranges`]), offsets in `Article.text`.
pub fn body_words(article: &Article) -> Vec<Word> {
    let mut out = Vec::new();
    for (start, end) in body_ranges(article) {
        if end > article.text.len() || start > end {
            continue;
        }
        out.extend(
            words(&article.text[start..end])
                .into_iter()
                .map(|word| Word {
                    start: word.start + start,
                    end: word.end + start,
                    lower: word.lower,
                }),
        );
    }
    out
}

/// FNV-1a, 64 bits: a hash that is the same on every machine and run (the std hasher is
/// randomly seeded).
pub fn stable_hash(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// A strong 64-bit mix (splitmix64's finaliser), to derive many hash functions from one.
pub fn mix(mut value: u64) -> u64 {
    value = value.wrapping_add(0x9e37_79b9_7f4a_7c15);
    value = (value ^ (value >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    value = (value ^ (value >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    value ^ (value >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        let found: Vec<String> = words("Pakistan’s cross-border strikes, 2,400 dead.")
            .into_iter()
            .map(|word| word.lower)
            .collect();
        assert_eq!(
            found,
            ["pakistan's", "cross-border", "strikes", "2", "400", "dead"]
        );
    }

    #[test]
    fn content_stems_drop_stopwords() {
        assert_eq!(
            content_stems("The army said it struck the camps"),
            ["armi", "struck", "camp"]
        );
    }
}
