//! Lines printed twice: a repeated line is kept once, a pull-quote whose words a longer paragraph
//! (or the author's unquoted copy) holds is dropped, and a repeat none of whose copies was kept
//! takes the true reason of its first dropped copy.

use super::*;

/// A line this long found inside a longer paragraph is a pull-quote: lower drops short phrases
/// the story happens to repeat, higher keeps short pull-quotes printed twice.
const MIN_PULL_QUOTE_WORDS: usize = 8;
/// The quoted words of a short quoted line are looked for in the paragraphs from this many.
const MIN_QUOTED_PULL_QUOTE_WORDS: usize = 2;

pub(super) fn remove_repeats(lines: &mut [Line]) {
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
        if lines[index].words >= MIN_PULL_QUOTE_WORDS {
            probes.push(keys[index].clone());
        }
        if let Some(quoted) = quoted_words(&lines[index].text)
            .filter(|quoted| quoted.split(' ').count() >= MIN_QUOTED_PULL_QUOTE_WORDS)
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
pub(super) fn reason_repeats_truthfully(lines: &mut [Line]) {
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
