//! WARC files, plain or gzipped, whole or cut: `ingest::warc::parse`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = ingest::warc::parse("fuzz.warc", data);
});
