//! NER benchmark on CoNLL-2003 validation: entity-level micro and per-type precision, recall
//! and F1 (a name counts only with exact span and type, as the shared task scored), tagging
//! speed on one thread, and the time to decode the committed model.
//!
//! Usage: bench_ner [CONLL_FILE] [--peer-tags FILE --peer-stats FILE]
//!   (default file: ../shared/bench/ner/conll2003/valid.txt; the peer files are what
//!   bench/spacy_ner_run.py writes: one tag per token, and its timings as JSON)

use std::time::{Duration, Instant};

use ner::training::{document_ranges, kinds, parse_conll, tag_sentences, Counts, Scores};
use ner::Tagger;

const DEFAULT_FILE: &str = "../shared/bench/ner/conll2003/valid.txt";

fn main() {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let option = |name: &str| bench::option_value(&arguments, name);
    let path = arguments
        .first()
        .filter(|first| !first.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| DEFAULT_FILE.to_string());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            std::process::exit(1);
        }
    };
    let sentences = parse_conll(&text);
    let token_count: usize = sentences.iter().map(|sentence| sentence.tokens.len()).sum();

    // Model load: decode the compiled-in model several times and keep the median, so one
    // cold page fault does not decide the figure.
    let mut load_times: Vec<Duration> = (0..7)
        .map(|_| {
            let started = Instant::now();
            let tagger = Tagger::load_default();
            let elapsed = started.elapsed();
            assert!(tagger.feature_count() > 0, "the committed model is empty");
            elapsed
        })
        .collect();
    load_times.sort();
    let tagger = Tagger::load_default();

    // Sentences are tagged story by story (stories found by their datelines), as the
    // entity linker tags an article; the time includes that grouping.
    let started = Instant::now();
    let predicted: Vec<Vec<ner::Tag>> = tag_sentences(&tagger, &sentences);
    let tagging_time = started.elapsed();

    let mut scores = Scores::default();
    for (sentence, tags) in sentences.iter().zip(&predicted) {
        scores.add(&sentence.tags, tags);
    }

    println!("CoNLL-2003 NER, {path}");
    println!(
        "{} sentences in {} stories, {} tokens, {} gold names",
        sentences.len(),
        document_ranges(&sentences).len(),
        token_count,
        scores.micro.gold
    );
    println!();
    println!(
        "sitrep ner (two-stage averaged perceptron, {} features)",
        tagger.feature_count()
    );
    print_row("micro", &scores.micro);
    for kind in kinds() {
        print_row(kind.name(), &scores.kind(kind));
    }
    println!(
        "speed: {:.0} tokens/s on one thread ({} tokens in {:.3} s)",
        token_count as f64 / tagging_time.as_secs_f64(),
        token_count,
        tagging_time.as_secs_f64()
    );
    // The linker's path: raw text in, byte spans out (sentence split and tokeniser
    // included). Each story is rebuilt as text, one sentence per line.
    let stories: Vec<String> = document_ranges(&sentences)
        .into_iter()
        .map(|range| {
            let lines: Vec<String> = sentences[range]
                .iter()
                .map(|sentence| sentence.tokens.join(" "))
                .collect();
            lines.join("\n")
        })
        .collect();
    let started = Instant::now();
    let span_count: usize = stories
        .iter()
        .map(|story| ner::spans_with(&tagger, story).len())
        .sum();
    let spans_time = started.elapsed();
    println!(
        "raw-text spans(): {:.0} tokens/s on one thread ({} names found in {} stories)",
        token_count as f64 / spans_time.as_secs_f64(),
        span_count,
        stories.len()
    );
    println!(
        "model load: median {:.1} ms of {} (min {:.1} ms, max {:.1} ms)",
        millis(load_times[load_times.len() / 2]),
        load_times.len(),
        millis(load_times[0]),
        millis(load_times[load_times.len() - 1])
    );
    println!();
    match (option("--peer-tags"), option("--peer-stats")) {
        (Some(tags_path), Some(stats_path)) => print_peer(
            &sentences,
            &tags_path,
            &stats_path,
            token_count,
            tagging_time,
        ),
        _ => println!("peer: none run"),
    }
}

/// Score the peer's tags with the same scorer and print its speed next to sitrep's.
fn print_peer(
    sentences: &[ner::training::LabelledSentence],
    tags_path: &str,
    stats_path: &str,
    token_count: usize,
    sitrep_time: Duration,
) {
    let (Ok(tags_text), Ok(stats_text)) = (
        std::fs::read_to_string(tags_path),
        std::fs::read_to_string(stats_path),
    ) else {
        println!("peer: output files not readable");
        return;
    };
    let peer_sentences = parse_conll(&tags_text);
    if peer_sentences.len() != sentences.len() {
        println!(
            "peer: {} sentences tagged, {} expected; not scored",
            peer_sentences.len(),
            sentences.len()
        );
        return;
    }
    let mut scores = Scores::default();
    for (gold, peer) in sentences.iter().zip(&peer_sentences) {
        scores.add(&gold.tags, &peer.tags);
    }
    let stats: serde_json::Value = serde_json::from_str(&stats_text).unwrap_or_default();
    let peer_seconds = stats["tagging_seconds"].as_f64().unwrap_or(f64::NAN);
    println!("peer: {}", stats["model"].as_str().unwrap_or("spaCy"));
    print_row("micro", &scores.micro);
    for kind in kinds() {
        print_row(kind.name(), &scores.kind(kind));
    }
    println!(
        "speed: {:.0} tokens/s on one thread; sitrep is {:.1}x faster; model load {:.0} ms",
        token_count as f64 / peer_seconds,
        peer_seconds / sitrep_time.as_secs_f64(),
        stats["load_seconds"].as_f64().unwrap_or(f64::NAN) * 1000.0
    );
}

fn print_row(label: &str, counts: &Counts) {
    println!(
        "  {label:<6} P {:.4}  R {:.4}  F1 {:.4}  (correct {}, predicted {}, gold {})",
        counts.precision(),
        counts.recall(),
        counts.f1(),
        counts.correct,
        counts.predicted,
        counts.gold
    );
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
