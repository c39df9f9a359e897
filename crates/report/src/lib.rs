//! `report/`: here is an analysis — how does a person read it? The situation report (per
//! story: what happened, timeline, actors, dyads, places, facts, framing, sources) as one
//! self-contained HTML page, Markdown or JSON, and the plain Markdown rendering of articles and
//! their cards that `sitrep analyze --format md` prints.

mod escape;
mod html;
mod notes;
mod similar;
mod situation;
mod svg;

pub use escape::{escape_html, safe_href};
pub use html::{
    citations_html, cited_html, html_report, render_html, report_css, source_html, story_html,
};
pub use notes::{markdown_report, render_markdown, story_markdown};
pub use similar::{content_words, group_similar, same_statement, SAME_STATEMENT_JACCARD};
pub use situation::{
    build_report, outlet_name, story_section, ActorEdge, ActorGraph, ActorNode, Basis, Citation,
    CitedSentence, ClaimView, CopyLink, CountryLabel, DyadPoint, DyadSeries, OutletFraming,
    PlacePoint, ReportOptions, SectionBasis, SituationReport, SourceEntry, StorySection,
    TimelineEntry,
};
pub use svg::{coordinate_plot_svg, dyad_chart_svg, network_svg};

use model::{Analysis, Article, Card, ParagraphKind};
use std::fmt::Write;

/// An ISO 8601 day, month or year as people write it ("9 Oct 2025", "Oct 2025", "2025");
/// a date-time keeps only its day; anything else is returned as it is.
pub fn human_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let day_part = iso
        .get(..10)
        .filter(|_| iso.len() > 10 && iso.as_bytes()[10] == b'T');
    let date = day_part.unwrap_or(iso);
    let parts: Vec<&str> = date.split('-').collect();
    let number = |text: &str| text.parse::<usize>().ok();
    let all_digits = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if !parts.iter().all(|part| all_digits(part)) || parts[0].len() != 4 {
        return iso.to_string();
    }
    match parts.as_slice() {
        [year] => year.to_string(),
        [year, month] => match number(month).and_then(|m| MONTHS.get(m.wrapping_sub(1))) {
            Some(name) => format!("{name} {year}"),
            None => iso.to_string(),
        },
        [year, month, day] => match (
            number(month).and_then(|m| MONTHS.get(m.wrapping_sub(1))),
            number(day),
        ) {
            (Some(name), Some(day)) if (1..=31).contains(&day) => {
                format!("{day} {name} {year}")
            }
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

/// Render a whole analysis as Markdown: one section per article, then the warnings.
pub fn markdown(analysis: &Analysis) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# sitrep analysis\n");
    let _ = writeln!(
        out,
        "{}, {}.\n",
        counted(analysis.articles.len(), "article"),
        counted(analysis.warnings.len(), "warning")
    );
    for article in &analysis.articles {
        out.push_str(&article_markdown(article));
        out.push('\n');
    }
    if !analysis.warnings.is_empty() {
        let _ = writeln!(out, "## Warnings\n");
        for warning in &analysis.warnings {
            let _ = writeln!(
                out,
                "- {}: {}",
                code_span(&warning.source),
                escape_inline(&warning.message)
            );
        }
    }
    out
}

/// "1 article", "3 articles", "2 entities": a count with its noun.
pub fn counted(count: usize, noun: &str) -> String {
    let plural = match noun.strip_suffix('y') {
        _ if count == 1 => noun.to_string(),
        Some(stem) => format!("{stem}ies"),
        None => format!("{noun}s"),
    };
    format!("{count} {plural}")
}

/// One article: heading, metadata line, card, then the cleaned text.
pub fn article_markdown(article: &Article) -> String {
    let mut out = String::new();
    let title = article.title.as_deref().unwrap_or("(untitled)");
    let _ = writeln!(out, "## {}\n", escape_inline(title));
    let mut facts = Vec::new();
    if let Some(name) = article
        .outlet
        .name
        .as_deref()
        .or(article.outlet.domain.as_deref())
    {
        facts.push(escape_inline(name));
    }
    if !article.authors.is_empty() {
        facts.push(format!("by {}", escape_inline(&article.authors.join(", "))));
    }
    if let Some(published) = &article.published {
        facts.push(escape_inline(published));
    }
    if let Some(wire) = &article.wire {
        facts.push(format!("via {}", escape_inline(wire)));
    }
    facts.push(format!("{} words", article.word_count));
    facts.push(format!("`{}`", article.id));
    let _ = writeln!(
        out,
        "*{}* — source {}\n",
        facts.join(" · "),
        code_span(&article.source)
    );
    if let Some(subtitle) = &article.subtitle {
        let _ = writeln!(out, "_{}_\n", escape_inline(subtitle));
    }
    if let Some(card) = &article.card {
        out.push_str(&card_markdown(card));
    }
    let _ = writeln!(out, "### Text\n");
    for paragraph in &article.paragraphs {
        let text = escape_inline(&paragraph.text);
        let _ = match paragraph.kind {
            ParagraphKind::Heading => writeln!(out, "#### {text}\n"),
            ParagraphKind::Quote => writeln!(out, "> {text}\n"),
            ParagraphKind::List => writeln!(out, "- {text}\n"),
            ParagraphKind::Caption => writeln!(out, "_[caption] {text}_\n"),
            ParagraphKind::Body => writeln!(out, "{text}\n"),
        };
    }
    if !article.removed.is_empty() {
        let _ = writeln!(
            out,
            "<details><summary>{} removed</summary>\n",
            counted(article.removed.len(), "line")
        );
        for removed in &article.removed {
            let _ = writeln!(
                out,
                "- {} — {}",
                escape_inline(&removed.text),
                code_span(removed.why.as_str())
            );
        }
        let _ = writeln!(out, "\n</details>\n");
    }
    out
}

/// The card, laid out like an aggregator's card: quotes, summary, hashtags, read-at, read time.
pub fn card_markdown(card: &Card) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "### Card\n");
    for quote in &card.quotes {
        let _ = writeln!(out, "> {}\n", escape_inline(&quoted_passage(&quote.text)));
    }
    if !card.summary.is_empty() {
        let _ = writeln!(out, "{}\n", escape_inline(&card.summary));
    }
    if !card.hashtags.is_empty() {
        let _ = writeln!(out, "{}\n", card.hashtags.join(" "));
    }
    if let Some(read_at) = &card.read_at {
        let _ = writeln!(out, "{}  ", escape_inline(read_at));
    }
    let _ = writeln!(out, "{}\n", card.read_time);
    out
}

pub use model::quoted_passage;

/// Text shown verbatim in a code span. CommonMark does not read backslash escapes inside code
/// spans, so nothing is escaped; a backtick in the text is widened into a longer fence, and HTML
/// stays inert because code spans are never parsed as markup.
pub fn code_span(text: &str) -> String {
    let flat = text.replace(['\n', '\r'], " ");
    let longest_run = flat.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let pad = if flat.starts_with('`') || flat.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{flat}{pad}{fence}")
}

/// Article text is untrusted: neutralise Markdown and HTML syntax so it renders as text.
pub fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(human_date("2025-10-09"), "9 Oct 2025");
        assert_eq!(human_date("2025-10-09T08:30:00+05:00"), "9 Oct 2025");
        assert_eq!(human_date("2025-10"), "Oct 2025");
        assert_eq!(human_date("2025"), "2025");
        assert_eq!(human_date("2025-13-01"), "2025-13-01");
        assert_eq!(human_date("last week"), "last week");
    }

    #[test]
    fn code_spans_keep_their_text_verbatim() {
        assert_eq!(code_span("feed.jsonl#cg-1"), "`feed.jsonl#cg-1`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("000_x.txt"), "`000_x.txt`");
    }

    #[test]
    fn article_text_cannot_inject_markup() {
        assert_eq!(
            escape_inline("<script>alert(1)</script> *bold* [x](y)"),
            "&lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\[x\\](y)"
        );
    }
}
