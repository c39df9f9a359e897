//! The headline among the head's lines: scored on the words the opening paragraphs repeat, on its
//! slot above the story's metadata, on being printed twice, on standing near the body; a headline
//! the body zone swallowed; section labels and site names cut from a headline line.

use super::metadata::{metadata_precedes, METADATA_REACH};
use super::*;
use model::RemovalReason;

/// A headline swallowed by the body zone is at most this long; a longer line is its deck or
/// its first paragraph.
const MAX_SWALLOWED_HEADLINE_WORDS: usize = 20;
/// Headline score weights. Share of the line's content words the opening paragraphs repeat:
/// higher trusts the topic over the slot, and picks menu items that name the topic.
const OVERLAP_WEIGHT: f64 = 2.0;
/// The story's byline or date right below the line (the headline's slot): higher trusts the
/// slot over the words, and picks a deck that reaches the byline.
const METADATA_BELOW_WEIGHT: f64 = 2.0;
/// The story's date right above the line: a weaker slot (dates also stand above teasers).
const METADATA_ABOVE_WEIGHT: f64 = 0.75;
/// The line printed twice among the candidates (page title and article heading).
const PRINTED_TWICE_WEIGHT: f64 = 1.0;
/// A line of headline length, from the first to the second bound below.
const HEADLINE_LENGTH_WEIGHT: f64 = 0.5;
const MIN_HEADLINE_LENGTH_WORDS: usize = 5;
const MAX_HEADLINE_LENGTH_WORDS: usize = 20;
/// A short name-like line (a site name): lower keeps mastheads out, higher lets short
/// headlines in capitals win.
const SITE_NAME_PENALTY: f64 = -1.5;
/// A line in a run of menu items or glued to them.
const MENU_PENALTY: f64 = -1.0;
/// A line that a breadcrumb trail ends on.
const BREADCRUMB_WEIGHT: f64 = 1.0;
/// A line right above the best one is the headline (the best its deck) when this share of its
/// content words the opening repeats: lower takes kickers and section lines for headlines,
/// higher leaves the deck as the headline.
const MIN_ABOVE_HEADLINE_OVERLAP: f64 = 0.34;
/// ... and when it is at most this many words longer than the best line.
const MAX_ABOVE_HEADLINE_EXTRA_WORDS: usize = 2;

/// Neighbours of at most this many words make a line look like one item of a menu or of a table
/// of contents.
const LIST_ITEM_WORDS: usize = 12;

/// A headline the body zone swallowed: when a line of page furniture that reads like prose (a
/// disclosure, a browser notice, a newsletter blurb) stands just above the headline, the body
/// seems to open on it. A title-shaped line within the first few lines of the body, followed by
/// the story's byline or date, while nothing in the head is, is the headline; the body opens on
/// the first paragraph after it. Returns that paragraph's index.
pub(in crate::plain) fn body_after_swallowed_headline(
    lines: &[Line],
    first_body: usize,
    last_body: usize,
) -> Option<usize> {
    let title_shaped = |line: &Line| {
        is_kept(line)
            && line.state != State::Kept(ParagraphKind::Caption)
            && (MIN_TITLE_WORDS..=MAX_SWALLOWED_HEADLINE_WORDS).contains(&line.words)
            && !is_body_like(line)
            && !line.text.trim_end().ends_with(['.', ':'])
            && !is_article_metadata(line)
    };
    // Any title-shaped head line with metadata a few lines below may be the headline; then the
    // head keeps its chance.
    let head_has_headline = (0..first_body).any(|index| {
        title_shaped(&lines[index])
            && (index + 1..lines.len())
                .take(METADATA_REACH)
                .any(|later| is_article_metadata(&lines[later]))
    });
    if head_has_headline {
        return None;
    }
    let headline = (first_body + 1..=last_body)
        .filter(|&index| is_kept(&lines[index]))
        .take(SWALLOWED_HEADLINE_REACH)
        .find(|&index| title_shaped(&lines[index]))
        .filter(|&index| metadata_follows(lines, index, last_body + 1))?;
    (headline + 1..=last_body).find(|&index| is_kept(&lines[index]) && is_body_like(&lines[index]))
}

/// A line this long right below a shorter headline-shaped line is its deck.
const DECK_MIN_WORDS: usize = 14;

/// How many kept lines into the body a swallowed headline may stand.
const SWALLOWED_HEADLINE_REACH: usize = 3;

/// The head line most likely to be the headline. Each candidate is scored on how many of its
/// content words the opening paragraphs repeat (a headline names what the story is about), on
/// being repeated itself (pages print the headline twice: page title and article heading), on
/// standing close to the body (menus come first, headlines last), and on headline length; a
/// short name-like line (a site name) scores low. Ties go to the earlier line.
pub(in crate::plain) fn best_title(
    lines: &[Line],
    candidates: &[usize],
    first_body: usize,
) -> Option<usize> {
    let opening: std::collections::BTreeSet<String> = lines[first_body..]
        .iter()
        .filter(|line| is_kept(line))
        .take(3)
        .flat_map(|line| content_words(&line.text))
        .collect();
    // The last segment of each breadcrumb trail in the head.
    let crumbs = CrumbEnds::new(
        candidates.len(),
        lines[..first_body].iter().filter_map(|line| {
            (line.state == State::Removed(RemovalReason::Breadcrumb))
                .then(|| {
                    line.text
                        .rsplit(['/', '»', '›', '>'])
                        .map(str::trim)
                        .find(|segment| !segment.is_empty())
                })
                .flatten()
        }),
    );
    // Lines between a candidate and the body that are neither the story's metadata nor stubs of
    // three words or fewer (section labels, "Share"): a headline has few of them below it.
    let mut kept_below = vec![0; first_body + 1];
    for later in (0..first_body).rev() {
        let line = &lines[later];
        kept_below[later] = kept_below[later + 1]
            + usize::from(is_kept(line) && line.words > 3 && !is_article_metadata(line));
    }
    let kept_after = |index: usize| kept_below[index + 1];
    let printed_twice = printed_twice(lines, candidates);
    let overlap = |index: usize| -> f64 {
        let words = content_words(&lines[index].text);
        if words.is_empty() {
            0.0
        } else {
            words.iter().filter(|word| opening.contains(*word)).count() as f64 / words.len() as f64
        }
    };
    let score = |index: usize| -> f64 {
        let line = &lines[index];
        let overlap = overlap(index);
        let repeated = printed_twice.contains(&index);
        let proximity = 1.0 / (1.0 + kept_after(index) as f64);
        let length =
            if (MIN_HEADLINE_LENGTH_WORDS..=MAX_HEADLINE_LENGTH_WORDS).contains(&line.words) {
                HEADLINE_LENGTH_WEIGHT
            } else {
                0.0
            };
        let name_like = if is_name_like_outlet(line) {
            SITE_NAME_PENALTY
        } else {
            0.0
        };
        // The headline's slot: the story's byline or date right below it (perhaps after a
        // one-sentence deck), or its date right above it.
        let slot = if metadata_follows(lines, index, first_body) {
            METADATA_BELOW_WEIGHT
        } else if metadata_precedes(lines, index) {
            METADATA_ABOVE_WEIGHT
        } else {
            0.0
        };
        // Menus flatten into runs of short title-like lines, or into one line of items glued
        // together ("HomeAboutPricing"); a headline stands alone.
        // A table of contents flattens the same way, its items often questions ("What is a
        // mobile app?"), so a list item here is any short line that is not a full sentence.
        let in_menu_run = [index.checked_sub(1), Some(index + 1)]
            .into_iter()
            .flatten()
            .filter(|&other| other < first_body)
            .all(|other| {
                is_kept(&lines[other])
                    && lines[other].words <= LIST_ITEM_WORDS
                    && !lines[other].text.ends_with('.')
                    && !is_article_metadata(&lines[other])
            });
        let menu = if (in_menu_run && slot == 0.0) || has_glued_words(&line.text) {
            MENU_PENALTY
        } else {
            0.0
        };
        // Breadcrumb trails often end on the page's own headline.
        let crumb = if crumbs.end_on(&line.text) {
            BREADCRUMB_WEIGHT
        } else {
            0.0
        };
        let repeated = if repeated { PRINTED_TWICE_WEIGHT } else { 0.0 };
        OVERLAP_WEIGHT * overlap + slot + repeated + proximity + length + name_like + menu + crumb
    };
    let mut best: Option<(usize, f64)> = None;
    for &index in candidates {
        let value = score(index);
        if best.is_none_or(|(_, best_value)| value > best_value + 1e-9) {
            best = Some((index, value));
        }
    }
    // Of a headline printed twice, the first copy is the headline; the second is a deck or a
    // share-card repeat. A copy glued to menu items ("BlogBest tutors of 2025") is not.
    let best = best.map(|(index, _)| {
        candidates
            .iter()
            .copied()
            .find(|&other| {
                other == index
                    || (near_copy(&lines[other].text, &lines[index].text)
                        && !has_glued_words(&lines[other].text))
            })
            .unwrap_or(index)
    })?;
    // A title-like line right above the best one, shorter or up to two words longer, is the
    // headline, the best its deck;
    // not when it is menu items run together, a short name in capitals (a section: "Camera &
    // Gear Reviews"), or a piece of the best line (the end of a breadcrumb trail: "What is an
    // online course?" above "What is an online course? A guide").
    let above = (0..best).rev().find(|&index| is_kept(&lines[index]));
    match above {
        Some(above)
            if candidates.contains(&above)
                && lines[above].words >= 4
                && lines[above].words <= lines[best].words + MAX_ABOVE_HEADLINE_EXTRA_WORDS
                && !is_name_like_outlet(&lines[above])
                // It shares the story's words, or it is a headline of six words or more over a
                // long deck (fourteen words or more) that reaches the byline.
                && (overlap(above) >= MIN_ABOVE_HEADLINE_OVERLAP
                    || (lines[above].words >= 6
                        && lines[best].words >= DECK_MIN_WORDS
                        && lines[best].words >= lines[above].words + 4
                        && metadata_follows(lines, above, first_body)))
                && !has_glued_words(&lines[above].text)
                && !(is_name_like(&lines[above].text) && lines[above].words <= 4)
                && !contains_words_of(&lines[best].text, &lines[above].text) =>
        {
            Some(above)
        }
        _ => Some(best),
    }
}

/// The last segments of the head's breadcrumb trails, each once, with an index from content word
/// to the segments holding it: which segment a line is [`similar_to`] is found by counting the
/// words it shares with each segment that holds one of its words, not by comparing it with every
/// segment.
struct CrumbEnds {
    keys: std::collections::HashSet<String>,
    words: Vec<std::collections::BTreeSet<String>>,
    holders: std::collections::HashMap<String, Vec<usize>>,
    /// Segments looked at, at most [`PAIRS_PER_CANDIDATE`] per headline candidate on average
    /// (or the floor of every [`WorkBudget`]).
    budget: WorkBudget,
}

impl CrumbEnds {
    fn new<'a>(candidates: usize, segments: impl Iterator<Item = &'a str>) -> Self {
        let mut crumbs = CrumbEnds {
            keys: Default::default(),
            words: Vec::new(),
            holders: Default::default(),
            budget: WorkBudget::per_line(candidates, PAIRS_PER_CANDIDATE),
        };
        let distinct: std::collections::BTreeSet<&str> = segments.collect();
        for segment in distinct {
            crumbs.keys.insert(comparison_key(segment));
            let words = content_words(segment);
            for word in &words {
                crumbs
                    .holders
                    .entry(word.clone())
                    .or_default()
                    .push(crumbs.words.len());
            }
            crumbs.words.push(words);
        }
        crumbs
    }

    /// Does a breadcrumb trail end on this line ([`similar_to`] it, or the same words)?
    fn end_on(&self, text: &str) -> bool {
        if self.words.is_empty() {
            return false;
        }
        if self.keys.contains(&comparison_key(text)) {
            return true;
        }
        let words = content_words(text);
        let mut shared: std::collections::HashMap<usize, usize> = Default::default();
        for word in &words {
            for &crumb in self.holders.get(word).map_or(&[][..], Vec::as_slice) {
                if !self.budget.spend() {
                    return false;
                }
                *shared.entry(crumb).or_default() += 1;
            }
        }
        shared
            .into_iter()
            .any(|(crumb, shared)| similar_by_count(shared, words.len(), self.words[crumb].len()))
    }
}

/// The candidates that another candidate is [`similar_to`] (the headline printed twice: page
/// title and article heading). Two lines are similar when they share two content words or more
/// and at least half of the shorter line's; so the longer line holds at least one of the shorter
/// line's rarest `len - ceil(len / 2) + 1` words, and only the candidates holding those are
/// compared, not every pair. Candidates with the same content words are compared as one (a menu
/// of "Free 8 Week Beginner Marathon Training Plan", "Free 9 Week ..."): two of them or more are
/// printed twice when they hold two words or more, and each is similar to what the others are.
fn printed_twice(lines: &[Line], candidates: &[usize]) -> std::collections::BTreeSet<usize> {
    use std::collections::HashMap;
    // Each content word as a number, each distinct set of a candidate's words as a sorted list
    // of numbers: two sets' shared words are counted by one merge of two short lists.
    let mut numbers: HashMap<String, u32> = HashMap::new();
    let mut set_of: HashMap<Vec<u32>, usize> = HashMap::new();
    let mut sets: Vec<Vec<u32>> = Vec::new();
    let mut holding: Vec<usize> = Vec::new();
    let candidate_set: Vec<usize> = candidates
        .iter()
        .map(|&index| {
            let mut line_words: Vec<u32> = content_words(&lines[index].text)
                .into_iter()
                .map(|word| {
                    let next = numbers.len() as u32;
                    *numbers.entry(word).or_insert(next)
                })
                .collect();
            line_words.sort_unstable();
            let set = *set_of.entry(line_words.clone()).or_insert_with(|| {
                sets.push(line_words);
                holding.push(0);
                sets.len() - 1
            });
            holding[set] += 1;
            set
        })
        .collect();
    let mut holders: Vec<Vec<usize>> = vec![Vec::new(); numbers.len()];
    for (position, set_words) in sets.iter().enumerate() {
        for &word in set_words {
            holders[word as usize].push(position);
        }
    }
    let mut twice: Vec<bool> = sets
        .iter()
        .zip(&holding)
        .map(|(set_words, &count)| count >= 2 && set_words.len() >= 2)
        .collect();
    let budget = WorkBudget::per_line(candidates.len(), PAIRS_PER_CANDIDATE);
    // The set last compared with each other one, so that a pair sharing several rare words is
    // compared once.
    let mut compared_with = vec![usize::MAX; sets.len()];
    'sets: for (position, set_words) in sets.iter().enumerate() {
        let mut rarest = set_words.clone();
        rarest.sort_by_key(|&word| holders[word as usize].len());
        rarest.truncate(set_words.len() - set_words.len().div_ceil(2) + 1);
        for word in rarest {
            for &other in &holders[word as usize] {
                if !budget.spend() {
                    break 'sets;
                }
                if other == position || compared_with[other] == position {
                    continue;
                }
                compared_with[other] = position;
                if sets[other].len() >= set_words.len()
                    && similar_by_count(
                        shared_count(&sets[other], set_words),
                        sets[other].len(),
                        set_words.len(),
                    )
                {
                    twice[position] = true;
                    twice[other] = true;
                }
            }
        }
    }
    candidates
        .iter()
        .zip(candidate_set)
        .filter(|&(_, set)| twice[set])
        .map(|(&index, _)| index)
        .collect()
}

/// How many candidates each candidate may be compared with, on average, in the search for a
/// headline printed twice: far more than a page's head needs (its candidates share few words),
/// but a bound, so that a head zone of thousands of lines that all share words (a hard-wrapped
/// book) costs linear time. Past it the search stops; a headline is still picked on its words
/// and its slot.
const PAIRS_PER_CANDIDATE: usize = 64;

/// How many numbers two sorted lists share.
fn shared_count(left: &[u32], right: &[u32]) -> usize {
    let (mut at_left, mut at_right, mut shared) = (0, 0, 0);
    while at_left < left.len() && at_right < right.len() {
        match left[at_left].cmp(&right[at_right]) {
            std::cmp::Ordering::Less => at_left += 1,
            std::cmp::Ordering::Greater => at_right += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                at_left += 1;
                at_right += 1;
            }
        }
    }
    shared
}

/// Are two lines the same headline printed twice, perhaps reworded ("Tensions escalate as ties
/// collapse" / "Tensions deepen as ties collapse")? Stricter than [`similar_to`]: a menu item
/// sharing two words with the headline ("Software Development") is not a copy of it, and neither
/// is a line that holds the whole headline plus more ("Home > Blog > Floods cut the highway", a
/// font-size widget's "A" glued on) or a fragment of it ("Event Management").
pub(in crate::plain) fn near_copy(text: &str, other: &str) -> bool {
    let (left, right) = (comparison_key(text), comparison_key(other));
    if left.is_empty() || right.is_empty() {
        return false;
    }
    if left == right {
        return true;
    }
    let (spaced_left, spaced_right) = (format!(" {left} "), format!(" {right} "));
    if spaced_left.contains(&spaced_right) || spaced_right.contains(&spaced_left) {
        return false;
    }
    let (left, right) = (content_words(text), content_words(other));
    let shared = left.intersection(&right).count();
    shared >= 3 && shared * 3 >= left.len().max(right.len()) * 2
}

/// Does `text` hold all of `part`, word for word ("What is an online course? Definition
/// explained" holds "What is an online course?")?
fn contains_words_of(text: &str, part: &str) -> bool {
    let (whole, part) = (comparison_key(text), comparison_key(part));
    !part.is_empty() && format!(" {whole} ").contains(&format!(" {part} "))
}

/// "HomeCase studies", "LiveNew York": words run together where menu items lost their spacing.
/// Hyphens and other marks separate words ("Pakistan-Afghanistan" is two words joined on
/// purpose, not glued).
pub(in crate::plain) fn has_glued_words(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic()).any(|word| {
        let letters: Vec<char> = word.chars().collect();
        letters
            .windows(2)
            .skip(1)
            .any(|pair| pair[0].is_lowercase() && pair[1].is_uppercase())
    })
}

/// A head line that is more likely a site name than a title: two to four capitalised words
/// directly followed by nothing sentence-like. Titles are usually longer; this keeps "Harbour
/// Tribune" from being taken as the title when the real title follows.
fn is_name_like_outlet(line: &Line) -> bool {
    let all_capitals = line
        .text
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    (line.words <= 3 || (line.words <= 5 && all_capitals)) && is_name_like(&line.text)
}

pub(in crate::plain) fn strip_leading_symbols(text: &str) -> String {
    let text = text
        .trim_start_matches(|c: char| {
            !c.is_alphanumeric() && !matches!(c, '"' | '“' | '\'' | '‘' | '[' | '(' | '¿' | '¡')
        })
        .trim();
    strip_section_labels(text).to_string()
}

/// A headline line that carries its section: "Blog » Ten tips for …" or "Ten tips … | Opinion".
/// A label of at most two words before "»", "›" or "/", or after "|", is dropped.
pub(in crate::plain) fn strip_section_labels(text: &str) -> &str {
    let mut text = text;
    for separator in [" » ", " › ", " / "] {
        if let Some((label, rest)) = text.split_once(separator) {
            if label.split_whitespace().count() <= 2 && rest.split_whitespace().count() >= 3 {
                text = rest.trim();
            }
        }
    }
    if let Some((rest, label)) = text.rsplit_once(" | ") {
        if label.split_whitespace().count() <= 2 && rest.split_whitespace().count() >= 3 {
            text = rest.trim();
        }
    }
    // A page-title line: "Floods cut the coastal highway – Harbour Tribune". The site name after a
    // dash is a few capitalised words (or a date); the headline before it is longer.
    for separator in [" – ", " — ", " - ", " | "] {
        if let Some((rest, label)) = text.rsplit_once(separator) {
            let label = label.trim();
            let site_like = (is_name_like(label) && label.split_whitespace().count() <= 3)
                || dateline(label).is_some_and(|authors| authors.is_empty());
            if site_like && rest.split_whitespace().count() >= 4 {
                text = rest.trim();
                break;
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The candidates found printed twice are those [`similar_to`] another candidate, as comparing
    /// every pair finds them: heads of a few words drawn from a small vocabulary, so that many
    /// candidates share their words or hold the same ones.
    #[test]
    fn printed_twice_finds_what_comparing_every_pair_finds() {
        const WORDS: &[&str] = &[
            "harbour", "council", "flood", "walls", "storm", "winter", "mayor", "coast",
        ];
        let mut state: u64 = 7;
        let mut below = |bound: usize| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 33) % bound as u64) as usize
        };
        for _ in 0..200 {
            let lines: Vec<Line> = (0..below(40) + 1)
                .map(|_| {
                    let text = (0..below(6) + 1)
                        .map(|_| WORDS[below(WORDS.len())])
                        .collect::<Vec<_>>()
                        .join(" ");
                    Line {
                        words: text.split_whitespace().count(),
                        text,
                        state: State::Kept(ParagraphKind::Body),
                        bulleted: false,
                    }
                })
                .collect();
            let candidates: Vec<usize> = (0..lines.len()).collect();
            let every_pair: std::collections::BTreeSet<usize> = candidates
                .iter()
                .copied()
                .filter(|&index| {
                    let words = content_words(&lines[index].text);
                    candidates
                        .iter()
                        .any(|&other| other != index && similar_to(&lines[other].text, &words))
                })
                .collect();
            assert_eq!(printed_twice(&lines, &candidates), every_pair);
        }
    }
}
