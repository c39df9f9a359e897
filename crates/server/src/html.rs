//! HTML building blocks: escaping, the page shell with its inline CSS, and small inline SVG
//! charts. Every string that came from an article goes through [`escape`].

use axum::response::Html;

/// Escape text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// A link target that is safe to print: only http(s) URLs, else none (no `javascript:`,
/// `data:` or relative tricks from an article's metadata).
pub fn safe_external_url(url: &str) -> Option<String> {
    let trimmed = url.trim();
    let lower = trimmed.to_ascii_lowercase();
    let allowed = (lower.starts_with("https://") || lower.starts_with("http://"))
        && !trimmed
            .chars()
            .any(|character| character.is_control() || character == ' ');
    allowed.then(|| escape(trimmed))
}

/// Percent-encode a value for a URL query or path segment.
pub fn url_encode(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

const CSS: &str = "
:root{--ink:#1d232b;--muted:#5d6773;--line:#d9dee4;--accent:#1f5f99;--bg:#fbfbf9;
--conflict:#b3261e;--coop:#1e7a3c}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 Georgia,'Times New Roman',serif;color:var(--ink);background:var(--bg)}
header.top{background:#fff;border-bottom:1px solid var(--line);padding:.6rem 1rem;display:flex;
gap:1rem;align-items:center;flex-wrap:wrap;font-family:system-ui,sans-serif}
header.top a.brand{font-weight:700;color:var(--ink);text-decoration:none;letter-spacing:.02em}
header.top nav a{margin-right:.8rem}
header.top form{margin-left:auto;display:flex;gap:.3rem}
input[type=search],input[type=date]{padding:.3rem .5rem;border:1px solid var(--line);border-radius:4px;font:inherit}
button{padding:.3rem .7rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:4px;font:inherit}
main{max-width:62rem;margin:0 auto;padding:1rem 1.2rem 3rem}
a{color:var(--accent)}
h1{font-size:1.7rem;line-height:1.25;margin:.6rem 0}
h2{font-family:system-ui,sans-serif;font-size:1.05rem;text-transform:uppercase;letter-spacing:.06em;
color:var(--muted);border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
.muted{color:var(--muted);font-size:.9rem;font-family:system-ui,sans-serif}
ul.plain{list-style:none;padding:0}
ul.plain>li{padding:.45rem 0;border-bottom:1px solid var(--line)}
.card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem;margin:.8rem 0}
.tag{display:inline-block;background:#eef3f8;border-radius:3px;padding:0 .35rem;margin:0 .2rem .2rem 0;
font:.85rem system-ui,sans-serif}
blockquote{margin:.4rem 0;padding-left:.8rem;border-left:3px solid var(--line)}
.timeline{border-left:2px solid var(--line);margin-left:.4rem;padding-left:1rem}
.timeline li{position:relative}
.timeline li::before{content:'';position:absolute;left:-1.42rem;top:.85rem;width:.6rem;height:.6rem;
border-radius:50%;background:var(--accent)}
.type{font:600 .8rem system-ui,sans-serif;letter-spacing:.04em}
.conflict{color:var(--conflict)}.coop{color:var(--coop)}
figure{margin:1rem 0;background:#fff;border:1px solid var(--line);border-radius:6px;padding:.5rem}
figure svg{width:100%;height:auto;display:block}
figcaption{font:.85rem system-ui,sans-serif;color:var(--muted)}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
article.text p{margin:.7rem 0}
article.text .heading{font-weight:700}
article.text .caption{font-style:italic;color:var(--muted)}
.m{background:#fff4c2;border-bottom:2px solid #e0b400}
.m.place{background:#e3f1e6;border-bottom-color:#2f8a46}
.ev{text-decoration:underline;text-decoration-color:var(--conflict);text-decoration-thickness:2px;
text-underline-offset:3px}
.facets{font:.9rem system-ui,sans-serif}
.facets h3{font-size:.85rem;margin:.8rem 0 .2rem;text-transform:uppercase;color:var(--muted)}
mark{background:#fff1a8}
table{border-collapse:collapse;width:100%;font:.9rem system-ui,sans-serif}
td,th{border-bottom:1px solid var(--line);padding:.3rem;text-align:left;vertical-align:top}
@media (max-width:40rem){body{font-size:15px}header.top form{margin-left:0;width:100%}
header.top input[type=search]{flex:1}}
@media print{header.top{display:none}body{background:#fff}}
";

/// A whole page: the shell (header with navigation and search box, inline CSS) around
/// `body`, which must already be escaped.
pub fn page(title: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta name=\"referrer\" content=\"no-referrer\">\
<title>{title} · sitrep</title><style>{CSS}</style></head><body>\
<header class=\"top\"><a class=\"brand\" href=\"/\">sitrep</a>\
<nav><a href=\"/\">Stories</a><a href=\"/articles\">Articles</a><a href=\"/search\">Search</a></nav>\
<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" \
placeholder=\"Search articles\" aria-label=\"Search articles\"><button>Search</button></form>\
</header><main>{body}</main></body></html>\n",
        title = escape(title),
    ))
}

/// The colour class of a cooperation–conflict score.
pub fn score_class(score: f64) -> &'static str {
    if score < 0.0 {
        "conflict"
    } else {
        "coop"
    }
}

/// A colour for a score: red for conflict, green for cooperation, grey near zero.
pub fn score_colour(score: f64) -> &'static str {
    if score <= -1.0 {
        "#b3261e"
    } else if score >= 1.0 {
        "#1e7a3c"
    } else {
        "#8a939c"
    }
}
