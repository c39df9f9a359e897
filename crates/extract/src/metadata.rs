//! Article metadata from what the page declares: JSON-LD, `<meta>` tags, `<title>`, the first
//! `<h1>`, `<time>`, bylines and the URL. Each field takes the first source that gives a usable
//! value, in an order that puts structured, publisher-written data before guesses.

use model::RemovalReason;
use regex::Regex;
use serde_json::Value;
use std::sync::LazyLock;

use crate::blocks::{collapse_whitespace, decode_leftover_entities, RawMetadata, TextBlock};
use crate::content::{normalize_for_comparison, BlockVerdict};
use calendar::{
    date_in_text, date_in_text_in_order, date_in_url, date_with_position_in_text,
    date_with_position_in_text_in_order, normalize_date_in_order, NumericDateOrder,
};

/// The article-level facts a page's JSON-LD declares (first article-like object wins).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JsonLdArticle {
    pub headline: Option<String>,
    pub authors: Vec<String>,
    pub date_published: Option<String>,
    pub date_modified: Option<String>,
    pub publisher_name: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
    pub in_language: Option<String>,
    pub article_body: Option<String>,
}

/// How deep into a JSON-LD value we look for article objects; real pages nest a few levels.
const JSON_LD_MAX_DEPTH: usize = 8;
/// A byline or author name longer than this is a sentence, not a name.
const AUTHOR_MAX_CHARS: usize = 80;
/// How far (in blocks) before the article text an unconfirmed `<h1>` may sit and still be
/// taken for the headline (bylines, dates and images sit in between), and how far into it.
const HEADLINE_MAX_BLOCKS_BEFORE_TEXT: usize = 15;
const HEADLINE_MAX_BLOCKS_INTO_TEXT: usize = 3;
/// An unconfirmed `<h1>` shorter than this is a section or category name ("VPN Services").
const HEADLINE_MIN_WORDS: usize = 3;
/// An unconfirmed `<h1>` longer than this is a blurb styled as a heading, not a headline.
const HEADLINE_MAX_WORDS: usize = 25;
/// The removal reason the boilerplate cues give screen-reader-only elements.
const HIDDEN_REASON: RemovalReason = RemovalReason::Hidden;
/// A headline this long (normalized) is confirmed by a declared title that starts with it.
const HEADLINE_CONFIRMATION_MIN_CHARS: usize = 12;
/// How many heading blocks to consider as the visible headline.
const HEADLINE_CANDIDATES: usize = 3;

fn is_article_type(type_name: &str) -> bool {
    type_name.ends_with("Article")
        || matches!(
            type_name,
            "BlogPosting" | "LiveBlogPosting" | "SocialMediaPosting" | "Report" | "Posting"
        )
}

fn value_types(object: &serde_json::Map<String, Value>) -> Vec<String> {
    match object.get("@type") {
        Some(Value::String(name)) => vec![name.clone()],
        Some(Value::Array(names)) => names
            .iter()
            .filter_map(|name| name.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

fn string_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(text) => Some(collapse_whitespace(&decode_leftover_entities(text)))
            .filter(|text| !text.is_empty()),
        Value::Array(items) => items.iter().find_map(|item| string_of(Some(item))),
        Value::Object(object) => {
            string_of(object.get("name")).or_else(|| string_of(object.get("@value")))
        }
        _ => None,
    }
}

fn names_of(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(text)) => vec![collapse_whitespace(&decode_leftover_entities(text))],
        Some(Value::Object(object)) => string_of(object.get("name")).into_iter().collect(),
        Some(Value::Array(items)) => items.iter().flat_map(|item| names_of(Some(item))).collect(),
        _ => Vec::new(),
    }
}

/// Read every JSON-LD block and return the first article-like object's fields. Blocks that do
/// not parse are skipped: pages ship broken JSON-LD often enough that it is not worth a warning.
pub fn json_ld_article(json_ld_blocks: &[String]) -> JsonLdArticle {
    let mut article_objects: Vec<serde_json::Map<String, Value>> = Vec::new();
    let mut page_objects: Vec<serde_json::Map<String, Value>> = Vec::new();
    for block in json_ld_blocks {
        let Ok(value) = serde_json::from_str::<Value>(block.trim().trim_end_matches(';')) else {
            continue;
        };
        let mut pending: Vec<(&Value, usize)> = vec![(&value, 0)];
        while let Some((current, depth)) = pending.pop() {
            if depth > JSON_LD_MAX_DEPTH {
                continue;
            }
            match current {
                Value::Array(items) => {
                    pending.extend(items.iter().rev().map(|item| (item, depth + 1)))
                }
                Value::Object(object) => {
                    let types = value_types(object);
                    if types.iter().any(|name| is_article_type(name)) {
                        article_objects.push(object.clone());
                    } else if types
                        .iter()
                        .any(|name| name == "WebPage" || name == "ItemPage")
                    {
                        page_objects.push(object.clone());
                    }
                    if let Some(graph) = object.get("@graph") {
                        pending.push((graph, depth + 1));
                    }
                    if let Some(main_entity) = object.get("mainEntity") {
                        pending.push((main_entity, depth + 1));
                    }
                }
                _ => {}
            }
        }
    }
    let Some(object) = article_objects
        .into_iter()
        .next()
        .or_else(|| page_objects.into_iter().next())
    else {
        return JsonLdArticle::default();
    };
    JsonLdArticle {
        headline: string_of(object.get("headline")).or_else(|| string_of(object.get("name"))),
        authors: names_of(object.get("author"))
            .into_iter()
            .filter(|name| !name.is_empty())
            .collect(),
        date_published: string_of(object.get("datePublished"))
            .or_else(|| string_of(object.get("dateCreated"))),
        date_modified: string_of(object.get("dateModified")),
        publisher_name: object
            .get("publisher")
            .and_then(|publisher| string_of(Some(publisher))),
        description: string_of(object.get("description")),
        url: string_of(object.get("url")).or_else(|| string_of(object.get("@id"))),
        in_language: string_of(object.get("inLanguage")),
        article_body: string_of(object.get("articleBody")),
    }
}

/// The content of the first `<meta>` whose key is one of `keys` (keys lower-case).
pub fn meta_value<'a>(metadata: &'a RawMetadata, keys: &[&str]) -> Option<&'a str> {
    keys.iter().find_map(|key| {
        metadata
            .metas
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value.as_str())
    })
}

/// Separators sites put between a headline and their name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " ‹ ", " ~ ",
];

/// The last title separator in `title` and where it stands.
fn last_title_separator(title: &str) -> Option<(usize, &'static str)> {
    TITLE_SEPARATORS
        .iter()
        .filter_map(|separator| title.rfind(separator).map(|at| (at, *separator)))
        .max_by_key(|(at, _)| *at)
}

/// The first title separator in `title` and where it stands.
fn first_title_separator(title: &str) -> Option<(usize, &'static str)> {
    TITLE_SEPARATORS
        .iter()
        .filter_map(|separator| title.find(separator).map(|at| (at, *separator)))
        .min_by_key(|(at, _)| *at)
}

/// Remove the site name from a page title: "Headline | Site" → "Headline". The part after the
/// last separator goes when it names the site (outlet name or domain) or is short (at most
/// three words after a dash, six after a pipe) and the headline part is at least as long; "Site | Headline" loses a leading site name.
pub fn strip_site_name_from_title(title: &str, site_names: &[String]) -> String {
    let names_site = |part: &str| text_names_site(part, site_names);
    let mut title = without_leading_domain(title.trim(), site_names).to_string();
    for _ in 0..2 {
        let Some((separator_at, separator)) = last_title_separator(&title) else {
            break;
        };
        let head = title[..separator_at].trim();
        let tail = title[separator_at + separator.len()..].trim();
        let head_words = model::count_words(head);
        let tail_words = model::count_words(tail);
        // Dashes also join parts of real headlines ("X - what we know"); pipes and the like
        // almost only ever separate site and section names, so they may split off more words.
        let max_tail_words = if separator.contains(['-', '–', '—']) {
            3
        } else {
            6
        };
        if names_site(tail) || (tail_words <= max_tail_words && head_words >= tail_words) {
            title = head.to_string();
            continue;
        }
        // "Site | Headline": the first separator splits off a leading site name.
        let Some((first_at, first_separator)) = first_title_separator(&title) else {
            break;
        };
        let lead = title[..first_at].trim();
        if names_site(lead) {
            title = title[first_at + first_separator.len()..].trim().to_string();
        }
        break;
    }
    title
}

/// The site's name as a page title writes it after (or before) the headline, when that part
/// spells the domain's name ("Drones hit port – Gulf Ledger" on gulfledger.com → "Gulf
/// Ledger"; "The Gulf Ledger" too): spacing, case, punctuation and a leading "The" aside.
pub fn site_name_in_title(title: &str, domain: &str) -> Option<String> {
    let squeezed = |text: &str| {
        text.chars()
            .filter(|character| character.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let labels: Vec<&str> = domain.trim_start_matches("www.").split('.').collect();
    let domain_name = squeezed(labels.first()?);
    if domain_name.len() < 3 {
        return None;
    }
    let title = title.trim();
    let mut parts = Vec::new();
    if let Some((at, separator)) = last_title_separator(title) {
        parts.push(&title[at + separator.len()..]);
    }
    if let Some((at, _)) = first_title_separator(title) {
        parts.push(&title[..at]);
    }
    parts.into_iter().map(str::trim).find_map(|part| {
        let name = squeezed(part);
        let without_the = name.strip_prefix("the").unwrap_or(&name);
        (name == domain_name || without_the == domain_name).then(|| part.to_string())
    })
}

/// "Grads find degrees no longer guarantee jobs (latimes.com) 87" → the headline alone: link
/// aggregators print the linked story's domain (and a comment count) after its headline.
fn without_source_domain_suffix(headline: &str) -> &str {
    static SOURCE_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\s+\((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\)(?:\s+\d+)?$")
            .expect("valid source suffix pattern")
    });
    match SOURCE_SUFFIX.find(headline) {
        Some(found) if found.start() > 0 => &headline[..found.start()],
        _ => headline,
    }
}

/// "example.com Headline" → "Headline": a title that opens with the site's own domain name
/// and a space, with no separator, as some blog engines write it.
fn without_leading_domain<'a>(title: &'a str, site_names: &[String]) -> &'a str {
    for name in site_names.iter().filter(|name| name.contains('.')) {
        let name = name.strip_prefix("www.").unwrap_or(name);
        let opening = title.get(..name.len());
        let rest = title.get(name.len()..).unwrap_or("");
        if opening.is_some_and(|opening| opening.eq_ignore_ascii_case(name))
            && rest.starts_with(' ')
            && !rest.trim().is_empty()
        {
            return rest.trim_start();
        }
    }
    title
}

/// True if `text` is the site's name: equal to, contained in, or barely longer than one of the
/// names the site goes by (outlet name, domain, domain label), ignoring case and spacing.
pub fn text_names_site(text: &str, site_names: &[String]) -> bool {
    let key = normalize_for_comparison(text).replace(' ', "");
    if key.is_empty() {
        return false;
    }
    site_names
        .iter()
        .map(|name| normalize_for_comparison(name).replace(' ', ""))
        .any(|site| {
            !site.is_empty()
                && (site == key
                    || (key.len() >= 4 && site.contains(&key))
                    || (site.len() >= 4
                        && key.contains(site.as_str())
                        && key.len() <= site.len() + 10))
        })
}

/// Pick the title: the visible headline (first `<h1>`s) when a declared title (og:title,
/// JSON-LD headline, `<title>`) confirms it; else the declared titles in that order with the
/// site name removed; else the first `<h1>`.
pub fn choose_title(
    metadata: &RawMetadata,
    json_ld: &JsonLdArticle,
    blocks: &[TextBlock],
    verdicts: &[BlockVerdict],
    site_names: &[String],
    article_start: Option<usize>,
) -> Option<String> {
    // Screen-reader-only headings ("visually-hidden", "sr-only") are no visible headline.
    let is_visible_h1 = |index: usize| {
        blocks[index].owner_tag == "h1"
            && !matches!(verdicts.get(index), Some(BlockVerdict::Drop(HIDDEN_REASON)))
    };
    let declared: Vec<String> = [
        meta_value(metadata, &["og:title", "twitter:title"]).map(str::to_string),
        json_ld.headline.clone(),
        metadata.title_tag.clone(),
    ]
    .into_iter()
    .flatten()
    .map(|title| strip_site_name_from_title(&title, site_names))
    .filter(|title| !title.is_empty())
    .collect();
    // A blog's <h1> is often its own name in the masthead: never a candidate.
    let headlines: Vec<&str> = (0..blocks.len())
        .filter(|&index| is_visible_h1(index))
        .map(|index| without_source_domain_suffix(&blocks[index].text))
        .filter(|headline| !text_names_site(headline, site_names))
        .take(HEADLINE_CANDIDATES)
        .collect();
    let declared_keys: Vec<String> = declared
        .iter()
        .map(|title| normalize_for_comparison(title))
        .collect();
    for headline in &headlines {
        let key = normalize_for_comparison(headline);
        if key.is_empty() {
            continue;
        }
        let confirmed_by = declared_keys.iter().position(|declared| {
            *declared == key
                || (key.len() >= HEADLINE_CONFIRMATION_MIN_CHARS && declared.starts_with(&key))
        });
        if let Some(index) = confirmed_by {
            // An all-capitals headline is styling; the declared title has the real casing.
            let shouting = !headline.chars().any(char::is_lowercase);
            if shouting && declared_keys[index] == key {
                return Some(declared[index].clone());
            }
            // "history of coffee" shown, "History of coffee" declared: the same words set in
            // a lower-case style; the capitalised spelling is the one the writer gave. Only
            // a capitalised content word counts: "Review And Approval" is a house style.
            let recased = declared
                .iter()
                .filter_map(|title| same_words_recased(headline, title))
                .find(|title| capitalises_content_word(headline, title));
            return Some(recased.unwrap_or_else(|| headline.to_string()));
        }
        // "Blog: Headline", "Dec 18 2025 Headline", "Headline | Opinion": the <h1> puts a
        // label or a date before a declared title, or a site or section name after it, and
        // the declared title is the clean one.
        let headline_without_suffix =
            normalize_for_comparison(&strip_site_name_from_title(headline, site_names));
        let decorated = declared_keys.iter().position(|declared| {
            declared.split(' ').count() >= 2
                && key.len() > declared.len()
                && (headline_without_suffix == *declared
                    || (key.ends_with(&format!(" {declared}"))
                        && is_decoration(headline, &key[..key.len() - declared.len()], declared)))
        });
        if let Some(index) = decorated {
            return Some(declared[index].clone());
        }
        // "Headline: Room-by-Room Breakdown": a declared title cut short for search results
        // is a run of the visible headline's words; the headline is the full title.
        let extended = declared_keys.iter().any(|declared| {
            declared.split(' ').count() >= 3
                && key.len() > declared.len()
                && contains_words(&key, declared)
        });
        if extended {
            return Some(headline.to_string());
        }
    }
    // An unconfirmed headline still beats declared titles, which are often SEO rewrites; a
    // one- or two-word <h1> is usually a logo or section name, so it needs confirmation.
    // It must sit where a headline sits: just above the article text or at its very top;
    // an unconfirmed <h1> elsewhere is a section or widget title.
    let near_article_start = |index: usize| {
        article_start.is_none_or(|start| {
            index + HEADLINE_MAX_BLOCKS_BEFORE_TEXT >= start
                && index <= start + HEADLINE_MAX_BLOCKS_INTO_TEXT
        })
    };
    if let Some(headline) = blocks
        .iter()
        .enumerate()
        .filter(|(index, _)| is_visible_h1(*index) && near_article_start(*index))
        .map(|(_, block)| block.text.as_str())
        .filter(|headline| !text_names_site(headline, site_names))
        .take(HEADLINE_CANDIDATES)
        .filter(|headline| {
            (HEADLINE_MIN_WORDS..=HEADLINE_MAX_WORDS).contains(&model::count_words(headline))
        })
        // An all-capitals <h1> nobody confirms is a banner or a styled kicker more often
        // than the headline; a declared title, when there is one, is the safer guess.
        .find(|headline| declared.is_empty() || headline.chars().any(char::is_lowercase))
    {
        return Some(headline.to_string());
    }
    declared
        .into_iter()
        .next()
        .or_else(|| headlines.first().map(|headline| headline.to_string()))
}

/// Undo UTF-8 that was decoded as Latin-1 somewhere upstream ("Investorâ\u{80}\u{99}s" →
/// "Investor’s"): a run of two or more characters from U+0080–U+00FF whose code points, read
/// as bytes, are valid UTF-8 is that mistake, since real text almost never strings such
/// characters (and C1 controls) together that way. Other text is returned unchanged.
pub fn repair_mojibake(text: &str) -> String {
    let mut repaired = String::with_capacity(text.len());
    let mut run: Vec<u8> = Vec::new();
    let flush = |run: &mut Vec<u8>, repaired: &mut String| {
        match std::str::from_utf8(run) {
            Ok(decoded) if run.len() >= 2 => repaired.push_str(decoded),
            _ => repaired.extend(run.iter().map(|&byte| char::from(byte))),
        }
        run.clear();
    };
    for character in text.chars() {
        match u8::try_from(u32::from(character)) {
            Ok(byte) if byte >= 0x80 => run.push(byte),
            _ => {
                flush(&mut run, &mut repaired);
                repaired.push(character);
            }
        }
    }
    flush(&mut run, &mut repaired);
    repaired
}

/// Byline labels that are not names.
const AUTHOR_PLACEHOLDERS: &[&str] = &[
    "author",
    "authors",
    "admin",
    "by",
    "staff",
    "guest",
    "anonymous",
    "unknown",
    "updated",
    "published",
    "posted",
];

/// Punctuation that ends a label put before a headline ("Blog: ", "News | ").
const LABEL_SEPARATORS: &[char] = &[':', '|', '»', '–', '—', '-', '/'];

/// True if the words a headline puts before a declared title are decoration: a date ("Dec
/// 18 2025"; a bare year may be part of the title), or a label cut off by a separator.
fn is_decoration(headline: &str, prefix_key: &str, declared_key: &str) -> bool {
    if date_in_text(prefix_key).is_some() {
        return true;
    }
    headline
        .match_indices(LABEL_SEPARATORS)
        .any(|(at, separator)| {
            normalize_for_comparison(&headline[at + separator.len()..]) == declared_key
        })
}

/// `headline` spelled as `declared` spells it, when `declared` starts with the same words
/// differing at most in letter case ("history of coffee" in "History of coffee | Origin").
fn same_words_recased(headline: &str, declared: &str) -> Option<String> {
    let headline_words: Vec<&str> = headline.split_whitespace().collect();
    let declared_words: Vec<&str> = declared.split_whitespace().collect();
    if headline_words.is_empty() || declared_words.len() < headline_words.len() {
        return None;
    }
    let same = headline_words
        .iter()
        .zip(&declared_words)
        .all(|(shown, written)| shown.to_lowercase() == written.to_lowercase());
    same.then(|| declared_words[..headline_words.len()].join(" "))
}

/// Short function words that title-case styles capitalise or not by house rule.
const MINOR_TITLE_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "nor", "of",
    "on", "or", "per", "the", "to", "via", "vs", "with",
];

/// True if `recased` (the same words as `shown`) starts with a capital where `shown` has a
/// lower-case letter, in a word that is not a short function word, and is not all capitals.
fn capitalises_content_word(shown: &str, recased: &str) -> bool {
    let starts_upper = |word: &str| word.chars().next().is_some_and(char::is_uppercase);
    recased.chars().any(char::is_lowercase)
        && shown
            .split_whitespace()
            .zip(recased.split_whitespace())
            .any(|(shown_word, recased_word)| {
                !starts_upper(shown_word)
                    && starts_upper(recased_word)
                    && !MINOR_TITLE_WORDS.contains(&shown_word.to_lowercase().as_str())
            })
}

/// True if `needle`'s words appear as a run inside `haystack`'s (both normalized, space-joined).
fn contains_words(haystack: &str, needle: &str) -> bool {
    format!(" {haystack} ").contains(&format!(" {needle} "))
}

/// Clean one author string: drop "By", trailing roles and dates; `None` when nothing name-like
/// is left (a URL, a sentence, an empty string).
pub fn clean_author_name(raw: &str) -> Option<String> {
    let mut name = collapse_whitespace(raw);
    for prefix in [
        "written by",
        "words by",
        "posted by",
        "reviewed by",
        "by:",
        "by",
        "author:",
        "author",
    ] {
        let head_matches = name
            .get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix));
        if head_matches && name.len() > prefix.len() {
            let rest = name.get(prefix.len()..).unwrap_or("");
            if rest.starts_with([' ', ':']) || prefix.ends_with(':') {
                name = rest.trim_start_matches([' ', ':']).to_string();
                break;
            }
        }
    }
    // "Jane Doe | Staff writer", "Jane Doe, September 4, 2025", "Jane Doe - Reuters".
    for separator in [" | ", " · ", " • ", " — ", " – ", "\u{2022}"] {
        if let Some(at) = name.find(separator) {
            name.truncate(at);
        }
    }
    // "Jane Doe December 4, 2025" or "Jane Doe, 4 Dec 2025": the name ends where a date starts.
    // A date in front ("Dec 17, 2025 Jane Doe") goes instead, keeping what follows it.
    if let Some((start, end, _)) = date_with_position_in_text(&name) {
        if start == 0 {
            name = name[end..].to_string();
        } else {
            name.truncate(start);
        }
    }
    // "Jane Doe Last Updated", "Jane Doe on Friday", "Jane Doe on 04-08-2021": a dateline
    // glued to the name.
    let lower = name.to_lowercase();
    let tail_markers = [" last updated", " updated", " published", " posted", " on "];
    if let Some(at) = tail_markers
        .iter()
        .filter_map(|marker| lower.find(marker))
        .min()
    {
        if name.is_char_boundary(at) {
            name.truncate(at);
        }
    }
    let name = name
        .trim()
        .trim_matches([',', ';', ':', '|', '-', '–', '—', '·'])
        .trim()
        .to_string();
    let is_label = is_byline_label(&name);
    if is_label
        || AUTHOR_PLACEHOLDERS
            .iter()
            .any(|placeholder| name.eq_ignore_ascii_case(placeholder))
    {
        return None;
    }
    let looks_like_url = name.contains("://") || name.starts_with("www.") || name.contains('/');
    let too_long = name.chars().count() > AUTHOR_MAX_CHARS || model::count_words(&name) > 8;
    let has_letter = name.chars().any(char::is_alphabetic);
    (has_letter && !looks_like_url && !too_long && !name.starts_with('@')).then_some(name)
}

/// Authors: JSON-LD first (publisher-declared), then author `<meta>` tags, then visible bylines.
pub fn choose_authors(
    metadata: &RawMetadata,
    json_ld: &JsonLdArticle,
    blocks: &[TextBlock],
    article_start: Option<usize>,
) -> Vec<String> {
    let from_meta: Vec<String> = [
        "author",
        "article:author",
        "parsely-author",
        "sailthru.author",
        "dc.creator",
        "byl",
    ]
    .iter()
    .flat_map(|key| {
        metadata
            .metas
            .iter()
            .filter(move |(name, _)| name == key)
            .map(|(_, value)| value.clone())
    })
    .collect();
    // Only the first visible byline: later ones belong to comments, related posts or bios.
    // Within it, the first line that reads as a name ("Written by\nJane Doe\nStaff writer").
    let first_byline: Vec<String> = metadata
        .byline_texts
        .iter()
        .find_map(|raw| raw.lines().find_map(clean_author_name))
        .into_iter()
        .collect();
    let written_byline: Vec<String> = byline_line_near_article_start(blocks, article_start)
        .into_iter()
        .collect();
    for source in [&json_ld.authors, &from_meta, &first_byline, &written_byline] {
        let mut names: Vec<String> = Vec::new();
        for raw in source.iter() {
            if let Some(name) = clean_author_name(raw) {
                if !names.iter().any(|known| known.eq_ignore_ascii_case(&name)) {
                    names.push(name);
                }
            }
        }
        if !names.is_empty() {
            return names;
        }
    }
    Vec::new()
}

/// A label that stands alone on a line above the author's name ("Author:" / "Jane Doe") but,
/// unlike the labels of `text::byline_labels` ("Written by", "By"), never opens a one-line
/// byline: "Author Salman Rushdie …" opens headlines.
const STANDALONE_ONLY_BYLINE_LABELS: &[&str] = &["author"];
/// A byline label on its own: one of `text::byline_labels` or a standalone-only label.
fn is_byline_label(text: &str) -> bool {
    text::byline_labels()
        .iter()
        .chain(STANDALONE_ONLY_BYLINE_LABELS)
        .any(|label| text.eq_ignore_ascii_case(label))
}

/// A byline line is short; longer lines starting with "By" are sentences.
const BYLINE_LINE_MAX_WORDS: usize = 8;

/// A byline written as plain text near the article start, for pages that mark it with no
/// class, rel or itemprop: "By Jane Doe" on one line, or a "Written by" label line followed by
/// the name. Looks backwards from the first article block, then into the text.
fn byline_line_near_article_start(
    blocks: &[TextBlock],
    article_start: Option<usize>,
) -> Option<String> {
    let start = article_start?.min(blocks.len());
    let window_start = start.saturating_sub(DATELINE_SEARCH_BLOCKS);
    let window_end = (start + DATELINE_SEARCH_BLOCKS).min(blocks.len());
    let mut order: Vec<usize> = (window_start..start).rev().collect();
    order.extend(start..window_end);
    for index in order {
        let text = blocks[index].text.trim();
        if model::count_words(text) > BYLINE_LINE_MAX_WORDS {
            continue;
        }
        let lower = text.to_lowercase();
        let label = lower.trim_end_matches(':').trim();
        if is_byline_label(label) {
            let next = blocks.get(index + 1).map(|block| block.text.as_str());
            if let Some(name) = next
                .filter(|next| model::count_words(next) <= BYLINE_LINE_MAX_WORDS)
                .and_then(clean_author_name)
            {
                return Some(name);
            }
            continue;
        }
        let opens_with_label = text::byline_labels().iter().any(|label| {
            lower
                .strip_prefix(label)
                .is_some_and(|rest| rest.starts_with(' '))
        });
        if opens_with_label {
            if let Some(name) = clean_author_name(text) {
                return Some(name);
            }
        }
    }
    None
}

/// Publication-date `<meta>` keys, most specific first.
const PUBLISHED_META_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "article.published",
    "published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "citation_publication_date",
    "date",
    "og:published_time",
    "article:published",
];

/// Publication date. A date printed in the lines under the headline is the date the page
/// shows its readers, so it wins over declared dates (template defaults, UTC instants a day
/// off the local date) unless it is an update ("Updated March 5, 2025", or the declared
/// modification day) and a `<meta>` tag declares the first publication: then that date
/// stands. A printed date on the same day as a declared one takes the declared value, which
/// carries the time. Else the declared order: JSON-LD, then `<meta>`, then `<time datetime>`,
/// then the URL path, then date-classed elements' text, then a short dated line near the
/// headline, then the modification date as a last resort.
pub fn choose_published(
    metadata: &RawMetadata,
    json_ld: &JsonLdArticle,
    url: Option<&str>,
    blocks: &[TextBlock],
    article_start: Option<usize>,
    title: Option<&str>,
) -> Option<String> {
    let order = numeric_date_order(metadata, json_ld);
    let declared = declared_published(metadata, json_ld, url, order);
    let modified = declared_modified(metadata, json_ld, order);
    let headline = headline_block_index(blocks, title);
    if let Some(shown) = date_shown_under_headline(blocks, headline, article_start, order) {
        // A printed date whose day and month could be read either way ("09.10.2024") agrees
        // with a declared date that gives either reading: the page states the order there.
        let swapped = day_month_swapped(&shown.date);
        let on_shown_day = |date: &Option<String>| {
            let day = date.as_deref().and_then(|date| date.get(..10));
            day == Some(shown.date.as_str()) || (day.is_some() && day == swapped.as_deref())
        };
        if on_shown_day(&declared) {
            return declared;
        }
        // Pages that disagree with themselves (JSON-LD says 2018, the <meta> tag 2025): the
        // declared publication date the page prints is the one.
        let meta_published = published_in_meta(metadata, false, order);
        if on_shown_day(&meta_published) {
            return meta_published;
        }
        // The printed date is the declared modification date: an update, labelled or not.
        let shows_update = shown.labelled_update || on_shown_day(&modified);
        if !shows_update {
            return Some(shown.date);
        }
        // An update date the reader sees still beats a first-publication date that only the
        // JSON-LD or a `<time>` states: `<meta>` publication tags are the publisher's
        // deliberate statement of the article's date, structured data alone is often a
        // plugin's record of when the page was first created.
        if meta_published.is_none() {
            if on_shown_day(&modified) {
                return modified;
            }
            return Some(shown.date);
        }
    }
    if declared.is_some() {
        return declared;
    }
    if let Some(date) = metadata
        .date_texts
        .iter()
        .chain(&metadata.byline_texts)
        .find_map(|text| date_in_text_in_order(text, order))
    {
        return Some(date);
    }
    if let Some(date) = dateline_near_article_start(blocks, article_start, order) {
        return Some(date);
    }
    modified
}

/// "2025-01-08" → "2025-08-01": the other reading of an ISO day whose day and month are both
/// 12 or less (and differ); `None` for a day only one reading fits.
fn day_month_swapped(iso_day: &str) -> Option<String> {
    let year = iso_day.get(..4)?;
    let month: u32 = iso_day.get(5..7)?.parse().ok()?;
    let day: u32 = iso_day.get(8..10)?.parse().ok()?;
    (day <= 12 && month <= 12 && day != month).then(|| format!("{year}-{day:02}-{month:02}"))
}

/// The first-publication date the page declares: JSON-LD, `<meta>`, `<time datetime>`, URL.
fn declared_published(
    metadata: &RawMetadata,
    json_ld: &JsonLdArticle,
    url: Option<&str>,
    order: NumericDateOrder,
) -> Option<String> {
    let normalize = |value: &str| normalize_date_in_order(value, order);
    if let Some(date) = json_ld.date_published.as_deref().and_then(normalize) {
        return Some(date);
    }
    if let Some(date) = published_in_meta(metadata, true, order) {
        return Some(date);
    }
    if let Some(date) = metadata
        .time_datetimes
        .iter()
        .find_map(|value| normalize(value))
    {
        return Some(date);
    }
    url.and_then(date_in_url)
}

/// The first-publication date the page's `<meta>` tags declare. `itemprop="datePublished"`
/// microdata is structured data like JSON-LD and counts only with `include_microdata`.
fn published_in_meta(
    metadata: &RawMetadata,
    include_microdata: bool,
    order: NumericDateOrder,
) -> Option<String> {
    let normalize_date = |value: &str| normalize_date_in_order(value, order);
    let counted = |name: &str| include_microdata || name != MICRODATA_PUBLISHED_KEY;
    for key in PUBLISHED_META_KEYS.iter().filter(|key| counted(key)) {
        for (name, value) in &metadata.metas {
            if name == key {
                if let Some(date) = normalize_date(value) {
                    return Some(date);
                }
            }
        }
    }
    // Site-specific names ("w-published-date", "published-date") still say what they hold.
    metadata.metas.iter().find_map(|(name, value)| {
        let says_published = name.contains("publish") && !name.contains("modif");
        let says_date = name.contains("date") || name.contains("time");
        (says_published && says_date && counted(name))
            .then(|| normalize_date(value))
            .flatten()
    })
}

/// The key `itemprop="datePublished"` microdata is stored under.
const MICRODATA_PUBLISHED_KEY: &str = "datepublished";

/// The last-modification date the page declares (JSON-LD, then `<meta>`).
fn declared_modified(
    metadata: &RawMetadata,
    json_ld: &JsonLdArticle,
    order: NumericDateOrder,
) -> Option<String> {
    json_ld
        .date_modified
        .as_deref()
        .or_else(|| meta_value(metadata, &["article:modified_time", "og:updated_time"]))
        .and_then(|value| normalize_date_in_order(value, order))
}

/// The order the page writes numeric dates in, from the region of the locale it declares
/// (`<html lang>`, then `og:locale` and other `<meta>` tags, then JSON-LD's `inLanguage`);
/// day first, the calendar's default, when none names a region.
pub fn numeric_date_order(metadata: &RawMetadata, json_ld: &JsonLdArticle) -> NumericDateOrder {
    let declared_locales = metadata
        .html_lang
        .iter()
        .map(String::as_str)
        .chain(
            ["og:locale", "content-language", "dc.language", "language"]
                .iter()
                .filter_map(|key| meta_value(metadata, &[key])),
        )
        .chain(json_ld.in_language.as_deref());
    declared_locales
        .filter_map(NumericDateOrder::of_locale)
        .next()
        .unwrap_or_default()
}

/// The heading block that prints the chosen title, if the title is printed at all.
fn headline_block_index(blocks: &[TextBlock], title: Option<&str>) -> Option<usize> {
    let key = normalize_for_comparison(title?);
    if key.is_empty() {
        return None;
    }
    blocks.iter().position(|block| {
        block.kind == model::ParagraphKind::Heading && normalize_for_comparison(&block.text) == key
    })
}

/// How many blocks under the headline may hold the byline-and-date line (subtitle, image,
/// caption, author and share buttons sit in between).
const SHOWN_DATE_BLOCKS_AFTER_HEADLINE: usize = 12;
/// How many blocks right above the headline may hold a kicker with the date (one: further
/// up sit navigation and lists of other articles with their own dates).
const SHOWN_DATE_BLOCKS_ABOVE_HEADLINE: usize = 1;
/// How many words of text under the headline may come before its dateline (a deck, a
/// caption, an author box).
const SHOWN_DATE_MAX_WORDS_BEFORE: usize = 150;
/// A block with a date this long or longer is prose that mentions a date, not a dateline.
const SHOWN_DATE_MAX_WORDS: usize = 30;
/// A line longer than this that ends like a sentence is prose.
const SHOWN_DATE_SENTENCE_MIN_WORDS: usize = 6;
/// Words just before a printed date that say it is the revision date or the first one.
const UPDATED_DATE_LABELS: &[&str] = &["updated", "modified", "revised", "reviewed", "edited"];
const PUBLISHED_DATE_LABELS: &[&str] = &["published", "posted", "created", "written", "first"];
/// How far before a date (in bytes) its label may stand ("Last updated on: ").
const DATE_LABEL_REACH: usize = 24;

/// A date printed near the headline, and whether its label calls it an update.
#[derive(Debug, Clone, PartialEq)]
struct ShownDate {
    date: String,
    labelled_update: bool,
}

/// The date printed in the short lines right under the headline ("By Jane Doe · Updated
/// March 5, 2025"). Searching starts below the headline so a masthead's "today" date above
/// it is not taken; without a printed headline the search starts at the article text.
fn date_shown_under_headline(
    blocks: &[TextBlock],
    headline: Option<usize>,
    article_start: Option<usize>,
    order: NumericDateOrder,
) -> Option<ShownDate> {
    let first = headline.map(|index| index + 1).or(article_start)?;
    let last = (first + SHOWN_DATE_BLOCKS_AFTER_HEADLINE).min(blocks.len());
    // A kicker line ("Personal finance · January 27, 2025") may sit right above the headline;
    // it is read only when nothing under the headline shows a date.
    let above = headline
        .into_iter()
        .flat_map(|index| (index.saturating_sub(SHOWN_DATE_BLOCKS_ABOVE_HEADLINE)..index).rev());
    // The dateline sits near the top: a date printed after a good deal of the article's text
    // belongs to the story ("Date: 16-19 March 2026" in a list of events), however few
    // blocks that text came in.
    let mut words_before = 0;
    let before_prose = (first..last).take_while(|&index| {
        let within_reach = words_before < SHOWN_DATE_MAX_WORDS_BEFORE;
        words_before += model::count_words(&blocks[index].text);
        within_reach
    });
    before_prose.chain(above).find_map(|index| {
        let line = &blocks[index].text;
        let words = model::count_words(line);
        // A sentence that mentions a date ("The offer is valid until December 3, 2025.") is
        // prose, not a dateline.
        let reads_as_sentence =
            words > SHOWN_DATE_SENTENCE_MIN_WORDS && line.trim_end().ends_with(['.', '!', '?']);
        if words >= SHOWN_DATE_MAX_WORDS || reads_as_sentence {
            return None;
        }
        // "Last updated:" and the date are often separate elements: a short block just
        // before the date's block lends it its label.
        let previous = index
            .checked_sub(1)
            .map(|previous| blocks[previous].text.as_str())
            .filter(|previous| model::count_words(previous) <= DATE_LABEL_MAX_WORDS)
            .unwrap_or("");
        labelled_date_in_line(line, previous, order)
    })
}

/// Put a space where markup glued two words together ("By Jane DoeMar 5, 2025", "Updated
/// onFebruary 9"): before a capital that follows a lower-case letter.
fn unglue_words(line: &str) -> String {
    let mut unglued = String::with_capacity(line.len() + 8);
    let mut previous_lowercase = false;
    for character in line.chars() {
        if previous_lowercase && character.is_uppercase() {
            unglued.push(' ');
        }
        previous_lowercase = character.is_lowercase();
        unglued.push(character);
    }
    unglued
}

/// How many words a block lending its label to the next block's date may have.
const DATE_LABEL_MAX_WORDS: usize = 4;

/// The date a dateline means: a date labelled as the publication wins over others on the
/// line, else the first date. `previous` is the text just before the line, read as the
/// label of a date that opens the line.
fn labelled_date_in_line(line: &str, previous: &str, order: NumericDateOrder) -> Option<ShownDate> {
    let unglued = unglue_words(line);
    let line = unglued.as_str();
    let mut dates: Vec<(String, String)> = Vec::new();
    let mut offset = 0;
    while let Some((start, end, date)) = date_with_position_in_text_in_order(&line[offset..], order)
    {
        // The label sits after the previous date on the line, never before it.
        let mut label_start = (offset + start)
            .saturating_sub(DATE_LABEL_REACH)
            .max(offset);
        while !line.is_char_boundary(label_start) {
            label_start -= 1;
        }
        let mut label = line[label_start..offset + start].trim().to_lowercase();
        if label.is_empty() && dates.is_empty() {
            label = previous.to_lowercase();
        }
        dates.push((date, label));
        offset += end.max(1);
        if offset >= line.len() {
            break;
        }
    }
    let is_update = |label: &str| UPDATED_DATE_LABELS.iter().any(|word| label.contains(word));
    let is_publication = |label: &str| {
        PUBLISHED_DATE_LABELS
            .iter()
            .any(|word| label.contains(word))
            && !is_update(label)
    };
    dates
        .iter()
        .find(|(_, label)| is_publication(label))
        .or(dates.first())
        .map(|(date, label)| ShownDate {
            date: date.clone(),
            labelled_update: is_update(label),
        })
}

/// How many blocks before and into the article text may hold a visible dateline.
const DATELINE_SEARCH_BLOCKS: usize = 40;
/// A dateline is a short line; longer blocks mention dates in passing.
const DATELINE_MAX_WORDS: usize = 12;

/// A date shown as a short line at the top of the article ("December 15, 2025" under the
/// headline), for pages that mark it up with no class, attribute or metadata at all. Looks
/// backwards from the first article block (the header sits just above the text), then into
/// the text.
fn dateline_near_article_start(
    blocks: &[TextBlock],
    article_start: Option<usize>,
    order: NumericDateOrder,
) -> Option<String> {
    let start = article_start?.min(blocks.len());
    let is_dateline = |block: &TextBlock| {
        if model::count_words(&block.text) <= DATELINE_MAX_WORDS {
            date_in_text_in_order(&block.text, order)
        } else {
            None
        }
    };
    let before = blocks[..start].iter().rev().take(DATELINE_SEARCH_BLOCKS);
    let after = blocks[start..].iter().take(DATELINE_SEARCH_BLOCKS);
    before.chain(after).find_map(is_dateline)
}

/// ISO 639-1 code from a language tag ("en-GB" → "en"); `None` unless two letters.
pub fn language_code(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() == 2
        && primary
            .chars()
            .all(|character| character.is_ascii_alphabetic()))
    .then_some(primary)
}

/// The page's language as declared: `<html lang>`, then `<meta>` tags, then JSON-LD.
pub fn choose_language(metadata: &RawMetadata, json_ld: &JsonLdArticle) -> Option<String> {
    metadata
        .html_lang
        .as_deref()
        .and_then(language_code)
        .or_else(|| {
            meta_value(
                metadata,
                &["content-language", "og:locale", "dc.language", "language"],
            )
            .and_then(language_code)
        })
        .or_else(|| json_ld.in_language.as_deref().and_then(language_code))
}

/// How many blocks under the headline the visible deck may sit (a kicker or a label between).
const DECK_MAX_BLOCKS_AFTER_HEADLINE: usize = 3;
/// How many blocks under a deck its byline may sit (an image and its caption between).
const DECK_BYLINE_REACH: usize = 3;
/// Pick the subtitle: the deck the page shows. The declared description (og:description,
/// meta description, JSON-LD) finds it: a block just under the headline that starts with the
/// description's words is the deck in full (descriptions are often cut for search results);
/// a description shown elsewhere on the page is the deck as declared. A description the
/// reader never sees is a search-engine summary, not a subtitle; one that only repeats the
/// title or opens the first paragraph is no subtitle either.
pub fn choose_subtitle(
    metadata: &RawMetadata,
    json_ld: &JsonLdArticle,
    blocks: &[TextBlock],
    title: Option<&str>,
    first_paragraph: Option<&str>,
) -> Option<String> {
    let description = meta_value(
        metadata,
        &["og:description", "description", "twitter:description"],
    )
    .map(str::to_string)
    .or_else(|| json_ld.description.clone())?;
    let key = normalize_for_comparison(description.trim_end_matches(['.', '…', ' ']));
    if key.is_empty() {
        return None;
    }
    if title.is_some_and(|title| normalize_for_comparison(title) == key) {
        return None;
    }
    let shows_description = |block: &TextBlock| {
        let shown = normalize_for_comparison(&block.text);
        shown == key || shown.starts_with(&format!("{key} "))
    };
    let opens_text =
        |text: &str| first_paragraph.is_some_and(|paragraph| paragraph.trim() == text.trim());
    if let Some(headline) = headline_block_index(blocks, title) {
        let deck = (headline + 1..blocks.len())
            .take(DECK_MAX_BLOCKS_AFTER_HEADLINE)
            .find(|&index| shows_description(&blocks[index]));
        if let Some(deck) = deck {
            // The deck sits between the headline and the byline; a paragraph that both opens
            // the text and has no byline under it is the lede, which descriptions often copy.
            let byline_follows = blocks
                .iter()
                .skip(deck + 1)
                .take(DECK_BYLINE_REACH)
                .any(|block| crate::content::looks_like_byline_or_dateline(&block.text));
            if byline_follows || !opens_text(&blocks[deck].text) {
                return Some(blocks[deck].text.clone());
            }
        }
    }
    if first_paragraph
        .is_some_and(|paragraph| normalize_for_comparison(paragraph).starts_with(&key))
    {
        return None;
    }

    let shown_anywhere = blocks
        .iter()
        .any(|block| normalize_for_comparison(&block.text).contains(&key));
    shown_anywhere.then_some(description)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ambiguous_printed_day_has_its_other_reading() {
        assert_eq!(
            day_month_swapped("2024-10-09").as_deref(),
            Some("2024-09-10")
        );
        assert_eq!(day_month_swapped("2024-10-10"), None);
        assert_eq!(day_month_swapped("2024-10-19"), None);
    }

    fn check_author(raw: &str, expected: Option<&str>) {
        assert_eq!(clean_author_name(raw).as_deref(), expected, "raw: {raw:?}");
    }

    #[test]
    fn author_names_lose_labels_dates_and_roles() {
        check_author("By Jane Doe", Some("Jane Doe"));
        check_author("Written by: Jane Doe", Some("Jane Doe"));
        check_author("Jane Doe | Staff writer", Some("Jane Doe"));
        check_author("Jane Doe December 4, 2025", Some("Jane Doe"));
        check_author("Jane Doe on Friday", Some("Jane Doe"));
        check_author("Jane Doe Last Updated", Some("Jane Doe"));
        check_author("Dec 17, 2025Julian K. Arni", Some("Julian K. Arni"));
        check_author("Written by", None);
        check_author("Updated", None);
        check_author("https://example.com/people/jane", None);
        check_author("@janedoe", None);
    }

    #[test]
    fn mojibake_runs_are_decoded_and_real_accents_kept() {
        let check = |input: &str, expected: &str| assert_eq!(repair_mojibake(input), expected);
        check(
            "A DIY Investor\u{e2}\u{80}\u{99}s Guide",
            "A DIY Investor\u{2019}s Guide",
        );
        check("Caf\u{c3}\u{a9} culture", "Caf\u{e9} culture");
        check("Café culture", "Café culture");
        check("Jürgen über Ärger", "Jürgen über Ärger");
        check("It’s fine", "It’s fine");
        check("«Ça va» ß", "«Ça va» ß");
    }

    #[test]
    fn json_ld_article_is_found_in_graphs_and_arrays() {
        let block = r#"[{"@type":"Organization","name":"Org"},
            {"@graph":[{"@type":["NewsArticle"],"headline":"H &amp; I","author":{"name":"A B"},
            "datePublished":"2025-01-02","publisher":{"name":"Pub"}}]}]"#;
        let article = json_ld_article(&[block.to_string(), "{not json".to_string()]);
        assert_eq!(article.headline.as_deref(), Some("H & I"));
        assert_eq!(article.authors, vec!["A B".to_string()]);
        assert_eq!(article.date_published.as_deref(), Some("2025-01-02"));
        assert_eq!(article.publisher_name.as_deref(), Some("Pub"));
    }
}
