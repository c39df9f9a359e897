//! Words of an article as the story stages compare them: lowercase word tokens with byte
//! ranges, content words (stopwords out, stemmed), and the body text the comparisons read.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use model::{Article, ParagraphKind};
use rust_stemmers::{Algorithm, Stemmer};

static STOPWORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
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

/// The lowercase words of an article's body laid end to end in one string, so a pass over a
/// long corpus allocates per article, not per word (see [`body_word_run`]).
#[derive(Debug, Clone, Default)]
pub struct WordRun {
    /// The words' lowercase forms, concatenated.
    pub lower: String,
    /// Per word: its range in `lower` and its byte range in `Article.text`.
    pub words: Vec<RunWord>,
}

#[derive(Debug, Clone, Copy)]
pub struct RunWord {
    pub lower_start: u32,
    pub lower_end: u32,
    pub start: usize,
    pub end: usize,
}

impl WordRun {
    pub fn lower_of(&self, word: &RunWord) -> &str {
        &self.lower[word.lower_start as usize..word.lower_end as usize]
    }
}

/// The words of the article's body paragraphs as [`body_words`] gives them (same words, same
/// lowercase forms), in one [`WordRun`].
pub fn body_word_run(article: &Article) -> WordRun {
    let mut run = WordRun::default();
    for (start, end) in body_ranges(article) {
        if end > article.text.len() || start > end {
            continue;
        }
        let paragraph = &article.text[start..end];
        for (word_start, word_end) in model::word_spans(paragraph) {
            let original = &paragraph[word_start..word_end];
            let lower_start = run.lower.len() as u32;
            if original.is_ascii() {
                run.lower.extend(
                    original
                        .bytes()
                        .map(|byte| char::from(byte.to_ascii_lowercase())),
                );
            } else {
                run.lower
                    .push_str(&original.to_lowercase().replace('’', "'"));
            }
            run.words.push(RunWord {
                lower_start,
                lower_end: run.lower.len() as u32,
                start: start + word_start,
                end: start + word_end,
            });
        }
    }
    run
}

thread_local! {
    /// Lowercase word → its stem's key (None: not a content word). Stemming is the costliest
    /// step of reading a corpus and a corpus repeats its words, so each is stemmed once per
    /// thread; the cache is emptied when it grows past [`STEM_CACHE_ENTRIES`].
    static STEM_KEYS: RefCell<FastMap<String, Option<u32>>> = RefCell::new(FastMap::default());
}

/// Words the stem cache holds before it is emptied (about 100 bytes each).
pub const STEM_CACHE_ENTRIES: usize = 500_000;

/// The 32-bit key of a content word's stem (`stable_hash` of [`stem`]), or None for a word
/// that is not a content word ([`is_content_word`]).
pub fn content_stem_key(lower: &str) -> Option<u32> {
    STEM_KEYS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(key) = cache.get(lower) {
            return *key;
        }
        let key =
            is_content_word(lower).then(|| (stable_hash(stem(lower).as_bytes()) >> 32) as u32);
        if cache.len() >= STEM_CACHE_ENTRIES {
            cache.clear();
        }
        cache.insert(lower.to_string(), key);
        key
    })
}

/// A hash map keyed through [`FnvHasher`]: the story stages' maps are looked up millions of
/// times with short keys, where the std hasher's SipHash costs more than the lookup. Never
/// iterated into output (the std map's order is not either).
pub type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FnvHasher>>;

/// FNV-1a as a [`std::hash::Hasher`], finished with [`mix`] so integer keys spread over
/// the table.
#[derive(Debug, Clone, Copy)]
pub struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u32(&mut self, value: u32) {
        self.0 = mix(self.0 ^ u64::from(value));
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = mix(self.0 ^ value);
    }

    fn write_usize(&mut self, value: usize) {
        self.0 = mix(self.0 ^ value as u64);
    }

    fn finish(&self) -> u64 {
        mix(self.0)
    }
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
