//! English number words ("eleven", "twenty-five", "a dozen") and digit strings ("2,400",
//! "1.5") read into values, shared by the date and quantity readers.

/// The value of a single cardinal number word, lower-cased: "eleven" → 11, "twenty-five" → 25.
/// Scale words ("hundred", "thousand", "lakh") are not here; see [`scale_word`].
pub fn cardinal_word(word: &str) -> Option<u32> {
    let value = match word {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => {
            // Hyphenated compounds such as "twenty-five" or "ninety-nine".
            let (tens, units) = word.split_once('-')?;
            let tens = cardinal_word(tens)?;
            let units = cardinal_word(units)?;
            if tens >= 20 && tens % 10 == 0 && (1..10).contains(&units) {
                tens + units
            } else {
                return None;
            }
        }
    };
    Some(value)
}

/// Multipliers written as words, lower-cased, singular or plural: "million" → 1e6,
/// "crore" → 1e7 (South Asian numbering), "bn" → 1e9.
pub fn scale_word(word: &str) -> Option<f64> {
    let value = match word {
        "hundred" | "hundreds" => 1e2,
        "thousand" | "thousands" | "k" => 1e3,
        "lakh" | "lakhs" | "lac" | "lacs" => 1e5,
        "million" | "millions" | "mn" | "mln" | "m" => 1e6,
        "crore" | "crores" => 1e7,
        "billion" | "billions" | "bn" | "bln" => 1e9,
        "trillion" | "trillions" | "tn" => 1e12,
        _ => return None,
    };
    Some(value)
}

/// A digit string with optional thousands separators and decimals: "2,400" → 2400.0,
/// "2,00,000" (Indian grouping) → 200000.0, "1.5" → 1.5.
pub fn digits_value(digits: &str) -> Option<f64> {
    let mut cleaned = String::with_capacity(digits.len());
    for character in digits.chars() {
        if character != ',' {
            cleaned.push(character);
        }
    }
    cleaned
        .parse::<f64>()
        .ok()
        .filter(|value| value.is_finite())
}

/// Small counts in dates ("the first nine months", "two days ago"): a word, "a"/"an", or digits.
pub fn small_count(word: &str) -> Option<u32> {
    let lowered = word.to_ascii_lowercase();
    match lowered.as_str() {
        "a" | "an" | "one" => Some(1),
        _ => cardinal_word(&lowered).or_else(|| lowered.parse::<u32>().ok()),
    }
}

/// The regex alternation of number words a date phrase may count with ("two", "twenty-one").
pub const NUMBER_WORD_PATTERN: &str = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_and_digits() {
        assert_eq!(cardinal_word("eleven"), Some(11));
        assert_eq!(cardinal_word("twenty-five"), Some(25));
        assert_eq!(cardinal_word("five-twenty"), None);
        assert_eq!(digits_value("2,400"), Some(2400.0));
        assert_eq!(digits_value("2,00,000"), Some(200000.0));
        assert_eq!(small_count("Three"), Some(3));
        assert_eq!(scale_word("crore"), Some(1e7));
    }
}
