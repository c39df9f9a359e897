//! Dates and periods in news prose ("14 October 2025", "the 1990s", "last October", "four
//! years later"), each normalised to a period with a precision and, when relative, resolved
//! against the publication date or the most recent absolute date before it.

use std::sync::LazyLock;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use regex::{Captures, Regex};
use serde::{Serialize, Serializer};

use crate::numbers::{small_count, NUMBER_WORD_PATTERN};

/// One date or period mentioned in a text, as a byte range of that text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The period meant, or `None` when it cannot be worked out (no publication date for
    /// "last week", no earlier date for "two days later", a vague "in recent weeks").
    pub value: Option<Period>,
    /// True when the value depends on the publication date or on an earlier mention.
    pub relative: bool,
}

/// A closed span of calendar days and how finely the text pinned it down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub precision: Precision,
}

/// How precise a period is (the contract's type).
pub use model::DatePrecision as Precision;

impl Period {
    pub fn day(date: NaiveDate) -> Period {
        Period {
            start: date,
            end: date,
            precision: Precision::Day,
        }
    }

    /// The ISO week (Monday to Sunday) holding `date`.
    pub fn week_containing(date: NaiveDate) -> Period {
        let monday = date - Days::new(u64::from(date.weekday().num_days_from_monday()));
        Period {
            start: monday,
            end: monday + Days::new(6),
            precision: Precision::Week,
        }
    }

    pub fn month(year: i32, month: u32) -> Option<Period> {
        Some(Period {
            start: NaiveDate::from_ymd_opt(year, month, 1)?,
            end: last_day_of_month(year, month)?,
            precision: Precision::Month,
        })
    }

    pub fn quarter(year: i32, quarter: u32) -> Option<Period> {
        let first = Period::month(year, quarter * 3 - 2)?;
        let last = Period::month(year, quarter * 3)?;
        Some(Period {
            start: first.start,
            end: last.end,
            precision: Precision::Quarter,
        })
    }

    pub fn year(year: i32) -> Option<Period> {
        Some(Period {
            start: NaiveDate::from_ymd_opt(year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(year, 12, 31)?,
            precision: Precision::Year,
        })
    }

    /// Whole years from `first` to `last` inclusive, with the given precision.
    pub fn years(first: i32, last: i32, precision: Precision) -> Option<Period> {
        Some(Period {
            start: NaiveDate::from_ymd_opt(first, 1, 1)?,
            end: NaiveDate::from_ymd_opt(last, 12, 31)?,
            precision,
        })
    }

    /// Whole months from (`year`, `first_month`) to (`year`, `last_month`), as a `Range`.
    pub fn months(year: i32, first_month: u32, last_month: u32) -> Option<Period> {
        Some(Period {
            start: NaiveDate::from_ymd_opt(year, first_month, 1)?,
            end: last_day_of_month(year, last_month)?,
            precision: Precision::Range,
        })
    }

    pub fn range(start: NaiveDate, end: NaiveDate) -> Option<Period> {
        (start <= end).then_some(Period {
            start,
            end,
            precision: Precision::Range,
        })
    }

    /// ISO 8601 text: "2025-10-14" for a day, "2025-10" for a month, "2025" for a year,
    /// "1990/1999" for a decade or century, and "start/end" days for anything else
    /// ("2025-10-13/2025-10-19" for a week).
    pub fn iso(&self) -> String {
        match self.precision {
            Precision::Day => self.start.format("%Y-%m-%d").to_string(),
            Precision::Month => self.start.format("%Y-%m").to_string(),
            Precision::Year => format!("{:04}", self.start.year()),
            Precision::Decade | Precision::Century => {
                format!("{:04}/{:04}", self.start.year(), self.end.year())
            }
            Precision::Week | Precision::Quarter | Precision::Season | Precision::Range => {
                format!(
                    "{}/{}",
                    self.start.format("%Y-%m-%d"),
                    self.end.format("%Y-%m-%d")
                )
            }
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut state = serializer.serialize_struct("Period", 4)?;
        state.serialize_field("start", &self.start.format("%Y-%m-%d").to_string())?;
        state.serialize_field("end", &self.end.format("%Y-%m-%d").to_string())?;
        state.serialize_field("precision", &self.precision)?;
        state.serialize_field("iso", &self.iso())?;
        state.end()
    }
}

/// Every date and period in `text`, in text order, without overlaps. `published` is the
/// article's publication date; without it, relative mentions keep their text with no value.
pub fn dates(text: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    // Named days first, so that on an equal span they win over the day-and-month rule.
    let mut candidates: Vec<Candidate> = named_day_candidates(text);
    for (rule_index, rule) in RULES.iter().enumerate() {
        for captures in rule.regex.captures_iter(text) {
            let span = captures
                .name("span")
                .or_else(|| captures.get(0))
                .expect("group 0 always exists");
            if span.start() == span.end() {
                continue;
            }
            if let Some(reading) = (rule.read)(&captures, text, published) {
                candidates.push(Candidate {
                    start: span.start(),
                    end: span.end(),
                    rule_index,
                    reading,
                });
            }
        }
    }
    // Prefer the earliest start, then the longest span, then the rule listed first.
    candidates.sort_by(|left, right| {
        left.start
            .cmp(&right.start)
            .then((right.end - right.start).cmp(&(left.end - left.start)))
            .then(left.rule_index.cmp(&right.rule_index))
    });
    let mut selected: Vec<Candidate> = Vec::new();
    let mut taken_until = 0;
    for candidate in candidates {
        if candidate.start >= taken_until {
            taken_until = candidate.end;
            selected.push(candidate);
        }
    }
    let mut mentions: Vec<DateMention> = Vec::with_capacity(selected.len());
    let mut last_absolute: Option<Period> = None;
    for (index, candidate) in selected.iter().enumerate() {
        let (value, relative) = match candidate.reading {
            Reading::Fixed { value, relative } => (value, relative),
            Reading::Anchored {
                amount,
                unit,
                prepositional,
            } => {
                // "two days after 14 October" counts from the date that follows.
                let following = selected.get(index + 1).and_then(|next| {
                    let between = text[candidate.end..next.start].trim();
                    let close = between.is_empty() || between.eq_ignore_ascii_case("the");
                    match next.reading {
                        Reading::Fixed {
                            value: Some(value),
                            relative: false,
                        } if prepositional && close => Some(value),
                        _ => None,
                    }
                });
                let anchor = following.or(last_absolute);
                (
                    anchor.and_then(|anchor| shift_period(anchor, amount, unit)),
                    true,
                )
            }
        };
        let mut mention = DateMention {
            start: candidate.start,
            end: candidate.end,
            text: String::new(),
            value,
            relative,
        };
        if !relative {
            if let Some(value) = value {
                last_absolute = Some(value);
            }
        }
        widen_since(text, published, &mut mention);
        mention.text = text[mention.start..mention.end].to_string();
        mentions.push(mention);
    }
    mentions
}

/// One day of `data/named_days.txt`.
struct NamedDay {
    name: &'static str,
    date: NaiveDate,
    needs_context: bool,
}

static NAMED_DAYS: LazyLock<Vec<NamedDay>> = LazyLock::new(|| {
    crate::lexicon::entries(include_str!("../data/named_days.txt"))
        .into_iter()
        .map(|line| {
            let fields: Vec<&str> = line.split('|').map(str::trim).collect();
            let [name, date, needs_context] = fields[..] else {
                panic!("named_days.txt: expected `name | date | needs context`, got {line}");
            };
            NamedDay {
                name,
                date: NaiveDate::parse_from_str(date, "%Y-%m-%d")
                    .unwrap_or_else(|_| panic!("named_days.txt: bad date {date}")),
                needs_context: match needs_context {
                    "yes" => true,
                    "no" => false,
                    other => panic!("named_days.txt: needs context is yes or no, got {other}"),
                },
            }
        })
        .collect()
});

static NAMED_DAY_CONTEXT: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("../data/named_day_context.txt")));

/// How far either side of a named day its context word may stand, in bytes (about a sentence).
const NAMED_DAY_CONTEXT_WINDOW: usize = 160;

/// Named days in `text` ("9/11"; "Sept. 11" beside "attacks"), as absolute candidates.
fn named_day_candidates(text: &str) -> Vec<Candidate> {
    let mut found = Vec::new();
    for day in NAMED_DAYS.iter() {
        for (start, _) in text.match_indices(day.name) {
            let end = start + day.name.len();
            let bounded = !text[..start]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '/')
                && !text[end..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric() || c == '/');
            // "September 11, 2024" names its own year.
            let year_follows = text[end..]
                .trim_start_matches([',', ' '])
                .starts_with(|c: char| c.is_ascii_digit());
            if !bounded || year_follows {
                continue;
            }
            if day.needs_context && !named_day_context_near(text, start, end) {
                continue;
            }
            found.push(Candidate {
                start,
                end,
                rule_index: 0,
                reading: Reading::Fixed {
                    value: Some(Period::day(day.date)),
                    relative: false,
                },
            });
        }
    }
    found
}

/// Is a named-day context word within the sentence around `start..end`?
fn named_day_context_near(text: &str, start: usize, end: usize) -> bool {
    let mut from = start.saturating_sub(NAMED_DAY_CONTEXT_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + NAMED_DAY_CONTEXT_WINDOW).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before = &text[from..start];
    let before = before
        .rfind(['.', '!', '?', '\n'])
        .map_or(before, |found| &before[found + 1..]);
    let after = &text[end..to];
    let after = after
        .find(['!', '?', '\n'])
        .map_or(after, |found| &after[..found]);
    before
        .split(|c: char| !c.is_alphanumeric())
        .chain(after.split(|c: char| !c.is_alphanumeric()))
        .any(|word| NAMED_DAY_CONTEXT.contains(&word.to_lowercase().as_str()))
}

/// "since 2021" and "since late 2024" run from the named period to the publication date.
fn widen_since(text: &str, published: Option<NaiveDate>, mention: &mut DateMention) {
    let before = text[..mention.start].trim_end_matches([' ', '\u{a0}']);
    if before.len() == mention.start || !ends_with_word_ignoring_case(before, "since") {
        return;
    }
    mention.start = before.len() - "since".len();
    mention.relative = true;
    mention.value = match (mention.value, published) {
        // "since December" read in October means last December.
        (Some(value), Some(published)) if value.start > published => value
            .start
            .checked_sub_months(Months::new(12))
            .and_then(|start| Period::range(start, published)),
        (Some(value), Some(published)) => Period::range(value.start, published),
        _ => None,
    };
}

fn ends_with_word_ignoring_case(text: &str, word: &str) -> bool {
    if text.len() < word.len() || !text.is_char_boundary(text.len() - word.len()) {
        return false;
    }
    let tail = &text[text.len() - word.len()..];
    let before_tail = text[..text.len() - word.len()].chars().next_back();
    tail.eq_ignore_ascii_case(word) && !before_tail.is_some_and(char::is_alphanumeric)
}

struct Candidate {
    start: usize,
    end: usize,
    rule_index: usize,
    reading: Reading,
}

/// What a rule made of its match: a period (maybe relative to publication), or a shift from
/// the most recent absolute date before it ("two days later").
#[derive(Debug, Clone, Copy)]
enum Reading {
    Fixed {
        value: Option<Period>,
        relative: bool,
    },
    Anchored {
        amount: i32,
        unit: Unit,
        /// "after"/"before" (which may take a date after them) rather than "later"/"earlier".
        prepositional: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
}

fn absolute(value: Option<Period>) -> Option<Reading> {
    value.map(|value| Reading::Fixed {
        value: Some(value),
        relative: false,
    })
}

/// A relative reading is kept even with no value: the text is still a date mention.
fn relative(value: Option<Period>) -> Option<Reading> {
    Some(Reading::Fixed {
        value,
        relative: true,
    })
}

type ReadFn = fn(&Captures, &str, Option<NaiveDate>) -> Option<Reading>;

struct Rule {
    regex: Regex,
    read: ReadFn,
}

// Pattern pieces. Month names are matched case-sensitively so that "may" and "march" stay
// verbs; abbreviations take an optional period ("Oct.").
const FULL_MONTH: &str =
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b";
const MONTH: &str = r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const YEAR: &str = r"(?:1[5-9]\d\d|20\d\d|2100)";
const PART: &str = r"(?i:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of)";
const UNIT: &str = r"(?i:hour|day|week|month|year|decade)";

/// The rules, most specific first (order breaks ties between equally long matches).
static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let number = format!("(?i:{NUMBER_WORD_PATTERN}|a|an|\\d{{1,3}})");
    let vague_number = format!("(?i:{NUMBER_WORD_PATTERN}|a|an|\\d{{1,3}}|a\\s+few|few|several|some|a\\s+couple\\s+of|couple\\s+of)");
    let weekday_prefix = format!(r"(?:{WEEKDAY},?\s+(?:the\s+)?)?");
    let rules: Vec<(String, ReadFn)> = vec![
        // Full dates.
        (
            r"\b(?P<year>(?:1[5-9]\d\d|20\d\d))-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])\b"
                .to_string(),
            read_iso_date,
        ),
        (
            format!(r"\b{weekday_prefix}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR})\b"),
            read_full_date,
        ),
        (
            format!(r"\b(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>{YEAR})\b"),
            read_full_date,
        ),
        // Day ranges: "14-16 October 2025", "October 14 to 16".
        (
            format!(r"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|and)\s*(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR})\b)?"),
            read_day_range,
        ),
        (
            format!(r"\b(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|and)\s*(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{YEAR})\b)?"),
            read_day_range,
        ),
        // Day and month with the year left to the reader.
        (
            format!(r"\b{weekday_prefix}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH})"),
            read_day_month,
        ),
        (
            format!(r"\b(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"),
            read_day_month,
        ),
        // Runs of months: "between January and March 2025", "January–March 2025".
        (
            format!(r"\b(?i:between|from)\s+(?P<month>{FULL_MONTH})\s+(?i:and|to|until|till|through)\s+(?P<month2>{FULL_MONTH})(?:,?\s+(?P<year>{YEAR})\b)?"),
            read_month_range,
        ),
        (
            format!(r"\b(?P<month>{FULL_MONTH})\s*(?:-|–|—|to)\s*(?P<month2>{FULL_MONTH}),?\s+(?P<year>{YEAR})\b"),
            read_month_range,
        ),
        // Months.
        (
            format!(r"\b(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})\b"),
            read_month_year,
        ),
        (
            format!(r"\b(?P<part>{PART})[\s-]+(?P<month>{FULL_MONTH})(?:,?\s+(?P<year>{YEAR})\b)?"),
            read_part_of_month,
        ),
        (
            format!(r"\b(?P<rel>(?i:last|this|next|past|coming))\s+(?P<month>{FULL_MONTH})"),
            read_relative_month,
        ),
        (
            format!(r"\b(?i:in|since|during|by|until|till|from|through|throughout|before|after|on|between|and|to|of|or)\s+(?P<span>(?P<month>{FULL_MONTH}))"),
            read_bare_month,
        ),
        // Quarters, halves and runs of months.
        (
            format!(r"\bQ(?P<quarter>[1-4])\s*(?:of\s+)?(?P<year>{YEAR})\b"),
            read_quarter,
        ),
        (
            format!(r"\b(?P<year>{YEAR})\s*Q(?P<quarter>[1-4])\b"),
            read_quarter,
        ),
        (
            format!(r"\b(?P<ordinal>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))\s+quarter\s+(?:of\s+)?(?P<year>{YEAR})\b"),
            read_quarter,
        ),
        (
            format!(r"\b(?P<ordinal>(?i:first|second|latter))\s+half\s+of\s+(?P<year>{YEAR}|(?i:this|last|next)\s+year|the\s+year)\b"),
            read_half,
        ),
        (
            format!(r"\b(?:(?i:the)\s+)?(?P<which>(?i:first|last|final))\s+(?P<count>(?i:{NUMBER_WORD_PATTERN})|\d{{1,2}})\s+(?P<unit>months|quarters|weeks)\s+of\s+(?:the\s+year\s+)?(?P<year>{YEAR}|(?i:this|last|next)\s+year|the\s+year)\b"),
            read_first_months,
        ),
        // Seasons.
        (
            format!(r"\b(?:(?P<part>(?i:early|mid|late))[\s-]+)?(?P<season>(?i:spring|summer|autumn|fall|winter))\s+(?:of\s+)?(?P<year>{YEAR})\b"),
            read_season,
        ),
        (
            r"\b(?P<rel>(?i:last|this|next|past|coming))\s+(?P<season>(?i:spring|summer|autumn|fall|winter))\b".to_string(),
            read_relative_season,
        ),
        // Decades and centuries.
        (
            r"\b(?:(?P<part>(?i:early|mid|late))[\s-]+)?(?P<decade>(?:1[5-9]|20)\d0)['’]?s\b".to_string(),
            read_decade,
        ),
        (
            r"(?:^|[^\w'’])(?P<span>(?:(?P<part>(?i:early|mid|late))[\s-]+)?['’](?P<short>\d0)s)\b".to_string(),
            read_decade,
        ),
        (
            r"\b(?:(?P<part>(?i:early|mid|late))[\s-]+)?(?P<ordinal>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+[Cc]entury\b".to_string(),
            read_century,
        ),
        (
            r"\b(?:(?P<part>(?i:early|mid|late))[\s-]+)?(?P<word>(?i:sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[\s-]+[Cc]entury\b".to_string(),
            read_century,
        ),
        // Years and runs of years.
        (
            format!(r"\b(?i:between)\s+(?P<first>{YEAR})\s+(?i:and)\s+(?P<last>{YEAR})\b"),
            read_year_range,
        ),
        (
            format!(r"\b(?i:from)\s+(?P<first>{YEAR})\s+(?i:to|until|till|through|and)\s+(?P<last>{YEAR})\b"),
            read_year_range,
        ),
        (
            format!(r"\b(?P<first>{YEAR})\s*(?:-|–|—|/|to)\s*(?P<last>{YEAR}|\d\d)\b"),
            read_year_range,
        ),
        (
            format!(r"\b(?P<part>{PART})[\s-]+(?P<year>{YEAR})\b"),
            read_part_of_year,
        ),
        (
            format!(r"\b(?P<direction>(?i:post|pre))[-\s](?P<year>{YEAR})\b"),
            read_post_year,
        ),
        (
            format!(r"\b(?i:in|since|by|until|till|before|after|during|of|from|through|throughout|around|circa|year|the\s+year|to|and|between|for|or)\s+(?P<span>(?P<year>{YEAR}))\b"),
            read_bare_year,
        ),
        (
            format!(r"(?:\b(?i:the|its|their|his|her|this|that)|['’]s)\s+(?P<span>(?P<year>{YEAR}))\s+[a-z]"),
            read_bare_year,
        ),
        // Relative to the publication date.
        (
            r"\b(?P<word>(?i:today|yesterday|tomorrow|tonight|last\s+night|this\s+morning|this\s+afternoon|this\s+evening))\b".to_string(),
            read_day_word,
        ),
        (
            format!(r"\b(?P<span>(?:(?P<rel>(?i:last|this|next|past|coming))\s+)?(?P<weekday>{WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?)\b"),
            read_weekday,
        ),
        (
            r"\b(?P<rel>(?i:this|last|next|past|coming|earlier\s+this|later\s+this|(?:early|late|mid)[\s-]+(?:this|last|next)))\s+(?P<unit>(?i:week|weekend|month|year|quarter|decade|century))\b".to_string(),
            read_relative_unit,
        ),
        (
            format!(r"\b(?P<count>{vague_number})\s+(?P<unit>{UNIT})s?\s+(?i:ago)\b"),
            read_ago,
        ),
        (
            format!(r"\b(?:(?i:in|over|during|for)\s+)?(?:(?i:the)\s+)?(?P<span>(?i:past|last|previous|preceding)\s+(?P<count>{vague_number})\s+(?P<unit>{UNIT})s)\b"),
            read_past_count,
        ),
        // Relative to an earlier date in the text.
        (
            format!(r"\b(?P<count>{number})\s+(?P<unit>{UNIT})s?\s+(?P<direction>(?i:later|after|afterwards|earlier|before|prior))\b"),
            read_anchored,
        ),
        (
            r"\b(?i:the)\s+(?P<direction>(?i:next|following|previous|preceding))\s+(?P<unit>(?i:day|week|month|year))\b".to_string(),
            read_anchored,
        ),
        (
            r"\b(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?P<direction>(?i:before|after))\b".to_string(),
            read_anchored,
        ),
        // Vague spans kept as text.
        (
            r"\b(?:(?i:in|over)\s+)?(?:(?i:the)\s+)?(?i:recent|coming)\s+(?i:days|weeks|months|years)\b".to_string(),
            read_vague,
        ),
    ];
    rules
        .into_iter()
        .map(|(pattern, read)| Rule {
            // ASCII word boundaries keep the regex engine on its fast DFA path even when the
            // text holds non-ASCII letters; every boundary here sits next to an ASCII token.
            regex: Regex::new(&pattern.replace(r"\b", r"(?-u:\b)"))
                .expect("date rule patterns are valid"),
            read,
        })
        .collect()
});

// ---- Readers: one per rule shape. They return `None` to reject a match. ----

fn read_iso_date(captures: &Captures, _: &str, _: Option<NaiveDate>) -> Option<Reading> {
    let year = number(captures, "year")?;
    let month = number(captures, "month")?;
    let day = number(captures, "day")?;
    absolute(NaiveDate::from_ymd_opt(year as i32, month, day).map(Period::day))
}

fn read_full_date(captures: &Captures, _: &str, _: Option<NaiveDate>) -> Option<Reading> {
    let year = number(captures, "year")? as i32;
    let month = month_number(captures.name("month")?.as_str())?;
    let day = number(captures, "day")?;
    absolute(NaiveDate::from_ymd_opt(year, month, day).map(Period::day))
}

fn read_day_range(captures: &Captures, _: &str, published: Option<NaiveDate>) -> Option<Reading> {
    let month = month_number(captures.name("month")?.as_str())?;
    let first_day = number(captures, "day")?;
    let last_day = number(captures, "day2")?;
    if first_day >= last_day || last_day > 31 {
        return None;
    }
    match captures.name("year") {
        Some(year) => {
            let year: i32 = year.as_str().parse().ok()?;
            let start = NaiveDate::from_ymd_opt(year, month, first_day)?;
            let end = NaiveDate::from_ymd_opt(year, month, last_day)?;
            absolute(Period::range(start, end))
        }
        None => {
            let value = published.and_then(|published| {
                let start = day_near(published, month, first_day)?;
                let end = NaiveDate::from_ymd_opt(start.year(), month, last_day)?;
                Period::range(start, end)
            });
            relative(value)
        }
    }
}

fn read_day_month(
    captures: &Captures,
    text: &str,
    published: Option<NaiveDate>,
) -> Option<Reading> {
    let month = month_number(captures.name("month")?.as_str())?;
    let day = number(captures, "day")?;
    if !(1..=31).contains(&day) {
        return None;
    }
    // "May 2,400" or "June 10:30" are not dates.
    let after = &text[captures.get(0)?.end()..];
    if after.starts_with([',', '.', ':']) && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    relative(published.and_then(|published| day_near(published, month, day).map(Period::day)))
}

fn read_month_range(captures: &Captures, _: &str, published: Option<NaiveDate>) -> Option<Reading> {
    let first = month_number(captures.name("month")?.as_str())?;
    let last = month_number(captures.name("month2")?.as_str())?;
    let explicit_year = match captures.name("year") {
        Some(year) => Some(year.as_str().parse::<i32>().ok()?),
        None => None,
    };
    // The year belongs to the last month; "November to February 2025" starts the year before.
    let last_year =
        explicit_year.or_else(|| published.map(|published| month_year_near(published, last)));
    let value = last_year.and_then(|last_year| {
        let first_year = if first > last {
            last_year - 1
        } else {
            last_year
        };
        Period::range(
            NaiveDate::from_ymd_opt(first_year, first, 1)?,
            last_day_of_month(last_year, last)?,
        )
    });
    if explicit_year.is_some() {
        absolute(value)
    } else {
        relative(value)
    }
}

fn read_month_year(captures: &Captures, _: &str, _: Option<NaiveDate>) -> Option<Reading> {
    let month = month_number(captures.name("month")?.as_str())?;
    let year = number(captures, "year")? as i32;
    absolute(Period::month(year, month))
}

fn read_part_of_month(
    captures: &Captures,
    text: &str,
    published: Option<NaiveDate>,
) -> Option<Reading> {
    let future = speaks_of_the_future(text, captures.get(0)?.start());
    let month = month_number(captures.name("month")?.as_str())?;
    let part = captures.name("part")?.as_str();
    let explicit_year = match captures.name("year") {
        Some(year) => Some(year.as_str().parse::<i32>().ok()?),
        None => None,
    };
    let year = explicit_year
        .or_else(|| published.map(|published| month_year_by_tense(published, month, future)));
    let value = year.and_then(|year| {
        let last = last_day_of_month(year, month)?.day();
        let (first_day, last_day) = match part_name(part) {
            PartName::Early => (1, 10),
            PartName::Mid => (11, 20),
            PartName::Late => (21, last),
            PartName::Beginning => (1, 7),
            PartName::End => (last - 6, last),
            PartName::Middle => (11, 20),
        };
        Period::range(
            NaiveDate::from_ymd_opt(year, month, first_day)?,
            NaiveDate::from_ymd_opt(year, month, last_day)?,
        )
    });
    if explicit_year.is_some() {
        absolute(value)
    } else {
        relative(value)
    }
}

fn read_relative_month(
    captures: &Captures,
    _: &str,
    published: Option<NaiveDate>,
) -> Option<Reading> {
    let month = month_number(captures.name("month")?.as_str())?;
    let rel = captures.name("rel")?.as_str().to_ascii_lowercase();
    let value = published.and_then(|published| {
        let current = published.month();
        let year = match rel.as_str() {
            // The most recent such month strictly before the current one.
            "last" | "past" => {
                if month < current {
                    published.year()
                } else {
                    published.year() - 1
                }
            }
            // The first such month strictly after the current one.
            "next" | "coming" => {
                if month > current {
                    published.year()
                } else {
                    published.year() + 1
                }
            }
            _ => published.year(),
        };
        Period::month(year, month)
    });
    relative(value)
}

fn read_bare_month(
    captures: &Captures,
    text: &str,
    published: Option<NaiveDate>,
) -> Option<Reading> {
    let month_match = captures.name("month")?;
    let month = month_number(month_match.as_str())?;
    // "in October 2025" and "on October 14" belong to longer rules; "May" alone is too often
    // the verb or a name to read without a preposition, which this rule requires anyway.
    let after = text[month_match.end()..].trim_start_matches([' ', ',']);
    if after.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let future = speaks_of_the_future(text, month_match.start());
    relative(
        published.and_then(|published| {
            Period::month(month_year_by_tense(published, month, future), month)
        }),
    )
}

fn read_quarter(captures: &Captures, _: &str, _: Option<NaiveDate>) -> Option<Reading> {
    let year = number(captures, "year")? as i32;
    let quarter = match captures.name("quarter") {
        Some(quarter) => quarter.as_str().parse().ok()?,
        None => match captures
            .name("ordinal")?
            .as_str()
            .to_ascii_lowercase()
            .as_str()
        {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            _ => 4,
        },
    };
    absolute(Period::quarter(year, quarter))
}

fn read_half(captures: &Captures, _: &str, published: Option<NaiveDate>) -> Option<Reading> {
    let (year, is_relative) = year_phrase(captures.name("year")?.as_str(), published)?;
    let first = captures
        .name("ordinal")?
        .as_str()
        .eq_ignore_ascii_case("first");
    let value = year.and_then(|year| {
        if first {
            Period::months(year, 1, 6)
        } else {
            Period::months(year, 7, 12)
        }
    });
    if is_relative {
        relative(value)
    } else {
        absolute(value)
    }
}

fn read_first_months(
    captures: &Captures,
    _: &str,
    published: Option<NaiveDate>,
) -> Option<Reading> {
    let (year, is_relative) = year_phrase(captures.name("year")?.as_str(), published)?;
    let count = small_count(captures.name("count")?.as_str())?;
    let unit = captures.name("unit")?.as_str();
    let from_start = captures
        .name("which")?
        .as_str()
        .eq_ignore_ascii_case("first");
    let months = match unit {
        "months" if (1..=12).contains(&count) => count,
        "quarters" if (1..=4).contains(&count) => count * 3,
        "weeks" if (1..=52).contains(&count) => 0,
        _ => return None,
    };
    let value = year.and_then(|year| {
        if months == 0 {
            let first_day = NaiveDate::from_ymd_opt(year, 1, 1)?;
            let last_day = NaiveDate::from_ymd_opt(year, 12, 31)?;
            let days = u64::from(count * 7);
            if from_start {
                Period::range(first_day, first_day + Days::new(days - 1))
            } else {
                Period::range(last_day - Days::new(days - 1), last_day)
            }
        } else if from_start {
            Period::months(year, 1, months)
        } else {
            Period::months(year, 13 - months, 12)
        }
    });
    if is_relative {
        relative(value)
    } else {
        absolute(value)
    }
}

fn read_season(captures: &Captures, _: &str, _: Option<NaiveDate>) -> Option<Reading> {
    let year = number(captures, "year")? as i32;
    let season = season_number(captures.name("season")?.as_str());
    let part = captures.name("part").map(|part| part.as_str());
    absolute(season_period(year, season, part))
}

fn read_relative_season(
    captures: &Captures,
    _: &str,
    published: Option<NaiveDate>,
) -> Option<Reading> {
    let season = season_number(captures.name("season")?.as_str());
    let rel = captures.name("rel")?.as_str().to_ascii_lowercase();
    let value = published.and_then(|published| {
        let this = season_period(published.year(), season, None)?;
        match rel.as_str() {
            "last" | "past" => {
                if this.end < published {
                    Some(this)
                } else {
                    season_period(published.year() - 1, season, None)
                }
            }
            "next" | "coming" => {
                if this.start > published {
                    Some(this)
                } else {
                    season_period(published.year() + 1, season, None)
                }
            }
            _ => Some(this),
        }
    });
    relative(value)
}

fn read_decade(captures: &Captures, _: &str, _: Option<NaiveDate>) -> Option<Reading> {
    let decade: i32 = match (captures.name("decade"), captures.name("short")) {
        (Some(decade), _) => decade.as_str().parse().ok()?,
        (None, Some(short)) => {
            let short: i32 = short.as_str().parse().ok()?;
            // "'20s" in today's news is the 2020s; "'90s" is the 1990s.
            if short <= 20 {
                2000 + short
            } else {
                1900 + short
            }
        }
        _ => return None,
    };
    let (first, last) = match captures.name("part").map(|part| part_name(part.as_str())) {
        Some(PartName::Early | PartName::Beginning) => (decade, decade + 3),
        Some(PartName::Mid | PartName::Middle) => (decade + 3, decade + 6),
        Some(PartName::Late | PartName::End) => (decade + 7, decade + 9),
        None => (decade, decade + 9),
    };
    absolute(Period::years(first, last, Precision::Decade))
}

fn read_century(captures: &Captures, _: &str, _: Option<NaiveDate>) -> Option<Reading> {
    let ordinal: i32 = match (captures.name("ordinal"), captures.name("word")) {
        (Some(ordinal), _) => ordinal.as_str().parse().ok()?,
        (None, Some(word)) => match word.as_str().to_ascii_lowercase().as_str() {
            "sixteenth" => 16,
            "seventeenth" => 17,
            "eighteenth" => 18,
            "nineteenth" => 19,
            "twentieth" => 20,
            _ => 21,
        },
        _ => return None,
    };
    // In ordinary usage the 20th century is 1900–1999.
    let first_year = (ordinal - 1) * 100;
    let (first, last) = match captures.name("part").map(|part| part_name(part.as_str())) {
        Some(PartName::Early | PartName::Beginning) => (first_year, first_year + 32),
        Some(PartName::Mid | PartName::Middle) => (first_year + 33, first_year + 66),
        Some(PartName::Late | PartName::End) => (first_year + 67, first_year + 99),
        None => (first_year, first_year + 99),
    };
    absolute(Period::years(first, last, Precision::Century))
}

fn read_year_range(captures: &Captures, text: &str, _: Option<NaiveDate>) -> Option<Reading> {
    let first: i32 = captures.name("first")?.as_str().parse().ok()?;
    let last_text = captures.name("last")?.as_str();
    let mut last: i32 = last_text.parse().ok()?;
    if last_text.len() == 2 {
        last += first / 100 * 100;
    }
    // A range runs forward and not absurdly far ("1999-2000" yes, "2010-2005" no).
    if last <= first || last - first > 200 {
        return None;
    }
    // "2001-2021" inside a longer number or code ("ISBN 1999-2000-1") is not a range.
    let whole = captures.get(0)?;
    let after = &text[whole.end()..];
    if after.starts_with(['-', '/']) && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    absolute(Period::years(first, last, Precision::Range))
}

fn read_part_of_year(captures: &Captures, _: &str, _: Option<NaiveDate>) -> Option<Reading> {
    let year = number(captures, "year")? as i32;
    let part = part_name(captures.name("part")?.as_str());
    absolute(part_of_year(year, part))
}

fn read_post_year(captures: &Captures, _: &str, published: Option<NaiveDate>) -> Option<Reading> {
    let year = number(captures, "year")? as i32;
    let after = captures
        .name("direction")?
        .as_str()
        .eq_ignore_ascii_case("post");
    // "post-2021" runs from that year to publication; "pre-2021" has no start to give.
    let value = if after {
        published
            .and_then(|published| Period::range(NaiveDate::from_ymd_opt(year, 1, 1)?, published))
    } else {
        None
    };
    relative(value)
}

fn read_bare_year(captures: &Captures, text: &str, _: Option<NaiveDate>) -> Option<Reading> {
    let year_match = captures.name("year")?;
    let after = &text[year_match.end()..];
    // "in 2000 cases" and "of 1500 people" count things; "2021.5" and "2021,000" are numbers.
    if after.starts_with([',', '.']) && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if next_word_counts_things(after) {
        return None;
    }
    absolute(Period::year(year_match.as_str().parse().ok()?))
}

fn read_day_word(captures: &Captures, text: &str, published: Option<NaiveDate>) -> Option<Reading> {
    let word_match = captures.name("word")?;
    let word = word_match.as_str().to_ascii_lowercase();
    // "Pakistan Today" is a newspaper, not a day: a capitalised "Today" right after a
    // capitalised word mid-sentence is part of a name.
    if word_match.as_str().starts_with('T') {
        let before = text[..word_match.start()].trim_end();
        let previous_word = before.rsplit(' ').next().unwrap_or("");
        if previous_word.starts_with(char::is_uppercase) && !before.ends_with(['.', '!', '?', ':'])
        {
            return None;
        }
    }
    let shift: i64 = if word.starts_with("yesterday") || word.starts_with("last") {
        -1
    } else if word.starts_with("tomorrow") {
        1
    } else {
        0
    };
    relative(published.and_then(|published| {
        published
            .checked_add_signed(chrono::Duration::days(shift))
            .map(Period::day)
    }))
}

fn read_weekday(captures: &Captures, text: &str, published: Option<NaiveDate>) -> Option<Reading> {
    let span_start = captures.get(0).map_or(0, |whole| whole.start());
    let future = speaks_of_the_future(text, span_start);
    let weekday = weekday_from_name(captures.name("weekday")?.as_str())?;
    let rel = captures
        .name("rel")
        .map(|rel| rel.as_str().to_ascii_lowercase())
        .unwrap_or_default();
    let value = published.map(|published| {
        let back =
            (7 + published.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
        let date = match rel.as_str() {
            "next" | "coming" => {
                let forward = (7 - back) % 7;
                published + Days::new(u64::from(if forward == 0 { 7 } else { forward }))
            }
            "last" | "past" => published - Days::new(u64::from(if back == 0 { 7 } else { back })),
            // A bare weekday in a clause about what will happen ("talks are expected to
            // resume on Wednesday", "rain will ease on Sunday") is the next one after
            // publication.
            _ if future => {
                let forward = (7 - back) % 7;
                published + Days::new(u64::from(if forward == 0 { 7 } else { forward }))
            }
            // Otherwise "Monday" or "on Monday" in news is the most recent one, publication
            // day included.
            _ => published - Days::new(u64::from(back)),
        };
        Period::day(date)
    });
    relative(value)
}

/// Words that put a clause in the future: "will", "is expected to", "is due to", forecasts.
const FUTURE_MARKERS: &[&str] = &[
    "will",
    "'ll",
    "shall",
    "expected",
    "due",
    "scheduled",
    "set",
    "plans",
    "planned",
    "plan",
    "intends",
    "forecast",
    "forecasts",
    "forecasters",
    "likely",
    "upcoming",
    "until",
    "tomorrow",
    "awaits",
    "await",
    "going",
    "would",
    "prepares",
    "preparing",
    "aims",
    "hopes",
    "tonight",
];

/// Does the clause before byte `position` speak of what is still to come? Looks back to the
/// start of the sentence (or clause) for a future marker.
fn speaks_of_the_future(text: &str, position: usize) -> bool {
    let before = &text[..position];
    let clause_start = before
        .rfind(['.', '!', '?', ';', '\n'])
        .map_or(0, |found| found + 1);
    // Words inside a quotation are the speaker's tense, not the reporting clause's: look only
    // after the last closing quotation mark.
    let clause = &before[clause_start..];
    let clause = clause
        .rfind(['”', '"'])
        .map_or(clause, |found| &clause[found..]);
    let words: Vec<String> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    // "voted Wednesday", "said on Monday": a past-tense verb right before the day is the past,
    // whatever the clause said earlier.
    let mut reversed = words
        .iter()
        .rev()
        .skip_while(|word| matches!(word.as_str(), "on" | "late" | "early" | "last"));
    let right_before = reversed.next();
    // "will be signed Wednesday" is a participle, not the past.
    let participle = reversed.next().is_some_and(|word| {
        matches!(
            word.as_str(),
            "be" | "to" | "will" | "would" | "being" | "get" | "'ll"
        )
    });
    if right_before.is_some_and(|word| is_past_tense(word)) && !participle {
        return false;
    }
    // "was scheduled to", "were expected to": a plan seen from the past.
    words.iter().enumerate().any(|(index, word)| {
        FUTURE_MARKERS.contains(&word.as_str())
            && !(index > 0 && PAST_AUXILIARIES.contains(&words[index - 1].as_str()))
    })
}

/// Auxiliaries that put a future marker in the past ("was expected to", "had planned").
const PAST_AUXILIARIES: &[&str] = &["was", "were", "had", "been"];

/// Irregular past tenses of verbs that stand right before a day in news ("met Tuesday").
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "met", "spoke", "took", "made", "gave", "went", "came", "left", "held",
    "began", "won", "lost", "wrote", "sent", "struck", "fell", "rose", "broke", "saw", "found",
    "brought", "fought", "fled", "hit", "shot", "sought", "thought", "was", "were", "did", "had",
];

/// Does `word` (lower-case) read as a past-tense verb: a regular "-ed" form or a common
/// irregular one?
fn is_past_tense(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed") && !matches!(word, "need" | "speed" | "embed"))
        || IRREGULAR_PAST.contains(&word)
}

fn read_relative_unit(
    captures: &Captures,
    _: &str,
    published: Option<NaiveDate>,
) -> Option<Reading> {
    let rel = captures.name("rel")?.as_str().to_ascii_lowercase();
    let unit = captures.name("unit")?.as_str().to_ascii_lowercase();
    let words: Vec<&str> = rel
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    // "early last year": a part word, then the relative word.
    let (part, rel_word) = match words.as_slice() {
        [part @ ("early" | "late" | "mid"), rel_word] => (Some(*part), *rel_word),
        ["earlier" | "later", rel_word] => (None, *rel_word),
        [rel_word] => (None, *rel_word),
        _ => return None,
    };
    let value = published.and_then(|published| {
        let step: i32 = match rel_word {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        let is_span_from_now = matches!(rel_word, "past" | "coming")
            || (rel_word == "last" && matches!(unit.as_str(), "decade" | "century"));
        if is_span_from_now {
            let years = match unit.as_str() {
                "decade" => 10,
                "century" => 100,
                _ => 0,
            };
            let (start, end) = match unit.as_str() {
                "week" | "weekend" => (published - Days::new(7), published + Days::new(7)),
                "month" => (
                    published.checked_sub_months(Months::new(1))?,
                    published.checked_add_months(Months::new(1))?,
                ),
                "quarter" => (
                    published.checked_sub_months(Months::new(3))?,
                    published.checked_add_months(Months::new(3))?,
                ),
                _ => (
                    published.checked_sub_months(Months::new(12 * years.max(1)))?,
                    published.checked_add_months(Months::new(12 * years.max(1)))?,
                ),
            };
            return if rel_word == "coming" {
                Period::range(published, end)
            } else {
                Period::range(start, published)
            };
        }
        let base = match unit.as_str() {
            "week" => Period::week_containing(shift_date(published, step, Unit::Week)?),
            "weekend" => {
                let week = Period::week_containing(shift_date(published, step, Unit::Week)?);
                Period::range(week.start + Days::new(5), week.end)?
            }
            "month" => {
                let date = shift_date(published, step, Unit::Month)?;
                Period::month(date.year(), date.month())?
            }
            "quarter" => {
                let date = shift_date(published, 3 * step, Unit::Month)?;
                Period::quarter(date.year(), (date.month() - 1) / 3 + 1)?
            }
            "year" => Period::year(published.year() + step)?,
            "decade" => {
                let decade = published.year() / 10 * 10 + 10 * step;
                Period::years(decade, decade + 9, Precision::Decade)?
            }
            _ => {
                let century = published.year() / 100 * 100 + 100 * step;
                Period::years(century, century + 99, Precision::Century)?
            }
        };
        match part {
            Some(part) if base.precision == Precision::Year => {
                part_of_year(base.start.year(), part_name(part))
            }
            Some(part) if base.precision == Precision::Month => {
                let last = base.end.day();
                let (first_day, last_day) = match part {
                    "early" => (1, 10),
                    "mid" => (11, 20),
                    _ => (21, last),
                };
                Period::range(
                    base.start.with_day(first_day)?,
                    base.start.with_day(last_day)?,
                )
            }
            _ => Some(base),
        }
    });
    relative(value)
}

fn read_ago(captures: &Captures, _: &str, published: Option<NaiveDate>) -> Option<Reading> {
    let unit = unit_from_name(captures.name("unit")?.as_str())?;
    let count = small_count(captures.name("count")?.as_str());
    let value = match (published, count) {
        (Some(published), Some(count)) => {
            let count = i32::try_from(count).ok()?;
            let date = shift_date(published, -count, unit)?;
            match unit {
                Unit::Hour | Unit::Day => Some(Period::day(date)),
                Unit::Week => Some(Period::week_containing(date)),
                Unit::Month => Period::month(date.year(), date.month()),
                Unit::Year | Unit::Decade => Period::year(date.year()),
            }
        }
        _ => None,
    };
    relative(value)
}

fn read_past_count(captures: &Captures, _: &str, published: Option<NaiveDate>) -> Option<Reading> {
    let unit = unit_from_name(captures.name("unit")?.as_str())?;
    let count = small_count(captures.name("count")?.as_str());
    let value = match (published, count) {
        (Some(published), Some(count)) => {
            let count = i32::try_from(count).ok()?;
            Period::range(shift_date(published, -count, unit)?, published)
        }
        _ => None,
    };
    relative(value)
}

fn read_anchored(captures: &Captures, _: &str, _: Option<NaiveDate>) -> Option<Reading> {
    let unit = unit_from_name(captures.name("unit")?.as_str())?;
    let count = match captures.name("count") {
        Some(count) => i32::try_from(small_count(count.as_str())?).ok()?,
        None => 1,
    };
    let direction = captures.name("direction")?.as_str().to_ascii_lowercase();
    let sign = match direction.as_str() {
        "later" | "after" | "afterwards" | "next" | "following" => 1,
        _ => -1,
    };
    Some(Reading::Anchored {
        amount: sign * count,
        unit,
        prepositional: matches!(direction.as_str(), "after" | "before"),
    })
}

fn read_vague(_: &Captures, _: &str, _: Option<NaiveDate>) -> Option<Reading> {
    relative(None)
}

// ---- Calendar helpers ----

fn number(captures: &Captures, name: &str) -> Option<u32> {
    captures.name(name)?.as_str().parse().ok()
}

/// The month a matched month name stands for ("Jan.", "Sept", "October"), by the one calendar
/// table the project keeps.
fn month_number(name: &str) -> Option<u32> {
    calendar::month_number(name.trim_end_matches('.'))
}

/// The weekday a matched weekday name stands for, by the same calendar table.
fn weekday_from_name(name: &str) -> Option<Weekday> {
    let number = calendar::weekday_number(name)?;
    Weekday::try_from(u8::try_from(number).ok()?).ok()
}

fn unit_from_name(name: &str) -> Option<Unit> {
    let unit = match name.to_ascii_lowercase().trim_end_matches('s') {
        "hour" => Unit::Hour,
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        "decade" => Unit::Decade,
        _ => return None,
    };
    Some(unit)
}

fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

/// The year of a day named without one ("Oct. 14"): the publication year, unless that puts
/// the day more than two months after publication, in which case the year before.
fn day_near(published: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(published.year(), month, day);
    match this_year {
        Some(date) if date <= published + Days::new(62) => Some(date),
        _ => NaiveDate::from_ymd_opt(published.year() - 1, month, day),
    }
}

/// The year of a month named without one ("in October"): the publication year, unless the
/// month lies more than two months ahead, in which case the year before.
fn month_year_near(published: NaiveDate, month: u32) -> i32 {
    if month > published.month() + 2 {
        published.year() - 1
    } else {
        published.year()
    }
}

/// The year of a month named without one, by the clause's tense: in a clause about what will
/// happen ("will leave at the end of March") the next such month from publication (this
/// month included); otherwise [`month_year_near`].
fn month_year_by_tense(published: NaiveDate, month: u32, future: bool) -> i32 {
    if future && month < published.month() {
        published.year() + 1
    } else if future {
        published.year()
    } else {
        month_year_near(published, month)
    }
}

/// A year written as digits or as "this year" / "last year" / "the year"; the flag says
/// whether it was relative. `Some((None, true))` means relative with no publication date.
fn year_phrase(text: &str, published: Option<NaiveDate>) -> Option<(Option<i32>, bool)> {
    if let Ok(year) = text.parse::<i32>() {
        return Some((Some(year), false));
    }
    let lowered = text.to_ascii_lowercase();
    let step = if lowered.starts_with("last") {
        -1
    } else if lowered.starts_with("next") {
        1
    } else {
        0
    };
    Some((published.map(|published| published.year() + step), true))
}

fn shift_date(date: NaiveDate, amount: i32, unit: Unit) -> Option<NaiveDate> {
    let magnitude = amount.unsigned_abs();
    let forward = amount >= 0;
    match unit {
        Unit::Hour => {
            let days = u64::from(magnitude / 24);
            if forward {
                date.checked_add_days(Days::new(days))
            } else {
                date.checked_sub_days(Days::new(days))
            }
        }
        Unit::Day | Unit::Week => {
            let days = u64::from(magnitude) * if unit == Unit::Week { 7 } else { 1 };
            if forward {
                date.checked_add_days(Days::new(days))
            } else {
                date.checked_sub_days(Days::new(days))
            }
        }
        Unit::Month | Unit::Year | Unit::Decade => {
            let months = magnitude.checked_mul(match unit {
                Unit::Month => 1,
                Unit::Year => 12,
                _ => 120,
            })?;
            if forward {
                date.checked_add_months(Months::new(months))
            } else {
                date.checked_sub_months(Months::new(months))
            }
        }
    }
}

/// "Two days later" from a day is a day; "four years later" from anything is a year.
/// The anchor must be at least as fine as the shift: "a day later" after "the 1990s" says
/// nothing about a day.
fn shift_period(anchor: Period, amount: i32, unit: Unit) -> Option<Period> {
    let span_days = (anchor.end - anchor.start).num_days();
    let fine_enough = match unit {
        Unit::Hour | Unit::Day | Unit::Week => {
            matches!(anchor.precision, Precision::Day | Precision::Week)
                || (anchor.precision == Precision::Range && span_days <= 7)
        }
        Unit::Month => {
            matches!(
                anchor.precision,
                Precision::Day | Precision::Week | Precision::Month
            ) || (anchor.precision == Precision::Range && span_days <= 31)
        }
        Unit::Year | Unit::Decade => {
            anchor.precision < Precision::Decade && anchor.start.year() == anchor.end.year()
        }
    };
    if !fine_enough {
        return None;
    }
    let start = shift_date(anchor.start, amount, unit)?;
    match unit {
        Unit::Hour | Unit::Day | Unit::Week => {
            let end = shift_date(anchor.end, amount, unit)?;
            Some(match anchor.precision {
                Precision::Day => Period::day(start),
                Precision::Week => Period::week_containing(start),
                _ => Period::range(start, end)?,
            })
        }
        Unit::Month => Period::month(start.year(), start.month()),
        Unit::Year | Unit::Decade => Period::year(start.year()),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PartName {
    Early,
    Mid,
    Late,
    Beginning,
    Middle,
    End,
}

fn part_name(text: &str) -> PartName {
    let lowered = text.to_ascii_lowercase();
    let last_word = lowered
        .split(|c: char| c.is_whitespace() || c == '-')
        .rfind(|word| !word.is_empty() && *word != "of")
        .unwrap_or("");
    match last_word {
        "early" => PartName::Early,
        "mid" => PartName::Mid,
        "late" => PartName::Late,
        "beginning" | "start" => PartName::Beginning,
        "middle" => PartName::Middle,
        _ => PartName::End,
    }
}

/// Conventions for parts of a year: early = January–April, mid = May–August, late =
/// September–December; the beginning = January–February, the end = November–December.
fn part_of_year(year: i32, part: PartName) -> Option<Period> {
    match part {
        PartName::Early => Period::months(year, 1, 4),
        PartName::Mid => Period::months(year, 5, 8),
        PartName::Late => Period::months(year, 9, 12),
        PartName::Beginning => Period::months(year, 1, 2),
        PartName::Middle => Period::months(year, 6, 7),
        PartName::End => Period::months(year, 11, 12),
    }
}

/// 1 spring, 2 summer, 3 autumn, 4 winter.
fn season_number(name: &str) -> u32 {
    match name.to_ascii_lowercase().as_str() {
        "spring" => 1,
        "summer" => 2,
        "autumn" | "fall" => 3,
        _ => 4,
    }
}

/// Meteorological seasons of the northern hemisphere, where most of this news happens:
/// spring March–May, summer June–August, autumn September–November, winter December to
/// the February after.
fn season_period(year: i32, season: u32, part: Option<&str>) -> Option<Period> {
    let first_month = 3 * season;
    let start = NaiveDate::from_ymd_opt(year, first_month, 1)?;
    let months: Vec<NaiveDate> = (0..3)
        .filter_map(|offset| start.checked_add_months(Months::new(offset)))
        .collect();
    let (first, last) = match part.map(part_name) {
        Some(PartName::Early | PartName::Beginning) => (months[0], months[0]),
        Some(PartName::Mid | PartName::Middle) => (months[1], months[1]),
        Some(PartName::Late | PartName::End) => (months[2], months[2]),
        None => (months[0], months[2]),
    };
    Some(Period {
        start: first,
        end: last_day_of_month(last.year(), last.month())?,
        precision: if part.is_some() {
            Precision::Range
        } else {
            Precision::Season
        },
    })
}

/// Words after a number that make it a count of things rather than a year.
fn next_word_counts_things(after: &str) -> bool {
    let word: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    crate::quantities::is_count_noun(&word)
}

#[cfg(test)]
mod future_weekday_tests {
    use super::*;

    fn day_of(text: &str, published: &str) -> Option<String> {
        let published = NaiveDate::parse_from_str(published, "%Y-%m-%d").ok();
        dates(text, published)
            .into_iter()
            .find(|mention| mention.text.contains("day"))
            .and_then(|mention| mention.value)
            .map(|period| period.iso())
    }

    #[test]
    fn weekdays_in_future_clauses_look_forward() {
        // Published on Thursday 2025-11-20.
        assert_eq!(
            day_of(
                "Temperatures are expected to drop sharply on Friday evening.",
                "2025-11-20"
            )
            .as_deref(),
            Some("2025-11-21")
        );
        assert_eq!(
            day_of(
                "Talks will resume on Wednesday, officials said.",
                "2025-11-20"
            )
            .as_deref(),
            Some("2025-11-26")
        );
        assert_eq!(
            day_of(
                "Troops attacked the post on Tuesday, officials said.",
                "2025-11-20"
            )
            .as_deref(),
            Some("2025-11-18")
        );
    }
}
