//! Hashtags from keyphrases: kebab-case, mostly multi-word, no two the same by stem and none
//! a mere part of another.

use crate::keyphrases::{Keyphrase, Ranking};

/// The most hashtags a card carries, and the fewest it aims for.
pub const MAX_HASHTAGS: usize = 6;
pub const MIN_HASHTAGS: usize = 3;
/// At most this many single-word tags, so the tags stay mostly multi-word.
const MAX_SINGLE_WORD_TAGS: usize = 2;
/// Articles shorter than this get only the tags that clear the quality bar; longer ones are
/// filled up to [`MIN_HASHTAGS`].
const WORDS_FOR_FULL_TAGS: usize = 150;

/// Pick 3–6 hashtags ("#cross-border-strikes") from a keyphrase ranking.
pub fn hashtags(ranking: &Ranking, word_count: usize) -> Vec<String> {
    let Some(top_score) = ranking.phrases.first().map(|phrase| phrase.score) else {
        return Vec::new();
    };
    let mut chosen: Vec<&Keyphrase> = Vec::new();
    let usable = |phrase: &&Keyphrase| kebab_case(&phrase.phrase).is_some();
    // First pass: strong phrases, multi-word ones preferred by a lower bar.
    for phrase in ranking.phrases.iter().filter(usable) {
        if chosen.len() == MAX_HASHTAGS {
            break;
        }
        let multi_word = phrase.stems.len() > 1;
        let bar = if multi_word { 0.25 } else { 0.5 };
        let singles = chosen.iter().filter(|taken| taken.stems.len() == 1).count();
        if phrase.score < bar * top_score || (!multi_word && singles == MAX_SINGLE_WORD_TAGS) {
            continue;
        }
        if !overlaps_any(phrase, &chosen) {
            chosen.push(phrase);
        }
    }
    // Second pass for full articles: fill up to the minimum from whatever ranks next.
    if word_count >= WORDS_FOR_FULL_TAGS {
        for phrase in ranking.phrases.iter().filter(usable) {
            if chosen.len() >= MIN_HASHTAGS {
                break;
            }
            if !overlaps_any(phrase, &chosen) {
                chosen.push(phrase);
            }
        }
    }
    chosen
        .iter()
        .filter_map(|phrase| kebab_case(&phrase.phrase))
        .map(|tag| format!("#{tag}"))
        .collect()
}

/// A phrase overlaps a chosen one when either one's stems all occur in the other
/// ("taliban" and "afghan taliban"), which covers two tags being the same phrase by stem.
fn overlaps_any(phrase: &Keyphrase, chosen: &[&Keyphrase]) -> bool {
    chosen.iter().any(|taken| {
        phrase.stems.iter().all(|stem| taken.stems.contains(stem))
            || taken.stems.iter().all(|stem| phrase.stems.contains(stem))
    })
}

/// A phrase as a kebab-case tag body ("cross-border strikes" gives "cross-border-strikes"):
/// lower-case ASCII letters and digits joined by single hyphens. Common Latin accents are
/// folded ("Açaí" gives "acai"); a phrase with other letters gives `None`.
pub fn kebab_case(phrase: &str) -> Option<String> {
    let mut tag = String::new();
    for character in phrase.chars().flat_map(char::to_lowercase) {
        let folded = fold_accent(character);
        if folded.is_ascii_alphanumeric() {
            tag.push(folded);
        } else if folded.is_alphanumeric() {
            return None;
        } else if folded == '\'' {
            continue;
        } else if !tag.is_empty() && !tag.ends_with('-') {
            tag.push('-');
        }
    }
    while tag.ends_with('-') {
        tag.pop();
    }
    (!tag.is_empty()).then_some(tag)
}

fn fold_accent(character: char) -> char {
    match character {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(phrase: &str, expected: Option<&str>) {
        assert_eq!(kebab_case(phrase).as_deref(), expected);
    }

    #[test]
    fn kebab_cases_phrases() {
        check("cross-border strikes", Some("cross-border-strikes"));
        check("pakistan's military", Some("pakistans-military"));
        check("São Paulo", Some("sao-paulo"));
        check("Кабул", None);
        check("--", None);
    }
}
