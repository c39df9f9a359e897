//! A hostile article — script tags, `javascript:` links, event-handler attributes, a title
//! full of HTML, an SVG payload — is shown as text and runs nothing.

use super::get;

/// Scraped text whose every field tries to inject markup.
pub fn hostile_document() -> model::RawDoc {
    model::RawDoc {
        source: "hostile/attack.txt".to_string(),
        format: model::RawFormat::Text,
        content:
            "<img src=x onerror=alert(1)> Hostile <b>headline</b> <script>alert(2)</script>\n\n\
By Mallory\n\n\
The council of Rivermouth said on Monday that <script>alert(3)</script> the harbour \
would close for repairs, officials said in a statement posted online.\n\n\
A link reading <a href=\"javascript:alert(4)\">click here</a> was shared widely, and \
an image <svg onload=alert(5)><circle r=\"9\"/></svg> appeared in later copies of the notice.\n\n\
Officials in Rivermouth said the closure would last three weeks and that ferries would \
use the northern pier <iframe src=\"https://evil.example/\"></iframe> until the work ends.\n"
                .to_string(),
        hints: model::RawHints {
            url: Some("javascript:alert(6)".to_string()),
            title: Some("<img src=x onerror=alert(7)>Hostile <i>title</i>".to_string()),
            published: Some("2025-11-02".to_string()),
            outlet: Some("<b onmouseover=alert(8)>Evil Outlet</b>".to_string()),
            authors: vec!["<script>alert(9)</script>".to_string()],
        },
    }
}

/// The hostile article's id, found through the API.
pub fn hostile_article_id() -> String {
    let (_, page) = super::get_json("/api/articles?limit=500");
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["source"] == "hostile/attack.txt")
        .expect("the hostile article is stored")["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Markup that would run or fetch something if it reached the page unescaped.
pub const ACTIVE_MARKUP: [&str; 8] = [
    "<script",
    "<img",
    "<svg onload",
    "<iframe",
    "onerror=",
    "onmouseover=",
    "href=\"javascript:",
    "<b>headline",
];

#[test]
fn every_page_shows_the_hostile_article_as_text() {
    let id = hostile_article_id();
    let pages = [
        format!("/articles/{id}"),
        "/articles".to_string(),
        "/search?q=rivermouth+harbour".to_string(),
        "/search?q=alert".to_string(),
    ];
    for path in &pages {
        let reply = get(path);
        assert_eq!(reply.status, 200, "{path}");
        let lower = reply.body.to_lowercase();
        for markup in ACTIVE_MARKUP {
            // Attribute-looking text may appear escaped inside text (`onerror=alert(1)` after
            // `&lt;img src=x `), which is harmless; what must not appear is a live tag.
            if markup.starts_with('<') || markup.starts_with("href") {
                assert!(!lower.contains(markup), "{path} holds {markup:?}");
            }
        }
        assert!(!lower.contains("javascript:alert(6)\""), "{path}");
    }
    let article = get(&format!("/articles/{id}")).body;
    assert!(
        article.contains("&lt;script&gt;alert(3)&lt;/script&gt;"),
        "{article}"
    );
}
