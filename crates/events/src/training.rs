//! Training and evaluating the event type classifier (`classifier.rs`): read PLOVER-labelled
//! sentences, fit a multinomial logistic regression by full-batch gradient descent (Adam) in a
//! fixed order with no randomness, write the model file, and score predictions (macro F1 and
//! per-type F1) by k-fold cross-validation or on a held-out half.
//!
//! Deterministic to the bit: features are counted and ordered by name, examples are visited in
//! file order, and the only transcendental function is the classifier's own `exp`, so the same
//! data and configuration give a byte-identical model file on any machine.

use crate::classifier::{argmax, event_of_label, sentence_features, softmax, TypeClassifier};
use crate::EventLexicon;
use std::collections::{BTreeMap, BTreeSet};

/// One training or test sentence with its PLOVER root label ("ASSAULT", "YIELD").
#[derive(Debug, Clone, PartialEq)]
pub struct LabelledSentence {
    pub sentence: String,
    pub label: String,
}

/// How the classifier is fitted. The defaults are what the shipped model uses; they were
/// chosen by cross-validation inside the even half of PLV_train only (see the crate README).
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingConfig {
    /// Gradient steps over the whole training set. More fits the training set closer.
    pub iterations: usize,
    /// Adam step size.
    pub learning_rate: f64,
    /// L2 penalty on the feature weights (not the biases): larger is smoother and less sure.
    pub l2: f64,
    /// A feature must occur in this many training sentences to get weights: fewer rare,
    /// noisy features and a smaller file.
    pub min_count: usize,
    /// Weigh each sentence by the inverse of its label's frequency, so rare types count as much
    /// as common ones (what macro F1 rewards).
    pub balanced: bool,
    /// Rows whose largest weight is below this (in model units, 1/1000) are left out of the
    /// file: they cannot move a prediction.
    pub prune_below: i64,
}

impl Default for TrainingConfig {
    fn default() -> TrainingConfig {
        TrainingConfig {
            iterations: 300,
            learning_rate: 0.05,
            l2: 0.002,
            min_count: 2,
            balanced: true,
            prune_below: 5,
        }
    }
}

/// Read zero-shot-plover's PLV_train.tsv: the `sentence` column and the `gold_root` label, in
/// file order. Rows without both are skipped.
pub fn read_plv(tsv: &str) -> Vec<LabelledSentence> {
    let mut lines = tsv.lines();
    let Some(header) = lines.next() else {
        return Vec::new();
    };
    let columns: Vec<&str> = header.split('\t').collect();
    let column = |name: &str| columns.iter().position(|column| column.trim() == name);
    let (Some(sentence_column), Some(label_column)) = (column("sentence"), column("gold_root"))
    else {
        return Vec::new();
    };
    lines
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let sentence = fields.get(sentence_column)?.trim();
            let label = fields.get(label_column)?.trim();
            (!sentence.is_empty() && event_of_label(label).is_some()).then(|| LabelledSentence {
                sentence: sentence.to_string(),
                label: label.to_string(),
            })
        })
        .collect()
}

/// The distinct feature names of a sentence, sorted.
fn feature_names(sentence: &str, lexicon: &EventLexicon) -> Vec<String> {
    let mut names = BTreeSet::new();
    sentence_features(sentence, lexicon, &mut |pieces| {
        names.insert(pieces.concat());
    });
    names.into_iter().collect()
}

/// Fit the classifier and return its model file (header, labels, bias, one line per feature).
pub fn train(
    examples: &[LabelledSentence],
    lexicon: &EventLexicon,
    config: &TrainingConfig,
) -> String {
    let labels: Vec<String> = examples
        .iter()
        .map(|example| example.label.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let n_labels = labels.len();
    let label_index: BTreeMap<&str, usize> = labels
        .iter()
        .enumerate()
        .map(|(index, label)| (label.as_str(), index))
        .collect();
    let names: Vec<Vec<String>> = examples
        .iter()
        .map(|example| feature_names(&example.sentence, lexicon))
        .collect();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for sentence in &names {
        for name in sentence {
            *counts.entry(name.as_str()).or_default() += 1;
        }
    }
    let vocabulary: Vec<&str> = counts
        .iter()
        .filter(|(_, &count)| count >= config.min_count)
        .map(|(name, _)| *name)
        .collect();
    let feature_index: BTreeMap<&str, usize> = vocabulary
        .iter()
        .enumerate()
        .map(|(index, name)| (*name, index))
        .collect();
    let rows: Vec<Vec<usize>> = names
        .iter()
        .map(|sentence| {
            sentence
                .iter()
                .filter_map(|name| feature_index.get(name.as_str()).copied())
                .collect()
        })
        .collect();
    let gold: Vec<usize> = examples
        .iter()
        .map(|example| label_index[example.label.as_str()])
        .collect();
    let mut label_counts = vec![0usize; n_labels];
    for &label in &gold {
        label_counts[label] += 1;
    }
    let example_weights: Vec<f64> = gold
        .iter()
        .map(|&label| {
            if config.balanced {
                examples.len() as f64 / (n_labels as f64 * label_counts[label] as f64)
            } else {
                1.0
            }
        })
        .collect();
    let total_weight: f64 = example_weights.iter().sum();

    // Parameters: the biases first, then one row of n_labels weights per feature.
    let n_parameters = n_labels * (vocabulary.len() + 1);
    let mut parameters = vec![0.0f64; n_parameters];
    let mut gradient = vec![0.0f64; n_parameters];
    let mut first_moment = vec![0.0f64; n_parameters];
    let mut second_moment = vec![0.0f64; n_parameters];
    let (beta1, beta2, epsilon) = (0.9f64, 0.999f64, 1e-8f64);
    let mut beta1_power = 1.0;
    let mut beta2_power = 1.0;
    let mut scores = vec![0.0f64; n_labels];
    for _ in 0..config.iterations {
        gradient.iter_mut().for_each(|value| *value = 0.0);
        for ((row, &label), &weight) in rows.iter().zip(&gold).zip(&example_weights) {
            scores.copy_from_slice(&parameters[..n_labels]);
            for &feature in row {
                let offset = (feature + 1) * n_labels;
                for (score, parameter) in scores.iter_mut().zip(&parameters[offset..]) {
                    *score += parameter;
                }
            }
            let probabilities = softmax(&scores);
            for (index, probability) in probabilities.iter().enumerate() {
                let target = if index == label { 1.0 } else { 0.0 };
                let step = weight * (probability - target) / total_weight;
                gradient[index] += step;
                for &feature in row {
                    gradient[(feature + 1) * n_labels + index] += step;
                }
            }
        }
        for (index, value) in gradient.iter_mut().enumerate().skip(n_labels) {
            *value += config.l2 * parameters[index];
        }
        beta1_power *= beta1;
        beta2_power *= beta2;
        for index in 0..n_parameters {
            let g = gradient[index];
            first_moment[index] = beta1 * first_moment[index] + (1.0 - beta1) * g;
            second_moment[index] = beta2 * second_moment[index] + (1.0 - beta2) * g * g;
            let corrected_first = first_moment[index] / (1.0 - beta1_power);
            let corrected_second = second_moment[index] / (1.0 - beta2_power);
            parameters[index] -=
                config.learning_rate * corrected_first / (corrected_second.sqrt() + epsilon);
        }
    }

    let quantize = |value: f64| (value * crate::classifier::WEIGHT_SCALE).round() as i64;
    let join = |values: &[f64]| {
        values
            .iter()
            .map(|&value| quantize(value).to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut file = String::new();
    file.push_str(MODEL_HEADER);
    file.push_str(&format!(
        "# config: iterations {} learning_rate {} l2 {} min_count {} balanced {} prune_below {}; {} training sentences\n",
        config.iterations,
        config.learning_rate,
        config.l2,
        config.min_count,
        config.balanced,
        config.prune_below,
        examples.len()
    ));
    file.push_str(&format!("labels\t{}\n", labels.join(" ")));
    file.push_str(&format!("bias\t{}\n", join(&parameters[..n_labels])));
    for (index, name) in vocabulary.iter().enumerate() {
        let offset = (index + 1) * n_labels;
        let row = &parameters[offset..offset + n_labels];
        if row
            .iter()
            .all(|&value| quantize(value).abs() < config.prune_below)
        {
            continue;
        }
        file.push_str(&format!("{name}\t{}\n", join(row)));
    }
    file
}

const MODEL_HEADER: &str = "\
# The event type classifier of sitrep's events crate (classifier.rs): a multinomial logistic
# regression over a sentence's words (w:), stems (s:), stem bigrams (b:), negated stems (n:)
# and the built-in trigger lexicon's hits (t: type, nt: negated type, tf: form).
# Columns: feature<TAB>one weight per label in the order of the labels line, integers in 1/1000.
# Trained by: cargo run --release -p events --example train_plover_classifier
# on zero-shot-plover/PLV_train.tsv (gold_root labels), which is distributed for research use
# only; these weights are derived from it (see crates/events/data/README.md).
";

/// Per-label and overall scores of predictions against gold labels.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    pub macro_f1: f64,
    pub accuracy: f64,
    /// (label, precision, recall, F1, gold count), by label name.
    pub per_label: Vec<(String, f64, f64, f64, usize)>,
    /// (gold, predicted) → count, for the mistakes.
    pub confusions: BTreeMap<(String, String), usize>,
}

impl Evaluation {
    pub fn lowest_f1(&self) -> f64 {
        self.per_label
            .iter()
            .map(|row| row.3)
            .fold(f64::INFINITY, f64::min)
    }
}

/// Macro F1 over the gold labels, accuracy, and per-label precision, recall and F1.
pub fn evaluate(gold: &[String], predicted: &[String]) -> Evaluation {
    let labels: BTreeSet<&str> = gold.iter().map(String::as_str).collect();
    let mut per_label = Vec::new();
    for label in labels {
        let tp = gold
            .iter()
            .zip(predicted)
            .filter(|(g, p)| *g == label && *p == label)
            .count() as f64;
        let n_predicted = predicted.iter().filter(|p| *p == label).count() as f64;
        let n_gold = gold.iter().filter(|g| *g == label).count();
        let precision = if n_predicted > 0.0 {
            tp / n_predicted
        } else {
            0.0
        };
        let recall = tp / n_gold as f64;
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        per_label.push((label.to_string(), precision, recall, f1, n_gold));
    }
    let macro_f1 = per_label.iter().map(|row| row.3).sum::<f64>() / per_label.len().max(1) as f64;
    let correct = gold.iter().zip(predicted).filter(|(g, p)| g == p).count();
    let mut confusions = BTreeMap::new();
    for (g, p) in gold.iter().zip(predicted) {
        if g != p {
            *confusions.entry((g.clone(), p.clone())).or_default() += 1;
        }
    }
    Evaluation {
        macro_f1,
        accuracy: correct as f64 / gold.len().max(1) as f64,
        per_label,
        confusions,
    }
}

/// Train on `train` and predict the label of every sentence of `test`.
pub fn train_and_predict(
    train_set: &[LabelledSentence],
    test_set: &[LabelledSentence],
    lexicon: &EventLexicon,
    config: &TrainingConfig,
) -> Vec<String> {
    let model =
        TypeClassifier::parse(&train(train_set, lexicon, config)).expect("a trained model parses");
    test_set
        .iter()
        .map(|example| {
            let scores = model.scores(&example.sentence, lexicon);
            model.labels()[argmax(&scores)].clone()
        })
        .collect()
}

/// The fold of every example in k-fold cross-validation: the index of the first example with
/// the same sentence, modulo k. Files sorted by label give every fold every label, and a
/// sentence listed twice (with another actor pair) never sits on both sides of a split.
pub fn folds(examples: &[LabelledSentence], k: usize) -> Vec<usize> {
    let mut first_index: BTreeMap<&str, usize> = BTreeMap::new();
    examples
        .iter()
        .enumerate()
        .map(|(index, example)| {
            *first_index
                .entry(example.sentence.as_str())
                .or_insert(index)
                % k
        })
        .collect()
}

/// k-fold cross-validation: each example's label predicted by a model trained on the other
/// folds only. Returns the predictions in example order.
pub fn cross_validate(
    examples: &[LabelledSentence],
    lexicon: &EventLexicon,
    config: &TrainingConfig,
    k: usize,
) -> Vec<String> {
    let mut predicted = vec![String::new(); examples.len()];
    let folds = folds(examples, k);
    for fold in 0..k {
        let (test_indexes, train_set): (Vec<usize>, Vec<LabelledSentence>) = {
            let test: Vec<usize> = (0..examples.len())
                .filter(|&index| folds[index] == fold)
                .collect();
            let train: Vec<LabelledSentence> = examples
                .iter()
                .zip(&folds)
                .filter(|(_, &example_fold)| example_fold != fold)
                .map(|(example, _)| example.clone())
                .collect();
            (test, train)
        };
        let test_set: Vec<LabelledSentence> = test_indexes
            .iter()
            .map(|&index| examples[index].clone())
            .collect();
        for (index, label) in test_indexes
            .iter()
            .zip(train_and_predict(&train_set, &test_set, lexicon, config))
        {
            predicted[*index] = label;
        }
    }
    predicted
}
