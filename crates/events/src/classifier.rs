//! The sentence-level event type classifier: a multinomial logistic regression over the
//! sentence's words, word stems, stem bigrams, negated stems and the trigger lexicon's hits,
//! trained on PLOVER-labelled sentences (`training.rs`, `examples/train_plover_classifier.rs`)
//! and stored as a readable table in `data/plover_classifier.tsv`.
//!
//! The coder asks it for the type of a sentence whose triggers it read (`arguments.rs`): a
//! confident prediction confirms or replaces the rule's type, the rule's actors, recipients,
//! place, date and casualties stay. The classifier never creates an event on its own.
//!
//! Labels are PLOVER root types as the training data writes them: `YIELD` stands for PLOVER's
//! CONCEDE and RETREAT together (the zero-shot PLOVER data does not tell them apart).

use crate::lexicon::{is_word_at, Cue, EventLexicon};
use model::PloverEvent;
use std::collections::HashMap;

/// The shipped model, trained on zero-shot-plover/PLV_train.tsv (see the file's header).
const SHIPPED_MODEL: &str = include_str!("../data/plover_classifier.tsv");

/// How many words after a negation cue it governs ("did not sign the deal").
const NEGATION_SCOPE_WORDS: usize = 3;

/// Weights are stored as integers in units of 1/WEIGHT_SCALE.
pub const WEIGHT_SCALE: f64 = 1000.0;

/// A trained classifier: one weight per feature and label, plus a bias per label.
#[derive(Debug, Clone)]
pub struct TypeClassifier {
    /// Label names as the model file writes them ("ASSAULT", "YIELD").
    labels: Vec<String>,
    /// The PLOVER type each label codes (YIELD codes CONCEDE).
    events: Vec<PloverEvent>,
    bias: Vec<f32>,
    /// Feature hash → row in `weights` (row × labels).
    index: HashMap<u64, u32, KeyIsHash>,
    weights: Vec<f32>,
}

/// The index's keys are FNV hashes already: the map uses them as they are.
#[derive(Debug, Clone, Copy, Default)]
struct KeyIsHash;

impl std::hash::BuildHasher for KeyIsHash {
    type Hasher = KeyHasher;
    fn build_hasher(&self) -> KeyHasher {
        KeyHasher(0)
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 << 8) | u64::from(byte);
        }
    }
    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

/// What the classifier says about one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    /// The label as the model writes it ("YIELD" for CONCEDE or RETREAT).
    pub label: String,
    /// The PLOVER type of the label (YIELD read as CONCEDE).
    pub event: PloverEvent,
    /// The softmax probability of the label.
    pub probability: f64,
    /// Every label's probability, by the PLOVER types it codes (YIELD's under CONCEDE and
    /// RETREAT both).
    pub distribution: Vec<(PloverEvent, f64)>,
}

impl Prediction {
    /// The probability the classifier gives a PLOVER type (0 for a type it has no label for).
    pub fn probability_of(&self, event: PloverEvent) -> f64 {
        self.distribution
            .iter()
            .find(|(label_event, _)| *label_event == event)
            .map_or(0.0, |(_, probability)| *probability)
    }

    /// True when the prediction names this type (YIELD names both CONCEDE and RETREAT).
    pub fn agrees_with(&self, event: PloverEvent) -> bool {
        self.event == event
            || (self.label == "YIELD"
                && matches!(event, PloverEvent::Concede | PloverEvent::Retreat))
    }
}

/// The PLOVER type a model label codes: the 2021 root types, and YIELD as CONCEDE.
pub fn event_of_label(label: &str) -> Option<PloverEvent> {
    match label {
        "YIELD" => Some(PloverEvent::Concede),
        other => PloverEvent::parse(other),
    }
}

/// A model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "line {}: {}", self.line, self.message)
    }
}

impl TypeClassifier {
    /// The model compiled into the binary.
    pub fn shipped() -> TypeClassifier {
        TypeClassifier::parse(SHIPPED_MODEL).expect("the shipped classifier model parses")
    }

    /// Read a model file: `#` comment lines, a `labels` line, a `bias` line, then one line per
    /// feature (`feature<TAB>w1 w2 …`, integers in 1/1000).
    pub fn parse(contents: &str) -> Result<TypeClassifier, ModelError> {
        let mut labels: Vec<String> = Vec::new();
        let mut bias: Vec<f32> = Vec::new();
        let mut index = HashMap::with_capacity_and_hasher(contents.len() / 48, KeyIsHash);
        let mut weights = Vec::new();
        let error = |line: usize, message: &str| ModelError {
            line,
            message: message.to_string(),
        };
        for (number, line) in contents.lines().enumerate() {
            let number = number + 1;
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((name, values)) = line.split_once('\t') else {
                return Err(error(number, "expected a name, a TAB and values"));
            };
            if name == "labels" {
                labels = values.split(' ').map(str::to_string).collect();
                if labels.iter().any(|label| event_of_label(label).is_none()) {
                    return Err(error(number, "unknown label"));
                }
                continue;
            }
            if labels.is_empty() {
                return Err(error(number, "the labels line comes first"));
            }
            let parsed: Result<Vec<f32>, _> = values
                .split(' ')
                .map(|value| {
                    value
                        .parse::<i64>()
                        .map(|v| (v as f64 / WEIGHT_SCALE) as f32)
                })
                .collect();
            let Ok(parsed) = parsed else {
                return Err(error(number, "weights are integers"));
            };
            if parsed.len() != labels.len() {
                return Err(error(number, "one weight per label"));
            }
            if name == "bias" {
                bias = parsed;
            } else {
                let row = (weights.len() / labels.len()) as u32;
                if index.insert(feature_key(name), row).is_some() {
                    return Err(error(number, "a feature listed twice"));
                }
                weights.extend(parsed);
            }
        }
        if labels.is_empty() || bias.len() != labels.len() {
            return Err(error(0, "a labels line and a bias line are required"));
        }
        let events = labels
            .iter()
            .map(|label| event_of_label(label).unwrap_or(PloverEvent::Assault))
            .collect();
        Ok(TypeClassifier {
            labels,
            events,
            bias,
            index,
            weights,
        })
    }

    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// How many features carry weights.
    pub fn n_features(&self) -> usize {
        self.index.len()
    }

    /// The label scores (logits) of a sentence.
    pub fn scores(&self, sentence: &str, lexicon: &EventLexicon) -> Vec<f64> {
        let n_labels = self.labels.len();
        let mut keys: Vec<u64> = Vec::with_capacity(160);
        sentence_features(sentence, lexicon, &mut |pieces| {
            keys.push(feature_key_of_pieces(pieces));
        });
        keys.sort_unstable();
        keys.dedup();
        let mut scores: Vec<f64> = self.bias.iter().map(|&b| f64::from(b)).collect();
        for key in keys {
            if let Some(&row) = self.index.get(&key) {
                let row = row as usize * n_labels;
                for (score, weight) in scores.iter_mut().zip(&self.weights[row..row + n_labels]) {
                    *score += f64::from(*weight);
                }
            }
        }
        scores
    }

    /// The most probable label of a sentence and its probability.
    pub fn predict(&self, sentence: &str, lexicon: &EventLexicon) -> Prediction {
        let scores = self.scores(sentence, lexicon);
        let probabilities = softmax(&scores);
        let best = argmax(&probabilities);
        let mut distribution = Vec::with_capacity(probabilities.len() + 1);
        for ((label, &event), &probability) in
            self.labels.iter().zip(&self.events).zip(&probabilities)
        {
            distribution.push((event, probability));
            if label == "YIELD" {
                distribution.push((PloverEvent::Retreat, probability));
            }
        }
        Prediction {
            label: self.labels[best].clone(),
            event: self.events[best],
            probability: probabilities[best],
            distribution,
        }
    }
}

/// The index of the largest value (the first one on ties).
pub(crate) fn argmax(values: &[f64]) -> usize {
    let mut best = 0;
    for (index, value) in values.iter().enumerate() {
        if *value > values[best] {
            best = index;
        }
    }
    best
}

/// Softmax with the [`exp`] of this module, so training and prediction give the same numbers
/// on every machine.
pub(crate) fn softmax(scores: &[f64]) -> Vec<f64> {
    let max = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let exps: Vec<f64> = scores.iter().map(|score| exp(score - max)).collect();
    let total: f64 = exps.iter().sum();
    exps.iter().map(|value| value / total).collect()
}

/// e^x from additions, multiplications and a power of two only (no platform libm), so model
/// training is reproducible to the bit: x = k·ln 2 + r with |r| ≤ ln 2 / 2, e^r by its Taylor
/// series to the 13th power (error below 1e-15 on that range).
pub(crate) fn exp(x: f64) -> f64 {
    let x = x.clamp(-700.0, 700.0);
    let k = (x / std::f64::consts::LN_2).round();
    let r = x - k * std::f64::consts::LN_2;
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 1..=13 {
        term *= r / f64::from(n);
        sum += term;
    }
    // 2^k built from its exponent bits (k is within the normal range after the clamp).
    let scale = f64::from_bits(((k as i64 + 1023) as u64) << 52);
    sum * scale
}

/// FNV-1a (64 bits) of a feature's name: the key features are looked up by.
pub fn feature_key(feature: &str) -> u64 {
    feature_key_of_pieces(&[feature])
}

/// [`feature_key`] of the pieces' concatenation, without building it.
fn feature_key_of_pieces(pieces: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for piece in pieces {
        for byte in piece.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// The sentence's words, lower-cased, in one buffer: runs of letters and digits with inner
/// apostrophes and hyphens; a possessive "'s" is dropped and a number is `#`.
struct Words {
    lower: String,
    /// Per word: its byte offset in the sentence and its range in `lower`.
    spans: Vec<(usize, std::ops::Range<usize>)>,
}

impl Words {
    fn new(sentence: &str) -> Words {
        let mut lower = String::with_capacity(sentence.len() + 8);
        let mut spans = Vec::with_capacity(sentence.len() / 5);
        let mut start: Option<(usize, usize)> = None;
        let mut chars = sentence.char_indices().peekable();
        while let Some((offset, character)) = chars.next() {
            let joins = matches!(character, '\'' | '’' | '-')
                && start.is_some()
                && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric());
            if character.is_alphanumeric() || joins {
                if start.is_none() {
                    start = Some((offset, lower.len()));
                }
                if character.is_ascii() {
                    lower.push(character.to_ascii_lowercase());
                } else {
                    lower.extend(character.to_lowercase());
                }
            } else if let Some(begun) = start.take() {
                Words::close(&mut lower, &mut spans, begun);
            }
        }
        if let Some(begun) = start.take() {
            Words::close(&mut lower, &mut spans, begun);
        }
        Words { lower, spans }
    }

    /// End the word begun at `begun` (sentence offset, buffer offset): drop a possessive, and
    /// write a number as `#`.
    fn close(
        lower: &mut String,
        spans: &mut Vec<(usize, std::ops::Range<usize>)>,
        (offset, from): (usize, usize),
    ) {
        let word = &lower[from..];
        if word.as_bytes()[0].is_ascii_digit() {
            lower.truncate(from);
            lower.push('#');
        } else {
            for possessive in ["'s", "’s"] {
                if lower.len() - from > possessive.len() + 1 && lower.ends_with(possessive) {
                    lower.truncate(lower.len() - possessive.len());
                }
            }
        }
        spans.push((offset, from..lower.len()));
    }

    fn len(&self) -> usize {
        self.spans.len()
    }

    fn word(&self, index: usize) -> &str {
        &self.lower[self.spans[index].1.clone()]
    }
}

/// A light English stem: inflections (-s, -es, -ies, -ed, -ied, -ing) and a final e stripped,
/// a doubled final consonant undone ("stopped" → "stop"), so "accuse", "accused", "accuses"
/// and "accusing" share "accus" and "deny", "denies", "denied" share "deny".
pub fn stem(word: &str) -> String {
    let (base, ending) = stem_parts(word);
    format!("{base}{ending}")
}

/// [`stem`] as a prefix of the word and an ending to add ("" or "y"), without allocating.
fn stem_parts(word: &str) -> (&str, &'static str) {
    let len = word.chars().count();
    if len > 4 && (word.ends_with("ies") || word.ends_with("ied")) {
        return (&word[..word.len() - 3], "y");
    }
    let mut stem = word;
    let mut stripped = false;
    if len > 5 && stem.ends_with("ing") {
        stem = &stem[..stem.len() - 3];
        stripped = true;
    } else if len > 4 && stem.ends_with("eed") {
        stem = &stem[..stem.len() - 1];
    } else if len > 4 && stem.ends_with("ed") {
        stem = &stem[..stem.len() - 2];
        stripped = true;
    } else if len > 3
        && stem.ends_with('s')
        && !stem.ends_with("ss")
        && !stem.ends_with("us")
        && !stem.ends_with("is")
    {
        stem = &stem[..stem.len() - 1];
    }
    if stripped {
        let bytes = stem.as_bytes();
        let n = bytes.len();
        if n >= 3
            && bytes[n - 1] == bytes[n - 2]
            && !matches!(bytes[n - 1], b'l' | b's' | b'z' | b'e' | b'o')
            && bytes[n - 1].is_ascii_alphabetic()
        {
            stem = &stem[..n - 1];
        }
    }
    if stem.len() > 3 && stem.ends_with('e') && !stem.ends_with("ee") {
        stem = &stem[..stem.len() - 1];
    }
    (stem, "")
}

/// Every feature of a sentence, in a fixed order, each given as the pieces of its name (a
/// name may repeat; the model counts each once): `w:` word, `s:` stem, `b:` stem bigram, `n:`
/// a stem a negation governs, `t:` the type of a trigger of the built-in lexicon, `nt:` a
/// negated trigger's type, `tf:` the trigger's form.
pub fn sentence_features(sentence: &str, lexicon: &EventLexicon, emit: &mut dyn FnMut(&[&str])) {
    let words = Words::new(sentence);
    // Where each negation cue starts (word index) and how many words it has.
    let mut negation_at: Vec<(usize, usize)> = Vec::new();
    for (_, cue) in lexicon.cues.iter().filter(|(cue, _)| *cue == Cue::Negation) {
        for index in 0..words.len() {
            if words.len() - index >= cue.len()
                && cue
                    .iter()
                    .enumerate()
                    .all(|(offset, part)| words.word(index + offset) == part)
            {
                negation_at.push((index, cue.len()));
            }
        }
    }
    let negated = |index: usize| {
        negation_at
            .iter()
            .any(|&(at, length)| at + length <= index && index < at + length + NEGATION_SCOPE_WORDS)
    };
    let mut previous = ("<s>", "");
    for index in 0..words.len() {
        let word = words.word(index);
        let stem = stem_parts(word);
        emit(&["w:", word]);
        emit(&["s:", stem.0, stem.1]);
        emit(&["b:", previous.0, previous.1, "|", stem.0, stem.1]);
        if negated(index) {
            emit(&["n:", stem.0, stem.1]);
        }
        previous = stem;
    }
    for found in lexicon.trigger_matcher.find_iter(sentence) {
        if !is_word_at(sentence, found.start(), found.end()) {
            continue;
        }
        let Some(trigger) =
            lexicon.trigger_for(found.pattern().as_usize(), sentence, found.end(), true)
        else {
            continue;
        };
        let trigger = &lexicon.triggers[trigger];
        let first_word = words
            .spans
            .partition_point(|(start, _)| *start < found.start());
        let prefix = if negated(first_word) { "nt:" } else { "t:" };
        emit(&[prefix, trigger.event.as_str()]);
        emit(&["tf:", &trigger.form]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_share_inflections() {
        for (word, expected) in [
            ("accuse", "accus"),
            ("accused", "accus"),
            ("accuses", "accus"),
            ("accusing", "accus"),
            ("deny", "deny"),
            ("denies", "deny"),
            ("denied", "deny"),
            ("stopped", "stop"),
            ("talks", "talk"),
            ("agreed", "agree"),
            ("agree", "agree"),
        ] {
            assert_eq!(stem(word), expected, "{word}");
        }
    }

    #[test]
    fn exp_matches_the_platform_closely() {
        for x in [-30.0, -2.5, -0.1, 0.0, 0.3, 1.0, 7.7, 40.0] {
            let ours = exp(x);
            let theirs = f64::exp(x);
            assert!(
                ((ours - theirs) / theirs).abs() < 1e-13,
                "{x}: {ours} {theirs}"
            );
        }
    }
}
