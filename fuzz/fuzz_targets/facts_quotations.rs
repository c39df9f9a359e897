//! The quotation reader (direct quotes and reported speech) on arbitrary prose, with the
//! sentences `text::sentences` finds in it (as an article's analysis gives them).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = facts::quotations(&text, &text::sentences(&text));
});
