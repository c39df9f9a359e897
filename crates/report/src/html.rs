//! The situation report as one self-contained HTML page: inline CSS and SVG, no script, no
//! request leaving the page (a Content-Security-Policy says so to the browser too), readable on
//! a phone and printable. Every piece of article text is escaped; only http(s) addresses are
//! linked.

use crate::escape::{escape_html, safe_href};
use crate::situation::{
    build_report, Basis, CitedSentence, ClaimView, ReportOptions, SectionBasis, SituationReport,
    SourceEntry, StorySection,
};
use crate::svg::{coordinate_plot_svg, dyad_chart_svg, network_svg};
use crate::{counted, human_date};
use model::Analysis;
use std::fmt::Write;

/// The whole report as one HTML page.
pub fn html_report(analysis: &Analysis, options: &ReportOptions) -> String {
    render_html(&build_report(analysis, options))
}

/// A built report as one HTML page.
pub fn render_html(report: &SituationReport) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n",
    );
    out.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape_html(&report.title));
    let _ = writeln!(out, "<style>{}</style>\n</head>\n<body>", report_css());
    out.push_str("<main class=\"report\">\n<header class=\"report-head\">\n");
    out.push_str("<p class=\"kicker\">sitrep · situation report</p>\n");
    let _ = writeln!(out, "<h1>{}</h1>", escape_html(&report.title));
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}</p>",
        escape_html(&report_meta(report))
    );
    out.push_str(
        "<p class=\"method\">Every sentence below is quoted from the articles; the numbers in \
         brackets link to the sources listed at the end of each story, with their cards.</p>\n",
    );
    out.push_str("</header>\n");
    out.push_str(&contents_html(report));
    for section in &report.sections {
        out.push_str(&story_html(section));
    }
    if !report.warnings.is_empty() {
        out.push_str("<section class=\"warnings\" id=\"warnings\">\n<h2>Warnings</h2>\n<ul>\n");
        for warning in &report.warnings {
            let _ = writeln!(
                out,
                "<li><code>{}</code>: {}</li>",
                escape_html(&warning.source),
                escape_html(&warning.message)
            );
        }
        out.push_str("</ul>\n</section>\n");
    }
    out.push_str(
        "<footer class=\"report-foot\">Made by sitrep from the articles listed. Sentences are \
         quoted as the articles printed them; figures and claims are the sources', not \
         sitrep's.</footer>\n</main>\n</body>\n</html>\n",
    );
    out
}

/// "46 articles from 18 outlets · 9 Sep 2025 – 12 Dec 2025 · 3 stories · 120 coded events".
fn report_meta(report: &SituationReport) -> String {
    let mut parts = vec![format!(
        "{} from {}",
        counted(report.n_articles, "article"),
        counted(report.n_outlets, "outlet")
    )];
    if let Some(range) = day_range(&report.first_published, &report.last_published) {
        parts.push(range);
    }
    if report.n_stories > 0 {
        parts.push(counted(report.n_stories, "story"));
    }
    parts.push(counted(report.n_events, "coded event"));
    parts.join(" · ")
}

fn day_range(first: &Option<String>, last: &Option<String>) -> Option<String> {
    match (first, last) {
        (Some(first), Some(last)) if first != last => {
            Some(format!("{} – {}", human_date(first), human_date(last)))
        }
        (Some(day), _) | (None, Some(day)) => Some(human_date(day)),
        (None, None) => None,
    }
}

/// The parts of a story section, with their ids' suffixes, in page order.
const PARTS: [(&str, &str); 9] = [
    ("what", "What happened"),
    ("timeline", "Timeline"),
    ("actors", "Actors and relations"),
    ("dyads", "Dyad trends"),
    ("places", "Where"),
    ("corroborated", "Corroborated facts"),
    ("disputed", "Disputed facts"),
    ("framing", "How outlets differ"),
    ("sources", "Sources"),
];

fn contents_html(report: &SituationReport) -> String {
    let mut out =
        String::from("<nav class=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
    for section in &report.sections {
        let _ = write!(
            out,
            "<li><a href=\"#{anchor}\">{}</a> <span class=\"count\">{}</span>",
            escape_html(&section.title),
            counted(section.n_articles, "article"),
            anchor = section.anchor
        );
        // A story told by one article needs no map of its parts.
        if section.n_articles > 1 {
            out.push_str("\n<ol class=\"parts\">");
            for (suffix, label) in PARTS {
                let _ = write!(
                    out,
                    "<li><a href=\"#{}-{suffix}\">{label}</a></li>",
                    section.anchor
                );
            }
            out.push_str("</ol>");
        }
        out.push_str("</li>\n");
    }
    if !report.warnings.is_empty() {
        out.push_str("<li><a href=\"#warnings\">Warnings</a></li>\n");
    }
    out.push_str("</ol>\n</nav>\n");
    out
}

/// One story as an HTML `<section>` (no page around it): the fragment a story page embeds.
/// Its ids all start with the section's anchor, so several can share a page.
pub fn story_html(section: &StorySection) -> String {
    let mut out = String::with_capacity(32 * 1024);
    let anchor = &section.anchor;
    let _ = writeln!(out, "<section class=\"story\" id=\"{anchor}\">");
    let _ = writeln!(out, "<h2>{}</h2>", escape_html(&section.title));
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}</p>",
        escape_html(&section_meta(section))
    );
    match section.basis {
        SectionBasis::AllArticles => out.push_str(
            "<p class=\"note\">Stories are not told apart yet: this section reads every article \
             as one story.</p>\n",
        ),
        SectionBasis::ArticlesInNoStory => {
            out.push_str("<p class=\"note\">Articles the story grouping left on their own.</p>\n")
        }
        SectionBasis::Story => {}
    }
    if let Some(headline) = &section.headline {
        let _ = writeln!(
            out,
            "<p class=\"headline\">{}</p>",
            cited_html(headline, anchor)
        );
    }

    part_heading(&mut out, anchor, 0);
    if section.what_happened.is_empty() {
        out.push_str("<p class=\"empty\">No summary sentences.</p>\n");
    } else {
        out.push_str("<ul class=\"what\">\n");
        for sentence in &section.what_happened {
            let _ = writeln!(out, "<li>{}</li>", cited_html(sentence, anchor));
        }
        out.push_str("</ul>\n");
    }

    part_heading(&mut out, anchor, 1);
    basis_note(&mut out, section.timeline_basis, "timeline");
    if !section.timeline.is_empty() {
        out.push_str("<ol class=\"timeline\">\n");
        for entry in &section.timeline {
            let when = match &entry.end {
                Some(end) => format!("{} – {}", human_date(&entry.date), human_date(end)),
                None => human_date(&entry.date),
            };
            let _ = write!(
                out,
                "<li><time datetime=\"{}\">{}</time><div>",
                escape_html(&entry.date),
                escape_html(&when)
            );
            for label in &entry.labels {
                let _ = write!(out, "<p class=\"label\">{}</p>", escape_html(label));
            }
            let also = if entry.also_reported_by.is_empty() {
                String::new()
            } else {
                format!(
                    " <span class=\"also\">also reported by {}</span>",
                    citations_html(&entry.also_reported_by, anchor)
                )
            };
            let _ = writeln!(
                out,
                "<p>{}{also}</p></div></li>",
                cited_html(&entry.sentence, anchor)
            );
        }
        out.push_str("</ol>\n");
    }

    part_heading(&mut out, anchor, 2);
    basis_note(&mut out, section.actors.basis, "actors");
    if !section.actors.nodes.is_empty() {
        let _ = writeln!(
            out,
            "<figure>{}</figure>",
            network_svg(&section.actors, anchor)
        );
        if !section.actors.edges.is_empty() {
            out.push_str(&edges_table(section));
        }
    }

    part_heading(&mut out, anchor, 3);
    basis_note(&mut out, section.dyads_basis, "dyads");
    if !section.dyads.is_empty() {
        let _ = writeln!(out, "<figure>{}</figure>", dyad_chart_svg(&section.dyads));
        out.push_str("<div class=\"scroll\"><table>\n<thead><tr><th>From</th><th>To</th><th>Period</th><th>Mean score</th><th>Events</th></tr></thead>\n<tbody>\n");
        for series in &section.dyads {
            for point in &series.points {
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{:+.1}</td><td class=\"num\">{}</td></tr>",
                    escape_html(&series.source),
                    escape_html(&series.target),
                    escape_html(&point.period),
                    point.mean_score,
                    point.n_events
                );
            }
        }
        out.push_str("</tbody></table></div>\n");
    }

    part_heading(&mut out, anchor, 4);
    basis_note(&mut out, section.places_basis, "places");
    if !section.places.is_empty() {
        let _ = writeln!(
            out,
            "<figure>{}</figure>",
            coordinate_plot_svg(&section.places, &section.countries)
        );
        out.push_str("<ul class=\"places\">\n");
        for place in &section.places {
            let country = place
                .country
                .as_deref()
                .and_then(|code| section.countries.iter().find(|label| label.code == code))
                .map(|label| format!(", {}", label.name))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<li>{}{} <span class=\"coords\">{:.2}, {:.2}</span> {}</li>",
                escape_html(&place.name),
                escape_html(&country),
                place.lat,
                place.lon,
                citations_html(&place.sources, anchor)
            );
        }
        out.push_str("</ul>\n");
    }

    part_heading(&mut out, anchor, 5);
    claims_html(
        &mut out,
        section,
        &section.corroborated,
        "No fact is confirmed by two independent sources yet.",
    );
    part_heading(&mut out, anchor, 6);
    claims_html(
        &mut out,
        section,
        &section.disputed,
        "No source contradicts another on a figure, date or attribution.",
    );
    if section.claims_compared && section.n_single_source_claims > 0 {
        let _ = writeln!(
            out,
            "<p class=\"note\">{} rest on one source only.</p>",
            counted(section.n_single_source_claims, "further claim")
        );
    }

    part_heading(&mut out, anchor, 7);
    basis_note(&mut out, section.framing_basis, "framing");
    if !section.framing.is_empty() {
        out.push_str("<div class=\"scroll\"><table class=\"framing\">\n<thead><tr><th>Outlet</th><th>Sources</th><th>Credits</th><th>Words for actors</th><th>Distinctive terms</th><th>Quotes</th><th>Hashtags</th></tr></thead>\n<tbody>\n");
        for outlet in &section.framing {
            let pairs = |list: &[(String, usize)]| {
                list.iter()
                    .map(|(text, count)| format!("{} ({count})", escape_html(text)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape_html(&outlet.outlet),
                citations_html(&outlet.sources, anchor),
                escape_html(&outlet.credits.join(", ")),
                pairs(&outlet.labels),
                escape_html(&outlet.distinctive_terms.join(", ")),
                pairs(&outlet.quoted),
                escape_html(&outlet.hashtags.join(" "))
            );
        }
        out.push_str("</tbody></table></div>\n");
    }

    part_heading(&mut out, anchor, 8);
    out.push_str("<ol class=\"sources\">\n");
    for source in &section.sources {
        out.push_str(&source_html(source, anchor));
    }
    out.push_str("</ol>\n</section>\n");
    out
}

fn section_meta(section: &StorySection) -> String {
    let mut parts = vec![format!(
        "{} from {}",
        counted(section.n_articles, "article"),
        counted(section.n_outlets, "outlet")
    )];
    if let Some(range) = day_range(&section.first_published, &section.last_published) {
        parts.push(range);
    }
    parts.push(counted(section.n_events, "event"));
    if section.claims_compared {
        parts.push(format!(
            "{} corroborated, {} disputed",
            counted(section.corroborated.len(), "fact"),
            section.disputed.len()
        ));
    }
    parts.join(" · ")
}

fn part_heading(out: &mut String, anchor: &str, part: usize) {
    let (suffix, label) = PARTS[part];
    let _ = writeln!(out, "<h3 id=\"{anchor}-{suffix}\">{label}</h3>");
}

/// Say what a part was built from when it is a fallback or empty.
fn basis_note(out: &mut String, basis: Basis, part: &str) {
    let note = match (basis, part) {
        (Basis::DatedSentences, _) => {
            "No coded events yet: sentences that name a day, in date order."
        }
        (Basis::CoMentions, _) => {
            "No coded events yet: actors the articles name in the same sentence (grey lines; \
             thicker is more often). Dots grow with the articles naming the actor."
        }
        (Basis::PlaceMentions, _) => {
            "No located events yet: the places the articles name; dots grow with the articles \
             naming them."
        }
        (Basis::Articles, _) => {
            "Per outlet: its articles, whom it credits and quotes, and its cards' hashtags \
             (labels and distinctive terms come with story grouping)."
        }
        (Basis::None, "timeline") => "No dated events.",
        (Basis::None, "actors") => "No actors found.",
        (Basis::None, "dyads") => "No coded events between actors yet.",
        (Basis::None, "places") => "No located places.",
        (Basis::None, _) => "Nothing to show.",
        (Basis::Events | Basis::Story, "actors") => {
            "Arrows run from the actor to its target; red is conflict, green cooperation, \
             thicker is more events."
        }
        (Basis::Events | Basis::Story, "dyads") => {
            "Mean cooperation–conflict score per period (−10 most conflictual, +10 most \
             cooperative) for the actor pairs with most events."
        }
        (Basis::Events | Basis::Story, _) => return,
    };
    let _ = writeln!(out, "<p class=\"note\">{note}</p>");
}

fn edges_table(section: &StorySection) -> String {
    let mut out = String::from("<div class=\"scroll\"><table>\n<thead><tr>");
    let coded = section.actors.edges.iter().any(|edge| edge.directed);
    if coded {
        out.push_str(
            "<th>From</th><th>To</th><th>Events</th><th>Mean score</th><th>First</th><th>Last</th>",
        );
    } else {
        out.push_str("<th>Actor</th><th>Actor</th><th>Sentences naming both</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let mut edges: Vec<_> = section.actors.edges.iter().collect();
    edges.sort_by_key(|edge| std::cmp::Reverse(edge.n));
    let hidden = edges.len().saturating_sub(MAX_EDGE_ROWS);
    for edge in edges.into_iter().take(MAX_EDGE_ROWS) {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td>",
            escape_html(&edge.source),
            escape_html(&edge.target),
            edge.n
        );
        if coded {
            let _ = write!(
                out,
                "<td class=\"num\">{}</td><td>{}</td><td>{}</td>",
                edge.mean_score
                    .map_or_else(String::new, |score| format!("{score:+.1}")),
                escape_html(&edge.first.as_deref().map(human_date).unwrap_or_default()),
                escape_html(&edge.last.as_deref().map(human_date).unwrap_or_default())
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table></div>\n");
    if hidden > 0 {
        let _ = writeln!(
            out,
            "<p class=\"note\">{} with fewer events are drawn but not listed.</p>",
            counted(hidden, "more relation")
        );
    }
    out
}

/// Rows of the relations table under the network; the drawing keeps every edge.
const MAX_EDGE_ROWS: usize = 12;

fn claims_html(out: &mut String, section: &StorySection, claims: &[ClaimView], none: &str) {
    if !section.claims_compared {
        out.push_str(
            "<p class=\"note\">Claims are compared across outlets once articles are grouped \
             into stories.</p>\n",
        );
        return;
    }
    if claims.is_empty() {
        let _ = writeln!(out, "<p class=\"empty\">{none}</p>");
        return;
    }
    out.push_str("<div class=\"claims\">\n");
    for claim in claims {
        let _ = write!(
            out,
            "<div class=\"claim\"><p class=\"statement\">{} <span class=\"count\">{}</span></p>",
            escape_html(&claim.statement),
            counted(claim.n_independent, "independent source")
        );
        if claim.disputed_by.is_empty() {
            out.push_str("<ul>");
            for sentence in &claim.supported_by {
                let _ = write!(out, "<li>{}</li>", cited_html(sentence, &section.anchor));
            }
            out.push_str("</ul>");
        } else {
            out.push_str(
                "<div class=\"sides\"><div class=\"side\"><p class=\"side-head\">One side</p><ul>",
            );
            for sentence in &claim.supported_by {
                let _ = write!(out, "<li>{}</li>", cited_html(sentence, &section.anchor));
            }
            out.push_str(
                "</ul></div><div class=\"side\"><p class=\"side-head\">The other side</p><ul>",
            );
            for sentence in &claim.disputed_by {
                let _ = write!(out, "<li>{}</li>", cited_html(sentence, &section.anchor));
            }
            out.push_str("</ul></div></div>");
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n");
}

/// A quoted sentence followed by its citations.
pub fn cited_html(sentence: &CitedSentence, anchor: &str) -> String {
    format!(
        "<q>{}</q> {}",
        escape_html(&sentence.text),
        citations_html(&sentence.sources, anchor)
    )
}

/// "[1] [4]" linking to the section's source entries.
pub fn citations_html(sources: &[usize], anchor: &str) -> String {
    let links: Vec<String> = sources
        .iter()
        .map(|n| format!("<a class=\"cite\" href=\"#{anchor}-src-{n}\">[{n}]</a>"))
        .collect();
    format!("<span class=\"cites\">{}</span>", links.join(""))
}

/// One entry of the sources list: the article's title (linked when its address is http(s)),
/// outlet, date, authors, credits, copy links and its card.
pub fn source_html(source: &SourceEntry, anchor: &str) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<li class=\"source\" id=\"{}\" value=\"{}\"><article>",
        escape_html(&source.anchor),
        source.n
    );
    let title = escape_html(&source.title);
    let _ = match source.url.as_deref().and_then(safe_href) {
        Some(href) => write!(
            out,
            "<h4><span class=\"n\">[{}]</span> <a href=\"{href}\" rel=\"noopener noreferrer nofollow\">{title}</a></h4>",
            source.n
        ),
        None => write!(out, "<h4><span class=\"n\">[{}]</span> {title}</h4>", source.n),
    };
    let mut facts = vec![escape_html(&source.outlet)];
    if let Some(published) = &source.published {
        facts.push(format!(
            "<time datetime=\"{}\">{}</time>",
            escape_html(published),
            escape_html(&human_date(published))
        ));
    }
    if !source.authors.is_empty() {
        facts.push(format!("by {}", escape_html(&source.authors.join(", "))));
    }
    if let Some(wire) = &source.wire {
        facts.push(format!("credits {}", escape_html(wire)));
    }
    facts.push(format!("{} words", source.word_count));
    let _ = write!(out, "<p class=\"facts\">{}</p>", facts.join(" · "));
    let copy_links = |links: &[crate::situation::CopyLink], verb: &str| -> String {
        links
            .iter()
            .map(|link| {
                format!(
                    "{verb} <a href=\"#{anchor}-src-{n}\">[{n}]</a> ({}, {:.0}% shared)",
                    escape_html(&link.kind.to_string().replace('_', " ")),
                    link.similarity * 100.0,
                    n = link.source
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let mut copies = Vec::new();
    if !source.copies.is_empty() {
        copies.push(copy_links(&source.copies, "copies"));
    }
    if !source.copied_by.is_empty() {
        copies.push(copy_links(&source.copied_by, "copied by"));
    }
    if !copies.is_empty() {
        let _ = write!(out, "<p class=\"copies\">{}</p>", copies.join("; "));
    }
    if let Some(card) = &source.card {
        out.push_str("<div class=\"card\">");
        if !card.quotes.is_empty() {
            out.push_str("<ul class=\"quotes\">");
            for quote in &card.quotes {
                let _ = write!(
                    out,
                    "<li><blockquote>{}</blockquote></li>",
                    escape_html(&quote.text)
                );
            }
            out.push_str("</ul>");
        }
        if !card.summary.is_empty() {
            let _ = write!(
                out,
                "<p class=\"summary\">{}</p>",
                escape_html(&card.summary)
            );
        }
        if !card.hashtags.is_empty() {
            out.push_str("<p class=\"tags\">");
            for hashtag in &card.hashtags {
                let _ = write!(out, "<span class=\"tag\">{}</span> ", escape_html(hashtag));
            }
            out.push_str("</p>");
        }
        let mut foot = Vec::new();
        if let Some(read_at) = &card.read_at {
            foot.push(escape_html(read_at));
        }
        foot.push(escape_html(&card.read_time));
        let _ = write!(out, "<p class=\"read\">{}</p>", foot.join(" · "));
        out.push_str("</div>");
    }
    let _ = writeln!(
        out,
        "<p class=\"input\">input <code>{}</code> · id <code>{}</code></p></article></li>",
        escape_html(&source.source),
        escape_html(&source.article)
    );
    out
}

/// The report's stylesheet (the web app's story page can use it too).
pub fn report_css() -> &'static str {
    REPORT_CSS
}

const REPORT_CSS: &str = r#"
:root { --ink: #1b2631; --muted: #5d6d7e; --rule: #d5dde5; --accent: #1f4e79; --paper: #ffffff; --tint: #f5f7f9; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--tint); color: var(--ink); font: 17px/1.6 Georgia, "Iowan Old Style", "Palatino Linotype", Palatino, "Times New Roman", serif; }
main.report { max-width: 54rem; margin: 0 auto; padding: 2rem 2.5rem 3rem; background: var(--paper); }
h1, h2, h3, h4, .kicker, .meta, nav, table, .note, .label, .facts, .read, .tags, .input, .copies, figure, time, .count, footer { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: 0.2rem 0 0.4rem; }
h2 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 0.3rem; }
h3 { font-size: 1.1rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--accent); margin: 2.2rem 0 0.6rem; padding-top: 0.6rem; border-top: 1px solid var(--rule); }
h4 { font-size: 1rem; margin: 0 0 0.2rem; }
a { color: var(--accent); }
.kicker { text-transform: uppercase; letter-spacing: 0.12em; font-size: 0.75rem; color: var(--muted); margin: 0; }
.meta { color: var(--muted); font-size: 0.9rem; margin: 0 0 0.8rem; }
.method { font-size: 0.95rem; color: var(--muted); }
.note, .empty { font-size: 0.85rem; color: var(--muted); margin: 0.2rem 0 0.8rem; }
.empty { font-style: italic; }
nav.contents { background: var(--tint); border: 1px solid var(--rule); border-radius: 6px; padding: 0.8rem 1.2rem; margin: 1.5rem 0 2.5rem; font-size: 0.95rem; }
nav.contents h2 { font-size: 1rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); }
nav.contents ol { margin: 0.2rem 0; padding-left: 1.3rem; }
nav.contents ol.parts { display: flex; flex-wrap: wrap; gap: 0 0.8rem; list-style: none; padding: 0; margin: 0 0 0.4rem; font-size: 0.8rem; }
.count { color: var(--muted); font-size: 0.85rem; font-weight: normal; }
section.story { margin: 0 0 3rem; padding-top: 1.5rem; border-top: 3px solid var(--ink); }
.headline { font-size: 1.25rem; line-height: 1.45; margin: 0.8rem 0 0; padding-left: 0.9rem; border-left: 4px solid var(--accent); }
q { quotes: none; }
ul.what { padding-left: 1.2rem; }
ul.what li { margin: 0 0 0.55rem; }
.cites { white-space: nowrap; }
a.cite { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 0.72em; text-decoration: none; vertical-align: super; line-height: 0; padding: 0 0.08em; }
a.cite:hover { text-decoration: underline; }
ol.timeline { list-style: none; padding: 0; margin: 0; border-left: 2px solid var(--rule); }
ol.timeline > li { display: grid; grid-template-columns: 8.5rem 1fr; gap: 0.8rem; padding: 0.35rem 0 0.35rem 0.9rem; position: relative; }
ol.timeline > li::before { content: ""; position: absolute; left: -6px; top: 0.85rem; width: 10px; height: 10px; border-radius: 50%; background: var(--accent); }
ol.timeline time { font-size: 0.85rem; font-weight: 600; color: var(--muted); padding-top: 0.2rem; }
ol.timeline p { margin: 0; }
.also { font-size: 0.8rem; color: var(--muted); font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.label { font-size: 0.8rem; color: var(--accent); font-weight: 600; }
figure { margin: 0.5rem 0 1rem; }
svg.chart { width: 100%; height: auto; display: block; background: #fff; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin: 0.4rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--rule); }
th { font-weight: 600; color: var(--muted); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
ul.places { columns: 2; font-size: 0.9rem; padding-left: 1.2rem; }
.coords { color: var(--muted); font-size: 0.8rem; font-family: ui-monospace, Menlo, Consolas, monospace; }
.claim { border: 1px solid var(--rule); border-radius: 6px; padding: 0.6rem 0.9rem; margin: 0 0 0.8rem; }
.claim .statement { font-weight: 600; margin: 0 0 0.3rem; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.side-head { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0; font-family: system-ui, sans-serif; }
ol.sources { padding-left: 0; list-style: none; }
li.source { border: 1px solid var(--rule); border-radius: 6px; padding: 0.8rem 1rem; margin: 0 0 0.9rem; background: #fff; }
li.source:target { border-color: var(--accent); box-shadow: 0 0 0 2px var(--accent); }
.n { color: var(--muted); }
.facts, .read, .input, .copies { font-size: 0.82rem; color: var(--muted); margin: 0.1rem 0; }
.card { margin-top: 0.6rem; }
ul.quotes { list-style: none; padding: 0; margin: 0 0 0.5rem; }
blockquote { margin: 0 0 0.4rem; padding-left: 0.8rem; border-left: 3px solid var(--rule); font-style: italic; }
.summary { margin: 0.3rem 0; }
.tag { display: inline-block; font-size: 0.78rem; background: var(--tint); border: 1px solid var(--rule); border-radius: 999px; padding: 0 0.55rem; margin: 0 0.2rem 0.2rem 0; color: var(--ink); }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.8em; word-break: break-all; }
.warnings li { font-size: 0.85rem; }
footer.report-foot { margin-top: 2rem; padding-top: 1rem; border-top: 1px solid var(--rule); font-size: 0.8rem; color: var(--muted); }
@media (max-width: 40rem) {
  body { font-size: 16px; background: var(--paper); }
  main.report { padding: 1rem 1rem 2rem; }
  h1 { font-size: 1.6rem; }
  h2 { font-size: 1.3rem; }
  .headline { font-size: 1.1rem; }
  ol.timeline > li { grid-template-columns: 1fr; gap: 0.1rem; }
  .sides { grid-template-columns: 1fr; }
  ul.places { columns: 1; }
  nav.contents ol.parts { display: none; }
}
@media print {
  body { background: #fff; font-size: 11pt; }
  main.report { max-width: none; padding: 0; }
  nav.contents { break-after: page; }
  section.story { break-before: page; border-top: none; }
  h3 { break-after: avoid; }
  li.source, .claim, figure, ol.timeline > li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  li.source h4 a::after { content: " <" attr(href) ">"; font-weight: normal; font-size: 0.8em; word-break: break-all; }
}
"#;
