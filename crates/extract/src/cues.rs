//! Boilerplate cues: which elements are page chrome by their tag, role, or class/id words
//! (the word list is data in `data/boilerplate_cues.tsv`).

use model::RemovalReason;
use scraper::node::Element;

/// The cue list compiled into the crate; its shape is described at the top of the file.
const BOILERPLATE_CUES_TSV: &str = include_str!("../data/boilerplate_cues.tsv");

/// Parsed cue list: exact words and word prefixes, each with the reason it stands for.
#[derive(Debug, Clone, Default)]
pub struct BoilerplateCues {
    pub exact_words: Vec<(String, RemovalReason)>,
    pub word_prefixes: Vec<(String, RemovalReason)>,
}

/// Parse the compiled-in cue list. Malformed lines are skipped: the file is ours and tested.
pub fn boilerplate_cues() -> BoilerplateCues {
    let mut cues = BoilerplateCues::default();
    for line in BOILERPLATE_CUES_TSV.lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((reason, word)) = line.split_once('\t') else {
            continue;
        };
        let reason = RemovalReason::from_name(reason).unwrap_or_else(|| {
            panic!(
                "boilerplate_cues.tsv: {reason:?} is not a removal reason (model::RemovalReason)"
            )
        });
        match word.strip_suffix('*') {
            Some(prefix) => cues.word_prefixes.push((prefix.to_string(), reason)),
            None => cues.exact_words.push((word.to_string(), reason)),
        }
    }
    cues
}

/// Class-name prefixes that describe a state or a layout option rather than what the element
/// is ("has-sidebar", "no-comments", "show-share"): such names are not cues.
const STATE_CLASS_PREFIXES: &[&str] = &[
    "has", "is", "no", "with", "show", "js", "enable", "disable", "hide", "template", "page",
];

/// Why an element is page chrome, if it is: by tag, ARIA role, or class/id words.
pub fn boilerplate_reason_for_element(
    cues: &BoilerplateCues,
    element: &Element,
) -> Option<RemovalReason> {
    let tag = element.name();
    let by_tag = match tag {
        "nav" => Some(RemovalReason::Navigation),
        "footer" => Some(RemovalReason::Footer),
        "aside" => Some(RemovalReason::Sidebar),
        "header" => Some(RemovalReason::Header),
        "form" => Some(RemovalReason::Form),
        "menu" => Some(RemovalReason::Navigation),
        _ => None,
    };
    if by_tag.is_some() {
        return by_tag;
    }
    // The document frame and the <main>/<article> landmarks often carry site-wide layout
    // classes ("single-post has-sidebar"); they are never chrome themselves.
    if matches!(tag, "html" | "body" | "main" | "article") {
        return None;
    }
    if let Some(role) = element.attr("role") {
        let by_role = match role.trim().to_ascii_lowercase().as_str() {
            "navigation" | "menubar" | "menu" => Some(RemovalReason::Navigation),
            "contentinfo" => Some(RemovalReason::Footer),
            "banner" => Some(RemovalReason::Header),
            "complementary" => Some(RemovalReason::Sidebar),
            "search" => Some(RemovalReason::Navigation),
            "dialog" | "alertdialog" => Some(RemovalReason::Popup),
            _ => None,
        };
        if by_role.is_some() {
            return by_role;
        }
    }
    if element.attr("class").is_none() && element.attr("id").is_none() {
        return None;
    }
    let class_names = element.attr("class").unwrap_or("").split_whitespace();
    for name in class_names.chain(element.attr("id")) {
        let words = class_name_words(name);
        if words
            .first()
            .is_some_and(|first| STATE_CLASS_PREFIXES.contains(&first.as_str()))
        {
            continue;
        }
        for word in &words {
            if let Some(reason) = reason_for_word(cues, word) {
                return Some(reason);
            }
        }
    }
    None
}

fn reason_for_word(cues: &BoilerplateCues, word: &str) -> Option<RemovalReason> {
    if let Some((_, reason)) = cues.exact_words.iter().find(|(cue, _)| cue == word) {
        return Some(*reason);
    }
    cues.word_prefixes
        .iter()
        .find(|(prefix, _)| word.starts_with(prefix.as_str()))
        .map(|(_, reason)| *reason)
}

/// Lower-cased words of one class name or id: split on `-` and `_` and at camelCase humps, so
/// CSS-module names ("styles_dateAndAuthor__x1") read like hand-written ones ("date-author").
pub fn class_name_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    for part in name.split(['-', '_']) {
        let mut word = String::new();
        let mut previous_was_lower = false;
        for character in part.chars() {
            if character.is_ascii_uppercase() && previous_was_lower && !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            previous_was_lower = character.is_ascii_lowercase() || character.is_ascii_digit();
            word.push(character.to_ascii_lowercase());
        }
        if !word.is_empty() {
            words.push(word);
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_file_parses_into_exact_words_and_prefixes() {
        let cues = boilerplate_cues();
        assert!(cues
            .exact_words
            .iter()
            .any(|(word, reason)| word == "ad" && *reason == RemovalReason::Ad));
        assert!(cues
            .word_prefixes
            .iter()
            .any(|(word, reason)| word == "comment" && *reason == RemovalReason::Comments));
        assert!(cues
            .exact_words
            .iter()
            .chain(&cues.word_prefixes)
            .all(|(word, _)| !word.is_empty()));
    }
}
