//! The head of a scraped page, the lines before the body: headline, deck, byline and
//! dateline, site name, captions and header chrome.

use super::*;
use crate::word_list::word_list;

/// Read the lines before the body: title, byline, subtitle, captions, site name, chrome.
/// Returns a site-name candidate.
pub(super) fn read_head(
    lines: &mut [Line],
    first_body: usize,
    doc: &RawDoc,
    article: &mut Article,
) -> Option<String> {
    let mut outlet_candidate = None;
    let mut title_index = None;
    // The page's first line that no line rule dropped: where a masthead stands.
    let first_kept_line = (0..first_body).find(|&index| is_kept(&lines[index]));
    for line in &mut lines[..first_body] {
        // "October 2, 2025 · 6 min read": a read time that carries the date is the dateline.
        if line.state == State::Removed("read time".to_string()) && dateline(&line.text).is_some() {
            line.state = State::Removed("dateline".to_string());
        }
    }
    // Bare author names ("Clara Brennan" between the deck and the date) are read before the
    // headline is looked for, so that a name is never the headline and the headline's slot
    // (its byline below it) is seen.
    for index in 0..first_body {
        if let Some(authors) = bare_byline(lines, index) {
            if article.authors.is_empty() {
                article.authors = authors;
            }
            lines[index].state = State::Removed("byline".to_string());
        }
    }
    if let Some(title) = doc.hints.title.as_deref() {
        article.title = Some(title.to_string());
    } else {
        let candidate = |line: &Line| {
            is_kept(line)
                && line.state != State::Kept(ParagraphKind::Caption)
                && line.words >= 3
                && line.words <= 30
                // A headline does not end like a sentence, nor open a list ("These are the
                // trends of 2025:").
                && !line.text.trim_end().ends_with(['.', ':'])
                && !is_site_tagline(&line.text)
                && dateline(&line.text).is_none()
                && byline(&line.text).is_none()
                && !is_article_metadata(line)
        };
        let candidates: Vec<usize> = (0..first_body)
            .filter(|&index| candidate(&lines[index]))
            .collect();
        title_index = best_title(lines, &candidates, first_body);
        if let Some(index) = title_index {
            article.title = Some(strip_leading_symbols(&lines[index].text));
            lines[index].state = State::Removed("title (kept in `title`)".to_string());
        }
    }
    let title = article.title.clone().unwrap_or_default();
    // The deck: the line right after the headline, a sentence or a long phrase that does not
    // repeat it ("Harbour City snatch a late win to go top"), is the subtitle.
    if let Some(title_at) = title_index {
        // A deck is a sentence, so the body zone may have judged it prose outside the article;
        // right below the headline and above the byline it is the deck all the same.
        let outside_main_text = State::Removed("outside the main text".to_string());
        let next = (title_at + 1..first_body)
            .find(|&index| is_kept(&lines[index]) || lines[index].state == outside_main_text);
        if let Some(index) = next {
            let line = &lines[index];
            let deck = (6..=45).contains(&line.words)
                && (line.state == State::Kept(ParagraphKind::Body)
                    || (line.state == outside_main_text && metadata_follows(lines, index, first_body)))
                && !similar_to(&line.text, &title)
                && dateline(&line.text).is_none()
                && byline(&line.text).is_none()
                && !is_name_like(&line.text)
                // A picture sits between a headline and its repeat; that line is a caption.
                && !(index + 1..first_body).any(|later| similar_to(&lines[later].text, &title))
                && !followed_by_prose(lines, index);
            if deck {
                article.subtitle = Some(line.text.clone());
                lines[index].state = State::Removed("subtitle (kept in `subtitle`)".to_string());
            }
        }
    }
    for index in 0..first_body {
        if !is_kept(&lines[index]) || lines[index].state == State::Kept(ParagraphKind::Caption) {
            continue;
        }
        let text = lines[index].text.clone();
        let words = lines[index].words;
        if let Some(authors) = byline(&text) {
            if article.authors.is_empty() {
                article.authors = authors;
            }
            // "By Nina Hartono, Reuters": the agency is the wire.
            if article.wire.is_none() {
                article.wire = rules::agency_in_byline(&text);
            }
            lines[index].state = State::Removed("byline".to_string());
        } else if let Some(authors) = dateline(&text) {
            if article.authors.is_empty() {
                article.authors = authors;
            }
            lines[index].state = State::Removed("dateline".to_string());
        } else if words <= 3 && !ends_like_sentence(&text) && !is_name_like(&text) {
            lines[index].state = State::Removed("header chrome".to_string());
        } else if is_site_tagline(&text)
            || (Some(index) == first_kept_line && is_masthead_with_tagline(&text))
        {
            if outlet_candidate.is_none() {
                outlet_candidate = text
                    .split(['—', '|', '·'])
                    .next()
                    .map(|name| without_edition_words(name.trim()));
            }
            lines[index].state = State::Removed("outlet name".to_string());
        } else if !title.is_empty()
            // A paragraph of prose that shares the headline's words is the story's first
            // paragraph, not a copy of the headline.
            && !is_body_like(&lines[index])
            && (similar_to(&text, &title) || comparison_key(&text) == comparison_key(&title))
        {
            lines[index].state = State::Removed("repeats the title".to_string());
        } else if is_name_like(&text) && title_index.is_none_or(|title_at| index < title_at + 3) {
            // In a run of short names (a menu: "Scores", "Fixtures", "Tables") none is the site.
            let neighbours_are_names = [index.checked_sub(1), Some(index + 1)]
                .into_iter()
                .flatten()
                .filter(|&other| other < lines.len())
                .any(|other| {
                    other != index
                        && is_kept(&lines[other])
                        && lines[other].words <= 3
                        && !ends_like_sentence(&lines[other].text)
                        && !lines[other].text.contains(|c: char| c.is_ascii_digit())
                })
                || index.checked_sub(1).is_some_and(|other| {
                    lines[other].state == State::Removed("header chrome".to_string())
                });
            // The page's first line naming an organisation ("Harbour Gazette", "THE DAILY
            // COURIER") is the masthead, even with the menu right below it.
            let masthead =
                Some(index) == first_kept_line && words >= 2 && names_organisation(&text);
            // A label right above the headline ("Asia Pacific", "ANALYSIS") is its section, and a
            // name right above the first paragraph ("Khartoum") its dateline, unless the page
            // opens with it.
            let nothing_kept_between =
                |end: usize| (index + 1..end).all(|between| !is_kept(&lines[between]));
            let section_label = title_index
                .is_some_and(|title_at| index < title_at && nothing_kept_between(title_at))
                && Some(index) != first_kept_line;
            let place_above_body = nothing_kept_between(first_body);
            if outlet_candidate.is_none()
                && words <= 4
                && (!neighbours_are_names || masthead)
                && !section_label
                && !place_above_body
            {
                outlet_candidate = Some(without_edition_words(&readable_name(&text)));
                lines[index].state = State::Removed("outlet name".to_string());
            } else {
                lines[index].state = State::Removed("header chrome".to_string());
            }
        } else if ends_like_sentence(&text)
            && words >= 4
            && title_index.is_some_and(|title_at| index > title_at)
        {
            // A one-sentence line between the title and the body: a caption when a second
            // headline follows it (the picture sits between headline blocks), else the subtitle.
            let headline_follows = (index + 1..first_body).any(|later| {
                is_kept(&lines[later])
                    && !ends_like_sentence(&lines[later].text)
                    && lines[later].words >= 4
            });
            let followed_by_removed_title_copy = (index + 1..first_body).any(|later| {
                lines[later].state == State::Removed("repeats the title".to_string())
                    || similar_to(&lines[later].text, &title)
            });
            if headline_follows || followed_by_removed_title_copy {
                lines[index].state = State::Kept(ParagraphKind::Caption);
            } else if article.subtitle.is_none()
                && !followed_by_prose(lines, index)
                && !below_a_section_label(lines, index, title_index)
            {
                article.subtitle = Some(text.clone());
                lines[index].state = State::Removed("subtitle (kept in `subtitle`)".to_string());
            }
        } else if words <= 3 {
            lines[index].state = State::Removed("header chrome".to_string());
        } else if !ends_like_sentence(&text) && words <= MAX_HEADING_WORDS {
            lines[index].state = State::Kept(ParagraphKind::Heading);
        }
    }
    outlet_candidate
}

/// Does a short label the head dropped ("Key quotes", "Summary") stand between the headline and
/// the line at `index`? Then the line is that section's first item, not the headline's deck.
fn below_a_section_label(lines: &[Line], index: usize, title_index: Option<usize>) -> bool {
    let header_chrome = State::Removed("header chrome".to_string());
    title_index.is_some_and(|title_at| {
        (title_at + 1..index).any(|between| lines[between].state == header_chrome)
    })
}

/// Neighbours of at most this many words make a line look like one item of a menu or of a table
/// of contents.
const LIST_ITEM_WORDS: usize = 12;

/// A headline the body zone swallowed: when a line of page furniture that reads like prose (a
/// disclosure, a browser notice, a newsletter blurb) stands just above the headline, the body
/// seems to open on it. A title-shaped line within the first few lines of the body, followed by
/// the story's byline or date, while nothing in the head is, is the headline; the body opens on
/// the first paragraph after it. Returns that paragraph's index.
pub(super) fn body_after_swallowed_headline(
    lines: &[Line],
    first_body: usize,
    last_body: usize,
) -> Option<usize> {
    let title_shaped = |line: &Line| {
        is_kept(line)
            && line.state != State::Kept(ParagraphKind::Caption)
            && (3..=20).contains(&line.words)
            && !is_body_like(line)
            && !line.text.trim_end().ends_with(['.', ':'])
            && !is_article_metadata(line)
    };
    // Any title-shaped head line with metadata a few lines below may be the headline; then the
    // head keeps its chance.
    let head_has_headline = (0..first_body).any(|index| {
        title_shaped(&lines[index])
            && (index + 1..lines.len())
                .take(8)
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
fn best_title(lines: &[Line], candidates: &[usize], first_body: usize) -> Option<usize> {
    let opening: std::collections::BTreeSet<String> = lines[first_body..]
        .iter()
        .filter(|line| is_kept(line))
        .take(3)
        .flat_map(|line| content_words(&line.text))
        .collect();
    // The last segment of each breadcrumb trail in the head.
    let crumbs: Vec<String> = lines[..first_body]
        .iter()
        .filter(|line| line.state == State::Removed("breadcrumb".to_string()))
        .filter_map(|line| {
            line.text
                .rsplit(['/', '»', '›', '>'])
                .map(str::trim)
                .find(|segment| !segment.is_empty())
                .map(str::to_string)
        })
        .collect();
    // Lines between a candidate and the body that are neither the story's metadata nor stubs of
    // three words or fewer (section labels, "Share"): a headline has few of them below it.
    let kept_after = |index: usize| {
        (index + 1..first_body)
            .filter(|&later| {
                is_kept(&lines[later])
                    && lines[later].words > 3
                    && !is_article_metadata(&lines[later])
            })
            .count()
    };
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
        let repeated = candidates
            .iter()
            .any(|&other| other != index && similar_to(&lines[other].text, &line.text));
        let proximity = 1.0 / (1.0 + kept_after(index) as f64);
        let length = if (5..=20).contains(&line.words) {
            0.5
        } else {
            0.0
        };
        let name_like = if is_name_like_outlet(line) { -1.5 } else { 0.0 };
        // The headline's slot: the story's byline or date right below it (perhaps after a
        // one-sentence deck), or its date right above it.
        let slot = if metadata_follows(lines, index, first_body) {
            2.0
        } else if metadata_precedes(lines, index) {
            0.75
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
            -1.0
        } else {
            0.0
        };
        // Breadcrumb trails often end on the page's own headline.
        let crumb = if crumbs.iter().any(|crumb| {
            similar_to(crumb, &line.text) || comparison_key(crumb) == comparison_key(&line.text)
        }) {
            1.0
        } else {
            0.0
        };
        2.0 * overlap
            + slot
            + f64::from(u8::from(repeated))
            + proximity
            + length
            + name_like
            + menu
            + crumb
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
                && lines[above].words <= lines[best].words + 2
                && !is_name_like_outlet(&lines[above])
                // It shares the story's words, or it is a headline of six words or more over a
                // long deck (fourteen words or more) that reaches the byline.
                && (overlap(above) >= 0.34
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

/// Are two lines the same headline printed twice, perhaps reworded ("Tensions escalate as ties
/// collapse" / "Tensions deepen as ties collapse")? Stricter than [`similar_to`]: a menu item
/// sharing two words with the headline ("Software Development") is not a copy of it, and neither
/// is a line that holds the whole headline plus more ("Home > Blog > Floods cut the highway", a
/// font-size widget's "A" glued on) or a fragment of it ("Event Management").
fn near_copy(text: &str, other: &str) -> bool {
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

/// Does the story's own metadata (a byline, a date, a read time) follow the line at `index`
/// before the body, with at most a one-sentence deck and two stubs ("Share", a section label)
/// in between? That is where a headline stands.
fn metadata_follows(lines: &[Line], index: usize, first_body: usize) -> bool {
    let (mut stubs, mut decks) = (0, 0);
    for later in (index + 1..first_body).take(8) {
        let line = &lines[later];
        if is_article_metadata(line) {
            return true;
        }
        if !is_kept(line) {
            continue;
        }
        if (line.words <= 3 || is_name_like(&line.text)) && stubs < 2 {
            stubs += 1;
        } else if line.words >= 6 && decks < 1 {
            decks += 1;
        } else {
            return false;
        }
    }
    false
}

/// Is the line right above `index` (skipping removed chrome) the story's date or read time?
fn metadata_precedes(lines: &[Line], index: usize) -> bool {
    (0..index)
        .rev()
        .take(3)
        .find(|&earlier| is_kept(&lines[earlier]) || is_article_metadata(&lines[earlier]))
        .is_some_and(|earlier| is_article_metadata(&lines[earlier]))
}

/// A line of the story's own metadata: a byline, a dateline, a read time, or a line opening with
/// a metadata label ("Written by", "Last updated on:", "By" alone).
fn is_article_metadata(line: &Line) -> bool {
    static LABELS: std::sync::LazyLock<Vec<&'static str>> =
        std::sync::LazyLock::new(|| word_list(include_str!("../../data/metadata_labels.txt")));
    match &line.state {
        // A bare date is often dropped by a line rule first (as a figures-only line); it still
        // dates the story.
        State::Removed(why) => {
            matches!(why.as_str(), "read time" | "dateline" | "byline")
                || (line.words <= 12 && dateline(&line.text).is_some())
        }
        State::Kept(ParagraphKind::Caption) => false,
        State::Kept(_) => {
            if line.words > 12 {
                return false;
            }
            if byline(&line.text).is_some() || dateline(&line.text).is_some() {
                return true;
            }
            let lowered = line.text.to_lowercase();
            LABELS.iter().any(|label| {
                lowered
                    .strip_prefix(label)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':']))
            })
        }
    }
}

/// Is the next kept line after `index` prose? Then a sentence at `index` is the story's first
/// paragraph, not a deck.
/// A byline or date in between separates the two: a sentence above the story's metadata is its
/// deck.
fn followed_by_prose(lines: &[Line], index: usize) -> bool {
    (index + 1..lines.len())
        .find(|&later| is_kept(&lines[later]) || is_article_metadata(&lines[later]))
        .is_some_and(|later| is_kept(&lines[later]) && is_body_like(&lines[later]))
}

/// "HomeCase studies", "LiveNew York": words run together where menu items lost their spacing.
/// Hyphens and other marks separate words ("Pakistan-Afghanistan" is two words joined on
/// purpose, not glued).
fn has_glued_words(text: &str) -> bool {
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

/// "Daily Sentinel Online" → "Daily Sentinel": a masthead's last words that name the edition
/// (`data/outlet_edition_words.txt`), not the outlet, go when two words or more remain.
fn without_edition_words(name: &str) -> String {
    static EDITION_WORDS: std::sync::LazyLock<Vec<&'static str>> =
        std::sync::LazyLock::new(|| word_list(include_str!("../../data/outlet_edition_words.txt")));
    let words: Vec<&str> = name.split_whitespace().collect();
    EDITION_WORDS
        .iter()
        .find_map(|edition| {
            let edition_words = edition.split_whitespace().count();
            let kept = words.len().checked_sub(edition_words)?;
            let tail = words[kept..].join(" ").to_lowercase();
            (kept >= 2 && tail == *edition).then(|| words[..kept].join(" "))
        })
        .unwrap_or_else(|| name.to_string())
}

/// "HARBOUR & VALLEY TIMES" → "Harbour & Valley Times": shouted site names in title case.
fn readable_name(text: &str) -> String {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 5 || !letters.iter().all(|c| c.is_uppercase()) {
        return text.to_string();
    }
    text.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// "Example Herald — independent reporting from the valley": a site name and its tagline.
fn is_site_tagline(text: &str) -> bool {
    let Some((name, rest)) = text.split_once(['—', '|']) else {
        return false;
    };
    let name = name.trim();
    let rest_words = rest.split_whitespace().count();
    is_name_like(name)
        && name.split_whitespace().count() <= 4
        && rest_words >= 2
        && rest.trim().chars().next().is_some_and(char::is_lowercase)
}

/// "Sahel Dispatch — Independent news from the Sahel": a site name and its tagline, whatever the
/// tagline's case, as the page's first line.
fn is_masthead_with_tagline(text: &str) -> bool {
    let Some((name, rest)) = text.split_once(['—', '|']) else {
        return false;
    };
    let name = name.trim();
    is_name_like(name)
        && (1..=4).contains(&name.split_whitespace().count())
        && rest.split_whitespace().count() >= 2
        && !ends_like_sentence(rest)
}

/// "Sun", "Sunday", "Tue.": a weekday name or its abbreviation.
fn is_weekday_word(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ',']).to_lowercase();
    [
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .contains(&word.as_str())
}

/// A numeric date in a dateline ("04.11.2025", "11/12/2025", "2025-11-04") as ISO 8601. Day
/// comes first unless the numbers only make sense month first ("11/28/2025"): most of the world
/// writes day-month, and a US page usually spells the month out.
pub fn numeric_date(text: &str) -> Option<String> {
    static NUMERIC: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\b(\d{1,4})[./-](\d{1,2})[./-](\d{2,4})\b").unwrap()
    });
    let found = NUMERIC.captures(text)?;
    let numbers: Vec<u32> = (1..=3)
        .filter_map(|group| found[group].parse().ok())
        .collect();
    let (year, month, day) = if found[1].len() == 4 {
        (numbers[0], numbers[1], numbers[2])
    } else {
        let year = if found[3].len() == 2 {
            2000 + numbers[2]
        } else {
            numbers[2]
        };
        if numbers[1] > 12 {
            (year, numbers[0], numbers[1])
        } else {
            (year, numbers[1], numbers[0])
        }
    };
    let valid =
        (1990..=2100).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day);
    valid.then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// A line that gives the publication date, perhaps with the author: "Published: 12 Oct 2025",
/// "Jane Roe | Tuesday, December 9, 2025", "Par Jean Dupont – 11/12/2025". Returns the
/// authors it names (possibly none); the engine reads the date itself.
pub fn dateline(text: &str) -> Option<Vec<String>> {
    static DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|déc)[a-zéû]*\.?,?\s+\d{4})\b").unwrap()
    });
    let found = DATE.find(text)?;
    let lowered = text.to_lowercase();
    let labelled = ["published", "updated", "posted", "last updated", "date"]
        .iter()
        .any(|label| lowered.starts_with(label));
    if text.split_whitespace().count() > 16 || (rules::is_prose(text) && !labelled) {
        return None;
    }
    // "Jane Roe · Sun 2 Nov 2025": the author is what comes before the first separator, and a
    // weekday name before the date belongs to the date.
    let before = text[..found.start()]
        .split(['|', '·', '–', '—'])
        .next()
        .unwrap_or("");
    let mut before = before.trim().trim_end_matches([',', ':', '-']).trim();
    match before.rsplit_once(' ') {
        Some((head, last)) if is_weekday_word(last) => before = head.trim_end_matches([',', ' ']),
        None if is_weekday_word(before) => before = "",
        _ => {}
    }
    if before.is_empty() || labelled {
        return Some(Vec::new());
    }
    // "Written by Amara Nwosu on 19 June 2025": the label goes, and the "on" before the date.
    let name = strip_byline_label(before).unwrap_or(before);
    let name = name
        .strip_suffix(" on")
        .or_else(|| name.strip_suffix(" at"))
        .unwrap_or(name);
    let authors: Vec<String> = authors_in_credit(name)
        .0
        .into_iter()
        .filter(|author| is_name_like(author) && author.split_whitespace().count() >= 2)
        .collect();
    Some(authors)
}

fn strip_leading_symbols(text: &str) -> String {
    let text = text
        .trim_start_matches(|c: char| {
            !c.is_alphanumeric() && !matches!(c, '"' | '“' | '\'' | '‘' | '[' | '(' | '¿' | '¡')
        })
        .trim();
    strip_section_labels(text).to_string()
}

/// A headline line that carries its section: "Blog » Ten tips for …" or "Ten tips … | Opinion".
/// A label of at most two words before "»", "›" or "/", or after "|", is dropped.
fn strip_section_labels(text: &str) -> &str {
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

/// A byline: a label and names ("By Jane Doe and Omar Khan", "Interview by Jonas Weber"), or a
/// name and a job title ("Marta Sokol, Political correspondent"). Returns the authors: job titles
/// and news agencies ("By Nina Hartono, Reuters") are not authors; the agency is the wire, read
/// by the caller with [`rules::agency_in_byline`]. A byline that names only an agency ("By
/// Associated Press") is still a byline, with no authors.
fn byline(text: &str) -> Option<Vec<String>> {
    let Some(rest) = strip_byline_label(text) else {
        return name_with_role(text);
    };
    if text.split_whitespace().count() > 10
        || ends_like_sentence(rest) && rest.split_whitespace().count() > 6
    {
        return None;
    }
    let rest = rest.split(['|', '—', '–']).next().unwrap_or(rest);
    let (authors, names_agency) = authors_in_credit(rest);
    (!authors.is_empty() || names_agency).then_some(authors)
}

/// The names of a credit ("Jane Doe, Omar Khan & Ana Lima, Staff Reporters"): the parts between
/// "and", "&" and commas that start with a capital and are short enough to be a name. Job titles
/// (words of `data/author_roles.txt`) and news agencies are dropped; the flag says whether an
/// agency was named.
fn authors_in_credit(credit: &str) -> (Vec<String>, bool) {
    let mut names_agency = false;
    let mut authors = Vec::new();
    for part in split_names(credit) {
        let name = part.trim().trim_end_matches('.').trim();
        if rules::agency_in_byline(name).is_some() {
            names_agency = true;
        } else if !is_job_title(name)
            && name.chars().next().is_some_and(char::is_uppercase)
            && name.split_whitespace().count() <= 4
        {
            authors.push(name.to_string());
        }
    }
    (authors, names_agency)
}

/// "Jane Doe and Omar Khan & Ana Lima, Staff Reporter" → its parts.
fn split_names(credit: &str) -> impl Iterator<Item = &str> {
    credit
        .split(" and ")
        .flat_map(|part| part.split(" & "))
        .flat_map(|part| part.split(','))
        .filter(|part| !part.trim().is_empty())
}

/// The text after a byline label of `data/byline_labels.txt` ("Written by", "Report by", "By"),
/// when a capitalised word follows it.
fn strip_byline_label(text: &str) -> Option<&str> {
    static LABELS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut labels = word_list(include_str!("../../data/byline_labels.txt"));
        // The longest label first: "written by" before "by".
        labels.sort_by_key(|label| std::cmp::Reverse(label.len()));
        labels
    });
    LABELS.iter().find_map(|label| {
        let rest = text
            .get(..label.len())
            .filter(|head| head.eq_ignore_ascii_case(label))
            .and_then(|_| text.get(label.len()..))?
            .strip_prefix(' ')?
            .trim_start();
        rest.chars()
            .next()
            .is_some_and(char::is_uppercase)
            .then_some(rest)
    })
}

/// "Marta Sokol, Political correspondent" → ["Marta Sokol"]: a person's name and a job title,
/// with no "By". The title must hold a word of `data/author_roles.txt`.
fn name_with_role(text: &str) -> Option<Vec<String>> {
    let (names, role) = text.rsplit_once(',')?;
    let role = role.trim();
    if role.is_empty() || role.split_whitespace().count() > 4 || !is_job_title(role) {
        return None;
    }
    person_names(names)
}

/// Does a byline part name a job ("Chief Reporter", "Political correspondent") rather than a
/// person? Any word of it in `data/author_roles.txt`, or a part opening in lower case.
fn is_job_title(part: &str) -> bool {
    static ROLES: std::sync::LazyLock<Vec<&'static str>> =
        std::sync::LazyLock::new(|| word_list(include_str!("../../data/author_roles.txt")));
    part.chars().next().is_some_and(char::is_lowercase) || holds_listed_word(part, &ROLES)
}

/// Does a line hold a word that names an organisation (`data/organisation_words.txt`: "Times",
/// "Gazette", "Group")? Then it is a site or a company, not a person.
fn names_organisation(text: &str) -> bool {
    static WORDS: std::sync::LazyLock<Vec<&'static str>> =
        std::sync::LazyLock::new(|| word_list(include_str!("../../data/organisation_words.txt")));
    holds_listed_word(text, &WORDS)
}

/// "Zahid Gul Afridi & Shah Wali Yousafzai" → both names: a line made only of people's names,
/// each two to four capitalised words (particles such as "de" or "al" allowed, no digits, no
/// organisation word), joined by "and", "&" or commas.
fn person_names(text: &str) -> Option<Vec<String>> {
    let text = text.trim();
    if text.is_empty() || ends_like_sentence(text) || names_organisation(text) {
        return None;
    }
    let names: Vec<String> = split_names(text)
        .map(|name| name.trim().to_string())
        .collect();
    (!names.is_empty() && names.iter().all(|name| is_person_name(name))).then_some(names)
}

/// "Jane Roe", "Ana de la Cruz", "J. R. Okafor", "FARHAN QURESHI": the shape of one person's name.
fn is_person_name(name: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "de", "da", "di", "do", "du", "del", "della", "der", "den", "van", "von", "la", "le", "al",
        "el", "bin", "ibn", "ul", "ur", "y",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && !is_weekday_word(words[0])
        && words.iter().all(|word| {
            PARTICLES.contains(word)
                || (word.chars().next().is_some_and(char::is_uppercase)
                    && word
                        .chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
        })
}

/// A bare author name with no label ("Clara Brennan"): a line of people's names standing in the
/// byline's slot, right below a long line (the headline or its deck, not a menu of short items)
/// and right above the story's date or read time (removed chrome such as "Share" may sit
/// between). Returns the authors.
fn bare_byline(lines: &[Line], index: usize) -> Option<Vec<String>> {
    let line = &lines[index];
    if !is_kept(line) || line.state == State::Kept(ParagraphKind::Caption) {
        return None;
    }
    if byline(&line.text).is_some() {
        return None;
    }
    let names = person_names(&line.text)?;
    // Names are not words the story writes in lower case: a line half of whose words the text
    // below also writes in lower case is a heading ("Top Weight Loss Medications", the body
    // speaking of "weight loss"), while one such word is a name that happens to be one ("Said").
    let name_words: Vec<&str> = line
        .text
        .split_whitespace()
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .collect();
    let lower_case_count = name_words
        .iter()
        .filter(|word| {
            let lowered = word.to_lowercase();
            lowered.len() > 2
                && lines.iter().skip(index + 1).any(|other| {
                    other
                        .text
                        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
                        .any(|body_word| body_word == lowered)
                })
        })
        .count();
    let lower_case_in_text = lower_case_count * 2 >= name_words.len();
    if lower_case_in_text {
        return None;
    }
    let below_long_line = index
        .checked_sub(1)
        .is_some_and(|above| lines[above].words >= 5 && !is_name_like(&lines[above].text));
    let date_follows = (index + 1..lines.len())
        .take(3)
        .find(|&later| is_kept(&lines[later]) || is_article_metadata(&lines[later]))
        .is_some_and(|later| is_article_metadata(&lines[later]));
    (below_long_line && date_follows).then_some(names)
}

/// Does `text` hold a word (punctuation trimmed, lower-cased) that `list` names?
fn holds_listed_word(text: &str, list: &[&str]) -> bool {
    text.split_whitespace().any(|word| {
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        list.contains(&word.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The title `clean_text` finds in a scraped page.
    fn title_of(input: &str) -> Option<String> {
        let doc = RawDoc {
            source: "fixture.txt".into(),
            format: model::RawFormat::Text,
            content: input.into(),
            hints: model::RawHints::default(),
        };
        clean_text(&doc).0.title
    }

    /// Two paragraphs of prose about software development, the body under each fixture's head.
    const SOFTWARE_BODY: &str =
        "Software development prices rose again this year, and small firms now pay \
more for the same work than they did before the pandemic, our survey of agencies shows.\n\
Hourly rates for custom software development differ widely between regions, so a firm that \
compares offers from several countries can save a third of the price of a project.\n";

    #[test]
    fn the_headline_above_the_byline_beats_menu_items_that_share_its_words() {
        let page = format!(
            "Services\nCustom Software Development\nProduct Design\nDevOps Consulting\n\
About\nBlog\nContact\nSoftware Development Price Guide and Hourly Rate Comparison\n\
Written by\nDavid Jackson\nLast updated on:\nOctober 1, 2025\n{SOFTWARE_BODY}"
        );
        assert_eq!(
            title_of(&page).as_deref(),
            Some("Software Development Price Guide and Hourly Rate Comparison")
        );
    }

    #[test]
    fn a_metadata_line_is_never_the_title() {
        let page = format!(
            "Software development costs compared\nLast updated on: October 2025\n{SOFTWARE_BODY}"
        );
        assert_eq!(
            title_of(&page).as_deref(),
            Some("Software development costs compared")
        );
        let line = |text: &str| Line {
            text: text.to_string(),
            words: text.split_whitespace().count(),
            state: State::Kept(ParagraphKind::Body),
            bulleted: false,
        };
        assert!(is_article_metadata(&line("Written by")));
        assert!(is_article_metadata(&line("Last updated on:")));
        assert!(is_article_metadata(&line("By Jane Roe and Omar Khan")));
        assert!(!is_article_metadata(&line(
            "Byzantine art returns to the museum"
        )));
    }

    #[test]
    fn a_headline_inside_a_long_breadcrumb_line_is_still_the_headline() {
        let page = "You are here: Harbour Tribune » Housing » Tenants win the right to repair their own homes this winter\n\
Tenants win the right to repair their own homes this winter\n\
By Mira Okafor\n\
Tenants in the city may now repair leaks and broken heating themselves and deduct the cost from their rent, the housing court ruled on Monday.\n\
Landlords' groups said they would appeal, arguing that the ruling invites poor work that owners will have to pay to undo later.\n";
        assert_eq!(
            title_of(page).as_deref(),
            Some("Tenants win the right to repair their own homes this winter")
        );
    }

    #[test]
    fn an_author_name_and_an_unpunctuated_deck_may_stand_between_headline_and_date() {
        // "Harbour Software Development Group" (the author's firm) sits right above the date; the
        // headline above it still holds the slot.
        let page = format!(
            "About Us\nContact\nWhy software development prices keep rising for small firms\n\
Harbour Software Development Group\nJuly 27, 2025\n{SOFTWARE_BODY}"
        );
        assert_eq!(
            title_of(&page).as_deref(),
            Some("Why software development prices keep rising for small firms")
        );
        // A deck without final punctuation between headline and byline leaves the headline in
        // its slot; a menu item above the headline is not in it.
        let lines = split_lines(
            "Pricing\nThese are the best software development prices of 2025\n\
What small firms pay for custom work\nWritten by Jane Roe\nSoftware development prices rose.",
        );
        assert!(metadata_follows(&lines, 1, 4));
        assert!(!metadata_follows(&lines, 0, 4));
    }

    #[test]
    fn an_entry_of_a_table_of_contents_is_not_the_headline() {
        // The contents list sits between the headline and the body and repeats the body's words;
        // its items are questions, which used to pass for lone headlines.
        let page = format!(
            "Blog\nSoftware Development Price Guide for 2025\nShare\n\
Table of Contents\nWhat Is Custom Software Development?\nWhy Do Hourly Rates Differ Between Regions?\n\
How Can Small Firms Save on a Project?\n{SOFTWARE_BODY}"
        );
        assert_eq!(
            title_of(&page).as_deref(),
            Some("Software Development Price Guide for 2025")
        );
    }

    #[test]
    fn a_headline_keeps_its_opening_bracket_and_a_lead_in_line_is_no_headline() {
        let page =
            format!("[2025] The software development price guide\nBy Jane Roe\n{SOFTWARE_BODY}");
        assert_eq!(
            title_of(&page).as_deref(),
            Some("[2025] The software development price guide")
        );
        let page = format!(
            "Software development prices in 2025\nJane Roe\nThese are the software development prices firms pay:\n{SOFTWARE_BODY}"
        );
        assert_eq!(
            title_of(&page).as_deref(),
            Some("Software development prices in 2025")
        );
    }

    #[test]
    fn the_end_of_a_breadcrumb_above_the_headline_is_not_the_headline() {
        let page = format!(
            "Knowledge center\nSoftware development\nWhat is software development pricing?\n\
What is Software Development Pricing? Definition and Examples\n{SOFTWARE_BODY}"
        );
        assert_eq!(
            title_of(&page).as_deref(),
            Some("What is Software Development Pricing? Definition and Examples")
        );
    }

    #[test]
    fn a_headline_below_a_prose_like_disclosure_is_found() {
        // The disclosure reads like prose, so the body seems to open on it, above the headline.
        let page = format!(
            "Home\nBlog\nWe may earn a commission when you buy through links on our site, which helps \
fund the independent reviews and guides that our small team of editors writes every week.\n\
Software Development Price Guide for 2025\nBy Jane Roe\n{SOFTWARE_BODY}"
        );
        assert_eq!(
            title_of(&page).as_deref(),
            Some("Software Development Price Guide for 2025")
        );
    }

    #[test]
    fn a_section_name_right_above_the_headline_is_not_the_headline() {
        let page = format!(
            "Software Development Buying Guides\nWhat small firms pay for software development this year\n\
By Jane Roe\n{SOFTWARE_BODY}"
        );
        assert_eq!(
            title_of(&page).as_deref(),
            Some("What small firms pay for software development this year")
        );
    }

    #[test]
    fn a_headline_a_little_longer_than_its_deck_stays_the_headline() {
        let page = format!(
            "Blog\nHow the prices of custom software development rose again this year\n\
What small firms pay for custom software development work\nBy Jane Roe\n{SOFTWARE_BODY}"
        );
        assert_eq!(
            title_of(&page).as_deref(),
            Some("How the prices of custom software development rose again this year")
        );
    }

    #[test]
    fn words_joined_by_a_hyphen_are_not_glued_menu_items() {
        assert!(!has_glued_words("Pakistan-Afghanistan Tensions Escalate"));
        assert!(has_glued_words("HomeBlog Contact"));
        assert!(has_glued_words("Bold.orgScholarship BlogBest tutors"));
    }

    #[test]
    fn a_menu_item_sharing_two_words_is_not_a_copy_of_the_headline() {
        assert!(near_copy(
            "Floods cut the coastal highway",
            "Floods cut the coastal highway!"
        ));
        assert!(!near_copy(
            "Home > Blog > Floods cut the coastal highway",
            "Floods cut the coastal highway"
        ));
        assert!(!near_copy(
            "Event Management",
            "Event Management Process: 7 Steps"
        ));
        assert!(near_copy(
            "Pakistan-Afghanistan Tensions Escalate as Taliban Ties Collapse",
            "Afghanistan-Pakistan Tensions Deepen as Taliban Ties with Islamabad Collapse"
        ));
        assert!(!near_copy(
            "Custom Software Development",
            "Software Development Price Guide and Hourly Rate Comparison"
        ));
        assert!(!near_copy("Art", "Start of the season"));
        assert!(!near_copy(
            "Online Art Programs",
            "Best Online MBA Programs"
        ));
    }

    #[test]
    fn section_labels_leave_headlines() {
        assert_eq!(
            strip_section_labels("Blog » Ten tips for a calmer commute"),
            "Ten tips for a calmer commute"
        );
        assert_eq!(
            strip_section_labels("Why meditation rewires brains | Opinion"),
            "Why meditation rewires brains"
        );
        assert_eq!(
            strip_section_labels("Peace talks / a long road ahead for both sides"),
            "a long road ahead for both sides"
        );
        assert_eq!(
            strip_section_labels("Either/or: the choice facing voters"),
            "Either/or: the choice facing voters"
        );
        assert_eq!(
            strip_section_labels("Floods cut the coastal highway again – Harbour Tribune"),
            "Floods cut the coastal highway again"
        );
        assert_eq!(
            strip_section_labels("Do you need six ports on a laptop? - Example Software"),
            "Do you need six ports on a laptop?"
        );
        // A dash inside the headline, with lower-case words after it, stays.
        assert_eq!(
            strip_section_labels("Floods cut the highway – and the worst is yet to come"),
            "Floods cut the highway – and the worst is yet to come"
        );
    }
}
