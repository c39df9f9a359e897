//! Format detection and charset decoding of arbitrary bytes: `format::detect` under each kind
//! of file name and content type, then the HTML and text decoders with and without a declared
//! charset. The decoded text must be valid UTF-8 (it is a `String`) and nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 8] = [
    "page.html",
    "notes.txt",
    "feed.xml",
    "lines.jsonl",
    "article.json",
    "crawl.warc",
    "noextension",
    "",
];
const CONTENT_TYPES: [Option<&str>; 4] = [
    None,
    Some("text/html; charset=windows-1252"),
    Some("application/json"),
    Some("text/plain; charset=\"utf-16\""),
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(selector) % NAMES.len()];
    let content_type = CONTENT_TYPES[usize::from(selector >> 4) % CONTENT_TYPES.len()];
    let _ = ingest::format::detect(bytes, name, content_type);
    let header = content_type.and_then(ingest::charset::charset_from_content_type);
    let _ = ingest::charset::decode_html(bytes, header.as_deref());
    let _ = ingest::charset::decode_text(bytes, None);
});
