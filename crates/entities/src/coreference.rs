//! Names that point back within an article: a surname after a full name ("Zabihullah Mujahid
//! … Mujahid said"), and "the group" after a named armed group when only one is in view.

use crate::Linker;
use model::EntityKind;
use model::LinkVia;

/// How far back (in bytes) "the group" looks for the group it means.
const ANAPHORA_WINDOW: usize = 600;

/// Link later uses of a person's surname to the person named in full earlier.
pub fn link_surnames(linker: &mut Linker) {
    let text = linker.text;
    let mut people: Vec<(String, String, usize)> = Vec::new();
    for mention in &linker.mentions {
        if mention.kind != Some(EntityKind::Person) || !mention.text.contains(' ') {
            continue;
        }
        let Some(entity) = mention.entity.clone() else {
            continue;
        };
        let surname = mention
            .text
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string();
        if surname.chars().next().is_some_and(char::is_uppercase) && surname.len() > 2 {
            people.push((surname, entity, mention.end));
        }
    }
    for (surname, entity, after) in people {
        // Two people sharing a surname make the bare surname ambiguous.
        if linker.mentions.iter().any(|mention| {
            mention.kind == Some(EntityKind::Person)
                && mention.text.ends_with(surname.as_str())
                && mention.entity.as_deref() != Some(entity.as_str())
                && mention.text.contains(' ')
        }) {
            continue;
        }
        for (position, _) in text[after..]
            .match_indices(surname.as_str())
            .map(|(offset, found)| (offset + after, found))
        {
            let end = position + surname.len();
            if !crate::is_whole_word(text, position, end) {
                continue;
            }
            // A mention the tagger gave the bare surname alone is replaced by the person.
            linker.mentions.retain(|mention| {
                !(mention.start == position && mention.end == end && mention.via == LinkVia::Tagger)
            });
            let mention = linker.mention_of(&entity, position, end, LinkVia::Surname);
            linker.push(mention);
        }
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
