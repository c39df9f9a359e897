//! Rewrites that do not copy word for word: sentence alignment by shared content words
//! between two articles of one story (a paraphrase keeps each sentence's facts and names in
//! other words), and wire credits ("With information from Reuters", "Read at …") that say
//! which outlet's reporting an article retells.

use std::collections::BTreeSet;

use model::Article;

use crate::copies::{credited_source, credits};
use crate::words::{body_ranges, content_stems};

/// Content-word stems two sentences must share to be aligned (a paraphrase of one another).
pub const MIN_SHARED_STEMS: usize = 5;

/// Share of the shorter sentence's stems the two must share. Lower aligns independent
/// reports of the same fact; higher misses loose paraphrase.
pub const MIN_SENTENCE_OVERLAP: f64 = 0.5;

/// Share of an article's sentences aligned with another's above which, with no credit, it
/// is a paraphrased rewrite. Independent reports of one event share a few sentences' facts;
/// a rewrite retells most of its source.
pub const PARAPHRASE_SHARE: f64 = 0.4;

/// The same when the article credits the other's outlet: the credit already says where the
/// reporting came from, so less aligned text is needed.
pub const CREDITED_PARAPHRASE_SHARE: f64 = 0.15;

/// Sentences a stories' pair needs to be compared at all (very short texts align by chance).
pub const MIN_ALIGNABLE_SENTENCES: usize = 3;

/// The content-word stems of each body sentence of an article, with the sentence's index
/// (sentences with fewer than [`MIN_SHARED_STEMS`] stems are left out).
pub fn sentence_stems(article: &Article) -> Vec<(usize, BTreeSet<String>)> {
    let ranges = body_ranges(article);
    article
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, sentence)| {
            ranges
                .iter()
                .any(|&(start, end)| sentence.start >= start && sentence.end <= end)
        })
        .filter_map(|(index, sentence)| {
            let text = article.text.get(sentence.start..sentence.end)?;
            let stems: BTreeSet<String> = content_stems(text).into_iter().collect();
            (stems.len() >= MIN_SHARED_STEMS).then_some((index, stems))
        })
        .collect()
}

/// The sentences of `a` aligned with some sentence of `b`.
pub fn aligned_sentences(
    a: &[(usize, BTreeSet<String>)],
    b: &[(usize, BTreeSet<String>)],
) -> Vec<usize> {
    a.iter()
        .filter(|(_, stems_a)| {
            b.iter().any(|(_, stems_b)| {
                let shared = stems_a.intersection(stems_b).count();
                shared >= MIN_SHARED_STEMS
                    && shared as f64 / stems_a.len().min(stems_b.len()) as f64
                        >= MIN_SENTENCE_OVERLAP
            })
        })
        .map(|(index, _)| *index)
        .collect()
}

/// A paraphrased rewrite found between two articles of a story.
#[derive(Debug, Clone, PartialEq)]
pub struct Paraphrase {
    pub article: usize,
    pub of: usize,
    /// Share of `article`'s sentences aligned with `of`'s.
    pub similarity: f64,
    /// `article`'s aligned sentences (indices into its sentences).
    pub sentences: Vec<usize>,
}

/// Whether `a` (later in canonical order) and `b` are one a rewrite of the other, and which
/// way: the article crediting the other's outlet is the rewrite; else an article that names
/// its own outlet as the source (an aggregator's card of the original) is the original; else
/// the later one in canonical order is the rewrite.
pub fn paraphrase(
    articles: &[Article],
    stems: &std::collections::BTreeMap<usize, Vec<(usize, BTreeSet<String>)>>,
    later: usize,
    earlier: usize,
) -> Option<Paraphrase> {
    let earlier_credits_later = credits(&articles[earlier], &articles[later])
        && !credits(&articles[later], &articles[earlier]);
    let later_is_original =
        names_itself_as_source(&articles[later]) && !names_itself_as_source(&articles[earlier]);
    let (article, of) = if earlier_credits_later || later_is_original {
        (earlier, later)
    } else {
        (later, earlier)
    };
    if stems[&article].len() < MIN_ALIGNABLE_SENTENCES || stems[&of].len() < MIN_ALIGNABLE_SENTENCES
    {
        return None;
    }
    let aligned = aligned_sentences(&stems[&article], &stems[&of]);
    let aligned_back = aligned_sentences(&stems[&of], &stems[&article]);
    // The share of the shorter article that is retold in the other.
    let share = (aligned.len() as f64 / stems[&article].len() as f64)
        .max(aligned_back.len() as f64 / stems[&of].len() as f64);
    let needed = if credits(&articles[article], &articles[of]) {
        CREDITED_PARAPHRASE_SHARE
    } else {
        PARAPHRASE_SHARE
    };
    (share >= needed).then(|| Paraphrase {
        article,
        of,
        similarity: crate::copies::round3(share),
        sentences: aligned,
    })
}

/// True when an article's credit names its own outlet ("Read at www.aljazeera.com" on a card
/// of an Al Jazeera piece): it presents the original's text.
fn names_itself_as_source(article: &Article) -> bool {
    article.wire.is_some() && credited_source(article).is_none()
}
