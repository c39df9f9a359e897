//! Gzipped inputs, whole, cut or corrupt, through `ingest::parse_bytes` as a `.gz` file name
//! would send them. The first byte picks the name; the rest are the file's bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 4] = ["page.html.gz", "notes.txt.gz", "lines.jsonl.gz", "crawl.warc.gz"];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(selector) % NAMES.len()];
    let _ = ingest::parse_bytes(name, bytes, name, None);
});
