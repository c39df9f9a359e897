//! Training: CoNLL files parsed from text, a gazetteer drawn from the training names, and an
//! averaged structured perceptron over BILOU tags with Viterbi decoding. No IO here; the
//! `train_ner` binary reads and writes the files.

use std::collections::HashMap;
use std::ops::Range;

use crate::features::{
    capitalisation_bucket, hand_lexicons, is_headline, sentence_features, stacked_features,
    DocumentFacts, DocumentPredictions, FeatureContext, Gazetteer, HEADLINE_SMALL_WORDS,
};
use crate::model::{viterbi, FeatureWeights, Stage, Tagger};
use crate::tags::{chunks, to_bilou, Kind, Tag, KINDS, N_TAGS};

/// One sentence of a CoNLL file: its tokens and their gold BIO tags.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelledSentence {
    pub tokens: Vec<String>,
    pub tags: Vec<Tag>,
    /// The sentence came right after a `-DOCSTART-` line.
    pub starts_document: bool,
}

/// Parse CoNLL-2003 text: one token per line (token, tag, ignored columns; the tag is the
/// last column with a BIO shape, else the second), blank lines between sentences,
/// `-DOCSTART-` lines ignored. Unreadable tags count as "O".
pub fn parse_conll(text: &str) -> Vec<LabelledSentence> {
    let mut sentences = Vec::new();
    let empty = |starts_document| LabelledSentence {
        tokens: Vec::new(),
        tags: Vec::new(),
        starts_document,
    };
    let mut current = empty(false);
    for line in text.lines() {
        let columns: Vec<&str> = line.split_whitespace().collect();
        if columns.is_empty() || columns[0] == "-DOCSTART-" {
            let document_break = !columns.is_empty();
            if !current.tokens.is_empty() {
                sentences.push(std::mem::replace(&mut current, empty(false)));
            }
            if document_break {
                current.starts_document = true;
            }
            continue;
        }
        let tag = columns
            .iter()
            .skip(1)
            .rev()
            .find_map(|column| Tag::parse(column))
            .unwrap_or(Tag::Outside);
        current.tokens.push(columns[0].to_string());
        current.tags.push(tag);
    }
    if !current.tokens.is_empty() {
        sentences.push(current);
    }
    sentences
}

/// Group sentences into documents (news stories). A `-DOCSTART-` line starts a document
/// when the file has them; otherwise a Reuters dateline ("BRUSSELS 1996-08-22") marks a
/// story, which starts at the headline just before it (and the byline, if there is one).
pub fn document_ranges(sentences: &[LabelledSentence]) -> Vec<Range<usize>> {
    let mut starts = vec![0usize];
    for (index, sentence) in sentences.iter().enumerate() {
        let start = if sentence.starts_document {
            index
        } else if is_dateline(&sentence.tokens) && index > 0 {
            let byline = index >= 2 && is_byline(&sentences[index - 1].tokens);
            if byline {
                index - 2
            } else {
                index - 1
            }
        } else {
            continue;
        };
        let last = *starts.last().unwrap_or(&0);
        if start > last {
            starts.push(start);
        }
    }
    let mut ranges = Vec::new();
    for (position, &start) in starts.iter().enumerate() {
        let end = starts.get(position + 1).copied().unwrap_or(sentences.len());
        if start < end {
            ranges.push(start..end);
        }
    }
    ranges
}

/// A place and a date ending a short line: "LONDON 1996-08-22", "AL-AIN , United Arab
/// Emirates 1996-12-06".
fn is_dateline(tokens: &[String]) -> bool {
    let Some(last) = tokens.last() else {
        return false;
    };
    let date_shape = last.len() == 10
        && last.char_indices().all(|(at, character)| {
            if at == 4 || at == 7 {
                character == '-'
            } else {
                character.is_ascii_digit()
            }
        });
    date_shape && tokens.len() <= 10
}

/// A reporter's name on its own line: at most three capitalised words.
fn is_byline(tokens: &[String]) -> bool {
    !tokens.is_empty()
        && tokens.len() <= 3
        && tokens
            .iter()
            .all(|token| token.chars().next().is_some_and(char::is_uppercase))
}

/// Knobs of training; `Default` is what the committed model was trained with.
#[derive(Debug, Clone)]
pub struct TrainingOptions {
    pub epochs: usize,
    /// Seed of the sentence shuffle before each epoch.
    pub seed: u64,
    /// Gazetteer features of a training sentence come from the other folds, so the model
    /// learns how far to trust the gazetteer on names it has not seen.
    pub folds: usize,
    /// Features seen fewer times than this in training are dropped.
    pub min_feature_count: u32,
    /// Averaged weights smaller than this (in absolute value) are dropped from the model.
    pub prune_below: f32,
    /// Train a second stage on top of the first (see `train`).
    pub stacked: bool,
}

impl Default for TrainingOptions {
    fn default() -> TrainingOptions {
        TrainingOptions {
            epochs: 8,
            seed: 0x5eed_2003,
            folds: 10,
            min_feature_count: 2,
            prune_below: 0.0,
            stacked: true,
        }
    }
}

/// Build the gazetteer from labelled sentences: the types each word appeared as (when it was
/// mostly inside names), the types of each whole name, and how often each word is
/// capitalised away from the start of a sentence.
pub fn build_gazetteer(sentences: &[&LabelledSentence]) -> Gazetteer {
    let mut word_kinds: HashMap<String, u16> = HashMap::new();
    let mut word_counts: HashMap<String, (u32, u32)> = HashMap::new();
    let mut capitalisation_counts: HashMap<String, (u32, u32)> = HashMap::new();
    let mut gazetteer = Gazetteer::default();
    for sentence in sentences {
        for (index, (token, tag)) in sentence.tokens.iter().zip(&sentence.tags).enumerate() {
            let lower = token.to_lowercase();
            let counts = word_counts.entry(lower.clone()).or_default();
            if let Some(kind) = tag.kind() {
                counts.0 += 1;
                *word_kinds.entry(lower.clone()).or_insert(0) |= 1 << kind.index();
            } else {
                counts.1 += 1;
            }
            let first = token.chars().next();
            let headline_like = token.chars().all(|character| !character.is_lowercase());
            if index > 0 && !headline_like {
                let counts = capitalisation_counts.entry(lower).or_default();
                if first.is_some_and(char::is_uppercase) {
                    counts.0 += 1;
                } else if first.is_some_and(char::is_lowercase) {
                    counts.1 += 1;
                }
            }
        }
        for chunk in chunks(&sentence.tags) {
            let phrase: Vec<String> = sentence.tokens[chunk.start..chunk.end]
                .iter()
                .map(|token| token.to_lowercase())
                .collect();
            gazetteer
                .names
                .insert(&phrase.join(" "), 1 << chunk.kind.index());
        }
    }
    for (word, kinds) in word_kinds {
        let (inside, outside) = word_counts[&word];
        if inside >= outside {
            gazetteer.words.insert(word, kinds);
        }
    }
    for (word, (capitalised, lower)) in capitalisation_counts {
        let bucket = capitalisation_bucket(capitalised, lower);
        if bucket != 0 {
            gazetteer.capitalisation.insert(word, bucket);
        }
    }
    gazetteer
}

/// The Title Case form of an ALL CAPS headline ("JAPAN GET LUCKY WIN" → "Japan Get Lucky
/// Win"), or `None` if the sentence is not such a headline. Short all-caps words that are not
/// small words ("UK", "EU") and words with periods ("U.S.") stay as they are.
fn title_case_headline(tokens: &[&str]) -> Option<Vec<String>> {
    let alphabetic = tokens
        .iter()
        .filter(|token| token.chars().any(char::is_alphabetic))
        .count();
    let all_caps = tokens
        .iter()
        .filter(|token| {
            token.chars().any(char::is_alphabetic) && !token.chars().any(char::is_lowercase)
        })
        .count();
    if alphabetic < 3 || all_caps * 2 <= alphabetic || !is_headline(tokens) {
        return None;
    }
    let copy = tokens
        .iter()
        .enumerate()
        .map(|(index, token)| {
            let lower = token.to_lowercase();
            if !token.chars().any(char::is_alphabetic) || token.chars().any(char::is_lowercase) {
                token.to_string()
            } else if index > 0 && HEADLINE_SMALL_WORDS.contains(&lower.as_str()) {
                lower
            } else if token.contains('.') || token.chars().count() <= 2 {
                token.to_string()
            } else {
                let mut characters = lower.chars();
                let first = characters
                    .next()
                    .map(|first| first.to_uppercase().to_string());
                first.unwrap_or_default() + characters.as_str()
            }
        })
        .collect();
    Some(copy)
}

/// What one epoch did, for the trainer to print.
#[derive(Debug, Clone)]
pub struct EpochReport {
    pub epoch: usize,
    pub mistakes: usize,
    pub sentences: usize,
    /// Micro F1 on the held-out sentences with the weights averaged so far, if any were given.
    pub held_out_f1: Option<f64>,
}

/// Train a tagger. `held_out` sentences are only scored after each epoch (never learned
/// from); `report` is called once per epoch of the last stage.
///
/// With `options.stacked`, a first stage is trained on all sentences, and a second stage
/// learns from the first stage's tags; the first-stage tags it learns from are predicted
/// for each block of sentences by a first stage trained without that block, so the second
/// stage learns how far to trust them on unseen text.
pub fn train(
    sentences: &[LabelledSentence],
    held_out: &[LabelledSentence],
    options: &TrainingOptions,
    report: &mut dyn FnMut(&EpochReport),
) -> Tagger {
    if !options.stacked {
        return train_stage(sentences, None, &[], held_out, options, report);
    }
    let blocks = options.folds.max(2);
    let mut first_pass: Vec<Vec<u8>> = Vec::with_capacity(sentences.len());
    for block in 0..blocks {
        let start = block * sentences.len() / blocks;
        let end = (block + 1) * sentences.len() / blocks;
        let mut training = sentences[..start].to_vec();
        training.extend_from_slice(&sentences[end..]);
        let block_tagger = train_stage(&training, None, &[], &[], options, &mut |_| {});
        for range in document_ranges(&sentences[start..end]) {
            let token_lists: Vec<Vec<&str>> = sentences[start + range.start..start + range.end]
                .iter()
                .map(|sentence| sentence.tokens.iter().map(String::as_str).collect())
                .collect();
            first_pass.extend(block_tagger.tag_document_bilou(&token_lists));
        }
    }
    let first = train_stage(sentences, None, &[], &[], options, &mut |_| {});
    train_stage(
        sentences,
        Some(&first_pass),
        &first.stages,
        held_out,
        options,
        report,
    )
}

/// Train one stage. `first_pass` holds the earlier stage's tags for every sentence (for a
/// second stage), and `earlier_stages` are put in front of the new stage in the tagger.
fn train_stage(
    sentences: &[LabelledSentence],
    first_pass: Option<&[Vec<u8>]>,
    earlier_stages: &[Stage],
    held_out: &[LabelledSentence],
    options: &TrainingOptions,
    report: &mut dyn FnMut(&EpochReport),
) -> Tagger {
    let lexicons = hand_lexicons();
    let folds = options.folds.max(1);
    // Contiguous blocks of sentences as folds: neighbouring sentences share a story, so
    // this keeps a story's names from leaking into its own gazetteer features.
    let fold_of = |index: usize| index * folds / sentences.len().max(1);
    let mut keyed: Vec<Vec<Vec<u32>>> = vec![Vec::new(); sentences.len()];
    // Title Case copies of the ALL CAPS headlines, with the gold tags of the original:
    // Reuters wrote headlines in capitals, web articles write them in Title Case.
    let mut title_case_copies: Vec<(usize, Vec<Vec<u32>>)> = Vec::new();
    let mut document_of = vec![0usize; sentences.len()];
    let mut documents = Vec::new();
    let mut predictions = Vec::new();
    for (document_index, range) in document_ranges(sentences).into_iter().enumerate() {
        let token_lists: Vec<Vec<&str>> = sentences[range.clone()]
            .iter()
            .map(|sentence| sentence.tokens.iter().map(String::as_str).collect())
            .collect();
        documents.push(DocumentFacts::from_sentences(&token_lists));
        if let Some(first_pass) = first_pass {
            predictions.push(DocumentPredictions::from_first_pass(
                &token_lists,
                &first_pass[range.clone()],
            ));
        }
        for slot in &mut document_of[range] {
            *slot = document_index;
        }
    }
    for fold in 0..folds {
        let others: Vec<&LabelledSentence> = sentences
            .iter()
            .enumerate()
            .filter(|(index, _)| folds == 1 || fold_of(*index) != fold)
            .map(|(_, sentence)| sentence)
            .collect();
        let context = FeatureContext {
            lexicons: lexicons.clone(),
            gazetteer: build_gazetteer(&others),
        };
        for (index, sentence) in sentences.iter().enumerate() {
            if fold_of(index) != fold {
                continue;
            }
            let tokens: Vec<&str> = sentence.tokens.iter().map(String::as_str).collect();
            let document = &documents[document_of[index]];
            let mut features = sentence_features(&tokens, &context, document);
            if let Some(first_pass) = first_pass {
                let document_predictions = &predictions[document_of[index]];
                stacked_features(
                    &tokens,
                    &first_pass[index],
                    document_predictions,
                    &mut features,
                );
            }
            keyed[index] = features;
            if let Some(copy) = title_case_headline(&tokens) {
                let copy_tokens: Vec<&str> = copy.iter().map(String::as_str).collect();
                let mut features = sentence_features(&copy_tokens, &context, document);
                if let Some(first_pass) = first_pass {
                    let document_predictions = &predictions[document_of[index]];
                    stacked_features(
                        &copy_tokens,
                        &first_pass[index],
                        document_predictions,
                        &mut features,
                    );
                }
                title_case_copies.push((index, features));
            }
        }
    }
    let all: Vec<&LabelledSentence> = sentences.iter().collect();
    let final_context = FeatureContext {
        lexicons,
        gazetteer: build_gazetteer(&all),
    };

    // Index the features seen often enough; rarer ones are dropped.
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for sentence in &keyed {
        for keys in sentence {
            for &key in keys {
                *counts.entry(key).or_insert(0) += 1;
            }
        }
    }
    let mut kept: Vec<u32> = counts
        .iter()
        .filter(|(_, count)| **count >= options.min_feature_count)
        .map(|(key, _)| *key)
        .collect();
    kept.sort_unstable();
    let index_of: HashMap<u32, u32> = kept
        .iter()
        .enumerate()
        .map(|(index, key)| (*key, index as u32))
        .collect();
    let indexed: Vec<Vec<Vec<u32>>> = keyed
        .iter()
        .map(|sentence| {
            sentence
                .iter()
                .map(|keys| {
                    keys.iter()
                        .filter_map(|key| index_of.get(key).copied())
                        .collect()
                })
                .collect()
        })
        .collect();
    drop(keyed);
    let mut gold: Vec<Vec<u8>> = sentences
        .iter()
        .map(|sentence| to_bilou(&sentence.tags))
        .collect();
    let mut indexed = indexed;
    for (original, features) in title_case_copies {
        indexed.push(
            features
                .iter()
                .map(|keys| {
                    keys.iter()
                        .filter_map(|key| index_of.get(key).copied())
                        .collect()
                })
                .collect(),
        );
        gold.push(gold[original].clone());
    }

    let mut perceptron = Perceptron::new(kept.len());
    let mut order: Vec<usize> = (0..indexed.len()).collect();
    let mut random = options.seed.max(1);
    for epoch in 1..=options.epochs {
        shuffle(&mut order, &mut random);
        let mut mistakes = 0;
        for &sentence_index in &order {
            let features = &indexed[sentence_index];
            if features.is_empty() {
                continue;
            }
            let predicted = perceptron.decode(features);
            if predicted != gold[sentence_index] {
                mistakes += 1;
                perceptron.update(features, &gold[sentence_index], &predicted);
            }
            perceptron.clock += 1;
        }
        let held_out_f1 = if held_out.is_empty() {
            None
        } else {
            let tagger =
                perceptron.averaged(&kept, &final_context, earlier_stages, options.prune_below);
            Some(score_sentences(&tagger, held_out).micro.f1())
        };
        report(&EpochReport {
            epoch,
            mistakes,
            sentences: order.len(),
            held_out_f1,
        });
    }
    perceptron.averaged(&kept, &final_context, earlier_stages, options.prune_below)
}

/// Perceptron weights with the running sums needed for averaging: each update at time `c`
/// adds `c * delta` to `sums`, and the average is `weights - sums / c`.
struct Perceptron {
    weights: Vec<f32>,
    sums: Vec<f64>,
    start: [f32; N_TAGS],
    start_sums: [f64; N_TAGS],
    transitions: [[f32; N_TAGS]; N_TAGS],
    transition_sums: [[f64; N_TAGS]; N_TAGS],
    clock: u64,
}

impl Perceptron {
    fn new(feature_count: usize) -> Perceptron {
        Perceptron {
            weights: vec![0.0; feature_count * N_TAGS],
            sums: vec![0.0; feature_count * N_TAGS],
            start: [0.0; N_TAGS],
            start_sums: [0.0; N_TAGS],
            transitions: [[0.0; N_TAGS]; N_TAGS],
            transition_sums: [[0.0; N_TAGS]; N_TAGS],
            clock: 1,
        }
    }

    fn decode(&self, features: &[Vec<u32>]) -> Vec<u8> {
        let emissions: Vec<[f32; N_TAGS]> = features
            .iter()
            .map(|indices| {
                let mut scores = [0f32; N_TAGS];
                for &index in indices {
                    let row = &self.weights[index as usize * N_TAGS..][..N_TAGS];
                    for (score, weight) in scores.iter_mut().zip(row) {
                        *score += weight;
                    }
                }
                scores
            })
            .collect();
        viterbi(&emissions, &self.start, &self.transitions)
    }

    fn update(&mut self, features: &[Vec<u32>], gold: &[u8], predicted: &[u8]) {
        let clock = self.clock as f64;
        for (position, indices) in features.iter().enumerate() {
            let (right, wrong) = (gold[position] as usize, predicted[position] as usize);
            if right != wrong {
                for &index in indices {
                    let base = index as usize * N_TAGS;
                    self.weights[base + right] += 1.0;
                    self.sums[base + right] += clock;
                    self.weights[base + wrong] -= 1.0;
                    self.sums[base + wrong] -= clock;
                }
            }
            if position == 0 {
                if right != wrong {
                    self.start[right] += 1.0;
                    self.start_sums[right] += clock;
                    self.start[wrong] -= 1.0;
                    self.start_sums[wrong] -= clock;
                }
                continue;
            }
            let gold_pair = (gold[position - 1] as usize, right);
            let predicted_pair = (predicted[position - 1] as usize, wrong);
            if gold_pair != predicted_pair {
                self.transitions[gold_pair.0][gold_pair.1] += 1.0;
                self.transition_sums[gold_pair.0][gold_pair.1] += clock;
                self.transitions[predicted_pair.0][predicted_pair.1] -= 1.0;
                self.transition_sums[predicted_pair.0][predicted_pair.1] -= clock;
            }
        }
    }

    fn averaged(
        &self,
        keys: &[u32],
        context: &FeatureContext,
        earlier_stages: &[Stage],
        prune_below: f32,
    ) -> Tagger {
        let clock = self.clock as f64;
        let average = |weight: f32, sum: f64| (f64::from(weight) - sum / clock) as f32;
        let mut rows = Vec::new();
        for (index, key) in keys.iter().enumerate() {
            let mut row = [0f32; N_TAGS];
            let mut any = false;
            for (tag, slot) in row.iter_mut().enumerate() {
                let flat = index * N_TAGS + tag;
                let value = average(self.weights[flat], self.sums[flat]);
                if value.abs() > prune_below {
                    *slot = value;
                    any = true;
                }
            }
            if any {
                rows.push((*key, row));
            }
        }
        let mut start = [0f32; N_TAGS];
        for (tag, slot) in start.iter_mut().enumerate() {
            *slot = average(self.start[tag], self.start_sums[tag]);
        }
        let mut transitions = [[0f32; N_TAGS]; N_TAGS];
        for (previous, row) in transitions.iter_mut().enumerate() {
            for (next, slot) in row.iter_mut().enumerate() {
                *slot = average(
                    self.transitions[previous][next],
                    self.transition_sums[previous][next],
                );
            }
        }
        let mut stages = earlier_stages.to_vec();
        stages.push(Stage {
            weights: FeatureWeights::from_rows(&rows),
            start,
            transitions,
        });
        Tagger {
            stages,
            context: context.clone(),
        }
    }
}

/// Fisher–Yates shuffle driven by xorshift64, so training is the same on every machine.
fn shuffle(items: &mut [usize], state: &mut u64) {
    for index in (1..items.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        let other = (*state % (index as u64 + 1)) as usize;
        items.swap(index, other);
    }
}

/// Precision, recall and F1 counts of exact-match names.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (precision, recall) = (self.precision(), self.recall());
        if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Entity-level scores as the CoNLL shared task counted them: a name is right only when its
/// span and type both match.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    pub micro: Counts,
    /// Per type, in `KINDS` order.
    pub per_kind: [Counts; 4],
}

impl Scores {
    pub fn add(&mut self, gold: &[Tag], predicted: &[Tag]) {
        let gold_chunks = chunks(gold);
        let predicted_chunks = chunks(predicted);
        for chunk in &gold_chunks {
            self.micro.gold += 1;
            self.per_kind[chunk.kind.index()].gold += 1;
        }
        for chunk in &predicted_chunks {
            self.micro.predicted += 1;
            self.per_kind[chunk.kind.index()].predicted += 1;
            if gold_chunks.contains(chunk) {
                self.micro.correct += 1;
                self.per_kind[chunk.kind.index()].correct += 1;
            }
        }
    }

    pub fn kind(&self, kind: Kind) -> Counts {
        self.per_kind[kind.index()]
    }
}

/// Tag every document (see `document_ranges`) and score against the gold tags.
pub fn score_sentences(tagger: &Tagger, sentences: &[LabelledSentence]) -> Scores {
    let mut scores = Scores::default();
    for (sentences, predicted) in sentences.iter().zip(tag_sentences(tagger, sentences)) {
        scores.add(&sentences.tags, &predicted);
    }
    scores
}

/// Tag sentences document by document (see `document_ranges`), in order.
pub fn tag_sentences(tagger: &Tagger, sentences: &[LabelledSentence]) -> Vec<Vec<Tag>> {
    let mut result = Vec::with_capacity(sentences.len());
    for range in document_ranges(sentences) {
        let token_lists: Vec<Vec<&str>> = sentences[range]
            .iter()
            .map(|sentence| sentence.tokens.iter().map(String::as_str).collect())
            .collect();
        result.extend(tagger.tag_document(&token_lists));
    }
    result
}

/// All four kinds, re-exported for reports.
pub fn kinds() -> [Kind; 4] {
    KINDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_conll_with_document_breaks() {
        let text =
            "-DOCSTART- -X- O O\n\nEU B-ORG 0\nrejects O 0\n\nPeter B-PER 0\nBlackburn I-PER 0\n";
        let sentences = parse_conll(text);
        assert_eq!(sentences.len(), 2);
        assert_eq!(sentences[0].tokens, vec!["EU", "rejects"]);
        assert_eq!(
            sentences[1].tags,
            vec![Tag::Begin(Kind::Per), Tag::Inside(Kind::Per)]
        );
    }

    #[test]
    fn stories_start_at_the_headline_before_a_dateline() {
        // One token per line, every tag "O", a blank line after each sentence.
        let text: String = [
            "Rain in Spain .",
            "MADRID 1996-08-22",
            "It rained .",
            "Sun in Oslo .",
            "Anna Berg",
            "OSLO 1996-08-23",
            "It shone .",
        ]
        .iter()
        .map(|sentence| {
            let lines: Vec<String> = sentence
                .split(' ')
                .map(|token| format!("{token} O 0\n"))
                .collect();
            lines.concat() + "\n"
        })
        .collect();
        let sentences = parse_conll(&text);
        assert_eq!(document_ranges(&sentences), vec![0..3, 3..7]);
        let marked = parse_conll("-DOCSTART- -X- O\n\nA O\n\n-DOCSTART- -X- O\n\nB O\n");
        assert_eq!(document_ranges(&marked), vec![0..1, 1..2]);
    }

    #[test]
    fn scores_need_exact_span_and_type() {
        let parse = |text: &str| -> Vec<Tag> {
            text.split_whitespace()
                .map(|tag| Tag::parse(tag).unwrap())
                .collect()
        };
        let mut scores = Scores::default();
        scores.add(
            &parse("B-PER I-PER O B-LOC O B-ORG"),
            &parse("B-PER O O B-LOC O B-LOC"),
        );
        assert_eq!(
            scores.micro,
            Counts {
                correct: 1,
                predicted: 3,
                gold: 3
            }
        );
        assert_eq!(scores.kind(Kind::Loc).correct, 1);
    }
}
