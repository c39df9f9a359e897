//! One sentence's events from its surface structure, without a parser: for each trigger, the
//! actor on the subject side and the recipient on the object side (active and passive voice,
//! "by", "on", "against", "between X and Y", compound actors), the place, the date, the dead and
//! injured, the claimant and the modality.

use crate::actors::{acled_generic_name, is_state_sector, same_party, same_side};
use crate::lexicon::{is_word_at, Cue, EventLexicon, Trigger, TriggerKind, NEEDS_WINDOW_WORDS};
use model::{
    Actor, Article, Casualties, CasualtyGroup, CountKind, Entity, EntityKind, Event, EventDate,
    EventId, EventLocation, Evidence, GeoPrecision, LinkVia, Modality, PloverEvent, QuadClass,
    Sector,
};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// How many words before a verb its subject may stand ("Pakistan has officially recognized").
/// Longer reaches find subjects of other clauses; shorter ones miss subjects with appositions.
const VERB_ACTOR_WINDOW_WORDS: usize = 12;
/// How many words before a nominal trigger its owner may stand ("Pakistani airstrikes",
/// "the TTP's latest attack").
const NOUN_ACTOR_WINDOW_WORDS: usize = 3;
/// How many words before a nominal trigger a light verb may stand ("launched fresh airstrikes").
const LIGHT_VERB_WINDOW_WORDS: usize = 4;
/// How many words after a trigger its object may stand.
const RECIPIENT_WINDOW_WORDS: usize = 8;
/// How many words before a trigger a negation, modal or future cue governs it.
const CUE_WINDOW_WORDS: usize = 4;
/// How sure the sentence classifier must be (softmax probability of its label) to retype a
/// rule's reading. Lower lets the classifier correct more rule types and also overrule more
/// right ones; chosen on the even half of PLV_train with models trained on other folds.
const CLASSIFIER_CONFIDENCE: f64 = 0.5;
/// Below this probability, a confirmed sentence's other asserted readings are dropped.
const CLASSIFIER_VETO: f64 = 0.02;
/// Below this probability for its type, a weak reading (no named recipient, no named actor in
/// direct reach of the trigger) is dropped whatever the classifier's own label. Higher drops
/// more misread triggers and more true events the rules read thinly; chosen on the even half
/// of PLV_train with models trained on other folds.
const WEAK_READING_VETO: f64 = 0.1;
/// How far (in words) a subject may stand before its trigger and still govern it directly
/// ("Pakistan has officially recognized").
const DIRECT_SUBJECT_WORDS: usize = 6;
/// An event dated this many days or more before the article's reference date is background.
const HISTORICAL_GAP_DAYS: i64 = 365;

/// Words that end a clause: an actor is not looked for across them.
const CLAUSE_BREAK_WORDS: &[&str] = &[
    "but",
    "while",
    "whereas",
    "although",
    "though",
    "because",
    "however",
    "meanwhile",
];
const CLAUSE_BREAK_MARKS: &[&str] = &[";", ":", "—", "–", "(", ")"];
/// Prepositions that make the following name a place, not a party.
const LOCATION_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "inside",
    "along",
    "across",
    "into",
    "within",
    "throughout",
    "outside",
    "from",
    "around",
    "over",
    "toward",
    "towards",
    "through",
];
/// Prepositions that introduce a nominal trigger's recipient ("strikes on", "aid to").
const RECIPIENT_PREPOSITIONS: &[&str] = &["on", "against", "targeting", "with", "of", "to", "at"];
/// Words that join the parts of a compound actor.
const COMPOUND_JOINERS: &[&str] = &[",", "and", "&", "as well as", "along with", "together with"];
/// Forms of "to be" (and "get") that make a past participle passive.
const PASSIVE_AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "got", "get", "gets", "'s",
];
/// Verbs whose object is the event a noun names ("launched airstrikes", "declared a ceasefire").
const LIGHT_VERBS: &[&str] = &[
    "launched",
    "launch",
    "launches",
    "launching",
    "carried",
    "carry",
    "carries",
    "carrying",
    "conducted",
    "conduct",
    "conducts",
    "conducting",
    "staged",
    "stage",
    "stages",
    "mounted",
    "began",
    "begin",
    "continued",
    "continue",
    "continues",
    "intensified",
    "stepped",
    "resumed",
    "held",
    "hold",
    "holds",
    "holding",
    "signed",
    "sign",
    "reached",
    "reach",
    "announced",
    "announce",
    "announces",
    "declared",
    "declare",
    "declares",
    "agreed",
    "brokered",
    "broker",
    "imposed",
    "impose",
    "imposes",
    "made",
    "make",
    "issued",
    "issue",
    "led",
    "lead",
    "leads",
    "opened",
    "waged",
    "wage",
    "unleashed",
    "claimed",
    "claims",
    "offered",
    "offer",
    "provided",
    "provide",
    "provides",
    "sent",
    "send",
    "pledged",
    "mediated",
    "mediate",
    "facilitated",
    "hosted",
    "host",
    "organised",
    "organized",
    "struck",
    "reported",
    "ordered",
    "order",
    "orders",
    "initiated",
    "executed",
    "undertook",
];
/// Verbs of saying that name who vouches for what the sentence reports.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "stated",
    "states",
    "announced",
    "reported",
    "claimed",
    "claims",
    "confirmed",
    "confirms",
    "added",
    "insisted",
    "insists",
];

/// Words before a figure that make it a death toll ("killing eleven soldiers").
const KILL_WORDS: &[&str] = &["killing", "killed", "kill", "kills", "claiming", "claimed"];
/// Words before a figure that make it a count of wounded ("injuring four").
const INJURE_WORDS: &[&str] = &["injuring", "injured", "wounding", "wounded", "hurting"];

/// A word or mark of a sentence, as a byte range of the article text.
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
}

/// A party or place named in a sentence, with the tokens it covers.
#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    first_token: usize,
    last_token: usize,
    actor: Actor,
    /// The place this names, when it is one (a town, a province, a state after "in").
    place: Option<EventLocation>,
    /// A place only: never an actor ("Kabul", "Bajaur"); a state is both.
    place_only: bool,
    /// After "in", "at", "along" …: the scene, not a party.
    after_location_preposition: bool,
    /// A sector noun standing alone ("militants", "fighters"): a party of a kind, not a named
    /// one, whose country is a guess from the sentence or the article.
    generic: bool,
    /// Found by the user's actor list (`--actors`), not the knowledge base.
    user: bool,
    /// A state of the knowledge base named alone ("Gondor", not "Gondor's army").
    state: bool,
}

/// What one article offers every sentence: its text, mentions by sentence, entities, dates.
pub struct ArticleContext<'a> {
    article: &'a Article,
    entities: &'a BTreeMap<&'a str, &'a Entity>,
    lexicon: &'a EventLexicon,
    mentions_by_sentence: BTreeMap<usize, Vec<usize>>,
    /// The state the article names or places its parties and places in most: the country of
    /// generic actors the sentence leaves open.
    main_country: Option<String>,
    /// "Now" for the article: its publication day, else the latest day it mentions.
    reference_day: Option<i64>,
}

impl<'a> ArticleContext<'a> {
    pub fn new(
        article: &'a Article,
        entities: &'a BTreeMap<&'a str, &'a Entity>,
        lexicon: &'a EventLexicon,
    ) -> ArticleContext<'a> {
        let mut mentions_by_sentence: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        let mut state_counts: BTreeMap<&str, usize> = BTreeMap::new();
        for (index, mention) in article.mentions.iter().enumerate() {
            mentions_by_sentence
                .entry(mention.sentence)
                .or_default()
                .push(index);
            // The state a mention stands for or belongs to: a state itself, the state an actor
            // acts for, the country of a town or an organisation ("El Fasher" counts for Sudan,
            // so a hospital named after another state does not make the article about it).
            let kind = mention_kind(mention, entities);
            let country = if kind == Some(EntityKind::State) {
                mention.acts_for.as_deref().or(mention.entity.as_deref())
            } else {
                mention.acts_for.as_deref().or_else(|| {
                    mention
                        .entity
                        .as_deref()
                        .and_then(|id| entities.get(id))
                        .and_then(|entity| entity.country.as_deref())
                })
            };
            if let Some(country) = country {
                *state_counts.entry(country).or_default() += 1;
            }
        }
        for indexes in mentions_by_sentence.values_mut() {
            indexes.sort_by_key(|&index| (article.mentions[index].start, index));
        }
        let main_country = state_counts
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(country, _)| country.to_string());
        let reference_day = article
            .published
            .as_deref()
            .and_then(day_number)
            .or_else(|| {
                article
                    .dates
                    .iter()
                    .filter_map(|date| date.last_day.as_deref().and_then(day_number))
                    .max()
            });
        ArticleContext {
            article,
            entities,
            lexicon,
            mentions_by_sentence,
            main_country,
            reference_day,
        }
    }

    fn text(&self) -> &'a str {
        &self.article.text
    }

    fn country_name(&self, code: &str) -> String {
        self.entities
            .get(code)
            .filter(|entity| entity.kind == EntityKind::State)
            .map(|entity| entity.name.clone())
            .or_else(|| self.lexicon.country_names.get(code).cloned())
            .unwrap_or_else(|| code.to_string())
    }

    /// The events of one sentence, from its triggers (byte ranges and pattern indexes).
    pub fn sentence_events(
        &self,
        sentence_index: usize,
        triggers: &[(usize, usize, usize)],
    ) -> Vec<Event> {
        let text = self.text();
        let bounds = self.article.sentences[sentence_index];
        let tokens = tokenize(text, bounds.start, bounds.end);
        if tokens.is_empty() {
            return Vec::new();
        }
        let words: Vec<String> = tokens
            .iter()
            .map(|token| text[token.start..token.end].to_lowercase())
            .collect();
        let mut sentence = Sentence {
            context: self,
            index: sentence_index,
            start: bounds.start,
            end: bounds.end,
            tokens,
            words,
            cue_starts: Vec::new(),
        };
        sentence.cue_starts = sentence.find_cues();
        sentence.events(triggers)
    }
}

fn mention_kind(
    mention: &model::Mention,
    entities: &BTreeMap<&str, &Entity>,
) -> Option<EntityKind> {
    mention.kind.or_else(|| {
        mention
            .entity
            .as_deref()
            .and_then(|id| entities.get(id))
            .map(|entity| entity.kind)
    })
}

/// Split a sentence into words (letters and digits, with inner apostrophes, hyphens and dots)
/// and single marks.
fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    let slice = &text[start..end];
    let mut chars = slice.char_indices().peekable();
    while let Some((offset, character)) = chars.next() {
        if character.is_whitespace() {
            continue;
        }
        if character.is_alphanumeric() {
            let mut token_end = offset + character.len_utf8();
            while let Some(&(next_offset, next)) = chars.peek() {
                let joins = matches!(next, '\'' | '’' | '-' | '.')
                    && slice[next_offset + next.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if next.is_alphanumeric() || joins {
                    token_end = next_offset + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(Token {
                start: start + offset,
                end: start + token_end,
            });
        } else {
            tokens.push(Token {
                start: start + offset,
                end: start + offset + character.len_utf8(),
            });
        }
    }
    tokens
}

/// True when one of the trigger's `needs` words follows within a few words of `end`. A need
/// of several words wants them in a row, except where a `*` stands between two of them: there
/// up to [`NEEDS_WINDOW_WORDS`] other words may come between ("over * efforts" meets "clashed
/// over the efforts").
pub fn needs_are_met(text: &str, end: usize, trigger: &Trigger) -> bool {
    if trigger.needs.is_empty() {
        return true;
    }
    let longest = trigger
        .needs
        .iter()
        .map(|need| need.split(' ').count())
        .max()
        .unwrap_or(1);
    let following: Vec<String> = text[end..]
        .split_whitespace()
        .take(NEEDS_WINDOW_WORDS * longest + 1)
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    trigger
        .needs
        .iter()
        .any(|need| need_follows(&following, need))
}

/// True when `need` (words, with `*` for a gap) stands in `following`: a need without a gap
/// within the first [`NEEDS_WINDOW_WORDS`] + 1 words, one with gaps starting there.
fn need_follows(following: &[String], need: &str) -> bool {
    let pieces: Vec<Vec<&str>> = need
        .split('*')
        .map(|piece| piece.split_whitespace().collect::<Vec<_>>())
        .filter(|piece| !piece.is_empty())
        .collect();
    let Some(first) = pieces.first() else {
        return false;
    };
    let at = |from: usize, piece: &[&str]| {
        following.len() >= from + piece.len()
            && piece
                .iter()
                .enumerate()
                .all(|(offset, word)| following[from + offset] == *word)
    };
    // A need without a gap stands whole within the window, as it always has.
    let last_start = if pieces.len() == 1 {
        (NEEDS_WINDOW_WORDS + 1).saturating_sub(first.len())
    } else {
        NEEDS_WINDOW_WORDS
    };
    (0..=last_start)
        .filter(|&start| at(start, first))
        .any(|start| {
            let mut next = start + first.len();
            pieces[1..].iter().all(|piece| {
                match (next..=next + NEEDS_WINDOW_WORDS).find(|&from| at(from, piece)) {
                    Some(from) => {
                        next = from + piece.len();
                        true
                    }
                    None => false,
                }
            })
        })
}

/// Days since 1970-01-01 of an ISO date's first day ("2025", "2025-10", "2025-10-12").
fn day_number(iso: &str) -> Option<i64> {
    let date = iso.get(..10).unwrap_or(iso);
    let mut parts = date.split('-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: i64 = parts.next().map_or(Some(1), |m| m.parse().ok())?;
    let day: i64 = parts.next().map_or(Some(1), |d| d.parse().ok())?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    // Days from civil date (proleptic Gregorian), after Howard Hinnant's algorithm.
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    Some(era * 146_097 + day_of_era - 719_468)
}

struct Sentence<'a, 'b> {
    context: &'b ArticleContext<'a>,
    index: usize,
    start: usize,
    end: usize,
    tokens: Vec<Token>,
    words: Vec<String>,
    /// Per token, the cues (one bit per [`Cue`]) whose words start there.
    cue_starts: Vec<u8>,
}

/// One trigger's reading before merging: the event and its parts.
struct Reading {
    trigger_start: usize,
    event: PloverEvent,
    mode: Option<String>,
    actor: Vec<Actor>,
    recipient: Vec<Actor>,
    claimant: Option<Actor>,
    modality: Modality,
    /// The reading rests on little: no named recipient, and no named actor standing as the
    /// trigger's subject, agent or owner (the actor is missing, a bare sector noun, far off or
    /// behind a pronoun: "cities it had occupied"). The classifier may veto such a reading.
    weak: bool,
    /// Read from a trigger of the user's verb file: the user said what it codes, and the
    /// classifier (trained on the built-in notions) neither retypes nor vetoes it.
    user: bool,
}

impl<'a, 'b> Sentence<'a, 'b> {
    fn text(&self) -> &'a str {
        self.context.text()
    }

    fn token_at(&self, offset: usize) -> usize {
        self.tokens
            .partition_point(|token| token.end <= offset)
            .min(self.tokens.len() - 1)
    }

    fn word(&self, index: usize) -> &str {
        self.words.get(index).map_or("", String::as_str)
    }

    fn is_clause_break(&self, index: usize) -> bool {
        let word = self.word(index);
        CLAUSE_BREAK_MARKS.contains(&word) || CLAUSE_BREAK_WORDS.contains(&word)
    }

    /// True when the words from `index` are `words` (a cue's words, already split).
    fn words_at(&self, index: usize, words: &[String]) -> bool {
        words
            .iter()
            .enumerate()
            .all(|(offset, part)| self.word(index + offset) == part)
    }

    /// True when the words from `index` spell `phrase` ("as well as").
    fn phrase_at(&self, index: usize, phrase: &str) -> bool {
        if !phrase.contains(' ') {
            return self.word(index) == phrase;
        }
        phrase
            .split(' ')
            .enumerate()
            .all(|(offset, part)| self.word(index + offset) == part)
    }

    fn events(&self, triggers: &[(usize, usize, usize)]) -> Vec<Event> {
        let candidates = self.candidates(triggers);
        let location = self.location(&candidates);
        let candidates = self.resolve_generic_countries(candidates, location.as_ref());
        let mut readings = Vec::new();
        for &(start, end, pattern) in triggers {
            let trigger = &self.context.lexicon.triggers[pattern];
            if !needs_are_met(self.text(), end, trigger) || self.is_adjectival(start, end, trigger)
            {
                continue;
            }
            if let Some(mut reading) = self.read_trigger(start, end, trigger, &candidates) {
                reading.user = self.context.lexicon.is_user_trigger(pattern);
                readings.push(reading);
            }
        }
        let readings = merge_readings(self.classify(readings, triggers));
        let date = self.date();
        let (dead, injured) = self.casualties(&candidates);
        let mut events = Vec::new();
        let mut casualties_given = false;
        for mut reading in readings {
            let actors = reading.actor.clone();
            reading
                .recipient
                .retain(|target| !actors.iter().any(|source| same_party(source, target)));
            let (event_dead, event_injured) =
                if reading.event == PloverEvent::Assault && !casualties_given {
                    casualties_given = true;
                    (dead.clone(), injured.clone())
                } else {
                    (None, None)
                };
            if reading.actor.is_empty()
                && reading.recipient.is_empty()
                && event_dead.is_none()
                && event_injured.is_none()
            {
                continue;
            }
            if reading.modality == Modality::Asserted && self.is_historical(date.as_ref()) {
                reading.modality = Modality::Historical;
            }
            events.push(self.event(
                reading,
                location.clone(),
                date.clone(),
                event_dead,
                event_injured,
            ));
        }
        events
    }

    /// The parties and places the sentence names: the user's actors, the linked mentions
    /// (extended by a sector noun right after them: "Afghan civilians"), then generic sector
    /// nouns ("militants", "security personnel") that no mention covers.
    fn candidates(&self, triggers: &[(usize, usize, usize)]) -> Vec<Candidate> {
        let text = self.text();
        let lexicon = self.context.lexicon;
        let sentence_text = &text[self.start..self.end];
        let mut candidates: Vec<Candidate> = Vec::new();
        let overlaps = |candidates: &[Candidate], start: usize, end: usize| {
            candidates
                .iter()
                .any(|candidate| candidate.start < end && start < candidate.end)
        };
        if let Some(matcher) = &lexicon.user_actor_matcher {
            for found in matcher.find_iter(sentence_text) {
                let (start, end) = (self.start + found.start(), self.start + found.end());
                if !is_word_at(text, start, end) {
                    continue;
                }
                let user = &lexicon.user_actors[found.pattern().as_usize()];
                let actor = Actor {
                    entity: None,
                    name: user.name.clone(),
                    text: text[start..end].to_string(),
                    sector: user.sector,
                    country: user.country.clone(),
                };
                let mut candidate = self.candidate(start, end, actor, None, false);
                candidate.user = true;
                candidates.push(candidate);
            }
        }
        let sector_matches: Vec<(usize, usize, Sector)> = lexicon
            .sector_matcher
            .find_iter(sentence_text)
            .map(|found| {
                (
                    self.start + found.start(),
                    self.start + found.end(),
                    lexicon.sector_nouns[found.pattern().as_usize()].1,
                )
            })
            .filter(|&(start, end, _)| is_word_at(text, start, end))
            .collect();
        let empty = Vec::new();
        let mention_indexes = self
            .context
            .mentions_by_sentence
            .get(&self.index)
            .unwrap_or(&empty);
        for &mention_index in mention_indexes {
            let mention = &self.context.article.mentions[mention_index];
            if mention.end > self.end
                || mention.start < self.start
                || overlaps(&candidates, mention.start, mention.end)
            {
                continue;
            }
            if let Some(candidate) = self.mention_candidate(mention, &sector_matches) {
                candidates.push(candidate);
            }
        }
        for &(start, end, sector) in &sector_matches {
            if overlaps(&candidates, start, end)
                || triggers
                    .iter()
                    .any(|&(t_start, t_end, _)| t_start <= start && end <= t_end)
                || self.is_modifier(start, end)
            {
                continue;
            }
            let actor = Actor {
                entity: None,
                name: String::new(),
                text: text[start..end].to_string(),
                sector: Some(sector),
                country: None,
            };
            let mut candidate = self.candidate(start, end, actor, None, false);
            candidate.generic = true;
            candidates.push(candidate);
        }
        candidates.sort_by_key(|candidate| (candidate.start, candidate.end));
        self.join_sectors_to_states(candidates)
    }

    /// A bare sector noun next to a state names that state's body: "the government of Gondor"
    /// (a state of the knowledge base or a user actor with a country), "lawmakers in Fornost",
    /// "soldiers from Gondor", "the Calenardhon government", "Gondor's main opposition group"
    /// (a user actor with a country, as PETRARCH-style dictionaries code them; for the
    /// knowledge base's states "in" and "from" are left alone, "troops in Afghanistan" being
    /// anyone's troops and "from Congolese territory" an adjective, and its names already take
    /// the sector noun that follows them). The two become one actor: the sector of that state.
    fn join_sectors_to_states(&self, candidates: Vec<Candidate>) -> Vec<Candidate> {
        let state_like = |candidate: &Candidate| {
            !candidate.generic
                && candidate.actor.country.is_some()
                && (candidate.user && candidate.actor.sector.is_none() || candidate.state)
        };
        let mut joined: Vec<Candidate> = Vec::with_capacity(candidates.len());
        let mut index = 0;
        while index < candidates.len() {
            let current = &candidates[index];
            let next = candidates.get(index + 1);
            // "government of Gondor": the sector noun, then "of"/"in"/"from" [the] and the state.
            if let Some(next) = next.filter(|next| current.generic && state_like(next)) {
                let gap: Vec<&str> = (current.last_token + 1..next.first_token)
                    .map(|index| self.word(index))
                    .collect();
                let preposition_fits = match gap.first() {
                    Some(&"of") => true,
                    Some(&"in" | &"from") => next.user,
                    _ => false,
                };
                if preposition_fits && (gap.len() == 1 || gap.len() == 2 && gap[1] == "the") {
                    joined.push(self.sector_of_state(current, next, current.start, next.end));
                    index += 2;
                    continue;
                }
            }
            // "the Calenardhon government", "Gondor's main opposition group": a user state, the
            // sector noun right after it or after its possessive and up to two lower-case words.
            if let Some(next) =
                next.filter(|next| next.generic && current.user && state_like(current))
            {
                let possessive = ["'s", "’s"]
                    .iter()
                    .any(|mark| self.text()[current.end..].starts_with(mark));
                let gap: Vec<&str> = (current.last_token + 1..next.first_token)
                    .map(|index| self.word(index))
                    .filter(|word| !matches!(*word, "'s" | "’s" | "'" | "’"))
                    .collect();
                let adjectives = gap.is_empty()
                    || possessive
                        && gap.len() <= 2
                        && gap
                            .iter()
                            .all(|word| word.chars().all(|c| c.is_lowercase() || c == '-'));
                if adjectives {
                    joined.push(self.sector_of_state(next, current, current.start, next.end));
                    index += 2;
                    continue;
                }
            }
            joined.push(current.clone());
            index += 1;
        }
        joined
    }

    /// One candidate for a sector noun and the state it belongs to, covering `start..end`.
    fn sector_of_state(
        &self,
        sector_noun: &Candidate,
        state: &Candidate,
        start: usize,
        end: usize,
    ) -> Candidate {
        let sector = sector_noun.actor.sector.unwrap_or(Sector::Government);
        let country = state.actor.country.clone();
        let name = acled_generic_name(
            sector,
            country
                .as_deref()
                .map(|code| self.context.country_name(code))
                .as_deref(),
        );
        let actor = Actor {
            entity: state.actor.entity.clone(),
            name,
            text: self.text()[start..end].to_string(),
            sector: Some(sector),
            country,
        };
        let mut candidate = self.candidate(start, end, actor, None, false);
        candidate.user = state.user;
        candidate
    }

    /// A verb's -ing form used as an adjective after a determiner ("a striking development").
    fn is_adjectival(&self, start: usize, end: usize, trigger: &Trigger) -> bool {
        if trigger.kind != TriggerKind::Verb || !trigger.form.ends_with("ing") {
            return false;
        }
        let first = self.token_at(start);
        let next = self.token_at(end);
        const DETERMINERS: &[&str] = &[
            "a", "an", "the", "this", "that", "its", "their", "his", "her",
        ];
        first > 0
            && DETERMINERS.contains(&self.word(first - 1))
            && self.tokens[next].start >= end
            && self.word(next).chars().all(char::is_alphabetic)
            && self
                .word(next)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && !RECIPIENT_PREPOSITIONS.contains(&self.word(next))
            && !LOCATION_PREPOSITIONS.contains(&self.word(next))
    }

    /// A sector noun used as a modifier ("militant hideouts", "military campaign"): a singular
    /// noun followed by a lower-case word that is not a verb or function word.
    fn is_modifier(&self, start: usize, end: usize) -> bool {
        let noun = &self.text()[start..end];
        if noun.ends_with('s') {
            return false;
        }
        let next = self.token_at(end);
        if self.tokens[next].start < end {
            return false;
        }
        let word = self.word(next);
        const AFTER_A_SUBJECT: &[&str] = &[
            "is",
            "was",
            "were",
            "are",
            "has",
            "have",
            "had",
            "and",
            "or",
            "said",
            "says",
            "who",
            "which",
            "that",
            "in",
            "on",
            "at",
            "of",
            "to",
            "for",
            "from",
            "with",
            "by",
            "will",
            "would",
            "could",
            "did",
            "does",
            "do",
            "also",
            "had",
            "spokesman",
            "official",
        ];
        word.chars().next().is_some_and(char::is_lowercase)
            && !AFTER_A_SUBJECT.contains(&word)
            && !word.ends_with("ed")
    }

    fn candidate(
        &self,
        start: usize,
        end: usize,
        actor: Actor,
        place: Option<EventLocation>,
        place_only: bool,
    ) -> Candidate {
        let first_token = self.token_at(start);
        let last_token = self.token_at(end.saturating_sub(1));
        let after_location_preposition = first_token > 0
            && LOCATION_PREPOSITIONS.contains(&self.word(first_token - 1))
            || first_token > 1
                && self.word(first_token - 1) == "the"
                && LOCATION_PREPOSITIONS.contains(&self.word(first_token - 2));
        Candidate {
            start,
            end,
            first_token,
            last_token,
            actor,
            place,
            place_only,
            after_location_preposition,
            generic: false,
            user: false,
            state: false,
        }
    }

    fn mention_candidate(
        &self,
        mention: &model::Mention,
        sector_matches: &[(usize, usize, Sector)],
    ) -> Option<Candidate> {
        let text = self.text();
        let entities = self.context.entities;
        let entity = mention
            .entity
            .as_deref()
            .and_then(|id| entities.get(id))
            .copied();
        let kind = mention_kind(mention, entities);
        let mut end = mention.end;
        // A sector noun right after the mention ("Afghan civilians", "Pakistan's security forces").
        let mut sector = self.context.lexicon.sector_of(&mention.text);
        if let Some(&(_, noun_end, noun_sector)) = sector_matches.iter().find(|&&(start, _, _)| {
            start >= mention.end && {
                let gap = text[mention.end..start].trim();
                gap.is_empty() || gap == "'s" || gap == "’s"
            }
        }) {
            if !self.is_modifier(mention.start, noun_end) || noun_end > mention.end {
                end = noun_end;
                sector = Some(noun_sector);
            }
        }
        let country = mention
            .acts_for
            .clone()
            .or_else(|| entity.and_then(|entity| entity.country.clone()));
        if kind == Some(EntityKind::Place) && end == mention.end {
            let place = self.place_of(mention, entity, kind);
            let actor = Actor {
                entity: country.clone(),
                name: country
                    .as_deref()
                    .map(|c| self.context.country_name(c))
                    .unwrap_or_default(),
                text: mention.text.clone(),
                sector: None,
                country,
            };
            return Some(self.candidate(mention.start, end, actor, Some(place), true));
        }
        if sector.is_none() {
            sector = match (kind, mention.via) {
                (_, LinkVia::Government) => Some(Sector::Government),
                (Some(EntityKind::ArmedGroup), _) => Some(Sector::Rebels),
                (Some(EntityKind::Igo), _) => Some(Sector::Igo),
                (Some(EntityKind::Organization), _) if mention.acts_for.is_some() => {
                    Some(Sector::Government)
                }
                _ => None,
            };
        }
        let is_state = kind == Some(EntityKind::State);
        let name = match (sector, &country) {
            (Some(sector), Some(code))
                if is_state
                    || (is_state_sector(sector) && mention.acts_for.is_some() && {
                        // A body of the state ("Pakistan Armed Forces") is named after the state;
                        // an organisation acting for it (the Taliban) keeps its own name.
                        entity.is_some_and(|entity| {
                            entity.name.contains(&self.context.country_name(code))
                        })
                    }) =>
            {
                acled_generic_name(sector, Some(&self.context.country_name(code)))
            }
            (None, Some(code)) if is_state => self.context.country_name(code),
            _ => entity
                .map(|entity| entity.name.clone())
                .unwrap_or_else(|| mention.text.clone()),
        };
        let actor = Actor {
            entity: mention.entity.clone(),
            name,
            text: text[mention.start..end].to_string(),
            sector,
            country,
        };
        let mut candidate = self.candidate(mention.start, end, actor, None, false);
        candidate.state = is_state && end == mention.end;
        if is_state && candidate.after_location_preposition && end == mention.end {
            candidate.place = Some(self.place_of(mention, entity, kind));
        }
        Some(candidate)
    }

    fn place_of(
        &self,
        mention: &model::Mention,
        entity: Option<&Entity>,
        kind: Option<EntityKind>,
    ) -> EventLocation {
        let name = entity.map_or_else(|| mention.text.clone(), |entity| entity.name.clone());
        let lower = name.to_lowercase();
        let precision = if kind == Some(EntityKind::State) {
            GeoPrecision::Country
        } else if ["line", "border", "region", "frontier", "belt", "valley"]
            .iter()
            .any(|word| lower.split_whitespace().any(|w| w == *word))
        {
            GeoPrecision::Region
        } else if lower.contains("province")
            || mention
                .entity
                .as_deref()
                .is_some_and(|id| id.starts_with("admin1:"))
        {
            GeoPrecision::Province
        } else if lower.contains("district") {
            GeoPrecision::District
        } else {
            GeoPrecision::Place
        };
        EventLocation {
            entity: mention.entity.clone(),
            name,
            country: entity
                .and_then(|entity| entity.country.clone())
                .or_else(|| mention.acts_for.clone()),
            admin1: None,
            lat: entity.and_then(|entity| entity.lat),
            lon: entity.and_then(|entity| entity.lon),
            precision,
        }
    }

    /// The sentence's place: the first place after "in", "at", "along" …, else its first place.
    fn location(&self, candidates: &[Candidate]) -> Option<EventLocation> {
        let places = || {
            candidates
                .iter()
                .filter(|candidate| candidate.place.is_some())
        };
        places()
            .find(|candidate| candidate.after_location_preposition && candidate.place_only)
            .or_else(|| places().find(|candidate| candidate.place_only))
            .or_else(|| places().next())
            .and_then(|candidate| candidate.place.clone())
    }

    /// Generic actors take their country from the sentence's place, else the article's state.
    fn resolve_generic_countries(
        &self,
        mut candidates: Vec<Candidate>,
        location: Option<&EventLocation>,
    ) -> Vec<Candidate> {
        for candidate in &mut candidates {
            let actor = &mut candidate.actor;
            if !actor.name.is_empty() {
                continue;
            }
            actor.country = location
                .and_then(|place| place.country.clone())
                .or_else(|| self.context.main_country.clone());
            let sector = actor.sector.unwrap_or(Sector::Civilians);
            let country_name = actor
                .country
                .as_deref()
                .map(|c| self.context.country_name(c));
            actor.name = acled_generic_name(sector, country_name.as_deref());
        }
        candidates
    }

    /// The candidate group (a compound actor) around `anchor`: neighbours joined by ",", "and".
    fn group(&self, candidates: &[Candidate], anchor: usize) -> Vec<Actor> {
        let joined = |left: &Candidate, right: &Candidate| {
            if right.first_token <= left.last_token {
                return false;
            }
            let mut index = left.last_token + 1;
            let mut saw_joiner = false;
            while index < right.first_token {
                match COMPOUND_JOINERS
                    .iter()
                    .find(|joiner| self.phrase_at(index, joiner))
                {
                    Some(joiner) => {
                        index += joiner.split(' ').count();
                        saw_joiner = true;
                    }
                    None if self.word(index) == "the" => index += 1,
                    None => return false,
                }
            }
            saw_joiner
        };
        let usable = |candidate: &Candidate| !candidate.place_only;
        let mut first = anchor;
        while first > 0
            && usable(&candidates[first - 1])
            && joined(&candidates[first - 1], &candidates[first])
        {
            first -= 1;
        }
        let mut last = anchor;
        while last + 1 < candidates.len()
            && usable(&candidates[last + 1])
            && joined(&candidates[last], &candidates[last + 1])
        {
            last += 1;
        }
        // A list ends in "and": "Iraq, officials said" is no compound, "Turkey, Qatar and
        // Saudi Arabia" is.
        let and_link = |left: usize, right: usize| {
            (candidates[left].last_token + 1..candidates[right].first_token).any(|index| {
                matches!(self.word(index), "and" | "&")
                    || self.phrase_at(index, "as well as")
                    || self.phrase_at(index, "along with")
                    || self.phrase_at(index, "together with")
            })
        };
        while last > anchor && !and_link(last - 1, last) {
            last -= 1;
        }
        if last == anchor && first < anchor && !and_link(anchor - 1, anchor) {
            first = anchor;
        }
        let mut group: Vec<Actor> = Vec::new();
        for candidate in &candidates[first..=last] {
            if !group
                .iter()
                .any(|actor| same_party(actor, &candidate.actor))
            {
                group.push(candidate.actor.clone());
            }
        }
        group
    }

    fn clause_break_between(&self, from: usize, to: usize) -> bool {
        (from..to).any(|index| self.is_clause_break(index))
    }

    /// The nearest usable candidate ending before token `before`, within `window` words and
    /// the clause.
    fn nearest_left(
        &self,
        candidates: &[Candidate],
        before: usize,
        window: usize,
    ) -> Option<usize> {
        candidates
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, candidate)| candidate.last_token < before)
            .take_while(|(_, candidate)| {
                before - candidate.last_token <= window
                    && !self.clause_break_between(candidate.last_token + 1, before)
            })
            .find(|(_, candidate)| !candidate.place_only && !candidate.after_location_preposition)
            .map(|(index, _)| index)
    }

    /// The first usable candidate starting after token `after`, within `window` words and the
    /// clause; a place counts (for its state) only when `places` is set.
    fn nearest_right(
        &self,
        candidates: &[Candidate],
        after: usize,
        window: usize,
        places: bool,
    ) -> Option<usize> {
        let in_reach = |candidate: &Candidate| {
            candidate.first_token > after
                && candidate.first_token - after <= window
                && !self.clause_break_between(after + 1, candidate.first_token)
                && !(after + 1..candidate.first_token)
                    .any(|index| matches!(self.word(index), "that" | "whether" | "if"))
        };
        candidates
            .iter()
            .position(|c| in_reach(c) && !c.place_only && !c.after_location_preposition)
            .or_else(|| {
                places
                    .then(|| {
                        candidates
                            .iter()
                            .position(|c| in_reach(c) && c.place_only && c.actor.country.is_some())
                    })
                    .flatten()
            })
    }

    /// The group after `word` ("by", "between", "according to") when it follows token `after`
    /// within `window` words in the clause.
    fn group_after_word(
        &self,
        candidates: &[Candidate],
        after: usize,
        window: usize,
        word: &str,
    ) -> Option<(usize, Vec<Actor>)> {
        let limit = (after + window).min(self.tokens.len());
        let position = (after + 1..limit)
            .take_while(|&index| !self.is_clause_break(index))
            .find(|&index| self.phrase_at(index, word))?;
        let word_end = position + word.split(' ').count() - 1;
        let anchor = self.nearest_right(candidates, word_end, 3, false)?;
        Some((position, self.group(candidates, anchor)))
    }

    fn read_trigger(
        &self,
        start: usize,
        end: usize,
        trigger: &Trigger,
        candidates: &[Candidate],
    ) -> Option<Reading> {
        let first = self.token_at(start);
        let last = self.token_at(end.saturating_sub(1));
        let others: Vec<Candidate> = candidates
            .iter()
            .filter(|candidate| !(candidate.start < end && start < candidate.end))
            .cloned()
            .collect();
        let candidates = &others[..];
        let event = trigger.event;
        let places_as_recipients = matches!(event, PloverEvent::Assault | PloverEvent::Coerce);
        let mut actor: Vec<Actor> = Vec::new();
        let mut recipient: Vec<Actor> = Vec::new();
        // The actor stands as the trigger's agent ("by", "between") or its subject or owner
        // close by with no pronoun between.
        let mut actor_direct = false;

        let trigger_ends_with_by = self.word(last) == "by";
        let by_group = if trigger_ends_with_by {
            self.nearest_right(candidates, last, 3, false)
                .map(|anchor| (last, self.group(candidates, anchor)))
        } else {
            self.group_after_word(candidates, last, 5, "by")
        };
        let passive = trigger.kind == TriggerKind::Verb
            && trigger.past
            && (1..=3).any(|back| {
                first >= back && PASSIVE_AUXILIARIES.contains(&self.word(first - back))
            });
        let between = self.group_after_word(candidates, last, 6, "between");

        if trigger_ends_with_by {
            // "mediated by Turkey, Qatar and Saudi Arabia": the agent follows.
            actor = by_group.map(|(_, group)| group).unwrap_or_default();
            actor_direct = true;
            if let Some(anchor) = self.nearest_left(candidates, first, NOUN_ACTOR_WINDOW_WORDS) {
                recipient = self.group(candidates, anchor);
            }
        } else if passive {
            if let Some(anchor) = self.nearest_left(candidates, first, VERB_ACTOR_WINDOW_WORDS) {
                recipient = self.group(candidates, anchor);
            }
            if let Some((_, group)) = by_group {
                actor = group;
                actor_direct = true;
            }
        } else {
            let subject = match trigger.kind {
                TriggerKind::Noun | TriggerKind::Phrase
                    if !self.starts_with_verb_form(first, trigger) =>
                {
                    self.owner_of_noun(candidates, first)
                }
                _ => self.nearest_left(candidates, first, VERB_ACTOR_WINDOW_WORDS),
            };
            let has_subject = subject.is_some();
            if let Some(anchor) = subject {
                actor = self.group(candidates, anchor);
                actor_direct = self.is_direct_subject(&candidates[anchor], first);
            }
            if let Some((_, group)) = &by_group {
                if actor.is_empty() {
                    actor = group.clone();
                    actor_direct = true;
                }
            }
            let object = if trigger.kind == TriggerKind::Noun {
                self.noun_recipient(candidates, last, places_as_recipients)
            } else {
                self.nearest_right(
                    candidates,
                    last,
                    RECIPIENT_WINDOW_WORDS,
                    places_as_recipients,
                )
            };
            if let Some(anchor) = object {
                let group = self.group(candidates, anchor);
                // With a subject in place, a "by" after the object names the object's agent
                // ("condemned an attack by Osgiliath soldiers"): the one the event is aimed at.
                let is_agent = !has_subject
                    && by_group.as_ref().is_some_and(|(_, by)| {
                        by.iter().any(|a| group.iter().any(|g| same_party(a, g)))
                    });
                if !is_agent {
                    recipient = group;
                }
            }
        }
        if let Some((_, group)) = between {
            if actor.is_empty() && group.len() >= 2 {
                actor = vec![group[0].clone()];
                recipient = group[1..].to_vec();
                actor_direct = true;
            } else if !group.is_empty() {
                recipient = group;
            }
        }
        // A place as object stands for its state only against an actor from elsewhere.
        recipient.retain(|target| !actor.iter().any(|source| same_party(source, target)));
        if places_as_recipients {
            recipient.retain(|target| {
                target.sector.is_some()
                    || target.entity.as_deref() != target.country.as_deref()
                    || !actor.iter().any(|source| same_side(source, target))
            });
        }
        let (claimant, claimed) = self.claimant(candidates, first);
        let mut modality = self.modality(first, last, trigger);
        if claimed {
            if actor.is_empty() {
                actor = claimant.clone().into_iter().collect();
            }
            if modality == Modality::Asserted {
                modality = Modality::Claimed;
            }
        } else if modality == Modality::Asserted {
            if let Some(claimant) = &claimant {
                if actor.iter().any(|source| same_side(source, claimant)) {
                    modality = Modality::Claimed;
                }
            }
        }
        let named = |party: &Actor| {
            candidates.iter().any(|candidate| {
                !candidate.generic
                    && candidate.actor.name == party.name
                    && candidate.actor.text == party.text
            })
        };
        let stands_on_a_party =
            recipient.iter().any(named) || actor_direct && actor.iter().any(named);
        let weak = !stands_on_a_party;
        Some(Reading {
            trigger_start: start,
            event,
            mode: trigger.mode.clone(),
            actor,
            recipient,
            claimant,
            modality,
            weak,
            user: false,
        })
    }

    /// True when a subject candidate governs the trigger at `first` directly: within
    /// [`DIRECT_SUBJECT_WORDS`] words with no pronoun between, or as the speaker of a
    /// reporting verb whose clause a pronoun opens ("the RSF said on Sunday that it had
    /// seized"). A pronoun with no such verb ("the withdrawal of the RSF from cities it had
    /// occupied") makes the subject a guess.
    fn is_direct_subject(&self, candidate: &Candidate, first: usize) -> bool {
        const PRONOUNS: &[&str] = &["it", "they", "he", "she", "we", "i", "you"];
        let between = candidate.last_token + 1..first;
        let distance = first.saturating_sub(candidate.last_token);
        let pronoun = between
            .clone()
            .find(|&index| PRONOUNS.contains(&self.word(index)));
        match pronoun {
            None => distance <= DIRECT_SUBJECT_WORDS,
            Some(pronoun) => {
                distance <= VERB_ACTOR_WINDOW_WORDS
                    && REPORTING_VERBS.contains(&self.word(candidate.last_token + 1))
                    && pronoun > candidate.last_token + 1
            }
        }
    }

    /// The sentence classifier's say on the rules' readings. First, a weak reading (see
    /// [`Reading::weak`]) whose type it gives less than [`WEAK_READING_VETO`] is dropped. Then,
    /// when it predicts a type with at least [`CLASSIFIER_CONFIDENCE`]: if no reading has that
    /// type, the first reading that is not weak takes it (and the mode of a trigger of that type
    /// in the sentence, if any), keeping its actors, recipients, claimant and modality; if one
    /// has it, asserted readings of types it gives less than [`CLASSIFIER_VETO`] are dropped.
    /// An unsure prediction leaves the other readings as they are. It never adds a reading.
    fn classify(
        &self,
        mut readings: Vec<Reading>,
        triggers: &[(usize, usize, usize)],
    ) -> Vec<Reading> {
        let lexicon = self.context.lexicon;
        let Some(classifier) = &lexicon.classifier else {
            return readings;
        };
        if readings.is_empty() {
            return readings;
        }
        let prediction = classifier.predict(&self.text()[self.start..self.end], lexicon);
        readings.retain(|reading| {
            reading.user
                || !(reading.weak && prediction.probability_of(reading.event) < WEAK_READING_VETO)
        });
        if readings.is_empty() || prediction.probability < CLASSIFIER_CONFIDENCE {
            return readings;
        }
        if readings
            .iter()
            .any(|reading| prediction.agrees_with(reading.event))
        {
            // Confirmed: an asserted reading of a type the classifier all but rules out is a
            // trigger misread ("talks" in a report of an attack); an alleged, denied or
            // claimed one is the content of what is said, and stays.
            readings.retain(|reading| {
                prediction.agrees_with(reading.event)
                    || reading.user
                    || reading.modality != Modality::Asserted
                    || prediction.probability_of(reading.event) >= CLASSIFIER_VETO
            });
            return readings;
        }
        let mode = triggers
            .iter()
            .map(|&(_, _, pattern)| &lexicon.triggers[pattern])
            .find(|trigger| prediction.agrees_with(trigger.event))
            .map(|trigger| (trigger.event, trigger.mode.clone()));
        // Only a reading that stands on its own parties is retyped: a weak one the classifier
        // does not rule out keeps its trigger's type rather than lend its thin parties to
        // another event.
        let Some(first) = readings
            .iter()
            .position(|reading| !reading.weak && !reading.user)
        else {
            return readings;
        };
        let first = &mut readings[first];
        match mode {
            Some((event, mode)) => {
                first.event = event;
                first.mode = mode;
            }
            None => {
                first.event = prediction.event;
                first.mode = None;
            }
        }
        readings
    }

    /// A phrase trigger that begins with a verb ("opened fire", "severed ties") reads like a verb.
    fn starts_with_verb_form(&self, first: usize, trigger: &Trigger) -> bool {
        trigger.kind == TriggerKind::Phrase && {
            let word = self.word(first);
            word.ends_with("ed") || LIGHT_VERBS.contains(&word) || REPORTING_VERBS.contains(&word)
        }
    }

    /// The owner of a nominal trigger: a party right before it ("Pakistani airstrikes", "the
    /// TTP's attack") or the subject of a light verb governing it ("Pakistan launched strikes").
    fn owner_of_noun(&self, candidates: &[Candidate], first: usize) -> Option<usize> {
        if let Some(index) = self.nearest_left(candidates, first, NOUN_ACTOR_WINDOW_WORDS) {
            let candidate = &candidates[index];
            let between_words_are_verbs = (candidate.last_token + 1..first)
                .any(|index| LIGHT_VERBS.contains(&self.word(index)));
            if !between_words_are_verbs {
                return Some(index);
            }
        }
        let light_verb = (first.saturating_sub(LIGHT_VERB_WINDOW_WORDS)..first)
            .rev()
            .find(|&index| LIGHT_VERBS.contains(&self.word(index)))?;
        self.nearest_left(candidates, light_verb, VERB_ACTOR_WINDOW_WORDS)
    }

    /// A nominal trigger's recipient: a party after "on", "against", "with", "of", "to".
    fn noun_recipient(&self, candidates: &[Candidate], last: usize, places: bool) -> Option<usize> {
        let limit = (last + 4).min(self.tokens.len());
        let preposition = (last + 1..limit)
            .take_while(|&index| !self.is_clause_break(index))
            .find(|&index| RECIPIENT_PREPOSITIONS.contains(&self.word(index)));
        if let Some(preposition) = preposition {
            return self.nearest_right(candidates, preposition, 4, places);
        }
        // "airstrikes inside Kabul": a place struck stands for its state.
        places
            .then(|| {
                candidates.iter().position(|candidate| {
                    candidate.place_only
                        && candidate.actor.country.is_some()
                        && candidate.first_token > last
                        && candidate.first_token - last <= 3
                })
            })
            .flatten()
    }

    /// Who vouches for the sentence, and whether they claim responsibility: the party after
    /// "according to" or "claimed by", the party before "claimed responsibility", the speaker
    /// of a quotation holding the trigger, or the party before "said".
    fn claimant(&self, candidates: &[Candidate], first: usize) -> (Option<Actor>, bool) {
        let lexicon = self.context.lexicon;
        for (cue, words) in &lexicon.cues {
            if !matches!(cue, Cue::Claim | Cue::According) {
                continue;
            }
            for index in 0..self.tokens.len() {
                if !self.words_at(index, words) {
                    continue;
                }
                let cue_end = index + words.len() - 1;
                let after = self.nearest_right(candidates, cue_end, 3, false);
                let before = self.nearest_left(candidates, index, VERB_ACTOR_WINDOW_WORDS);
                let chosen = if words.last().is_some_and(|w| w == "by" || w == "to") {
                    after
                } else {
                    before.or(after)
                };
                if let Some(anchor) = chosen {
                    return (Some(candidates[anchor].actor.clone()), *cue == Cue::Claim);
                }
            }
        }
        let trigger_offset = self.tokens[first].start;
        for quotation in &self.context.article.quotations {
            if quotation.sentence != self.index
                || !(quotation.start <= trigger_offset && trigger_offset < quotation.end)
            {
                continue;
            }
            if let (Some(start), Some(end)) = (quotation.speaker_start, quotation.speaker_end) {
                if let Some(candidate) = candidates
                    .iter()
                    .find(|candidate| candidate.start < end && start < candidate.end)
                {
                    return (Some(candidate.actor.clone()), false);
                }
            }
        }
        for index in 0..self.tokens.len() {
            if index == first || !REPORTING_VERBS.contains(&self.word(index)) {
                continue;
            }
            if let Some(anchor) = self.nearest_left(candidates, index, 2) {
                if candidates[anchor].last_token != first {
                    return (Some(candidates[anchor].actor.clone()), false);
                }
            }
        }
        (None, false)
    }

    fn cue_before(&self, cue: Cue, first: usize, window: usize) -> bool {
        let from = first.saturating_sub(window);
        let clause_start = (from..first)
            .rev()
            .find(|&index| self.is_clause_break(index))
            .map_or(from, |index| index + 1);
        self.cue_in(cue, clause_start, first)
    }

    fn cue_in(&self, cue: Cue, from: usize, to: usize) -> bool {
        let bit = 1u8 << (cue as u8);
        let to = to.min(self.cue_starts.len());
        from < to && self.cue_starts[from..to].iter().any(|cues| cues & bit != 0)
    }

    /// Which cues start at each token (a contraction "n't" counts where a word ends in it).
    fn find_cues(&self) -> Vec<u8> {
        let mut starts = vec![0u8; self.tokens.len()];
        for (cue, words) in &self.context.lexicon.cues {
            let bit = 1u8 << (*cue as u8);
            let contraction = words.len() == 1 && words[0] == "n't";
            for (index, start) in starts.iter_mut().enumerate() {
                if self.words_at(index, words)
                    || (contraction
                        && (self.word(index).ends_with("n't") || self.word(index).ends_with("n’t")))
                {
                    *start |= bit;
                }
            }
        }
        starts
    }

    /// How the sentence presents the trigger's event.
    fn modality(&self, first: usize, last: usize, trigger: &Trigger) -> Modality {
        let after_noun = if trigger.kind == TriggerKind::Verb {
            last + 1
        } else {
            (last + 3).min(self.tokens.len())
        };
        if self.cue_before(Cue::Negation, first, CUE_WINDOW_WORDS) {
            return Modality::Negated;
        }
        if trigger.event != PloverEvent::Reject && self.cue_in(Cue::Deny, 0, first) {
            return Modality::Denied;
        }
        if trigger.event != PloverEvent::Accuse && self.cue_in(Cue::Allege, 0, first) {
            return Modality::Alleged;
        }
        let clause_start = (0..first)
            .rev()
            .find(|&index| self.is_clause_break(index))
            .map_or(0, |index| index + 1);
        if self.cue_before(Cue::Hypothetical, first, CUE_WINDOW_WORDS)
            || self.cue_in(Cue::Hypothetical, last + 1, after_noun)
            || self.phrase_at(clause_start, "if")
        {
            return Modality::Hypothetical;
        }
        if self.cue_before(Cue::Future, first, CUE_WINDOW_WORDS)
            || self.cue_in(Cue::Future, last + 1, after_noun)
        {
            return Modality::Future;
        }
        Modality::Asserted
    }

    /// The sentence's date: its first resolved date mention, else the article's dateline.
    fn date(&self) -> Option<EventDate> {
        let article = self.context.article;
        if let Some(date) = article
            .dates
            .iter()
            .find(|date| date.sentence == self.index && date.first_day.is_some())
        {
            return Some(EventDate {
                start: date.first_day.clone(),
                end: date.last_day.clone(),
                precision: date.precision,
                text: Some(date.text.clone()),
            });
        }
        let published = article.published.as_deref()?;
        let day = published.get(..10).unwrap_or(published).to_string();
        Some(EventDate {
            start: Some(day.clone()),
            end: Some(day),
            precision: Some(model::DatePrecision::Day),
            text: None,
        })
    }

    fn is_historical(&self, date: Option<&EventDate>) -> bool {
        let (Some(date), Some(reference)) = (date, self.context.reference_day) else {
            return false;
        };
        if date.text.is_none() {
            return false;
        }
        date.end
            .as_deref()
            .and_then(day_number)
            .is_some_and(|last_day| reference - last_day >= HISTORICAL_GAP_DAYS)
    }

    /// Dead and injured from the sentence's killed/injured figures, group by group, with the
    /// victims' sector and country ("11 security personnel and two civilians").
    fn casualties(&self, candidates: &[Candidate]) -> (Option<Casualties>, Option<Casualties>) {
        let article = self.context.article;
        let mut dead: Vec<(CasualtyGroup, model::Approx)> = Vec::new();
        let mut injured: Vec<(CasualtyGroup, model::Approx)> = Vec::new();
        let mut previous: Option<(usize, CountKind)> = None;
        for quantity in &article.quantities {
            if quantity.sentence != self.index {
                continue;
            }
            let counts = match quantity.counts {
                CountKind::Killed | CountKind::Injured => quantity.counts,
                CountKind::Money | CountKind::Percent | CountKind::Unknown => continue,
                _ => {
                    let first = self.token_at(quantity.start);
                    let before: Vec<&str> = (first.saturating_sub(3)..first)
                        .map(|i| self.word(i))
                        .collect();
                    let listed_after = previous.filter(|&(end, _)| {
                        quantity.start >= end
                            && quantity.start - end <= 40
                            && (self.token_at(end)..first)
                                .any(|i| matches!(self.word(i), "and" | ","))
                    });
                    if before.iter().any(|w| KILL_WORDS.contains(w)) {
                        CountKind::Killed
                    } else if before.iter().any(|w| INJURE_WORDS.contains(w)) {
                        CountKind::Injured
                    } else if let Some((_, kind)) = listed_after {
                        kind
                    } else {
                        continue;
                    }
                }
            };
            previous = Some((quantity.end, counts));
            let victims = candidates.iter().find(|candidate| {
                candidate.start >= quantity.start
                    && candidate.start <= quantity.end + 40
                    && !candidate.place_only
            });
            let noun = quantity.noun.clone();
            let sector = noun
                .as_deref()
                .and_then(|noun| self.context.lexicon.sector_of(noun))
                .or_else(|| victims.and_then(|victims| victims.actor.sector));
            let group = CasualtyGroup {
                low: quantity.low,
                high: quantity.high,
                noun,
                sector,
                country: victims.and_then(|victims| victims.actor.country.clone()),
            };
            let list = if counts == CountKind::Killed {
                &mut dead
            } else {
                &mut injured
            };
            list.push((group, quantity.approx));
        }
        let total = |groups: Vec<(CasualtyGroup, model::Approx)>| {
            let approx = groups.first()?.1;
            Some(Casualties {
                low: groups.iter().map(|(group, _)| group.low).sum(),
                high: groups.iter().map(|(group, _)| group.high).sum(),
                approx,
                groups: groups.into_iter().map(|(group, _)| group).collect(),
            })
        };
        (total(dead), total(injured))
    }

    fn event(
        &self,
        reading: Reading,
        location: Option<EventLocation>,
        date: Option<EventDate>,
        dead: Option<Casualties>,
        injured: Option<Casualties>,
    ) -> Event {
        let lexicon = self.context.lexicon;
        let row = lexicon.row(reading.event, reading.mode.as_deref());
        let mut acled = row.and_then(|row| row.acled.clone());
        if let Some((event_type, sub)) = &mut acled {
            let all_civilian = !reading.recipient.is_empty()
                && reading.recipient.iter().all(|actor| {
                    matches!(actor.sector, Some(Sector::Civilians | Sector::Refugees))
                });
            if event_type == "Battles" && sub == "Armed clash" && all_civilian {
                *event_type = "Violence against civilians".to_string();
                *sub = "Attack".to_string();
            }
            let state_forces = reading.actor.iter().any(|actor| {
                matches!(actor.sector, Some(Sector::Military | Sector::Police))
                    && actor.country.is_some()
                    && actor.entity.as_deref() == actor.country.as_deref()
            });
            if sub == "Non-state actor overtakes territory" && state_forces {
                *sub = "Government regains territory".to_string();
            }
        }
        let text = self.text();
        let mut hasher = Sha256::new();
        hasher.update(self.context.article.id.as_bytes());
        hasher.update(self.start.to_le_bytes());
        hasher.update(reading.event.as_str().as_bytes());
        for actor in reading.actor.iter().chain([None].iter().flatten()) {
            hasher.update(actor.name.as_bytes());
            hasher.update([0]);
        }
        hasher.update([1]);
        for actor in &reading.recipient {
            hasher.update(actor.name.as_bytes());
            hasher.update([0]);
        }
        let id: String = hasher
            .finalize()
            .iter()
            .take(8)
            .map(|byte| format!("{byte:02x}"))
            .collect();
        let _ = reading.trigger_start;
        Event {
            id: EventId(id),
            event: reading.event,
            mode: reading.mode,
            context: row.map(|row| row.contexts.clone()).unwrap_or_default(),
            acled: acled.map(|(event_type, sub_event_type)| model::AcledType {
                event_type,
                sub_event_type,
            }),
            quad: row.map_or(QuadClass::VerbalCooperation, |row| row.quad),
            score: row.map_or(0.0, |row| row.score),
            actor: reading.actor,
            recipient: reading.recipient,
            location,
            date,
            dead,
            injured,
            claimant: reading.claimant,
            modality: reading.modality,
            sources: vec![Evidence {
                article: self.context.article.id.clone(),
                text: text[self.start..self.end].to_string(),
                start: self.start,
                end: self.end,
                sentence: self.index,
            }],
        }
    }
}

/// One event per type and party pair in a sentence: readings of the same type whose actors and
/// recipients agree (or one side is open) are one event ("attack that killed").
fn merge_readings(readings: Vec<Reading>) -> Vec<Reading> {
    let mut merged: Vec<Reading> = Vec::new();
    let compatible = |a: &[Actor], b: &[Actor]| {
        a.is_empty() || b.is_empty() || a.iter().any(|x| b.iter().any(|y| same_party(x, y)))
    };
    for reading in readings {
        if let Some(existing) = merged.iter_mut().find(|existing| {
            existing.event == reading.event
                && compatible(&existing.actor, &reading.actor)
                && compatible(&existing.recipient, &reading.recipient)
        }) {
            for actor in reading.actor {
                if !existing.actor.iter().any(|a| same_party(a, &actor)) {
                    existing.actor.push(actor);
                }
            }
            for actor in reading.recipient {
                if !existing.recipient.iter().any(|a| same_party(a, &actor)) {
                    existing.recipient.push(actor);
                }
            }
            if existing.mode.is_none() {
                existing.mode = reading.mode;
            }
            if existing.claimant.is_none() {
                existing.claimant = reading.claimant;
            }
            if existing.modality == Modality::Asserted {
                existing.modality = reading.modality;
            }
            continue;
        }
        merged.push(reading);
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_count_from_1970() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(day_number("2025"), day_number("2025-01-01"));
        assert_eq!(day_number("nonsense"), None);
    }

    #[test]
    fn tokens_keep_inner_apostrophes_and_split_marks() {
        let text = "Pakistan’s army, al-Qaeda.";
        let words: Vec<&str> = tokenize(text, 0, text.len())
            .iter()
            .map(|token| &text[token.start..token.end])
            .collect();
        assert_eq!(words, ["Pakistan’s", "army", ",", "al-Qaeda", "."]);
    }
}
