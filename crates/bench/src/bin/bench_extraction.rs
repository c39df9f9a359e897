//! Main-text extraction benchmark on WCXB article pages: sitrep's `extract` side by side with
//! trafilatura (read from the JSONL that `bench/trafilatura_run.py` wrote).
//!
//! Usage:
//!   bench_extraction [--bench-dir DIR] [--trafilatura FILE.jsonl] [--per-page FILE]
//!     (--per-page writes per-page F1 and ms to FILE, and title/date/author pairs to FILE.metadata)
//!   bench_extraction --synthetic-page-mb N     (extract one synthetic N MB page, print peak memory)
//!   bench_extraction --show NNNN               (print one page's extraction next to its truth)
//!
//! Metrics (per page, macro-averaged over pages):
//! - word F1: `\w+` tokens lower-cased, multiset overlap, precision/recall/F1 per page (WCXB's).
//! - title: exact match after collapsing whitespace; also shown with typography folded to ASCII
//!   (curly quotes, the ellipsis character, full-width punctuation), because the ground truth
//!   often types ASCII where every title source on the page prints the typographic character.
//! - author: the lower-cased `\w+` tokens of all authors joined, minus "by" and "and", sorted,
//!   equal to the same for the ground truth; over pages whose ground truth names an author.
//! - date: same calendar day (first 10 characters of ISO dates); over pages with a truth date.
//! - with / without: share of the truth's "with" snippets found in the text, and of its
//!   "without" snippets absent from it (whitespace collapsed, case kept).
//! - time: milliseconds spent in the extraction call only (file reading and gunzip excluded).

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::Instant;

use regex::Regex;
use serde_json::Value;

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("valid word pattern"));

/// Renders one metric of an extractor's scores for the side-by-side table.
type RenderScore = fn(&Scores) -> String;

/// One page's extraction output in the shape both extractors share.
#[derive(Debug, Clone, Default)]
struct PageOutput {
    text: String,
    title: Option<String>,
    authors: Vec<String>,
    date: Option<String>,
    milliseconds: f64,
}

/// One page's ground truth.
#[derive(Debug, Clone, Default)]
struct PageTruth {
    url: Option<String>,
    text: String,
    title: Option<String>,
    author: Option<String>,
    date: Option<String>,
    with_snippets: Vec<String>,
    without_snippets: Vec<String>,
}

/// Running sums for one extractor.
#[derive(Debug, Clone, Default)]
struct Scores {
    pages: usize,
    f1_sum: f64,
    precision_sum: f64,
    recall_sum: f64,
    title_pages: usize,
    title_hits: usize,
    title_hits_typography_folded: usize,
    author_pages: usize,
    author_hits: usize,
    date_pages: usize,
    date_hits: usize,
    with_total: usize,
    with_found: usize,
    without_total: usize,
    without_absent: usize,
    milliseconds: Vec<f64>,
}

fn main() {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let option = |name: &str| bench::option_value(&arguments, name);
    if let Some(megabytes) = option("--synthetic-page-mb") {
        let megabytes: usize = megabytes.parse().unwrap_or(5);
        synthetic_page_memory(megabytes);
        return;
    }
    let default_bench_dir_for_show =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/bench");
    if let Some(file_id) = option("--show") {
        let bench_dir = option("--bench-dir")
            .map(PathBuf::from)
            .unwrap_or(default_bench_dir_for_show);
        show_page(&bench_dir.join("extraction/wcxb-dev-articles"), &file_id);
        return;
    }
    let default_bench_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/bench");
    let bench_dir = option("--bench-dir")
        .map(PathBuf::from)
        .unwrap_or(default_bench_dir);
    let pages_dir = bench_dir.join("extraction/wcxb-dev-articles");
    let trafilatura = option("--trafilatura").map(|path| read_trafilatura_jsonl(Path::new(&path)));

    let mut html_files: Vec<PathBuf> = match std::fs::read_dir(pages_dir.join("html")) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .collect(),
        Err(error) => {
            eprintln!("cannot read {}: {error}", pages_dir.join("html").display());
            std::process::exit(2);
        }
    };
    html_files.retain(|path| path.to_string_lossy().ends_with(".html.gz"));
    html_files.sort();

    let mut sitrep_scores = Scores::default();
    let mut trafilatura_scores = Scores::default();
    let mut per_page_lines: Vec<String> = Vec::new();
    let mut metadata_lines: Vec<String> = Vec::new();
    for path in &html_files {
        let file_id = path
            .file_name()
            .and_then(|name| name.to_str())
            .and_then(|name| name.split('.').next())
            .unwrap_or("")
            .to_string();
        let Some(truth) = read_truth(
            &pages_dir
                .join("ground-truth")
                .join(format!("{file_id}.json")),
        ) else {
            continue;
        };
        let Some(html) = read_gzipped_text(path) else {
            continue;
        };
        let output = run_sitrep(&path.to_string_lossy(), html, truth.url.clone());
        let page_f1 = add_page(&mut sitrep_scores, &output, &truth);
        let mut line = format!(
            "{file_id}\tsitrep_f1={page_f1:.3}\tms={:.2}",
            output.milliseconds
        );
        if let Some(outputs) = &trafilatura {
            if let Some(reference) = outputs.get(&file_id) {
                let reference_f1 = add_page(&mut trafilatura_scores, reference, &truth);
                line.push_str(&format!("\ttrafilatura_f1={reference_f1:.3}"));
            }
        }
        per_page_lines.push(line);
        metadata_lines.push(format!(
            "{file_id}\ttitle\t{:?}\t{:?}",
            output.title, truth.title
        ));
        metadata_lines.push(format!(
            "{file_id}\tdate\t{:?}\t{:?}",
            output.date, truth.date
        ));
        metadata_lines.push(format!(
            "{file_id}\tauthor\t{:?}\t{:?}",
            output.authors, truth.author
        ));
    }
    if let Some(path) = option("--per-page") {
        if let Err(error) = std::fs::write(&path, per_page_lines.join("\n") + "\n") {
            eprintln!("cannot write {path}: {error}");
        }
        let metadata_path = format!("{path}.metadata");
        if let Err(error) = std::fs::write(&metadata_path, metadata_lines.join("\n") + "\n") {
            eprintln!("cannot write {metadata_path}: {error}");
        }
    }

    println!(
        "WCXB dev articles: {} pages from {}",
        sitrep_scores.pages,
        pages_dir.display()
    );
    println!("{:<32} {:>12} {:>12}", "metric", "sitrep", "trafilatura");
    let rows: [(&str, RenderScore); 11] = [
        ("word F1 (macro)", |scores| {
            format!("{:.4}", ratio_f(scores.f1_sum, scores.pages))
        }),
        ("word precision (macro)", |scores| {
            format!("{:.4}", ratio_f(scores.precision_sum, scores.pages))
        }),
        ("word recall (macro)", |scores| {
            format!("{:.4}", ratio_f(scores.recall_sum, scores.pages))
        }),
        ("title exact", |scores| {
            format!("{:.4}", ratio(scores.title_hits, scores.title_pages))
        }),
        ("title exact, typography folded", |scores| {
            format!(
                "{:.4}",
                ratio(scores.title_hits_typography_folded, scores.title_pages)
            )
        }),
        ("author match", |scores| {
            format!("{:.4}", ratio(scores.author_hits, scores.author_pages))
        }),
        ("date day-exact", |scores| {
            format!("{:.4}", ratio(scores.date_hits, scores.date_pages))
        }),
        ("with snippets found", |scores| {
            format!("{:.4}", ratio(scores.with_found, scores.with_total))
        }),
        ("without snippets absent", |scores| {
            format!("{:.4}", ratio(scores.without_absent, scores.without_total))
        }),
        ("median ms/page", |scores| {
            format!("{:.2}", percentile(&scores.milliseconds, 0.5))
        }),
        ("p95 ms/page", |scores| {
            format!("{:.2}", percentile(&scores.milliseconds, 0.95))
        }),
    ];
    for (name, render) in rows {
        let reference = if trafilatura_scores.pages > 0 {
            render(&trafilatura_scores)
        } else {
            "-".to_string()
        };
        println!(
            "{name:<32} {:>12} {:>12}",
            render(&sitrep_scores),
            reference
        );
    }
    println!(
        "pages scored: sitrep {} / trafilatura {}; title pages {}, author pages {}, date pages {}",
        sitrep_scores.pages,
        trafilatura_scores.pages,
        sitrep_scores.title_pages,
        sitrep_scores.author_pages,
        sitrep_scores.date_pages
    );
    if let Some(peak) = peak_memory_kib() {
        println!(
            "sitrep process peak memory (VmHWM): {:.1} MiB",
            peak as f64 / 1024.0
        );
    }
}

fn run_sitrep(source: &str, html: String, url: Option<String>) -> PageOutput {
    let doc = model::RawDoc {
        source: source.to_string(),
        format: model::RawFormat::Html,
        content: html,
        hints: model::RawHints {
            url,
            ..model::RawHints::default()
        },
    };
    let started = Instant::now();
    let (article, _warnings) = extract::extract(&doc);
    let milliseconds = started.elapsed().as_secs_f64() * 1000.0;
    PageOutput {
        text: article.text,
        title: article.title,
        authors: article.authors,
        date: article.published,
        milliseconds,
    }
}

/// Score one page into `scores`; returns the page's word F1.
fn add_page(scores: &mut Scores, output: &PageOutput, truth: &PageTruth) -> f64 {
    let (precision, recall, f1) = bench::word_overlap(&output.text, &truth.text);
    scores.pages += 1;
    scores.f1_sum += f1;
    scores.precision_sum += precision;
    scores.recall_sum += recall;
    scores.milliseconds.push(output.milliseconds);
    if let Some(title) = &truth.title {
        scores.title_pages += 1;
        if output.title.as_deref().map(collapse_whitespace) == Some(collapse_whitespace(title)) {
            scores.title_hits += 1;
        }
        let folded = |text: &str| fold_typography(&collapse_whitespace(text));
        if output.title.as_deref().map(folded) == Some(folded(title)) {
            scores.title_hits_typography_folded += 1;
        }
    }
    if let Some(author) = &truth.author {
        scores.author_pages += 1;
        if author_key(&output.authors.join(" and ")) == author_key(author) {
            scores.author_hits += 1;
        }
    }
    if let Some(date) = &truth.date {
        scores.date_pages += 1;
        let day = |value: &str| value.get(..10).map(str::to_string);
        if output
            .date
            .as_deref()
            .and_then(day)
            .is_some_and(|found| Some(found) == day(date))
        {
            scores.date_hits += 1;
        }
    }
    let text = collapse_whitespace(&output.text);
    for snippet in &truth.with_snippets {
        scores.with_total += 1;
        scores.with_found += usize::from(text.contains(&collapse_whitespace(snippet)));
    }
    for snippet in &truth.without_snippets {
        scores.without_total += 1;
        scores.without_absent += usize::from(!text.contains(&collapse_whitespace(snippet)));
    }
    f1
}

fn author_key(text: &str) -> Vec<String> {
    let mut tokens: Vec<String> = WORD
        .find_iter(text)
        .map(|word| word.as_str().to_lowercase())
        .filter(|word| word != "by" && word != "and")
        .collect();
    tokens.sort();
    tokens
}

/// The ground truth writes ASCII where pages print typographic characters ("We've" for
/// "We’ve", "..." for "…", "?" for the full-width "？"); this secondary title metric folds
/// both sides so that difference is visible, not hidden: ’‘ to ', “” to ", … to ..., and
/// full-width forms U+FF01–U+FF5E to their ASCII twins.
fn fold_typography(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '\u{2018}' | '\u{2019}' => folded.push('\''),
            '\u{201c}' | '\u{201d}' => folded.push('"'),
            '\u{2026}' => folded.push_str("..."),
            '\u{ff01}'..='\u{ff5e}' => {
                folded.push(char::from_u32(u32::from(character) - 0xfee0).unwrap_or(character))
            }
            other => folded.push(other),
        }
    }
    folded
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn ratio(hits: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        hits as f64 / total as f64
    }
}

fn ratio_f(sum: f64, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        sum / total as f64
    }
}

fn percentile(values: &[f64], share: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let index = ((sorted.len() - 1) as f64 * share).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn read_gzipped_text(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let mut decoder = flate2::read::GzDecoder::new(bytes.as_slice());
    let mut raw = Vec::new();
    decoder.read_to_end(&mut raw).ok()?;
    Some(String::from_utf8_lossy(&raw).into_owned())
}

fn non_empty_string(value: Option<&Value>) -> Option<String> {
    value
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .map(str::to_string)
}

fn string_list(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| item.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn read_truth(path: &Path) -> Option<PageTruth> {
    let value: Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    let truth = value.get("ground_truth")?;
    Some(PageTruth {
        url: non_empty_string(value.get("url")),
        text: truth
            .get("main_content")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        title: non_empty_string(truth.get("title")),
        author: non_empty_string(truth.get("author")),
        date: non_empty_string(truth.get("publish_date")),
        with_snippets: string_list(truth.get("with")),
        without_snippets: string_list(truth.get("without")),
    })
}

fn read_trafilatura_jsonl(path: &Path) -> HashMap<String, PageOutput> {
    let mut outputs = HashMap::new();
    let Ok(content) = std::fs::read_to_string(path) else {
        eprintln!("cannot read {}", path.display());
        return outputs;
    };
    for line in content.lines() {
        let Ok(record) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let Some(id) = non_empty_string(record.get("id")) else {
            continue;
        };
        let authors = non_empty_string(record.get("author"))
            .map(|author| {
                author
                    .split(';')
                    .map(|name| name.trim().to_string())
                    .filter(|name| !name.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        outputs.insert(
            id,
            PageOutput {
                text: record
                    .get("text")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
                title: non_empty_string(record.get("title")),
                authors,
                date: non_empty_string(record.get("date")),
                milliseconds: record.get("ms").and_then(Value::as_f64).unwrap_or(0.0),
            },
        );
    }
    outputs
}

/// VmHWM (peak resident set) of this process in KiB, from /proc/self/status.
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Build an article page of about `megabytes` MB (paragraphs, nested sections, a long menu and
/// link lists), extract it once and print time and peak memory.
fn synthetic_page_memory(megabytes: usize) {
    let target = megabytes * 1024 * 1024;
    let mut html = String::with_capacity(target + 4096);
    html.push_str(
        "<!doctype html><html lang=\"en\"><head><title>Synthetic page | Bench</title></head><body>",
    );
    html.push_str("<nav><ul>");
    for index in 0..200 {
        html.push_str(&format!(
            "<li><a href=\"/section/{index}\">Section {index}</a></li>"
        ));
    }
    html.push_str("</ul></nav><main><article><h1>Synthetic page</h1>");
    let mut index = 0usize;
    while html.len() < target {
        html.push_str(&format!(
            "<section><h2>Part {index}</h2><p>Paragraph {index} of the synthetic article says something plain about \
             border crossings, talks in Doha and the price of flour, with <a href=\"/x/{index}\">a link</a> inside.</p>\
             <div class=\"related\"><a href=\"/r/{index}\">Related story {index}</a></div></section>"
        ));
        index += 1;
    }
    html.push_str("</article></main><footer>Footer text of the site</footer></body></html>");
    let size = html.len();
    let started = Instant::now();
    let output = run_sitrep("synthetic", html, None);
    let elapsed = started.elapsed().as_secs_f64() * 1000.0;
    println!(
        "synthetic page: {:.1} MB, extracted {} words in {elapsed:.0} ms",
        size as f64 / 1024.0 / 1024.0,
        output.text.split_whitespace().count()
    );
    if let Some(peak) = peak_memory_kib() {
        println!("peak memory (VmHWM): {:.1} MiB", peak as f64 / 1024.0);
    }
}

/// Print one page's extracted article (kept and removed blocks) and its ground truth metadata,
/// for looking at failures by eye.
fn show_page(pages_dir: &Path, file_id: &str) {
    let truth = read_truth(
        &pages_dir
            .join("ground-truth")
            .join(format!("{file_id}.json")),
    )
    .unwrap_or_default();
    let Some(html) = read_gzipped_text(&pages_dir.join("html").join(format!("{file_id}.html.gz")))
    else {
        eprintln!("no page {file_id}");
        return;
    };
    let doc = model::RawDoc {
        source: file_id.to_string(),
        format: model::RawFormat::Html,
        content: html,
        hints: model::RawHints {
            url: truth.url.clone(),
            ..model::RawHints::default()
        },
    };
    let (article, warnings) = extract::extract(&doc);
    println!("title:  {:?}\ntruth:  {:?}", article.title, truth.title);
    println!("author: {:?}\ntruth:  {:?}", article.authors, truth.author);
    println!("date:   {:?}\ntruth:  {:?}", article.published, truth.date);
    println!("warnings: {warnings:?}");
    let (precision, recall, f1) = bench::word_overlap(&article.text, &truth.text);
    println!("precision {precision:.3} recall {recall:.3} f1 {f1:.3}");
    println!("---- kept");
    for paragraph in &article.paragraphs {
        println!(
            "[{:?}] {}",
            paragraph.kind,
            paragraph.text.chars().take(160).collect::<String>()
        );
    }
    println!("---- removed");
    for removed in &article.removed {
        println!(
            "({}) {}",
            removed.why,
            removed.text.chars().take(160).collect::<String>()
        );
    }
    println!("---- truth text (start)");
    println!("{}", truth.text.chars().take(1500).collect::<String>());
}
