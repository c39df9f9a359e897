//! `report/`: here is an analysis — how does a person read it? Markdown rendering of articles
//! and their cards (the situation report grows here as stories and events land).

use model::{Analysis, Article, Card, ParagraphKind};
use std::fmt::Write;

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
                code_span(&removed.why)
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
        let _ = writeln!(out, "> “{}”\n", escape_inline(&quote.text));
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
