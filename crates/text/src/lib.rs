//! `text/`: here is already-scraped text — which lines are the article, and where are its
//! sentences? Chrome removal for pre-scraped text, paragraph typing, and sentence splitting.

pub mod sentences;

pub use sentences::{sentences, Sentence};
