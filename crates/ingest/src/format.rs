//! Which kind of input some bytes are: from the file name or URL path first, then the HTTP
//! content type, then the content itself.

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
