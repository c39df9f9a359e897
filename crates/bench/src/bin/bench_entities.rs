//! Throughput of the who-where-when layer (knowledge-base names, tagger, linking, dates,
//! quantities, quotations) on real outside text: the ground-truth article bodies of the WCXB
//! extraction set. Prints load times, tokens per second on one thread and the mention yield.
//!
//! Usage: bench_entities [WCXB_DIR]   (default: ../shared/bench/extraction/wcxb-dev-articles)

use model::{paragraph, Article, ParagraphKind};
use std::time::Instant;

const DEFAULT_DIR: &str = "../shared/bench/extraction/wcxb-dev-articles";

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| DEFAULT_DIR.to_string());
    let truth_dir = std::path::Path::new(&dir).join("ground-truth");
    let mut files: Vec<_> = std::fs::read_dir(&truth_dir)
        .unwrap_or_else(|error| panic!("reading {}: {error}", truth_dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    files.sort();
    let mut articles = Vec::new();
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        let truth = &value["ground_truth"];
        let Some(body) = truth["main_content"].as_str() else {
            continue;
        };
        let mut article = Article {
            paragraphs: body
                .split("\n\n")
                .filter(|block| !block.trim().is_empty())
                .map(|block| paragraph(ParagraphKind::Body, block.trim()))
                .collect(),
            published: truth["publish_date"].as_str().map(str::to_string),
            ..Article::default()
        };
        model::finish_article(&mut article);
        articles.push(article);
    }

    let started = Instant::now();
    let knowledge_base = kb::KnowledgeBase::load_default();
    let kb_load = started.elapsed();
    let started = Instant::now();
    let _ = knowledge_base.find_names("Warm-up in Kabul.");
    let gazetteer_load = started.elapsed();
    let started = Instant::now();
    let tagger = ner::Tagger::load_default();
    let tagger_load = started.elapsed();

    let tokens: usize = articles
        .iter()
        .map(|article| ner::tokenize(&article.text).len())
        .sum();
    let started = Instant::now();
    let mut mentions = 0;
    let mut linked = 0;
    let mut dates = 0;
    let mut quantities = 0;
    let mut quotations = 0;
    for article in &articles {
        let found = entities::analyze(article, &knowledge_base, &tagger);
        mentions += found.mentions.len();
        linked += found
            .mentions
            .iter()
            .filter(|mention| {
                mention
                    .entity
                    .as_deref()
                    .is_some_and(|id| !id.starts_with("name:"))
            })
            .count();
        dates += found.dates.len();
        quantities += found.quantities.len();
        quotations += found.quotations.len();
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "who-where-when layer on {} WCXB article bodies ({} tokens), one thread, release build",
        articles.len(),
        tokens
    );
    println!(
        "  load: knowledge base {:.1} ms, gazetteer + place matcher {:.1} ms, tagger {:.1} ms",
        ms(kb_load),
        ms(gazetteer_load),
        ms(tagger_load)
    );
    println!(
        "  time: {:.2} s = {:.0} tokens/s ({:.2} ms per article)",
        elapsed,
        tokens as f64 / elapsed,
        elapsed * 1000.0 / articles.len() as f64
    );
    if std::env::var_os("BENCH_PARTS").is_some() {
        let time = |label: &str, work: &dyn Fn(&Article)| {
            let started = Instant::now();
            for article in &articles {
                work(article);
            }
            let seconds = started.elapsed().as_secs_f64();
            println!(
                "  part {label}: {seconds:.2} s = {:.0} tokens/s",
                tokens as f64 / seconds
            );
        };
        time("knowledge-base names", &|article| {
            drop(knowledge_base.find_names(&article.text))
        });
        time("tagger spans", &|article| {
            drop(ner::spans_with(&tagger, &article.text))
        });
        time("dates", &|article| drop(facts::dates(&article.text, None)));
        time("quantities", &|article| {
            drop(facts::quantities(&article.text))
        });
        time("quotations", &|article| {
            drop(facts::quotations(&article.text, &article.sentences))
        });
    }
    println!("  found: {mentions} mentions ({linked} linked to the knowledge base or gazetteer), {dates} dates, {quantities} quantities, {quotations} quotations");
}

fn ms(duration: std::time::Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
