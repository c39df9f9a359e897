//! The situation report as Markdown for notes: the same sections as the HTML page, with tables
//! where the page draws charts. Article text is escaped so it renders as text.

use crate::situation::{
    build_report, Basis, CitedSentence, ClaimView, ReportOptions, SectionBasis, SituationReport,
    StorySection,
};
use crate::{counted, escape_inline, human_date, quoted_passage, safe_href};
use model::Analysis;
use std::fmt::Write;

/// The whole report as Markdown.
pub fn markdown_report(analysis: &Analysis, options: &ReportOptions) -> String {
    render_markdown(&build_report(analysis, options))
}

/// A built report as Markdown.
pub fn render_markdown(report: &SituationReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape_inline(&report.title));
    let mut meta = vec![format!(
        "{} from {}",
        counted(report.n_articles, "article"),
        counted(report.n_outlets, "outlet")
    )];
    if let (Some(first), Some(last)) = (&report.first_published, &report.last_published) {
        meta.push(format!("{} – {}", human_date(first), human_date(last)));
    }
    meta.push(counted(report.n_events, "coded event"));
    let _ = writeln!(out, "*{}*\n", meta.join(" · "));
    let _ = writeln!(
        out,
        "Every sentence is quoted from the articles; \\[n\\] cites source n of the story's list.\n"
    );
    for section in &report.sections {
        out.push_str(&story_markdown(section));
    }
    if !report.warnings.is_empty() {
        let _ = writeln!(out, "## Warnings\n");
        for warning in &report.warnings {
            let _ = writeln!(
                out,
                "- {}: {}",
                escape_inline(&warning.source),
                escape_inline(&warning.message)
            );
        }
        out.push('\n');
    }
    out
}

/// One story as Markdown (level-2 heading and below).
pub fn story_markdown(section: &StorySection) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", escape_inline(&section.title));
    let mut meta = vec![format!(
        "{} from {}",
        counted(section.n_articles, "article"),
        counted(section.n_outlets, "outlet")
    )];
    if let (Some(first), Some(last)) = (&section.first_published, &section.last_published) {
        meta.push(format!("{} – {}", human_date(first), human_date(last)));
    }
    meta.push(counted(section.n_events, "event"));
    let _ = writeln!(out, "*{}*\n", meta.join(" · "));
    if section.basis == SectionBasis::AllArticles {
        let _ = writeln!(
            out,
            "_Stories are not told apart yet: every article is read as one story._\n"
        );
    }
    if let Some(headline) = &section.headline {
        let _ = writeln!(out, "> {}\n", cited(headline));
    }

    let _ = writeln!(out, "### What happened\n");
    for sentence in &section.what_happened {
        let _ = writeln!(out, "- {}", cited(sentence));
    }
    out.push('\n');

    let _ = writeln!(out, "### Timeline\n");
    note(&mut out, section.timeline_basis);
    for entry in &section.timeline {
        let when = match &entry.end {
            Some(end) => format!("{} – {}", entry.date, end),
            None => entry.date.clone(),
        };
        let also = if entry.also_reported_by.is_empty() {
            String::new()
        } else {
            format!(" (also reported by {})", citations(&entry.also_reported_by))
        };
        let labels = entry
            .labels
            .iter()
            .map(|label| format!("{} — ", escape_inline(label)))
            .collect::<String>();
        let _ = writeln!(
            out,
            "- **{}** {labels}{}{also}",
            escape_inline(&when),
            cited(&entry.sentence)
        );
    }
    out.push('\n');

    let _ = writeln!(out, "### Actors and relations\n");
    note(&mut out, section.actors.basis);
    if !section.actors.nodes.is_empty() {
        let actors: Vec<String> = section
            .actors
            .nodes
            .iter()
            .map(|node| format!("{} ({})", escape_inline(&node.name), node.weight))
            .collect();
        let _ = writeln!(out, "Actors: {}.\n", actors.join(", "));
    }
    if !section.actors.edges.is_empty() {
        let coded = section.actors.edges.iter().any(|edge| edge.directed);
        if coded {
            let _ = writeln!(
                out,
                "| from | to | events | mean score |\n|---|---|---:|---:|"
            );
        } else {
            let _ = writeln!(
                out,
                "| actor | actor | sentences naming both |\n|---|---|---:|"
            );
        }
        for edge in &section.actors.edges {
            let score = edge
                .mean_score
                .map(|score| format!(" {score:+.1} |"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| {} | {} | {} |{score}",
                escape_inline(&edge.source),
                escape_inline(&edge.target),
                edge.n,
            );
        }
        out.push('\n');
    }

    let _ = writeln!(out, "### Dyad trends\n");
    note(&mut out, section.dyads_basis);
    if !section.dyads.is_empty() {
        let _ = writeln!(
            out,
            "| from | to | period | mean score | events |\n|---|---|---|---:|---:|"
        );
        for series in &section.dyads {
            for point in &series.points {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {:+.1} | {} |",
                    escape_inline(&series.source),
                    escape_inline(&series.target),
                    escape_inline(&point.period),
                    point.mean_score,
                    point.n_events
                );
            }
        }
        out.push('\n');
    }

    let _ = writeln!(out, "### Where\n");
    note(&mut out, section.places_basis);
    for place in &section.places {
        let _ = writeln!(
            out,
            "- {}{} ({:.2}, {:.2}) {}",
            escape_inline(&place.name),
            place
                .country
                .as_deref()
                .map(|code| {
                    let name = section
                        .countries
                        .iter()
                        .find(|label| label.code == code)
                        .map_or(code, |label| label.name.as_str());
                    format!(", {}", escape_inline(name))
                })
                .unwrap_or_default(),
            place.lat,
            place.lon,
            citations(&place.sources)
        );
    }
    if !section.places.is_empty() {
        out.push('\n');
    }

    let _ = writeln!(out, "### Corroborated facts\n");
    claims(&mut out, section, &section.corroborated);
    let _ = writeln!(out, "### Disputed facts\n");
    claims(&mut out, section, &section.disputed);

    let _ = writeln!(out, "### How outlets differ\n");
    note(&mut out, section.framing_basis);
    for outlet in &section.framing {
        let mut parts = vec![citations(&outlet.sources)];
        if !outlet.credits.is_empty() {
            parts.push(format!(
                "credits {}",
                escape_inline(&outlet.credits.join(", "))
            ));
        }
        let pairs = |list: &[(String, usize)]| {
            list.iter()
                .map(|(text, count)| format!("{} ({count})", escape_inline(text)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !outlet.labels.is_empty() {
            parts.push(format!("calls actors {}", pairs(&outlet.labels)));
        }
        if !outlet.distinctive_terms.is_empty() {
            parts.push(format!(
                "distinctive terms {}",
                escape_inline(&outlet.distinctive_terms.join(", "))
            ));
        }
        if !outlet.quoted.is_empty() {
            parts.push(format!("quotes {}", pairs(&outlet.quoted)));
        }
        if !outlet.hashtags.is_empty() {
            parts.push(escape_inline(&outlet.hashtags.join(" ")));
        }
        let _ = writeln!(
            out,
            "- **{}**: {}",
            escape_inline(&outlet.outlet),
            parts.join("; ")
        );
    }
    out.push('\n');

    let _ = writeln!(out, "### Sources\n");
    for source in &section.sources {
        let mut facts = vec![escape_inline(&source.outlet)];
        if let Some(published) = &source.published {
            facts.push(escape_inline(published));
        }
        if !source.authors.is_empty() {
            facts.push(format!("by {}", escape_inline(&source.authors.join(", "))));
        }
        if let Some(wire) = &source.wire {
            facts.push(format!("credits {}", escape_inline(wire)));
        }
        let _ = writeln!(
            out,
            "{}. **{}** — {}",
            source.n,
            escape_inline(&source.title),
            facts.join(" · ")
        );
        // An http(s) address as an autolink; any other (`javascript:`, a path) is left out,
        // as the HTML page leaves it unlinked.
        if let Some(url) = source.url.as_deref().filter(|url| safe_href(url).is_some()) {
            let _ = writeln!(out, "   <{}>", url.trim());
        }
        for (links, verb) in [(&source.copies, "copies"), (&source.copied_by, "copied by")] {
            for link in links {
                let _ = writeln!(
                    out,
                    "   {verb} \\[{}\\] ({}, {:.0}% shared)",
                    link.source,
                    link.kind,
                    link.similarity * 100.0
                );
            }
        }
        if let Some(card) = &source.card {
            for quote in &card.quotes {
                let _ = writeln!(out, "   > {}", escape_inline(&quoted_passage(&quote.text)));
            }
            if !card.summary.is_empty() {
                let _ = writeln!(out, "   {}", escape_inline(&card.summary));
            }
            let mut foot = card
                .hashtags
                .iter()
                .map(|tag| escape_inline(tag))
                .collect::<Vec<_>>();
            if let Some(read_at) = &card.read_at {
                foot.push(escape_inline(read_at));
            }
            foot.push(escape_inline(&card.read_time));
            let _ = writeln!(out, "   {}", foot.join(" · "));
        }
        out.push('\n');
    }
    out
}

fn note(out: &mut String, basis: Basis) {
    let note = match basis {
        Basis::DatedSentences => "No coded events yet: sentences that name a day.",
        Basis::CoMentions => "No coded events yet: actors named in the same sentence.",
        Basis::PlaceMentions => "No located events yet: the places the articles name.",
        Basis::Articles => "Per outlet: its sources, credits, whom it quotes, its hashtags.",
        Basis::None => "Nothing to show yet.",
        Basis::Events | Basis::Story => return,
    };
    let _ = writeln!(out, "_{note}_\n");
}

fn claims(out: &mut String, section: &StorySection, claims: &[ClaimView]) {
    if !section.claims_compared {
        let _ = writeln!(
            out,
            "_Claims are compared once articles are grouped into stories._\n"
        );
        return;
    }
    if claims.is_empty() {
        let _ = writeln!(out, "_None._\n");
        return;
    }
    for claim in claims {
        let _ = writeln!(
            out,
            "- **{}** ({})",
            escape_inline(&claim.statement),
            counted(claim.n_independent, "independent source")
        );
        let side = if claim.disputed_by.is_empty() {
            ""
        } else {
            "one side: "
        };
        for sentence in &claim.supported_by {
            let _ = writeln!(out, "  - {side}{}", cited(sentence));
        }
        for sentence in &claim.disputed_by {
            let _ = writeln!(out, "  - other side: {}", cited(sentence));
        }
    }
    out.push('\n');
}

fn cited(sentence: &CitedSentence) -> String {
    format!(
        "{} {}",
        escape_inline(&sentence.text),
        citations(&sentence.sources)
    )
}

/// "\[1\]\[4\]": escaped so Markdown never reads them as links.
fn citations(sources: &[usize]) -> String {
    sources.iter().map(|n| format!("\\[{n}\\]")).collect()
}
