//! Behaviour tests of linking: inline sentences written for the purpose, each checked for the
//! mentions it must (and must not) yield.

use model::{paragraph, Article, EntityKind, ParagraphKind};
use std::sync::OnceLock;

mod unseen_news;

fn knowledge_base() -> &'static kb::KnowledgeBase {
    static KB: OnceLock<kb::KnowledgeBase> = OnceLock::new();
    KB.get_or_init(kb::KnowledgeBase::load_default)
}

fn analyze(text: &str, published: &str) -> entities::WhoWhereWhen {
    let mut article = Article {
        paragraphs: vec![paragraph(ParagraphKind::Body, text)],
        published: Some(published.to_string()),
        ..Article::default()
    };
    model::finish_article(&mut article);
    entities::analyze(&article, knowledge_base(), ner::default_tagger())
}

/// `expected`: (surface text, entity id, via) triples that must all be present.
fn check(text: &str, published: &str, expected: &[(&str, &str, &str)]) {
    let found = analyze(text, published);
    for mention in &found.mentions {
        assert_eq!(
            &text[mention.start..mention.end],
            mention.text,
            "offsets of {mention:?}"
        );
    }
    for (surface, entity, via) in expected {
        let hit = found.mentions.iter().find(|mention| {
            mention.text == *surface
                && mention.entity.as_deref() == Some(*entity)
                && mention.via.to_string() == *via
        });
        assert!(
            hit.is_some(),
            "no {surface} → {entity} via {via} in {:#?}",
            found.mentions
        );
    }
}

#[test]
fn capitals_speak_for_governments_and_are_struck_as_places() {
    check(
        "Islamabad blames the TTP for the attacks, while Kabul denies the allegations.",
        "2025-10-12",
        &[
            ("Islamabad", "PK", "government"),
            ("Kabul", "AF", "government"),
        ],
    );
    let found = analyze(
        "Pakistani jets struck targets in Kabul on Thursday.",
        "2025-10-10",
    );
    let kabul = found
        .mentions
        .iter()
        .find(|mention| mention.text == "Kabul")
        .unwrap();
    assert_eq!(kabul.kind, Some(EntityKind::Place));
    assert!(
        kabul.entity.as_deref().unwrap().starts_with("geonames:"),
        "{kabul:?}"
    );
    let place = found
        .entities
        .iter()
        .find(|entity| Some(entity.id.as_str()) == kabul.entity.as_deref())
        .unwrap();
    assert!((place.lat.unwrap() - 34.5).abs() < 0.5 && (place.lon.unwrap() - 69.2).abs() < 0.5);
}

#[test]
fn all_spellings_of_a_group_are_one_entity() {
    let text = "The Tehreek-e-Taliban Pakistan (TTP) claimed the attack. Officials blamed the Tehrik-i-Taliban Pakistan, also called the Pakistani Taliban, and said the TTP had bases across the border.";
    let found = analyze(text, "2025-10-12");
    let ids: std::collections::BTreeSet<&str> = found
        .mentions
        .iter()
        .filter(|mention| mention.text.contains("Taliban") || mention.text == "TTP")
        .filter_map(|mention| mention.entity.as_deref())
        .collect();
    assert_eq!(ids.into_iter().collect::<Vec<_>>(), ["ttp"]);
}

#[test]
fn the_taliban_change_identity_in_august_2021() {
    let before = analyze("The Taliban attacked a district centre.", "2019-05-01");
    let after = analyze("The Taliban attacked a district centre.", "2025-05-01");
    let taliban = |found: &entities::WhoWhereWhen| {
        found
            .mentions
            .iter()
            .find(|mention| mention.text == "Taliban")
            .cloned()
            .unwrap()
    };
    assert_eq!(taliban(&before).kind, Some(EntityKind::ArmedGroup));
    assert_eq!(taliban(&before).acts_for, None);
    assert_eq!(taliban(&after).acts_for.as_deref(), Some("AF"));
}

#[test]
fn acronyms_defined_in_text_link_back() {
    check(
        "The Coastal Fisheries Monitoring Board (CFMB) said catches had fallen. The CFMB warned of worse to come.",
        "2025-11-04",
        &[("CFMB", "name:organization:coastal-fisheries-monitoring-board", "acronym")],
    );
}

#[test]
fn demonym_phrases_act_for_their_state() {
    let found = analyze("Afghan forces attacked border posts and Pakistani officials said Afghan refugees would be deported.", "2025-10-12");
    let forces = found
        .mentions
        .iter()
        .find(|mention| mention.text == "Afghan forces")
        .unwrap();
    // Either the state or one of its bodies (the knowledge base knows Afghanistan's forces).
    assert_eq!(forces.acts_for.as_deref(), Some("AF"), "{forces:?}");
    assert!(found
        .mentions
        .iter()
        .any(|mention| mention.text == "Pakistani officials"
            && mention.acts_for.as_deref() == Some("PK")));
    let refugees = found
        .mentions
        .iter()
        .find(|mention| mention.text == "Afghan")
        .unwrap();
    assert_eq!(refugees.acts_for, None);
}

#[test]
fn the_group_after_one_named_group() {
    check(
        "The TTP claimed the bombing. The group said it targeted police.",
        "2025-10-12",
        &[("The group", "ttp", "anaphora")],
    );
}

#[test]
fn places_carry_coordinates() {
    let found = analyze("Fighting spread from Bajaur and Kurram to Paktika, Quetta and Khyber Pakhtunkhwa, along the Durand Line.", "2025-10-12");
    for name in [
        "Bajaur",
        "Paktika",
        "Quetta",
        "Khyber Pakhtunkhwa",
        "Durand Line",
    ] {
        let mention = found
            .mentions
            .iter()
            .find(|mention| mention.text == name)
            .unwrap_or_else(|| panic!("{name} not found: {:#?}", found.mentions));
        let entity = found
            .entities
            .iter()
            .find(|entity| Some(entity.id.as_str()) == mention.entity.as_deref())
            .unwrap();
        assert!(
            entity.lat.is_some() && entity.lon.is_some(),
            "{name}: {entity:?}"
        );
    }
}

#[test]
fn dates_figures_and_quotes_are_normalised() {
    let text = "Pakistani security sources said an attack killed 11 security personnel and two civilians this week. \"We will respond,\" said Khawaja Asif.";
    let found = analyze(text, "2025-10-16");
    let week = found
        .dates
        .iter()
        .find(|date| date.text.contains("this week"))
        .unwrap();
    assert_eq!(week.value.as_deref(), Some("2025-10-13/2025-10-19"));
    assert!(
        found
            .quantities
            .iter()
            .any(|quantity| quantity.low == 11.0 && quantity.counts == model::CountKind::Killed),
        "{:#?}",
        found.quantities
    );
    let quote = found
        .quotations
        .iter()
        .find(|quotation| quotation.direct)
        .unwrap();
    assert_eq!(quote.text, "We will respond,");
    assert_eq!(quote.speaker_text.as_deref(), Some("Khawaja Asif"));
}

mod properties {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
        #[test]
        fn no_text_panics_and_offsets_hold(text in "(?s).{0,300}") {
            let found = super::analyze(&text, "2025-10-12");
            for mention in &found.mentions {
                prop_assert_eq!(&text[mention.start..mention.end], mention.text.as_str());
            }
        }
    }
}

/// The entities of one demo-corpus article, cleaned as the engine cleans it, as a reviewed
/// snapshot: every mention with what it links to and how.
#[test]
fn snapshot_of_a_demo_article() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../demo/corpus/dailysentinel-afghan-forces-attack-posts.txt"
    );
    let content = std::fs::read_to_string(path).unwrap();
    let doc = model::RawDoc {
        source: "dailysentinel-afghan-forces-attack-posts.txt".into(),
        format: model::RawFormat::Text,
        content,
        hints: Default::default(),
    };
    let (mut article, _) = text::clean_text(&doc);
    article.published = Some("2025-10-12".into());
    let found = entities::analyze(&article, knowledge_base(), ner::default_tagger());
    let mut lines = Vec::new();
    for mention in &found.mentions {
        lines.push(format!(
            "{} → {} ({}, {:?}, acts for {:?})",
            mention.text,
            mention.entity.as_deref().unwrap_or("-"),
            mention.via,
            mention.kind,
            mention.acts_for
        ));
    }
    for date in &found.dates {
        lines.push(format!("date {:?} → {:?}", date.text, date.value));
    }
    for quantity in &found.quantities {
        lines.push(format!(
            "quantity {:?} → {} {} {:?}",
            quantity.text, quantity.low, quantity.counts, quantity.noun
        ));
    }
    for quotation in &found.quotations {
        lines.push(format!(
            "quotation by {:?} ({:?}): {:?}",
            quotation.speaker_text,
            quotation.speaker,
            quotation.text.chars().take(60).collect::<String>()
        ));
    }
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn pronoun_speakers_are_the_person_just_named() {
    let text =
        "Zabihullah Mujahid spoke in Kabul on Sunday. \"We will defend our borders,\" he said.";
    let found = analyze(text, "2025-10-12");
    let quote = found
        .quotations
        .iter()
        .find(|quotation| quotation.direct)
        .unwrap();
    assert_eq!(quote.speaker_text.as_deref(), Some("he"));
    assert_eq!(quote.speaker.as_deref(), Some("zabihullah-mujahid"));
}

#[test]
fn a_town_in_the_story_s_country_stays_a_place() {
    let found = analyze("Sudan's army said the RSF shelled Kadugli on Monday. Kadugli has been besieged for months.", "2025-11-04");
    let kadugli: Vec<_> = found
        .mentions
        .iter()
        .filter(|mention| mention.text == "Kadugli")
        .collect();
    assert!(
        !kadugli.is_empty()
            && kadugli
                .iter()
                .all(|mention| mention.kind == Some(EntityKind::Place)),
        "{kadugli:?}"
    );
}

#[test]
fn a_photo_credit_name_stops_at_the_slash_and_the_outlet_is_an_organisation() {
    let text = "Black smoke rises from the fuel depot. Photo: Ibrahim Hamid/AFP. Witnesses told \
                The Nile Courier that at least three large explosions shook the city.";
    let mut article = Article {
        paragraphs: vec![paragraph(ParagraphKind::Body, text)],
        published: Some("2025-05-06".to_string()),
        ..Article::default()
    };
    article.outlet.name = Some("The Nile Courier".to_string());
    model::finish_article(&mut article);
    let found = entities::analyze(&article, knowledge_base(), ner::default_tagger());
    let surfaces: Vec<(&str, Option<EntityKind>)> = found
        .mentions
        .iter()
        .map(|mention| (mention.text.as_str(), mention.kind))
        .collect();
    assert!(
        surfaces.iter().all(|(surface, _)| !surface.contains('/')),
        "{surfaces:?}"
    );
    assert!(
        surfaces
            .iter()
            .all(|(surface, kind)| !surface.contains("Nile Courier")
                || *kind == Some(EntityKind::Organization)),
        "{surfaces:?}"
    );
}
