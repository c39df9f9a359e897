//! `calendar/`: sitrep's one date reader for dates written in full — publication dates as
//! pages, feeds, datelines and bylines write them ("2025-09-04T10:00:00Z", "September 4,
//! 2025", "Par Jean Dupont – 11/12/2025", "/2025/09/04/" in a URL) normalised to ISO 8601 — and
//! the month and weekday names every other date reader (the `facts` reader of dates in prose)
//! uses.
//!
//! # The policy for numeric dates
//!
//! A date written in numbers only is read in one way everywhere:
//! - four digits first is year-month-day ("2025/10/12", "2025.10.12");
//! - otherwise the year comes last, four digits, or two with `/` or `.` ("12/10/25" is 2025);
//! - of the first two numbers, one above 12 can only be the day: "10/31/2024" is
//!   month-first, "15.12.2025" day-first;
//! - when both could be the day ("04/09/2025") the date is read **day first**, the way most of
//!   the world writes it and the way the outlets sitrep reads outside the United States date
//!   their articles — unless the caller knows the source's order: a page that declares a
//!   locale whose region writes month first ("en-US", "en_US") passes
//!   [`NumericDateOrder::MonthFirst`] to the `_in_order` readers ([`NumericDateOrder::of_locale`]
//!   tells the order from a locale tag).
//!
//! Publication dates outside 1990–2100 are not publication dates and are refused.

use std::sync::LazyLock;

use regex::Regex;

/// ISO 8601 at the start of a value: date, optional time, optional zone.
static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?")
        .expect("valid ISO date pattern")
});

/// An ISO-looking date anywhere in running text.
static ISO_DATE_IN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{4})[-./](\d{2})[-./](\d{2})\b").expect("valid ISO date-in-text pattern")
});

/// "September 4, 2025", "Sep. 4th 2025".
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\D|$)")
        .expect("valid month-day-year pattern")
});

/// "4 September 2025", "04 Sep 2025", "4th of September, 2025".
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})(?:\D|$)",
    )
    .expect("valid day-month-year pattern")
});

/// "10/31/2024", "15.12.2025", "11/12/25": day and month in the order the module's policy
/// settles, the year last.
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})\b")
        .expect("valid numeric date pattern")
});

/// Which of a numeric date's first two numbers is the day when both could be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NumericDateOrder {
    /// "04/09/2025" is 4 September: most of the world, and the module's default.
    #[default]
    DayFirst,
    /// "04/09/2025" is April 9: the United States and the places that write dates its way.
    MonthFirst,
}

/// The regions (ISO 3166-1 alpha-2) whose usual short date puts the month first: the United
/// States, its territories, the Pacific states in free association with it, and the
/// Philippines.
const MONTH_FIRST_REGIONS: &[&str] = &[
    "US", "AS", "GU", "MP", "PR", "UM", "VI", "FM", "MH", "PW", "PH",
];

impl NumericDateOrder {
    /// The order a locale tag's region writes dates in ("en-US", "en_us", "es-PR" → month
    /// first; "en-GB", "fr_FR" → day first); `None` for a tag without a region ("en"), which
    /// says nothing about the order.
    pub fn of_locale(tag: &str) -> Option<NumericDateOrder> {
        let region = tag
            .trim()
            .split(['-', '_'])
            .skip(1)
            .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))?
            .to_ascii_uppercase();
        Some(if MONTH_FIRST_REGIONS.contains(&region.as_str()) {
            NumericDateOrder::MonthFirst
        } else {
            NumericDateOrder::DayFirst
        })
    }
}

/// Day and month of a numeric date whose first two numbers are `first` and `second`, by the
/// module's policy: a number above 12 is the day; when both could be, the first is.
pub fn day_and_month(first: u32, second: u32) -> Option<(u32, u32)> {
    day_and_month_in_order(first, second, NumericDateOrder::DayFirst)
}

/// Day and month of a numeric date: a number above 12 is the day; when both could be, `order`
/// says which.
pub fn day_and_month_in_order(
    first: u32,
    second: u32,
    order: NumericDateOrder,
) -> Option<(u32, u32)> {
    match (first > 12, second > 12, order) {
        (true, true, _) => None,
        (false, true, _) | (false, false, NumericDateOrder::MonthFirst) => Some((second, first)),
        _ => Some((first, second)),
    }
}

/// "/2025/09/04/" or "-2025-09-04-" or "/20250904/" inside a URL path.
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[/_-]((?:19|20)\d{2})[/_-]?(\d{2})[/_-]?(\d{2})(?:[/_.-]|$)")
        .expect("valid URL date pattern")
});

/// The months' English names; a name is read in full, by its first three letters, or as "sept".
pub const MONTH_NAMES: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

/// The weekdays' English names, Monday first (0) as ISO 8601 counts; read in full or by their
/// first three letters ("Tue", "Tues" and "Thurs" too).
pub const WEEKDAY_NAMES: &[(&str, u32)] = &[
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
];

/// The number (0 for Monday) of a weekday's name or abbreviation, any case.
pub fn weekday_number(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    if matches!(lower.as_str(), "tues" | "thur" | "thurs") {
        return Some(if lower == "tues" { 1 } else { 3 });
    }
    WEEKDAY_NAMES.iter().find_map(|(full, number)| {
        (lower == *full || (lower.len() == 3 && full.starts_with(&lower))).then_some(*number)
    })
}

/// The number (1–12) of a month's name or abbreviation, any case.
pub fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_ascii_lowercase();
    if lower == "sept" {
        return Some(9);
    }
    MONTH_NAMES.iter().find_map(|(full, number)| {
        let matches_full = lower == *full;
        let matches_abbreviation = lower.len() == 3 && full.starts_with(&lower);
        (matches_full || matches_abbreviation).then_some(*number)
    })
}

fn valid_calendar_date(year: u32, month: u32, day: u32) -> bool {
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => return false,
    };
    (1990..=2100).contains(&year) && (1..=days_in_month).contains(&day)
}

fn iso_date(year: u32, month: u32, day: u32) -> Option<String> {
    valid_calendar_date(year, month, day).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// Normalise a date value from metadata (meta tag, JSON-LD, `<time datetime>`) to ISO 8601.
/// Keeps the time and zone when given; falls back to reading a written-out date.
pub fn normalize_date(value: &str) -> Option<String> {
    normalize_date_in_order(value, NumericDateOrder::DayFirst)
}

/// [`normalize_date`] for a source known to write numeric dates in `order`.
pub fn normalize_date_in_order(value: &str, order: NumericDateOrder) -> Option<String> {
    let value = value.trim();
    if let Some(captures) = ISO_DATE.captures(value) {
        let number = |index: usize| {
            captures
                .get(index)
                .and_then(|found| found.as_str().parse::<u32>().ok())
        };
        let date = iso_date(number(1)?, number(2)?, number(3)?)?;
        let (Some(hour), Some(minute)) = (number(4), number(5)) else {
            return Some(date);
        };
        if hour > 23 || minute > 59 {
            return Some(date);
        }
        let second = number(6).unwrap_or(0).min(59);
        let zone = match captures.get(7).map(|found| found.as_str()) {
            None => String::new(),
            Some("Z") => "Z".to_string(),
            Some(offset) if offset.len() == 5 => format!("{}:{}", &offset[..3], &offset[3..]),
            Some(offset) => offset.to_string(),
        };
        return Some(format!("{date}T{hour:02}:{minute:02}:{second:02}{zone}"));
    }
    date_in_text_in_order(value, order)
}

/// The first written-out date in running text ("Published September 4, 2025 at 10:00").
pub fn date_in_text(text: &str) -> Option<String> {
    date_in_text_in_order(text, NumericDateOrder::DayFirst)
}

/// [`date_in_text`] for a source known to write numeric dates in `order`.
pub fn date_in_text_in_order(text: &str, order: NumericDateOrder) -> Option<String> {
    date_with_position_in_text_in_order(text, order).map(|(_, _, date)| date)
}

/// The first written-out date in running text with the byte range it covers (start, end).
/// The year of a date may run straight into the next word ("Dec 17, 2025Jane Doe" from
/// markup with no space), so a date ends after its year, not at a word boundary.
pub fn date_with_position_in_text(text: &str) -> Option<(usize, usize, String)> {
    date_with_position_in_text_in_order(text, NumericDateOrder::DayFirst)
}

/// [`date_with_position_in_text`] for a source known to write numeric dates in `order`.
pub fn date_with_position_in_text_in_order(
    text: &str,
    order: NumericDateOrder,
) -> Option<(usize, usize, String)> {
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    // Each pattern with the capture groups of its year, month and day; the month is a number or
    // a name.
    let written_out: [(&Regex, [usize; 3]); 3] = [
        (&MONTH_DAY_YEAR, [3, 1, 2]),
        (&DAY_MONTH_YEAR, [3, 2, 1]),
        (&ISO_DATE_IN_TEXT, [1, 2, 3]),
    ];
    for (pattern, [year_group, month_group, day_group]) in written_out {
        let Some(captures) = pattern.captures(text) else {
            continue;
        };
        let month_text = &captures[month_group];
        let month = month_text.parse().ok().or_else(|| month_number(month_text));
        let day = captures[day_group].parse().ok();
        let year = captures[year_group].parse().ok();
        if let (Some(year), Some(month), Some(day)) = (year, month, day) {
            if let Some(date) = iso_date(year, month, day) {
                // The date ends with its last number: the pattern may take a character more.
                let last_number_end = [year_group, month_group, day_group]
                    .iter()
                    .filter_map(|&group| captures.get(group).map(|found| found.end()))
                    .max()
                    .unwrap_or(0);
                found.push((
                    captures.get(0).map_or(0, |whole| whole.start()),
                    last_number_end,
                    date,
                ));
            }
        }
    }
    for captures in NUMERIC_DATE.captures_iter(text) {
        let first: u32 = captures[1].parse().unwrap_or(0);
        let second: u32 = captures[3].parse().unwrap_or(0);
        let year_digits = &captures[5];
        // A two-digit year only after '/' or '.', and with both separators alike: "12-10-25"
        // is more often a code than a date.
        if year_digits.len() == 2 && (captures[2] != captures[4] || &captures[2] == "-") {
            continue;
        }
        if year_digits.len() == 4 && captures[2] != captures[4] {
            continue;
        }
        let year: u32 = year_digits.parse().unwrap_or(0);
        let year = if year < 100 { 2000 + year } else { year };
        let Some((day, month)) = day_and_month_in_order(first, second, order) else {
            continue;
        };
        if let Some(date) = iso_date(year, month, day) {
            found.push((
                captures.get(0).map_or(0, |whole| whole.start()),
                captures.get(5).map_or(0, |year| year.end()),
                date,
            ));
            break;
        }
    }
    found.into_iter().min_by_key(|(position, _, _)| *position)
}

/// A date written into a URL path ("/2025/09/04/slug"), as an ISO date.
pub fn date_in_url(url: &str) -> Option<String> {
    let path_start = url.find("://").map_or(0, |scheme_end| scheme_end + 3);
    let path = &url[path_start..];
    let path = path.find('/').map_or("", |slash| &path[slash..]);
    let captures = URL_DATE.captures(path)?;
    iso_date(
        captures[1].parse().ok()?,
        captures[2].parse().ok()?,
        captures[3].parse().ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<&str>) {
        assert_eq!(normalize_date(input).as_deref(), expected, "input: {input}");
    }

    #[test]
    fn metadata_dates_normalise_to_iso() {
        check("2025-09-04", Some("2025-09-04"));
        check(
            "2025-09-04T10:05:00+0200",
            Some("2025-09-04T10:05:00+02:00"),
        );
        check("2025-09-04T10:05Z", Some("2025-09-04T10:05:00Z"));
        check("2025-09-04 10:05:07.123", Some("2025-09-04T10:05:07"));
        check("September 4, 2025", Some("2025-09-04"));
        check("Thu, 04 Sep 2025 10:00:00 GMT", Some("2025-09-04"));
        check("4th of September 2025", Some("2025-09-04"));
        check("Updated: 10/31/2024", Some("2024-10-31"));
        check("Posted on the 15/12/2025 at 10:00", Some("2025-12-15"));
        check("04/09/2025", Some("2025-09-04"));
        check("Par Jean Dupont – 11/12/2025", Some("2025-12-11"));
        check("12.10.25", Some("2025-10-12"));
        check("12-10-25", None);
        check("10/31-2024", None);
        check("2025-02-30", None);
        check("not a date", None);
    }

    #[test]
    fn month_and_weekday_names_are_read_in_full_or_abbreviated() {
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("DECEMBER"), Some(12));
        assert_eq!(month_number("Decem"), None);
        assert_eq!(weekday_number("Thurs."), Some(3));
        assert_eq!(weekday_number("sun"), Some(6));
        assert_eq!(weekday_number("sunny"), None);
    }

    #[test]
    fn url_dates_need_year_month_and_day() {
        assert_eq!(
            date_in_url("https://a.com/2025/09/04/slug/").as_deref(),
            Some("2025-09-04")
        );
        assert_eq!(
            date_in_url("https://a.com/news/2025-09-04-slug").as_deref(),
            Some("2025-09-04")
        );
        assert_eq!(date_in_url("https://a.com/2025/09/slug").as_deref(), None);
        assert_eq!(date_in_url("https://2025.com/").as_deref(), None);
    }

    #[test]
    fn a_locale_that_writes_month_first_reads_ambiguous_dates_month_first() {
        assert_eq!(
            NumericDateOrder::of_locale("en_US"),
            Some(NumericDateOrder::MonthFirst)
        );
        assert_eq!(
            NumericDateOrder::of_locale("es-pr"),
            Some(NumericDateOrder::MonthFirst)
        );
        assert_eq!(
            NumericDateOrder::of_locale("en-GB"),
            Some(NumericDateOrder::DayFirst)
        );
        assert_eq!(NumericDateOrder::of_locale("en"), None);
        assert_eq!(
            NumericDateOrder::of_locale("zh-Hant-TW"),
            Some(NumericDateOrder::DayFirst)
        );
        let month_first = NumericDateOrder::MonthFirst;
        assert_eq!(
            normalize_date_in_order("03-09-2026", month_first).as_deref(),
            Some("2026-03-09")
        );
        assert_eq!(
            normalize_date_in_order("03-09-2026", NumericDateOrder::DayFirst).as_deref(),
            Some("2026-09-03")
        );
        // Only the ambiguous case follows the order: a number above 12 is still the day.
        assert_eq!(
            normalize_date_in_order("15.12.2025", month_first).as_deref(),
            Some("2025-12-15")
        );
        // ISO and written-out dates do not depend on it.
        assert_eq!(
            normalize_date_in_order("2025-04-09", month_first).as_deref(),
            Some("2025-04-09")
        );
        assert_eq!(
            date_in_text_in_order("Posted 4 September 2025", month_first).as_deref(),
            Some("2025-09-04")
        );
    }
}
