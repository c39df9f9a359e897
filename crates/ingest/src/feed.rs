//! RSS 2.0, RSS 1.0 and Atom feeds: each item becomes a raw document, its content (or
//! description when there is no content) as the body, with link, date, authors and title as hints.

use crate::format::embedded_body_document;
use crate::{charset, Ingested};
use chrono::{DateTime, FixedOffset, Utc};
use model::{RawDoc, RawHints};
use regex::Regex;
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// Parse a feed. Each item's source is `<source>#<guid>` (else its link, else its position).
pub fn parse(source: &str, bytes: &[u8]) -> Ingested {
    let mut ingested = Ingested::default();
    let mut parsed = feed_rs::parser::parse(bytes);
    let decoded_bytes;
    let mut bytes = bytes;
    if parsed.is_err() && std::str::from_utf8(bytes).is_err() {
        // The XML parser stops at the first byte its encoding cannot decode; decoded as any
        // text input is (bad bytes replaced, with a warning), the rest of the feed is read.
        let decoded = charset::decode_text(bytes, None);
        ingested.note_decoding(source, &decoded);
        decoded_bytes = declared_as_utf8(decoded.text).into_bytes();
        bytes = &decoded_bytes;
        parsed = feed_rs::parser::parse(bytes);
    }
    let feed = match parsed {
        Ok(feed) => feed,
        Err(error) => {
            let damage = match open_elements(bytes) {
                OpenElements {
                    cut_in_markup: true,
                    ..
                } => "truncated feed: the document ends inside a tag".to_string(),
                OpenElements { names, .. } if !names.is_empty() => format!(
                    "truncated feed: the document ends inside <{}>",
                    names.last().map_or("", String::as_str)
                ),
                _ => format!("corrupt feed: {error}"),
            };
            match readable_prefix(bytes) {
                Some((feed, items)) => {
                    ingested.fail(
                        source,
                        format!(
                            "{damage}; the {} before the damage {} read, the rest is lost",
                            if items == 1 {
                                "item".to_string()
                            } else {
                                format!("{items} items")
                            },
                            if items == 1 { "is" } else { "are" }
                        ),
                    );
                    feed
                }
                None => {
                    ingested.fail(source, format!("{damage}; no whole item could be read"));
                    return ingested;
                }
            }
        }
    };
    if feed.entries.is_empty() {
        ingested.fail(source, "feed holds no items");
        return ingested;
    }
    let written_dates = written_feed_dates(bytes);
    let written_ids = written_item_ids(bytes);
    let feed_outlet = feed
        .title
        .as_ref()
        .map(|title| site_of_feed_title(&title.content))
        .filter(|title| !title.is_empty());
    for (index, entry) in feed.entries.into_iter().enumerate() {
        let link = entry
            .links
            .first()
            .map(|link| link.href.trim().to_string())
            .filter(|href| !href.is_empty());
        // feed-rs invents a hash id when the item has no guid; prefer the link then.
        let has_real_id = written_ids.contains(entry.id.trim());
        let item_name = if has_real_id {
            entry.id.clone()
        } else {
            link.clone().unwrap_or_else(|| (index + 1).to_string())
        };
        let item_source = format!("{source}#{item_name}");
        let body = entry
            .content
            .and_then(|content| content.body)
            .filter(|body| !body.trim().is_empty())
            .or_else(|| {
                entry
                    .summary
                    .map(|summary| summary.content)
                    .filter(|summary| !summary.trim().is_empty())
            });
        let Some(body) = body else {
            ingested.fail(
                &item_source,
                "feed item has neither content nor description",
            );
            continue;
        };
        let (format, content) = embedded_body_document(body);
        ingested.docs.push(RawDoc {
            source: item_source,
            format,
            content,
            hints: RawHints {
                url: link,
                title: entry.title.map(|title| title.content.trim().to_string()),
                published: entry
                    .published
                    .or(entry.updated)
                    .map(|date| written_timestamp(&written_dates, date)),
                outlet: feed_outlet.clone(),
                authors: entry
                    .authors
                    .into_iter()
                    .map(|person| person.name.trim().to_string())
                    .filter(|name| !name.is_empty())
                    .collect(),
            },
        });
    }
    ingested
}

/// A feed's title often names a section after the site ("Example News — World", "Example
/// Times | Politics"): the site is the part before the separator when a short section follows.
fn site_of_feed_title(title: &str) -> String {
    let title = title.trim();
    for separator in [" — ", " – ", " - ", " | ", " :: ", ": "] {
        if let Some((site, section)) = title.split_once(separator) {
            if !site.trim().is_empty() && section.split_whitespace().count() <= 3 {
                return site.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// Every date the feed writes in a date element, with the offset it was written in.
fn written_feed_dates(bytes: &[u8]) -> Vec<DateTime<FixedOffset>> {
    static DATE_ELEMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"<(?:pubDate|published|updated|dc:date|dcterms:issued|dcterms:modified)(?:\s[^>]*)?>\s*([^<]{8,64}?)\s*</",
        )
        .expect("valid date element pattern")
    });
    let text = String::from_utf8_lossy(bytes);
    DATE_ELEMENT
        .captures_iter(&text)
        .filter_map(|captures| {
            let written = captures[1].trim();
            DateTime::parse_from_rfc3339(written)
                .or_else(|_| DateTime::parse_from_rfc2822(written))
                .ok()
        })
        .collect()
}

/// feed-rs gives every date in UTC; the article's date is the one its publisher wrote, in
/// the publisher's offset (a story written at 01:00 +02:00 is from that day, not the day
/// before), so the written form of the same instant is preferred when the feed holds it.
fn written_timestamp(written_dates: &[DateTime<FixedOffset>], instant: DateTime<Utc>) -> String {
    written_dates
        .iter()
        .find(|written| written.with_timezone(&Utc) == instant)
        .map_or_else(|| instant.to_rfc3339(), DateTime::to_rfc3339)
}

/// XML text already decoded to UTF-8 says so in its declaration (which named the charset of
/// the bytes it came from).
fn declared_as_utf8(text: String) -> String {
    static ENCODING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^(\u{feff}?\s*<\?xml[^>]*?encoding\s*=\s*)["'][^"']*["']"#)
            .expect("valid XML declaration pattern")
    });
    match ENCODING.replace(&text, r#"${1}"UTF-8""#) {
        std::borrow::Cow::Owned(replaced) => replaced,
        std::borrow::Cow::Borrowed(_) => text,
    }
}

/// The elements still open where some XML ends, outermost first, and whether it ends inside
/// markup (a tag, comment, CDATA section or declaration left unclosed). One linear pass; no
/// validation beyond what closing a cut document needs.
struct OpenElements {
    names: Vec<String>,
    cut_in_markup: bool,
}

fn open_elements(xml: &[u8]) -> OpenElements {
    let mut names: Vec<String> = Vec::new();
    let mut at = 0;
    let unclosed = |names| OpenElements {
        names,
        cut_in_markup: true,
    };
    while let Some(offset) = xml[at..].iter().position(|&byte| byte == b'<') {
        let start = at + offset;
        let rest = &xml[start..];
        let closer: &[u8] = if rest.starts_with(b"<!--") {
            b"-->"
        } else if rest.starts_with(b"<![CDATA[") {
            b"]]>"
        } else if rest.starts_with(b"<?") {
            b"?>"
        } else if rest.starts_with(b"<!") {
            b">"
        } else {
            // A start or end tag: its end is the first '>' outside quoted attribute values.
            let mut quote = None;
            let Some(length) = rest.iter().position(|&byte| {
                match quote {
                    Some(open) if byte == open => quote = None,
                    Some(_) => {}
                    None if byte == b'"' || byte == b'\'' => quote = Some(byte),
                    None => return byte == b'>',
                }
                false
            }) else {
                return unclosed(names);
            };
            let tag = &rest[1..length];
            let name_of = |tag: &[u8]| {
                let end = tag
                    .iter()
                    .position(|byte| byte.is_ascii_whitespace() || *byte == b'/')
                    .unwrap_or(tag.len());
                String::from_utf8_lossy(&tag[..end]).into_owned()
            };
            if let Some(closing) = tag.strip_prefix(b"/") {
                let name = name_of(closing);
                if let Some(open_at) = names.iter().rposition(|open| *open == name) {
                    names.truncate(open_at);
                }
            } else if !tag.ends_with(b"/") && !tag.is_empty() {
                names.push(name_of(tag));
            }
            at = start + length + 1;
            continue;
        };
        match find_bytes(&rest[2..], closer) {
            Some(end) => at = start + 2 + end + closer.len(),
            None => return unclosed(names),
        }
    }
    OpenElements {
        names,
        cut_in_markup: false,
    }
}

/// Most feeds that fail to parse are cut or damaged part-way; the items before the damage are
/// still whole. The longest prefix ending after an item that parses, once the elements it
/// leaves open are closed, is read: a binary search over the item ends, so a feed of n bytes
/// costs O(n log n). Returns the feed and how many items it holds.
fn readable_prefix(bytes: &[u8]) -> Option<(feed_rs::model::Feed, usize)> {
    static ITEM_END: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
        regex::bytes::Regex::new(r"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>")
            .expect("valid item end pattern")
    });
    let item_ends: Vec<usize> = ITEM_END.find_iter(bytes).map(|found| found.end()).collect();
    let parse_prefix = |end: usize| {
        let prefix = &bytes[..end];
        let open = open_elements(prefix);
        if open.cut_in_markup {
            return None;
        }
        let mut closed = prefix.to_vec();
        for name in open.names.iter().rev() {
            closed.extend_from_slice(format!("</{name}>").as_bytes());
        }
        feed_rs::parser::parse(closed.as_slice())
            .ok()
            .filter(|feed| !feed.entries.is_empty())
    };
    // Prefixes ending before the damage parse and those past it do not: find the last one
    // that does.
    let (mut low, mut high) = (0, item_ends.len());
    let mut best = None;
    while low < high {
        let middle = low + (high - low) / 2;
        match parse_prefix(item_ends[middle]) {
            Some(feed) => {
                best = Some(feed);
                low = middle + 1;
            }
            None => high = middle,
        }
    }
    best.map(|feed| {
        let items = feed.entries.len();
        (feed, items)
    })
}

fn find_bytes(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// The ids the feed itself writes (`<guid>`, `<id>`), XML escapes undone: one pass over the
/// bytes instead of a search of the whole feed for each item's id.
fn written_item_ids(bytes: &[u8]) -> BTreeSet<String> {
    static ID_ELEMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"<(?:guid|id)(?:\s[^>]*)?>\s*([^<]*?)\s*</").expect("valid id element pattern")
    });
    let text = String::from_utf8_lossy(bytes);
    ID_ELEMENT
        .captures_iter(&text)
        .map(|captures| {
            captures[1]
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&")
        })
        .filter(|id| !id.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::RawFormat;

    #[test]
    fn rss_items_become_documents_with_hints() {
        let rss = br#"<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Border Wire</title>
<item><title>Crossing shut</title><link>https://b.example/1</link><guid>b-1</guid>
<pubDate>Tue, 14 Oct 2025 09:30:00 +0000</pubDate><dc:creator>Ana Ruiz</dc:creator>
<description>&lt;p&gt;The crossing closed on Monday.&lt;/p&gt;</description></item>
<item><title>No guid</title><link>https://b.example/2</link><description>Plain words.</description></item>
<item><title>Empty</title><link>https://b.example/3</link></item>
</channel></rss>"#;
        let ingested = parse("feed.xml", rss);
        assert_eq!(ingested.docs.len(), 2);
        let first = &ingested.docs[0];
        assert_eq!(first.source, "feed.xml#b-1");
        assert_eq!(first.format, RawFormat::Html);
        assert_eq!(first.hints.title.as_deref(), Some("Crossing shut"));
        assert_eq!(first.hints.url.as_deref(), Some("https://b.example/1"));
        assert_eq!(
            first.hints.published.as_deref(),
            Some("2025-10-14T09:30:00+00:00")
        );
        assert_eq!(first.hints.authors, ["Ana Ruiz"]);
        assert_eq!(first.hints.outlet.as_deref(), Some("Border Wire"));
        assert_eq!(ingested.docs[1].source, "feed.xml#https://b.example/2");
        assert_eq!(ingested.docs[1].format, RawFormat::Text);
        assert_eq!(ingested.failed, 1);
    }

    #[test]
    fn item_dates_keep_the_offset_the_feed_wrote() {
        let atom = br#"<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Nile Wire</title><id>urn:n</id>
<updated>2025-05-12T01:00:00+02:00</updated>
<entry><title>Port hit</title><id>urn:n:1</id><link href="https://n.example/1"/>
<published>2025-05-12T01:00:00+02:00</published><updated>2025-05-12T03:00:00+02:00</updated>
<summary>Drones struck the port before dawn.</summary></entry>
</feed>"#;
        let ingested = parse("nile.atom", atom);
        assert_eq!(
            ingested.docs[0].hints.published.as_deref(),
            Some("2025-05-12T01:00:00+02:00")
        );
        let rss = br#"<rss version="2.0"><channel><title>W</title>
<item><title>T</title><link>https://w.example/1</link>
<pubDate>Mon, 12 May 2025 00:30:00 -0400</pubDate><description>Words.</description></item>
</channel></rss>"#;
        let ingested = parse("w.rss", rss);
        assert_eq!(
            ingested.docs[0].hints.published.as_deref(),
            Some("2025-05-12T00:30:00-04:00")
        );
    }

    #[test]
    fn feed_titles_lose_their_section() {
        assert_eq!(
            site_of_feed_title("Northwind News — World"),
            "Northwind News"
        );
        assert_eq!(
            site_of_feed_title("Valley Times | Top Stories"),
            "Valley Times"
        );
        assert_eq!(site_of_feed_title("Border Wire"), "Border Wire");
    }

    #[test]
    fn malformed_feed_is_a_warning() {
        let ingested = parse("bad.xml", b"<rss><channel><item><title>x</ti");
        assert!(ingested.docs.is_empty());
        assert!(
            ingested.warnings[0].message.starts_with("truncated feed"),
            "{:?}",
            ingested.warnings
        );
    }
}
