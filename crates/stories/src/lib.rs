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

/// Stories holding this many articles or fewer are searched for paraphrased rewrites pair by
/// pair; bigger ones only by their text-similar pairs (see [`PARAPHRASE_MIN_WORD_SIMILARITY`]).
pub const MAX_ALL_PAIRS_STORY: usize = 60;

/// In big stories, pairs compared for paraphrase must be at least this similar in words.
pub const PARAPHRASE_MIN_WORD_SIMILARITY: f64 = 0.5;

/// The stories of a batch of analysed articles and their events. Same input, same stories,
/// whatever the order of `articles` (see [`cluster`] for the canonical order). Stories come
/// biggest first, then by id.
pub fn build(articles: &[Article], events: &[Event], entities: &[Entity]) -> Vec<Story> {
    let features = cluster::features(articles, events);
    let order = cluster::canonical_order(articles, &features);
    let clusters = cluster::cluster(&features, &order);
    let fingerprints: Vec<copies::Fingerprint> = articles.iter().map(copies::fingerprint).collect();
    let days: Vec<Option<i32>> = features.iter().map(|f| f.day).collect();
    let found = copies::find_copies(articles, &fingerprints, &order, &days);
    let mut rank = vec![0; articles.len()];
    for (position, &index) in order.iter().enumerate() {
        rank[index] = position;
    }
    let mut stories: Vec<Story> = clusters
        .iter()
        .map(|members| {
            story(
                articles, events, entities, &features, &found, &rank, members,
            )
        })
        .collect();
    stories.sort_by(|a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then_with(|| a.id.cmp(&b.id))
    });
    stories
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
    copies::find_copies(articles, &fingerprints, &order, &days)
}

fn story(
    articles: &[Article],
    events: &[Event],
    entities: &[Entity],
    features: &[Features],
    found: &[FoundCopy],
    rank: &[usize],
    members: &[usize],
) -> Story {
    let member_set: BTreeSet<usize> = members.iter().copied().collect();
    let first = members[0];
    // The headline of the article closest to the story's centre names it.
    let title_article = members
        .iter()
        .filter(|&&index| articles[index].title.is_some())
        .map(|&index| (index, cluster::centrality(features, members, index)))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(rank[b.0].cmp(&rank[a.0])))
        .map_or(first, |(index, _)| index);

    let mut links: Vec<origins::Link> = found
        .iter()
        .filter(|copy| member_set.contains(&copy.article) && member_set.contains(&copy.of))
        .map(|copy| origins::Link::from_copy(articles, copy))
        .collect();
    let linked: BTreeSet<(usize, usize)> = links
        .iter()
        .flat_map(|link| [(link.article, link.of), (link.of, link.article)])
        .collect();
    let stems: BTreeMap<usize, _> = members
        .iter()
        .map(|&index| (index, rewrites::sentence_stems(&articles[index])))
        .collect();
    for (position, &later) in members.iter().enumerate() {
        for &earlier in &members[..position] {
            if linked.contains(&(later, earlier)) {
                continue;
            }
            if members.len() > MAX_ALL_PAIRS_STORY
                && cluster_similarity(&features[later], &features[earlier])
                    < PARAPHRASE_MIN_WORD_SIMILARITY
            {
                continue;
            }
            if let Some(paraphrase) = rewrites::paraphrase(articles, &stems, later, earlier) {
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

    let article_ids: BTreeSet<&str> = members.iter().map(|&i| articles[i].id.as_str()).collect();
    let story_events: Vec<&Event> = events
        .iter()
        .filter(|event| {
            event
                .sources
                .first()
                .is_some_and(|source| article_ids.contains(source.article.as_str()))
        })
        .collect();
    let merged = merge::merge_events(&story_events, &origins);
    let by_id: BTreeMap<&str, &Article> = members
        .iter()
        .map(|&i| (articles[i].id.as_str(), &articles[i]))
        .collect();
    let claims = claims::claims(&by_id, &merged, &story_events, &origins);
    let (network, dyads) = network::network(&merged, &story_events);
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

fn cluster_similarity(a: &Features, b: &Features) -> f64 {
    cluster::dot(&a.terms, &b.terms)
}
