//! `server/`: how does a person browse a store? `sitrep serve`: the local web app (stories,
//! a story, an article, search) and the JSON API under `/api`, over one store directory. The
//! only crate that knows HTTP.
//!
//! Nothing here fetches anything: pages carry their CSS and SVG inline, every response
//! forbids scripts and outside requests (Content-Security-Policy), and everything that came
//! from an article is escaped.

mod api;
mod error;
mod html;
mod pages;

pub use error::ApiError;

use axum::http::{header, HeaderValue};
use axum::routing::get;
use axum::Router;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// What every request handler shares: the store's directory, a pool of open connections and
/// the search index.
pub struct AppState {
    store_dir: PathBuf,
    idle_stores: Mutex<Vec<store::Store>>,
    search: store::SearchIndex,
    /// Rendered story pages by story id, each with the store version it was rendered from.
    story_pages: Mutex<std::collections::HashMap<String, (String, axum::body::Bytes)>>,
    /// Held while a story page is rendered: one render at a time, so a burst of requests for
    /// large stories costs one story's memory, and the requests behind it read the cache.
    story_render: Mutex<()>,
}

impl AppState {
    /// Open the store (checking it can be read) and its search index (brought in step).
    pub fn open(store_dir: &Path) -> Result<Arc<AppState>, ApiError> {
        let first = store::Store::open(store_dir)?;
        let search = store::SearchIndex::open(store_dir)?;
        Ok(Arc::new(AppState {
            store_dir: store_dir.to_path_buf(),
            idle_stores: Mutex::new(vec![first]),
            search,
            story_pages: Mutex::new(std::collections::HashMap::new()),
            story_render: Mutex::new(()),
        }))
    }

    /// Run `job` with an open store on a blocking thread (SQLite calls block), returning the
    /// connection to the pool afterwards.
    async fn with_store<T: Send + 'static>(
        self: &Arc<Self>,
        job: impl FnOnce(&store::Store, &AppState) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let state = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let taken = state
                .idle_stores
                .lock()
                .map_err(|_| ApiError::Internal("connection pool poisoned".to_string()))?
                .pop();
            let store = match taken {
                Some(store) => store,
                None => store::Store::open(&state.store_dir)?,
            };
            let result = job(&store, &state);
            if let Ok(mut idle) = state.idle_stores.lock() {
                idle.push(store);
            }
            result
        })
        .await
        .map_err(|error| ApiError::Internal(format!("request task failed: {error}")))?
    }
}

impl AppState {
    /// A story page from the cache when it was rendered from this version of the store, else
    /// rendered by `render` (one render at a time) and kept.
    fn cached_story_page(
        &self,
        id: &str,
        version: &str,
        render: impl FnOnce() -> Result<String, ApiError>,
    ) -> Result<axum::body::Bytes, ApiError> {
        let cached = |state: &AppState| {
            state.story_pages.lock().ok().and_then(|pages| {
                pages
                    .get(id)
                    .filter(|(rendered_from, _)| rendered_from == version)
                    .map(|(_, page)| page.clone())
            })
        };
        if let Some(page) = cached(self) {
            return Ok(page);
        }
        let _rendering = self
            .story_render
            .lock()
            .map_err(|_| ApiError::Internal("story render lock poisoned".to_string()))?;
        if let Some(page) = cached(self) {
            return Ok(page);
        }
        // Bytes: a cached page is shared by every response, never copied.
        let page = axum::body::Bytes::from(render()?);
        if let Ok(mut pages) = self.story_pages.lock() {
            pages.insert(id.to_string(), (version.to_string(), page.clone()));
        }
        Ok(page)
    }
}

/// Security headers on every response: no script, no request leaving the page, no sniffing.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; \
     img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The app's routes over a state.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(pages::stories_page))
        .route("/articles", get(pages::articles_page))
        .route("/stories/{id}", get(pages::story_page))
        .route("/articles/{id}", get(pages::article_page))
        .route("/search", get(pages::search_page))
        .route("/api/articles", get(api::articles))
        .route("/api/articles/{id}", get(api::article))
        .route("/api/stories", get(api::stories))
        .route("/api/stories/{id}", get(api::story))
        .route("/api/events", get(api::events))
        .route("/api/search", get(api::search))
        .route("/api/openapi.json", get(api::openapi))
        .fallback(api::not_found)
        .layer(axum::middleware::map_response(
            |mut response: axum::response::Response| async move {
                let headers = response.headers_mut();
                headers.insert(
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static(CONTENT_SECURITY_POLICY),
                );
                headers.insert(
                    header::X_CONTENT_TYPE_OPTIONS,
                    HeaderValue::from_static("nosniff"),
                );
                headers.insert(
                    header::REFERRER_POLICY,
                    HeaderValue::from_static("no-referrer"),
                );
                response
            },
        ))
        .with_state(state)
}

/// Serve the store on a listener until `shutdown` completes, finishing requests in flight.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await
}

/// `sitrep serve`: serve the store at `address` until Ctrl-C or SIGTERM.
pub fn serve_until_shutdown(store_dir: &Path, address: SocketAddr) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let state = AppState::open(store_dir).map_err(std::io::Error::other)?;
        let listener = tokio::net::TcpListener::bind(address).await?;
        let bound = listener.local_addr()?;
        println!("sitrep serve: http://{bound}/ (Ctrl-C to stop)");
        if !bound.ip().is_loopback() {
            eprintln!("warning: listening on {bound}, which is not loopback: the store is shared with the network");
        }
        serve(listener, state, shutdown_signal()).await?;
        println!("sitrep serve: stopped");
        Ok(())
    })
}

/// Ctrl-C, or SIGTERM where there are signals.
async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {}
        _ = terminate => {}
    }
}
