//! Stories (capabilities C6 and C8): articles about one developing story, which of them copy
//! which, the events they share, the claims independent outlets confirm or dispute, how each
//! outlet frames the actors, and how the actors' relations move over time.

use serde::{Deserialize, Serialize};

use crate::{EventId, Evidence, PloverEvent, QuadClass};

/// A stable story id: kept as articles arrive (see the `stories` crate for how it is made).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StoryId(pub String);

/// A stable claim id, derived from what the claim is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ClaimId(pub String);

/// One developing story across articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub id: StoryId,
    pub title: String,
    /// Article ids, oldest first.
    pub articles: Vec<String>,
    /// Real-world events, each merged from the articles that report it.
    pub events: Vec<StoryEvent>,
    pub copies: Vec<Copy>,
    pub claims: Vec<Claim>,
    pub network: Vec<NetworkEdge>,
    pub dyads: Vec<Dyad>,
    pub framing: Vec<Framing>,
}

/// One real-world event as several articles report it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryEvent {
    /// The id of the merged event (the id of its earliest member).
    pub id: EventId,
    pub event: PloverEvent,
    /// The per-article events merged into this one.
    pub members: Vec<EventId>,
    /// Every sentence that reports it.
    pub sources: Vec<Evidence>,
    /// Sources counted once per independent origin: copies and same-wire rewrites count once.
    pub n_independent: usize,
}

/// An article that copies or rewrites another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Copy {
    /// The later article.
    pub article: String,
    /// The article it copies or rewrites.
    pub of: String,
    /// Share of the article's text found in the other, 0…1.
    pub similarity: f64,
    pub kind: CopyKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CopyKind {
    /// The same text, give or take chrome and small edits.
    Copy,
    /// Takes passages of the other, rewritten or not.
    PartialRewrite,
    /// Both run the same wire story.
    SameWire,
}

/// A statement compared across articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: ClaimId,
    /// The statement in words ("killed in attacks in 2025: more than 2,400").
    pub statement: String,
    /// What the claim is about.
    pub about: ClaimSubject,
    pub kind: ClaimKind,
    /// The sentences that state it.
    pub supported_by: Vec<Evidence>,
    /// The sentences that state something else about the same thing.
    pub disputed_by: Vec<Evidence>,
    /// Independent sources behind `supported_by` (copies count once).
    pub n_independent: usize,
}

/// What a claim states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimSubject {
    /// A figure: dead, injured, displaced, money, with its period.
    Figure,
    /// When something happened.
    Date,
    /// Who did something, or who claimed it.
    Attribution,
}

/// How a claim stands across the story's sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Two or more independent sources agree.
    Corroborated,
    /// One independent source (and its copies) states it.
    SingleSource,
    /// Sources give different values for the same thing.
    Disputed,
}

/// A directed edge of the story's actor network, aggregated from its events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkEdge {
    /// The acting actor's name (as in [`crate::Actor::name`]).
    pub source: String,
    pub target: String,
    pub n_events: usize,
    pub mean_score: f64,
    /// First and last event date, ISO 8601.
    pub first: Option<String>,
    pub last: Option<String>,
    pub events: Vec<EventId>,
}

/// One point of a dyad's trend: a pair of actors over one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dyad {
    pub source: String,
    pub target: String,
    /// The period, ISO 8601 ("2025-10" or "1997").
    pub period: String,
    pub quad_counts: QuadCounts,
    pub mean_score: f64,
    pub events: Vec<EventId>,
}

/// Events per quad class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuadCounts {
    pub verbal_cooperation: usize,
    pub material_cooperation: usize,
    pub verbal_conflict: usize,
    pub material_conflict: usize,
}

impl QuadCounts {
    pub fn add(&mut self, quad: QuadClass) {
        match quad {
            QuadClass::VerbalCooperation => self.verbal_cooperation += 1,
            QuadClass::MaterialCooperation => self.material_cooperation += 1,
            QuadClass::VerbalConflict => self.verbal_conflict += 1,
            QuadClass::MaterialConflict => self.material_conflict += 1,
        }
    }
}

/// How one outlet frames the story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Framing {
    pub outlet: String,
    /// The words the outlet uses for the actors ("regime", "militants").
    pub labels: Vec<ActorLabel>,
    /// Terms the outlet uses more than the story's other outlets.
    pub distinctive_terms: Vec<String>,
    /// Whom the outlet quotes and how often.
    pub quoted: Vec<QuotedSpeaker>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorLabel {
    /// The entity the label stands for, when known.
    pub entity: Option<String>,
    pub label: String,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotedSpeaker {
    /// The speaker's entity id, else the words naming the speaker.
    pub speaker: String,
    pub count: usize,
}
