//! A story's pages: the overview (brief, facts compared across outlets, timeline, actor
//! network, dyad trends, map, the first sources) and the full lists behind it (sources,
//! timeline, facts), a page at a time.
//!
//! A story can hold thousands of articles and events, and its stored JSON tens of megabytes;
//! the store keeps its parts in tables of their own (`store::StoryPart`), so nothing here
//! reads a whole story. The overview is built from a few indexed queries (the first rows of
//! each list, the outlets, places, network and dyads) once per store version and kept; a list
//! page reads its own rows. The story's API brief (`/api/stories/{id}`) is built and kept
//! with the overview. No page grows with the story: each list shows a bounded number of
//! rows and links to the next page.

use crate::error::PageError;
use crate::html::{escape, page, score_class, score_colour, url_encode};
use crate::pages::{actors_line, date_span, name_of, short_date};
use crate::{ApiError, AppState};
use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use model::{Claim, Dyad, NetworkEdge};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::sync::Arc;
use store::{StoryPart, StoryPlace, StorySource, TimelineEntry};

/// How much of a story's lists its pages show. Every page's size is bounded by these, never
/// by the story's size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoryPageSizes {
    /// Facts shown in the overview's brief; the rest are on the facts pages.
    pub facts_inline: usize,
    /// Timeline entries shown in the overview; the rest are on the timeline pages.
    pub timeline_inline: usize,
    /// Sources shown in the overview; the rest are on the sources pages.
    pub sources_inline: usize,
    /// Rows per page of a story's full lists.
    pub rows_per_page: usize,
}

impl Default for StoryPageSizes {
    /// An overview of about 75 KB and list pages of about 50 KB, whatever the story's size.
    fn default() -> Self {
        StoryPageSizes {
            facts_inline: 10,
            timeline_inline: 30,
            sources_inline: 20,
            rows_per_page: 50,
        }
    }
}

/// Outlets named in the brief, most articles first.
const OUTLETS_NAMED: usize = 8;
/// Actors drawn in the network: more become unreadable at this size.
const NETWORK_NODES: usize = 14;
/// Dyads drawn in the trend chart.
const DYAD_SERIES: usize = 4;
/// Places drawn on the map, most events first: more labels overlap into noise.
const MAP_PLACES: usize = 40;
/// "Every row" for a store page query.
const ALL_ROWS: usize = u32::MAX as usize;

/// A story as its pages show it: the overview rendered whole, the API brief, the size of each
/// full list, and the list pages rendered so far.
pub struct StoryView {
    id: String,
    title: String,
    /// Rows in each full list.
    n_sources: usize,
    n_timeline: usize,
    n_facts: usize,
    /// The whole overview page, shared by every response.
    overview: Bytes,
    /// The story's brief as `/api/stories/{id}` gives it (JSON), shared likewise.
    brief: Bytes,
    sizes: StoryPageSizes,
    /// List pages rendered so far, shared by every response (at most
    /// [`LIST_PAGES_KEPT`]; past that a page is rendered for each request).
    list_pages: std::sync::Mutex<std::collections::HashMap<(StoryList, usize), Bytes>>,
}

/// List pages a story view keeps rendered: a reader pages through the first few; a crawler
/// walking every page of a large story costs renders, not memory.
const LIST_PAGES_KEPT: usize = 48;

/// The story's full lists, each paged.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub enum StoryList {
    Sources,
    Timeline,
    Facts,
}

impl StoryList {
    fn path(self) -> &'static str {
        match self {
            StoryList::Sources => "sources",
            StoryList::Timeline => "timeline",
            StoryList::Facts => "facts",
        }
    }

    fn heading(self) -> &'static str {
        match self {
            StoryList::Sources => "Sources",
            StoryList::Timeline => "Timeline",
            StoryList::Facts => "Facts compared across outlets",
        }
    }

    /// What one row is, singular and plural, and the order rows come in.
    fn rows_are(self) -> (&'static str, &'static str, &'static str) {
        match self {
            StoryList::Sources => ("article", "articles", "oldest first"),
            StoryList::Timeline => ("event", "events", "by date, undated last"),
            StoryList::Facts => ("fact", "facts", "most independent sources first"),
        }
    }

    fn total(self, view: &StoryView) -> usize {
        match self {
            StoryList::Sources => view.n_sources,
            StoryList::Timeline => view.n_timeline,
            StoryList::Facts => view.n_facts,
        }
    }

    /// Rows `offset..offset + limit` of this list, rendered.
    fn rows(
        self,
        store: &store::Store,
        id: &str,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<String>, ApiError> {
        Ok(match self {
            StoryList::Sources => store
                .story_sources(id, limit, offset)?
                .items
                .iter()
                .map(source_row)
                .collect(),
            StoryList::Timeline => {
                let entries = store.story_timeline(id, limit, offset)?.items;
                let names = actor_names(store, &entries, &[], &[])?;
                let names = borrowed(&names);
                entries
                    .iter()
                    .map(|entry| timeline_row(entry, &names))
                    .collect()
            }
            StoryList::Facts => store
                .story_items::<Claim>(id, StoryPart::Claims, limit, offset)?
                .items
                .iter()
                .map(fact_row)
                .collect(),
        })
    }
}

/// `?page=N` (from 1) of a story's list.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListParams {
    pub page: Option<usize>,
}

impl AppState {
    /// The view of story `id` as the store holds it now: from the cache when it was built from
    /// this version of the store, else built (one build at a time, so a burst of requests for
    /// a story costs one build and the rest wait for the cache) and kept.
    pub(crate) async fn story_view(
        self: &Arc<Self>,
        id: String,
    ) -> Result<Arc<StoryView>, ApiError> {
        let version = self.store_version().await?;
        if let Some(view) = self.cached_story_view(&id, &version) {
            return Ok(view);
        }
        self.with_store(move |store, state| {
            let _building = state
                .story_build
                .lock()
                .map_err(|_| ApiError::Internal("story build lock poisoned".to_string()))?;
            if let Some(view) = state.cached_story_view(&id, &version) {
                return Ok(view);
            }
            let view = Arc::new(StoryView::build(store, &id, state.story_page_sizes)?);
            if let Ok(mut views) = state.story_views.lock() {
                // Views of an older store version go first; past the bound, any one goes.
                views.retain(|_, (built_from, _)| *built_from == version);
                if views.len() >= crate::STORY_VIEWS_KEPT {
                    if let Some(oldest) = views.keys().next().cloned() {
                        views.remove(&oldest);
                    }
                }
                views.insert(id, (version, Arc::clone(&view)));
            }
            Ok(view)
        })
        .await
    }

    /// The view of story `id` when one built from `version` is kept.
    fn cached_story_view(&self, id: &str, version: &str) -> Option<Arc<StoryView>> {
        let views = self.story_views.lock().ok()?;
        views
            .get(id)
            .filter(|(built_from, _)| built_from == version)
            .map(|(_, view)| Arc::clone(view))
    }
}

/// `/stories/{id}`: the overview.
pub async fn story_page(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Html<Bytes>, PageError> {
    let view = state.story_view(id).await?;
    Ok(Html(view.overview.clone()))
}

/// `/stories/{id}/sources`, `/timeline`, `/facts`: one page of a full list.
pub async fn story_list_page(
    State(state): State<Arc<AppState>>,
    Path((id, list)): Path<(String, String)>,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Html<Bytes>, PageError> {
    let Query(params) = params.map_err(ApiError::from)?;
    let list = match list.as_str() {
        "sources" => StoryList::Sources,
        "timeline" => StoryList::Timeline,
        "facts" => StoryList::Facts,
        other => return Err(ApiError::NotFound(format!("story list {other:?}")).into()),
    };
    let page_number = match params.page {
        Some(0) => return Err(ApiError::BadRequest("page must be at least 1".to_string()).into()),
        Some(number) => number,
        None => 1,
    };
    let view = state.story_view(id).await?;
    let per_page = view.sizes.rows_per_page.max(1);
    let pages = list.total(&view).div_ceil(per_page).max(1);
    if page_number > pages {
        return Err(ApiError::NotFound(format!(
            "page {page_number} of the story's {} (it has {pages})",
            list.path()
        ))
        .into());
    }
    let kept = view
        .list_pages
        .lock()
        .ok()
        .and_then(|pages| pages.get(&(list, page_number)).cloned());
    if let Some(page) = kept {
        return Ok(Html(page));
    }
    let page = state
        .with_store(move |store, _| {
            let first = (page_number - 1) * per_page;
            let rows = list.rows(store, &view.id, per_page, first)?;
            let page = Bytes::from(render_list_page(&view, list, page_number, pages, &rows).0);
            if let Ok(mut kept) = view.list_pages.lock() {
                if kept.len() < LIST_PAGES_KEPT {
                    kept.insert((list, page_number), page.clone());
                }
            }
            Ok(page)
        })
        .await?;
    Ok(Html(page))
}

/// One page of a list: a link back to the overview, the rows, and the pager.
fn render_list_page(
    view: &StoryView,
    list: StoryList,
    page_number: usize,
    pages: usize,
    shown: &[String],
) -> Html<String> {
    let total = list.total(view);
    let first = (page_number - 1) * view.sizes.rows_per_page.max(1);
    let (one, many, order) = list.rows_are();
    let mut body = String::new();
    let _ = write!(
        body,
        "<p class=\"muted\"><a href=\"/stories/{id}\">← {title}</a></p><h1>{heading}</h1>\
<p class=\"muted\" id=\"range\">{range} of {total} {noun}, {order} · page {page_number} of {pages}</p>",
        id = url_encode(&view.id),
        title = escape(&view.title),
        heading = list.heading(),
        range = if shown.is_empty() {
            "None".to_string()
        } else {
            format!("{}–{}", first + 1, first + shown.len())
        },
        noun = if total == 1 { one } else { many },
    );
    let (open, close) = match list {
        StoryList::Sources => (format!("<ol start=\"{}\" id=\"list\">", first + 1), "</ol>"),
        StoryList::Timeline => (
            "<ul class=\"plain timeline\" id=\"list\">".to_string(),
            "</ul>",
        ),
        StoryList::Facts => ("<ul class=\"plain\" id=\"list\">".to_string(), "</ul>"),
    };
    body.push_str(&open);
    for row in shown {
        body.push_str(row);
    }
    body.push_str(close);
    body.push_str(&list_pager(view, list, page_number, pages));
    page(&format!("{} · {}", list.heading(), view.title), &body)
}

/// Previous / page N of M / next links for a story's list.
fn list_pager(view: &StoryView, list: StoryList, page_number: usize, pages: usize) -> String {
    let link = |number: usize, label: &str| {
        format!(
            "<a href=\"/stories/{}/{}?page={number}\" rel=\"{}\">{label}</a>",
            url_encode(&view.id),
            list.path(),
            if number < page_number { "prev" } else { "next" }
        )
    };
    let mut out = String::from("<p class=\"muted\" id=\"pager\">");
    if page_number > 1 {
        out.push_str(&link(page_number - 1, "← Previous"));
        out.push(' ');
    }
    let _ = write!(out, "page {page_number} of {pages}");
    if page_number < pages {
        out.push(' ');
        out.push_str(&link(page_number + 1, "Next →"));
    }
    out.push_str("</p>");
    out
}

/// "All 4,032 sources →" under an overview list that shows only its first rows.
fn more_link(view: &StoryView, list: StoryList, shown: usize) -> String {
    let rows = list.total(view);
    if rows <= shown {
        return String::new();
    }
    let (_, many, _) = list.rows_are();
    format!(
        "<p class=\"more\"><a href=\"/stories/{}/{}?page=1\">All {} {many} →</a> <span class=\"muted\">({} more than shown here, {} a page)</span></p>",
        url_encode(&view.id),
        list.path(),
        rows,
        rows - shown,
        view.sizes.rows_per_page
    )
}

/// The names of the entities the timeline entries' events, the network edges and the dyads
/// name, by id.
fn actor_names(
    store: &store::Store,
    entries: &[TimelineEntry],
    network: &[NetworkEdge],
    dyads: &[Dyad],
) -> Result<BTreeMap<String, String>, ApiError> {
    let mut ids: BTreeSet<String> = entries
        .iter()
        .filter_map(|entry| entry.dated_by.as_ref())
        .flat_map(|event| event.actor.iter().chain(&event.recipient))
        .filter_map(|actor| actor.entity.clone())
        .collect();
    for edge in network {
        ids.insert(edge.source.clone());
        ids.insert(edge.target.clone());
    }
    for dyad in dyads {
        ids.insert(dyad.source.clone());
        ids.insert(dyad.target.clone());
    }
    let ids: Vec<String> = ids.into_iter().collect();
    Ok(store.entity_names(&ids)?)
}

fn borrowed(names: &BTreeMap<String, String>) -> BTreeMap<&str, &str> {
    names
        .iter()
        .map(|(id, name)| (id.as_str(), name.as_str()))
        .collect()
}

impl StoryView {
    /// The story's brief as `/api/stories/{id}` gives it.
    pub(crate) fn brief_json(&self) -> Bytes {
        self.brief.clone()
    }

    /// Read what the overview of story `id` shows from the store's parts of it (the first
    /// rows of each list, the outlets, the lead, the network, dyads and places) and render it.
    fn build(store: &store::Store, id: &str, sizes: StoryPageSizes) -> Result<StoryView, ApiError> {
        let summary = store
            .story_summary(id)?
            .ok_or_else(|| ApiError::NotFound(format!("story {id:?}")))?;
        let facts = store.story_items::<Claim>(id, StoryPart::Claims, sizes.facts_inline, 0)?;
        let timeline = store.story_timeline(id, sizes.timeline_inline, 0)?;
        let sources = store.story_sources(id, sizes.sources_inline, 0)?;
        let network = store
            .story_items::<NetworkEdge>(id, StoryPart::Network, ALL_ROWS, 0)?
            .items;
        let dyads = store
            .story_items::<Dyad>(id, StoryPart::Dyads, ALL_ROWS, 0)?
            .items;
        let outlets = store.story_outlets(id)?;
        let lead = store.story_lead(id)?;
        let places = store.story_places(id)?;
        let names = actor_names(store, &timeline.items, &network, &dyads)?;
        let names = borrowed(&names);

        let mut view = StoryView {
            id: summary.id.clone(),
            title: summary.title.clone(),
            n_sources: sources.total,
            n_timeline: timeline.total,
            n_facts: facts.total,
            overview: Bytes::new(),
            brief: Bytes::from(serde_json::to_vec(&crate::api::story_brief(store, id)?)?),
            sizes,
            list_pages: std::sync::Mutex::new(std::collections::HashMap::new()),
        };
        let mut body = String::new();
        brief_section(
            &mut body,
            &view,
            &summary,
            lead.as_ref(),
            &outlets,
            &facts.items,
        );
        body.push_str("<section id=\"timeline\"><h2>Timeline</h2>");
        if timeline.items.is_empty() {
            body.push_str("<p class=\"muted\">No dated events coded in this story.</p>");
        }
        body.push_str("<ul class=\"plain timeline\">");
        for entry in &timeline.items {
            body.push_str(&timeline_row(entry, &names));
        }
        body.push_str("</ul>");
        body.push_str(&more_link(
            &view,
            StoryList::Timeline,
            sizes.timeline_inline,
        ));
        body.push_str("</section><div class=\"grid\">");
        network_section(&mut body, &network, &names);
        dyad_section(&mut body, &dyads, &names);
        body.push_str("</div>");
        map_section(&mut body, places);
        let _ = write!(
            body,
            "<section id=\"sources\"><h2>Sources</h2><p class=\"muted\">{} articles, oldest first; copies and rewrites name what they copy.</p><ol>",
            view.n_sources
        );
        for source in &sources.items {
            body.push_str(&source_row(source));
        }
        body.push_str("</ol>");
        body.push_str(&more_link(&view, StoryList::Sources, sizes.sources_inline));
        let _ = write!(
            body,
            "<p class=\"muted\">The story as JSON, its lists a page at a time: <a href=\"/api/stories/{}\">/api/stories/…</a>.</p></section>",
            url_encode(&view.id)
        );
        view.overview = Bytes::from(page(&summary.title, &body).0);
        view.title = summary.title;
        Ok(view)
    }
}

/// The brief: headline, counts, the lead summary, the outlets, and the first facts.
fn brief_section(
    body: &mut String,
    view: &StoryView,
    summary: &store::StorySummary,
    lead: Option<&(String, String)>,
    outlets: &[(String, usize)],
    facts: &[Claim],
) {
    let _ = write!(
        body,
        "<section id=\"brief\"><h1>{title}</h1><p class=\"muted\">{articles} articles from {n_outlets} outlets · {events} events · {span}</p>",
        title = escape(&summary.title),
        articles = summary.n_articles,
        n_outlets = outlets.len(),
        events = summary.n_events,
        span = escape(&date_span(summary.first.as_deref(), summary.last.as_deref())),
    );
    // The earliest article's summary (its own sentences), then what several outlets confirm.
    if let Some((article, summary)) = lead {
        let _ = write!(
            body,
            "<p>{} <a href=\"/articles/{}\" class=\"muted\">[source]</a></p>",
            escape(summary),
            url_encode(article)
        );
    }
    if !outlets.is_empty() {
        body.push_str("<p class=\"muted\" id=\"outlets\">Outlets: ");
        let named: Vec<String> = outlets
            .iter()
            .take(OUTLETS_NAMED)
            .map(|(outlet, count)| format!("{} ({count})", escape(outlet)))
            .collect();
        body.push_str(&named.join(" · "));
        if outlets.len() > OUTLETS_NAMED {
            let _ = write!(body, " · and {} more", outlets.len() - OUTLETS_NAMED);
        }
        body.push_str("</p>");
    }
    if !facts.is_empty() {
        body.push_str("<h2>Facts compared across outlets</h2><ul class=\"plain\" id=\"claims\">");
        for claim in facts {
            body.push_str(&fact_row(claim));
        }
        body.push_str("</ul>");
        body.push_str(&more_link(view, StoryList::Facts, view.sizes.facts_inline));
    }
    body.push_str("</section>");
}

/// One claim: the statement, its counts, the first sentence stating it and, when disputed,
/// the first sentence disputing it.
fn fact_row(claim: &Claim) -> String {
    let mut row = format!(
        "<li><span class=\"type\">{kind}</span> {statement} <span class=\"muted\">({n} independent; {support} supporting, {dispute} disputing)</span>",
        kind = escape(&claim.kind.to_string().replace('_', " ")),
        statement = escape(&claim.statement),
        n = claim.n_independent,
        support = claim.supported_by.len(),
        dispute = claim.disputed_by.len(),
    );
    for (evidence, label) in [
        (claim.supported_by.first(), "states it"),
        (claim.disputed_by.first(), "disputes it"),
    ] {
        if let Some(evidence) = evidence {
            let _ = write!(
                row,
                "<blockquote><span class=\"muted\">{label}:</span> {} <a href=\"/articles/{}\" class=\"muted\">[source]</a></blockquote>",
                escape(&evidence.text),
                url_encode(&evidence.article)
            );
        }
    }
    row.push_str("</li>");
    row
}

/// One story event: date as finely as the text gave it, type, who acted on whom, how many
/// sources, and the first sentence reporting it.
fn timeline_row(entry: &TimelineEntry, names: &BTreeMap<&str, &str>) -> String {
    let story_event = &entry.event;
    let event = entry.dated_by.as_ref();
    let date = entry.date.clone().unwrap_or_default();
    let who = event
        .map(|event| actors_line(event, names))
        .unwrap_or_default();
    let score = event.map(|event| event.score).unwrap_or(0.0);
    let mut row = format!(
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
    if let Some(evidence) = story_event.sources.first() {
        let _ = write!(
            row,
            "<blockquote>{} <a href=\"/articles/{}\" class=\"muted\">[source]</a></blockquote>",
            escape(&evidence.text),
            url_encode(&evidence.article)
        );
    }
    row.push_str("</li>");
    row
}

/// One article: title, outlet, day, what it copies (the closest of the articles it copies or
/// rewrites, and how many others), its card's summary.
fn source_row(source: &StorySource) -> String {
    let article = &source.article;
    let mut row = format!(
        "<li id=\"source-{id}\"><a href=\"/articles/{id}\">{title}</a> <span class=\"muted\">{outlet} · {date}</span>",
        id = url_encode(&article.id),
        title = escape(article.title.as_deref().unwrap_or("(untitled)")),
        outlet = escape(article.outlet.as_deref().unwrap_or("unknown outlet")),
        date = escape(&short_date(article.published.as_deref())),
    );
    if let Some(copy) = &source.copies {
        let _ = write!(
            row,
            " <span class=\"tag\">{} of <a href=\"/articles/{}\">{}</a> ({:.0}%)",
            escape(&copy.kind.replace('_', " ")),
            url_encode(&copy.of),
            escape(copy.of_title.as_deref().unwrap_or(&copy.of)),
            copy.similarity * 100.0
        );
        if copy.n_copied > 1 {
            let _ = write!(row, " and {} more", copy.n_copied - 1);
        }
        row.push_str("</span>");
    }
    if let Some(summary) = source
        .summary
        .as_deref()
        .filter(|summary| !summary.is_empty())
    {
        let _ = write!(row, "<div class=\"muted\">{}</div>", escape(summary));
    }
    row.push_str("</li>");
    row
}

fn network_section(body: &mut String, network: &[NetworkEdge], names: &BTreeMap<&str, &str>) {
    body.push_str("<section id=\"network\"><h2>Actors and relations</h2>");
    let mut degree: BTreeMap<&str, usize> = BTreeMap::new();
    for edge in network {
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
    let max_events = network.iter().map(|edge| edge.n_events).max().unwrap_or(1) as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Actor network\">"
    );
    for edge in network {
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

fn dyad_section(body: &mut String, dyads: &[Dyad], names: &BTreeMap<&str, &str>) {
    body.push_str("<section id=\"dyads\"><h2>Dyad trends</h2>");
    let mut by_pair: BTreeMap<(&str, &str), Vec<&model::Dyad>> = BTreeMap::new();
    for dyad in dyads {
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

fn map_section(body: &mut String, located: Vec<StoryPlace>) {
    body.push_str("<section id=\"map\"><h2>Where</h2>");
    if located.is_empty() {
        body.push_str("<p class=\"muted\">No located events in this story.</p></section>");
        return;
    }
    let n_places = located.len();
    // Most events first, as the store gives them; drawn in name order.
    let places: BTreeMap<String, (f64, f64, usize)> = located
        .into_iter()
        .take(MAP_PLACES)
        .map(|place| (place.name, (place.lat, place.lon, place.n_events)))
        .collect();
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
        "<figure>{svg}<figcaption>Located events by latitude and longitude (equirectangular; {}).</figcaption></figure></section>",
        if n_places > places.len() {
            format!("the {} places with most events of {n_places}", places.len())
        } else {
            format!("{n_places} places")
        }
    );
}
