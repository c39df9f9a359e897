//! WARC files (as in CC-NEWS): `response` records holding HTTP responses with HTML bodies become
//! raw documents; other records are skipped; a truncated or malformed record is a warning naming
//! the record, and the records before it are kept.

use crate::{charset, Ingested};
use model::{RawDoc, RawFormat, RawHints};

/// Parse WARC bytes (plain, or gzip with one member per record). Each document's source is
/// `<source>#<WARC-Record-ID>`.
pub fn parse(source: &str, bytes: &[u8]) -> Ingested {
    let mut ingested = Ingested::default();
    let unzipped;
    let mut data = bytes;
    if bytes.starts_with(&crate::GZIP_MAGIC) {
        match crate::gunzip_bounded(bytes) {
            Ok(inflated) => {
                if let Some(problem) = inflated.problem {
                    ingested.fail(source, problem);
                }
                unzipped = inflated.bytes;
                data = &unzipped;
            }
            Err(message) => {
                ingested.fail(source, message);
                return ingested;
            }
        }
    }
    let mut position = 0;
    let mut record_number = 0;
    while position < data.len() {
        // Skip blank lines between records.
        while position < data.len() && matches!(data[position], b'\r' | b'\n') {
            position += 1;
        }
        if position >= data.len() {
            break;
        }
        record_number += 1;
        let record_name = format!("{source}#record-{record_number}");
        if !data[position..].starts_with(b"WARC/") {
            ingested.fail(&record_name, format!("record {record_number}: corrupt, no WARC version line at byte {position}; rest of file skipped"));
            break;
        }
        let Some(header_end) = find(&data[position..], b"\r\n\r\n").map(|offset| position + offset)
        else {
            ingested.fail(
                &record_name,
                format!("record {record_number}: truncated header"),
            );
            break;
        };
        let header = String::from_utf8_lossy(&data[position..header_end]);
        let field = |name: &str| {
            header.lines().find_map(|line| {
                let (key, value) = line.split_once(':')?;
                key.trim()
                    .eq_ignore_ascii_case(name)
                    .then(|| value.trim().to_string())
            })
        };
        let record_id = field("WARC-Record-ID").map(|id| id.trim_matches(['<', '>']).to_string());
        let record_source = record_id
            .as_ref()
            .map(|id| format!("{source}#{id}"))
            .unwrap_or(record_name);
        let Some(length) = field("Content-Length").and_then(|value| value.parse::<usize>().ok())
        else {
            ingested.fail(
                &record_source,
                format!(
                    "record {record_number}: corrupt, missing or bad Content-Length; rest of \
                     file skipped"
                ),
            );
            break;
        };
        let block_start = header_end + 4;
        let block_end = block_start.saturating_add(length);
        let is_response = field("WARC-Type").as_deref() == Some("response");
        let truncated = block_end > data.len();
        if truncated {
            let present = data.len() - block_start;
            let what_is_read = if is_response {
                "the part present is read as a partial page"
            } else {
                "not a response record; nothing to read"
            };
            ingested.fail(
                &record_source,
                format!(
                    "record {record_number}: truncated (Content-Length {length}, {present} bytes \
                     present); {what_is_read}"
                ),
            );
            if !is_response {
                break;
            }
        }
        let block_end = block_end.min(data.len());
        position = block_end;
        if !is_response {
            continue;
        }
        let block = &data[block_start..block_end];
        let Some(http_end) = find(block, b"\r\n\r\n") else {
            if truncated {
                break;
            }
            ingested.fail(
                &record_source,
                format!("record {record_number}: HTTP response without a header end"),
            );
            continue;
        };
        let http_header = String::from_utf8_lossy(&block[..http_end]);
        let content_type = http_header.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim()
                .eq_ignore_ascii_case("content-type")
                .then(|| value.trim().to_string())
        });
        if content_type
            .as_deref()
            .is_some_and(|value| !value.contains("html"))
        {
            continue;
        }
        let body = &block[http_end + 4..];
        if body.iter().all(u8::is_ascii_whitespace) {
            ingested.warnings.push(model::Warning::new(
                &record_source,
                "response record with an empty body skipped",
            ));
            continue;
        }
        let header_charset = content_type
            .as_deref()
            .and_then(charset::charset_from_content_type);
        let decoded = charset::decode_html(body, header_charset.as_deref());
        ingested.note_decoding(&record_source, &decoded);
        let doc = RawDoc {
            source: record_source,
            format: RawFormat::Html,
            content: decoded.text,
            // WARC-Date is when the page was crawled, not published, so it is no date hint.
            hints: RawHints {
                url: field("WARC-Target-URI"),
                ..RawHints::default()
            },
        };
        if truncated {
            let missing = format!(
                "the end of WARC record {record_number}: {} of its {length} bytes are missing",
                length - block.len()
            );
            ingested.push_partial(doc, missing);
            break;
        }
        ingested.docs.push(doc);
    }
    ingested
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, id: &str, block: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: https://n.example/{id}\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    }

    #[test]
    fn response_records_with_html_become_documents() {
        let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Hello</p></body></html>";
        let image = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG";
        let warc = format!(
            "{}{}{}",
            record("warcinfo", "0", "software: x"),
            record("response", "1", page),
            record("response", "2", image)
        );
        let ingested = parse("cc.warc", warc.as_bytes());
        assert_eq!(ingested.docs.len(), 1);
        assert_eq!(ingested.docs[0].source, "cc.warc#urn:uuid:1");
        assert_eq!(
            ingested.docs[0].hints.url.as_deref(),
            Some("https://n.example/1")
        );
        assert!(ingested.docs[0].content.contains("<p>Hello</p>"));
    }

    #[test]
    fn truncated_record_keeps_earlier_ones_and_warns() {
        let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>First</p>";
        let mut warc = record("response", "1", page);
        let second = record("response", "2", page);
        warc.push_str(&second[..second.len() - 20]);
        let ingested = parse("cut.warc", warc.as_bytes());
        assert_eq!(ingested.docs.len(), 1);
        assert_eq!(ingested.failed, 1);
        assert!(
            ingested.warnings[0].message.contains("truncated"),
            "{:?}",
            ingested.warnings
        );
        assert_eq!(ingested.warnings[0].source, "cut.warc#urn:uuid:2");
    }
}
