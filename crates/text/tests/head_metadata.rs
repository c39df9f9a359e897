//! The head of a scraped page read into metadata: authors (with or without "By"), the outlet
//! (masthead, footer), the subtitle, the date and the wire, and the headline these lines must not
//! be taken for. Short inline pages written for the purpose.

use model::{Article, RawDoc, RawFormat, RawHints};

/// Clean `input` as scraped text and read its attribution, as the engine does.
fn cleaned(input: &str) -> Article {
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

/// Why the cleaner removed the line `text`, if it did.
fn removed_as(article: &Article, text: &str) -> Option<String> {
    article
        .removed
        .iter()
        .find(|removed| removed.text == text)
        .map(|removed| removed.why.to_string())
}

/// Three paragraphs of prose about a ferry service, the body under each fixture's head.
const FERRY_BODY: &str = "The island ferry will stop running on Sundays from next month, the operator said on \
Tuesday, after a year in which fuel costs rose by almost half and passenger numbers fell.\n\
Residents said the change would leave the island without a link to the mainland hospital for a whole \
day each week, and the council said it would ask the regional government for help.\n\
The operator said it would review the timetable again in the spring if the number of passengers \
recovered over the winter months.\n";

const HEADLINE: &str = "Island ferry to stop Sunday sailings as fuel costs bite";
const DECK: &str = "Residents fear losing their only weekend link to the mainland hospital";

#[test]
fn a_byline_with_another_label_than_by_names_the_author_and_is_not_the_headline() {
    for label in ["Interview by", "Report by", "Words by"] {
        let article = cleaned(&format!(
            "Harbour Gazette\n{HEADLINE}\n{DECK}\n{label} Tomas Rivera\n12 March 2025\n{FERRY_BODY}"
        ));
        assert_eq!(article.title.as_deref(), Some(HEADLINE), "{label}");
        assert_eq!(article.subtitle.as_deref(), Some(DECK), "{label}");
        assert_eq!(article.authors, vec!["Tomas Rivera".to_string()], "{label}");
    }
}

#[test]
fn a_bare_name_between_the_deck_and_the_date_is_the_author_not_the_outlet() {
    let article = cleaned(&format!(
        "Valley Times\nLocal\nSport\n{HEADLINE}\n{DECK}\nTomas Rivera\nTuesday, 11 March 2025\n{FERRY_BODY}"
    ));
    assert_eq!(article.authors, vec!["Tomas Rivera".to_string()]);
    assert_eq!(article.outlet.name.as_deref(), Some("Valley Times"));
    assert_eq!(article.title.as_deref(), Some(HEADLINE));
    assert_eq!(article.subtitle.as_deref(), Some(DECK));
    assert_eq!(
        removed_as(&article, "Tomas Rivera").as_deref(),
        Some("byline")
    );
}

#[test]
fn several_bare_names_joined_by_an_ampersand_are_all_authors() {
    let article = cleaned(&format!(
        "{HEADLINE}\n{DECK}\nAmina Yusuf Khel & Omar Said Durrani\nKabul, 9 October 2025\n{FERRY_BODY}"
    ));
    assert_eq!(
        article.authors,
        vec![
            "Amina Yusuf Khel".to_string(),
            "Omar Said Durrani".to_string()
        ]
    );
    assert_eq!(article.title.as_deref(), Some(HEADLINE));
    assert_eq!(article.subtitle.as_deref(), Some(DECK));
}

#[test]
fn a_name_with_a_job_title_is_a_byline_and_the_job_title_is_no_author() {
    let article = cleaned(&format!(
        "{HEADLINE}\n{DECK}\nTomas Rivera, Transport correspondent\n2025-03-12\n{FERRY_BODY}"
    ));
    assert_eq!(article.authors, vec!["Tomas Rivera".to_string()]);
    assert_eq!(article.title.as_deref(), Some(HEADLINE));
    let article = cleaned(&format!(
        "{HEADLINE}\nBy Tomas Rivera, Chief Reporter\n12 March 2025\n{FERRY_BODY}"
    ));
    assert_eq!(article.authors, vec!["Tomas Rivera".to_string()]);
}

#[test]
fn an_agency_in_a_byline_is_the_wire_not_an_author() {
    let article = cleaned(&format!(
        "{HEADLINE}\nBy Tomas Rivera and Lena Fischer, Reuters\n12 March 2025\n{FERRY_BODY}"
    ));
    assert_eq!(
        article.authors,
        vec!["Tomas Rivera".to_string(), "Lena Fischer".to_string()]
    );
    assert_eq!(article.wire.as_deref(), Some("Reuters"));
}

#[test]
fn a_labelled_dateline_with_an_author_names_the_author() {
    let article = cleaned(&format!(
        "{HEADLINE}\nWritten by Tomas Rivera on 12 March 2025\n{FERRY_BODY}"
    ));
    assert_eq!(article.authors, vec!["Tomas Rivera".to_string()]);
    assert_eq!(article.title.as_deref(), Some(HEADLINE));
}

#[test]
fn a_publication_date_is_never_a_wire_and_a_publisher_is_not_one_either() {
    let article = cleaned(&format!(
        "{HEADLINE}\nBy Tomas Rivera\nPublished on 12 March 2025\n{FERRY_BODY}"
    ));
    assert_eq!(article.wire, None);
    assert_eq!(
        removed_as(&article, "Published on 12 March 2025").as_deref(),
        Some("dateline")
    );
    let article = cleaned(&format!(
        "{HEADLINE}\nBy Tomas Rivera\n12 March 2025\n{FERRY_BODY}Published by Harbour Media Group\n"
    ));
    assert_eq!(article.wire, None);
    // Text taken from elsewhere still names its source.
    let article = cleaned(&format!(
        "{HEADLINE}\n{FERRY_BODY}This article was originally published by The Island Post.\n"
    ));
    assert_eq!(article.wire.as_deref(), Some("The Island Post"));
}

#[test]
fn a_read_time_line_that_carries_the_date_is_the_dateline() {
    let article = cleaned(&format!(
        "{HEADLINE}\n{DECK}\nTomas Rivera\nMarch 12, 2025 · 6 min read\n{FERRY_BODY}"
    ));
    assert_eq!(
        removed_as(&article, "March 12, 2025 · 6 min read").as_deref(),
        Some("dateline")
    );
    assert_eq!(article.title.as_deref(), Some(HEADLINE));
    assert_eq!(article.subtitle.as_deref(), Some(DECK));
}

#[test]
fn a_masthead_above_the_menu_is_the_outlet() {
    let article = cleaned(&format!(
        "THE VALLEY COURIER\nNEWS\nSPORT\nWEATHER\n{HEADLINE}\nBy Tomas Rivera\n12 March 2025\n{FERRY_BODY}"
    ));
    assert_eq!(article.outlet.name.as_deref(), Some("The Valley Courier"));
    let article = cleaned(&format!(
        "Valley Dispatch — Independent news from the islands\nWorld | Politics | Culture\n\
{HEADLINE}\nBy Tomas Rivera\n12 March 2025\n{FERRY_BODY}"
    ));
    assert_eq!(article.outlet.name.as_deref(), Some("Valley Dispatch"));
}

#[test]
fn a_section_label_right_above_the_headline_is_not_the_outlet() {
    let article = cleaned(&format!(
        "Skip to content\nWorld\nBusiness\nMarkets\nSign In\nEurope North\n{HEADLINE}\n\
By Tomas Rivera\n12 March 2025\n{FERRY_BODY}"
    ));
    assert_ne!(article.outlet.name.as_deref(), Some("Europe North"));
    assert_eq!(article.title.as_deref(), Some(HEADLINE));
}

#[test]
fn a_place_name_right_above_the_first_paragraph_is_not_the_outlet() {
    let article = cleaned(&format!("Valletta\n{FERRY_BODY}"));
    assert_eq!(article.outlet.name, None);
}

#[test]
fn a_copyright_line_names_the_outlet_without_its_year() {
    let article = cleaned(&format!(
        "{HEADLINE}\nBy Tomas Rivera\n12 March 2025\n{FERRY_BODY}© The Island Ledger 2025\n"
    ));
    assert_eq!(article.outlet.name.as_deref(), Some("The Island Ledger"));
}

#[test]
fn an_item_under_a_section_label_below_the_headline_is_not_the_subtitle() {
    let article = cleaned(&format!(
        "Newsdeck\n{HEADLINE}\nKey points\n\"We cannot wait for the spring,\" the council leader said on Tuesday.\n\
Summary\n{FERRY_BODY}"
    ));
    assert_eq!(article.title.as_deref(), Some(HEADLINE));
    assert_eq!(article.subtitle, None);
}

#[test]
fn a_masthead_naming_its_web_edition_gives_the_outlet_without_the_edition() {
    let article = cleaned(&format!(
        "Harbour Courier Online\nMenu\nSearch\n\n{HEADLINE}\nBy Tomas Rivera\n12 March 2025\n{FERRY_BODY}"
    ));
    assert_eq!(article.outlet.name.as_deref(), Some("Harbour Courier"));
    // One word left would not name an outlet: the masthead stays whole.
    let article = cleaned(&format!(
        "Harbour Online\nMenu\nSearch\n\n{HEADLINE}\nBy Tomas Rivera\n12 March 2025\n{FERRY_BODY}"
    ));
    assert_eq!(article.outlet.name.as_deref(), Some("Harbour Online"));
}
