//! Which blocks are the article: mark boilerplate by cue, weigh every block by how much it looks
//! like prose, pick the element whose subtree has the highest total weight, and keep that
//! element's blocks minus chrome, link lists and byline/date lines.
//!
//! Picking the maximum-weight subtree is the core idea: long low-link paragraphs pull the choice
//! towards the element that holds them, while menus, link lists and cued chrome push it away,
//! so the winner is the tightest element that still holds the prose.
//! The winner is then narrowed to its smallest descendant that still holds 80% of its prose,
//! which cuts trailing teasers and newsletter boxes that share the article's wrapper.

use model::ParagraphKind;
use model::RemovalReason;

use crate::blocks::{ElementRecord, TextBlock};

/// A block counts as prose when it has at least this many characters outside links.
const PROSE_MIN_CHARS: usize = 70;
/// A block whose link share is above this is a link list (menu, related links, tag cloud).
const LINK_LIST_DENSITY: f64 = 0.5;
/// Prose may hold some links; above this share it no longer counts as prose.
const PROSE_MAX_LINK_DENSITY: f64 = 0.35;
/// Short, non-prose blocks (labels, buttons, teasers) weigh this much per character against
/// the element that holds them.
const SHORT_BLOCK_PENALTY: f64 = 0.15;
/// Share of the chosen element's prose that a descendant must hold to replace it as the
/// article body (see `tighten_to_dominant_child`).
const DOMINANT_CHILD_PROSE_SHARE: f64 = 0.8;
/// Cued chrome weighs little against the element holding it: cued blocks are dropped anyway
/// wherever they sit, so a comment thread under the post must not push the choice away from
/// the element that holds both.
const CUED_BLOCK_PENALTY: f64 = 0.1;
/// Link lists outside cued chrome weigh this much per character: articles hold link lists too
/// (sources, changelogs), so they pull less than cued chrome does.
const LINK_LIST_PENALTY: f64 = 0.3;
/// A cue on an element is ignored when that element holds more than this share of the page's
/// prose: it is a layout class ("content-sidebar-wrap"), not chrome.
const CUE_MAX_PROSE_SHARE: f64 = 0.35;
/// Cue reasons that hold whatever the prose share: a long comment thread is still comments.
const STRONG_CUE_REASONS: &[RemovalReason] = &[RemovalReason::Comments];
/// Byline and dateline blocks are short; longer blocks that start with "By" are prose.
const BYLINE_MAX_CHARS: usize = 100;

/// The decision for one block.
#[derive(Debug, Clone, PartialEq)]
pub enum BlockVerdict {
    Keep(ParagraphKind),
    Drop(RemovalReason),
}

/// Decide, for every block of the page, whether it is article text and why not.
pub fn block_verdicts(blocks: &[TextBlock], elements: &[ElementRecord]) -> Vec<BlockVerdict> {
    let prose_chars: Vec<usize> = blocks.iter().map(prose_chars_of_block).collect();
    let prose_prefix = prefix_sums(prose_chars.iter().map(|&chars| chars as f64));
    let total_prose = prose_prefix.last().copied().unwrap_or(0.0);

    let cue_reasons = effective_cue_reasons(blocks.len(), elements, &prose_prefix, total_prose);

    let weights: Vec<f64> = blocks
        .iter()
        .zip(&prose_chars)
        .zip(&cue_reasons)
        .map(|((block, &prose), reason)| block_weight(block, prose, reason.is_some()))
        .collect();
    let weight_prefix = prefix_sums(weights.iter().copied());

    let (main_start, main_end) =
        main_block_range(elements, &weight_prefix, blocks.len(), total_prose);
    let uncued_prose_prefix = prefix_sums(
        prose_chars
            .iter()
            .zip(&cue_reasons)
            .map(|(&chars, reason)| if reason.is_some() { 0.0 } else { chars as f64 }),
    );
    let (main_start, main_end) =
        tighten_to_dominant_child(elements, &uncued_prose_prefix, (main_start, main_end));
    let (container_start, container_end) = enclosing_element(elements, (main_start, main_end));

    let mut verdicts: Vec<BlockVerdict> = blocks
        .iter()
        .enumerate()
        .map(|(index, block)| {
            // The cue names what the block is ("navigation"), so it beats the bare position.
            if let Some(reason) = cue_reasons[index] {
                return BlockVerdict::Drop(reason);
            }
            if index < main_start || index >= main_end {
                // The lead image's caption often sits beside the text's own element, inside
                // the article that holds both.
                let in_container = (container_start..container_end).contains(&index);
                if in_container && block.kind == ParagraphKind::Caption {
                    return BlockVerdict::Keep(ParagraphKind::Caption);
                }
                return BlockVerdict::Drop(RemovalReason::OutsideMainContent);
            }
            verdict_inside_main_content(block, prose_chars[index])
        })
        .collect();
    drop_dangling_headings(&mut verdicts);
    verdicts
}

/// The smallest element holding more than the block range `range`: the article around the
/// text's own element (with its headline, lead image and byline). `range` itself when none.
fn enclosing_element(elements: &[ElementRecord], range: (usize, usize)) -> (usize, usize) {
    let (start, end) = range;
    elements
        .iter()
        .filter(|element| element.first_block <= start && element.end_block >= end)
        .filter(|element| element.first_block < start || element.end_block > end)
        .min_by_key(|element| element.end_block - element.first_block)
        .map_or(range, |element| (element.first_block, element.end_block))
}

/// Characters outside links, counted only for blocks that read as prose (else zero).
fn prose_chars_of_block(block: &TextBlock) -> usize {
    if block.kind == ParagraphKind::Heading {
        return 0;
    }
    let chars = block.text.chars().count();
    let non_link = chars.saturating_sub(block.link_chars);
    if non_link >= PROSE_MIN_CHARS && link_density(block) <= PROSE_MAX_LINK_DENSITY {
        non_link
    } else {
        0
    }
}

fn link_density(block: &TextBlock) -> f64 {
    let chars = block.text.chars().count().max(1);
    block.link_chars as f64 / chars as f64
}

fn block_weight(block: &TextBlock, prose_chars: usize, cued: bool) -> f64 {
    let chars = block.text.chars().count() as f64;
    if cued {
        return -chars * CUED_BLOCK_PENALTY;
    }
    if prose_chars > 0 {
        return prose_chars as f64;
    }
    if block.kind == ParagraphKind::Heading {
        return 0.0;
    }
    if link_density(block) > LINK_LIST_DENSITY {
        return -chars * LINK_LIST_PENALTY;
    }
    // Short table cells and list items are the normal shape of tables and lists in articles;
    // short loose lines ("Share", "Advertisement", labels) are the shape of chrome.
    if matches!(block.owner_tag.as_str(), "td" | "th" | "li" | "dd" | "dt") {
        return 0.0;
    }
    -chars * SHORT_BLOCK_PENALTY
}

fn prefix_sums(values: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut sums = vec![0.0];
    let mut running = 0.0;
    for value in values {
        running += value;
        sums.push(running);
    }
    sums
}

/// The outermost applicable cue reason for each block. Element records come in document
/// (pre-)order and their block ranges nest, so one pass with "end of the range applied last"
/// visits each element once however deep the nesting.
fn effective_cue_reasons(
    block_count: usize,
    elements: &[ElementRecord],
    prose_prefix: &[f64],
    total_prose: f64,
) -> Vec<Option<RemovalReason>> {
    let mut reasons = vec![None; block_count];
    let mut applied_end = 0;
    for record in elements {
        let Some(reason) = record.boilerplate_reason else {
            continue;
        };
        if record.first_block >= record.end_block || record.first_block < applied_end {
            continue;
        }
        let prose_inside = prose_prefix[record.end_block] - prose_prefix[record.first_block];
        let strong = STRONG_CUE_REASONS.contains(&reason);
        if !strong && total_prose > 0.0 && prose_inside > CUE_MAX_PROSE_SHARE * total_prose {
            continue;
        }
        for slot in &mut reasons[record.first_block..record.end_block] {
            *slot = Some(reason);
        }
        applied_end = record.end_block;
    }
    reasons
}

/// The block range of the element with the highest total weight; the whole page when no
/// element has positive weight (no prose at all: keep what is not chrome).
fn main_block_range(
    elements: &[ElementRecord],
    weight_prefix: &[f64],
    block_count: usize,
    total_prose: f64,
) -> (usize, usize) {
    let mut best: Option<(f64, usize, usize)> = None;
    for record in elements {
        if record.first_block >= record.end_block {
            continue;
        }
        let score = weight_prefix[record.end_block] - weight_prefix[record.first_block];
        // `>=`: among equal scores the later record is nested deeper, so it is the tighter box.
        if best.is_none_or(|(best_score, _, _)| score >= best_score) {
            best = Some((score, record.first_block, record.end_block));
        }
    }
    match best {
        Some((score, start, end)) if score > 0.0 && total_prose > 0.0 => (start, end),
        _ => (0, block_count),
    }
}

/// Narrow the chosen range to the smallest element inside it that still holds nearly all of
/// its prose. The maximum-weight element often wraps the article body together with what
/// trails it (teasers of related posts, a newsletter box) when those weigh little; the body
/// itself is the element holding the prose. Elements holding a share above the threshold nest
/// (two of them cannot be disjoint), so the smallest one is well defined.
fn tighten_to_dominant_child(
    elements: &[ElementRecord],
    prose_prefix: &[f64],
    (start, end): (usize, usize),
) -> (usize, usize) {
    let prose_in = |first: usize, last: usize| prose_prefix[last] - prose_prefix[first];
    let total = prose_in(start, end);
    if total <= 0.0 {
        return (start, end);
    }
    let mut tightest = (start, end);
    for record in elements {
        let inside = record.first_block >= start && record.end_block <= end;
        if !inside || record.first_block >= record.end_block {
            continue;
        }
        let narrower = record.end_block - record.first_block < tightest.1 - tightest.0;
        if narrower
            && prose_in(record.first_block, record.end_block) >= DOMINANT_CHILD_PROSE_SHARE * total
        {
            tightest = (record.first_block, record.end_block);
        }
    }
    tightest
}

fn verdict_inside_main_content(block: &TextBlock, prose_chars: usize) -> BlockVerdict {
    if prose_chars == 0
        && block.kind != ParagraphKind::Heading
        && link_density(block) > LINK_LIST_DENSITY
    {
        return BlockVerdict::Drop(RemovalReason::LinkList);
    }
    if prose_chars == 0 && looks_like_byline_or_dateline(&block.text) {
        return BlockVerdict::Drop(RemovalReason::Byline);
    }
    // Chrome with no class to give it away (a feed item's "Share this: Facebook X", a
    // "Read more: …" line) says what it is in words.
    if prose_chars == 0 {
        if let Some(reason) = text::rules::chrome_line_reason(&block.text) {
            return BlockVerdict::Drop(reason);
        }
    }
    BlockVerdict::Keep(block.kind)
}

/// "By Jane Doe", "Published 4 September 2025", "Updated: ..." lines: metadata, not text.
pub(crate) fn looks_like_byline_or_dateline(text: &str) -> bool {
    if text.chars().count() > BYLINE_MAX_CHARS {
        return false;
    }
    let lower = text.to_lowercase();
    let starts = [
        "by ",
        "published",
        "updated",
        "posted",
        "last updated",
        "written by",
        "words by",
        "photo:",
        "image:",
    ];
    starts.iter().any(|start| lower.starts_with(start))
        || calendar::date_in_text(text).is_some_and(|_| model::count_words(text) <= 6)
}

/// Drop the kept heading that repeats the article title: the title is metadata, not text.
pub fn drop_title_heading(
    verdicts: &mut [BlockVerdict],
    blocks: &[TextBlock],
    title: Option<&str>,
) {
    let Some(title) = title.map(normalize_for_comparison) else {
        return;
    };
    for (verdict, block) in verdicts.iter_mut().zip(blocks) {
        if *verdict == BlockVerdict::Keep(ParagraphKind::Heading)
            && normalize_for_comparison(&block.text) == title
        {
            *verdict = BlockVerdict::Drop(RemovalReason::Title);
        }
    }
}

/// A heading with no kept text anywhere after it introduced a trailing section that was
/// dropped ("Related posts", "Comments"): drop it as well.
fn drop_dangling_headings(verdicts: &mut [BlockVerdict]) {
    let mut body_follows = false;
    for verdict in verdicts.iter_mut().rev() {
        match verdict {
            BlockVerdict::Keep(ParagraphKind::Heading) => {
                if !body_follows {
                    *verdict = BlockVerdict::Drop(RemovalReason::HeadingWithoutText);
                }
            }
            BlockVerdict::Keep(_) => body_follows = true,
            BlockVerdict::Drop(_) => {}
        }
    }
}

/// Lower-cased words joined by single spaces: for comparing titles and headings.
pub fn normalize_for_comparison(text: &str) -> String {
    let mut normalized = String::new();
    for word in text
        .split(|character: char| !character.is_alphanumeric())
        .filter(|word| !word.is_empty())
    {
        if !normalized.is_empty() {
            normalized.push(' ');
        }
        normalized.push_str(&word.to_lowercase());
    }
    normalized
}
