//! The JSON API under `/api`: lists with `limit`/`offset` pagination, one article or story,
//! events by filter, search with facets, and the OpenAPI document describing them.

use crate::{ApiError, AppState};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::response::IntoResponse;
use axum::Json;
use serde::Deserialize;
use std::sync::Arc;

/// Items per page when the client does not say.
pub const DEFAULT_LIMIT: usize = 50;
/// Most items one page may hold: bounds the work and the response size of one request.
pub const MAX_LIMIT: usize = 500;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageParams {
    pub limit: Option<usize>,
    pub offset: Option<usize>,
}

impl PageParams {
    pub fn limit(&self) -> Result<usize, ApiError> {
        match self.limit {
            Some(0) => Err(ApiError::BadRequest("limit must be at least 1".to_string())),
            Some(limit) if limit > MAX_LIMIT => Err(ApiError::BadRequest(format!(
                "limit must be at most {MAX_LIMIT}"
            ))),
            Some(limit) => Ok(limit),
            None => Ok(DEFAULT_LIMIT),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventParams {
    #[serde(rename = "type")]
    pub event_type: Option<String>,
    pub actor: Option<String>,
    pub country: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub limit: Option<usize>,
    pub offset: Option<usize>,
}

/// Search parameters; facet filters may repeat only as comma-separated values
/// (`actor=PK,AF`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchParams {
    #[serde(default)]
    pub q: String,
    pub actor: Option<String>,
    #[serde(rename = "type")]
    pub event_type: Option<String>,
    pub place: Option<String>,
    pub country: Option<String>,
    pub outlet: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub limit: Option<usize>,
    pub offset: Option<usize>,
}

impl SearchParams {
    pub fn query(&self) -> Result<store::SearchQuery, ApiError> {
        let list = |value: &Option<String>| -> Vec<String> {
            value
                .iter()
                .flat_map(|values| values.split(','))
                .map(str::trim)
                .filter(|value| !value.is_empty())
                .map(str::to_string)
                .collect()
        };
        let page = PageParams {
            limit: self.limit,
            offset: self.offset,
        };
        Ok(store::SearchQuery {
            text: self.q.clone(),
            actors: list(&self.actor),
            event_types: list(&self.event_type),
            places: list(&self.place),
            countries: list(&self.country),
            outlets: list(&self.outlet),
            since: self.since.clone().filter(|day| !day.is_empty()),
            until: self.until.clone().filter(|day| !day.is_empty()),
            limit: page.limit()?,
            offset: self.offset.unwrap_or(0),
        })
    }
}

pub async fn articles(
    State(state): State<Arc<AppState>>,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let Query(params) = params?;
    let limit = params.limit()?;
    let offset = params.offset.unwrap_or(0);
    let page = state
        .with_store(move |store, _| Ok(store.articles(limit, offset)?))
        .await?;
    Ok(Json(page))
}

pub async fn article(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let found = state
        .with_store(move |store, _| {
            let Some(article) = store.article(&id)? else {
                return Err(ApiError::NotFound(format!("article {id:?}")));
            };
            let events = store.article_events(&id)?;
            Ok(serde_json::json!({ "article": article, "events": events }))
        })
        .await?;
    Ok(Json(found))
}

pub async fn stories(
    State(state): State<Arc<AppState>>,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let Query(params) = params?;
    let limit = params.limit()?;
    let offset = params.offset.unwrap_or(0);
    let page = state
        .with_store(move |store, _| Ok(store.stories(limit, offset)?))
        .await?;
    Ok(Json(page))
}

/// Items of each of a story's lists in its brief (`/api/stories/{id}`).
pub const BRIEF_ITEMS: usize = 10;
/// Outlets named in a story's brief, most articles first.
pub const BRIEF_OUTLETS: usize = 20;
/// Entries kept of each list inside one item of a story's list (an event's sources, a
/// claim's supporting sentences, an edge's events): the first ones, with `n_<list>` giving
/// how many there are. The whole story is at `/api/stories/{id}/export`.
pub const ITEM_LIST_CAP: usize = 10;

/// A story's lists, as `/api/stories/{id}/{list}` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StoryApiList {
    Articles,
    Events,
    Part(store::StoryPart),
}

impl StoryApiList {
    const ALL: [StoryApiList; 7] = [
        StoryApiList::Articles,
        StoryApiList::Events,
        StoryApiList::Part(store::StoryPart::Claims),
        StoryApiList::Part(store::StoryPart::Copies),
        StoryApiList::Part(store::StoryPart::Network),
        StoryApiList::Part(store::StoryPart::Dyads),
        StoryApiList::Part(store::StoryPart::Framing),
    ];

    fn name(self) -> &'static str {
        match self {
            StoryApiList::Articles => "articles",
            StoryApiList::Events => "events",
            StoryApiList::Part(part) => part.name(),
        }
    }

    fn from_name(name: &str) -> Option<StoryApiList> {
        StoryApiList::ALL
            .into_iter()
            .find(|list| list.name() == name)
    }

    /// A page of this list of story `id`: `total`, `limit`, `offset`, `items` and `next` (the
    /// path of the next page, null on the last).
    fn page(
        self,
        store: &store::Store,
        id: &str,
        limit: usize,
        offset: usize,
    ) -> Result<serde_json::Value, ApiError> {
        let (total, items): (usize, Vec<serde_json::Value>) = match self {
            StoryApiList::Articles => {
                let page = store.story_sources(id, limit, offset)?;
                let items = page
                    .items
                    .iter()
                    .map(serde_json::to_value)
                    .collect::<Result<_, _>>()?;
                (page.total, items)
            }
            StoryApiList::Events => {
                let page = store.story_timeline(id, limit, offset)?;
                let mut items = Vec::with_capacity(page.items.len());
                for entry in page.items {
                    let mut item = cap_item_lists(serde_json::to_value(&entry.event)?);
                    if let serde_json::Value::Object(fields) = &mut item {
                        fields.insert("date".to_string(), serde_json::json!(entry.date));
                    }
                    items.push(item);
                }
                (page.total, items)
            }
            StoryApiList::Part(part) => {
                let page = store.story_items::<serde_json::Value>(id, part, limit, offset)?;
                (
                    page.total,
                    page.items.into_iter().map(cap_item_lists).collect(),
                )
            }
        };
        let next = (offset + items.len() < total && !items.is_empty()).then(|| {
            format!(
                "/api/stories/{}/{}?limit={limit}&offset={}",
                crate::html::url_encode(id),
                self.name(),
                offset + items.len()
            )
        });
        Ok(serde_json::json!({
            "total": total,
            "limit": limit,
            "offset": offset,
            "items": items,
            "next": next,
        }))
    }
}

/// Cut every list inside an item to its first [`ITEM_LIST_CAP`] entries, giving each list's
/// length as `n_<list>`.
fn cap_item_lists(mut item: serde_json::Value) -> serde_json::Value {
    if let serde_json::Value::Object(fields) = &mut item {
        let lists: Vec<String> = fields
            .iter()
            .filter(|(_, value)| value.is_array())
            .map(|(name, _)| name.clone())
            .collect();
        for name in lists {
            if let Some(serde_json::Value::Array(entries)) = fields.get_mut(&name) {
                let length = entries.len();
                entries.truncate(ITEM_LIST_CAP);
                fields.insert(format!("n_{name}"), serde_json::json!(length));
            }
        }
    }
    item
}

/// `/api/stories/{id}`: the story's brief, bounded whatever its size: counts and dates, the
/// lead, the outlets, and the first page of each of its lists with the path of the next. Built
/// with the story's page view, once per store version.
pub async fn story(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let view = state.story_view(id).await?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        view.brief_json(),
    ))
}

/// The brief of story `id` (see [`story`]); not found when there is no such story.
pub(crate) fn story_brief(store: &store::Store, id: &str) -> Result<serde_json::Value, ApiError> {
    let summary = store
        .story_summary(id)?
        .ok_or_else(|| ApiError::NotFound(format!("story {id:?}")))?;
    let outlets = store.story_outlets(id)?;
    let lead = store.story_lead(id)?;
    let mut brief = serde_json::json!({
        "id": summary.id,
        "title": summary.title,
        "n_articles": summary.n_articles,
        "n_events": summary.n_events,
        "first": summary.first,
        "last": summary.last,
        "lead": lead.map(|(article, summary)| serde_json::json!({
            "article": article,
            "summary": summary,
        })),
        "n_outlets": outlets.len(),
        "outlets": outlets
            .iter()
            .take(BRIEF_OUTLETS)
            .map(|(outlet, n)| serde_json::json!({"outlet": outlet, "n_articles": n}))
            .collect::<Vec<_>>(),
        "export": format!("/api/stories/{}/export", crate::html::url_encode(id)),
    });
    for list in StoryApiList::ALL {
        brief[list.name()] = list.page(store, id, BRIEF_ITEMS, 0)?;
    }
    Ok(brief)
}

/// `/api/stories/{id}/{list}`: a page of one of the story's lists (`limit`/`offset`), or
/// with `export` the whole story as stored, as the JSON contract gives it.
pub async fn story_list(
    State(state): State<Arc<AppState>>,
    Path((id, list)): Path<(String, String)>,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<axum::response::Response, ApiError> {
    let Query(params) = params?;
    if list == "export" {
        if params.limit.is_some() || params.offset.is_some() {
            return Err(ApiError::BadRequest(
                "the export is the whole story: it takes no limit or offset".to_string(),
            ));
        }
        let json = state
            .with_store(move |store, _| {
                store
                    .story_json(&id)?
                    .ok_or_else(|| ApiError::NotFound(format!("story {id:?}")))
            })
            .await?;
        return Ok((
            [(axum::http::header::CONTENT_TYPE, "application/json")],
            json,
        )
            .into_response());
    }
    let Some(list) = StoryApiList::from_name(&list) else {
        return Err(ApiError::NotFound(format!("story list {list:?}")));
    };
    let limit = params.limit()?;
    let offset = params.offset.unwrap_or(0);
    let page = state
        .with_store(move |store, _| {
            if store.story_summary(&id)?.is_none() {
                return Err(ApiError::NotFound(format!("story {id:?}")));
            }
            list.page(store, &id, limit, offset)
        })
        .await?;
    Ok(Json(page).into_response())
}

pub async fn events(
    State(state): State<Arc<AppState>>,
    params: Result<Query<EventParams>, QueryRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let Query(params) = params?;
    let limit = PageParams {
        limit: params.limit,
        offset: params.offset,
    }
    .limit()?;
    let offset = params.offset.unwrap_or(0);
    for day in [&params.since, &params.until].into_iter().flatten() {
        if !is_iso_date_prefix(day) {
            return Err(ApiError::InvalidQuery(format!(
                "{day:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
            )));
        }
    }
    let filter = store::EventFilter {
        event_type: params.event_type,
        actor: params.actor,
        country: params.country,
        since: params.since,
        until: params.until,
    };
    let page = state
        .with_store(move |store, _| Ok(store.events(&filter, limit, offset)?))
        .await?;
    Ok(Json(page))
}

/// "2025", "2025-10" or "2025-10-12".
fn is_iso_date_prefix(day: &str) -> bool {
    let bytes = day.as_bytes();
    let shape_ok = |pattern: &str| {
        bytes.len() == pattern.len()
            && pattern.bytes().zip(bytes).all(|(want, got)| match want {
                b'9' => got.is_ascii_digit(),
                other => other == *got,
            })
    };
    shape_ok("9999") || shape_ok("9999-99") || shape_ok("9999-99-99")
}

pub async fn search(
    State(state): State<Arc<AppState>>,
    params: Result<Query<SearchParams>, QueryRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let Query(params) = params?;
    let query = params.query()?;
    let results = state.search(query).await?;
    Ok(Json(results))
}

pub async fn openapi() -> impl IntoResponse {
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        OPENAPI_JSON,
    )
}

/// Unknown routes: a JSON error under `/api`, an HTML page elsewhere.
pub async fn not_found(uri: axum::http::Uri) -> axum::response::Response {
    let error = ApiError::NotFound(format!("route {}", uri.path()));
    if uri.path().starts_with("/api/") {
        error.into_response()
    } else {
        crate::error::PageError(error).into_response()
    }
}

/// The OpenAPI 3 description of this API, written by hand (`openapi.json` beside this file).
pub const OPENAPI_JSON: &str = include_str!("openapi.json");
