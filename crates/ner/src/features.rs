//! Features of a token in its sentence, hashed to 32-bit keys: the word, its shape and
//! affixes, its neighbours, and what the lexicons and the training-data gazetteer say of it.

use std::collections::HashMap;

/// Hand-written lexicons, compiled in: (name, file text). See `data/lexicon/README.md`.
const LEXICON_FILES: &[(&str, &str)] = &[
    ("country", include_str!("../data/lexicon/country.txt")),
    ("demonym", include_str!("../data/lexicon/demonym.txt")),
    ("city", include_str!("../data/lexicon/city.txt")),
    ("region", include_str!("../data/lexicon/region.txt")),
    ("first_name", include_str!("../data/lexicon/first_name.txt")),
    (
        "person_title",
        include_str!("../data/lexicon/person_title.txt"),
    ),
    (
        "organisation_word",
        include_str!("../data/lexicon/organisation_word.txt"),
    ),
    (
        "location_word",
        include_str!("../data/lexicon/location_word.txt"),
    ),
];

/// Phrases (lower-cased tokens joined by one space) mapped to a bit set of categories.
#[derive(Debug, Clone, Default)]
pub struct PhraseTable {
    pub phrases: HashMap<String, u16>,
    pub max_words: usize,
}

impl PhraseTable {
    pub fn insert(&mut self, phrase: &str, categories: u16) {
        let words = phrase.split(' ').count();
        self.max_words = self.max_words.max(words);
        *self.phrases.entry(phrase.to_string()).or_insert(0) |= categories;
    }

    /// For each token, the categories of the longest phrase covering it (greedy, left to
    /// right, no overlaps) and whether the token opens that phrase.
    pub fn matches(&self, lower_tokens: &[String]) -> Vec<Option<(u16, bool)>> {
        let mut result = vec![None; lower_tokens.len()];
        let mut buffer = String::new();
        let mut index = 0;
        while index < lower_tokens.len() {
            let longest = self.max_words.min(lower_tokens.len() - index);
            let mut found = None;
            for words in (1..=longest).rev() {
                buffer.clear();
                for (offset, token) in lower_tokens[index..index + words].iter().enumerate() {
                    if offset > 0 {
                        buffer.push(' ');
                    }
                    buffer.push_str(token);
                }
                if let Some(&categories) = self.phrases.get(buffer.as_str()) {
                    found = Some((words, categories));
                    break;
                }
            }
            match found {
                Some((words, categories)) => {
                    for (offset, slot) in result[index..index + words].iter_mut().enumerate() {
                        *slot = Some((categories, offset == 0));
                    }
                    index += words;
                }
                None => index += 1,
            }
        }
        result
    }
}

/// The hand-written lexicons as one phrase table; bit `i` is `LEXICON_FILES[i]`.
pub fn hand_lexicons() -> PhraseTable {
    let mut table = PhraseTable::default();
    for (bit, (_, text)) in LEXICON_FILES.iter().enumerate() {
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            table.insert(&line.to_lowercase(), 1 << bit);
        }
    }
    table
}

/// What the training data says about words: which entity types each word and each whole
/// name appeared as (bit = `Kind::index`), and how often each word is capitalised when it is
/// not the first of its sentence (a bucket, 0 = unknown).
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub words: HashMap<String, u16>,
    pub names: PhraseTable,
    pub capitalisation: HashMap<String, u8>,
}

/// How each word is written across one document (an article), counted away from sentence
/// starts and headlines: a word written "japan" nowhere and "Japan" mid-sentence is a name
/// even where a headline or a sentence start hides its case.
#[derive(Debug, Clone, Default)]
pub struct DocumentFacts {
    /// Lower-cased word → (times capitalised, times lower-case).
    case_counts: HashMap<String, (u32, u32)>,
}

impl DocumentFacts {
    pub fn from_sentences(sentences: &[Vec<&str>]) -> DocumentFacts {
        let mut case_counts: HashMap<String, (u32, u32)> = HashMap::new();
        for tokens in sentences {
            if is_headline(tokens) {
                continue;
            }
            for token in tokens.iter().skip(1) {
                let Some(first) = token.chars().next() else {
                    continue;
                };
                if !first.is_alphabetic() || is_all_caps(token) {
                    continue;
                }
                let counts = case_counts.entry(token.to_lowercase()).or_default();
                if first.is_uppercase() {
                    counts.0 += 1;
                } else {
                    counts.1 += 1;
                }
            }
        }
        DocumentFacts { case_counts }
    }

    fn case_name(&self, lower: &str) -> &'static str {
        match self.case_counts.get(lower) {
            None => "unseen",
            Some((_, 0)) => "capitalised",
            Some((0, _)) => "lower",
            Some(_) => "both",
        }
    }
}

/// What the first stage tagged each word as across one document: lower-cased word →
/// counts of [outside, PER, ORG, LOC, MISC].
#[derive(Debug, Clone, Default)]
pub struct DocumentPredictions {
    counts: HashMap<String, [u32; 5]>,
    /// Whole names the first stage found in the document → bit set of their types.
    names: PhraseTable,
}

/// Outside (0) or 1 + the entity type of a BILOU tag index.
fn kind_slot(bilou: u8) -> usize {
    if bilou == 0 {
        0
    } else {
        1 + (bilou as usize - 1) / 4
    }
}

const SLOT_NAMES: [&str; 5] = ["O", "PER", "ORG", "LOC", "MISC"];
const BILOU_NAMES: [&str; 17] = [
    "O", "B-PER", "I-PER", "L-PER", "U-PER", "B-ORG", "I-ORG", "L-ORG", "U-ORG", "B-LOC", "I-LOC",
    "L-LOC", "U-LOC", "B-MISC", "I-MISC", "L-MISC", "U-MISC",
];

impl DocumentPredictions {
    pub fn from_first_pass(sentences: &[Vec<&str>], tags: &[Vec<u8>]) -> DocumentPredictions {
        let mut counts: HashMap<String, [u32; 5]> = HashMap::new();
        let mut names = PhraseTable::default();
        for (tokens, sentence_tags) in sentences.iter().zip(tags) {
            for chunk in crate::tags::chunks(&crate::tags::from_bilou(sentence_tags)) {
                let words: Vec<String> = tokens[chunk.start..chunk.end]
                    .iter()
                    .map(|token| token.to_lowercase())
                    .collect();
                names.insert(&words.join(" "), 1 << chunk.kind.index());
            }
            for (token, &tag) in tokens.iter().zip(sentence_tags) {
                // Only words that could be names are worth counting.
                if !token.chars().next().is_some_and(char::is_uppercase) {
                    continue;
                }
                counts.entry(token.to_lowercase()).or_default()[kind_slot(tag)] += 1;
            }
        }
        DocumentPredictions { counts, names }
    }
}

/// Append second-stage features to each token's keys: the first stage's tag of the token
/// and its neighbours, and what the first stage called the same word elsewhere in the
/// document (the token's own vote left out).
pub fn stacked_features(
    tokens: &[&str],
    first_pass: &[u8],
    predictions: &DocumentPredictions,
    keys: &mut [Vec<u32>],
) {
    let tag_name = |index: isize| -> &str {
        if index < 0 {
            SENTENCE_START
        } else if index as usize >= first_pass.len() {
            SENTENCE_END
        } else {
            BILOU_NAMES[first_pass[index as usize] as usize % BILOU_NAMES.len()]
        }
    };
    let lower_tokens: Vec<String> = tokens.iter().map(|token| token.to_lowercase()).collect();
    let name_matches = predictions.names.matches(&lower_tokens);
    for (index, token_keys) in keys.iter_mut().enumerate() {
        let position = index as isize;
        let mut add = |builder: KeyBuilder| token_keys.push(builder.finish());
        if let Some((kinds, opens)) = name_matches[index] {
            let part = if opens { "B" } else { "I" };
            for name in category_names(kinds, KIND_NAMES) {
                add(KeyBuilder::new("document_name").with(part).with(name));
            }
        }
        add(KeyBuilder::new("first_pass").with(tag_name(position)));
        add(KeyBuilder::new("first_pass_window")
            .with(tag_name(position - 1))
            .with(tag_name(position))
            .with(tag_name(position + 1)));
        let token = tokens[index];
        if !token.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let Some(counts) = predictions.counts.get(&token.to_lowercase()) else {
            continue;
        };
        let mut others = *counts;
        let own = kind_slot(first_pass.get(index).copied().unwrap_or(0));
        others[own] = others[own].saturating_sub(1);
        let total: u32 = others.iter().sum();
        if total == 0 {
            add(KeyBuilder::new("document_votes").with("alone"));
            continue;
        }
        let mut majority = 0;
        for slot in 1..others.len() {
            if others[slot] > others[majority] {
                majority = slot;
            }
        }
        add(KeyBuilder::new("document_votes").with(SLOT_NAMES[majority]));
        add(KeyBuilder::new("document_votes_with_own")
            .with(SLOT_NAMES[majority])
            .with(SLOT_NAMES[own]));
        for (slot, &count) in others.iter().enumerate() {
            if count > 0 {
                add(KeyBuilder::new("document_votes_any").with(SLOT_NAMES[slot]));
            }
        }
    }
}

/// Everything feature extraction reads besides the sentence itself.
#[derive(Debug, Clone)]
pub struct FeatureContext {
    pub lexicons: PhraseTable,
    pub gazetteer: Gazetteer,
}

/// A hashed feature under construction: FNV-1a over the template name and values.
struct KeyBuilder(u64);

impl KeyBuilder {
    fn new(template: &str) -> KeyBuilder {
        let mut builder = KeyBuilder(0xcbf2_9ce4_8422_2325);
        builder.bytes(template.as_bytes());
        builder
    }

    fn bytes(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn with(mut self, value: &str) -> KeyBuilder {
        // A separator byte that never occurs in UTF-8 keeps ("ab","c") apart from ("a","bc").
        self.bytes(&[0xff]);
        self.bytes(value.as_bytes());
        self
    }

    /// Fold to 32 bits; 0 is reserved for empty slots of the lookup table.
    fn finish(self) -> u32 {
        let folded = (self.0 ^ (self.0 >> 32)) as u32;
        folded.max(1)
    }
}

/// Per-token facts computed once per sentence and shared by the token's neighbours.
struct TokenFacts {
    lower: String,
    shape: String,
    short_shape: String,
}

/// Word shape: upper → X, lower → x, digit → d, other kept; runs longer than 4 cut to 4.
fn shape(token: &str) -> (String, String) {
    let mut long = String::new();
    let mut short = String::new();
    let mut previous = None;
    let mut run = 0;
    for character in token.chars() {
        let class = if character.is_uppercase() {
            'X'
        } else if character.is_lowercase() {
            'x'
        } else if character.is_ascii_digit() {
            'd'
        } else {
            character
        };
        if Some(class) == previous {
            run += 1;
        } else {
            run = 1;
            short.push(class);
        }
        if run <= 4 {
            long.push(class);
        }
        previous = Some(class);
    }
    (long, short)
}

/// Normalise a token for word features: lower-cased, digits folded to '0' so that years
/// and scores share statistics, and typographic quotes made straight, since CoNLL's Reuters
/// text has only straight ones while today's articles mostly use curly ones.
pub fn normalise(token: &str) -> String {
    token
        .chars()
        .flat_map(|character| character.to_lowercase())
        .map(|character| match character {
            '0'..='9' => '0',
            '‘' | '’' | '`' | '´' => '\'',
            '“' | '”' | '«' | '»' | '„' => '"',
            other => other,
        })
        .collect()
}

fn is_title_case(token: &str) -> bool {
    let mut characters = token.chars();
    characters.next().is_some_and(char::is_uppercase) && characters.any(char::is_lowercase)
}

fn is_all_caps(token: &str) -> bool {
    token.chars().any(char::is_alphabetic) && !token.chars().any(char::is_lowercase)
}

/// Bucket of how often a word is capitalised away from the start of a sentence.
pub fn capitalisation_bucket(capitalised: u32, lower: u32) -> u8 {
    let total = capitalised + lower;
    if total == 0 {
        return 0;
    }
    let share = f64::from(capitalised) / f64::from(total);
    let share_bucket = if share < 0.05 {
        1
    } else if share < 0.5 {
        2
    } else if share < 0.95 {
        3
    } else {
        4
    };
    // Rare words get their own buckets: one sighting says less than a hundred.
    if total < 3 {
        share_bucket + 4
    } else {
        share_bucket
    }
}

const SENTENCE_START: &str = "<s>";
const BUCKET_NAMES: [&str; 9] = ["0", "1", "2", "3", "4", "5", "6", "7", "8"];
const SENTENCE_END: &str = "</s>";

fn category_names<'a>(
    categories: u16,
    names: &'a [&'static str],
) -> impl Iterator<Item = &'static str> + 'a {
    names
        .iter()
        .enumerate()
        .filter(move |(bit, _)| categories & (1 << bit) != 0)
        .map(|(_, name)| *name)
}

const KIND_NAMES: &[&str] = &["PER", "ORG", "LOC", "MISC"];

fn lexicon_names() -> Vec<&'static str> {
    LEXICON_FILES.iter().map(|(name, _)| *name).collect()
}

/// Hashed feature keys of every token of a sentence, one list per token.
pub fn sentence_features(
    tokens: &[&str],
    context: &FeatureContext,
    document: &DocumentFacts,
) -> Vec<Vec<u32>> {
    let conll_tokens: Vec<std::borrow::Cow<str>> =
        tokens.iter().map(|token| conll_form(token)).collect();
    let tokens: Vec<&str> = conll_tokens.iter().map(|token| token.as_ref()).collect();
    let tokens = tokens.as_slice();
    let facts: Vec<TokenFacts> = tokens
        .iter()
        .map(|token| {
            let (shape, short_shape) = shape(token);
            TokenFacts {
                lower: normalise(token),
                shape,
                short_shape,
            }
        })
        .collect();
    let lower_tokens: Vec<String> = tokens
        .iter()
        .map(|token| {
            let lower = token.to_lowercase();
            if lower.is_ascii() {
                lower
            } else {
                lower.replace(['‘', '’'], "'").replace(['“', '”'], "\"")
            }
        })
        .collect();
    // Runs of capitalised tokens: the words just before and after a run say much about
    // what the run names ("X said", "X Inc", "in X").
    let capitalised_run = capitalised_runs(tokens);
    let lexicon_matches = context.lexicons.matches(&lower_tokens);
    let name_matches = context.gazetteer.names.matches(&lower_tokens);
    let lexicon_names = lexicon_names();
    // Headlines and sports tables are in capitals, and web headlines in Title Case; the
    // model needs to know it cannot trust capitalisation there.
    let headline = is_headline(tokens);
    let length_bucket = match tokens.len() {
        0..=2 => "1-2",
        3..=5 => "3-5",
        6..=12 => "6-12",
        _ => "13+",
    };

    let word_at = |index: isize| -> &str {
        if index < 0 {
            SENTENCE_START
        } else if index as usize >= tokens.len() {
            SENTENCE_END
        } else {
            &facts[index as usize].lower
        }
    };
    let short_shape_at = |index: isize| -> &str {
        if index < 0 {
            SENTENCE_START
        } else if index as usize >= tokens.len() {
            SENTENCE_END
        } else {
            &facts[index as usize].short_shape
        }
    };

    let mut result = Vec::with_capacity(tokens.len());
    for (index, token) in tokens.iter().enumerate() {
        let position = index as isize;
        let fact = &facts[index];
        let mut keys = Vec::with_capacity(64);
        let mut add = |builder: KeyBuilder| keys.push(builder.finish());

        add(KeyBuilder::new("bias"));
        add(KeyBuilder::new("word").with(&fact.lower));
        add(KeyBuilder::new("token").with(token));
        add(KeyBuilder::new("shape").with(&fact.shape));
        add(KeyBuilder::new("short_shape").with(&fact.short_shape));
        // Affixes as byte slices at char boundaries, to avoid building strings per token.
        let boundaries: Vec<usize> = fact
            .lower
            .char_indices()
            .map(|(at, _)| at)
            .chain(std::iter::once(fact.lower.len()))
            .collect();
        let character_count = boundaries.len() - 1;
        for length in 1..=4.min(character_count) {
            add(KeyBuilder::new("prefix").with(&fact.lower[..boundaries[length]]));
            add(KeyBuilder::new("suffix").with(&fact.lower[boundaries[character_count - length]..]));
        }
        let length_name = match character_count {
            0..=1 => "1",
            2..=3 => "2-3",
            4..=6 => "4-6",
            _ => "7+",
        };
        add(KeyBuilder::new("length").with(length_name));
        if index == 0 {
            add(KeyBuilder::new("first").with(&fact.short_shape));
        }
        if index + 1 == tokens.len() {
            add(KeyBuilder::new("last").with(&fact.short_shape));
        }
        add(KeyBuilder::new("sentence_length")
            .with(length_bucket)
            .with(&fact.short_shape));
        if headline {
            add(KeyBuilder::new("headline").with(&fact.short_shape));
            add(KeyBuilder::new("headline_word").with(&fact.lower));
        }
        if is_title_case(token) {
            add(KeyBuilder::new("title_case"));
        }
        if is_all_caps(token) {
            add(KeyBuilder::new("all_caps"));
        }
        if token.chars().any(|character| character.is_ascii_digit()) {
            add(KeyBuilder::new("has_digit"));
        }
        if token.contains('-') {
            add(KeyBuilder::new("hyphen"));
            // The parts of "Afghan-Pakistani" are often names on their own.
            for part in fact.lower.split('-').filter(|part| !part.is_empty()) {
                add(KeyBuilder::new("hyphen_part").with(part));
            }
        }
        if token.contains('.') {
            add(KeyBuilder::new("has_period"));
        }

        // Neighbouring words and shapes, and pairs of them.
        for (offset, offset_name) in [(-2isize, "-2"), (-1, "-1"), (1, "1"), (2, "2")] {
            add(KeyBuilder::new("word_at")
                .with(offset_name)
                .with(word_at(position + offset)));
            add(KeyBuilder::new("short_shape_at")
                .with(offset_name)
                .with(short_shape_at(position + offset)));
        }
        add(KeyBuilder::new("word_previous_pair")
            .with(word_at(position - 1))
            .with(&fact.lower));
        add(KeyBuilder::new("word_next_pair")
            .with(&fact.lower)
            .with(word_at(position + 1)));
        add(KeyBuilder::new("shape_window")
            .with(short_shape_at(position - 1))
            .with(&fact.short_shape)
            .with(short_shape_at(position + 1)));
        add(KeyBuilder::new("previous_word_shape")
            .with(word_at(position - 1))
            .with(&fact.short_shape));
        add(KeyBuilder::new("next_word_shape")
            .with(&fact.short_shape)
            .with(word_at(position + 1)));

        // How often this word is capitalised mid-sentence in the training text.
        let lower_token = &lower_tokens[index];
        let bucket = context
            .gazetteer
            .capitalisation
            .get(lower_token.as_str())
            .copied()
            .unwrap_or(0);
        add(KeyBuilder::new("capitalisation")
            .with(BUCKET_NAMES[bucket as usize % BUCKET_NAMES.len()])
            .with(&fact.short_shape));
        let document_case = document.case_name(lower_token);
        add(KeyBuilder::new("document_case")
            .with(document_case)
            .with(&fact.short_shape));
        if index == 0 || headline {
            add(KeyBuilder::new("document_case_unreliable").with(document_case));
        }
        if index == 0 || headline {
            add(KeyBuilder::new("capitalisation_unreliable")
                .with(BUCKET_NAMES[bucket as usize % BUCKET_NAMES.len()]));
        }

        // Lexicon phrases covering this token and its neighbours.
        if let Some((categories, opens)) = lexicon_matches[index] {
            let part = if opens { "B" } else { "I" };
            for name in category_names(categories, &lexicon_names) {
                add(KeyBuilder::new("lexicon").with(part).with(name));
                add(KeyBuilder::new("lexicon_shape")
                    .with(name)
                    .with(&fact.short_shape));
            }
        }
        for (offset, offset_name) in [(-1isize, "-1"), (1, "1")] {
            let neighbour = position + offset;
            if neighbour < 0 || neighbour as usize >= tokens.len() {
                continue;
            }
            if let Some((categories, _)) = lexicon_matches[neighbour as usize] {
                for name in category_names(categories, &lexicon_names) {
                    add(KeyBuilder::new("lexicon_at").with(offset_name).with(name));
                }
            }
        }

        // What the training data called this word and the name it sits in.
        if let Some(&kinds) = context.gazetteer.words.get(lower_token.as_str()) {
            for name in category_names(kinds, KIND_NAMES) {
                add(KeyBuilder::new("gazetteer_word").with(name));
            }
        }
        for (offset, offset_name) in [(-1isize, "-1"), (1, "1")] {
            let neighbour = position + offset;
            if neighbour < 0 || neighbour as usize >= tokens.len() {
                continue;
            }
            let neighbour_word = lower_tokens[neighbour as usize].as_str();
            if let Some(&kinds) = context.gazetteer.words.get(neighbour_word) {
                for name in category_names(kinds, KIND_NAMES) {
                    add(KeyBuilder::new("gazetteer_word_at")
                        .with(offset_name)
                        .with(name));
                }
            }
        }
        if let Some((kinds, opens)) = name_matches[index] {
            let part = if opens { "B" } else { "I" };
            for name in category_names(kinds, KIND_NAMES) {
                add(KeyBuilder::new("gazetteer_name").with(part).with(name));
            }
            add(KeyBuilder::new("gazetteer_name_set")
                .with(part)
                .with(&kinds.to_string()));
        }
        if let Some((run_start, run_end)) = capitalised_run[index] {
            let run_length = match run_end - run_start {
                1 => "1",
                2 => "2",
                3 => "3",
                _ => "4+",
            };
            add(KeyBuilder::new("run_length").with(run_length));
            add(KeyBuilder::new("run_before").with(word_at(run_start as isize - 1)));
            add(KeyBuilder::new("run_after").with(word_at(run_end as isize)));
            add(KeyBuilder::new("run_position")
                .with(if index == run_start { "first" } else { "later" })
                .with(if index + 1 == run_end { "last" } else { "more" }));
        }
        result.push(keys);
    }
    result
}

/// Small words that Title Case headlines leave in lower case.
pub const HEADLINE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "as",
    "from", "with", "into", "over", "after", "vs", "amid",
];

/// A token as CoNLL's Reuters text would have written it: typographic quotes, dashes and
/// ellipses in their ASCII forms, so features learnt from CoNLL apply to today's articles.
pub fn conll_form(token: &str) -> std::borrow::Cow<'_, str> {
    if token.is_ascii() {
        return std::borrow::Cow::Borrowed(token);
    }
    let mut form = String::with_capacity(token.len());
    for character in token.chars() {
        match character {
            '‘' | '’' | '´' => form.push('\''),
            '“' | '”' | '«' | '»' | '„' => form.push('"'),
            '—' => form.push_str("--"),
            '–' => form.push('-'),
            '…' => form.push_str("..."),
            other => form.push(other),
        }
    }
    std::borrow::Cow::Owned(form)
}

/// Whether a sentence reads as a headline: mostly ALL CAPS, or Title Case throughout
/// (at least three capitalised words and at most one in five content words lower-case).
pub fn is_headline(tokens: &[&str]) -> bool {
    let alphabetic: Vec<&str> = tokens
        .iter()
        .copied()
        .filter(|token| token.chars().any(char::is_alphabetic))
        .collect();
    if alphabetic.is_empty() {
        return false;
    }
    let all_caps = alphabetic.iter().filter(|token| is_all_caps(token)).count();
    if all_caps * 2 > alphabetic.len() {
        return true;
    }
    let content: Vec<&str> = alphabetic
        .iter()
        .copied()
        .filter(|token| {
            !HEADLINE_SMALL_WORDS
                .iter()
                .any(|small| small.eq_ignore_ascii_case(token))
        })
        .collect();
    let capitalised = content
        .iter()
        .filter(|token| token.chars().next().is_some_and(char::is_uppercase))
        .count();
    capitalised >= 3 && capitalised * 5 >= content.len() * 4
}

/// For each token, the token range of the run of capitalised words it belongs to, if any.
/// Lower-case "of", "and", "de" between capitalised words stay inside ("Bank of England").
fn capitalised_runs(tokens: &[&str]) -> Vec<Option<(usize, usize)>> {
    let starts_upper = |token: &str| token.chars().next().is_some_and(char::is_uppercase);
    let joiner = |token: &str| matches!(token, "of" | "and" | "de" | "for" | "the" | "&");
    let mut result = vec![None; tokens.len()];
    let mut index = 0;
    while index < tokens.len() {
        if !starts_upper(tokens[index]) {
            index += 1;
            continue;
        }
        let start = index;
        let mut end = index + 1;
        loop {
            if end < tokens.len() && starts_upper(tokens[end]) {
                end += 1;
            } else if end + 1 < tokens.len() && joiner(tokens[end]) && starts_upper(tokens[end + 1])
            {
                end += 2;
            } else {
                break;
            }
        }
        for slot in &mut result[start..end] {
            *slot = Some((start, end));
        }
        index = end;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_cap_runs() {
        assert_eq!(shape("Pakistan"), ("Xxxxx".to_string(), "Xx".to_string()));
        assert_eq!(
            shape("1996-08-22"),
            ("dddd-dd-dd".to_string(), "d-d-d".to_string())
        );
        assert_eq!(shape("U.S."), ("X.X.".to_string(), "X.X.".to_string()));
    }

    #[test]
    fn phrase_table_prefers_longest_match() {
        let mut table = PhraseTable::default();
        table.insert("new york", 1);
        table.insert("new york stock exchange", 2);
        table.insert("york", 4);
        let tokens: Vec<String> = ["the", "new", "york", "stock", "exchange", "york"]
            .iter()
            .map(|token| token.to_string())
            .collect();
        assert_eq!(
            table.matches(&tokens),
            vec![
                None,
                Some((2, true)),
                Some((2, false)),
                Some((2, false)),
                Some((2, false)),
                Some((4, true))
            ]
        );
    }
}
