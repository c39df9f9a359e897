//! A story's pages stay bounded whatever the story's size: the overview shows the first rows
//! of each list and links to the rest, the full lists come a page at a time with previous and
//! next links, and every article, event and fact of the story is on exactly one page. Run
//! against a second server over the same store whose pages hold a few rows, so the demo's
//! stories span many pages.

use super::{get, get_json, server, start_server};
use std::sync::OnceLock;

/// Rows per list page and overview rows of the small-page server.
const ROWS_PER_PAGE: usize = 3;
const SOURCES_INLINE: usize = 2;
const TIMELINE_INLINE: usize = 3;
const FACTS_INLINE: usize = 2;

/// A server over the test store whose story pages show only a few rows.
fn small_pages() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let sizes = server::StoryPageSizes {
            facts_inline: FACTS_INLINE,
            timeline_inline: TIMELINE_INLINE,
            sources_inline: SOURCES_INLINE,
            rows_per_page: ROWS_PER_PAGE,
        };
        let state = server::AppState::open_with(&server().store_dir, sizes).expect("open");
        start_server(state)
    })
}

fn small_get(path: &str) -> super::Reply {
    super::get_from(small_pages(), path)
}

/// The story with the most articles, and the whole story as the API exports it.
fn biggest_story() -> (String, serde_json::Value) {
    let (_, stories) = get_json("/api/stories?limit=500");
    let id = stories["items"]
        .as_array()
        .unwrap()
        .iter()
        .max_by_key(|story| story["n_articles"].as_u64().unwrap())
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, story) = get_json(&format!("/api/stories/{id}/export"));
    assert_eq!(status, 200);
    (id, story)
}

/// The article ids of the source rows on a page, in order.
fn source_ids(html: &str) -> Vec<String> {
    html.split("<li id=\"source-")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_string())
        .collect()
}

/// The rows of a list page (`<li` inside its `id="list"` element).
fn list_rows(html: &str) -> usize {
    let list = &html[html.find("id=\"list\"").expect("a list")..];
    let end = list.find("id=\"pager\"").expect("a pager");
    list[..end].matches("<li").count()
}

/// Follow a list's next links from page 1; returns each page's body.
fn walk(story: &str, list: &str) -> Vec<String> {
    let mut pages = Vec::new();
    let mut path = format!("/stories/{story}/{list}?page=1");
    loop {
        let reply = small_get(&path);
        assert_eq!(reply.status, 200, "{path}");
        let next = reply
            .body
            .split("<a href=\"")
            .skip(1)
            .find(|link| link.contains("rel=\"next\""))
            .map(|link| link[..link.find('"').unwrap()].replace("&amp;", "&"));
        pages.push(reply.body);
        match next {
            Some(next) => path = next,
            None => return pages,
        }
        assert!(pages.len() < 1000, "the pager never ends");
    }
}

#[test]
fn the_overview_shows_the_first_sources_and_links_to_the_rest() {
    let (id, story) = biggest_story();
    let articles: Vec<&str> = story["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|article| article.as_str().unwrap())
        .collect();
    assert!(
        articles.len() > ROWS_PER_PAGE + SOURCES_INLINE,
        "the demo's biggest story has {} articles",
        articles.len()
    );
    let overview = small_get(&format!("/stories/{id}"));
    assert_eq!(overview.status, 200);
    assert_eq!(source_ids(&overview.body), articles[..SOURCES_INLINE]);
    assert!(
        overview.body.contains(&format!(
            "href=\"/stories/{id}/sources?page=1\">All {} articles",
            articles.len()
        )),
        "no link to the full sources list"
    );
    let timeline = &overview.body[overview.body.find("id=\"timeline\"").unwrap()..];
    let timeline = &timeline[..timeline.find("</section>").unwrap()];
    assert_eq!(timeline.matches("<li").count(), TIMELINE_INLINE);
    assert!(timeline.contains(&format!("/stories/{id}/timeline?page=1")));
    // The full-size server shows the same story whole: the demo's stories are small.
    let full = get(&format!("/stories/{id}"));
    assert_eq!(source_ids(&full.body), articles);
}

#[test]
fn every_source_event_and_fact_is_on_exactly_one_page() {
    let (id, story) = biggest_story();
    let pages = walk(&id, "sources");
    let articles: Vec<&str> = story["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|article| article.as_str().unwrap())
        .collect();
    assert_eq!(pages.len(), articles.len().div_ceil(ROWS_PER_PAGE));
    let listed: Vec<String> = pages.iter().flat_map(|page| source_ids(page)).collect();
    assert_eq!(listed, articles);
    for (index, page) in pages.iter().enumerate() {
        assert!(source_ids(page).len() <= ROWS_PER_PAGE);
        assert!(
            page.contains(&format!("page {} of {}", index + 1, pages.len())),
            "page {index}"
        );
        assert_eq!(page.contains("rel=\"prev\""), index > 0);
        // Numbered on from the previous page.
        assert!(page.contains(&format!("<ol start=\"{}\"", index * ROWS_PER_PAGE + 1)));
    }
    for (list, field) in [("timeline", "events"), ("facts", "claims")] {
        let expected = story[field].as_array().unwrap().len();
        let pages = walk(&id, list);
        let rows: usize = pages.iter().map(|page| list_rows(page)).sum();
        assert_eq!(rows, expected, "{list}");
        assert_eq!(
            pages.len(),
            expected.div_ceil(ROWS_PER_PAGE).max(1),
            "{list}"
        );
    }
}

#[test]
fn story_list_pages_refuse_what_they_do_not_have() {
    let (id, story) = biggest_story();
    let pages = story["articles"]
        .as_array()
        .unwrap()
        .len()
        .div_ceil(ROWS_PER_PAGE);
    let cases = [
        (format!("/stories/{id}/sources?page={}", pages + 1), 404),
        (format!("/stories/{id}/sources?page=0"), 400),
        (format!("/stories/{id}/sources?page=two"), 400),
        (format!("/stories/{id}/sources?colour=red"), 400),
        (format!("/stories/{id}/nothing"), 404),
        ("/stories/no-such-story/sources".to_string(), 404),
    ];
    for (path, status) in cases {
        let reply = small_get(&path);
        assert_eq!(reply.status, status, "{path}");
        assert!(reply.content_type.starts_with("text/html"), "{path}");
    }
}

#[test]
fn a_story_s_articles_come_as_paged_json() {
    let (id, story) = biggest_story();
    let articles = story["articles"].as_array().unwrap();
    let mut listed = Vec::new();
    let mut offset = 0;
    loop {
        let (status, page) = get_json(&format!(
            "/api/stories/{id}/articles?limit=4&offset={offset}"
        ));
        assert_eq!(status, 200);
        assert_eq!(page["total"].as_u64().unwrap() as usize, articles.len());
        let items = page["items"].as_array().unwrap();
        if items.is_empty() {
            break;
        }
        assert!(items.len() <= 4);
        for item in items {
            assert!(item["title"].is_string() || item["title"].is_null());
            listed.push(item["id"].clone());
        }
        offset += items.len();
    }
    assert_eq!(&listed, articles);
    let (status, error) = get_json("/api/stories/no-such-story/articles");
    assert_eq!(
        (status, error["error"]["code"].as_str()),
        (404, Some("not_found"))
    );
    let (status, _) = get_json(&format!("/api/stories/{id}/articles?limit=0"));
    assert_eq!(status, 400);
}

#[test]
fn every_story_page_shows_article_text_escaped() {
    let (_, stories) = get_json("/api/stories?limit=500");
    for story in stories["items"].as_array().unwrap() {
        let id = story["id"].as_str().unwrap();
        for path in [
            format!("/stories/{id}"),
            format!("/stories/{id}/sources?page=1"),
            format!("/stories/{id}/timeline?page=1"),
            format!("/stories/{id}/facts?page=1"),
        ] {
            let reply = small_get(&path);
            assert_eq!(reply.status, 200, "{path}");
            let lower = reply.body.to_lowercase();
            for markup in super::hostile::ACTIVE_MARKUP {
                if markup.starts_with('<') || markup.starts_with("href") {
                    assert!(!lower.contains(markup), "{path} holds {markup:?}");
                }
            }
        }
    }
}
