//! Reading the store: lists (paged), one article or story with what it links to, events by
//! filter, and the whole analysis for recomputing stories.

use crate::{Result, Store};
use model::{Analysis, Article, Entity, Event, Story};
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use serde::Serialize;
use std::collections::BTreeMap;

/// One page of a list: the items, and how many there are in all.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page<T> {
    pub total: usize,
    pub limit: usize,
    pub offset: usize,
    pub items: Vec<T>,
}

/// An article as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleSummary {
    pub id: String,
    pub source: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub language: Option<String>,
    pub word_count: usize,
}

/// A story as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StorySummary {
    pub id: String,
    pub title: String,
    pub n_articles: usize,
    pub n_events: usize,
    /// Earliest and latest publication date of its articles.
    pub first: Option<String>,
    pub last: Option<String>,
}

/// One article of a story as the story's page lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StorySource {
    #[serde(flatten)]
    pub article: ArticleSummary,
    /// The summary of the article's card, when it has one.
    pub summary: Option<String>,
    /// The closest article it copies or rewrites, when it copies any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copies: Option<CopyOf>,
}

/// What one of a story's articles copies: the closest article it copies or rewrites (highest
/// similarity), and how many it copies or rewrites in all.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CopyOf {
    /// The article copied.
    pub of: String,
    pub of_title: Option<String>,
    /// copy | partial_rewrite | same_wire
    pub kind: String,
    /// Share of the article's text found in the other, 0…1.
    pub similarity: f64,
    /// Articles of the story it copies or rewrites.
    pub n_copied: usize,
}

/// Which events to list. Every field given must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// PLOVER type ("ASSAULT"), any case.
    pub event_type: Option<String>,
    /// Actor or recipient: entity id or name, any case.
    pub actor: Option<String>,
    /// ISO code of the location's country or of an actor's or recipient's country.
    pub country: Option<String>,
    /// Events starting on or after / on or before this ISO date.
    pub since: Option<String>,
    pub until: Option<String>,
}

impl Store {
    /// Articles, newest publication first (undated last), then by id.
    pub fn articles(&self, limit: usize, offset: usize) -> Result<Page<ArticleSummary>> {
        let total: i64 = self
            .connection
            .query_row("SELECT count(*) FROM articles", [], |row| row.get(0))?;
        let mut statement = self.connection.prepare_cached(
            "SELECT id, source, url, title, outlet, published, language, word_count
             FROM articles ORDER BY published DESC NULLS LAST, id LIMIT ?1 OFFSET ?2",
        )?;
        let items = statement
            .query_map(params![limit as i64, offset as i64], |row| {
                Ok(ArticleSummary {
                    id: row.get(0)?,
                    source: row.get(1)?,
                    url: row.get(2)?,
                    title: row.get(3)?,
                    outlet: row.get(4)?,
                    published: row.get(5)?,
                    language: row.get(6)?,
                    word_count: row.get::<_, i64>(7)? as usize,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page {
            total: total as usize,
            limit,
            offset,
            items,
        })
    }

    /// Summaries of these articles, in the order given (unknown ids left out).
    pub fn article_summaries(&self, ids: &[String]) -> Result<Vec<ArticleSummary>> {
        let mut statement = self.connection.prepare_cached(
            "SELECT id, source, url, title, outlet, published, language, word_count
             FROM articles WHERE id = ?1",
        )?;
        let mut summaries = Vec::new();
        for id in ids {
            let found = statement
                .query_row([id], |row| {
                    Ok(ArticleSummary {
                        id: row.get(0)?,
                        source: row.get(1)?,
                        url: row.get(2)?,
                        title: row.get(3)?,
                        outlet: row.get(4)?,
                        published: row.get(5)?,
                        language: row.get(6)?,
                        word_count: row.get::<_, i64>(7)? as usize,
                    })
                })
                .optional()?;
            summaries.extend(found);
        }
        Ok(summaries)
    }

    /// One article with its whole analysis.
    pub fn article(&self, id: &str) -> Result<Option<Article>> {
        let json: Option<String> = self
            .connection
            .prepare_cached("SELECT json FROM articles WHERE id = ?1")?
            .query_row([id], |row| row.get(0))
            .optional()?;
        Ok(match json {
            Some(json) => Some(serde_json::from_str(&json)?),
            None => None,
        })
    }

    /// The events read from one article, in id order.
    pub fn article_events(&self, id: &str) -> Result<Vec<Event>> {
        let mut statement = self
            .connection
            .prepare_cached("SELECT json FROM events WHERE article = ?1 ORDER BY id")?;
        let rows = statement
            .query_map([id], |row| row.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.iter()
            .map(|json| Ok(serde_json::from_str(json)?))
            .collect()
    }

    /// Events matching `filter`, earliest first (undated last), then by id.
    pub fn events(&self, filter: &EventFilter, limit: usize, offset: usize) -> Result<Page<Event>> {
        let mut conditions = Vec::new();
        let mut values: Vec<String> = Vec::new();
        if let Some(event_type) = &filter.event_type {
            values.push(event_type.to_uppercase());
            conditions.push(format!("e.event = ?{}", values.len()));
        }
        if let Some(actor) = &filter.actor {
            values.push(actor.to_lowercase());
            let n = values.len();
            conditions.push(format!(
                "EXISTS (SELECT 1 FROM event_actors a WHERE a.event = e.id
                         AND (lower(a.entity) = ?{n} OR lower(a.name) = ?{n}))"
            ));
        }
        if let Some(country) = &filter.country {
            values.push(country.to_uppercase());
            let n = values.len();
            conditions.push(format!(
                "(upper(e.country) = ?{n} OR EXISTS (SELECT 1 FROM event_actors a
                  WHERE a.event = e.id AND upper(a.country) = ?{n}))"
            ));
        }
        if let Some(since) = &filter.since {
            values.push(since.clone());
            conditions.push(format!(
                "coalesce(e.date_end, e.date_start) >= ?{}",
                values.len()
            ));
        }
        if let Some(until) = &filter.until {
            values.push(until.clone());
            conditions.push(format!("e.date_start <= ?{}", values.len()));
        }
        let filter_sql = if conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conditions.join(" AND "))
        };
        let total: i64 = self.connection.query_row(
            &format!("SELECT count(*) FROM events e {filter_sql}"),
            params_from_iter(values.iter()),
            |row| row.get(0),
        )?;
        let mut statement = self.connection.prepare(&format!(
            "SELECT e.json FROM events e {filter_sql}
             ORDER BY e.date_start NULLS LAST, e.id LIMIT {limit} OFFSET {offset}"
        ))?;
        let rows = statement
            .query_map(params_from_iter(values.iter()), |row| {
                row.get::<_, String>(0)
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let items = rows
            .iter()
            .map(|json| serde_json::from_str(json))
            .collect::<serde_json::Result<Vec<Event>>>()?;
        Ok(Page {
            total: total as usize,
            limit,
            offset,
            items,
        })
    }

    /// Stories, most recently active first, then by id.
    pub fn stories(&self, limit: usize, offset: usize) -> Result<Page<StorySummary>> {
        let total: i64 = self
            .connection
            .query_row("SELECT count(*) FROM stories", [], |row| row.get(0))?;
        let mut statement = self.connection.prepare_cached(
            "SELECT id, title, n_articles, n_events, first, last FROM stories
             ORDER BY last DESC NULLS LAST, n_articles DESC, id LIMIT ?1 OFFSET ?2",
        )?;
        let items = statement
            .query_map(params![limit as i64, offset as i64], |row| {
                Ok(StorySummary {
                    id: row.get(0)?,
                    title: row.get(1)?,
                    n_articles: row.get::<_, i64>(2)? as usize,
                    n_events: row.get::<_, i64>(3)? as usize,
                    first: row.get(4)?,
                    last: row.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page {
            total: total as usize,
            limit,
            offset,
            items,
        })
    }

    /// One story.
    pub fn story(&self, id: &str) -> Result<Option<Story>> {
        let json: Option<String> = self
            .connection
            .prepare_cached("SELECT json FROM stories WHERE id = ?1")?
            .query_row([id], |row| row.get(0))
            .optional()?;
        Ok(match json {
            Some(json) => Some(serde_json::from_str(&json)?),
            None => None,
        })
    }

    /// A story with everything it cites, as one analysis (its articles, their events and the
    /// entities they link to), for rendering a report of it.
    pub fn story_analysis(&self, id: &str) -> Result<Option<Analysis>> {
        let Some(story) = self.story(id)? else {
            return Ok(None);
        };
        let mut analysis = Analysis::default();
        for article_id in &story.articles {
            if let Some(article) = self.article(article_id)? {
                analysis.events.extend(self.article_events(article_id)?);
                analysis.articles.push(article);
            }
        }
        let mut entity_ids: Vec<String> = analysis
            .articles
            .iter()
            .flat_map(|article| article.mentions.iter())
            .filter_map(|mention| mention.entity.clone())
            .collect();
        entity_ids.sort();
        entity_ids.dedup();
        analysis.entities = self.entities(&entity_ids)?.into_values().collect();
        analysis.stories.push(story);
        Ok(Some(analysis))
    }

    /// These entities by id (unknown ids left out).
    pub fn entities(&self, ids: &[String]) -> Result<BTreeMap<String, Entity>> {
        self.entity_column("SELECT json FROM entities WHERE id = ?1", ids, |json| {
            Ok(serde_json::from_str(&json)?)
        })
    }

    /// The names of these entities by id (unknown ids left out), without reading their JSON.
    pub fn entity_names(&self, ids: &[String]) -> Result<BTreeMap<String, String>> {
        self.entity_column("SELECT name FROM entities WHERE id = ?1", ids, Ok)
    }

    /// One column of these entities by id, read by `sql` (one `?1` for the id) and turned into
    /// a value by `read`; unknown ids left out.
    fn entity_column<T>(
        &self,
        sql: &str,
        ids: &[String],
        read: impl Fn(String) -> Result<T>,
    ) -> Result<BTreeMap<String, T>> {
        let mut statement = self.connection.prepare_cached(sql)?;
        let mut found = BTreeMap::new();
        for id in ids {
            let value: Option<String> = statement.query_row([id], |row| row.get(0)).optional()?;
            if let Some(value) = value {
                found.insert(id.clone(), read(value)?);
            }
        }
        Ok(found)
    }

    /// Entity ids whose name (or id) is `name`, any case.
    pub fn entity_ids_named(&self, name: &str) -> Result<Vec<String>> {
        let mut statement = self.connection.prepare_cached(
            "SELECT id FROM entities WHERE lower(name) = lower(?1) OR lower(id) = lower(?1)
             ORDER BY id",
        )?;
        let ids = statement
            .query_map([name], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(ids)
    }

    /// Everything stored as one analysis — articles (arrival order), events, entities and the
    /// stories as last computed — for a report of the whole store.
    pub fn analysis(&self) -> Result<Analysis> {
        let mut analysis = whole_analysis(&self.connection)?;
        let mut statement = self
            .connection
            .prepare("SELECT json FROM stories ORDER BY rowid")?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let json: String = row.get(0)?;
            analysis.stories.push(serde_json::from_str(&json)?);
        }
        Ok(analysis)
    }

    /// How many stories are stored.
    pub fn story_count(&self) -> Result<usize> {
        let count: i64 = self
            .connection
            .query_row("SELECT count(*) FROM stories", [], |row| row.get(0))?;
        Ok(count as usize)
    }

    /// A value that changes whenever what the store holds changes: an article arrives or the
    /// stories are recomputed. One cheap query, for caches to compare on every request.
    pub fn version(&self) -> Result<String> {
        Ok(self.connection.query_row(
            "SELECT (SELECT coalesce(max(seq), 0) FROM articles) || ':' ||
                    coalesce((SELECT value FROM meta WHERE key = ?1), '')",
            [crate::STORIES_VERSION],
            |row| row.get(0),
        )?)
    }

    /// How many articles are stored.
    pub fn article_count(&self) -> Result<usize> {
        let count: i64 = self
            .connection
            .query_row("SELECT count(*) FROM articles", [], |row| row.get(0))?;
        Ok(count as usize)
    }
}

/// Every stored article (arrival order), event and entity, as one analysis.
pub(crate) fn whole_analysis(connection: &Connection) -> Result<Analysis> {
    let mut analysis = Analysis::default();
    let tables = [
        ("SELECT json FROM articles ORDER BY seq", 0),
        ("SELECT json FROM events ORDER BY id", 1),
        ("SELECT json FROM entities ORDER BY id", 2),
    ];
    for (sql, table) in tables {
        let mut statement = connection.prepare(sql)?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let json: String = row.get(0)?;
            match table {
                0 => analysis.articles.push(serde_json::from_str(&json)?),
                1 => analysis.events.push(serde_json::from_str(&json)?),
                _ => analysis.entities.push(serde_json::from_str(&json)?),
            }
        }
    }
    Ok(analysis)
}

/// The stored stories with the key of the inputs each was computed from ("" when it was stored
/// without one), in id order.
pub(crate) fn stories_with_keys(connection: &Connection) -> Result<Vec<(String, Story)>> {
    let mut statement =
        connection.prepare("SELECT COALESCE(memo_key, ''), json FROM stories ORDER BY id")?;
    let rows = statement.query_map([], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
    })?;
    let mut stories = Vec::new();
    for row in rows {
        let (key, json) = row?;
        stories.push((key, serde_json::from_str(&json)?));
    }
    Ok(stories)
}
