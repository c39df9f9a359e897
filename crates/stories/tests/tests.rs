//! Behaviour tests of the stories stage: short inline articles written for the purpose, run
//! through the whole engine (so dates, figures and entities are read as in real use), a
//! snapshot of the demo corpus's stories, and order-independence as a property.

use std::sync::OnceLock;

use model::{Analysis, RawDoc, RawFormat, RawHints};

#[path = "stories/behaviour.rs"]
mod behaviour;
#[path = "stories/demo.rs"]
mod demo;

fn resources() -> &'static engine::Resources {
    static RESOURCES: OnceLock<engine::Resources> = OnceLock::new();
    RESOURCES.get_or_init(|| engine::Resources::load(&engine::Options::default()).0)
}

/// One inline article: (source, outlet, publication date, text with the headline on its
/// first line).
pub type Inline<'a> = (&'a str, &'a str, &'a str, &'a str);

/// Analyse inline articles with the whole pipeline (stories included).
pub fn analyse(inputs: &[Inline]) -> Analysis {
    let docs = inputs
        .iter()
        .map(|(source, outlet, published, text)| RawDoc {
            source: source.to_string(),
            format: RawFormat::Text,
            content: text.to_string(),
            hints: RawHints {
                title: text.lines().next().map(str::to_string),
                // "" for an article with no publication date.
                published: Some(published.to_string()).filter(|published| !published.is_empty()),
                outlet: Some(outlet.to_string()),
                ..RawHints::default()
            },
        })
        .collect();
    engine::analyze_docs(docs, resources(), &mut |_, _, _| {})
}

/// The source of an article id.
pub fn source_of(analysis: &Analysis, id: &str) -> String {
    analysis
        .articles
        .iter()
        .find(|article| article.id == id)
        .map_or_else(|| id.to_string(), |article| article.source.clone())
}

/// The demo corpus analysed once for every test that reads it.
pub fn demo() -> &'static Analysis {
    static DEMO: OnceLock<Analysis> = OnceLock::new();
    DEMO.get_or_init(|| {
        engine::analyze_demo(&engine::Options::default(), &mut |_, _, _| {}).analysis
    })
}
