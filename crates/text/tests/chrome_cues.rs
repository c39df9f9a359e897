//! Chrome lines named by the cue list (`data/chrome_cues.tsv`) leave the text with their reason.

use model::{RawDoc, RawFormat, RawHints};

#[test]
fn players_scroll_prompts_alerts_and_legal_links_are_chrome() {
    let input = "Drone strikes hit the port for a third day\n\
                 Listen to this article\n\
                 Scroll to continue with content\n\
                 Drones struck a fuel depot and an electricity substation in the port city on \
                 Tuesday, the third consecutive day of attacks, officials said.\n\
                 Get breaking news alerts on your phone\n\
                 The army blamed the paramilitary forces, which did not comment on the attacks.\n\
                 Privacy Policy\n";
    let doc = RawDoc {
        source: "fixture.txt".into(),
        format: RawFormat::Text,
        content: input.into(),
        hints: RawHints::default(),
    };
    let (article, _) = text::clean_text(&doc);
    let removed: Vec<(&str, &str)> = article
        .removed
        .iter()
        .map(|removed| (removed.text.as_str(), removed.why.as_str()))
        .collect();
    for expected in [
        ("Listen to this article", "media player"),
        ("Scroll to continue with content", "navigation"),
        ("Get breaking news alerts on your phone", "app prompt"),
        ("Privacy Policy", "footer"),
    ] {
        assert!(
            removed.contains(&expected),
            "{expected:?} not in {removed:?}"
        );
    }
    assert_eq!(article.paragraphs.len(), 2);
}
