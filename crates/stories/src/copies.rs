//! Copies and rewrites: which article repeats which. Near-duplicates are found with word
//! shingles, MinHash signatures and locality-sensitive hashing (no all-pairs comparison);
//! passages taken into another article are found through an index of sampled shingles; both
//! are verified on the sampled shingles themselves. Wire credits and paraphrase alignment
//! within a story are in [`crate::rewrites`].

use std::collections::HashMap;

use model::{Article, CopyKind};

use crate::words::{body_words, mix, stable_hash};

/// Words per shingle. Five words rarely repeat by chance between independent articles, yet a
/// light edit (a changed word) only breaks the five shingles that hold it.
pub const SHINGLE_WORDS: usize = 5;

/// One shingle in `SAMPLE_MODULUS` is kept (those whose hash is 0 modulo it): the same
/// shingle is kept in every article, so containment is estimated without storing every
/// shingle. Smaller keeps more (better estimates on short texts), larger saves memory.
pub const SAMPLE_MODULUS: u64 = 4;

/// MinHash signature length: bands × rows.
pub const MINHASH_BANDS: usize = 16;
pub const MINHASH_ROWS: usize = 4;

/// Share of an article's sampled shingles found in an earlier article above which it is a
/// copy (small edits, a new headline, a trimmed tail). Lower calls rewrites copies.
pub const COPY_CONTAINMENT: f64 = 0.7;

/// Share above which an article took a substantial part of another (a partial rewrite).
/// Lower catches shorter borrowings but also shared boilerplate.
pub const PARTIAL_CONTAINMENT: f64 = 0.15;

/// Sampled shingles two articles must share, whatever the share, to be a partial rewrite:
/// about `SAMPLE_MODULUS` × this many shingles, a few sentences taken word for word.
pub const MIN_SHARED_SAMPLES: usize = 6;

/// Earlier articles read per LSH bucket or sample posting for each new article (the most
/// recent ones). Bounds the work per article, so cost grows linearly even when thousands of
/// articles copy one wire story; an article still finds a copy among the latest of them.
pub const MAX_CANDIDATES_PER_KEY: usize = 8;

/// A sampled shingle found in more articles than this is boilerplate (a stock phrase, a
/// legal notice) and is not used to find candidates.
pub const MAX_POSTING_LENGTH: usize = 5000;

/// On the same day, how much more one article must be contained in the other than the other
/// in it to be taken for the copy (else the canonical order decides).
pub const SAME_DAY_DIRECTION_MARGIN: f64 = 0.05;

/// What the copy detector keeps of one article.
#[derive(Debug, Clone, Default)]
pub struct Fingerprint {
    /// MinHash signature over all shingles.
    pub signature: Vec<u32>,
    /// The sampled shingles' hashes, sorted, distinct.
    pub samples: Vec<u32>,
}

/// An article found to copy or rewrite another: indices into the article slice.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundCopy {
    pub article: usize,
    pub of: usize,
    pub similarity: f64,
    pub kind: CopyKind,
}

/// The article's fingerprint: shingles over the words of its body paragraphs, words inside
/// direct quotations left out (independent reports quote the same statement word for word).
pub fn fingerprint(article: &Article) -> Fingerprint {
    let quoted: Vec<(usize, usize)> = article
        .quotations
        .iter()
        .filter(|quotation| quotation.direct)
        .map(|quotation| (quotation.start, quotation.end))
        .collect();
    let words: Vec<String> = body_words(article)
        .into_iter()
        .filter(|word| {
            !quoted
                .iter()
                .any(|&(start, end)| word.start >= start && word.end <= end)
        })
        .map(|word| word.lower)
        .collect();
    fingerprint_of_words(&words)
}

/// The fingerprint of a word sequence (see [`fingerprint`]).
pub fn fingerprint_of_words(words: &[String]) -> Fingerprint {
    let mut signature = vec![u32::MAX; MINHASH_BANDS * MINHASH_ROWS];
    let mut samples = Vec::new();
    for shingle in shingle_hashes(words) {
        for (index, slot) in signature.iter_mut().enumerate() {
            let value = (mix(shingle ^ (index as u64).wrapping_mul(0x9e37_79b9)) >> 32) as u32;
            if value < *slot {
                *slot = value;
            }
        }
        if shingle % SAMPLE_MODULUS == 0 {
            samples.push((shingle >> 32) as u32);
        }
    }
    samples.sort_unstable();
    samples.dedup();
    Fingerprint { signature, samples }
}

/// Hashes of the word shingles of a sequence (one shingle for a text shorter than a shingle).
pub fn shingle_hashes(words: &[String]) -> Vec<u64> {
    if words.is_empty() {
        return Vec::new();
    }
    let width = SHINGLE_WORDS.min(words.len());
    words
        .windows(width)
        .map(|window| stable_hash(window.join(" ").as_bytes()))
        .collect()
}

/// Find, for each article, the earlier article it copies or takes passages from (the best
/// one, so copy chains stay chains). `order` is the canonical order (oldest first); an
/// article can only copy one that comes before it, unless attribution says otherwise (an
/// article crediting the other's outlet is the copy).
pub fn find_copies(
    articles: &[Article],
    fingerprints: &[Fingerprint],
    order: &[usize],
    days: &[Option<i32>],
) -> Vec<FoundCopy> {
    let mut band_buckets: HashMap<(usize, u64), Vec<usize>> = HashMap::new();
    let mut sample_postings: HashMap<u32, Vec<usize>> = HashMap::new();
    let mut found = Vec::new();
    let mut shared_counts: HashMap<usize, usize> = HashMap::new();
    let mut rank = vec![usize::MAX; articles.len()];
    for (position, &index) in order.iter().enumerate() {
        rank[index] = position;
    }
    for &index in order {
        let fingerprint = &fingerprints[index];
        if fingerprint.samples.is_empty() {
            continue;
        }
        shared_counts.clear();
        let mut minhash_candidates = Vec::new();
        for band in 0..MINHASH_BANDS {
            let rows = &fingerprint.signature[band * MINHASH_ROWS..(band + 1) * MINHASH_ROWS];
            let key = rows
                .iter()
                .fold(band as u64, |hash, row| mix(hash ^ u64::from(*row)));
            let bucket = band_buckets.entry((band, key)).or_default();
            minhash_candidates.extend(bucket.iter().rev().take(MAX_CANDIDATES_PER_KEY));
            bucket.push(index);
        }
        for sample in &fingerprint.samples {
            let posting = sample_postings.entry(*sample).or_default();
            if posting.len() < MAX_POSTING_LENGTH {
                for &earlier in posting.iter().rev().take(MAX_CANDIDATES_PER_KEY) {
                    *shared_counts.entry(earlier).or_default() += 1;
                }
                posting.push(index);
            }
        }
        let mut candidates: Vec<usize> = shared_counts
            .iter()
            .filter(|(_, &count)| count >= MIN_SHARED_SAMPLES.min(fingerprint.samples.len()))
            .map(|(&earlier, _)| earlier)
            .chain(minhash_candidates)
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let best = candidates
            .into_iter()
            .filter_map(|earlier| {
                let shared = shared_sorted(&fingerprint.samples, &fingerprints[earlier].samples);
                let containment = shared as f64 / fingerprint.samples.len() as f64;
                let kind = if containment >= COPY_CONTAINMENT {
                    CopyKind::Copy
                } else if containment >= PARTIAL_CONTAINMENT || shared >= MIN_SHARED_SAMPLES {
                    CopyKind::PartialRewrite
                } else {
                    return None;
                };
                Some((earlier, containment, kind))
            })
            // Highest share; ties to the earliest in canonical order.
            .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| rank[b.0].cmp(&rank[a.0])));
        if let Some((earlier, containment, kind)) = best {
            // Direction: the article crediting the other's outlet is the copy; else the later
            // one; on the same day, the one more contained in the other (a copy trims).
            let reverse = shared_sorted(&fingerprints[earlier].samples, &fingerprint.samples)
                as f64
                / fingerprints[earlier].samples.len().max(1) as f64;
            let earlier_credits_later = credits(&articles[earlier], &articles[index])
                && !credits(&articles[index], &articles[earlier]);
            let earlier_trims_later = !credits(&articles[index], &articles[earlier])
                && days[earlier] == days[index]
                && reverse > containment + SAME_DAY_DIRECTION_MARGIN;
            let (article, of, containment) = if earlier_credits_later || earlier_trims_later {
                (earlier, index, reverse)
            } else {
                (index, earlier, containment)
            };
            let kind = if containment >= COPY_CONTAINMENT {
                CopyKind::Copy
            } else {
                kind
            };
            let kind = if kind != CopyKind::Copy && same_wire(&articles[article], &articles[of]) {
                CopyKind::SameWire
            } else {
                kind
            };
            found.push(FoundCopy {
                article,
                of,
                similarity: round3(containment),
                kind,
            });
        }
    }
    found
}

/// How many values two sorted, distinct lists share.
pub fn shared_sorted(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// A name or domain folded for comparison: "www.meridianobserver.example",
/// "Meridian Observer" and "meridianobserver.com" all become "meridianobserver".
pub fn outlet_key(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let bare = lower
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    let host_part = if bare.contains('.') && !bare.contains(' ') {
        bare.split('.').next().unwrap_or(bare)
    } else {
        bare
    };
    host_part.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The outlet keys an article is known by (name and domain).
pub fn outlet_keys(article: &Article) -> Vec<String> {
    [&article.outlet.name, &article.outlet.domain]
        .into_iter()
        .flatten()
        .map(|name| outlet_key(name))
        .filter(|key| !key.is_empty())
        .collect()
}

/// The wire or outlet an article credits, when it is not the article's own outlet.
pub fn credited_source(article: &Article) -> Option<String> {
    let wire = outlet_key(article.wire.as_deref()?);
    (!wire.is_empty() && !outlet_keys(article).contains(&wire)).then_some(wire)
}

/// True when `article` credits `other`'s outlet ("With information from …", "Read at …").
pub fn credits(article: &Article, other: &Article) -> bool {
    credited_source(article).is_some_and(|wire| outlet_keys(other).contains(&wire))
}

/// True when both articles credit the same wire or outlet.
pub fn same_wire(a: &Article, b: &Article) -> bool {
    matches!((credited_source(a), credited_source(b)), (Some(x), Some(y)) if x == y)
}

pub fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}
