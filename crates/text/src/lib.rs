//! `text/`: here is already-scraped text — which lines are the article, and where are its
//! sentences? Chrome removal for pre-scraped text, paragraph typing, source attribution,
//! language identification and sentence splitting.

pub mod attribution;
pub mod language;
pub mod plain;
pub mod rules;
pub mod sentences;
mod word_list;

pub use attribution::attribute;
pub use language::detect_language;
pub use model::domain_of_url;
pub use plain::clean_text;
pub use sentences::{article_sentences, sentences, Sentence};
pub use word_list::byline_labels;
