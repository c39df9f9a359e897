//! Behaviour tests for `extract::extract` on short inline pages, one feature per test.

use model::{Article, ParagraphKind, RawDoc, RawFormat, RawHints};

fn html_doc(html: &str) -> RawDoc {
    RawDoc {
        source: "test.html".to_string(),
        format: RawFormat::Html,
        content: html.to_string(),
        hints: RawHints::default(),
    }
}

fn extract_html(html: &str) -> Article {
    extract::extract(&html_doc(html)).0
}

/// Wrap body markup in a page with a long article so the content choice has prose to find.
fn page_with_article(before: &str, article_extra: &str, after: &str) -> String {
    format!(
        "<html><head><title>Border talks resume | Example News</title></head><body>{before}\
         <article><h1>Border talks resume</h1>\
         <p>Officials from both countries met on Tuesday to discuss the reopening of the main border crossing, \
         which has been closed for three weeks.</p>\
         <p>Traders on both sides say the closure has cost them millions, and trucks loaded with fruit have been \
         waiting at the crossing since the start of the month.</p>\
         {article_extra}</article>{after}</body></html>"
    )
}

/// The kept paragraphs as (kind, text) pairs.
fn kept(article: &Article) -> Vec<(ParagraphKind, String)> {
    article
        .paragraphs
        .iter()
        .map(|paragraph| (paragraph.kind, paragraph.text.clone()))
        .collect()
}

fn check_kept_contains(html: &str, kind: ParagraphKind, text: &str) {
    let article = extract_html(html);
    assert!(
        kept(&article).contains(&(kind, text.to_string())),
        "expected {kind:?} {text:?} among {:#?}",
        kept(&article)
    );
}

fn check_dropped(html: &str, text: &str, why: &str) {
    let article = extract_html(html);
    assert!(
        !article.text.contains(text),
        "{text:?} should not be in the text:\n{}",
        article.text
    );
    assert!(
        article
            .removed
            .iter()
            .any(|removed| removed.text.contains(text) && removed.why.as_str() == why),
        "{text:?} should be removed as {why:?}; removed: {:#?}",
        article.removed
    );
}

#[test]
fn navigation_is_dropped() {
    let html = page_with_article("<nav><ul><li><a href=\"/\">Home page of the site</a></li><li><a href=\"/w\">World news section</a></li></ul></nav>", "", "");
    check_dropped(&html, "World news section", "navigation");
}

#[test]
fn comment_section_is_dropped() {
    let html = page_with_article(
        "",
        "",
        "<div id=\"comments\"><p>I think the border should have stayed closed for much longer than this, honestly.</p></div>",
    );
    check_dropped(&html, "stayed closed for much longer", "comments");
}

#[test]
fn share_bar_and_newsletter_prompt_are_dropped() {
    let html = page_with_article(
        "",
        "<div class=\"share-buttons\"><span>Share this story on your favourite network</span></div>\
         <div class=\"newsletter-signup\"><p>Sign up for our daily briefing and never miss a story</p></div>",
        "",
    );
    check_dropped(&html, "Share this story", "share bar");
    check_dropped(&html, "Sign up for our daily briefing", "newsletter prompt");
}

#[test]
fn related_links_are_dropped() {
    let html = page_with_article(
        "",
        "<ul class=\"related-stories\"><li><a href=\"/a\">Earlier talks collapsed after a week of shelling</a></li></ul>",
        "",
    );
    check_dropped(&html, "Earlier talks collapsed", "related links");
}

#[test]
fn figcaption_is_a_caption() {
    let html = page_with_article(
        "",
        "<figure><img src=\"a.jpg\"><figcaption>Trucks wait at the crossing.</figcaption></figure>",
        "",
    );
    check_kept_contains(
        &html,
        ParagraphKind::Caption,
        "Trucks wait at the crossing.",
    );
}

#[test]
fn blockquote_is_a_quote() {
    let html = page_with_article(
        "",
        "<blockquote><p>We want the crossing open by Friday.</p></blockquote>",
        "",
    );
    check_kept_contains(
        &html,
        ParagraphKind::Quote,
        "We want the crossing open by Friday.",
    );
}

#[test]
fn list_items_are_list_paragraphs() {
    let html = page_with_article("", "<ul><li>Fruit exports halted</li><li>Fuel prices doubled</li></ul><p>More talks are planned for next week in the capital, officials said.</p>", "");
    check_kept_contains(&html, ParagraphKind::List, "Fruit exports halted");
    check_kept_contains(&html, ParagraphKind::List, "Fuel prices doubled");
}

#[test]
fn subheadings_are_headings_and_the_title_heading_is_not_repeated() {
    let html = page_with_article("", "<h2>What happens next</h2><p>A second round of talks is due next week, according to both delegations.</p>", "");
    check_kept_contains(&html, ParagraphKind::Heading, "What happens next");
    let article = extract_html(&html);
    assert!(
        !article.text.contains("Border talks resume"),
        "{}",
        article.text
    );
}

#[test]
fn paragraphs_keep_their_order() {
    let article = extract_html(&page_with_article("", "", ""));
    let officials = article
        .text
        .find("Officials from both")
        .expect("first paragraph kept");
    let traders = article
        .text
        .find("Traders on both sides")
        .expect("second paragraph kept");
    assert!(officials < traders);
}

fn check_title(head: &str, body: &str, expected: &str) {
    let html = format!("<html><head>{head}</head><body>{body}</body></html>");
    assert_eq!(extract_html(&html).title.as_deref(), Some(expected));
}

#[test]
fn title_site_suffix_is_removed() {
    check_title(
        "<title>Border talks resume | Example News</title>",
        "",
        "Border talks resume",
    );
    check_title(
        "<title>Border talks resume - Example News</title>",
        "",
        "Border talks resume",
    );
    check_title(
        "<title>Border talks resume — The Daily Planet</title><meta property=\"og:site_name\" content=\"The Daily Planet\">",
        "",
        "Border talks resume",
    );
    check_title("<title>Example News | Border talks resume after three weeks</title><meta property=\"og:site_name\" content=\"Example News\">", "", "Border talks resume after three weeks");
}

#[test]
fn title_prefers_the_visible_headline_confirmed_by_metadata() {
    check_title(
        "<title>Border talks resume - Example News</title><meta property=\"og:title\" content=\"Border talks resume\">",
        "<h1>Site logo</h1><article><h1>Border talks resume</h1></article>",
        "Border talks resume",
    );
}

#[test]
fn title_is_the_visible_headline_when_the_declared_title_is_a_cut_version_of_it() {
    let og = "<meta property=\"og:title\" content=\"House Renovation Costs in the Bay Area\">";
    check_title(
        og,
        "<article><h1>House Renovation Costs in the Bay Area: Room-by-Room Breakdown</h1></article>",
        "House Renovation Costs in the Bay Area: Room-by-Room Breakdown",
    );
    check_title(
        og,
        "<article><h1>2026 House Renovation Costs in the Bay Area</h1></article>",
        "2026 House Renovation Costs in the Bay Area",
    );
}

#[test]
fn title_is_the_declared_one_when_the_headline_only_decorates_it() {
    let og = "<meta property=\"og:title\" content=\"How meditation rewires brains\">";
    check_title(
        og,
        "<article><h1>How meditation rewires brains | Opinion</h1></article>",
        "How meditation rewires brains",
    );
    check_title(
        og,
        "<article><h1>Dec 18 2025 How meditation rewires brains</h1></article>",
        "How meditation rewires brains",
    );
    check_title(
        og,
        "<article><h1>Blog: How meditation rewires brains</h1></article>",
        "How meditation rewires brains",
    );
}

#[test]
fn an_unconfirmed_all_capitals_two_word_or_blurb_long_h1_yields_to_the_declared_title() {
    let og = "<meta property=\"og:title\" content=\"GAAP Compliance: Applying Best Practices\">";
    check_title(
        og,
        "<article><h1>SUPPORTING GAAP COMPLIANCE</h1></article>",
        "GAAP Compliance: Applying Best Practices",
    );
    check_title(
        og,
        "<article><h1>Learn how accounting standards work and why they matter for every small business \
         owner who files taxes, hires staff, raises money or sells to larger companies that \
         demand audited books.</h1></article>",
        "GAAP Compliance: Applying Best Practices",
    );
    check_title(
        og,
        "<article><h1>Accounting Guides</h1></article>",
        "GAAP Compliance: Applying Best Practices",
    );
    // Without a declared title the capitals headline is still the best there is.
    check_title(
        "",
        "<article><h1>SUPPORTING GAAP COMPLIANCE</h1></article>",
        "SUPPORTING GAAP COMPLIANCE",
    );
}

#[test]
fn a_screen_reader_only_h1_is_not_the_visible_headline() {
    check_title(
        "<meta property=\"og:title\" content=\"How to get toddlers to sleep in their own bed\">",
        "<div class=\"visually-hidden\"><h1>Toddler sleep training guide</h1></div>\
         <article><p>Some text.</p></article>",
        "How to get toddlers to sleep in their own bed",
    );
}

fn check_date(html: &str, expected: &str) {
    assert_eq!(extract_html(html).published.as_deref(), Some(expected));
}

#[test]
fn json_ld_gives_date_and_author() {
    let html = r#"<html><head><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},
         {"@type":"NewsArticle","headline":"Border talks resume","datePublished":"2025-10-15T08:30:00+05:00",
          "author":[{"@type":"Person","name":"Amina Khan"},{"@type":"Person","name":"John Roe"}],
          "publisher":{"@type":"Organization","name":"Example News"}}]}
        </script></head><body><p>Text.</p></body></html>"#;
    let article = extract_html(html);
    assert_eq!(
        article.published.as_deref(),
        Some("2025-10-15T08:30:00+05:00")
    );
    assert_eq!(
        article.authors,
        vec!["Amina Khan".to_string(), "John Roe".to_string()]
    );
    assert_eq!(article.outlet.name.as_deref(), Some("Example News"));
}

#[test]
fn time_element_gives_date() {
    check_date("<html><body><article><time datetime=\"2025-10-15\">15 October</time><p>Text.</p></article></body></html>", "2025-10-15");
}

#[test]
fn url_gives_date_when_the_page_says_nothing() {
    check_date("<html><head><link rel=\"canonical\" href=\"https://example.com/2025/10/15/border-talks/\"></head><body><p>Text.</p></body></html>", "2025-10-15");
}

#[test]
fn byline_text_gives_author_and_date() {
    let html = page_with_article("", "", "").replace(
        "<h1>Border talks resume</h1>",
        "<h1>Border talks resume</h1><div class=\"byline\">By Amina Khan</div><span class=\"date\">October 15, 2025</span>",
    );
    let article = extract_html(&html);
    assert_eq!(article.authors, vec!["Amina Khan".to_string()]);
    assert_eq!(article.published.as_deref(), Some("2025-10-15"));
    assert!(!article.text.contains("Amina Khan"), "{}", article.text);
}

#[test]
fn plain_text_bylines_and_author_page_links_give_authors() {
    let labelled = page_with_article("", "", "").replace(
        "<h1>Border talks resume</h1>",
        "<h1>Border talks resume</h1><div><p>Written by</p><p>Amina Khan</p></div>",
    );
    assert_eq!(
        extract_html(&labelled).authors,
        vec!["Amina Khan".to_string()]
    );
    let linked = page_with_article("", "", "").replace(
        "<h1>Border talks resume</h1>",
        "<h1>Border talks resume</h1><span><a href=\"/author/john-roe/\">John Roe</a></span>",
    );
    assert_eq!(extract_html(&linked).authors, vec!["John Roe".to_string()]);
}

#[test]
fn outlet_name_comes_from_og_site_name_and_domain_from_canonical() {
    let html = "<html lang=\"en-GB\"><head><meta property=\"og:site_name\" content=\"Example News\">\
                <link rel=\"canonical\" href=\"https://www.example.com/news/1\"></head><body></body></html>";
    let article = extract_html(html);
    assert_eq!(article.outlet.name.as_deref(), Some("Example News"));
    assert_eq!(article.outlet.domain.as_deref(), Some("example.com"));
    assert_eq!(article.language.as_deref(), Some("en"));
}

#[test]
fn hints_win_over_page_metadata() {
    let mut doc = html_doc("<html><head><title>Page title</title><meta name=\"author\" content=\"Page Author\"></head><body></body></html>");
    doc.hints = RawHints {
        url: Some("https://news.example.org/a".to_string()),
        title: Some("Feed title".to_string()),
        published: Some("2025-10-15".to_string()),
        outlet: Some("Feed Outlet".to_string()),
        authors: vec!["Feed Author".to_string()],
    };
    let (article, _) = extract::extract(&doc);
    assert_eq!(article.title.as_deref(), Some("Feed title"));
    assert_eq!(article.authors, vec!["Feed Author".to_string()]);
    assert_eq!(article.published.as_deref(), Some("2025-10-15"));
    assert_eq!(article.outlet.name.as_deref(), Some("Feed Outlet"));
    assert_eq!(article.outlet.domain.as_deref(), Some("news.example.org"));
    assert_eq!(article.source, "test.html");
}

#[test]
fn offsets_index_the_cleaned_text() {
    let article = extract_html(&page_with_article(
        "",
        "<blockquote>We want the crossing open by Friday.</blockquote>",
        "",
    ));
    assert!(!article.paragraphs.is_empty());
    for paragraph in &article.paragraphs {
        assert_eq!(
            &article.text[paragraph.start..paragraph.end],
            paragraph.text
        );
    }
    assert_eq!(article.id.len(), 16);
}

#[test]
fn whole_article_snapshot() {
    let html = page_with_article(
        "<header class=\"site-header\"><a href=\"/\">Example News home</a></header>",
        "<figure><figcaption>Trucks wait at the crossing.</figcaption></figure><blockquote>We want it open by Friday.</blockquote>",
        "<footer><p>Copyright 2025 Example News, all rights reserved.</p></footer>",
    );
    let (article, warnings) = extract::extract(&html_doc(&html));
    insta::assert_json_snapshot!((article, warnings));
}

#[test]
fn empty_and_binary_input_give_a_warning_and_no_text() {
    for content in [
        "",
        "   \n",
        "\u{0}\u{1}\u{2}\u{3}\u{fffd}\u{fffd}\u{4}\u{5}abc",
    ] {
        let (article, warnings) = extract::extract(&html_doc(content));
        assert!(article.paragraphs.is_empty(), "{content:?}");
        assert!(!warnings.is_empty(), "{content:?}");
    }
}

#[test]
fn ten_thousand_nested_divs_do_not_overflow_the_stack() {
    let depth = 10_000;
    let html = format!(
        "<html><body>{}<p>Deep text that still counts as the article, long enough to be prose for the scorer.</p>{}</body></html>",
        "<div class=\"wrap\">".repeat(depth),
        "</div>".repeat(depth)
    );
    // Run on a small stack so a recursive walk would fail here rather than pass by luck.
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || extract_html(&html).text)
        .expect("spawn thread");
    let text = handle.join().expect("no stack overflow");
    assert!(text.contains("Deep text"), "{text}");
}

#[test]
fn oversized_input_is_cut_with_a_warning() {
    // The cut itself is what is tested, with a small cap so the test stays fast; the real cap
    // (`MAX_HTML_BYTES`) takes the same path.
    let paragraph = "<p>Officials met again on Tuesday to talk about the border crossing and the trucks waiting there.</p>";
    let html = format!("<html><body><article>{}<p>Ünïcödé tail that must not be reached.</p></article></body></html>", paragraph.repeat(20));
    let limit = html.find("Ünïcödé").expect("tail present") + 1; // inside a multi-byte character
    let (article, warnings) = extract::extract_with_byte_limit(&html_doc(&html), limit);
    assert!(
        warnings
            .iter()
            .any(|warning| warning.message.contains("only the first")),
        "{warnings:?}"
    );
    assert!(article.text.contains("Officials met again"));
    assert!(
        !article.text.contains("tail that must not be reached"),
        "{}",
        article.text
    );
}

#[test]
fn plain_text_documents_split_on_blank_lines() {
    let doc = RawDoc {
        source: "a.txt".to_string(),
        format: RawFormat::Text,
        content: "First para.\n\nSecond\npara.".to_string(),
        hints: RawHints::default(),
    };
    let (article, _) = extract::extract(&doc);
    assert_eq!(article.text, "First para.\n\nSecond para.");
}

mod properties {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn arbitrary_strings_never_panic_and_offsets_hold(content in "(?s).{0,400}") {
            let (article, _) = extract::extract(&super::html_doc(&content));
            for paragraph in &article.paragraphs {
                prop_assert_eq!(&article.text[paragraph.start..paragraph.end], paragraph.text.as_str());
            }
        }

        #[test]
        fn arbitrary_markup_never_panics(parts in proptest::collection::vec(
            prop_oneof![
                Just("<div>".to_string()), Just("</div>".to_string()), Just("<p>".to_string()),
                Just("<a href='x'>".to_string()), Just("</a>".to_string()), Just("<li>".to_string()),
                Just("<nav class='menu'>".to_string()), Just("<script type='application/ld+json'>{\"@type\":".to_string()),
                Just("</script>".to_string()), Just("<title>".to_string()), Just("<time datetime='2025-13-40'>".to_string()),
                "[a-zA-Z ,.]{0,40}",
            ], 0..60)) {
            let html = parts.concat();
            let (article, _) = extract::extract(&super::html_doc(&html));
            prop_assert!(article.word_count <= html.len());
        }
    }
}

/// A page whose headline is followed by `under_headline`, declaring `head` metadata.
fn page_with_dateline(head: &str, under_headline: &str) -> String {
    page_with_article("", "", "")
        .replace("<head>", &format!("<head>{head}"))
        .replace(
            "<h1>Border talks resume</h1>",
            &format!("<h1>Border talks resume</h1>{under_headline}"),
        )
}

const PUBLISHED_META: &str =
    "<meta property=\"article:published_time\" content=\"2025-10-15T08:30:00+00:00\">";
const MODIFIED_META: &str =
    "<meta property=\"article:modified_time\" content=\"2025-11-02T09:00:00+00:00\">";

#[test]
fn date_printed_under_the_headline_wins_over_a_different_declared_date() {
    check_date(
        &page_with_dateline(PUBLISHED_META, "<div>By Amina Khan | March 3, 2024</div>"),
        "2024-03-03",
    );
}

#[test]
fn printed_date_on_the_declared_day_keeps_the_declared_time() {
    check_date(
        &page_with_dateline(PUBLISHED_META, "<div>October 15, 2025</div>"),
        "2025-10-15T08:30:00+00:00",
    );
}

#[test]
fn printed_update_date_leaves_the_declared_publication_date() {
    let head = format!("{PUBLISHED_META}{MODIFIED_META}");
    check_date(
        &page_with_dateline(&head, "<div>Updated November 2, 2025</div>"),
        "2025-10-15T08:30:00+00:00",
    );
    // Unlabelled, but the metadata says that day is the modification.
    check_date(
        &page_with_dateline(&head, "<div>November 2, 2025</div>"),
        "2025-10-15T08:30:00+00:00",
    );
    // The label may be its own element before the date.
    check_date(
        &page_with_dateline(
            PUBLISHED_META,
            "<p>Last updated:</p><ul><li>November 2, 2025</li></ul>",
        ),
        "2025-10-15T08:30:00+00:00",
    );
}

#[test]
fn printed_update_date_beats_a_publication_date_only_the_json_ld_states() {
    let json_ld = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\
                   \"datePublished\":\"2021-08-12T19:35:44+00:00\",\
                   \"dateModified\":\"2025-02-22T22:13:14+00:00\"}</script>";
    check_date(
        &page_with_dateline(json_ld, "<div>Last Updated: February 22, 2025</div>"),
        "2025-02-22T22:13:14+00:00",
    );
    // Microdata is structured data too.
    check_date(
        &page_with_dateline(
            "<meta itemprop=\"datePublished\" content=\"2021-08-12\">\
             <meta property=\"article:modified_time\" content=\"2025-02-22T22:13:14+00:00\">",
            "<div>Last Updated: February 22, 2025</div>",
        ),
        "2025-02-22T22:13:14+00:00",
    );
    // With a <meta> publication tag as well, the first publication stands.
    let both = format!("{json_ld}{PUBLISHED_META}");
    check_date(
        &page_with_dateline(&both, "<div>Last Updated: February 22, 2025</div>"),
        "2021-08-12T19:35:44+00:00",
    );
}

#[test]
fn printed_date_matching_the_meta_publication_date_wins_over_conflicting_json_ld() {
    let json_ld = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\
                   \"datePublished\":\"2018-04-03T16:50:31Z\"}</script>";
    let head = format!("{json_ld}{PUBLISHED_META}");
    check_date(
        &page_with_dateline(&head, "<div>Updated: Oct 15, 2025</div>"),
        "2025-10-15T08:30:00+00:00",
    );
}

#[test]
fn printed_local_date_beats_a_utc_instant_a_day_later() {
    check_date(
        &page_with_dateline(
            "<meta property=\"article:published_time\" content=\"2025-12-19T02:41:00+00:00\">",
            "<div>Posted on December 18, 2025</div>",
        ),
        "2025-12-18",
    );
}

#[test]
fn a_page_declaring_a_month_first_locale_reads_ambiguous_numeric_dates_month_first() {
    let meta = "<meta property=\"og:locale\" content=\"en_US\">\
                <meta name=\"article:published_time\" content=\"03-09-2026\">";
    check_date(&page_with_dateline(meta, ""), "2026-03-09");
    let british = "<meta property=\"og:locale\" content=\"en_GB\">\
                   <meta name=\"article:published_time\" content=\"03-09-2026\">";
    check_date(&page_with_dateline(british, ""), "2026-09-03");
    // Without a region the calendar's policy, day first, stands.
    let no_region = "<meta name=\"article:published_time\" content=\"03-09-2026\">";
    check_date(&page_with_dateline(no_region, ""), "2026-09-03");
}

#[test]
fn a_line_with_publication_and_update_dates_gives_the_publication() {
    check_date(
        &page_with_dateline(
            "",
            "<div>By Amina Khan, Published Apr 26, 2023 Updated Aug 21, 2025</div>",
        ),
        "2023-04-26",
    );
    check_date(
        &page_with_dateline(
            PUBLISHED_META,
            "<div>Updated Aug 21, 2025 · Published Apr 26, 2023</div>",
        ),
        "2023-04-26",
    );
}

#[test]
fn a_sentence_mentioning_a_date_under_the_headline_is_not_a_dateline() {
    check_date(
        &page_with_dateline(
            PUBLISHED_META,
            "<p>The offer is valid from November 26 to December 3, 2025.</p>",
        ),
        "2025-10-15T08:30:00+00:00",
    );
}

#[test]
fn site_specific_published_meta_names_give_the_date() {
    check_date(
        "<html><head><meta name=\"w-modified-date\" content=\"2025-06-01\">\
         <meta name=\"w-published-date\" content=\"2025-05-27T06:03:43Z\"></head><body><p>Text.</p></body></html>",
        "2025-05-27T06:03:43Z",
    );
}

#[test]
fn an_unambiguous_numeric_dateline_gives_the_date() {
    check_date(
        &page_with_dateline("", "<div>Updated: 10/31/2024</div>"),
        "2024-10-31",
    );
}

#[test]
fn a_kicker_right_above_the_headline_shows_the_date() {
    let html = page_with_article("", "", "")
        .replace("<head>", &format!("<head>{PUBLISHED_META}"))
        .replace(
            "<h1>Border talks resume</h1>",
            "<div>Politics · March 3, 2024</div><h1>Border talks resume</h1>",
        );
    check_date(&html, "2024-03-03");
}

#[test]
fn a_date_glued_to_the_author_name_is_still_read() {
    check_date(
        &page_with_dateline(
            PUBLISHED_META,
            "<div>By<span>Amina Khan</span><span>Mar 3, 2024</span></div>",
        ),
        "2024-03-03",
    );
}

#[test]
fn a_headline_set_in_lower_case_takes_the_declared_capitals_of_the_same_words() {
    check_title(
        "<title>History of coffee | Origin, Spread, Facts | Encyclopedia</title>",
        "<article><h1>history of coffee</h1></article>",
        "History of coffee",
    );
    check_title(
        "<meta property=\"og:title\" content=\"How to Install Solar Panels in 2026\">",
        "<article><h1>How to install solar panels in 2026</h1></article>",
        "How to Install Solar Panels in 2026",
    );
    // Capitalised function words are a house style: the shown headline stays.
    check_title(
        "<meta property=\"og:title\" content=\"Video Review And Approval Process\">",
        "<article><h1>Video Review and Approval Process</h1></article>",
        "Video Review and Approval Process",
    );
    // Other words are no recasing: the shown headline stays.
    check_title(
        "<meta property=\"og:title\" content=\"Installing Solar Panels At Home\">",
        "<article><h1>How to install solar panels at home</h1></article>",
        "How to install solar panels at home",
    );
}

#[test]
fn a_title_opening_with_the_site_domain_loses_it() {
    check_title(
        "<title>blog.example.org Notes on vibe coding</title>\
         <link rel=\"canonical\" href=\"https://blog.example.org/2025/notes\">",
        "<h1>blog.example.org</h1><article><p>Some text about vibe coding and tools.</p></article>",
        "Notes on vibe coding",
    );
}

fn extract_page(head: &str, body: &str) -> model::Article {
    extract_html(&format!(
        "<html><head>{head}</head><body>{body}</body></html>"
    ))
}

#[test]
fn the_subtitle_is_the_deck_the_page_shows() {
    let head = "<meta property=\"og:description\" content=\"Army says drones hit fuel tanks; flights suspended.\">";
    let prose = "<p>Drones struck a fuel depot and a substation in the port city on Tuesday, the third day of attacks, officials said on Tuesday evening.</p>\
                 <p>The army blamed the paramilitary forces, which did not comment on the attacks.</p>";
    // The description cut short for search results: the shown deck is the subtitle in full.
    let article = extract_page(
        head,
        &format!(
            "<article><h1>Drones strike port fuel depot for third day</h1>\
             <p class=\"standfirst\">Army says drones hit fuel tanks; flights suspended at the only international airport</p>\
             <div class=\"byline\">By Hiba Osman · 6 May 2025</div>{prose}</article>"
        ),
    );
    assert_eq!(
        article.subtitle.as_deref(),
        Some(
            "Army says drones hit fuel tanks; flights suspended at the only international airport"
        )
    );
    // A description the reader never sees is a search summary, not a subtitle.
    let article = extract_page(
        head,
        &format!("<article><h1>Drones strike port fuel depot for third day</h1>{prose}</article>"),
    );
    assert_eq!(article.subtitle, None);
}

#[test]
fn the_outlet_name_is_read_from_a_title_part_that_spells_the_domain() {
    let body = "<article><h1>Paramilitary denies drone strikes on port</h1><p>The paramilitary \
                denied on Wednesday any role in the drone strikes on the port city, calling the \
                accusations a fabrication by the army.</p></article>";
    for (title, expected) in [
        (
            "Paramilitary denies drone strikes on port – Gulf Ledger",
            Some("Gulf Ledger"),
        ),
        (
            "The Gulf Ledger | Paramilitary denies drone strikes on port",
            Some("The Gulf Ledger"),
        ),
        (
            "Paramilitary denies drone strikes on port | World News",
            None,
        ),
    ] {
        let head = format!(
            "<title>{title}</title><link rel=\"canonical\" href=\"https://www.gulfledger.example/2025/05/07/rsf\">"
        );
        let article = extract_page(&head, body);
        assert_eq!(article.outlet.name.as_deref(), expected, "{title}");
        assert_eq!(
            article.title.as_deref(),
            Some("Paramilitary denies drone strikes on port")
        );
    }
}

#[test]
fn double_line_breaks_separate_paragraphs_and_single_ones_do_not() {
    let html = "<html><head><title>Port Sudan: what we know</title></head><body><div id=content>\
        Drones hit Port Sudan for a third day on Tuesday, striking a fuel depot and a power station, officials said.<br><br>\
        The army blamed the Rapid Support Forces, which did not comment on the attacks on the city.<br>\n<br>\
        Flights at the airport were suspended until further notice,<br>the civil aviation authority said on Tuesday.</div></body></html>";
    let article = extract_html(html);
    let texts: Vec<&str> = article
        .paragraphs
        .iter()
        .map(|paragraph| paragraph.text.as_str())
        .collect();
    assert_eq!(
        texts,
        [
            "Drones hit Port Sudan for a third day on Tuesday, striking a fuel depot and a power station, officials said.",
            "The army blamed the Rapid Support Forces, which did not comment on the attacks on the city.",
            "Flights at the airport were suspended until further notice, the civil aviation authority said on Tuesday.",
        ]
    );
}

#[test]
fn a_date_deep_in_the_text_is_the_storys_not_the_dateline() {
    let sentence = "Technology events keep redefining industries and the way people meet, and \
                    planners book months ahead to find space, flights and hotels for teams. ";
    let html = format!(
        "<html><head><title>Biggest tech events</title></head><body><article>\
         <div class=\"date-article\">OCTOBER 13, 2025</div><h1>Biggest tech events next year</h1>\
         <p>{lede}</p><p>{lede}</p><h2>1. Chip makers meet</h2>\
         <b>Date</b>: 16-19 March 2026<br><b>Location</b>: San Jose<br><br><p>{lede}</p>\
         </article></body></html>",
        lede = sentence.repeat(4)
    );
    assert_eq!(extract_html(&html).published.as_deref(), Some("2025-10-13"));
}

#[test]
fn short_chrome_lines_without_classes_are_dropped_by_what_they_say() {
    let html = "<html><body><article><p>Sudan's civil aviation authority reopened the airport to \
        domestic flights on Sunday, five days after drone strikes forced its closure.</p>\
        <p>Read more: Port Sudan under fire</p>\
        <p>International flights would resume gradually, the authority said in a statement.</p>\
        <p>Share this: <a href=\"#\">Facebook</a> <a href=\"#\">X</a></p></article></body></html>";
    let article = extract_html(html);
    assert!(!article.text.contains("Share this"), "{}", article.text);
    assert!(!article.text.contains("Read more"), "{}", article.text);
    let reasons: Vec<(&str, &str)> = article
        .removed
        .iter()
        .map(|removed| (removed.text.as_str(), removed.why.as_str()))
        .collect();
    assert!(
        reasons.contains(&("Share this: Facebook X", "share bar")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|(text, _)| *text == "Read more: Port Sudan under fire"),
        "{reasons:?}"
    );
    assert!(article
        .text
        .contains("International flights would resume gradually"));
}

#[test]
fn the_lead_image_caption_beside_the_text_element_is_kept_as_a_caption() {
    let prose = "<p>Drones struck a fuel depot and an electricity substation in the port city on \
                 Tuesday, the third consecutive day of attacks on the city, officials said.</p>";
    let html = format!(
        "<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article class=\"story\">\
         <h1>Drones strike port fuel depot for third day</h1>\
         <figure><img src=a.jpg><figcaption>Black smoke rises from the fuel depot on Tuesday. \
         Photo: AFP</figcaption></figure><div class=\"article-body\">{}</div></article></body></html>",
        prose.repeat(4)
    );
    let article = extract_html(&html);
    let caption = article
        .paragraphs
        .iter()
        .find(|paragraph| paragraph.text.starts_with("Black smoke"))
        .expect("caption kept");
    assert_eq!(caption.kind, model::ParagraphKind::Caption);
}

#[test]
fn an_aggregators_source_domain_and_comment_count_after_the_headline_are_not_title() {
    check_title(
        "<title>Grads Find Their Degrees No Longer Guarantee Jobs - Example Dot</title>",
        "<article><h1>Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87</h1>\
         <p>Elite degrees are no longer a guaranteed on-ramp to jobs, recent graduates said.</p></article>",
        "Grads Find Their Degrees No Longer Guarantee Jobs",
    );
    // A parenthesis that is not a domain is part of the headline.
    check_title(
        "",
        "<article><h1>Best Moving Companies in New York (2025)</h1><p>Moving is hard.</p></article>",
        "Best Moving Companies in New York (2025)",
    );
}
