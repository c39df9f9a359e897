//! Normalised keys: the forms under which names are compared, so that spelling variants of one
//! name meet. Two levels, both documented in `crates/kb/data/README.md`:
//!
//! * the **exact key** folds only what never distinguishes two names: letter case, Latin
//!   diacritics, apostrophes, hyphens, dashes, runs of spaces and the dots of abbreviations
//!   ("U.S." → "us", "Côte d'Ivoire" → "cote d ivoire", "Tehrik-i-Taliban" → "tehrik i taliban");
//! * the **fuzzy key** also folds the transliteration variants of names written first in Arabic,
//!   Urdu, Pashto or Persian script: every run of vowels (with `y` after a letter counted as a
//!   vowel) becomes `a`, doubled consonants collapse, and a lone vowel word (the izafat "e"/"i"
//!   of "Tehreek-e-Taliban") disappears. So "Tehreek-e-Taliban", "Tehrik-i-Taliban" and "Tehrik
//!   Taliban" share one fuzzy key, as do "Hezbollah" and "Hizbullah", "al-Qaeda" and "al-Qaida".
//!
//! Every key is built from a text with a map from each key byte back to the text's byte range,
//! so a match in the key gives back a span of the original text.

/// A normalised form of a text plus, for each byte of the form, the byte range of the original
/// character it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyedText {
    pub key: String,
    pub original_starts: Vec<usize>,
    pub original_ends: Vec<usize>,
    /// Whether the map back to the text is kept: keys of names (built by the hundred thousand
    /// when the gazetteer loads) need none.
    tracks_offsets: bool,
}

impl KeyedText {
    fn push(&mut self, character: char, original_start: usize, original_end: usize) {
        let before = self.key.len();
        self.key.push(character);
        if !self.tracks_offsets {
            return;
        }
        for _ in before..self.key.len() {
            self.original_starts.push(original_start);
            self.original_ends.push(original_end);
        }
    }

    fn ends_with_separator(&self) -> bool {
        self.key.is_empty() || self.key.ends_with(is_separator)
    }

    /// The original byte range behind the key byte range `start..end`.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        (self.original_starts[start], self.original_ends[end - 1])
    }
}

/// The exact key of a name (see the module documentation).
pub fn exact_key(name: &str) -> String {
    exact_keyed_with(name, false).key
}

/// The fuzzy key of a name (see the module documentation).
pub fn fuzzy_key(name: &str) -> String {
    fuzzy_keyed(&exact_keyed(name)).key
}

/// The exact key of a text with its map back to the text.
pub fn exact_keyed(text: &str) -> KeyedText {
    exact_keyed_with(text, true)
}

fn exact_keyed_with(text: &str, tracks_offsets: bool) -> KeyedText {
    let mut keyed = KeyedText {
        tracks_offsets,
        ..KeyedText::default()
    };
    keyed.key.reserve(text.len());
    if tracks_offsets {
        keyed.original_starts.reserve(text.len());
        keyed.original_ends.reserve(text.len());
    }
    let mut previous: Option<char> = None;
    let mut before_previous: Option<char> = None;
    let mut indices = text.char_indices().peekable();
    while let Some((start, character)) = indices.next() {
        let end = indices.peek().map_or(text.len(), |(next, _)| *next);
        if character.is_ascii_alphanumeric() {
            // The common case, kept short: the gazetteer keys a hundred thousand names at load.
            keyed.push(character.to_ascii_lowercase(), start, end);
        } else if character.is_alphanumeric() {
            match fold_letter(character) {
                Some(folded) => {
                    for folded_char in folded.chars() {
                        keyed.push(folded_char, start, end);
                    }
                }
                None => {
                    for lower in character.to_lowercase() {
                        keyed.push(lower, start, end);
                    }
                }
            }
        } else if character == '.' && is_abbreviation_dot(previous, before_previous) {
            // "U.S." and "US" are one name; the dot after a lone letter is part of it, so the
            // span of a name ending in one ends after the dot.
            if let Some(last_end) = keyed.original_ends.last_mut() {
                if *last_end == start {
                    *last_end = end;
                }
            }
        } else if is_line_break(character) {
            // A line break is a hard separator: no name runs from a headline into the next
            // line, or from one paragraph into another.
            if keyed.key.ends_with(' ') {
                keyed.key.pop();
                keyed.key.push('\n');
            } else if !keyed.key.is_empty() && !keyed.key.ends_with('\n') {
                keyed.push('\n', start, end);
            }
        } else if !keyed.ends_with_separator() {
            keyed.push(' ', start, end);
        }
        before_previous = previous;
        previous = Some(character);
    }
    if keyed.key.ends_with(is_separator) {
        keyed.key.pop();
        if tracks_offsets {
            keyed.original_starts.pop();
            keyed.original_ends.pop();
        }
    }
    keyed
}

/// A dot right after a single letter that itself follows a non-letter ("U." in "U.S.").
fn is_abbreviation_dot(previous: Option<char>, before_previous: Option<char>) -> bool {
    matches!(previous, Some(letter) if letter.is_alphabetic())
        && !matches!(before_previous, Some(letter) if letter.is_alphabetic())
}

/// The fuzzy key of an exact-keyed text, keeping the map back to the original text.
pub fn fuzzy_keyed(exact: &KeyedText) -> KeyedText {
    let characters: Vec<(char, usize, usize)> = exact
        .key
        .char_indices()
        .map(|(index, character)| {
            (
                character,
                exact.original_starts[index],
                exact.original_ends[index],
            )
        })
        .collect();
    // First pass: fold vowel runs and collapse doubled letters, word by word.
    let mut folded: Vec<(char, usize, usize)> = Vec::with_capacity(characters.len());
    for (index, &(character, start, end)) in characters.iter().enumerate() {
        let previous = folded.last().copied();
        let previous_is_letter = index > 0 && characters[index - 1].0.is_alphabetic();
        let is_vowel = matches!(character, 'a' | 'e' | 'i' | 'o' | 'u')
            || (character == 'y' && previous_is_letter);
        let replacement = if is_vowel { 'a' } else { character };
        match previous {
            Some((last, last_start, _)) if last == replacement && !is_separator(replacement) => {
                // A vowel run or a doubled letter: widen the previous character's range.
                let last_index = folded.len() - 1;
                folded[last_index] = (last, last_start, end);
            }
            _ => folded.push((replacement, start, end)),
        }
    }
    // Second pass: drop lone "a" words (the folded izafat "e"/"i", or an "a"/"o" connector).
    let mut keyed = KeyedText {
        tracks_offsets: true,
        ..KeyedText::default()
    };
    let mut index = 0;
    while index < folded.len() {
        let (character, start, end) = folded[index];
        // Only between two spaces: a lone "a" next to a line break stays, so no key joins lines.
        let between_spaces = index > 0
            && index + 1 < folded.len()
            && folded[index - 1].0 == ' '
            && folded[index + 1].0 == ' ';
        if character == 'a' && between_spaces {
            // Skip the word and the space after it, so "x a y" becomes "x y".
            index += 2;
            continue;
        }
        keyed.push(character, start, end);
        index += 1;
    }
    keyed
}

/// The two separators of a key: a space between words, a line break between lines.
pub fn is_separator(character: char) -> bool {
    character == ' ' || character == '\n'
}

fn is_line_break(character: char) -> bool {
    matches!(character, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Latin letters with diacritics (and a few ligatures and transliteration marks) folded to
/// plain ASCII. Covers the Latin-1, Latin Extended-A and common romanisation letters news text
/// carries; anything else is only lower-cased.
fn fold_letter(character: char) -> Option<&'static str> {
    let folded = match character {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' => "a",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'ḍ' | 'đ' | 'Ď' | 'Đ' | 'Ḍ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' => {
            "e"
        }
        'ğ' | 'Ğ' => "g",
        'ḥ' | 'Ḥ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'İ' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => "i",
        'ł' | 'ľ' | 'Ł' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' => {
            "o"
        }
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'ṣ' | 'Ś' | 'Š' | 'Ş' | 'Ș' | 'Ṣ' => "s",
        'ť' | 'ţ' | 'ț' | 'ṭ' | 'Ť' | 'Ţ' | 'Ț' | 'Ṭ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ź' | 'ż' | 'ž' | 'ẓ' | 'Ź' | 'Ż' | 'Ž' => "z",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ß' => "ss",
        'þ' | 'Þ' => "th",
        _ => return None,
    };
    Some(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_exact(input: &str, expected: &str) {
        assert_eq!(exact_key(input), expected, "exact key of {input:?}");
    }

    fn check_fuzzy(input: &str, expected: &str) {
        assert_eq!(fuzzy_key(input), expected, "fuzzy key of {input:?}");
    }

    #[test]
    fn exact_key_folds_case_diacritics_and_punctuation() {
        check_exact("Tehrik-i-Taliban  Pakistan", "tehrik i taliban pakistan");
        check_exact("Côte d’Ivoire", "cote d ivoire");
        check_exact("U.S.", "us");
        check_exact("Pakistan's", "pakistan s");
        check_exact("São Tomé", "sao tome");
        check_exact("  --  ", "");
        check_exact("St.\nLouis", "st\nlouis");
        check_exact("end. \n\n Next", "end\nnext");
    }

    #[test]
    fn fuzzy_key_meets_transliteration_variants() {
        check_fuzzy("Tehreek-e-Taliban Pakistan", "tahrak talaban pakastan");
        check_fuzzy("Tehrik-i-Taliban Pakistan", "tahrak talaban pakastan");
        check_fuzzy("Tehrik Taliban Pakistan", "tahrak talaban pakastan");
        check_fuzzy("Hezbollah", "hazbalah");
        check_fuzzy("Hizbullah", "hazbalah");
        check_fuzzy("al-Qaida", fuzzy_key("Al Qaeda").as_str());
        check_fuzzy("Lashkar-e-Tayyiba", fuzzy_key("Lashkar-e-Taiba").as_str());
    }

    #[test]
    fn key_bytes_map_back_to_the_original_text() {
        let text = "The Tehreek-e-Taliban's men";
        let keyed = fuzzy_keyed(&exact_keyed(text));
        let found = keyed.key.find("tahrak talaban").unwrap();
        let (start, end) = keyed.original_range(found, found + "tahrak talaban".len());
        assert_eq!(&text[start..end], "Tehreek-e-Taliban");
    }
}
