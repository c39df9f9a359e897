//! Cut and corrupt inputs: a gzip stream, WARC record, feed or JSON document that ends early
//! or is damaged is a warning that says "truncated" or "corrupt" and names the input, counts
//! as failed, and what could be read is kept — marked partial when it is one document's part.

use flate2::write::GzEncoder;
use ingest::{parse_bytes, Ingested};
use std::io::Write;

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// The article the cut inputs are made of: long enough that a cut loses real text.
fn article_html() -> String {
    let paragraphs: String = (1..=40)
        .map(|number| {
            format!(
                "<p>Paragraph {number}: dock workers at the port of Valdora said talks with \
                 the port authority had reached stage {number} of the agreement.</p>"
            )
        })
        .collect();
    format!("<html><head><title>Port talks</title></head><body><article>{paragraphs}</article></body></html>")
}

/// The warnings of `ingested` must be exactly one, for `source`, holding every part of
/// `expected`; `failed` inputs; `docs` documents.
fn check(ingested: &Ingested, source: &str, expected: &[&str], failed: usize, docs: usize) {
    assert_eq!(ingested.warnings.len(), 1, "{:?}", ingested.warnings);
    let warning = &ingested.warnings[0];
    assert_eq!(warning.source, source, "{warning:?}");
    for part in expected {
        assert!(
            warning.message.contains(part),
            "{part:?} not in {warning:?}"
        );
    }
    assert_eq!(ingested.failed, failed, "{:?}", ingested.warnings);
    assert_eq!(ingested.docs.len(), docs, "{:?}", ingested.warnings);
}

#[test]
fn a_cut_gzip_keeps_what_it_gave_marked_partial() {
    let html = article_html();
    let zipped = gzip(html.as_bytes());
    let cut = &zipped[..zipped.len() / 2];
    let ingested = parse_bytes("page.html.gz", cut, "page.html.gz", None);
    check(
        &ingested,
        "page.html.gz",
        &["truncated gzip", "are read, the rest is lost"],
        1,
        1,
    );
    let content = &ingested.docs[0].content;
    assert!(!content.is_empty() && html.starts_with(content.as_str()));
    assert!(content.len() < html.len());
    assert!(
        ingested.partial.contains_key("page.html.gz"),
        "{:?}",
        ingested.partial
    );
}

#[test]
fn a_whole_gzip_is_whole_and_is_read_without_its_extension() {
    let html = article_html();
    let zipped = gzip(html.as_bytes());
    for name in ["page.html.gz", "download"] {
        let ingested = parse_bytes(name, &zipped, name, None);
        assert!(
            ingested.warnings.is_empty(),
            "{name}: {:?}",
            ingested.warnings
        );
        assert_eq!(ingested.docs[0].content, html);
        assert_eq!(ingested.docs[0].format, model::RawFormat::Html);
        assert!(ingested.partial.is_empty());
    }
}

#[test]
fn a_corrupt_gzip_says_so() {
    let zipped = gzip(article_html().as_bytes());
    // The stored CRC no longer matches what inflates.
    let mut damaged = zipped.clone();
    let crc_at = damaged.len() - 8;
    damaged[crc_at] ^= 0xFF;
    let ingested = parse_bytes("crc.html.gz", &damaged, "crc.html.gz", None);
    check(&ingested, "crc.html.gz", &["corrupt gzip"], 1, 1);
    // A gzip header and nothing readable after it.
    let mut garbage = zipped[..10].to_vec();
    garbage.extend([0xFF; 40]);
    let ingested = parse_bytes("junk.gz", &garbage, "junk.gz", None);
    check(
        &ingested,
        "junk.gz",
        &["corrupt gzip", "nothing could be read"],
        1,
        0,
    );
}

fn warc_record(id: &str, block: &str) -> String {
    format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: https://n.example/{id}\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
        block.len()
    )
}

#[test]
fn a_truncated_warc_record_keeps_its_page_start_marked_partial() {
    let page = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{}",
        article_html()
    );
    let whole = warc_record("1", &page);
    let second = warc_record("2", &page);
    let cut = format!("{whole}{}", &second[..second.len() / 2]);
    let ingested = ingest::warc::parse("cut.warc", cut.as_bytes());
    check(
        &ingested,
        "cut.warc#urn:uuid:2",
        &["record 2: truncated", "read as a partial page"],
        1,
        2,
    );
    assert!(ingested.partial.contains_key("cut.warc#urn:uuid:2"));
    assert!(!ingested.partial.contains_key("cut.warc#urn:uuid:1"));
    assert!(ingested.docs[1]
        .content
        .starts_with("<html><head><title>Port talks"));

    // The same cut inside a gzipped WARC: the gzip stream is cut too.
    let zipped: Vec<u8> = [gzip(whole.as_bytes()), gzip(second.as_bytes())].concat();
    let ingested = ingest::warc::parse("cut.warc.gz", &zipped[..zipped.len() - 30]);
    assert!(
        ingested.warnings[0].message.starts_with("truncated gzip"),
        "{:?}",
        ingested.warnings
    );
    assert_eq!(ingested.warnings[0].source, "cut.warc.gz");
    assert_eq!(ingested.docs.len(), 2, "{:?}", ingested.warnings);
    assert!(ingested.failed >= 1);
}

#[test]
fn a_corrupt_warc_record_says_so() {
    let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>First</p>";
    let text = format!("{}GARBAGE LINE\r\n", warc_record("1", page));
    let ingested = ingest::warc::parse("bad.warc", text.as_bytes());
    check(
        &ingested,
        "bad.warc#record-2",
        &["corrupt", "no WARC version line"],
        1,
        1,
    );
}

fn rss_item(number: usize) -> String {
    format!(
        "<item><title>Story {number}</title><link>https://r.example/{number}</link><guid>r-{number}</guid><description>Body of story {number} about the port talks.</description></item>\n"
    )
}

#[test]
fn a_truncated_feed_keeps_the_items_before_the_cut() {
    let items: String = (1..=3).map(rss_item).collect();
    let feed = format!(
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>River Wire</title>\n{items}</channel></rss>\n"
    );
    let third_at = feed.find("<item><title>Story 3").unwrap();
    let cut = &feed[..third_at + 40];
    let ingested = ingest::feed::parse("river.xml", cut.as_bytes());
    check(
        &ingested,
        "river.xml",
        &["truncated feed", "the 2 items before the damage are read"],
        1,
        2,
    );
    assert_eq!(ingested.docs[1].source, "river.xml#r-2");
}

#[test]
fn a_corrupt_feed_keeps_the_items_before_the_damage() {
    let items: String = (1..=4)
        .map(|number| {
            let item = rss_item(number);
            if number == 3 {
                item.replace("Body of", "Body <of")
            } else {
                item
            }
        })
        .collect();
    let feed = format!(
        "<rss version=\"2.0\"><channel><title>River Wire</title>\n{items}</channel></rss>\n"
    );
    let ingested = ingest::feed::parse("river.rss", feed.as_bytes());
    check(&ingested, "river.rss", &["corrupt feed", "2 items"], 1, 2);
}

#[test]
fn a_cut_json_array_keeps_whole_records_and_the_start_of_the_cut_one() {
    let array = r#"[{"id": "a", "text": "First story about the port."},
 {"id": "b", "title": "Second", "text": "Second story about the port talks, which went on until late"#;
    let ingested = ingest::jsonl::parse("all.json", array.as_bytes());
    check(
        &ingested,
        "all.json",
        &[
            "is not JSON (truncated",
            "the record before the damage is read",
            "marked partial",
        ],
        1,
        2,
    );
    assert_eq!(ingested.docs[1].source, "all.json#b");
    assert!(ingested.docs[1]
        .content
        .ends_with("which went on until late"));
    assert_eq!(ingested.partial.len(), 1);
    assert!(ingested.partial["all.json#b"].contains("`text`"));
}

#[test]
fn a_cut_pretty_json_article_is_read_in_part() {
    let article = "{\n  \"title\": \"Port talks\",\n  \"date_publish\": \"2025-10-14 08:00:00\",\n  \"maintext\": \"Dock workers said the talks \\\"went well\\\" and would resume on Tues";
    let ingested = ingest::jsonl::parse("article.json", article.as_bytes());
    check(
        &ingested,
        "article.json",
        &["the file is not JSON (truncated", "partial article"],
        1,
        1,
    );
    let doc = &ingested.docs[0];
    assert_eq!(
        doc.content,
        "Dock workers said the talks \"went well\" and would resume on Tues"
    );
    assert_eq!(doc.hints.title.as_deref(), Some("Port talks"));
    assert!(ingested.partial.contains_key("article.json"));
}

#[test]
fn jsonl_lines_say_whether_they_are_cut_or_corrupt() {
    let lines = "{\"text\": \"One.\"}\n{\"text\": oops}\n{\"text\": \"Three.\"}\n{\"text\": \"Fou";
    let ingested = ingest::jsonl::parse("f.jsonl", lines.as_bytes());
    assert_eq!(ingested.docs.len(), 3);
    assert_eq!(ingested.failed, 2);
    // The cut last line keeps what it holds, marked partial.
    assert_eq!(ingested.docs[2].content, "Fou");
    assert!(ingested.partial.contains_key("f.jsonl#4"));
    let messages: Vec<String> = ingested
        .warnings
        .iter()
        .map(|warning| format!("{}: {}", warning.source, warning.message))
        .collect();
    assert!(
        messages[0].starts_with("f.jsonl#2: line 2 is not JSON (corrupt)"),
        "{messages:?}"
    );
    assert!(
        messages[1].starts_with("f.jsonl#4: line 4 is not JSON (truncated"),
        "{messages:?}"
    );
    assert!(
        messages[1].ends_with("read as a partial article"),
        "{messages:?}"
    );
}

#[test]
fn a_file_past_the_read_limit_is_read_in_part_and_marked_partial() {
    let dir = std::env::temp_dir().join(format!("sitrep-ingest-limit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("huge.txt");
    let line = "Dock workers at the port said the talks went on through the night.\n";
    let text = line.repeat(ingest::MAX_INPUT_BYTES / line.len() + 10);
    std::fs::write(&path, &text).unwrap();
    let source = path.to_string_lossy().to_string();
    let ingested = ingest::read_inputs(std::slice::from_ref(&source), &Default::default());
    check(
        &ingested,
        &source,
        &["only the first 16 MB were read"],
        1,
        1,
    );
    assert_eq!(ingested.docs[0].content.len(), ingest::MAX_INPUT_BYTES);
    assert!(ingested.partial[&source].contains("past the first 16 MB"));
    let _ = std::fs::remove_dir_all(&dir);
}
