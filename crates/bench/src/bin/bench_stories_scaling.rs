//! How story building grows with the corpus: generates corpora of 10k, 100k and 1M articles
//! at run time by sampling the analysed demo articles and perturbing them (new dates; names
//! swapped for made-up ones per group of variants; paragraphs dropped and reordered), then
//! times copy detection (fingerprints + candidate search + verification) and story
//! clustering (features + incremental clustering), each size in a child process of its own,
//! and prints time, articles per second, copies and stories found, and peak memory (VmHWM;
//! sketch_MB is the resident memory once every article is sketched). Articles are generated
//! one at a time and dropped once sketched (counted for IDF in one pass, weighed and
//! fingerprinted in a second, both passes on every core), as a store streaming its articles
//! would: the stage then holds per-article sketches only, never the corpus. Generation time
//! is reported apart and is not part of the stage's time. Nothing is written to the
//! repository.
//!
//! Usage: bench_stories_scaling ANALYSIS.json [--sizes 10000,100000,1000000]
//! (ANALYSIS.json: `sitrep demo` output; `bench/stories_scaling.sh` makes it.)
//! `bench_stories_scaling ANALYSIS.json --run N` builds and measures one size (the child's job).

use std::process::Command;
use std::time::Instant;

use model::{Article, Mention, Paragraph, ParagraphKind};

/// Articles that share made-up names (a "universe" of variants: one story retold).
const VARIANTS_PER_UNIVERSE: usize = 40;
/// Days the generated corpus spans.
const SPAN_DAYS: i64 = 1000;

fn main() {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let analysis_path = arguments
        .first()
        .expect("usage: bench_stories_scaling ANALYSIS.json [--sizes …]");
    if arguments.get(1).map(String::as_str) == Some("--run") {
        let size: usize = arguments[2].parse().expect("--run N");
        run_one(analysis_path, size);
        return;
    }
    let sizes: Vec<usize> = arguments
        .iter()
        .position(|argument| argument == "--sizes")
        .and_then(|index| arguments.get(index + 1))
        .map_or("10000,100000,1000000", String::as_str)
        .split(',')
        .map(|size| size.trim().parse().expect("sizes are numbers"))
        .collect();
    println!("articles  generate_s  sketch_MB  copies_s  copies  cluster_s  stories  total_s  articles/s  peak_MB");
    let executable = std::env::current_exe().expect("own path");
    for size in sizes {
        let output = Command::new(&executable)
            .args([analysis_path.as_str(), "--run", &size.to_string()])
            .output()
            .expect("child runs");
        print!("{}", String::from_utf8_lossy(&output.stdout));
        if !output.status.success() {
            println!(
                "{size:>8}  failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
    }
}

/// A paragraph's text and its mentions (start, end, entity id; offsets within it).
type ParagraphWithMentions = (String, Vec<(usize, usize, String)>);

/// A demo article cut into body paragraphs, each with its mentions (offsets within it).
struct Base {
    paragraphs: Vec<ParagraphWithMentions>,
    day: i64,
}

fn run_one(analysis_path: &str, size: usize) {
    let text = std::fs::read_to_string(analysis_path).expect("readable analysis JSON");
    let analysis: model::Analysis = serde_json::from_str(&text).expect("an analysis");
    drop(text);
    let bases: Vec<Base> = analysis
        .articles
        .iter()
        .map(base_of)
        .filter(|base| base.paragraphs.len() >= 2)
        .collect();
    drop(analysis);
    // Articles are generated one at a time and dropped once sketched, as a store would read
    // them: the stage keeps only its per-article sketches. Pass 1 counts the document
    // frequencies (IDF), pass 2 weighs each article's words and fingerprints it; generating
    // twice costs time counted apart.
    // Both passes run on every core, each thread on its own run of indices; results are put
    // back in index order and document frequencies are sums, so the output does not depend on
    // the number of threads. copies_s and cluster_s are each thread's elapsed time summed
    // (they include waiting for a core on a busy machine); total_s is wall time.
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = size.div_ceil(threads).max(1);
    let wall = Instant::now();
    let pass_one: Vec<(stories::cluster::DocumentFrequencies, f64, f64)> =
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..size)
                .step_by(chunk)
                .map(|first| {
                    let bases = &bases;
                    scope.spawn(move || {
                        let (mut generate_seconds, mut cluster_seconds) = (0.0, 0.0);
                        let mut frequencies = stories::cluster::DocumentFrequencies::default();
                        for index in first..(first + chunk).min(size) {
                            let started = Instant::now();
                            let article = generate(bases, index);
                            generate_seconds += started.elapsed().as_secs_f64();
                            let started = Instant::now();
                            frequencies.add(&stories::cluster::article_counts(&article, []));
                            cluster_seconds += started.elapsed().as_secs_f64();
                        }
                        (frequencies, generate_seconds, cluster_seconds)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|handle| handle.join().expect("pass one"))
                .collect()
        });
    let mut generate_seconds = 0.0;
    let mut cluster_seconds = 0.0;
    let mut copy_seconds = 0.0;
    let mut frequencies = stories::cluster::DocumentFrequencies::default();
    for (part, generated, counted) in pass_one {
        frequencies.merge(part);
        generate_seconds += generated;
        cluster_seconds += counted;
    }
    type Sketched = (
        Vec<stories::Features>,
        Vec<stories::copies::Fingerprint>,
        Vec<String>,
        f64,
        f64,
        f64,
    );
    let pass_two: Vec<Sketched> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..size)
            .step_by(chunk)
            .map(|first| {
                let (bases, frequencies) = (&bases, &frequencies);
                scope.spawn(move || {
                    let (mut generated, mut counted, mut fingerprinted) = (0.0, 0.0, 0.0);
                    let (mut features, mut fingerprints, mut ids) =
                        (Vec::new(), Vec::new(), Vec::new());
                    for index in first..(first + chunk).min(size) {
                        let started = Instant::now();
                        let article = generate(bases, index);
                        generated += started.elapsed().as_secs_f64();
                        let started = Instant::now();
                        let counts = stories::cluster::article_counts(&article, []);
                        features.push(stories::cluster::weigh_counts(&counts, frequencies));
                        counted += started.elapsed().as_secs_f64();
                        let started = Instant::now();
                        fingerprints.push(stories::copies::fingerprint(&article));
                        fingerprinted += started.elapsed().as_secs_f64();
                        ids.push(article.id);
                    }
                    (
                        features,
                        fingerprints,
                        ids,
                        generated,
                        counted,
                        fingerprinted,
                    )
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().expect("pass two"))
            .collect()
    });
    let mut features = Vec::with_capacity(size);
    let mut fingerprints = Vec::with_capacity(size);
    let mut ids = Vec::with_capacity(size);
    for (part_features, part_fingerprints, part_ids, generated, counted, fingerprinted) in pass_two
    {
        features.extend(part_features);
        fingerprints.extend(part_fingerprints);
        ids.extend(part_ids);
        generate_seconds += generated;
        cluster_seconds += counted;
        copy_seconds += fingerprinted;
    }
    drop(frequencies);
    let sketch_megabytes = memory_kilobytes("VmRSS") / 1024;

    let started = Instant::now();
    let days: Vec<Option<i32>> = features.iter().map(|features| features.day).collect();
    let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let order = stories::cluster::canonical_order_of(&days, &id_refs);
    let order_seconds = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let copies = stories::copies::find_copies(&fingerprints, &order, &days);
    copy_seconds += started.elapsed().as_secs_f64() + order_seconds;
    drop(fingerprints);

    let started = Instant::now();
    let clusters = stories::cluster::cluster(&features, &order);
    cluster_seconds += started.elapsed().as_secs_f64() + order_seconds;

    // Wall time of the stage: both sketch passes less the generation they interleave (its
    // CPU time spread over the threads), then the copy search and clustering.
    let total = wall.elapsed().as_secs_f64() - generate_seconds / threads as f64;
    println!(
        "{size:>8}  {generate_seconds:>10.1}  {sketch_megabytes:>9}  {copy_seconds:>8.1}  {:>6}  {cluster_seconds:>9.1}  {:>7}  {total:>7.1}  {:>10.0}  {:>7}",
        copies.len(),
        clusters.len(),
        size as f64 / total,
        memory_kilobytes("VmHWM") / 1024
    );
}

fn base_of(article: &Article) -> Base {
    let paragraphs = article
        .paragraphs
        .iter()
        .filter(|paragraph| paragraph.kind == ParagraphKind::Body)
        .map(|paragraph| {
            let mentions = article
                .mentions
                .iter()
                .filter(|mention| mention.start >= paragraph.start && mention.end <= paragraph.end)
                .filter_map(|mention| {
                    Some((
                        mention.start - paragraph.start,
                        mention.end - paragraph.start,
                        mention.entity.clone()?,
                    ))
                })
                .collect();
            (paragraph.text.clone(), mentions)
        })
        .collect();
    let day = article
        .published
        .as_deref()
        .and_then(stories::cluster::day_number)
        .map_or(20_000, i64::from);
    Base { paragraphs, day }
}

/// A small deterministic generator (SplitMix64).
fn random(seed: u64) -> u64 {
    stories::words::mix(seed)
}

const SYLLABLES: [&str; 16] = [
    "ka", "lo", "mer", "vin", "tas", "ro", "zel", "dun", "pa", "shi", "gor", "em", "ul", "bri",
    "nok", "sa",
];

/// A made-up name for an entity in a universe ("Zelvinro").
fn made_up_name(entity: &str, universe: usize) -> String {
    let mut hash = stories::words::stable_hash(entity.as_bytes())
        ^ (universe as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut name = String::new();
    for _ in 0..3 {
        hash = random(hash);
        name.push_str(SYLLABLES[(hash % 16) as usize]);
    }
    let mut characters = name.chars();
    characters
        .next()
        .map(|first| first.to_uppercase().chain(characters).collect())
        .unwrap_or(name)
}

fn generate(bases: &[Base], index: usize) -> Article {
    let universe = index / VARIANTS_PER_UNIVERSE;
    let mut state = random(index as u64 ^ 0x5eed);
    let base = &bases[(random(universe as u64) % bases.len() as u64) as usize];
    // Paragraphs: each dropped with p = 0.15 (at least two kept), neighbours swapped with p = 0.2.
    let mut kept: Vec<usize> = (0..base.paragraphs.len())
        .filter(|_| {
            state = random(state);
            state % 100 >= 15
        })
        .collect();
    if kept.len() < 2 {
        kept = (0..base.paragraphs.len().min(2)).collect();
    }
    for position in 1..kept.len() {
        state = random(state);
        if state % 100 < 20 {
            kept.swap(position - 1, position);
        }
    }
    let mut text = String::new();
    let mut paragraphs = Vec::new();
    let mut mentions = Vec::new();
    for paragraph_index in kept {
        let (paragraph_text, paragraph_mentions) = &base.paragraphs[paragraph_index];
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        let mut cursor = 0;
        for (mention_start, mention_end, entity) in paragraph_mentions {
            if *mention_start < cursor {
                continue;
            }
            text.push_str(&paragraph_text[cursor..*mention_start]);
            let name = made_up_name(entity, universe);
            let name_start = text.len();
            text.push_str(&name);
            mentions.push(Mention {
                entity: Some(format!("{entity}~{}", universe % 5000)),
                text: name,
                start: name_start,
                end: text.len(),
                kind: None,
                acts_for: None,
                via: model::LinkVia::Name,
                sentence: 0,
            });
            cursor = *mention_end;
        }
        text.push_str(&paragraph_text[cursor..]);
        paragraphs.push(Paragraph {
            kind: ParagraphKind::Body,
            // The text lives once, in `Article.text`; the stories stage reads ranges only.
            text: String::new(),
            start,
            end: text.len(),
        });
    }
    state = random(state);
    let day = base.day + (universe as i64 * 7 + (state % 5) as i64) % SPAN_DAYS;
    Article {
        id: format!("{:016x}", random(index as u64)),
        source: format!("generated#{index}"),
        published: Some(iso_day(day)),
        outlet: model::Outlet {
            name: Some(format!("Outlet {}", state % 200)),
            domain: None,
        },
        paragraphs,
        text,
        mentions,
        ..Article::default()
    }
}

fn iso_day(day: i64) -> String {
    // Civil-from-days (Howard Hinnant).
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day_of_month = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day_of_month:02}")
}

/// A `/proc/self/status` figure in kB (0 when unreadable).
fn memory_kilobytes(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with(field))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|value| value.parse().ok())
        })
        .unwrap_or(0)
}
