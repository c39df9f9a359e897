//! Acronyms defined in the text become aliases for that article: "Inter-Services Intelligence
//! (ISI)" links every later "ISI" to the same entity, and a defined name the knowledge base does
//! not know ("Integrated Food Security Phase Classification (IPC)") becomes an entity of its own.

use crate::Linker;
use model::LinkVia;
use model::{EntityKind, Mention};
use regex::Regex;
use std::sync::LazyLock;

static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<long>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for|on|in|de|du|al|la|des|el|-)){0,9})\s*\(\s*(?P<acronym>[A-Z][A-Za-z0-9&-]{1,11})\s*\)").unwrap()
});

/// Link acronym definitions and every later use of the acronym.
pub fn link_defined_acronyms(linker: &mut Linker) {
    let text = linker.text;
    let definitions: Vec<(usize, usize, String)> = DEFINITION
        .captures_iter(text)
        .filter_map(|found| {
            let long = found.name("long")?;
            let acronym = found.name("acronym")?.as_str().to_string();
            let (start, end) = long_form_for(text, long.start(), long.end(), &acronym)?;
            Some((start, end, acronym))
        })
        .collect();
    for (start, end, acronym) in definitions {
        // The long form's own reading wins over a place, state or demonym inside it: "American
        // Dental Association (ADA)" is an organisation, not the United States.
        let existing = linker
            .mentions
            .iter()
            .find(|mention| {
                mention.start <= start && end <= mention.end
                    || (start <= mention.start
                        && mention.end <= end
                        && !is_place_like(mention.kind))
            })
            .and_then(|mention| mention.entity.clone());
        if existing.is_none() {
            linker.remove_mentions(|mention| {
                start <= mention.start && mention.end <= end && is_place_like(mention.kind)
            });
        }
        let entity = match existing {
            Some(entity) => entity,
            None => {
                let long = &text[start..end];
                let id = linker.local_entity(long, kind_of_long_form(long));
                linker.push(Mention {
                    entity: Some(id.clone()),
                    text: long.to_string(),
                    start,
                    end,
                    kind: Some(kind_of_long_form(long)),
                    acts_for: None,
                    via: LinkVia::Name,
                    sentence: 0,
                });
                id
            }
        };
        for (position, _) in text.match_indices(acronym.as_str()) {
            let after = position + acronym.len();
            let bounded = crate::is_whole_word(text, position, after);
            if !bounded
                || linker
                    .mentions
                    .iter()
                    .any(|mention| mention.start < after && position < mention.end)
            {
                continue;
            }
            let mention = linker.mention_of(&entity, position, after, LinkVia::Acronym);
            linker.push(mention);
        }
    }
}

/// A place or a state: what a name inside a defined long form must not make of it.
fn is_place_like(kind: Option<EntityKind>) -> bool {
    matches!(kind, Some(EntityKind::Place | EntityKind::State))
}

/// The part of a capitalised run before "(ACRONYM)" whose initials spell the acronym: the
/// longest suffix of the run that starts with the acronym's first letter and holds its capitals
/// in order.
fn long_form_for(text: &str, start: usize, end: usize, acronym: &str) -> Option<(usize, usize)> {
    let capitals: Vec<char> = acronym.chars().filter(char::is_ascii_uppercase).collect();
    let first = *capitals.first()?;
    let run = &text[start..end];
    let word_starts: Vec<usize> = std::iter::once(0)
        .chain(
            run.match_indices(char::is_whitespace)
                .map(|(index, _)| index + 1),
        )
        .filter(|&index| index < run.len())
        .collect();
    for &word_start in &word_starts {
        let candidate = run[word_start..].trim();
        if !candidate.starts_with(first) {
            continue;
        }
        let initials: Vec<char> = candidate
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter_map(|word| word.chars().next())
            .filter(char::is_ascii_uppercase)
            .collect();
        if is_subsequence(&capitals, &initials) && initials.len() <= capitals.len() + 2 {
            return Some((start + word_start, end));
        }
    }
    None
}

fn is_subsequence(needle: &[char], haystack: &[char]) -> bool {
    let mut remaining = haystack.iter();
    needle
        .iter()
        .all(|wanted| remaining.any(|have| have == wanted))
}

fn kind_of_long_form(long: &str) -> EntityKind {
    let armed = [
        "Army",
        "Forces",
        "Front",
        "Militia",
        "Brigade",
        "Brigades",
        "Movement",
        "Liberation",
    ];
    if long.split_whitespace().any(|word| armed.contains(&word)) {
        EntityKind::ArmedGroup
    } else {
        EntityKind::Organization
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_forms_are_trimmed_to_the_acronym() {
        let text = "agency, the Inter-Services Intelligence (ISI), said";
        let found = DEFINITION.captures(text).unwrap();
        let long = found.name("long").unwrap();
        let (start, end) = long_form_for(text, long.start(), long.end(), "ISI").unwrap();
        assert_eq!(&text[start..end], "Inter-Services Intelligence");
        let text = "Pakistan People's Integrated Food Security Phase Classification (IPC)";
        let found = DEFINITION.captures(text).unwrap();
        let long = found.name("long").unwrap();
        let (start, end) = long_form_for(text, long.start(), long.end(), "IPC").unwrap();
        assert_eq!(
            &text[start..end],
            "Integrated Food Security Phase Classification"
        );
    }
}
