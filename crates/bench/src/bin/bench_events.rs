//! The event coder measured on outside data (../shared/bench/events, never copied into the
//! repository): PLOVER root types on the zero-shot PLOVER sentences, event type and actors on
//! the PLOVER gold-standard records, the PETRARCH unit tests with their own dictionaries, and
//! the throughput of event coding alone and of the whole pipeline on the demo corpus.
//!
//! Usage: bench_events [EVENTS_DIR [throughput|profile|coder]]   (default:
//! ../shared/bench/events; `throughput` runs only the timing loops, `profile` event coding
//! alone for ten seconds, `coder` only the figures of the coder as sitrep runs it: PLOVER
//! types with the classifier by cross-validation, plover-gsr and the PETRARCH unit tests)
//!
//! Run it on one core (`taskset -c 0`, as bench/events.sh does) for the per-core figures.

use model::{paragraph, Actor, Article, Event, ParagraphKind, PloverEvent};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

const DEFAULT_DIR: &str = "../shared/bench/events";

/// Folds of the cross-validation on PLV_train.
const FOLDS: usize = 10;

/// How long each throughput loop runs at least, so timer noise stays small.
const MIN_TIMED: Duration = Duration::from_secs(2);

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| DEFAULT_DIR.to_string());
    let dir = std::path::Path::new(&dir);
    let read = |relative: &str| {
        let path = dir.join(relative);
        std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("reading {}: {error}", path.display()))
    };

    let (mut resources, _) = engine::Resources::load(&engine::Options::default());
    match std::env::args().nth(2).as_deref() {
        // Only the timing loops: bench_events DIR throughput
        Some("throughput") => return throughput(&resources),
        // Event coding alone for ten seconds, for a profiler: bench_events DIR profile
        Some("profile") => {
            let ingested = engine::demo_documents();
            let analysis = engine::analyze_docs(ingested.docs, &resources, &mut |_, _, _| {});
            let started = Instant::now();
            while started.elapsed() < Duration::from_secs(10) {
                for article in &analysis.articles {
                    events::extract(article, &analysis.entities, &resources.event_lexicon);
                }
            }
            return;
        }
        _ => {}
    }
    let coder_only = std::env::args().nth(2).as_deref() == Some("coder");
    println!(
        "bench_events: event coder of this build on {}",
        dir.display()
    );

    plover_types(
        &read("zero-shot-plover/PLV_train.tsv"),
        &mut resources,
        coder_only,
    );
    plover_gsr(&read("plover-gsr/PLOVER_GSR_CAMEO.txt"), &resources);
    petrarch(
        &read("petrarch-unit-tests/PETR.UnitTest.records.xml"),
        &read("petrarch-unit-tests/PETR.Validate.actors.txt"),
        &read("petrarch-unit-tests/PETR.Validate.agents.txt"),
        &read("petrarch-unit-tests/PETR.Validate.verbs.txt"),
        &read("CAMEO2PLOVER-2021.txt"),
    );
    if !coder_only {
        throughput(&resources);
    }
}

/// One sentence analysed as a one-paragraph article through the stages before events
/// (sentences, entities, dates, quantities, quotations), then coded.
fn code_sentence(
    text: &str,
    published: Option<&str>,
    resources: &engine::Resources,
) -> (Article, Vec<Event>) {
    let mut article = Article {
        paragraphs: vec![paragraph(ParagraphKind::Body, text.trim())],
        published: published.map(str::to_string),
        ..Article::default()
    };
    model::finish_article(&mut article);
    article.sentences = text::sentences(&article.text);
    let found = entities::analyze(&article, &resources.knowledge_base, resources.tagger);
    article.mentions = found.mentions;
    article.dates = found.dates;
    article.quantities = found.quantities;
    article.quotations = found.quotations;
    let events = events::extract(&article, &found.entities, &resources.event_lexicon);
    (article, events)
}

/// PLV_train's labels use PLOVER's YIELD, which covers sitrep's CONCEDE and RETREAT.
fn plv_label(event: PloverEvent) -> &'static str {
    match event {
        PloverEvent::Concede | PloverEvent::Retreat => "YIELD",
        other => other.as_str(),
    }
}

struct Scores {
    /// (gold, predicted or "-") per item.
    pairs: Vec<(String, String)>,
}

impl Scores {
    fn print(&self, title: &str, per_type: bool) {
        let total = self.pairs.len();
        let none = self.pairs.iter().filter(|(_, p)| p == "-").count();
        let correct = self.pairs.iter().filter(|(g, p)| g == p).count();
        let labels: std::collections::BTreeSet<&str> =
            self.pairs.iter().map(|(g, _)| g.as_str()).collect();
        let mut f1s = Vec::new();
        let mut lines = Vec::new();
        for label in &labels {
            let tp = self
                .pairs
                .iter()
                .filter(|(g, p)| g == label && p == label)
                .count() as f64;
            let predicted = self.pairs.iter().filter(|(_, p)| p == label).count() as f64;
            let gold = self.pairs.iter().filter(|(g, _)| g == label).count() as f64;
            let precision = if predicted > 0.0 { tp / predicted } else { 0.0 };
            let recall = if gold > 0.0 { tp / gold } else { 0.0 };
            let f1 = if precision + recall > 0.0 {
                2.0 * precision * recall / (precision + recall)
            } else {
                0.0
            };
            f1s.push(f1);
            lines.push(format!(
                "    {label:<10} P {precision:.3} R {recall:.3} F1 {f1:.3} (gold {gold}, predicted {predicted})"
            ));
        }
        let macro_f1 = f1s.iter().sum::<f64>() / f1s.len().max(1) as f64;
        let lowest = f1s.iter().copied().fold(f64::INFINITY, f64::min);
        println!(
            "  {title}: macro F1 {macro_f1:.3}, lowest type F1 {lowest:.3}, accuracy {:.3} ({correct}/{total}), no event {none}/{total}",
            correct as f64 / total.max(1) as f64
        );
        if per_type {
            for line in lines {
                println!("{line}");
            }
        }
    }
}

fn plover_types(tsv: &str, resources: &mut engine::Resources, coder_only: bool) {
    println!();
    println!("PLOVER root types on zero-shot-plover/PLV_train.tsv");
    println!("  gold: gold_root; sitrep CONCEDE and RETREAT scored as YIELD; a sentence with no event counts as a miss");
    println!("  the shipped classifier is trained on this file, so every figure with a classifier comes from models trained on other folds or the other half");
    let examples = events::training::read_plv(tsv);
    let first_event = |events: &[Event]| {
        events
            .first()
            .map(|event| plv_label(event.event).to_string())
            .unwrap_or_else(|| "-".to_string())
    };
    let shipped = resources.event_lexicon.classifier.take();

    // The rules alone: the coder without a classifier, and the trigger classifier.
    let mut coder = Vec::new();
    let mut triggers = Vec::new();
    for example in &examples {
        let (_, events) = code_sentence(&example.sentence, None, resources);
        coder.push((example.label.clone(), first_event(&events)));
        let classified = events::classify_sentence(&example.sentence, &resources.event_lexicon)
            .map(|event| plv_label(event).to_string())
            .unwrap_or_else(|| "-".to_string());
        triggers.push((example.label.clone(), classified));
    }
    let half = |pairs: &[(String, String)], parity: usize| Scores {
        pairs: pairs
            .iter()
            .enumerate()
            .filter(|(index, _)| index % 2 == parity)
            .map(|(_, pair)| pair.clone())
            .collect(),
    };
    println!("  the rules alone (events::extract with no classifier; the type of the sentence's first event):");
    Scores {
        pairs: coder.clone(),
    }
    .print(&format!("whole file, {} sentences", coder.len()), false);
    half(&coder, 1).print("odd half (data lines 1, 3, 5, ...)", false);
    println!("  the trigger classifier (events::classify_sentence: the sentence's triggers, no arguments needed):");
    Scores {
        pairs: triggers.clone(),
    }
    .print(&format!("whole file, {} sentences", triggers.len()), false);
    half(&triggers, 1).print("odd half", false);

    // The trained classifier alone, on sentences it was not trained on.
    let config = events::training::TrainingConfig::default();
    let (even, odd): (Vec<_>, Vec<_>) = examples
        .iter()
        .cloned()
        .enumerate()
        .partition(|(index, _)| index % 2 == 0);
    let even: Vec<_> = even.into_iter().map(|(_, example)| example).collect();
    let odd: Vec<_> = odd.into_iter().map(|(_, example)| example).collect();
    if !coder_only {
        classifier_alone(&examples, &even, &odd, resources, &config);
    }

    // The coder with the classifier, each sentence coded with a model trained without it.
    let mut coded = vec![(String::new(), String::new()); examples.len()];
    let folds = events::training::folds(&examples, FOLDS);
    for fold in 0..FOLDS {
        let train_set: Vec<_> = examples
            .iter()
            .zip(&folds)
            .filter(|(_, &example_fold)| example_fold != fold)
            .map(|(example, _)| example.clone())
            .collect();
        let model = events::training::train(&train_set, &resources.event_lexicon, &config);
        resources.event_lexicon.classifier =
            Some(events::TypeClassifier::parse(&model).expect("a trained model parses"));
        for (index, example) in examples.iter().enumerate() {
            if folds[index] == fold {
                let (_, events) = code_sentence(&example.sentence, None, resources);
                coded[index] = (example.label.clone(), first_event(&events));
            }
        }
    }
    println!("  the coder with the classifier (events::extract; the classifier retypes a rule's reading when sure):");
    Scores {
        pairs: coded.clone(),
    }
    .print(&format!("{FOLDS}-fold cross-validation"), true);
    half(&coded, 0).print(
        "  of which the even half (where the coder's thresholds are tuned)",
        false,
    );
    half(&coded, 1).print("  of which the odd half (held out from tuning)", false);
    let model = events::training::train(&even, &resources.event_lexicon, &config);
    resources.event_lexicon.classifier =
        Some(events::TypeClassifier::parse(&model).expect("a trained model parses"));
    let mut odd_coded = Vec::new();
    for example in &odd {
        let (_, events) = code_sentence(&example.sentence, None, resources);
        odd_coded.push((example.label.clone(), first_event(&events)));
    }
    Scores { pairs: odd_coded }.print("odd half, classifier trained on the even half", false);
    resources.event_lexicon.classifier = shipped;
}

/// The trained classifier alone, on sentences it was not trained on.
fn classifier_alone(
    examples: &[events::training::LabelledSentence],
    even: &[events::training::LabelledSentence],
    odd: &[events::training::LabelledSentence],
    resources: &engine::Resources,
    config: &events::training::TrainingConfig,
) {
    let lexicon = &resources.event_lexicon;
    let gold: Vec<String> = examples
        .iter()
        .map(|example| example.label.clone())
        .collect();
    let predicted = events::training::cross_validate(examples, lexicon, config, FOLDS);
    println!("  the trained classifier alone (events::TypeClassifier on the sentence):");
    Scores {
        pairs: gold.iter().cloned().zip(predicted).collect(),
    }
    .print(&format!("{FOLDS}-fold cross-validation (fold = data line mod {FOLDS}, a repeated sentence in its first line's fold)"), true);
    let odd_predicted = events::training::train_and_predict(even, odd, lexicon, config);
    Scores {
        pairs: odd
            .iter()
            .map(|example| example.label.clone())
            .zip(odd_predicted)
            .collect(),
    }
    .print("odd half, trained on the even half", false);
}

/// Older PLOVER labels of the gold-standard file in the 2021 types.
fn gsr_label(label: &str) -> Option<&'static str> {
    Some(match label {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        "DOCUMENT" => return None,
        other => PloverEvent::parse(other)?.as_str(),
    })
}

/// The gold actors of one side of a record: (text, code).
fn gsr_side(value: &serde_json::Value) -> Vec<(String, String)> {
    value
        .as_array()
        .map(|actors| {
            actors
                .iter()
                .map(|actor| {
                    (
                        actor["actorText"].as_str().unwrap_or("").to_lowercase(),
                        actor["code"].as_str().unwrap_or("").to_uppercase(),
                    )
                })
                .filter(|(text, code)| !text.is_empty() || !code.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// A sitrep actor matches a gold actor when its state's ISO3 code is the gold code, or the
/// words naming it overlap the gold actor text.
fn actor_matches(actor: &Actor, gold: &(String, String), iso3: &BTreeMap<String, String>) -> bool {
    let by_code = actor
        .country
        .as_ref()
        .and_then(|country| iso3.get(country))
        .is_some_and(|code| *code == gold.1);
    let text = actor.text.to_lowercase();
    let by_text = !gold.0.is_empty()
        && !text.is_empty()
        && (text.contains(&gold.0) || gold.0.contains(&text));
    by_code || by_text
}

/// ISO 3166 alpha-3 codes of the knowledge base's states, by their ids (alpha-2 codes).
fn iso3_codes(resources: &engine::Resources) -> BTreeMap<String, String> {
    resources
        .knowledge_base
        .records()
        .iter()
        .filter(|record| record.kind == kb::RecordKind::State && !record.iso3.is_empty())
        .map(|record| (record.id.clone(), record.iso3.to_uppercase()))
        .collect()
}

fn plover_gsr(json: &str, resources: &engine::Resources) {
    println!();
    println!("plover-gsr (PLOVER_GSR_CAMEO.txt): event type and actors");
    println!("  older labels read as 2021 types: DEMAND as REQUEST, DISAPPROVE and INVESTIGATE as ACCUSE, FIGHT as ASSAULT; CONCEDE/RETREAT kept");
    let records: Vec<serde_json::Value> = serde_json::from_str(json).expect("the GSR file is JSON");
    let iso3 = iso3_codes(resources);
    let (mut total, mut coded, mut first_right, mut any_right) = (0, 0, 0, 0);
    let (mut with_source, mut source_found) = (0, 0);
    let (mut with_target, mut target_found) = (0, 0);
    for record in &records {
        let Some(gold) = record["event"].as_str().and_then(gsr_label) else {
            continue;
        };
        let Some(text) = record["text"].as_str() else {
            continue;
        };
        total += 1;
        let (_, events) = code_sentence(text, None, resources);
        if !events.is_empty() {
            coded += 1;
        }
        if events
            .first()
            .is_some_and(|event| event.event.as_str() == gold)
        {
            first_right += 1;
        }
        // The event the actors are compared on: the first of the gold type, else the first.
        let chosen = events
            .iter()
            .find(|event| event.event.as_str() == gold)
            .or_else(|| events.first());
        if chosen.is_some_and(|event| event.event.as_str() == gold) {
            any_right += 1;
        }
        let sources = gsr_side(&record["source"]);
        let targets = gsr_side(&record["target"]);
        if !sources.is_empty() {
            with_source += 1;
            if let Some(event) = chosen {
                let found = event
                    .actor
                    .iter()
                    .any(|actor| sources.iter().any(|gold| actor_matches(actor, gold, &iso3)));
                source_found += usize::from(found);
            }
        }
        if !targets.is_empty() {
            with_target += 1;
            if let Some(event) = chosen {
                let found = event
                    .recipient
                    .iter()
                    .any(|actor| targets.iter().any(|gold| actor_matches(actor, gold, &iso3)));
                target_found += usize::from(found);
            }
        }
    }
    let rate = |n: usize, of: usize| n as f64 / of.max(1) as f64;
    println!(
        "  records: {total} (the DOCUMENT record left out); coded with at least one event: {coded} ({:.3})",
        rate(coded, total)
    );
    println!(
        "  event type accuracy, first event of the sentence: {:.3} ({first_right}/{total}); any event of the sentence: {:.3} ({any_right}/{total})",
        rate(first_right, total),
        rate(any_right, total)
    );
    println!(
        "  actor match rate (an actor of the event of the gold type, else the first, matches a gold source by ISO3 code or text): {:.3} ({source_found}/{with_source} records with a gold source)",
        rate(source_found, with_source)
    );
    println!(
        "  recipient match rate (same, recipients against gold targets): {:.3} ({target_found}/{with_target} records with a gold target)",
        rate(target_found, with_target)
    );
}

/// The PETRARCH code of a sitrep actor: the user actor's code (its name), else its country
/// (a knowledge-base state's ISO 3166 alpha-3 code, which CAMEO's state codes mostly are) and
/// sector codes, "---" standing for no country.
fn petrarch_code(actor: &Actor, iso3: &BTreeMap<String, String>) -> String {
    let is_code = !actor.name.is_empty()
        && actor.name.len() <= 12
        && actor
            .name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
    if is_code {
        return actor.name.clone();
    }
    let country = actor
        .country
        .as_ref()
        .and_then(|country| {
            if country.len() == 3 {
                Some(country.clone())
            } else {
                iso3.get(country).cloned()
            }
        })
        .unwrap_or_else(|| "---".to_string());
    format!(
        "{country}{}",
        actor.sector.map(|sector| sector.code()).unwrap_or("")
    )
}

fn petrarch(records: &str, actors: &str, agents: &str, verbs: &str, cameo: &str) {
    println!();
    println!("PETRARCH unit tests (petrarch-unit-tests) with their own dictionaries");
    let table = events::petrarch::cameo_to_plover_table(cameo);
    let actors_file = events::petrarch::actors_file(actors, agents);
    let (verbs_file, verbs_skipped) = events::petrarch::verbs_file(verbs, &table);
    let options = engine::Options {
        actor_files: vec![("PETR.Validate.actors+agents".to_string(), actors_file)],
        verb_files: vec![("PETR.Validate.verbs".to_string(), verbs_file)],
        ..engine::Options::default()
    };
    let (resources, problems) = engine::Resources::load(&options);
    let iso3 = iso3_codes(&resources);
    let records = events::petrarch::read_records(records);
    let expected: usize = records.iter().map(|record| record.codings.len()).sum();
    let expressible: usize = records
        .iter()
        .flat_map(|record| &record.codings)
        .filter(|coding| events::petrarch::plover_of_cameo(&table, &coding.event_code).is_some())
        .count();
    println!(
        "  {} records, {expected} expected codings ({expressible} with a CAMEO code that has a PLOVER type; the others carry the suite's made-up codes and cannot be found), {} records expect no event",
        records.len(),
        records.iter().filter(|record| record.expects_none).count()
    );
    println!(
        "  dictionaries: {} verb lines left out (code without a PLOVER type), {} loader problems",
        verbs_skipped,
        problems.len()
    );
    let (mut full, mut loose, mut type_only) = (0, 0, 0);
    let (mut none_records, mut none_with_events) = (0, 0);
    let mut events_on_none = 0;
    // BENCH_EVENTS_VERBOSE=1 lists each record's expected codings and the events coded.
    let verbose = std::env::var_os("BENCH_EVENTS_VERBOSE").is_some();
    for record in &records {
        let (_, events) = code_sentence(&record.text, None, &resources);
        if verbose {
            let expected: Vec<String> = record
                .codings
                .iter()
                .map(|coding| {
                    let event = events::petrarch::plover_of_cameo(&table, &coding.event_code)
                        .map_or("?", |event| event.as_str());
                    format!(
                        "{}>{}:{} ({event})",
                        coding.source, coding.target, coding.event_code
                    )
                })
                .collect();
            let coded: Vec<String> = events
                .iter()
                .map(|event| {
                    let codes = |actors: &[Actor]| {
                        actors
                            .iter()
                            .map(|actor| petrarch_code(actor, &iso3))
                            .collect::<Vec<_>>()
                            .join("+")
                    };
                    format!(
                        "{}>{}:{}",
                        codes(&event.actor),
                        codes(&event.recipient),
                        event.event.as_str()
                    )
                })
                .collect();
            println!(
                "  {} | expected {} | coded {} | {}",
                record.id,
                if record.expects_none {
                    "none".to_string()
                } else {
                    expected.join(" ")
                },
                coded.join(" "),
                record.text
            );
        }
        if record.expects_none {
            none_records += 1;
            none_with_events += usize::from(!events.is_empty());
            events_on_none += events.len();
            continue;
        }
        for coding in &record.codings {
            let Some(event_type) = events::petrarch::plover_of_cameo(&table, &coding.event_code)
            else {
                continue;
            };
            let of_type: Vec<&Event> = events.iter().filter(|e| e.event == event_type).collect();
            if !of_type.is_empty() {
                type_only += 1;
            }
            let side_matches = |actors: &[Actor], code: &str, prefix_only: bool| {
                if code.is_empty() {
                    return true;
                }
                actors.iter().any(|actor| {
                    let found = petrarch_code(actor, &iso3);
                    if prefix_only {
                        found.get(..3) == code.get(..3)
                    } else {
                        found == code
                    }
                })
            };
            let matched = |prefix_only: bool| {
                of_type.iter().any(|event| {
                    side_matches(&event.actor, &coding.source, prefix_only)
                        && side_matches(&event.recipient, &coding.target, prefix_only)
                })
            };
            full += usize::from(matched(false));
            loose += usize::from(matched(true));
        }
    }
    let rate = |n: usize, of: usize| n as f64 / of.max(1) as f64;
    println!(
        "  expected codings found (PLOVER type of the CAMEO code, source and target codes equal): {:.3} ({full}/{expected}); of those with a PLOVER type: {:.3} ({full}/{expressible})",
        rate(full, expected),
        rate(full, expressible)
    );
    println!(
        "  found with the first three letters of source and target codes (actor without agent): {:.3} ({loose}/{expected})",
        rate(loose, expected)
    );
    println!(
        "  found with the PLOVER type alone (any actors): {:.3} ({type_only}/{expected})",
        rate(type_only, expected)
    );
    println!(
        "  records expecting no event that got events: {none_with_events}/{none_records} ({events_on_none} events emitted on them)"
    );
}

fn throughput(resources: &engine::Resources) {
    println!();
    println!("Throughput (this process; bench/events.sh pins it to one core)");
    let ingested = engine::demo_documents();
    let started = Instant::now();
    let analysis = engine::analyze_docs(ingested.docs.clone(), resources, &mut |_, _, _| {});
    let pipeline = started.elapsed();
    let sentences: usize = analysis
        .articles
        .iter()
        .map(|article| article.sentences.len())
        .sum();
    let tokens: usize = analysis
        .articles
        .iter()
        .map(|article| ner::tokenize(&article.text).len())
        .sum();
    let mut rounds = 0;
    let mut n_events = 0;
    let started = Instant::now();
    while started.elapsed() < MIN_TIMED {
        for article in &analysis.articles {
            n_events +=
                events::extract(article, &analysis.entities, &resources.event_lexicon).len();
        }
        rounds += 1;
    }
    let coding = started.elapsed();
    println!(
        "  event coding alone (events::extract on the analysed demo corpus, {} articles, {sentences} sentences, {} events, {rounds} rounds): {:.0} sentences/s",
        analysis.articles.len(),
        n_events / rounds.max(1),
        (sentences * rounds) as f64 / coding.as_secs_f64()
    );
    let mut rules_only = engine::Resources::load(&engine::Options::default()).0;
    rules_only.event_lexicon.classifier = None;
    let (mut rounds, mut n_events) = (0, 0);
    let started = Instant::now();
    while started.elapsed() < MIN_TIMED {
        for article in &analysis.articles {
            n_events +=
                events::extract(article, &analysis.entities, &rules_only.event_lexicon).len();
        }
        rounds += 1;
    }
    let coding = started.elapsed();
    println!(
        "  the same without the classifier (rules alone; {} events): {:.0} sentences/s",
        n_events / rounds.max(1),
        (sentences * rounds) as f64 / coding.as_secs_f64()
    );
    println!(
        "  whole pipeline (engine::analyze_docs: clean, card, entities, events, stories; resources loaded beforehand) on the demo corpus: {} tokens in {:.2} s = {:.0} tokens/s",
        tokens,
        pipeline.as_secs_f64(),
        tokens as f64 / pipeline.as_secs_f64()
    );
    let started = Instant::now();
    let outcome = engine::analyze_demo(&engine::Options::default(), &mut |_, _, _| {});
    let with_load = started.elapsed();
    println!(
        "  whole analyze including loading the knowledge base and lexicons (engine::analyze_demo, what `sitrep analyze` does): {:.2} s = {:.0} tokens/s ({} events)",
        with_load.as_secs_f64(),
        tokens as f64 / with_load.as_secs_f64(),
        outcome.analysis.events.len()
    );
}
