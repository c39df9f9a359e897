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
    // 3: a story's parts in tables of their own, so a page of a story is a few indexed queries
    // instead of a parse of the whole story (tens of megabytes for thousands of articles):
    // its articles (story order, with the copy each one makes), its events (timeline order,
    // with the member event that dates and places each), and its other lists (claims, most
    // independent first; copies, network, dyads, framing in story order), one row per item.
    // Each article's card summary gets a column. The rows for stories stored before are
    // written from their JSON right after this migration (`story_parts::rebuild_all`).
    "
    ALTER TABLE articles ADD COLUMN summary TEXT;
    UPDATE articles SET summary = json_extract(json, '$.card.summary');

    CREATE TABLE story_articles (
        story TEXT NOT NULL,
        position INTEGER NOT NULL,               -- 0.. in the story's order (oldest first)
        article TEXT NOT NULL,
        copy_of TEXT,                            -- the closest article it copies or rewrites
        copy_kind TEXT,
        copy_similarity REAL,
        n_copies INTEGER NOT NULL,               -- how many articles it copies or rewrites
        PRIMARY KEY (story, position)
    );

    CREATE TABLE story_events (
        story TEXT NOT NULL,
        position INTEGER NOT NULL,               -- 0.. by date, undated last, then id
        id TEXT NOT NULL,
        event TEXT NOT NULL,                     -- PLOVER type
        date TEXT,                               -- start date of the dating member
        dated_by TEXT,                           -- the first member event stored
        place TEXT,                              -- of the first member with a location
        lat REAL,
        lon REAL,
        json TEXT NOT NULL,                      -- the StoryEvent
        PRIMARY KEY (story, position)
    );

    CREATE TABLE story_items (
        story TEXT NOT NULL,
        list TEXT NOT NULL,                      -- claims | copies | network | dyads | framing
        position INTEGER NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (story, list, position)
    );
    ",
];

/// The version that keeps a story's parts in tables of their own: stories stored before it
/// get theirs when the database is migrated to it.
const STORY_PARTS_SCHEMA: i64 = 3;

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
            if version + 1 == STORY_PARTS_SCHEMA {
                crate::story_parts::rebuild_all(&transaction)?;
            }
            transaction.pragma_update(None, "user_version", version + 1)?;
        }
        transaction.commit()?;
    }
}
