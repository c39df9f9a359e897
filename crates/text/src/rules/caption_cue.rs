//! Rule: a line that credits a photo is a caption.
//!
//! Why: scraped text keeps image captions and credits inline; they describe a picture, not the
//! story, and are typed `caption` so later stages can skip them.
//!
//! Example: "Smoke rises over the crossing. (Photo: AFP)" → kept, kind = caption.

use super::Verdict;

const OPENERS: &[&str] = &[
    "photo:",
    "photo by",
    "photograph:",
    "image:",
    "picture:",
    "file photo",
    "caption:",
    "pictured:",
    "video:",
];
const CREDITS: &[&str] = &[
    "(photo",
    "(image",
    "(file photo",
    "/ getty images",
    "| getty images",
    "| afp",
    "| reuters",
    "/afp",
    "ap photo",
    "photo credit",
    "image credit",
    "image source",
    "(credit",
];

/// Labels of a credit that closes a caption ("Ships at anchor. Photo: AFP").
const CLOSING_CREDIT_LABELS: &[&str] = &["photo:", "photograph:", "image:", "picture:", "credit:"];
/// Longest credit (in words) after a closing label: an agency or a photographer's name.
const MAX_CLOSING_CREDIT_WORDS: usize = 4;

pub fn rule(line: &str) -> Option<Verdict> {
    let lowered = line.to_lowercase();
    let opens = OPENERS.iter().any(|opener| lowered.starts_with(opener));
    let credits = CREDITS.iter().any(|credit| lowered.contains(credit));
    (opens || credits || closes_with_credit(&lowered)).then_some(Verdict::Caption)
}

/// Does the (lower-cased) line end with a short credit after a finished sentence or a
/// separator: "ships at anchor off the port. photo: afp", "the flooded square | image: j. roe"?
fn closes_with_credit(lowered: &str) -> bool {
    CLOSING_CREDIT_LABELS.iter().any(|label| {
        lowered.rfind(label).is_some_and(|at| {
            let before = lowered[..at].trim_end();
            let credit = &lowered[at + label.len()..];
            at > 0
                && before.ends_with(['.', '|', '/', '-', '–', '—', ')'])
                && (1..=MAX_CLOSING_CREDIT_WORDS).contains(&credit.split_whitespace().count())
        })
    })
}
