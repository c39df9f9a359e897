//! Cleaning already-scraped text: which lines are the article? A general mechanism, not a list
//! of known lines: line rules (`rules/`) judge each line on its own; then the document is read
//! as a whole — repeated lines and pull-quotes are dropped, the body is located by where prose
//! begins and ends, the head before it yields title, outlet, byline and subtitle, the tail after
//! it is footer chrome, and the body's short unpunctuated lines become headings. Every dropped
//! line is kept in `removed` with its reason.

mod head;

use crate::rules::{self, Verdict};
use head::read_head;
pub use head::{dateline, numeric_date};
use model::{paragraph, Article, Outlet, ParagraphKind, RawDoc, Removed, Warning};

/// A line counts as body prose from this many words when it ends like a sentence.
const MIN_BODY_WORDS: usize = 12;
/// A list item this long is content; menu items are shorter.
const MIN_ARTICLE_LIST_ITEM_WORDS: usize = 4;
/// A line this long is body prose even without final punctuation (a cut-off paragraph).
const MIN_UNPUNCTUATED_BODY_WORDS: usize = 30;
/// Headings and titles are at most this long.
const MAX_HEADING_WORDS: usize = 16;

#[derive(Debug, Clone, PartialEq)]
enum State {
    Kept(ParagraphKind),
    Removed(String),
}

#[derive(Debug, Clone)]
struct Line {
    text: String,
    words: usize,
    state: State,
    /// A list item whose bullet was stripped.
    bulleted: bool,
}

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
            Some(Verdict::Remove(reason)) => line.state = State::Removed(reason.to_string()),
            Some(Verdict::Wire(wire)) => {
                article.wire.get_or_insert(wire);
                line.state = State::Removed("source attribution".to_string());
            }
            Some(Verdict::ReadAt(domain)) => {
                article.wire.get_or_insert(domain.clone());
                read_at_domain.get_or_insert(domain);
                line.state = State::Removed("source attribution".to_string());
            }
            Some(Verdict::Outlet { name, domain }) => {
                if outlet_from_cues.name.is_none() {
                    outlet_from_cues.name = name;
                }
                if outlet_from_cues.domain.is_none() {
                    outlet_from_cues.domain = domain;
                }
                line.state = State::Removed("outlet name".to_string());
            }
            Some(Verdict::Caption) => line.state = State::Kept(ParagraphKind::Caption),
            None => {}
        }
    }

    // 2. Repetition: a line seen before, or a pull-quote contained in a longer paragraph.
    remove_repeats(&mut lines);

    // 3. Zones.
    let body_indexes: Vec<usize> = (0..lines.len())
        .filter(|&index| is_kept(&lines[index]) && is_body_like(&lines[index]))
        .collect();
    // The body opens on a real paragraph, not on a one-line caption or standfirst.
    let opening = body_indexes
        .iter()
        .copied()
        .find(|&index| opens_body(&lines[index]))
        .or(body_indexes.first().copied());
    let (first_body, last_body) = match (opening, body_indexes.last()) {
        (Some(first), Some(&last)) => {
            // The article is the densest run of prose; body-like lines outside it (mega-menu
            // blurbs, teasers of other stories) are page furniture.
            let (block_start, block_end) = densest_prose_run(&lines);
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
                    for index in first..block_first {
                        if is_kept(&lines[index])
                            && is_body_like(&lines[index])
                            && far_from(&lines, index, block_first)
                        {
                            lines[index].state =
                                State::Removed("outside the main text".to_string());
                        }
                    }
                    (block_first, block_last.max(block_first))
                }
                _ => (first, last),
            }
        }
        _ => {
            // A short item (a feed blurb, a one-line JSONL text) is not worth a warning.
            if lines.iter().filter(|line| is_kept(line)).count() >= 4 {
                warnings.push(Warning::new(
                    &doc.source,
                    "no paragraph of prose found; every kept line is treated as body",
                ));
            }
            (0, lines.len().saturating_sub(1))
        }
    };
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
            .or_else(|| doc.hints.url.as_deref().and_then(domain_of_url));
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

fn split_lines(content: &str) -> Vec<Line> {
    content
        .lines()
        .filter_map(|raw| {
            let normalised: String = raw
                .chars()
                .map(|c| {
                    if c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}' {
                        ' '
                    } else {
                        c
                    }
                })
                .collect();
            let collapsed = normalised.split_whitespace().collect::<Vec<_>>().join(" ");
            if collapsed.is_empty() {
                return None;
            }
            let (text, bulleted) = strip_bullet(&collapsed);
            let words = text.split_whitespace().count();
            let state = if is_spaced_menu(&normalised) {
                State::Removed("navigation".to_string())
            } else {
                State::Kept(ParagraphKind::Body)
            };
            Some(Line {
                text,
                words,
                state,
                bulleted,
            })
        })
        .collect()
}

/// Fewest items a menu flattened onto one line has.
const MIN_SPACED_MENU_ITEMS: usize = 4;

/// A menu flattened onto one line keeps the gaps between its links: "News  Politics  Money
/// Health" has items of one to three capitalised words, separated by runs of two or more
/// spaces, none of them a sentence. Prose is never laid out that way.
fn is_spaced_menu(raw: &str) -> bool {
    let items: Vec<&str> = raw
        .trim()
        .split("  ")
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    items.len() >= MIN_SPACED_MENU_ITEMS
        && items.iter().all(|item| {
            item.split_whitespace().count() <= 3
                && item.chars().next().is_some_and(char::is_uppercase)
                && !ends_like_sentence(item)
        })
}

/// "• Item", "- Item", "1. Item" → ("Item", true).
fn strip_bullet(line: &str) -> (String, bool) {
    for marker in ["• ", "● ", "▪ ", "◦ ", "‣ ", "- ", "* ", "– ", "— ", "· "] {
        if let Some(rest) = line.strip_prefix(marker) {
            if rest.chars().any(char::is_alphabetic) {
                return (rest.trim().to_string(), true);
            }
        }
    }
    let digits: String = line.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() && digits.len() <= 2 {
        let rest = &line[digits.len()..];
        if let Some(item) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            // "1. High-protein meals are here to stay" is a numbered heading or item either way.
            if item.chars().next().is_some_and(char::is_uppercase)
                && item.split_whitespace().count() >= 3
            {
                return (line.to_string(), true);
            }
        }
    }
    (line.to_string(), false)
}

fn is_kept(line: &Line) -> bool {
    matches!(line.state, State::Kept(_))
}

fn ends_like_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    trimmed.ends_with(['.', '!', '?', '…', ':', ';'])
}

fn is_body_like(line: &Line) -> bool {
    if line.state == State::Kept(ParagraphKind::Caption) {
        return false;
    }
    (line.words >= MIN_BODY_WORDS && ends_like_sentence(&line.text))
        || line.words >= MIN_UNPUNCTUATED_BODY_WORDS
}

/// The run of lines with the most prose: each kept body-like line adds its words, each other
/// kept line and each removed chrome line subtracts a little (maximum-sum run). Returns the
/// first and last line of the run.
fn densest_prose_run(lines: &[Line]) -> (usize, usize) {
    let weight = |line: &Line| -> f64 {
        match line.state {
            State::Removed(_) => -4.0,
            _ if is_body_like(line) => line.words as f64,
            // A list inside the story (its items bulleted or closed by ";", the lead-in ending
            // with ":") belongs to it; menus are lists too, but of one- to three-word items.
            _ if is_article_list_line(line) => line.words as f64 * 0.5,
            _ => -(3.0 + line.words as f64 * 0.5),
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

/// Is a prose line before the article separated from it by page furniture (several short or
/// removed lines), rather than being its standfirst or first paragraph?
fn far_from(lines: &[Line], index: usize, block_first: usize) -> bool {
    let between = &lines[index + 1..block_first];
    let furniture = between
        .iter()
        .filter(|line| !is_kept(line) || line.words < 8)
        .count();
    furniture >= 4
}

/// A paragraph the body can open on: a long sentence or several sentences.
fn opens_body(line: &Line) -> bool {
    let sentence_ends =
        line.text.matches(". ").count() + usize::from(ends_like_sentence(&line.text));
    line.words >= 20 || (sentence_ends >= 2 && line.words >= MIN_BODY_WORDS)
}

/// Lower-case words of letters and digits: the key lines are compared by.
fn comparison_key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn remove_repeats(lines: &mut [Line]) {
    let keys: Vec<String> = lines
        .iter()
        .map(|line| comparison_key(&line.text))
        .collect();
    // The kept copy of each line, by comparison key.
    let mut kept_copy: std::collections::BTreeMap<String, usize> = Default::default();
    for index in 0..lines.len() {
        if !is_kept(&lines[index]) || keys[index].is_empty() {
            continue;
        }
        if let Some(&earlier) = kept_copy.get(&keys[index]) {
            // A sentence printed twice in the body, once set in quotation marks, is a pull-quote
            // and the author's own sentence: the author's copy keeps its place in the text.
            if is_wholly_quoted(&lines[earlier].text) && !is_wholly_quoted(&lines[index].text) {
                lines[earlier].state = State::Removed(PULL_QUOTE.to_string());
                kept_copy.insert(keys[index].clone(), index);
            } else if is_wholly_quoted(&lines[index].text)
                && !is_wholly_quoted(&lines[earlier].text)
            {
                lines[index].state = State::Removed(PULL_QUOTE.to_string());
            } else {
                lines[index].state = State::Removed(REPEATED_LINE.to_string());
            }
            continue;
        }
        kept_copy.insert(keys[index].clone(), index);
        // A long line, or the quoted words of a short quoted line ("“A safer place.”"), found
        // inside a longer paragraph is a pull-quote printed again.
        let mut probes = Vec::new();
        if lines[index].words >= 8 {
            probes.push(keys[index].clone());
        }
        if let Some(quoted) =
            quoted_words(&lines[index].text).filter(|quoted| quoted.split(' ').count() >= 2)
        {
            probes.push(quoted);
        }
        // Only a paragraph of prose reprints a pull-quote; a headline inside a breadcrumb trail
        // or a page-title line ("Home > Blog > Floods cut the highway") is the headline itself.
        let contained = probes.iter().any(|probe| {
            (0..lines.len()).any(|other| {
                other != index
                    && is_kept(&lines[other])
                    && is_body_like(&lines[other])
                    && keys[other].len() > keys[index].len()
                    && keys[other].contains(probe.as_str())
            })
        });
        if contained {
            lines[index].state = State::Removed(PULL_QUOTE.to_string());
        }
    }
}

/// Why a line is dropped when a longer paragraph, or the author's own copy of it, holds its words.
const PULL_QUOTE: &str = "pull-quote repeated in the body";
/// Why a line is dropped when another copy of it stays in the text.
const REPEATED_LINE: &str = "repeated line (kept once)";

/// Does the whole line sit inside quotation marks ("“It amplifies what is there.”")?
fn is_wholly_quoted(text: &str) -> bool {
    let trimmed = text.trim().trim_end_matches(['.', ',']);
    trimmed.starts_with(['"', '“', '«', '‘']) && trimmed.ends_with(['"', '”', '»', '’'])
}

/// A line dropped as a repeat whose every other copy was dropped too (a section label printed
/// above the menu and again above the headline) was not "kept once": it takes the reason of the
/// copy that was dropped first, so that `removed[].why` tells the truth.
fn reason_repeats_truthfully(lines: &mut [Line]) {
    let is_repeat =
        |line: &Line| matches!(&line.state, State::Removed(why) if why == REPEATED_LINE);
    // The copies of each repeated line, by comparison key, gathered in one pass.
    let mut copies_by_key: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
    let repeated_keys: std::collections::BTreeSet<String> = lines
        .iter()
        .filter(|line| is_repeat(line))
        .map(|line| comparison_key(&line.text))
        .collect();
    for (index, line) in lines.iter().enumerate() {
        let key = comparison_key(&line.text);
        if repeated_keys.contains(&key) {
            copies_by_key.entry(key).or_default().push(index);
        }
    }
    for group in copies_by_key.values() {
        for &index in group {
            if is_repeat(&lines[index]) {
                relabel_repeat(lines, index, group);
            }
        }
    }
}

/// Give the repeat at `index` the reason of its first dropped copy when no copy was kept.
fn relabel_repeat(lines: &mut [Line], index: usize, group: &[usize]) {
    let copies = || group.iter().copied().filter(|&other| other != index);
    if copies().any(|other| is_kept(&lines[other])) {
        return;
    }
    let other_reason = copies().find_map(|other| match &lines[other].state {
        State::Removed(reason) if reason != REPEATED_LINE => Some(reason.clone()),
        _ => None,
    });
    // A pull-quote's words are kept in the paragraph that holds them: "kept once" is true.
    if let Some(reason) = other_reason.filter(|reason| reason != PULL_QUOTE) {
        lines[index].state = State::Removed(format!("{reason} (printed twice)"));
    }
}

/// The comparison key of the words inside a line's opening quotation ("“We are at war,” she
/// said." → "we are at war"), for lines that open with a quotation mark.
fn quoted_words(text: &str) -> Option<String> {
    let rest = text.strip_prefix(['“', '"', '«', '‘'])?;
    let inside = &rest[..rest.find(['”', '"', '»', '’']).unwrap_or(rest.len())];
    Some(comparison_key(inside))
}

/// Content words of a line, for title similarity.
fn content_words(text: &str) -> std::collections::BTreeSet<String> {
    comparison_key(text)
        .split(' ')
        .filter(|word| word.len() > 3)
        .map(str::to_string)
        .collect()
}

fn similar_to(text: &str, title: &str) -> bool {
    let (left, right) = (content_words(text), content_words(title));
    if left.is_empty() || right.is_empty() {
        return false;
    }
    let shared = left.intersection(&right).count();
    shared * 2 >= left.len().min(right.len()) && shared >= 2
}

fn is_name_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && !ends_like_sentence(text)
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words.iter().all(|word| {
            word.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || matches!(
                    *word,
                    "in" | "of" | "the" | "and" | "&" | "for" | "on" | "de" | "al"
                )
        })
}

/// A live blog's first update is stamped like the others ("14:32 GMT"); the stamp stands just
/// above the body's first paragraph and belongs to the body when later updates carry stamps too.
fn with_opening_update_stamp(lines: &[Line], first_body: usize, last_body: usize) -> usize {
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
const IN_ARTICLE_CHROME_REASONS: &[&str] = &[
    "share bar",
    "advertisement",
    "app prompt",
    "media player",
    "related links",
    "read time",
    "pull-quote repeated in the body",
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
fn extend_body_end(lines: &[Line], last_body: usize) -> usize {
    let mut body_end = last_body;
    let (mut chrome_gap, mut structure_gap) = (0, 0);
    // Does the gap hold a line that announces more text (a question, a timestamp, "Q:")?
    let mut gap_announces_text = false;
    let mut previous_headline_like = false;
    for (index, line) in lines.iter().enumerate().skip(last_body + 1) {
        match &line.state {
            State::Removed(reason) => {
                if !IN_ARTICLE_CHROME_REASONS.contains(&reason.as_str()) {
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

/// The speaker mark of an interview line: "Q:", "A:", "Q.", "Question:", "Answer:".
fn interview_lead(text: &str) -> Option<&str> {
    let (lead, _) = text.split_once([':', '.'])?;
    matches!(lead, "Q" | "A" | "Question" | "Answer").then_some(lead)
}

/// Does a short line carry a clock time ("14:32", "9.05am")? Live blogs stamp each update.
fn has_clock_time(text: &str) -> bool {
    text.split_whitespace().count() <= 4
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

/// Lines after the body: short unpunctuated lines are footer chrome.
/// Lines after the body: short sentences directly after the last paragraph still belong to the
/// article; from the first chrome line or unpunctuated line on, everything is page furniture
/// (related links, comment forms, footers).
fn read_tail(lines: &mut [Line], last_body: usize) {
    let mut article_over = false;
    let mut previous_bulleted = lines.get(last_body).is_some_and(|line| line.bulleted);
    let mut previous_fact = lines
        .get(last_body)
        .is_some_and(|line| labelled_fact(&line.text));
    for line in lines.iter_mut().skip(last_body + 1) {
        if !is_kept(line) {
            article_over = true;
            continue;
        }
        if line.state == State::Kept(ParagraphKind::Caption) {
            continue;
        }
        let closing_sentence =
            ends_like_sentence(&line.text) && line.words >= 5 && !line.text.ends_with(':');
        // A list that runs on from the body, or a long line cut off mid-sentence, is still the
        // article (the cut is flagged when the body is typed).
        let continues_list = previous_bulleted && line.bulleted;
        // A block of "Label: value" facts (line-ups, referee, attendance) runs on to its end.
        let continues_facts = previous_fact && labelled_fact(&line.text);
        previous_fact = labelled_fact(&line.text);
        let cut_off_paragraph = line.words >= 8 && !ends_like_sentence(&line.text);
        previous_bulleted = line.bulleted;
        if !article_over && (continues_list || continues_facts || cut_off_paragraph) {
            continue;
        }
        if article_over || !closing_sentence {
            article_over = true;
            line.state = State::Removed("after the article (related links, footer)".to_string());
        }
    }
}

/// A fact given as "Label: value" ("Referee: Sarah Blake", "Attendance: 31,402"): a label of
/// one or two capitalised words, a colon, and a value.
fn labelled_fact(text: &str) -> bool {
    let Some((label, value)) = text.split_once(": ") else {
        return false;
    };
    let label_words: Vec<&str> = label.split_whitespace().collect();
    (1..=2).contains(&label_words.len())
        && label_words
            .iter()
            .all(|word| word.chars().next().is_some_and(char::is_uppercase))
        && !value.trim().is_empty()
}

/// Type the kept lines of the body: headings, list items, quotes; flag truncated fragments.
fn type_body(lines: &mut [Line], first_body: usize, source: &str, warnings: &mut Vec<Warning>) {
    let end = lines.len();
    let unmarked_items = unmarked_list_items(lines);
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
        let next_is_text =
            next_kept.is_some_and(|next| lines[next].words >= 8 || lines[next].bulleted);
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
            && (!ends_like_sentence(text) || (text.ends_with('?') && line.words <= 10))
        {
            ParagraphKind::Heading
        } else {
            ParagraphKind::Body
        };
        let truncated = match kind {
            ParagraphKind::List => {
                !ends_like_sentence(text) && sibling_items_end_like_sentences(lines, index)
            }
            ParagraphKind::Body => !ends_like_sentence(text) && line.words >= 8,
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

/// Do the other items of the list around `index` end like sentences? Then an item that does not
/// was cut off.
fn sibling_items_end_like_sentences(lines: &[Line], index: usize) -> bool {
    let is_item = |line: &Line| is_kept(line) && line.bulleted;
    let mut start = index;
    while start > 0 && is_item(&lines[start - 1]) {
        start -= 1;
    }
    let mut end = index + 1;
    while end < lines.len() && is_item(&lines[end]) {
        end += 1;
    }
    (start..end).any(|other| other != index && ends_like_sentence(&lines[other].text))
}

fn is_quoted(text: &str) -> bool {
    let opens = text.starts_with(['"', '“', '«']);
    let closes = text.trim_end_matches(['.', ',']).ends_with(['"', '”', '»']);
    opens && closes && text.split_whitespace().count() >= 6
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

/// The host of a URL without "www.".
pub fn domain_of_url(url: &str) -> Option<String> {
    let lowered = url.trim().to_lowercase();
    let rest = lowered
        .strip_prefix("https://")
        .or_else(|| lowered.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    (!host.is_empty()).then(|| host.trim_start_matches("www.").to_string())
}
