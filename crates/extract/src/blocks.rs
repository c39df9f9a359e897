//! One iterative walk over the parsed page that turns markup into flat text blocks, element
//! records (which blocks each block-level element holds) and the raw metadata the head carries.
//!
//! The walk uses ego-tree's open/close edges instead of recursion, so 10,000 nested `<div>`s
//! cost a loop, not a stack frame each.

use model::ParagraphKind;
use model::RemovalReason;
use scraper::node::Element;
use scraper::{Html, Node};

use crate::cues::{boilerplate_reason_for_element, class_name_words, BoilerplateCues};

/// A run of text between two block-level boundaries: one candidate paragraph.
#[derive(Debug, Clone)]
pub struct TextBlock {
    pub text: String,
    pub kind: ParagraphKind,
    /// Characters of `text` that sit inside links.
    pub link_chars: usize,
    /// Tag name of the innermost block-level element holding the text ("p", "h2", "div").
    pub owner_tag: String,
}

/// A block-level element: the range of blocks it holds and the boilerplate cue it carries.
#[derive(Debug, Clone)]
pub struct ElementRecord {
    pub first_block: usize,
    pub end_block: usize,
    pub boilerplate_reason: Option<RemovalReason>,
}

/// What the head (and a few body elements) say about the page before any scoring.
#[derive(Debug, Clone, Default)]
pub struct RawMetadata {
    /// `<meta>` tags as (lower-cased name/property/itemprop, content), in document order.
    pub metas: Vec<(String, String)>,
    pub title_tag: Option<String>,
    pub canonical_url: Option<String>,
    pub html_lang: Option<String>,
    /// Bodies of `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
    /// `datetime` attributes of `<time>` elements, the first flagged as publication first.
    pub time_datetimes: Vec<String>,
    /// Texts of elements marked as bylines (rel=author, itemprop=author, class "author"/"byline",
    /// links to author pages), one line per block inside the element.
    pub byline_texts: Vec<String>,
    /// Texts of elements whose class or id says they hold a date.
    pub date_texts: Vec<String>,
}

/// Everything the walk produced.
#[derive(Debug, Clone, Default)]
pub struct PageBlocks {
    pub blocks: Vec<TextBlock>,
    pub elements: Vec<ElementRecord>,
    pub metadata: RawMetadata,
}

/// Elements whose content is never article text: dropped with their whole subtree, silently,
/// since they hold code, styling or form widgets rather than prose.
const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "option", "button", "textarea", "input", "head", "video", "audio", "map",
    "dialog",
];

/// Elements that flow inside a line of text; every other element starts a new block.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
    "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike",
    "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "picture", "source",
];

/// How many byline and date texts to keep; the first few are the ones near the headline.
const MAX_CAPTURED_TEXTS: usize = 8;
/// A byline or date element longer than this is a bio or a list, not a byline.
const MAX_CAPTURED_TEXT_CHARS: usize = 200;

fn paragraph_kind_of_tag(tag: &str) -> Option<ParagraphKind> {
    match tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some(ParagraphKind::Heading),
        "figcaption" | "caption" => Some(ParagraphKind::Caption),
        "blockquote" => Some(ParagraphKind::Quote),
        "li" | "dd" | "dt" => Some(ParagraphKind::List),
        _ => None,
    }
}

fn element_marks_byline(element: &Element) -> bool {
    if element
        .attr("rel")
        .is_some_and(|rel| rel.eq_ignore_ascii_case("author"))
        || element
            .attr("itemprop")
            .is_some_and(|prop| prop.eq_ignore_ascii_case("author"))
    {
        return true;
    }
    // Links to an author page ("/author/jane-doe") are bylines on most publishing platforms.
    let links_to_author_page = element.name() == "a"
        && element
            .attr("href")
            .is_some_and(|href| href.contains("/author/") || href.contains("/authors/"));
    links_to_author_page
        || class_and_id_words(element)
            .any(|word| word == "byline" || word == "author" || word == "authors")
}

fn element_marks_date(element: &Element) -> bool {
    // A <time> without a datetime attribute still shows the date as text.
    if element.name() == "time" && element.attr("datetime").is_none() {
        return true;
    }
    if element
        .attr("itemprop")
        .is_some_and(|prop| prop.eq_ignore_ascii_case("datePublished"))
    {
        return true;
    }
    class_and_id_words(element).any(|word| {
        matches!(
            word.as_str(),
            "date" | "published" | "pubdate" | "dateline" | "timestamp" | "posted" | "time"
        )
    })
}

/// Lower-cased words of an element's class names and id, split on `-` and `_`.
pub fn class_and_id_words(element: &Element) -> impl Iterator<Item = String> + '_ {
    let class_names = element.attr("class").unwrap_or("").split_whitespace();
    let id_names = element.attr("id").into_iter();
    class_names.chain(id_names).flat_map(class_name_words)
}

/// Mutable state of the walk, kept in one place so the loop body stays readable.
struct Walk<'cues> {
    cues: &'cues BoilerplateCues,
    page: PageBlocks,
    /// Text gathered since the last block boundary.
    pending_text: String,
    pending_link_chars: usize,
    /// Open block-level elements: (index into `page.elements` or usize::MAX for untracked, tag).
    open_blocks: Vec<(usize, String)>,
    /// Paragraph kinds opened by ancestors, innermost last.
    open_kinds: Vec<ParagraphKind>,
    link_depth: usize,
    skip_depth: usize,
    /// Open capture: (what it captures, nesting depth at open, text so far).
    byline_capture: Option<(usize, String)>,
    date_capture: Option<(usize, String)>,
    title_capture: Option<String>,
    json_ld_capture: Option<String>,
    depth: usize,
    /// A `<br>` came after the last text: a second one ends the block.
    line_break_pending: bool,
}

impl Walk<'_> {
    fn flush_pending_text(&mut self) {
        self.line_break_pending = false;
        let text = collapse_whitespace(&self.pending_text);
        let link_chars = self.pending_link_chars.min(text.chars().count());
        self.pending_text.clear();
        self.pending_link_chars = 0;
        if text.is_empty() {
            return;
        }
        let kind = self
            .open_kinds
            .last()
            .copied()
            .unwrap_or(ParagraphKind::Body);
        let owner_tag = self
            .open_blocks
            .last()
            .map(|(_, tag)| tag.clone())
            .unwrap_or_default();
        self.page.blocks.push(TextBlock {
            text,
            kind,
            link_chars,
            owner_tag,
        });
    }

    /// A block boundary inside a byline or date element separates words ("<p>Jane Doe</p>
    /// <p>May 4</p>" must not read "Jane DoeMay 4").
    fn separate_captures(&mut self) {
        if let Some((_, buffer)) = &mut self.byline_capture {
            buffer.push('\n');
        }
        if let Some((_, buffer)) = &mut self.date_capture {
            buffer.push('\n');
        }
    }

    fn push_text(&mut self, text: &str) {
        if let Some(buffer) = &mut self.title_capture {
            buffer.push_str(text);
            return;
        }
        if let Some(buffer) = &mut self.json_ld_capture {
            buffer.push_str(text);
            return;
        }
        if self.skip_depth > 0 {
            return;
        }
        if !text.trim().is_empty() {
            self.line_break_pending = false;
        }
        if let Some((_, buffer)) = &mut self.byline_capture {
            buffer.push_str(text);
        }
        if let Some((_, buffer)) = &mut self.date_capture {
            buffer.push_str(text);
        }
        self.pending_text.push_str(text);
        if self.link_depth > 0 {
            self.pending_link_chars += text
                .chars()
                .filter(|character| !character.is_whitespace())
                .count();
            // Count the separating space too, roughly, so link density stays a ratio of like with like.
            self.pending_link_chars += usize::from(text.ends_with(char::is_whitespace));
        }
    }

    fn open_element(&mut self, element: &Element) {
        self.depth += 1;
        let tag = element.name();
        self.collect_head_metadata(tag, element);
        if self.skip_depth > 0 || SKIPPED_TAGS.contains(&tag) {
            self.skip_depth += 1;
            return;
        }
        if tag == "br" || tag == "hr" {
            // "text<br><br>text" is how many pages write paragraphs, and a rule separates
            // parts: both end the block; a single <br> is a line break inside it.
            if tag == "hr" || self.line_break_pending {
                self.flush_pending_text();
            } else {
                self.pending_text.push(' ');
                self.line_break_pending = true;
            }
            return;
        }
        if tag == "a" {
            self.link_depth += 1;
        }
        if tag == "time" {
            if let Some(datetime) = element.attr("datetime") {
                let flagged = element.attr("pubdate").is_some()
                    || element
                        .attr("itemprop")
                        .is_some_and(|prop| prop.eq_ignore_ascii_case("datePublished"));
                if flagged {
                    self.page
                        .metadata
                        .time_datetimes
                        .insert(0, datetime.trim().to_string());
                } else {
                    self.page
                        .metadata
                        .time_datetimes
                        .push(datetime.trim().to_string());
                }
            }
        }
        if self.byline_capture.is_none()
            && self.page.metadata.byline_texts.len() < MAX_CAPTURED_TEXTS
            && element_marks_byline(element)
        {
            self.byline_capture = Some((self.depth, String::new()));
        }
        if self.date_capture.is_none()
            && self.page.metadata.date_texts.len() < MAX_CAPTURED_TEXTS
            && element_marks_date(element)
        {
            self.date_capture = Some((self.depth, String::new()));
        }
        if INLINE_TAGS.contains(&tag) {
            return;
        }
        self.separate_captures();
        self.flush_pending_text();
        // Hidden elements (`hidden`, `display:none`) are read like any other: streaming server
        // renders park the whole article in a hidden element until a script moves it, and
        // hidden menus or dialogs are left out by their cues and the container choice anyway.
        let reason = boilerplate_reason_for_element(self.cues, element);
        let record_index = self.page.elements.len();
        let first_block = self.page.blocks.len();
        self.page.elements.push(ElementRecord {
            first_block,
            end_block: first_block,
            boilerplate_reason: reason,
        });
        self.open_blocks.push((record_index, tag.to_string()));
        if let Some(kind) = paragraph_kind_of_tag(tag) {
            self.open_kinds.push(kind);
        }
    }

    fn close_element(&mut self, element: &Element) {
        let tag = element.name();
        let depth = self.depth;
        self.depth = self.depth.saturating_sub(1);
        if tag == "title" {
            if let Some(title) = self.title_capture.take() {
                if self.page.metadata.title_tag.is_none() {
                    self.page.metadata.title_tag = Some(collapse_whitespace(&title));
                }
            }
        }
        if tag == "script" {
            if let Some(body) = self.json_ld_capture.take() {
                self.page.metadata.json_ld.push(body);
            }
        }
        if self.skip_depth > 0 {
            self.skip_depth -= 1;
            return;
        }
        if tag == "br" || tag == "hr" {
            return;
        }
        if tag == "a" {
            self.link_depth = self.link_depth.saturating_sub(1);
        }
        if self
            .byline_capture
            .as_ref()
            .is_some_and(|(open_depth, _)| *open_depth == depth)
        {
            if let Some((_, text)) = self.byline_capture.take() {
                push_captured_text(&mut self.page.metadata.byline_texts, &text);
            }
        }
        if self
            .date_capture
            .as_ref()
            .is_some_and(|(open_depth, _)| *open_depth == depth)
        {
            if let Some((_, text)) = self.date_capture.take() {
                push_captured_text(&mut self.page.metadata.date_texts, &text);
            }
        }
        if INLINE_TAGS.contains(&tag) {
            return;
        }
        self.separate_captures();
        self.flush_pending_text();
        if let Some((record_index, _)) = self.open_blocks.pop() {
            let end_block = self.page.blocks.len();
            if let Some(record) = self.page.elements.get_mut(record_index) {
                record.end_block = end_block;
            }
        }
        if paragraph_kind_of_tag(tag).is_some() {
            self.open_kinds.pop();
        }
    }

    fn collect_head_metadata(&mut self, tag: &str, element: &Element) {
        match tag {
            "html" if self.page.metadata.html_lang.is_none() => {
                self.page.metadata.html_lang =
                    element.attr("lang").map(|lang| lang.trim().to_string());
            }
            "meta" => {
                let key = element
                    .attr("property")
                    .or_else(|| element.attr("name"))
                    .or_else(|| element.attr("itemprop"));
                let key = key.or_else(|| element.attr("http-equiv"));
                let value = element.attr("content").or_else(|| element.attr("datetime"));
                if let (Some(key), Some(value)) = (key, value) {
                    let value = collapse_whitespace(&decode_leftover_entities(value));
                    if !value.is_empty() {
                        self.page
                            .metadata
                            .metas
                            .push((key.trim().to_ascii_lowercase(), value));
                    }
                }
            }
            "link" => {
                let is_canonical = element
                    .attr("rel")
                    .is_some_and(|rel| rel.eq_ignore_ascii_case("canonical"));
                if is_canonical && self.page.metadata.canonical_url.is_none() {
                    self.page.metadata.canonical_url =
                        element.attr("href").map(|href| href.trim().to_string());
                }
            }
            // Only the first <title>: the document's own, in the head, comes before any SVG title.
            "title" if self.page.metadata.title_tag.is_none() => {
                self.title_capture = Some(String::new());
            }
            "script" => {
                let is_json_ld = element
                    .attr("type")
                    .is_some_and(|kind| kind.trim().eq_ignore_ascii_case("application/ld+json"));
                if is_json_ld {
                    self.json_ld_capture = Some(String::new());
                }
            }
            _ => {}
        }
    }
}

/// Keep a captured byline or date text, one line per block it spanned ("Jane Doe\nWriter"),
/// so readers can tell the name from the role or date printed next to it.
fn push_captured_text(list: &mut Vec<String>, text: &str) {
    let lines: Vec<String> = text
        .split('\n')
        .map(collapse_whitespace)
        .filter(|line| !line.is_empty())
        .collect();
    let text = lines.join("\n");
    if !text.is_empty() && text.chars().count() <= MAX_CAPTURED_TEXT_CHARS && !list.contains(&text)
    {
        list.push(text);
    }
}

/// Walk the whole document once and return its blocks, element records and raw metadata.
pub fn page_blocks(document: &Html, cues: &BoilerplateCues) -> PageBlocks {
    let mut walk = Walk {
        cues,
        page: PageBlocks::default(),
        pending_text: String::new(),
        pending_link_chars: 0,
        open_blocks: Vec::new(),
        open_kinds: Vec::new(),
        link_depth: 0,
        skip_depth: 0,
        byline_capture: None,
        date_capture: None,
        title_capture: None,
        json_ld_capture: None,
        line_break_pending: false,
        depth: 0,
    };
    // Depth-first walk with an explicit cursor (first child, next sibling, parent) instead of
    // recursion, so nesting depth never touches the call stack.
    let root = document.tree.root();
    let mut current = root;
    'walk: loop {
        match current.value() {
            Node::Element(element) => walk.open_element(element),
            Node::Text(text) => walk.push_text(text),
            _ => {}
        }
        if let Some(child) = current.first_child() {
            current = child;
            continue;
        }
        loop {
            if let Node::Element(element) = current.value() {
                walk.close_element(element);
            }
            if current.id() == root.id() {
                break 'walk;
            }
            if let Some(sibling) = current.next_sibling() {
                current = sibling;
                continue 'walk;
            }
            match current.parent() {
                Some(parent) => current = parent,
                None => break 'walk,
            }
        }
    }
    walk.flush_pending_text();
    // Elements left open (cannot happen with html5ever, but the records must stay consistent).
    let block_count = walk.page.blocks.len();
    for (record_index, _) in walk.open_blocks.drain(..) {
        if let Some(record) = walk.page.elements.get_mut(record_index) {
            record.end_block = block_count;
        }
    }
    walk.page
}

/// Collapse runs of whitespace (including non-breaking spaces) into one space and trim.
pub fn collapse_whitespace(text: &str) -> String {
    let mut collapsed = String::with_capacity(text.len());
    for word in text.split(|character: char| character.is_whitespace() || character == '\u{a0}') {
        if word.is_empty() {
            continue;
        }
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(word);
    }
    collapsed
}

/// Decode character references left in text that was escaped twice ("&amp;#x26;" in a meta
/// tag) or never unescaped (JSON-LD is raw script text): numeric references and the five XML
/// names. Anything else is kept as written.
pub fn decode_leftover_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut decoded = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        decoded.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let reference_end = after.find(';').filter(|&end| end <= 10);
        let replacement = reference_end.and_then(|end| {
            let name = &after[..end];
            let character = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => {
                    let number = if let Some(hex) =
                        name.strip_prefix("#x").or_else(|| name.strip_prefix("#X"))
                    {
                        u32::from_str_radix(hex, 16).ok()
                    } else {
                        name.strip_prefix('#')
                            .and_then(|decimal| decimal.parse::<u32>().ok())
                    };
                    number.and_then(char::from_u32)
                }
            };
            character.map(|character| (character, end))
        });
        match replacement {
            Some((character, end)) => {
                decoded.push(character);
                rest = &after[end + 1..];
            }
            None => {
                decoded.push('&');
                rest = after;
            }
        }
    }
    decoded.push_str(rest);
    decoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_names_split_into_words() {
        assert_eq!(
            class_name_words("styles_dateAndAuthor__x1"),
            ["styles", "date", "and", "author", "x1"]
        );
        assert_eq!(class_name_words("post-comments"), ["post", "comments"]);
        assert_eq!(class_name_words("NAV"), ["nav"]);
    }

    #[test]
    fn leftover_entities_are_decoded() {
        assert_eq!(
            decode_leftover_entities("Python, SQL &#x26; AI"),
            "Python, SQL & AI"
        );
        assert_eq!(
            decode_leftover_entities("Tom &amp; Jerry&#39;s &bogus; &"),
            "Tom & Jerry's &bogus; &"
        );
        assert_eq!(
            decode_leftover_entities("&#xZZ; &#99999999;"),
            "&#xZZ; &#99999999;"
        );
    }
}
