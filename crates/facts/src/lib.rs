//! `facts/`: here is a sentence — what dates, quantities and quotations does it hold?
//!
//! Three readers over plain text, each returning byte ranges of exactly the text it was
//! given (callers pass the article's cleaned text, so offsets index that text):
//!
//! - [`dates()`]: dates and periods with a [`Precision`], relative ones ("last October", "this
//!   week", "two days later") resolved against the publication date or the most recent
//!   absolute date before them; unresolvable ones keep their text with no value.
//! - [`quantities()`]: numbers in digits or words, ranges and hedges, with what they count
//!   (killed, injured, soldiers, money…) from the noun after them and the verb around them.
//! - [`quotations()`]: direct quotes with their speaker from the same or an adjacent sentence,
//!   and reported speech ("X said that …", "…, according to X").
//!
//! They are pure functions: no IO, no clock, no randomness; lexicons are data files in
//! `data/` compiled in with `include_str!`, each with a header saying its shape. Speed:
//! `cargo run --release -p facts --example throughput -- FILE...` prints tokens per second
//! for each reader.

pub mod dates;
mod lexicon;
mod numbers;
pub mod quantities;
pub mod quotations;

pub use dates::{dates, DateMention, Period, Precision};
pub use quantities::{quantities, quantities_with_demonyms, Approx, Counts, Quantity};
pub use quotations::{quotations, Quotation};
