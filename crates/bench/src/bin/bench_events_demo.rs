//! The events of the demo corpus as plain text, one sentence at a time, for reviewing what the
//! coder emits: each sentence that gets an event, the sentence classifier's label and
//! probability, and each event with its actors, recipients, place, modality and claimant.
//! With `rules`, the same from the rules alone (no classifier), to see what the classifier
//! changed (diff the two outputs).
//!
//! Usage: bench_events_demo [rules]

use model::{Actor, Event};

fn main() {
    let rules_only = std::env::args().nth(1).as_deref() == Some("rules");
    let (mut resources, _) = engine::Resources::load(&engine::Options::default());
    let ingested = engine::demo_documents();
    let analysis = engine::analyze_docs(ingested.docs, &resources, &mut |_, _, _| {});
    let classifier = resources.event_lexicon.classifier.clone();
    if rules_only {
        resources.event_lexicon.classifier = None;
    }
    let names = |actors: &[Actor]| {
        actors
            .iter()
            .map(|actor| actor.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    for article in &analysis.articles {
        let events = events::extract(article, &analysis.entities, &resources.event_lexicon);
        println!(
            "# {} {}",
            article.id,
            article.title.as_deref().unwrap_or("")
        );
        let mut previous_sentence = usize::MAX;
        for event in &events {
            let Some(source) = event.sources.first() else {
                continue;
            };
            if source.sentence != previous_sentence {
                previous_sentence = source.sentence;
                let prediction = classifier
                    .as_ref()
                    .map(|model| model.predict(&source.text, &resources.event_lexicon));
                println!();
                println!("  [{}] {}", source.sentence, source.text);
                if let Some(prediction) = prediction {
                    println!(
                        "    classifier: {} {:.2}",
                        prediction.label, prediction.probability
                    );
                }
            }
            print_event(event, &names);
        }
        println!();
    }
}

fn print_event(event: &Event, names: &dyn Fn(&[Actor]) -> String) {
    println!(
        "    {}{} | {} -> {} | at {} | {:?}{}",
        event.event.as_str(),
        event
            .mode
            .as_deref()
            .map(|mode| format!(" ({mode})"))
            .unwrap_or_default(),
        names(&event.actor),
        names(&event.recipient),
        event
            .location
            .as_ref()
            .map(|place| place.name.as_str())
            .unwrap_or("-"),
        event.modality,
        event
            .claimant
            .as_ref()
            .map(|claimant| format!(" | per {}", claimant.name))
            .unwrap_or_default(),
    );
}
