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

pub async fn story(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let story = state
        .with_store(move |store, _| {
            store
                .story(&id)?
                .ok_or_else(|| ApiError::NotFound(format!("story {id:?}")))
        })
        .await?;
    Ok(Json(story))
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
