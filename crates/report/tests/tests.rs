//! Behaviour tests of the situation report: a story written by hand with every part the later
//! stages give (events, copies, claims, network, dyads, framing), the same articles with no
//! stories or events (the fallbacks), a hostile article in every field, and the demo corpus.

use model::{
    finish_article, paragraph, Actor, Analysis, Article, Card, Casualties, Claim, ClaimId,
    ClaimKind, ClaimSubject, Copy, CopyKind, DateMention, DatePrecision, Dyad, Entity, EntityKind,
    Event, EventDate, EventId, EventLocation, Evidence, Framing, GeoPrecision, Mention, Modality,
    NetworkEdge, Outlet, ParagraphKind, Passage, PloverEvent, QuadClass, QuadCounts, Sentence,
    Story, StoryEvent, StoryId,
};
use report::{ReportOptions, SectionBasis};
use std::collections::BTreeSet;

/// An article from paragraphs of sentences, with its sentences split at ". " and a card whose
/// summary is its first two sentences.
fn article(outlet: &str, url: &str, published: &str, title: &str, paragraphs: &[&str]) -> Article {
    let mut article = Article {
        source: format!("{outlet}.txt"),
        url: Some(url.to_string()),
        outlet: Outlet {
            name: Some(outlet.to_string()),
            domain: None,
        },
        title: Some(title.to_string()),
        published: Some(published.to_string()),
        paragraphs: paragraphs
            .iter()
            .map(|text| paragraph(ParagraphKind::Body, *text))
            .collect(),
        ..Article::default()
    };
    finish_article(&mut article);
    for paragraph in &article.paragraphs {
        let mut start = paragraph.start;
        let text = &article.text[paragraph.start..paragraph.end];
        for (offset, _) in text.match_indices(". ") {
            let end = paragraph.start + offset + 1;
            article.sentences.push(Sentence { start, end });
            start = end + 1;
        }
        article.sentences.push(Sentence {
            start,
            end: paragraph.end,
        });
    }
    let passages: Vec<Passage> = article
        .sentences
        .iter()
        .take(2)
        .map(|sentence| Passage {
            text: sentence.text(&article.text).to_string(),
            start: sentence.start,
            end: sentence.end,
        })
        .collect();
    article.card = Some(Card {
        quotes: passages.iter().take(1).cloned().collect(),
        summary: passages
            .iter()
            .map(|passage| passage.text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        summary_sentences: passages,
        hashtags: vec!["#kabul-strikes".to_string(), "#doha-talks".to_string()],
        read_at: Some(format!("Read at {outlet}")),
        read_time: "1 min read".to_string(),
    });
    article
}

/// Evidence for sentence `index` of an article.
fn evidence(article: &Article, index: usize) -> Evidence {
    let sentence = article.sentences[index];
    Evidence {
        article: article.id.clone(),
        text: sentence.text(&article.text).to_string(),
        start: sentence.start,
        end: sentence.end,
        sentence: index,
    }
}

fn actor(name: &str, entity: &str) -> Actor {
    Actor {
        entity: Some(entity.to_string()),
        name: name.to_string(),
        text: name.to_string(),
        sector: None,
        country: Some(entity.to_string()),
    }
}

fn event(id: &str, kind: PloverEvent, score: f64, day: &str, source: Evidence) -> Event {
    Event {
        id: EventId(id.to_string()),
        event: kind,
        mode: None,
        context: Vec::new(),
        acled: None,
        quad: if score < 0.0 {
            QuadClass::MaterialConflict
        } else {
            QuadClass::VerbalCooperation
        },
        score,
        actor: vec![actor("Pakistan", "PK")],
        recipient: vec![actor("Afghanistan", "AF")],
        location: Some(EventLocation {
            entity: Some("geonames:1138958".to_string()),
            name: "Kabul".to_string(),
            country: Some("AF".to_string()),
            admin1: None,
            lat: Some(34.53),
            lon: Some(69.17),
            precision: GeoPrecision::Place,
        }),
        date: Some(EventDate {
            start: Some(day.to_string()),
            end: Some(day.to_string()),
            precision: Some(DatePrecision::Day),
            text: None,
        }),
        dead: None,
        injured: None,
        claimant: None,
        modality: Modality::Asserted,
        sources: vec![source],
    }
}

fn entity(id: &str, name: &str, kind: EntityKind, lat_lon: Option<(f64, f64)>) -> Entity {
    Entity {
        id: id.to_string(),
        name: name.to_string(),
        kind,
        country: Some(id.get(..2).unwrap_or(id).to_string()),
        lat: lat_lon.map(|(lat, _)| lat),
        lon: lat_lon.map(|(_, lon)| lon),
    }
}

/// Three articles on one story: an original, a rival outlet's account with another death
/// toll, and a copy of the original.
fn story_articles() -> Vec<Article> {
    let original = article(
        "Frontier Times",
        "https://frontier.example/kabul-strikes",
        "2025-10-10T08:00:00",
        "Pakistani jets strike Kabul",
        &[
            "Pakistani jets struck Kabul on 9 October, killing 10 people, officials said. The Taliban government condemned the strikes.",
            "Talks between the two governments opened in Doha on 18 October.",
        ],
    );
    let rival = article(
        "Kabul Daily",
        "https://kabuldaily.example/strikes",
        "2025-10-11",
        "Strikes on the capital",
        &["Pakistani jets struck Kabul on 9 October and killed 15 people, Taliban officials said. Qatar offered to mediate between the neighbours."],
    );
    let copy = article(
        "Wire Reprints",
        "http://reprints.example/1",
        "2025-10-12",
        "Pakistani jets strike Kabul (reprint)",
        &[
            "Pakistani jets struck Kabul on 9 October, killing 10 people, officials said. The Taliban government condemned the strikes.",
            "Talks between the two governments opened in Doha on 18 October. The reprint adds nothing.",
        ],
    );
    vec![original, rival, copy]
}

fn with_mentions(mut articles: Vec<Article>) -> Vec<Article> {
    for article in &mut articles {
        let text = article.text.clone();
        for (name, id, kind) in [
            ("Pakistani", "PK", EntityKind::State),
            ("Taliban", "AF", EntityKind::State),
            ("Qatar", "QA", EntityKind::State),
            ("Kabul", "geonames:1138958", EntityKind::Place),
            ("Doha", "geonames:290030", EntityKind::Place),
        ] {
            for (start, _) in text.match_indices(name) {
                article.mentions.push(Mention {
                    entity: Some(id.to_string()),
                    text: name.to_string(),
                    start,
                    end: start + name.len(),
                    kind: Some(kind),
                    acts_for: None,
                    via: model::LinkVia::Name,
                    sentence: model::sentence_index_at(&article.sentences, start),
                });
            }
        }
        if let Some(start) = text.find("9 October") {
            article.dates.push(DateMention {
                text: "9 October".to_string(),
                start,
                end: start + 9,
                value: Some("2025-10-09".to_string()),
                first_day: Some("2025-10-09".to_string()),
                last_day: Some("2025-10-09".to_string()),
                precision: Some(DatePrecision::Day),
                relative: false,
                sentence: model::sentence_index_at(&article.sentences, start),
            });
        }
        article.mentions.sort_by_key(|mention| mention.start);
    }
    articles
}

fn entities() -> Vec<Entity> {
    vec![
        entity("AF", "Afghanistan", EntityKind::State, Some((34.5, 69.2))),
        entity("PK", "Pakistan", EntityKind::State, Some((33.7, 73.0))),
        entity("QA", "Qatar", EntityKind::State, Some((25.3, 51.5))),
        Entity {
            country: Some("AF".to_string()),
            ..entity(
                "geonames:1138958",
                "Kabul",
                EntityKind::Place,
                Some((34.53, 69.17)),
            )
        },
        Entity {
            country: Some("QA".to_string()),
            ..entity(
                "geonames:290030",
                "Doha",
                EntityKind::Place,
                Some((25.29, 51.53)),
            )
        },
    ]
}

/// The full analysis: articles, events and a story with every part filled in.
fn story_analysis() -> Analysis {
    let articles = with_mentions(story_articles());
    let [original, rival, copy] = [&articles[0], &articles[1], &articles[2]];
    let mut killed = event(
        "e1",
        PloverEvent::Assault,
        -9.0,
        "2025-10-09",
        evidence(original, 0),
    );
    killed.dead = Some(Casualties {
        low: 10.0,
        high: 10.0,
        approx: model::Approx::Exact,
        groups: Vec::new(),
    });
    let mut rival_killed = killed.clone();
    rival_killed.id = EventId("e2".to_string());
    rival_killed.sources = vec![evidence(rival, 0)];
    let mut copied_killed = killed.clone();
    copied_killed.id = EventId("e3".to_string());
    copied_killed.sources = vec![evidence(copy, 0)];
    let mut talks = event(
        "e4",
        PloverEvent::Consult,
        1.0,
        "2025-10-18",
        evidence(original, 2),
    );
    talks.location = Some(EventLocation {
        entity: Some("geonames:290030".to_string()),
        name: "Doha".to_string(),
        country: Some("QA".to_string()),
        admin1: None,
        lat: Some(25.29),
        lon: Some(51.53),
        precision: GeoPrecision::Place,
    });
    let story = Story {
        id: StoryId("story-kabul".to_string()),
        title: "Pakistan strikes Kabul; talks in Doha".to_string(),
        articles: articles.iter().map(|article| article.id.clone()).collect(),
        events: vec![
            StoryEvent {
                id: EventId("e1".to_string()),
                event: PloverEvent::Assault,
                members: vec![EventId("e2".to_string()), EventId("e3".to_string())],
                sources: vec![evidence(original, 0), evidence(rival, 0), evidence(copy, 0)],
                n_independent: 2,
            },
            StoryEvent {
                id: EventId("e4".to_string()),
                event: PloverEvent::Consult,
                members: Vec::new(),
                sources: vec![evidence(original, 2)],
                n_independent: 1,
            },
        ],
        copies: vec![Copy {
            article: copy.id.clone(),
            of: original.id.clone(),
            similarity: 0.93,
            kind: CopyKind::Copy,
        }],
        claims: vec![
            Claim {
                id: ClaimId("c1".to_string()),
                statement: "killed in the Kabul strikes of 9 October".to_string(),
                about: ClaimSubject::Figure,
                kind: ClaimKind::Disputed,
                supported_by: vec![evidence(original, 0), evidence(copy, 0)],
                disputed_by: vec![evidence(rival, 0)],
                n_independent: 1,
            },
            Claim {
                id: ClaimId("c2".to_string()),
                statement: "Pakistani jets struck Kabul on 9 October".to_string(),
                about: ClaimSubject::Attribution,
                kind: ClaimKind::Corroborated,
                supported_by: vec![evidence(original, 0), evidence(rival, 0)],
                disputed_by: Vec::new(),
                n_independent: 2,
            },
            Claim {
                id: ClaimId("c3".to_string()),
                statement: "Qatar offered to mediate".to_string(),
                about: ClaimSubject::Attribution,
                kind: ClaimKind::SingleSource,
                supported_by: vec![evidence(rival, 1)],
                disputed_by: Vec::new(),
                n_independent: 1,
            },
        ],
        network: vec![NetworkEdge {
            source: "Pakistan".to_string(),
            target: "Afghanistan".to_string(),
            n_events: 2,
            mean_score: -4.0,
            first: Some("2025-10-09".to_string()),
            last: Some("2025-10-18".to_string()),
            events: vec![EventId("e1".to_string()), EventId("e4".to_string())],
        }],
        dyads: vec![
            Dyad {
                source: "Pakistan".to_string(),
                target: "Afghanistan".to_string(),
                period: "2025-09".to_string(),
                quad_counts: QuadCounts::default(),
                mean_score: 2.0,
                events: Vec::new(),
            },
            Dyad {
                source: "Pakistan".to_string(),
                target: "Afghanistan".to_string(),
                period: "2025-10".to_string(),
                quad_counts: QuadCounts {
                    material_conflict: 1,
                    verbal_cooperation: 1,
                    ..QuadCounts::default()
                },
                mean_score: -4.0,
                events: vec![EventId("e1".to_string()), EventId("e4".to_string())],
            },
        ],
        framing: vec![Framing {
            outlet: "Kabul Daily".to_string(),
            labels: vec![model::ActorLabel {
                entity: Some("AF".to_string()),
                label: "Taliban officials".to_string(),
                count: 1,
            }],
            distinctive_terms: vec!["neighbours".to_string()],
            quoted: Vec::new(),
        }],
    };
    Analysis {
        events: vec![killed, rival_killed, copied_killed, talks],
        stories: vec![story],
        entities: entities(),
        articles,
        warnings: Vec::new(),
    }
}

/// The same articles before the events and stories stages.
fn articles_only_analysis() -> Analysis {
    Analysis {
        articles: with_mentions(story_articles()),
        entities: entities(),
        ..Analysis::default()
    }
}

mod story {
    use super::*;

    #[test]
    fn a_story_reads_as_a_report_with_every_part() {
        let markdown = report::markdown_report(&story_analysis(), &ReportOptions::default());
        insta::assert_snapshot!("story_markdown", markdown);
    }

    #[test]
    fn sentences_cite_every_source_that_carries_them_and_copies_are_linked() {
        let report = report::build_report(&story_analysis(), &ReportOptions::default());
        assert_eq!(report.sections.len(), 1);
        let section = &report.sections[0];
        assert_eq!(section.basis, SectionBasis::Story);
        // Sources oldest first: original [1], rival [2], copy [3].
        let titles: Vec<&str> = section.sources.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Pakistani jets strike Kabul",
                "Strikes on the capital",
                "Pakistani jets strike Kabul (reprint)"
            ]
        );
        let headline = section.headline.as_ref().unwrap();
        assert!(headline
            .text
            .starts_with("Pakistani jets struck Kabul on 9 October, killing 10"));
        assert_eq!(headline.sources, [1, 3]);
        // The rival's other toll is its own sentence, citing only the rival.
        assert!(section
            .what_happened
            .iter()
            .any(|sentence| sentence.text.contains("killed 15") && sentence.sources == [2]));
        assert_eq!(section.timeline[0].sentence.sources, [1, 3]);
        assert_eq!(section.timeline[0].also_reported_by, [2]);
        assert_eq!(section.sources[2].copies[0].source, 1);
        assert_eq!(section.sources[0].copied_by[0].source, 3);
        // The timeline is the two dated events, in date order, labelled.
        let days: Vec<&str> = section.timeline.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(days, ["2025-10-09", "2025-10-18"]);
        assert!(section.timeline[0].labels[0]
            .contains("ASSAULT · Pakistan → Afghanistan · Kabul (Afghanistan) · 10 killed"));
        // The disputed claim keeps both sides.
        assert_eq!(section.disputed.len(), 1);
        assert_eq!(section.disputed[0].supported_by[0].sources, [1, 3]);
        assert_eq!(section.disputed[0].disputed_by[0].sources, [2]);
        assert_eq!(section.n_single_source_claims, 1);
        // Every citation's byte range holds the quoted text in its article.
        let analysis = story_analysis();
        for sentence in section
            .what_happened
            .iter()
            .chain(std::iter::once(headline))
        {
            let first = &sentence.evidence[0];
            let article = analysis
                .articles
                .iter()
                .find(|a| a.id == first.article)
                .unwrap();
            assert_eq!(&article.text[first.start..first.end], sentence.text);
        }
    }

    #[test]
    fn the_html_page_draws_the_network_dyads_and_places() {
        let html = report::html_report(&story_analysis(), &ReportOptions::default());
        assert!(html.contains("aria-label=\"Actor network\""));
        assert!(html.contains("aria-label=\"Dyad trends\""));
        assert!(html.contains("aria-label=\"Coordinate plot of places\""));
        assert!(html.contains(">AFGHANISTAN</text>") && html.contains(">QATAR</text>"));
        assert!(
            html.contains("marker-end=\"url(#story-1-arrow-0)\""),
            "conflict arrow"
        );
        super::page::check_page(&html, &story_analysis());
    }

    #[test]
    fn the_same_analysis_renders_byte_identical_pages() {
        let options = ReportOptions::default();
        assert_eq!(
            report::html_report(&story_analysis(), &options),
            report::html_report(&story_analysis(), &options)
        );
    }
}

mod fallbacks {
    use super::*;
    use report::Basis;

    #[test]
    fn without_stories_or_events_every_article_is_one_section_built_from_what_is_known() {
        let report = report::build_report(&articles_only_analysis(), &ReportOptions::default());
        assert_eq!(report.sections.len(), 1);
        let section = &report.sections[0];
        assert_eq!(section.basis, SectionBasis::AllArticles);
        assert_eq!(section.title, "All articles");
        // The summary sentence three articles carry is stated once, citing all three.
        let headline = section.headline.as_ref().unwrap();
        assert_eq!(headline.sources, [1, 3]);
        assert!(section.what_happened.iter().any(|sentence| sentence
            .text
            .starts_with("Pakistani jets struck Kabul on 9 October and killed 15")
            && sentence.sources == [2]));
        assert_eq!(section.timeline_basis, Basis::DatedSentences);
        assert_eq!(section.timeline[0].date, "2025-10-09");
        assert_eq!(section.actors.basis, Basis::CoMentions);
        assert!(section.actors.edges.iter().all(|edge| !edge.directed));
        assert_eq!(section.places_basis, Basis::PlaceMentions);
        let places: BTreeSet<&str> = section.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(places, BTreeSet::from(["Doha", "Kabul"]));
        assert!(!section.claims_compared);
        assert_eq!(section.framing_basis, Basis::Articles);
        let markdown = report::render_markdown(&report);
        insta::assert_snapshot!("articles_only_markdown", markdown);
        super::page::check_page(&report::render_html(&report), &articles_only_analysis());
    }

    #[test]
    fn articles_outside_every_story_get_a_section_of_their_own() {
        let mut analysis = story_analysis();
        let mut loose = article(
            "Weather Desk",
            "https://weather.example/cold",
            "2025-10-15",
            "Cold snap",
            &["A cold snap is expected in the valleys."],
        );
        loose.id = "weather".to_string();
        analysis.articles.push(loose);
        let report = report::build_report(&analysis, &ReportOptions::default());
        assert_eq!(report.sections.len(), 2);
        assert_eq!(report.sections[1].basis, SectionBasis::ArticlesInNoStory);
        assert_eq!(report.sections[1].sources[0].title, "Cold snap");
        super::page::check_page(&report::render_html(&report), &analysis);
    }

    #[test]
    fn an_empty_analysis_still_renders_a_page() {
        let html = report::html_report(&Analysis::default(), &ReportOptions::default());
        assert!(html.contains("0 articles from 0 outlets"));
        assert!(html.ends_with("</html>\n"));
    }
}

mod hostile {
    use super::*;

    const TITLE: &str = r#"<script>alert("title")</script><img src=x onerror=alert(1)> & "quotes""#;
    const PAYLOADS: &[&str] = &[
        r#"<svg onload=alert(2)><script>alert(3)</script></svg> Fighters attacked the post."#,
        r#"Read more <a href="javascript:alert(4)">here</a> and <iframe src="https://evil.example/x"></iframe>."#,
        r#"" onmouseover="alert(5)" x=" and '><body onload=alert(6)> and </textarea></style><script>alert(7)</script>."#,
    ];

    /// A story whose every article field, entity, actor, place, claim and outlet is hostile.
    fn hostile_analysis() -> Analysis {
        let mut bad = article(
            r#"<b onmouseover="alert(8)">Evil</b>"#,
            "javascript:alert(9)",
            "2025-10-10",
            TITLE,
            PAYLOADS,
        );
        bad.authors = vec![r#"<img src=x onerror=alert(10)>"#.to_string()];
        bad.wire = Some("<script>alert(11)</script>".to_string());
        bad.source = r#"feed.xml#<svg/onload=alert(12)>"#.to_string();
        if let Some(card) = &mut bad.card {
            card.hashtags = vec!["#<script>alert(13)</script>".to_string()];
            card.read_at = Some(r#"Read at <a href="javascript:alert(14)">x</a>"#.to_string());
        }
        let mut linked = article(
            "Fine Outlet",
            r#"https://fine.example/a?b=1&c="2"><script>alert(15)</script>"#,
            "2025-10-11",
            "An ordinary title",
            &["Fighters attacked the post on 9 October, officials said."],
        );
        linked.url = Some("https://fine.example/story?id=1&lang=en".to_string());
        let place = Entity {
            country: Some("XX".to_string()),
            ..entity(
                "place:evil",
                "<svg onload=alert(16)>",
                EntityKind::Place,
                Some((30.0, 60.0)),
            )
        };
        let country = entity("XX", "<script>alert(17)</script>", EntityKind::State, None);
        let mention = Mention {
            entity: Some("place:evil".to_string()),
            text: "post".to_string(),
            start: 0,
            end: 4,
            kind: Some(EntityKind::Place),
            acts_for: None,
            via: model::LinkVia::Name,
            sentence: 0,
        };
        bad.mentions.push(mention.clone());
        linked.mentions.push(mention);
        let mut attack = event(
            "h1",
            PloverEvent::Assault,
            -8.0,
            "2025-10-09",
            evidence(&bad, 0),
        );
        attack.actor = vec![actor(r#"<img src=x onerror=alert(18)>"#, "XX")];
        attack.recipient = vec![actor(r#"</text><script>alert(19)</script>"#, "YY")];
        attack.location = Some(EventLocation {
            entity: Some("place:evil".to_string()),
            name: "<svg onload=alert(20)>".to_string(),
            country: Some("XX".to_string()),
            admin1: None,
            lat: Some(30.0),
            lon: Some(60.0),
            precision: GeoPrecision::Place,
        });
        attack.mode = Some("<b>air</b>".to_string());
        attack.claimant = Some(actor("<i onclick=alert(21)>them</i>", "XX"));
        let mut second = attack.clone();
        second.id = EventId("h2".to_string());
        second.sources = vec![evidence(&linked, 0)];
        let story = Story {
            id: StoryId("<script>alert(22)</script>".to_string()),
            title: TITLE.to_string(),
            articles: vec![bad.id.clone(), linked.id.clone()],
            events: vec![StoryEvent {
                id: EventId("h1".to_string()),
                event: PloverEvent::Assault,
                members: vec![EventId("h2".to_string())],
                sources: vec![evidence(&bad, 0), evidence(&linked, 0)],
                n_independent: 2,
            }],
            copies: vec![Copy {
                article: linked.id.clone(),
                of: bad.id.clone(),
                similarity: 0.5,
                kind: CopyKind::PartialRewrite,
            }],
            claims: vec![Claim {
                id: ClaimId("x".to_string()),
                statement: "<script>alert(23)</script>".to_string(),
                about: ClaimSubject::Figure,
                kind: ClaimKind::Disputed,
                supported_by: vec![evidence(&bad, 1)],
                disputed_by: vec![evidence(&linked, 0)],
                n_independent: 1,
            }],
            network: vec![NetworkEdge {
                source: r#"<img src=x onerror=alert(18)>"#.to_string(),
                target: r#"</text><script>alert(19)</script>"#.to_string(),
                n_events: 2,
                mean_score: -8.0,
                first: Some("<b>2025</b>".to_string()),
                last: None,
                events: Vec::new(),
            }],
            dyads: vec![Dyad {
                source: r#"<img src=x onerror=alert(18)>"#.to_string(),
                target: "\"><script>alert(24)</script>".to_string(),
                period: "<svg onload=alert(25)>".to_string(),
                quad_counts: QuadCounts::default(),
                mean_score: -8.0,
                events: Vec::new(),
            }],
            framing: vec![Framing {
                outlet: r#"<b onmouseover="alert(8)">Evil</b>"#.to_string(),
                labels: vec![model::ActorLabel {
                    entity: None,
                    label: "<script>alert(26)</script>".to_string(),
                    count: 2,
                }],
                distinctive_terms: vec!["<img src=x onerror=alert(27)>".to_string()],
                quoted: Vec::new(),
            }],
        };
        Analysis {
            events: vec![attack, second],
            stories: vec![story],
            entities: vec![place, country],
            articles: vec![bad, linked],
            warnings: vec![model::Warning::new(
                "<script>alert(28)</script>",
                "<img src=x onerror=alert(29)>",
            )],
        }
    }

    #[test]
    fn nothing_from_a_hostile_article_runs_or_links_in_the_html() {
        let analysis = hostile_analysis();
        for html in [
            report::html_report(&analysis, &ReportOptions::default()),
            report::html_report(
                &Analysis {
                    events: Vec::new(),
                    stories: Vec::new(),
                    ..analysis.clone()
                },
                &ReportOptions {
                    title: TITLE.to_string(),
                    ..ReportOptions::default()
                },
            ),
        ] {
            super::page::check_page(&html, &analysis);
            // The hostile title is shown as text, whole.
            let document = scraper::Html::parse_document(&html);
            let text: String = document.root_element().text().collect();
            assert!(text.contains(TITLE), "title shown as text");
            assert!(text.contains("alert(3)"), "payload shown as text");
            // Only the one plain http(s) address is linked; the javascript: one is not.
            let outside: Vec<&str> = super::page::links(&document)
                .into_iter()
                .filter(|href| !href.starts_with('#'))
                .collect();
            assert_eq!(outside, ["https://fine.example/story?id=1&lang=en"]);
        }
    }

    #[test]
    fn the_markdown_keeps_hostile_markup_inert() {
        let markdown = report::markdown_report(&hostile_analysis(), &ReportOptions::default());
        for raw in [
            "<script",
            "<img",
            "<svg",
            "<iframe",
            "<b ",
            "<i ",
            "javascript:alert(9)",
        ] {
            assert!(!markdown.contains(raw), "{raw} in the Markdown");
        }
        assert!(markdown.contains("&lt;script&gt;alert(\"title\")&lt;/script&gt;"));
    }
}

/// What every rendered page must hold to: no script, no element or attribute that runs or
/// fetches anything, links only within the page or to the sources' own http(s) addresses, and
/// every citation resolving to the source entry of its number.
mod page {
    use super::*;
    use scraper::{Html, Selector};

    /// Elements a report page may contain (HTML and its inline SVG).
    const ALLOWED_ELEMENTS: &[&str] = &[
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "main",
        "header",
        "footer",
        "nav",
        "section",
        "article",
        "figure",
        "div",
        "span",
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "ol",
        "ul",
        "li",
        "a",
        "q",
        "blockquote",
        "time",
        "code",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "svg",
        "defs",
        "marker",
        "path",
        "line",
        "circle",
        "rect",
        "text",
        "polyline",
    ];

    pub fn links(document: &Html) -> Vec<&str> {
        let anchors = Selector::parse("a[href]").unwrap();
        document
            .select(&anchors)
            .filter_map(|anchor| anchor.value().attr("href"))
            .collect()
    }

    pub fn check_page(html: &str, analysis: &Analysis) {
        let lower = html.to_ascii_lowercase();
        assert!(!lower.contains("<script"), "a <script in the page");
        assert!(lower.contains("content-security-policy"));
        let document = Html::parse_document(html);
        let source_urls: BTreeSet<&str> = analysis
            .articles
            .iter()
            .filter_map(|article| article.url.as_deref())
            .collect();
        for node in document.root_element().descendants() {
            let Some(element) = node.value().as_element() else {
                continue;
            };
            let name = element.name();
            assert!(ALLOWED_ELEMENTS.contains(&name), "<{name}> in the page");
            for (attribute, value) in element.attrs() {
                let attribute = attribute.to_ascii_lowercase();
                assert!(!attribute.starts_with("on"), "{attribute}= on <{name}>");
                assert!(
                    !matches!(
                        attribute.as_str(),
                        "src" | "srcset" | "action" | "formaction" | "xlink:href" | "style"
                    ),
                    "{attribute}= on <{name}>"
                );
                if attribute == "href" {
                    assert!(
                        value.starts_with('#') || source_urls.contains(value),
                        "href {value:?} is neither in the page nor a source's own address"
                    );
                    assert!(
                        value.starts_with("#")
                            || value.starts_with("http://")
                            || value.starts_with("https://"),
                        "href {value:?}"
                    );
                }
            }
        }
        check_citations(&document);
    }

    /// Every `[n]` citation links to an element of the page that is the source entry numbered
    /// n, and every in-page link has a target.
    fn check_citations(document: &Html) {
        let citations = Selector::parse("a.cite").unwrap();
        let mut count = 0;
        for citation in document.select(&citations) {
            count += 1;
            let href = citation.value().attr("href").unwrap();
            let label: String = citation.text().collect();
            let number = label.trim_matches(|c| c == '[' || c == ']');
            let target = Selector::parse(&format!("[id=\"{}\"]", &href[1..])).unwrap();
            let entry = document
                .select(&target)
                .next()
                .unwrap_or_else(|| panic!("citation {label} → {href} has no target"));
            assert!(entry
                .value()
                .has_class("source", scraper::CaseSensitivity::CaseSensitive));
            assert_eq!(
                entry.value().attr("value"),
                Some(number),
                "{label} → {href}"
            );
        }
        assert!(count > 0, "no citations at all");
        for href in links(document) {
            if let Some(id) = href.strip_prefix('#') {
                let target = Selector::parse(&format!("[id=\"{id}\"]")).unwrap();
                assert!(
                    document.select(&target).next().is_some(),
                    "{href} has no target"
                );
            }
        }
    }
}

mod demo {
    use super::*;

    /// The demo corpus through the whole pipeline, as `sitrep demo` reads it.
    fn demo_analysis() -> Analysis {
        engine::analyze_demo(&engine::Options::default(), &mut |_, _, _| {}).analysis
    }

    #[test]
    fn the_demo_report_in_markdown_and_html() {
        let analysis = demo_analysis();
        let options = ReportOptions {
            title: "sitrep demo: situation report".to_string(),
            ..ReportOptions::default()
        };
        let built = report::build_report(&analysis, &options);
        insta::assert_snapshot!("demo_markdown", report::render_markdown(&built));
        let html = report::render_html(&built);
        page::check_page(&html, &analysis);
        // Every article is a source of some section, and every section cites something.
        let sources: usize = built
            .sections
            .iter()
            .map(|section| section.sources.len())
            .sum();
        assert_eq!(sources, analysis.articles.len());
        for section in &built.sections {
            assert!(!section.what_happened.is_empty(), "{}", section.title);
            assert!(section
                .what_happened
                .iter()
                .all(|sentence| !sentence.sources.is_empty()));
        }
    }
}

mod card_passages {
    use super::*;

    /// A card whose one key passage is `text`, rendered in the article view and in a report's
    /// source list: both show `expected` after the quote marker, and no mark is doubled.
    fn check(text: &str, expected: &str) {
        let mut with_card = article(
            "Harbour Gazette",
            "https://harbour.example/bridge",
            "2025-03-14",
            "Bridge",
            &[text],
        );
        let card = with_card.card.as_mut().unwrap();
        card.quotes = vec![Passage {
            text: text.to_string(),
            start: 0,
            end: text.len(),
        }];
        let article_view = report::card_markdown(card);
        assert!(
            article_view.contains(&format!("> {expected}\n")),
            "{article_view}"
        );
        let analysis = Analysis {
            articles: vec![with_card],
            ..Analysis::default()
        };
        let source_list = report::markdown_report(&analysis, &ReportOptions::default());
        assert!(
            source_list.contains(&format!("   > {expected}\n")),
            "{source_list}"
        );
        for rendered in [&article_view, &source_list] {
            for doubled in ["“\"", "\"”", "““", "””", "“«", "»”"] {
                assert!(!rendered.contains(doubled), "{doubled} in {rendered}");
            }
        }
    }

    #[test]
    fn a_quoted_passage_renders_once_quoted() {
        check(
            "\"We will rebuild the bridge before winter,\" the mayor said.",
            "\"We will rebuild the bridge before winter,\" the mayor said.",
        );
        check(
            "The mayor said: “We will rebuild the bridge before winter.”",
            "The mayor said: “We will rebuild the bridge before winter.”",
        );
        check(
            "The mayor spoke after the vote. \"We will rebuild the bridge,\" she said, \"before winter.\"",
            "The mayor spoke after the vote. \"We will rebuild the bridge,\" she said, \"before winter.\"",
        );
        check(
            "The council called the bridge \"unsafe\" and closed it.",
            "“The council called the bridge \"unsafe\" and closed it.”",
        );
        check(
            "The bridge over the river Tamel fell on Monday.",
            "“The bridge over the river Tamel fell on Monday.”",
        );
    }
}
