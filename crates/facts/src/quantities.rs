//! Quantities in news prose ("more than 2,400 deaths", "killed 11 security personnel and two
//! civilians", "$2 billion", "dozens of families"), each with its value or range, how
//! approximate it is, and what it counts.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Serialize;

use crate::lexicon::{fielded_entries, word_list};
use crate::numbers::{cardinal_word, digits_value, scale_word};

/// One number in a text with what it counts, as a byte range of that text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    /// The number as written, with its modifier and currency ("more than 2,400", "$2 billion").
    pub text: String,
    pub low: f64,
    /// Equal to `low` unless the text gave a range ("10 to 15") or a vague plural ("dozens").
    pub high: f64,
    pub approx: Approx,
    pub counts: Counts,
    /// The counted noun, lower-cased, when one followed the number ("security personnel").
    pub noun: Option<String>,
}

/// How the text hedged the number (the contract's type).
pub use model::Approx;

/// What a quantity counts. What happened to those counted (killed, injured…) wins over who
/// they were, which is kept in `Quantity::noun`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Counts {
    Killed,
    Injured,
    Displaced,
    Arrested,
    Missing,
    Soldiers,
    SecurityPersonnel,
    Militants,
    Civilians,
    People,
    /// A sum of money; `currency` is an ISO 4217 code where the symbol allows one ("USD" for
    /// "$"), else the symbol as written ("Rs", shared by several rupees).
    Money {
        currency: String,
    },
    Percent,
    /// Some other noun followed the number ("15 kilometres" → "kilometres").
    Other(String),
    Unknown,
}

/// Every quantity in `text`, in text order. Years, dates, times, ordinals and numbers that
/// are part of names ("F-16", "Article 370") are left out. Demonyms are known only when
/// capitalised; see [`quantities_with_demonyms`].
pub fn quantities(text: &str) -> Vec<Quantity> {
    quantities_with_demonyms(text, &|_| false)
}

/// [`quantities`], skipping the demonyms `is_demonym` knows (the knowledge base's states'
/// demonyms, lower-cased: "afghan") between a number and its noun even when written in lower
/// case ("15 afghan civilians").
pub fn quantities_with_demonyms(text: &str, is_demonym: &dyn Fn(&str) -> bool) -> Vec<Quantity> {
    let tokens = tokenize(text);
    let date_spans: Vec<(usize, usize)> = crate::dates::dates(text, None)
        .into_iter()
        .map(|mention| (mention.start, mention.end))
        .collect();
    let mut found = Vec::new();
    let mut index = 0;
    while index < tokens.len() {
        match read_quantity(text, &tokens, index, &date_spans, is_demonym) {
            Some((mut quantity, next_index)) => {
                if let Some(previous) = found.last() {
                    inherit_outcome(text, previous, &mut quantity);
                }
                found.push(quantity);
                index = next_index.max(index + 1);
            }
            None => index += 1,
        }
    }
    share_coordinated_outcome(text, &mut found);
    found
}

/// "11 security personnel and two civilians were killed": counts joined by "and" share the
/// outcome the last of them carries. Walks backwards so a chain of three shares it too.
fn share_coordinated_outcome(text: &str, found: &mut [Quantity]) {
    for index in (0..found.len().saturating_sub(1)).rev() {
        let (head, tail) = found.split_at_mut(index + 1);
        let (earlier, later) = (&mut head[index], &tail[0]);
        let is_group = matches!(
            earlier.counts,
            Counts::Soldiers
                | Counts::SecurityPersonnel
                | Counts::Militants
                | Counts::Civilians
                | Counts::People
        );
        let later_is_outcome = matches!(
            later.counts,
            Counts::Killed
                | Counts::Injured
                | Counts::Displaced
                | Counts::Arrested
                | Counts::Missing
        );
        if !is_group || !later_is_outcome || earlier.end > later.start {
            continue;
        }
        let between = &text[earlier.end..later.start];
        let joined = between.ends_with(" and ") || between.ends_with(", ");
        if joined && between.len() <= 40 && !between.contains(['.', ';', '\n']) {
            earlier.counts = later.counts.clone();
        }
    }
}

/// "killed at least 11 people, including five children": a part of a count shares what
/// happened to the whole.
fn inherit_outcome(text: &str, previous: &Quantity, quantity: &mut Quantity) {
    let is_outcome = |counts: &Counts| {
        matches!(
            counts,
            Counts::Killed
                | Counts::Injured
                | Counts::Displaced
                | Counts::Arrested
                | Counts::Missing
        )
    };
    let is_group = matches!(
        quantity.counts,
        Counts::Soldiers
            | Counts::SecurityPersonnel
            | Counts::Militants
            | Counts::Civilians
            | Counts::People
    );
    if !is_group || !is_outcome(&previous.counts) || previous.end > quantity.start {
        return;
    }
    let between = text[previous.end..quantity.start].to_lowercase();
    let links_part = [
        "including",
        "among them",
        "among whom",
        "of whom",
        "of them",
    ]
    .iter()
    .any(|link| between.contains(link));
    if links_part && between.len() <= 80 && !between.contains(['.', ';', '\n']) {
        quantity.counts = previous.counts.clone();
    }
}

#[cfg(test)]
mod coordination_tests {
    use super::*;

    #[test]
    fn coordinated_counts_share_the_outcome() {
        let found =
            quantities("Officials said 11 security personnel and two civilians were killed.");
        let counts: Vec<&Counts> = found.iter().map(|quantity| &quantity.counts).collect();
        assert_eq!(counts, [&Counts::Killed, &Counts::Killed]);
        assert_eq!(found[0].noun.as_deref(), Some("security personnel"));
        let found = quantities("The strike killed 11 soldiers and wounded 20 civilians.");
        assert_eq!(found[0].counts, Counts::Killed);
        assert_eq!(found[1].counts, Counts::Injured);
    }
}

/// Is `word` (lower-case) a noun that counts things, such that a year-like number before it
/// is a count ("in 2000 people") rather than a year?
pub fn is_count_noun(word: &str) -> bool {
    COUNT_NOUNS.contains_key(word)
        || matches!(
            word,
            "km" | "kilometres"
                | "kilometers"
                | "miles"
                | "metres"
                | "meters"
                | "feet"
                | "tonnes"
                | "tons"
                | "acres"
                | "hectares"
                | "units"
                | "cases"
                | "homes"
                | "houses"
                | "votes"
                | "villages"
                | "vehicles"
                | "trucks"
                | "rockets"
                | "shells"
                | "drones"
                | "posts"
        )
}

// ---- Lexicons ----

#[derive(Debug, Clone, PartialEq, Eq)]
enum NounClass {
    Outcome(Outcome),
    Group(Counts),
    Percent,
    Money(String),
    /// A unit of more than one word ("terawatt hours"): counted as itself.
    Unit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Killed,
    Injured,
    Displaced,
    Arrested,
    Missing,
}

impl Outcome {
    fn from_name(name: &str) -> Option<Outcome> {
        Some(match name {
            "killed" => Outcome::Killed,
            "injured" => Outcome::Injured,
            "displaced" => Outcome::Displaced,
            "arrested" => Outcome::Arrested,
            "missing" => Outcome::Missing,
            _ => return None,
        })
    }

    fn counts(self) -> Counts {
        match self {
            Outcome::Killed => Counts::Killed,
            Outcome::Injured => Counts::Injured,
            Outcome::Displaced => Counts::Displaced,
            Outcome::Arrested => Counts::Arrested,
            Outcome::Missing => Counts::Missing,
        }
    }
}

static COUNT_NOUNS: LazyLock<HashMap<String, NounClass>> = LazyLock::new(|| {
    let mut nouns = HashMap::new();
    for fields in fielded_entries(include_str!("../data/count_nouns.txt")) {
        let [phrase, class] = fields[..] else {
            panic!("count_nouns.txt: expected `phrase | class`, got {fields:?}");
        };
        let class = if let Some(code) = class.strip_prefix("money:") {
            NounClass::Money(code.to_string())
        } else if let Some(outcome) = Outcome::from_name(class) {
            NounClass::Outcome(outcome)
        } else if class == "percent" {
            NounClass::Percent
        } else if class == "unit" {
            NounClass::Unit
        } else {
            NounClass::Group(match class {
                "soldiers" => Counts::Soldiers,
                "security" => Counts::SecurityPersonnel,
                "militants" => Counts::Militants,
                "civilians" => Counts::Civilians,
                "people" => Counts::People,
                other => panic!("count_nouns.txt: unknown class {other}"),
            })
        };
        nouns.insert(phrase.to_string(), class);
    }
    for currency in CURRENCIES.iter() {
        for noun in &currency.nouns {
            nouns
                .entry(noun.to_string())
                .or_insert_with(|| NounClass::Money(currency.value.to_string()));
        }
    }
    nouns
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Before,
    After,
    Both,
}

/// Outcome phrases keyed by their first word; each entry holds the whole phrase's words.
/// One outcome phrase: its words, what it means, and where it may stand.
type OutcomePhrase = (Vec<&'static str>, Outcome, Side);

static OUTCOME_WORDS: LazyLock<HashMap<&'static str, Vec<OutcomePhrase>>> = LazyLock::new(|| {
    let mut words: HashMap<&'static str, Vec<OutcomePhrase>> = HashMap::new();
    for fields in fielded_entries(include_str!("../data/outcome_words.txt")) {
        let [phrase, outcome, side] = fields[..] else {
            panic!("outcome_words.txt: expected `phrase | outcome | side`, got {fields:?}");
        };
        let outcome = Outcome::from_name(outcome)
            .unwrap_or_else(|| panic!("outcome_words.txt: unknown outcome {outcome}"));
        let side = match side {
            "before" => Side::Before,
            "after" => Side::After,
            "both" => Side::Both,
            other => panic!("outcome_words.txt: unknown side {other}"),
        };
        let phrase_words: Vec<&'static str> = phrase.split_whitespace().collect();
        words
            .entry(phrase_words[0])
            .or_default()
            .push((phrase_words, outcome, side));
    }
    words
});

word_list!(
    NOUN_MODIFIERS,
    "noun_modifiers.txt",
    "Words that may stand between a number and its noun without being the noun."
);

word_list!(
    UNITS,
    "units_after_digits.txt",
    "Units written straight after digits (\"10km\")."
);

word_list!(
    ADJECTIVE_ENDINGS,
    "adjective_endings.txt",
    "Endings of adjectives and adverbs that sit before a counted noun."
);

word_list!(
    AUXILIARIES,
    "auxiliaries.txt",
    "Words between a counted noun and its verb (\"15 civilians were reportedly killed\")."
);

word_list!(
    NOT_NOUNS,
    "not_nouns.txt",
    "Words that end the search for a noun: function words and common verbs."
);

word_list!(
    REFERENCE_WORDS,
    "reference_words.txt",
    "Words before a number that make it part of a name or a reference, not a count."
);

/// Hedges before a number, in `data/hedges.txt` order (the first that matches wins).
static HEDGES: LazyLock<Vec<(&'static str, Approx)>> = LazyLock::new(|| {
    fielded_entries(include_str!("../data/hedges.txt"))
        .map(|fields| {
            let [phrase, approx] = fields[..] else {
                panic!("hedges.txt: expected `phrase | approx`, got {fields:?}");
            };
            let approx = match approx {
                "at_least" => Approx::AtLeast,
                "more_than" => Approx::MoreThan,
                "at_most" => Approx::AtMost,
                "less_than" => Approx::LessThan,
                "about" => Approx::About,
                other => panic!("hedges.txt: unknown approx {other}"),
            };
            (phrase, approx)
        })
        .collect()
});

// ---- Tokens ----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokenKind {
    Word,
    Number,
    Symbol,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    kind: TokenKind,
}

/// Words (letters with inner hyphens or apostrophes), numbers (digits with inner commas or
/// decimal points) and single-character symbols, with byte offsets; spaces are dropped.
fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    while let Some((start, character)) = chars.next() {
        if character == '\n' {
            // Line breaks end phrases: a number never counts a noun on the next line.
            tokens.push(Token {
                start,
                end: start + 1,
                kind: TokenKind::Symbol,
            });
            continue;
        }
        if character.is_whitespace() {
            continue;
        }
        let kind = if character.is_ascii_digit() {
            TokenKind::Number
        } else if character.is_alphabetic() {
            TokenKind::Word
        } else {
            tokens.push(Token {
                start,
                end: start + character.len_utf8(),
                kind: TokenKind::Symbol,
            });
            continue;
        };
        let mut end = start + character.len_utf8();
        while let Some(&(position, next)) = chars.peek() {
            let continues = match kind {
                TokenKind::Number => {
                    next.is_ascii_digit()
                        || (matches!(next, ',' | '.')
                            && bytes.get(position + 1).is_some_and(u8::is_ascii_digit))
                }
                _ => {
                    next.is_alphabetic()
                        || (matches!(next, '-' | '\'' | '’')
                            && text[position + next.len_utf8()..]
                                .chars()
                                .next()
                                .is_some_and(char::is_alphabetic))
                }
            };
            if !continues {
                break;
            }
            end = position + next.len_utf8();
            chars.next();
        }
        tokens.push(Token { start, end, kind });
    }
    tokens
}

fn token_text<'a>(text: &'a str, token: &Token) -> &'a str {
    &text[token.start..token.end]
}

fn lower(text: &str, token: &Token) -> String {
    token_text(text, token).to_lowercase()
}

fn is_word(tokens: &[Token], index: usize) -> bool {
    tokens
        .get(index)
        .is_some_and(|token| token.kind == TokenKind::Word)
}

fn word_is(text: &str, tokens: &[Token], index: usize, word: &str) -> bool {
    is_word(tokens, index) && token_text(text, &tokens[index]).eq_ignore_ascii_case(word)
}

fn symbol_is(text: &str, tokens: &[Token], index: usize, symbols: &[&str]) -> bool {
    tokens.get(index).is_some_and(|token| {
        token.kind == TokenKind::Symbol && symbols.contains(&token_text(text, token))
    })
}

fn adjacent(tokens: &[Token], left: usize, right: usize) -> bool {
    tokens[left].end == tokens[right].start
}

// ---- Reading one quantity ----

struct Amount {
    low: f64,
    high: f64,
    /// Token index just after the amount.
    next: usize,
    indefinite: bool,
    written_in_words: bool,
    /// The amount is just "one", which is too often a pronoun to count without a noun.
    lone_one: bool,
    has_scale: bool,
}

fn read_quantity(
    text: &str,
    tokens: &[Token],
    index: usize,
    date_spans: &[(usize, usize)],
    is_demonym: &dyn Fn(&str) -> bool,
) -> Option<(Quantity, usize)> {
    let first = tokens[index];
    // A currency before the number: "$2 billion", "Rs 500 crore", "US$ 5".
    let (currency, amount_index) = match currency_prefix(text, tokens, index) {
        Some((currency, next)) => (Some(currency), next),
        None => (None, index),
    };
    let amount_token = tokens.get(amount_index)?;
    if inside_spans(date_spans, amount_token.start, amount_token.end) {
        return None;
    }
    if amount_token.kind == TokenKind::Number && !number_may_count(text, tokens, amount_index) {
        return None;
    }
    if amount_token.kind == TokenKind::Number
        && (in_tally(text, tokens, amount_index)
            || is_phone_number(text, tokens, amount_index)
            || is_house_number(text, tokens, amount_index))
    {
        return None;
    }
    let mut amount = read_amount(text, tokens, amount_index)?;
    // Ranges: "10 to 15", "10-15", "between 10 and 15".
    let hedge = hedge_before(text, tokens, index);
    let between = hedge.is_none() && index > 0 && word_is(text, tokens, index - 1, "between");
    let range_words: &[&str] = if between { &["and"] } else { &["to"] };
    let joins = symbol_is(text, tokens, amount.next, &["-", "–", "—"])
        || range_words
            .iter()
            .any(|word| word_is(text, tokens, amount.next, word));
    let changes_from = index > 0 && word_is(text, tokens, index - 1, "from");
    if joins && !changes_from && amount.next + 1 < tokens.len() {
        let second_index = amount.next + 1;
        let second_token = tokens[second_index];
        if !inside_spans(date_spans, second_token.start, second_token.end) {
            if let Some(second) = read_amount(text, tokens, second_index) {
                if second.written_in_words == amount.written_in_words && !second.indefinite {
                    let scale = if second.has_scale && !amount.has_scale {
                        second.low / second_base(text, tokens, second_index).unwrap_or(second.low)
                    } else {
                        1.0
                    };
                    let low = amount.low * scale;
                    if second.high > low {
                        amount.low = low;
                        amount.high = second.high;
                        amount.next = second.next;
                        amount.has_scale |= second.has_scale;
                    }
                }
            }
        }
    }
    // The year test needs to know whether a count noun follows, so it runs after the noun.
    let mut end_index = amount.next;
    if symbol_is(text, tokens, end_index, &["-"]) && word_is(text, tokens, end_index + 1, "strong")
    {
        end_index += 2;
    }
    let mut counts: Option<Counts> = None;
    let mut currency = currency;
    // "15%", "15 percent", "15 per cent".
    if symbol_is(text, tokens, end_index, &["%"]) {
        counts = Some(Counts::Percent);
        end_index += 1;
    }
    let noun = if counts.is_none() {
        find_noun(text, tokens, end_index, amount.indefinite, is_demonym)
    } else {
        NounHit::default()
    };
    match &noun.class {
        Some(NounClass::Percent) => {
            counts = Some(Counts::Percent);
            end_index = noun.next;
        }
        Some(NounClass::Money(code)) if currency.is_none() => {
            currency = Some(code.clone());
            end_index = noun.next;
        }
        _ => {}
    }
    if let Some(currency) = currency {
        counts = Some(Counts::Money { currency });
    }
    let is_year_like = amount_token.kind == TokenKind::Number
        && !amount.has_scale
        && counts.is_none()
        && noun.class.is_none()
        && looks_like_year(token_text(text, amount_token));
    if is_year_like {
        return None;
    }
    let counts = match counts {
        Some(counts) => counts,
        None => {
            let after_outcome = outcome_after(text, tokens, noun.next.max(end_index));
            let noun_outcome = match &noun.class {
                Some(NounClass::Outcome(outcome)) => Some(*outcome),
                _ => noun.outcome,
            };
            let before_outcome = outcome_before(text, tokens, index);
            let outcome = after_outcome.or(noun_outcome).or(before_outcome);
            match (outcome, &noun.class, &noun.word) {
                (Some(outcome), _, _) => outcome.counts(),
                (None, Some(NounClass::Group(group)), _) => group.clone(),
                (None, _, Some(word)) => Counts::Other(word.clone()),
                (None, _, None) => Counts::Unknown,
            }
        }
    };
    let has_lexicon_noun = matches!(
        noun.class,
        Some(NounClass::Group(_) | NounClass::Outcome(_))
    );
    let is_counted = !matches!(counts, Counts::Unknown | Counts::Other(_));
    if amount.lone_one && !has_lexicon_noun && !is_counted {
        return None;
    }
    if amount.written_in_words && matches!(counts, Counts::Unknown) {
        return None;
    }
    // "Taliban 2.0", "Vision 2030": a bare number after a name is part of the name.
    if matches!(counts, Counts::Unknown) && follows_name(text, tokens, index) {
        return None;
    }
    // Vague words count only with a noun from the lexicon or an outcome ("several people").
    if amount.indefinite && !amount.has_scale && !is_counted && noun.word.is_none() {
        return None;
    }
    let (start, approx) = match hedge {
        Some((hedge_index, approx)) => (tokens[hedge_index].start, approx),
        None if amount.indefinite => (first.start, Approx::Indefinite),
        None if between => (tokens[index - 1].start, Approx::Exact),
        None => (first.start, Approx::Exact),
    };
    // "a few" starts at its article.
    let start = if hedge.is_none()
        && word_is(text, tokens, index, "few")
        && index > 0
        && word_is(text, tokens, index - 1, "a")
    {
        tokens[index - 1].start
    } else {
        start
    };
    let approx = if amount.indefinite {
        Approx::Indefinite
    } else {
        approx
    };
    let approx = if approx == Approx::Exact && is_about_word(text, tokens, amount_index) {
        Approx::About
    } else {
        approx
    };
    let end = tokens[end_index.max(amount.next) - 1].end;
    let quantity = Quantity {
        start,
        end,
        text: text[start..end].to_string(),
        low: amount.low,
        high: amount.high,
        approx,
        counts,
        noun: noun
            .word
            .clone()
            .filter(|_| !matches!(noun.class, Some(NounClass::Percent | NounClass::Money(_)))),
    };
    let next = if noun.partitive {
        noun.next.max(end_index).max(amount.next)
    } else {
        end_index.max(amount.next)
    };
    Some((quantity, next))
}

/// Does `start..end` overlap one of `spans`? The spans are date mentions: sorted and
/// disjoint, so a binary search finds the only one that can overlap.
fn inside_spans(spans: &[(usize, usize)], start: usize, end: usize) -> bool {
    let after = spans.partition_point(|&(span_start, _)| span_start < end);
    after > 0 && spans[after - 1].1 > start
}

fn looks_like_year(digits: &str) -> bool {
    digits.len() == 4
        && digits
            .parse::<u32>()
            .is_ok_and(|year| (1900..=2100).contains(&year))
}

/// "a dozen" and "a hundred" are round figures, not exact ones.
fn is_about_word(text: &str, tokens: &[Token], index: usize) -> bool {
    word_is(text, tokens, index, "a") || word_is(text, tokens, index, "an")
}

/// The value of the amount at `index` before any scale word, for scaling the first half of
/// "10 to 15 million".
fn second_base(text: &str, tokens: &[Token], index: usize) -> Option<f64> {
    let token = tokens.get(index)?;
    match token.kind {
        TokenKind::Number => digits_value(token_text(text, token)),
        _ => cardinal_word(&lower(text, token)).map(f64::from),
    }
}

/// One currency of `data/currencies.txt`.
struct Currency {
    /// What a sum records as its currency: the ISO code, or a shared symbol as written.
    value: &'static str,
    symbols: Vec<&'static str>,
    nouns: Vec<&'static str>,
    /// Does the upper-case code before a number name the currency ("USD 5")?
    code_reads_as_prefix: bool,
}

static CURRENCIES: LazyLock<Vec<Currency>> = LazyLock::new(|| {
    fielded_entries(include_str!("../data/currencies.txt"))
        .map(|fields| {
            let [value, _iso_name, symbols, nouns, prefix] = fields[..] else {
                panic!("currencies.txt: expected five fields, got {fields:?}");
            };
            Currency {
                value,
                symbols: symbols.split_whitespace().collect(),
                nouns: nouns
                    .split(',')
                    .map(str::trim)
                    .filter(|noun| !noun.is_empty())
                    .collect(),
                code_reads_as_prefix: match prefix {
                    "yes" => true,
                    "no" => false,
                    other => panic!("currencies.txt: prefix must be yes or no, got {other}"),
                },
            }
        })
        .collect()
});

/// Symbols, abbreviations and upper-case codes written before a number, to the currency.
static CURRENCY_PREFIXES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut prefixes = HashMap::new();
    for currency in CURRENCIES.iter() {
        if currency.code_reads_as_prefix {
            prefixes.insert(currency.value, currency.value);
        }
    }
    // A symbol wins over a code spelled the same.
    for currency in CURRENCIES.iter() {
        for symbol in &currency.symbols {
            prefixes.insert(*symbol, currency.value);
        }
    }
    prefixes
});

/// A currency symbol or code before a number, with the index of the number.
fn currency_prefix(text: &str, tokens: &[Token], index: usize) -> Option<(String, usize)> {
    let token = tokens[index];
    let token_str = token_text(text, &token);
    let (code, mut next) = if token.kind == TokenKind::Word
        && token_str == "US"
        && symbol_is(text, tokens, index + 1, &["$"])
    {
        ("USD", index + 2)
    } else {
        (*CURRENCY_PREFIXES.get(token_str)?, index + 1)
    };
    // "Rs. 500".
    if symbol_is(text, tokens, next, &["."]) && token_str == "Rs" {
        next += 1;
    }
    let number = tokens.get(next)?;
    let is_amount = number.kind == TokenKind::Number;
    is_amount.then(|| (code.to_string(), next))
}

/// Rules out numbers that are parts of names, times or ordinals.
fn number_may_count(text: &str, tokens: &[Token], index: usize) -> bool {
    // "F-16", "COVID-19", "G20", "#5", "10:30", "3/4", "1.2.3".
    if index > 0 && adjacent(tokens, index - 1, index) {
        let previous = tokens[index - 1];
        match previous.kind {
            TokenKind::Word | TokenKind::Number => return false,
            TokenKind::Symbol => {
                let symbol = token_text(text, &previous);
                if symbol == "#" {
                    return false;
                }
                let joined_to_token_before = index > 1
                    && adjacent(tokens, index - 2, index - 1)
                    && tokens[index - 2].kind != TokenKind::Symbol;
                if matches!(symbol, "-" | "/" | "." | ":") && joined_to_token_before {
                    // "10-15" is a range, read from its first number.
                    if tokens[index - 2].kind == TokenKind::Word || symbol != "-" {
                        return false;
                    }
                }
            }
        }
    }
    // "15th", "3rd", "10:30", "5pm".
    if let Some(next) = tokens.get(index + 1) {
        let next_text = token_text(text, next).to_ascii_lowercase();
        if adjacent(tokens, index, index + 1) {
            // "15th", "11th-hour", "5pm", "3D", "1990s"; but "10km" and "2bn" are amounts.
            if next.kind == TokenKind::Word
                && scale_word(&next_text).is_none()
                && !UNITS.contains(&next_text.as_str())
            {
                return false;
            }
            if next_text == "/" {
                return false;
            }
            if next_text == ":"
                && tokens
                    .get(index + 2)
                    .is_some_and(|after| after.kind == TokenKind::Number)
            {
                return false;
            }
        }
        if matches!(
            next_text.as_str(),
            "am" | "pm" | "gmt" | "utc" | "pst" | "pkt" | "ist" | "hrs" | "o'clock"
        ) {
            return false;
        }
        if (next_text == "a" || next_text == "p")
            && symbol_is(text, tokens, index + 2, &["."])
            && word_is(text, tokens, index + 3, "m")
        {
            return false;
        }
    }
    // "a 22-year-old man", "a 2,000-mile journey", "250-bed hospitals": the number is part of
    // a compound adjective. "a 331-strong force" still counts (its noun follows "strong").
    if symbol_is(text, tokens, index + 1, &["-"])
        && adjacent(tokens, index, index + 1)
        && is_word(tokens, index + 2)
        && adjacent(tokens, index + 1, index + 2)
    {
        let compound = lower(text, &tokens[index + 2]);
        if compound != "strong"
            && cardinal_word(&compound).is_none()
            && scale_word(&compound).is_none()
        {
            return false;
        }
    }
    // "Article 370", "No. 5".
    let mut previous_index = index;
    if previous_index > 0 && symbol_is(text, tokens, previous_index - 1, &["."]) {
        previous_index -= 1;
    }
    if previous_index > 0 && is_word(tokens, previous_index - 1) {
        let previous = lower(text, &tokens[previous_index - 1]);
        if REFERENCE_WORDS.contains(&previous.as_str()) {
            return false;
        }
    }
    true
}

word_list!(
    TALLY_WORDS,
    "tally_words.txt",
    "Words that make two dash-joined numbers a vote tally or a score."
);

word_list!(
    STREET_WORDS,
    "street_words.txt",
    "Words that end a street address after a house number."
);

/// Is the number at `index` one side of a tally or score ("voted 52-48", "won 3-1")? Two
/// numbers in digits joined by a dash with no spaces, the second not larger than the first, or
/// with a tally word near.
fn in_tally(text: &str, tokens: &[Token], index: usize) -> bool {
    let dash_joined = |left: usize| {
        symbol_is(text, tokens, left + 1, &["-", "–"])
            && tokens
                .get(left + 2)
                .is_some_and(|right| right.kind == TokenKind::Number)
            && tokens[left].kind == TokenKind::Number
            && adjacent(tokens, left, left + 1)
            && adjacent(tokens, left + 1, left + 2)
    };
    let first = if dash_joined(index) {
        index
    } else if index >= 2 && dash_joined(index - 2) {
        index - 2
    } else {
        return false;
    };
    let value = |at: usize| digits_value(token_text(text, &tokens[at]));
    let (Some(left), Some(right)) = (value(first), value(first + 2)) else {
        return false;
    };
    if right <= left {
        return true;
    }
    let near = first.saturating_sub(4)..(first + 5).min(tokens.len());
    near.into_iter()
        .any(|at| is_word(tokens, at) && TALLY_WORDS.contains(&lower(text, &tokens[at]).as_str()))
}

/// Is the number at `index` part of a telephone number ("555-0142", "(202) 555-0142")?
fn is_phone_number(text: &str, tokens: &[Token], index: usize) -> bool {
    let digits = |at: usize| {
        tokens
            .get(at)
            .filter(|token| token.kind == TokenKind::Number)
            .map(|token| token_text(text, token).len())
    };
    let joined = |left: usize| {
        // The symbol must have a token after it: "…rose to 120." ends the text.
        symbol_is(text, tokens, left + 1, &["-", "."])
            && left + 2 < tokens.len()
            && adjacent(tokens, left, left + 1)
            && adjacent(tokens, left + 1, left + 2)
    };
    // Three digits, a dash, four digits, from either side.
    let seven_digits =
        |left: usize| digits(left) == Some(3) && joined(left) && digits(left + 2) == Some(4);
    let area_code = index >= 1
        && symbol_is(text, tokens, index - 1, &["("])
        && digits(index) == Some(3)
        && symbol_is(text, tokens, index + 1, &[")"]);
    seven_digits(index) || (index >= 2 && seven_digits(index - 2)) || area_code
}

/// Is the number at `index` a house number: one to three capitalised words after it and then a
/// street word ("10 Downing Street", "1600 Pennsylvania Avenue")?
fn is_house_number(text: &str, tokens: &[Token], index: usize) -> bool {
    for offset in 1..=4 {
        let Some(token) = tokens.get(index + offset) else {
            return false;
        };
        if token.kind != TokenKind::Word {
            return false;
        }
        let word = token_text(text, token);
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
        if offset > 1 && STREET_WORDS.contains(&word) {
            return true;
        }
    }
    false
}

/// "of the twelve soldiers" after a number: the token index after the total ("twelve"), when
/// a determiner and a number follow "of" at `of_index`.
fn partitive_total_end(text: &str, tokens: &[Token], of_index: usize) -> Option<usize> {
    let determiner = tokens.get(of_index + 1)?;
    let determiner = lower(text, determiner);
    if !matches!(
        determiner.as_str(),
        "the" | "those" | "these" | "their" | "its" | "his" | "her" | "our"
    ) {
        return None;
    }
    let total = tokens.get(of_index + 2)?;
    let is_number = total.kind == TokenKind::Number
        || (total.kind == TokenKind::Word && cardinal_word(&lower(text, total)).is_some());
    is_number.then_some(of_index + 3)
}

/// The amount starting at `index`: digits with an optional scale word, number words, or
/// vague plurals ("dozens", "tens of thousands").
fn read_amount(text: &str, tokens: &[Token], index: usize) -> Option<Amount> {
    let token = tokens.get(index)?;
    if token.kind == TokenKind::Number {
        let value = digits_value(token_text(text, token))?;
        let mut next = index + 1;
        let mut scale = 1.0;
        if let Some(scale_token) = tokens.get(next) {
            let word = lower(text, scale_token);
            let short = matches!(word.as_str(), "m" | "k" | "mn" | "bn" | "tn");
            let plural_vague = matches!(
                word.as_str(),
                "hundreds" | "thousands" | "millions" | "billions"
            );
            if scale_token.kind == TokenKind::Word
                && !plural_vague
                && (!short || adjacent(tokens, index, next) || word != "m")
            {
                if let Some(found) = scale_word(&word) {
                    scale = found;
                    next += 1;
                }
            }
        }
        return Some(Amount {
            low: value * scale,
            high: value * scale,
            next,
            indefinite: false,
            written_in_words: false,
            lone_one: false,
            has_scale: scale != 1.0,
        });
    }
    if token.kind != TokenKind::Word {
        return None;
    }
    let word = lower(text, token);
    // "a dozen", "a hundred", "a thousand", "a million".
    if word == "a" || word == "an" {
        let next_word = tokens.get(index + 1).map(|next| lower(text, next))?;
        let value = match next_word.as_str() {
            "dozen" => 12.0,
            "score" => 20.0,
            other => scale_word(other).filter(|_| !other.ends_with('s'))?,
        };
        return Some(Amount {
            low: value,
            high: value,
            next: index + 2,
            indefinite: false,
            written_in_words: true,
            lone_one: false,
            has_scale: true,
        });
    }
    // "several", "a few" and "few" with an optional scale: "several hundred".
    let few = match word.as_str() {
        "several" => Some((3.0, 9.0, index + 1)),
        "few" if index > 0 && word_is(text, tokens, index - 1, "a") => Some((2.0, 5.0, index + 1)),
        _ => None,
    };
    if let Some((low, high, next)) = few {
        let scale_text = tokens
            .get(next)
            .map(|scale| lower(text, scale))
            .unwrap_or_default();
        let scale = match scale_text.as_str() {
            "dozen" => Some(12.0),
            other if !other.ends_with('s') => scale_word(other),
            _ => None,
        };
        let (multiplier, next, has_scale) = match scale {
            Some(scale) => (scale, next + 1, true),
            None => (1.0, next, false),
        };
        return Some(Amount {
            low: low * multiplier,
            high: high * multiplier,
            next,
            indefinite: true,
            written_in_words: true,
            lone_one: false,
            has_scale,
        });
    }
    // Vague plurals, possibly stacked: "tens of thousands", "hundreds of thousands".
    if let Some((low, high)) = vague_plural(&word) {
        let mut next = index + 1;
        let (mut low, mut high) = (low, high);
        if word_is(text, tokens, next, "of") {
            if let Some(outer) = tokens.get(next + 1).map(|outer| lower(text, outer)) {
                if let Some(base) = plural_base(&outer) {
                    low *= base;
                    high = (high + 1.0) * base - 1.0;
                    next += 2;
                }
            }
        }
        // "tens" and "scores" are numbers only in "tens of thousands", "scores of people".
        // "leaving scores dead" is a count too.
        let needs_of = matches!(word.as_str(), "tens" | "scores");
        let outcome_follows = tokens.get(index + 1).is_some_and(|next| {
            matches!(
                COUNT_NOUNS.get(&lower(text, next)),
                Some(NounClass::Outcome(_))
            )
        });
        if needs_of
            && !word_is(text, tokens, index + 1, "of")
            && !(word == "scores" && outcome_follows)
        {
            return None;
        }
        if word == "tens" && next == index + 1 {
            return None;
        }
        return Some(Amount {
            low,
            high,
            next,
            indefinite: true,
            written_in_words: true,
            lone_one: false,
            has_scale: false,
        });
    }
    // Cardinal words: "eleven", "twenty-five", "two hundred and fifty", "three million".
    let mut total = 0.0;
    let mut current = 0.0;
    let mut next = index;
    let mut words_read = 0;
    let mut saw_cardinal = false;
    while let Some(next_token) = tokens.get(next) {
        if next_token.kind != TokenKind::Word {
            break;
        }
        let next_word = lower(text, next_token);
        if let Some(value) = cardinal_word(&next_word) {
            if saw_cardinal && current % 100.0 != 0.0 {
                break;
            }
            current += f64::from(value);
            saw_cardinal = true;
        } else if saw_cardinal && next_word == "hundred" {
            current = current.max(1.0) * 100.0;
        } else if saw_cardinal && next_word == "dozen" {
            // "two dozen".
            current *= 12.0;
        } else if saw_cardinal
            && next_word == "and"
            && word_after_is_cardinal(text, tokens, next)
            && current >= 100.0
        {
            // "two hundred and fifty".
        } else if let Some(scale) = scale_word(&next_word)
            .filter(|_| saw_cardinal && !next_word.ends_with('s') && next_word.len() > 2)
        {
            total += current.max(1.0) * scale;
            current = 0.0;
        } else {
            break;
        }
        words_read += 1;
        next += 1;
    }
    if !saw_cardinal {
        return None;
    }
    let value = total + current;
    Some(Amount {
        low: value,
        high: value,
        next,
        indefinite: false,
        written_in_words: true,
        lone_one: words_read == 1 && word == "one",
        has_scale: words_read > 1 && value >= 100.0,
    })
}

fn word_after_is_cardinal(text: &str, tokens: &[Token], index: usize) -> bool {
    tokens.get(index + 1).is_some_and(|token| {
        token.kind == TokenKind::Word && cardinal_word(&lower(text, token)).is_some()
    })
}

/// The span a vague plural allows: "dozens" is 24 to 99, "hundreds" 200 to 999.
fn vague_plural(word: &str) -> Option<(f64, f64)> {
    Some(match word {
        "dozens" => (24.0, 99.0),
        "scores" => (40.0, 99.0),
        "tens" => (20.0, 99.0),
        "hundreds" => (200.0, 999.0),
        "thousands" => (2_000.0, 9_999.0),
        "lakhs" => (200_000.0, 999_999.0),
        "millions" => (2_000_000.0, 9_999_999.0),
        "crores" => (20_000_000.0, 99_999_999.0),
        _ => return None,
    })
}

/// The unit of the outer plural in "tens of thousands" (1,000).
fn plural_base(word: &str) -> Option<f64> {
    Some(match word {
        "thousands" => 1e3,
        "lakhs" => 1e5,
        "millions" => 1e6,
        "crores" => 1e7,
        "billions" => 1e9,
        _ => return None,
    })
}

/// The hedge phrase ending right before `index`, with the index of its first word.
fn hedge_before(text: &str, tokens: &[Token], index: usize) -> Option<(usize, Approx)> {
    for (phrase, approx) in HEDGES.iter() {
        let words: Vec<&str> = phrase.split(' ').collect();
        if words.len() > index {
            continue;
        }
        let first = index - words.len();
        let matches = words
            .iter()
            .enumerate()
            .all(|(offset, word)| word_is(text, tokens, first + offset, word));
        if matches {
            return Some((first, *approx));
        }
    }
    None
}

#[derive(Debug, Default)]
struct NounHit {
    word: Option<String>,
    class: Option<NounClass>,
    /// An outcome adjective before the noun ("20 injured soldiers").
    outcome: Option<Outcome>,
    /// Token index after the noun (or the start index when there is none).
    next: usize,
    /// In a partitive ("four of the nine miners") the noun belongs to the part; the total
    /// ("nine") is read over, not counted again.
    partitive: bool,
}

/// The noun a number counts: the first lexicon noun within a few words, skipping demonyms
/// and modifiers ("15 Afghan civilians"), else the first plain noun ("15 kilometres").
fn find_noun(
    text: &str,
    tokens: &[Token],
    start: usize,
    after_vague: bool,
    is_demonym: &dyn Fn(&str) -> bool,
) -> NounHit {
    let mut hit = NounHit {
        next: start,
        ..NounHit::default()
    };
    let mut index = start;
    let mut capitalised_fallback: Option<(String, usize)> = None;
    let mut words_seen = 0;
    while words_seen < 4 {
        let Some(token) = tokens.get(index) else {
            break;
        };
        // The periods inside "U.S." or "U.N." do not end the phrase.
        let inside_initials = token.kind == TokenKind::Symbol
            && token_text(text, token) == "."
            && index > start
            && adjacent(tokens, index - 1, index)
            && token_text(text, &tokens[index - 1]).chars().count() == 1
            && is_word(tokens, index - 1);
        if inside_initials {
            index += 1;
            continue;
        }
        if token.kind != TokenKind::Word {
            break;
        }
        let word = lower(text, token);
        if word == "of" && index == start && after_vague {
            index += 1;
            continue;
        }
        // Two-word phrases first: "security personnel", "per cent".
        if let Some(next_token) = tokens
            .get(index + 1)
            .filter(|next| next.kind == TokenKind::Word)
        {
            let phrase = format!("{word} {}", lower(text, next_token));
            if let Some(class) = COUNT_NOUNS.get(&phrase) {
                hit.word = Some(phrase);
                hit.class = Some(class.clone());
                hit.next = index + 2;
                return hit;
            }
        }
        if let Some(class) = COUNT_NOUNS.get(&word) {
            // "15 Afghan civilian lives", "soldier deaths": the outcome noun after the group.
            if let Some(NounClass::Outcome(_)) = tokens
                .get(index + 1)
                .filter(|next| next.kind == TokenKind::Word)
                .and_then(|next| COUNT_NOUNS.get(&lower(text, next)))
            {
                if let NounClass::Group(_) = class {
                    let outcome_word = lower(text, &tokens[index + 1]);
                    hit.class = COUNT_NOUNS.get(&outcome_word).cloned();
                    // "civilian lives" names one thing; in "others wounded" the noun is
                    // "others" and "wounded" says what happened to them.
                    let participle = outcome_word.ends_with("ed") || outcome_word == "dead";
                    hit.word = Some(if participle {
                        word
                    } else {
                        format!("{word} {outcome_word}")
                    });
                    hit.next = index + 2;
                    return hit;
                }
            }
            if let NounClass::Outcome(outcome) = class {
                // "20 injured soldiers": keep the outcome, look for the group after it.
                let next_word = tokens.get(index + 1).map(|next| lower(text, next));
                if let Some(NounClass::Group(_)) =
                    next_word.as_ref().and_then(|next| COUNT_NOUNS.get(next))
                {
                    hit.outcome = Some(*outcome);
                    index += 1;
                    words_seen += 1;
                    continue;
                }
            }
            hit.word = Some(word);
            hit.class = Some(class.clone());
            hit.next = index + 1;
            return hit;
        }
        // "two dozen more armed men": "more" after a number modifies the noun that follows.
        let more_before_word = word == "more"
            && tokens.get(index + 1).is_some_and(|next| {
                next.kind == TokenKind::Word && !NOT_NOUNS.contains(&lower(text, next).as_str())
            });
        if NOT_NOUNS.contains(&word.as_str()) && !more_before_word {
            // "three of the twelve soldiers": the first number counts the noun after the second.
            if word == "of" && index == start {
                if let Some(after_total) = partitive_total_end(text, tokens, index) {
                    hit.partitive = true;
                    index = after_total;
                    words_seen += 1;
                    continue;
                }
            }
            break;
        }
        let original = token_text(text, token);
        let capitalised = original.starts_with(char::is_uppercase);
        // A demonym is a modifier only before another word that may be the noun ("afghan
        // civilians"); "15 afghans were" counts afghans.
        let demonym_before_noun = is_demonym(&word)
            && tokens.get(index + 1).is_some_and(|next| {
                next.kind == TokenKind::Word && !NOT_NOUNS.contains(&lower(text, next).as_str())
            });
        if capitalised || NOUN_MODIFIERS.contains(&word.as_str()) || demonym_before_noun {
            if capitalised && capitalised_fallback.is_none() && word.chars().count() > 1 {
                capitalised_fallback = Some((word, index + 1));
            }
            index += 1;
            words_seen += 1;
            continue;
        }
        if OUTCOME_WORDS.contains_key(word.as_str()) {
            break;
        }
        // A plain word: the noun itself, unless a lexicon noun follows it ("15 Afghan border
        // guards").
        let next_word = tokens.get(index + 1).map(|next| lower(text, next));
        if next_word
            .as_ref()
            .is_some_and(|next| COUNT_NOUNS.contains_key(next.as_str()))
        {
            index += 1;
            words_seen += 1;
            continue;
        }
        let next_is_plain = tokens.get(index + 1).is_some_and(|next| {
            let next_original = token_text(text, next);
            let next_lower = next_original.to_lowercase();
            next.kind == TokenKind::Word
                && adjacent_by_space(text, tokens, index, index + 1)
                && (next_original.starts_with(char::is_lowercase) || capitalised_fallback.is_none())
                && !NOT_NOUNS.contains(&next_lower.as_str())
                && !OUTCOME_WORDS.contains_key(next_lower.as_str())
        });
        let looks_verbal = word.ends_with("ed") || word.ends_with("ing");
        // "hundreds of Venezuelans fleeing …": after a name, a participle starts a clause.
        if looks_verbal && capitalised_fallback.is_some() {
            break;
        }
        // "two former high-ranking followers", "six predominantly Muslim countries".
        let looks_adjectival = looks_verbal
            || word.contains('-')
            || ADJECTIVE_ENDINGS
                .iter()
                .any(|ending| word.ends_with(ending));
        if looks_adjectival && next_is_plain {
            index += 1;
            words_seen += 1;
            continue;
        }
        // "dozens feared dead", "20 remaining": a verb, not a noun.
        if looks_verbal {
            break;
        }
        // English noun phrases end with their head: "two volatile nations", "several recent
        // attacks". Walk over plain words until one looks like a verb or a function word.
        let mut head = (word, index);
        for _ in 0..2 {
            // After a number the head is usually plural: stop at the first plural.
            if head.0.ends_with('s') {
                break;
            }
            let next_index = head.1 + 1;
            let Some(next_token) = tokens
                .get(next_index)
                .filter(|next| next.kind == TokenKind::Word)
            else {
                break;
            };
            let next_original = token_text(text, next_token);
            let next_word = next_original.to_lowercase();
            let looks_like_verb = next_word.ends_with("ed")
                || next_word.ends_with("ing")
                || next_word.ends_with("ly");
            if next_original.starts_with(char::is_uppercase)
                || looks_like_verb
                || NOT_NOUNS.contains(&next_word.as_str())
                || OUTCOME_WORDS.contains_key(next_word.as_str())
                || !adjacent_by_space(text, tokens, head.1, next_index)
            {
                break;
            }
            head = (next_word, next_index);
        }
        hit.next = head.1 + 1;
        hit.word = Some(head.0);
        return hit;
    }
    if let Some((word, next)) = capitalised_fallback {
        hit.word = Some(word);
        hit.next = next;
    }
    hit
}

/// An outcome after the counted noun: "15 civilians were killed", "20 people died".
fn outcome_after(text: &str, tokens: &[Token], start: usize) -> Option<Outcome> {
    let mut index = start;
    let mut skipped_aside = false;
    for _ in 0..4 {
        let token = tokens.get(index)?;
        if token.kind == TokenKind::Symbol && !skipped_aside {
            // "2,400 people — including soldiers and civilians — have been killed" and
            // "15 civilians, including five children, were killed": step over the aside.
            let opener = token_text(text, token);
            let closer = match opener {
                "—" | "–" | "-" | "," => opener,
                "(" => ")",
                _ => return None,
            };
            let close_index = (index + 1..tokens.len().min(index + 14))
                .find(|&candidate| symbol_is(text, tokens, candidate, &[closer, "\n", ".", ";"]))?;
            if !symbol_is(text, tokens, close_index, &[closer]) {
                return None;
            }
            skipped_aside = true;
            index = close_index + 1;
            continue;
        }
        if token.kind != TokenKind::Word {
            return None;
        }
        let word = lower(text, token);
        if let Some(outcome) = outcome_phrase_at(text, tokens, index, &word, Side::After) {
            return Some(outcome);
        }
        if !AUXILIARIES.contains(&word.as_str()) {
            return None;
        }
        index += 1;
    }
    None
}

/// An outcome word before the number, within the clause: "killed 11", "killing at least
/// 11 soldiers and two civilians", "the death toll rose to 30".
fn outcome_before(text: &str, tokens: &[Token], start: usize) -> Option<Outcome> {
    let mut index = start;
    let mut words_seen = 0;
    while index > 0 && words_seen < 6 {
        index -= 1;
        let token = tokens[index];
        match token.kind {
            TokenKind::Symbol => {
                if matches!(
                    token_text(text, &token),
                    "." | ";" | ":" | "!" | "?" | "\"" | "“" | "”" | "(" | ")" | "\n"
                ) {
                    return None;
                }
            }
            TokenKind::Number => {}
            TokenKind::Word => {
                words_seen += 1;
                let word = lower(text, &token);
                if let Some(outcome) = outcome_phrase_at(text, tokens, index, &word, Side::Before) {
                    return Some(outcome);
                }
            }
        }
    }
    None
}

/// The outcome of a lexicon phrase starting with `word` at `index`, if the whole phrase is
/// there and may stand on `side`.
fn outcome_phrase_at(
    text: &str,
    tokens: &[Token],
    index: usize,
    word: &str,
    side: Side,
) -> Option<Outcome> {
    let entries = OUTCOME_WORDS.get(word)?;
    for (phrase, outcome, phrase_side) in entries {
        if *phrase_side != Side::Both && *phrase_side != side {
            continue;
        }
        let rest_matches = phrase
            .iter()
            .enumerate()
            .skip(1)
            .all(|(offset, part)| word_is(text, tokens, index + offset, part));
        if rest_matches {
            return Some(*outcome);
        }
    }
    None
}

/// Are two tokens separated by plain spaces only (no line break)?
fn adjacent_by_space(text: &str, tokens: &[Token], left: usize, right: usize) -> bool {
    text[tokens[left].end..tokens[right].start]
        .chars()
        .all(|character| character == ' ')
}

/// Is the token before `index` a capitalised word that does not open its sentence?
fn follows_name(text: &str, tokens: &[Token], index: usize) -> bool {
    if index == 0 || !is_word(tokens, index - 1) {
        return false;
    }
    let previous = token_text(text, &tokens[index - 1]);
    let opens_sentence = index == 1
        || tokens[index - 2].kind == TokenKind::Symbol
            && matches!(
                token_text(text, &tokens[index - 2]),
                "." | "!" | "?" | "\n" | "\"" | "“"
            );
    previous.starts_with(char::is_uppercase) && !opens_sentence
}
