//! Story clustering, incremental: articles are read oldest first and each joins the story it
//! is most similar to — by its content words (TF-IDF over the body, headline left out), the
//! entities it names, the events it reports — if that story had an article within the time
//! window, or starts a new one. Candidate stories come from an index of each story's
//! distinctive words and entities, read only within the time window, so the cost per article
//! does not grow with the corpus.
//!
//! Order: articles are first sorted by a canonical key (publication day, then id; undated
//! articles last, by id), so the result does not depend on the order they were given in.
//! Two things do depend on the batch: the words' IDF weights are counted over the whole batch,
//! and an article dated before a story's first article, arriving later in a stream, would
//! change which article is earliest (and so the story's id) when the batch is re-run.

use std::collections::HashMap;

use model::{Article, DatePrecision, Event};

use crate::words::{body_word_run, content_stem_key, FastMap};

/// Days a story stays open after its latest article: an article further than this from every
/// article of a story starts a new one. Longer joins slow-moving stories across gaps in
/// coverage; shorter splits them but keeps recurring topics (a yearly summit) apart.
pub const TIME_WINDOW_DAYS: i32 = 45;

/// Weights of the three similarities in the joining score.
/// Words carry most (what happened), entities next (who and where), shared events a bonus.
pub const WORD_WEIGHT: f64 = 0.5;
pub const ENTITY_WEIGHT: f64 = 0.4;
pub const EVENT_WEIGHT: f64 = 0.1;

/// Score at or above which an article joins a story. Lower merges neighbouring stories that
/// share actors (two wars with the same mediator); higher splits one story whose articles
/// cover different incidents.
pub const JOIN_THRESHOLD: f64 = 0.15;

/// Score an article must reach with two stories to bridge them into one (both stories then
/// continue as the older one). Stories of one developing situation often start apart — a
/// deportation drive, then border clashes — until an article about both arrives. Lower
/// merges stories that merely share a region; higher leaves them split.
pub const MERGE_THRESHOLD: f64 = 0.18;

/// Content words kept per article vector (the highest TF-IDF); bounds memory and time.
pub const MAX_TERMS_PER_ARTICLE: usize = 80;

/// Terms kept in a story's centroid (the heaviest), trimmed when it holds twice as many.
pub const MAX_CENTROID_TERMS: usize = 400;

/// A story's latest articles an arriving article is compared with one by one, besides the
/// story's centroid. More lets a diverse story take more of its own; each costs a comparison.
pub const MEMBERS_COMPARED: usize = 12;

/// An article's words and entities that index the story it joins, so later articles that
/// share them find it. More finds more candidates at more cost.
pub const INDEX_TERMS_PER_ARTICLE: usize = 10;
pub const INDEX_ENTITIES_PER_ARTICLE: usize = 8;

/// Story postings read per index key for one article (the most recent within the window).
pub const MAX_POSTINGS_READ: usize = 48;

/// Candidate stories scored per article (each score compares the article with the story's
/// centroid and latest members). Where many stories share an article's words, those met
/// under most of its index keys are scored; the cap keeps the cost per article fixed.
pub const MAX_STORIES_SCORED: usize = 64;

/// What clustering reads of one article.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Days since 1970-01-01 of the article's publication (or, undated, of the latest day
    /// its text names).
    pub day: Option<i32>,
    /// L2-normalised TF-IDF of the body's content-word stems: (term id, weight), by id.
    pub terms: Vec<(u32, f32)>,
    /// L2-normalised IDF-weighted entity mention counts: (entity id, weight), by id.
    pub entities: Vec<(u32, f32)>,
    /// The article's event signatures (type, actor, recipient), sorted, distinct.
    pub events: Vec<u32>,
}

/// What clustering counts in one article before any weighting: its day and the raw counts of
/// its content-word stems, entities and event signatures, each keyed by a stable hash (so an
/// article's counts do not depend on which other articles came with it, and articles can be
/// counted one at a time and dropped: see [`DocumentFrequencies`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleCounts {
    pub day: Option<i32>,
    /// (stem hash, occurrences), by hash.
    pub terms: Vec<(u32, u32)>,
    /// (entity id hash, mentions), by hash.
    pub entities: Vec<(u32, u32)>,
    /// Event signature hashes (type, actor, recipient), sorted, distinct.
    pub events: Vec<u32>,
}

/// How many articles hold each stem and entity: the IDF weights of [`features`], counted over
/// the whole batch. Filled one article at a time, so a caller with more articles than fit in
/// memory can count them in one pass and weigh them in a second.
#[derive(Debug, Clone, Default)]
pub struct DocumentFrequencies {
    pub articles: u32,
    pub terms: FastMap<u32, u32>,
    pub entities: FastMap<u32, u32>,
}

impl DocumentFrequencies {
    pub fn add(&mut self, counts: &ArticleCounts) {
        self.articles += 1;
        for (id, _) in &counts.terms {
            *self.terms.entry(*id).or_default() += 1;
        }
        for (id, _) in &counts.entities {
            *self.entities.entry(*id).or_default() += 1;
        }
    }

    /// Add another batch's counts (counting in parts, e.g. one part per thread).
    pub fn merge(&mut self, other: DocumentFrequencies) {
        self.articles += other.articles;
        for (id, count) in other.terms {
            *self.terms.entry(id).or_default() += count;
        }
        for (id, count) in other.entities {
            *self.entities.entry(id).or_default() += count;
        }
    }

    fn idf(&self, frequencies: &FastMap<u32, u32>, id: u32) -> f32 {
        let frequency = frequencies.get(&id).copied().unwrap_or(0);
        ((self.articles as f32 + 1.0) / (frequency as f32 + 1.0)).ln() + 1.0
    }
}

/// An article's counts; `events` are the events whose first source is this article.
pub fn article_counts<'a>(
    article: &Article,
    events: impl IntoIterator<Item = &'a Event>,
) -> ArticleCounts {
    let mut terms: FastMap<u32, u32> = FastMap::default();
    let run = body_word_run(article);
    for word in &run.words {
        if let Some(key) = content_stem_key(run.lower_of(word)) {
            *terms.entry(key).or_default() += 1;
        }
    }
    let mut entities: FastMap<u32, u32> = FastMap::default();
    for mention in &article.mentions {
        if let Some(entity) = &mention.entity {
            *entities.entry(key_hash(entity.as_bytes())).or_default() += 1;
        }
    }
    let mut signatures: Vec<u32> = events
        .into_iter()
        .map(|event| key_hash(event_signature(event).as_bytes()))
        .collect();
    signatures.sort_unstable();
    signatures.dedup();
    let sorted = |counts: FastMap<u32, u32>| {
        let mut counts: Vec<(u32, u32)> = counts.into_iter().collect();
        counts.sort_unstable();
        counts
    };
    ArticleCounts {
        day: article_day(article),
        terms: sorted(terms),
        entities: sorted(entities),
        events: signatures,
    }
}

/// An article's clustering features from its counts and the batch's document frequencies.
pub fn weigh_counts(counts: &ArticleCounts, frequencies: &DocumentFrequencies) -> Features {
    let weigh_one = |entries: &[(u32, u32)], table: &FastMap<u32, u32>, keep: usize| {
        weigh(
            entries
                .iter()
                .map(|&(id, count)| (id, count, frequencies.idf(table, id))),
            keep,
        )
    };
    Features {
        day: counts.day,
        terms: weigh_one(&counts.terms, &frequencies.terms, MAX_TERMS_PER_ARTICLE),
        entities: weigh_one(&counts.entities, &frequencies.entities, usize::MAX),
        events: counts.events.clone(),
    }
}

/// A 32-bit key for a stem, entity or event signature: the same on every run and machine.
fn key_hash(bytes: &[u8]) -> u32 {
    (crate::words::stable_hash(bytes) >> 32) as u32
}

/// The events of each article (those whose first source is it), by article id.
pub fn events_by_article(events: &[Event]) -> HashMap<&str, Vec<&Event>> {
    let mut by_article: HashMap<&str, Vec<&Event>> = HashMap::new();
    for event in events {
        if let Some(source) = event.sources.first() {
            by_article
                .entry(source.article.as_str())
                .or_default()
                .push(event);
        }
    }
    by_article
}

/// The articles' clustering features, IDF counted over this batch.
pub fn features(articles: &[Article], events: &[Event]) -> Vec<Features> {
    let by_article = events_by_article(events);
    let counts: Vec<ArticleCounts> = articles
        .iter()
        .map(|article| {
            article_counts(
                article,
                by_article
                    .get(article.id.as_str())
                    .into_iter()
                    .flatten()
                    .copied(),
            )
        })
        .collect();
    let mut frequencies = DocumentFrequencies::default();
    for article in &counts {
        frequencies.add(article);
    }
    counts
        .iter()
        .map(|article| weigh_counts(article, &frequencies))
        .collect()
}

/// What an event is for clustering: its type, first actor and first recipient.
fn event_signature(event: &Event) -> String {
    let name = |actors: &[model::Actor]| {
        actors
            .first()
            .map(|actor| actor.entity.clone().unwrap_or_else(|| actor.name.clone()))
            .unwrap_or_default()
    };
    format!(
        "{}|{}|{}",
        event.event.as_str(),
        name(&event.actor),
        name(&event.recipient)
    )
}

/// Sublinear TF × IDF, the `keep` heaviest, L2-normalised, sorted by id.
fn weigh(counts: impl Iterator<Item = (u32, u32, f32)>, keep: usize) -> Vec<(u32, f32)> {
    let mut weighted: Vec<(u32, f32)> = counts
        .map(|(id, count, idf)| (id, (1.0 + (count as f32).ln()) * idf))
        .collect();
    weighted.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    weighted.truncate(keep);
    let norm = weighted
        .iter()
        .map(|(_, weight)| weight * weight)
        .sum::<f32>()
        .sqrt();
    if norm > 0.0 {
        for (_, weight) in &mut weighted {
            *weight /= norm;
        }
    }
    weighted.sort_by_key(|(id, _)| *id);
    weighted.shrink_to_fit();
    weighted
}

/// The article's day: its publication date, else the latest single day its text names.
pub fn article_day(article: &Article) -> Option<i32> {
    if let Some(day) = article.published.as_deref().and_then(day_number) {
        return Some(day);
    }
    article
        .dates
        .iter()
        .filter(|date| date.precision == Some(DatePrecision::Day))
        .filter_map(|date| date.first_day.as_deref().and_then(day_number))
        .max()
}

/// Days since 1970-01-01 of an ISO 8601 date or date-time ("2025-10-12", "2025-10-12T08:00Z").
pub fn day_number(iso: &str) -> Option<i32> {
    let mut parts = iso.get(..10)?.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    // Howard Hinnant's days-from-civil.
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year as i32;
    Some(era * 146_097 + day_of_era - 719_468)
}

/// The canonical order clustering and copy detection read articles in: dated articles by
/// day then id, then undated ones by id.
pub fn canonical_order(articles: &[Article], features: &[Features]) -> Vec<usize> {
    let days: Vec<Option<i32>> = features.iter().map(|features| features.day).collect();
    let ids: Vec<&str> = articles.iter().map(|article| article.id.as_str()).collect();
    canonical_order_of(&days, &ids)
}

/// [`canonical_order`] from the articles' days and ids alone.
pub fn canonical_order_of(days: &[Option<i32>], ids: &[&str]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..days.len()).collect();
    order.sort_by(|&a, &b| {
        let key = |index: usize| (days[index].is_none(), days[index]);
        key(a)
            .cmp(&key(b))
            .then_with(|| ids[a].cmp(ids[b]))
            .then(a.cmp(&b))
    });
    order
}

/// A story as it grows.
#[derive(Debug, Default)]
struct Growing {
    members: Vec<usize>,
    terms: FastMap<u32, f32>,
    terms_norm_squared: f64,
    entities: FastMap<u32, f32>,
    entities_norm_squared: f64,
    events: FastMap<u32, u32>,
    last_day: Option<i32>,
}

impl Growing {
    fn add(&mut self, index: usize, features: &Features) {
        self.members.push(index);
        add_vector(
            &mut self.terms,
            &mut self.terms_norm_squared,
            &features.terms,
        );
        if self.terms.len() > 2 * MAX_CENTROID_TERMS {
            self.terms_norm_squared = trim(&mut self.terms, MAX_CENTROID_TERMS);
        }
        add_vector(
            &mut self.entities,
            &mut self.entities_norm_squared,
            &features.entities,
        );
        if self.entities.len() > 2 * MAX_CENTROID_TERMS {
            self.entities_norm_squared = trim(&mut self.entities, MAX_CENTROID_TERMS);
        }
        for event in &features.events {
            *self.events.entry(*event).or_default() += 1;
        }
        self.last_day = self.last_day.max(features.day);
    }

    /// The joining score: against the story's centroid, or against one of its latest
    /// articles when that is higher (a story that moved on from its first incident still
    /// takes an article close to where it is now).
    fn score(&self, features: &Features, all: &[Features]) -> f64 {
        let best_member = self
            .members
            .iter()
            .rev()
            .take(MEMBERS_COMPARED)
            .map(|&member| pair_score(features, &all[member]))
            .fold(0.0, f64::max);
        self.centroid_score(features).max(best_member)
    }

    fn centroid_score(&self, features: &Features) -> f64 {
        let word_similarity = cosine(&features.terms, &self.terms, self.terms_norm_squared);
        let entity_similarity = cosine(
            &features.entities,
            &self.entities,
            self.entities_norm_squared,
        );
        let event_similarity = if features.events.is_empty() {
            0.0
        } else {
            features
                .events
                .iter()
                .filter(|event| self.events.contains_key(event))
                .count() as f64
                / features.events.len() as f64
        };
        WORD_WEIGHT * word_similarity
            + ENTITY_WEIGHT * entity_similarity
            + EVENT_WEIGHT * event_similarity
    }

    fn open_at(&self, day: Option<i32>) -> bool {
        match (self.last_day, day) {
            (Some(last), Some(day)) => (day - last).abs() <= TIME_WINDOW_DAYS,
            _ => true,
        }
    }
}

/// The joining score of two articles.
pub fn pair_score(a: &Features, b: &Features) -> f64 {
    let shared_events = a
        .events
        .iter()
        .filter(|e| b.events.binary_search(e).is_ok())
        .count();
    let event_similarity = if a.events.is_empty() {
        0.0
    } else {
        shared_events as f64 / a.events.len() as f64
    };
    WORD_WEIGHT * dot(&a.terms, &b.terms)
        + ENTITY_WEIGHT * dot(&a.entities, &b.entities)
        + EVENT_WEIGHT * event_similarity
}

/// Dot product of two sparse vectors sorted by id.
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f64 {
    let mut sum = 0.0;
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += f64::from(a[i].1 * b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

fn add_vector(centroid: &mut FastMap<u32, f32>, norm_squared: &mut f64, vector: &[(u32, f32)]) {
    for (id, weight) in vector {
        let slot = centroid.entry(*id).or_default();
        let before = f64::from(*slot);
        *slot += weight;
        let after = f64::from(*slot);
        *norm_squared += after * after - before * before;
    }
}

/// Keep the `keep` heaviest entries; returns the new squared norm.
fn trim(centroid: &mut FastMap<u32, f32>, keep: usize) -> f64 {
    let mut entries: Vec<(u32, f32)> = centroid.drain().collect();
    entries.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    entries.truncate(keep);
    let norm_squared = entries.iter().map(|(_, w)| f64::from(w * w)).sum();
    centroid.extend(entries);
    norm_squared
}

fn cosine(vector: &[(u32, f32)], centroid: &FastMap<u32, f32>, norm_squared: f64) -> f64 {
    if norm_squared <= 0.0 || vector.is_empty() {
        return 0.0;
    }
    let dot: f64 = vector
        .iter()
        .filter_map(|(id, weight)| centroid.get(id).map(|c| f64::from(weight * c)))
        .sum();
    dot / norm_squared.sqrt()
}

/// Cluster the articles into stories, reading them in `order` (see [`canonical_order`]).
/// Returns each story's members, in the order read, stories in the order they were started.
pub fn cluster(features: &[Features], order: &[usize]) -> Vec<Vec<usize>> {
    let mut stories: Vec<Growing> = Vec::new();
    // Index key → (story, day of the article that added it), in the order added.
    let mut term_postings: FastMap<u32, Vec<(u32, Option<i32>)>> = FastMap::default();
    let mut entity_postings: FastMap<u32, Vec<(u32, Option<i32>)>> = FastMap::default();
    let mut candidates: Vec<u32> = Vec::new();
    let mut met: Vec<(u32, u32)> = Vec::new();
    // A story merged into another points at it (`u32::MAX`: not merged).
    let mut merged_into: Vec<u32> = Vec::new();
    let mut rank = vec![0; features.len()];
    for (position, &index) in order.iter().enumerate() {
        rank[index] = position;
    }
    for &index in order {
        let article = &features[index];
        candidates.clear();
        let index_terms = heaviest(&article.terms, INDEX_TERMS_PER_ARTICLE);
        let index_entities = heaviest(&article.entities, INDEX_ENTITIES_PER_ARTICLE);
        for (keys, postings) in [
            (&index_terms, &term_postings),
            (&index_entities, &entity_postings),
        ] {
            for key in keys {
                let Some(posting) = postings.get(key) else {
                    continue;
                };
                candidates.extend(
                    posting
                        .iter()
                        .rev()
                        .take_while(|(_, day)| match (day, article.day) {
                            (Some(day), Some(now)) => now - day <= TIME_WINDOW_DAYS,
                            _ => true,
                        })
                        .take(MAX_POSTINGS_READ)
                        .map(|(story, _)| *story),
                );
            }
        }
        for candidate in candidates.iter_mut() {
            *candidate = resolve(&merged_into, *candidate);
        }
        // The stories met under most index keys first (ties to the older story); only the
        // first [`MAX_STORIES_SCORED`] are scored.
        candidates.sort_unstable();
        met.clear();
        for group in candidates.chunk_by(|a, b| a == b) {
            met.push((group.len() as u32, group[0]));
        }
        if met.len() > MAX_STORIES_SCORED {
            met.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            met.truncate(MAX_STORIES_SCORED);
        }
        let mut scored: Vec<(u32, f64)> = met
            .iter()
            .map(|&(_, story)| story)
            .collect::<Vec<u32>>()
            .iter()
            .filter(|&&story| stories[story as usize].open_at(article.day))
            .map(|&story| (story, stories[story as usize].score(article, features)))
            .filter(|(_, score)| *score >= JOIN_THRESHOLD)
            .collect();
        // Highest score first; ties to the older story.
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let story = match scored.first() {
            Some(&(story, _)) => story,
            None => {
                stories.push(Growing::default());
                merged_into.push(u32::MAX);
                (stories.len() - 1) as u32
            }
        };
        // Bridged stories continue as the oldest of them.
        let bridged: Vec<u32> = scored
            .iter()
            .filter(|(_, score)| *score >= MERGE_THRESHOLD)
            .map(|(story, _)| *story)
            .collect();
        let story = if bridged.len() >= 2 {
            let oldest = *bridged.iter().min().unwrap_or(&story);
            for &other in &bridged {
                if other != oldest {
                    let moved = std::mem::take(&mut stories[other as usize]);
                    for member in moved.members {
                        stories[oldest as usize].add(member, &features[member]);
                    }
                    merged_into[other as usize] = oldest;
                }
            }
            oldest
        } else {
            story
        };
        stories[story as usize].add(index, article);
        for (keys, postings) in [
            (&index_terms, &mut term_postings),
            (&index_entities, &mut entity_postings),
        ] {
            for key in keys {
                let posting = postings.entry(*key).or_default();
                if posting.last().map(|(last, _)| *last) != Some(story) {
                    posting.push((story, article.day));
                } else if let Some(last) = posting.last_mut() {
                    last.1 = last.1.max(article.day);
                }
                if posting.len() >= 2 * MAX_POSTINGS_READ {
                    forget_closed(posting, article.day);
                }
            }
        }
    }
    stories
        .into_iter()
        .filter(|story| !story.members.is_empty())
        .map(|story| {
            let mut members = story.members;
            members.sort_by_key(|&member| rank[member]);
            members
        })
        .collect()
}

/// Drop the postings no later article can read: those older than the time window, as days
/// only grow in canonical order, except the latest [`MAX_POSTINGS_READ`] (an undated article
/// reads those whatever their day). Keeps the index as small as the window, not the corpus.
fn forget_closed(posting: &mut Vec<(u32, Option<i32>)>, now: Option<i32>) {
    let Some(now) = now else {
        return;
    };
    let closed = posting
        .iter()
        .take_while(|(_, day)| day.is_some_and(|day| now - day > TIME_WINDOW_DAYS))
        .count()
        .min(posting.len().saturating_sub(MAX_POSTINGS_READ));
    posting.drain(..closed);
}

fn resolve(merged_into: &[u32], mut story: u32) -> u32 {
    while merged_into[story as usize] != u32::MAX {
        story = merged_into[story as usize];
    }
    story
}

/// The ids of the `count` heaviest entries of a vector.
fn heaviest(vector: &[(u32, f32)], count: usize) -> Vec<u32> {
    let mut entries = vector.to_vec();
    entries.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    entries.into_iter().take(count).map(|(id, _)| id).collect()
}

/// A group's centroid, built once, for scoring how close each member is to the group's
/// centre (used to pick the article whose headline names the story).
pub struct Centroid(Growing);

impl Centroid {
    pub fn of(features: &[Features], members: &[usize]) -> Centroid {
        let mut story = Growing::default();
        for &member in members {
            story.add(member, &features[member]);
        }
        Centroid(story)
    }

    /// The joining score of an article against the centroid.
    pub fn score(&self, features: &Features) -> f64 {
        self.0.centroid_score(features)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_count_from_1970() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2025-10-12T08:00:00Z"), Some(20_373));
        assert_eq!(day_number("2025-13-01"), None);
    }
}
