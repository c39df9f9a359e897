//! `extract/`: here is an HTML page — what is the article, and its title, byline, date and outlet?
//!
//! [`extract`] parses the page with html5ever (via `scraper`), walks it once into text blocks
//! (`blocks`), decides which blocks are the article (`content`: boilerplate cues plus a
//! maximum-weight subtree over prose density) and reads the metadata the page declares
//! (`metadata`, `dates`).
//!
//! Choices worth knowing:
//! - Container metadata in `RawDoc.hints` (feed item, JSONL line) wins over what the page says:
//!   it was written by the publisher or the crawler for this item, while page metadata is a
//!   template's guess. Empty hints count as absent.
//! - `outlet.domain` is the lower-cased host without a leading "www." and without a port, taken
//!   from the hint URL, else `<link rel=canonical>`, else og:url, else the JSON-LD url.
//! - `subtitle` is the declared description (og:description, description, JSON-LD) unless it
//!   repeats the title or is the start of the first paragraph.
//! - `title` is the visible `<h1>` near the article start (when it is not the site's name),
//!   else og:title / JSON-LD headline / `<title>` with the site name cut off. An `<h1>` that
//!   a declared title confirms, or that extends a declared title cut short for search
//!   results, wins; one that only decorates a declared title (a date or "Blog:" before it, a
//!   section or site name after it) yields the declared title, and so does an unconfirmed
//!   `<h1>` of one or two words, over 25 words, or in capitals.
//! - `published` is the date printed in the lines under the headline (or the one line above
//!   it) when there is one, unless it is an update ("Updated …", or the declared modification
//!   day) and a `<meta>` tag declares the first publication; JSON-LD or microdata alone do
//!   not outweigh a printed update date. Printed dates on a declared day take the declared
//!   value (with its time). Without a printed date: JSON-LD datePublished, meta, `<time>`,
//!   URL, date-classed elements, visible datelines; a "last updated" date comes last.
//! - `language` is only what the page declares (`<html lang>`, meta, JSON-LD); detection from
//!   text is another stage's job.
//! - Input over [`MAX_HTML_BYTES`] is cut there (with a warning) so memory stays bounded.

mod blocks;
mod content;
mod cues;
mod metadata;

use model::RemovalReason;
use model::{Article, Outlet, Paragraph, ParagraphKind, RawDoc, RawFormat, Removed, Warning};

pub use calendar::{date_in_text, date_in_url, normalize_date};
pub use metadata::strip_site_name_from_title;
pub use model::domain_of_url;

/// Pages are cut to this many bytes before parsing: real article pages are far smaller (the
/// largest of the 711 WCXB pages is 1.6 MB), and the parsed DOM costs several times the input
/// in memory (a synthetic 8 MB page peaks at about 83 MB for the whole process).
pub const MAX_HTML_BYTES: usize = 8 * 1024 * 1024;
/// At most this many dropped blocks are listed in `Article.removed`.
pub const MAX_REMOVED_ENTRIES: usize = 400;
// `RemovalReason::TooManyBlocks` names this cap in its phrase ("more than 400 blocks removed").
const _: () = assert!(MAX_REMOVED_ENTRIES == 400);
/// Dropped blocks need at least this many words to be listed in `removed` (a block of bare
/// punctuation or icons has nothing to keep); "Home" and "Share" are listed.
const REMOVED_MIN_WORDS: usize = 1;
/// Share of control or replacement characters above which input is taken for binary data.
const BINARY_CHAR_SHARE: f64 = 0.1;

/// Extract the article from an HTML page: paragraphs in reading order with their kinds, the
/// blocks dropped with the reason, and the page's metadata. `Text` documents are split into
/// paragraphs on blank lines (no markup to read). Never panics; problems come back as warnings.
pub fn extract(doc: &RawDoc) -> (Article, Vec<Warning>) {
    extract_with_byte_limit(doc, MAX_HTML_BYTES)
}

/// [`extract`] with another input cap than [`MAX_HTML_BYTES`]: HTML beyond `max_html_bytes`
/// is not read (cut at a character boundary, with a warning).
pub fn extract_with_byte_limit(doc: &RawDoc, max_html_bytes: usize) -> (Article, Vec<Warning>) {
    let mut warnings = Vec::new();
    let mut article = match doc.format {
        RawFormat::Html => extract_html(doc, max_html_bytes, &mut warnings),
        RawFormat::Text => article_from_plain_text(doc, &mut warnings),
    };
    apply_hints(&mut article, doc);
    article.source = doc.source.clone();
    model::finish_article(&mut article);
    if article.paragraphs.is_empty()
        && !warnings
            .iter()
            .any(|warning| warning.message.starts_with("empty"))
    {
        warnings.push(Warning::new(&doc.source, "no article text found"));
    }
    (article, warnings)
}

fn extract_html(doc: &RawDoc, max_html_bytes: usize, warnings: &mut Vec<Warning>) -> Article {
    let content = doc.content.as_str();
    if content.trim().is_empty() {
        warnings.push(Warning::new(&doc.source, "empty document"));
        return Article::default();
    }
    if looks_binary(content) {
        warnings.push(Warning::new(
            &doc.source,
            "content looks like binary data, not HTML; nothing extracted",
        ));
        return Article::default();
    }
    let content = if content.len() > max_html_bytes {
        warnings.push(Warning::new(
            &doc.source,
            format!(
                "HTML is {} bytes; only the first {max_html_bytes} bytes were read",
                content.len()
            ),
        ));
        let mut cut = max_html_bytes;
        while !content.is_char_boundary(cut) {
            cut -= 1;
        }
        &content[..cut]
    } else {
        content
    };

    let document = scraper::Html::parse_document(content);
    let cues = cues::boilerplate_cues();
    let page = blocks::page_blocks(&document, &cues);
    drop(document);

    let json_ld = metadata::json_ld_article(&page.metadata.json_ld);
    let url = page_url(doc, &page.metadata, &json_ld);
    let domain = url.as_deref().and_then(model::domain_of_url);
    let outlet_name = metadata::meta_value(
        &page.metadata,
        &[
            "og:site_name",
            "application-name",
            "apple-mobile-web-app-title",
        ],
    )
    .map(str::to_string)
    .or_else(|| json_ld.publisher_name.clone())
    .or_else(|| {
        let domain = domain.as_deref()?;
        [
            page.metadata.title_tag.as_deref(),
            metadata::meta_value(&page.metadata, &["og:title"]),
        ]
        .into_iter()
        .flatten()
        .find_map(|title| metadata::site_name_in_title(title, domain))
    });
    let site_names: Vec<String> = outlet_name
        .iter()
        .cloned()
        .chain(domain.iter().flat_map(|domain| domain_site_names(domain)))
        .collect();

    let mut verdicts = content::block_verdicts(&page.blocks, &page.elements);
    let article_start = verdicts
        .iter()
        .position(|verdict| matches!(verdict, content::BlockVerdict::Keep(_)));
    let title = metadata::choose_title(
        &page.metadata,
        &json_ld,
        &page.blocks,
        &verdicts,
        &site_names,
        article_start,
    );
    content::drop_title_heading(&mut verdicts, &page.blocks, title.as_deref());
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut removed: Vec<Removed> = Vec::new();
    let mut overflow = 0usize;
    for (block, verdict) in page.blocks.iter().zip(&verdicts) {
        match verdict {
            content::BlockVerdict::Keep(kind) => {
                paragraphs.push(model::paragraph(*kind, block.text.clone()))
            }
            content::BlockVerdict::Drop(why) => {
                if model::count_words(&block.text) < REMOVED_MIN_WORDS {
                    continue;
                }
                if removed.len() < MAX_REMOVED_ENTRIES {
                    removed.push(Removed {
                        text: block.text.clone(),
                        why: *why,
                    });
                } else {
                    overflow += 1;
                }
            }
        }
    }
    if overflow > 0 {
        // Nothing is dropped without account: past the cap, the count of what else went.
        removed.push(Removed {
            text: format!("{overflow} more blocks not listed"),
            why: RemovalReason::TooManyBlocks,
        });
    }

    let first_body = paragraphs
        .iter()
        .find(|paragraph| paragraph.kind == ParagraphKind::Body)
        .map(|paragraph| paragraph.text.as_str());
    let subtitle = metadata::choose_subtitle(
        &page.metadata,
        &json_ld,
        &page.blocks,
        title.as_deref(),
        first_body,
    );
    let published = metadata::choose_published(
        &page.metadata,
        &json_ld,
        url.as_deref(),
        &page.blocks,
        article_start,
        title.as_deref(),
    );
    Article {
        url: url.clone(),
        outlet: Outlet {
            name: outlet_name,
            domain,
        },
        title: title.map(|title| metadata::repair_mojibake(&title)),
        subtitle,
        authors: metadata::choose_authors(&page.metadata, &json_ld, &page.blocks, article_start),
        published,
        language: metadata::choose_language(&page.metadata, &json_ld),
        paragraphs,
        removed,
        ..Article::default()
    }
}

/// The article's URL: the hint, else canonical, else og:url, else JSON-LD url; absolute only.
fn page_url(
    doc: &RawDoc,
    raw: &blocks::RawMetadata,
    json_ld: &metadata::JsonLdArticle,
) -> Option<String> {
    let candidates = [
        doc.hints.url.clone(),
        raw.canonical_url.clone(),
        metadata::meta_value(raw, &["og:url"]).map(str::to_string),
        json_ld.url.clone(),
    ];
    candidates
        .into_iter()
        .flatten()
        .map(|url| url.trim().to_string())
        .find(|url| url.starts_with("http://") || url.starts_with("https://"))
}

/// Names a site may go by in its titles, read off its domain: "nytimes.com" → "nytimes".
fn domain_site_names(domain: &str) -> Vec<String> {
    let labels: Vec<&str> = domain.split('.').collect();
    let mut names = vec![domain.to_string()];
    if labels.len() >= 2 {
        names.push(labels[labels.len() - 2].to_string());
    }
    names
}

/// Container metadata wins over page metadata (see the crate docs for why).
fn apply_hints(article: &mut Article, doc: &RawDoc) {
    let hints = &doc.hints;
    let present = |value: &Option<String>| {
        value
            .as_ref()
            .map(|text| text.trim().to_string())
            .filter(|text| !text.is_empty())
    };
    if let Some(url) = present(&hints.url) {
        if article.outlet.domain.is_none() {
            article.outlet.domain = model::domain_of_url(&url);
        }
        article.url = Some(url);
    }
    if let Some(title) = present(&hints.title) {
        article.title = Some(title);
    }
    if let Some(published) = present(&hints.published) {
        article.published = Some(normalize_date(&published).unwrap_or(published));
    }
    if let Some(outlet) = present(&hints.outlet) {
        article.outlet.name = Some(outlet);
    }
    let authors: Vec<String> = hints
        .authors
        .iter()
        .map(|author| author.trim().to_string())
        .filter(|author| !author.is_empty())
        .collect();
    if !authors.is_empty() {
        article.authors = authors;
    }
}

/// Binary data decoded as text shows up as control and replacement characters.
fn looks_binary(content: &str) -> bool {
    let sample: Vec<char> = content.chars().take(4096).collect();
    if sample.is_empty() {
        return false;
    }
    let suspicious = sample
        .iter()
        .filter(|&&character| {
            character == '\u{fffd}' || (character.is_control() && !character.is_whitespace())
        })
        .count();
    suspicious as f64 / sample.len() as f64 > BINARY_CHAR_SHARE
}

/// A `Text` document: paragraphs are the blank-line-separated chunks of the content.
fn article_from_plain_text(doc: &RawDoc, warnings: &mut Vec<Warning>) -> Article {
    if doc.content.trim().is_empty() {
        warnings.push(Warning::new(&doc.source, "empty document"));
        return Article::default();
    }
    let paragraphs = doc
        .content
        .split("\n\n")
        .map(blocks::collapse_whitespace)
        .filter(|text| !text.is_empty())
        .map(|text| model::paragraph(ParagraphKind::Body, text))
        .collect();
    Article {
        paragraphs,
        ..Article::default()
    }
}
