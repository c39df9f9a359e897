//! Which kind of input some bytes are: from the file name or URL path first, then the HTTP
//! content type, then the content itself.

use model::RawFormat;

/// The container or document format of one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Html,
    Text,
    Feed,
    Jsonl,
    Warc,
    Binary,
}

/// Detect the format of `bytes`. `name` is a file name or URL path (its extension counts first),
/// `content_type` an HTTP Content-Type header.
pub fn detect(bytes: &[u8], name: &str, content_type: Option<&str>) -> InputFormat {
    let lowered = name.to_ascii_lowercase();
    let extension = lowered
        .rsplit_once('.')
        .map(|(_, extension)| extension)
        .unwrap_or("");
    if bytes.starts_with(b"WARC/") || lowered.ends_with(".warc") || lowered.ends_with(".warc.gz") {
        return InputFormat::Warc;
    }
    if looks_binary(bytes) {
        return InputFormat::Binary;
    }
    match extension {
        "jsonl" | "ndjson" => return InputFormat::Jsonl,
        "rss" | "atom" => return InputFormat::Feed,
        "html" | "htm" | "xhtml" | "shtml" => return InputFormat::Html,
        _ => {}
    }
    let head = sniff_head(bytes);
    // Feeds are XML whatever their extension or content type says.
    if is_feed(&head) {
        return InputFormat::Feed;
    }
    if let Some(value) = content_type {
        if value.contains("html") {
            return InputFormat::Html;
        }
        if value.contains("json") {
            return InputFormat::Jsonl;
        }
    }
    if matches!(extension, "txt" | "text" | "md") {
        return InputFormat::Text;
    }
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.contains("<body")
        || head.contains("<head")
    {
        return InputFormat::Html;
    }
    if extension == "json" || head.starts_with('{') {
        return InputFormat::Jsonl;
    }
    InputFormat::Text
}

/// An article body carried inside a container (a feed item's content, a JSON Lines `text`),
/// as a document the extractors can read: a whole page stays as it is, an HTML fragment gets
/// a page around it whose body is the article, and text without tags stays text.
pub fn embedded_body_document(body: String) -> (RawFormat, String) {
    let head = sniff_head(body.as_bytes());
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        return (RawFormat::Html, body);
    }
    if contains_markup_tag(&body) {
        let page = format!("<html><body><article>{body}</article></body></html>");
        return (RawFormat::Html, page);
    }
    (RawFormat::Text, body)
}

/// True if `text` holds an HTML tag: `<` then an optional `/`, a letter, a tag name and `>`,
/// whitespace or `/` ("a < b and c > d" is no markup; "<p>", "</em>", "<br/>" are).
fn contains_markup_tag(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(at, &byte)| {
        if byte != b'<' {
            return false;
        }
        let mut next = at + 1;
        if bytes.get(next) == Some(&b'/') {
            next += 1;
        }
        if !bytes.get(next).is_some_and(u8::is_ascii_alphabetic) {
            return false;
        }
        let name_end = bytes[next..]
            .iter()
            .position(|byte| !byte.is_ascii_alphanumeric())
            .map_or(bytes.len(), |offset| next + offset);
        matches!(
            bytes.get(name_end),
            Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r')
        ) && bytes[name_end..].contains(&b'>')
    })
}

/// The first bytes, lower-cased, after a BOM, whitespace, XML declarations and comments.
fn sniff_head(bytes: &[u8]) -> String {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let mut head = head.trim_start_matches('\u{feff}').trim_start();
    loop {
        if let Some(rest) = head.strip_prefix("<?") {
            head = rest
                .split_once("?>")
                .map(|(_, after)| after)
                .unwrap_or("")
                .trim_start();
        } else if let Some(rest) = head.strip_prefix("<!--") {
            head = rest
                .split_once("-->")
                .map(|(_, after)| after)
                .unwrap_or("")
                .trim_start();
        } else {
            return head.to_string();
        }
    }
}

fn is_feed(head: &str) -> bool {
    head.starts_with("<rss") || head.starts_with("<feed") || head.starts_with("<rdf:rdf")
}

/// NUL bytes or many control characters in the first 8 KB mean this is not text. UTF-16 with a
/// BOM is text.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&byte| byte < 0x20 && !matches!(byte, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    controls * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8], name: &str, expected: InputFormat) {
        assert_eq!(detect(bytes, name, None), expected, "{name}");
    }

    #[test]
    fn embedded_bodies_are_pages_fragments_or_text() {
        let format_of = |body: &str| embedded_body_document(body.to_string()).0;
        assert_eq!(
            format_of("<!DOCTYPE html><html><body><p>Hi</p></body></html>"),
            RawFormat::Html
        );
        assert_eq!(
            format_of("<p>Talks resumed.</p><p>Both sides met.</p>"),
            RawFormat::Html
        );
        assert_eq!(
            format_of("Talks resumed.<br/>Both sides met."),
            RawFormat::Html
        );
        assert_eq!(
            format_of("If a < b and c > d the talks resume."),
            RawFormat::Text
        );
        assert_eq!(format_of("Plain text about 3<4 things."), RawFormat::Text);
        let (_, page) = embedded_body_document("<p>Talks resumed.</p>".to_string());
        assert_eq!(
            page,
            "<html><body><article><p>Talks resumed.</p></article></body></html>"
        );
    }

    #[test]
    fn detects_by_extension_then_content() {
        check(b"<p>hi</p>", "a.html", InputFormat::Html);
        check(b"{\"text\": \"x\"}\n", "a.jsonl", InputFormat::Jsonl);
        check(
            b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>",
            "feed.xml",
            InputFormat::Feed,
        );
        check(
            b"<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>",
            "noext",
            InputFormat::Feed,
        );
        check(
            b"<!DOCTYPE html><html><body>x</body></html>",
            "page",
            InputFormat::Html,
        );
        check(b"WARC/1.0\r\n", "x", InputFormat::Warc);
        check(b"Plain words on a line.", "notes", InputFormat::Text);
        check(b"\x00\x01\x02binary", "x.txt", InputFormat::Binary);
    }
}
