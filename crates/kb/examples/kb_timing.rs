//! Measure how long the knowledge base takes to load and to search, and list what it finds in
//! text files given on the command line (to eyeball precision):
//!
//! `cargo run --release -p kb --example kb_timing -- FILE...`
//!
//! Each load phase runs `RUNS` times from scratch and the fastest run is printed, because on a
//! shared two-core machine the slower runs measure the neighbours, not this code.

use std::time::{Duration, Instant};

const RUNS: usize = 7;

fn main() {
    let mut fastest = [Duration::MAX; 4];
    let mut knowledge_base = kb::KnowledgeBase::load_default();
    for _ in 0..RUNS {
        let started = Instant::now();
        knowledge_base = kb::KnowledgeBase::load_default();
        let records_loaded = started.elapsed();

        let started = Instant::now();
        let _ = knowledge_base.gazetteer();
        let gazetteer_loaded = started.elapsed();

        let started = Instant::now();
        let _ = knowledge_base.find_names("Warm-up in Kabul.");
        let place_matcher_built = started.elapsed();

        let started = Instant::now();
        let _ = knowledge_base.places_named("Kabul");
        let name_index_built = started.elapsed();

        for (slot, time) in fastest.iter_mut().zip([
            records_loaded,
            gazetteer_loaded,
            place_matcher_built,
            name_index_built,
        ]) {
            *slot = (*slot).min(time);
        }
    }
    let milliseconds = |duration: Duration| duration.as_secs_f64() * 1e3;
    println!("fastest of {RUNS} runs:");
    println!(
        "  records: {} parsed and compiled in {:.1} ms",
        knowledge_base.records().len(),
        milliseconds(fastest[0])
    );
    println!(
        "  gazetteer: {} places decompressed and parsed in {:.1} ms (on first use)",
        knowledge_base.gazetteer().places.len(),
        milliseconds(fastest[1])
    );
    println!(
        "  place-name matcher compiled in {:.1} ms (on first find_names)",
        milliseconds(fastest[2])
    );
    println!(
        "  name-and-alternate index built in {:.1} ms (on first places_named)",
        milliseconds(fastest[3])
    );
    println!("  total: {:.1} ms", milliseconds(fastest.iter().sum()));

    let texts: Vec<(String, String)> = std::env::args()
        .skip(1)
        .filter_map(|path| std::fs::read_to_string(&path).ok().map(|text| (path, text)))
        .collect();
    if texts.is_empty() {
        return;
    }
    let total_bytes: usize = texts.iter().map(|(_, text)| text.len()).sum();
    let mut n_matches = 0;
    let mut search_time = Duration::MAX;
    for _ in 0..RUNS {
        let started = Instant::now();
        n_matches = texts
            .iter()
            .map(|(_, text)| knowledge_base.find_names(text).len())
            .sum::<usize>();
        search_time = search_time.min(started.elapsed());
    }
    println!(
        "find_names: {n_matches} matches in {} files, {total_bytes} bytes, in {:.2} ms ({:.1} MB/s)",
        texts.len(),
        milliseconds(search_time),
        total_bytes as f64 / 1e6 / search_time.as_secs_f64()
    );
    for (path, text) in &texts {
        println!("\n== {path}");
        for found in knowledge_base.find_names(text) {
            let ids: Vec<&str> = found
                .candidates
                .iter()
                .take(3)
                .map(|candidate| candidate.id.as_str())
                .collect();
            let fuzzy = if found.fuzzy { " (fuzzy)" } else { "" };
            println!(
                "{:>6} {:?} -> {}{fuzzy}",
                found.start,
                &text[found.start..found.end],
                ids.join(", ")
            );
        }
    }
}
