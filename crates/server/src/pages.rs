//! The app's pages: the stories list, an article (its text with entity mentions and event
//! evidence highlighted, its card, the chrome that was removed and why), the articles list
//! and search with facets. A story's pages are in `story.rs`.

use crate::api::{PageParams, SearchParams};
use crate::error::PageError;
use crate::html::{escape, page, safe_external_url, score_class, url_encode};
use crate::{ApiError, AppState};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use model::{Article, Entity, EntityKind, Event};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::sync::Arc;

/// Stories shown per page of the list.
const STORIES_PER_PAGE: usize = 50;

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

/// "Pakistan → Afghanistan" from an event's actors and recipients.
pub(crate) fn actors_line(event: &Event, names: &BTreeMap<&str, &str>) -> String {
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
    let results = state.search(query).await?;
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

pub(crate) fn entity_names(entities: &[Entity]) -> BTreeMap<&str, &str> {
    entities
        .iter()
        .map(|entity| (entity.id.as_str(), entity.name.as_str()))
        .collect()
}

pub(crate) fn name_of<'a>(names: &BTreeMap<&str, &'a str>, id: &'a str) -> &'a str {
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
pub(crate) fn short_date(date: Option<&str>) -> String {
    date.map(|date| date.chars().take(10).collect())
        .unwrap_or_else(|| "undated".to_string())
}

pub(crate) fn date_span(first: Option<&str>, last: Option<&str>) -> String {
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
