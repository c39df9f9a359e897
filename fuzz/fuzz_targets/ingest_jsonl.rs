//! JSON Lines and whole-file JSON documents, whole or cut: `ingest::jsonl::parse`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = ingest::jsonl::parse("fuzz.jsonl", data);
});
