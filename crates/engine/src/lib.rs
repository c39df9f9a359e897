//! `engine/`: the library API that chains the stages — inputs in, an analysis out. The CLI and
//! (later) the server call this crate, never the stages directly.

use model::{Analysis, Article, RawDoc, RawFormat, Warning};

pub use ingest::{FetchOptions, InputOptions};

include!(concat!(env!("OUT_DIR"), "/demo_corpus.rs"));

/// Longest cleaned article text the later stages read; longer texts are cut with a warning.
pub const MAX_ARTICLE_TEXT_BYTES: usize = 1024 * 1024;
// `RemovalReason::ArticleTextLimit` names this limit in its phrase ("past the 1024 KB …").
const _: () = assert!(MAX_ARTICLE_TEXT_BYTES == 1024 * 1024);

/// The pipeline's stages, for progress bars, timings and tracing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Ingest,
    Clean,
    Card,
    Entities,
    Events,
    Stories,
}

impl Stage {
    pub fn label(self) -> &'static str {
        match self {
            Stage::Ingest => "reading inputs",
            Stage::Clean => "cleaning articles",
            Stage::Card => "making cards",
            Stage::Entities => "linking entities",
            Stage::Events => "coding events",
            Stage::Stories => "building stories",
        }
    }
}

/// Options of one analysis run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub inputs: InputOptions,
    /// Extra knowledge-base files (`--kb FILE`): (name for warnings, contents).
    pub knowledge_base_files: Vec<(String, String)>,
    /// Extra actor dictionaries (`--actors FILE`, format in crates/events/README.md): (name
    /// for warnings, contents).
    pub actor_files: Vec<(String, String)>,
    /// Extra trigger dictionaries (`--verbs FILE`, the format of crates/events/data/triggers.tsv).
    pub verb_files: Vec<(String, String)>,
}

/// The loaded models and lexicons one run shares across articles.
pub struct Resources {
    pub knowledge_base: kb::KnowledgeBase,
    pub tagger: &'static ner::Tagger,
    pub event_lexicon: events::EventLexicon,
}

impl Resources {
    /// The built-in knowledge base extended with the user's files, and the committed tagger.
    /// Problems in user files come back as warnings.
    pub fn load(options: &Options) -> (Resources, Vec<Warning>) {
        let mut knowledge_base = kb::KnowledgeBase::load_default();
        let mut warnings = knowledge_base.warnings().to_vec();
        for (name, contents) in &options.knowledge_base_files {
            warnings.extend(knowledge_base.extend_from_str(contents, name));
        }
        let mut event_lexicon = events::EventLexicon::load_default();
        for record in knowledge_base.records() {
            if record.kind == kb::RecordKind::State {
                let name = record.name.clone();
                event_lexicon.country_names.insert(record.id.clone(), name);
            }
        }
        for (name, contents) in &options.actor_files {
            let problems = event_lexicon.add_actors(contents, name);
            warnings.extend(problems.iter().map(|p| Warning::new(name, p.to_string())));
        }
        for (name, contents) in &options.verb_files {
            let problems = event_lexicon.add_triggers(contents, name);
            warnings.extend(problems.iter().map(|p| Warning::new(name, p.to_string())));
        }
        (
            Resources {
                knowledge_base,
                tagger: ner::default_tagger(),
                event_lexicon,
            },
            warnings,
        )
    }
}

/// Tag CoNLL-format input (one token per line, first column; blank lines between sentences;
/// `-DOCSTART-` or Reuters-style datelines between stories) with the statistical tagger, each
/// story tagged as one document. Prints `token<TAB>tag` lines in BIO over PER, ORG, LOC, MISC.
pub fn tag_conll(input: &str) -> String {
    let mut out = String::new();
    for sentence in ner::tag_conll(ner::default_tagger(), input) {
        for (token, tag) in sentence {
            out.push_str(&token);
            out.push('\t');
            out.push_str(&tag.to_string());
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// Tag plain text (sentences on lines, as a person writes them): it is split into sentences
/// and CoNLL-style tokens and tagged as one document. Prints the same `token<TAB>tag` lines
/// as [`tag_conll`], a blank line after each sentence.
pub fn tag_text(input: &str) -> String {
    let mut out = String::new();
    for sentence in ner::plain_text::tag_text(ner::default_tagger(), input) {
        for token in sentence {
            out.push_str(&input[token.start..token.end]);
            out.push('\t');
            out.push_str(&token.tag.to_string());
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// True when `input` reads as CoNLL (one token per line, maybe with tag columns), false when
/// it is plain text that [`tag_text`] should tokenise.
pub fn is_conll(input: &str) -> bool {
    ner::plain_text::is_one_token_per_line(input)
}

/// An analysis and how many inputs could not be read at all.
#[derive(Debug, Default)]
pub struct Outcome {
    pub analysis: Analysis,
    pub failed_inputs: usize,
}

/// Progress reports: the stage, items done, items in all.
pub type Progress<'a> = &'a mut dyn FnMut(Stage, usize, usize);

/// Read the inputs (paths, folders, globs, `-`, URLs) and analyse every article in them.
pub fn analyze_inputs(inputs: &[String], options: &Options, progress: Progress) -> Outcome {
    progress(Stage::Ingest, 0, inputs.len());
    let ingested = ingest::read_inputs(inputs, &options.inputs);
    progress(Stage::Ingest, inputs.len(), inputs.len());
    finish(ingested, options, progress)
}

/// Analyse the embedded demo corpus; sources are named `demo/corpus/<file>`.
pub fn analyze_demo(options: &Options, progress: Progress) -> Outcome {
    let mut ingested = ingest::Ingested::default();
    for (name, bytes) in DEMO_CORPUS {
        let one = ingest::parse_bytes(&format!("demo/corpus/{name}"), bytes, name, None);
        ingested.docs.extend(one.docs);
        ingested.warnings.extend(one.warnings);
        ingested.failed += one.failed;
    }
    finish(ingested, options, progress)
}

fn finish(ingested: ingest::Ingested, options: &Options, progress: Progress) -> Outcome {
    let (resources, mut resource_warnings) = Resources::load(options);
    let failed_inputs = ingested.failed + resource_warnings.len();
    let mut warnings = ingested.warnings;
    warnings.append(&mut resource_warnings);
    let (mut analysis, incomplete_documents) =
        analyze_docs_counting_incomplete(ingested.docs, &resources, progress);
    mark_partial_articles(&mut analysis.articles, &ingested.partial);
    warnings.append(&mut analysis.warnings);
    analysis.warnings = warnings;
    Outcome {
        analysis,
        failed_inputs: failed_inputs + incomplete_documents,
    }
}

/// Articles of documents their input held only in part (a cut gzip stream, a truncated WARC
/// record or JSON document) say what is missing in `removed`, so what was read is never taken
/// for the whole. (The input's warning and its count in `failed_inputs` come from ingest.)
fn mark_partial_articles(
    articles: &mut [model::Article],
    partial: &std::collections::BTreeMap<String, String>,
) {
    for article in articles {
        if let Some(missing) = partial.get(&article.source) {
            article.removed.push(model::Removed {
                text: missing.clone(),
                why: model::RemovalReason::PartialInput,
            });
        }
    }
}

/// Clean, de-duplicate and analyse raw documents. Pure: the same documents give the same
/// analysis.
pub fn analyze_docs(docs: Vec<RawDoc>, resources: &Resources, progress: Progress) -> Analysis {
    analyze_docs_counting_incomplete(docs, resources, progress).0
}

/// The pipeline: one block per [`Stage`] after ingest, each reading what the earlier ones
/// left on the articles. Also returns how many documents were not analysed in full (no
/// article text found in them, or cut at a size limit); each is named in a warning and makes
/// the run's exit 1.
fn analyze_docs_counting_incomplete(
    docs: Vec<RawDoc>,
    resources: &Resources,
    progress: Progress,
) -> (Analysis, usize) {
    let mut analysis = Analysis::default();

    progress(Stage::Clean, 0, docs.len());
    let mut failed_documents = 0;
    let cleaned: Vec<(Article, Vec<Warning>, bool)> = docs
        .iter()
        .zip(parallel_map(&docs, clean_one_noting_cuts))
        .filter_map(|(doc, result)| match result {
            Ok(cleaned) => Some(cleaned),
            Err(message) => {
                let failure = stage_failure(&doc.source, Stage::Clean, &message);
                analysis.warnings.push(failure);
                failed_documents += 1;
                None
            }
        })
        .collect();
    let mut incomplete_documents =
        failed_documents + keep_distinct_articles(cleaned, &mut analysis);
    progress(Stage::Clean, docs.len(), docs.len());

    // Each later stage fills its part of every article; an article a stage fails on keeps
    // the rest, is named in a warning and counts as incomplete (once).
    let mut failed_articles = std::collections::BTreeSet::new();
    let mut note_failure = |analysis: &mut Analysis, index: usize, stage: Stage, message: &str| {
        let source = analysis.articles[index].source.clone();
        analysis
            .warnings
            .push(stage_failure(&source, stage, message));
        failed_articles.insert(index);
    };

    progress(Stage::Card, 0, analysis.articles.len());
    let cards = parallel_map(&analysis.articles, card::card);
    for (index, card) in cards.into_iter().enumerate() {
        match card {
            Ok(card) => analysis.articles[index].card = Some(card),
            Err(message) => note_failure(&mut analysis, index, Stage::Card, &message),
        }
    }
    progress(
        Stage::Card,
        analysis.articles.len(),
        analysis.articles.len(),
    );

    progress(Stage::Entities, 0, analysis.articles.len());
    let found = parallel_map(&analysis.articles, |article| {
        entities::analyze(article, &resources.knowledge_base, resources.tagger)
    });
    let mut entities_by_id = std::collections::BTreeMap::new();
    for (index, who_where_when) in found.into_iter().enumerate() {
        let who_where_when = match who_where_when {
            Ok(who_where_when) => who_where_when,
            Err(message) => {
                note_failure(&mut analysis, index, Stage::Entities, &message);
                continue;
            }
        };
        let article = &mut analysis.articles[index];
        article.mentions = who_where_when.mentions;
        article.dates = who_where_when.dates;
        article.quantities = who_where_when.quantities;
        article.quotations = who_where_when.quotations;
        for entity in who_where_when.entities {
            entities_by_id.entry(entity.id.clone()).or_insert(entity);
        }
    }
    analysis.entities = entities_by_id.into_values().collect();
    progress(
        Stage::Entities,
        analysis.articles.len(),
        analysis.articles.len(),
    );

    progress(Stage::Events, 0, analysis.articles.len());
    let coded = parallel_map(&analysis.articles, |article| {
        events::extract(article, &analysis.entities, &resources.event_lexicon)
    });
    // Articles in order, each one's events in text order: deterministic.
    for (index, events) in coded.into_iter().enumerate() {
        match events {
            Ok(events) => analysis.events.extend(events),
            Err(message) => note_failure(&mut analysis, index, Stage::Events, &message),
        }
    }
    progress(
        Stage::Events,
        analysis.articles.len(),
        analysis.articles.len(),
    );
    incomplete_documents += failed_articles.len();

    progress(Stage::Stories, 0, analysis.articles.len());
    let built = catching_panics(|| {
        stories::build(&analysis.articles, &analysis.events, &analysis.entities)
    });
    match built {
        Ok(stories) => analysis.stories = stories,
        Err(message) => analysis.warnings.push(Warning::new(
            "(all articles)",
            format!(
                "the Stories stage failed (a sitrep bug: {message}); the analysis has no stories"
            ),
        )),
    }
    progress(
        Stage::Stories,
        analysis.articles.len(),
        analysis.articles.len(),
    );

    (analysis, incomplete_documents)
}

/// Keep each cleaned document that holds article text, once per content id; name the others in warnings. Returns how many documents were incomplete.
fn keep_distinct_articles(
    cleaned: Vec<(Article, Vec<Warning>, bool)>,
    analysis: &mut Analysis,
) -> usize {
    let mut seen = std::collections::BTreeMap::new();
    let mut incomplete_documents = 0;
    for (article, mut article_warnings, was_cut) in cleaned {
        analysis.warnings.append(&mut article_warnings);
        if article.paragraphs.is_empty() {
            analysis
                .warnings
                .push(Warning::new(&article.source, "no article text found"));
            incomplete_documents += 1;
            continue;
        }
        incomplete_documents += usize::from(was_cut);
        if let Some(first_source) = seen.get(&article.id) {
            analysis.warnings.push(Warning::new(
                &article.source,
                format!("same content as {first_source}: read once"),
            ));
            continue;
        }
        seen.insert(article.id.clone(), article.source.clone());
        analysis.articles.push(article);
    }
    incomplete_documents
}

/// Clean one raw document into an article, whatever its format.
pub fn clean_one(doc: &RawDoc) -> (Article, Vec<Warning>) {
    let (article, warnings, _) = clean_one_noting_cuts(doc);
    (article, warnings)
}

/// [`clean_one`], and whether a size limit cut the document (its HTML or its article text).
fn clean_one_noting_cuts(doc: &RawDoc) -> (Article, Vec<Warning>, bool) {
    let mut was_cut = doc.format == RawFormat::Html && doc.content.len() > extract::MAX_HTML_BYTES;
    let (mut article, warnings) = match doc.format {
        RawFormat::Html => extract::extract(doc),
        RawFormat::Text => text::clean_text(doc),
    };
    if article.published.is_none() {
        // Scraped text carries its date in the dateline or byline the cleaner removed.
        article.published = article
            .removed
            .iter()
            .filter(|removed| {
                matches!(
                    removed.why,
                    model::RemovalReason::Dateline | model::RemovalReason::Byline
                )
            })
            .find_map(|removed| calendar::date_in_text(&removed.text));
    }
    let mut warnings = warnings;
    if let Some(published) = article.published.take() {
        // The contract's `published` is ISO 8601; a container's date field ("12/05/2025",
        // "yesterday") is read by the one date reader (`calendar`, whose policy reads an
        // ambiguous numeric date day first) or, when it is no date at all, named in a warning
        // rather than passed on.
        article.published = calendar::normalize_date(&published);
        if article.published.is_none() {
            warnings.push(Warning::new(
                &article.source,
                format!("publication date {published:?} is not a date sitrep can read; left out"),
            ));
        }
    }
    text::attribute(&mut article);
    if article.text.len() > MAX_ARTICLE_TEXT_BYTES {
        // No news article is this long; a page that yields this much text is a dump, and the
        // later stages' cost grows with it. Keep the beginning, whole paragraphs only.
        let mut running_bytes = 0;
        let kept_count = article
            .paragraphs
            .iter()
            .take_while(|paragraph| {
                running_bytes += paragraph.text.len() + 2;
                running_bytes <= MAX_ARTICLE_TEXT_BYTES
            })
            .count();
        let mut cut = article.paragraphs.split_off(kept_count);
        if kept_count == 0 {
            // One paragraph over the limit by itself (text whose paragraph breaks were lost):
            // keep its sentences up to the limit rather than nothing.
            if let Some(first) = cut.first_mut() {
                let end = first_sentences_within(&first.text, MAX_ARTICLE_TEXT_BYTES);
                let rest = first.text.split_off(end);
                let kept = std::mem::replace(&mut first.text, rest.trim_start().to_string());
                article.paragraphs.push(model::paragraph(first.kind, kept));
            }
        }
        let cut_bytes: usize = cut.iter().map(|paragraph| paragraph.text.len()).sum();
        // Too much to list line by line; what went is still accounted for.
        article.removed.push(model::Removed {
            text: format!(
                "{} more paragraphs ({} KB) not kept",
                cut.len(),
                cut_bytes.div_ceil(1024)
            ),
            why: model::RemovalReason::ArticleTextLimit,
        });
        was_cut = true;
        model::finish_article(&mut article);
        warnings.push(Warning::new(
            &article.source,
            format!(
                "article text longer than {} KB: cut to its first {} paragraphs",
                MAX_ARTICLE_TEXT_BYTES / 1024,
                article.paragraphs.len()
            ),
        ));
    }
    if article.language.is_none() {
        article.language = text::detect_language(&article.text);
    }
    // Split once here; every later stage reads these.
    article.sentences = text::sentences(&article.text);
    (article, warnings, was_cut)
}

/// Where to cut a paragraph to keep at most `limit` bytes of it: after its last sentence that
/// ends within the limit, else at the last space, else at the limit itself.
fn first_sentences_within(text: &str, limit: usize) -> usize {
    if text.len() <= limit {
        return text.len();
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sentence_end = text::sentences(&text[..end])
        .iter()
        .map(|sentence| sentence.end)
        .rfind(|&sentence_end| {
            text[..sentence_end].ends_with(['.', '!', '?', '"', '\'', ')', '”', '’', '»'])
        })
        .filter(|&sentence_end| sentence_end > 0);
    sentence_end
        .or_else(|| text[..end].rfind(' ').filter(|&space| space > 0))
        .unwrap_or(end)
}

/// Map `function` over `items` on all cores, keeping the input order (so output is the same
/// whatever the thread count).
fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    function: impl Fn(&T) -> R + Sync,
) -> Vec<Result<R, String>> {
    // A bug that panics on one item costs that item's result, not the batch.
    let guarded = |item: &T| catching_panics(|| function(item));
    let threads = std::thread::available_parallelism()
        .map(usize::from)
        .unwrap_or(1)
        .min(items.len().max(1));
    if threads <= 1 || items.len() < 8 {
        return items.iter().map(guarded).collect();
    }
    let chunk_size = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk_size)
            .map(|chunk| scope.spawn(|| chunk.iter().map(guarded).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().expect("panics are caught per item"))
            .collect()
    })
}

/// Run `job`; a panic becomes the text it carried (`panic!("…")` gives a `&str` or a
/// `String`).
fn catching_panics<R>(job: impl FnOnce() -> R) -> Result<R, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|message| message.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".to_string())
    })
}

/// The warning for an article one stage failed on: named, with the stage and the panic's
/// message, so the batch goes on and the failure is reported as the bug it is.
fn stage_failure(source: &str, stage: Stage, message: &str) -> Warning {
    Warning::new(
        source,
        format!(
            "the {stage:?} stage failed on this article (a sitrep bug: {message}); the article is \
             kept without what that stage finds"
        ),
    )
}

/// Documents read from inputs, before analysis: for callers that keep a store and analyse
/// only the documents they have not seen (`sitrep ingest`).
pub use ingest::Ingested;

/// Read the inputs (paths, folders, globs, `-`, URLs) into raw documents without analysing
/// them.
pub fn read_documents(inputs: &[String], options: &Options) -> Ingested {
    ingest::read_inputs(inputs, &options.inputs)
}

/// The embedded demo corpus as raw documents, sources named `demo/corpus/<file>`.
pub fn demo_documents() -> Ingested {
    let mut ingested = Ingested::default();
    for (name, bytes) in DEMO_CORPUS {
        let one = ingest::parse_bytes(&format!("demo/corpus/{name}"), bytes, name, None);
        ingested.docs.extend(one.docs);
        ingested.warnings.extend(one.warnings);
        ingested.failed += one.failed;
        ingested.partial.extend(one.partial);
    }
    ingested
}

/// Analyse one batch of new documents (the whole pipeline, per article), marking articles
/// of documents read only in part; also returns how many documents were not analysed in
/// full. Stories in the result cover this batch only: a caller that keeps earlier articles
/// recomputes them over everything with [`stories_of`].
pub fn analyze_batch(
    docs: Vec<RawDoc>,
    partial: &std::collections::BTreeMap<String, String>,
    resources: &Resources,
) -> (Analysis, usize) {
    let (mut analysis, incomplete_documents) =
        analyze_docs_counting_incomplete(docs, resources, &mut |_, _, _| {});
    mark_partial_articles(&mut analysis.articles, partial);
    (analysis, incomplete_documents)
}

/// Stories over already analysed articles, their events and entities (for a store that adds
/// articles over time and keeps each one's analysis): the stories stage alone, so stored
/// analyses are never redone to rebuild stories.
pub fn stories_of(analysis: &Analysis) -> Vec<model::Story> {
    stories::build(&analysis.articles, &analysis.events, &analysis.entities)
}

/// [`stories_of`] for a store that keeps its stories between ingests: `previous` are the
/// stories computed before with the key of the inputs each came from; every story whose
/// inputs did not change is reused as it is (the result is the same as [`stories_of`]).
/// Returns the stories with their keys, to keep for the next time.
pub fn stories_updated(
    analysis: &Analysis,
    previous: Vec<(String, model::Story)>,
) -> Vec<(String, model::Story)> {
    let memo = stories::Memo {
        stories: previous
            .into_iter()
            .map(|(key, story)| stories::MemoStory { key, story })
            .collect(),
    };
    let (_, memo) = stories::update(
        &analysis.articles,
        &analysis.events,
        &analysis.entities,
        &memo,
    );
    memo.stories
        .into_iter()
        .map(|remembered| (remembered.key, remembered.story))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::parallel_map;

    #[test]
    fn a_panic_on_one_item_costs_only_that_items_result() {
        let items: Vec<usize> = (0..20).collect();
        let results = parallel_map(&items, |&item| {
            assert!(item != 7, "item {item} is bad");
            item * 2
        });
        assert_eq!(results.len(), 20);
        for (item, result) in items.iter().zip(&results) {
            match result {
                Ok(doubled) => assert_eq!(*doubled, item * 2),
                Err(message) => {
                    assert_eq!(*item, 7);
                    assert!(message.contains("item 7 is bad"), "{message}");
                }
            }
        }
        assert_eq!(results.iter().filter(|result| result.is_err()).count(), 1);
    }
}
