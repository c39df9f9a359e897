//! Making article text inert in HTML: everything that came from an article is escaped, and a
//! link is only ever an http(s) address.

/// Escape text for HTML element content and quoted attribute values (also inside SVG).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters have no business in a page; keep line breaks as spaces.
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// An article's address as a safe `href` value (already escaped), or `None` when it is not a
/// plain http(s) URL: `javascript:`, `data:`, relative paths and anything holding spaces or
/// control characters are never linked.
pub fn safe_href(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let has_scheme = lower.starts_with("http://") || lower.starts_with("https://");
    let has_host = url
        .split_once("://")
        .is_some_and(|(_, rest)| !rest.is_empty() && !rest.starts_with('/'));
    let clean = !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '`'));
    (has_scheme && has_host && clean).then(|| escape_html(url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_quotes_and_ampersands_are_escaped() {
        assert_eq!(
            escape_html(r#"<img src=x onerror="alert('1')"> & co"#),
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co"
        );
    }

    #[test]
    fn only_http_and_https_urls_are_linked() {
        assert_eq!(
            safe_href("https://example.com/a?b=1&c=2").as_deref(),
            Some("https://example.com/a?b=1&amp;c=2")
        );
        assert_eq!(
            safe_href(" HTTP://Example.com/ ").as_deref(),
            Some("HTTP://Example.com/")
        );
        for hostile in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "/relative/path",
            "https:///no-host",
            "https://example.com/\"onmouseover=alert(1)",
            "https://exa mple.com",
            "vbscript:msgbox",
        ] {
            assert_eq!(safe_href(hostile), None, "{hostile}");
        }
    }
}
