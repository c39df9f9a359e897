//! Why a cleaner dropped a line or block: the closed set of `removed[].why` values.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The reason kept with a removed line or block. In JSON it is the phrase [`Self::as_str`]
/// gives (the contract's `removed[].why`), so a reader needs no code table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RemovalReason {
    // Page regions named by the HTML extractor's cues (extract/data/boilerplate_cues.tsv).
    Ad,
    Byline,
    Comments,
    CookiePrompt,
    Footer,
    Form,
    Header,
    Hidden,
    Metadata,
    Navigation,
    NewsletterPrompt,
    Popup,
    RelatedLinks,
    ShareBar,
    Sidebar,
    Tags,
    // The HTML extractor's own decisions.
    OutsideMainContent,
    LinkList,
    Title,
    HeadingWithoutText,
    /// Past the extractor's cap on listed blocks; the entry's text counts what else went.
    TooManyBlocks,
    // Lines of already-scraped text (the text cleaner's rules and zones).
    AfterTheArticle,
    Breadcrumb,
    CreditLine,
    DataWidget,
    Dateline,
    HeaderChrome,
    MarkupResidue,
    NoWords,
    OutletName,
    OutsideTheMainText,
    PublisherLine,
    PullQuoteRepeated,
    ReadTime,
    RepeatedLine,
    RepeatsTheTitle,
    SourceAttribution,
    SubtitleKept,
    TagList,
    TitleKept,
    // Cues of chrome lines in any text (text/data/chrome_cues.tsv) not named above.
    Advertisement,
    AppPrompt,
    Disclaimer,
    MediaPlayer,
    RatingWidget,
    Subscription,
    // The engine.
    /// Past the article text limit; the entry's text counts what else went.
    ArticleTextLimit,
    /// The input held the document only in part (a cut archive or stream).
    PartialInput,
}

impl RemovalReason {
    /// Every reason, for tables and tests.
    pub const ALL: [RemovalReason; 48] = [
        Self::Ad,
        Self::Byline,
        Self::Comments,
        Self::CookiePrompt,
        Self::Footer,
        Self::Form,
        Self::Header,
        Self::Hidden,
        Self::Metadata,
        Self::Navigation,
        Self::NewsletterPrompt,
        Self::Popup,
        Self::RelatedLinks,
        Self::ShareBar,
        Self::Sidebar,
        Self::Tags,
        Self::OutsideMainContent,
        Self::LinkList,
        Self::Title,
        Self::HeadingWithoutText,
        Self::TooManyBlocks,
        Self::AfterTheArticle,
        Self::Breadcrumb,
        Self::CreditLine,
        Self::DataWidget,
        Self::Dateline,
        Self::HeaderChrome,
        Self::MarkupResidue,
        Self::NoWords,
        Self::OutletName,
        Self::OutsideTheMainText,
        Self::PublisherLine,
        Self::PullQuoteRepeated,
        Self::ReadTime,
        Self::RepeatedLine,
        Self::RepeatsTheTitle,
        Self::SourceAttribution,
        Self::SubtitleKept,
        Self::TagList,
        Self::TitleKept,
        Self::Advertisement,
        Self::AppPrompt,
        Self::Disclaimer,
        Self::MediaPlayer,
        Self::RatingWidget,
        Self::Subscription,
        Self::ArticleTextLimit,
        Self::PartialInput,
    ];

    /// The reason as the JSON contract spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ad => "ad",
            Self::Byline => "byline",
            Self::Comments => "comments",
            Self::CookiePrompt => "cookie prompt",
            Self::Footer => "footer",
            Self::Form => "form",
            Self::Header => "header",
            Self::Hidden => "hidden",
            Self::Metadata => "metadata",
            Self::Navigation => "navigation",
            Self::NewsletterPrompt => "newsletter prompt",
            Self::Popup => "popup",
            Self::RelatedLinks => "related links",
            Self::ShareBar => "share bar",
            Self::Sidebar => "sidebar",
            Self::Tags => "tags",
            Self::OutsideMainContent => "outside main content",
            Self::LinkList => "link list",
            Self::Title => "title",
            Self::HeadingWithoutText => "heading without text",
            Self::TooManyBlocks => "more than 400 blocks removed",
            Self::AfterTheArticle => "after the article (related links, footer)",
            Self::Breadcrumb => "breadcrumb",
            Self::CreditLine => "credit line",
            Self::DataWidget => "data widget",
            Self::Dateline => "dateline",
            Self::HeaderChrome => "header chrome",
            Self::MarkupResidue => "markup residue",
            Self::NoWords => "no words",
            Self::OutletName => "outlet name",
            Self::OutsideTheMainText => "outside the main text",
            Self::PublisherLine => "publisher line",
            Self::PullQuoteRepeated => "pull-quote repeated in the body",
            Self::ReadTime => "read time",
            Self::RepeatedLine => "repeated line (kept once)",
            Self::RepeatsTheTitle => "repeats the title",
            Self::SourceAttribution => "source attribution",
            Self::SubtitleKept => "subtitle (kept in `subtitle`)",
            Self::TagList => "tag list",
            Self::TitleKept => "title (kept in `title`)",
            Self::Advertisement => "advertisement",
            Self::AppPrompt => "app prompt",
            Self::Disclaimer => "disclaimer",
            Self::MediaPlayer => "media player",
            Self::RatingWidget => "rating widget",
            Self::Subscription => "subscription",
            Self::ArticleTextLimit => "past the 1024 KB article text limit",
            Self::PartialInput => {
                "not in the input: it is cut or damaged there, so this article is partial"
            }
        }
    }

    /// The reason a phrase names (data files spell reasons as the JSON does).
    pub fn from_name(name: &str) -> Option<RemovalReason> {
        Self::ALL.into_iter().find(|reason| reason.as_str() == name)
    }
}

impl std::fmt::Display for RemovalReason {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

impl Serialize for RemovalReason {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RemovalReason {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Self::from_name(&name)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown removal reason {name:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::RemovalReason;

    #[test]
    fn every_reason_has_its_own_phrase_and_reads_back() {
        let mut phrases: Vec<&str> = RemovalReason::ALL.iter().map(|r| r.as_str()).collect();
        phrases.sort_unstable();
        phrases.dedup();
        assert_eq!(phrases.len(), RemovalReason::ALL.len());
        for reason in RemovalReason::ALL {
            assert_eq!(RemovalReason::from_name(reason.as_str()), Some(reason));
            let json = serde_json::to_string(&reason).unwrap();
            assert_eq!(
                serde_json::from_str::<RemovalReason>(&json).unwrap(),
                reason
            );
        }
    }
}
