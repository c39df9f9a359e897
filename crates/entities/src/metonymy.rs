//! Capitals that speak for their governments, and demonym phrases that act for their states.
//!
//! "Islamabad blames the TTP" and "Kabul denies the allegations": a capital as the subject of a
//! saying, blaming, denying or deciding verb (data/government_verbs.txt), as the possessor of a
//! stance ("Islamabad's frustration"), or as the other party of relations ("talks with Kabul")
//! is the government. Anywhere else ("struck targets in Kabul") it is the place.

use std::collections::BTreeSet;
use std::sync::LazyLock;

static GOVERNMENT_VERBS: LazyLock<BTreeSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../data/government_verbs.txt")));
static ACTOR_NOUNS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    include_str!("../data/actor_nouns.txt")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split_whitespace().collect())
        .collect()
});

/// Words that may stand between a subject and its verb: auxiliaries and adverbs.
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "also",
    "now",
    "then",
    "long",
    "repeatedly",
    "officially",
    "again",
    "not",
    "did",
    "does",
    "do",
    "swiftly",
    "quickly",
    "firmly",
    "strongly",
    "publicly",
    "reportedly",
    "already",
    "still",
    "had",
    "has",
    "been",
    "itself",
    "too",
    "immediately",
    "later",
    "today",
    "relatively",
    "very",
    "more",
    "less",
    "increasingly",
    "largely",
    "so",
    "quite",
    "rather",
    "deeply",
    "fully",
    "somewhat",
];

/// Forms of "be" and its kin that link a capital to a stance.
const COPULAS: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "remains", "remained", "seems", "seemed", "appears",
    "appeared", "looks", "looked",
];

/// Adjectives of stance: what a government is ("open to dialogue", "unwilling", "responsible").
const STANCE_ADJECTIVES: &[&str] = &[
    "open",
    "ready",
    "willing",
    "unwilling",
    "prepared",
    "committed",
    "determined",
    "responsible",
    "keen",
    "reluctant",
    "sparing",
    "cautious",
    "confident",
    "concerned",
    "unhappy",
    "satisfied",
    "dissatisfied",
    "opposed",
    "eager",
    "wary",
    "adamant",
    "firm",
    "clear",
    "silent",
    "quick",
    "slow",
    "angry",
    "furious",
    "frustrated",
    "serious",
    "aware",
];

/// Nouns of stance and relations: "Islamabad's frustration", "talks with Kabul".
const STANCE_NOUNS: &[&str] = &[
    "position",
    "policy",
    "policies",
    "stance",
    "frustration",
    "demands",
    "demand",
    "accusations",
    "allegations",
    "claims",
    "expectations",
    "decision",
    "response",
    "support",
    "relations",
    "relationship",
    "narrative",
    "approach",
    "government",
    "strategy",
    "concerns",
    "refusal",
    "patience",
    "ties",
    "talks",
    "tensions",
    "dialogue",
    "negotiations",
    "pressure",
    "dispute",
    "rift",
    "engagement",
    "mediation",
    "leverage",
    "influence",
    "ire",
    "anger",
    "warning",
    "warnings",
    "offer",
    "proposal",
    "envoy",
    "ambassador",
    "officials",
    "rulers",
    "leadership",
    "regime",
    "administration",
    "authorities",
    "justification",
    "assistance",
    "mediate",
    "negotiate",
    "cooperate",
    "cooperation",
    "engage",
    "closer",
    "recognition",
    "military",
    "campaign",
    "operation",
    "operations",
    "interests",
    "interest",
    "role",
    "plan",
    "plans",
    "efforts",
    "intentions",
    "allies",
    "ally",
    "partner",
    "backing",
    "failure",
    "failures",
    "war",
    "decisions",
    "objections",
    "consent",
];

fn word_list(data: &'static str) -> BTreeSet<&'static str> {
    model::word_list_entries(data).collect()
}

/// Lower-case words after `end`, up to `count` of them, stopping at sentence punctuation.
fn words_after(text: &str, end: usize, count: usize) -> Vec<String> {
    let rest = &text[end..];
    let clause_end = rest.find(['.', ';', '\n', '!', '?']).unwrap_or(rest.len());
    rest[..clause_end]
        .split(|c: char| c.is_whitespace() || c == ',' || c == '"' || c == '“' || c == '”')
        .filter(|word| !word.is_empty())
        .take(count)
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase()
        })
        .collect()
}

/// Lower-case words before `start`, nearest first.
fn words_before(text: &str, start: usize, count: usize) -> Vec<String> {
    let before = &text[..start];
    let clause_start = before
        .rfind(['.', ';', '\n', '!', '?'])
        .map(|position| position + 1)
        .unwrap_or(0);
    before[clause_start..]
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty())
        .rev()
        .take(count)
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// Does the capital at `start..end` stand for its government?
pub fn speaks_for_government(text: &str, start: usize, end: usize) -> bool {
    // Possessive: "Islamabad's frustration", "Kabul’s refusal".
    let rest = &text[end..];
    if let Some(after_possessive) = rest
        .strip_prefix("'s ")
        .or_else(|| rest.strip_prefix("’s "))
    {
        let noun = words_after(after_possessive, 0, 2);
        return noun
            .iter()
            .any(|word| STANCE_NOUNS.contains(&word.as_str()));
    }
    // Subject of a government verb, past auxiliaries and adverbs; a coordinated second capital
    // shares the verb ("Islamabad and Kabul said").
    let mut following = words_after(text, end, 6);
    if following.first().is_some_and(|word| word == "and") && following.len() > 2 {
        following.drain(..2);
    }
    let mut after_copula = false;
    for word in following.into_iter().take(5) {
        if GOVERNMENT_VERBS.contains(word.as_str()) {
            return !preceded_by_place_preposition(text, start);
        }
        // "Islamabad was open to dialogue", "Kabul would be responsible": a stance after a
        // copula is the government's; "Kabul was quiet" describes the place.
        if after_copula && STANCE_ADJECTIVES.contains(&word.as_str()) {
            return !preceded_by_place_preposition(text, start);
        }
        after_copula |= COPULAS.contains(&word.as_str());
        if !BETWEEN_SUBJECT_AND_VERB.contains(&word.as_str()) && !COPULAS.contains(&word.as_str()) {
            break;
        }
    }
    // The other party of relations: "relations with Kabul", "pressure on Islamabad",
    // "tensions between Kabul and Islamabad".
    let before = words_before(text, start, 5);
    // "For Islamabad, the insurgency is a crisis": the capital's point of view.
    let clause_opening = before.len() == 1
        && before[0] == "for"
        && text[start..]
            .split_once(char::is_whitespace)
            .is_some_and(|(name, _)| name.ends_with(','));
    if clause_opening {
        return true;
    }
    let linked = before.first().is_some_and(|word| {
        matches!(
            word.as_str(),
            "with" | "on" | "against" | "between" | "and" | "from" | "to" | "over"
        )
    });
    linked
        && before
            .iter()
            .skip(1)
            .any(|word| STANCE_NOUNS.contains(&word.as_str()))
}

/// "in Kabul said" is a place followed by a verb of someone else.
fn preceded_by_place_preposition(text: &str, start: usize) -> bool {
    words_before(text, start, 1).first().is_some_and(|word| {
        matches!(
            word.as_str(),
            "in" | "at"
                | "near"
                | "from"
                | "into"
                | "over"
                | "outside"
                | "inside"
                | "around"
                | "across"
        )
    })
}

/// After a demonym ending at `end`, the end of an actor phrase ("Pakistani security forces",
/// "Afghan officials"), or `None` when no actor noun follows.
pub fn actor_phrase_end(text: &str, end: usize) -> Option<usize> {
    let following = following_words(text, end, 4);
    ACTOR_NOUNS
        .iter()
        .filter(|noun| {
            noun.len() <= following.len()
                && noun
                    .iter()
                    .zip(&following)
                    .all(|(want, (word, _))| word.eq_ignore_ascii_case(want))
        })
        .map(|noun| following[noun.len() - 1].1)
        .max()
}

/// Up to `count` words right after `end`, separated by single spaces only (no punctuation
/// between), each with the byte offset where it ends.
fn following_words(text: &str, end: usize, count: usize) -> Vec<(&str, usize)> {
    let mut words = Vec::new();
    let mut position = end;
    while words.len() < count {
        let rest = &text[position..];
        let Some(after_space) = rest.strip_prefix(' ') else {
            break;
        };
        let length = after_space
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(after_space.len());
        if length == 0 {
            break;
        }
        position += 1 + length;
        words.push((&after_space[..length], position));
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(sentence: &str, capital: &str, expected: bool) {
        let start = sentence.find(capital).unwrap();
        assert_eq!(
            speaks_for_government(sentence, start, start + capital.len()),
            expected,
            "{sentence}"
        );
    }

    #[test]
    fn capitals_that_speak_are_governments() {
        check(
            "Islamabad blames the TTP for most of these assaults.",
            "Islamabad",
            true,
        );
        check("Meanwhile Kabul denies the allegations.", "Kabul", true);
        check(
            "Islamabad has long accused the Taliban of harbouring militants.",
            "Islamabad",
            true,
        );
        check(
            "Islamabad's frustration with Kabul has grown.",
            "Islamabad",
            true,
        );
        check(
            "Islamabad's frustration with Kabul has grown.",
            "Kabul",
            true,
        );
        check(
            "The air force struck targets in Kabul for the first time.",
            "Kabul",
            false,
        );
        check(
            "Talks in Istanbul were held as residents in Kabul said they heard blasts.",
            "Kabul",
            false,
        );
        check(
            "Traffic in Islamabad was heavy on Monday.",
            "Islamabad",
            false,
        );
        check(
            "Islamabad and Kabul said the talks would resume.",
            "Islamabad",
            true,
        );
        check(
            "Washington has made no secret of its interest.",
            "Washington",
            true,
        );
        check(
            "It supported Washington's military campaign.",
            "Washington",
            true,
        );
        check(
            "An official said Islamabad was open to dialogue.",
            "Islamabad",
            true,
        );
        check(
            "Islamabad has been relatively sparing in its comments.",
            "Islamabad",
            true,
        );
        check("Kabul was quiet on Sunday morning.", "Kabul", false);
    }

    #[test]
    fn demonym_phrases_that_act() {
        let text = "Afghan forces attacked posts while Pakistani security forces responded and Afghan refugees fled.";
        let afghan = text.find("Afghan").unwrap() + "Afghan".len();
        assert_eq!(
            actor_phrase_end(text, afghan).map(|end| &text[..end]),
            Some("Afghan forces")
        );
        let pakistani = text.find("Pakistani").unwrap() + "Pakistani".len();
        assert_eq!(
            actor_phrase_end(text, pakistani)
                .map(|end| &text[text.find("Pakistani").unwrap()..end]),
            Some("Pakistani security forces")
        );
        let refugees = text.rfind("Afghan").unwrap() + "Afghan".len();
        assert_eq!(actor_phrase_end(text, refugees), None);
    }
}
