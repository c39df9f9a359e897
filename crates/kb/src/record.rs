//! The one record schema of every knowledge-base file (states, organisations, armed groups,
//! government bodies, people), and the parser that turns JSON Lines into records plus warnings.
//! The schema is documented field by field in `crates/kb/data/README.md`.

use model::Warning;
use serde::Deserialize;

/// One entity of the knowledge base. Every file uses this shape; fields a kind does not need
/// stay empty.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Stable id: the ISO 3166-1 alpha-2 code for a state ("PK"), a lower-case slug otherwise
    /// ("ttp", "pk-army").
    pub id: String,
    pub kind: RecordKind,
    /// The name a report prints.
    pub name: String,
    /// The official long form, also matched in text.
    #[serde(default)]
    pub official: String,
    /// Other names, short forms, acronyms and spellings, all matched in text. An alias with no
    /// lower-case letter ("TTP", "U.S.") matches only in upper case.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Words for the people or the adjective ("Pakistani", "Afghans"); states only.
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// The state (id) the entity belongs to, operates in, or lies in.
    #[serde(default)]
    pub country: String,
    /// The entity (id) this one is a part or branch of (a ministry's state, an army's state,
    /// a group's parent group).
    #[serde(default)]
    pub part_of: String,
    #[serde(default)]
    pub iso2: String,
    #[serde(default)]
    pub iso3: String,
    /// Capital city name (states).
    #[serde(default)]
    pub capital: String,
    /// Seat of government when it differs from the capital (states).
    #[serde(default)]
    pub seat: String,
    /// Wikidata Q-id, only where certain.
    #[serde(default)]
    pub wikidata: String,
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lon: Option<f64>,
    /// Offices held (people): role, of whom, and when.
    #[serde(default)]
    pub roles: Vec<Tenure>,
    /// Identities that change over time: what the entity is between two dates.
    #[serde(default)]
    pub identities: Vec<Tenure>,
    /// A free note: why a record is shaped as it is, or where a fact came from.
    #[serde(default)]
    pub note: String,
}

/// What a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    State,
    /// An intergovernmental organisation (UN, NATO, African Union).
    Igo,
    /// A non-governmental organisation (ICRC, MSF, a company).
    Organization,
    ArmedGroup,
    /// A body of a state: armed forces, an intelligence agency, a ministry, police.
    GovernmentBody,
    /// A state's government as an actor distinct from the state (a de facto government).
    StateGovernment,
    Person,
    Place,
}

impl RecordKind {
    /// The contract's coarser kind.
    pub fn entity_kind(self) -> model::EntityKind {
        match self {
            RecordKind::State => model::EntityKind::State,
            RecordKind::Igo => model::EntityKind::Igo,
            RecordKind::Organization | RecordKind::GovernmentBody | RecordKind::StateGovernment => {
                model::EntityKind::Organization
            }
            RecordKind::ArmedGroup => model::EntityKind::ArmedGroup,
            RecordKind::Person => model::EntityKind::Person,
            RecordKind::Place => model::EntityKind::Place,
        }
    }
}

/// A span of time during which something holds: an office (`role`) or an identity (`kind`),
/// `of` some entity. Dates are ISO 8601 (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), both ends inclusive;
/// an empty end is open.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tenure {
    #[serde(default)]
    pub kind: Option<RecordKind>,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub of: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub until: String,
}

impl Tenure {
    /// Whether the tenure holds on `date` (`YYYY-MM-DD`; shorter dates are read as their first
    /// day). A partial `until` covers its whole year or month.
    pub fn holds_on(&self, date: &str) -> bool {
        let day = pad_date(date, "-01-01");
        let starts_ok = self.from.is_empty() || pad_date(&self.from, "-01-01") <= day;
        let ends_ok = self.until.is_empty() || day <= pad_date(&self.until, "-12-31");
        starts_ok && ends_ok
    }
}

/// Complete a partial ISO date with the month/day from `fill` ("-01-01" for the first day,
/// "-12-31" for the last; a month's last day is approximated by 31, which sorts correctly).
fn pad_date(date: &str, fill: &str) -> String {
    let date = date.trim();
    match date.len() {
        4 => format!("{date}{fill}"),
        7 => format!("{date}{}", &fill[3..]),
        _ => date.to_string(),
    }
}

/// Whether a date string has one of the accepted shapes.
pub fn is_valid_date(date: &str) -> bool {
    let bytes = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    match bytes.len() {
        4 => digits(0..4),
        7 => digits(0..4) && bytes[4] == b'-' && digits(5..7),
        10 => digits(0..4) && bytes[4] == b'-' && digits(5..7) && bytes[7] == b'-' && digits(8..10),
        _ => false,
    }
}

/// Parse JSON Lines into records. Blank lines and lines starting with `#` are skipped; a line
/// that does not parse or breaks a rule becomes a warning naming `source_name` and the line.
pub fn parse_records(text: &str, source_name: &str) -> (Vec<Record>, Vec<Warning>) {
    let mut records = Vec::new();
    let mut warnings = Vec::new();
    for (line_index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let where_ = format!("{source_name}:{}", line_index + 1);
        match serde_json::from_str::<Record>(line) {
            Ok(record) => match problem_with(&record) {
                None => records.push(record),
                Some(problem) => warnings.push(Warning::new(where_, problem)),
            },
            Err(error) => warnings.push(Warning::new(
                where_,
                format!("not a knowledge-base record: {error}"),
            )),
        }
    }
    (records, warnings)
}

/// The first rule a parsed record breaks, if any.
fn problem_with(record: &Record) -> Option<String> {
    if record.id.trim().is_empty() {
        return Some("record has an empty id".to_string());
    }
    if record.name.trim().is_empty() {
        return Some(format!("record {} has an empty name", record.id));
    }
    for tenure in record.roles.iter().chain(&record.identities) {
        for date in [&tenure.from, &tenure.until] {
            if !date.is_empty() && !is_valid_date(date) {
                return Some(format!(
                    "record {} has a date that is not YYYY, YYYY-MM or YYYY-MM-DD: {date:?}",
                    record.id
                ));
            }
        }
    }
    if record.lat.is_some_and(|lat| !(-90.0..=90.0).contains(&lat))
        || record
            .lon
            .is_some_and(|lon| !(-180.0..=180.0).contains(&lon))
    {
        return Some(format!("record {} has coordinates out of range", record.id));
    }
    None
}
