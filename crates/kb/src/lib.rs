//! `kb/`: who and where could an article be talking about? The knowledge base and gazetteer.
//!
//! The knowledge base is a set of JSON Lines files of one record schema ([`Record`]), compiled
//! at start-up into Aho-Corasick matchers over normalised keys ([`normalize`]). The gazetteer
//! ([`gazetteer`]) is decompressed, parsed and indexed on first use. Data shapes and matching
//! rules are documented in `crates/kb/data/README.md`. The linker asks [`KnowledgeBase::find_names`] for
//! candidate spans and decides among the candidates with context this crate does not have.

pub mod gazetteer;
pub mod matcher;
pub mod normalize;
pub mod record;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use model::Warning;

pub use gazetteer::{Gazetteer, Place, PlaceSource, Precision};
pub use matcher::Via;
pub use record::{parse_records, Record, RecordKind, Tenure};

use matcher::{Hit, Matcher, NameToCompile, Strategy, Target};
use normalize::{exact_key, exact_keyed, fuzzy_keyed};

/// The built-in knowledge-base files, one per kind, in load order.
const BUILTIN_FILES: &[(&str, &str)] = &[
    ("states.jsonl", include_str!("../data/states.jsonl")),
    (
        "organizations.jsonl",
        include_str!("../data/organizations.jsonl"),
    ),
    (
        "armed_groups.jsonl",
        include_str!("../data/armed_groups.jsonl"),
    ),
    (
        "government_bodies.jsonl",
        include_str!("../data/government_bodies.jsonl"),
    ),
    ("people.jsonl", include_str!("../data/people.jsonl")),
];

/// Single words that are gazetteer place names but far more often ordinary English words at
/// the start of a sentence ("Police said…" is not Police, Poland). One word a line.
const PLACE_STOPWORDS: &str = include_str!("../data/place_stopwords.txt");

/// The knowledge base: records, their indexes and matchers, and the lazily loaded gazetteer.
#[derive(Debug)]
pub struct KnowledgeBase {
    records: Vec<Record>,
    by_id: BTreeMap<String, usize>,
    demonyms: BTreeMap<String, Vec<usize>>,
    capitals: BTreeMap<String, Vec<usize>>,
    record_matcher: Matcher,
    gazetteer: OnceLock<Gazetteer>,
    place_matcher: OnceLock<Matcher>,
    warnings: Vec<Warning>,
}

/// A span of text that names one or more knowledge-base entities or places.
#[derive(Debug, Clone, PartialEq)]
pub struct NameMatch {
    /// Byte range in the searched text.
    pub start: usize,
    pub end: usize,
    /// The alias as written in the knowledge base that matched (the first candidate's).
    pub matched_alias: String,
    /// Whether only the fuzzy key matched (a spelling variant not listed).
    pub fuzzy: bool,
    /// Every entity or place the span could name: records first in file order, then hand-added
    /// places, then GeoNames places by population, largest first.
    pub candidates: Vec<Candidate>,
}

impl NameMatch {
    /// The candidate ids, in candidate order.
    pub fn entity_ids(&self) -> Vec<&str> {
        self.candidates
            .iter()
            .map(|candidate| candidate.id.as_str())
            .collect()
    }
}

/// One entity or place a matched span may name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// A record id ("PK", "ttp") or a place id ("geonames:1138958", "place:durand-line").
    pub id: String,
    pub via: Via,
    pub is_place: bool,
}

/// What an entity is on a given date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub kind: RecordKind,
    /// Whose government or body it is, when it is one ("AF" for the Taliban after 2021-08-15).
    pub of: Option<String>,
}

impl KnowledgeBase {
    /// The built-in knowledge base. Problems in the built-in files (there should be none; a test
    /// checks) are kept in [`KnowledgeBase::warnings`].
    pub fn load_default() -> KnowledgeBase {
        let mut knowledge_base = KnowledgeBase {
            records: Vec::new(),
            by_id: BTreeMap::new(),
            demonyms: BTreeMap::new(),
            capitals: BTreeMap::new(),
            record_matcher: Matcher::build(Vec::new(), Strategy::Automaton),
            gazetteer: OnceLock::new(),
            place_matcher: OnceLock::new(),
            warnings: Vec::new(),
        };
        for (file_name, text) in BUILTIN_FILES {
            let (records, warnings) = parse_records(text, file_name);
            knowledge_base.warnings.extend(warnings);
            for record in records {
                knowledge_base.add_record(record);
            }
        }
        knowledge_base.rebuild();
        knowledge_base
    }

    /// Add the records of a user file (`--kb FILE`, same schema). A record with a known id is
    /// merged into it: its aliases, demonyms, roles and identities are appended and its other
    /// non-empty fields replace the old ones. Bad lines become warnings naming file and line.
    pub fn extend_from_str(&mut self, text: &str, source_name: &str) -> Vec<Warning> {
        let (records, warnings) = parse_records(text, source_name);
        for record in records {
            self.add_record(record);
        }
        self.rebuild();
        warnings
    }

    /// Problems found in the built-in files.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    pub fn records(&self) -> &[Record] {
        &self.records
    }

    pub fn entity(&self, id: &str) -> Option<&Record> {
        self.by_id.get(id).map(|&position| &self.records[position])
    }

    /// Every span of `text` that names a known entity or gazetteer place: leftmost-longest, on
    /// word boundaries, acronyms only in upper case, names only capitalised. A span whose exact
    /// key matches ignores fuzzy hits on the same span.
    pub fn find_names(&self, text: &str) -> Vec<NameMatch> {
        let exact = exact_keyed(text);
        let fuzzy = fuzzy_keyed(&exact);
        let mut hits: Vec<Hit> = self.record_matcher.hits(text, &exact, &fuzzy);
        let place_hits = self.place_matcher().hits(text, &exact, &fuzzy);
        let gazetteer = self.gazetteer();
        for mut hit in place_hits {
            let span = &text[hit.start..hit.end];
            if is_place_stopword(span) {
                continue;
            }
            if !span.contains(char::is_whitespace) && !has_name_evidence(text, hit.start, hit.end) {
                // "Most officials…", "TIME TO ACT", "Bob Dole": a one-word name with no sign of
                // being a place name on its own; only well-known places are kept there.
                hit.entries.retain(|entry| match entry.target {
                    Target::Place(position) => {
                        self.is_well_known_place(&gazetteer.places[position])
                    }
                    Target::Record(_) => true,
                });
            }
            if !hit.entries.is_empty() {
                hits.push(hit);
            }
        }

        // Group hits by span; a span's exact hits beat its fuzzy ones.
        let mut by_span: BTreeMap<(usize, usize), (Vec<Hit>, Vec<Hit>)> = BTreeMap::new();
        for hit in hits {
            let slot = by_span.entry((hit.start, hit.end)).or_default();
            if hit.fuzzy {
                slot.1.push(hit);
            } else {
                slot.0.push(hit);
            }
        }
        let mut spans: Vec<((usize, usize), Vec<Hit>, bool)> = by_span
            .into_iter()
            .map(|(span, (exact_hits, fuzzy_hits))| {
                if exact_hits.is_empty() {
                    (span, fuzzy_hits, true)
                } else {
                    (span, exact_hits, false)
                }
            })
            .collect();
        // Leftmost first, then longest.
        spans.sort_by(|a, b| a.0 .0.cmp(&b.0 .0).then(b.0 .1.cmp(&a.0 .1)));

        let mut matches = Vec::new();
        let mut covered_until = 0;
        for ((start, end), span_hits, is_fuzzy) in spans {
            if start < covered_until {
                continue;
            }
            covered_until = end;
            matches.push(self.name_match(start, end, &span_hits, is_fuzzy));
        }
        matches
    }

    fn name_match(&self, start: usize, end: usize, hits: &[Hit], fuzzy: bool) -> NameMatch {
        let mut entries: Vec<_> = hits
            .iter()
            .flat_map(|hit| hit.entries.iter().copied())
            .collect();
        let gazetteer = self.gazetteer();
        // Hand rows were written for news and come before GeoNames rows of the same name.
        let place_order = |position: usize| {
            let place = &gazetteer.places[position];
            (
                place.source != PlaceSource::Hand,
                std::cmp::Reverse(place.population),
                position,
            )
        };
        entries.sort_by(|a, b| match (a.target, b.target) {
            (Target::Place(x), Target::Place(y)) => place_order(x).cmp(&place_order(y)),
            (x, y) => x.cmp(&y),
        });
        let mut seen = BTreeSet::new();
        let mut candidates = Vec::new();
        for entry in &entries {
            let (id, is_place) = match entry.target {
                Target::Record(position) => (self.records[position].id.clone(), false),
                Target::Place(position) => (gazetteer.places[position].id.clone(), true),
            };
            if seen.insert(id.clone()) {
                candidates.push(Candidate {
                    id,
                    via: entry.via,
                    is_place,
                });
            }
        }
        NameMatch {
            start,
            end,
            matched_alias: entries[0].alias.clone(),
            fuzzy,
            candidates,
        }
    }

    /// The state a demonym names, when exactly one does ("Afghans" → "AF"; "Congolese" names
    /// two states and gives `None`: see [`KnowledgeBase::demonym_states`]).
    pub fn demonym(&self, word: &str) -> Option<&str> {
        match self.demonym_states(word).as_slice() {
            [only] => Some(only),
            _ => None,
        }
    }

    /// Every state a demonym names.
    pub fn demonym_states(&self, word: &str) -> Vec<&str> {
        self.demonyms
            .get(&exact_key(word))
            .map(|positions| {
                positions
                    .iter()
                    .map(|&position| self.records[position].id.as_str())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The state whose capital or seat of government has this name ("Islamabad" → "PK"), when
    /// exactly one state's does.
    pub fn capital_of(&self, city: &str) -> Option<&str> {
        match self.capitals.get(&exact_key(city)).map(Vec::as_slice) {
            Some([only]) => Some(self.records[*only].id.as_str()),
            _ => None,
        }
    }

    /// What an entity is on `date` (`YYYY-MM-DD`): the identity whose period holds, else the
    /// record's own kind and country. `None` for an unknown id.
    pub fn identity_at(&self, id: &str, date: &str) -> Option<Identity> {
        let record = self.entity(id)?;
        let dated = record
            .identities
            .iter()
            .find(|identity| identity.holds_on(date));
        Some(match dated {
            Some(identity) => Identity {
                kind: identity.kind.unwrap_or(record.kind),
                of: (!identity.of.is_empty()).then(|| identity.of.clone()),
            },
            None => Identity {
                kind: record.kind,
                of: (!record.country.is_empty()).then(|| record.country.clone()),
            },
        })
    }

    /// The offices a person holds on `date`.
    pub fn roles_at(&self, person_id: &str, date: &str) -> Vec<&Tenure> {
        self.entity(person_id)
            .map(|record| {
                record
                    .roles
                    .iter()
                    .filter(|role| role.holds_on(date))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The people holding `role` (e.g. "prime_minister") of `of` (e.g. "PK") on `date`.
    pub fn office_holders(&self, of: &str, role: &str, date: &str) -> Vec<&Record> {
        self.records
            .iter()
            .filter(|record| {
                record
                    .roles
                    .iter()
                    .any(|tenure| tenure.of == of && tenure.role == role && tenure.holds_on(date))
            })
            .collect()
    }

    /// The gazetteer, loaded (and decompressed) on first use.
    pub fn gazetteer(&self) -> &Gazetteer {
        self.gazetteer.get_or_init(Gazetteer::load_builtin)
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        let gazetteer = self.gazetteer();
        gazetteer
            .by_id
            .get(id)
            .map(|&position| &gazetteer.places[position])
    }

    /// Every place with this name or alternate name, most populous first.
    pub fn places_named(&self, name: &str) -> Vec<&Place> {
        let gazetteer = self.gazetteer();
        let mut places: Vec<&Place> = gazetteer
            .positions_with_key(&exact_key(name))
            .iter()
            .map(|&position| &gazetteer.places[position])
            .collect();
        places.sort_by(|a, b| {
            b.population
                .cmp(&a.population)
                .then_with(|| a.id.cmp(&b.id))
        });
        places
    }

    /// The knowledge-base entity or place with this id as the contract's [`model::Entity`].
    /// A state takes its capital's coordinates from the gazetteer's country row.
    pub fn to_entity(&self, id: &str) -> Option<model::Entity> {
        if let Some(record) = self.entity(id) {
            let (mut lat, mut lon) = (record.lat, record.lon);
            if record.kind == RecordKind::State && lat.is_none() {
                if let Some(country_row) = self.country_place(&record.iso2) {
                    (lat, lon) = (Some(country_row.lat), Some(country_row.lon));
                }
            }
            return Some(model::Entity {
                id: record.id.clone(),
                name: record.name.clone(),
                kind: record.kind.entity_kind(),
                country: (!record.country.is_empty()).then(|| record.country.clone()),
                lat,
                lon,
            });
        }
        let place = self.place(id)?;
        Some(model::Entity {
            id: place.id.clone(),
            name: place.name.clone(),
            kind: model::EntityKind::Place,
            country: (!place.country.is_empty()).then(|| place.country.clone()),
            lat: Some(place.lat),
            lon: Some(place.lon),
        })
    }

    fn country_place(&self, iso2: &str) -> Option<&Place> {
        self.gazetteer()
            .places
            .iter()
            .find(|place| place.precision == Precision::Country && place.country == iso2)
    }

    /// A place whose bare name is taken as a place even without capitalisation evidence: a
    /// hand row, a city of a million people, or a capital. GeoNames regions are not: many are
    /// also first names ("Paul", Cape Verde; "Mary", Turkmenistan).
    fn is_well_known_place(&self, place: &Place) -> bool {
        place.source == PlaceSource::Hand
            || place.precision == Precision::Country
            || place.population >= FAMOUS_CITY_POPULATION
            || self.capitals.contains_key(&exact_key(&place.name))
    }

    fn place_matcher(&self) -> &Matcher {
        self.place_matcher.get_or_init(|| {
            let gazetteer = self.gazetteer();
            Matcher::build(
                gazetteer
                    .places
                    .iter()
                    .enumerate()
                    // States are records (with their demonyms and aliases); their GeoNames
                    // country rows would only repeat them as place candidates. Territories
                    // (Greenland, Western Sahara, Puerto Rico) stay places.
                    .filter(|(_, place)| {
                        let is_state = self
                            .entity(&place.country)
                            .is_some_and(|record| record.kind == RecordKind::State);
                        place.precision != Precision::Country || !is_state
                    })
                    .flat_map(|(position, place)| {
                        // GeoNames alternates are for lookup only: in running text they add noise. Hand
                        // rows list only the spellings news uses, so those all match, fuzzily too.
                        let is_hand = place.source == PlaceSource::Hand;
                        let allow_fuzzy =
                            is_hand || TRANSLITERATED_COUNTRIES.contains(&place.country.as_str());
                        let alternates = place.alternate_names().filter(move |_| is_hand);
                        std::iter::once(place.name.as_str())
                            .chain(alternates)
                            .map(move |name| NameToCompile {
                                name,
                                target: Target::Place(position),
                                via: Via::PlaceName,
                                // One-word fuzzy place keys hit surnames ("Baumann" would be
                                // Bamian); transliterated one-word names come as alternates.
                                allow_fuzzy: allow_fuzzy && name.contains([' ', '-']),
                            })
                    }),
                Strategy::WordRuns,
            )
        })
    }

    fn add_record(&mut self, record: Record) {
        match self.by_id.get(&record.id) {
            Some(&position) => merge_record(&mut self.records[position], record),
            None => {
                self.by_id.insert(record.id.clone(), self.records.len());
                self.records.push(record);
            }
        }
    }

    /// Recompute indexes and the record matcher after records changed.
    fn rebuild(&mut self) {
        self.demonyms.clear();
        self.capitals.clear();
        for (position, record) in self.records.iter().enumerate() {
            for demonym in &record.demonyms {
                push_unique(
                    self.demonyms.entry(exact_key(demonym)).or_default(),
                    position,
                );
            }
            if record.kind == RecordKind::State {
                for city in [&record.capital, &record.seat] {
                    if !city.is_empty() {
                        push_unique(self.capitals.entry(exact_key(city)).or_default(), position);
                    }
                }
            }
        }
        let mut names = Vec::new();
        for (position, record) in self.records.iter().enumerate() {
            // Transliteration folding helps names first written in another script; states have
            // settled English names listed as aliases, and folding them makes collisions
            // ("Colombia"/"Columbia").
            let allow_fuzzy = !matches!(record.kind, RecordKind::State | RecordKind::Igo);
            let target = Target::Record(position);
            for name in [&record.name, &record.official]
                .into_iter()
                .filter(|name| !name.is_empty())
            {
                names.push(NameToCompile {
                    name,
                    target,
                    via: Via::Name,
                    allow_fuzzy,
                });
            }
            for alias in &record.aliases {
                names.push(NameToCompile {
                    name: alias,
                    target,
                    via: Via::Alias,
                    allow_fuzzy,
                });
            }
            for demonym in &record.demonyms {
                names.push(NameToCompile {
                    name: demonym,
                    target,
                    via: Via::Demonym,
                    allow_fuzzy: false,
                });
            }
        }
        self.record_matcher = Matcher::build(names, Strategy::Automaton);
    }
}

/// Order the candidate places of a name (from [`KnowledgeBase::places_named`]): places in
/// `preferred_countries` first, in the order given (e.g. the countries an article is about),
/// then larger population, then coarser precision (a region before a city of equal
/// population), then id so the order is total.
pub fn rank_places<'a>(mut places: Vec<&'a Place>, preferred_countries: &[&str]) -> Vec<&'a Place> {
    // A famous city is not beaten by a small namesake in a preferred country: "Paris" in an
    // article that names the United States is still the French capital, not Paris, Texas.
    let largest = places
        .iter()
        .map(|place| place.population)
        .max()
        .unwrap_or(0);
    let dwarfed = |place: &Place| {
        largest >= FAMOUS_CITY_POPULATION && place.population.saturating_mul(DWARFED_BY) < largest
    };
    let preference = |place: &Place| {
        preferred_countries
            .iter()
            .position(|country| *country == place.country)
            .filter(|_| !dwarfed(place))
            .unwrap_or(usize::MAX)
    };
    places.sort_by(|a, b| {
        preference(a)
            .cmp(&preference(b))
            .then_with(|| b.population.cmp(&a.population))
            .then_with(|| a.precision.cmp(&b.precision))
            .then_with(|| a.id.cmp(&b.id))
    });
    places
}

fn merge_record(old: &mut Record, new: Record) {
    for alias in new.aliases {
        if !old.aliases.contains(&alias) {
            old.aliases.push(alias);
        }
    }
    for demonym in new.demonyms {
        if !old.demonyms.contains(&demonym) {
            old.demonyms.push(demonym);
        }
    }
    old.roles.extend(new.roles);
    old.identities.extend(new.identities);
    old.kind = new.kind;
    old.name = new.name;
    for (old_field, new_field) in [
        (&mut old.official, new.official),
        (&mut old.country, new.country),
        (&mut old.part_of, new.part_of),
        (&mut old.iso2, new.iso2),
        (&mut old.iso3, new.iso3),
        (&mut old.capital, new.capital),
        (&mut old.seat, new.seat),
        (&mut old.wikidata, new.wikidata),
        (&mut old.note, new.note),
    ] {
        if !new_field.is_empty() {
            *old_field = new_field;
        }
    }
    if new.lat.is_some() && new.lon.is_some() {
        (old.lat, old.lon) = (new.lat, new.lon);
    }
}

fn push_unique(positions: &mut Vec<usize>, position: usize) {
    if !positions.contains(&position) {
        positions.push(position);
    }
}

/// Countries whose place names reach English text transliterated from Arabic, Persian, Urdu
/// or Pashto script, so spellings vary ("Mazar-e Sharif", "Mazar-i-Sharif"): their GeoNames
/// names also get fuzzy keys.
const TRANSLITERATED_COUNTRIES: &[&str] = &[
    "AF", "PK", "IR", "IQ", "SY", "YE", "SD", "LY", "SO", "LB", "PS", "SA", "JO", "EG", "TJ",
];

/// How many times smaller than a famous namesake a place in a preferred country may be before
/// the namesake wins (Paris, Texas is 80 times smaller than Paris; London, Ontario 23 times
/// smaller than London, so an article on Canada keeps it).
const DWARFED_BY: u64 = 50;

/// Population from which a city's name alone, even as a sentence's first word, is taken as a
/// place name ("Karachi remains…").
const FAMOUS_CITY_POPULATION: u64 = 1_000_000;

/// Whether a one-word span's capital letter says something: not the first word of a sentence,
/// not in an all-capitals line, not glued to another capitalised word ("Bob Dole", "Paul
/// Martin", "Peshawar Zalmi") that would make it part of a longer name.
fn has_name_evidence(text: &str, start: usize, end: usize) -> bool {
    let span = &text[start..end];
    let all_capitals = span
        .chars()
        .filter(|character| character.is_alphabetic())
        .count()
        > 1
        && !span.chars().any(char::is_lowercase);
    if all_capitals || is_sentence_initial(text, start) {
        return false;
    }
    let before = text[..start].trim_end_matches([' ', '\t']);
    let previous_word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, character)| character.is_alphanumeric())
        .last()
        .map(|(index, _)| index);
    let glued_before = before.len() < start
        && previous_word_start.is_some_and(|word_start| {
            before[word_start..].starts_with(char::is_uppercase)
                && !is_sentence_initial(text, word_start)
        });
    let after = text[end..].trim_start_matches([' ', '\t']);
    let glued_after = after.len() < text.len() - end && after.starts_with(char::is_uppercase);
    !glued_before && !glued_after
}

/// Whether `start` begins a sentence or a line: only spaces, quotes, brackets or dashes stand
/// between it and the text's start, a line break or sentence-ending punctuation.
fn is_sentence_initial(text: &str, start: usize) -> bool {
    for character in text[..start].chars().rev() {
        match character {
            '\n' | '.' | '!' | '?' | ':' => return true,
            ' ' | '\t' | '"' | '\'' | '“' | '‘' | '(' | '[' | '—' | '–' | '-' => continue,
            _ => return false,
        }
    }
    true
}

fn is_place_stopword(span: &str) -> bool {
    static STOPWORDS: OnceLock<BTreeSet<String>> = OnceLock::new();
    let stopwords = STOPWORDS.get_or_init(|| {
        PLACE_STOPWORDS
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(exact_key)
            .collect()
    });
    stopwords.contains(&exact_key(span))
}
