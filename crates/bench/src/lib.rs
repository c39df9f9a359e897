//! Shared helpers for the benchmark commands in `src/bin/`.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

/// The value after `--name` on a benchmark's command line (`--name value`), if given.
pub fn option_value(arguments: &[String], name: &str) -> Option<String> {
    arguments
        .iter()
        .position(|argument| argument == name)
        .and_then(|at| arguments.get(at + 1))
        .cloned()
}

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("valid word pattern"));

/// WCXB's word overlap: `\w+` tokens lower-cased, multiset intersection; (precision, recall,
/// F1) of `predicted` against `truth`. An empty prediction of an empty truth scores 1.
pub fn word_overlap(predicted: &str, truth: &str) -> (f64, f64, f64) {
    let count = |text: &str| {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for word in WORD.find_iter(text) {
            *counts.entry(word.as_str().to_lowercase()).or_insert(0) += 1;
        }
        counts
    };
    let (predicted_counts, truth_counts) = (count(predicted), count(truth));
    let predicted_total: usize = predicted_counts.values().sum();
    let truth_total: usize = truth_counts.values().sum();
    if predicted_total == 0 && truth_total == 0 {
        return (1.0, 1.0, 1.0);
    }
    let shared: usize = predicted_counts
        .iter()
        .map(|(word, &n)| n.min(truth_counts.get(word).copied().unwrap_or(0)))
        .sum();
    let precision = if predicted_total == 0 {
        0.0
    } else {
        shared as f64 / predicted_total as f64
    };
    let recall = if truth_total == 0 {
        0.0
    } else {
        shared as f64 / truth_total as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (precision, recall, f1)
}

/// Percentile (0–100) of already sorted values.
pub fn percentile(sorted: &[f64], percent: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((percent / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}
