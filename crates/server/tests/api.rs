//! The JSON API: lists, pagination, one item, filters, search, errors, OpenAPI.

use super::{get, get_json};

#[test]
fn stories_are_listed_with_pagination_and_each_can_be_fetched() {
    let (status, first) = get_json("/api/stories?limit=2");
    assert_eq!(status, 200);
    let total = first["total"].as_u64().unwrap();
    assert!(total >= 3, "{first}");
    assert_eq!(first["items"].as_array().unwrap().len(), 2);
    let (_, second) = get_json("/api/stories?limit=2&offset=2");
    assert_ne!(first["items"][0]["id"], second["items"][0]["id"]);
    let id = first["items"][0]["id"].as_str().unwrap();
    let (status, story) = get_json(&format!("/api/stories/{id}"));
    assert_eq!(status, 200);
    assert_eq!(story["id"], id);
    assert!(!story["articles"]["items"].as_array().unwrap().is_empty());
}

#[test]
fn a_story_is_a_bounded_brief_with_paged_lists_and_an_export() {
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
    let (status, whole) = get_json(&format!("/api/stories/{id}/export"));
    assert_eq!(status, 200);
    let (status, brief) = get_json(&format!("/api/stories/{id}"));
    assert_eq!(status, 200);
    assert_eq!(brief["title"], whole["title"]);
    assert_eq!(brief["export"], format!("/api/stories/{id}/export"));
    assert_eq!(
        brief["n_articles"].as_u64().unwrap() as usize,
        whole["articles"].as_array().unwrap().len()
    );
    assert!(brief["lead"]["summary"].is_string(), "{}", brief["lead"]);
    // Every list: the brief holds its first items and its total; walking its pages from the
    // brief's `next` gives every item of the whole story once, each list inside an item cut.
    for (list, field) in [
        ("articles", "articles"),
        ("events", "events"),
        ("claims", "claims"),
        ("copies", "copies"),
        ("network", "network"),
        ("dyads", "dyads"),
        ("framing", "framing"),
    ] {
        let expected = whole[field].as_array().unwrap();
        let first = &brief[list];
        assert_eq!(
            first["total"].as_u64().unwrap() as usize,
            expected.len(),
            "{list}"
        );
        assert!(first["items"].as_array().unwrap().len() <= 10, "{list}");
        let mut seen = first["items"].as_array().unwrap().clone();
        let mut next = first["next"].as_str().map(str::to_string);
        while let Some(path) = next {
            let (status, page) = get_json(&path);
            assert_eq!(status, 200, "{path}");
            seen.extend(page["items"].as_array().unwrap().iter().cloned());
            next = page["next"].as_str().map(str::to_string);
        }
        assert_eq!(seen.len(), expected.len(), "{list}");
        for item in &seen {
            for (name, value) in item.as_object().unwrap() {
                if let Some(entries) = value.as_array() {
                    assert!(entries.len() <= 10, "{list}: {name} not cut");
                    assert!(item[format!("n_{name}")].as_u64().unwrap() >= entries.len() as u64);
                }
            }
        }
        // Articles, events and claims have ids: each is listed once.
        if matches!(list, "articles" | "events" | "claims") {
            let id_of = |item: &serde_json::Value| -> String {
                item.as_str().or(item["id"].as_str()).unwrap().to_string()
            };
            let mut got: Vec<String> = seen.iter().map(id_of).collect();
            let mut want: Vec<String> = expected.iter().map(id_of).collect();
            got.sort();
            want.sort();
            assert_eq!(got, want, "{list}");
        }
    }
    for (path, status) in [
        (format!("/api/stories/{id}/nothing"), 404),
        (format!("/api/stories/{id}/events?limit=0"), 400),
        (format!("/api/stories/{id}/export?limit=5"), 400),
        ("/api/stories/no-such-story/events".to_string(), 404),
        ("/api/stories/no-such-story/export".to_string(), 404),
    ] {
        let (got, body) = get_json(&path);
        assert_eq!(got, status, "{path}: {body}");
    }
}

#[test]
fn an_article_comes_with_its_analysis_and_events() {
    let (_, page) = get_json("/api/articles?limit=500");
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len() as u64, page["total"].as_u64().unwrap());
    let with_events = items
        .iter()
        .map(|item| get_json(&format!("/api/articles/{}", item["id"].as_str().unwrap())).1)
        .find(|article| !article["events"].as_array().unwrap().is_empty())
        .expect("an article with events");
    let text = with_events["article"]["text"].as_str().unwrap();
    for event in with_events["events"].as_array().unwrap() {
        for source in event["sources"].as_array().unwrap() {
            let (start, end) = (
                source["start"].as_u64().unwrap() as usize,
                source["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[start..end], source["text"].as_str().unwrap());
        }
    }
}

#[test]
fn events_filter_by_type_actor_country_and_dates() {
    let (_, all) = get_json("/api/events?limit=1");
    let (_, assaults) = get_json("/api/events?type=assault&limit=500");
    assert!(assaults["total"].as_u64().unwrap() > 0);
    assert!(assaults["total"].as_u64() < all["total"].as_u64());
    for event in assaults["items"].as_array().unwrap() {
        assert_eq!(event["event"], "ASSAULT");
    }
    let (_, pakistan) =
        get_json("/api/events?actor=PK&since=2025-10-01&until=2025-10-31&limit=500");
    for event in pakistan["items"].as_array().unwrap() {
        let sides = [&event["actor"], &event["recipient"]];
        assert!(sides.iter().any(|side| side
            .as_array()
            .unwrap()
            .iter()
            .any(|actor| actor["entity"] == "PK")));
        let start = event["date"]["start"].as_str().unwrap();
        assert!(start <= "2025-10-31", "{start}");
    }
    let (_, in_country) = get_json("/api/events?country=af&limit=1");
    assert!(in_country["total"].as_u64().unwrap() > 0);
}

#[test]
fn search_returns_hits_and_facets() {
    let (status, results) = get_json("/api/search?q=ceasefire&limit=3");
    assert_eq!(status, 200);
    assert!(results["total"].as_u64().unwrap() >= 3);
    assert_eq!(results["hits"].as_array().unwrap().len(), 3);
    let facets = results["facets"].as_array().unwrap();
    assert!(facets
        .iter()
        .any(|facet| facet["name"] == "actor" && !facet["values"].as_array().unwrap().is_empty()));
    let (_, narrowed) = get_json("/api/search?q=ceasefire&actor=Pakistan&type=AGREE");
    assert!(narrowed["total"].as_u64() <= results["total"].as_u64());
}

#[test]
fn errors_have_a_status_and_a_stable_code() {
    let cases = [
        ("/api/articles/0000000000000000", 404, "not_found"),
        ("/api/stories/no-such-story", 404, "not_found"),
        ("/api/nothing-here", 404, "not_found"),
        ("/api/articles?limit=lots", 400, "bad_request"),
        ("/api/articles?limit=100000", 400, "bad_request"),
        ("/api/articles?colour=red", 400, "bad_request"),
        ("/api/search?q=%22unclosed", 400, "invalid_query"),
        ("/api/search?q=kabul&since=yesterday", 400, "invalid_query"),
        ("/api/events?since=last+week", 400, "invalid_query"),
    ];
    for (path, status, code) in cases {
        let (got_status, body) = get_json(path);
        assert_eq!(
            (got_status, body["error"]["code"].as_str()),
            (status, Some(code)),
            "{path}: {body}"
        );
    }
}

#[test]
fn the_openapi_document_describes_every_route() {
    let (status, document) = get_json("/api/openapi.json");
    assert_eq!(status, 200);
    assert!(document["openapi"].as_str().unwrap().starts_with("3."));
    for route in [
        "/api/articles",
        "/api/articles/{id}",
        "/api/stories",
        "/api/stories/{id}",
        "/api/stories/{id}/articles",
        "/api/stories/{id}/{list}",
        "/api/stories/{id}/export",
        "/api/events",
        "/api/search",
    ] {
        assert!(document["paths"][route]["get"].is_object(), "{route}");
    }
}

#[test]
fn pages_render_and_forbid_scripts_and_outside_requests() {
    let (_, stories) = get_json("/api/stories?limit=1");
    let story_id = stories["items"][0]["id"].as_str().unwrap().to_string();
    for path in [
        "/",
        "/articles",
        "/search?q=kabul",
        &format!("/stories/{story_id}"),
    ] {
        let reply = get(path);
        assert_eq!(reply.status, 200, "{path}");
        assert!(reply.content_type.starts_with("text/html"), "{path}");
        assert!(reply.csp.contains("default-src 'none'"), "{path}");
        let lower = reply.body.to_lowercase();
        assert!(!lower.contains("<script"), "{path}");
        assert!(!lower.contains("src=\"http"), "{path}");
    }
    let missing = get("/stories/nope");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("not_found"));
}
