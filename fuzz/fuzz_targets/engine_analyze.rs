//! The whole analysis of one document: `engine::analyze_docs` with one raw document, HTML or
//! text by the first byte, with the built-in knowledge base and tagger (loaded once, before
//! the first input).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn resources() -> &'static engine::Resources {
    static RESOURCES: OnceLock<engine::Resources> = OnceLock::new();
    RESOURCES.get_or_init(|| engine::Resources::load(&engine::Options::default()).0)
}

fn analyze_one(data: &[u8]) {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let format = if selector % 2 == 0 {
        model::RawFormat::Text
    } else {
        model::RawFormat::Html
    };
    let doc = model::RawDoc {
        source: "fuzz".to_string(),
        format,
        content: String::from_utf8_lossy(bytes).into_owned(),
        hints: model::RawHints::default(),
    };
    let _ = engine::analyze_docs(vec![doc], resources(), &mut |_, _, _| {});
}

/// The committed seeds, analysed once before fuzzing starts: the stages build their word
/// lists, regexes and indexes lazily on first use (about 3 s in this instrumented build), which
/// would otherwise be charged to the first input and pass the 1 s timeout.
const WARM_UP: [&[u8]; 2] = [
    include_bytes!("../corpus/engine_analyze/seed-text"),
    include_bytes!("../corpus/engine_analyze/seed-html"),
];

fuzz_target!(
    // Loaded before fuzzing starts, so the first input is not timed with the loading.
    init: {
        resources();
        for seed in WARM_UP {
            analyze_one(seed);
        }
    },
    |data: &[u8]| analyze_one(data)
);
