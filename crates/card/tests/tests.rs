//! The card's behaviours, tested on short inline articles: snapshots of whole cards, one
//! `check` helper per feature, and properties that hold for any article.

use model::{finish_article, paragraph, Article, Outlet, ParagraphKind};

mod properties;

/// A finished article from (kind, text) paragraphs.
fn article(title: &str, paragraphs: &[(ParagraphKind, &str)]) -> Article {
    let mut article = Article {
        title: Some(title.to_owned()),
        paragraphs: paragraphs
            .iter()
            .map(|(kind, text)| paragraph(*kind, *text))
            .collect(),
        outlet: Outlet {
            name: Some("The Harbour Gazette".to_owned()),
            domain: Some("www.harbourgazette.example".to_owned()),
        },
        ..Article::default()
    };
    finish_article(&mut article);
    article
}

use ParagraphKind::{Body, Caption, Heading, Quote};

fn flood_article() -> Article {
    article(
        "Flash floods cut off mountain villages in northern Valmora",
        &[
            (Heading, "Flash floods cut off mountain villages in northern Valmora"),
            (Caption, "Rescue workers wade through a flooded street. Photo: Harbour Gazette"),
            (Body, "Flash floods swept through the Serra Alta district of northern Valmora on 14 March, killing at least 23 people and cutting off 40 mountain villages, the regional civil protection agency said."),
            (Body, "Torrential rain fell for three days on slopes stripped of forest by last summer's wildfires. The river Tamel burst its banks near the town of Corvel, where the bridge on the main road collapsed."),
            (Body, "It was the worst flooding in the district since 1998. Emergency teams used helicopters to reach stranded families, and the army sent 600 soldiers with boats and field kitchens."),
            (Quote, "\"We lost everything in one night,\" said Marta Quelho, a farmer in Corvel whose house was swept away."),
            (Body, "Governor Rui Antunes declared a state of emergency and asked the national government for 50 million euros in reconstruction aid. Engineers warned that the damaged dam at Lago Frio needs urgent repairs before the spring melt."),
            (Body, "Climate scientists at the University of Valmora said deforestation after the wildfires made the flash floods far more destructive, because bare slopes cannot hold heavy rain."),
        ],
    )
}

fn chip_article() -> Article {
    article(
        "Chipmaker Lumenic opens a battery cell plant in Ostrava",
        &[
            (Body, "Lumenic, the Dutch chipmaker, opened a battery cell plant in Ostrava on Tuesday, its first factory outside the Netherlands."),
            (Body, "The plant cost 1.2 billion euros and will employ 1,800 workers when it reaches full output in 2027. It will make solid-state battery cells for electric buses and delivery vans."),
            (Body, "Chief executive Annelies Vos said the Czech site was chosen for its skilled workforce and its rail link to German car makers. \"Ostrava gives us engineers and a railway to our customers,\" she said."),
            (Body, "This is the third battery cell plant announced in central Europe this year. Unions welcomed the jobs but asked Lumenic to sign a collective agreement before hiring starts."),
            (Body, "Analysts at Brno Capital said solid-state battery cells remain costly to make, and warned that Lumenic's plant depends on a steady supply of lithium from Portugal."),
        ],
    )
}

fn short_article() -> Article {
    article("Library reopens", &[(Body, "The city library reopened on Monday after a two-year renovation. Visitors can borrow books again.")])
}

#[test]
fn flood_card() {
    insta::assert_json_snapshot!(card::card(&flood_article()));
}

#[test]
fn chip_plant_card() {
    insta::assert_json_snapshot!(card::card(&chip_article()));
}

#[test]
fn short_article_card() {
    insta::assert_json_snapshot!(card::card(&short_article()));
}

#[test]
fn same_article_gives_the_same_card() {
    assert_eq!(card::card(&flood_article()), card::card(&flood_article()));
}

fn check_read_at(
    domain: Option<&str>,
    wire: Option<&str>,
    name: Option<&str>,
    expected: Option<&str>,
) {
    let article = Article {
        outlet: Outlet {
            name: name.map(str::to_owned),
            domain: domain.map(str::to_owned),
        },
        wire: wire.map(str::to_owned),
        ..Article::default()
    };
    assert_eq!(card::read_at(&article).as_deref(), expected);
}

#[test]
fn read_at_prefers_domain_then_wire_domain_then_name() {
    check_read_at(
        Some("www.aljazeera.com"),
        Some("Reuters"),
        Some("Al Jazeera"),
        Some("Read at www.aljazeera.com"),
    );
    check_read_at(
        None,
        Some("apnews.com"),
        Some("AP"),
        Some("Read at apnews.com"),
    );
    check_read_at(None, Some("Reuters"), Some("Dawn"), Some("Read at Dawn"));
    check_read_at(None, Some("Reuters"), None, None);
    check_read_at(Some("  "), None, None, None);
}

fn check_read_time(words: usize, expected: &str) {
    let text = vec!["word"; words].join(" ");
    let found = card::card(&article("Title", &[(Body, text.as_str())]));
    assert_eq!(found.read_time, expected);
}

#[test]
fn read_time_is_always_computed() {
    check_read_time(0, "1 min read");
    check_read_time(230, "1 min read");
    check_read_time(231, "2 min read");
    assert_eq!(card::card(&Article::default()).read_time, "1 min read");
}

fn check_summary(paragraphs: &[&str], expected: &[&str]) {
    let paragraphs: Vec<(ParagraphKind, &str)> =
        paragraphs.iter().map(|text| (Body, *text)).collect();
    let found = card::card(&article("Untitled", &paragraphs));
    let sentences: Vec<&str> = found
        .summary_sentences
        .iter()
        .map(|passage| passage.text.as_str())
        .collect();
    assert_eq!(sentences, expected);
}

#[test]
fn summary_drops_near_duplicates() {
    check_summary(
        &[
            "Dock workers in Rotterdam began a 48-hour strike over pay on Monday.",
            "Dock workers in Rotterdam began a 48-hour strike over pay.",
            "The strike halted container traffic at Europe's largest port.",
        ],
        &[
            "Dock workers in Rotterdam began a 48-hour strike over pay on Monday.",
            "The strike halted container traffic at Europe's largest port.",
        ],
    );
}

#[test]
fn summary_stays_within_ninety_words() {
    let long = "Officials in the coastal province reported that the storm damaged roads, bridges, power lines, schools, clinics and farms across twelve districts, leaving thousands of families without electricity or clean water for days.";
    let found = card::card(&article(
        "Storm",
        &[
            (Body, long),
            (Body, long),
            (Body, long),
            (Body, long),
            (Body, long),
        ],
    ));
    assert!(model::count_words(&found.summary) <= card::SUMMARY_MAX_WORDS);
    assert!(!found.summary.is_empty());
}

#[test]
fn summary_avoids_a_pronoun_opener_when_a_named_sentence_exists() {
    let found = card::card(&article(
        "Port strike",
        &[(Body, "Dock workers at the port of Valdera walked out on Monday over pay cuts, union leader Ines Maro said. They blocked the gates with trucks and shipping containers for most of the day.")],
    ));
    assert!(
        found.summary.starts_with("Dock workers"),
        "{}",
        found.summary
    );
}

#[test]
fn quotes_come_only_from_body_and_quote_paragraphs() {
    let found = card::card(&flood_article());
    assert_eq!(found.quotes.len(), card::QUOTE_COUNT);
    for quote in &found.quotes {
        assert!(!quote.text.contains("Photo:"), "{}", quote.text);
        assert_ne!(
            quote.text,
            "Flash floods cut off mountain villages in northern Valmora"
        );
    }
}

fn check_keyphrases(text: &str, title: Option<&str>, expected_among_top: &[&str], n: usize) {
    let found = card::keyphrases(text, title, n);
    for phrase in expected_among_top {
        assert!(
            found.iter().any(|candidate| candidate == phrase),
            "{phrase:?} not in {found:?}"
        );
    }
}

#[test]
fn keyphrases_find_repeated_specific_phrases() {
    let text = "Battery cell plants are spreading across central Europe. The new battery cell plant in Ostrava \
                will supply bus makers. Battery cell output is expected to double.";
    check_keyphrases(text, None, &["battery cell"], 5);
}

#[test]
fn keyphrases_never_give_generic_words() {
    let text = "On Friday officials said the news was good. They said on Friday that the harvest of saffron was large. \
                The saffron harvest, officials said, was the largest in years.";
    let found = card::keyphrases(text, None, 10);
    for generic in ["said", "friday", "news", "years"] {
        assert!(
            !found.iter().any(|phrase| phrase == generic),
            "{generic} in {found:?}"
        );
    }
    assert!(
        found.iter().any(|phrase| phrase.contains("saffron")),
        "{found:?}"
    );
}

#[test]
fn hashtags_are_mostly_multi_word_and_distinct_by_stem() {
    let found = card::card(&flood_article());
    let multi_word = found
        .hashtags
        .iter()
        .filter(|tag| tag.contains('-'))
        .count();
    assert!(
        multi_word * 2 >= found.hashtags.len(),
        "{:?}",
        found.hashtags
    );
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let stems: std::collections::BTreeSet<String> = found
        .hashtags
        .iter()
        .map(|tag| {
            tag.trim_start_matches('#')
                .split('-')
                .map(|word| stemmer.stem(word).into_owned())
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect();
    assert_eq!(stems.len(), found.hashtags.len());
}

#[test]
fn hashtags_never_cut_a_name_or_glue_a_verb_to_one() {
    // Names of three words, with a particle, and names as the object of a verb: a tag takes a
    // whole name ("#port-san-rafael") or none of it, never "#san-rafael-harbour" or
    // "#block-norvik".
    let found = card::card(&article(
        "Storm closes Port San Rafael as Norvik Shipping suspends sailings",
        &[
            (Body, "A winter storm closed the harbour of Port San Rafael on Sunday, stranding ferries bound for Isla del Viento and forcing Norvik Shipping to suspend sailings."),
            (Body, "Port San Rafael harbour officials said waves of six metres had damaged two piers. Regulators moved to block Norvik Shipping from selling tickets until the piers are inspected."),
            (Body, "Residents of Isla del Viento said food deliveries had stopped. Officials in Port San Rafael expect the harbour to reopen on Wednesday, and regulators said they would block Norvik Shipping again if the piers fail inspection."),
            (Body, "Port San Rafael depends on the ferries for tourism, and Norvik Shipping carries most visitors to Isla del Viento in summer."),
        ],
    ));
    for tag in &found.hashtags {
        for cut in [
            "#san-rafael",
            "#rafael",
            "#block",
            "#del-viento",
            "#isla-del",
            "#viento",
            "#shipping-from",
        ] {
            assert!(
                !tag.starts_with(cut),
                "{tag} cuts a name: {:?}",
                found.hashtags
            );
        }
        assert!(
            !tag.ends_with("-port") && !tag.ends_with("-isla"),
            "{:?}",
            found.hashtags
        );
    }
    assert!(
        found
            .hashtags
            .iter()
            .any(|tag| tag.contains("port-san-rafael") || tag.contains("norvik-shipping")),
        "{:?}",
        found.hashtags
    );
}

#[test]
fn a_past_form_alone_is_no_hashtag() {
    let found = card::card(&article(
        "Council passed the harbour budget",
        &[
            (Body, "The council passed the harbour budget on Monday after a long debate. The budget passed by nine votes to four."),
            (Body, "The harbour budget funds new cranes and a dredger. Councillors who opposed the harbour budget said it passed too quickly."),
        ],
    ));
    assert!(
        found
            .hashtags
            .iter()
            .all(|tag| tag != "#passed" && tag != "#opposed"),
        "{:?}",
        found.hashtags
    );
}

#[test]
fn an_article_with_text_but_no_paragraphs_is_read_as_one_body() {
    let text = "Dock workers in Rotterdam began a 48-hour strike over pay on Monday. The strike halted container traffic at Europe's largest port.";
    let article = Article {
        text: text.to_owned(),
        word_count: model::count_words(text),
        ..Article::default()
    };
    let found = card::card(&article);
    assert_eq!(found.summary, text);
    assert!(!found.quotes.is_empty());
}

#[test]
fn paragraphs_whose_offsets_do_not_match_the_text_are_skipped_not_trusted() {
    let mut article = flood_article();
    article.paragraphs[2].start += 3;
    let found = card::card(&article);
    for passage in found.quotes.iter().chain(&found.summary_sentences) {
        assert_eq!(&article.text[passage.start..passage.end], passage.text);
        assert!(
            !passage.text.starts_with("Flash floods swept"),
            "{}",
            passage.text
        );
    }
}

#[test]
fn read_at_falls_back_to_where_the_article_was_read() {
    let mut article = Article {
        source: "clippings/border.txt".to_owned(),
        ..Article::default()
    };
    assert_eq!(
        card::read_at(&article).as_deref(),
        Some("Read at clippings/border.txt")
    );
    article.url = Some("https://news.example/border".to_owned());
    assert_eq!(
        card::read_at(&article).as_deref(),
        Some("Read at https://news.example/border")
    );
}

fn check_key_passages(paragraphs: &[&str], expected: &[&str]) {
    let paragraphs: Vec<(ParagraphKind, &str)> =
        paragraphs.iter().map(|text| (Body, *text)).collect();
    let found = card::card(&article("Untitled", &paragraphs));
    let passages: Vec<&str> = found
        .quotes
        .iter()
        .map(|passage| passage.text.as_str())
        .collect();
    assert_eq!(passages, expected);
}

#[test]
fn a_summary_takes_a_quotation_whole_with_its_speaker() {
    // Not "The boys showed character today." on its own, which reads as the reporter's view.
    check_summary(
        &[
            "Harbour City beat Rivermouth 2-1 on Sunday with a late goal from substitute Samuel Okafor, who scored in the 89th minute.",
            "\"The boys showed character today. Derbies are never pretty,\" manager Irene Costa said. \"Samuel has been waiting for his chance in this team, and he took it.\"",
            "Rivermouth drop to sixth in the league table after a third defeat in four games.",
        ],
        &[
            "Harbour City beat Rivermouth 2-1 on Sunday with a late goal from substitute Samuel Okafor, who scored in the 89th minute.",
            "\"The boys showed character today. Derbies are never pretty,\" manager Irene Costa said.",
            "\"Samuel has been waiting for his chance in this team, and he took it.\"",
            "Rivermouth drop to sixth in the league table after a third defeat in four games.",
        ],
    );
}

#[test]
fn a_quotation_attributed_in_the_sentence_before_comes_with_that_sentence() {
    // Not "That is the question every family … is asking tonight." as the reporter's words.
    check_summary(
        &[
            "Floods cut the road to the Tamel valley on Tuesday, leaving 4,000 villagers without supplies, the regional council said.",
            "A relief convoy reached the first villages by boat on Wednesday, the aid coordinator said. \"Where are the others? That is the question every family in the Tamel valley is asking tonight.\"",
            "The council has asked the army for helicopters.",
        ],
        &[
            "Floods cut the road to the Tamel valley on Tuesday, leaving 4,000 villagers without supplies, the regional council said.",
            "A relief convoy reached the first villages by boat on Wednesday, the aid coordinator said.",
            "\"Where are the others? That is the question every family in the Tamel valley is asking tonight.\"",
            "The council has asked the army for helicopters.",
        ],
    );
}

#[test]
fn a_quotation_too_long_for_the_summary_is_left_out_not_cut() {
    let quotation = "\"We have waited three years for a fair offer, and every month the company found a new reason to delay the talks. The strike at the port of Valdera will go on until the pay cuts are withdrawn. Nobody here wants to lose wages, but we have no other choice left,\" said Ines Maro, the leader of the dockers' union, outside the main gate.";
    let paragraphs = [
        "Dock workers at the port of Valdera began an indefinite strike over pay cuts on Monday, halting container traffic at the country's busiest harbour.",
        quotation,
        "Shipping lines diverted eleven container ships from Valdera to other ports, and exporters warned of heavy losses if the strike lasts more than a week.",
        "The port authority said it would ask a labour court to order the dock workers back while talks on pay resume.",
    ];
    check_summary(&paragraphs, &[paragraphs[0], paragraphs[2], paragraphs[3]]);
    // As a key passage it is short enough to show whole.
    check_key_passages(&paragraphs, &[quotation, paragraphs[2], paragraphs[3]]);
}

#[test]
fn a_sentence_that_leans_on_the_one_before_is_not_picked_without_it() {
    // "dismissed that criticism" alone would not say whose criticism, nor of what.
    let paragraphs = [
        "The transport ministry of Norland doubled the toll for lorries on the coastal motorway on Friday.",
        "Haulage firms said they were angry about the decision and would say more about it in the coming weeks, once they had met again and talked it over with their members, their drivers and their lawyers, and that it was not fair on them at all.",
        "Ministry officials dismissed that criticism, saying the Serra tunnel, a 14-kilometre tunnel under the Serra pass paid for by the toll, would cut journeys from Norland to the port of Vell by an hour.",
        "The Serra tunnel is due to open in 2031, and the port of Vell expects its freight to double.",
    ];
    check_summary(&paragraphs, &[paragraphs[0], paragraphs[1], paragraphs[3]]);
    check_key_passages(&paragraphs, &[paragraphs[0], paragraphs[1], paragraphs[3]]);
}

#[test]
fn a_sentence_that_leans_on_the_one_before_comes_with_it() {
    let paragraphs = [
        "The city of Marlow reopened its central library on Monday after a two-year renovation that cost 14 million euros.",
        "But the reading rooms on the upper floors remain closed because the new lifts failed a safety inspection.",
    ];
    check_summary(&paragraphs, &paragraphs);
    // "But …" opens a paragraph of its own: never a key passage without the one before.
    check_key_passages(&paragraphs, &[paragraphs[0]]);
}

#[test]
fn this_year_does_not_lean_on_the_sentence_before() {
    let paragraphs = [
        "Wheat farmers in the Ostra valley lost half of their harvest to drought.",
        "This year the regional government will pay 200 euros for every hectare lost.",
    ];
    check_key_passages(&paragraphs, &paragraphs);
}
