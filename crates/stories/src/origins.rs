//! Which sources are independent: copies and same-wire rewrites of one story count once, as
//! do articles of one outlet; a partial rewrite counts apart except in the sentences it took
//! from its source.

use std::collections::{BTreeMap, BTreeSet};

use model::{Article, CopyKind, Evidence};

use crate::copies::{credited_source, outlet_keys, shingle_hashes, FoundCopy};
use crate::rewrites::Paraphrase;
use crate::words::words;

/// Shingles a sentence must share with the source article to count as taken from it.
pub const MIN_TAKEN_SHINGLES: usize = 2;

/// A copy or rewrite link between two articles of a story (indices into the article slice).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub article: usize,
    pub of: usize,
    pub similarity: f64,
    pub kind: CopyKind,
    /// The sentences of `article` taken from `of` (every one for a copy).
    pub taken_sentences: BTreeSet<usize>,
}

impl Link {
    pub fn from_copy(articles: &[Article], copy: &FoundCopy) -> Link {
        let article = &articles[copy.article];
        let taken_sentences = if copy.kind == CopyKind::Copy {
            (0..article.sentences.len()).collect()
        } else {
            sentences_sharing_shingles(article, &articles[copy.of])
        };
        Link {
            article: copy.article,
            of: copy.of,
            similarity: copy.similarity,
            kind: copy.kind,
            taken_sentences,
        }
    }

    pub fn from_paraphrase(articles: &[Article], paraphrase: &Paraphrase) -> Link {
        let kind =
            if crate::copies::same_wire(&articles[paraphrase.article], &articles[paraphrase.of]) {
                CopyKind::SameWire
            } else {
                CopyKind::PartialRewrite
            };
        Link {
            article: paraphrase.article,
            of: paraphrase.of,
            similarity: paraphrase.similarity,
            kind,
            taken_sentences: paraphrase.sentences.iter().copied().collect(),
        }
    }
}

/// The sentences of `article` that share word shingles with `source`.
fn sentences_sharing_shingles(article: &Article, source: &Article) -> BTreeSet<usize> {
    let source_words: Vec<String> = words(&source.text).into_iter().map(|w| w.lower).collect();
    let source_shingles: BTreeSet<u64> = shingle_hashes(&source_words).into_iter().collect();
    article
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, sentence)| {
            let text = article.text.get(sentence.start..sentence.end).unwrap_or("");
            let sentence_words: Vec<String> = words(text).into_iter().map(|w| w.lower).collect();
            sentence_words.len() >= crate::copies::SHINGLE_WORDS
                && shingle_hashes(&sentence_words)
                    .iter()
                    .filter(|shingle| source_shingles.contains(shingle))
                    .count()
                    >= MIN_TAKEN_SHINGLES
        })
        .map(|(index, _)| index)
        .collect()
}

/// The independent origins of a story's articles.
#[derive(Debug, Clone, Default)]
pub struct Origins {
    /// Article id → its origin (an article index standing for the group).
    origin: BTreeMap<String, usize>,
    /// Article id → (sentences taken, the origin of the article they were taken from).
    taken: BTreeMap<String, Vec<(BTreeSet<usize>, String)>>,
}

impl Origins {
    pub fn new(articles: &[Article], members: &[usize], links: &[Link]) -> Origins {
        let mut parent: BTreeMap<usize, usize> = members.iter().map(|&i| (i, i)).collect();
        let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
        for &index in members {
            let article = &articles[index];
            // One outlet is one source however often it writes; a wire and everyone crediting
            // it are one source.
            let keys = outlet_keys(article)
                .into_iter()
                .take(1)
                .chain(credited_source(article));
            for key in keys {
                match by_key.get(&key) {
                    Some(&other) => union(&mut parent, index, other),
                    None => {
                        by_key.insert(key, index);
                    }
                }
            }
        }
        let mut taken: BTreeMap<String, Vec<(BTreeSet<usize>, String)>> = BTreeMap::new();
        for link in links {
            match link.kind {
                CopyKind::Copy | CopyKind::SameWire => union(&mut parent, link.article, link.of),
                CopyKind::PartialRewrite => taken
                    .entry(articles[link.article].id.clone())
                    .or_default()
                    .push((link.taken_sentences.clone(), articles[link.of].id.clone())),
            }
        }
        let origin = members
            .iter()
            .map(|&index| (articles[index].id.clone(), find(&mut parent, index)))
            .collect();
        Origins { origin, taken }
    }

    /// The origin of a sentence of an article.
    pub fn origin_of(&self, article: &str, sentence: usize) -> usize {
        if let Some(sources) = self.taken.get(article) {
            for (sentences, source) in sources {
                if sentences.contains(&sentence) {
                    return self.origin_of(source, usize::MAX);
                }
            }
        }
        self.origin.get(article).copied().unwrap_or(usize::MAX)
    }

    /// How many independent origins a list of evidence has.
    pub fn count_independent<'a>(&self, evidence: impl IntoIterator<Item = &'a Evidence>) -> usize {
        evidence
            .into_iter()
            .map(|item| self.origin_of(&item.article, item.sentence))
            .collect::<BTreeSet<_>>()
            .len()
    }
}

fn find(parent: &mut BTreeMap<usize, usize>, index: usize) -> usize {
    let mut root = index;
    while let Some(&up) = parent.get(&root) {
        if up == root {
            break;
        }
        root = up;
    }
    parent.insert(index, root);
    root
}

fn union(parent: &mut BTreeMap<usize, usize>, a: usize, b: usize) {
    let (root_a, root_b) = (find(parent, a), find(parent, b));
    // The smaller index is the root, so the grouping does not depend on link order.
    let (low, high) = (root_a.min(root_b), root_a.max(root_b));
    parent.insert(high, low);
}
