//! Rewrites that do not copy word for word: a rewrite retells its source sentence by
//! sentence in other words, keeping the source's order, while independent reports of one
//! event share its facts but tell them in their own order and with their own detail.
//! Sentences of two articles of one story are aligned when they share enough of their
//! content-word stems, each stem weighted by how few of the story's articles use it (the
//! event's own vocabulary, which every report uses, counts little; wording two articles alone
//! share counts much), and the longest chain of aligned sentences that runs in the same order
//! in both articles measures how much of one retells the other. Wire credits ("With
//! information from Reuters", "Read at …") say which outlet's reporting an article retells
//! and lower the share needed.

use std::collections::{BTreeMap, BTreeSet};

use model::Article;

use crate::copies::{credited_source, credits};
use crate::words::{body_ranges, content_stems, stable_hash};

/// Content-word stems a sentence needs to be aligned at all, and two sentences must share
/// (short sentences align by chance).
pub const MIN_SHARED_STEMS: usize = 4;

/// Weighted share of the lighter sentence's stems two sentences must share to be aligned.
/// Lower aligns independent reports of the same fact; higher misses loose paraphrase.
pub const MIN_SENTENCE_SIMILARITY: f64 = 0.45;

/// Share of the shorter article's sentences in the in-order chain above which, with no
/// credit, one article is a paraphrased rewrite of the other. Independent reports of one
/// event share a few sentences' facts, rarely in the same order; a rewrite retells most of
/// what it took in its source's order.
pub const PARAPHRASE_SHARE: f64 = 0.4;

/// The same when the article credits the other's outlet: the credit already says where the
/// reporting came from, so less aligned text is needed.
pub const CREDITED_PARAPHRASE_SHARE: f64 = 0.15;

/// Sentences an article needs to be compared at all (very short texts align by chance).
pub const MIN_ALIGNABLE_SENTENCES: usize = 3;

/// A stem used by more than this share of a story's articles (and by more than two) does
/// not propose paraphrase candidates: it is the event's vocabulary, shared by everyone.
pub const MAX_CANDIDATE_STEM_SHARE: f64 = 0.3;

/// Latest earlier users of a stem read when looking for an article's paraphrase candidates.
pub const MAX_STEM_POSTINGS_READ: usize = 64;

/// The body sentences of a story's members as stem sets, with the story's stem weights.
pub struct StorySentences {
    /// Article index → its alignable sentences.
    sentences: BTreeMap<usize, Vec<WeightedSentence>>,
    /// Stem hash → number of members using it.
    document_frequency: BTreeMap<u32, u32>,
    /// Members in canonical order.
    members: Vec<usize>,
    /// Per member (by position): its distinctive stems (see [`MAX_CANDIDATE_STEM_SHARE`]).
    article_stems: Vec<Vec<u32>>,
    /// Distinctive stem → positions of the members using it, ascending.
    stem_users: BTreeMap<u32, Vec<usize>>,
}

impl StorySentences {
    pub fn new(articles: &[Article], members: &[usize]) -> StorySentences {
        let stems: BTreeMap<usize, Vec<(usize, Vec<u32>)>> = members
            .iter()
            .map(|&index| (index, sentence_stems(&articles[index])))
            .collect();
        let mut document_frequency: BTreeMap<u32, u32> = BTreeMap::new();
        for article in stems.values() {
            let stems: BTreeSet<u32> = article
                .iter()
                .flat_map(|(_, stems)| stems.iter().copied())
                .collect();
            for stem in stems {
                *document_frequency.entry(stem).or_default() += 1;
            }
        }
        let distinctive = |stem: &u32| {
            let frequency = document_frequency.get(stem).copied().unwrap_or(0);
            frequency <= 2
                || f64::from(frequency) <= MAX_CANDIDATE_STEM_SHARE * members.len() as f64
        };
        let article_stems: Vec<Vec<u32>> = members
            .iter()
            .map(|index| {
                let distinct: BTreeSet<u32> = stems[index]
                    .iter()
                    .flat_map(|(_, stems)| stems.iter().copied())
                    .filter(distinctive)
                    .collect();
                distinct.into_iter().collect()
            })
            .collect();
        let mut stem_users: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
        for (position, stems) in article_stems.iter().enumerate() {
            for stem in stems {
                stem_users.entry(*stem).or_default().push(position);
            }
        }
        let weight = |stem: u32| {
            let frequency = document_frequency.get(&stem).copied().unwrap_or(1).max(1);
            (1.0 + members.len() as f64 / f64::from(frequency)).ln()
        };
        let sentences = stems
            .iter()
            .map(|(&index, sentences)| {
                let weighted = sentences
                    .iter()
                    .map(|(sentence, stems)| {
                        let stems: Vec<(u32, f64)> =
                            stems.iter().map(|&stem| (stem, weight(stem))).collect();
                        WeightedSentence {
                            index: *sentence,
                            total: stems.iter().map(|(_, weight)| weight).sum(),
                            stems,
                        }
                    })
                    .collect();
                (index, weighted)
            })
            .collect();
        StorySentences {
            sentences,
            document_frequency,
            members: members.to_vec(),
            article_stems,
            stem_users,
        }
    }

    /// How much a stem says about where a sentence came from: ln(1 + articles / articles
    /// using it).
    fn weight(&self, stem: u32) -> f64 {
        let frequency = self.document_frequency.get(&stem).copied().unwrap_or(1);
        (1.0 + self.members.len() as f64 / f64::from(frequency.max(1))).ln()
    }

    /// The earlier members (before `position` in canonical order) worth aligning with the
    /// member at `position`: at most `limit`, those sharing the most weight of the stems few
    /// of the story's articles use (all earlier members when there are no more than `limit`).
    /// Each stem reads only its [`MAX_STEM_POSTINGS_READ`] latest users, so a story of
    /// thousands of articles costs time in proportion to its size.
    pub fn paraphrase_candidates(&self, position: usize, limit: usize) -> Vec<usize> {
        let earlier = &self.members[..position];
        if earlier.len() <= limit {
            return earlier.to_vec();
        }
        let mut scores: BTreeMap<usize, f64> = BTreeMap::new();
        for stem in &self.article_stems[position] {
            let Some(users) = self.stem_users.get(stem) else {
                continue;
            };
            let before = users.partition_point(|&user| user < position);
            for &user in users[..before].iter().rev().take(MAX_STEM_POSTINGS_READ) {
                *scores.entry(user).or_default() += self.weight(*stem);
            }
        }
        let mut scored: Vec<(f64, usize)> = scores
            .into_iter()
            .map(|(user, score)| (score, user))
            .collect();
        // Heaviest first; ties to the earlier member.
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.truncate(limit);
        let mut chosen: Vec<usize> = scored.into_iter().map(|(_, user)| user).collect();
        chosen.sort_unstable();
        chosen.into_iter().map(|user| self.members[user]).collect()
    }

    /// The similarity of two sentences: the weight of the stems they share over the lighter
    /// one's weight; 0 when they share fewer than [`MIN_SHARED_STEMS`].
    fn similarity(a: &WeightedSentence, b: &WeightedSentence) -> f64 {
        let (mut i, mut j, mut shared, mut weight) = (0, 0, 0, 0.0);
        while i < a.stems.len() && j < b.stems.len() {
            match a.stems[i].0.cmp(&b.stems[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    weight += a.stems[i].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        let lighter = a.total.min(b.total);
        if shared < MIN_SHARED_STEMS || lighter <= 0.0 {
            return 0.0;
        }
        weight / lighter
    }

    /// The sentences of `a` and `b` in the longest chain of aligned sentence pairs that runs
    /// in the same order in both: pairs (sentence of `a`, sentence of `b`).
    pub fn aligned_chain(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        let (sentences_a, sentences_b) = (&self.sentences[&a], &self.sentences[&b]);
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for (x, sentence_a) in sentences_a.iter().enumerate() {
            for (y, sentence_b) in sentences_b.iter().enumerate() {
                if Self::similarity(sentence_a, sentence_b) >= MIN_SENTENCE_SIMILARITY {
                    pairs.push((x, y));
                }
            }
        }
        longest_increasing_chain(&pairs)
            .into_iter()
            .map(|(x, y)| (sentences_a[x].index, sentences_b[y].index))
            .collect()
    }

    /// Whether `later` (later in canonical order) and `earlier` are one a rewrite of the
    /// other, and which way: the article crediting the other's outlet is the rewrite; else an
    /// article that names its own outlet as the source (an aggregator's card of the original)
    /// is the original; else the later one in canonical order is the rewrite.
    pub fn paraphrase(
        &self,
        articles: &[Article],
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
        let (count_article, count_of) = (self.sentences[&article].len(), self.sentences[&of].len());
        if count_article < MIN_ALIGNABLE_SENTENCES || count_of < MIN_ALIGNABLE_SENTENCES {
            return None;
        }
        let chain = self.aligned_chain(article, of);
        // The share of the shorter article that is retold, in order, in the other.
        let share = chain.len() as f64 / count_article.min(count_of) as f64;
        let needed = if credits(&articles[article], &articles[of]) {
            CREDITED_PARAPHRASE_SHARE
        } else {
            PARAPHRASE_SHARE
        };
        (share >= needed).then(|| Paraphrase {
            article,
            of,
            similarity: crate::copies::round3(share),
            sentences: chain.iter().map(|&(sentence, _)| sentence).collect(),
        })
    }
}

/// The content-word stems (hashed, sorted, distinct) of each body sentence of an article,
/// with the sentence's index; sentences with fewer than [`MIN_SHARED_STEMS`] are left out.
pub fn sentence_stems(article: &Article) -> Vec<(usize, Vec<u32>)> {
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
            let mut stems: Vec<u32> = content_stems(text)
                .iter()
                .map(|stem| (stable_hash(stem.as_bytes()) >> 32) as u32)
                .collect();
            stems.sort_unstable();
            stems.dedup();
            (stems.len() >= MIN_SHARED_STEMS).then_some((index, stems))
        })
        .collect()
}

/// The longest chain of pairs increasing in both coordinates (patience sorting over the
/// second coordinate, pairs of one first coordinate read in decreasing second coordinate so
/// at most one of them enters the chain). Ties go to the chain found first, deterministically.
pub fn longest_increasing_chain(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut sorted = pairs.to_vec();
    sorted.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    // tails[k]: index in `sorted` of the smallest last element of a chain of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; sorted.len()];
    for (position, &(_, y)) in sorted.iter().enumerate() {
        let length = tails.partition_point(|&tail| sorted[tail].1 < y);
        previous[position] = length.checked_sub(1).map(|k| tails[k]);
        if length == tails.len() {
            tails.push(position);
        } else {
            tails[length] = position;
        }
    }
    let mut chain = Vec::new();
    let mut cursor = tails.last().copied();
    while let Some(position) = cursor {
        chain.push(sorted[position]);
        cursor = previous[position];
    }
    chain.reverse();
    chain
}

/// A body sentence as the aligner reads it: its stems with their story weights.
#[derive(Debug, Clone)]
struct WeightedSentence {
    /// Index into the article's sentences.
    index: usize,
    /// (stem hash, weight), by hash.
    stems: Vec<(u32, f64)>,
    total: f64,
}

/// A paraphrased rewrite found between two articles of a story.
#[derive(Debug, Clone, PartialEq)]
pub struct Paraphrase {
    pub article: usize,
    pub of: usize,
    /// Share of the shorter article's sentences in the in-order chain.
    pub similarity: f64,
    /// `article`'s aligned sentences (indices into its sentences).
    pub sentences: Vec<usize>,
}

/// True when an article's credit names its own outlet ("Read at www.aljazeera.com" on a card
/// of an Al Jazeera piece): it presents the original's text.
fn names_itself_as_source(article: &Article) -> bool {
    article.wire.is_some() && credited_source(article).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chain_keeps_both_orders() {
        let chain = longest_increasing_chain(&[(0, 3), (1, 0), (1, 1), (2, 2), (3, 1), (4, 4)]);
        assert_eq!(chain.len(), 3, "{chain:?}");
        assert!(chain.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1));
    }
}
