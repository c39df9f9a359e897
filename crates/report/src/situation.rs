//! The situation report as data: per story, a headline, what happened, a timeline, actors and
//! relations, dyad trends, located places, corroborated and disputed facts, how outlets differ
//! and the sources — every sentence quoted from an article and citing its sources by number.
//! HTML, Markdown and JSON are renderings of this one structure.
//!
//! It reads whatever the analysis holds: stories (copies, claims, network, dyads, framing) and
//! coded events when those stages have run; when they have not, a section is made of all the
//! articles and each part falls back on what the earlier stages give (card summaries, dated
//! sentences, actors named together, places named), saying so in its `basis`.

use crate::similar::{content_words, group_similar};
use model::{
    Analysis, Article, Card, Casualties, ClaimKind, Entity, EntityKind, Event, EventDate, EventId,
    Evidence, Modality, PloverEvent, Story, Warning,
};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// What a report shows and how much of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportOptions {
    /// The report's title (the page's `<h1>`).
    pub title: String,
    /// Sentences under "What happened" per story.
    pub max_what_happened: usize,
    /// Entries of a story's timeline.
    pub max_timeline: usize,
    /// Actors drawn in a story's network.
    pub max_actors: usize,
    /// Actor pairs drawn in a story's dyad chart.
    pub max_dyads: usize,
    /// Places drawn in a story's coordinate plot.
    pub max_places: usize,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            title: "Situation report".to_string(),
            max_what_happened: 12,
            max_timeline: 40,
            max_actors: 14,
            max_dyads: 6,
            max_places: 30,
        }
    }
}

/// The whole report: one section per story.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SituationReport {
    pub title: String,
    pub n_articles: usize,
    pub n_outlets: usize,
    /// Earliest and latest publication day, ISO 8601.
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub n_events: usize,
    pub n_stories: usize,
    pub sections: Vec<StorySection>,
    pub warnings: Vec<Warning>,
}

/// What a section is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionBasis {
    /// One story of the stories stage.
    Story,
    /// No stories yet: every article in one section.
    AllArticles,
    /// Articles the stories stage put in no story.
    ArticlesInNoStory,
}

/// What a part of a section was built from: the stage meant for it, or a fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The story's own data (claims, network, dyads, framing).
    Story,
    /// Coded events.
    Events,
    /// Sentences holding a date to the day (no coded events yet).
    DatedSentences,
    /// Actors named in the same sentence (no coded events yet).
    CoMentions,
    /// Places the articles name (no located events yet).
    PlaceMentions,
    /// The articles' outlets, wire credits, quoted speakers and hashtags.
    Articles,
    /// Nothing to build it from.
    None,
}

/// One story of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StorySection {
    /// The section's HTML id ("story-1"); citations link to `{anchor}-src-{n}`.
    pub anchor: String,
    pub story: Option<String>,
    pub basis: SectionBasis,
    pub title: String,
    pub n_articles: usize,
    pub n_outlets: usize,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub n_events: usize,
    /// The statement most outlets carry.
    pub headline: Option<CitedSentence>,
    pub what_happened: Vec<CitedSentence>,
    pub timeline_basis: Basis,
    pub timeline: Vec<TimelineEntry>,
    pub actors: ActorGraph,
    pub dyads_basis: Basis,
    pub dyads: Vec<DyadSeries>,
    pub places_basis: Basis,
    pub places: Vec<PlacePoint>,
    pub countries: Vec<CountryLabel>,
    /// Whether claims were compared (the stories stage ran for this section).
    pub claims_compared: bool,
    pub corroborated: Vec<ClaimView>,
    pub disputed: Vec<ClaimView>,
    pub n_single_source_claims: usize,
    pub framing_basis: Basis,
    pub framing: Vec<OutletFraming>,
    pub sources: Vec<SourceEntry>,
}

/// A sentence quoted from an article, citing every source that carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CitedSentence {
    pub text: String,
    /// Source numbers ([`SourceEntry::n`]), ascending.
    pub sources: Vec<usize>,
    /// Where the quoted words stand: the article and byte range of `text` (the first source),
    /// then the other sources' sentences.
    pub evidence: Vec<Citation>,
}

/// An article and a byte range of its cleaned text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Citation {
    pub article: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    /// First day, ISO 8601.
    pub date: String,
    /// Last day when the entry spans several.
    pub end: Option<String>,
    /// What the coded events the sentence reports say in short ("ASSAULT (air) · Pakistan →
    /// Afghanistan · Kabul"), one per event; none for a dated sentence.
    pub labels: Vec<String>,
    pub sentence: CitedSentence,
    /// Further sources of the same event that word it otherwise.
    pub also_reported_by: Vec<usize>,
    pub n_independent: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorGraph {
    pub basis: Basis,
    pub nodes: Vec<ActorNode>,
    pub edges: Vec<ActorEdge>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorNode {
    pub name: String,
    /// Events the actor takes part in, or articles naming it for co-mentions.
    pub weight: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorEdge {
    pub source: String,
    pub target: String,
    /// Events from source to target, or sentences naming both for co-mentions.
    pub n: usize,
    /// Mean cooperation–conflict score (−10 … +10); `None` for co-mentions.
    pub mean_score: Option<f64>,
    pub first: Option<String>,
    pub last: Option<String>,
    /// False for co-mentions, which have no direction.
    pub directed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadSeries {
    pub source: String,
    pub target: String,
    pub points: Vec<DyadPoint>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadPoint {
    pub period: String,
    pub mean_score: f64,
    pub n_events: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlacePoint {
    pub name: String,
    pub country: Option<String>,
    pub lat: f64,
    pub lon: f64,
    /// Events located here, or articles naming the place.
    pub n: usize,
    pub sources: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CountryLabel {
    pub code: String,
    pub name: String,
    /// Where the label goes: the mean of the country's points.
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimView {
    pub statement: String,
    pub kind: ClaimKind,
    pub n_independent: usize,
    pub supported_by: Vec<CitedSentence>,
    pub disputed_by: Vec<CitedSentence>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutletFraming {
    pub outlet: String,
    pub sources: Vec<usize>,
    /// Wire services and outlets the articles credit.
    pub credits: Vec<String>,
    /// Words the outlet uses for the actors, with counts (stories stage).
    pub labels: Vec<(String, usize)>,
    /// Terms the outlet uses more than the others (stories stage).
    pub distinctive_terms: Vec<String>,
    /// Whom the outlet quotes, most quoted first.
    pub quoted: Vec<(String, usize)>,
    /// The hashtags of its articles' cards, most used first.
    pub hashtags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceEntry {
    /// The number citations use, from 1, oldest article first.
    pub n: usize,
    pub anchor: String,
    pub article: String,
    pub source: String,
    pub title: String,
    pub url: Option<String>,
    pub outlet: String,
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub wire: Option<String>,
    pub word_count: usize,
    pub card: Option<Card>,
    /// The sources this one copies or rewrites.
    pub copies: Vec<CopyLink>,
    /// The sources that copy or rewrite this one.
    pub copied_by: Vec<CopyLink>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CopyLink {
    pub source: usize,
    pub kind: model::CopyKind,
    pub similarity: f64,
}

/// Build the report: a section per story (largest first) and one for articles in no story, or
/// one section of every article when there are no stories.
pub fn build_report(analysis: &Analysis, options: &ReportOptions) -> SituationReport {
    let lookup = Lookup::new(analysis);
    let mut stories: Vec<&Story> = analysis.stories.iter().collect();
    stories.sort_by(|first, second| {
        second
            .articles
            .len()
            .cmp(&first.articles.len())
            .then_with(|| first.id.cmp(&second.id))
    });
    let mut sections = Vec::new();
    for story in stories {
        let anchor = format!("story-{}", sections.len() + 1);
        sections.push(section(&lookup, Some(story), &[], anchor, options));
    }
    let in_a_story: BTreeSet<&str> = analysis
        .stories
        .iter()
        .flat_map(|story| story.articles.iter().map(String::as_str))
        .collect();
    let loose: Vec<&Article> = analysis
        .articles
        .iter()
        .filter(|article| !in_a_story.contains(article.id.as_str()))
        .collect();
    if !loose.is_empty() {
        let anchor = format!("story-{}", sections.len() + 1);
        sections.push(section(&lookup, None, &loose, anchor, options));
    }
    let (first_published, last_published) = date_range(analysis.articles.iter());
    SituationReport {
        title: options.title.clone(),
        n_articles: analysis.articles.len(),
        n_outlets: analysis
            .articles
            .iter()
            .map(outlet_name)
            .collect::<BTreeSet<_>>()
            .len(),
        first_published,
        last_published,
        n_events: analysis.events.len(),
        n_stories: analysis.stories.len(),
        sections,
        warnings: analysis.warnings.clone(),
    }
}

/// One story's section on its own (for a story page), with the anchor `story-1`.
pub fn story_section(analysis: &Analysis, story: &Story, options: &ReportOptions) -> StorySection {
    section(
        &Lookup::new(analysis),
        Some(story),
        &[],
        "story-1".to_string(),
        options,
    )
}

/// What a section reads, indexed once per report.
struct Lookup<'a> {
    analysis: &'a Analysis,
    articles: BTreeMap<&'a str, &'a Article>,
    events: BTreeMap<&'a EventId, &'a Event>,
    entities: BTreeMap<&'a str, &'a Entity>,
}

impl<'a> Lookup<'a> {
    fn new(analysis: &'a Analysis) -> Self {
        Lookup {
            analysis,
            articles: analysis
                .articles
                .iter()
                .map(|article| (article.id.as_str(), article))
                .collect(),
            events: analysis
                .events
                .iter()
                .map(|event| (&event.id, event))
                .collect(),
            entities: analysis
                .entities
                .iter()
                .map(|entity| (entity.id.as_str(), entity))
                .collect(),
        }
    }

    fn entity_name(&self, id: &str) -> String {
        self.entities
            .get(id)
            .map_or_else(|| id.to_string(), |entity| entity.name.clone())
    }
}

/// The articles of a section with their source numbers.
struct Numbered<'a> {
    articles: Vec<&'a Article>,
    number_of: BTreeMap<&'a str, usize>,
}

impl Numbered<'_> {
    fn numbers(&self, evidence: &[Evidence]) -> Vec<usize> {
        let mut numbers: Vec<usize> = evidence
            .iter()
            .filter_map(|evidence| self.number_of.get(evidence.article.as_str()).copied())
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        numbers
    }
}

fn section(
    lookup: &Lookup,
    story: Option<&Story>,
    loose: &[&Article],
    anchor: String,
    options: &ReportOptions,
) -> StorySection {
    let mut articles: Vec<&Article> = match story {
        Some(story) => story
            .articles
            .iter()
            .filter_map(|id| lookup.articles.get(id.as_str()).copied())
            .collect(),
        None => loose.to_vec(),
    };
    // Oldest first; undated articles last, in input order.
    articles.sort_by(|first, second| {
        (first.published.is_none(), published_day(first))
            .cmp(&(second.published.is_none(), published_day(second)))
    });
    let numbered = Numbered {
        number_of: articles
            .iter()
            .enumerate()
            .map(|(index, article)| (article.id.as_str(), index + 1))
            .collect(),
        articles,
    };
    let events = section_events(lookup, story, &numbered);
    let basis = match story {
        Some(_) => SectionBasis::Story,
        None if lookup.analysis.stories.is_empty() => SectionBasis::AllArticles,
        None => SectionBasis::ArticlesInNoStory,
    };
    let title = match (story, basis) {
        (Some(story), _) => story.title.clone(),
        (None, SectionBasis::AllArticles) => "All articles".to_string(),
        _ => "Articles in no story".to_string(),
    };
    let what_happened = what_happened(lookup, &numbered, &events, options);
    let (timeline_basis, timeline) = timeline(lookup, &numbered, &events, options);
    let actors = actor_graph(lookup, story, &numbered, &events, options);
    let (dyads_basis, dyads) = dyads(story, &events, options);
    let (places_basis, places) = places(lookup, &numbered, &events, options);
    let countries = country_labels(lookup, &places);
    let (claims_compared, corroborated, disputed, n_single_source_claims) =
        claims(lookup, story, &numbered);
    let (framing_basis, framing) = framing(lookup, story, &numbered);
    let sources = sources(story, &numbered, &anchor);
    let (first_published, last_published) = date_range(numbered.articles.iter().copied());
    StorySection {
        story: story.map(|story| story.id.0.clone()),
        basis,
        title,
        n_articles: numbered.articles.len(),
        n_outlets: numbered
            .articles
            .iter()
            .map(|article| outlet_name(article))
            .collect::<BTreeSet<_>>()
            .len(),
        first_published,
        last_published,
        n_events: events.len(),
        headline: what_happened.headline,
        what_happened: what_happened.sentences,
        timeline_basis,
        timeline,
        actors,
        dyads_basis,
        dyads,
        places_basis,
        places,
        countries,
        claims_compared,
        corroborated,
        disputed,
        n_single_source_claims,
        framing_basis,
        framing,
        sources,
        anchor,
    }
}

/// A real-world event as the section reports it: a story event with its merged members, or
/// (with no stories) the per-article events that agree on type, actors, place and date.
struct SectionEvent<'a> {
    first: &'a Event,
    event: PloverEvent,
    date: Option<EventDate>,
    sources: Vec<Evidence>,
    n_independent: usize,
}

fn section_events<'a>(
    lookup: &Lookup<'a>,
    story: Option<&'a Story>,
    numbered: &Numbered,
) -> Vec<SectionEvent<'a>> {
    let mut events = Vec::new();
    if let Some(story) = story {
        for story_event in &story.events {
            let members: Vec<&Event> = std::iter::once(&story_event.id)
                .chain(&story_event.members)
                .filter_map(|id| lookup.events.get(id).copied())
                .collect();
            let Some(first) = members.first().copied() else {
                continue;
            };
            let date = members
                .iter()
                .filter_map(|event| event.date.clone())
                .filter(|date| date.start.is_some())
                .min_by(|first, second| first.start.cmp(&second.start));
            events.push(SectionEvent {
                first,
                event: story_event.event,
                date,
                sources: story_event.sources.clone(),
                n_independent: story_event.n_independent,
            });
        }
        return events;
    }
    // No story: merge the section's per-article events that say the same thing.
    let mut merged: BTreeMap<String, usize> = BTreeMap::new();
    for event in &lookup.analysis.events {
        if !event
            .sources
            .iter()
            .any(|evidence| numbered.number_of.contains_key(evidence.article.as_str()))
        {
            continue;
        }
        let names = |actors: &[model::Actor]| {
            actors
                .iter()
                .map(|actor| actor.name.as_str())
                .collect::<Vec<_>>()
                .join("+")
        };
        let key = format!(
            "{}|{}|{}|{}|{}",
            event.event.as_str(),
            names(&event.actor),
            names(&event.recipient),
            event
                .location
                .as_ref()
                .map_or("", |location| location.name.as_str()),
            event
                .date
                .as_ref()
                .and_then(|date| date.start.as_deref())
                .unwrap_or("")
        );
        match merged.get(&key) {
            Some(&index) => {
                let existing: &mut SectionEvent = &mut events[index];
                existing.sources.extend(event.sources.iter().cloned());
            }
            None => {
                merged.insert(key, events.len());
                events.push(SectionEvent {
                    first: event,
                    event: event.event,
                    date: event.date.clone(),
                    sources: event.sources.clone(),
                    n_independent: 0,
                });
            }
        }
    }
    for event in &mut events {
        // Without the stories stage's copy detection, outlets stand in for independent sources.
        event.n_independent = event
            .sources
            .iter()
            .filter_map(|evidence| lookup.articles.get(evidence.article.as_str()))
            .map(|article| outlet_name(article))
            .collect::<BTreeSet<_>>()
            .len();
    }
    events
}

/// The whole sentence an evidence span stands in, when the article's sentences hold it.
fn evidence_sentence(lookup: &Lookup, evidence: &Evidence) -> Citation {
    if let Some(article) = lookup.articles.get(evidence.article.as_str()) {
        if let Some(sentence) = article.sentences.get(evidence.sentence) {
            if sentence.start <= evidence.start
                && evidence.end <= sentence.end
                && article.text.get(sentence.start..sentence.end).is_some()
            {
                return Citation {
                    article: evidence.article.clone(),
                    start: sentence.start,
                    end: sentence.end,
                };
            }
        }
    }
    Citation {
        article: evidence.article.clone(),
        start: evidence.start,
        end: evidence.end,
    }
}

fn citation_text(lookup: &Lookup, citation: &Citation, fallback: &str) -> String {
    lookup
        .articles
        .get(citation.article.as_str())
        .and_then(|article| article.text.get(citation.start..citation.end))
        .unwrap_or(fallback)
        .trim()
        .to_string()
}

/// One evidence sentence citing its own article.
fn cited_evidence(lookup: &Lookup, numbered: &Numbered, evidence: &Evidence) -> CitedSentence {
    let citation = evidence_sentence(lookup, evidence);
    CitedSentence {
        text: citation_text(lookup, &citation, &evidence.text),
        sources: numbered.numbers(std::slice::from_ref(evidence)),
        evidence: vec![citation],
    }
}

/// A sentence a section could say, before sentences saying the same thing are merged.
struct Candidate {
    text: String,
    citation: Citation,
    source: usize,
    /// Independent sources behind it (coded events), else 1.
    weight: usize,
    /// Its place in its article's summary (0 = the lead); events come first.
    rank: usize,
}

/// Merge candidates that say the same thing; each group cites every source of its members and
/// reads as its earliest source's sentence. Groups come back in order of that sentence.
fn merge_candidates(candidates: Vec<Candidate>) -> Vec<(CitedSentence, usize, usize)> {
    let words: Vec<Vec<String>> = candidates
        .iter()
        .map(|candidate| content_words(&candidate.text))
        .collect();
    let group_of = group_similar(&words);
    let n_groups = group_of.iter().max().map_or(0, |max| max + 1);
    let mut members: Vec<Vec<&Candidate>> = vec![Vec::new(); n_groups];
    for (candidate, group) in candidates.iter().zip(group_of) {
        members[group].push(candidate);
    }
    let mut merged: Vec<(CitedSentence, usize, usize)> = members
        .into_iter()
        .filter_map(|mut group| {
            group.sort_by_key(|candidate| (candidate.source, candidate.rank));
            let lead = *group.first()?;
            let mut sources: Vec<usize> = group.iter().map(|candidate| candidate.source).collect();
            sources.sort_unstable();
            sources.dedup();
            let mut evidence = vec![lead.citation.clone()];
            for candidate in &group[1..] {
                if !evidence.contains(&candidate.citation) {
                    evidence.push(candidate.citation.clone());
                }
            }
            let weight = group
                .iter()
                .map(|candidate| candidate.weight)
                .max()
                .unwrap_or(1)
                .max(sources.len());
            let rank = group
                .iter()
                .map(|candidate| candidate.rank)
                .min()
                .unwrap_or(0);
            Some((
                CitedSentence {
                    text: lead.text.clone(),
                    sources,
                    evidence,
                },
                weight,
                rank,
            ))
        })
        .collect();
    // In the order the oldest source tells them.
    merged.sort_by(|first, second| {
        (first.0.sources.first(), first.0.evidence[0].start)
            .cmp(&(second.0.sources.first(), second.0.evidence[0].start))
    });
    merged
}

struct WhatHappened {
    headline: Option<CitedSentence>,
    sentences: Vec<CitedSentence>,
}

/// Modalities a report may state as what happened (not denied, negated, hypothetical or
/// planned).
fn happened(modality: Modality) -> bool {
    matches!(
        modality,
        Modality::Asserted | Modality::Claimed | Modality::Alleged | Modality::Historical
    )
}

/// Sentences of "What happened" one source may lead before the others have had a turn. Higher
/// lets a long article crowd out the rest; lower reads like a list of unrelated leads.
const MAX_SENTENCES_LED_BY_ONE_SOURCE: usize = 2;

/// The sentences most sources carry — from coded events and card summaries — in the order they
/// were first reported; the most widely carried one is the headline.
fn what_happened(
    lookup: &Lookup,
    numbered: &Numbered,
    events: &[SectionEvent],
    options: &ReportOptions,
) -> WhatHappened {
    let mut candidates = Vec::new();
    for event in events {
        if !happened(event.first.modality) {
            continue;
        }
        // Each source's own sentence is a candidate: sources that word the event alike are
        // cited together, and one that words it otherwise (another death toll) is not made to
        // say the first one's words.
        for evidence in &event.sources {
            let Some(&source) = numbered.number_of.get(evidence.article.as_str()) else {
                continue;
            };
            let citation = evidence_sentence(lookup, evidence);
            candidates.push(Candidate {
                text: citation_text(lookup, &citation, &evidence.text),
                citation,
                source,
                weight: event.n_independent.max(1),
                rank: 0,
            });
        }
    }
    for (index, article) in numbered.articles.iter().enumerate() {
        let Some(card) = &article.card else {
            continue;
        };
        for (rank, passage) in card.summary_sentences.iter().enumerate() {
            candidates.push(Candidate {
                text: passage.text.trim().to_string(),
                citation: Citation {
                    article: article.id.clone(),
                    start: passage.start,
                    end: passage.end,
                },
                source: index + 1,
                weight: 1,
                rank: rank + 1,
            });
        }
    }
    let merged = merge_candidates(candidates);
    // Carried by most sources first, then backed by most independent sources of a coded
    // event, then leads before later summary sentences, then oldest.
    let key = |index: usize| {
        let (sentence, weight, rank) = &merged[index];
        (
            std::cmp::Reverse(sentence.sources.len()),
            std::cmp::Reverse(*weight),
            *rank,
        )
    };
    let mut ranked: Vec<usize> = (0..merged.len()).collect();
    ranked.sort_by(|&first, &second| {
        key(first).cmp(&key(second)).then_with(|| {
            merged[first]
                .0
                .sources
                .first()
                .cmp(&merged[second].0.sources.first())
        })
    });
    // The headline is the best-carried statement told by the latest source: a developing
    // story leads with where it stands now.
    let headline = ranked
        .iter()
        .copied()
        .min_by(|&first, &second| {
            key(first).cmp(&key(second)).then_with(|| {
                merged[second]
                    .0
                    .sources
                    .first()
                    .cmp(&merged[first].0.sources.first())
            })
        })
        .map(|index| merged[index].0.clone());
    // Spread the picks over the articles: a source leads at most a few sentences until every
    // source has had its turn, then the rest fill in by rank.
    let mut chosen: Vec<usize> = Vec::new();
    let mut led_by: BTreeMap<usize, usize> = BTreeMap::new();
    for &index in &ranked {
        if chosen.len() == options.max_what_happened {
            break;
        }
        let lead = merged[index].0.sources.first().copied().unwrap_or(0);
        let count = led_by.entry(lead).or_default();
        if *count < MAX_SENTENCES_LED_BY_ONE_SOURCE {
            *count += 1;
            chosen.push(index);
        }
    }
    for &index in &ranked {
        if chosen.len() == options.max_what_happened {
            break;
        }
        if !chosen.contains(&index) {
            chosen.push(index);
        }
    }
    chosen.sort_unstable();
    WhatHappened {
        headline,
        sentences: chosen
            .into_iter()
            .map(|index| merged[index].0.clone())
            .collect(),
    }
}

/// Dated events in date order; with no coded events, the sentences that hold a date to the day.
fn timeline(
    lookup: &Lookup,
    numbered: &Numbered,
    events: &[SectionEvent],
    options: &ReportOptions,
) -> (Basis, Vec<TimelineEntry>) {
    let mut entries = Vec::new();
    if !events.is_empty() {
        for event in events {
            let Some(date) = &event.date else { continue };
            let Some(start) = &date.start else { continue };
            if span_in_days(start, date.end.as_deref()) > MAX_TIMELINE_SPAN_DAYS {
                continue;
            }
            let Some(evidence) = event
                .sources
                .iter()
                .filter(|evidence| numbered.number_of.contains_key(evidence.article.as_str()))
                .min_by_key(|evidence| {
                    (
                        numbered.number_of[evidence.article.as_str()],
                        evidence.start,
                    )
                })
            else {
                continue;
            };
            // The quoted sentence cites the sources that print it word for word; the event's
            // other sources are listed as reporting it too.
            let mut sentence = cited_evidence(lookup, numbered, evidence);
            let mut also_reported_by = Vec::new();
            for other in &event.sources {
                let Some(&source) = numbered.number_of.get(other.article.as_str()) else {
                    continue;
                };
                let citation = evidence_sentence(lookup, other);
                if citation_text(lookup, &citation, &other.text) == sentence.text {
                    if !sentence.sources.contains(&source) {
                        sentence.sources.push(source);
                        sentence.evidence.push(citation);
                    }
                } else if !also_reported_by.contains(&source) {
                    also_reported_by.push(source);
                }
            }
            sentence.sources.sort_unstable();
            also_reported_by.retain(|source| !sentence.sources.contains(source));
            also_reported_by.sort_unstable();
            entries.push(TimelineEntry {
                date: start.clone(),
                end: date.end.clone().filter(|end| end != start),
                labels: vec![event_label(lookup, event)],
                sentence,
                also_reported_by,
                n_independent: event.n_independent,
            });
        }
        return (
            Basis::Events,
            limit_timeline(merge_same_sentence(entries), options),
        );
    }
    let mut by_day: BTreeMap<&str, Vec<Candidate>> = BTreeMap::new();
    for (index, article) in numbered.articles.iter().enumerate() {
        // One entry per sentence, at the first day it names; captions and headings are not
        // told as events.
        let mut seen = BTreeSet::new();
        let mut dates: Vec<&model::DateMention> = article.dates.iter().collect();
        dates.sort_by_key(|date| date.start);
        for date in dates {
            let in_prose = article
                .paragraphs
                .iter()
                .find(|paragraph| paragraph.start <= date.start && date.start < paragraph.end)
                .is_some_and(|paragraph| {
                    matches!(
                        paragraph.kind,
                        model::ParagraphKind::Body
                            | model::ParagraphKind::Quote
                            | model::ParagraphKind::List
                    )
                });
            if !in_prose {
                continue;
            }
            let (Some(model::DatePrecision::Day), Some(value)) = (date.precision, &date.value)
            else {
                continue;
            };
            let Some(sentence) = article.sentences.get(date.sentence) else {
                continue;
            };
            if !seen.insert(date.sentence) {
                continue;
            }
            let Some(text) = article.text.get(sentence.start..sentence.end) else {
                continue;
            };
            by_day.entry(value.as_str()).or_default().push(Candidate {
                text: text.trim().to_string(),
                citation: Citation {
                    article: article.id.clone(),
                    start: sentence.start,
                    end: sentence.end,
                },
                source: index + 1,
                weight: 1,
                rank: date.sentence,
            });
        }
    }
    for (day, candidates) in by_day {
        for (sentence, weight, _) in merge_candidates(candidates) {
            entries.push(TimelineEntry {
                date: day.to_string(),
                end: None,
                labels: Vec::new(),
                sentence,
                also_reported_by: Vec::new(),
                n_independent: weight,
            });
        }
    }
    let basis = if entries.is_empty() {
        Basis::None
    } else {
        Basis::DatedSentences
    };
    (basis, limit_timeline(entries, options))
}

/// Events whose period is longer than this are background ("attacks in the first nine months
/// of 2025"), told under "What happened" but not placed on the timeline. Longer lets year-long
/// spans crowd the top of the timeline; shorter drops events dated only to their month.
const MAX_TIMELINE_SPAN_DAYS: i64 = 31;

/// Days from `start` to `end` (ISO days), 0 when either cannot be read.
fn span_in_days(start: &str, end: Option<&str>) -> i64 {
    let day_number = |iso: &str| -> Option<i64> {
        let mut parts = iso
            .get(..10)?
            .split('-')
            .map(|part| part.parse::<i64>().ok());
        let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
        // Days from civil (Howard Hinnant's algorithm), enough to subtract two dates.
        let year = if month <= 2 { year - 1 } else { year };
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        Some(era * 146_097 + day_of_era)
    };
    match (day_number(start), end.and_then(day_number)) {
        (Some(first), Some(last)) => last - first,
        _ => 0,
    }
}

/// One entry per day and sentence: a sentence coded as several events (a strike and the
/// casualties it caused) shows once with each event's label.
fn merge_same_sentence(entries: Vec<TimelineEntry>) -> Vec<TimelineEntry> {
    let mut merged: Vec<TimelineEntry> = Vec::new();
    let mut index_of: BTreeMap<(String, String), usize> = BTreeMap::new();
    for entry in entries {
        let key = (entry.date.clone(), entry.sentence.text.clone());
        match index_of.get(&key) {
            Some(&index) => {
                let kept = &mut merged[index];
                for label in entry.labels {
                    if !kept.labels.contains(&label) {
                        kept.labels.push(label);
                    }
                }
                for source in entry
                    .sentence
                    .sources
                    .into_iter()
                    .chain(entry.also_reported_by)
                {
                    if !kept.sentence.sources.contains(&source)
                        && !kept.also_reported_by.contains(&source)
                    {
                        kept.also_reported_by.push(source);
                    }
                }
                kept.also_reported_by.sort_unstable();
                kept.n_independent = kept.n_independent.max(entry.n_independent);
            }
            None => {
                index_of.insert(key, merged.len());
                merged.push(entry);
            }
        }
    }
    merged
}

/// Keep the entries most sources carry, shown in date order.
fn limit_timeline(mut entries: Vec<TimelineEntry>, options: &ReportOptions) -> Vec<TimelineEntry> {
    if entries.len() > options.max_timeline {
        entries.sort_by(|first, second| {
            second
                .sentence
                .sources
                .len()
                .cmp(&first.sentence.sources.len())
                .then_with(|| second.n_independent.cmp(&first.n_independent))
                .then_with(|| first.date.cmp(&second.date))
                .then_with(|| first.sentence.sources.cmp(&second.sentence.sources))
        });
        entries.truncate(options.max_timeline);
    }
    entries.sort_by(|first, second| {
        (&first.date, &first.sentence.sources).cmp(&(&second.date, &second.sentence.sources))
    });
    entries
}

/// "ASSAULT (air) · Pakistan → Afghanistan · Kabul · 10 killed · claimed by TTP".
fn event_label(lookup: &Lookup, event: &SectionEvent) -> String {
    let first = event.first;
    let mut parts = vec![match &first.mode {
        Some(mode) => format!("{} ({mode})", event.event.as_str()),
        None => event.event.as_str().to_string(),
    }];
    let names = |actors: &[model::Actor]| {
        actors
            .iter()
            .map(|actor| actor.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (first.actor.is_empty(), first.recipient.is_empty()) {
        (false, false) => parts.push(format!(
            "{} → {}",
            names(&first.actor),
            names(&first.recipient)
        )),
        (false, true) => parts.push(names(&first.actor)),
        (true, false) => parts.push(format!("→ {}", names(&first.recipient))),
        (true, true) => {}
    }
    if let Some(location) = &first.location {
        parts.push(match &location.country {
            Some(country) => format!("{} ({})", location.name, lookup.entity_name(country)),
            None => location.name.clone(),
        });
    }
    if let Some(dead) = &first.dead {
        parts.push(format!("{} killed", casualty_figure(dead)));
    }
    if let Some(injured) = &first.injured {
        parts.push(format!("{} injured", casualty_figure(injured)));
    }
    if first.modality != Modality::Asserted {
        parts.push(first.modality.to_string());
    }
    if let Some(claimant) = &first.claimant {
        parts.push(format!("according to {}", claimant.name));
    }
    parts.join(" · ")
}

fn casualty_figure(casualties: &Casualties) -> String {
    let number = |value: f64| format!("{}", value.round() as i64);
    let figure = if casualties.low == casualties.high {
        number(casualties.low)
    } else {
        format!("{}–{}", number(casualties.low), number(casualties.high))
    };
    match casualties.approx {
        model::Approx::Exact => figure,
        model::Approx::AtLeast => format!("at least {figure}"),
        model::Approx::MoreThan => format!("more than {figure}"),
        model::Approx::AtMost => format!("up to {figure}"),
        model::Approx::LessThan => format!("fewer than {figure}"),
        model::Approx::About => format!("about {figure}"),
        model::Approx::Indefinite => format!("{figure} (indefinite)"),
    }
}

/// Kinds of entity drawn as actors when only co-mentions are known.
fn is_actor_kind(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::State
            | EntityKind::ArmedGroup
            | EntityKind::Organization
            | EntityKind::Person
            | EntityKind::Igo
    )
}

/// Sentences two actors must share before a co-mention edge is drawn. Lower draws a hairball
/// of chance neighbours; higher leaves small stories with no edges at all.
const MIN_CO_MENTION_SENTENCES: usize = 2;

/// Events, summed scores, first and last day of one actor pair.
type PairTally = (usize, f64, Option<String>, Option<String>);

/// The story's network, else the network of its coded events, else actors named together.
fn actor_graph(
    lookup: &Lookup,
    story: Option<&Story>,
    numbered: &Numbered,
    events: &[SectionEvent],
    options: &ReportOptions,
) -> ActorGraph {
    let mut edges: Vec<ActorEdge> = Vec::new();
    let mut basis = Basis::None;
    if let Some(network) = story
        .map(|story| &story.network)
        .filter(|net| !net.is_empty())
    {
        basis = Basis::Story;
        edges = network
            .iter()
            .map(|edge| ActorEdge {
                source: edge.source.clone(),
                target: edge.target.clone(),
                n: edge.n_events,
                mean_score: Some(edge.mean_score),
                first: edge.first.clone(),
                last: edge.last.clone(),
                directed: true,
            })
            .collect();
    } else if !events.is_empty() {
        basis = Basis::Events;
        let mut pairs: BTreeMap<(String, String), PairTally> = BTreeMap::new();
        for event in events {
            let day = event.date.as_ref().and_then(|date| date.start.clone());
            for actor in &event.first.actor {
                for recipient in &event.first.recipient {
                    if actor.name == recipient.name {
                        continue;
                    }
                    let entry = pairs
                        .entry((actor.name.clone(), recipient.name.clone()))
                        .or_insert((0, 0.0, None, None));
                    entry.0 += 1;
                    entry.1 += event.first.score;
                    if let Some(day) = &day {
                        if entry.2.as_ref().is_none_or(|first| day < first) {
                            entry.2 = Some(day.clone());
                        }
                        if entry.3.as_ref().is_none_or(|last| day > last) {
                            entry.3 = Some(day.clone());
                        }
                    }
                }
            }
        }
        edges = pairs
            .into_iter()
            .map(|((source, target), (n, sum, first, last))| ActorEdge {
                source,
                target,
                n,
                mean_score: Some(sum / n as f64),
                first,
                last,
                directed: true,
            })
            .collect();
    }
    edges.sort_by(|first, second| {
        second
            .n
            .cmp(&first.n)
            .then_with(|| (&first.source, &first.target).cmp(&(&second.source, &second.target)))
    });
    if basis != Basis::None {
        let mut weights: BTreeMap<&str, usize> = BTreeMap::new();
        for edge in &edges {
            *weights.entry(edge.source.as_str()).or_default() += edge.n;
            *weights.entry(edge.target.as_str()).or_default() += edge.n;
        }
        let nodes = top_nodes(weights, options.max_actors);
        let kept: BTreeSet<String> = nodes.iter().map(|node| node.name.clone()).collect();
        edges.retain(|edge| kept.contains(&edge.source) && kept.contains(&edge.target));
        return ActorGraph {
            basis,
            nodes,
            edges,
        };
    }
    // Co-mentions: actors named in one sentence.
    let mut articles_naming: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    let mut sentences_naming: Vec<BTreeSet<&str>> = Vec::new();
    for (index, article) in numbered.articles.iter().enumerate() {
        let mut by_sentence: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
        for mention in &article.mentions {
            let Some(id) = mention.entity.as_deref() else {
                continue;
            };
            let kind = mention
                .kind
                .or_else(|| lookup.entities.get(id).map(|entity| entity.kind));
            if !kind.is_some_and(is_actor_kind) {
                continue;
            }
            articles_naming.entry(id).or_default().insert(index);
            by_sentence.entry(mention.sentence).or_default().insert(id);
        }
        sentences_naming.extend(by_sentence.into_values().filter(|ids| ids.len() > 1));
    }
    let weights: BTreeMap<&str, usize> = articles_naming
        .iter()
        .map(|(id, articles)| (*id, articles.len()))
        .collect();
    let top = top_nodes(weights, options.max_actors);
    let kept: BTreeSet<&str> = top.iter().map(|node| node.name.as_str()).collect();
    let mut pairs: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for ids in &sentences_naming {
        let ids: Vec<&str> = ids.iter().copied().filter(|id| kept.contains(id)).collect();
        for (position, first) in ids.iter().enumerate() {
            for second in &ids[position + 1..] {
                *pairs.entry((first, second)).or_default() += 1;
            }
        }
    }
    let mut pairs: Vec<((&str, &str), usize)> = pairs.into_iter().collect();
    pairs.sort_by(|first, second| second.1.cmp(&first.1).then_with(|| first.0.cmp(&second.0)));
    let edges: Vec<ActorEdge> = pairs
        .into_iter()
        .filter(|(_, n)| *n >= MIN_CO_MENTION_SENTENCES)
        .map(|((first, second), n)| ActorEdge {
            source: lookup.entity_name(first),
            target: lookup.entity_name(second),
            n,
            mean_score: None,
            first: None,
            last: None,
            directed: false,
        })
        .collect();
    let nodes: Vec<ActorNode> = top
        .into_iter()
        .map(|node| ActorNode {
            name: lookup.entity_name(&node.name),
            weight: node.weight,
        })
        .collect();
    ActorGraph {
        basis: if nodes.is_empty() {
            Basis::None
        } else {
            Basis::CoMentions
        },
        nodes,
        edges,
    }
}

/// The heaviest nodes, heaviest first, ties by name.
fn top_nodes(weights: BTreeMap<&str, usize>, limit: usize) -> Vec<ActorNode> {
    let mut nodes: Vec<ActorNode> = weights
        .into_iter()
        .map(|(name, weight)| ActorNode {
            name: name.to_string(),
            weight,
        })
        .collect();
    nodes.sort_by(|first, second| {
        second
            .weight
            .cmp(&first.weight)
            .then_with(|| first.name.cmp(&second.name))
    });
    nodes.truncate(limit);
    nodes
}

/// The story's dyads, else monthly dyads of its coded events; the pairs with most events.
fn dyads(
    story: Option<&Story>,
    events: &[SectionEvent],
    options: &ReportOptions,
) -> (Basis, Vec<DyadSeries>) {
    let mut series: BTreeMap<(String, String), Vec<DyadPoint>> = BTreeMap::new();
    let mut basis = Basis::None;
    if let Some(dyads) = story
        .map(|story| &story.dyads)
        .filter(|dyads| !dyads.is_empty())
    {
        basis = Basis::Story;
        for dyad in dyads {
            series
                .entry((dyad.source.clone(), dyad.target.clone()))
                .or_default()
                .push(DyadPoint {
                    period: dyad.period.clone(),
                    mean_score: dyad.mean_score,
                    n_events: dyad.events.len(),
                });
        }
    } else if !events.is_empty() {
        let mut sums: BTreeMap<(String, String, String), (f64, usize)> = BTreeMap::new();
        for event in events {
            let Some(month) = event
                .date
                .as_ref()
                .and_then(|date| date.start.as_deref())
                .and_then(|start| start.get(..7))
            else {
                continue;
            };
            for actor in &event.first.actor {
                for recipient in &event.first.recipient {
                    if actor.name == recipient.name {
                        continue;
                    }
                    let sum = sums
                        .entry((
                            actor.name.clone(),
                            recipient.name.clone(),
                            month.to_string(),
                        ))
                        .or_default();
                    sum.0 += event.first.score;
                    sum.1 += 1;
                }
            }
        }
        if !sums.is_empty() {
            basis = Basis::Events;
        }
        for ((source, target, period), (sum, n)) in sums {
            series.entry((source, target)).or_default().push(DyadPoint {
                period,
                mean_score: sum / n as f64,
                n_events: n,
            });
        }
    }
    let mut series: Vec<DyadSeries> = series
        .into_iter()
        .map(|((source, target), mut points)| {
            points.sort_by(|first, second| first.period.cmp(&second.period));
            DyadSeries {
                source,
                target,
                points,
            }
        })
        .collect();
    let total =
        |series: &DyadSeries| -> usize { series.points.iter().map(|point| point.n_events).sum() };
    series.sort_by(|first, second| {
        total(second)
            .cmp(&total(first))
            .then_with(|| (&first.source, &first.target).cmp(&(&second.source, &second.target)))
    });
    series.truncate(options.max_dyads);
    (basis, series)
}

/// Located events, else the places the articles name; the most reported places.
fn places(
    lookup: &Lookup,
    numbered: &Numbered,
    events: &[SectionEvent],
    options: &ReportOptions,
) -> (Basis, Vec<PlacePoint>) {
    let mut points: BTreeMap<String, PlacePoint> = BTreeMap::new();
    let mut basis = Basis::None;
    for event in events {
        let Some(location) = &event.first.location else {
            continue;
        };
        let (Some(lat), Some(lon)) = (location.lat, location.lon) else {
            continue;
        };
        basis = Basis::Events;
        let key = location
            .entity
            .clone()
            .unwrap_or_else(|| location.name.clone());
        let point = points.entry(key).or_insert_with(|| PlacePoint {
            name: location.name.clone(),
            country: location.country.clone(),
            lat,
            lon,
            n: 0,
            sources: Vec::new(),
        });
        point.n += 1;
        point.sources.extend(numbered.numbers(&event.sources));
    }
    if basis == Basis::None {
        for (index, article) in numbered.articles.iter().enumerate() {
            for mention in &article.mentions {
                let Some(entity) = mention
                    .entity
                    .as_deref()
                    .and_then(|id| lookup.entities.get(id))
                else {
                    continue;
                };
                let (EntityKind::Place, Some(lat), Some(lon)) =
                    (entity.kind, entity.lat, entity.lon)
                else {
                    continue;
                };
                basis = Basis::PlaceMentions;
                let point = points
                    .entry(entity.id.clone())
                    .or_insert_with(|| PlacePoint {
                        name: entity.name.clone(),
                        country: entity.country.clone(),
                        lat,
                        lon,
                        n: 0,
                        sources: Vec::new(),
                    });
                if !point.sources.contains(&(index + 1)) {
                    point.n += 1;
                    point.sources.push(index + 1);
                }
            }
        }
    }
    let mut points: Vec<PlacePoint> = points
        .into_values()
        .map(|mut point| {
            point.sources.sort_unstable();
            point.sources.dedup();
            point
        })
        .collect();
    points.sort_by(|first, second| {
        second
            .n
            .cmp(&first.n)
            .then_with(|| first.name.cmp(&second.name))
    });
    points.truncate(options.max_places);
    (basis, points)
}

/// A label per country of the plotted places, at the mean of its places.
fn country_labels(lookup: &Lookup, places: &[PlacePoint]) -> Vec<CountryLabel> {
    let mut sums: BTreeMap<&str, (f64, f64, usize)> = BTreeMap::new();
    for place in places {
        if let Some(country) = &place.country {
            let sum = sums.entry(country.as_str()).or_default();
            sum.0 += place.lat;
            sum.1 += place.lon;
            sum.2 += 1;
        }
    }
    sums.into_iter()
        .map(|(code, (lat, lon, n))| CountryLabel {
            code: code.to_string(),
            name: lookup.entity_name(code),
            lat: lat / n as f64,
            lon: lon / n as f64,
        })
        .collect()
}

type ClaimParts = (bool, Vec<ClaimView>, Vec<ClaimView>, usize);

fn claims(lookup: &Lookup, story: Option<&Story>, numbered: &Numbered) -> ClaimParts {
    let Some(story) = story else {
        return (false, Vec::new(), Vec::new(), 0);
    };
    let view = |claim: &model::Claim| ClaimView {
        statement: claim.statement.clone(),
        kind: claim.kind,
        n_independent: claim.n_independent,
        supported_by: cited_list(lookup, numbered, &claim.supported_by),
        disputed_by: cited_list(lookup, numbered, &claim.disputed_by),
    };
    let mut corroborated: Vec<ClaimView> = Vec::new();
    let mut disputed: Vec<ClaimView> = Vec::new();
    let mut single = 0;
    for claim in &story.claims {
        match claim.kind {
            ClaimKind::Corroborated => corroborated.push(view(claim)),
            ClaimKind::Disputed => disputed.push(view(claim)),
            ClaimKind::SingleSource => single += 1,
        }
    }
    corroborated.sort_by_key(|claim| std::cmp::Reverse(claim.n_independent));
    (true, corroborated, disputed, single)
}

/// Evidence sentences, each citing its article, the same sentence once.
fn cited_list(lookup: &Lookup, numbered: &Numbered, evidence: &[Evidence]) -> Vec<CitedSentence> {
    let mut list: Vec<CitedSentence> = Vec::new();
    for one in evidence {
        let cited = cited_evidence(lookup, numbered, one);
        if cited.sources.is_empty() {
            continue;
        }
        match list.iter_mut().find(|seen| seen.text == cited.text) {
            Some(seen) => {
                seen.sources.extend(cited.sources);
                seen.sources.sort_unstable();
                seen.sources.dedup();
                seen.evidence.extend(cited.evidence);
            }
            None => list.push(cited),
        }
    }
    list
}

/// Per outlet: its sources, credits, whom it quotes and its hashtags, with the story's labels
/// and distinctive terms when the stories stage gave them.
fn framing(
    lookup: &Lookup,
    story: Option<&Story>,
    numbered: &Numbered,
) -> (Basis, Vec<OutletFraming>) {
    let mut outlets: BTreeMap<String, OutletFraming> = BTreeMap::new();
    let mut hashtag_counts: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut quoted_counts: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for (index, article) in numbered.articles.iter().enumerate() {
        let outlet = outlet_name(article);
        let entry = outlets
            .entry(outlet.clone())
            .or_insert_with(|| OutletFraming {
                outlet: outlet.clone(),
                sources: Vec::new(),
                credits: Vec::new(),
                labels: Vec::new(),
                distinctive_terms: Vec::new(),
                quoted: Vec::new(),
                hashtags: Vec::new(),
            });
        entry.sources.push(index + 1);
        if let Some(wire) = &article.wire {
            if !entry.credits.contains(wire) {
                entry.credits.push(wire.clone());
            }
        }
        for quotation in &article.quotations {
            let speaker = match (&quotation.speaker, &quotation.speaker_text) {
                (Some(id), _) => lookup.entity_name(id),
                (None, Some(text)) => text.clone(),
                (None, None) => continue,
            };
            *quoted_counts
                .entry(outlet.clone())
                .or_default()
                .entry(speaker)
                .or_default() += 1;
        }
        if let Some(card) = &article.card {
            for hashtag in &card.hashtags {
                *hashtag_counts
                    .entry(outlet.clone())
                    .or_default()
                    .entry(hashtag.clone())
                    .or_default() += 1;
            }
        }
    }
    let most_first = |counts: BTreeMap<String, usize>, limit: usize| {
        let mut list: Vec<(String, usize)> = counts.into_iter().collect();
        list.sort_by(|first, second| second.1.cmp(&first.1).then_with(|| first.0.cmp(&second.0)));
        list.truncate(limit);
        list
    };
    for (outlet, counts) in quoted_counts {
        if let Some(entry) = outlets.get_mut(&outlet) {
            entry.quoted = most_first(counts, 5);
        }
    }
    for (outlet, counts) in hashtag_counts {
        if let Some(entry) = outlets.get_mut(&outlet) {
            entry.hashtags = most_first(counts, 5)
                .into_iter()
                .map(|(hashtag, _)| hashtag)
                .collect();
        }
    }
    let mut basis = if outlets.is_empty() {
        Basis::None
    } else {
        Basis::Articles
    };
    if let Some(story) = story {
        for framing in &story.framing {
            // The story may name an outlet by its domain.
            let name = if outlets.contains_key(&framing.outlet) {
                Some(framing.outlet.clone())
            } else {
                numbered
                    .articles
                    .iter()
                    .find(|article| article.outlet.domain.as_deref() == Some(&framing.outlet))
                    .map(|article| outlet_name(article))
            };
            let Some(entry) = name.and_then(|name| outlets.get_mut(&name)) else {
                continue;
            };
            basis = Basis::Story;
            entry.labels = framing
                .labels
                .iter()
                .map(|label| (label.label.clone(), label.count))
                .collect();
            entry.distinctive_terms = framing.distinctive_terms.clone();
            if !framing.quoted.is_empty() {
                entry.quoted = framing
                    .quoted
                    .iter()
                    .map(|quoted| (lookup.entity_name(&quoted.speaker), quoted.count))
                    .collect();
            }
        }
    }
    let mut list: Vec<OutletFraming> = outlets.into_values().collect();
    list.sort_by(|first, second| {
        second
            .sources
            .len()
            .cmp(&first.sources.len())
            .then_with(|| first.outlet.cmp(&second.outlet))
    });
    (basis, list)
}

fn sources(story: Option<&Story>, numbered: &Numbered, anchor: &str) -> Vec<SourceEntry> {
    let mut entries: Vec<SourceEntry> = numbered
        .articles
        .iter()
        .enumerate()
        .map(|(index, article)| SourceEntry {
            n: index + 1,
            anchor: format!("{anchor}-src-{}", index + 1),
            article: article.id.clone(),
            source: article.source.clone(),
            title: article
                .title
                .clone()
                .unwrap_or_else(|| "(untitled)".to_string()),
            url: article.url.clone(),
            outlet: outlet_name(article),
            published: article.published.clone(),
            authors: article.authors.clone(),
            wire: article.wire.clone(),
            word_count: article.word_count,
            card: article.card.clone(),
            copies: Vec::new(),
            copied_by: Vec::new(),
        })
        .collect();
    if let Some(story) = story {
        for copy in &story.copies {
            let (Some(&later), Some(&earlier)) = (
                numbered.number_of.get(copy.article.as_str()),
                numbered.number_of.get(copy.of.as_str()),
            ) else {
                continue;
            };
            entries[later - 1].copies.push(CopyLink {
                source: earlier,
                kind: copy.kind,
                similarity: copy.similarity,
            });
            entries[earlier - 1].copied_by.push(CopyLink {
                source: later,
                kind: copy.kind,
                similarity: copy.similarity,
            });
        }
    }
    entries
}

/// The outlet's name, else its domain.
pub fn outlet_name(article: &Article) -> String {
    article
        .outlet
        .name
        .clone()
        .or_else(|| article.outlet.domain.clone())
        .unwrap_or_else(|| "unknown outlet".to_string())
}

/// The day an article was published ("2025-10-12"), when known.
fn published_day(article: &Article) -> Option<&str> {
    let published = article.published.as_deref()?;
    Some(published.get(..10).unwrap_or(published))
}

fn date_range<'a>(articles: impl Iterator<Item = &'a Article>) -> (Option<String>, Option<String>) {
    let days: BTreeSet<&str> = articles.filter_map(published_day).collect();
    (
        days.first().map(|day| day.to_string()),
        days.last().map(|day| day.to_string()),
    )
}
