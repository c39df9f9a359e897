//! Keyphrase benchmark on 500N-KPCrowd: sitrep's `card::keyphrases` against YAKE (the
//! `yake-rust` crate, default parameters) in one run, F1@5 and F1@10 with stemmed exact
//! match, plus speed, and the time to make article cards.
//!
//! Usage: bench_keyphrase [DATASET_DIR]   (the folder holding docsutf8/ and keys/)
//!        bench_keyphrase --cards FILE...  (print the card of each plain-text file, read as
//!                                          a title line and body lines, as JSON)
//!
//! Matching: gold and predicted phrases are lower-cased, apostrophes and hyphens removed (the
//! gold keys were written without them: "Kates", "awardwinning"), other punctuation made a
//! space, each word Snowball-stemmed (Porter 2, English) and the whole phrase compared.
//! Gold phrases are deduplicated after normalising, and so are predictions (the first one of
//! equal phrases counts). Precision divides by the number of predictions (at most k),
//! recall by the number of gold phrases; F1 is averaged over documents (macro).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use model::{Article, ParagraphKind};
use rust_stemmers::{Algorithm, Stemmer};

const DEFAULT_DATASET: &str = "../shared/bench/keyphrase/500N-KPCrowd/500N-KPCrowd-v1.1";

struct Document {
    name: String,
    text: String,
    title: Option<String>,
    gold: BTreeSet<String>,
}

fn main() {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if arguments.first().is_some_and(|first| first == "--cards") {
        print_cards(&arguments[1..]);
        return;
    }
    let dataset = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_DATASET));
    let documents = match load_documents(&dataset) {
        Ok(documents) if !documents.is_empty() => documents,
        Ok(_) => {
            eprintln!("no documents under {}", dataset.display());
            std::process::exit(1);
        }
        Err(error) => {
            eprintln!("reading {}: {error}", dataset.display());
            std::process::exit(1);
        }
    };
    let stemmer = Stemmer::create(Algorithm::English);
    println!(
        "500N-KPCrowd: {} documents from {}",
        documents.len(),
        dataset.display()
    );

    let started = Instant::now();
    let sitrep: Vec<Vec<String>> = documents
        .iter()
        .map(|document| card::keyphrases(&document.text, document.title.as_deref(), 10))
        .collect();
    let sitrep_seconds = started.elapsed().as_secs_f64();

    let stop_words =
        yake_rust::StopWords::predefined("en").expect("yake-rust ships English stopwords");
    let yake_config = yake_rust::Config::default();
    let started = Instant::now();
    let yake: Vec<Vec<String>> = documents
        .iter()
        .map(|document| {
            yake_rust::get_n_best(10, &document.text, &stop_words, &yake_config)
                .into_iter()
                .map(|item| item.keyword)
                .collect()
        })
        .collect();
    let yake_seconds = started.elapsed().as_secs_f64();

    println!(
        "{:<26} {:>8} {:>8} {:>8} {:>8} {:>10}",
        "system", "P@10", "R@10", "F1@5", "F1@10", "docs/s"
    );
    for (system, predictions, seconds) in [
        ("sitrep card::keyphrases", &sitrep, sitrep_seconds),
        ("yake-rust (default)", &yake, yake_seconds),
    ] {
        let at_5 = macro_scores(&documents, predictions, 5, &stemmer);
        let at_10 = macro_scores(&documents, predictions, 10, &stemmer);
        println!(
            "{system:<26} {:>8.4} {:>8.4} {:>8.4} {:>8.4} {:>10.0}",
            at_10.0,
            at_10.1,
            at_5.2,
            at_10.2,
            documents.len() as f64 / seconds
        );
    }
    // BENCH_SHOW=N prints sitrep's phrases next to the gold ones for the first N documents
    // longer than a title, to read where the extractor goes wrong.
    let show: usize = std::env::var("BENCH_SHOW")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(0);
    for (document, predicted) in documents
        .iter()
        .zip(&sitrep)
        .filter(|(document, _)| document.text.len() > 1000)
        .take(show)
    {
        let gold: Vec<&str> = document.gold.iter().map(String::as_str).collect();
        println!(
            "{}\n  sitrep: {}\n  gold:   {}",
            document.name,
            predicted.join(" | "),
            gold.join(" | ")
        );
    }

    // Cards: the 500 documents as articles (first line a heading, other lines body
    // paragraphs), each carded twice: 1,000 cards on one core.
    let articles: Vec<Article> = documents.iter().map(article_of).collect();
    let started = Instant::now();
    let cpu_started = process_cpu_seconds();
    let mut hashtag_count = 0;
    for _ in 0..2 {
        for article in &articles {
            hashtag_count += card::card(article).hashtags.len();
        }
    }
    let card_seconds = started.elapsed().as_secs_f64();
    let card_cpu = match (cpu_started, process_cpu_seconds()) {
        (Some(before), Some(after)) => format!("{:.3} s CPU", after - before),
        _ => "CPU time unknown".to_owned(),
    };
    println!(
        "cards: {} in {:.3} s wall, {card_cpu}, one thread ({:.3} ms wall per card; {} hashtags)",
        articles.len() * 2,
        card_seconds,
        card_seconds * 1000.0 / (articles.len() * 2) as f64,
        hashtag_count
    );
}

/// CPU seconds this process has used (user + system), from /proc/self/stat on Linux: wall
/// time on a shared machine counts other people's work too.
fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let after_name = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let user: f64 = fields.get(11)?.parse().ok()?;
    let system: f64 = fields.get(12)?.parse().ok()?;
    // Linux reports these in clock ticks of 1/100 s (USER_HZ) on every mainstream platform.
    Some((user + system) / 100.0)
}

fn load_documents(dataset: &Path) -> std::io::Result<Vec<Document>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dataset.join("docsutf8"))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|extension| extension == "txt"))
        .collect();
    paths.sort();
    let stemmer = Stemmer::create(Algorithm::English);
    let mut documents = Vec::new();
    for path in paths {
        let name = path
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = String::from_utf8_lossy(&std::fs::read(&path)?).into_owned();
        let keys = String::from_utf8_lossy(&std::fs::read(
            dataset.join("keys").join(format!("{name}.key")),
        )?)
        .into_owned();
        let gold = keys
            .lines()
            .map(|line| normalise(line, &stemmer))
            .filter(|phrase| !phrase.is_empty())
            .collect();
        let title = text
            .lines()
            .map(str::trim)
            .find(|line| !line.is_empty())
            .map(str::to_owned);
        documents.push(Document {
            name,
            text,
            title,
            gold,
        });
    }
    Ok(documents)
}

/// Lower-case, drop apostrophes and hyphens, split on anything else that is not a letter or
/// digit, stem each word, join with a space.
fn normalise(phrase: &str, stemmer: &Stemmer) -> String {
    let lower: String = phrase
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|character| !matches!(character, '\'' | '’' | '‘' | '-' | '‐' | '‑'))
        .map(|character| {
            if character.is_alphanumeric() {
                character
            } else {
                ' '
            }
        })
        .collect();
    lower
        .split_whitespace()
        .map(|word| stemmer.stem(word).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Macro-averaged (precision, recall, F1) at `k`.
fn macro_scores(
    documents: &[Document],
    predictions: &[Vec<String>],
    k: usize,
    stemmer: &Stemmer,
) -> (f64, f64, f64) {
    let mut sums = (0.0, 0.0, 0.0);
    for (document, predicted) in documents.iter().zip(predictions) {
        let mut seen = BTreeSet::new();
        let top: Vec<String> = predicted
            .iter()
            .map(|phrase| normalise(phrase, stemmer))
            .filter(|phrase| !phrase.is_empty() && seen.insert(phrase.clone()))
            .take(k)
            .collect();
        let correct = top
            .iter()
            .filter(|phrase| document.gold.contains(*phrase))
            .count() as f64;
        let precision = if top.is_empty() {
            0.0
        } else {
            correct / top.len() as f64
        };
        let recall = if document.gold.is_empty() {
            0.0
        } else {
            correct / document.gold.len() as f64
        };
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        sums = (sums.0 + precision, sums.1 + recall, sums.2 + f1);
    }
    let count = documents.len().max(1) as f64;
    (sums.0 / count, sums.1 / count, sums.2 / count)
}

/// Print the card of each plain-text file, to eyeball cards of real articles.
fn print_cards(paths: &[String]) {
    for path in paths {
        let text = match std::fs::read(path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(error) => {
                eprintln!("reading {path}: {error}");
                continue;
            }
        };
        let title = text
            .lines()
            .map(str::trim)
            .find(|line| !line.is_empty())
            .map(str::to_owned);
        let document = Document {
            name: path.clone(),
            text,
            title,
            gold: BTreeSet::new(),
        };
        let card = card::card(&article_of(&document));
        println!(
            "{path}\n{}",
            serde_json::to_string_pretty(&card).unwrap_or_default()
        );
    }
}

/// A benchmark document as a finished article: the first line a heading, the rest body.
fn article_of(document: &Document) -> Article {
    let mut lines = document
        .text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty());
    let mut paragraphs = Vec::new();
    if let Some(first) = lines.next() {
        paragraphs.push(model::paragraph(ParagraphKind::Heading, first));
    }
    paragraphs.extend(lines.map(|line| model::paragraph(ParagraphKind::Body, line)));
    let mut article = Article {
        title: document.title.clone(),
        paragraphs,
        ..Article::default()
    };
    model::finish_article(&mut article);
    article
}
