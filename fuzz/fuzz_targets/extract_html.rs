//! The HTML extractor on arbitrary markup: `extract::extract` of one page.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let doc = model::RawDoc {
        source: "fuzz.html".to_string(),
        format: model::RawFormat::Html,
        content: String::from_utf8_lossy(data).into_owned(),
        hints: model::RawHints {
            url: Some("https://news.example.org/2025/10/14/story".to_string()),
            ..model::RawHints::default()
        },
    };
    let _ = extract::extract(&doc);
});
