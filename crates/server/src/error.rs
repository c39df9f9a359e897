//! Every error a request can meet, mapped to an HTTP status and a stable code in one place.
//! API routes answer `{"error": {"code", "message"}}`; pages show the same as HTML.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No article, story or route by that name.
    #[error("{0} not found")]
    NotFound(String),
    /// A parameter that cannot be read (a limit that is not a number, an unknown field).
    #[error("{0}")]
    BadRequest(String),
    /// A search query or date that cannot be read.
    #[error("{0}")]
    InvalidQuery(String),
    /// Our fault: the store failed. The message goes to the server's log, not the client.
    #[error("{0}")]
    Internal(String),
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::BadRequest(_) | ApiError::InvalidQuery(_) => StatusCode::BAD_REQUEST,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable code clients can match on.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::NotFound(_) => "not_found",
            ApiError::BadRequest(_) => "bad_request",
            ApiError::InvalidQuery(_) => "invalid_query",
            ApiError::Internal(_) => "internal",
        }
    }

    /// What the client is told.
    pub fn public_message(&self) -> String {
        match self {
            ApiError::Internal(message) => {
                eprintln!("sitrep serve: internal error: {message}");
                "internal error (see the server's log)".to_string()
            }
            other => other.to_string(),
        }
    }
}

impl From<store::StoreError> for ApiError {
    fn from(error: store::StoreError) -> Self {
        ApiError::Internal(error.to_string())
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(error: serde_json::Error) -> Self {
        ApiError::Internal(format!("JSON: {error}"))
    }
}

impl From<store::SearchError> for ApiError {
    fn from(error: store::SearchError) -> Self {
        match error {
            store::SearchError::Query(message) => ApiError::InvalidQuery(message),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<axum::extract::rejection::QueryRejection> for ApiError {
    fn from(rejection: axum::extract::rejection::QueryRejection) -> Self {
        ApiError::BadRequest(rejection.body_text())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "error": { "code": self.code(), "message": self.public_message() }
        });
        (self.status(), axum::Json(body)).into_response()
    }
}

/// The same error as an HTML page, for the app's pages.
pub struct PageError(pub ApiError);

impl From<ApiError> for PageError {
    fn from(error: ApiError) -> Self {
        PageError(error)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = self.0.status();
        let body = format!(
            "<h1>{}</h1><p>{}</p><p class=\"muted\">code: {}</p>",
            status.as_u16(),
            crate::html::escape(&self.0.public_message()),
            self.0.code()
        );
        (status, crate::html::page("Error", &body)).into_response()
    }
}
