//! NER benchmark on CoNLL-2003 validation: entity-level micro and per-type precision, recall
//! and F1 (a name counts only with exact span and type, as the shared task scored), tagging
//! speed on one thread, and the time to decode the committed model.
//!
//! Usage: bench_ner [CONLL_FILE]   (default: ../shared/bench/ner/conll2003/valid.txt)

use std::time::{Duration, Instant};

use ner::training::{document_ranges, kinds, parse_conll, tag_sentences, Counts, Scores};
use ner::Tagger;

const DEFAULT_FILE: &str = "../shared/bench/ner/conll2003/valid.txt";

fn main() {
    let path = std::env::args()
        .nth(1)
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
    println!(
        "peer: none run (spaCy's English pipelines are published outside PyPI, and this \
         project installs only from package registries)"
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
