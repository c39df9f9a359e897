//! A story's parts in tables of their own (schema 3): its articles with the copy each makes,
//! its events in timeline order with the member event that dates and places each, and its
//! other lists (claims, copies, network, dyads, framing) one row per item. A story of
//! thousands of articles is tens of megabytes of JSON; with its parts stored apart, a page of
//! it is a few indexed range queries and never a parse of the whole story.
//!
//! The parts are written with the story (`recompute_stories`), in the same transaction; a
//! story reused unchanged keeps the parts it has. The whole story stays in `stories.json`,
//! for reports and exports.

use crate::read::{ArticleSummary, Page, StorySource, StorySummary};
use crate::{Result, Store};
use model::{Event, Story, StoryEvent};
use rusqlite::{params, Connection, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::HashMap;

/// A story's lists kept one item per row in `story_items`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StoryPart {
    /// Claims, most independent sources first.
    Claims,
    /// Copy relations between its articles, in story order.
    Copies,
    /// Actor network edges, in story order.
    Network,
    /// Dyad trend points, in story order.
    Dyads,
    /// How each outlet frames the story, in story order.
    Framing,
}

impl StoryPart {
    pub const ALL: [StoryPart; 5] = [
        StoryPart::Claims,
        StoryPart::Copies,
        StoryPart::Network,
        StoryPart::Dyads,
        StoryPart::Framing,
    ];

    /// The list's name, as stored and as URLs give it.
    pub fn name(self) -> &'static str {
        match self {
            StoryPart::Claims => "claims",
            StoryPart::Copies => "copies",
            StoryPart::Network => "network",
            StoryPart::Dyads => "dyads",
            StoryPart::Framing => "framing",
        }
    }

    pub fn from_name(name: &str) -> Option<StoryPart> {
        StoryPart::ALL.into_iter().find(|part| part.name() == name)
    }

    fn items(self, story: &Story) -> Result<Vec<String>> {
        fn each<T: Serialize>(items: &[T]) -> Result<Vec<String>> {
            items
                .iter()
                .map(|item| Ok(serde_json::to_string(item)?))
                .collect()
        }
        match self {
            StoryPart::Claims => {
                // Stable: claims with as many independent sources keep the story's order.
                let mut claims: Vec<&model::Claim> = story.claims.iter().collect();
                claims.sort_by_key(|claim| std::cmp::Reverse(claim.n_independent));
                each(&claims)
            }
            StoryPart::Copies => each(&story.copies),
            StoryPart::Network => each(&story.network),
            StoryPart::Dyads => each(&story.dyads),
            StoryPart::Framing => each(&story.framing),
        }
    }
}

/// One event of a story's timeline: the merged event, and the member event that dates it
/// (the first member stored), when there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEntry {
    pub event: StoryEvent,
    /// The start date the timeline orders by (of `dated_by`).
    pub date: Option<String>,
    pub dated_by: Option<Event>,
}

/// A place where some of a story's events happened.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryPlace {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    /// The story's events located there.
    pub n_events: usize,
}

/// Write the parts of `story`. `events` holds (at least) the member events of its events.
pub(crate) fn write(
    connection: &Connection,
    story: &Story,
    events: &HashMap<&str, &Event>,
) -> Result<()> {
    let id = story.id.0.as_str();
    // For each article: the copy relation of highest similarity (the lower id on a tie), and
    // how many it has.
    let mut copies: HashMap<&str, (&model::Copy, usize)> = HashMap::new();
    for copy in &story.copies {
        copies
            .entry(copy.article.as_str())
            .and_modify(|(best, count)| {
                *count += 1;
                if copy.similarity > best.similarity
                    || (copy.similarity == best.similarity && copy.of < best.of)
                {
                    *best = copy;
                }
            })
            .or_insert((copy, 1));
    }
    let mut insert = connection.prepare_cached(
        "INSERT INTO story_articles
             (story, position, article, copy_of, copy_kind, copy_similarity, n_copies)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (position, article) in story.articles.iter().enumerate() {
        let copy = copies.get(article.as_str());
        insert.execute(params![
            id,
            position as i64,
            article,
            copy.map(|(copy, _)| copy.of.as_str()),
            copy.map(|(copy, _)| copy.kind.to_string()),
            copy.map(|(copy, _)| copy.similarity),
            copy.map_or(0, |(_, count)| *count as i64),
        ])?;
    }

    // Timeline order: by the start date of the first member stored, undated last, then id.
    let mut timeline: Vec<(&StoryEvent, Option<&Event>, Option<&model::EventLocation>)> = story
        .events
        .iter()
        .map(|story_event| {
            let members = || {
                story_event
                    .members
                    .iter()
                    .filter_map(|member| events.get(member.0.as_str()).copied())
            };
            let dated_by = members().next();
            let located = members().find_map(|event| event.location.as_ref());
            (story_event, dated_by, located)
        })
        .collect();
    let date_of = |dated_by: Option<&Event>| -> String {
        dated_by
            .and_then(|event| event.date.as_ref())
            .and_then(|date| date.start.clone())
            .unwrap_or_default()
    };
    timeline.sort_by_cached_key(|(story_event, dated_by, _)| {
        let date = date_of(*dated_by);
        (date.is_empty(), date, story_event.id.clone())
    });
    let mut insert = connection.prepare_cached(
        "INSERT INTO story_events
             (story, position, id, event, date, dated_by, place, lat, lon, json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for (position, (story_event, dated_by, located)) in timeline.iter().enumerate() {
        let date = date_of(*dated_by);
        insert.execute(params![
            id,
            position as i64,
            story_event.id.0,
            story_event.event.to_string(),
            Some(date).filter(|date| !date.is_empty()),
            dated_by.map(|event| event.id.0.as_str()),
            located.map(|location| location.name.as_str()),
            located.and_then(|location| location.lat),
            located.and_then(|location| location.lon),
            serde_json::to_string(story_event)?,
        ])?;
    }

    let mut insert = connection.prepare_cached(
        "INSERT INTO story_items (story, list, position, json) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for part in StoryPart::ALL {
        for (position, json) in part.items(story)?.iter().enumerate() {
            insert.execute(params![id, part.name(), position as i64, json])?;
        }
    }
    Ok(())
}

/// Remove the parts of story `id`.
pub(crate) fn delete(connection: &Connection, id: &str) -> Result<()> {
    for table in ["story_articles", "story_events", "story_items"] {
        connection
            .prepare_cached(&format!("DELETE FROM {table} WHERE story = ?1"))?
            .execute([id])?;
    }
    Ok(())
}

/// Write the parts of every stored story again, from its JSON and the stored events (for
/// stores made before parts were kept). One story in memory at a time.
pub(crate) fn rebuild_all(connection: &Connection) -> Result<()> {
    for table in ["story_articles", "story_events", "story_items"] {
        connection.execute(&format!("DELETE FROM {table}"), [])?;
    }
    let ids: Vec<String> = connection
        .prepare("SELECT id FROM stories ORDER BY id")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut read_story = connection.prepare("SELECT json FROM stories WHERE id = ?1")?;
    let mut read_events = connection.prepare("SELECT json FROM events WHERE article = ?1")?;
    for id in ids {
        let json: String = read_story.query_row([&id], |row| row.get(0))?;
        let story: Story = serde_json::from_str(&json)?;
        drop(json);
        let mut events: Vec<Event> = Vec::new();
        for article in &story.articles {
            let rows = read_events
                .query_map([article], |row| row.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for row in rows {
                events.push(serde_json::from_str(&row)?);
            }
        }
        let by_id: HashMap<&str, &Event> = events
            .iter()
            .map(|event| (event.id.0.as_str(), event))
            .collect();
        write(connection, &story, &by_id)?;
    }
    Ok(())
}

/// A page read by position: rows `offset..offset + limit` of a list of `total`.
fn page_of<T>(total: i64, limit: usize, offset: usize, items: Vec<T>) -> Page<T> {
    Page {
        total: total as usize,
        limit,
        offset,
        items,
    }
}

impl Store {
    /// A story as lists show it, without reading its JSON.
    pub fn story_summary(&self, id: &str) -> Result<Option<StorySummary>> {
        Ok(self
            .connection
            .prepare_cached(
                "SELECT id, title, n_articles, n_events, first, last FROM stories WHERE id = ?1",
            )?
            .query_row([id], |row| {
                Ok(StorySummary {
                    id: row.get(0)?,
                    title: row.get(1)?,
                    n_articles: row.get::<_, i64>(2)? as usize,
                    n_events: row.get::<_, i64>(3)? as usize,
                    first: row.get(4)?,
                    last: row.get(5)?,
                })
            })
            .optional()?)
    }

    /// The whole story as stored, JSON text as the contract gives it (for exports: read and
    /// returned as is, never parsed).
    pub fn story_json(&self, id: &str) -> Result<Option<String>> {
        Ok(self
            .connection
            .prepare_cached("SELECT json FROM stories WHERE id = ?1")?
            .query_row([id], |row| row.get(0))
            .optional()?)
    }

    /// A page of a story's articles, oldest first, each as lists show it with its card's
    /// summary and the closest article it copies or rewrites (empty for an unknown story).
    pub fn story_sources(
        &self,
        id: &str,
        limit: usize,
        offset: usize,
    ) -> Result<Page<StorySource>> {
        let total: i64 = self
            .connection
            .prepare_cached("SELECT count(*) FROM story_articles WHERE story = ?1")?
            .query_row([id], |row| row.get(0))?;
        let mut statement = self.connection.prepare_cached(
            "SELECT a.id, a.source, a.url, a.title, a.outlet, a.published, a.language,
                    a.word_count, a.summary,
                    s.copy_of, s.copy_kind, s.copy_similarity, s.n_copies, c.title
             FROM story_articles s
             JOIN articles a ON a.id = s.article
             LEFT JOIN articles c ON c.id = s.copy_of
             WHERE s.story = ?1 AND s.position >= ?2
             ORDER BY s.position LIMIT ?3",
        )?;
        let items = statement
            .query_map(params![id, offset as i64, limit as i64], |row| {
                let copy_of: Option<String> = row.get(9)?;
                let copies = match copy_of {
                    Some(of) => Some(crate::read::CopyOf {
                        of,
                        of_title: row.get(13)?,
                        kind: row.get::<_, Option<String>>(10)?.unwrap_or_default(),
                        similarity: row.get::<_, Option<f64>>(11)?.unwrap_or(0.0),
                        n_copied: row.get::<_, i64>(12)? as usize,
                    }),
                    None => None,
                };
                Ok(StorySource {
                    article: ArticleSummary {
                        id: row.get(0)?,
                        source: row.get(1)?,
                        url: row.get(2)?,
                        title: row.get(3)?,
                        outlet: row.get(4)?,
                        published: row.get(5)?,
                        language: row.get(6)?,
                        word_count: row.get::<_, i64>(7)? as usize,
                    },
                    summary: row.get(8)?,
                    copies,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(page_of(total, limit, offset, items))
    }

    /// A page of a story's timeline: its events by date (undated last), each with the member
    /// event that dates it (empty for an unknown story).
    pub fn story_timeline(
        &self,
        id: &str,
        limit: usize,
        offset: usize,
    ) -> Result<Page<TimelineEntry>> {
        let total: i64 = self
            .connection
            .prepare_cached("SELECT count(*) FROM story_events WHERE story = ?1")?
            .query_row([id], |row| row.get(0))?;
        let mut statement = self.connection.prepare_cached(
            "SELECT s.json, s.date, e.json FROM story_events s
             LEFT JOIN events e ON e.id = s.dated_by
             WHERE s.story = ?1 AND s.position >= ?2
             ORDER BY s.position LIMIT ?3",
        )?;
        let rows = statement
            .query_map(params![id, offset as i64, limit as i64], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, Option<String>>(1)?,
                    row.get::<_, Option<String>>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut items = Vec::with_capacity(rows.len());
        for (event, date, dated_by) in rows {
            items.push(TimelineEntry {
                event: serde_json::from_str(&event)?,
                date,
                dated_by: match dated_by {
                    Some(json) => Some(serde_json::from_str(&json)?),
                    None => None,
                },
            });
        }
        Ok(page_of(total, limit, offset, items))
    }

    /// A page of one of a story's other lists, each item as the contract gives it (empty for
    /// an unknown story).
    pub fn story_items<T: DeserializeOwned>(
        &self,
        id: &str,
        part: StoryPart,
        limit: usize,
        offset: usize,
    ) -> Result<Page<T>> {
        let total: i64 = self
            .connection
            .prepare_cached("SELECT count(*) FROM story_items WHERE story = ?1 AND list = ?2")?
            .query_row([id, part.name()], |row| row.get(0))?;
        let rows = self
            .connection
            .prepare_cached(
                "SELECT json FROM story_items WHERE story = ?1 AND list = ?2 AND position >= ?3
                 ORDER BY position LIMIT ?4",
            )?
            .query_map(
                params![id, part.name(), offset as i64, limit as i64],
                |row| row.get::<_, String>(0),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let items = rows
            .iter()
            .map(|json| Ok(serde_json::from_str(json)?))
            .collect::<Result<Vec<T>>>()?;
        Ok(page_of(total, limit, offset, items))
    }

    /// The outlets of a story's articles with how many each wrote, most first, then by name.
    pub fn story_outlets(&self, id: &str) -> Result<Vec<(String, usize)>> {
        let rows = self
            .connection
            .prepare_cached(
                "SELECT a.outlet, count(*) AS n FROM story_articles s
                 JOIN articles a ON a.id = s.article
                 WHERE s.story = ?1 AND a.outlet IS NOT NULL
                 GROUP BY a.outlet ORDER BY n DESC, a.outlet",
            )?
            .query_map([id], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)? as usize))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The story's lead: the card summary of its earliest article that has one, and that
    /// article's id.
    pub fn story_lead(&self, id: &str) -> Result<Option<(String, String)>> {
        Ok(self
            .connection
            .prepare_cached(
                "SELECT a.id, a.summary FROM story_articles s JOIN articles a ON a.id = s.article
                 WHERE s.story = ?1 AND a.summary IS NOT NULL AND a.summary != ''
                 ORDER BY s.position LIMIT 1",
            )?
            .query_row([id], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?)
    }

    /// The places of a story's located events, most events first, then by name; each place
    /// at the coordinates of its first event in timeline order.
    pub fn story_places(&self, id: &str) -> Result<Vec<StoryPlace>> {
        let rows = self
            .connection
            .prepare_cached(
                "SELECT place, lat, lon FROM story_events
                 WHERE story = ?1 AND place IS NOT NULL AND lat IS NOT NULL AND lon IS NOT NULL
                 ORDER BY position",
            )?
            .query_map([id], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, f64>(1)?,
                    row.get::<_, f64>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut places: Vec<StoryPlace> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for (name, lat, lon) in rows {
            match index.get(&name) {
                Some(&at) => places[at].n_events += 1,
                None => {
                    index.insert(name.clone(), places.len());
                    places.push(StoryPlace {
                        name,
                        lat,
                        lon,
                        n_events: 1,
                    });
                }
            }
        }
        places.sort_by(|a, b| {
            b.n_events
                .cmp(&a.n_events)
                .then_with(|| a.name.cmp(&b.name))
        });
        Ok(places)
    }
}
