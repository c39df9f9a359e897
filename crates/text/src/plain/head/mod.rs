//! The head of a scraped page, the lines before the body: the headline and its deck, the byline
//! and dateline, the site name, captions and header chrome. The reading of each lives in its own
//! file; this one walks the head and gives each line its state.

mod byline;
mod date_line;
mod headline;
mod metadata;
mod outlet;

use super::*;
use byline::{bare_byline, byline, LastLineOfWord};
pub use date_line::dateline;
pub(super) use headline::body_after_swallowed_headline;
use headline::{best_title, strip_leading_symbols};
use metadata::{followed_by_prose, is_article_metadata, metadata_follows};
use model::RemovalReason;

use outlet::{
    is_masthead_with_tagline, is_site_tagline, names_organisation, readable_name,
    without_edition_words,
};

/// Headlines run from this many words to the next bound: a longer line is a deck or prose.
pub(super) const MIN_TITLE_WORDS: usize = 3;
const MAX_TITLE_WORDS: usize = 30;
/// A deck (subtitle) right below the headline runs from this many words to the next bound:
/// shorter lines are labels, longer ones the first paragraph.
const MIN_DECK_WORDS: usize = 6;
const MAX_DECK_WORDS: usize = 45;

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
        if line.state == State::Removed(RemovalReason::ReadTime) && dateline(&line.text).is_some() {
            line.state = State::Removed(RemovalReason::Dateline);
        }
    }
    // Bare author names ("Clara Brennan" between the deck and the date) are read before the
    // headline is looked for, so that a name is never the headline and the headline's slot
    // (its byline below it) is seen.
    let last_line_of_word = LastLineOfWord::default();
    for index in 0..first_body {
        if let Some(authors) = bare_byline(lines, index, &last_line_of_word) {
            if article.authors.is_empty() {
                article.authors = authors;
            }
            lines[index].state = State::Removed(RemovalReason::Byline);
        }
    }
    if let Some(title) = doc.hints.title.as_deref() {
        article.title = Some(title.to_string());
    } else {
        let candidate = |line: &Line| {
            is_kept(line)
                && line.state != State::Kept(ParagraphKind::Caption)
                && line.words >= MIN_TITLE_WORDS
                && line.words <= MAX_TITLE_WORDS
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
            lines[index].state = State::Removed(RemovalReason::TitleKept);
        }
    }
    let title = article.title.clone().unwrap_or_default();
    // The title's words, read once for the comparisons of every head line with it.
    let (title_words, title_key) = (content_words(&title), comparison_key(&title));
    // The deck: the line right after the headline, a sentence or a long phrase that does not
    // repeat it ("Harbour City snatch a late win to go top"), is the subtitle.
    if let Some(title_at) = title_index {
        // A deck is a sentence, so the body zone may have judged it prose outside the article;
        // right below the headline and above the byline it is the deck all the same.
        let outside_main_text = State::Removed(RemovalReason::OutsideTheMainText);
        let next = (title_at + 1..first_body)
            .find(|&index| is_kept(&lines[index]) || lines[index].state == outside_main_text);
        if let Some(index) = next {
            let line = &lines[index];
            let deck = (MIN_DECK_WORDS..=MAX_DECK_WORDS).contains(&line.words)
                && (line.state == State::Kept(ParagraphKind::Body)
                    || (line.state == outside_main_text && metadata_follows(lines, index, first_body)))
                && !similar_to(&line.text, &title_words)
                && dateline(&line.text).is_none()
                && byline(&line.text).is_none()
                && !is_name_like(&line.text)
                // A picture sits between a headline and its repeat; that line is a caption.
                && !(index + 1..first_body)
                    .any(|later| similar_to(&lines[later].text, &title_words))
                && !followed_by_prose(lines, index);
            if deck {
                article.subtitle = Some(line.text.clone());
                lines[index].state = State::Removed(RemovalReason::SubtitleKept);
            }
        }
    }
    // What lies below each head line, read once before the walk: the walk changes only the line
    // it stands on, so what is below a line is as it was when the walk began.
    let below = BelowInHead::new(lines, first_body, &title_words);
    let header_chrome = State::Removed(RemovalReason::HeaderChrome);
    // Has a short label the head dropped ("Key quotes") stood between the headline and here?
    let mut section_label_since_title = false;
    for index in 0..first_body {
        if index > 0
            && title_index.is_some_and(|title_at| index - 1 > title_at)
            && lines[index - 1].state == header_chrome
        {
            section_label_since_title = true;
        }
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
            lines[index].state = State::Removed(RemovalReason::Byline);
        } else if let Some(authors) = dateline(&text) {
            if article.authors.is_empty() {
                article.authors = authors;
            }
            lines[index].state = State::Removed(RemovalReason::Dateline);
        } else if words <= 3 && !ends_like_sentence(&text) && !is_name_like(&text) {
            lines[index].state = State::Removed(RemovalReason::HeaderChrome);
        } else if is_site_tagline(&text)
            || (Some(index) == first_kept_line && is_masthead_with_tagline(&text))
        {
            if outlet_candidate.is_none() {
                outlet_candidate = text
                    .split(['—', '|', '·'])
                    .next()
                    .map(|name| without_edition_words(name.trim()));
            }
            lines[index].state = State::Removed(RemovalReason::OutletName);
        } else if !title.is_empty()
            // A paragraph of prose that shares the headline's words is the story's first
            // paragraph, not a copy of the headline.
            && !is_body_like(&lines[index])
            && (similar_to(&text, &title_words) || comparison_key(&text) == title_key)
        {
            lines[index].state = State::Removed(RemovalReason::RepeatsTheTitle);
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
                    lines[other].state == State::Removed(RemovalReason::HeaderChrome)
                });
            // The page's first line naming an organisation ("Harbour Gazette", "THE DAILY
            // COURIER") is the masthead, even with the menu right below it.
            let masthead =
                Some(index) == first_kept_line && words >= 2 && names_organisation(&text);
            // A label right above the headline ("Asia Pacific", "ANALYSIS") is its section, and a
            // name right above the first paragraph ("Khartoum") its dateline, unless the page
            // opens with it.
            let nothing_kept_between = |end: usize| below.next_kept[index + 1] >= end;
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
                lines[index].state = State::Removed(RemovalReason::OutletName);
            } else {
                lines[index].state = State::Removed(RemovalReason::HeaderChrome);
            }
        } else if ends_like_sentence(&text)
            && words >= 4
            && title_index.is_some_and(|title_at| index > title_at)
        {
            // A one-sentence line between the title and the body: a caption when a second
            // headline follows it (the picture sits between headline blocks), else the subtitle.
            let headline_follows = below.headline_like[index + 1];
            // (No line below has been marked as repeating the title yet: the walk marks only
            // the line it stands on.)
            let followed_by_removed_title_copy = below.title_copy[index + 1];
            if headline_follows || followed_by_removed_title_copy {
                lines[index].state = State::Kept(ParagraphKind::Caption);
            } else if article.subtitle.is_none()
                && !followed_by_prose(lines, index)
                && !section_label_since_title
            {
                article.subtitle = Some(text.clone());
                lines[index].state = State::Removed(RemovalReason::SubtitleKept);
            }
        } else if words <= 3 {
            lines[index].state = State::Removed(RemovalReason::HeaderChrome);
        } else if !ends_like_sentence(&text) && words <= MAX_HEADING_WORDS {
            lines[index].state = State::Kept(ParagraphKind::Heading);
        }
    }
    outlet_candidate
}

/// What stands at or below each head line, from `index` to the body: the first kept line, and
/// whether a headline-like line (kept, four words or more, no final punctuation) or a copy of
/// the title is among them. One pass from the body upwards.
struct BelowInHead {
    next_kept: Vec<usize>,
    headline_like: Vec<bool>,
    title_copy: Vec<bool>,
}

impl BelowInHead {
    fn new(
        lines: &[Line],
        first_body: usize,
        title_words: &std::collections::BTreeSet<String>,
    ) -> Self {
        let mut below = BelowInHead {
            next_kept: vec![first_body; first_body + 1],
            headline_like: vec![false; first_body + 1],
            title_copy: vec![false; first_body + 1],
        };
        for index in (0..first_body).rev() {
            let line = &lines[index];
            below.next_kept[index] = if is_kept(line) {
                index
            } else {
                below.next_kept[index + 1]
            };
            below.headline_like[index] = below.headline_like[index + 1]
                || (is_kept(line) && !ends_like_sentence(&line.text) && line.words >= 4);
            below.title_copy[index] =
                below.title_copy[index + 1] || similar_to(&line.text, title_words);
        }
        below
    }
}

/// Content words of a line, for title similarity.
fn content_words(text: &str) -> std::collections::BTreeSet<String> {
    comparison_key(text)
        .split(' ')
        .filter(|word| word.len() > 3)
        .map(str::to_string)
        .collect()
}

/// Is a line similar to a title (given by its content words): do they share two content words or
/// more, and at least half of the shorter one's?
fn similar_to(text: &str, title_words: &std::collections::BTreeSet<String>) -> bool {
    let words = content_words(text);
    similar_by_count(
        words.intersection(title_words).count(),
        words.len(),
        title_words.len(),
    )
}

/// Two lines of `left` and `right` content words sharing `shared` of them are similar when they
/// share two or more and at least half of the shorter line's.
fn similar_by_count(shared: usize, left: usize, right: usize) -> bool {
    left > 0 && right > 0 && shared * 2 >= left.min(right) && shared >= 2
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

#[cfg(test)]
mod tests {
    use super::headline::{has_glued_words, near_copy, strip_section_labels};
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
