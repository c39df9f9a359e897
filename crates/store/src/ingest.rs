//! Incremental ingest: read documents, skip the ones already stored, analyse the new ones in
//! batches and commit each article in its own transaction, then bring the search index and
//! the stories up to date. Old articles' analyses are read back, never redone.

use crate::{document_hash, Result, Store, StoredDocument};
use model::{Event, RawDoc, Warning};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Documents analysed together before their articles are committed. Smaller batches lose
/// less work to a crash and hold less in memory; larger ones keep every core busy in the
/// engine's parallel stages.
pub const DOCUMENTS_PER_BATCH: usize = 16;

/// What one ingest did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct IngestReport {
    /// Documents the inputs held.
    pub documents_read: usize,
    /// Documents already stored (same source and content): not analysed again.
    pub documents_skipped: usize,
    /// New articles stored.
    pub articles_added: usize,
    /// New documents whose article (same cleaned text) was already stored.
    pub articles_already_stored: usize,
    pub events_added: usize,
    /// Articles in the store now, and stories recomputed over them.
    pub articles_in_store: usize,
    pub stories: usize,
    /// Inputs that could not be read in full, as `engine` counts them (exit code 1).
    pub failed_inputs: usize,
    pub warnings: Vec<Warning>,
}

/// Ingest documents into the store at `dir`: each new article is committed on its own, so a
/// crash keeps every article committed before it and a re-run completes the batch.
/// `progress` hears (documents done, documents to analyse).
pub fn ingest(
    dir: &Path,
    ingested: engine::Ingested,
    options: &engine::Options,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<IngestReport> {
    let mut store = Store::open(dir)?;
    let mut report = IngestReport {
        documents_read: ingested.docs.len(),
        failed_inputs: ingested.failed,
        warnings: ingested.warnings,
        ..IngestReport::default()
    };
    let hashes: Vec<String> = ingested.docs.iter().map(document_hash).collect();
    let known = store.known_documents(&hashes)?;
    let mut new_documents: Vec<(String, RawDoc)> = Vec::new();
    let mut hashes_in_this_run = BTreeSet::new();
    for (hash, doc) in hashes.into_iter().zip(ingested.docs) {
        if known.contains(&hash) || !hashes_in_this_run.insert(hash.clone()) {
            report.documents_skipped += 1;
        } else {
            new_documents.push((hash, doc));
        }
    }
    if !new_documents.is_empty() {
        let (resources, resource_warnings) = engine::Resources::load(options);
        report.failed_inputs += resource_warnings.len();
        report.warnings.extend(resource_warnings);
        let total = new_documents.len();
        let mut done = 0;
        progress(done, total);
        let mut remaining = new_documents.into_iter();
        loop {
            let batch: Vec<(String, RawDoc)> =
                remaining.by_ref().take(DOCUMENTS_PER_BATCH).collect();
            if batch.is_empty() {
                break;
            }
            done += batch.len();
            store_batch(
                &mut store,
                batch,
                &ingested.partial,
                &resources,
                &mut report,
            )?;
            crate::search::index_unindexed(&mut store)?;
            progress(done, total);
        }
    }
    // The index may lag the database after a crash between the two commits; catch up.
    crate::search::index_unindexed(&mut store)?;
    // Stories are recomputed over every stored analysis when articles arrived, or when an
    // earlier ingest committed articles and stopped before recomputing; an ingest that adds
    // nothing leaves them as they are.
    report.stories = if report.articles_added > 0 || !store.stories_are_current()? {
        store.recompute_stories(engine::stories_updated)?
    } else {
        store.story_count()?
    };
    report.articles_in_store = store.article_count()?;
    Ok(report)
}

/// Analyse one batch and commit its articles one transaction each.
fn store_batch(
    store: &mut Store,
    batch: Vec<(String, RawDoc)>,
    partial: &BTreeMap<String, String>,
    resources: &engine::Resources,
    report: &mut IngestReport,
) -> Result<()> {
    let mut documents_by_source: BTreeMap<String, Vec<StoredDocument>> = BTreeMap::new();
    let mut docs = Vec::with_capacity(batch.len());
    for (hash, doc) in batch {
        documents_by_source
            .entry(doc.source.clone())
            .or_default()
            .push(StoredDocument {
                hash,
                source: doc.source.clone(),
            });
        docs.push(doc);
    }
    let (analysis, incomplete_documents) = engine::analyze_batch(docs, partial, resources);
    report.failed_inputs += incomplete_documents;
    report.warnings.extend(analysis.warnings);
    store.put_entities(&analysis.entities)?;
    let mut events_by_article: BTreeMap<&str, Vec<&Event>> = BTreeMap::new();
    for event in &analysis.events {
        if let Some(evidence) = event.sources.first() {
            events_by_article
                .entry(evidence.article.as_str())
                .or_default()
                .push(event);
        }
    }
    for article in &analysis.articles {
        let documents = documents_by_source
            .remove(&article.source)
            .unwrap_or_default();
        let events = events_by_article
            .get(article.id.as_str())
            .cloned()
            .unwrap_or_default();
        if store.put_article(article, &events, &documents)? {
            report.articles_added += 1;
            report.events_added += events.len();
        } else {
            report.articles_already_stored += 1;
        }
    }
    let without_article: Vec<StoredDocument> =
        documents_by_source.into_values().flatten().collect();
    store.put_documents_without_article(&without_article)?;
    Ok(())
}
