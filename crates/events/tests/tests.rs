//! The event coder's behaviour, one `check` per behaviour, on short articles written for these
//! tests and read through the whole pipeline; a snapshot of a demo article's events; and a
//! property test that no input panics and every evidence range indexes the article text.

use model::{Event, RawDoc, RawFormat};
use proptest::prelude::*;
use std::sync::OnceLock;

fn resources() -> &'static engine::Resources {
    static RESOURCES: OnceLock<engine::Resources> = OnceLock::new();
    RESOURCES.get_or_init(|| engine::Resources::load(&engine::Options::default()).0)
}

fn events_of(text: &str, published: Option<&str>) -> Vec<Event> {
    let doc = RawDoc {
        source: "test.txt".to_string(),
        format: RawFormat::Text,
        content: text.to_string(),
        hints: model::RawHints {
            published: published.map(str::to_string),
            ..model::RawHints::default()
        },
    };
    engine::analyze_docs(vec![doc], resources(), &mut |_, _, _| {}).events
}

fn names(actors: &[model::Actor]) -> String {
    actors
        .iter()
        .map(|actor| actor.name.as_str())
        .collect::<Vec<_>>()
        .join(" + ")
}

/// One line per event: "TYPE actor > recipient (modality)".
fn summary(event: &Event) -> String {
    format!(
        "{} {} > {} ({})",
        event.event,
        names(&event.actor),
        names(&event.recipient),
        event.modality
    )
}

/// The article's events, summarised, must include every expected line.
fn check(text: &str, expected: &[&str]) {
    let events = events_of(text, Some("2025-10-20"));
    let got: Vec<String> = events.iter().map(summary).collect();
    for line in expected {
        assert!(
            got.iter().any(|g| g == line),
            "missing {line:?} in {got:#?}"
        );
    }
}

const DATELINE: &str = "Border tensions rise\n\nISLAMABAD —";

fn article(body: &str) -> String {
    format!("{DATELINE} {body}\n\nThe situation remains tense, observers say.\n")
}

#[test]
fn active_voice() {
    check(
        &article("Pakistan struck Afghanistan on Tuesday."),
        &["ASSAULT Pakistan > Afghanistan (asserted)"],
    );
}

#[test]
fn passive_voice() {
    check(
        &article("Afghanistan was attacked by Pakistan on Tuesday."),
        &["ASSAULT Pakistan > Afghanistan (asserted)"],
    );
}

#[test]
fn compound_actors() {
    check(
        &article("A truce was mediated by Turkey, Qatar and Saudi Arabia last week."),
        &["CONSULT Turkey + Qatar + Saudi Arabia >  (asserted)"],
    );
}

#[test]
fn between_names_both_sides() {
    check(
        &article("Heavy clashes broke out between India and Pakistan on Monday."),
        &["ASSAULT India > Pakistan (asserted)"],
    );
}

#[test]
fn negation() {
    check(
        &article("Iran did not attack Iraq, officials said."),
        &["ASSAULT Iran > Iraq (negated)"],
    );
}

#[test]
fn denial() {
    check(
        &article("Kabul denied that Afghanistan attacked Pakistan."),
        &[
            "REJECT Government of Afghanistan >  (asserted)",
            "ASSAULT Afghanistan > Pakistan (denied)",
        ],
    );
}

#[test]
fn claimant_of_responsibility() {
    let events = events_of(
        &article("A bombing killed nine police officers in Quetta, claimed by the Tehreek-e-Taliban Pakistan."),
        Some("2025-10-20"),
    );
    let attack = events
        .iter()
        .find(|event| event.event == model::PloverEvent::Assault)
        .expect("an assault");
    assert_eq!(attack.modality, model::Modality::Claimed);
    assert!(attack
        .claimant
        .as_ref()
        .is_some_and(|c| c.entity.as_deref() == Some("ttp")));
    assert_eq!(attack.dead.as_ref().map(|dead| dead.low), Some(9.0));
}

#[test]
fn future_and_hypothetical() {
    check(
        &article("Pakistani officials warned that Pakistan will strike Afghanistan again."),
        &["ASSAULT Pakistan > Afghanistan (future)"],
    );
    check(
        &article("Analysts said India could attack Pakistan."),
        &["ASSAULT India > Pakistan (hypothetical)"],
    );
}

#[test]
fn historical_background() {
    check(
        &article("In 1997 Pakistan recognised the Taliban."),
        &["SUPPORT Pakistan > Taliban (historical)"],
    );
}

#[test]
fn casualties_in_words_and_ranges() {
    let events = events_of(
        &article(
            "Militants attacked a checkpoint in Bajaur, killing eleven soldiers and two civilians.",
        ),
        Some("2025-10-20"),
    );
    let attack = events
        .iter()
        .find(|event| event.event == model::PloverEvent::Assault)
        .expect("an assault");
    let dead = attack.dead.as_ref().expect("dead");
    assert_eq!((dead.low, dead.high), (13.0, 13.0));
    assert_eq!(dead.groups.len(), 2);
    let events = events_of(
        &article("Clashes on the border killed dozens of soldiers."),
        Some("2025-10-20"),
    );
    let dead = events
        .iter()
        .find_map(|event| event.dead.clone())
        .expect("dead");
    assert!(dead.low < dead.high, "a range: {dead:?}");
}

#[test]
fn generic_actors_take_their_country() {
    let events = events_of(
        &article("Gunmen attacked a checkpoint in Bajaur on Tuesday."),
        Some("2025-10-20"),
    );
    let attack = events.first().expect("an event");
    assert_eq!(attack.actor[0].name, "Unidentified Armed Group (Pakistan)");
    assert_eq!(
        attack.actor[0].sector,
        Some(model::Sector::UnidentifiedArmed)
    );
    check(
        &article("Pakistani forces shelled Afghan civilians near the border."),
        &["ASSAULT Military Forces of Pakistan > Civilians (Afghanistan) (asserted)"],
    );
}

#[test]
fn two_events_in_one_sentence() {
    let events = events_of(
        &article(
            "Pakistan accused Afghanistan of sheltering militants and arrested Afghan refugees.",
        ),
        Some("2025-10-20"),
    );
    let kinds: Vec<_> = events.iter().map(|event| event.event).collect();
    assert!(kinds.contains(&model::PloverEvent::Accuse), "{kinds:?}");
    assert!(kinds.contains(&model::PloverEvent::Coerce), "{kinds:?}");
}

#[test]
fn no_trigger_no_event() {
    assert!(events_of(&article("The weather in Kabul was mild and sunny."), None).is_empty());
}

#[test]
fn demo_article_events_snapshot() {
    let outcome = engine::analyze_demo(&engine::Options::default(), &mut |_, _, _| {});
    let article = outcome
        .analysis
        .articles
        .iter()
        .find(|article| {
            article
                .source
                .ends_with("dailysentinel-afghan-forces-attack-posts.txt")
        })
        .expect("the demo article");
    let lines: Vec<String> = outcome
        .analysis
        .events
        .iter()
        .filter(|event| event.sources[0].article == article.id)
        .map(|event| format!("{} | {}", summary(event), event.sources[0].text))
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn shipped_classifier_loads() {
    let classifier = events::TypeClassifier::shipped();
    assert_eq!(classifier.labels().len(), 15, "{:?}", classifier.labels());
    assert!(
        classifier.n_features() > 1_000,
        "{}",
        classifier.n_features()
    );
    assert!(events::EventLexicon::load_default().classifier.is_some());
}

/// The shipped classifier's label for a sentence, with its probability.
fn classify(sentence: &str) -> (String, f64) {
    let lexicon = &resources().event_lexicon;
    let prediction = lexicon
        .classifier
        .as_ref()
        .expect("the shipped classifier")
        .predict(sentence, lexicon);
    (prediction.label, prediction.probability)
}

#[test]
fn classifier_types_clear_sentences() {
    for (sentence, expected) in [
        (
            "Government troops shelled rebel positions near the town, killing twelve fighters.",
            "ASSAULT",
        ),
        (
            "The opposition leader accused the ruling party of rigging the vote.",
            "ACCUSE",
        ),
        (
            "The government rejected the rebels' demands for a new constitution.",
            "REJECT",
        ),
        (
            "The foreign minister met his counterpart for talks on the border dispute.",
            "CONSULT",
        ),
    ] {
        let (label, probability) = classify(sentence);
        assert_eq!(label, expected, "{sentence} ({probability:.2})");
    }
}

/// A few labelled sentences written for this test, two per label.
fn small_training_set() -> Vec<events::training::LabelledSentence> {
    [
        (
            "Rebels attacked an army convoy and killed four soldiers.",
            "ASSAULT",
        ),
        ("Troops shelled the village overnight.", "ASSAULT"),
        ("The minister accused the police of torture.", "ACCUSE"),
        (
            "Activists condemned the government over the arrests.",
            "ACCUSE",
        ),
        ("The parties signed a peace deal.", "AGREE"),
        ("Both sides agreed to a ceasefire.", "AGREE"),
    ]
    .iter()
    .map(|(sentence, label)| events::training::LabelledSentence {
        sentence: sentence.to_string(),
        label: label.to_string(),
    })
    .collect()
}

#[test]
fn training_is_deterministic() {
    let lexicon = events::EventLexicon::load_default();
    let config = events::training::TrainingConfig {
        min_count: 1,
        iterations: 60,
        ..events::training::TrainingConfig::default()
    };
    let examples = small_training_set();
    let first = events::training::train(&examples, &lexicon, &config);
    let second = events::training::train(&examples, &lexicon, &config);
    assert_eq!(first, second);
    let model = events::TypeClassifier::parse(&first).expect("the trained model parses");
    for example in &examples {
        assert_eq!(
            model.predict(&example.sentence, &lexicon).label,
            example.label,
            "{}",
            example.sentence
        );
    }
}

#[test]
fn model_file_errors_name_the_line() {
    let error = events::TypeClassifier::parse("labels\tASSAULT ACCUSE\nbias\t1\n").unwrap_err();
    assert_eq!(error.line, 2);
    assert!(events::TypeClassifier::parse("labels\tNOT_A_TYPE\nbias\t0\n").is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn no_input_panics_and_evidence_indexes_the_text(
        body in "(?s)(Pakistan |Kabul |militants |attacked |killed |11 |soldiers |was |by |and |not |, |\\. |between |in |said |[a-z]{1,8} ){0,60}"
    ) {
        let text = format!("Title\n\n{body}");
        let doc = RawDoc {
            source: "prop.txt".to_string(),
            format: RawFormat::Text,
            content: text,
            hints: model::RawHints::default(),
        };
        let analysis = engine::analyze_docs(vec![doc], resources(), &mut |_, _, _| {});
        for event in &analysis.events {
            for source in &event.sources {
                let article = analysis.articles.iter().find(|a| a.id == source.article).unwrap();
                prop_assert_eq!(article.text.get(source.start..source.end), Some(source.text.as_str()));
            }
        }
    }
}
