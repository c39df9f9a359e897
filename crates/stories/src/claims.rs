//! Claims compared across a story's articles: figures (killed, injured, displaced, arrested,
//! missing, money) with their period, dates of the same happening to the same actor, and
//! attributions (who did an attack). Each is corroborated (two or more independent sources
//! agree — paraphrase allowed, as figures are compared by value and period by its resolved
//! days), single-source, or disputed (another value for the same thing), with the sentences
//! behind each side.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use model::{
    Approx, Article, Claim, ClaimId, ClaimKind, ClaimSubject, CountKind, DateMention, Event,
    Evidence, PloverEvent, StoryEvent,
};

use crate::cluster::day_number;
use crate::merge::event_days;
use crate::origins::Origins;
use crate::words::{stable_hash, words};

/// Share of the shorter of two periods they must have in common to be the same date: "the
/// 1990s" holds "the mid-1990s", but "the early 1990s" (1990–1993) and "the mid-1990s"
/// (1993–1996) share one year in four and disagree.
pub const SAME_DATE_OVERLAP: f64 = 0.5;

/// "about N" covers N ± this share.
pub const ABOUT_TOLERANCE: f64 = 0.1;

static FIGURE_NOUNS: LazyLock<BTreeMap<&'static str, &'static str>> =
    LazyLock::new(|| word_classes(include_str!("../data/figure_nouns.tsv")));
static DATE_CLAIM_VERBS: LazyLock<BTreeMap<&'static str, &'static str>> =
    LazyLock::new(|| word_classes(include_str!("../data/date_claim_verbs.tsv")));

fn word_classes(data: &'static str) -> BTreeMap<&'static str, &'static str> {
    data.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .map(|(word, class)| (word.trim(), class.trim()))
        .collect()
}

/// One statement of a value about a thing, by one sentence.
#[derive(Debug, Clone)]
struct Statement {
    /// What it is about (claims group statements by this).
    about: String,
    subject: ClaimSubject,
    /// The value as written ("more than 2,400", "the mid-1990s", "Pakistan").
    value_text: String,
    value: Value,
    evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq)]
enum Value {
    /// A number's interval.
    Number(f64, f64),
    /// A period as day numbers.
    Days(i32, i32),
    /// Who did it: actor names.
    Actors(BTreeSet<String>),
}

impl Value {
    fn agrees(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Number(a_low, a_high), Value::Number(b_low, b_high)) => {
                a_low <= b_high && b_low <= a_high
            }
            (Value::Days(a_start, a_end), Value::Days(b_start, b_end)) => {
                let overlap = (a_end.min(b_end) - a_start.max(b_start) + 1).max(0) as f64;
                let shorter = (a_end - a_start + 1).min(b_end - b_start + 1).max(1) as f64;
                overlap / shorter >= SAME_DATE_OVERLAP
            }
            (Value::Actors(a), Value::Actors(b)) => !a.is_disjoint(b),
            _ => false,
        }
    }
}

/// The story's claims, by subject then statement.
pub fn claims(
    articles: &BTreeMap<&str, &Article>,
    merged: &[StoryEvent],
    events: &[&Event],
    origins: &Origins,
) -> Vec<Claim> {
    let mut statements = Vec::new();
    for article in articles.values() {
        statements.extend(figure_statements(article));
        statements.extend(date_statements(article));
    }
    statements.extend(event_statements(merged, events));
    let mut by_about: BTreeMap<(ClaimSubject, String), Vec<Statement>> = BTreeMap::new();
    for statement in statements {
        by_about
            .entry((statement.subject, statement.about.clone()))
            .or_default()
            .push(statement);
    }
    by_about
        .into_values()
        .map(|mut group| {
            group.sort_by(|a, b| a.evidence.cmp(&b.evidence));
            compare(group, origins)
        })
        .collect()
}

/// Class one thing's statements: the value most independent sources give leads (ties to the
/// first in evidence order); statements agreeing with it support it, others dispute it.
fn compare(group: Vec<Statement>, origins: &Origins) -> Claim {
    let support_of = |leading: &Statement| {
        let agreeing: Vec<&Evidence> = group
            .iter()
            .filter(|other| leading.value.agrees(&other.value))
            .map(|other| &other.evidence)
            .collect();
        origins.count_independent(agreeing)
    };
    let mut leading = &group[0];
    let mut best = support_of(leading);
    for candidate in &group[1..] {
        let support = support_of(candidate);
        if support > best {
            leading = candidate;
            best = support;
        }
    }
    let mut supported_by = Vec::new();
    let mut disputed_by = Vec::new();
    for statement in &group {
        if leading.value.agrees(&statement.value) {
            supported_by.push(statement.evidence.clone());
        } else {
            disputed_by.push(statement.evidence.clone());
        }
    }
    supported_by.dedup();
    disputed_by.dedup();
    let n_independent = origins.count_independent(&supported_by);
    let kind = if !disputed_by.is_empty() {
        ClaimKind::Disputed
    } else if n_independent >= 2 {
        ClaimKind::Corroborated
    } else {
        ClaimKind::SingleSource
    };
    let mut statement = format!("{}: {}", leading.about, leading.value_text);
    if kind == ClaimKind::Disputed {
        let others: BTreeSet<&str> = group
            .iter()
            .filter(|other| !leading.value.agrees(&other.value))
            .map(|other| other.value_text.as_str())
            .collect();
        statement.push_str(" (also: ");
        statement.push_str(&others.into_iter().collect::<Vec<_>>().join("; "));
        statement.push(')');
    }
    Claim {
        id: ClaimId(format!(
            "claim-{:016x}",
            stable_hash(format!("{}|{}", leading.subject, leading.about).as_bytes())
        )),
        statement,
        about: leading.subject,
        kind,
        supported_by,
        disputed_by,
        n_independent,
    }
}

/// The evidence for a sentence of an article.
fn sentence_evidence(article: &Article, sentence: usize) -> Option<Evidence> {
    let range = article.sentences.get(sentence)?;
    Some(Evidence {
        article: article.id.clone(),
        text: article.text.get(range.start..range.end)?.to_string(),
        start: range.start,
        end: range.end,
        sentence,
    })
}

/// Figures with a period: a counted quantity and the resolved date nearest it in its sentence.
fn figure_statements(article: &Article) -> Vec<Statement> {
    article
        .quantities
        .iter()
        .filter_map(|quantity| {
            let what = match quantity.counts {
                CountKind::Killed => "killed",
                CountKind::Injured => "injured",
                CountKind::Displaced => "displaced",
                CountKind::Arrested => "arrested",
                CountKind::Missing => "missing",
                CountKind::Money => "money",
                _ => return None,
            };
            let period = nearest_period(article, quantity.sentence, quantity.start)?;
            let class = if quantity.counts == CountKind::Money {
                quantity.noun.clone().unwrap_or_default()
            } else {
                noun_class(quantity.noun.as_deref()).to_string()
            };
            let (low, high) = interval(quantity.low, quantity.high, quantity.approx);
            Some(Statement {
                about: format!(
                    "{what} ({class}), {}",
                    period_label(period.first_day.as_deref()?, period.last_day.as_deref()?)
                ),
                subject: ClaimSubject::Figure,
                value_text: quantity.text.clone(),
                value: Value::Number(low, high),
                evidence: sentence_evidence(article, quantity.sentence)?,
            })
        })
        .collect()
}

/// The resolved date of a sentence nearest to byte `offset`.
fn nearest_period(article: &Article, sentence: usize, offset: usize) -> Option<&DateMention> {
    article
        .dates
        .iter()
        .filter(|date| {
            date.sentence == sentence && date.first_day.is_some() && date.last_day.is_some()
        })
        .min_by_key(|date| (date.start as i64 - offset as i64).abs())
}

fn period_label(first: &str, last: &str) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}/{last}")
    }
}

fn noun_class(noun: Option<&str>) -> &'static str {
    noun.into_iter()
        .flat_map(|noun| noun.split_whitespace())
        .find_map(|word| FIGURE_NOUNS.get(word.to_lowercase().as_str()).copied())
        .unwrap_or("people")
}

/// The interval of values a hedged number allows.
fn interval(low: f64, high: f64, approx: Approx) -> (f64, f64) {
    match approx {
        Approx::Exact | Approx::Indefinite => (low, high),
        Approx::AtLeast | Approx::MoreThan => (low, f64::INFINITY),
        Approx::AtMost | Approx::LessThan => (0.0, high),
        Approx::About => (
            low * (1.0 - ABOUT_TOLERANCE),
            high * (1.0 + ABOUT_TOLERANCE),
        ),
    }
}

/// Dates of what happened to an actor: a verb of the lexicon, the entity named last before
/// it, and the year-or-coarser date nearest after it in the sentence.
fn date_statements(article: &Article) -> Vec<Statement> {
    let mut out = Vec::new();
    for (index, sentence) in article.sentences.iter().enumerate() {
        let Some(text) = article.text.get(sentence.start..sentence.end) else {
            continue;
        };
        for word in words(text) {
            let Some(class) = DATE_CLAIM_VERBS.get(word.lower.as_str()) else {
                continue;
            };
            let verb_at = sentence.start + word.start;
            let Some(subject) = article
                .mentions
                .iter()
                .filter(|mention| mention.sentence == index && mention.end <= verb_at)
                .filter(|mention| verb_at - mention.end <= 40)
                .max_by_key(|mention| mention.end)
                .and_then(|mention| mention.entity.clone().map(|entity| (entity, &mention.text)))
            else {
                continue;
            };
            let Some(date) = article
                .dates
                .iter()
                .filter(|date| date.sentence == index && date.start > verb_at)
                .filter(|date| {
                    matches!(
                        date.precision,
                        Some(
                            model::DatePrecision::Year
                                | model::DatePrecision::Decade
                                | model::DatePrecision::Century
                        )
                    )
                })
                .min_by_key(|date| date.start)
            else {
                continue;
            };
            let (Some(first), Some(last)) = (
                date.first_day.as_deref().and_then(day_number),
                date.last_day.as_deref().and_then(day_number),
            ) else {
                continue;
            };
            let Some(evidence) = sentence_evidence(article, index) else {
                continue;
            };
            out.push(Statement {
                about: format!("when {} ({}): {class}", subject.1, subject.0),
                subject: ClaimSubject::Date,
                value_text: date.text.clone(),
                value: Value::Days(first, last),
                evidence,
            });
        }
    }
    // One statement per sentence and thing.
    out.sort_by(|a, b| (&a.about, &a.evidence).cmp(&(&b.about, &b.evidence)));
    out.dedup_by(|a, b| a.about == b.about && a.evidence == b.evidence);
    out
}

/// Figures and attributions of merged events: the dead and injured each member report gives,
/// and who did attacks and coercion.
fn event_statements(merged: &[StoryEvent], events: &[&Event]) -> Vec<Statement> {
    let by_id: BTreeMap<&model::EventId, &Event> =
        events.iter().map(|event| (&event.id, *event)).collect();
    let mut out = Vec::new();
    for story_event in merged {
        let Some(first) = by_id.get(&story_event.id) else {
            continue;
        };
        // Only a dated event with a named target is a thing whose figures and authors two
        // reports can be said to agree or disagree on.
        let Some(day) =
            event_days(first.date.as_ref()).and_then(|_| first.date.as_ref()?.start.clone())
        else {
            continue;
        };
        let Some(target) = first.recipient.first().map(|actor| actor.name.clone()) else {
            continue;
        };
        let happening = format!("{} on {target}, {day}", story_event.event.as_str());
        for id in &story_event.members {
            let Some(event) = by_id.get(id) else { continue };
            let Some(evidence) = event.sources.first().cloned() else {
                continue;
            };
            for (what, figure) in [("killed", &event.dead), ("injured", &event.injured)] {
                if let Some(figure) = figure {
                    let (low, high) = interval(figure.low, figure.high, figure.approx);
                    out.push(Statement {
                        about: format!("{what} in {happening}"),
                        subject: ClaimSubject::Figure,
                        value_text: format_number(figure.low, figure.high, figure.approx),
                        value: Value::Number(low, high),
                        evidence: evidence.clone(),
                    });
                }
            }
            if matches!(
                story_event.event,
                PloverEvent::Assault | PloverEvent::Coerce
            ) && !event.actor.is_empty()
            {
                let names: BTreeSet<String> =
                    event.actor.iter().map(|actor| actor.name.clone()).collect();
                out.push(Statement {
                    about: format!("who did {happening}"),
                    subject: ClaimSubject::Attribution,
                    value_text: names.iter().cloned().collect::<Vec<_>>().join(", "),
                    value: Value::Actors(names),
                    evidence: evidence.clone(),
                });
            }
        }
    }
    out
}

fn format_number(low: f64, high: f64, approx: Approx) -> String {
    let number = if low == high {
        format!("{low}")
    } else {
        format!("{low}–{high}")
    };
    match approx {
        Approx::Exact | Approx::Indefinite => number,
        other => format!("{} {number}", other.to_string().replace('_', " ")),
    }
}
