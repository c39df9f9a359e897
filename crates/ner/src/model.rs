//! The trained tagger: feature weights per BILOU tag, tag-to-tag transition weights, the
//! training-data gazetteer, Viterbi decoding, and the compact file the weights live in.

use std::collections::HashMap;
use std::io::{Read, Write};

use crate::features::{
    hand_lexicons, sentence_features, stacked_features, DocumentFacts, DocumentPredictions,
    FeatureContext, Gazetteer,
};
use crate::tags::{end_allowed, from_bilou, transition_allowed, Tag, N_TAGS};

/// Start of every model file, so a wrong file is refused rather than misread.
const MAGIC: &[u8; 8] = b"SRNER02\0";

/// A trained tagger, ready to tag sentences. The first stage tags each sentence from its
/// own features; the second, if present, also sees what the first stage said about the
/// same words elsewhere in the document ("Sharif" alone is a person if "Nawaz Sharif" was).
#[derive(Debug, Clone)]
pub struct Tagger {
    pub(crate) stages: Vec<Stage>,
    pub(crate) context: FeatureContext,
}

/// The weights of one stage: features per BILOU tag and tag-to-tag transitions.
#[derive(Debug, Clone)]
pub(crate) struct Stage {
    pub(crate) weights: FeatureWeights,
    /// Weight of each tag opening a sentence.
    pub(crate) start: [f32; N_TAGS],
    /// `transitions[previous][next]`.
    pub(crate) transitions: [[f32; N_TAGS]; N_TAGS],
}

impl Stage {
    pub(crate) fn empty() -> Stage {
        Stage {
            weights: FeatureWeights::default(),
            start: [0.0; N_TAGS],
            transitions: [[0.0; N_TAGS]; N_TAGS],
        }
    }

    /// The best BILOU tags for one sentence given its tokens' feature keys.
    pub(crate) fn decode(&self, features: &[Vec<u32>]) -> Vec<u8> {
        let emissions: Vec<[f32; N_TAGS]> = features
            .iter()
            .map(|keys| {
                let mut scores = [0f32; N_TAGS];
                for &key in keys {
                    if let Some(row) = self.weights.row(key) {
                        for (score, weight) in scores.iter_mut().zip(row) {
                            *score += weight;
                        }
                    }
                }
                scores
            })
            .collect();
        viterbi(&emissions, &self.start, &self.transitions)
    }
}

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("the model file is not gzip data: {0}")]
    Compression(#[from] std::io::Error),
    #[error("the model file does not start with the sitrep NER magic bytes")]
    Magic,
    #[error("the model file ends early or is malformed at byte {0}")]
    Truncated(usize),
    #[error("the model file was written for {0} tags, this tagger has {N_TAGS}")]
    TagCount(u32),
}

/// Weights of hashed features: an open-addressing table from feature key to a row of
/// `N_TAGS` weights. Keys are already hashes, so their low bits pick the slot.
#[derive(Debug, Clone, Default)]
pub(crate) struct FeatureWeights {
    /// (key, row index) pairs side by side, so a probe touches one cache line.
    slots: Vec<(u32, u32)>,
    pub(crate) weights: Vec<f32>,
}

impl FeatureWeights {
    pub(crate) fn from_rows(rows: &[(u32, [f32; N_TAGS])]) -> FeatureWeights {
        let capacity = (rows.len() * 2).next_power_of_two().max(16);
        let mut table = FeatureWeights {
            slots: vec![(0, 0); capacity],
            weights: Vec::with_capacity(rows.len() * N_TAGS),
        };
        for (row_index, (key, row)) in rows.iter().enumerate() {
            let mut slot = *key as usize & (capacity - 1);
            while table.slots[slot].0 != 0 {
                slot = (slot + 1) & (capacity - 1);
            }
            table.slots[slot] = (*key, row_index as u32);
            table.weights.extend_from_slice(row);
        }
        table
    }

    pub(crate) fn row(&self, key: u32) -> Option<&[f32]> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut slot = key as usize & mask;
        loop {
            let (found, row_index) = self.slots[slot];
            if found == key {
                let start = row_index as usize * N_TAGS;
                return Some(&self.weights[start..start + N_TAGS]);
            }
            if found == 0 {
                return None;
            }
            slot = (slot + 1) & mask;
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.weights.len() / N_TAGS
    }
}

impl Tagger {
    /// BIO tags for the tokens of one sentence, taken as a document of its own.
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        let sentences = [tokens.to_vec()];
        self.tag_document(&sentences).pop().unwrap_or_default()
    }

    /// BIO tags for every sentence of one document (an article): how a word is written
    /// and tagged elsewhere in the document informs its tag where the sentence alone is
    /// not enough.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
        self.tag_document_bilou(sentences)
            .iter()
            .map(|tags| from_bilou(tags))
            .collect()
    }

    /// `tag_document` in BILOU tag indices, after every stage.
    pub(crate) fn tag_document_bilou(&self, sentences: &[Vec<&str>]) -> Vec<Vec<u8>> {
        let document = DocumentFacts::from_sentences(sentences);
        let mut features: Vec<Vec<Vec<u32>>> = sentences
            .iter()
            .map(|tokens| sentence_features(tokens, &self.context, &document))
            .collect();
        let Some((first, later)) = self.stages.split_first() else {
            return sentences
                .iter()
                .map(|tokens| vec![0; tokens.len()])
                .collect();
        };
        let mut tags: Vec<Vec<u8>> = features.iter().map(|keys| first.decode(keys)).collect();
        for stage in later {
            let predictions = DocumentPredictions::from_first_pass(sentences, &tags);
            for ((tokens, keys), first_pass) in sentences.iter().zip(&mut features).zip(&tags) {
                stacked_features(tokens, first_pass, &predictions, keys);
            }
            tags = features.iter().map(|keys| stage.decode(keys)).collect();
        }
        tags
    }

    /// Number of features with weights, for reports.
    pub fn feature_count(&self) -> usize {
        self.stages.iter().map(|stage| stage.weights.len()).sum()
    }
}

/// The best-scoring BILOU sequence that never breaks a name (no "I" without a "B" before it).
pub(crate) fn viterbi(
    emissions: &[[f32; N_TAGS]],
    start: &[f32; N_TAGS],
    transitions: &[[f32; N_TAGS]; N_TAGS],
) -> Vec<u8> {
    if emissions.is_empty() {
        return Vec::new();
    }
    let allowed = allowed_transitions();
    let mut scores = [f32::NEG_INFINITY; N_TAGS];
    for tag in 0..N_TAGS {
        if transition_allowed(None, tag as u8) {
            scores[tag] = start[tag] + emissions[0][tag];
        }
    }
    let mut back_pointers: Vec<[u8; N_TAGS]> = Vec::with_capacity(emissions.len());
    back_pointers.push([0; N_TAGS]);
    for emission in &emissions[1..] {
        let mut next_scores = [f32::NEG_INFINITY; N_TAGS];
        let mut pointers = [0u8; N_TAGS];
        for next in 0..N_TAGS {
            let mut best = f32::NEG_INFINITY;
            let mut best_previous = 0u8;
            for previous in 0..N_TAGS {
                if !allowed[previous][next] || scores[previous] == f32::NEG_INFINITY {
                    continue;
                }
                let candidate = scores[previous] + transitions[previous][next];
                if candidate > best {
                    best = candidate;
                    best_previous = previous as u8;
                }
            }
            next_scores[next] = best + emission[next];
            pointers[next] = best_previous;
        }
        scores = next_scores;
        back_pointers.push(pointers);
    }
    let mut best_last = 0u8;
    let mut best_score = f32::NEG_INFINITY;
    for (tag, &score) in scores.iter().enumerate() {
        if end_allowed(tag as u8) && score > best_score {
            best_score = score;
            best_last = tag as u8;
        }
    }
    let mut path = vec![0u8; emissions.len()];
    path[emissions.len() - 1] = best_last;
    for index in (1..emissions.len()).rev() {
        path[index - 1] = back_pointers[index][path[index] as usize];
    }
    path
}

fn allowed_transitions() -> [[bool; N_TAGS]; N_TAGS] {
    let mut allowed = [[false; N_TAGS]; N_TAGS];
    for (previous, row) in allowed.iter_mut().enumerate() {
        for (next, slot) in row.iter_mut().enumerate() {
            *slot = transition_allowed(Some(previous as u8), next as u8);
        }
    }
    allowed
}

/// Write a tagger as a gzip-compressed model file. Feature weights are quantised to 16 bits
/// with one scale for the whole model; weights that round to zero are left out.
pub fn encode(tagger: &Tagger) -> Vec<u8> {
    let mut bytes = Vec::new();
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&(N_TAGS as u32).to_le_bytes());
    bytes.extend_from_slice(&(tagger.stages.len() as u32).to_le_bytes());
    for stage in &tagger.stages {
        encode_stage(stage, &mut bytes);
    }
    let gazetteer = &tagger.context.gazetteer;
    write_text(&mut bytes, &sorted_lines(&gazetteer.words));
    write_text(&mut bytes, &sorted_lines(&gazetteer.names.phrases));
    write_text(&mut bytes, &sorted_lines(&gazetteer.capitalisation));

    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(&bytes)
        .expect("writing to a Vec cannot fail");
    encoder.finish().expect("writing to a Vec cannot fail")
}

fn encode_stage(stage: &Stage, bytes: &mut Vec<u8>) {
    for weight in &stage.start {
        bytes.extend_from_slice(&weight.to_le_bytes());
    }
    for row in &stage.transitions {
        for weight in row {
            bytes.extend_from_slice(&weight.to_le_bytes());
        }
    }
    let weights = &stage.weights;
    let largest = weights
        .weights
        .iter()
        .fold(0f32, |largest, weight| largest.max(weight.abs()));
    let scale = if largest > 0.0 {
        largest / 32767.0
    } else {
        1.0
    };
    bytes.extend_from_slice(&scale.to_le_bytes());
    let mut keyed_rows: Vec<(u32, Vec<(u8, i16)>)> = Vec::new();
    for &(key, row_index) in &weights.slots {
        if key == 0 {
            continue;
        }
        let start = row_index as usize * N_TAGS;
        let quantised: Vec<(u8, i16)> = weights.weights[start..start + N_TAGS]
            .iter()
            .enumerate()
            .map(|(tag, weight)| (tag as u8, (weight / scale).round() as i16))
            .filter(|(_, weight)| *weight != 0)
            .collect();
        if !quantised.is_empty() {
            keyed_rows.push((key, quantised));
        }
    }
    keyed_rows.sort_by_key(|(key, _)| *key);
    bytes.extend_from_slice(&(keyed_rows.len() as u32).to_le_bytes());
    let mut previous_key = 0u32;
    for (key, _) in &keyed_rows {
        write_varint(bytes, key - previous_key);
        previous_key = *key;
    }
    for (_, row) in &keyed_rows {
        bytes.push(row.len() as u8);
        for (tag, weight) in row {
            bytes.push(*tag);
            bytes.extend_from_slice(&weight.to_le_bytes());
        }
    }
}

/// Read a model file written by `encode`.
pub fn decode(file: &[u8]) -> Result<Tagger, ModelError> {
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file).read_to_end(&mut bytes)?;
    let mut reader = Reader {
        bytes: &bytes,
        at: 0,
    };
    if reader.take(MAGIC.len())? != MAGIC {
        return Err(ModelError::Magic);
    }
    let tag_count = reader.u32()?;
    if tag_count as usize != N_TAGS {
        return Err(ModelError::TagCount(tag_count));
    }
    let stage_count = reader.u32()?;
    let mut stages = Vec::new();
    for _ in 0..stage_count {
        stages.push(decode_stage(&mut reader)?);
    }
    let mut gazetteer = Gazetteer::default();
    for (word, value) in reader.lines()? {
        gazetteer.words.insert(word, value as u16);
    }
    for (phrase, value) in reader.lines()? {
        gazetteer.names.insert(&phrase, value as u16);
    }
    for (word, value) in reader.lines()? {
        gazetteer.capitalisation.insert(word, value as u8);
    }
    Ok(Tagger {
        stages,
        context: FeatureContext {
            lexicons: hand_lexicons(),
            gazetteer,
        },
    })
}

fn decode_stage(reader: &mut Reader) -> Result<Stage, ModelError> {
    let mut start = [0f32; N_TAGS];
    for weight in &mut start {
        *weight = reader.f32()?;
    }
    let mut transitions = [[0f32; N_TAGS]; N_TAGS];
    for row in &mut transitions {
        for weight in row {
            *weight = reader.f32()?;
        }
    }
    let scale = reader.f32()?;
    let feature_count = reader.u32()? as usize;
    // A corrupt count must not make us reserve gigabytes before failing.
    let mut keys = Vec::with_capacity(feature_count.min(reader.bytes.len()));
    let mut key = 0u32;
    for _ in 0..feature_count {
        key = key.wrapping_add(reader.varint()?);
        keys.push(key);
    }
    let mut rows = Vec::with_capacity(keys.len());
    for key in keys {
        let mut row = [0f32; N_TAGS];
        let entries = reader.take(1)?[0];
        for _ in 0..entries {
            let tag = reader.take(1)?[0] as usize;
            let weight = i16::from_le_bytes([reader.take(1)?[0], reader.take(1)?[0]]);
            if tag >= N_TAGS {
                return Err(ModelError::Truncated(reader.at));
            }
            row[tag] = f32::from(weight) * scale;
        }
        rows.push((key, row));
    }
    Ok(Stage {
        weights: FeatureWeights::from_rows(&rows),
        start,
        transitions,
    })
}

/// `key\tvalue` lines sorted by key, so the file is the same whatever the hash order.
fn sorted_lines<V: Copy + Into<u32>>(map: &HashMap<String, V>) -> String {
    let mut entries: Vec<(&String, u32)> = map
        .iter()
        .map(|(key, value)| (key, (*value).into()))
        .collect();
    entries.sort();
    let mut text = String::new();
    for (key, value) in entries {
        // Tabs and newlines never occur inside CoNLL tokens; skip any that would break a line.
        if key.contains(['\t', '\n']) {
            continue;
        }
        text.push_str(key);
        text.push('\t');
        text.push_str(&value.to_string());
        text.push('\n');
    }
    text
}

fn write_text(bytes: &mut Vec<u8>, text: &str) {
    bytes.extend_from_slice(&(text.len() as u32).to_le_bytes());
    bytes.extend_from_slice(text.as_bytes());
}

fn write_varint(bytes: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        bytes.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    bytes.push(value as u8);
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, count: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .at
            .checked_add(count)
            .filter(|end| *end <= self.bytes.len())
            .ok_or(ModelError::Truncated(self.at))?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        let bytes = self.take(4)?;
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }

    fn varint(&mut self) -> Result<u32, ModelError> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = self.take(1)?[0];
            value |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ModelError::Truncated(self.at))
    }

    fn lines(&mut self) -> Result<Vec<(String, u32)>, ModelError> {
        let length = self.u32()? as usize;
        let at = self.at;
        let text =
            std::str::from_utf8(self.take(length)?).map_err(|_| ModelError::Truncated(at))?;
        let mut result = Vec::new();
        for line in text.lines() {
            let (key, value) = line.split_once('\t').ok_or(ModelError::Truncated(at))?;
            let value = value.parse().map_err(|_| ModelError::Truncated(at))?;
            result.push((key.to_string(), value));
        }
        Ok(result)
    }
}
