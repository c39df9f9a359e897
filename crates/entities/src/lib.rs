//! `entities/`: here is a document — who is in it, where, when, how many, and who said what?
//! Knowledge-base names (`kb`) and tagger names (`ner`) become linked mentions: capitals that
//! speak are governments, demonym phrases are state actors, acronyms defined in the text and
//! surnames after full names link back, "the group" links to the one armed group in view, and
//! identities are read at the article's date. Dates, figures and quotations (`facts`) are
//! normalised and their speakers linked.

mod acronyms;
mod coreference;
mod facts_of_article;
mod metonymy;
mod tagger_reading;

use kb::{KnowledgeBase, RecordKind, Via};
use model::LinkVia;
use model::{Article, DateMention, Entity, EntityKind, Mention, QuantityMention, QuotationMention};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// A place name only the tagger found, in a state the article does not name, must be at least
/// this populous to be taken as that place.
const MIN_UNANCHORED_POPULATION: u64 = 1_000_000;

/// Words the tagger sometimes reads as places on their own ("South and Central Asia").
const GENERIC_PLACE_WORDS: &[&str] = &[
    "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
    "Upper", "Lower", "Greater", "Middle", "Gulf", "Coast",
];

/// Everything this layer finds in one article.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct WhoWhereWhen {
    pub mentions: Vec<Mention>,
    /// The entities the mentions link to, sorted by id.
    pub entities: Vec<Entity>,
    pub dates: Vec<DateMention>,
    pub quantities: Vec<QuantityMention>,
    pub quotations: Vec<QuotationMention>,
}

/// Find and link everything in `article.text`. `kb` and `tagger` are loaded once by the caller.
pub fn analyze(article: &Article, kb: &KnowledgeBase, tagger: &ner::Tagger) -> WhoWhereWhen {
    let text = article.text.as_str();
    let date = article
        .published
        .as_deref()
        .and_then(day_of)
        .unwrap_or_default();
    let mut linker = Linker {
        kb,
        text,
        date: &date,
        mentions: Vec::new(),
        local: BTreeMap::new(),
        occupied: BTreeMap::new(),
    };

    let names = kb.find_names(text);
    let sentences = text::article_sentences(article);
    let tagged = ner::spans_in_sentences(tagger, text, &sentences);
    // Sorted, so the span around a name is found by binary search (`span_around`).
    let tagged = tagger_reading::read_spans(text, tagged, kb);
    let article_states = states_named(kb, &names);
    let evidence = country_evidence(kb, &names);
    for name in &names {
        linker.link_name(name, &tagged, &article_states, &evidence);
    }
    acronyms::link_defined_acronyms(&mut linker);
    // The tagger reads title-case headings poorly ("From Allies to Adversaries"); names it alone
    // finds there are not kept.
    let headings: Vec<(usize, usize)> = article
        .paragraphs
        .iter()
        .filter(|paragraph| paragraph.kind == model::ParagraphKind::Heading)
        .map(|paragraph| (paragraph.start, paragraph.end))
        .collect();
    let outlet_name = article.outlet.name.as_deref();
    let tagged_outside_headings: Vec<ner::EntitySpan> = tagged
        .iter()
        .filter_map(|span| span_as_read_here(text, *span, outlet_name))
        .filter(|span| {
            !headings
                .iter()
                .any(|&(start, end)| start <= span.start && span.end <= end)
        })
        .collect();
    linker.link_tagged(&tagged_outside_headings, &article_states);
    linker.one_reading_per_name();
    coreference::link_person_chains(&mut linker);
    coreference::link_group_anaphora(&mut linker);
    linker
        .mentions
        .sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));

    for mention in &mut linker.mentions {
        mention.sentence = model::sentence_index_at(&sentences, mention.start);
    }
    let (dates, quantities, quotations) = facts_of_article::facts(
        text,
        &sentences,
        article.published.as_deref(),
        &linker.mentions,
        kb,
    );
    let entities = linker.entities();
    WhoWhereWhen {
        mentions: linker.mentions,
        entities,
        dates,
        quantities,
        quotations,
    }
}

/// Is `start..end` a whole word of `text` (no letter or digit glued on either side)?
pub(crate) fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let after = text[end..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    before && after
}

/// "2025-10-12T08:00:00+05:00" → "2025-10-12".
fn day_of(published: &str) -> Option<String> {
    let day = published.get(..10)?;
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .map(|_| day.to_string())
}

/// States the article names outright, for resolving ambiguous places.
fn states_named(kb: &KnowledgeBase, names: &[kb::NameMatch]) -> Vec<String> {
    let mut states: Vec<String> = Vec::new();
    for name in names {
        for candidate in name
            .candidates
            .iter()
            .filter(|candidate| !candidate.is_place)
        {
            if let Some(record) = kb.entity(&candidate.id) {
                let state = if record.kind == RecordKind::State {
                    record.id.clone()
                } else {
                    record.country.clone()
                };
                if !state.is_empty() && !states.contains(&state) {
                    states.push(state);
                }
            }
        }
    }
    states
}

/// How often each country is named unambiguously in the article (states, their bodies and
/// groups, places): the context that decides an ambiguous name ("Congo" next to Goma and
/// Kinshasa is the Democratic Republic of the Congo).
fn country_evidence(kb: &KnowledgeBase, names: &[kb::NameMatch]) -> BTreeMap<String, usize> {
    let mut evidence = BTreeMap::new();
    for name in names {
        let records: Vec<&kb::Candidate> = name
            .candidates
            .iter()
            .filter(|candidate| !candidate.is_place)
            .collect();
        let country = match records.as_slice() {
            [only] => kb.entity(&only.id).map(country_of),
            [] => name
                .candidates
                .first()
                .and_then(|candidate| kb.place(&candidate.id))
                .map(|place| place.country.clone()),
            _ => None,
        };
        if let Some(country) = country.filter(|country| !country.is_empty()) {
            *evidence.entry(country).or_insert(0) += 1;
        }
    }
    evidence
}

/// The state a record is, or belongs to.
fn country_of(record: &kb::Record) -> String {
    if record.kind == RecordKind::State {
        record.id.clone()
    } else {
        record.country.clone()
    }
}

/// Among several records a name could mean, the one whose country the article names most; the
/// knowledge base's order breaks ties.
fn best_supported<'c>(
    kb: &KnowledgeBase,
    candidates: &'c [kb::Candidate],
    evidence: &BTreeMap<String, usize>,
) -> Option<&'c kb::Candidate> {
    let support = |candidate: &kb::Candidate| {
        kb.entity(&candidate.id)
            .and_then(|record| evidence.get(&country_of(record)).copied())
            .unwrap_or(0)
    };
    let mut best: Option<(&kb::Candidate, usize)> = None;
    for candidate in candidates.iter().filter(|candidate| !candidate.is_place) {
        let score = support(candidate);
        if best.is_none_or(|(_, best_score)| score > best_score) {
            best = Some((candidate, score));
        }
    }
    best.map(|(candidate, _)| candidate)
}

/// Words that make a name an organisation, treaty or event, from `data/organisation_heads.txt`.
static ORGANISATION_HEADS: LazyLock<BTreeSet<&'static str>> =
    LazyLock::new(|| word_list_file(include_str!("../data/organisation_heads.txt")));

/// The entries of one of this crate's word-list files (read by [`model::word_list_entries`]),
/// as a set.
pub(crate) fn word_list_file(data: &'static str) -> BTreeSet<&'static str> {
    model::word_list_entries(data).collect()
}

/// Longest name wins: is the place, state or demonym at `start..end` part of a longer
/// organisation or miscellaneous name the tagger found ("Bank of England", "Voice of America",
/// "Texas A&M University", "the Paris Agreement")? A name that begins with a state counts only
/// when it holds an organisation head word ("Pakistan Army" stays Pakistan's army); one that
/// begins with a town (`is_town`: a gazetteer place, not a state) counts when the tagger read it
/// as an organisation.
fn inside_longer_name(
    text: &str,
    start: usize,
    end: usize,
    tagged: &[ner::EntitySpan],
    is_town: bool,
) -> bool {
    let Some(span) = span_around(tagged, start, end) else {
        return false;
    };
    if !matches!(span.kind, ner::Kind::Org | ner::Kind::Misc)
        || (span.start == start && span.end == end)
    {
        return false;
    }
    let surface = &text[span.start..span.end];
    // A town or city opening a longer organisation name is the organisation's ("Paris
    // Patisserie", "Denver Nuggets"); a state needs a head word ("Pakistan Army" acts for it).
    let town_opens_organisation = is_town && span.kind == ner::Kind::Org && span.end > end;
    span.start < start || has_organisation_head(surface) || town_opens_organisation
}

/// Does a name hold an organisation head word ("Texas A&M University", "Bank of England")?
pub(crate) fn has_organisation_head(surface: &str) -> bool {
    surface
        .split(|c: char| c.is_whitespace() || c == ',')
        .any(|word| ORGANISATION_HEADS.contains(word))
}

/// The tagger span holding `start..end`, if any. `tagged` is sorted by start and its spans do
/// not overlap, so only the last one starting at or before `start` can hold it.
fn span_around(tagged: &[ner::EntitySpan], start: usize, end: usize) -> Option<&ner::EntitySpan> {
    let before = tagged.partition_point(|span| span.start <= start);
    let span = tagged.get(before.checked_sub(1)?)?;
    (span.end >= end).then_some(span)
}

/// The state of linking one article.
/// A tagger span as this article reads it: a photo credit's name stops at its slash
/// ("Ibrahim Hamid/AFP" is Ibrahim Hamid), and the article's own outlet named in its text
/// ("Witnesses told The Nile Courier") is an organisation, whatever the tagger guessed.
fn span_as_read_here(
    text: &str,
    mut span: ner::EntitySpan,
    outlet_name: Option<&str>,
) -> Option<ner::EntitySpan> {
    if let Some(slash) = text[span.start..span.end].find('/') {
        span.end = span.start + slash;
        let trimmed = text[span.start..span.end].trim_end();
        span.end = span.start + trimmed.len();
        if trimmed.is_empty() {
            return None;
        }
    }
    let without_the = |name: &str| {
        let name = name.trim();
        name.strip_prefix("The ").unwrap_or(name).to_lowercase()
    };
    let surface = &text[span.start..span.end];
    if outlet_name.is_some_and(|outlet| without_the(outlet) == without_the(surface)) {
        span.kind = ner::Kind::Org;
    }
    Some(span)
}

pub(crate) struct Linker<'a> {
    pub kb: &'a KnowledgeBase,
    pub text: &'a str,
    /// Publication day, or "" when unknown (then identities fall back to the record's kind).
    pub date: &'a str,
    pub mentions: Vec<Mention>,
    /// Entities the knowledge base does not know, by id: name and kind.
    pub local: BTreeMap<String, (String, EntityKind)>,
    /// The byte ranges the mentions hold, start → end (they never overlap).
    pub occupied: BTreeMap<usize, usize>,
}

impl Linker<'_> {
    /// Does any mention overlap `start..end`? Mentions never overlap one another, so the one
    /// starting last before `end` is the only candidate (a lookup in `occupied`, not a scan).
    pub(crate) fn covered(&self, start: usize, end: usize) -> bool {
        self.occupied
            .range(..end)
            .next_back()
            .is_some_and(|(_, &occupied_end)| occupied_end > start)
    }

    pub(crate) fn push(&mut self, mention: Mention) {
        if !self.covered(mention.start, mention.end) {
            self.occupied.insert(mention.start, mention.end);
            self.mentions.push(mention);
        }
    }

    /// Drop the mentions `unwanted` picks, freeing their text for another reading.
    pub(crate) fn remove_mentions(&mut self, unwanted: impl Fn(&Mention) -> bool) {
        let occupied = &mut self.occupied;
        self.mentions.retain(|mention| {
            let drop = unwanted(mention);
            if drop {
                occupied.remove(&mention.start);
            }
            !drop
        });
    }

    /// A mention of a knowledge-base record, with its identity at the article's date.
    pub(crate) fn record_mention(
        &self,
        id: &str,
        start: usize,
        end: usize,
        via: LinkVia,
    ) -> Mention {
        let (kind, acts_for) = match self.kb.identity_at(
            id,
            if self.date.is_empty() {
                "9999-12-31"
            } else {
                self.date
            },
        ) {
            Some(identity) => {
                let acts_for = match identity.kind {
                    RecordKind::State => Some(id.to_string()),
                    RecordKind::StateGovernment | RecordKind::GovernmentBody => {
                        identity.of.clone().or_else(|| {
                            self.kb
                                .entity(id)
                                .map(|record| record.country.clone())
                                .filter(|c| !c.is_empty())
                        })
                    }
                    _ => None,
                };
                (Some(identity.kind.entity_kind()), acts_for)
            }
            None => (None, None),
        };
        Mention {
            entity: Some(id.to_string()),
            text: self.text[start..end].to_string(),
            start,
            end,
            kind,
            acts_for,
            via,
            sentence: 0,
        }
    }

    /// Is `id` a state record (read with its demonyms and short forms: "U.S.", "America")?
    fn is_state(&self, id: &str) -> bool {
        self.kb
            .entity(id)
            .is_some_and(|record| record.kind == RecordKind::State)
    }

    fn link_name(
        &mut self,
        name: &kb::NameMatch,
        tagged: &[ner::EntitySpan],
        article_states: &[String],
        evidence: &BTreeMap<String, usize>,
    ) {
        let Some(mut first) = name.candidates.first() else {
            return;
        };
        let place_like = first.is_place || first.via == Via::Demonym || self.is_state(&first.id);
        if place_like && inside_longer_name(self.text, name.start, name.end, tagged, first.is_place)
        {
            return;
        }
        if !first.is_place {
            first = best_supported(self.kb, &name.candidates, evidence).unwrap_or(first);
        }
        let one_word = !self.text[name.start..name.end].contains(char::is_whitespace);
        let person_span =
            span_around(tagged, name.start, name.end).filter(|span| span.kind == ner::Kind::Per);
        let tagged_as_person = one_word && person_span.is_some();
        // Longest name wins: a place opening a longer person's name ("Paris Hilton") is not
        // the place, whatever state the article names.
        let inside_person_name =
            person_span.is_some_and(|span| span.start < name.start || span.end > name.end);
        if first.is_place && inside_person_name {
            return;
        }
        if first.is_place {
            // A one-word place the tagger reads as a person ("Jordan said") is the person,
            // unless the place lies in a state the article names ("Kadugli" in a story on Sudan).
            let in_named_state = name
                .candidates
                .iter()
                .filter(|candidate| candidate.is_place)
                .filter_map(|candidate| self.kb.place(&candidate.id))
                .any(|place| article_states.contains(&place.country));
            if tagged_as_person && !in_named_state {
                return;
            }
            // A town the tagger reads exactly as an organisation ("(Vietcast)" in a dateline) is
            // the organisation, unless the town is famous or in a state the article names.
            let tagged_as_organisation =
                span_around(tagged, name.start, name.end).is_some_and(|span| {
                    span.kind == ner::Kind::Org && span.start == name.start && span.end == name.end
                });
            if one_word && tagged_as_organisation && !in_named_state {
                let famous = name
                    .candidates
                    .iter()
                    .filter(|candidate| candidate.is_place)
                    .filter_map(|candidate| self.kb.place(&candidate.id))
                    .any(|place| place.population >= MIN_UNANCHORED_POPULATION);
                if !famous
                    && self
                        .kb
                        .capital_of(&self.text[name.start..name.end])
                        .is_none()
                {
                    return;
                }
            }
            if let Some(state) = self.kb.capital_of(&self.text[name.start..name.end]) {
                if metonymy::speaks_for_government(self.text, name.start, name.end) {
                    let state = state.to_string();
                    let mut mention =
                        self.record_mention(&state, name.start, name.end, LinkVia::Government);
                    mention.kind = Some(EntityKind::State);
                    mention.acts_for = Some(state);
                    self.push(mention);
                    return;
                }
            }
            let places: Vec<&kb::Place> = name
                .candidates
                .iter()
                .filter(|candidate| candidate.is_place)
                .filter_map(|candidate| self.kb.place(&candidate.id))
                .collect();
            let preferred: Vec<&str> = article_states.iter().map(String::as_str).collect();
            if let Some(place) = kb::rank_places(places, &preferred).first() {
                let via = if name.fuzzy {
                    LinkVia::Fuzzy
                } else {
                    LinkVia::Name
                };
                self.push(Mention {
                    entity: Some(place.id.clone()),
                    text: self.text[name.start..name.end].to_string(),
                    start: name.start,
                    end: name.end,
                    kind: Some(EntityKind::Place),
                    acts_for: None,
                    via,
                    sentence: 0,
                });
            }
            return;
        }
        if first.via == Via::Demonym {
            let end = metonymy::actor_phrase_end(self.text, name.end);
            let mut mention = self.record_mention(
                &first.id,
                name.start,
                end.unwrap_or(name.end),
                LinkVia::Demonym,
            );
            if end.is_none() {
                // "Afghan refugees", "Pakistani territory": of the state, not acting for it.
                mention.acts_for = None;
            }
            self.push(mention);
            return;
        }
        let via = match (name.fuzzy, first.via) {
            (true, _) => LinkVia::Fuzzy,
            (false, Via::Name) => LinkVia::Name,
            _ => LinkVia::Alias,
        };
        let mention = self.record_mention(&first.id, name.start, name.end, via);
        self.push(mention);
    }

    /// Names the tagger found that the knowledge base did not.
    fn link_tagged(&mut self, tagged: &[ner::EntitySpan], article_states: &[String]) {
        for span in tagged {
            if self.covered(span.start, span.end) {
                continue;
            }
            let surface = &self.text[span.start..span.end];
            if GENERIC_PLACE_WORDS.contains(&surface) {
                continue;
            }
            let kind = match span.kind {
                ner::Kind::Per => EntityKind::Person,
                ner::Kind::Org => EntityKind::Organization,
                // "Lindale Police", "Bexley Court": a head word makes it the body.
                ner::Kind::Loc if has_organisation_head(surface) => EntityKind::Organization,
                ner::Kind::Loc => EntityKind::Place,
                // Miscellaneous names (events, nationalities, works) are not actors or places.
                ner::Kind::Misc => continue,
            };
            if kind == EntityKind::Place {
                let places = self.kb.places_named(surface);
                let preferred: Vec<&str> = article_states.iter().map(String::as_str).collect();
                // A name only the tagger saw is a known place when it lies in a state the article
                // names, or is a large city; otherwise it stays a place without coordinates.
                let plausible = kb::rank_places(places, &preferred)
                    .into_iter()
                    .find(|place| {
                        preferred.contains(&place.country.as_str())
                            || place.population >= MIN_UNANCHORED_POPULATION
                    });
                if let Some(place) = plausible {
                    let id = place.id.clone();
                    self.push(Mention {
                        entity: Some(id),
                        text: surface.to_string(),
                        start: span.start,
                        end: span.end,
                        kind: Some(EntityKind::Place),
                        acts_for: None,
                        via: LinkVia::Tagger,
                        sentence: 0,
                    });
                    continue;
                }
            }
            let id = self.local_entity(surface, kind);
            self.push(Mention {
                entity: Some(id),
                text: surface.to_string(),
                start: span.start,
                end: span.end,
                kind: Some(kind),
                acts_for: None,
                via: LinkVia::Tagger,
                sentence: 0,
            });
        }
    }

    /// One reading per name in an article: a name the tagger alone read as an organisation or a
    /// place where the knowledge base found it elsewhere in the article as one place or state
    /// ("Bundaberg will be…" opening a sentence, after "in Bundaberg") takes that reading.
    fn one_reading_per_name(&mut self) {
        let mut readings: BTreeMap<&str, Vec<&Mention>> = BTreeMap::new();
        for mention in &self.mentions {
            let place_like = matches!(mention.kind, Some(EntityKind::Place | EntityKind::State));
            if mention.via != LinkVia::Tagger && place_like {
                let same = readings.entry(mention.text.as_str()).or_default();
                if !same.iter().any(|other| other.entity == mention.entity) {
                    same.push(mention);
                }
            }
        }
        let replacements: Vec<Mention> = self
            .mentions
            .iter()
            .filter(|mention| {
                mention.via == LinkVia::Tagger
                    && matches!(
                        mention.kind,
                        Some(EntityKind::Organization | EntityKind::Place)
                    )
            })
            .filter_map(|mention| {
                let [reading] = readings.get(mention.text.as_str())?.as_slice() else {
                    return None;
                };
                Some(Mention {
                    start: mention.start,
                    end: mention.end,
                    via: LinkVia::Name,
                    ..(*reading).clone()
                })
            })
            .collect();
        for replacement in replacements {
            self.remove_mentions(|mention| mention.start == replacement.start);
            self.push(replacement);
        }
    }

    /// A mention of `entity` at `start..end`: with its identity at the article's date when the
    /// knowledge base knows it, else with the kind the article-local entity was given.
    pub(crate) fn mention_of(
        &self,
        entity: &str,
        start: usize,
        end: usize,
        via: LinkVia,
    ) -> Mention {
        if self.kb.entity(entity).is_some() {
            return self.record_mention(entity, start, end, via);
        }
        let kind = self.local.get(entity).map(|(_, kind)| *kind);
        Mention {
            entity: Some(entity.to_string()),
            text: self.text[start..end].to_string(),
            start,
            end,
            kind,
            acts_for: None,
            via,
            sentence: 0,
        }
    }

    /// The id of an entity the knowledge base does not know: `name:<kind>:<slug>`, the same for
    /// the same name in every article.
    pub(crate) fn local_entity(&mut self, name: &str, kind: EntityKind) -> String {
        let kind_word = match kind {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::ArmedGroup => "armed_group",
            EntityKind::State => "state",
            EntityKind::Igo => "igo",
            EntityKind::Organization => "organization",
            EntityKind::Other => "other",
        };
        // A person's id leaves out the titles before the name and a possessive after it
        // ("Mr. Okafor's" is name:person:okafor), so the same person has one id everywhere.
        let bare_name;
        let name = if kind == EntityKind::Person {
            bare_name = coreference::name_words(name).join(" ");
            bare_name.as_str()
        } else {
            name
        };
        let slug: String = name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join("-");
        let id = format!("name:{kind_word}:{slug}");
        self.local
            .entry(id.clone())
            .or_insert_with(|| (name.to_string(), kind));
        id
    }

    fn entities(&self) -> Vec<Entity> {
        let mut ids: Vec<&str> = self
            .mentions
            .iter()
            .filter_map(|mention| mention.entity.as_deref())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter()
            .filter_map(|id| {
                self.kb.to_entity(id).or_else(|| {
                    let (name, kind) = self.local.get(id)?;
                    Some(Entity {
                        id: id.to_string(),
                        name: name.clone(),
                        kind: *kind,
                        country: None,
                        lat: None,
                        lon: None,
                    })
                })
            })
            .collect()
    }
}
