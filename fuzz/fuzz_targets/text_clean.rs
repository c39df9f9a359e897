//! The text cleaner on arbitrary scraped text: `text::clean_text`, then `text::attribute`
//! (wire and byline credits) and language detection on what it kept.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let doc = model::RawDoc {
        source: "fuzz.txt".to_string(),
        format: model::RawFormat::Text,
        content: String::from_utf8_lossy(data).into_owned(),
        hints: model::RawHints::default(),
    };
    let (mut article, _) = text::clean_text(&doc);
    text::attribute(&mut article);
    let _ = text::detect_language(&article.text);
});
