//! A date alone on its line is the story's dateline, however it is written.

use model::{RawDoc, RawFormat, RawHints};

#[test]
fn a_date_alone_on_a_line_is_removed_as_the_dateline_not_as_a_widget() {
    for date in [
        "May 12, 2025",
        "12 May 2025",
        "12 May 2025 14:05 GMT",
        "2025-05-12",
        "12.05.2025",
    ] {
        let input = format!(
            "Residents flee as drones circle eastern city\nBy Rania Musa\n{date}\n\
             Hundreds of families left the city on Tuesday after drones were seen over it for a \
             second night, residents said.\nThe army said its air defences had engaged targets.\n"
        );
        let doc = RawDoc {
            source: "fixture.txt".into(),
            format: RawFormat::Text,
            content: input,
            hints: RawHints::default(),
        };
        let (article, _) = text::clean_text(&doc);
        let removed = article
            .removed
            .iter()
            .find(|removed| removed.text == date)
            .unwrap_or_else(|| panic!("{date} not removed: {:?}", article.removed));
        assert_eq!(removed.why.as_str(), "dateline", "{date}");
    }
}
