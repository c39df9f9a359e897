//! Cleaning already-scraped text: which lines are the article? A general mechanism, not a list
//! of known lines: line rules (`rules/`) judge each line on its own; then the document is read
//! as a whole — repeated lines and pull-quotes are dropped (`repeats`), the body is located by
//! where prose begins and ends (`zones`), the head before it yields title, outlet, byline and
//! subtitle (`head`), the tail after it is footer chrome (`tail`), and the body's lines are typed
//! (`kinds`: headings, lists, quotes). Every dropped line is kept in `removed` with its reason.

mod head;
mod kinds;
#[cfg(test)]
mod linear_work;
mod lines;
mod repeats;
mod tail;
mod zones;

use crate::rules::{self, Verdict};
pub use head::dateline;
use head::read_head;
use kinds::{has_clock_time, interview_lead, type_body};
use lines::*;
use model::RemovalReason;
use model::{paragraph, Article, Outlet, ParagraphKind, RawDoc, Removed, Warning};
use repeats::{reason_repeats_truthfully, remove_repeats};
use tail::read_tail;
use zones::{extend_body_end, locate_body, with_opening_update_stamp};

/// Clean one already-scraped text document into an article.
pub fn clean_text(doc: &RawDoc) -> (Article, Vec<Warning>) {
    let mut warnings = Vec::new();
    let mut article = Article {
        source: doc.source.clone(),
        url: doc.hints.url.clone(),
        authors: doc.hints.authors.clone(),
        ..Article::default()
    };
    let mut lines = split_lines(&doc.content);

    // 1. Line rules.
    let mut outlet_from_cues = Outlet::default();
    let mut read_at_domain: Option<String> = None;
    for line in &mut lines {
        if !is_kept(line) {
            continue;
        }
        match rules::judge_line(&line.text) {
            Some(Verdict::Remove(reason)) => line.state = State::Removed(reason),
            Some(Verdict::Wire(wire)) => {
                article.wire.get_or_insert(wire);
                line.state = State::Removed(RemovalReason::SourceAttribution);
            }
            Some(Verdict::ReadAt(domain)) => {
                article.wire.get_or_insert(domain.clone());
                read_at_domain.get_or_insert(domain);
                line.state = State::Removed(RemovalReason::SourceAttribution);
            }
            Some(Verdict::Outlet { name, domain }) => {
                if outlet_from_cues.name.is_none() {
                    outlet_from_cues.name = name;
                }
                if outlet_from_cues.domain.is_none() {
                    outlet_from_cues.domain = domain;
                }
                line.state = State::Removed(RemovalReason::OutletName);
            }
            Some(Verdict::Caption) => line.state = State::Kept(ParagraphKind::Caption),
            None => {}
        }
    }

    // 2. Repetition: a line seen before, or a pull-quote contained in a longer paragraph.
    remove_repeats(&mut lines);

    // 3. Zones.
    let (first_body, last_body) = locate_body(&mut lines, &doc.source, &mut warnings);
    let first_body =
        head::body_after_swallowed_headline(&lines, first_body, last_body).unwrap_or(first_body);
    let first_body = with_opening_update_stamp(&lines, first_body, last_body);
    let last_body = extend_body_end(&lines, last_body);
    let head_outlet = read_head(&mut lines, first_body, doc, &mut article);
    read_tail(&mut lines, last_body);
    type_body(&mut lines, first_body, &doc.source, &mut warnings);
    reason_repeats_truthfully(&mut lines);

    // 4. Outlet: container metadata first, then explicit cues, then a site-name line in the head.
    article.outlet = outlet_from_hints(doc.hints.outlet.as_deref());
    if article.outlet.name.is_none() {
        article.outlet.name = outlet_from_cues.name.or(head_outlet);
    }
    if article.outlet.domain.is_none() {
        article.outlet.domain = outlet_from_cues
            .domain
            .or_else(|| doc.hints.url.as_deref().and_then(model::domain_of_url));
    }
    // "Read at <domain>" on a page that names no outlet of its own (an aggregator card) is the
    // only outlet we know.
    if article.outlet.name.is_none() && article.outlet.domain.is_none() {
        article.outlet.domain = read_at_domain;
    }

    for line in lines {
        match line.state {
            State::Kept(kind) => article.paragraphs.push(paragraph(kind, line.text)),
            State::Removed(why) => article.removed.push(Removed {
                text: line.text,
                why,
            }),
        }
    }
    let dateline_wire = article
        .paragraphs
        .iter()
        .find(|p| p.kind == ParagraphKind::Body)
        .and_then(|p| rules::attribution(&p.text));
    crate::attribution::take_dateline_wire(&mut article, dateline_wire);
    if article.published.is_none() {
        article.published = doc.hints.published.clone();
    }
    model::finish_article(&mut article);
    (article, warnings)
}

fn outlet_from_hints(outlet: Option<&str>) -> Outlet {
    match outlet.map(str::trim).filter(|outlet| !outlet.is_empty()) {
        Some(value) if value.contains('.') && !value.contains(' ') => Outlet {
            name: None,
            domain: Some(rules::normalise_domain(value)),
        },
        Some(value) => Outlet {
            name: Some(value.to_string()),
            domain: None,
        },
        None => Outlet::default(),
    }
}
