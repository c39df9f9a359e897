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
mod story;

pub use error::ApiError;
pub use story::StoryPageSizes;

use axum::http::{header, HeaderValue};
use axum::routing::get;
use axum::Router;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What every request handler shares: the store's directory, a pool of open connections and
/// the search index.
pub struct AppState {
    store_dir: PathBuf,
    idle_stores: Mutex<Vec<store::Store>>,
    search: store::SearchIndex,
    /// Story views by story id, each with the store version it was built from.
    story_views: Mutex<std::collections::HashMap<String, (String, Arc<story::StoryView>)>>,
    /// Held while a story view is built: one build at a time, so a burst of requests for
    /// large stories costs one story's memory, and the requests behind it read the cache.
    story_build: Mutex<()>,
    story_page_sizes: StoryPageSizes,
    /// The store's version as last read, and when (see [`VERSION_RECHECK`]).
    store_version: Mutex<Option<(Instant, String)>>,
    /// Searches running at once: one per core. A search is CPU work, so more at once only
    /// share the cores and all finish later; the rest wait here, holding no thread.
    search_permits: tokio::sync::Semaphore,
}

/// How long a read store version is trusted: pages cached by version are served without a
/// database query for this long after it was read, so an ingest shows on them this much
/// later at most (the search index reloads after a commit with a similar delay).
const VERSION_RECHECK: Duration = Duration::from_millis(250);

impl AppState {
    /// The store's version ([`store::Store::version`]), read again when the last reading is
    /// older than [`VERSION_RECHECK`].
    async fn store_version(self: &Arc<Self>) -> Result<String, ApiError> {
        let recent = self.store_version.lock().ok().and_then(|last| {
            last.as_ref()
                .filter(|(read_at, _)| read_at.elapsed() < VERSION_RECHECK)
                .map(|(_, version)| version.clone())
        });
        if let Some(version) = recent {
            return Ok(version);
        }
        let version = self.with_store(|store, _| Ok(store.version()?)).await?;
        if let Ok(mut last) = self.store_version.lock() {
            *last = Some((Instant::now(), version.clone()));
        }
        Ok(version)
    }

    /// Run a search, waiting for a free core first (see `search_permits`) unless its results
    /// are kept.
    async fn search(
        self: &Arc<Self>,
        query: store::SearchQuery,
    ) -> Result<store::SearchResults, ApiError> {
        // Results kept from the same search cost no core: no permit, no blocking thread.
        if let Some(results) = self.search.kept(&query) {
            return Ok(results);
        }
        let _permit = self
            .search_permits
            .acquire()
            .await
            .map_err(|_| ApiError::Internal("search permits closed".to_string()))?;
        self.with_store(move |store, state| Ok(state.search.search(store, &query)?))
            .await
    }

    /// Open the store (checking it can be read) and its search index (brought in step).
    pub fn open(store_dir: &Path) -> Result<Arc<AppState>, ApiError> {
        AppState::open_with(store_dir, StoryPageSizes::default())
    }

    /// [`AppState::open`] with story pages showing lists of other sizes.
    pub fn open_with(
        store_dir: &Path,
        story_page_sizes: StoryPageSizes,
    ) -> Result<Arc<AppState>, ApiError> {
        let first = store::Store::open(store_dir)?;
        let search = store::SearchIndex::open(store_dir)?;
        Ok(Arc::new(AppState {
            store_dir: store_dir.to_path_buf(),
            idle_stores: Mutex::new(vec![first]),
            search,
            story_views: Mutex::new(std::collections::HashMap::new()),
            story_build: Mutex::new(()),
            story_page_sizes,
            store_version: Mutex::new(None),
            search_permits: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, |cores| cores.get()),
            ),
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

/// Story views kept at once: each is a few megabytes at most (rendered rows), and a store
/// has few stories anyone reads at the same time.
const STORY_VIEWS_KEPT: usize = 32;

/// Security headers on every response: no script, no request leaving the page, no sniffing.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; \
     img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The app's routes over a state.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(pages::stories_page))
        .route("/articles", get(pages::articles_page))
        .route("/stories/{id}", get(story::story_page))
        .route("/stories/{id}/{list}", get(story::story_list_page))
        .route("/articles/{id}", get(pages::article_page))
        .route("/search", get(pages::search_page))
        .route("/api/articles", get(api::articles))
        .route("/api/articles/{id}", get(api::article))
        .route("/api/stories", get(api::stories))
        .route("/api/stories/{id}", get(api::story))
        .route("/api/stories/{id}/{list}", get(api::story_list))
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
