//! The store end to end: ingest the demo corpus (twice, and in two halves), two ingests at
//! once, schema version and integrity, and search with facets.

use std::path::PathBuf;
use store::{SearchIndex, SearchQuery, Store};

fn temp_store(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn demo_documents() -> engine::Ingested {
    engine::demo_documents()
}

fn ingest(dir: &std::path::Path, documents: engine::Ingested) -> store::IngestReport {
    store::ingest(dir, documents, &engine::Options::default(), &mut |_, _| {}).unwrap()
}

#[test]
fn ingesting_the_demo_twice_changes_nothing_the_second_time() {
    let dir = temp_store("twice");
    let first = ingest(&dir, demo_documents());
    assert_eq!(first.documents_skipped, 0);
    assert!(first.articles_added > 40, "{first:?}");
    let snapshot_after_first = Store::open(&dir).unwrap().snapshot_text().unwrap();

    let second = ingest(&dir, demo_documents());
    assert_eq!(second.documents_skipped, second.documents_read);
    assert_eq!(second.articles_added, 0);
    assert_eq!(second.articles_in_store, first.articles_in_store);
    let snapshot_after_second = Store::open(&dir).unwrap().snapshot_text().unwrap();
    assert_eq!(snapshot_after_first, snapshot_after_second);
    insta::assert_snapshot!("demo_store", snapshot_after_second);

    let store = Store::open(&dir).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_second_ingest_analyses_only_the_new_documents() {
    let dir = temp_store("halves");
    let mut first_half = demo_documents();
    let second_half_docs = first_half.docs.split_off(first_half.docs.len() / 2);
    let first_count = first_half.docs.len();
    let first = ingest(&dir, first_half);
    assert_eq!(first.documents_read, first_count);

    let whole = ingest(&dir, demo_documents());
    assert_eq!(whole.documents_skipped, first_count);
    assert_eq!(
        whole.articles_added + whole.articles_already_stored,
        second_half_docs.len() - count_documents_without_article(&dir, &second_half_docs),
    );
    // Each stored article is the one the first ingest analysed, not a re-analysis.
    let store = Store::open(&dir).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    assert_eq!(store.unindexed_articles().unwrap(), Vec::<String>::new());
    drop(store);

    // The story parts kept up to date by the two ingests are the ones written from scratch
    // from the stored stories when a store of schema 2 (before parts) is opened.
    let kept = Store::open(&dir).unwrap().snapshot_text().unwrap();
    downgrade_to_schema_2(&dir);
    let store = Store::open(&dir).unwrap();
    assert_eq!(store.schema_version().unwrap(), 3);
    assert_eq!(store.snapshot_text().unwrap(), kept);
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Make the store at `dir` what schema 2 made: no story parts, no summary column.
fn downgrade_to_schema_2(dir: &std::path::Path) {
    let connection = rusqlite::Connection::open(dir.join(store::DATABASE_FILE)).unwrap();
    connection
        .execute_batch(
            "DROP TABLE story_articles; DROP TABLE story_events; DROP TABLE story_items;
             ALTER TABLE articles DROP COLUMN summary; PRAGMA user_version = 2;",
        )
        .unwrap();
}

/// Documents of `docs` the store recorded as giving no article of their own.
fn count_documents_without_article(dir: &std::path::Path, docs: &[model::RawDoc]) -> usize {
    let sources = sources_without_article(dir);
    docs.iter()
        .filter(|doc| sources.contains(&doc.source))
        .count()
}

/// Sources the store lists with no article (read through the snapshot, the store's only
/// text view, so the tests need no SQL).
fn sources_without_article(dir: &std::path::Path) -> Vec<String> {
    let snapshot = Store::open(dir).unwrap().snapshot_text().unwrap();
    snapshot
        .lines()
        .filter_map(|line| line.trim().strip_suffix("  ->  (no article)"))
        .map(str::to_string)
        .collect()
}

#[test]
fn two_ingests_at_once_both_succeed_and_the_store_stays_sound() {
    let dir = temp_store("concurrent");
    let mut documents = demo_documents();
    let other_half = documents.docs.split_off(documents.docs.len() / 2);
    let second = engine::Ingested {
        docs: other_half,
        ..engine::Ingested::default()
    };
    let dir_a = dir.clone();
    let dir_b = dir.clone();
    let a = std::thread::spawn(move || ingest(&dir_a, documents));
    let b = std::thread::spawn(move || ingest(&dir_b, second));
    let (a, b) = (a.join().unwrap(), b.join().unwrap());
    let store = Store::open(&dir).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let alone = temp_store("concurrent-alone");
    let alone_report = ingest(&alone, demo_documents());
    assert_eq!(
        store.article_count().unwrap(),
        alone_report.articles_in_store,
        "{a:?} {b:?}"
    );
    // Every article is searchable once, whichever ingest indexed it.
    let index = SearchIndex::open(&dir).unwrap();
    assert_eq!(index.article_count(), store.article_count().unwrap());
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&alone);
}

#[test]
fn a_new_store_is_at_the_current_schema_version() {
    let dir = temp_store("schema");
    let store = Store::open(&dir).unwrap();
    assert_eq!(store.schema_version().unwrap(), 3);
    drop(store);
    // Opening again runs no migration twice.
    assert_eq!(Store::open(&dir).unwrap().schema_version().unwrap(), 3);
    let _ = std::fs::remove_dir_all(&dir);
}

mod search {
    use super::*;

    fn check(query: SearchQuery, expected_titles_containing: &[&str], expected_total: usize) {
        let dir = shared_demo_store();
        let store = Store::open(&dir).unwrap();
        let index = SearchIndex::open(&dir).unwrap();
        let results = index.search(&store, &query).unwrap();
        assert_eq!(results.total, expected_total, "{query:?}: {results:#?}");
        for (hit, expected) in results.hits.iter().zip(expected_titles_containing) {
            let title = hit.title.clone().unwrap_or_default();
            assert!(title.contains(expected), "{title:?} lacks {expected:?}");
        }
    }

    /// One demo store shared by the search tests (built once per test run).
    fn shared_demo_store() -> PathBuf {
        static STORE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
        STORE
            .get_or_init(|| {
                let dir = temp_store("search");
                ingest(&dir, demo_documents());
                dir
            })
            .clone()
    }

    fn query(text: &str) -> SearchQuery {
        SearchQuery {
            text: text.to_string(),
            limit: 5,
            ..SearchQuery::default()
        }
    }

    #[test]
    fn words_are_found_stemmed_and_the_title_counts_more() {
        check(query("court complex suicide"), &["court complex"], 1);
    }

    #[test]
    fn facets_narrow_and_are_counted() {
        let dir = shared_demo_store();
        let store = Store::open(&dir).unwrap();
        let index = SearchIndex::open(&dir).unwrap();
        let all = index.search(&store, &query("")).unwrap();
        assert_eq!(all.total, store.article_count().unwrap());
        let actors = &all
            .facets
            .iter()
            .find(|f| f.name == "actor")
            .unwrap()
            .values;
        let pakistan = actors.iter().find(|value| value.value == "PK").unwrap();
        assert_eq!(pakistan.label, "Pakistan");

        let by_name = index
            .search(
                &store,
                &SearchQuery {
                    actors: vec!["pakistan".to_string()],
                    ..query("")
                },
            )
            .unwrap();
        assert_eq!(by_name.total, pakistan.count);

        let dated = index
            .search(
                &store,
                &SearchQuery {
                    actors: vec!["PK".to_string()],
                    since: Some("2025-11-01".to_string()),
                    until: Some("2025-11-30".to_string()),
                    ..query("")
                },
            )
            .unwrap();
        assert!(dated.total > 0 && dated.total < pakistan.count);
        for hit in &dated.hits {
            assert!(hit.published.as_deref().unwrap().starts_with("2025-11"));
        }
    }

    #[test]
    fn a_query_that_cannot_be_read_is_the_callers_error() {
        let dir = shared_demo_store();
        let store = Store::open(&dir).unwrap();
        let index = SearchIndex::open(&dir).unwrap();
        let error = index
            .search(
                &store,
                &SearchQuery {
                    since: Some("last week".to_string()),
                    ..query("kabul")
                },
            )
            .unwrap_err();
        assert!(matches!(error, store::SearchError::Query(_)), "{error}");
    }

    #[test]
    fn a_deleted_index_is_rebuilt_from_the_database() {
        let dir = temp_store("rebuild");
        let mut documents = demo_documents();
        documents.docs.truncate(5);
        ingest(&dir, documents);
        std::fs::remove_dir_all(dir.join(store::search::SEARCH_DIR)).unwrap();
        let store = Store::open(&dir).unwrap();
        let index = SearchIndex::open(&dir).unwrap();
        assert_eq!(index.article_count(), store.article_count().unwrap());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
