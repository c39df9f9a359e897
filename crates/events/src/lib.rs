//! `events/`: who did what to whom — events coded from an analysed article's sentences in
//! PLOVER terms (type, mode, context) with ACLED's type and sub-type, quad class and score, the
//! actors and recipients with their sector, place, date, dead and injured, the claimant and the
//! modality, each citing its sentence. A plain function over the article: no IO, no clock.
//!
//! How: the trigger lexicon (data/triggers.tsv) is matched once over the article text; each
//! sentence holding a trigger is read by its surface structure (arguments.rs): the actor on the
//! subject side, the recipient on the object side, in active and passive voice. A trigger
//! without an actor, a recipient or a casualty figure codes nothing: no fallback codes.

mod actors;
mod arguments;
pub mod classifier;
mod lexicon;
pub mod petrarch;
pub mod training;

pub use classifier::{Prediction, TypeClassifier};
pub use lexicon::{
    is_word_at, parse_sector, Cue, EventLexicon, LexiconProblem, OntologyRow, Trigger, TriggerKind,
    UserActor,
};

use model::{Article, Entity, Event};
use std::collections::BTreeMap;

/// Code the events of one analysed article (its sentences, mentions, dates, quantities and
/// quotations filled in), sorted by where they stand in the text.
pub fn extract(article: &Article, entities: &[Entity], lexicon: &EventLexicon) -> Vec<Event> {
    if article.sentences.is_empty() {
        return Vec::new();
    }
    let entities_by_id: BTreeMap<&str, &Entity> = entities
        .iter()
        .map(|entity| (entity.id.as_str(), entity))
        .collect();
    let context = arguments::ArticleContext::new(article, &entities_by_id, lexicon);
    let mut triggers_by_sentence: BTreeMap<usize, Vec<(usize, usize, usize)>> = BTreeMap::new();
    for found in lexicon.trigger_matcher.find_iter(&article.text) {
        let (start, end) = (found.start(), found.end());
        if !is_word_at(&article.text, start, end) {
            continue;
        }
        let sentence = model::sentence_index_at(&article.sentences, start);
        let within = article
            .sentences
            .get(sentence)
            .is_some_and(|bounds| bounds.start <= start && end <= bounds.end);
        if !within {
            continue;
        }
        if let Some(trigger) =
            lexicon.trigger_for(found.pattern().as_usize(), &article.text, end, false)
        {
            triggers_by_sentence
                .entry(sentence)
                .or_default()
                .push((start, end, trigger));
        }
    }
    let mut events = Vec::new();
    for (sentence, triggers) in triggers_by_sentence {
        events.extend(context.sentence_events(sentence, &triggers));
    }
    events.sort_by(|a, b| {
        let key = |event: &Event| {
            event
                .sources
                .first()
                .map(|source| (source.start, source.end))
        };
        key(a)
            .cmp(&key(b))
            .then(a.event.cmp(&b.event))
            .then(a.id.cmp(&b.id))
    });
    events
}

/// The PLOVER type a sentence's words code, for classification benchmarks: the type of the
/// first event coded from the sentence, else the type of its first trigger that a negation
/// does not govern. `None` when no trigger matches.
pub fn classify_sentence(sentence: &str, lexicon: &EventLexicon) -> Option<model::PloverEvent> {
    let mut best: Option<(usize, model::PloverEvent)> = None;
    for found in lexicon.trigger_matcher.find_iter(sentence) {
        if !is_word_at(sentence, found.start(), found.end()) {
            continue;
        }
        let Some(trigger) =
            lexicon.trigger_for(found.pattern().as_usize(), sentence, found.end(), false)
        else {
            continue;
        };
        let trigger = &lexicon.triggers[trigger];
        let rank = match trigger.kind {
            TriggerKind::Phrase => 0,
            TriggerKind::Verb => 1,
            TriggerKind::Noun => 2,
        };
        if best.is_none_or(|(best_rank, _)| rank < best_rank) {
            best = Some((rank, trigger.event));
        }
    }
    best.map(|(_, event)| event)
}
