//! `stories/`: here are analysed articles and their events — which stories do they tell?
//! Copies and rewrites (which article derives from which), story clusters grown article by
//! article, one real-world event reported by many articles with its count of independent
//! sources, claims compared across outlets (corroborated, single-source, disputed), each
//! outlet's framing, and the actor network with its dyad trends. Plain functions; no IO.

pub mod claims;
pub mod cluster;
pub mod copies;
pub mod framing;
pub mod merge;
pub mod network;
pub mod origins;
pub mod rewrites;
pub mod words;

use std::collections::{BTreeMap, BTreeSet};

use model::{Article, Copy, Entity, Event, Story, StoryId};

pub use cluster::{canonical_order, Features};
pub use copies::FoundCopy;
pub use origins::Origins;

/// Members of a story an article's sentences are aligned with for paraphrase: the earlier
/// members sharing the most distinctive stems with it (see [`rewrites::paraphrase_candidates`]).
/// Bounds the alignment work per article, so a story of thousands costs linear time.
pub const PARAPHRASE_CANDIDATES: usize = 12;

/// The stories of a batch of analysed articles and their events. Same input, same stories,
/// whatever the order of `articles` (see [`cluster`] for the canonical order). Stories come
/// biggest first, then by id.
pub fn build(articles: &[Article], events: &[Event], entities: &[Entity]) -> Vec<Story> {
    update(articles, events, entities, &Memo::default()).0
}

/// What [`update`] remembers of the stories it built: each story with a key of everything
/// it was computed from (its members' ids and content hashes, the copy links among them and
/// the article that names it). Serialisable as JSON, so a store can keep it between ingests.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Memo {
    pub stories: Vec<MemoStory>,
}

/// One remembered story.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MemoStory {
    /// Hex of a stable hash of the story's inputs (see [`Memo`]).
    pub key: String,
    pub story: Story,
}

/// The stories of `articles` (every article: the ones stories were built from before and the
/// new ones), reusing from `previous` each story whose inputs have not changed. The result is
/// the same as [`build`] over the same articles — a story is reused only when its members, the
/// copy links among them and its naming article are all the same, and a story reads nothing
/// else of the batch — so stories keep their ids as articles arrive (a story's id is its
/// earliest article's, which changes only when an article dated before it joins). Copy
/// detection and clustering still read every article (linear in the corpus; see
/// `bench/stories_scaling.sh`); what is saved is the per-story work (rewrites, event merging,
/// claims, framing, network) of every story the new articles leave alone.
pub fn update(
    articles: &[Article],
    events: &[Event],
    entities: &[Entity],
    previous: &Memo,
) -> (Vec<Story>, Memo) {
    let features = cluster::features(articles, events);
    let order = cluster::canonical_order(articles, &features);
    let clusters = cluster::cluster(&features, &order);
    let fingerprints: Vec<copies::Fingerprint> = articles.iter().map(copies::fingerprint).collect();
    let days: Vec<Option<i32>> = features.iter().map(|f| f.day).collect();
    let found = copies::find_copies(&fingerprints, &order, &days);
    drop(fingerprints);
    let mut rank = vec![0; articles.len()];
    for (position, &index) in order.iter().enumerate() {
        rank[index] = position;
    }
    let mut found_by_article: Vec<Vec<&FoundCopy>> = vec![Vec::new(); articles.len()];
    for copy in &found {
        found_by_article[copy.article].push(copy);
    }
    // Event positions by article: a story reads its events in the batch's order.
    let mut events_by_article: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (position, event) in events.iter().enumerate() {
        if let Some(source) = event.sources.first() {
            events_by_article
                .entry(source.article.as_str())
                .or_default()
                .push(position);
        }
    }
    let entity_names: BTreeMap<&str, &str> = entities
        .iter()
        .map(|entity| (entity.id.as_str(), entity.name.as_str()))
        .collect();
    let reusable: BTreeMap<&str, &Story> = previous
        .stories
        .iter()
        .map(|memo| (memo.key.as_str(), &memo.story))
        .collect();
    let mut memo = Memo::default();
    let mut stories: Vec<Story> = Vec::with_capacity(clusters.len());
    for members in &clusters {
        let member_set: BTreeSet<usize> = members.iter().copied().collect();
        let links: Vec<&FoundCopy> = members
            .iter()
            .flat_map(|&member| found_by_article[member].iter().copied())
            .filter(|copy| member_set.contains(&copy.of))
            .collect();
        let title_article = title_article(articles, &features, &rank, members);
        let mut event_positions: Vec<usize> = members
            .iter()
            .flat_map(|&member| {
                events_by_article
                    .get(articles[member].id.as_str())
                    .into_iter()
                    .flatten()
                    .copied()
            })
            .collect();
        event_positions.sort_unstable();
        event_positions.dedup();
        let story_events: Vec<&Event> = event_positions.iter().map(|&p| &events[p]).collect();
        let key = story_key(
            articles,
            &entity_names,
            &story_events,
            members,
            &links,
            title_article,
        );
        let story = match reusable.get(key.as_str()) {
            Some(&story) => story.clone(),
            None => story(
                articles,
                &story_events,
                entities,
                &links,
                &rank,
                members,
                title_article,
            ),
        };
        memo.stories.push(MemoStory {
            key,
            story: story.clone(),
        });
        stories.push(story);
    }
    stories.sort_by(|a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then_with(|| a.id.cmp(&b.id))
    });
    memo.stories.sort_by(|a, b| a.story.id.cmp(&b.story.id));
    (stories, memo)
}

/// Story clusters only (article indices per story, in canonical order): for benchmarks and
/// callers that need no more.
pub fn clusters(articles: &[Article], events: &[Event]) -> Vec<Vec<usize>> {
    let features = cluster::features(articles, events);
    let order = cluster::canonical_order(articles, &features);
    cluster::cluster(&features, &order)
}

/// Copy detection only, over all articles: for benchmarks.
pub fn copies_only(articles: &[Article]) -> Vec<FoundCopy> {
    let features = cluster::features(articles, &[]);
    let order = cluster::canonical_order(articles, &features);
    let fingerprints: Vec<copies::Fingerprint> = articles.iter().map(copies::fingerprint).collect();
    let days: Vec<Option<i32>> = features.iter().map(|f| f.day).collect();
    copies::find_copies(&fingerprints, &order, &days)
}

/// The member whose headline names the story: the titled article closest to the story's
/// centre (ties to the earliest).
fn title_article(
    articles: &[Article],
    features: &[Features],
    rank: &[usize],
    members: &[usize],
) -> usize {
    let titled: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&index| articles[index].title.is_some())
        .collect();
    if titled.len() <= 1 {
        return titled.first().copied().unwrap_or(members[0]);
    }
    let centroid = cluster::Centroid::of(features, members);
    titled
        .into_iter()
        .map(|index| (index, centroid.score(&features[index])))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(rank[b.0].cmp(&rank[a.0])))
        .map_or(members[0], |(index, _)| index)
}

/// A stable hash of everything [`story`] reads: the members as analysed (their JSON), the
/// names of the entities they mention (framing reads them), their events, the copy links among
/// them and the naming article.
fn story_key(
    articles: &[Article],
    entity_names: &BTreeMap<&str, &str>,
    story_events: &[&Event],
    members: &[usize],
    links: &[&FoundCopy],
    title_article: usize,
) -> String {
    let mut hash = words::stable_hash(articles[title_article].id.as_bytes());
    for &member in members {
        let json = serde_json::to_string(&articles[member]).unwrap_or_default();
        hash = words::mix(hash ^ words::stable_hash(json.as_bytes()));
        for entity in articles[member]
            .mentions
            .iter()
            .filter_map(|mention| mention.entity.as_deref())
        {
            let name = entity_names.get(entity).copied().unwrap_or("");
            hash = words::mix(hash ^ words::stable_hash(name.as_bytes()));
        }
    }
    for event in story_events {
        let json = serde_json::to_string(event).unwrap_or_default();
        hash = words::mix(hash ^ words::stable_hash(json.as_bytes()));
    }
    for link in links {
        let text = format!(
            "{}>{}:{}:{}",
            articles[link.article].id, articles[link.of].id, link.similarity, link.kind
        );
        hash = words::mix(hash ^ words::stable_hash(text.as_bytes()));
    }
    format!("{hash:016x}")
}

fn story(
    articles: &[Article],
    story_events: &[&Event],
    entities: &[Entity],
    found: &[&FoundCopy],
    rank: &[usize],
    members: &[usize],
    title_article: usize,
) -> Story {
    let first = members[0];
    let mut links: Vec<origins::Link> = found
        .iter()
        .map(|copy| origins::Link::from_copy(articles, copy))
        .collect();
    let linked: BTreeSet<(usize, usize)> = links
        .iter()
        .flat_map(|link| [(link.article, link.of), (link.of, link.article)])
        .collect();
    let sentences = rewrites::StorySentences::new(articles, members);
    for (position, &later) in members.iter().enumerate() {
        for earlier in sentences.paraphrase_candidates(position, PARAPHRASE_CANDIDATES) {
            if linked.contains(&(later, earlier)) {
                continue;
            }
            if let Some(paraphrase) = sentences.paraphrase(articles, later, earlier) {
                links.push(origins::Link::from_paraphrase(articles, &paraphrase));
            }
        }
    }
    links.sort_by(|a, b| {
        rank[a.article]
            .cmp(&rank[b.article])
            .then(rank[a.of].cmp(&rank[b.of]))
    });
    let origins = Origins::new(articles, members, &links);
    let copies: Vec<Copy> = links
        .iter()
        .map(|link| Copy {
            article: articles[link.article].id.clone(),
            of: articles[link.of].id.clone(),
            similarity: link.similarity,
            kind: link.kind,
        })
        .collect();

    let merged = merge::merge_events(story_events, &origins);
    let by_id: BTreeMap<&str, &Article> = members
        .iter()
        .map(|&i| (articles[i].id.as_str(), &articles[i]))
        .collect();
    let claims = claims::claims(&by_id, &merged, story_events, &origins);
    let (network, dyads) = network::network(&merged, story_events, &by_id);
    let framing = framing::framing(members.iter().map(|&i| &articles[i]), entities);

    Story {
        id: StoryId(format!("story-{}", articles[first].id)),
        title: articles[title_article].title.clone().unwrap_or_default(),
        articles: members.iter().map(|&i| articles[i].id.clone()).collect(),
        events: merged,
        copies,
        claims,
        network,
        dyads,
        framing,
    }
}
