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

pub fn rule(line: &str) -> Option<Verdict> {
    let lowered = line.to_lowercase();
    let opens = OPENERS.iter().any(|opener| lowered.starts_with(opener));
    let credits = CREDITS.iter().any(|credit| lowered.contains(credit));
    (opens || credits).then_some(Verdict::Caption)
}
