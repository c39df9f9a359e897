//! The quantity reader on arbitrary prose.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = facts::quantities(&String::from_utf8_lossy(data));
});
