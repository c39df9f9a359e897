//! Integration tests of ingest: real files in a temporary folder, and a real HTTP server on
//! loopback for the fetcher.

mod damaged;
mod decoding;
mod fuzz_regressions;

use ingest::{parse_bytes, read_inputs, FetchOptions, InputOptions};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::Duration;

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-ingest-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn folders_expand_recursively_in_sorted_order_and_bad_files_are_named() {
    let dir = temp_dir("folders");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("b.txt"), "Second article text.").unwrap();
    std::fs::write(dir.join("a.html"), "<html><body><p>First</p></body></html>").unwrap();
    std::fs::write(dir.join("sub/c.txt"), "Third.").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("blob.bin"), [0u8, 1, 2, 3, 255, 0, 7]).unwrap();
    let ingested = read_inputs(
        &[dir.to_string_lossy().to_string()],
        &InputOptions::default(),
    );
    let names: Vec<String> = ingested
        .docs
        .iter()
        .map(|doc| doc.source.rsplit('/').next().unwrap().to_string())
        .collect();
    assert_eq!(names, ["a.html", "b.txt", "c.txt"]);
    assert_eq!(ingested.failed, 2);
    let messages: Vec<String> = ingested
        .warnings
        .iter()
        .map(|w| format!("{}: {}", w.source, w.message))
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("blob.bin: binary content")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("empty.txt: empty input")),
        "{messages:?}"
    );
}

#[test]
fn globs_and_missing_inputs() {
    let dir = temp_dir("globs");
    std::fs::write(dir.join("one.txt"), "One.").unwrap();
    std::fs::write(dir.join("two.txt"), "Two.").unwrap();
    std::fs::write(dir.join("three.md"), "Three.").unwrap();
    let pattern = format!("{}/*.txt", dir.display());
    let missing = format!("{}/nope.txt", dir.display());
    let ingested = read_inputs(&[pattern, missing.clone()], &InputOptions::default());
    assert_eq!(ingested.docs.len(), 2);
    assert_eq!(ingested.failed, 1);
    assert_eq!(ingested.warnings[0].source, missing);
}

#[test]
fn gzipped_html_is_read() {
    use flate2::write::GzEncoder;
    let mut encoder = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder
        .write_all(b"<html><body><p>Zipped</p></body></html>")
        .unwrap();
    let bytes = encoder.finish().unwrap();
    let ingested = parse_bytes("page.html.gz", &bytes, "page.html.gz", None);
    assert_eq!(ingested.docs.len(), 1);
    assert_eq!(ingested.docs[0].format, model::RawFormat::Html);
}

/// Serve `responses` one connection each on a loopback port; returns the base URL.
fn serve(responses: Vec<Vec<u8>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for response in responses {
            let Ok((mut stream, _)) = listener.accept() else {
                return;
            };
            let mut request = [0u8; 4096];
            let _ = stream.read(&mut request);
            let _ = stream.write_all(&response);
        }
    });
    format!("http://{address}")
}

fn http(status: &str, headers: &str, body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

#[test]
fn fetches_a_page_over_loopback_and_follows_a_redirect() {
    let page = http(
        "200 OK",
        "Content-Type: text/html; charset=utf-8\r\n",
        "<html><body><p>Fetched page</p></body></html>",
    );
    // The redirect points at the same server's next accepted connection.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let redirect = http(
        "302 Found",
        &format!("Location: http://{address}/final.html\r\n"),
        "",
    );
    std::thread::spawn(move || {
        for response in [redirect, page] {
            let Ok((mut stream, _)) = listener.accept() else {
                return;
            };
            let mut request = [0u8; 4096];
            let read = stream.read(&mut request).unwrap_or(0);
            let request = String::from_utf8_lossy(&request[..read]).to_string();
            assert!(
                request.to_ascii_lowercase().contains("user-agent: sitrep/"),
                "{request}"
            );
            let _ = stream.write_all(&response);
        }
    });
    let url = format!("http://{address}/start");
    let ingested = read_inputs(std::slice::from_ref(&url), &InputOptions::default());
    assert_eq!(ingested.failed, 0, "{:?}", ingested.warnings);
    assert_eq!(ingested.docs.len(), 1);
    assert_eq!(ingested.docs[0].source, url);
    assert!(ingested.docs[0].content.contains("Fetched page"));
}

#[test]
fn http_errors_and_timeouts_are_warnings() {
    let base = serve(vec![http("404 Not Found", "", "gone")]);
    let ingested = read_inputs(&[format!("{base}/missing")], &InputOptions::default());
    assert_eq!(ingested.failed, 1);
    assert!(ingested.warnings[0].message.contains("404"));

    // A server that accepts and then says nothing.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let _held = listener.accept();
        std::thread::sleep(Duration::from_secs(3));
    });
    let options = InputOptions {
        fetch: FetchOptions {
            timeout: Duration::from_millis(300),
            ..FetchOptions::default()
        },
    };
    let started = std::time::Instant::now();
    let ingested = read_inputs(&[format!("http://{address}/slow")], &options);
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(ingested.failed, 1);
    let message = &ingested.warnings[0].message;
    assert!(message.contains("fetch failed"), "{message}");
    assert!(!message.contains("Error: Network Error"), "{message}");
}

#[test]
fn oversized_responses_are_cut_with_a_warning() {
    let body = format!("<html><body><p>{}</p></body></html>", "word ".repeat(400));
    let base = serve(vec![http("200 OK", "Content-Type: text/html\r\n", &body)]);
    let options = InputOptions {
        fetch: FetchOptions {
            max_bytes: 500,
            ..FetchOptions::default()
        },
    };
    let ingested = read_inputs(&[format!("{base}/big.html")], &options);
    assert_eq!(ingested.docs.len(), 1);
    assert!(ingested.docs[0].content.len() <= 500);
    assert!(ingested
        .warnings
        .iter()
        .any(|warning| warning.message.contains("cut")));
    // Read in part is not read in full: the input counts as failed.
    assert_eq!(ingested.failed, 1);
}

#[test]
fn other_schemes_are_refused() {
    let ingested = read_inputs(
        &["ftp://example.com/x".to_string()],
        &InputOptions::default(),
    );
    assert_eq!(ingested.failed, 1);
    assert!(ingested.warnings[0].message.contains("only http and https"));
}

mod properties {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn no_bytes_make_any_parser_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048), name_index in 0usize..7) {
            let names = ["x.html", "x.txt", "x.xml", "x.jsonl", "x.warc", "x.warc.gz", "x"];
            let _ = ingest::parse_bytes("prop", &bytes, names[name_index], None);
            let _ = ingest::feed::parse("prop", &bytes);
            let _ = ingest::jsonl::parse("prop", &bytes);
            let _ = ingest::warc::parse("prop", &bytes);
        }

        #[test]
        fn warc_like_text_never_panics(body in ".{0,300}", length in 0usize..400) {
            let record = format!("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: {length}\r\n\r\n{body}");
            let _ = ingest::warc::parse("prop", record.as_bytes());
        }
    }
}
