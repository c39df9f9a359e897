//! Rule: a line that credits where the text came from — a wire service, the original outlet, or
//! the site itself — is attribution, read into `wire` or the outlet and then removed.
//!
//! Why: rewrites and aggregator copies say where their text came from ("With information from
//! Reuters.", "Read at www.example.com", "Originally published by …"); copy chains and the card's
//! "Read at" stand on it. Site labels ("Site icon Example Times", "© 2025 Example Times") name the
//! outlet. `attribution` also reads a wire from a dateline inside a paragraph ("KABUL (Reuters) —").
//!
//! Example: "With additional reporting from AFP" → removed, wire = "AFP".

use super::Verdict;
use model::RemovalReason;
use regex::Regex;
use std::sync::LazyLock;

static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:with|additional|includes?)\s+(?:additional\s+)?(?:information|reporting|inputs?|input|content|details)\s+(?:from|by)\s+(?:the\s+)?(?P<wire>[^.;]{2,60}?)\s*\.?$").unwrap()
});
static ORIGINALLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:this (?:story|article) (?:was|is|first) )?(?:originally |first )?(?:published|appeared) (?:by|in|on|at) (?P<wire>[^.;]{2,60}?)\s*\.?$").unwrap()
});
/// "Published by Courier Media Group": the page's own publisher (the outlet's owner), not a
/// source the text was taken from; only "originally"/"first" or "this story was" make it one.
static PUBLISHER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^published by\s+(?P<name>[^.;]{2,60}?)\s*\.?$").unwrap());
/// A credit whose "source" is a date or a time ("Published on 27 May 2025", "Published at 10:05")
/// is a dateline: it holds a year, opens with a day or an hour, or opens with a month or weekday.
static DATE_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:19|20)\d{2}\b|^\d{1,2}(?:[:./\s]|st\b|nd\b|rd\b|th\b)|^(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)\b").unwrap()
});
static SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:source|courtesy|via|credit)\s*[:\-–]\s*(?P<wire>[^.;]{2,60}?)\s*\.?$")
        .unwrap()
});
static READ_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:read (?:more |the full (?:story|article) )?(?:at|on)|continue reading (?:at|on))\s+(?P<domain>(?:https?://)?[a-z0-9.-]+\.[a-z]{2,})/?\S*$").unwrap()
});
static SITE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:site (?:icon|logo)|logo)\s+(?P<name>\S.{1,60})$").unwrap()
});
static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?P<name>[A-Z][^.|]{1,50}?)(?:,?\s+\d{4}(?:\s*[-–]\s*\d{4})?)?\.?(?:\s*all rights reserved\.?)?$").unwrap()
});
static APP_PROMPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Loving|Enjoying|Like|Liked|Love)\s+(?P<name>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})\?|(?i:download|get|install)\s+the\s+(?P<name2>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})\s+app").unwrap()
});
static PROVIDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^this (?:story|article|report|content) (?:was|is|has been) (?:provided|supplied|syndicated|distributed) by (?:the\s+)?(?P<wire>[^.;]{2,60}?)\s*\.?$").unwrap()
});
static REPORTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:additional )?reporting by (?:the\s+)?(?P<wire>[^;,.]{2,40}?)\s*(?:[;,.]|$)",
    )
    .unwrap()
});
/// A newsroom's staff credit: "Reporting by Jane Doe in Cairo; Editing by John Roe", "Writing
/// by …; additional reporting by …". Who wrote and edited a story is no part of its text.
static STAFF_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\(?\s*)?(?:additional )?(?:reporting|writing|editing|compiled|produced|translated)(?: and (?:writing|editing))? by [^;]{3,160}(?:;\s*(?:additional )?(?:reporting|writing|editing|compiled|produced|translated)(?: and (?:writing|editing))? by [^;]{3,120})*\)?\.?$").unwrap()
});
/// A staff credit longer than this is a sentence that starts like one.
const STAFF_CREDIT_MAX_WORDS: usize = 40;
static FEED_FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^The post .{3,300} appeared first on (?P<name>[^.]{2,60})\.?$").unwrap()
});
/// Wire services and news agencies, as written (`data/wire_agencies.txt`): a "Reporting by X"
/// credit or a "(X) —" dateline names a wire only when X is one. The one agency list.
static AGENCY_NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    model::word_list_entries(include_str!("../../data/wire_agencies.txt")).collect()
});
/// The same names lower-cased, for comparing credits.
static AGENCIES: LazyLock<Vec<String>> = LazyLock::new(|| {
    AGENCY_NAMES
        .iter()
        .map(|name| name.to_lowercase())
        .collect()
});
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?:[A-Z][A-Za-z .'/-]{{1,40}}(?:,\s*[A-Z][A-Za-z .'-]{{1,30}})?,?\s+)?(?:[A-Z][a-z]{{2,8}}\.? \d{{1,2}}(?:, \d{{4}})?\s+)?\((?P<wire>{agencies})\)\s*[-–—:]", agencies = agency_alternation())).unwrap()
});

pub fn rule(line: &str) -> Option<Verdict> {
    if let Some(found) = FEED_FOOTER.captures(line) {
        return Some(Verdict::Outlet {
            name: Some(found["name"].trim().to_string()),
            domain: None,
        });
    }
    let words = line.split_whitespace().count();
    if let Some(found) = REPORTING.captures(line) {
        let wire = found["wire"].trim();
        if words <= 14 && AGENCIES.contains(&wire.to_lowercase()) {
            return Some(Verdict::Wire(wire.to_string()));
        }
    }
    let names_people = line.contains(';') || words <= 14;
    if words <= STAFF_CREDIT_MAX_WORDS && names_people && STAFF_CREDIT.is_match(line) {
        return Some(Verdict::Remove(RemovalReason::CreditLine));
    }
    if words > 14 {
        return None;
    }
    if let Some(found) = PUBLISHER.captures(line) {
        let name = found["name"].trim();
        // An agency as the publisher of the text ("Published by Reuters") is the wire.
        if !AGENCIES.contains(&name.to_lowercase()) {
            return Some(Verdict::Remove(RemovalReason::PublisherLine));
        }
    }
    for pattern in [&*CREDIT, &*ORIGINALLY, &*SOURCE, &*PROVIDED] {
        if let Some(found) = pattern.captures(line) {
            let wire = found["wire"].trim().to_string();
            if DATE_LIKE.is_match(&wire) {
                return None;
            }
            return Some(if wire.eq_ignore_ascii_case("link") {
                Verdict::Remove(RemovalReason::Navigation)
            } else {
                Verdict::Wire(wire)
            });
        }
    }
    if let Some(found) = READ_AT.captures(line) {
        let domain = normalise_domain(&found["domain"]);
        return Some(Verdict::ReadAt(domain));
    }
    if let Some(found) = SITE_LABEL.captures(line) {
        return Some(Verdict::Outlet {
            name: Some(found["name"].trim().to_string()),
            domain: None,
        });
    }
    if let Some(found) = COPYRIGHT.captures(line) {
        return Some(Verdict::Outlet {
            name: Some(found["name"].trim().to_string()),
            domain: None,
        });
    }
    if let Some(found) = APP_PROMPT.captures(line) {
        let name = found
            .name("name")
            .or_else(|| found.name("name2"))
            .map(|name| name.as_str().to_string());
        return Some(Verdict::Outlet { name, domain: None });
    }
    None
}

/// The agency names as a regex alternation, longest first so "Associated Press" wins over "AP".
fn agency_alternation() -> String {
    let mut names: Vec<&str> = AGENCY_NAMES.clone();
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    names
        .iter()
        .map(|name| regex::escape(name))
        .collect::<Vec<_>>()
        .join("|")
}

/// A news agency named in a byline such as "Staff with AFP" or "Associated Press".
pub fn agency_in_byline(byline: &str) -> Option<String> {
    let lowered = byline.to_lowercase();
    let words: Vec<&str> = lowered
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|word| !word.is_empty())
        .collect();
    AGENCIES
        .iter()
        .filter(|agency| agency.len() > 2 || agency.chars().all(char::is_alphabetic))
        .find_map(|agency| {
            let agency_words: Vec<&str> = agency.split(' ').collect();
            let found = words
                .windows(agency_words.len())
                .position(|window| window == agency_words.as_slice())?;
            // Short agency codes ("AP", "AFP") must be written in capitals in the byline.
            let original: Vec<&str> = byline
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|word| !word.is_empty())
                .collect();
            let as_written = original[found..found + agency_words.len()].join(" ");
            if agency.len() <= 4 && as_written != as_written.to_uppercase() {
                return None;
            }
            Some(as_written)
        })
}

/// A wire credited in a dateline at the start of a paragraph ("ISLAMABAD (Reuters) —").
pub fn attribution(paragraph: &str) -> Option<String> {
    DATELINE
        .captures(paragraph)
        .map(|found| found["wire"].to_string())
}

/// "https://www.Example.com/" → "example.com".
pub fn normalise_domain(domain: &str) -> String {
    let lowered = domain.trim().to_lowercase();
    let without_scheme = lowered
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    let host = without_scheme.split('/').next().unwrap_or("");
    host.trim_start_matches("www.").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_credits_are_removed_and_agency_credits_name_the_wire() {
        assert_eq!(
            rule("Reporting by Khalid Abdelaziz in Cairo and Nafisa Eltahir in Dubai; Editing by Andrew Heavens"),
            Some(Verdict::Remove(RemovalReason::CreditLine))
        );
        assert_eq!(
            rule("Writing by Jane Doe; editing by John Roe."),
            Some(Verdict::Remove(RemovalReason::CreditLine))
        );
        assert_eq!(
            rule("Reporting by Jane Doe"),
            Some(Verdict::Remove(RemovalReason::CreditLine))
        );
        assert_eq!(
            rule("Reporting by Reuters; editing by John Roe"),
            Some(Verdict::Wire("Reuters".into()))
        );
        // A sentence that happens to open like a credit stays.
        assert_eq!(
            rule("Reporting by the local press in the weeks before the vote suggested turnout would be the lowest since the war began, analysts said."),
            None
        );
    }

    #[test]
    fn credits_and_labels() {
        assert_eq!(
            rule("With information from Reuters."),
            Some(Verdict::Wire("Reuters".into()))
        );
        assert_eq!(
            rule("With additional reporting by the Associated Press"),
            Some(Verdict::Wire("Associated Press".into()))
        );
        assert_eq!(
            rule("This article was originally published by The Frontier Post."),
            Some(Verdict::Wire("The Frontier Post".into()))
        );
        assert_eq!(
            rule("Read at www.example-news.com"),
            Some(Verdict::ReadAt("example-news.com".into()))
        );
        assert_eq!(
            rule("Site icon Valley Gazette"),
            Some(Verdict::Outlet {
                name: Some("Valley Gazette".into()),
                domain: None
            })
        );
        assert_eq!(
            rule("© 2025 Harbour Tribune. All rights reserved."),
            Some(Verdict::Outlet {
                name: Some("Harbour Tribune".into()),
                domain: None
            })
        );
        assert_eq!(
            rule("Enjoying Dailyline? Get our app today"),
            Some(Verdict::Outlet {
                name: Some("Dailyline".into()),
                domain: None
            })
        );
        assert_eq!(
            rule("Source: Anadolu Agency"),
            Some(Verdict::Wire("Anadolu Agency".into()))
        );
        assert_eq!(rule("The ministry said it would respond."), None);
        assert_eq!(
            rule("Reporting by Reuters; editing by desk staff."),
            Some(Verdict::Wire("Reuters".into()))
        );
        // People, not a wire: the credit goes, no wire is named.
        assert_eq!(
            rule("Reporting by Jane Roe in Kabul; editing by Tom Poe"),
            Some(Verdict::Remove(RemovalReason::CreditLine))
        );
        assert_eq!(
            rule("This story was provided by The Associated Press."),
            Some(Verdict::Wire("Associated Press".into()))
        );
        assert_eq!(
            rule("The post Floods close the highway appeared first on Valley Gazette."),
            Some(Verdict::Outlet {
                name: Some("Valley Gazette".into()),
                domain: None
            })
        );
    }

    #[test]
    fn datelines_credit_wires() {
        assert_eq!(
            attribution("KABUL (Reuters) — Afghan officials said").as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            attribution("ISLAMABAD, Oct 12 (AP) - Troops").as_deref(),
            Some("AP")
        );
        assert_eq!(attribution("Reuters reported that"), None);
        assert_eq!(
            attribution("KINSHASA, Congo (AP) — Rebels").as_deref(),
            Some("AP")
        );
        assert_eq!(
            agency_in_byline("Northwind News with AFP").as_deref(),
            Some("AFP")
        );
        assert_eq!(
            agency_in_byline("By Associated Press").as_deref(),
            Some("Associated Press")
        );
        assert_eq!(agency_in_byline("Ana Apia"), None);
    }
}
