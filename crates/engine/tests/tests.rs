//! End-to-end properties of the engine: any document, in either format, goes through every
//! stage without a panic, and every byte range it reports indexes the article's text.

use model::{RawDoc, RawFormat};
use proptest::prelude::*;
use std::sync::OnceLock;

fn resources() -> &'static engine::Resources {
    static RESOURCES: OnceLock<engine::Resources> = OnceLock::new();
    RESOURCES.get_or_init(|| engine::Resources::load(&engine::Options::default()).0)
}

fn check_offsets(analysis: &model::Analysis) -> Result<(), TestCaseError> {
    for article in &analysis.articles {
        let text = &article.text;
        let spans = article
            .paragraphs
            .iter()
            .map(|p| (p.start, p.end, p.text.as_str()))
            .chain(
                article
                    .mentions
                    .iter()
                    .map(|m| (m.start, m.end, m.text.as_str())),
            )
            .chain(
                article
                    .dates
                    .iter()
                    .map(|d| (d.start, d.end, d.text.as_str())),
            )
            .chain(
                article
                    .quantities
                    .iter()
                    .map(|q| (q.start, q.end, q.text.as_str())),
            )
            .chain(
                article
                    .quotations
                    .iter()
                    .map(|q| (q.start, q.end, q.text.as_str())),
            );
        for (start, end, expected) in spans {
            prop_assert_eq!(text.get(start..end), Some(expected));
        }
        if let Some(card) = &article.card {
            for passage in card.quotes.iter().chain(&card.summary_sentences) {
                prop_assert_eq!(
                    text.get(passage.start..passage.end),
                    Some(passage.text.as_str())
                );
            }
            prop_assert!(card.summary.split_whitespace().count() <= 90);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_text_goes_through_every_stage(content in "(?s)[A-Za-z0-9 ,.;:'\"“”()\\-\n#|»]{0,600}") {
        let doc = RawDoc { source: "prop.txt".into(), format: RawFormat::Text, content, hints: Default::default() };
        let analysis = engine::analyze_docs(vec![doc], resources(), &mut |_, _, _| {});
        check_offsets(&analysis)?;
    }

    #[test]
    fn any_markup_goes_through_every_stage(body in "(?s)(<p>|</p>|<div>|</div>|<li>|<h1>|</h1>|<figcaption>|<blockquote>|[A-Za-z ,.]{1,40}){0,40}") {
        let content = format!("<html><head><title>T | Site</title></head><body>{body}</body></html>");
        let doc = RawDoc { source: "prop.html".into(), format: RawFormat::Html, content, hints: Default::default() };
        let analysis = engine::analyze_docs(vec![doc], resources(), &mut |_, _, _| {});
        check_offsets(&analysis)?;
    }
}

fn text_doc_published(published: &str) -> RawDoc {
    RawDoc {
        source: "dump.jsonl#7".into(),
        format: RawFormat::Text,
        content: "Talks between the two sides resumed in Doha on Monday after a week of clashes \
                  along the border, officials said."
            .into(),
        hints: model::RawHints {
            published: Some(published.into()),
            ..Default::default()
        },
    }
}

#[test]
fn a_container_date_is_iso_or_left_out_with_a_warning() {
    let (article, warnings) = engine::clean_one(&text_doc_published("12/05/2025"));
    assert_eq!(article.published.as_deref(), Some("2025-05-12"));
    assert!(warnings.is_empty());

    let (article, _) = engine::clean_one(&text_doc_published("2025-05-12 08:30:00"));
    assert_eq!(article.published.as_deref(), Some("2025-05-12T08:30:00"));

    let (article, warnings) = engine::clean_one(&text_doc_published("last Tuesday"));
    assert_eq!(article.published, None);
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].source, "dump.jsonl#7");
    assert!(warnings[0].message.contains("\"last Tuesday\""));
}
