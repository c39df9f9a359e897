//! Line rules for already-scraped text: each file holds one rule that looks at one line on its
//! own and may say what the line is. The rules run in the order of [`LINE_RULES`]; the first
//! verdict wins. Rules that need the whole document (repetition, zones, titles, headings) live
//! in `plain/`, above the rules, and the rules never call up into it: the line shapes both use
//! (a sentence of prose, a date line) are in `line_shape.rs`, the one file here that is no rule.

mod attribution_line;
mod breadcrumb;
mod caption_cue;
mod chrome_cue;
mod line_shape;
mod markup_residue;
mod mostly_figures;
mod no_words;
mod related_label;
mod tag_list;

pub use attribution_line::{
    agency_in_byline, attribution, normalise_domain, rule as attribution_line_verdict,
};
pub use chrome_cue::mentioned_cue;
pub use line_shape::{date_line, is_prose, DateLine};
use model::RemovalReason;

/// What a line rule decided about a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Drop the line; the reason goes to `removed[].why`.
    Remove(RemovalReason),
    /// Drop the line, it names the outlet (and perhaps its domain).
    Outlet {
        name: Option<String>,
        domain: Option<String>,
    },
    /// Drop the line, it credits a wire service or another outlet.
    Wire(String),
    /// Drop the line, it points at the original ("Read at www.example.com"): the domain is the
    /// wire, and the outlet's domain when nothing else names the outlet.
    ReadAt(String),
    /// Keep the line as a caption.
    Caption,
}

/// A rule: a function from a trimmed line to a verdict, or `None` when it has nothing to say.
pub type LineRule = fn(&str) -> Option<Verdict>;

/// The line rules, in the order they are tried.
pub const LINE_RULES: &[LineRule] = &[
    no_words::rule,
    markup_residue::rule,
    mostly_figures::rule,
    breadcrumb::rule,
    tag_list::rule,
    related_label::rule,
    attribution_line::rule,
    caption_cue::rule,
    chrome_cue::rule,
];

/// Run the line rules on one line.
pub fn judge_line(line: &str) -> Option<Verdict> {
    LINE_RULES.iter().find_map(|rule| rule(line))
}

/// Why a short line is page chrome by what it says ("Share this: Facebook X", "Read more: …",
/// "Sign up for our newsletter"), for text from any source, HTML included: only the lexical
/// cue rules, none of the shape rules made for flattened text.
pub fn chrome_line_reason(line: &str) -> Option<RemovalReason> {
    // No cue removes a longer line; counting first keeps long paragraphs cheap.
    if line
        .split_whitespace()
        .nth(chrome_cue::MAX_CUE_BANNER_WORDS)
        .is_some()
    {
        return None;
    }
    [related_label::rule as LineRule, chrome_cue::rule]
        .iter()
        .find_map(|rule| match rule(line.trim()) {
            Some(Verdict::Remove(reason)) => Some(reason),
            _ => None,
        })
}
