//! The app's pages: the stories list, a story (brief, timeline, network, dyad chart, map,
//! sources), an article (its text with entity mentions and event evidence highlighted, its
//! card, the chrome that was removed and why), the articles list and search with facets.

use crate::api::{PageParams, SearchParams};
use crate::error::PageError;
use crate::html::{escape, page, safe_external_url, score_class, score_colour, url_encode};
use crate::{ApiError, AppState};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use model::{Analysis, Article, Entity, EntityKind, Event, Story};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::sync::Arc;

/// Stories shown per page of the list.
const STORIES_PER_PAGE: usize = 50;
/// Timeline entries shown on a story page; the API has them all.
const TIMELINE_ENTRIES: usize = 60;
/// Actors drawn in the network: more become unreadable at this size.
const NETWORK_NODES: usize = 14;
/// Dyads drawn in the trend chart.
const DYAD_SERIES: usize = 4;

type PageResult = Result<Html<String>, PageError>;

pub async fn stories_page(
    State(state): State<Arc<AppState>>,
    params: Result<Query<PageParams>, QueryRejection>,
) -> PageResult {
    let Query(params) = params.map_err(ApiError::from)?;
    let offset = params.offset.unwrap_or(0);
    let (stories, articles) = state
        .with_store(move |store, _| {
            Ok((
                store.stories(STORIES_PER_PAGE, offset)?,
                store.articles(1, 0)?.total,
            ))
        })
        .await?;
    let mut body = String::new();
    let _ = write!(
        body,
        "<h1>Stories</h1><p class=\"muted\">{} stories from {} articles in this store.</p>",
        stories.total, articles
    );
    if stories.items.is_empty() {
        body.push_str("<p>No stories yet. Add articles with <code>sitrep ingest --store DIR INPUT…</code>.</p>");
    }
    body.push_str("<ul class=\"plain\" id=\"stories\">");
    for story in &stories.items {
        let _ = write!(
            body,
            "<li><a href=\"/stories/{id}\">{title}</a><div class=\"muted\">{articles} articles · {events} events · {span}</div></li>",
            id = url_encode(&story.id),
            title = escape(&story.title),
            articles = story.n_articles,
            events = story.n_events,
            span = escape(&date_span(story.first.as_deref(), story.last.as_deref())),
        );
    }
    body.push_str("</ul>");
    body.push_str(&pager("/", None, offset, STORIES_PER_PAGE, stories.total));
    Ok(page("Stories", &body))
}

pub async fn articles_page(
    State(state): State<Arc<AppState>>,
    params: Result<Query<PageParams>, QueryRejection>,
) -> PageResult {
    let Query(params) = params.map_err(ApiError::from)?;
    let limit = params.limit()?;
    let offset = params.offset.unwrap_or(0);
    let articles = state
        .with_store(move |store, _| Ok(store.articles(limit, offset)?))
        .await?;
    let mut body = format!(
        "<h1>Articles</h1><p class=\"muted\">{} articles, newest first.</p><ul class=\"plain\">",
        articles.total
    );
    for article in &articles.items {
        let _ = write!(
            body,
            "<li><a href=\"/articles/{id}\">{title}</a><div class=\"muted\">{outlet} · {date}</div></li>",
            id = url_encode(&article.id),
            title = escape(article.title.as_deref().unwrap_or("(untitled)")),
            outlet = escape(article.outlet.as_deref().unwrap_or("unknown outlet")),
            date = escape(&short_date(article.published.as_deref())),
        );
    }
    body.push_str("</ul>");
    body.push_str(&pager("/articles", None, offset, limit, articles.total));
    Ok(page("Articles", &body))
}

pub async fn story_page(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Html<axum::body::Bytes>, PageError> {
    let page = state
        .with_store(move |store, state| {
            // The store's version: what an ingest changes (articles, and stories recomputed).
            let version = format!(
                "{}:{}",
                store.article_count()?,
                store.stories_version()?.unwrap_or_default()
            );
            state.cached_story_page(&id, &version, || render_story_page(store, &id))
        })
        .await?;
    Ok(Html(page))
}

/// The story page: brief, timeline, network, dyads, map and sources.
fn render_story_page(store: &store::Store, id: &str) -> Result<String, ApiError> {
    let analysis = store
        .story_analysis(id)?
        .ok_or_else(|| ApiError::NotFound(format!("story {id:?}")))?;
    let Some(story) = analysis.stories.first() else {
        return Err(ApiError::NotFound("story".to_string()));
    };
    let names = entity_names(&analysis.entities);
    let events_by_id: BTreeMap<&str, &Event> = analysis
        .events
        .iter()
        .map(|event| (event.id.0.as_str(), event))
        .collect();
    let mut body = String::new();
    brief_section(&mut body, story, &analysis);
    timeline_section(&mut body, story, &events_by_id, &names);
    body.push_str("<div class=\"grid\">");
    network_section(&mut body, story, &names);
    dyad_section(&mut body, story, &names);
    body.push_str("</div>");
    map_section(&mut body, story, &events_by_id);
    sources_section(&mut body, story, &analysis);
    Ok(page(&story.title, &body).0)
}

fn brief_section(body: &mut String, story: &Story, analysis: &Analysis) {
    let dates: Vec<&str> = analysis
        .articles
        .iter()
        .filter_map(|article| article.published.as_deref())
        .collect();
    let outlets: BTreeSet<&str> = analysis
        .articles
        .iter()
        .filter_map(|article| {
            article
                .outlet
                .name
                .as_deref()
                .or(article.outlet.domain.as_deref())
        })
        .collect();
    let _ = write!(
        body,
        "<section id=\"brief\"><h1>{title}</h1><p class=\"muted\">{articles} articles from {outlets} outlets · {events} events · {span}</p>",
        title = escape(&story.title),
        articles = story.articles.len(),
        outlets = outlets.len(),
        events = story.events.len(),
        span = escape(&date_span(dates.iter().min().copied(), dates.iter().max().copied())),
    );
    // The lead article's summary (its own sentences), then what several outlets confirm.
    if let Some(summary) = analysis
        .articles
        .first()
        .and_then(|article| article.card.as_ref())
        .map(|card| card.summary.as_str())
        .filter(|summary| !summary.is_empty())
    {
        let _ = write!(
            body,
            "<p>{} <a href=\"/articles/{}\" class=\"muted\">[source]</a></p>",
            escape(summary),
            url_encode(&analysis.articles[0].id)
        );
    }
    let mut claims: Vec<&model::Claim> = story.claims.iter().collect();
    claims.sort_by_key(|claim| std::cmp::Reverse(claim.n_independent));
    if !claims.is_empty() {
        body.push_str("<h2>Facts compared across outlets</h2><ul class=\"plain\" id=\"claims\">");
        for claim in claims.iter().take(10) {
            let _ = write!(
                body,
                "<li><span class=\"type\">{kind}</span> {statement} <span class=\"muted\">({n} independent; {support} supporting, {dispute} disputing)</span></li>",
                kind = escape(&claim.kind.to_string().replace('_', " ")),
                statement = escape(&claim.statement),
                n = claim.n_independent,
                support = claim.supported_by.len(),
                dispute = claim.disputed_by.len(),
            );
        }
        body.push_str("</ul>");
    }
    body.push_str("</section>");
}

fn timeline_section(
    body: &mut String,
    story: &Story,
    events_by_id: &BTreeMap<&str, &Event>,
    names: &BTreeMap<&str, &str>,
) {
    body.push_str("<section id=\"timeline\"><h2>Timeline</h2>");
    let mut entries: Vec<(String, &model::StoryEvent, Option<&Event>)> = story
        .events
        .iter()
        .map(|story_event| {
            let event = story_event
                .members
                .iter()
                .find_map(|member| events_by_id.get(member.0.as_str()).copied());
            let date = event
                .and_then(|event| event.date.as_ref())
                .and_then(|date| date.start.clone())
                .unwrap_or_default();
            (date, story_event, event)
        })
        .collect();
    entries.sort_by(|a, b| (a.0.is_empty(), &a.0, &a.1.id).cmp(&(b.0.is_empty(), &b.0, &b.1.id)));
    if entries.is_empty() {
        body.push_str("<p class=\"muted\">No dated events coded in this story.</p>");
    }
    body.push_str("<ul class=\"plain timeline\">");
    for (date, story_event, event) in entries.iter().take(TIMELINE_ENTRIES) {
        let who = event
            .map(|event| actors_line(event, names))
            .unwrap_or_default();
        let score = event.map(|event| event.score).unwrap_or(0.0);
        let evidence = story_event.sources.first();
        let _ = write!(
            body,
            "<li><span class=\"muted\">{date}</span> <span class=\"type {class}\">{kind}</span> {who} <span class=\"muted\">· {sources}, {independent} independent</span>",
            date = escape(
                &event
                    .and_then(|event| event.date.as_ref())
                    .and_then(model::EventDate::label)
                    .unwrap_or_else(|| if date.is_empty() { "undated".to_string() } else { date.clone() })
            ),
            sources = if story_event.sources.len() == 1 {
                "1 source".to_string()
            } else {
                format!("{} sources", story_event.sources.len())
            },
            class = score_class(score),
            kind = escape(&story_event.event.to_string()),
            who = escape(&who),
            independent = story_event.n_independent,
        );
        if let Some(evidence) = evidence {
            let _ = write!(
                body,
                "<blockquote>{} <a href=\"/articles/{}\" class=\"muted\">[source]</a></blockquote>",
                escape(&evidence.text),
                url_encode(&evidence.article)
            );
        }
        body.push_str("</li>");
    }
    body.push_str("</ul>");
    if entries.len() > TIMELINE_ENTRIES {
        let _ = write!(
            body,
            "<p class=\"muted\">{} more events in <a href=\"/api/stories/{}\">the story's JSON</a>.</p>",
            entries.len() - TIMELINE_ENTRIES,
            url_encode(&story.id.0)
        );
    }
    body.push_str("</section>");
}

/// "Pakistan → Afghanistan" from an event's actors and recipients.
fn actors_line(event: &Event, names: &BTreeMap<&str, &str>) -> String {
    let side = |actors: &[model::Actor]| -> String {
        actors
            .iter()
            .map(|actor| {
                actor
                    .entity
                    .as_deref()
                    .and_then(|id| names.get(id).copied())
                    .unwrap_or(actor.name.as_str())
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (actor, recipient) = (side(&event.actor), side(&event.recipient));
    match (actor.is_empty(), recipient.is_empty()) {
        (false, false) => format!("{actor} → {recipient}"),
        (false, true) => actor,
        (true, false) => format!("→ {recipient}"),
        (true, true) => String::new(),
    }
}

fn network_section(body: &mut String, story: &Story, names: &BTreeMap<&str, &str>) {
    body.push_str("<section id=\"network\"><h2>Actors and relations</h2>");
    let mut degree: BTreeMap<&str, usize> = BTreeMap::new();
    for edge in &story.network {
        *degree.entry(edge.source.as_str()).or_default() += edge.n_events;
        *degree.entry(edge.target.as_str()).or_default() += edge.n_events;
    }
    let mut nodes: Vec<(&str, usize)> = degree.into_iter().collect();
    nodes.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    nodes.truncate(NETWORK_NODES);
    if nodes.is_empty() {
        body.push_str(
            "<p class=\"muted\">No relations between actors coded in this story.</p></section>",
        );
        return;
    }
    let (width, height) = (520.0, 400.0);
    let (center_x, center_y, radius) = (width / 2.0, height / 2.0, 150.0);
    let position: BTreeMap<&str, (f64, f64)> = nodes
        .iter()
        .enumerate()
        .map(|(index, (id, _))| {
            let angle = std::f64::consts::TAU * index as f64 / nodes.len() as f64
                - std::f64::consts::FRAC_PI_2;
            (
                *id,
                (
                    center_x + radius * angle.cos(),
                    center_y + radius * angle.sin(),
                ),
            )
        })
        .collect();
    let max_events = story
        .network
        .iter()
        .map(|edge| edge.n_events)
        .max()
        .unwrap_or(1) as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Actor network\">"
    );
    for edge in &story.network {
        let (Some(from), Some(to)) = (
            position.get(edge.source.as_str()),
            position.get(edge.target.as_str()),
        ) else {
            continue;
        };
        let stroke = 1.0 + 5.0 * edge.n_events as f64 / max_events;
        let _ = write!(
            svg,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{}\" stroke-width=\"{stroke:.1}\" stroke-opacity=\"0.7\"><title>{} → {}: {} events, mean score {:.1}</title></line>",
            from.0, from.1, to.0, to.1,
            score_colour(edge.mean_score),
            escape(name_of(names, &edge.source)),
            escape(name_of(names, &edge.target)),
            edge.n_events,
            edge.mean_score
        );
    }
    for (id, events) in &nodes {
        let (x, y) = position[id];
        let node_radius = 5.0 + (*events as f64).sqrt().min(12.0);
        let anchor = if x < center_x - 1.0 {
            "end"
        } else if x > center_x + 1.0 {
            "start"
        } else {
            "middle"
        };
        let label_x = x + if anchor == "end" {
            -node_radius - 4.0
        } else if anchor == "start" {
            node_radius + 4.0
        } else {
            0.0
        };
        let label_y = if anchor == "middle" {
            if y < center_y {
                y - node_radius - 5.0
            } else {
                y + node_radius + 14.0
            }
        } else {
            y + 4.0
        };
        let _ = write!(
            svg,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{node_radius:.1}\" fill=\"#1f5f99\"/><text x=\"{label_x:.1}\" y=\"{label_y:.1}\" font-size=\"13\" font-family=\"system-ui,sans-serif\" text-anchor=\"{anchor}\">{}</text>",
            escape(name_of(names, id))
        );
    }
    svg.push_str("</svg>");
    let _ = write!(
        body,
        "<figure>{svg}<figcaption>Who acted on whom: line width counts events, colour the mean cooperation (green) – conflict (red) score.</figcaption></figure></section>"
    );
}

fn dyad_section(body: &mut String, story: &Story, names: &BTreeMap<&str, &str>) {
    body.push_str("<section id=\"dyads\"><h2>Dyad trends</h2>");
    let mut by_pair: BTreeMap<(&str, &str), Vec<&model::Dyad>> = BTreeMap::new();
    for dyad in &story.dyads {
        by_pair
            .entry((dyad.source.as_str(), dyad.target.as_str()))
            .or_default()
            .push(dyad);
    }
    let mut pairs: Vec<((&str, &str), Vec<&model::Dyad>)> = by_pair.into_iter().collect();
    pairs.sort_by(|a, b| {
        let count = |dyads: &Vec<&model::Dyad>| dyads.iter().map(|d| d.events.len()).sum::<usize>();
        count(&b.1).cmp(&count(&a.1)).then_with(|| a.0.cmp(&b.0))
    });
    pairs.truncate(DYAD_SERIES);
    let periods: BTreeSet<&str> = pairs
        .iter()
        .flat_map(|(_, dyads)| dyads.iter().map(|dyad| dyad.period.as_str()))
        .collect();
    if pairs.is_empty() || periods.is_empty() {
        body.push_str(
            "<p class=\"muted\">No actor pair with events over time in this story.</p></section>",
        );
        return;
    }
    let periods: Vec<&str> = periods.into_iter().collect();
    let (width, height, left, right, top, bottom) = (520.0, 300.0, 40.0, 10.0, 10.0, 90.0);
    let plot_width = width - left - right;
    let plot_height = height - top - bottom;
    let x_of = |period: &str| {
        let index = periods.iter().position(|p| *p == period).unwrap_or(0) as f64;
        left + if periods.len() > 1 {
            plot_width * index / (periods.len() - 1) as f64
        } else {
            plot_width / 2.0
        }
    };
    let y_of = |score: f64| top + plot_height * (10.0 - score.clamp(-10.0, 10.0)) / 20.0;
    let colours = ["#1f5f99", "#b3261e", "#1e7a3c", "#8a5a00"];
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Dyad trends\">"
    );
    for score in [-10.0, 0.0, 10.0] {
        let y = y_of(score);
        let _ = write!(
            svg,
            "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#d9dee4\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\" font-family=\"system-ui,sans-serif\">{score:+}</text>",
            width - right, left - 4.0, y + 4.0
        );
    }
    for period in &periods {
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" font-family=\"system-ui,sans-serif\">{}</text>",
            x_of(period), top + plot_height + 14.0, escape(period)
        );
    }
    for (index, ((source, target), dyads)) in pairs.iter().enumerate() {
        let colour = colours[index % colours.len()];
        let mut sorted = dyads.clone();
        sorted.sort_by(|a, b| a.period.cmp(&b.period));
        let points: Vec<String> = sorted
            .iter()
            .map(|dyad| format!("{:.1},{:.1}", x_of(&dyad.period), y_of(dyad.mean_score)))
            .collect();
        let _ = write!(
            svg,
            "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{}\"/>",
            points.join(" ")
        );
        for dyad in &sorted {
            let _ = write!(
                svg,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\" fill=\"{colour}\"><title>{} → {} {}: mean {:.1} over {} events</title></circle>",
                x_of(&dyad.period), y_of(dyad.mean_score),
                escape(name_of(names, source)), escape(name_of(names, target)),
                escape(&dyad.period), dyad.mean_score, dyad.events.len()
            );
        }
        let legend_y = top + plot_height + 32.0 + 14.0 * index as f64;
        let _ = write!(
            svg,
            "<rect x=\"{left}\" y=\"{:.1}\" width=\"12\" height=\"4\" fill=\"{colour}\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" font-family=\"system-ui,sans-serif\">{} → {}</text>",
            legend_y - 4.0, left + 18.0, legend_y, escape(name_of(names, source)), escape(name_of(names, target))
        );
    }
    svg.push_str("</svg>");
    let _ = write!(
        body,
        "<figure>{svg}<figcaption>Mean cooperation–conflict score (−10 … +10) per period for the most active actor pairs.</figcaption></figure></section>"
    );
}

fn map_section(body: &mut String, story: &Story, events_by_id: &BTreeMap<&str, &Event>) {
    body.push_str("<section id=\"map\"><h2>Where</h2>");
    let mut places: BTreeMap<String, (f64, f64, usize)> = BTreeMap::new();
    for story_event in &story.events {
        let located = story_event
            .members
            .iter()
            .filter_map(|member| events_by_id.get(member.0.as_str()))
            .find_map(|event| event.location.as_ref());
        if let Some(location) = located {
            if let (Some(lat), Some(lon)) = (location.lat, location.lon) {
                places
                    .entry(location.name.clone())
                    .or_insert((lat, lon, 0))
                    .2 += 1;
            }
        }
    }
    if places.is_empty() {
        body.push_str("<p class=\"muted\">No located events in this story.</p></section>");
        return;
    }
    let lats = places.values().map(|place| place.0);
    let lons = places.values().map(|place| place.1);
    let (min_lat, max_lat) = lats.fold((90.0f64, -90.0f64), |(a, b), v| (a.min(v), b.max(v)));
    let (min_lon, max_lon) = lons.fold((180.0f64, -180.0f64), |(a, b), v| (a.min(v), b.max(v)));
    let pad = 1.0;
    let (lat_span, lon_span) = (
        (max_lat - min_lat + 2.0 * pad).max(2.0),
        (max_lon - min_lon + 2.0 * pad).max(2.0),
    );
    let (width, height) = (640.0, 320.0);
    let scale = (width / lon_span).min(height / lat_span);
    let x_of = |lon: f64| (width - lon_span * scale) / 2.0 + (lon - min_lon + pad) * scale;
    let y_of = |lat: f64| (height - lat_span * scale) / 2.0 + (max_lat + pad - lat) * scale;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Located events\"><rect width=\"{width}\" height=\"{height}\" fill=\"#eef3f8\"/>"
    );
    for (name, (lat, lon, count)) in &places {
        let (x, y) = (x_of(*lon), y_of(*lat));
        let _ = write!(
            svg,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{:.1}\" fill=\"#b3261e\" fill-opacity=\"0.6\"><title>{}: {} events</title></circle><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" font-family=\"system-ui,sans-serif\">{}</text>",
            3.0 + (*count as f64).sqrt() * 2.0, escape(name), count, x + 6.0, y - 4.0, escape(name)
        );
    }
    svg.push_str("</svg>");
    let _ = write!(
        body,
        "<figure>{svg}<figcaption>Located events by latitude and longitude (equirectangular; {} places).</figcaption></figure></section>",
        places.len()
    );
}

fn sources_section(body: &mut String, story: &Story, analysis: &Analysis) {
    body.push_str("<section id=\"sources\"><h2>Sources</h2><ol>");
    let copies: BTreeMap<&str, &model::Copy> = story
        .copies
        .iter()
        .map(|copy| (copy.article.as_str(), copy))
        .collect();
    for article in &analysis.articles {
        let _ = write!(
            body,
            "<li id=\"source-{id}\"><a href=\"/articles/{id}\">{title}</a> <span class=\"muted\">{outlet} · {date}</span>",
            id = url_encode(&article.id),
            title = escape(article.title.as_deref().unwrap_or("(untitled)")),
            outlet = escape(outlet_of(article)),
            date = escape(&short_date(article.published.as_deref())),
        );
        if let Some(copy) = copies.get(article.id.as_str()) {
            let _ = write!(
                body,
                " <span class=\"tag\">{} of <a href=\"/articles/{}\">{}</a> ({:.0}%)</span>",
                escape(&copy.kind.to_string().replace('_', " ")),
                url_encode(&copy.of),
                escape(&copy.of),
                copy.similarity * 100.0
            );
        }
        if let Some(card) = &article.card {
            let _ = write!(body, "<div class=\"muted\">{}</div>", escape(&card.summary));
        }
        body.push_str("</li>");
    }
    body.push_str("</ol></section>");
}

pub async fn article_page(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> PageResult {
    let (article, events, entities) = state
        .with_store(move |store, _| {
            let article = store
                .article(&id)?
                .ok_or_else(|| ApiError::NotFound(format!("article {id:?}")))?;
            let events = store.article_events(&id)?;
            let ids: Vec<String> = article
                .mentions
                .iter()
                .filter_map(|mention| mention.entity.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            let entities = store.entities(&ids)?;
            Ok((article, events, entities))
        })
        .await?;
    let entity_list: Vec<Entity> = entities.into_values().collect();
    let names = entity_names(&entity_list);
    let mut body = String::new();
    let _ = write!(
        body,
        "<h1>{}</h1>",
        escape(article.title.as_deref().unwrap_or("(untitled)"))
    );
    if let Some(subtitle) = &article.subtitle {
        let _ = write!(body, "<p><em>{}</em></p>", escape(subtitle));
    }
    let _ = write!(
        body,
        "<p class=\"muted\">{outlet} · {date} · {authors} · {words} words · source <code>{source}</code>{wire}</p>",
        outlet = escape(outlet_of(&article)),
        date = escape(&short_date(article.published.as_deref())),
        authors = escape(&if article.authors.is_empty() { "no byline".to_string() } else { article.authors.join(", ") }),
        words = article.word_count,
        source = escape(&article.source),
        wire = article.wire.as_deref().map(|wire| format!(" · credits {}", escape(wire))).unwrap_or_default(),
    );
    if let Some(url) = article.url.as_deref().and_then(safe_external_url) {
        let _ = write!(
            body,
            "<p class=\"muted\">Original: <a href=\"{url}\" rel=\"noreferrer noopener nofollow\">{url}</a></p>"
        );
    }
    if let Some(card) = &article.card {
        body.push_str("<section id=\"card\" class=\"card\">");
        for quote in &card.quotes {
            let _ = write!(
                body,
                "<blockquote>{}</blockquote>",
                escape(&model::quoted_passage(&quote.text))
            );
        }
        let _ = write!(body, "<p>{}</p><p>", escape(&card.summary));
        for hashtag in &card.hashtags {
            let _ = write!(body, "<span class=\"tag\">{}</span>", escape(hashtag));
        }
        let _ = write!(
            body,
            "</p><p class=\"muted\">{} · {}</p></section>",
            escape(card.read_at.as_deref().unwrap_or("")),
            escape(&card.read_time)
        );
    }
    body.push_str("<h2>Text</h2><p class=\"muted\"><span class=\"m\">Actors</span> and <span class=\"m place\">places</span> as linked; <span class=\"ev\">underlined</span> sentences are evidence of a coded event.</p><article class=\"text\" id=\"text\">");
    body.push_str(&highlighted_text(&article, &events, &names));
    body.push_str("</article>");
    if !events.is_empty() {
        body.push_str("<h2>Events</h2><table id=\"events\"><tr><th>type</th><th>who</th><th>when</th><th>where</th><th>modality</th></tr>");
        for event in &events {
            let _ = write!(
                body,
                "<tr><td class=\"type {}\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                score_class(event.score),
                escape(&event.event.to_string()),
                escape(&actors_line(event, &names)),
                escape(event.date.as_ref().and_then(|date| date.start.as_deref()).unwrap_or("")),
                escape(event.location.as_ref().map(|location| location.name.as_str()).unwrap_or("")),
                escape(&event.modality.to_string()),
            );
        }
        body.push_str("</table>");
    }
    if !article.removed.is_empty() {
        let _ = write!(
            body,
            "<h2>Removed chrome ({})</h2><table id=\"removed\"><tr><th>line</th><th>why</th></tr>",
            article.removed.len()
        );
        for removed in &article.removed {
            let _ = write!(
                body,
                "<tr><td>{}</td><td class=\"muted\">{}</td></tr>",
                escape(&removed.text),
                escape(removed.why.as_str())
            );
        }
        body.push_str("</table>");
    }
    let _ = write!(
        body,
        "<p class=\"muted\"><a href=\"/api/articles/{}\">This article as JSON</a></p>",
        url_encode(&article.id)
    );
    Ok(page(article.title.as_deref().unwrap_or("Article"), &body))
}

/// The article's paragraphs with mentions and event evidence marked. Marks are cut at every
/// boundary so overlapping ranges nest correctly; every piece of text is escaped.
fn highlighted_text(article: &Article, events: &[Event], names: &BTreeMap<&str, &str>) -> String {
    let text = &article.text;
    let evidence: Vec<(usize, usize)> = events
        .iter()
        .flat_map(|event| event.sources.iter())
        .filter(|source| source.article == article.id)
        .map(|source| (source.start, source.end))
        .collect();
    let mut out = String::new();
    for paragraph in &article.paragraphs {
        let (start, end) = (paragraph.start, paragraph.end.min(text.len()));
        let mut cuts: BTreeSet<usize> = [start, end].into_iter().collect();
        for mention in &article.mentions {
            if mention.end > start && mention.start < end {
                cuts.insert(mention.start.clamp(start, end));
                cuts.insert(mention.end.clamp(start, end));
            }
        }
        for (from, to) in &evidence {
            if *to > start && *from < end {
                cuts.insert((*from).clamp(start, end));
                cuts.insert((*to).clamp(start, end));
            }
        }
        let cuts: Vec<usize> = cuts
            .into_iter()
            .filter(|cut| text.is_char_boundary(*cut))
            .collect();
        let class = match paragraph.kind {
            model::ParagraphKind::Heading => "heading",
            model::ParagraphKind::Caption => "caption",
            model::ParagraphKind::Quote => "quote",
            model::ParagraphKind::List => "list",
            model::ParagraphKind::Body => "body",
        };
        let _ = write!(out, "<p class=\"{class}\">");
        for window in cuts.windows(2) {
            let (from, to) = (window[0], window[1]);
            let piece = escape(&text[from..to]);
            let is_evidence = evidence.iter().any(|(a, b)| *a <= from && to <= *b);
            let mention = article
                .mentions
                .iter()
                .find(|mention| mention.start <= from && to <= mention.end);
            let mut piece_html = piece;
            if let Some(mention) = mention {
                let is_place = mention.kind == Some(EntityKind::Place);
                let label = mention
                    .entity
                    .as_deref()
                    .map(|id| format!("{} ({id})", names.get(id).copied().unwrap_or(id)))
                    .unwrap_or_else(|| "unlinked".to_string());
                piece_html = format!(
                    "<span class=\"m{}\" title=\"{}\">{piece_html}</span>",
                    if is_place { " place" } else { "" },
                    escape(&label)
                );
            }
            if is_evidence {
                piece_html = format!("<span class=\"ev\">{piece_html}</span>");
            }
            out.push_str(&piece_html);
        }
        out.push_str("</p>");
    }
    out
}

pub async fn search_page(
    State(state): State<Arc<AppState>>,
    params: Result<Query<SearchParams>, QueryRejection>,
) -> PageResult {
    let Query(params) = params.map_err(ApiError::from)?;
    let mut query = params.query()?;
    if params.limit.is_none() {
        query.limit = 20;
    }
    let results = state
        .with_store(move |store, state| Ok(state.search.search(store, &query)?))
        .await?;
    let filters: Vec<(&str, &str)> = [
        ("actor", &params.actor),
        ("type", &params.event_type),
        ("place", &params.place),
        ("country", &params.country),
        ("outlet", &params.outlet),
        ("since", &params.since),
        ("until", &params.until),
    ]
    .into_iter()
    .filter_map(|(name, value)| {
        value
            .as_deref()
            .filter(|v| !v.is_empty())
            .map(|value| (name, value))
    })
    .collect();
    let link_with = |extra: Option<(&str, &str)>| -> String {
        let mut parts = vec![format!("q={}", url_encode(&params.q))];
        for (name, value) in &filters {
            parts.push(format!("{name}={}", url_encode(value)));
        }
        if let Some((name, value)) = extra {
            parts.push(format!("{name}={}", url_encode(value)));
        }
        format!("/search?{}", escape(&parts.join("&")))
    };
    let mut body = format!(
        "<h1>Search</h1><form action=\"/search\" method=\"get\" class=\"card\"><input type=\"search\" name=\"q\" value=\"{q}\" aria-label=\"Words\" size=\"40\"> \
<label class=\"muted\">since <input type=\"date\" name=\"since\" value=\"{since}\"></label> \
<label class=\"muted\">until <input type=\"date\" name=\"until\" value=\"{until}\"></label> ",
        q = escape(&params.q),
        since = escape(params.since.as_deref().unwrap_or("")),
        until = escape(params.until.as_deref().unwrap_or("")),
    );
    for (name, value) in &filters {
        if *name != "since" && *name != "until" {
            let _ = write!(
                body,
                "<input type=\"hidden\" name=\"{name}\" value=\"{}\">",
                escape(value)
            );
        }
    }
    body.push_str("<button>Search</button></form>");
    if !filters.is_empty() {
        body.push_str("<p class=\"muted\">Filters: ");
        for (name, value) in &filters {
            let _ = write!(body, "<span class=\"tag\">{name}: {}</span>", escape(value));
        }
        let _ = write!(
            body,
            " <a href=\"/search?q={}\">clear</a></p>",
            escape(&url_encode(&params.q))
        );
    }
    let _ = write!(
        body,
        "<p class=\"muted\">{} articles ({:.1} ms)</p><div class=\"grid\"><div><ul class=\"plain\" id=\"hits\">",
        results.total, results.took_ms
    );
    for hit in &results.hits {
        let mut snippet = String::new();
        let mut at = 0;
        for (from, to) in &hit.highlighted {
            if *from < at
                || *to > hit.snippet.len()
                || !hit.snippet.is_char_boundary(*from)
                || !hit.snippet.is_char_boundary(*to)
            {
                continue;
            }
            snippet.push_str(&escape(&hit.snippet[at..*from]));
            let _ = write!(snippet, "<mark>{}</mark>", escape(&hit.snippet[*from..*to]));
            at = *to;
        }
        snippet.push_str(&escape(&hit.snippet[at..]));
        let _ = write!(
            body,
            "<li><a href=\"/articles/{id}\">{title}</a><div class=\"muted\">{outlet} · {date}</div><div>{snippet}</div></li>",
            id = url_encode(&hit.id),
            title = escape(hit.title.as_deref().unwrap_or("(untitled)")),
            outlet = escape(hit.outlet.as_deref().unwrap_or("")),
            date = escape(&short_date(hit.published.as_deref())),
        );
    }
    body.push_str("</ul></div><aside class=\"facets\" id=\"facets\">");
    for facet in &results.facets {
        if facet.values.is_empty() {
            continue;
        }
        let _ = write!(body, "<h3>{}</h3>", escape(&facet.name));
        for value in &facet.values {
            let _ = write!(
                body,
                "<div><a href=\"{}\">{}</a> <span class=\"muted\">{}</span></div>",
                link_with(Some((facet.name.as_str(), value.value.as_str()))),
                escape(&value.label),
                value.count
            );
        }
    }
    body.push_str("</aside></div>");
    let offset = results.offset;
    if offset + results.limit < results.total {
        let _ = write!(
            body,
            "<p><a href=\"{}&amp;offset={}\">Next page</a></p>",
            link_with(None),
            offset + results.limit
        );
    }
    Ok(page("Search", &body))
}

fn entity_names(entities: &[Entity]) -> BTreeMap<&str, &str> {
    entities
        .iter()
        .map(|entity| (entity.id.as_str(), entity.name.as_str()))
        .collect()
}

fn name_of<'a>(names: &BTreeMap<&str, &'a str>, id: &'a str) -> &'a str {
    names.get(id).copied().unwrap_or(id)
}

fn outlet_of(article: &Article) -> &str {
    article
        .outlet
        .name
        .as_deref()
        .or(article.outlet.domain.as_deref())
        .unwrap_or("unknown outlet")
}

/// The day of an ISO date-time, or "undated".
fn short_date(date: Option<&str>) -> String {
    date.map(|date| date.chars().take(10).collect())
        .unwrap_or_else(|| "undated".to_string())
}

fn date_span(first: Option<&str>, last: Option<&str>) -> String {
    match (
        first.map(|d| short_date(Some(d))),
        last.map(|d| short_date(Some(d))),
    ) {
        (Some(first), Some(last)) if first == last => first,
        (Some(first), Some(last)) => format!("{first} – {last}"),
        _ => "undated".to_string(),
    }
}

/// Previous / next links for a list page.
fn pager(path: &str, query: Option<&str>, offset: usize, limit: usize, total: usize) -> String {
    let prefix = match query {
        Some(query) => format!("{path}?{query}&amp;"),
        None => format!("{path}?"),
    };
    let mut out = String::from("<p class=\"muted\">");
    if offset > 0 {
        let _ = write!(
            out,
            "<a href=\"{prefix}offset={}\">Previous</a> ",
            offset.saturating_sub(limit)
        );
    }
    if offset + limit < total {
        let _ = write!(
            out,
            "<a href=\"{prefix}offset={}\">Next</a>",
            offset + limit
        );
    }
    out.push_str("</p>");
    out
}
