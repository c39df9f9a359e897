//! `engine/`: the library API that chains the stages — inputs in, an analysis out. The CLI and
//! (later) the server call this crate, never the stages directly.

use model::{Analysis, Article, RawDoc, RawFormat, Warning};

pub use ingest::{FetchOptions, InputOptions};

include!(concat!(env!("OUT_DIR"), "/demo_corpus.rs"));

/// The pipeline's stages, for progress bars, timings and tracing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Ingest,
    Clean,
    Card,
}

impl Stage {
    pub fn label(self) -> &'static str {
        match self {
            Stage::Ingest => "reading inputs",
            Stage::Clean => "cleaning articles",
            Stage::Card => "making cards",
        }
    }
}

/// Options of one analysis run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub inputs: InputOptions,
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
    finish(ingested, progress)
}

/// Analyse the embedded demo corpus; sources are named `demo/corpus/<file>`.
pub fn analyze_demo(progress: Progress) -> Outcome {
    let mut ingested = ingest::Ingested::default();
    for (name, bytes) in DEMO_CORPUS {
        let one = ingest::parse_bytes(&format!("demo/corpus/{name}"), bytes, name, None);
        ingested.docs.extend(one.docs);
        ingested.warnings.extend(one.warnings);
        ingested.failed += one.failed;
    }
    finish(ingested, progress)
}

fn finish(ingested: ingest::Ingested, progress: Progress) -> Outcome {
    let (articles, mut warnings) = analyze_docs(ingested.docs, progress);
    let mut all_warnings = ingested.warnings;
    all_warnings.append(&mut warnings);
    Outcome {
        analysis: Analysis {
            articles,
            warnings: all_warnings,
            ..Analysis::default()
        },
        failed_inputs: ingested.failed,
    }
}

/// Clean, de-duplicate and card raw documents. Pure: the same documents give the same articles.
pub fn analyze_docs(docs: Vec<RawDoc>, progress: Progress) -> (Vec<Article>, Vec<Warning>) {
    let total = docs.len();
    progress(Stage::Clean, 0, total);
    let cleaned = parallel_map(&docs, clean_one);
    progress(Stage::Clean, total, total);
    let mut warnings = Vec::new();
    let mut articles: Vec<Article> = Vec::new();
    let mut seen = std::collections::BTreeMap::new();
    for (article, mut article_warnings) in cleaned {
        warnings.append(&mut article_warnings);
        if article.paragraphs.is_empty() {
            warnings.push(Warning::new(&article.source, "no article text found"));
            continue;
        }
        if let Some(first_source) = seen.get(&article.id) {
            warnings.push(Warning::new(
                &article.source,
                format!("same content as {first_source}: read once"),
            ));
            continue;
        }
        seen.insert(article.id.clone(), article.source.clone());
        articles.push(article);
    }
    progress(Stage::Card, 0, articles.len());
    let cards = parallel_map(&articles, card::card);
    for (article, card) in articles.iter_mut().zip(cards) {
        article.card = Some(card);
    }
    progress(Stage::Card, articles.len(), articles.len());
    (articles, warnings)
}

/// Clean one raw document into an article, whatever its format.
pub fn clean_one(doc: &RawDoc) -> (Article, Vec<Warning>) {
    let (mut article, warnings) = match doc.format {
        RawFormat::Html => extract::extract(doc),
        RawFormat::Text => text::clean_text(doc),
    };
    if article.published.is_none() {
        // Scraped text carries its date in the dateline or byline the cleaner removed.
        article.published = article
            .removed
            .iter()
            .filter(|removed| removed.why == "dateline" || removed.why == "byline")
            .find_map(|removed| {
                extract::date_in_text(&removed.text).or_else(|| text::numeric_date(&removed.text))
            });
    }
    if let Some(published) = article.published.as_deref() {
        if let Some(normalised) = extract::normalize_date(published) {
            article.published = Some(normalised);
        }
    }
    text::attribute(&mut article);
    if article.language.is_none() {
        article.language = text::detect_language(&article.text);
    }
    (article, warnings)
}

/// Map `function` over `items` on all cores, keeping the input order (so output is the same
/// whatever the thread count).
fn parallel_map<T: Sync, R: Send>(items: &[T], function: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map(usize::from)
        .unwrap_or(1)
        .min(items.len().max(1));
    if threads <= 1 || items.len() < 8 {
        return items.iter().map(&function).collect();
    }
    let chunk_size = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk_size)
            .map(|chunk| scope.spawn(|| chunk.iter().map(&function).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().expect("a cleaning thread panicked"))
            .collect()
    })
}
