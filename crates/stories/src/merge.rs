//! One event, many sources: events read from different articles (or sentences) that describe
//! the same real-world event — the same type, compatible actors, recipients and place, dates
//! within a few days — become one story event with every source and a count of independent
//! ones.

use model::{Actor, Event, EventDate, EventId, Modality, StoryEvent};

use crate::cluster::day_number;
use crate::origins::Origins;

/// Days apart two reports' dates may be and still be one event (reports date an overnight
/// strike to either day; "this week" spans seven). Wider merges separate strikes of one
/// campaign; narrower splits one event whose reports disagree on the day.
pub const SAME_EVENT_DAYS: i32 = 2;

/// Merge the story's events. Events are read by date (undated last), then id; each joins the
/// first story event it is compatible with, else starts one. Negated and hypothetical events
/// are left out (they did not happen).
pub fn merge_events(events: &[&Event], origins: &Origins) -> Vec<StoryEvent> {
    let mut sorted: Vec<&Event> = events
        .iter()
        .copied()
        .filter(|event| !matches!(event.modality, Modality::Negated | Modality::Hypothetical))
        .collect();
    sorted.sort_by(|a, b| {
        let key = |event: &Event| {
            let day = event_days(event.date.as_ref()).map(|(start, _)| start);
            (day.is_none(), day)
        };
        key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
    });
    let mut groups: Vec<Vec<&Event>> = Vec::new();
    for event in sorted {
        match groups
            .iter_mut()
            .find(|group| group.iter().all(|member| same_event(member, event)))
        {
            Some(group) => group.push(event),
            None => groups.push(vec![event]),
        }
    }
    groups
        .into_iter()
        .map(|group| {
            let mut sources: Vec<_> = group
                .iter()
                .flat_map(|event| event.sources.iter().cloned())
                .collect();
            sources.sort();
            sources.dedup();
            let mut members: Vec<EventId> = group.iter().map(|event| event.id.clone()).collect();
            members.sort();
            StoryEvent {
                id: group[0].id.clone(),
                event: group[0].event,
                n_independent: origins.count_independent(&sources),
                members,
                sources,
            }
        })
        .collect()
}

/// True when two coded events can be the same real-world event.
pub fn same_event(a: &Event, b: &Event) -> bool {
    a.event == b.event
        && actors_compatible(&a.actor, &b.actor)
        && actors_compatible(&a.recipient, &b.recipient)
        && places_compatible(a, b)
        && dates_compatible(a.date.as_ref(), b.date.as_ref())
}

/// Both sides name an actor in common, or one side names none.
fn actors_compatible(a: &[Actor], b: &[Actor]) -> bool {
    a.is_empty()
        || b.is_empty()
        || a.iter().any(|x| {
            b.iter().any(|y| match (&x.entity, &y.entity) {
                (Some(p), Some(q)) => p == q,
                _ => x.name.eq_ignore_ascii_case(&y.name),
            })
        })
}

fn places_compatible(a: &Event, b: &Event) -> bool {
    match (&a.location, &b.location) {
        (Some(x), Some(y)) => match (&x.entity, &y.entity) {
            (Some(p), Some(q)) if p == q => true,
            // One report names the town, the other only its country or province.
            _ => x.country.is_some() && x.country == y.country,
        },
        _ => true,
    }
}

/// Both dated and within [`SAME_EVENT_DAYS`] of each other's span, or both undated.
fn dates_compatible(a: Option<&EventDate>, b: Option<&EventDate>) -> bool {
    match (event_days(a), event_days(b)) {
        (Some((a_start, a_end)), Some((b_start, b_end))) => {
            a_start <= b_end + SAME_EVENT_DAYS && b_start <= a_end + SAME_EVENT_DAYS
        }
        (None, None) => true,
        _ => false,
    }
}

/// An event's first and last day as day numbers.
pub fn event_days(date: Option<&EventDate>) -> Option<(i32, i32)> {
    let date = date?;
    let start = day_number(date.start.as_deref()?)?;
    let end = date
        .end
        .as_deref()
        .and_then(day_number)
        .unwrap_or(start)
        .max(start);
    Some((start, end))
}
