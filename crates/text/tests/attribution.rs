//! Source attribution on whole articles: credit lines leave the text and fill `wire`.

use model::{RawDoc, RawFormat, RawHints};

fn cleaned(input: &str) -> model::Article {
    let doc = RawDoc {
        source: "fixture.txt".into(),
        format: RawFormat::Text,
        content: input.into(),
        hints: RawHints::default(),
    };
    let (mut article, _) = text::clean_text(&doc);
    text::attribute(&mut article);
    article
}

#[test]
fn a_credit_naming_several_wires_is_kept_over_the_dateline_wire_it_includes() {
    let article = cleaned(
        "Sudan and UAE trade accusations at UN Security Council\n\
         With information from Reuters and AFP\n\
         NEW YORK (AFP) – Sudan and the United Arab Emirates traded accusations at the UN Security \
         Council on Thursday over the drone strikes, in a heated session that ended without a joint statement.\n\
         Several council members called for an independent investigation into the supply of drones to both sides.\n",
    );
    assert_eq!(article.wire.as_deref(), Some("Reuters and AFP"));
}

#[test]
fn a_staff_credit_at_the_end_leaves_the_text() {
    let article = cleaned(
        "Paramilitary denies drone strikes on port\n\
         CAIRO, May 7 (Reuters) - The paramilitary force denied on Wednesday any role in the drone \
         strikes on the port city, calling the accusations a fabrication by the army.\n\
         The army-aligned government moved to the city after the war broke out in the capital.\n\
         Reporting by Khalid Abdelaziz in Cairo and Nafisa Eltahir in Dubai; Editing by Andrew Heavens\n",
    );
    assert!(!article.text.contains("Editing by"), "{}", article.text);
    assert!(article
        .removed
        .iter()
        .any(|removed| removed.text.starts_with("Reporting by")
            && removed.why.as_str() == "credit line"));
    assert_eq!(article.wire.as_deref(), Some("Reuters"));
}
