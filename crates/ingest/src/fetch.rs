//! Fetching http(s) URLs politely: a User-Agent naming sitrep, connect and read timeouts, a cap
//! on redirects and on body size, and nothing but http and https.

use crate::{Ingested, MAX_INPUT_BYTES};
use std::io::Read;
use std::time::Duration;

/// Limits for fetching one URL.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    pub connect_timeout: Duration,
    /// Whole-request deadline, headers and body included.
    pub timeout: Duration,
    pub max_redirects: u32,
    pub max_bytes: usize,
    pub user_agent: String,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_redirects: 5,
            max_bytes: MAX_INPUT_BYTES,
            user_agent: format!(
                "sitrep/{} (news situation reports; polite fetcher)",
                env!("CARGO_PKG_VERSION")
            ),
        }
    }
}

/// Fetch one URL and parse what it returns. Any failure is a warning naming the URL.
pub fn fetch(url: &str, options: &FetchOptions) -> Ingested {
    let mut ingested = Ingested::default();
    let lowered = url.to_ascii_lowercase();
    if !(lowered.starts_with("http://") || lowered.starts_with("https://")) {
        ingested.fail(url, "only http and https URLs are fetched");
        return ingested;
    }
    let agent = ureq::AgentBuilder::new()
        .timeout_connect(options.connect_timeout)
        .timeout(options.timeout)
        .redirects(options.max_redirects)
        .user_agent(&options.user_agent)
        .build();
    let response = match agent.get(url).call() {
        Ok(response) => response,
        Err(ureq::Error::Status(code, _)) => {
            ingested.fail(url, format!("HTTP status {code}"));
            return ingested;
        }
        Err(ureq::Error::Transport(transport)) => {
            ingested.fail(
                url,
                format!("fetch failed: {}", transport_problem(&transport)),
            );
            return ingested;
        }
    };
    let content_type = response.header("content-type").map(str::to_string);
    let final_path = response
        .get_url()
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_string();
    let mut body = Vec::new();
    let read = response
        .into_reader()
        .take(options.max_bytes as u64 + 1)
        .read_to_end(&mut body);
    if let Err(error) = read {
        ingested.fail(url, format!("reading the response failed: {error}"));
        return ingested;
    }
    if body.len() > options.max_bytes {
        body.truncate(options.max_bytes);
        ingested.failed += 1;
        ingested.warnings.push(model::Warning::new(
            url,
            format!(
                "response larger than {} bytes: cut there",
                options.max_bytes
            ),
        ));
    }
    let mut parsed = crate::parse_bytes(url, &body, &final_path, content_type.as_deref());
    ingested.warnings.append(&mut parsed.warnings);
    ingested.docs.append(&mut parsed.docs);
    ingested.failed += parsed.failed;
    ingested
}

/// What went wrong on the wire, said once: ureq's own message repeats its error kind ("Network
/// Error: Network Error: …"), so the kind is given, then the underlying cause if it adds one.
fn transport_problem(transport: &ureq::Transport) -> String {
    let kind = transport.kind().to_string();
    let cause = transport
        .message()
        .map(str::to_string)
        .or_else(|| std::error::Error::source(transport).map(|source| source.to_string()))
        .map(|cause| {
            let prefix = format!("{kind}: ");
            cause
                .strip_prefix(&prefix)
                .map(str::to_string)
                .unwrap_or(cause)
        })
        .filter(|cause| !cause.is_empty() && *cause != kind);
    match cause {
        Some(cause) => format!("{kind}: {cause}"),
        None => kind,
    }
}
