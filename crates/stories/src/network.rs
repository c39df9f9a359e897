//! The actor system: a directed network of who acts on whom, aggregated from the story's
//! merged events (one real-world event counts once however many articles report it), and
//! dyad trends — each pair's events per month (per year for events dated only to a year or
//! coarser) by quad class with their mean cooperation–conflict score.
//!
//! An event whose sentence gives no date ("Pakistan launched airstrikes inside Kabul") is
//! placed when it was reported, as event datasets do: at the publication month of the earliest
//! article reporting it; when none of those has a publication date, at the story's latest
//! publication month, else at the year of the latest date any of the story's articles mentions
//! (they were written no earlier). Only events told as having happened are placed so
//! (asserted, claimed, alleged); undated background, denied, negated, hypothetical and future
//! events stay out of the trends, as they have no time of their own.

use std::collections::{BTreeMap, BTreeSet};

use model::{
    Article, DatePrecision, Dyad, Event, EventId, Modality, NetworkEdge, QuadClass, QuadCounts,
    StoryEvent,
};

/// What one merged event brings to the network.
struct Point<'a> {
    id: &'a EventId,
    sources: BTreeSet<&'a str>,
    targets: BTreeSet<&'a str>,
    score: f64,
    quad: QuadClass,
    /// First day, ISO 8601, and the period the event falls in.
    day: Option<String>,
    period: Option<String>,
}

/// The network's edges (by source, then target) and the dyads' points (by source, target,
/// period).
pub fn network(
    merged: &[StoryEvent],
    events: &[&Event],
    articles: &BTreeMap<&str, &Article>,
) -> (Vec<NetworkEdge>, Vec<Dyad>) {
    let by_id: BTreeMap<&EventId, &Event> =
        events.iter().map(|event| (&event.id, *event)).collect();
    let story_now = story_now(articles);
    let points: Vec<Point> = merged
        .iter()
        .filter_map(|story_event| {
            let members: Vec<&Event> = story_event
                .members
                .iter()
                .filter_map(|id| by_id.get(id).copied())
                .collect();
            let first = by_id
                .get(&story_event.id)
                .copied()
                .or(members.first().copied())?;
            let sources = members
                .iter()
                .flat_map(|event| event.actor.iter().map(|actor| actor.name.as_str()))
                .collect();
            let targets = members
                .iter()
                .flat_map(|event| event.recipient.iter().map(|actor| actor.name.as_str()))
                .collect();
            let score = members.iter().map(|event| event.score).sum::<f64>() / members.len() as f64;
            let (day, period) = match first.date.as_ref().and_then(|date| date.start.clone()) {
                Some(day) => {
                    let coarse = first
                        .date
                        .as_ref()
                        .and_then(|date| date.precision)
                        .is_some_and(|precision| {
                            matches!(
                                precision,
                                DatePrecision::Year
                                    | DatePrecision::Decade
                                    | DatePrecision::Century
                                    | DatePrecision::Range
                            )
                        });
                    let period = period_of(&day, coarse);
                    (Some(day), Some(period))
                }
                None => match reported_when(&members, articles, story_now.as_ref()) {
                    Some((day, coarse)) => {
                        let period = period_of(&day, coarse);
                        (Some(day), Some(period))
                    }
                    None => (None, None),
                },
            };
            Some(Point {
                id: &story_event.id,
                sources,
                targets,
                score,
                quad: first.quad,
                day,
                period,
            })
        })
        .collect();

    let mut edges: BTreeMap<(&str, &str), Vec<&Point>> = BTreeMap::new();
    let mut dyads: BTreeMap<(&str, &str, String), Vec<&Point>> = BTreeMap::new();
    for point in &points {
        for source in &point.sources {
            for target in &point.targets {
                if source == target {
                    continue;
                }
                edges.entry((source, target)).or_default().push(point);
                if let Some(period) = &point.period {
                    dyads
                        .entry((source, target, period.clone()))
                        .or_default()
                        .push(point);
                }
            }
        }
    }
    let network = edges
        .into_iter()
        .map(|((source, target), points)| NetworkEdge {
            source: source.to_string(),
            target: target.to_string(),
            n_events: points.len(),
            mean_score: mean_score(&points),
            first: points.iter().filter_map(|p| p.day.clone()).min(),
            last: points.iter().filter_map(|p| p.day.clone()).max(),
            events: sorted_ids(&points),
        })
        .collect();
    let dyads = dyads
        .into_iter()
        .map(|((source, target, period), points)| {
            let mut quad_counts = QuadCounts::default();
            for point in &points {
                quad_counts.add(point.quad);
            }
            Dyad {
                source: source.to_string(),
                target: target.to_string(),
                period,
                quad_counts,
                mean_score: mean_score(&points),
                events: sorted_ids(&points),
            }
        })
        .collect();
    (network, dyads)
}

/// "2025-10" for a month, "2025" when only the year is known.
fn period_of(day: &str, coarse: bool) -> String {
    day.chars().take(if coarse { 4 } else { 7 }).collect()
}

/// When an undated event was reported: the earliest publication date of the articles that
/// report it (month precision), else the story's [`story_now`]. `None` for events not told as
/// having happened.
fn reported_when(
    members: &[&Event],
    articles: &BTreeMap<&str, &Article>,
    story_now: Option<&(String, bool)>,
) -> Option<(String, bool)> {
    let happened = members.iter().any(|event| {
        matches!(
            event.modality,
            Modality::Asserted | Modality::Claimed | Modality::Alleged
        )
    });
    if !happened {
        return None;
    }
    let published = members
        .iter()
        .flat_map(|event| event.sources.iter())
        .filter_map(|source| articles.get(source.article.as_str()))
        .filter_map(|article| article.published.as_deref()?.get(..10))
        .min();
    match published {
        Some(day) => Some((day.to_string(), false)),
        None => story_now.cloned(),
    }
}

/// The story's present: its latest publication date (month precision), else the latest date
/// any of its articles mentions (year precision: they were written no earlier).
fn story_now(articles: &BTreeMap<&str, &Article>) -> Option<(String, bool)> {
    let published = articles
        .values()
        .filter_map(|article| article.published.as_deref()?.get(..10))
        .max();
    match published {
        Some(day) => Some((day.to_string(), false)),
        None => articles
            .values()
            .filter_map(|article| latest_mentioned_day(article))
            .max()
            .map(|day| (day, true)),
    }
}

/// The latest first day among an article's resolved dates, decades and centuries left out
/// ("the 1990s" says little about when it was written).
fn latest_mentioned_day(article: &Article) -> Option<String> {
    article
        .dates
        .iter()
        .filter(|date| {
            !matches!(
                date.precision,
                Some(DatePrecision::Decade | DatePrecision::Century)
            )
        })
        .filter_map(|date| date.first_day.clone())
        .max()
}

fn mean_score(points: &[&Point]) -> f64 {
    let mean = points.iter().map(|point| point.score).sum::<f64>() / points.len().max(1) as f64;
    (mean * 100.0).round() / 100.0
}

fn sorted_ids(points: &[&Point]) -> Vec<EventId> {
    let mut ids: Vec<EventId> = points.iter().map(|point| point.id.clone()).collect();
    ids.sort();
    ids.dedup();
    ids
}
