//! A list written into the story is part of it, with the prose that follows.

use model::{ParagraphKind, RawDoc, RawFormat, RawHints};

#[test]
fn a_list_inside_the_story_does_not_end_the_article() {
    let input = "Aid groups list their demands after port strikes\n\
        Aid groups warned on Tuesday that the strikes threaten the main entry point for food and \
        fuel into the country, and set out what they need from both sides.\n\
        Their demands included:\n\
        - an immediate halt to attacks on civilian infrastructure;\n\
        - safe passage for aid convoys leaving the port;\n\
        - the reopening of the airport to humanitarian flights.\n\
        The army said it would study the requests, while the paramilitary force did not respond \
        to questions.\n";
    let doc = RawDoc {
        source: "fixture.txt".into(),
        format: RawFormat::Text,
        content: input.into(),
        hints: RawHints::default(),
    };
    let (article, _) = text::clean_text(&doc);
    let kinds: Vec<(ParagraphKind, &str)> = article
        .paragraphs
        .iter()
        .map(|paragraph| (paragraph.kind, paragraph.text.as_str()))
        .collect();
    assert_eq!(
        kinds.len(),
        6,
        "{kinds:#?}\nremoved: {:#?}",
        article.removed
    );
    assert_eq!(
        kinds[2],
        (
            ParagraphKind::List,
            "an immediate halt to attacks on civilian infrastructure;"
        )
    );
    assert!(kinds[5].1.starts_with("The army said it would study"));
}
