//! The store's schema and its migrations, versioned by `PRAGMA user_version`: migration N
//! takes a database at version N-1 to version N, each in its own transaction.

use crate::{Result, StoreError};
use rusqlite::{Connection, TransactionBehavior};

/// Every migration in order; a database at version N has run the first N. Never edit a
/// released one: add the next.
const MIGRATIONS: &[&str] = &[
    // 1: articles with their analyses, events, entities, stories and documents read.
    "
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,   -- arrival order
        id TEXT NOT NULL UNIQUE,                 -- content hash of the cleaned text
        source TEXT NOT NULL,
        url TEXT,
        title TEXT,
        outlet TEXT,
        published TEXT,
        language TEXT,
        word_count INTEGER NOT NULL,
        indexed INTEGER NOT NULL DEFAULT 0,      -- 1 once in the full-text index
        json TEXT NOT NULL                       -- the Article as in the JSON contract
    );
    CREATE INDEX articles_by_published ON articles (published);
    CREATE INDEX articles_unindexed ON articles (indexed) WHERE indexed = 0;

    CREATE TABLE documents (
        hash TEXT PRIMARY KEY,                   -- content hash of the raw document
        source TEXT NOT NULL,
        article TEXT REFERENCES articles (id)    -- NULL: no article of its own
    );

    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article TEXT NOT NULL REFERENCES articles (id),
        event TEXT NOT NULL,                     -- PLOVER type
        date_start TEXT,
        date_end TEXT,
        country TEXT,                            -- of the event's location
        json TEXT NOT NULL
    );
    CREATE INDEX events_by_article ON events (article);
    CREATE INDEX events_by_type ON events (event);
    CREATE INDEX events_by_date ON events (date_start);

    CREATE TABLE event_actors (
        event TEXT NOT NULL REFERENCES events (id),
        role TEXT NOT NULL,                      -- actor | recipient
        entity TEXT,
        name TEXT NOT NULL,
        country TEXT
    );
    CREATE INDEX event_actors_by_entity ON event_actors (entity);
    CREATE INDEX event_actors_by_event ON event_actors (event);

    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT,
        json TEXT NOT NULL
    );

    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        n_articles INTEGER NOT NULL,
        n_events INTEGER NOT NULL,
        first TEXT,                              -- earliest article date
        last TEXT,
        json TEXT NOT NULL
    );

    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    ",
    // 2: each story's key of the inputs it was computed from, so the next ingest reuses the
    // stories its new articles leave alone (NULL: computed before keys were kept).
    "
    ALTER TABLE stories ADD COLUMN memo_key TEXT;
    ",
];

/// The schema version this sitrep writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Bring the database up to [`SCHEMA_VERSION`]. Two processes opening a new store at once
/// both get here: the version is read again inside the write transaction, so each migration
/// runs once.
pub fn migrate(connection: &Connection) -> Result<()> {
    loop {
        let version: i64 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        let transaction =
            rusqlite::Transaction::new_unchecked(connection, TransactionBehavior::Immediate)?;
        let version_now: i64 =
            transaction.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version_now == version {
            transaction.execute_batch(MIGRATIONS[version as usize])?;
            transaction.pragma_update(None, "user_version", version + 1)?;
        }
        transaction.commit()?;
    }
}
