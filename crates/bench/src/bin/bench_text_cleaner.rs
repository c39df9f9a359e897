//! The scraped-text cleaner on pages it has never seen: every WCXB article page is flattened to
//! text the way a copy from a browser or a naive scraper gives it (one line per block, all the
//! chrome included), then `text::clean_text` removes the chrome. Prints word precision, recall
//! and F1 against the ground-truth article body, for the flattened page as it was (the
//! baseline) and after cleaning, plus title exact-match and time per page.
//!
//! Usage: bench_text_cleaner [WCXB_DIR]   (default: ../shared/bench/extraction/wcxb-dev-articles)
//!
//! Diagnostics: `BENCH_SHOW_TITLES=1` prints each missed title with the line numbers (in the
//! flattened page; `-` when no line equals it) of the picked title, of the true one and of the
//! first body paragraph of 20 words or more, and why the true title's line was removed.
//! `BENCH_ONLY=ID,ID` scores only those pages; `BENCH_DUMP_FLAT=DIR` writes each flattened page
//! to `DIR/<id>.txt` for reading misses.

use std::io::Read;
use std::time::Instant;

use model::{RawDoc, RawFormat, RawHints};
use scraper::{Html, Node};

const DEFAULT_DIR: &str = "../shared/bench/extraction/wcxb-dev-articles";

/// Elements whose content is never visible text.
const INVISIBLE: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "iframe", "object",
];
/// Elements that start a new line when a page is flattened.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "br",
    "tr",
    "td",
    "th",
    "table",
    "figure",
    "figcaption",
    "blockquote",
    "form",
    "pre",
    "hr",
    "address",
    "details",
    "summary",
    "label",
    "button",
    "option",
];

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| DEFAULT_DIR.to_string());
    let dir = std::path::Path::new(&dir);
    let mut names: Vec<String> = std::fs::read_dir(dir.join("html"))
        .expect("reading the html folder")
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    let (mut raw_sum, mut clean_sum) = ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0));
    let (mut pages, mut titles, mut titled) = (0usize, 0usize, 0usize);
    let mut milliseconds = Vec::new();
    for name in &names {
        let id = name.trim_end_matches(".html.gz");
        if let Some(only) = std::env::var_os("BENCH_ONLY") {
            if !only.to_string_lossy().split(',').any(|wanted| wanted == id) {
                continue;
            }
        }
        let Ok(truth_text) =
            std::fs::read_to_string(dir.join("ground-truth").join(format!("{id}.json")))
        else {
            continue;
        };
        let Ok(truth) = serde_json::from_str::<serde_json::Value>(&truth_text) else {
            continue;
        };
        let truth = &truth["ground_truth"];
        let body = truth["main_content"].as_str().unwrap_or("");
        let mut html = String::new();
        let Ok(file) = std::fs::File::open(dir.join("html").join(name)) else {
            continue;
        };
        if flate2::read::GzDecoder::new(file)
            .read_to_string(&mut html)
            .is_err()
        {
            continue;
        }
        let flattened = flatten(&html);
        if let Some(dump) = std::env::var_os("BENCH_DUMP_FLAT") {
            let _ = std::fs::write(
                std::path::Path::new(&dump).join(format!("{id}.txt")),
                &flattened,
            );
        }
        let doc = RawDoc {
            source: name.clone(),
            format: RawFormat::Text,
            content: flattened.clone(),
            hints: RawHints::default(),
        };
        let started = Instant::now();
        let (article, _) = text::clean_text(&doc);
        milliseconds.push(started.elapsed().as_secs_f64() * 1000.0);
        add(&mut raw_sum, bench::word_overlap(&flattened, body));
        let cleaned = bench::word_overlap(&article.text, body);
        if std::env::var_os("BENCH_SHOW_LOW_RECALL").is_some() && cleaned.1 < 0.7 {
            println!("{id}\trecall {:.2} precision {:.2}", cleaned.1, cleaned.0);
        }
        add(&mut clean_sum, cleaned);
        if let Some(truth_title) = truth["title"]
            .as_str()
            .filter(|title| !title.trim().is_empty())
        {
            titled += 1;
            let collapse = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
            if article.title.as_deref().map(collapse) == Some(collapse(truth_title)) {
                titles += 1;
            } else if std::env::var_os("BENCH_SHOW_TITLES").is_some() {
                let line_of = |wanted: &str| {
                    flattened
                        .lines()
                        .position(|line| collapse(line) == collapse(wanted))
                        .map_or("-".to_string(), |at| at.to_string())
                };
                let got = article.title.as_deref().unwrap_or("");
                let first_body = article
                    .paragraphs
                    .iter()
                    .find(|paragraph| {
                        paragraph.kind == model::ParagraphKind::Body
                            && paragraph.text.split_whitespace().count() >= 20
                    })
                    .map_or("", |paragraph| paragraph.text.as_str());
                // Why the cleaner dropped the true title's line, when it did.
                let truth_removed = article
                    .removed
                    .iter()
                    .find(|removed| collapse(&removed.text) == collapse(truth_title))
                    .map_or("", |removed| removed.why.as_str());
                println!(
                    "{id}\ttruth (line {}): {truth_title}\n\tgot   (line {}): {:?}\n\tbody  (line {})\n\ttruth removed as: {truth_removed}",
                    line_of(truth_title),
                    line_of(got),
                    article.title,
                    line_of(first_body)
                );
            }
        }
        pages += 1;
    }
    milliseconds.sort_by(f64::total_cmp);
    let mean = |sum: (f64, f64, f64)| {
        (
            sum.0 / pages as f64,
            sum.1 / pages as f64,
            sum.2 / pages as f64,
        )
    };
    let (raw, clean) = (mean(raw_sum), mean(clean_sum));
    println!("scraped-text cleaner on {pages} WCXB pages flattened to text (macro means, word overlap with the article body)");
    println!(
        "  {:<28} {:>9} {:>9} {:>9}",
        "", "precision", "recall", "F1"
    );
    println!(
        "  {:<28} {:>9.3} {:>9.3} {:>9.3}",
        "flattened page (baseline)", raw.0, raw.1, raw.2
    );
    println!(
        "  {:<28} {:>9.3} {:>9.3} {:>9.3}",
        "after text::clean_text", clean.0, clean.1, clean.2
    );
    println!(
        "  title exact match: {titles}/{titled} = {:.3}",
        titles as f64 / titled.max(1) as f64
    );
    println!(
        "  time per page: median {:.2} ms, p95 {:.2} ms",
        bench::percentile(&milliseconds, 50.0),
        bench::percentile(&milliseconds, 95.0)
    );
}

fn add(sum: &mut (f64, f64, f64), scores: (f64, f64, f64)) {
    sum.0 += scores.0;
    sum.1 += scores.1;
    sum.2 += scores.2;
}

/// The visible text of a page, one line per block element, in document order.
fn flatten(html: &str) -> String {
    let document = Html::parse_document(html);
    let mut out = String::new();
    // Iterative walk: (node, entering) pairs, so deep pages cannot overflow the stack.
    let mut stack = vec![(document.tree.root(), true)];
    while let Some((node, entering)) = stack.pop() {
        match node.value() {
            Node::Element(element) => {
                let name = element.name();
                if INVISIBLE.contains(&name) {
                    continue;
                }
                let block = BLOCKS.contains(&name);
                if entering {
                    if block {
                        out.push('\n');
                    }
                    stack.push((node, false));
                    let children: Vec<_> = node.children().collect();
                    for child in children.into_iter().rev() {
                        stack.push((child, true));
                    }
                } else if block {
                    out.push('\n');
                }
            }
            Node::Text(text) if entering => out.push_str(&text.replace(['\n', '\r', '\t'], " ")),
            _ if entering => {
                let children: Vec<_> = node.children().collect();
                for child in children.into_iter().rev() {
                    stack.push((child, true));
                }
            }
            _ => {}
        }
    }
    out.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
