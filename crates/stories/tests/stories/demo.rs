//! The demo corpus's stories as compact text (reviewed snapshot), and the property that the
//! stories do not depend on the order the articles come in.

use std::fmt::Write;

use model::{Analysis, ClaimKind};
use proptest::prelude::*;

use super::{demo, source_of};

fn render(analysis: &Analysis) -> String {
    let short = |id: &str| {
        source_of(analysis, id)
            .trim_start_matches("demo/corpus/")
            .to_string()
    };
    let mut out = String::new();
    for story in &analysis.stories {
        let _ = writeln!(out, "{} {:?}", story.id.0, story.title);
        for article in &story.articles {
            let _ = writeln!(out, "  article {}", short(article));
        }
        for copy in &story.copies {
            let _ = writeln!(
                out,
                "  copy {} <- {} ({}, {:.2})",
                short(&copy.article),
                short(&copy.of),
                copy.kind,
                copy.similarity
            );
        }
        let _ = writeln!(
            out,
            "  events {} (reported by 2+ independent sources: {})",
            story.events.len(),
            story
                .events
                .iter()
                .filter(|event| event.n_independent >= 2)
                .count()
        );
        for claim in &story.claims {
            if claim.kind != ClaimKind::SingleSource {
                let _ = writeln!(
                    out,
                    "  claim {} {}: {} (independent {}, {} for, {} against)",
                    claim.kind,
                    claim.about,
                    claim.statement,
                    claim.n_independent,
                    claim.supported_by.len(),
                    claim.disputed_by.len()
                );
            }
        }
        let single = story
            .claims
            .iter()
            .filter(|claim| claim.kind == ClaimKind::SingleSource)
            .count();
        let _ = writeln!(out, "  single-source claims {single}");
        let _ = writeln!(
            out,
            "  network edges {}, dyad points {}",
            story.network.len(),
            story.dyads.len()
        );
        for framing in &story.framing {
            let labels: Vec<String> = framing
                .labels
                .iter()
                .take(4)
                .map(|label| format!("{}×{}", label.label, label.count))
                .collect();
            let _ = writeln!(
                out,
                "  framing {}: labels [{}] terms [{}] quoted {}",
                framing.outlet,
                labels.join(", "),
                framing.distinctive_terms.join(", "),
                framing.quoted.iter().map(|q| q.count).sum::<usize>()
            );
        }
    }
    out
}

#[test]
fn demo_stories_snapshot() {
    insta::assert_snapshot!(render(demo()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]
    #[test]
    fn stories_do_not_depend_on_article_order(seed in any::<u64>()) {
        let analysis = demo();
        let mut articles = analysis.articles.clone();
        // A seeded shuffle (Fisher–Yates with a small LCG).
        let mut state = seed | 1;
        for index in (1..articles.len()).rev() {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let other = (state >> 33) as usize % (index + 1);
            articles.swap(index, other);
        }
        let shuffled = stories::build(&articles, &analysis.events, &analysis.entities);
        prop_assert_eq!(&shuffled, &analysis.stories);
    }
}

/// Stories updated as articles arrive equal stories built over everything at once: the demo
/// articles arrive in two batches (split by a seeded shuffle, the second batch shuffled with
/// the first), and the second update reuses the stories the new articles left alone.
#[test]
fn incremental_stories_equal_a_full_rebuild() {
    let analysis = demo();
    for seed in [1_u64, 7, 42] {
        let mut articles = analysis.articles.clone();
        let mut state = seed;
        for index in (1..articles.len()).rev() {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let other = (state >> 33) as usize % (index + 1);
            articles.swap(index, other);
        }
        // The first batch: the articles of the first two months, in shuffled order.
        let first: Vec<model::Article> = articles
            .iter()
            .filter(|article| article.published.as_deref() < Some("2025-11-01"))
            .cloned()
            .collect();
        let (_, memo) = stories::update(
            &first,
            &analysis.events,
            &analysis.entities,
            &Default::default(),
        );
        let (updated, second_memo) =
            stories::update(&articles, &analysis.events, &analysis.entities, &memo);
        assert_eq!(updated, analysis.stories, "seed {seed}");
        let reused = second_memo
            .stories
            .iter()
            .filter(|story| memo.stories.iter().any(|old| old.key == story.key))
            .count();
        assert!(reused > 0, "seed {seed}: no story reused");
        // The memo survives a round trip through JSON (a store keeps it between ingests).
        let json = serde_json::to_string(&second_memo).expect("memo serialises");
        let read: stories::Memo = serde_json::from_str(&json).expect("memo reads back");
        assert_eq!(read, second_memo);
    }
}
