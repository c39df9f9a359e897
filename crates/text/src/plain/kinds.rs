//! Paragraph kinds of the body's kept lines: headings, list items (bulleted, or a run of short lines
//! whose bullets were lost), quotes, body; truncated fragments flagged.

use super::*;

/// A short line is a heading when the next kept line has this many words (or is a list item):
/// lower makes labels above captions headings, higher misses headings above short paragraphs.
const MIN_TEXT_UNDER_HEADING_WORDS: usize = 8;
/// A question up to this long above text is a subheading ("What happens next?"); a longer one is
/// a sentence of the story.
const MAX_QUESTION_HEADING_WORDS: usize = 10;
/// A body line this long without final punctuation is flagged as cut off; shorter ones are
/// labels more often than fragments.
const MIN_TRUNCATED_BODY_WORDS: usize = 8;
/// A line wholly in quotation marks is a quote paragraph from this many words; shorter quoted
/// lines are titles or slogans.
const MIN_QUOTE_WORDS: usize = 6;
/// A line with a clock time is a live blog's update stamp up to this many words; longer lines
/// are sentences that mention a time.
const MAX_TIMESTAMP_LINE_WORDS: usize = 4;

/// Type the kept lines of the body: headings, list items, quotes; flag truncated fragments.
pub(super) fn type_body(
    lines: &mut [Line],
    first_body: usize,
    source: &str,
    warnings: &mut Vec<Warning>,
) {
    let end = lines.len();
    let unmarked_items = unmarked_list_items(lines);
    let sentence_items = sentence_items_in_list(lines);
    // A key-points box above the first paragraph stands in the head zone, which the head reading
    // typed; its items are a list all the same.
    for &index in unmarked_items.range(..first_body) {
        lines[index].state = State::Kept(ParagraphKind::List);
    }
    for index in first_body..end {
        if !is_kept(&lines[index]) || lines[index].state == State::Kept(ParagraphKind::Caption) {
            continue;
        }
        let next_kept = (index + 1..end).find(|&next| is_kept(&lines[next]));
        let next_is_text = next_kept.is_some_and(|next| {
            lines[next].words >= MIN_TEXT_UNDER_HEADING_WORDS || lines[next].bulleted
        });
        let line = &lines[index];
        let text = line.text.as_str();
        let kind = if line.bulleted || unmarked_items.contains(&index) {
            ParagraphKind::List
        } else if has_clock_time(text) {
            // A live blog's update stamp heads its update, wherever it stands.
            ParagraphKind::Heading
        } else if interview_lead(text).is_some() {
            // An interview's questions and answers are its text, short or long.
            ParagraphKind::Body
        } else if is_quoted(text) {
            ParagraphKind::Quote
        } else if line.words <= MAX_HEADING_WORDS
            && next_is_text
            && (!ends_like_sentence(text)
                || (text.ends_with('?') && line.words <= MAX_QUESTION_HEADING_WORDS))
        {
            ParagraphKind::Heading
        } else {
            ParagraphKind::Body
        };
        let truncated = match kind {
            ParagraphKind::List => {
                // A list item whose bullet was lost stands beside the bulleted list, if any.
                let around = if line.bulleted {
                    sentence_items[index]
                } else {
                    index
                        .checked_sub(1)
                        .map_or(0, |above| sentence_items[above])
                        + sentence_items.get(index + 1).copied().unwrap_or(0)
                };
                !ends_like_sentence(text) && around > 0
            }
            ParagraphKind::Body => {
                !ends_like_sentence(text) && line.words >= MIN_TRUNCATED_BODY_WORDS
            }
            _ => false,
        };
        if truncated {
            let preview: String = text.chars().take(60).collect();
            warnings.push(Warning::new(
                source,
                format!(
                    "truncated fragment kept as {}: \"{preview}…\"",
                    if kind == ParagraphKind::List {
                        "list item"
                    } else {
                        "body"
                    }
                ),
            ));
        }
        lines[index].state = State::Kept(kind);
    }
}

/// Fewest lines in a row that make a list whose bullets were lost in scraping.
const MIN_UNMARKED_LIST_ITEMS: usize = 3;

/// Lines of a list whose bullets the scraper dropped ("Key points" / "Summary" boxes): three or
/// more kept lines in a row, each of a few words without final punctuation. One such line before
/// a paragraph is a subheading; several in a row with no text between them cannot all head
/// something, so they are items.
fn unmarked_list_items(lines: &[Line]) -> std::collections::BTreeSet<usize> {
    let item_shaped = |line: &Line| {
        matches!(
            line.state,
            State::Kept(ParagraphKind::Body | ParagraphKind::Heading)
        ) && !line.bulleted
            && (3..=MAX_HEADING_WORDS).contains(&line.words)
            && !ends_like_sentence(&line.text)
            && !has_clock_time(&line.text)
            && interview_lead(&line.text).is_none()
    };
    let kept: Vec<usize> = (0..lines.len())
        .filter(|&index| is_kept(&lines[index]))
        .collect();
    let mut items = std::collections::BTreeSet::new();
    // Text with no paragraph of prose at all is a list of lines, not a story with a list in it.
    if !kept.iter().any(|&index| is_body_like(&lines[index])) {
        return items;
    }
    let mut run: Vec<usize> = Vec::new();
    for &index in kept.iter().chain(std::iter::once(&usize::MAX)) {
        if index != usize::MAX && item_shaped(&lines[index]) {
            run.push(index);
            continue;
        }
        if run.len() >= MIN_UNMARKED_LIST_ITEMS {
            items.extend(run.iter().copied());
        }
        run.clear();
    }
    items
}

/// For each line, how many items of the bulleted list it stands in end like sentences (0 outside
/// a list). An item that does not, in a list whose other items do, was cut off. One pass per
/// list, however long.
fn sentence_items_in_list(lines: &[Line]) -> Vec<usize> {
    let is_item = |line: &Line| is_kept(line) && line.bulleted;
    let mut counts = vec![0; lines.len()];
    let mut start = 0;
    while start < lines.len() {
        if !is_item(&lines[start]) {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < lines.len() && is_item(&lines[end]) {
            end += 1;
        }
        let sentences = (start..end)
            .filter(|&item| ends_like_sentence(&lines[item].text))
            .count();
        counts[start..end].fill(sentences);
        start = end;
    }
    counts
}

fn is_quoted(text: &str) -> bool {
    let opens = text.starts_with(['"', '“', '«']);
    let closes = text.trim_end_matches(['.', ',']).ends_with(['"', '”', '»']);
    opens && closes && text.split_whitespace().count() >= MIN_QUOTE_WORDS
}

/// The speaker mark of an interview line: "Q:", "A:", "Q.", "Question:", "Answer:".
pub(super) fn interview_lead(text: &str) -> Option<&str> {
    let (lead, _) = text.split_once([':', '.'])?;
    matches!(lead, "Q" | "A" | "Question" | "Answer").then_some(lead)
}

/// Does a short line carry a clock time ("14:32", "9.05am")? Live blogs stamp each update.
pub(super) fn has_clock_time(text: &str) -> bool {
    text.split_whitespace().count() <= MAX_TIMESTAMP_LINE_WORDS
        && text.split_whitespace().any(|word| {
            let word = word.trim_end_matches(|c: char| c.is_alphabetic() || c == ',');
            match word.split_once([':', '.']) {
                Some((hours, minutes)) => {
                    (1..=2).contains(&hours.len())
                        && minutes.len() == 2
                        && hours.chars().all(|c| c.is_ascii_digit())
                        && minutes.chars().all(|c| c.is_ascii_digit())
                }
                None => false,
            }
        })
}
