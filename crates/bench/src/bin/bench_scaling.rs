//! How the whole analysis grows with its input: for each input shape (prose with blank lines,
//! many short lines, one huge line, no blank lines, thousands of repeated lines, random words,
//! a whole book) and each format (plain text, HTML, and on request JSON Lines and gzip), writes
//! inputs of 1, 2, 4, 8 and 16 MB to a temporary folder, analyses each in a child process of
//! its own (`engine::analyze_inputs`, as `sitrep analyze` runs it, on one core since a single
//! document is never split across threads), and prints the wall time, throughput, peak memory
//! (the child's VmHWM), the time of each engine stage, and the growth factor of the time per
//! doubling of the input. Linear work grows about 2× per doubling; quadratic work 4×.
//!
//! The inputs are generated at run time: prose from a word list written here, the book from the
//! WCXB ground-truth article bodies read in place from the bench folder (falling back to the
//! generated prose when that folder is missing). Nothing is copied into the repository.
//!
//! Usage: bench_scaling [--sizes 1,2,4,8,16] [--shapes prose,short_lines,...]
//!                      [--formats text,html,jsonl,gz] [--timeout SECONDS] [--bench-dir DIR]
//! A run past the timeout is killed and reported, and larger sizes of that shape are skipped.
//! `bench_scaling --run FILE` analyses one file and prints its figures (the child's job).
//! `bench_scaling --lazy-tables` prints what the tables built on first use cost a process (the
//! knowledge base and its automata, the gazetteer, the tagger, the event lexicon, and the stage
//! lexicons a first short article builds), against a second article analysed after them.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const DEFAULT_BENCH_DIR: &str = "../shared/bench";
const ALL_SHAPES: &[&str] = &[
    "prose",
    "short_lines",
    "one_line",
    "no_blank_lines",
    "repeated_lines",
    "random_words",
    "book",
];
const MEBIBYTE: usize = 1024 * 1024;

fn main() {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if arguments.first().map(String::as_str) == Some("--run") {
        let path = arguments.get(1).expect("--run FILE");
        run_child(path);
        return;
    }
    if arguments.first().map(String::as_str) == Some("--lazy-tables") {
        lazy_tables();
        return;
    }
    let option = |name: &str| bench::option_value(&arguments, name);
    let sizes: Vec<f64> = option("--sizes")
        .unwrap_or_else(|| "1,2,4,8,16".to_string())
        .split(',')
        .map(|size| size.trim().parse().expect("sizes are numbers of MB"))
        .collect();
    let shapes: Vec<String> = option("--shapes")
        .map(|list| list.split(',').map(str::to_string).collect())
        .unwrap_or_else(|| ALL_SHAPES.iter().map(|shape| shape.to_string()).collect());
    let formats: Vec<String> = option("--formats")
        .unwrap_or_else(|| "text,html".to_string())
        .split(',')
        .map(str::to_string)
        .collect();
    let timeout = Duration::from_secs_f64(
        option("--timeout")
            .map(|seconds| seconds.parse().expect("timeout in seconds"))
            .unwrap_or(120.0),
    );
    let bench_dir = PathBuf::from(option("--bench-dir").unwrap_or(DEFAULT_BENCH_DIR.to_string()));
    let book_source = book_paragraphs(&bench_dir);

    let folder = std::env::temp_dir().join(format!("sitrep-scaling-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("temporary folder");
    println!(
        "{:<15} {:<6} {:>6} {:>9} {:>7} {:>9} {:>7}  stages (s)",
        "shape", "format", "MB", "seconds", "MB/s", "peak MB", "growth"
    );
    let mut worst_growth: BTreeMap<(String, String), f64> = BTreeMap::new();
    for shape in &shapes {
        for format in &formats {
            let mut previous: Option<(f64, f64)> = None;
            for &size in &sizes {
                let text = generate(shape, (size * MEBIBYTE as f64) as usize, &book_source);
                let path = write_input(&folder, shape, format, &text);
                let input_mb =
                    std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / MEBIBYTE as f64;
                let outcome = run_one(&path, timeout);
                let _ = std::fs::remove_file(&path);
                match outcome {
                    Some(figures) => {
                        let growth = previous
                            .filter(|(previous_size, _)| (size / previous_size - 2.0).abs() < 1e-9)
                            .map(|(_, previous_seconds)| figures.seconds / previous_seconds);
                        if let Some(growth) = growth {
                            let worst = worst_growth
                                .entry((shape.clone(), format.clone()))
                                .or_insert(0.0);
                            *worst = worst.max(growth);
                        }
                        println!(
                            "{:<15} {:<6} {:>6.2} {:>9.2} {:>7.2} {:>9.1} {:>7}  {}",
                            shape,
                            format,
                            size,
                            figures.seconds,
                            size / figures.seconds,
                            figures.peak_kb as f64 / 1024.0,
                            growth.map_or("-".to_string(), |g| format!("{g:.2}x")),
                            figures.stages
                        );
                        previous = Some((size, figures.seconds));
                    }
                    None => {
                        println!(
                            "{:<15} {:<6} {:>6.2} {:>9} (killed after {} s; larger sizes skipped; input {:.2} MB)",
                            shape,
                            format,
                            size,
                            "timeout",
                            timeout.as_secs(),
                            input_mb
                        );
                        worst_growth.insert((shape.clone(), format.clone()), f64::INFINITY);
                        break;
                    }
                }
                std::io::stdout().flush().ok();
            }
        }
    }
    let _ = std::fs::remove_dir_all(&folder);
    println!();
    println!("worst growth per doubling (target <= 2.2x):");
    for ((shape, format), growth) in &worst_growth {
        println!("  {shape:<15} {format:<6} {growth:.2}x");
    }
}

/// What one child run measured.
struct Figures {
    seconds: f64,
    peak_kb: u64,
    stages: String,
}

/// Analyse `path` in a child process; `None` when it ran past `timeout`.
fn run_one(path: &Path, timeout: Duration) -> Option<Figures> {
    let start = Instant::now();
    let mut child = Command::new(std::env::current_exe().expect("own path"))
        .arg("--run")
        .arg(path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("child process");
    loop {
        if child.try_wait().expect("child status").is_some() {
            break;
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().expect("child output");
    let report = String::from_utf8_lossy(&output.stdout);
    let field = |name: &str| {
        report
            .split_whitespace()
            .find_map(|part| part.strip_prefix(name))
            .unwrap_or("")
            .to_string()
    };
    Some(Figures {
        seconds: field("seconds=").parse().unwrap_or(f64::NAN),
        peak_kb: field("peak_kb=").parse().unwrap_or(0),
        stages: field("stages="),
    })
}

/// The child's job: analyse one file as `sitrep analyze` does and print its figures.
fn run_child(path: &str) {
    let start = Instant::now();
    // Each stage's first and last progress report.
    let mut stages: Vec<(&'static str, Instant, Instant)> = Vec::new();
    let outcome = engine::analyze_inputs(
        &[path.to_string()],
        &engine::Options::default(),
        &mut |stage, _done, _total| {
            let now = Instant::now();
            let label = stage.label();
            match stages.iter_mut().find(|(seen, _, _)| *seen == label) {
                Some((_, _, last)) => *last = now,
                None => stages.push((label, now, now)),
            }
        },
    );
    let seconds = start.elapsed().as_secs_f64();
    let peak_kb = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0u64);
    let stages: Vec<String> = stages
        .iter()
        .map(|(label, first, last)| {
            format!(
                "{}:{:.2}",
                label.replace(' ', "_"),
                last.duration_since(*first).as_secs_f64()
            )
        })
        .collect();
    let words: usize = outcome
        .analysis
        .articles
        .iter()
        .map(|article| article.text.split_whitespace().count())
        .sum();
    println!(
        "seconds={seconds:.3} peak_kb={peak_kb} articles={} words={words} stages={}",
        outcome.analysis.articles.len(),
        stages.join(",")
    );
}

/// Time each table a process builds on first use, in the order a run builds them, then the same
/// short article analysed twice: the first pays for the stage lexicons, the second does not.
fn lazy_tables() {
    fn timed<T>(label: &str, build: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let value = build();
        println!("{label:<48} {:>8.3} s", start.elapsed().as_secs_f64());
        value
    }
    let knowledge_base = timed(
        "knowledge base (records, name automaton)",
        kb::KnowledgeBase::load_default,
    );
    timed("gazetteer (GeoNames places)", || {
        knowledge_base
            .gazetteer()
            .positions_with_key("peshawar")
            .len()
    });
    timed("place-name matcher (first find_names)", || {
        knowledge_base
            .find_names("Floods reached Peshawar and Karachi.")
            .len()
    });
    timed("tagger (ner model)", ner::default_tagger);
    timed("event lexicon", events::EventLexicon::load_default);
    let resources = timed(
        "engine::Resources::load (all of the above, built once)",
        || engine::Resources::load(&engine::Options::default()).0,
    );
    let mut random = Random(0x5eed);
    let article: String = (0..8).map(|_| paragraph(&mut random) + "\n\n").collect();
    let doc = |name: &str| model::RawDoc {
        source: name.to_string(),
        format: model::RawFormat::Text,
        content: format!("{HEAD}{article}"),
        hints: model::RawHints::default(),
    };
    for name in ["first article", "second article"] {
        let mut stages: Vec<(&'static str, Instant, Instant)> = Vec::new();
        let start = Instant::now();
        engine::analyze_docs(vec![doc(name)], &resources, &mut |stage, _done, _total| {
            let now = Instant::now();
            match stages
                .iter_mut()
                .find(|(seen, _, _)| *seen == stage.label())
            {
                Some((_, _, last)) => *last = now,
                None => stages.push((stage.label(), now, now)),
            }
        });
        let stages: Vec<String> = stages
            .iter()
            .map(|(label, first, last)| {
                format!("{label}: {:.3}", last.duration_since(*first).as_secs_f64())
            })
            .collect();
        println!(
            "{:<48} {:>8.3} s  ({})",
            format!("{name} ({} bytes)", HEAD.len() + article.len()),
            start.elapsed().as_secs_f64(),
            stages.join(", ")
        );
    }
}

/// Write `text` as `format` ("text", "html", "jsonl", "gz"); returns the file's path.
fn write_input(folder: &Path, shape: &str, format: &str, text: &str) -> PathBuf {
    let title = "Harbour council votes on the new flood defences";
    match format {
        "text" => {
            let path = folder.join(format!("{shape}.txt"));
            std::fs::write(&path, text).expect("write input");
            path
        }
        "html" => {
            let mut html = format!(
                "<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>\n"
            );
            for line in text.lines().filter(|line| !line.trim().is_empty()) {
                html.push_str("<p>");
                html.push_str(&escape_html(line));
                html.push_str("</p>\n");
            }
            html.push_str("</article></body></html>\n");
            let path = folder.join(format!("{shape}.html"));
            std::fs::write(&path, html).expect("write input");
            path
        }
        "jsonl" => {
            let record = serde_json::json!({ "title": title, "text": text });
            let path = folder.join(format!("{shape}.jsonl"));
            std::fs::write(&path, format!("{record}\n")).expect("write input");
            path
        }
        "gz" => {
            let path = folder.join(format!("{shape}.txt.gz"));
            let file = std::fs::File::create(&path).expect("write input");
            let mut encoder = flate2::write::GzEncoder::new(file, flate2::Compression::fast());
            encoder.write_all(text.as_bytes()).expect("write input");
            encoder.finish().expect("write input");
            path
        }
        other => panic!("unknown format {other:?} (text, html, jsonl, gz)"),
    }
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A small deterministic random number generator (64-bit LCG), so every run writes the same
/// inputs.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
    fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }
}

/// Words of ordinary news prose, to build sentences from.
const WORDS: &str = "the council said on monday that the new flood defences along the harbour \
would cost more than planned and take two years longer to build because the ground under the \
old sea wall is softer than engineers expected when they drew up the first plans residents who \
live near the river told reporters they had waited a decade for protection and feared another \
winter of storms officials from the regional government promised to share the cost with the \
city while opposition members asked why the contract had gone to a firm with no experience of \
coastal work the mayor defended the decision and argued that delay would be far more expensive \
than any overrun farmers upstream have also complained about water levels in their fields after \
heavy rain in october and some families were moved to temporary housing for several weeks a \
report published by the environment agency last year warned that rising seas could flood \
thousands of homes by the middle of the century unless walls were raised and pumping stations \
replaced the minister will visit the town next week to meet local leaders and inspect the site";

const NAMES: &[&str] = &[
    "Amara Nwosu",
    "Jonas Weber",
    "Mira Okafor",
    "Harbour City",
    "Valley Water",
    "Port Ellis",
    "Rosa Lind",
    "Tomas Berg",
];

/// One sentence of generated prose.
fn sentence(random: &mut Random) -> String {
    let words: Vec<&str> = WORDS.split_whitespace().collect();
    let length = random.between(10, 28);
    let start = random.below(words.len());
    let mut out = String::new();
    for position in 0..length {
        if position > 0 {
            out.push(' ');
        }
        if random.below(12) == 0 {
            out.push_str(NAMES[random.below(NAMES.len())]);
        } else {
            let word = words[(start + position * random.between(1, 3)) % words.len()];
            if position == 0 {
                let mut chars = word.chars();
                if let Some(first) = chars.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(chars.as_str());
                }
            } else {
                out.push_str(word);
            }
        }
        if position + 1 < length && random.below(9) == 0 {
            out.push(',');
        }
    }
    out.push('.');
    out
}

/// One paragraph of generated prose: two to five sentences.
fn paragraph(random: &mut Random) -> String {
    let count = random.between(2, 5);
    (0..count)
        .map(|_| sentence(random))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A page's head, as scraped text carries it.
const HEAD: &str = "Harbour council votes on the new flood defences\nBy Amara Nwosu\n\
Published 12 May 2025\n\n";

/// Input text of `shape`, at least `bytes` long.
fn generate(shape: &str, bytes: usize, book_source: &[String]) -> String {
    let mut random = Random(0x5eed_0000 + shape.len() as u64);
    let mut out = String::with_capacity(bytes + 4096);
    match shape {
        "prose" | "no_blank_lines" | "one_line" | "short_lines" => {
            let separator = match shape {
                "prose" => "\n\n",
                "no_blank_lines" => "\n",
                "one_line" => " ",
                _ => "\n",
            };
            if shape != "one_line" {
                out.push_str(HEAD);
            }
            while out.len() < bytes {
                let text = paragraph(&mut random);
                if shape == "short_lines" {
                    // Hard-wrapped at five words a line, no blank lines.
                    let words: Vec<&str> = text.split_whitespace().collect();
                    for chunk in words.chunks(5) {
                        out.push_str(&chunk.join(" "));
                        out.push('\n');
                    }
                } else {
                    out.push_str(&text);
                    out.push_str(separator);
                }
            }
        }
        "repeated_lines" => {
            // Thousands of copies of a dozen lines (chrome and a pull-quote-like sentence)
            // between the paragraphs.
            let repeats = [
                "Share this article",
                "Advertisement",
                "Read more",
                "Sign up for our newsletter",
                "Harbour Gazette",
                "\u{201c}We cannot wait another winter for these walls.\u{201d}",
                "The council will publish its final plans for the harbour defences in the spring.",
                "Related: flood warnings issued for the coast",
                "Comments (0)",
                "Most read",
                "Follow us on social media",
                "Photo: Harbour Gazette",
            ];
            out.push_str(HEAD);
            while out.len() < bytes {
                out.push_str(&paragraph(&mut random));
                out.push('\n');
                out.push_str(repeats[random.below(repeats.len())]);
                out.push('\n');
            }
        }
        "random_words" => {
            // Pseudo-words of random syllables, lines of 1 to 40 words, some closed by a full stop.
            let syllables = [
                "ka", "lo", "mi", "ren", "tu", "sa", "vel", "dor", "pa", "ni", "qua", "ster", "im",
                "ol", "ber", "ga",
            ];
            while out.len() < bytes {
                let words = random.between(1, 40);
                for position in 0..words {
                    if position > 0 {
                        out.push(' ');
                    }
                    let length = random.between(1, 4);
                    let mut word: String = (0..length)
                        .map(|_| syllables[random.below(syllables.len())])
                        .collect();
                    if random.below(7) == 0 {
                        word = word.to_uppercase();
                    }
                    out.push_str(&word);
                }
                if random.below(3) == 0 {
                    out.push('.');
                }
                out.push('\n');
            }
        }
        "book" => {
            // Chapters hard-wrapped at 72 columns with blank lines between paragraphs, as
            // public-domain book files are laid out.
            let mut chapter = 0;
            while out.len() < bytes {
                chapter += 1;
                out.push_str(&format!("CHAPTER {chapter}\n\n"));
                for _ in 0..random.between(20, 60) {
                    let text = if book_source.is_empty() {
                        paragraph(&mut random)
                    } else {
                        book_source[random.below(book_source.len())].clone()
                    };
                    let mut line_length = 0;
                    for word in text.split_whitespace() {
                        if line_length > 0 && line_length + word.len() + 1 > 72 {
                            out.push('\n');
                            line_length = 0;
                        } else if line_length > 0 {
                            out.push(' ');
                            line_length += 1;
                        }
                        out.push_str(word);
                        line_length += word.len();
                    }
                    out.push_str("\n\n");
                }
            }
        }
        other => panic!("unknown shape {other:?} ({})", ALL_SHAPES.join(", ")),
    }
    out
}

/// Paragraphs of the WCXB ground-truth article bodies, the book's text; empty when the bench
/// folder is not there.
fn book_paragraphs(bench_dir: &Path) -> Vec<String> {
    let folder = bench_dir.join("extraction/wcxb-dev-articles/ground-truth");
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).collect();
    paths.sort();
    let mut paragraphs = Vec::new();
    for path in paths {
        let Ok(raw) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Ok(record) = serde_json::from_str::<serde_json::Value>(&raw) else {
            continue;
        };
        let body = record["ground_truth"]["main_content"]
            .as_str()
            .unwrap_or_default();
        paragraphs.extend(
            body.split('\n')
                .map(str::trim)
                .filter(|paragraph| paragraph.split_whitespace().count() >= 12)
                .map(str::to_string),
        );
    }
    paragraphs
}
