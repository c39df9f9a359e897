//! Build stories from an analysis JSON written by `sitrep analyze` or `sitrep demo` (its
//! `stories` ignored) and print them: for looking at the stage's output while tuning.
//! `cargo run -p stories --example stories_from_json -- analysis.json`

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: stories_from_json ANALYSIS.json");
    let text = std::fs::read_to_string(&path).expect("readable analysis JSON");
    let analysis: model::Analysis = serde_json::from_str(&text).expect("an analysis");
    let stories = stories::build(&analysis.articles, &analysis.events, &analysis.entities);
    let source_of = |id: &str| {
        analysis
            .articles
            .iter()
            .find(|article| article.id == id)
            .map_or(id.to_string(), |article| article.source.clone())
    };
    if std::env::var("TSV").is_ok() {
        for story in &stories {
            for article in &story.articles {
                println!("{}\t{}", source_of(article), story.id.0);
            }
        }
        return;
    }
    for story in &stories {
        println!(
            "{} {:?} ({} articles)",
            story.id.0,
            story.title,
            story.articles.len()
        );
        for article in &story.articles {
            println!("    {}", source_of(article));
        }
        for copy in &story.copies {
            println!(
                "  copy {} <- {} {:.3} {:?}",
                source_of(&copy.article),
                source_of(&copy.of),
                copy.similarity,
                copy.kind
            );
        }
        for claim in &story.claims {
            if claim.kind != model::ClaimKind::SingleSource || std::env::var("ALL").is_ok() {
                println!(
                    "  claim {:?} {:?} n={} [{} / {}]",
                    claim.kind,
                    claim.statement,
                    claim.n_independent,
                    claim.supported_by.len(),
                    claim.disputed_by.len()
                );
            }
        }
        for framing in &story.framing {
            println!(
                "  framing {}: labels {:?} terms {:?} quoted {}",
                framing.outlet,
                framing
                    .labels
                    .iter()
                    .map(|label| format!("{}={}", label.label, label.count))
                    .collect::<Vec<_>>(),
                framing.distinctive_terms,
                framing.quoted.len()
            );
        }
    }
}
