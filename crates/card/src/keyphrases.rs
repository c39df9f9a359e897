//! Keyphrase extraction of the card's own design: candidates are runs of content words
//! between stopwords and punctuation (up to four words), scored by the words' frequency,
//! spread over sentences, first position, capitalization, title overlap and rarity in
//! general English (the background table), then by how often the whole phrase recurs.

use std::collections::{HashMap, HashSet};

use crate::lexicon::{background_zipf, is_generic, is_stopword};
use crate::words::{tokens, Stems, Token};

/// The longest keyphrase, in words: longer runs give their sub-phrases as candidates.
pub const MAX_PHRASE_WORDS: usize = 4;

/// The `n` best keyphrases of `text`, best first: plain lower-case phrases ("cross-border
/// strikes"), no two with the same stems. `title`, when known, marks the words a headline
/// chose; it may also be the text's first line.
pub fn keyphrases(text: &str, title: Option<&str>, n: usize) -> Vec<String> {
    rank_keyphrases(text, title)
        .phrases
        .into_iter()
        .take(n)
        .map(|phrase| phrase.phrase)
        .collect()
}

/// A scored keyphrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyphrase {
    /// Lower-case words as first written, joined by a space.
    pub phrase: String,
    /// The words' stems: the phrase's identity.
    pub stems: Vec<String>,
    pub score: f64,
    /// Most of its occurrences cut a name or glue a word to one ("lake city" of "Salt Lake
    /// City", "block zte" of "to block ZTE's sales"): see [`cuts_a_name`]. Still a keyphrase,
    /// never a hashtag.
    pub cuts_a_name: bool,
}

/// Everything the ranking learned about a text: its phrases best first, and a weight per
/// word stem that the summary and quote pickers use as salience.
#[derive(Debug, Clone, Default)]
pub struct Ranking {
    pub phrases: Vec<Keyphrase>,
    pub word_weights: HashMap<String, f64>,
}

#[derive(Debug, Default)]
struct WordStats {
    occurrences: usize,
    first_sentence: usize,
    distinct_sentences: usize,
    last_sentence: Option<usize>,
    capitalized_inside_sentence: usize,
    inside_sentence: usize,
    zipf: f64,
}

/// A phrase's identity: the numbers of its stems, in order.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Hash)]
struct PhraseKey {
    stems: [u32; MAX_PHRASE_WORDS],
    length: usize,
}

#[derive(Debug)]
struct PhraseStats {
    phrase: String,
    stems: Vec<String>,
    occurrences: usize,
    /// Occurrences that cut a name (see [`cuts_a_name`]).
    name_cuts: usize,
    /// Occurrences that were a whole run of content words, not a piece of a longer one.
    whole_run_occurrences: usize,
    first_token: usize,
}

/// Rank every candidate phrase of `text`.
pub fn rank_keyphrases(text: &str, title: Option<&str>) -> Ranking {
    let sentences: Vec<&str> = text::sentences(text)
        .iter()
        .map(|sentence| sentence.text(text))
        .collect();
    rank_keyphrases_with(&sentences, title, &mut Stems::new())
}

/// [`rank_keyphrases`] over sentences already split, with a stem cache the caller goes on
/// using.
pub(crate) fn rank_keyphrases_with(
    sentences: &[&str],
    title: Option<&str>,
    stems: &mut Stems,
) -> Ranking {
    let title_stems: HashSet<String> = title
        .map(|title| {
            tokens(title, stems)
                .into_iter()
                .map(|token| token.stem)
                .collect()
        })
        .unwrap_or_default();

    let mut word_stats: HashMap<String, WordStats> = HashMap::new();
    // Phrases are keyed by small stem numbers rather than strings: every sub-phrase of every
    // run is looked up, and that lookup is the hot loop of the card.
    let mut stem_numbers: HashMap<String, u32> = HashMap::new();
    let mut phrase_stats: HashMap<PhraseKey, PhraseStats> = HashMap::new();
    let mut token_index = 0;
    for (sentence_index, sentence) in sentences.iter().enumerate() {
        let sentence_tokens = tokens(sentence, stems);
        for (position, token) in sentence_tokens.iter().enumerate() {
            if !is_content_word(token) {
                continue;
            }
            let stats = word_stats
                .entry(token.stem.clone())
                .or_insert_with(|| WordStats {
                    first_sentence: sentence_index,
                    zipf: background_zipf(&token.lower),
                    ..WordStats::default()
                });
            stats.occurrences += 1;
            if stats.last_sentence != Some(sentence_index) {
                stats.distinct_sentences += 1;
                stats.last_sentence = Some(sentence_index);
            }
            // A capital at the start of a sentence or after a quote mark says nothing.
            if position > 0 && !token.after_punctuation {
                stats.inside_sentence += 1;
                if token.capitalized {
                    stats.capitalized_inside_sentence += 1;
                }
            }
        }
        let title_case = is_title_case(&sentence_tokens);
        for run_range in content_runs(&sentence_tokens) {
            let run = &sentence_tokens[run_range.clone()];
            let numbers: Vec<u32> = run
                .iter()
                .map(|token| {
                    let next = stem_numbers.len() as u32;
                    *stem_numbers.entry(token.stem.clone()).or_insert(next)
                })
                .collect();
            for first in 0..run.len() {
                for last in first..run.len().min(first + MAX_PHRASE_WORDS) {
                    let words = &run[first..=last];
                    let mut key = PhraseKey::default();
                    key.stems[..words.len()].copy_from_slice(&numbers[first..=last]);
                    key.length = words.len();
                    let stats = phrase_stats.entry(key).or_insert_with(|| PhraseStats {
                        phrase: words
                            .iter()
                            .map(|token| token.lower.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                        stems: words.iter().map(|token| token.stem.clone()).collect(),
                        occurrences: 0,
                        name_cuts: 0,
                        whole_run_occurrences: 0,
                        first_token: token_index,
                    });
                    stats.occurrences += 1;
                    if !title_case
                        && cuts_a_name(
                            &sentence_tokens,
                            run_range.start + first,
                            run_range.start + last,
                        )
                    {
                        stats.name_cuts += 1;
                    }
                    if words.len() == run.len() {
                        stats.whole_run_occurrences += 1;
                    }
                }
            }
        }
        token_index += sentence_tokens.len();
    }

    let sentence_count = sentences.len().max(1) as f64;
    let word_weights: HashMap<String, f64> = word_stats
        .iter()
        .map(|(stem, stats)| {
            (
                stem.clone(),
                word_weight(stats, sentence_count, title_stems.contains(stem)),
            )
        })
        .collect();

    let mut scored: Vec<(usize, Keyphrase)> = phrase_stats
        .into_values()
        .map(|stats| {
            let score = phrase_score(&stats, &word_weights);
            (
                stats.first_token,
                Keyphrase {
                    cuts_a_name: stats.name_cuts * 2 > stats.occurrences,
                    phrase: stats.phrase,
                    stems: stats.stems,
                    score,
                },
            )
        })
        .collect();
    // Best first; ties go to the phrase seen first, so the order never depends on hash
    // iteration.
    scored.sort_by(|(first_a, a), (first_b, b)| {
        b.score
            .total_cmp(&a.score)
            .then(first_a.cmp(first_b))
            .then_with(|| a.phrase.cmp(&b.phrase))
    });
    let phrases = scored.into_iter().map(|(_, phrase)| phrase).collect();
    Ranking {
        phrases,
        word_weights,
    }
}

/// A word that may be part of a keyphrase: not a stopword, not generic, not a bare number,
/// longer than one character.
fn is_content_word(token: &Token) -> bool {
    !token.is_number
        && token.lower.chars().count() > 1
        && !is_stopword(&token.lower)
        && !is_generic(&token.lower)
}

/// Maximal runs of content words not broken by punctuation, as token ranges.
fn content_runs(sentence_tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut run_start = None;
    for (index, token) in sentence_tokens.iter().enumerate() {
        let breaks_before = token.after_punctuation || !is_content_word(token);
        if breaks_before {
            if let Some(start) = run_start.take() {
                runs.push(start..index);
            }
        }
        if is_content_word(token) && run_start.is_none() {
            run_start = Some(index);
        }
    }
    if let Some(start) = run_start {
        runs.push(start..sentence_tokens.len());
    }
    runs
}

/// Lower-case words that join the parts of a name ("Agusan del Sur", "Ibn al Khattab").
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn", "la",
    "le", "van", "von",
];

/// Lower-case words that may stand before a name in a topic ("northern syria").
const BEFORE_NAME_WORDS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "rural",
    "greater",
    "upper",
    "lower",
];

/// Does the phrase of tokens `first..=last` cut a capitalised name at either end ("lake
/// city" of "Salt Lake City", "agusan del" of "Agusan del Sur"), or glue a lower-case word
/// before a name ("block zte", "beating sharapova": a verb and its object)?
fn cuts_a_name(tokens: &[Token], first: usize, last: usize) -> bool {
    let name_word = |index: usize| {
        tokens.get(index).is_some_and(|token| {
            token.capitalized && !token.is_number && !is_stopword(&token.lower)
        })
    };
    let particle = |index: usize| {
        tokens.get(index).is_some_and(|token| {
            !token.capitalized
                && !token.after_punctuation
                && NAME_PARTICLES.contains(&token.lower.as_str())
        })
    };
    // The name goes on before the first word: "Salt | Lake City", "Agusan del | Sur".
    let cut_before = tokens[first].capitalized
        && !tokens[first].after_punctuation
        && first > 0
        && (name_word(first - 1) || (particle(first - 1) && first > 1 && name_word(first - 2)));
    // ... or after the last: "Salt Lake | City", "Agusan | del Sur".
    let joined = |index: usize| {
        tokens
            .get(index)
            .is_some_and(|token| !token.after_punctuation)
    };
    let cut_after = tokens[last].capitalized
        && ((joined(last + 1) && name_word(last + 1))
            || (particle(last + 1) && joined(last + 2) && name_word(last + 2)));
    let glued = (first..last).any(|index| {
        !tokens[index].capitalized
            && !BEFORE_NAME_WORDS.contains(&tokens[index].lower.as_str())
            && tokens[index + 1].capitalized
    });
    // A particle ends no name: "agusan del", "del sur".
    let on_a_particle = [first, last].into_iter().any(|index| {
        !tokens[index].capitalized && NAME_PARTICLES.contains(&tokens[index].lower.as_str())
    });
    cut_before || cut_after || glued || on_a_particle
}

/// A headline-style sentence, most words capitalised: its capitals say nothing about names.
fn is_title_case(tokens: &[Token]) -> bool {
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|token| !token.is_number && !is_stopword(&token.lower))
        .collect();
    words.len() >= 3
        && words.iter().filter(|token| token.capitalized).count() * 10 >= words.len() * 7
}

/// How much a word says about this text rather than about English in general.
fn word_weight(stats: &WordStats, sentence_count: f64, in_title: bool) -> f64 {
    // Rarity: "said" (Zipf 6) is worth little, "taliban" (3.7) much, unlisted words most.
    let rarity = ((8.0 - stats.zipf) / 5.0).clamp(0.1, 1.2);
    let frequency = (1.0 + stats.occurrences as f64).ln();
    let spread = stats.distinct_sentences as f64 / sentence_count;
    let position = 1.0 / (1.0 + stats.first_sentence as f64 / 4.0).sqrt();
    let capitalization = if stats.inside_sentence == 0 {
        1.0
    } else {
        1.0 + 0.5 * stats.capitalized_inside_sentence as f64 / stats.inside_sentence as f64
    };
    let title = if in_title { 1.25 } else { 1.0 };
    rarity * (frequency + spread) * (0.7 + 0.3 * position) * capitalization * title
}

/// A phrase scores by its words' mean weight and by how often the phrase itself recurs.
fn phrase_score(stats: &PhraseStats, word_weights: &HashMap<String, f64>) -> f64 {
    let weights: Vec<f64> = stats
        .stems
        .iter()
        .map(|stem| word_weights.get(stem).copied().unwrap_or(0.0))
        .collect();
    let mean = weights.iter().sum::<f64>() / weights.len().max(1) as f64;
    let recurrence = (1.0 + stats.occurrences as f64).ln() / std::f64::consts::LN_2;
    let length = match stats.stems.len() {
        1 => 1.0,
        2 => 0.9,
        3 => 0.7,
        _ => 0.5,
    };
    // A piece cut from a longer run ("star hailee" of "grit star hailee steinfeld") that
    // never stands alone is rarely a phrase of its own.
    let piece =
        if stats.stems.len() > 1 && stats.whole_run_occurrences == 0 && stats.occurrences == 1 {
            0.6
        } else {
            1.0
        };
    mean * recurrence * length * piece
}
