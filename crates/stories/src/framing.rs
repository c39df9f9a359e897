//! How each outlet frames a story: the labels it uses for the actors (from a lexicon), the
//! terms it uses more than the story's other outlets (log-odds with an informative Dirichlet
//! prior, Monroe, Colaresi and Quinn 2008), and whom it quotes and how often.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use model::{ActorLabel, Article, Entity, Framing, QuotedSpeaker};

use crate::words::{body_words, is_content_word};

/// Distinctive terms kept per outlet.
pub const MAX_DISTINCTIVE_TERMS: usize = 8;

/// z-score a term's log-odds must reach to be distinctive (1.96: two-sided 5%). Lower lists
/// chance differences; higher lists nothing for outlets that wrote one short article.
pub const MIN_DISTINCTIVE_Z: f64 = 1.96;

/// Times an outlet must use a term for it to be distinctive.
pub const MIN_DISTINCTIVE_COUNT: usize = 2;

/// Strength of the prior (the story's own word counts) in pseudo-counts per story word:
/// more shrinks rare terms' log-odds towards the story's average.
pub const PRIOR_PER_WORD: f64 = 0.1;

/// Bytes between an entity's name and a label that follows it ("Taliban fighters",
/// "TTP militants") for the label to stand for that entity.
pub const LABEL_AFTER_NAME_BYTES: usize = 2;

static LABELS: LazyLock<BTreeMap<&'static str, &'static str>> = LazyLock::new(|| {
    include_str!("../data/actor_labels.tsv")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .map(|(label, family)| (label.trim(), family.trim()))
        .collect()
});

/// The framing of each outlet of the story, by outlet name.
pub fn framing<'a>(
    articles: impl Iterator<Item = &'a Article>,
    entities: &[Entity],
) -> Vec<Framing> {
    let names: BTreeMap<&str, &str> = entities
        .iter()
        .map(|entity| (entity.id.as_str(), entity.name.as_str()))
        .collect();
    let mut by_outlet: BTreeMap<String, Vec<&Article>> = BTreeMap::new();
    for article in articles {
        by_outlet
            .entry(outlet_name(article))
            .or_default()
            .push(article);
    }
    let term_counts: BTreeMap<&String, BTreeMap<String, usize>> = by_outlet
        .iter()
        .map(|(outlet, articles)| {
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            for article in articles {
                for word in body_words(article) {
                    if is_content_word(&word.lower) && !word.lower.contains('\'') {
                        *counts.entry(word.lower).or_default() += 1;
                    }
                }
            }
            (outlet, counts)
        })
        .collect();
    let mut story_counts: BTreeMap<&str, usize> = BTreeMap::new();
    for counts in term_counts.values() {
        for (term, count) in counts {
            *story_counts.entry(term.as_str()).or_default() += count;
        }
    }
    by_outlet
        .iter()
        .map(|(outlet, articles)| Framing {
            outlet: outlet.clone(),
            labels: labels(articles, &names),
            distinctive_terms: if by_outlet.len() >= 2 {
                distinctive_terms(&term_counts[outlet], &story_counts)
            } else {
                Vec::new()
            },
            quoted: quoted(articles, &names),
        })
        .collect()
}

/// An article's outlet as framing names it: its name, else its domain, else "unknown outlet".
pub fn outlet_name(article: &Article) -> String {
    article
        .outlet
        .name
        .clone()
        .or_else(|| article.outlet.domain.clone())
        .unwrap_or_else(|| "unknown outlet".to_string())
}

fn labels(articles: &[&Article], names: &BTreeMap<&str, &str>) -> Vec<ActorLabel> {
    let mut counts: BTreeMap<(Option<String>, String), usize> = BTreeMap::new();
    for article in articles {
        let words = body_words(article);
        let mut index = 0;
        while index < words.len() {
            let two = words
                .get(index + 1)
                .map(|next| format!("{} {}", words[index].lower, next.lower));
            let (label, start, end, width) =
                match two.filter(|two| LABELS.contains_key(two.as_str())) {
                    Some(two) => (two, words[index].start, words[index + 1].end, 2),
                    None if LABELS.contains_key(words[index].lower.as_str()) => (
                        words[index].lower.clone(),
                        words[index].start,
                        words[index].end,
                        1,
                    ),
                    None => {
                        index += 1;
                        continue;
                    }
                };
            let entity = article
                .mentions
                .iter()
                .find(|mention| {
                    (mention.start <= start && mention.end >= end)
                        || (mention.end <= start && start - mention.end <= LABEL_AFTER_NAME_BYTES)
                })
                .and_then(|mention| mention.entity.clone());
            let entity = entity.map(|id| {
                names
                    .get(id.as_str())
                    .map_or(id.clone(), |name| name.to_string())
            });
            *counts.entry((entity, label)).or_default() += 1;
            index += width;
        }
    }
    let mut labels: Vec<ActorLabel> = counts
        .into_iter()
        .map(|((entity, label), count)| ActorLabel {
            entity,
            label,
            count,
        })
        .collect();
    labels.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.label.cmp(&b.label))
            .then_with(|| a.entity.cmp(&b.entity))
    });
    labels
}

fn distinctive_terms(
    outlet: &BTreeMap<String, usize>,
    story: &BTreeMap<&str, usize>,
) -> Vec<String> {
    let outlet_total: usize = outlet.values().sum();
    let story_total: usize = story.values().sum();
    let rest_total = story_total - outlet_total;
    let prior_total = PRIOR_PER_WORD * story.len() as f64;
    let mut scored: Vec<(f64, &String)> = outlet
        .iter()
        .filter(|(_, &count)| count >= MIN_DISTINCTIVE_COUNT)
        .map(|(term, &count)| {
            let prior = prior_total * story[term.as_str()] as f64 / story_total as f64;
            let in_outlet = count as f64;
            let in_rest = (story[term.as_str()] - count) as f64;
            let log_odds = |y: f64, n: f64| ((y + prior) / (n + prior_total - y - prior)).ln();
            let delta =
                log_odds(in_outlet, outlet_total as f64) - log_odds(in_rest, rest_total as f64);
            let variance = 1.0 / (in_outlet + prior) + 1.0 / (in_rest + prior);
            (delta / variance.sqrt(), term)
        })
        .filter(|(z, _)| *z >= MIN_DISTINCTIVE_Z)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(MAX_DISTINCTIVE_TERMS)
        .map(|(_, term)| term.clone())
        .collect()
}

fn quoted(articles: &[&Article], names: &BTreeMap<&str, &str>) -> Vec<QuotedSpeaker> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for article in articles {
        for quotation in &article.quotations {
            let speaker = quotation
                .speaker
                .as_deref()
                .map(|id| {
                    names
                        .get(id)
                        .map_or(id.to_string(), |name| name.to_string())
                })
                .or_else(|| quotation.speaker_text.clone());
            if let Some(speaker) = speaker {
                *counts.entry(speaker).or_default() += 1;
            }
        }
    }
    let mut quoted: Vec<QuotedSpeaker> = counts
        .into_iter()
        .map(|(speaker, count)| QuotedSpeaker { speaker, count })
        .collect();
    quoted.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.speaker.cmp(&b.speaker))
    });
    quoted
}
