//! Coded events (capability C5): who did what to whom, where, when, how many were killed or
//! hurt, and according to whom — in PLOVER terms with ACLED's types beside them. Every event
//! carries the sentences it was read from.

use serde::{Deserialize, Serialize};

/// A stable event id, derived from the event's content (article, sentence, type, actors), so
/// the same input gives the same ids.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EventId(pub String);

/// One coded event read from one article's sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    /// The PLOVER event type.
    pub event: PloverEvent,
    /// The PLOVER mode within the type ("air", "artillery", "mediate"), when the text says.
    pub mode: Option<String>,
    /// PLOVER contexts ("military", "diplomatic", "humanitarian").
    pub context: Vec<String>,
    /// ACLED's event type and sub-type for this type and mode, when one applies.
    pub acled: Option<AcledType>,
    pub quad: QuadClass,
    /// Cooperation–conflict score on a −10 (most conflictual) … +10 (most cooperative) scale.
    pub score: f64,
    /// Who acted.
    pub actor: Vec<Actor>,
    /// Whom the action was aimed at.
    pub recipient: Vec<Actor>,
    pub location: Option<EventLocation>,
    pub date: Option<EventDate>,
    /// People killed, when the text gives a number.
    pub dead: Option<Casualties>,
    /// People injured, when the text gives a number.
    pub injured: Option<Casualties>,
    /// Who says this happened ("according to …", "X said", "claimed by …").
    pub claimant: Option<Actor>,
    pub modality: Modality,
    /// The sentences the event was read from, each citing its article and byte range.
    pub sources: Vec<Evidence>,
}

/// The 16 PLOVER event types (PLOVER manual, draft 0.8, 2021).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PloverEvent {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl PloverEvent {
    pub const ALL: [PloverEvent; 16] = [
        PloverEvent::Agree,
        PloverEvent::Consult,
        PloverEvent::Support,
        PloverEvent::Concede,
        PloverEvent::Cooperate,
        PloverEvent::Aid,
        PloverEvent::Retreat,
        PloverEvent::Request,
        PloverEvent::Accuse,
        PloverEvent::Reject,
        PloverEvent::Threaten,
        PloverEvent::Protest,
        PloverEvent::Sanction,
        PloverEvent::Mobilize,
        PloverEvent::Coerce,
        PloverEvent::Assault,
    ];

    /// The type's name as PLOVER writes it ("ASSAULT").
    pub fn as_str(self) -> &'static str {
        match self {
            PloverEvent::Agree => "AGREE",
            PloverEvent::Consult => "CONSULT",
            PloverEvent::Support => "SUPPORT",
            PloverEvent::Concede => "CONCEDE",
            PloverEvent::Cooperate => "COOPERATE",
            PloverEvent::Aid => "AID",
            PloverEvent::Retreat => "RETREAT",
            PloverEvent::Request => "REQUEST",
            PloverEvent::Accuse => "ACCUSE",
            PloverEvent::Reject => "REJECT",
            PloverEvent::Threaten => "THREATEN",
            PloverEvent::Protest => "PROTEST",
            PloverEvent::Sanction => "SANCTION",
            PloverEvent::Mobilize => "MOBILIZE",
            PloverEvent::Coerce => "COERCE",
            PloverEvent::Assault => "ASSAULT",
        }
    }

    /// Read a PLOVER type name, case-insensitively ("assault", "ASSAULT").
    pub fn parse(name: &str) -> Option<PloverEvent> {
        PloverEvent::ALL
            .into_iter()
            .find(|event| event.as_str().eq_ignore_ascii_case(name.trim()))
    }
}

/// ACLED's event type and sub-type (ACLED codebook: 6 types, 25 sub-types).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AcledType {
    pub event_type: String,
    pub sub_event_type: String,
}

/// The quad class: verbal or material, cooperation or conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuadClass {
    VerbalCooperation,
    MaterialCooperation,
    VerbalConflict,
    MaterialConflict,
}

/// An actor as analysts code it: an entity (or a generic group) plus the sector it acts in.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Actor {
    /// The linked entity id, when the actor is a known entity ("PK", "ttp").
    pub entity: Option<String>,
    /// The actor's name as an analyst would code it ("Military Forces of Pakistan",
    /// "Civilians (Afghanistan)", "Unidentified Armed Group (Pakistan)").
    pub name: String,
    /// The words of the article naming the actor.
    pub text: String,
    pub sector: Option<Sector>,
    /// ISO 3166-1 alpha-2 code of the state the actor belongs to or acts for.
    pub country: Option<String>,
}

/// The sector an actor acts in, after the CAMEO/PLOVER agent codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// GOV: executive, ministries, officials, a capital standing for its government.
    Government,
    /// MIL: armed forces.
    Military,
    /// COP: police and security services.
    Police,
    /// SPY: intelligence services.
    Intelligence,
    /// JUD: courts and judges.
    Judiciary,
    /// LEG: parliaments and legislators.
    Legislature,
    /// REB: rebels, militants, insurgents, armed groups.
    Rebels,
    /// UAF: unidentified armed men ("gunmen", "attackers").
    UnidentifiedArmed,
    /// CVL: civilians.
    Civilians,
    /// REF: refugees and displaced people.
    Refugees,
    /// OPP: political opposition.
    Opposition,
    /// Protesters and demonstrators.
    Protesters,
    /// BUS: business.
    Business,
    /// MED: media and journalists.
    Media,
    /// NGO: non-governmental organisations.
    Ngo,
    /// IGO: international organisations.
    Igo,
    /// REL: religious leaders and bodies.
    Religious,
    /// CRM: criminals.
    Criminals,
}

impl Sector {
    /// The CAMEO agent code ("MIL", "CVL").
    pub fn code(self) -> &'static str {
        match self {
            Sector::Government => "GOV",
            Sector::Military => "MIL",
            Sector::Police => "COP",
            Sector::Intelligence => "SPY",
            Sector::Judiciary => "JUD",
            Sector::Legislature => "LEG",
            Sector::Rebels => "REB",
            Sector::UnidentifiedArmed => "UAF",
            Sector::Civilians => "CVL",
            Sector::Refugees => "REF",
            Sector::Opposition => "OPP",
            Sector::Protesters => "PRO",
            Sector::Business => "BUS",
            Sector::Media => "MED",
            Sector::Ngo => "NGO",
            Sector::Igo => "IGO",
            Sector::Religious => "REL",
            Sector::Criminals => "CRM",
        }
    }
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventLocation {
    /// The place's entity id (gazetteer or knowledge base).
    pub entity: Option<String>,
    pub name: String,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub precision: GeoPrecision,
}

/// How precisely an event is located.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GeoPrecision {
    /// A town, village, crossing or named site.
    Place,
    /// A district or other second-level division.
    District,
    /// A province or state.
    Province,
    /// Only the country is known.
    Country,
    /// A border or region spanning several units ("along the Durand Line").
    Region,
}

/// When an event happened: a day or a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// First day, ISO 8601.
    pub start: Option<String>,
    /// Last day, ISO 8601 (equal to `start` for one day).
    pub end: Option<String>,
    pub precision: Option<crate::DatePrecision>,
    /// The words the date was read from; `None` when it is the article's dateline.
    pub text: Option<String>,
}

impl EventDate {
    /// The date as finely as the text gave it: a day ("2025-10-12"), a month ("2025-10"), a
    /// year ("2025"), a decade ("2020s"), else the span ("2025-10-06/2025-10-12"); `None`
    /// without a first day. A year is never shown as its first day.
    pub fn label(&self) -> Option<String> {
        let start = self.start.as_deref()?;
        let end = self.end.as_deref().unwrap_or(start);
        let label = match self.precision {
            Some(crate::DatePrecision::Year) => start.get(..4).unwrap_or(start).to_string(),
            Some(crate::DatePrecision::Month) => start.get(..7).unwrap_or(start).to_string(),
            Some(crate::DatePrecision::Decade) => format!("{}0s", start.get(..3).unwrap_or(start)),
            _ if end != start => format!("{start}/{end}"),
            _ => start.to_string(),
        };
        Some(label)
    }
}

/// How many people an event killed or hurt: a figure or a range, and who they were.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Casualties {
    pub low: f64,
    pub high: f64,
    pub approx: crate::Approx,
    /// Who they were, group by group ("11 security personnel and two civilians").
    pub groups: Vec<CasualtyGroup>,
}

/// One group of victims within a casualty figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CasualtyGroup {
    pub low: f64,
    pub high: f64,
    /// The victims' noun as written ("security personnel", "Afghan civilians").
    pub noun: Option<String>,
    pub sector: Option<Sector>,
    pub country: Option<String>,
}

/// How the text presents an event.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Told as fact by the article.
    #[default]
    Asserted,
    /// Claimed by a party ("the TTP claimed responsibility", "X said it struck").
    Claimed,
    /// Alleged or accused by a party against another.
    Alleged,
    /// Denied by the party said to have done it.
    Denied,
    /// The text says it did not happen.
    Negated,
    /// Conditional or possible ("could", "if").
    Hypothetical,
    /// Planned, threatened or announced for later ("strikes will continue").
    Future,
    /// Background from before the story ("In 1997 Pakistan recognised the Taliban").
    Historical,
}

/// A citation: an article and a byte range of its cleaned text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// The article id.
    pub article: String,
    /// The cited words, equal to `Article.text[start..end]`.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Index of the sentence in [`crate::Article::sentences`].
    pub sentence: usize,
}
