//! Grouping sentences that say the same thing in nearly the same words, so a report states a
//! fact once and cites every article that carries it (copies, rewrites and wire reruns).

use std::collections::BTreeMap;

/// Share of distinct content words (Jaccard) two sentences must have in common to count as one
/// statement. Lower merges sentences that differ in a figure or a name (two different claims
/// cited as one); higher leaves light rewrites ("said on Sunday" / "said Sunday") apart, so the
/// report repeats itself.
pub const SAME_STATEMENT_JACCARD: f64 = 0.6;

/// Words too common to tell two statements apart.
const STOP_WORDS: &[&str] = &[
    "about", "after", "also", "and", "are", "been", "but", "for", "from", "had", "has", "have",
    "her", "his", "into", "its", "not", "one", "over", "said", "says", "she", "than", "that",
    "the", "their", "them", "there", "they", "this", "two", "was", "were", "what", "when", "which",
    "who", "will", "with", "would",
];

/// A sentence's content words: lower-cased letters-and-digits runs of three or more characters
/// (any figure, however short: "23" and "58" keep two claims apart), minus stop words; sorted,
/// each once.
pub fn content_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| {
            !word.is_empty()
                && (word.chars().all(|c| c.is_ascii_digit()) || word.chars().count() >= 3)
        })
        .map(str::to_lowercase)
        .filter(|word| !STOP_WORDS.contains(&word.as_str()))
        .collect();
    words.sort();
    words.dedup();
    words
}

/// Jaccard similarity of two sorted, distinct word lists.
pub fn jaccard(first: &[String], second: &[String]) -> f64 {
    if first.is_empty() && second.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < first.len() && j < second.len() {
        match first[i].cmp(&second[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared as f64 / (first.len() + second.len() - shared) as f64
}

/// True when two sentences (as [`content_words`]) say the same thing: they share
/// [`SAME_STATEMENT_JACCARD`] of their words and give the same figures. A different figure is
/// a different claim ("killed 10" and "killed 15"), however alike the rest.
pub fn same_statement(first: &[String], second: &[String]) -> bool {
    let figures = |words: &[String]| -> Vec<String> {
        words
            .iter()
            .filter(|word| word.chars().all(|c| c.is_ascii_digit()))
            .cloned()
            .collect()
    };
    jaccard(first, second) >= SAME_STATEMENT_JACCARD && figures(first) == figures(second)
}

/// Group sentences (given as [`content_words`]) saying the same thing: returns each sentence's
/// group number, groups numbered in the order of their first sentence. A sentence joins the
/// lowest-numbered group whose first sentence it is [`same_statement`] as.
///
/// Only pairs sharing a word of both sentences' rare-word prefixes are compared (prefix
/// filtering: with words ordered by how many sentences hold them, two word sets at Jaccard ≥ t
/// always share one of the first `n - ceil(t·n) + 1` words of each), so the cost grows with
/// the pairs that could match, not with the square of the sentences.
pub fn group_similar(sentences: &[Vec<String>]) -> Vec<usize> {
    let mut frequency: BTreeMap<&str, usize> = BTreeMap::new();
    for words in sentences {
        for word in words {
            *frequency.entry(word.as_str()).or_default() += 1;
        }
    }
    let prefix = |words: &[String]| -> Vec<usize> {
        let mut order: Vec<usize> = (0..words.len()).collect();
        order.sort_by_key(|&index| (frequency[words[index].as_str()], index));
        let keep = words.len() + 1 - (SAME_STATEMENT_JACCARD * words.len() as f64).ceil() as usize;
        order.truncate(keep.min(words.len()));
        order
    };
    let mut group_of = Vec::with_capacity(sentences.len());
    let mut first_sentence_of_group: Vec<usize> = Vec::new();
    let mut groups_by_word: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, words) in sentences.iter().enumerate() {
        let probe = prefix(words);
        let mut candidates: Vec<usize> = probe
            .iter()
            .flat_map(|&word| {
                groups_by_word
                    .get(words[word].as_str())
                    .into_iter()
                    .flatten()
            })
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let found = candidates
            .into_iter()
            .find(|&group| same_statement(words, &sentences[first_sentence_of_group[group]]));
        let group = match found {
            Some(group) => group,
            None => {
                let group = first_sentence_of_group.len();
                first_sentence_of_group.push(index);
                for word in probe {
                    groups_by_word
                        .entry(words[word].as_str())
                        .or_default()
                        .push(group);
                }
                group
            }
        };
        group_of.push(group);
    }
    group_of
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(texts: &[&str]) -> Vec<usize> {
        let words: Vec<Vec<String>> = texts.iter().map(|text| content_words(text)).collect();
        group_similar(&words)
    }

    #[test]
    fn rewrites_group_and_different_figures_do_not() {
        assert_eq!(
            groups(&[
                "Pakistan said 23 of its soldiers were killed in the border clashes on Sunday.",
                "The Taliban said 58 Pakistani soldiers were killed in the border clashes.",
                "Pakistan said 25 of its soldiers were killed in the border clashes on Sunday.",
                "Pakistan said 23 of its soldiers were killed in border clashes on Sunday, officials added.",
                "A cold snap is expected in the valleys.",
            ]),
            vec![0, 1, 2, 0, 3]
        );
    }

    #[test]
    fn empty_sentences_stay_apart_from_real_ones() {
        assert_eq!(groups(&["", "The talks resumed in Doha."]), vec![0, 1]);
    }
}
