//! `store/`: where do analysed articles live between runs? One directory holding a SQLite
//! database (articles with their analyses, events, entities, stories, and the raw documents
//! already read) and a full-text index beside it. The only crate that writes SQL.
//!
//! Writes are one transaction per article, so a crash loses at most the article being
//! written; the database runs in WAL mode with a busy timeout, so two writers take turns
//! instead of failing or corrupting each other's work.

mod facets;
mod ingest;
mod read;
mod schema;
pub mod search;
mod snapshot;
mod story_parts;

pub use ingest::{ingest, IngestReport};
pub use read::{ArticleSummary, CopyOf, EventFilter, Page, StorySource, StorySummary};
pub use search::{
    FacetCounts, FacetValue, SearchError, SearchHit, SearchIndex, SearchQuery, SearchResults,
};
pub use story_parts::{StoryPart, StoryPlace, TimelineEntry};

use model::{Article, Entity, Event, Story};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The database file inside a store directory.
pub const DATABASE_FILE: &str = "sitrep.sqlite";

/// How long a writer waits for another writer's transaction before giving up. Long enough
/// for another ingest's article (or its stories recomputation over a large store) to commit;
/// a shorter wait would turn two ingests at once into a failed one.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(120);

/// What can go wrong with a store. Problems with the inputs are never errors here: they are
/// warnings in the [`IngestReport`].
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("store database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("store directory: {0}")]
    Io(#[from] std::io::Error),
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("stored JSON does not read back: {0}")]
    Json(#[from] serde_json::Error),
    #[error(
        "the store's schema is version {found}, newer than this sitrep knows ({known}); \
         use a newer sitrep"
    )]
    NewerSchema { found: i64, known: i64 },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// An open store: one SQLite connection. Open one per thread; they share the directory.
pub struct Store {
    dir: PathBuf,
    connection: Connection,
}

/// One document already read: its content hash and where it came from, and the article it
/// gave (none when it held no article text or repeated one read in the same batch).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDocument {
    pub hash: String,
    pub source: String,
}

/// The connection settings every store connection needs, then the schema migrations.
fn set_up(connection: &Connection) -> Result<()> {
    let _mode: String = connection.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    connection.pragma_update(None, "synchronous", "NORMAL")?;
    connection.pragma_update(None, "foreign_keys", "ON")?;
    schema::migrate(connection)
}

impl Store {
    /// Open (creating when missing) the store in `dir`, bringing its schema up to date.
    pub fn open(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir)?;
        let connection = Connection::open(dir.join(DATABASE_FILE))?;
        connection.busy_timeout(BUSY_TIMEOUT)?;
        // WAL: readers never block the writer and a crash mid-write leaves the last commit
        // intact. synchronous=NORMAL keeps every commit through a process crash (SIGKILL);
        // only a power cut can lose the last few.
        // Two processes opening a new store at once: switching the journal mode and the
        // first migrations can meet a lock SQLite reports at once instead of waiting for
        // (SQLITE_BUSY with no busy handler called), so the setup is tried again until it
        // gets through or the busy timeout has passed.
        let started = std::time::Instant::now();
        loop {
            match set_up(&connection) {
                Err(StoreError::Database(rusqlite::Error::SqliteFailure(failure, _)))
                    if failure.code == rusqlite::ErrorCode::DatabaseBusy
                        && started.elapsed() < BUSY_TIMEOUT =>
                {
                    std::thread::sleep(Duration::from_millis(20));
                }
                outcome => break outcome?,
            }
        }
        Ok(Store {
            dir: dir.to_path_buf(),
            connection,
        })
    }

    /// The store's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The schema version (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    /// `PRAGMA integrity_check`: "ok" when the database is sound.
    pub fn integrity_check(&self) -> Result<String> {
        let mut statement = self.connection.prepare("PRAGMA integrity_check")?;
        let lines = statement
            .query_map([], |row| row.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(lines.join("\n"))
    }

    /// Which of these document hashes are already stored.
    pub fn known_documents(&self, hashes: &[String]) -> Result<std::collections::BTreeSet<String>> {
        let mut statement = self
            .connection
            .prepare_cached("SELECT 1 FROM documents WHERE hash = ?1")?;
        let mut known = std::collections::BTreeSet::new();
        for hash in hashes {
            if statement.exists([hash])? {
                known.insert(hash.clone());
            }
        }
        Ok(known)
    }

    /// Store one analysed article with its events and the documents it was read from, in
    /// one transaction. Returns false (and stores only the documents) when an article with
    /// the same content id is already stored: its analysis is kept, not redone.
    pub fn put_article(
        &mut self,
        article: &Article,
        events: &[&Event],
        documents: &[StoredDocument],
    ) -> Result<bool> {
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let inserted = transaction.execute(
            "INSERT OR IGNORE INTO articles
                 (id, source, url, title, outlet, published, language, word_count, json, summary)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                article.id,
                article.source,
                article.url,
                article.title,
                outlet_label(article),
                article.published,
                article.language,
                article.word_count as i64,
                serde_json::to_string(article)?,
                article.card.as_ref().map(|card| card.summary.as_str()),
            ],
        )? == 1;
        if inserted {
            for event in events {
                insert_event(&transaction, &article.id, event)?;
            }
        }
        for document in documents {
            transaction.execute(
                "INSERT OR IGNORE INTO documents (hash, source, article) VALUES (?1, ?2, ?3)",
                params![document.hash, document.source, article.id],
            )?;
        }
        transaction.commit()?;
        Ok(inserted)
    }

    /// Record documents that gave no article of their own (no article text, or the same
    /// content as another document of their batch), so they are not read again.
    pub fn put_documents_without_article(&mut self, documents: &[StoredDocument]) -> Result<()> {
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for document in documents {
            transaction.execute(
                "INSERT OR IGNORE INTO documents (hash, source, article) VALUES (?1, ?2, NULL)",
                params![document.hash, document.source],
            )?;
        }
        transaction.commit()?;
        Ok(())
    }

    /// Add entities the stored articles link to (known ones are kept as they are).
    pub fn put_entities(&mut self, entities: &[Entity]) -> Result<()> {
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for entity in entities {
            transaction.execute(
                "INSERT OR IGNORE INTO entities (id, name, kind, country, json)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    entity.id,
                    entity.name,
                    entity.kind.to_string(),
                    entity.country,
                    serde_json::to_string(entity)?,
                ],
            )?;
        }
        transaction.commit()?;
        Ok(())
    }

    /// Recompute the stories over every stored article with `compute` and replace the stored
    /// ones, in one write transaction, so two ingests cannot interleave a stale computation.
    /// `compute` gets the whole analysis and the stories stored before, each with the key of
    /// the inputs it was computed from (empty for stories stored without one), and returns
    /// the new stories with their keys, so a story whose inputs did not change can be reused.
    /// Returns how many stories there are now.
    pub fn recompute_stories(
        &mut self,
        compute: impl FnOnce(&model::Analysis, Vec<(String, Story)>) -> Vec<(String, Story)>,
    ) -> Result<usize> {
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let analysis = read::whole_analysis(&transaction)?;
        let previous = read::stories_with_keys(&transaction)?;
        // A story stored with a key, given back with the same id and key, was computed from
        // the same inputs: its parts stay; every other story's parts are written again.
        let previous_keys: Vec<(String, String)> = previous
            .iter()
            .map(|(key, story)| (story.id.0.clone(), key.clone()))
            .collect();
        let stories = compute(&analysis, previous);
        let kept: std::collections::HashSet<(&str, &str)> = stories
            .iter()
            .filter(|(key, _)| !key.is_empty())
            .map(|(key, story)| (story.id.0.as_str(), key.as_str()))
            .collect();
        let is_kept = |id: &str, key: &str| !key.is_empty() && kept.contains(&(id, key));
        let previous_kept: std::collections::HashSet<(&str, &str)> = previous_keys
            .iter()
            .filter(|(id, key)| is_kept(id, key))
            .map(|(id, key)| (id.as_str(), key.as_str()))
            .collect();
        for (id, key) in &previous_keys {
            if !is_kept(id, key) {
                story_parts::delete(&transaction, id)?;
            }
        }
        let events_by_id: HashMap<&str, &Event> = analysis
            .events
            .iter()
            .map(|event| (event.id.0.as_str(), event))
            .collect();
        for (key, story) in &stories {
            if !previous_kept.contains(&(story.id.0.as_str(), key.as_str())) {
                story_parts::write(&transaction, story, &events_by_id)?;
            }
        }
        transaction.execute("DELETE FROM stories", [])?;
        transaction.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
            params![STORIES_COVER_ARTICLES, analysis.articles.len().to_string()],
        )?;
        // A counter, so a cache of rendered stories can tell two computations apart.
        transaction.execute(
            "INSERT INTO meta (key, value) VALUES (?1, '1')
             ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
            params![STORIES_VERSION],
        )?;
        let published: HashMap<&str, &str> = analysis
            .articles
            .iter()
            .filter_map(|article| Some((article.id.as_str(), article.published.as_deref()?)))
            .collect();
        for (key, story) in &stories {
            let dates: Vec<&str> = story
                .articles
                .iter()
                .filter_map(|id| published.get(id.as_str()).copied())
                .collect();
            transaction.execute(
                "INSERT INTO stories (id, title, n_articles, n_events, first, last, json, memo_key)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    story.id.0,
                    story.title,
                    story.articles.len() as i64,
                    story.events.len() as i64,
                    dates.iter().min(),
                    dates.iter().max(),
                    serde_json::to_string(story)?,
                    key,
                ],
            )?;
        }
        transaction.commit()?;
        Ok(stories.len())
    }

    /// Ids of articles not yet in the full-text index, in arrival order.
    pub fn unindexed_articles(&self) -> Result<Vec<String>> {
        let mut statement = self
            .connection
            .prepare("SELECT id FROM articles WHERE indexed = 0 ORDER BY seq")?;
        let ids = statement
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(ids)
    }

    /// Mark articles as being in the full-text index (or, with `false`, as needing indexing).
    pub fn mark_indexed(&mut self, ids: &[String], indexed: bool) -> Result<()> {
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for id in ids {
            transaction.execute(
                "UPDATE articles SET indexed = ?2 WHERE id = ?1",
                params![id, indexed],
            )?;
        }
        transaction.commit()?;
        Ok(())
    }

    /// How many articles the database marks as in the full-text index.
    pub fn indexed_article_count(&self) -> Result<usize> {
        let count: i64 = self.connection.query_row(
            "SELECT count(*) FROM articles WHERE indexed = 1",
            [],
            |row| row.get(0),
        )?;
        Ok(count as usize)
    }

    /// Mark every article as needing indexing (the index is being rebuilt).
    pub fn mark_all_unindexed(&mut self) -> Result<()> {
        self.connection
            .execute("UPDATE articles SET indexed = 0", [])?;
        Ok(())
    }

    /// Are the stored stories computed over every stored article? False after an ingest that
    /// committed articles and stopped before recomputing them (killed, or an error).
    pub fn stories_are_current(&self) -> Result<bool> {
        let covered = self.meta(STORIES_COVER_ARTICLES)?;
        Ok(covered == Some(self.article_count()?.to_string()))
    }

    /// A value that changes whenever the stories are recomputed (for caches of rendered
    /// stories); `None` before the first computation.
    pub fn stories_version(&self) -> Result<Option<String>> {
        self.meta(STORIES_VERSION)
    }

    /// A stored value from the `meta` table.
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .connection
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?)
    }
}

/// The `meta` key holding how many articles the stored stories were computed over.
const STORIES_COVER_ARTICLES: &str = "stories_cover_articles";
/// The `meta` key counting the computations of the stored stories.
pub(crate) const STORIES_VERSION: &str = "stories_version";

/// The outlet as lists show it: its name, else its domain.
fn outlet_label(article: &Article) -> Option<String> {
    article
        .outlet
        .name
        .clone()
        .or_else(|| article.outlet.domain.clone())
}

fn insert_event(
    transaction: &rusqlite::Transaction,
    article_id: &str,
    event: &Event,
) -> Result<()> {
    let inserted = transaction.execute(
        "INSERT OR IGNORE INTO events (id, article, event, date_start, date_end, country, json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            event.id.0,
            article_id,
            event.event.to_string(),
            event.date.as_ref().and_then(|date| date.start.clone()),
            event.date.as_ref().and_then(|date| date.end.clone()),
            event
                .location
                .as_ref()
                .and_then(|location| location.country.clone()),
            serde_json::to_string(event)?,
        ],
    )?;
    if inserted == 0 {
        return Ok(());
    }
    let roles = [("actor", &event.actor), ("recipient", &event.recipient)];
    for (role, actors) in roles {
        for actor in actors {
            transaction.execute(
                "INSERT INTO event_actors (event, role, entity, name, country)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![event.id.0, role, actor.entity, actor.name, actor.country],
            )?;
        }
    }
    Ok(())
}

/// The content hash of a raw document (its source, format, content and container metadata):
/// the same document read again has the same hash and is skipped.
pub fn document_hash(doc: &model::RawDoc) -> String {
    use sha2::{Digest, Sha256};
    let serialized = serde_json::to_vec(doc).unwrap_or_default();
    Sha256::digest(&serialized)
        .iter()
        .take(16)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}
