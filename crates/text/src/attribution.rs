//! Source attribution for any article, whatever cleaned it: credit lines among the paragraphs
//! ("With information from Reuters.", "Reporting by AFP; editing by …", "The post … appeared
//! first on …") move to `removed` and fill `wire` (or the outlet), a wire dateline at the top
//! of the story ("KABUL (Reuters) —") names the wire, and credit lines an extractor already
//! dropped still count.

use crate::rules::{self, Verdict};
use model::RemovalReason;
use model::{Article, ParagraphKind, Removed};

/// Longest paragraph (in words) read as a credit line.
const MAX_CREDIT_WORDS: usize = 40;

/// Read attribution into `article.wire` and the outlet; re-lays the text when a credit
/// paragraph is removed.
pub fn attribute(article: &mut Article) {
    let mut kept = Vec::with_capacity(article.paragraphs.len());
    let mut changed = false;
    for paragraph in std::mem::take(&mut article.paragraphs) {
        let short = paragraph.text.split_whitespace().count() <= MAX_CREDIT_WORDS;
        let verdict = if short && paragraph.kind != ParagraphKind::Heading {
            rules::attribution_line_verdict(&paragraph.text)
        } else {
            None
        };
        match verdict {
            Some(Verdict::Wire(wire)) | Some(Verdict::ReadAt(wire)) => {
                article.wire.get_or_insert(wire);
                article.removed.push(Removed {
                    text: paragraph.text,
                    why: RemovalReason::SourceAttribution,
                });
                changed = true;
            }
            Some(Verdict::Remove(reason)) => {
                article.removed.push(Removed {
                    text: paragraph.text,
                    why: reason,
                });
                changed = true;
            }
            Some(Verdict::Outlet { name, domain }) => {
                if article.outlet.name.is_none() {
                    article.outlet.name = name;
                }
                if article.outlet.domain.is_none() {
                    article.outlet.domain = domain;
                }
                article.removed.push(Removed {
                    text: paragraph.text,
                    why: RemovalReason::OutletName,
                });
                changed = true;
            }
            _ => kept.push(paragraph),
        }
    }
    article.paragraphs = kept;
    let dateline_wire = article
        .paragraphs
        .iter()
        .filter(|paragraph| paragraph.kind == ParagraphKind::Body)
        .take(2)
        .find_map(|paragraph| rules::attribution(&paragraph.text));
    take_dateline_wire(article, dateline_wire);
    if article.wire.is_none() {
        article.wire = article.removed.iter().find_map(|removed| {
            match rules::attribution_line_verdict(&removed.text) {
                Some(Verdict::Wire(wire)) | Some(Verdict::ReadAt(wire)) => Some(wire),
                _ => None,
            }
        });
    }
    if article.outlet.name.is_none() {
        // A page that never states its name in metadata still signs its footer ("© 2025
        // Example Times. All rights reserved."), which the extractor dropped as chrome.
        article.outlet.name = article.removed.iter().find_map(|removed| {
            match rules::attribution_line_verdict(&removed.text) {
                Some(Verdict::Outlet { name, .. }) => name,
                _ => None,
            }
        });
    }
    if article.wire.is_none() {
        article.wire = article
            .authors
            .iter()
            .find_map(|author| rules::agency_in_byline(author));
    }
    if changed {
        model::finish_article(article);
    }
}

/// A wire dateline ("GENEVA (AFP) —") says whose story this is: it outranks a credit for
/// additional reporting, unless the credit already names it among others ("With information
/// from Reuters and AFP" over "(AFP) –").
pub(crate) fn take_dateline_wire(article: &mut Article, dateline_wire: Option<String>) {
    let Some(dateline_wire) = dateline_wire else {
        return;
    };
    let credited = article
        .wire
        .as_deref()
        .is_some_and(|wire| wire.to_lowercase().contains(&dateline_wire.to_lowercase()));
    if !credited {
        article.wire = Some(dateline_wire);
    }
}
