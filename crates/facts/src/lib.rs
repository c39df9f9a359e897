//! `facts/`: here is a sentence — what dates, quantities and quotations does it hold?
//!
//! Three readers over plain text, each returning byte ranges of the text it was given:
//! [`dates`] (periods with a precision, relative ones resolved against the publication
//! date), [`quantities`] (numbers with what they count) and [`quotations`] (direct quotes
//! and reported speech with their speaker). They are pure functions: no IO, no clock; the
//! lexicons are data files compiled in from `data/`.

pub mod dates;
mod numbers;
pub mod quantities;
pub mod quotations;

pub use dates::{dates, DateMention, Period, Precision};
pub use quantities::{quantities, Approx, Counts, Quantity};
pub use quotations::{quotations, Quotation};
