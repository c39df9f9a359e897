//! The date and period reader on arbitrary prose, with and without a publication date.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let published = chrono::NaiveDate::from_ymd_opt(2025, 10, 14);
    let _ = facts::dates(&text, published);
    let _ = facts::dates(&text, None);
});
