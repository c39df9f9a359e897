//! `sitrep ingest`, `search` and `serve` as a user runs them: an ingest killed with SIGKILL
//! mid-batch leaves a sound store that a re-run completes, two ingest processes at once into
//! one store both succeed, and search reads what was ingested.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-cli-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const TOWNS: [&str; 8] = [
    "Harwick",
    "Dunmore",
    "Kestrel Bay",
    "Ashford",
    "Millbrook",
    "Northgate",
    "Oakvale",
    "Redcliff",
];
const SUBJECTS: [&str; 6] = [
    "the water board",
    "the regional council",
    "the port authority",
    "the teachers' union",
    "the hospital trust",
    "the transport ministry",
];
const ACTIONS: [&str; 6] = [
    "announced new repairs to the flood barrier",
    "agreed to a pay settlement after three weeks of talks",
    "closed two wards after a burst pipe",
    "postponed the opening of the new ferry terminal",
    "promised an inquiry into delayed payments",
    "signed a contract for forty electric buses",
];

/// A JSON Lines file of `count` distinct local-news articles written for this test.
fn articles_file(dir: &Path, count: usize) -> PathBuf {
    let mut lines = String::new();
    for index in 0..count {
        let town = TOWNS[index % TOWNS.len()];
        let subject = SUBJECTS[(index / 3) % SUBJECTS.len()];
        let action = ACTIONS[(index / 7) % ACTIONS.len()];
        let text = format!(
            "Officials in {town} said on Tuesday that {subject} {action}, in a decision number {index} of this year.\n\n\
             The decision follows months of complaints from residents of {town}, who said that {count_people} households had been affected since the spring.\n\n\
             A spokesperson for {subject} said the work would take about {weeks} weeks and cost {cost} million.\n\n\
             Local councillors welcomed the move but said that {town} still needed a longer-term plan, and asked for a public meeting before the end of the month.",
            count_people = 120 + index * 7,
            weeks = 2 + index % 9,
            cost = 3 + index % 17,
        );
        let record = serde_json::json!({
            "id": format!("local-{index}"),
            "url": format!("https://news.example/{index}"),
            "title": format!("{town}: {subject} {action} ({index})"),
            "published": format!("2025-{:02}-{:02}", 1 + index % 12, 1 + index % 28),
            "outlet": "Example Local News",
            "text": text,
        });
        lines.push_str(&record.to_string());
        lines.push('\n');
    }
    let path = dir.join("articles.jsonl");
    std::fs::write(&path, lines).unwrap();
    path
}

fn ingest_command(store: &Path, inputs: &[&Path]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sitrep"));
    command.arg("ingest").arg("--store").arg(store);
    command.args(inputs);
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

#[test]
fn an_ingest_killed_mid_batch_keeps_what_it_committed_and_a_rerun_completes_it() {
    let dir = temp_dir("crash");
    let store_dir = dir.join("store");
    let total = 96;
    let input = articles_file(&dir, total);
    let mut child = ingest_command(&store_dir, &[&input]).spawn().unwrap();
    // Wait for the first committed articles, then kill the process without warning.
    let started = Instant::now();
    let mut committed_before_kill = 0;
    while started.elapsed() < Duration::from_secs(120) {
        if store_dir.join(store::DATABASE_FILE).exists() {
            if let Ok(store) = store::Store::open(&store_dir) {
                committed_before_kill = store.article_count().unwrap_or(0);
                if committed_before_kill > 0 {
                    break;
                }
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        committed_before_kill > 0,
        "no article was committed in time"
    );
    child.kill().unwrap(); // SIGKILL
    let status = child.wait().unwrap();
    assert!(
        !status.success(),
        "the ingest finished before it could be killed"
    );

    let store = store::Store::open(&store_dir).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let page = store.articles(500, 0).unwrap();
    assert!(
        page.total >= committed_before_kill && page.total < total,
        "{}",
        page.total
    );
    for summary in &page.items {
        let article = store
            .article(&summary.id)
            .unwrap()
            .expect("stored article reads back");
        assert_eq!(
            model::article_id(&article.text),
            article.id,
            "article intact"
        );
    }
    drop(store);

    let rerun = ingest_command(&store_dir, &[&input]).output().unwrap();
    let stdout = String::from_utf8_lossy(&rerun.stdout);
    assert!(
        rerun.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&rerun.stderr)
    );
    assert!(
        stdout.contains(&format!("{} already stored", page.total)),
        "{stdout}"
    );
    let store = store::Store::open(&store_dir).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    assert_eq!(store.article_count().unwrap(), total);
    assert!(store.unindexed_articles().unwrap().is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn two_ingest_processes_at_once_both_succeed() {
    let dir = temp_dir("two");
    let store_dir = dir.join("store");
    let input = articles_file(&dir, 40);
    // The same input twice at once: one waits for the other's transactions; every article
    // is stored once whichever process got there first.
    let first = ingest_command(&store_dir, &[&input]).spawn().unwrap();
    let second = ingest_command(&store_dir, &[&input]).spawn().unwrap();
    for child in [first, second] {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let store = store::Store::open(&store_dir).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    assert_eq!(store.article_count().unwrap(), 40);

    let search = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["search", "--store"])
        .arg(&store_dir)
        .args(["ferry terminal", "--json", "--limit", "3"])
        .output()
        .unwrap();
    assert!(search.status.success());
    let results: serde_json::Value = serde_json::from_slice(&search.stdout).unwrap();
    assert!(results["total"].as_u64().unwrap() > 0);
    for hit in results["hits"].as_array().unwrap() {
        assert!(
            hit["title"].as_str().unwrap().contains("ferry terminal"),
            "{hit}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_report_reads_a_store_whole_or_one_story() {
    let dir = temp_dir("report");
    let store = dir.join("store");
    let sitrep = env!("CARGO_BIN_EXE_sitrep");
    let ingest = Command::new(sitrep)
        .args(["ingest", "--store"])
        .arg(&store)
        .arg("--demo")
        .output()
        .unwrap();
    assert!(
        ingest.status.success(),
        "{}",
        String::from_utf8_lossy(&ingest.stderr)
    );
    let report = |extra: &[&str]| {
        let output = Command::new(sitrep)
            .args(["report", "--format", "json", "--store"])
            .arg(&store)
            .args(extra)
            .output()
            .unwrap();
        (output.status.code(), output.stdout)
    };
    let (code, whole) = report(&[]);
    assert_eq!(code, Some(0));
    let whole: serde_json::Value = serde_json::from_slice(&whole).unwrap();
    let sections = whole["sections"].as_array().unwrap();
    assert!(sections.len() > 1, "{} sections", sections.len());
    // The stored stories are reported as stories, not as one pile of articles.
    let first = &sections[0];
    let id = first["story"].as_str().expect("a stored story's id");
    let (code, one) = report(&["--story", id]);
    assert_eq!(code, Some(0));
    let one: serde_json::Value = serde_json::from_slice(&one).unwrap();
    let one_sections = one["sections"].as_array().unwrap();
    assert_eq!(one_sections.len(), 1);
    assert_eq!(one_sections[0]["story"], first["story"]);
    assert_eq!(one_sections[0]["n_articles"], first["n_articles"]);
    // An unknown story is the caller's error.
    let (code, _) = report(&["--story", "no-such-story"]);
    assert_eq!(code, Some(2));
}
