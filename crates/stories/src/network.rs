//! The actor system: a directed network of who acts on whom, aggregated from the story's
//! merged events (one real-world event counts once however many articles report it), and
//! dyad trends — each pair's events per month (per year for events dated only to a year or
//! coarser) by quad class with their mean cooperation–conflict score.

use std::collections::{BTreeMap, BTreeSet};

use model::{DatePrecision, Dyad, Event, EventId, NetworkEdge, QuadClass, QuadCounts, StoryEvent};

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
pub fn network(merged: &[StoryEvent], events: &[&Event]) -> (Vec<NetworkEdge>, Vec<Dyad>) {
    let by_id: BTreeMap<&EventId, &Event> =
        events.iter().map(|event| (&event.id, *event)).collect();
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
            let date = first.date.as_ref();
            let day = date.and_then(|date| date.start.clone());
            let period = day.as_deref().map(|day| {
                let coarse = date
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
                if coarse {
                    day.chars().take(4).collect()
                } else {
                    day.chars().take(7).collect()
                }
            });
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
