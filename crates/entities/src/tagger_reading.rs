//! How one article reads the names the tagger found, before they are linked.
//!
//! The tagger decides each occurrence alone, so one name can come out a place in one sentence
//! and an organisation in the next ("Bundaberg", "Lyon Patisserie"). An article names one thing
//! by one name: every occurrence takes the kind its context shows somewhere in the article, else
//! the kind most of its occurrences were given. Context that shows a place: a place noun after
//! the name ("Dulang del Norte provincial police", "Zabul province"), "-based" ("a
//! Lagos-based firm"), a place word in the name ("Co Fermanagh", "Kelora Upazila"), "in X" when
//! the gazetteer knows an X, "Town, X" after a place. Context that shows an organisation: an
//! appositive naming one ("Zelvora, a company set up…", "Vietcast, the state news agency"), a
//! wire credit in a dateline ("HANOI, March 2 (Vietcast) -"), a company's stock or staff
//! ("Zelvora stock", "Zelvora's chief scientist").
//!
//! Two repairs of the span itself: initials before a surname belong to the name ("R.S. Mehra"
//! is not "Mehra"), and a person's title inside a name cuts it ("Butuan Mayor Lorna
//! Dimaculangan" is a town and its mayor; "MK Yael Ronen" is a person).

use crate::coreference::is_person_title;
use ner::{EntitySpan, Kind};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// Lower-case nouns that make the name right before them a place ("Zabul province").
static PLACE_NOUNS_AFTER: LazyLock<BTreeSet<&'static str>> =
    LazyLock::new(|| crate::word_list_file(include_str!("../data/place_nouns_after.txt")));

/// Words inside a name that make it a place, with where they stand ("first Barangay").
static PLACE_NAME_WORDS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    model::word_list_entries(include_str!("../data/place_name_words.txt"))
        .filter_map(|line| line.split_once(' '))
        .collect()
});

/// Lower-case nouns of an appositive that make the name before it an organisation ("Zelvora, a
/// company …").
static ORGANISATION_NOUNS: LazyLock<BTreeSet<&'static str>> =
    LazyLock::new(|| crate::word_list_file(include_str!("../data/organisation_nouns.txt")));

/// Lower-case words after a name (or its possessive) that make it a company ("Zelvora
/// stock", "Zelvora's chief scientist").
const COMPANY_WORDS_AFTER: &[&str] = &[
    "shares",
    "stock",
    "stake",
    "employees",
    "employee",
    "staff",
    "shareholders",
    "investors",
    "chief",
    "ceo",
    "founder",
    "co-founder",
    "board",
    "executives",
    "subsidiary",
];

/// Prepositions that put a name in a place ("in X"), trusted only when the gazetteer knows an
/// X somewhere.
const PLACE_PREPOSITIONS: &[&str] = &["in", "near", "outside", "from", "at"];

/// Words right after a name that make it the subject of a verb, which a "Town, X" place never
/// is ("In London, BP said …").
const VERB_WORDS: &[&str] = &[
    "said", "says", "is", "was", "are", "were", "has", "had", "have", "will", "would", "told",
];

/// The tagger's spans as this article reads them (sorted by start, not overlapping).
pub fn read_spans(text: &str, spans: Vec<EntitySpan>, kb: &kb::KnowledgeBase) -> Vec<EntitySpan> {
    let mut spans: Vec<EntitySpan> = spans
        .into_iter()
        .flat_map(|span| cut_at_title(text, span, kb))
        .collect();
    spans.sort_by_key(|span| (span.start, span.end));
    let mut previous_end = 0;
    for span in &mut spans {
        let start = start_with_initials(text, *span);
        if start >= previous_end {
            span.start = start;
        }
        previous_end = span.end;
    }
    one_kind_per_name(text, &mut spans, kb);
    people_by_surname(text, &mut spans);
    spans
}

/// A name of two or three capitalised words the tagger read as an organisation or place whose
/// last word it reads elsewhere in the article as a person's surname alone ("Ilona
/// Varga" beside "Varga said") is that person. Names with an organisation head word
/// stay ("Varga Savings Bank").
fn people_by_surname(text: &str, spans: &mut [EntitySpan]) {
    let surnames: BTreeSet<&str> = spans
        .iter()
        .filter(|span| span.kind == Kind::Per)
        .map(|span| &text[span.start..span.end])
        .filter(|surface| !surface.contains(char::is_whitespace))
        .collect();
    for span in spans.iter_mut() {
        if !matches!(span.kind, Kind::Org | Kind::Loc) {
            continue;
        }
        let surface = &text[span.start..span.end];
        let words: Vec<&str> = surface.split_whitespace().collect();
        let looks_like_a_name = (2..=3).contains(&words.len())
            && words.iter().all(|word| {
                word.starts_with(char::is_uppercase)
                    && word.chars().any(char::is_lowercase)
                    && word
                        .chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            });
        let surname = words.last().copied().unwrap_or("");
        if looks_like_a_name && surnames.contains(surname) && !crate::has_organisation_head(surface)
        {
            span.kind = Kind::Per;
        }
    }
}

/// Every occurrence of a name takes the kind its context shows (when the contexts agree),
/// else the kind most occurrences were given (when one kind has most).
fn one_kind_per_name(text: &str, spans: &mut [EntitySpan], kb: &kb::KnowledgeBase) {
    let mut votes: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
    let mut shown: BTreeMap<&str, BTreeSet<Kind>> = BTreeMap::new();
    for (index, span) in spans.iter().enumerate() {
        let surface = &text[span.start..span.end];
        votes.entry(surface).or_default()[span.kind.index()] += 1;
        let previous = index.checked_sub(1).map(|before| spans[before]);
        if let Some(kind) = kind_from_context(text, *span, previous, kb) {
            shown.entry(surface).or_default().insert(kind);
        }
    }
    for span in spans.iter_mut() {
        let surface = &text[span.start..span.end];
        if let Some(kinds) = shown.get(surface).filter(|kinds| kinds.len() == 1) {
            if let Some(&kind) = kinds.iter().next() {
                span.kind = kind;
                continue;
            }
        }
        if let Some(counts) = votes.get(surface) {
            let best = counts.iter().copied().max().unwrap_or(0);
            let winners: Vec<usize> = (0..4).filter(|&index| counts[index] == best).collect();
            if let [winner] = winners.as_slice() {
                span.kind = ner::tags::KINDS[*winner];
            }
        }
    }
}

/// The kind a span's own words or its neighbours show, if they show one.
fn kind_from_context(
    text: &str,
    span: EntitySpan,
    previous: Option<EntitySpan>,
    kb: &kb::KnowledgeBase,
) -> Option<Kind> {
    if span.kind == Kind::Misc {
        return None;
    }
    let surface = &text[span.start..span.end];
    let words: Vec<&str> = surface.split_whitespace().collect();
    if crate::has_organisation_head(surface) {
        return None;
    }
    let place_word = |word: &str, position: &str| {
        PLACE_NAME_WORDS
            .iter()
            .any(|(listed, at)| *listed == word && (*at == position || *at == "either"))
    };
    if words.len() >= 2
        && (place_word(words[0], "first") || place_word(words[words.len() - 1], "last"))
    {
        return Some(Kind::Loc);
    }
    let rest = &text[span.end..];
    // A dateline: a name in capitals opening a line, then a comma or a dash ("KORONADAL CITY,
    // Philippines –").
    let opens_line = span.start == 0 || text[..span.start].ends_with('\n');
    let in_capitals = surface.chars().filter(|c| c.is_alphabetic()).count() > 1
        && !surface.chars().any(char::is_lowercase);
    if opens_line && in_capitals && rest.starts_with([',', ' ']) {
        let after_gap = rest.trim_start_matches([',', ' ']);
        if rest.starts_with(',') || after_gap.starts_with(['-', '–', '—', '(']) {
            return Some(Kind::Loc);
        }
    }
    if rest.starts_with("-based") {
        return Some(Kind::Loc);
    }
    let after = next_words(rest, 2);
    if after
        .first()
        .is_some_and(|word| PLACE_NOUNS_AFTER.contains(word.as_str()))
    {
        return Some(Kind::Loc);
    }
    let before = text[..span.start].trim_end();
    let word_before = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if PLACE_PREPOSITIONS.contains(&word_before) && !kb.places_named(surface).is_empty() {
        return Some(Kind::Loc);
    }
    // "in Prosperidad, Dulang del Norte early Friday": a name right after a place and a comma.
    let after_place = previous.is_some_and(|previous| {
        previous.kind == Kind::Loc && text[previous.end..span.start].trim() == ","
    });
    let followed_by_verb = after
        .first()
        .is_some_and(|word| VERB_WORDS.contains(&word.as_str()));
    if after_place && !followed_by_verb && !rest.starts_with(['\'', '’']) {
        return Some(Kind::Loc);
    }
    if appositive_names_organisation(rest) || is_wire_credit(text, span) {
        return Some(Kind::Org);
    }
    if span.kind == Kind::Loc {
        let after_possessive = rest
            .strip_prefix("'s")
            .or_else(|| rest.strip_prefix("’s"))
            .map(|possessed| next_words(possessed, 1));
        let company_word = |words: &[String]| {
            words
                .first()
                .is_some_and(|word| COMPANY_WORDS_AFTER.contains(&word.as_str()))
        };
        if company_word(&after) || after_possessive.is_some_and(|words| company_word(&words)) {
            return Some(Kind::Org);
        }
    }
    None
}

/// ", a company set up in …", ", the state news agency": an appositive whose noun (within its
/// first four words) names an organisation.
fn appositive_names_organisation(rest: &str) -> bool {
    let Some(appositive) = rest.strip_prefix(", ") else {
        return false;
    };
    let words = next_words(appositive, 5);
    if !words
        .first()
        .is_some_and(|word| matches!(word.as_str(), "a" | "an" | "the"))
    {
        return false;
    }
    words
        .iter()
        .skip(1)
        .take(4)
        .any(|word| ORGANISATION_NOUNS.contains(word.as_str()))
}

/// "HANOI, March 2 (Vietcast) -": a name alone in brackets on a dateline line before the body
/// (a capitalised place opening the line, within its first 60 bytes).
fn is_wire_credit(text: &str, span: EntitySpan) -> bool {
    let before = &text[..span.start];
    let after = &text[span.end..];
    if !before.ends_with('(') || !after.starts_with(')') {
        return false;
    }
    let line_start = before.rfind('\n').map_or(0, |found| found + 1);
    let line_before = &before[line_start..];
    line_before.len() <= 60
        && line_before
            .split([',', ' '])
            .next()
            .is_some_and(|first| first.len() > 1 && !first.chars().any(char::is_lowercase))
}

/// Up to `count` lower-case words at the start of `rest`, stopping at sentence punctuation.
fn next_words(rest: &str, count: usize) -> Vec<String> {
    let clause_end = rest.find(['.', ';', '\n', '!', '?']).unwrap_or(rest.len());
    rest[..clause_end]
        .split(|c: char| c.is_whitespace() || c == ',' || c == '"' || c == '“' || c == '”')
        .filter(|word| !word.is_empty())
        .take(count)
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .collect()
}

/// Where a span starts once the initials written right before it are taken in ("R.S. Mehra",
/// "J. Smith"): only before a one-word person or organisation span.
fn start_with_initials(text: &str, span: EntitySpan) -> usize {
    if !matches!(span.kind, Kind::Per | Kind::Org)
        || text[span.start..span.end].contains(char::is_whitespace)
    {
        return span.start;
    }
    let Some(before) = text[..span.start].strip_suffix(' ') else {
        return span.start;
    };
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(found, c)| found + c.len_utf8());
    let word = &before[word_start..];
    let is_initials = word.len() >= 2
        && word.len() <= 8
        && word.ends_with('.')
        && word
            .split_terminator('.')
            .all(|letter| letter.len() == 1 && letter.chars().all(|c| c.is_ascii_uppercase()));
    if is_initials {
        word_start
    } else {
        span.start
    }
}

/// A span with a person's title inside: an honorific opening the span makes it a person ("MK
/// Ronen", "Dr. Ilse Brandauer" read as an organisation); a place's office inside it cuts it
/// into the place and its office-holder ("Butuan Mayor Lorna Dimaculangan" is the town of
/// Butuan and Mayor Lorna Dimaculangan) when the gazetteer knows a place of that name. A span
/// holding an organisation head word is left whole ("King Fahd University").
fn cut_at_title(text: &str, span: EntitySpan, kb: &kb::KnowledgeBase) -> Vec<EntitySpan> {
    let surface = &text[span.start..span.end];
    if span.kind == Kind::Misc || crate::has_organisation_head(surface) {
        return vec![span];
    }
    let words: Vec<(usize, &str)> = surface
        .split_whitespace()
        .map(|word| (word.as_ptr() as usize - surface.as_ptr() as usize, word))
        .collect();
    let bare = |word: &str| word.trim_end_matches('.').to_string();
    let Some(title_index) = words.iter().position(|(_, word)| {
        HONORIFICS.contains(&bare(word).as_str()) || PLACE_OFFICES.contains(&bare(word).as_str())
    }) else {
        return vec![span];
    };
    let after = &words[title_index + 1..];
    let names_after = !after.is_empty()
        && after
            .iter()
            .all(|(_, word)| word.starts_with(char::is_uppercase) && !is_person_title(word));
    if !names_after {
        return vec![span];
    }
    let title = bare(words[title_index].1);
    let person = EntitySpan {
        start: span.start + words[title_index].0,
        end: span.end,
        kind: Kind::Per,
    };
    if title_index == 0 {
        return if HONORIFICS.contains(&title.as_str()) {
            vec![person]
        } else {
            vec![span]
        };
    }
    let (last_offset, last_word) = words[title_index - 1];
    let place_end = span.start + last_offset + last_word.len();
    let place = &text[span.start..place_end];
    if !PLACE_OFFICES.contains(&title.as_str()) || kb.places_named(place).is_empty() {
        return vec![span];
    }
    vec![
        EntitySpan {
            start: span.start,
            end: place_end,
            kind: Kind::Loc,
        },
        person,
    ]
}

/// Titles that only ever stand before a person's name, so a span they open is a person.
const HONORIFICS: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Prof",
    "Sir",
    "Dame",
    "MK",
    "Sen",
    "Rep",
    "Gov",
    "Senator",
    "Congressman",
    "Congresswoman",
    "Councillor",
    "Councilman",
    "Councilwoman",
];

/// Offices of a town or province, written after its name ("Butuan Mayor …").
const PLACE_OFFICES: &[&str] = &["Mayor", "Governor", "Gov", "Vice-Mayor", "Councillor"];
