//! Names that point back within an article: a surname, or a title and surname, after or before
//! the full name ("Chinedu Okafor … Mr. Okafor … Okafor's"), and "the group" after a named
//! armed group when only one is in view.

use crate::Linker;
use model::EntityKind;
use model::LinkVia;
use model::Mention;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// How far back (in bytes) "the group" looks for the group it means.
const ANAPHORA_WINDOW: usize = 600;

/// Titles written before a name, from `data/person_titles.txt`.
static PERSON_TITLES: LazyLock<BTreeSet<&'static str>> =
    LazyLock::new(|| crate::word_list_file(include_str!("../data/person_titles.txt")));

/// Is `word` (a period after it allowed) a title written before a name?
pub(crate) fn is_person_title(word: &str) -> bool {
    PERSON_TITLES.contains(word.trim_end_matches('.'))
}

/// The words of a person's name without the titles before it and a possessive after it:
/// "Mr. Chinedu Okafor's" → ["Chinedu", "Okafor"].
pub(crate) fn name_words(name: &str) -> Vec<&str> {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 1 && is_person_title(words[0]) {
        words.remove(0);
    }
    if let Some(last) = words.last_mut() {
        *last = last
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .trim_end_matches(['\'', '’']);
    }
    words.retain(|word| !word.is_empty());
    words
}

/// One id per person in an article: full names that are variants of one name merge ("Michael
/// Brown" and "Mike Brown", "J. Okafor" and "John Okafor"), then the bare surname and "Mr.
/// Surname" link to the person named in full, then a first name alone ("Tamsin" after "Tamsin
/// Okereke") when only one person named in full has it.
pub fn link_person_chains(linker: &mut Linker) {
    merge_name_variants(linker);
    link_surnames(linker);
    link_first_names(linker);
}

/// Given names that are one name ("Michael Mike Mick"), from `data/given_name_variants.txt`:
/// each name with the numbers of the lines it is on.
static GIVEN_NAME_VARIANTS: LazyLock<BTreeMap<&'static str, Vec<usize>>> = LazyLock::new(|| {
    let mut groups: BTreeMap<&'static str, Vec<usize>> = BTreeMap::new();
    for (line_number, line) in
        model::word_list_entries(include_str!("../data/given_name_variants.txt")).enumerate()
    {
        for name in line.split_whitespace() {
            groups.entry(name).or_default().push(line_number);
        }
    }
    groups
});

/// Could two given names be one person's: the same, one the other's initial ("J." and
/// "John"), or variants of one name ("Mike" and "Michael")?
fn same_given_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let initial_of = |short: &str, long: &str| {
        let letters = short.trim_end_matches('.');
        letters.chars().count() == 1 && long.starts_with(letters) && long.len() > letters.len()
    };
    if initial_of(a, b) || initial_of(b, a) {
        return true;
    }
    match (GIVEN_NAME_VARIANTS.get(a), GIVEN_NAME_VARIANTS.get(b)) {
        (Some(lines_a), Some(lines_b)) => lines_a.iter().any(|line| lines_b.contains(line)),
        _ => false,
    }
}

/// A person named in full in the article: the given name, the surname and where.
struct FullName {
    given: String,
    surname: String,
    entity: String,
    start: usize,
    end: usize,
}

/// The people named in full (a given name and a surname, titles left out), in text order.
fn full_names(linker: &Linker) -> Vec<FullName> {
    linker
        .mentions
        .iter()
        .filter(|mention| mention.kind == Some(EntityKind::Person))
        .filter_map(|mention| {
            let words = name_words(&mention.text);
            let entity = mention.entity.as_ref()?;
            let [given, .., surname] = words.as_slice() else {
                return None;
            };
            let capitalised = surname.chars().next().is_some_and(char::is_uppercase);
            (capitalised && surname.len() > 2).then(|| FullName {
                given: given.to_string(),
                surname: surname.to_string(),
                entity: entity.clone(),
                start: mention.start,
                end: mention.end,
            })
        })
        .collect()
}

/// Full names with one surname whose given names are one name ("Michael Brown", "Mike Brown")
/// become the person named first. Two people the knowledge base knows apart stay apart.
fn merge_name_variants(linker: &mut Linker) {
    let names = full_names(linker);
    let mut merged_into: BTreeMap<String, String> = BTreeMap::new();
    for (index, later) in names.iter().enumerate() {
        if merged_into.contains_key(&later.entity) {
            continue;
        }
        let earlier = names[..index].iter().find(|earlier| {
            earlier.surname == later.surname
                && earlier.entity != later.entity
                && same_given_name(&earlier.given, &later.given)
                && !(linker.kb.entity(&earlier.entity).is_some()
                    && linker.kb.entity(&later.entity).is_some())
        });
        if let Some(earlier) = earlier {
            // The knowledge base's id wins over an article-local one.
            let (keep, drop) = if linker.kb.entity(&later.entity).is_some() {
                (&later.entity, &earlier.entity)
            } else {
                (&earlier.entity, &later.entity)
            };
            let keep = merged_into.get(keep).unwrap_or(keep).clone();
            merged_into.insert(drop.clone(), keep);
        }
    }
    if merged_into.is_empty() {
        return;
    }
    let relinked: Vec<Mention> = linker
        .mentions
        .iter()
        .filter_map(|mention| {
            let keep = merged_into.get(mention.entity.as_deref()?)?;
            let mut relinked = linker.mention_of(keep, mention.start, mention.end, mention.via);
            relinked.kind = relinked.kind.or(mention.kind);
            Some(relinked)
        })
        .collect();
    for mention in relinked {
        linker.remove_mentions(|existing| existing.start == mention.start);
        linker.push(mention);
    }
}

/// How close (in bytes) two people sharing a surname may be named in full for the bare surname
/// after them to stay ambiguous ("Marta Kowalczyk and her brother Piotr Kowalczyk …
/// Kowalczyk said").
const SHARED_SURNAME_WINDOW: usize = 120;

/// Link every other use of a person's surname ("Okafor", "Mr. Okafor", "Okafor's"), before or
/// after the full name, to the person named in full. A surname two people named in full share
/// goes to the one named last before it, unless the other was named close by too; before
/// either is named it is left alone. A reading the tagger alone gave the bare surname, or a
/// one-word place of the same spelling, gives way to the person.
fn link_surnames(linker: &mut Linker) {
    let text = linker.text;
    let names = full_names(linker);
    let mut by_surname: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for name in &names {
        by_surname
            .entry(name.surname.as_str())
            .or_default()
            .insert(name.entity.as_str());
    }
    for (surname, entities) in &by_surname {
        let occurrences: Vec<usize> = text
            .match_indices(surname)
            .map(|(position, _)| position)
            .filter(|&position| crate::is_whole_word(text, position, position + surname.len()))
            .collect();
        for position in occurrences {
            let entity = if entities.len() == 1 {
                entities.iter().next().map(|entity| entity.to_string())
            } else {
                last_named_before(&names, surname, position)
            };
            let Some(entity) = entity else {
                continue;
            };
            let end = position + surname.len();
            let overlapping = overlapping_mention(linker, position, end).cloned();
            match overlapping {
                None => {
                    let start = title_start(text, position);
                    let start = if start < position && linker.covered(start, position) {
                        position
                    } else {
                        start
                    };
                    let mention = linker.mention_of(&entity, start, end, LinkVia::Surname);
                    linker.push(mention);
                }
                Some(existing) if gives_way_to_person(&existing, surname, &entity) => {
                    linker.remove_mentions(|mention| mention.start == existing.start);
                    let start = title_start(text, existing.start);
                    let start = if start < existing.start && linker.covered(start, existing.start) {
                        existing.start
                    } else {
                        start
                    };
                    let mention = linker.mention_of(&entity, start, existing.end, LinkVia::Surname);
                    linker.push(mention);
                }
                Some(_) => {}
            }
        }
    }
}

/// Of the people sharing `surname`, the one named in full last before `position`, when no
/// other was named in full within [`SHARED_SURNAME_WINDOW`] before that.
fn last_named_before(names: &[FullName], surname: &str, position: usize) -> Option<String> {
    let sharing: Vec<&FullName> = names
        .iter()
        .filter(|name| name.surname == surname)
        .collect();
    let last = sharing
        .iter()
        .filter(|name| name.end <= position)
        .max_by_key(|name| name.end)?;
    let crowded = sharing.iter().any(|name| {
        name.entity != last.entity
            && name.end <= position
            && name.end + SHARED_SURNAME_WINDOW >= last.start
    });
    (!crowded).then(|| last.entity.clone())
}

/// A first name alone ("Tamsin" after "Tamsin Okereke") is the person named in full with it,
/// when exactly one person in the article has that first name and nobody has it as a surname.
/// Only a reading the tagger alone gave as a person gives way.
fn link_first_names(linker: &mut Linker) {
    let names = full_names(linker);
    let mut by_given: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for name in &names {
        if name.given.trim_end_matches('.').chars().count() > 1 {
            by_given
                .entry(name.given.as_str())
                .or_default()
                .insert(name.entity.as_str());
        }
    }
    let surnames: BTreeSet<&str> = names.iter().map(|name| name.surname.as_str()).collect();
    let relinked: Vec<Mention> = linker
        .mentions
        .iter()
        .filter(|mention| {
            mention.kind == Some(EntityKind::Person) && mention.via == LinkVia::Tagger
        })
        .filter_map(|mention| {
            let words = name_words(&mention.text);
            let [given] = words.as_slice() else {
                return None;
            };
            if surnames.contains(given) {
                return None;
            }
            let [entity] = by_given.get(given)?.iter().copied().collect::<Vec<_>>()[..] else {
                return None;
            };
            (mention.entity.as_deref() != Some(entity))
                .then(|| linker.mention_of(entity, mention.start, mention.end, LinkVia::Surname))
        })
        .collect();
    for mention in relinked {
        linker.remove_mentions(|existing| existing.start == mention.start);
        linker.push(mention);
    }
}

/// Where "Mr. " or "Gen " starts when one stands right before the name at `position`; else
/// `position`.
fn title_start(text: &str, position: usize) -> usize {
    let before = &text[..position];
    let Some(without_space) = before.strip_suffix(' ') else {
        return position;
    };
    let word_start = without_space
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(found, c)| found + c.len_utf8());
    let word = &without_space[word_start..];
    if is_person_title(word) && word.starts_with(char::is_uppercase) {
        word_start
    } else {
        position
    }
}

/// The mention overlapping `start..end`, if any (mentions never overlap one another).
fn overlapping_mention<'m>(linker: &'m Linker, start: usize, end: usize) -> Option<&'m Mention> {
    let (&occupied_start, &occupied_end) = linker.occupied.range(..end).next_back()?;
    if occupied_end <= start {
        return None;
    }
    linker
        .mentions
        .iter()
        .find(|mention| mention.start == occupied_start)
}

/// Does this reading of a surname's occurrence give way to the person named in full: the
/// tagger's bare surname or title and surname ("Mr. Okafor") as another entity, or a one-word
/// place or tagger organisation spelled like the surname?
fn gives_way_to_person(existing: &Mention, surname: &str, entity: &str) -> bool {
    if existing.entity.as_deref() == Some(entity) {
        return false;
    }
    let words = name_words(&existing.text);
    if words != [surname] {
        return false;
    }
    match existing.kind {
        Some(EntityKind::Person) => existing.via == LinkVia::Tagger,
        Some(EntityKind::Place) => !existing.text.contains(char::is_whitespace),
        Some(EntityKind::Organization) => existing.via == LinkVia::Tagger,
        _ => false,
    }
}

/// Link "the group" to the one armed group named shortly before it.
pub fn link_group_anaphora(linker: &mut Linker) {
    let text = linker.text;
    let lowered = text.to_lowercase();
    let occurrences: Vec<usize> = lowered
        .match_indices("the group")
        .map(|(position, _)| position)
        .collect();
    for position in occurrences {
        let end = position + "the group".len();
        if text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let window_start = position.saturating_sub(ANAPHORA_WINDOW);
        let mut groups: Vec<&str> = linker
            .mentions
            .iter()
            .filter(|mention| {
                mention.kind == Some(EntityKind::ArmedGroup)
                    && mention.end <= position
                    && mention.start >= window_start
            })
            .filter_map(|mention| mention.entity.as_deref())
            .collect();
        groups.sort_unstable();
        groups.dedup();
        if let [only] = groups.as_slice() {
            let entity = only.to_string();
            let mention = linker.mention_of(&entity, position, end, LinkVia::Anaphora);
            linker.push(mention);
        }
    }
}
