//! Measure how long the knowledge base takes to load and to search, and list what it finds in
//! text files given on the command line (to eyeball precision):
//!
//! `cargo run --release -p kb --example kb_timing -- FILE...`

use std::time::Instant;

fn main() {
    // Decompression alone, to tell it apart from parsing and indexing.
    let started = Instant::now();
    let compressed = include_bytes!("../data/places.tsv.gz");
    let mut decompressed = String::new();
    std::io::Read::read_to_string(
        &mut flate2::read::GzDecoder::new(&compressed[..]),
        &mut decompressed,
    )
    .expect("the built-in gazetteer decompresses");
    println!(
        "gazetteer decompression alone: {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );

    let started = Instant::now();
    let knowledge_base = kb::KnowledgeBase::load_default();
    let records_loaded = started.elapsed();

    let started = Instant::now();
    let n_places = knowledge_base.gazetteer().places.len();
    let gazetteer_loaded = started.elapsed();

    let started = Instant::now();
    let _ = knowledge_base.find_names("Warm-up in Kabul.");
    let place_matcher_built = started.elapsed();

    println!(
        "records: {} loaded and compiled in {:.1} ms",
        knowledge_base.records().len(),
        records_loaded.as_secs_f64() * 1e3
    );
    println!(
        "gazetteer: {n_places} places decompressed and indexed in {:.1} ms",
        gazetteer_loaded.as_secs_f64() * 1e3
    );
    println!(
        "place matcher compiled on first search in {:.1} ms",
        place_matcher_built.as_secs_f64() * 1e3
    );

    let texts: Vec<(String, String)> = std::env::args()
        .skip(1)
        .filter_map(|path| std::fs::read_to_string(&path).ok().map(|text| (path, text)))
        .collect();
    if texts.is_empty() {
        return;
    }
    let total_bytes: usize = texts.iter().map(|(_, text)| text.len()).sum();
    let started = Instant::now();
    let mut n_matches = 0;
    for (_, text) in &texts {
        n_matches += knowledge_base.find_names(text).len();
    }
    let searched = started.elapsed();
    println!(
        "find_names: {n_matches} matches in {} files, {total_bytes} bytes, in {:.2} ms ({:.1} MB/s)",
        texts.len(),
        searched.as_secs_f64() * 1e3,
        total_bytes as f64 / 1e6 / searched.as_secs_f64()
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
