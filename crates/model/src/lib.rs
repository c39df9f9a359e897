//! The types that flow between sitrep's stages; their serde form is the public JSON contract
//! documented in PRODUCT.md ("The public JSON contract"). Renaming a serialized field is a
//! breaking change.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// One input document as it came in, before cleaning: the bytes decoded to text plus whatever
/// metadata the container (feed item, JSONL line, WARC record) already gave.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RawDoc {
    /// The input path or URL as given, with `#item` for containers (feed, JSONL, WARC).
    pub source: String,
    pub format: RawFormat,
    /// The content decoded to UTF-8 (HTML markup for `Html`, prose for `Text`).
    pub content: String,
    /// Metadata known before cleaning; the cleaner fills in what is missing.
    pub hints: RawHints,
}

/// How a raw document's content is to be read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RawFormat {
    /// An HTML page: main text must be extracted from markup.
    Html,
    /// Already-scraped text, possibly full of web chrome.
    #[default]
    Text,
}

/// Metadata that came with a raw document from its container.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RawHints {
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
}

/// A clean article: the unit every later stage reads.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Content hash of the cleaned text (see [`article_id`]): same content, same id.
    pub id: String,
    pub source: String,
    pub url: Option<String>,
    pub outlet: Outlet,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub authors: Vec<String>,
    /// ISO 8601 date or date-time, as precise as the page said.
    pub published: Option<String>,
    /// ISO 639-1 code.
    pub language: Option<String>,
    /// The wire service or outlet the text credits ("Reuters", "www.aljazeera.com").
    pub wire: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    /// The cleaned text's sentences, split once after cleaning; every later stage reads
    /// these instead of splitting again, and mentions, dates, quantities, quotations and
    /// events name their sentence by its index here.
    pub sentences: Vec<Sentence>,
    /// The cleaned text: the paragraphs' texts joined by a blank line ("\n\n"). Every byte
    /// offset (`start`, `end`) in the contract indexes this string.
    pub text: String,
    pub removed: Vec<Removed>,
    pub word_count: usize,
    pub read_minutes: usize,
    pub card: Option<Card>,
    pub mentions: Vec<Mention>,
    /// Dates and periods mentioned in the text, normalised (C4).
    pub dates: Vec<DateMention>,
    /// Numbers with what they count (C4).
    pub quantities: Vec<QuantityMention>,
    /// Direct quotes and reported speech with their speaker (C4).
    pub quotations: Vec<QuotationMention>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outlet {
    pub name: Option<String>,
    pub domain: Option<String>,
}

/// A paragraph of the cleaned text, with its byte range in [`Article::text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub kind: ParagraphKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    #[default]
    Body,
    Heading,
    Caption,
    Quote,
    List,
}

/// A line the cleaner dropped, kept with the reason so nothing is silently lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub text: String,
    pub why: RemovalReason,
}

/// A sentence of the cleaned text as a byte range of [`Article::text`].
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

impl Sentence {
    /// The sentence's words in the text it was split from.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// The index of the sentence holding byte `offset`: the last sentence starting at or before
/// it (0 when there are none). Sentences must be in text order.
pub fn sentence_index_at(sentences: &[Sentence], offset: usize) -> usize {
    sentences
        .partition_point(|sentence| sentence.start <= offset)
        .saturating_sub(1)
}

/// A verbatim span of an article's cleaned text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// The article card (capability C3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// Three verbatim key passages.
    pub quotes: Vec<Passage>,
    /// At most 90 words, the article's own sentences in article order.
    pub summary: String,
    /// The sentences the summary is made of, with their byte ranges.
    pub summary_sentences: Vec<Passage>,
    /// 3–6 kebab-case tags, each starting with '#'.
    pub hashtags: Vec<String>,
    /// "Read at <domain>" (or outlet name when no domain is known).
    pub read_at: Option<String>,
    /// "N min read".
    pub read_time: String,
}

/// A mention of an entity in an article's cleaned text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The linked entity id (see `Analysis::entities`). Names the tagger found that the
    /// knowledge base does not know get an article-independent `name:` id.
    pub entity: Option<String>,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// What the mention denotes here, at the article's date ("Taliban" in 2025: the de facto
    /// government, kind `organization` acting for "AF").
    pub kind: Option<EntityKind>,
    /// The state an actor acts for: "Islamabad blames…" and "Pakistani officials" act for "PK".
    pub acts_for: Option<String>,
    /// How the mention was linked.
    pub via: LinkVia,
    /// Index of the sentence holding the mention in [`Article::sentences`].
    pub sentence: usize,
}

/// How a mention was linked to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkVia {
    /// The entity's name as the knowledge base spells it.
    Name,
    /// One of its aliases.
    Alias,
    /// A near spelling of a name (transliteration, typo).
    Fuzzy,
    /// An acronym defined in the text ("Tehreek-e-Taliban Pakistan (TTP)").
    Acronym,
    /// A surname standing for a person named in full earlier in the article.
    Surname,
    /// "the group", "the militants" standing for an entity named before.
    Anaphora,
    /// A demonym actor phrase ("Pakistani officials").
    Demonym,
    /// A capital used for its government ("Islamabad blames …").
    Government,
    /// A name only the statistical tagger found.
    Tagger,
}

/// A date or period mentioned in an article, normalised against its publication date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// ISO 8601: a day ("2025-10-12"), a month ("2025-10"), a year ("2025") or an interval
    /// ("2025-10-06/2025-10-12"); `None` when it cannot be resolved.
    pub value: Option<String>,
    /// First and last day of the period.
    pub first_day: Option<String>,
    pub last_day: Option<String>,
    pub precision: Option<DatePrecision>,
    /// True when resolved against the publication date or an earlier date in the text.
    pub relative: bool,
    /// Index of the sentence holding the date in [`Article::sentences`].
    pub sentence: usize,
}

/// How finely a text pinned a date down. `Range` is any span with no calendar name:
/// "2001–2021", "late 2024", "the first nine months of 2025", "since 2021".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    Day,
    Week,
    Month,
    Quarter,
    Season,
    Year,
    Decade,
    Century,
    Range,
}

/// A number in an article with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuantityMention {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub low: f64,
    pub high: f64,
    pub approx: Approx,
    pub counts: CountKind,
    /// The counted noun as written, or the currency for money.
    pub noun: Option<String>,
    /// Index of the sentence holding the number in [`Article::sentences`].
    pub sentence: usize,
}

/// How the text hedged a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    Exact,
    /// "at least 11", "no fewer than 11"
    AtLeast,
    /// "more than 2,400", "over 30"
    MoreThan,
    /// "up to 15", "nearly 30", "as many as 40"
    AtMost,
    /// "fewer than 10", "under 5"
    LessThan,
    /// "about 200", "around 15", "some 300", "a dozen"
    About,
    /// Plural number words with no figure: "dozens", "hundreds", "several"; `low`..`high`
    /// give the span the word allows.
    Indefinite,
}

/// What a number counts. What happened to those counted (killed, injured…) wins over who
/// they were, which is kept in the mention's `noun`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CountKind {
    Killed,
    Injured,
    Displaced,
    Arrested,
    Missing,
    Soldiers,
    SecurityPersonnel,
    Militants,
    Civilians,
    People,
    /// A sum of money; the mention's `noun` is the currency.
    Money,
    Percent,
    /// Some other noun followed the number; the mention's `noun` names it.
    Other,
    Unknown,
}

/// A quotation (direct or reported) with its speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotationMention {
    /// The quoted or reported words.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The speaker as written, with its byte range.
    pub speaker_text: Option<String>,
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    /// The entity the speaker links to, when one does.
    pub speaker: Option<String>,
    pub verb: Option<String>,
    pub direct: bool,
    /// Index of the sentence where the quoted words begin in [`Article::sentences`].
    pub sentence: usize,
}

/// A warning about one input (or one item of a container input).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub source: String,
    pub message: String,
}

impl Warning {
    pub fn new(source: impl Into<String>, message: impl Into<String>) -> Self {
        Warning {
            source: source.into(),
            message: message.into(),
        }
    }
}

/// An entity of the knowledge base (or one found only in text) that some mention links to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id, e.g. a Wikidata id ("Q843") or a project id ("sitrep:ttp").
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// ISO 3166-1 alpha-2 code of the state the entity belongs to or lies in.
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    State,
    ArmedGroup,
    Organization,
    Person,
    Place,
    Igo,
    Other,
}

mod events;
mod removal;
mod stories;
pub use events::*;
pub use removal::RemovalReason;
pub use stories::*;

/// Write a unit enum value under its serde (JSON) name: "at_least", "security_personnel".
macro_rules! display_as_json_name {
    ($($name:ty),*) => {$(
        impl std::fmt::Display for $name {
            fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match serde_json::to_value(self) {
                    Ok(serde_json::Value::String(name)) => formatter.write_str(&name),
                    _ => write!(formatter, "{self:?}"),
                }
            }
        }
    )*};
}

display_as_json_name!(
    LinkVia,
    DatePrecision,
    Approx,
    CountKind,
    ParagraphKind,
    EntityKind,
    PloverEvent,
    QuadClass,
    Sector,
    GeoPrecision,
    Modality,
    CopyKind,
    ClaimKind,
    ClaimSubject
);

/// The whole output of `sitrep analyze`: the public JSON contract.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub articles: Vec<Article>,
    pub entities: Vec<Entity>,
    /// Coded events, per article (C5).
    pub events: Vec<Event>,
    /// Stories across articles (C6, C8).
    pub stories: Vec<Story>,
    pub warnings: Vec<Warning>,
}

/// Lay paragraphs out into the article's cleaned text: set `text`, each paragraph's byte range,
/// `word_count`, `read_minutes` and the content-hash `id`. Every stage that builds an article
/// from paragraphs ends with this, so offsets mean the same thing everywhere.
pub fn finish_article(article: &mut Article) {
    let mut text = String::new();
    for paragraph in &mut article.paragraphs {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        paragraph.start = text.len();
        text.push_str(&paragraph.text);
        paragraph.end = text.len();
    }
    article.word_count = count_words(&text);
    article.read_minutes = read_minutes(article.word_count);
    article.id = article_id(&text);
    article.text = text;
}

/// A paragraph not yet laid out: [`finish_article`] fills in its byte range.
pub fn paragraph(kind: ParagraphKind, text: impl Into<String>) -> Paragraph {
    Paragraph {
        kind,
        text: text.into(),
        start: 0,
        end: 0,
    }
}

/// Stable content-hash id for an article: the first 16 hex digits of SHA-256 over the cleaned
/// text, so the same content read from two files (or twice) is one article.
pub fn article_id(cleaned_text: &str) -> String {
    let digest = Sha256::digest(cleaned_text.as_bytes());
    digest
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Host of an absolute http(s) URL, lower-cased, without user info, port or a leading
/// "www.": the outlet's domain. `None` for other schemes and hosts without a dot. The one
/// URL-domain function every stage uses.
pub fn domain_of_url(url: &str) -> Option<String> {
    let url = url.trim();
    let scheme_end = url.find("://")?;
    if !matches!(
        url[..scheme_end].to_ascii_lowercase().as_str(),
        "http" | "https"
    ) {
        return None;
    }
    let rest = &url[scheme_end + 3..];
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = host.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    host.contains('.').then_some(host)
}

/// The entries of a word-list data file as every crate's lexicons are written: one entry a
/// line, trimmed, `#` comments and blank lines skipped. The one reader of that shape.
pub fn word_list_entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// The byte ranges of the words of `text`: runs of letters and digits, joined across one
/// hyphen or apostrophe that stands between two of them ("cross-border", "don't", "Pakistan’s").
/// The one word splitter of the stages that read words for their meaning (cards, stories);
/// stages that need other tokens keep their own and say why (see ARCHITECTURE.md).
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let is_joiner = |c: char| matches!(c, '-' | '\'' | '’' | '‐' | '‑');
    let mut spans = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, character)) = chars.next() {
        if !character.is_alphanumeric() {
            continue;
        }
        let mut end = start + character.len_utf8();
        while let Some(&(index, next)) = chars.peek() {
            let joins = is_joiner(next)
                && text[index + next.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if next.is_alphanumeric() || joins {
                end = index + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        spans.push((start, end));
    }
    spans
}

/// A card passage in quotation marks, once. A passage that opens or closes on a quotation mark
/// of its own (a quotation shown with its speaker: `"We will respond," he said.`) is shown as
/// written: marks around it would double them (`“"We will respond," he said.”`).
pub fn quoted_passage(text: &str) -> String {
    let is_mark = |c: char| matches!(c, '"' | '“' | '”' | '„' | '«' | '»');
    let trimmed = text.trim();
    if trimmed.starts_with(is_mark) || trimmed.ends_with(is_mark) {
        trimmed.to_owned()
    } else {
        format!("“{trimmed}”")
    }
}

/// Words per minute used for read time (C3: "words ÷ 230 per minute, rounded up, at least 1").
pub const WORDS_PER_MINUTE: usize = 230;

/// Read time in whole minutes for a word count: rounded up, at least one minute.
pub fn read_minutes(word_count: usize) -> usize {
    word_count.div_ceil(WORDS_PER_MINUTE).max(1)
}

/// Count words the way read time and the card do: runs of characters holding a letter or digit.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_join_across_inner_hyphens_and_apostrophes_only() {
        let text = "Cross-border talks don't end — Pakistan’s envoy-, 2025's ‐x";
        let words: Vec<&str> = word_spans(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(
            words,
            [
                "Cross-border",
                "talks",
                "don't",
                "end",
                "Pakistan’s",
                "envoy",
                "2025's",
                "x"
            ]
        );
    }

    #[test]
    fn an_event_date_is_labelled_as_finely_as_it_was_given() {
        let date = |start: &str, end: &str, precision| EventDate {
            start: Some(start.to_string()),
            end: Some(end.to_string()),
            precision: Some(precision),
            text: None,
        };
        let year = date("2025-01-01", "2025-12-31", DatePrecision::Year);
        assert_eq!(year.label().as_deref(), Some("2025"));
        let month = date("2025-10-01", "2025-10-31", DatePrecision::Month);
        assert_eq!(month.label().as_deref(), Some("2025-10"));
        let week = date("2025-10-06", "2025-10-12", DatePrecision::Week);
        assert_eq!(week.label().as_deref(), Some("2025-10-06/2025-10-12"));
        let day = date("2025-10-12", "2025-10-12", DatePrecision::Day);
        assert_eq!(day.label().as_deref(), Some("2025-10-12"));
    }

    #[test]
    fn a_passage_is_quoted_once() {
        assert_eq!(quoted_passage("Talks resume."), "“Talks resume.”");
        let quotation = "“We will respond,” he said.";
        assert_eq!(quoted_passage(quotation), quotation);
        assert_eq!(quoted_passage(" \"Enough.\" "), "\"Enough.\"");
    }

    #[test]
    fn read_time_rounds_up_and_is_never_zero() {
        assert_eq!(read_minutes(0), 1);
        assert_eq!(read_minutes(230), 1);
        assert_eq!(read_minutes(231), 2);
    }

    #[test]
    fn article_id_depends_only_on_content() {
        assert_eq!(article_id("a b"), article_id("a b"));
        assert_ne!(article_id("a b"), article_id("a c"));
        assert_eq!(article_id("x").len(), 16);
    }

    #[test]
    fn finished_paragraph_offsets_index_the_text() {
        let mut article = Article {
            paragraphs: vec![
                paragraph(ParagraphKind::Heading, "Title"),
                paragraph(ParagraphKind::Body, "Body text."),
            ],
            ..Article::default()
        };
        finish_article(&mut article);
        assert_eq!(article.text, "Title\n\nBody text.");
        let body = &article.paragraphs[1];
        assert_eq!(&article.text[body.start..body.end], "Body text.");
        assert_eq!(article.word_count, 3);
    }

    #[test]
    fn url_domains_drop_scheme_user_port_and_www() {
        let check = |url: &str, expected: Option<&str>| {
            assert_eq!(domain_of_url(url).as_deref(), expected, "{url}");
        };
        check("https://www.Dawn.com/news/1", Some("dawn.com"));
        check("HTTP://user@example.org:8080/a?b#c", Some("example.org"));
        check("ftp://example.org/", None);
        check("http://localhost/", None);
        check("dawn.com/news", None);
    }

    #[test]
    fn words_ignore_lone_punctuation() {
        assert_eq!(count_words("Hello , world — 2025 !"), 3);
    }
}
