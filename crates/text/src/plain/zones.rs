//! Where the article's body begins and ends among the lines: the densest run of prose, prose far
//! above it dropped as page furniture, a live blog's opening update stamp, and the end carried past
//! in-article chrome and short structure to the last paragraph.

use super::*;
use model::RemovalReason;

/// Weight of a removed chrome line in the densest prose run: less negative lets the run cross
/// more chrome inside the article, more negative ends it sooner at a share bar or an ad slot.
const REMOVED_LINE_WEIGHT: f64 = -4.0;
/// Weight per word of a list line written into the story: higher keeps long lists inside the
/// article, lower lets a list of teasers join it.
const ARTICLE_LIST_WORD_WEIGHT: f64 = 0.5;
/// Fixed cost of a short kept line (heading, label, menu item) in the densest run, and its cost
/// per word: higher splits the article at its subheadings, lower lets menus join it.
const SHORT_LINE_PENALTY: f64 = 3.0;
const SHORT_LINE_WORD_PENALTY: f64 = 0.5;
/// A kept line shorter than this between a prose line and the article counts as page furniture.
const FURNITURE_MAX_WORDS: usize = 8;
/// This many furniture lines between a prose line and the article make it page furniture too:
/// fewer drops standfirsts set apart by a byline, more keeps teaser blurbs above the story.
const MIN_FURNITURE_LINES: usize = 4;
/// A line this long opens the body on its own; shorter lines need two sentences (a one-line
/// caption or standfirst should not open the body, a short first paragraph should).
const MIN_OPENING_WORDS: usize = 20;
/// With no prose at all, a text of this many kept lines earns a warning; shorter items (a feed
/// blurb, a one-line record) are not worth one.
const MIN_LINES_FOR_NO_PROSE_WARNING: usize = 4;

/// The body's first and last line: the densest run of prose, opening on a real paragraph (not a
/// one-line caption or standfirst); prose lines far above it are dropped as page furniture. With
/// no paragraph of prose at all, every kept line is body (and a long text says so in a warning).
pub(super) fn locate_body(
    lines: &mut [Line],
    source: &str,
    warnings: &mut Vec<Warning>,
) -> (usize, usize) {
    let body_indexes: Vec<usize> = (0..lines.len())
        .filter(|&index| is_kept(&lines[index]) && is_body_like(&lines[index]))
        .collect();
    // The body opens on a real paragraph, not on a one-line caption or standfirst.
    let opening = body_indexes
        .iter()
        .copied()
        .find(|&index| opens_body(&lines[index]))
        .or(body_indexes.first().copied());
    match (opening, body_indexes.last()) {
        (Some(first), Some(&last)) => {
            // The article is the densest run of prose; body-like lines outside it (mega-menu
            // blurbs, teasers of other stories) are page furniture.
            let (block_start, block_end) = densest_prose_run(lines);
            let first_in_block = body_indexes
                .iter()
                .copied()
                .find(|&index| index >= block_start && opens_body(&lines[index]))
                .or_else(|| {
                    body_indexes
                        .iter()
                        .copied()
                        .find(|&index| index >= block_start)
                });
            let last_in_block = body_indexes
                .iter()
                .copied()
                .rfind(|&index| index <= block_end);
            match (first_in_block, last_in_block) {
                (Some(block_first), Some(block_last)) if block_first <= block_last => {
                    let far = far_from(lines, first, block_first);
                    for index in first..block_first {
                        if is_kept(&lines[index])
                            && is_body_like(&lines[index])
                            && far[index - first]
                        {
                            lines[index].state = State::Removed(RemovalReason::OutsideTheMainText);
                        }
                    }
                    (block_first, block_last.max(block_first))
                }
                _ => (first, last),
            }
        }
        _ => {
            // A short item (a feed blurb, a one-line JSONL text) is not worth a warning.
            if lines.iter().filter(|line| is_kept(line)).count() >= MIN_LINES_FOR_NO_PROSE_WARNING {
                warnings.push(Warning::new(
                    source,
                    "no paragraph of prose found; every kept line is treated as body",
                ));
            }
            (0, lines.len().saturating_sub(1))
        }
    }
}

/// A list item this long is content; menu items are shorter.
const MIN_ARTICLE_LIST_ITEM_WORDS: usize = 4;

/// The run of lines with the most prose: each kept body-like line adds its words, each other
/// kept line and each removed chrome line subtracts a little (maximum-sum run). Returns the
/// first and last line of the run.
fn densest_prose_run(lines: &[Line]) -> (usize, usize) {
    let weight = |line: &Line| -> f64 {
        match line.state {
            State::Removed(_) => REMOVED_LINE_WEIGHT,
            _ if is_body_like(line) => line.words as f64,
            // A list inside the story (its items bulleted or closed by ";", the lead-in ending
            // with ":") belongs to it; menus are lists too, but of one- to three-word items.
            _ if is_article_list_line(line) => line.words as f64 * ARTICLE_LIST_WORD_WEIGHT,
            _ => -(SHORT_LINE_PENALTY + line.words as f64 * SHORT_LINE_WORD_PENALTY),
        }
    };
    let (mut best, mut best_span) = (f64::MIN, (0, lines.len().saturating_sub(1)));
    let (mut running, mut run_start) = (0.0, 0);
    for (index, line) in lines.iter().enumerate() {
        if running <= 0.0 {
            running = 0.0;
            run_start = index;
        }
        running += weight(line);
        if running > best {
            best = running;
            best_span = (run_start, index);
        }
    }
    best_span
}

/// A line of a list written into the story: a bulleted item or one closed by ";" of four
/// words or more, or a lead-in ending with ":" ("Their demands included:").
fn is_article_list_line(line: &Line) -> bool {
    let trimmed = line.text.trim_end();
    line.words >= MIN_ARTICLE_LIST_ITEM_WORDS
        && (line.bulleted || trimmed.ends_with(';') || trimmed.ends_with(':'))
}

/// Is each line from `first` to the article's first line separated from it by page furniture
/// (several short or removed lines), rather than being its standfirst or first paragraph? One
/// pass from the article upwards, counting the furniture below each line.
fn far_from(lines: &[Line], first: usize, block_first: usize) -> Vec<bool> {
    let mut far = vec![false; block_first.saturating_sub(first)];
    let mut furniture_below = 0;
    for index in (first..block_first).rev() {
        far[index - first] = furniture_below >= MIN_FURNITURE_LINES;
        let line = &lines[index];
        if !is_kept(line) || line.words < FURNITURE_MAX_WORDS {
            furniture_below += 1;
        }
    }
    far
}

/// A paragraph the body can open on: a long sentence or several sentences.
fn opens_body(line: &Line) -> bool {
    let sentence_ends =
        line.text.matches(". ").count() + usize::from(ends_like_sentence(&line.text));
    line.words >= MIN_OPENING_WORDS || (sentence_ends >= 2 && line.words >= MIN_BODY_WORDS)
}

/// A live blog's first update is stamped like the others ("14:32 GMT"); the stamp stands just
/// above the body's first paragraph and belongs to the body when later updates carry stamps too.
pub(super) fn with_opening_update_stamp(
    lines: &[Line],
    first_body: usize,
    last_body: usize,
) -> usize {
    let is_stamp = |line: &Line| is_kept(line) && has_clock_time(&line.text);
    let later_stamps = lines
        .iter()
        .take(last_body.saturating_add(1))
        .skip(first_body)
        .any(is_stamp);
    match first_body.checked_sub(1) {
        Some(previous) if later_stamps && is_stamp(&lines[previous]) => previous,
        _ => first_body,
    }
}

/// Removal reasons of chrome that pages put *inside* the article (share bars between live-blog
/// updates, advertisement slots, app prompts, inline related links, audio players, pull-quotes):
/// the article may go on after them. Every other removed line (navigation, comments, footer, tag
/// lists, related-topic labels) is evidence that the article is over.
const IN_ARTICLE_CHROME_REASONS: &[RemovalReason] = &[
    RemovalReason::ShareBar,
    RemovalReason::Advertisement,
    RemovalReason::AppPrompt,
    RemovalReason::MediaPlayer,
    RemovalReason::RelatedLinks,
    RemovalReason::ReadTime,
    RemovalReason::PullQuoteRepeated,
];

/// How many in-article chrome lines in a row the body end may be carried over.
const MAX_IN_ARTICLE_CHROME_GAP: usize = 4;

/// How many short kept lines (subheadings, timestamps, questions) in a row the body end may be
/// carried over before prose must come back.
const MAX_STRUCTURE_GAP: usize = 3;

/// A sentence this long, directly after the body's structure, is a paragraph of it.
const MIN_CLOSING_SENTENCE_WORDS: usize = 5;

/// A line this long without final punctuation is a paragraph cut off mid-sentence.
const MIN_CUT_OFF_PARAGRAPH_WORDS: usize = 20;

/// Carry the end of the body past the densest prose run over what still reads as the article:
/// prose, or short structure (a subheading, a live-blog timestamp, an interview question) and
/// in-article chrome (a share bar, an advertisement slot) *followed by* prose. The densest run
/// weighs short lines against the prose after them and may stop one update or one answer short;
/// losing the story's last paragraph is worse than keeping a doubtful short line. The end stops
/// at end-of-article evidence: a removed line that is not in-article chrome (related-topic
/// labels, comments, footer), two headline-like lines in a row (teasers of other stories), or a
/// gap too long before prose returns. How much prose it takes to cross a gap depends on the gap:
/// a full paragraph crosses any allowed gap; a short sentence only in-article chrome or a gap
/// with a line that announces text ("What happens next?", "Q: …", "12:30 GMT"), since a short
/// sentence after an ordinary label is as often a widget ("Submit Rating" / "No votes so far!");
/// a long line cut off mid-sentence only in-article chrome, and it is the last line of the body;
/// a short sentence that may not cross the gap, or that mentions chrome ("Enjoyed the article?
/// Get our newsletter."), ends the article, and so do a "More …" label and a date line.
/// Returns the new last line of the body.
pub(super) fn extend_body_end(lines: &[Line], last_body: usize) -> usize {
    let mut body_end = last_body;
    let (mut chrome_gap, mut structure_gap) = (0, 0);
    // Does the gap hold a line that announces more text (a question, a timestamp, "Q:")?
    let mut gap_announces_text = false;
    let mut previous_headline_like = false;
    for (index, line) in lines.iter().enumerate().skip(last_body + 1) {
        match &line.state {
            State::Removed(reason) => {
                if !IN_ARTICLE_CHROME_REASONS.contains(reason) {
                    break;
                }
                chrome_gap += 1;
                if chrome_gap > MAX_IN_ARTICLE_CHROME_GAP {
                    break;
                }
                continue;
            }
            State::Kept(ParagraphKind::Caption) => continue,
            State::Kept(_) => {}
        }
        let lands = match paragraph_evidence(line) {
            ParagraphEvidence::Paragraph => true,
            // A short sentence that may not cross this gap is the widget's or the sign-up box's
            // own text ("No votes so far!", "Enjoyed the article?"): the article is over.
            ParagraphEvidence::ShortSentence
                if (structure_gap > 0 && !gap_announces_text)
                    || rules::mentioned_cue(&line.text).is_some() =>
            {
                break
            }
            ParagraphEvidence::ShortSentence => true,
            ParagraphEvidence::CutOff => {
                if structure_gap == 0 {
                    return index;
                }
                false
            }
            ParagraphEvidence::None => false,
        };
        if lands {
            body_end = index;
            (chrome_gap, structure_gap) = (0, 0);
            gap_announces_text = false;
            previous_headline_like = false;
            continue;
        }
        // A "More …" label opens other stories; a date line is the metadata of another post.
        if is_more_label(&line.text) || dateline(&line.text).is_some() {
            break;
        }
        let headline_like = is_headline_like(line);
        structure_gap += 1;
        if structure_gap > MAX_STRUCTURE_GAP
            || line.words > MAX_HEADING_WORDS
            || (headline_like && previous_headline_like)
        {
            break;
        }
        gap_announces_text |= announces_text(&line.text);
        previous_headline_like = headline_like;
    }
    body_end
}

/// How strongly a line reads as a paragraph of an article on its own.
enum ParagraphEvidence {
    /// Prose: a sentence of [`MIN_BODY_WORDS`] or more, or a line too long to be anything else.
    Paragraph,
    /// A complete sentence of a few words ("A: I am a farmer. I have to be.").
    ShortSentence,
    /// A long line without final punctuation: a paragraph cut off mid-sentence.
    CutOff,
    None,
}

fn paragraph_evidence(line: &Line) -> ParagraphEvidence {
    let text = line.text.trim_end();
    if is_body_like(line) {
        ParagraphEvidence::Paragraph
    } else if line.words >= MIN_CLOSING_SENTENCE_WORDS
        && ends_like_sentence(text)
        && !text.ends_with([':', '?'])
    {
        ParagraphEvidence::ShortSentence
    } else if line.words >= MIN_CUT_OFF_PARAGRAPH_WORDS && !ends_like_sentence(text) {
        ParagraphEvidence::CutOff
    } else {
        ParagraphEvidence::None
    }
}

/// Structure that announces the text after it: a question ("What happens next?"), a lead-in
/// ("To cut back on sodium, try this:"), an interview lead ("Q: …", "A: …"), or a clock time
/// ("12:30 GMT", "Posted at 13:10").
fn announces_text(text: &str) -> bool {
    let trimmed = text.trim();
    trimmed.ends_with(['?', ':']) || interview_lead(trimmed).is_some() || has_clock_time(trimmed)
}

/// A short label that opens a section of other stories: "More explainers", "More from Science",
/// "More Acme Insights".
fn is_more_label(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && matches!(words[0], "More" | "MORE")
        && !ends_like_sentence(text)
}

/// A line shaped like a headline of another story: several words, no final punctuation, not a
/// timestamp or a numbered label.
fn is_headline_like(line: &Line) -> bool {
    let letters = line.text.chars().filter(|c| c.is_alphabetic()).count();
    let digits = line.text.chars().filter(char::is_ascii_digit).count();
    line.words >= 4 && !ends_like_sentence(&line.text) && letters > digits * 3
}
