//! Behaviour tests of the scraped-text cleaner: short inline articles written for the purpose,
//! each rendered as readable text and compared with a reviewed snapshot.

mod attribution;
mod body_zone;
mod chrome_cues;
mod datelines;
mod head_metadata;
mod lists;

use model::{RawDoc, RawFormat, RawHints};
use std::fmt::Write;

/// Clean `input` and render everything a reader of the result cares about.
fn render(input: &str) -> String {
    let doc = RawDoc {
        source: "fixture.txt".into(),
        format: RawFormat::Text,
        content: input.into(),
        hints: RawHints::default(),
    };
    let (article, warnings) = text::clean_text(&doc);
    let mut out = String::new();
    let _ = writeln!(out, "title: {:?}", article.title);
    let _ = writeln!(out, "subtitle: {:?}", article.subtitle);
    let _ = writeln!(
        out,
        "outlet: {:?} / {:?}",
        article.outlet.name, article.outlet.domain
    );
    let _ = writeln!(out, "wire: {:?}", article.wire);
    let _ = writeln!(out, "authors: {:?}", article.authors);
    let _ = writeln!(out, "--- paragraphs");
    for paragraph in &article.paragraphs {
        assert_eq!(
            &article.text[paragraph.start..paragraph.end],
            paragraph.text
        );
        let _ = writeln!(out, "{:?}: {}", paragraph.kind, paragraph.text);
    }
    let _ = writeln!(out, "--- removed");
    for removed in &article.removed {
        let _ = writeln!(out, "[{}] {}", removed.why, removed.text);
    }
    let _ = writeln!(out, "--- warnings");
    for warning in &warnings {
        let _ = writeln!(out, "{}", warning.message);
    }
    out
}

fn check(name: &str, input: &str) {
    insta::assert_snapshot!(name, render(input));
}

#[test]
fn chrome_around_an_article_is_removed_with_reasons() {
    check(
        "chrome_around_an_article",
        "Skip to main content\nHarbour Tribune\nMenu\n\nFloods cut the coastal highway for a third day\n\nShare this story\n\
By Mira Okafor\n\
Heavy rain closed the coastal highway for a third straight day on Tuesday, stranding hundreds of lorries at the port.\n\
Engineers said the road would not reopen before the weekend because two bridges had been damaged.\n\
\n\
Most Read\nWhatsApp\n12 Comments\nLeave a comment\n© 2025 Harbour Tribune. All rights reserved.\n",
    );
}

#[test]
fn a_subtitle_that_repeats_the_title_and_a_caption_are_told_apart() {
    check(
        "subtitle_repeats_title_and_caption",
        "Ministers agree on grain corridor after long talks\n\
Farmers wait at a silo near the river port.\n\
Grain corridor agreed as ministers end long talks\n\
Ministers from the three countries agreed on Friday to reopen the grain corridor after talks that ran through the night, officials said.\n\
The deal allows ships to leave the river port under naval escort for the first time since the spring.\n",
    );
}

#[test]
fn a_repeated_pull_quote_is_kept_once() {
    check(
        "repeated_pull_quote",
        "The reservoir has fallen to its lowest level in forty years, and the city has begun rationing water to its districts.\n\
Officials warned that every household must cut its use by a fifth before the rains return\n\
The utility said tankers would supply the hospitals first. Officials warned that every household must cut its use by a fifth before the rains return. Fines will follow for those who do not.\n\
Officials warned that every household must cut its use by a fifth before the rains return\n",
    );
}

#[test]
fn wire_attribution_is_read_and_removed() {
    check(
        "wire_attribution",
        "Talks resume in the capital\n\
GENEVA (AFP) — Negotiators returned to the table on Monday after a week-long pause, diplomats said, with a ceasefire map still unsettled.\n\
Both delegations said they expected a long session and would brief reporters afterwards.\n\
With additional reporting from Reuters.\n\
Source link\n",
    );
}

#[test]
fn headings_lists_and_a_truncated_fragment() {
    check(
        "headings_lists_truncation",
        "Why the port strike matters\n\
Dock workers walked out on Thursday over pay, halting most container traffic at the country's busiest port for the first time in ten years.\n\
What the union wants\n\
The union has set out three demands in a letter to the port authority, which it published on its website on Friday morning.\n\
• A pay rise in line with inflation.\n\
• Shorter night shifts for crane operators and their crews at the\n",
    );
}

#[test]
fn an_app_prompt_names_the_outlet() {
    check(
        "app_prompt_names_outlet",
        "Rail fares to rise in January\n\
Rail fares will rise by an average of four percent in January, the transport ministry announced on Wednesday, the smallest rise in three years.\n\
Commuter groups said the increase would still hurt workers who had seen little growth in wages since the pandemic.\n\
Enjoying Dailyline? Download the app now\n",
    );
}

#[test]
fn related_links_paywall_lines_and_short_pull_quotes_are_removed() {
    check(
        "related_links_and_short_pull_quotes",
        "Harbour reopens after storm\n\
The harbour reopened on Monday after a three-day closure, and the first ferries left for the islands at dawn, port officials said.\n\
Also Read: Storm leaves thousands without power along the coast\n\
\u{201c}A long wait.\u{201d}\n\
Passengers who had slept in the terminal described it as \u{201c}a long wait.\u{201d} Many had been stranded since Friday.\n\
Advertisement \u{2014} story continues below\n\
Unlock unlimited stories with Harbour Pro. Start a free trial\n\
Officials said the breakwater had held, but two piers needed repairs before cargo ships could dock again.\n",
    );
}

#[test]
fn headline_and_deck_after_a_menu() {
    check(
        "headline_and_deck_after_a_menu",
        "LIVE\nScores\nFixtures\nTables\n\
Late goal settles the river derby\n\
Harbour City snatch a 2-1 win at Dockside Park to go top of the league\n\
Tom Ashdown \u{b7} Sun 2 Nov 2025\n\
A late goal from the edge of the area gave Harbour City a 2-1 win over Rivermouth in the river derby on Sunday and took them top.\n\
The home side had trailed for most of the second half before two goals in the last ten minutes turned the game.\n",
    );
}

#[test]
fn prose_in_a_mega_menu_is_not_the_article() {
    check(
        "prose_in_a_mega_menu",
        "Products\nPlatform overview\n\
Our platform unifies data across search, analytics and content so your team can plan, create and measure in one place.\n\
Pricing\nCustomers\nResources\nBlog\nWebinars\nLog in\n\
Ferry services resume after the storm\n\
Ferry services between the mainland and the islands resumed on Tuesday after three days of cancellations, the operator said.\n\
The first crossing left at dawn with about 200 passengers, many of whom had waited in the port since the weekend.\n\
The operator said it would add two extra sailings a day until the backlog was cleared.\n",
    );
}

#[test]
fn text_with_no_prose_keeps_its_lines_and_warns_when_long() {
    check("no_prose", "Short line one\nAnother short line\n");
    check("no_prose_long", "Short line one\nAnother short line\nA third short line\nAnd a fourth one\nFive lines now\n");
}

mod properties {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn cleaning_never_panics_and_offsets_index_the_text(content in "(?s).{0,400}") {
            let doc = model::RawDoc { source: "p".into(), format: model::RawFormat::Text, content, hints: Default::default() };
            let (article, _) = text::clean_text(&doc);
            for paragraph in &article.paragraphs {
                prop_assert_eq!(&article.text[paragraph.start..paragraph.end], paragraph.text.as_str());
            }
        }

        #[test]
        fn sentences_are_in_range_on_char_boundaries(content in "(?s).{0,300}") {
            for sentence in text::sentences(&content) {
                prop_assert!(sentence.start < sentence.end && sentence.end <= content.len());
                prop_assert!(content.is_char_boundary(sentence.start) && content.is_char_boundary(sentence.end));
            }
        }
    }
}
