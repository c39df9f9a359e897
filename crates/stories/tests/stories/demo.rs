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
