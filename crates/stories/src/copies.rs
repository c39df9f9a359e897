//! Copies and rewrites: which article repeats which. Near-duplicates are found with word
//! shingles, MinHash signatures and locality-sensitive hashing (no all-pairs comparison);
//! passages taken into another article are found through an index of sampled shingles; both
//! are verified on the sampled shingles themselves. Wire credits and paraphrase alignment
//! within a story are in [`crate::rewrites`].

use model::{Article, CopyKind};

use crate::words::{body_word_run, mix, stable_hash, FastMap};

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

/// Candidates verified per article (a verification compares two sample lists). A wire story
/// copied thousands of times fills every bucket an article falls in; the candidates found in
/// the most buckets are the likeliest copies, and the cap keeps the cost per article fixed.
pub const MAX_VERIFIED_CANDIDATES: usize = 32;

/// A sampled shingle found in more articles than this is boilerplate (a stock phrase, a
/// legal notice) and is not used to find candidates.
pub const MAX_POSTING_LENGTH: u32 = 5000;

/// One sample in this many is an anchor: anchors index the articles for passage search (an
/// article sharing one anchor with an earlier one is verified against it). Indexing every
/// sample would cost memory in proportion to every distinct shingle of the corpus; one in
/// four keeps the index a quarter of that and still meets a borrowed passage of a few dozen
/// shingles (about 50 words) with a chance of four in five or more.
pub const ANCHOR_MODULUS: u32 = 4;

/// On the same day, how much more one article must be contained in the other than the other
/// in it to be taken for the copy (else the canonical order decides).
pub const SAME_DAY_DIRECTION_MARGIN: f64 = 0.05;

/// What the copy detector keeps of one article: a few hundred bytes, so a million articles'
/// fingerprints fit in memory without their texts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fingerprint {
    /// One key per LSH band of the MinHash signature over all shingles.
    pub bands: Vec<u32>,
    /// The sampled shingles' hashes, sorted, distinct.
    pub samples: Vec<u32>,
    /// The outlet keys the article is known by (see [`outlet_keys`]), hashed.
    pub outlets: Vec<u32>,
    /// The wire or outlet it credits when not its own (see [`credited_source`]), hashed.
    pub credited: Option<u32>,
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
    let run = body_word_run(article);
    let words: Vec<&str> = run
        .words
        .iter()
        .filter(|word| {
            !quoted
                .iter()
                .any(|&(start, end)| word.start >= start && word.end <= end)
        })
        .map(|word| run.lower_of(word))
        .collect();
    let hash_key = |key: &str| (stable_hash(key.as_bytes()) >> 32) as u32;
    Fingerprint {
        outlets: outlet_keys(article)
            .iter()
            .map(|key| hash_key(key))
            .collect(),
        credited: credited_source(article).map(|key| hash_key(&key)),
        ..fingerprint_of_words(&words)
    }
}

/// The fingerprint of a word sequence (see [`fingerprint`]; no outlet).
pub fn fingerprint_of_words<S: AsRef<str>>(words: &[S]) -> Fingerprint {
    let mut signature = [u32::MAX; MINHASH_BANDS * MINHASH_ROWS];
    let mut samples = Vec::new();
    // The signature's hash functions: one strong mix of the shingle, then one multiply-add
    // per function with odd multipliers of their own (a multiply-shift family), which costs a
    // multiplication where a mix per function cost several.
    let functions: [(u64, u64); MINHASH_BANDS * MINHASH_ROWS] = std::array::from_fn(|index| {
        let seed = mix(index as u64 ^ 0x5eed_u64);
        (seed | 1, mix(seed))
    });
    for shingle in shingle_hashes(words) {
        let mixed = mix(shingle);
        for (slot, (multiplier, offset)) in signature.iter_mut().zip(&functions) {
            let value = (mixed.wrapping_mul(*multiplier).wrapping_add(*offset) >> 32) as u32;
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
    samples.shrink_to_fit();
    let bands = if samples.is_empty() {
        Vec::new()
    } else {
        signature
            .chunks(MINHASH_ROWS)
            .enumerate()
            .map(|(band, rows)| {
                let key = rows
                    .iter()
                    .fold(band as u64, |hash, row| mix(hash ^ u64::from(*row)));
                (key >> 32) as u32
            })
            .collect()
    };
    Fingerprint {
        bands,
        samples,
        ..Fingerprint::default()
    }
}

/// Hashes of the word shingles of a sequence (one shingle for a text shorter than a shingle).
pub fn shingle_hashes<S: AsRef<str>>(words: &[S]) -> Vec<u64> {
    if words.is_empty() {
        return Vec::new();
    }
    let width = SHINGLE_WORDS.min(words.len());
    let mut key = String::new();
    words
        .windows(width)
        .map(|window| {
            key.clear();
            for (position, word) in window.iter().enumerate() {
                if position > 0 {
                    key.push(' ');
                }
                key.push_str(word.as_ref());
            }
            stable_hash(key.as_bytes())
        })
        .collect()
}

/// The most recent articles (canonical ranks) a key was seen in, and how many in all: a
/// posting bounded to what [`find_copies`] reads of it.
#[derive(Debug, Clone, Copy, Default)]
struct RecentPosting {
    seen: u32,
    recent: [u32; MAX_CANDIDATES_PER_KEY],
}

impl RecentPosting {
    fn push(&mut self, rank: u32) {
        self.recent[self.seen as usize % MAX_CANDIDATES_PER_KEY] = rank;
        self.seen += 1;
    }

    /// The latest ranks pushed, newest first.
    fn latest(&self) -> impl Iterator<Item = u32> + '_ {
        let kept = (self.seen as usize).min(MAX_CANDIDATES_PER_KEY);
        (1..=kept)
            .map(move |back| self.recent[(self.seen as usize - back) % MAX_CANDIDATES_PER_KEY])
    }
}

/// For each article (by canonical rank), the earlier articles that share an LSH band with it:
/// per band, the articles sorted by (band key, rank), each reading the
/// [`MAX_CANDIDATES_PER_KEY`] before it in its bucket. One band at a time, so the memory is
/// one band's keys, not a table of every bucket.
fn band_candidates(fingerprints: &[Fingerprint], order: &[usize]) -> Vec<Vec<u32>> {
    let mut candidates: Vec<Vec<u32>> = vec![Vec::new(); order.len()];
    let mut keyed: Vec<(u32, u32)> = Vec::with_capacity(order.len());
    for band in 0..MINHASH_BANDS {
        keyed.clear();
        keyed.extend(order.iter().enumerate().filter_map(|(rank, &index)| {
            let key = *fingerprints[index].bands.get(band)?;
            Some((key, rank as u32))
        }));
        keyed.sort_unstable();
        let mut group_start = 0;
        for position in 0..keyed.len() {
            if keyed[position].0 != keyed[group_start].0 {
                group_start = position;
            }
            let rank = keyed[position].1 as usize;
            let earlier =
                &keyed[group_start.max(position.saturating_sub(MAX_CANDIDATES_PER_KEY))..position];
            candidates[rank].extend(earlier.iter().map(|(_, rank)| *rank));
        }
        for list in &mut candidates {
            if list.len() > MAX_CANDIDATES_PER_KEY {
                list.sort_unstable();
                list.dedup();
            }
        }
    }
    candidates
}

/// Find, for each article, the earlier article it copies or takes passages from (the best
/// one, so copy chains stay chains). `order` is the canonical order (oldest first); an
/// article can only copy one that comes before it, unless attribution says otherwise (an
/// article crediting the other's outlet is the copy). Reads fingerprints only, so a caller
/// can fingerprint articles one at a time and drop their texts.
pub fn find_copies(
    fingerprints: &[Fingerprint],
    order: &[usize],
    days: &[Option<i32>],
) -> Vec<FoundCopy> {
    let mut by_band = band_candidates(fingerprints, order);
    let mut anchor_postings: FastMap<u32, RecentPosting> = FastMap::default();
    let mut found = Vec::new();
    let mut candidates: Vec<u32> = Vec::new();
    let mut met: Vec<(u32, u32)> = Vec::new();
    for (rank, &index) in order.iter().enumerate() {
        let fingerprint = &fingerprints[index];
        candidates.clear();
        candidates.append(&mut by_band[rank]);
        by_band[rank].shrink_to_fit();
        if fingerprint.samples.is_empty() {
            continue;
        }
        for sample in &fingerprint.samples {
            if sample % ANCHOR_MODULUS != 0 {
                continue;
            }
            let posting = anchor_postings.entry(*sample).or_default();
            if posting.seen < MAX_POSTING_LENGTH {
                candidates.extend(posting.latest());
                posting.push(rank as u32);
            }
        }
        // The candidates met most often (in most bands and anchors) first; ties to the most
        // recent. Only the first [`MAX_VERIFIED_CANDIDATES`] are verified.
        candidates.sort_unstable();
        met.clear();
        for group in candidates.chunk_by(|a, b| a == b) {
            met.push((group.len() as u32, group[0]));
        }
        if met.len() > MAX_VERIFIED_CANDIDATES {
            met.sort_unstable_by(|a, b| b.cmp(a));
            met.truncate(MAX_VERIFIED_CANDIDATES);
        }
        let best = met
            .iter()
            .map(|&(_, rank)| rank)
            .filter_map(|earlier_rank| {
                let earlier = order[earlier_rank as usize];
                let shared = shared_sorted(&fingerprint.samples, &fingerprints[earlier].samples);
                let containment = shared as f64 / fingerprint.samples.len() as f64;
                let kind = if containment >= COPY_CONTAINMENT {
                    CopyKind::Copy
                } else if containment >= PARTIAL_CONTAINMENT || shared >= MIN_SHARED_SAMPLES {
                    CopyKind::PartialRewrite
                } else {
                    return None;
                };
                Some((earlier_rank, earlier, containment, kind))
            })
            // Highest share; ties to the earliest in canonical order.
            .max_by(|a, b| a.2.total_cmp(&b.2).then_with(|| b.0.cmp(&a.0)));
        if let Some((_, earlier, containment, kind)) = best {
            found.push(direction(
                fingerprints,
                days,
                index,
                earlier,
                containment,
                kind,
            ));
        }
    }
    found
}

/// Which of two overlapping articles is the copy: the article crediting the other's outlet;
/// else the later one; on the same day, the one more contained in the other (a copy trims).
fn direction(
    fingerprints: &[Fingerprint],
    days: &[Option<i32>],
    index: usize,
    earlier: usize,
    containment: f64,
    kind: CopyKind,
) -> FoundCopy {
    let (this, that) = (&fingerprints[index], &fingerprints[earlier]);
    let reverse =
        shared_sorted(&that.samples, &this.samples) as f64 / that.samples.len().max(1) as f64;
    let earlier_credits_later = credits_fingerprint(that, this) && !credits_fingerprint(this, that);
    let earlier_trims_later = !credits_fingerprint(this, that)
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
    let same_wire = matches!(
        (fingerprints[article].credited, fingerprints[of].credited),
        (Some(a), Some(b)) if a == b
    );
    let kind = if kind != CopyKind::Copy && same_wire {
        CopyKind::SameWire
    } else {
        kind
    };
    FoundCopy {
        article,
        of,
        similarity: round3(containment),
        kind,
    }
}

/// True when the first article credits the second's outlet (fingerprints' hashed keys).
fn credits_fingerprint(article: &Fingerprint, other: &Fingerprint) -> bool {
    article
        .credited
        .is_some_and(|credited| other.outlets.contains(&credited))
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
