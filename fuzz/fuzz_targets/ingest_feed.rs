//! RSS and Atom feeds, whole or cut: `ingest::feed::parse` on arbitrary bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = ingest::feed::parse("fuzz.xml", data);
});
