//! Full-text and faceted search: a tantivy index in the store's `search/` folder, kept in step
//! with the database. Articles are indexed right after their commit and marked `indexed`; an
//! index that is missing, unreadable, of another schema or holding fewer articles than the
//! database says is rebuilt from the database, and articles committed but not yet indexed
//! (a crash between the two commits) are indexed on the next open or ingest.

use crate::{Result, Store, StoreError};
use model::{Article, EntityKind};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{
    Facet, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value,
    FAST, INDEXED, STORED, STRING,
};
use tantivy::tokenizer::TokenStream as _;
use tantivy::{Index, IndexReader, IndexWriter, TantivyDocument, Term};

/// The index folder inside a store directory.
pub const SEARCH_DIR: &str = "search";

/// Memory the index writer may buffer before it writes a segment. Larger buffers mean fewer,
/// larger segments on a big ingest; each ingest batch commits anyway, so little is gained
/// past this.
const WRITER_MEMORY_BYTES: usize = 50_000_000;

/// How long an ingest waits for another process's index writer before giving up.
const WRITER_WAIT: Duration = Duration::from_secs(120);

/// The facet dimensions, as they appear in paths (`/actor/PK`) and in results.
pub const FACETS: [&str; 5] = ["actor", "type", "place", "country", "outlet"];

/// How many values of each facet a search returns.
const FACET_VALUES_SHOWN: usize = 12;

/// A search: words plus facet filters. Values within one facet are alternatives; facets
/// given together must all match.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct SearchQuery {
    /// Query text in tantivy's syntax (words all required, "phrases", OR); empty matches all.
    pub text: String,
    /// Entity ids or names.
    pub actors: Vec<String>,
    /// PLOVER types.
    pub event_types: Vec<String>,
    /// Place ids or names.
    pub places: Vec<String>,
    /// ISO country codes.
    pub countries: Vec<String>,
    /// Outlet names or domains as the store lists them.
    pub outlets: Vec<String>,
    /// Publication day bounds, inclusive (YYYY-MM-DD).
    pub since: Option<String>,
    pub until: Option<String>,
    pub limit: usize,
    pub offset: usize,
}

/// What a search found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    pub total: usize,
    pub limit: usize,
    pub offset: usize,
    pub hits: Vec<SearchHit>,
    /// For each facet, the values most common among all matching articles.
    pub facets: Vec<FacetCounts>,
    pub took_ms: f64,
    /// Whether these results were kept from the same search on the same index (see
    /// [`RESULTS_KEPT`]); `took_ms` is then the time to find them.
    pub cached: bool,
}

/// Searches whose results are kept, the latest first out last: a reader paging, refining
/// and coming back repeats searches, and an index that has not changed gives the same results.
/// Results are forgotten when the index changes (a new searcher generation). Each is some
/// 10 KB (a page of hits with snippets, the facet counts).
pub const RESULTS_KEPT: usize = 256;

/// Results of recent searches on one generation of the index.
#[derive(Default)]
struct ResultCache {
    generation: u64,
    results: std::collections::HashMap<SearchQuery, SearchResults>,
    /// Queries in the order they were kept, oldest first.
    order: std::collections::VecDeque<SearchQuery>,
}

impl ResultCache {
    fn get(&self, generation: u64, query: &SearchQuery) -> Option<SearchResults> {
        if self.generation != generation {
            return None;
        }
        self.results.get(query).cloned()
    }

    fn keep(&mut self, generation: u64, query: &SearchQuery, results: &SearchResults) {
        if self.generation != generation {
            self.results.clear();
            self.order.clear();
            self.generation = generation;
        }
        if self.results.contains_key(query) {
            return;
        }
        if self.order.len() >= RESULTS_KEPT {
            if let Some(oldest) = self.order.pop_front() {
                self.results.remove(&oldest);
            }
        }
        self.order.push_back(query.clone());
        self.results.insert(query.clone(), results.clone());
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub score: f32,
    /// A passage of the text around the words found (plain text).
    pub snippet: String,
    /// Byte ranges of `snippet` that match the query.
    pub highlighted: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCounts {
    pub name: String,
    pub values: Vec<FacetValue>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetValue {
    /// What to filter by (`PK`, `ASSAULT`).
    pub value: String,
    /// How to show it ("Pakistan").
    pub label: String,
    pub count: usize,
}

/// A failed search: the caller's query, or the index.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("the query cannot be read: {0}")]
    Query(String),
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The index's fields.
#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    title: Field,
    body: Field,
    outlet: Field,
    published: Field,
    facets: Field,
    day: Field,
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let stemmed = TextFieldIndexing::default()
        .set_tokenizer("en_stem")
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let stored_text = TextOptions::default()
        .set_indexing_options(stemmed)
        .set_stored();
    let fields = Fields {
        id: builder.add_text_field("id", STRING | STORED),
        title: builder.add_text_field("title", stored_text.clone()),
        body: builder.add_text_field("body", stored_text),
        outlet: builder.add_text_field("outlet", STORED),
        published: builder.add_text_field("published", STORED),
        facets: builder.add_facet_field("facets", FacetOptions::default()),
        day: builder.add_u64_field("day", INDEXED | FAST),
    };
    (builder.build(), fields)
}

/// An open index for searching (cheap to share between threads).
pub struct SearchIndex {
    reader: IndexReader,
    fields: Fields,
    /// Reads query text: title and body, all words required, title hits count double.
    parser: QueryParser,
    /// The body's analyzer (the stemmer), for snippets.
    body_analyzer: tantivy::tokenizer::TextAnalyzer,
    /// The facet dictionaries of the index's segments, decoded once per segment.
    facet_dictionaries: crate::facets::FacetDictionaries,
    /// Entity names by id, filled as facet values are shown. A stored entity's name never
    /// changes (entities are only added), so nothing here goes stale.
    entity_names: std::sync::Mutex<std::collections::HashMap<String, String>>,
    /// Results of recent searches.
    results: std::sync::Mutex<ResultCache>,
}

impl SearchIndex {
    /// Open the index of the store in `dir`, first bringing it in step with the database
    /// (rebuilt when missing or stale, articles not yet indexed added).
    pub fn open(dir: &Path) -> Result<SearchIndex, SearchError> {
        let mut store = Store::open(dir)?;
        index_unindexed(&mut store)?;
        let (index, fields) = open_existing(&search_dir(dir))?;
        let reader = index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::OnCommitWithDelay)
            .try_into()?;
        let mut parser = QueryParser::for_index(&index, vec![fields.title, fields.body]);
        parser.set_conjunction_by_default();
        parser.set_field_boost(fields.title, 2.0);
        Ok(SearchIndex {
            reader,
            fields,
            parser,
            body_analyzer: index.tokenizer_for_field(fields.body)?,
            facet_dictionaries: crate::facets::FacetDictionaries::default(),
            entity_names: std::sync::Mutex::new(std::collections::HashMap::new()),
            results: std::sync::Mutex::new(ResultCache::default()),
        })
    }

    /// Run a search; `store` gives facet values their labels.
    pub fn search(&self, store: &Store, query: &SearchQuery) -> Result<SearchResults, SearchError> {
        let started = Instant::now();
        if let Some(results) = self.kept(query) {
            return Ok(results);
        }
        let searcher = self.reader.searcher();
        let generation = searcher.generation().generation_id();
        let results = self.search_index(store, &searcher, query, started)?;
        self.results
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .keep(generation, query, &results);
        Ok(results)
    }

    /// The results of `query` when they are kept from the same search on the index as it is
    /// now: a lock and a copy, no search (cheap enough to call where no thread may block).
    pub fn kept(&self, query: &SearchQuery) -> Option<SearchResults> {
        let started = Instant::now();
        let generation = self.reader.searcher().generation().generation_id();
        // A panic elsewhere cannot leave the cache half written: it stays usable.
        let mut results = self
            .results
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(generation, query)?;
        results.cached = true;
        results.took_ms = started.elapsed().as_secs_f64() * 1000.0;
        Some(results)
    }

    /// Run a search on the index as `searcher` sees it.
    fn search_index(
        &self,
        store: &Store,
        searcher: &tantivy::Searcher,
        query: &SearchQuery,
        started: Instant,
    ) -> Result<SearchResults, SearchError> {
        let fields = self.fields;
        let text_query: Box<dyn Query> = if query.text.trim().is_empty() {
            Box::new(AllQuery)
        } else {
            self.parser
                .parse_query(&query.text)
                .map_err(|error| SearchError::Query(error.to_string()))?
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text_query.box_clone())];
        let dimensions: [(&str, &[String]); 5] = [
            ("actor", &query.actors),
            ("type", &query.event_types),
            ("place", &query.places),
            ("country", &query.countries),
            ("outlet", &query.outlets),
        ];
        for (dimension, values) in dimensions {
            if values.is_empty() {
                continue;
            }
            let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for value in values {
                for facet_value in facet_values_for(store, dimension, value)? {
                    let facet = Facet::from_path([dimension, facet_value.as_str()]);
                    alternatives.push((
                        Occur::Should,
                        Box::new(TermQuery::new(
                            Term::from_facet(fields.facets, &facet),
                            IndexRecordOption::Basic,
                        )),
                    ));
                }
            }
            if alternatives.is_empty() {
                alternatives.push((Occur::Should, Box::new(BooleanQuery::new(Vec::new()))));
            }
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(alternatives))));
        }
        if query.since.is_some() || query.until.is_some() {
            let bound = |day: &Option<String>| -> Result<Bound<Term>, SearchError> {
                Ok(match day {
                    Some(day) => Bound::Included(Term::from_field_u64(
                        fields.day,
                        day_number(day).ok_or_else(|| {
                            SearchError::Query(format!("{day:?} is not a day (YYYY-MM-DD)"))
                        })?,
                    )),
                    None => Bound::Unbounded,
                })
            };
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(bound(&query.since)?, bound(&query.until)?)),
            ));
        }
        let whole_query = BooleanQuery::new(clauses);
        let live_segments: Vec<tantivy::index::SegmentId> = searcher
            .segment_readers()
            .iter()
            .map(|segment| segment.segment_id())
            .collect();
        self.facet_dictionaries.keep_only(&live_segments);
        let facet_counter = crate::facets::FacetCounter {
            field: "facets",
            dimensions: &FACETS,
            shown: FACET_VALUES_SHOWN,
            dictionaries: &self.facet_dictionaries,
        };
        let limit = query.limit.max(1);
        let (top, total, facet_counts) = searcher.search(
            &whole_query,
            &(
                TopDocs::with_limit(limit).and_offset(query.offset),
                Count,
                facet_counter,
            ),
        )?;
        let mut analyzer = self.body_analyzer.clone();
        let mut stems: Vec<String> = Vec::new();
        text_query.query_terms(&mut |term, _| {
            if term.field() == fields.body {
                if let Some(stem) = term.value().as_str() {
                    stems.push(stem.to_string());
                }
            }
        });
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let document: TantivyDocument = searcher.doc(address)?;
            let text_of = |field: Field| {
                document
                    .get_first(field)
                    .and_then(|value| value.as_str())
                    .map(str::to_string)
            };
            let body = document
                .get_first(fields.body)
                .and_then(|value| value.as_str())
                .unwrap_or("");
            let (snippet_text, highlighted) = snippet_of(&mut analyzer, &stems, body)
                .unwrap_or_else(|| (opening_words(body, SNIPPET_CHARS), Vec::new()));
            hits.push(SearchHit {
                id: text_of(fields.id).unwrap_or_default(),
                title: text_of(fields.title).filter(|title| !title.is_empty()),
                outlet: text_of(fields.outlet).filter(|outlet| !outlet.is_empty()),
                published: text_of(fields.published).filter(|day| !day.is_empty()),
                score,
                snippet: snippet_text,
                highlighted,
            });
        }
        let mut facets = Vec::new();
        for (dimension, counted) in FACETS.into_iter().zip(facet_counts) {
            let labels = self.facet_labels(store, dimension, &counted)?;
            let mut values: Vec<FacetValue> = counted
                .into_iter()
                .zip(labels)
                .map(|((value, count), label)| FacetValue {
                    value,
                    label,
                    count,
                })
                .collect();
            values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            facets.push(FacetCounts {
                name: dimension.to_string(),
                values,
            });
        }
        Ok(SearchResults {
            total,
            limit,
            offset: query.offset,
            hits,
            facets,
            took_ms: started.elapsed().as_secs_f64() * 1000.0,
            cached: false,
        })
    }

    /// Labels for facet values: entity names for actors and places (read from the store once
    /// per entity), the value otherwise.
    fn facet_labels(
        &self,
        store: &Store,
        dimension: &str,
        values: &[(String, usize)],
    ) -> Result<Vec<String>, SearchError> {
        if dimension != "actor" && dimension != "place" {
            return Ok(values.iter().map(|(value, _)| value.clone()).collect());
        }
        // A panic elsewhere cannot leave a name half written: the cache stays usable.
        let mut known = self
            .entity_names
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let missing: Vec<String> = values
            .iter()
            .map(|(value, _)| value.clone())
            .filter(|id| !known.contains_key(id))
            .collect();
        if !missing.is_empty() {
            // Only names found are kept: an id not stored yet may be stored later.
            known.extend(store.entity_names(&missing)?);
        }
        Ok(values
            .iter()
            .map(|(id, _)| known.get(id).cloned().unwrap_or_else(|| id.clone()))
            .collect())
    }

    /// How many articles the index holds.
    pub fn article_count(&self) -> usize {
        self.reader.searcher().num_docs() as usize
    }
}

/// Longest snippet shown per hit, in characters.
const SNIPPET_CHARS: usize = 220;

/// Characters of context shown before the first word found.
const SNIPPET_LEAD_CHARS: usize = 60;

/// A passage of `body` around the first word the query's body terms (`stems`, as the index
/// holds them) match, with the byte ranges of every matching word in it; None when no word
/// of the body matches. Tantivy's snippet generator stems every word of the article to find
/// the best passage, which cost more than the rest of a search; here a word is stemmed only
/// when its first letters are those of a term, so most words cost a comparison.
fn snippet_of(
    analyzer: &mut tantivy::tokenizer::TextAnalyzer,
    stems: &[String],
    body: &str,
) -> Option<(String, Vec<(usize, usize)>)> {
    // The prefix a word must start with (lowercased) to be stemmed: the stem's first letters.
    let prefixes: Vec<String> = stems
        .iter()
        .map(|stem| stem.chars().take(3).collect::<String>())
        .filter(|prefix| !prefix.is_empty())
        .collect();
    if prefixes.is_empty() {
        return None;
    }
    let mut matches: Vec<(usize, usize)> = Vec::new();
    let mut passage_end = body.len();
    for (start, end) in word_ranges(body) {
        if start >= passage_end {
            break;
        }
        let lower = body[start..end].to_lowercase();
        if !prefixes
            .iter()
            .any(|prefix| lower.starts_with(prefix.as_str()))
        {
            continue;
        }
        let mut stemmed = None;
        analyzer
            .token_stream(&body[start..end])
            .process(&mut |token| stemmed = Some(token.text.clone()));
        if stemmed.is_some_and(|stemmed| stems.contains(&stemmed)) {
            if matches.is_empty() {
                let from = passage_start(body, start);
                passage_end = char_boundary_after(body, from, SNIPPET_CHARS);
                if end > passage_end {
                    passage_end = end;
                }
            }
            matches.push((start, end));
        }
    }
    let first = matches.first()?.0;
    let from = passage_start(body, first);
    let to = word_end_at_or_before(body, from, passage_end);
    // Same byte length, so the highlighted ranges still hold.
    let text = body[from..to].replace(['\n', '\r', '\t'], " ");
    let highlighted = matches
        .into_iter()
        .filter(|(_, end)| *end <= to)
        .map(|(start, end)| (start - from, end - from))
        .collect();
    Some((text, highlighted))
}

/// Byte ranges of the words of `text` as the index's tokenizer cuts them: runs of letters
/// and digits.
fn word_ranges(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((_, character)) = chars.peek() {
            if character.is_alphanumeric() {
                break;
            }
            chars.next();
        }
        let (start, _) = *chars.peek()?;
        let mut end = start;
        while let Some((at, character)) = chars.peek() {
            if !character.is_alphanumeric() {
                break;
            }
            end = at + character.len_utf8();
            chars.next();
        }
        Some((start, end))
    })
}

/// Where a passage showing the word at `at` starts: the start of its sentence when that is
/// near, else a word start about [`SNIPPET_LEAD_CHARS`] before it.
fn passage_start(body: &str, at: usize) -> usize {
    let mut lead_start = at;
    for (count, (index, _)) in body[..at].char_indices().rev().enumerate() {
        lead_start = index;
        if count + 1 >= SNIPPET_LEAD_CHARS {
            break;
        }
    }
    let lead = &body[lead_start..at];
    if let Some(sentence) = lead.rfind(['.', '!', '?', '\n']) {
        let after = lead_start + sentence + 1;
        return after + (body[after..at].len() - body[after..at].trim_start().len());
    }
    if lead_start == 0 {
        return 0;
    }
    // Skip the cut word.
    match body[lead_start..at].find(char::is_whitespace) {
        Some(space) => {
            let after = lead_start + space;
            after + (body[after..at].len() - body[after..at].trim_start().len())
        }
        None => lead_start,
    }
}

/// The byte index `chars` characters after `from` (or the end of `body`).
fn char_boundary_after(body: &str, from: usize, chars: usize) -> usize {
    body[from..]
        .char_indices()
        .nth(chars)
        .map_or(body.len(), |(index, _)| from + index)
}

/// `to`, moved back to the end of the last whole word between `from` and it.
fn word_end_at_or_before(body: &str, from: usize, to: usize) -> usize {
    if to >= body.len() || !body[to..].starts_with(char::is_alphanumeric) {
        return to;
    }
    match body[from..to].rfind(|character: char| !character.is_alphanumeric()) {
        Some(cut) if cut > 0 => from + cut,
        _ => to,
    }
}

fn search_dir(dir: &Path) -> PathBuf {
    dir.join(SEARCH_DIR)
}

/// The facet values a filter value stands for: entity ids for actors and places named by id
/// or name, the value itself otherwise.
fn facet_values_for(
    store: &Store,
    dimension: &str,
    value: &str,
) -> Result<Vec<String>, SearchError> {
    Ok(match dimension {
        "actor" | "place" => {
            let mut ids = store.entity_ids_named(value)?;
            if ids.is_empty() {
                ids.push(value.to_string());
            }
            ids
        }
        "type" => vec![value.to_uppercase()],
        "country" => vec![value.to_uppercase()],
        _ => vec![value.to_string()],
    })
}

/// The first words of a text up to about `limit` characters.
fn opening_words(text: &str, limit: usize) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > limit {
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// "2025-10-12…" as 20251012.
fn day_number(day: &str) -> Option<u64> {
    let digits: String = day
        .get(..10)?
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    if digits.len() != 8 || day.as_bytes().get(4) != Some(&b'-') {
        return None;
    }
    digits.parse().ok()
}

/// Open the index [`index_unindexed`] has just brought in step.
fn open_existing(search_dir: &Path) -> Result<(Index, Fields), SearchError> {
    let (_, fields) = schema();
    Ok((Index::open_in_dir(search_dir)?, fields))
}

/// Bring the index in step with the database: rebuild it when it is missing, unreadable, of
/// another schema or holds fewer articles than the database marks indexed; then add the
/// articles not yet indexed. Safe to run from two processes at once (the index writer's lock
/// makes one wait) and after a crash (each article is deleted before it is added again).
pub fn index_unindexed(store: &mut Store) -> Result<()> {
    let dir = search_dir(store.dir());
    let (schema, fields) = schema();
    let existing = Index::open_in_dir(&dir)
        .ok()
        .filter(|index| index.schema() == schema);
    let index = match existing {
        Some(index) => {
            let indexed_in_database = store.indexed_article_count()?;
            let in_index = index
                .reader()
                .map(|reader| reader.searcher().num_docs() as usize)
                .unwrap_or(0);
            if in_index < indexed_in_database {
                rebuild(store, &dir, schema)?
            } else {
                index
            }
        }
        None => rebuild(store, &dir, schema)?,
    };
    let ids = store.unindexed_articles()?;
    if ids.is_empty() {
        return Ok(());
    }
    let mut writer = writer_waiting(&index)?;
    for chunk in ids.chunks(256) {
        for id in chunk {
            writer.delete_term(Term::from_field_text(fields.id, id));
            if let Some(article) = store.article(id)? {
                writer.add_document(index_document(store, &article, fields)?)?;
            }
        }
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    store.mark_indexed(&ids, true)?;
    Ok(())
}

/// A new, empty index in `dir` (whatever was there removed) with every article marked for
/// indexing.
fn rebuild(store: &mut Store, dir: &Path, schema: Schema) -> Result<Index> {
    if dir.exists() {
        // Another process may hold the writer of the old index: wait for it before removing.
        if let Ok(old) = Index::open_in_dir(dir) {
            drop(writer_waiting(&old)?);
        }
        std::fs::remove_dir_all(dir)?;
    }
    std::fs::create_dir_all(dir)?;
    let index = match Index::create_in_dir(dir, schema) {
        Ok(index) => index,
        // Another process made it between our removal and creation: use theirs.
        Err(tantivy::TantivyError::IndexAlreadyExists) => Index::open_in_dir(dir)?,
        Err(error) => return Err(error.into()),
    };
    store.mark_all_unindexed()?;
    Ok(index)
}

/// The index writer, waiting while another process holds it.
fn writer_waiting(index: &Index) -> Result<IndexWriter> {
    let started = Instant::now();
    loop {
        match index.writer_with_num_threads(1, WRITER_MEMORY_BYTES) {
            Ok(writer) => return Ok(writer),
            Err(tantivy::TantivyError::LockFailure(
                tantivy::directory::error::LockError::LockBusy,
                _,
            )) if started.elapsed() < WRITER_WAIT => {
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(error) => return Err(error.into()),
        }
    }
}

/// One article as an index document: its text, what lists show, and its facets (actors and
/// places it names, countries they act for or lie in, event types it reports, its outlet).
fn index_document(store: &Store, article: &Article, fields: Fields) -> Result<TantivyDocument> {
    let mut document = TantivyDocument::default();
    document.add_text(fields.id, &article.id);
    document.add_text(fields.title, article.title.as_deref().unwrap_or(""));
    document.add_text(fields.body, &article.text);
    let outlet = article
        .outlet
        .name
        .as_deref()
        .or(article.outlet.domain.as_deref());
    document.add_text(fields.outlet, outlet.unwrap_or(""));
    document.add_text(fields.published, article.published.as_deref().unwrap_or(""));
    if let Some(day) = article.published.as_deref().and_then(day_number) {
        document.add_u64(fields.day, day);
    }
    let mut facets: BTreeSet<(&str, String)> = BTreeSet::new();
    if let Some(outlet) = outlet {
        facets.insert(("outlet", outlet.to_string()));
    }
    let entity_ids: Vec<String> = article
        .mentions
        .iter()
        .filter_map(|mention| mention.entity.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let entities = store.entities(&entity_ids)?;
    for mention in &article.mentions {
        let Some(id) = &mention.entity else { continue };
        let entity_kind = entities.get(id).map(|entity| entity.kind);
        let is_place = mention.kind.or(entity_kind) == Some(EntityKind::Place);
        facets.insert((if is_place { "place" } else { "actor" }, id.clone()));
        if let Some(country) = &mention.acts_for {
            facets.insert(("country", country.to_uppercase()));
        }
        if let Some(country) = entities.get(id).and_then(|entity| entity.country.as_ref()) {
            facets.insert(("country", country.to_uppercase()));
        }
    }
    for event in store.article_events(&article.id)? {
        facets.insert(("type", event.event.to_string()));
        for actor in event.actor.iter().chain(&event.recipient) {
            if let Some(id) = &actor.entity {
                facets.insert(("actor", id.clone()));
            }
        }
        if let Some(country) = event.location.and_then(|location| location.country) {
            facets.insert(("country", country.to_uppercase()));
        }
    }
    for (dimension, value) in facets {
        document.add_facet(fields.facets, Facet::from_path([dimension, value.as_str()]));
    }
    Ok(document)
}

/// Facet counts of a whole store, for tests and people.
pub fn facet_summary(results: &SearchResults) -> BTreeMap<String, Vec<(String, usize)>> {
    results
        .facets
        .iter()
        .map(|facet| {
            (
                facet.name.clone(),
                facet
                    .values
                    .iter()
                    .map(|value| (value.value.clone(), value.count))
                    .collect(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::snippet_of;

    /// The snippet for a query's stems: its text and the words it highlights.
    fn check(stems: &[&str], body: &str, expected: Option<(&str, &[&str])>) {
        let mut analyzer = tantivy::tokenizer::TokenizerManager::default()
            .get("en_stem")
            .unwrap();
        let stems: Vec<String> = stems.iter().map(|stem| stem.to_string()).collect();
        let got = snippet_of(&mut analyzer, &stems, body).map(|(text, ranges)| {
            let words: Vec<String> = ranges
                .iter()
                .map(|(start, end)| text[*start..*end].to_string())
                .collect();
            (text, words)
        });
        let expected = expected.map(|(text, words)| {
            (
                text.to_string(),
                words.iter().map(|word| word.to_string()).collect(),
            )
        });
        assert_eq!(got, expected);
    }

    #[test]
    fn a_snippet_starts_at_the_sentence_of_the_first_word_found() {
        check(
            &["ceasefir", "talk"],
            "The weather was calm. Ceasefire talks resumed in Doha.\nOfficials talked on.",
            Some((
                "Ceasefire talks resumed in Doha. Officials talked on.",
                &["Ceasefire", "talks", "talked"],
            )),
        );
    }

    #[test]
    fn a_word_deep_in_a_long_text_is_shown_with_a_little_context() {
        let body = format!(
            "{}The drone struck a convoy near the border.",
            "filler words ".repeat(400)
        );
        let (text, words) = {
            let mut analyzer = tantivy::tokenizer::TokenizerManager::default()
                .get("en_stem")
                .unwrap();
            let (text, ranges) = snippet_of(&mut analyzer, &["drone".to_string()], &body).unwrap();
            let words: Vec<String> = ranges
                .iter()
                .map(|(start, end)| text[*start..*end].to_string())
                .collect();
            (text, words)
        };
        assert_eq!(words, ["drone"]);
        assert!(
            text.starts_with("filler") || text.starts_with("words"),
            "{text}"
        );
        assert!(text.ends_with("near the border."), "{text}");
        assert!(text.chars().count() <= super::SNIPPET_CHARS + 2, "{text}");
    }

    #[test]
    fn no_snippet_when_no_word_of_the_text_matches() {
        check(&["famin"], "Talks in Doha. The militia withdrew.", None);
        check(&[], "Talks in Doha.", None);
    }

    #[test]
    fn text_in_other_scripts_is_cut_at_character_boundaries() {
        check(
            &["drone"],
            "Les négociations à Genève ont échoué… Un drone a frappé Ле́рмонтов.",
            Some((
                "Les négociations à Genève ont échoué… Un drone a frappé Ле́рмонтов.",
                &["drone"],
            )),
        );
    }
}
