//! The body zone of scraped text: where the article ends, what its paragraphs are, and why the
//! lines around it were dropped. No line of the story may be lost at its end.

use model::{Article, ParagraphKind, RawDoc, RawFormat, RawHints, Warning};

fn clean(input: &str) -> (Article, Vec<Warning>) {
    let doc = RawDoc {
        source: "fixture.txt".into(),
        format: RawFormat::Text,
        content: input.into(),
        hints: RawHints::default(),
    };
    text::clean_text(&doc)
}

/// The kind the cleaner gave the kept line `text`, or `None` when the line was removed.
fn kind_of(article: &Article, text: &str) -> Option<ParagraphKind> {
    article
        .paragraphs
        .iter()
        .find(|paragraph| paragraph.text == text)
        .map(|paragraph| paragraph.kind)
}

/// Why the cleaner removed the line `text`, or `None` when it was kept.
fn why_removed<'a>(article: &'a Article, text: &str) -> Option<&'a str> {
    article
        .removed
        .iter()
        .find(|removed| removed.text == text)
        .map(|removed| removed.why.as_str())
}

fn assert_kept(article: &Article, text: &str) {
    assert!(
        kind_of(article, text).is_some(),
        "{text:?} was removed as {:?}\nkept: {:#?}",
        why_removed(article, text),
        article.paragraphs
    );
}

fn assert_removed(article: &Article, text: &str) {
    assert!(
        why_removed(article, text).is_some(),
        "{text:?} was kept\nkept: {:#?}",
        article.paragraphs
    );
}

/// Three paragraphs of ordinary news prose to stand before the part under test.
const OPENING: &str = "Flood barriers along the northern estuary failed on Tuesday night, \
    forcing the evacuation of four villages, regional officials said on Wednesday.\n\
    Water levels at the main gauge rose by almost two metres in six hours, the highest reading \
    since records began in 1952, according to the river authority.\n\
    Emergency crews worked through the night to move elderly residents to a sports hall in the \
    county town, where the Red Cross set up beds and a field kitchen.\n";

#[test]
fn live_blog_updates_after_a_share_line_are_kept() {
    let input = format!(
        "{OPENING}\
        09:40 BST\n\
        Ferry services suspended\n\
        The island ferry operator says all crossings are cancelled until evening.\n\
        Share\n\
        Posted at 09:40\n\
        09:05 BST\n\
        Rail line closed\n\
        Engineers have closed the coastal line after a landslip near the tunnel.\n\
        Share\n\
        Posted at 09:05\n\
        Load more updates\n\
        Related Topics\n\
        Flooding\n"
    );
    let (article, _) = clean(&input);
    assert_kept(
        &article,
        "The island ferry operator says all crossings are cancelled until evening.",
    );
    assert_kept(
        &article,
        "Engineers have closed the coastal line after a landslip near the tunnel.",
    );
    assert_kept(&article, "Rail line closed");
    assert_removed(&article, "Share");
    assert_removed(&article, "Flooding");
}

#[test]
fn the_last_paragraph_after_an_advertisement_slot_is_kept() {
    let input = format!(
        "{OPENING}\
        Advertisement - Continue Reading Below\n\
        The council will meet again on Friday.\n\
        Sponsored Content\n\
        Ten kitchen gadgets you did not know you needed\n"
    );
    let (article, _) = clean(&input);
    assert_kept(&article, "The council will meet again on Friday.");
    assert_eq!(
        why_removed(&article, "Advertisement - Continue Reading Below"),
        Some("advertisement")
    );
    assert_removed(&article, "Ten kitchen gadgets you did not know you needed");
}

#[test]
fn the_last_exchange_of_an_interview_is_kept_however_short() {
    let input = format!(
        "{OPENING}\
        Q: Will the villages be rebuilt where they stand?\n\
        A: Some of them. Others were built where the river always wanted to be, and we have to \
        be honest about that.\n\
        Q: Will you stay?\n\
        A: My family has been here for generations. I stay.\n\
        Explore more on these topics\n\
        Floods\n\
        Climate\n\
        Comments\n"
    );
    let (article, _) = clean(&input);
    assert_kept(&article, "Q: Will you stay?");
    assert_kept(
        &article,
        "A: My family has been here for generations. I stay.",
    );
    assert_removed(&article, "Explore more on these topics");
}

#[test]
fn a_question_subheading_and_its_short_answer_end_the_article() {
    let input = format!(
        "{OPENING}\
        What happens next?\n\
        The inquiry reports by the end of March.\n\
        Share this\n\
        Copy link\n\
        Newsletter\n\
        More explainers\n\
        Why do estuaries flood?\n"
    );
    let (article, _) = clean(&input);
    assert_kept(&article, "What happens next?");
    assert_kept(&article, "The inquiry reports by the end of March.");
    assert_removed(&article, "Why do estuaries flood?");
}

#[test]
fn a_last_paragraph_cut_off_after_app_prompts_is_kept_and_flagged() {
    let cut_off = "The ministry called the failure of the barriers a scandal and demanded that \
        the contractor who built them appear before the committee to explain what it called";
    let input = format!(
        "{OPENING}\
        Download our app\n\
        Get breaking news alerts on your phone\n\
        {cut_off}\n\
        Related Topics\n\
        Floods\n\
        Comments (3)\n"
    );
    let (article, warnings) = clean(&input);
    assert_eq!(kind_of(&article, cut_off), Some(ParagraphKind::Body));
    assert!(
        warnings
            .iter()
            .any(|warning| warning.message.contains("truncated")),
        "{warnings:?}"
    );
    assert_removed(&article, "Floods");
}

#[test]
fn widgets_and_sign_up_boxes_after_the_article_stay_out() {
    let input = format!(
        "{OPENING}\
        Submit Rating\n\
        No votes so far! Be the first to rate this post.\n\
        Looking for fresh stories?\n\
        Get our best reporting every week in the morning newsletter.\n\
        More Estuary Insights\n\
        Discover more guides, reports and updates to help you understand the coast and its \
        changing tides.\n"
    );
    let (article, _) = clean(&input);
    assert_removed(&article, "No votes so far! Be the first to rate this post.");
    assert_removed(
        &article,
        "Get our best reporting every week in the morning newsletter.",
    );
    assert_removed(
        &article,
        "Discover more guides, reports and updates to help you understand the coast and its \
         changing tides.",
    );
}

#[test]
fn a_pull_quote_is_dropped_and_the_authors_sentence_keeps_its_place() {
    let sentence = "A flood wall is not a promise. It is a bet on the next hundred years.";
    let input = format!(
        "{OPENING}\
        \"{sentence}\"\n\
        The engineers who designed the barriers in the 1980s assumed the sea would rise by a few \
        centimetres, not the thirty that the gauges now record.\n\
        {sentence}\n\
        The county has asked the government for an independent review of every barrier on the \
        estuary before the winter storms begin.\n"
    );
    let (article, _) = clean(&input);
    assert_eq!(kind_of(&article, sentence), Some(ParagraphKind::Body));
    assert_eq!(
        why_removed(&article, &format!("\"{sentence}\"")),
        Some("pull-quote repeated in the body")
    );
}

#[test]
fn a_label_printed_twice_and_dropped_both_times_says_why() {
    let input = format!(
        "News\n\
        Weather\n\
        Sport\n\
        WEATHER\n\
        Estuary villages evacuated as flood barriers fail\n\
        {OPENING}"
    );
    let (article, _) = clean(&input);
    let why = why_removed(&article, "WEATHER").expect("the label is removed");
    assert!(
        !why.contains("kept once"),
        "no copy of the label is kept, yet the reason says so: {why}"
    );
    assert!(kind_of(&article, "Weather").is_none());
}

#[test]
fn a_key_points_box_whose_bullets_were_lost_is_a_list() {
    let input = format!(
        "Estuary villages evacuated as flood barriers fail\n\
        By Jo Marsh\n\
        12 March 2025\n\
        Key points\n\
        Thousands spend the night in a sports hall\n\
        River gauge at its highest since 1952\n\
        Red Cross opens a shelter in the county town\n\
        {OPENING}"
    );
    let (article, _) = clean(&input);
    for item in [
        "Thousands spend the night in a sports hall",
        "River gauge at its highest since 1952",
        "Red Cross opens a shelter in the county town",
    ] {
        assert_eq!(kind_of(&article, item), Some(ParagraphKind::List), "{item}");
    }
}

#[test]
fn numbered_items_are_a_list() {
    let input = format!(
        "{OPENING}\
        The county set out three demands:\n\
        1. An independent review of every barrier.\n\
        2. Compensation for evacuated households.\n\
        3. A new warning system before the winter.\n\
        The ministry said it would reply within a month, while the contractor declined to comment \
        on the failure.\n"
    );
    let (article, _) = clean(&input);
    assert_eq!(
        kind_of(&article, "2. Compensation for evacuated households."),
        Some(ParagraphKind::List)
    );
}

#[test]
fn interview_questions_are_typed_alike_and_update_stamps_are_headings() {
    let input = format!(
        "{OPENING}\
        Q: Why did the barriers fail?\n\
        A: They were built for a sea that no longer exists, and nobody paid to raise them.\n\
        Q: The ministry says the barriers were inspected last year and passed every test.\n\
        A: Inspected, yes. Raised, no.\n\
        11:20 BST\n\
        The county says a third village has been cleared and its residents moved to the shelter.\n\
        10:55 BST\n\
        Road closures\n\
        Police have closed the estuary road in both directions while engineers check the bridge.\n"
    );
    let (article, _) = clean(&input);
    assert_eq!(
        kind_of(&article, "Q: Why did the barriers fail?"),
        Some(ParagraphKind::Body)
    );
    assert_eq!(
        kind_of(
            &article,
            "Q: The ministry says the barriers were inspected last year and passed every test."
        ),
        Some(ParagraphKind::Body)
    );
    assert_eq!(kind_of(&article, "11:20 BST"), Some(ParagraphKind::Heading));
    assert_eq!(kind_of(&article, "10:55 BST"), Some(ParagraphKind::Heading));
    assert_eq!(
        kind_of(&article, "Road closures"),
        Some(ParagraphKind::Heading)
    );
}

#[test]
fn menus_cookie_banners_donation_asks_and_disclaimers_are_chrome() {
    let input = format!(
        "Home  Weather  Sport  Travel  Sign in\n\
        We use cookies to personalise content. Read our cookie policy to learn more. Accept all | \
        Manage preferences\n\
        Estuary villages evacuated as flood barriers fail\n\
        {OPENING}\
        Enjoyed this article? Back our reporters.\n\
        The views expressed are the writer's own.\n"
    );
    let (article, _) = clean(&input);
    assert_eq!(
        why_removed(&article, "Home Weather Sport Travel Sign in"),
        Some("navigation")
    );
    assert_eq!(
        why_removed(
            &article,
            "We use cookies to personalise content. Read our cookie policy to learn more. Accept \
             all | Manage preferences"
        ),
        Some("cookie prompt")
    );
    assert_eq!(
        why_removed(&article, "Enjoyed this article? Back our reporters."),
        Some("subscription")
    );
    assert_eq!(
        why_removed(&article, "The views expressed are the writer's own."),
        Some("disclaimer")
    );
}

#[test]
fn a_sentence_with_menu_words_is_not_a_menu() {
    let input = format!(
        "{OPENING}\
        Officials said the  Home Office and  the Met Office would  publish a joint report.\n"
    );
    let (article, _) = clean(&input);
    assert!(article
        .paragraphs
        .iter()
        .any(|paragraph| paragraph.text.starts_with("Officials said the Home Office")));
}

#[test]
fn a_block_of_labelled_facts_at_the_end_is_kept_to_its_end() {
    let input = format!(
        "{OPENING}\
        Evacuated: Lower Marsh, Saltings, Eastwick; Fenbridge and the caravan park at Holm End.\n\
        Shelter: County sports hall\n\
        Volunteers: Red Cross and the coastguard\n\
        Latest news\n\
        Weather warnings\n"
    );
    let (article, _) = clean(&input);
    assert_kept(&article, "Shelter: County sports hall");
    assert_kept(&article, "Volunteers: Red Cross and the coastguard");
    assert_removed(&article, "Weather warnings");
}

#[test]
fn a_caption_that_ends_with_its_credit_is_a_caption() {
    let caption = "Sandbags stacked outside the county hall on Wednesday. Photo: Jo Marsh";
    let input = format!("{OPENING}{caption}\nThe river authority said the water would fall slowly over the weekend as the tide turned.\n");
    let (article, _) = clean(&input);
    assert_eq!(kind_of(&article, caption), Some(ParagraphKind::Caption));
    assert_eq!(
        kind_of(
            &article,
            "Water levels at the main gauge rose by almost two metres in six hours, the highest \
             reading since records began in 1952, according to the river authority."
        ),
        Some(ParagraphKind::Body)
    );
}
