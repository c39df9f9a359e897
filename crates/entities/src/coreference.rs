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

/// Link every other use of a person's surname ("Okafor", "Mr. Okafor", "Okafor's"), before or
/// after the full name, to the person named in full. A surname two people named in full share
/// is left alone. A reading the tagger alone gave the bare surname, or a one-word place of the
/// same spelling, gives way to the person.
pub fn link_surnames(linker: &mut Linker) {
    let text = linker.text;
    let mut by_surname: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for mention in &linker.mentions {
        if mention.kind != Some(EntityKind::Person) {
            continue;
        }
        let words = name_words(&mention.text);
        let (Some(entity), [_, .., surname]) = (mention.entity.as_ref(), words.as_slice()) else {
            continue;
        };
        if surname.chars().next().is_some_and(char::is_uppercase) && surname.len() > 2 {
            by_surname
                .entry(surname.to_string())
                .or_default()
                .insert(entity.clone());
        }
    }
    for (surname, entities) in by_surname {
        // Two people sharing a surname make the bare surname ambiguous.
        if entities.len() != 1 {
            continue;
        }
        let Some(entity) = entities.into_iter().next() else {
            continue;
        };
        let occurrences: Vec<usize> = text
            .match_indices(surname.as_str())
            .map(|(position, _)| position)
            .filter(|&position| crate::is_whole_word(text, position, position + surname.len()))
            .collect();
        for position in occurrences {
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
                Some(existing) if gives_way_to_person(&existing, &surname, &entity) => {
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
