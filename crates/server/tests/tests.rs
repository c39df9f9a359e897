//! The app and API against a real server on a random loopback port: JSON routes, pagination,
//! errors, a hostile article, graceful shutdown, and the story page in headless Chromium.

use serde_json::Value;
use std::path::PathBuf;
use std::sync::OnceLock;

mod api;
mod browser;
mod hostile;
mod paging;

/// The server all tests share: a store of the demo corpus plus one hostile article.
pub struct TestServer {
    pub base: String,
    pub store_dir: PathBuf,
}

pub fn server() -> &'static TestServer {
    static SERVER: OnceLock<TestServer> = OnceLock::new();
    SERVER.get_or_init(|| {
        let store_dir =
            std::env::temp_dir().join(format!("sitrep-server-tests-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&store_dir);
        let mut documents = engine::demo_documents();
        documents.docs.push(hostile::hostile_document());
        store::ingest(
            &store_dir,
            documents,
            &engine::Options::default(),
            &mut |_, _| {},
        )
        .expect("ingest");
        let state = server::AppState::open(&store_dir).expect("open the store");
        let base = start_server(state);
        TestServer { base, store_dir }
    })
}

/// Serve `state` on a random loopback port from a thread of its own; returns the base URL.
pub fn start_server(state: std::sync::Arc<server::AppState>) -> String {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            sender.send(listener.local_addr().unwrap()).unwrap();
            server::serve(listener, state, std::future::pending())
                .await
                .unwrap();
        });
    });
    format!("http://{}", receiver.recv().unwrap())
}

/// GET a path: status, headers we check, body.
pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub csp: String,
    pub body: String,
}

pub fn get(path: &str) -> Reply {
    get_from(&server().base, path)
}

/// GET a path from the server at `base`.
pub fn get_from(base: &str, path: &str) -> Reply {
    let url = format!("{base}{path}");
    let response = match ureq::get(&url).call() {
        Ok(response) => response,
        Err(ureq::Error::Status(_, response)) => response,
        Err(error) => panic!("GET {url}: {error}"),
    };
    Reply {
        status: response.status(),
        content_type: response.header("content-type").unwrap_or("").to_string(),
        csp: response
            .header("content-security-policy")
            .unwrap_or("")
            .to_string(),
        body: response.into_string().unwrap(),
    }
}

pub fn get_json(path: &str) -> (u16, Value) {
    let reply = get(path);
    assert!(
        reply.content_type.starts_with("application/json"),
        "{path}: {}",
        reply.content_type
    );
    (reply.status, serde_json::from_str(&reply.body).unwrap())
}

#[test]
fn graceful_shutdown_finishes_when_signalled() {
    let store_dir = server().store_dir.clone();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async move {
        let state = server::AppState::open(&store_dir).unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let serving = tokio::spawn(server::serve(listener, state, async move {
            let _ = stopped.await;
        }));
        let body = tokio::task::spawn_blocking(move || {
            ureq::get(&format!("http://{address}/api/stories?limit=1"))
                .call()
                .unwrap()
                .into_string()
                .unwrap()
        })
        .await
        .unwrap();
        assert!(body.contains("\"total\""));
        stop.send(()).unwrap();
        let finished = tokio::time::timeout(std::time::Duration::from_secs(10), serving).await;
        assert!(matches!(finished, Ok(Ok(Ok(())))), "{finished:?}");
    });
}
