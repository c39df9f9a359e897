//! Properties every card has, for generated articles: summary length, verbatim offsets,
//! read time, and the number and shape of hashtags.

use model::{finish_article, paragraph, Article, ParagraphKind};
use proptest::prelude::*;

/// Words that make news-like sentences: function words, content words, names, figures.
const VOCABULARY: &[&str] = &[
    "the",
    "a",
    "of",
    "in",
    "and",
    "to",
    "on",
    "was",
    "were",
    "said",
    "they",
    "it",
    "this",
    "after",
    "with",
    "for",
    "river",
    "bridge",
    "council",
    "election",
    "budget",
    "strike",
    "workers",
    "harbour",
    "drought",
    "wheat",
    "prices",
    "minister",
    "protest",
    "court",
    "ruling",
    "ceasefire",
    "border",
    "troops",
    "refugees",
    "vaccine",
    "hospital",
    "railway",
    "tunnel",
    "satellite",
    "launch",
    "festival",
    "museum",
    "painting",
    "storm",
    "flood",
    "rescue",
    "Valmora",
    "Corvel",
    "Ines",
    "Maro",
    "Ostrava",
    "Lumenic",
    "UN",
    "2024",
    "23",
    "1,800",
    "3.5",
    "cross-border",
    "solid-state",
    "Kabul's",
    "—",
    "(",
    ")",
    "\"",
    "café",
    "Zürich",
];

fn sentence() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(VOCABULARY), 2..28),
        prop::sample::select(&[".", "!", "?", "", ".\""][..]),
    )
        .prop_map(|(words, end)| {
            let mut sentence = words.join(" ");
            if let Some(first) = sentence.get(..1) {
                let upper = first.to_uppercase();
                sentence.replace_range(..1, &upper);
            }
            sentence.push_str(end);
            sentence
        })
}

fn paragraph_strategy() -> impl Strategy<Value = (ParagraphKind, String)> {
    let kind = prop::sample::select(
        &[
            ParagraphKind::Body,
            ParagraphKind::Body,
            ParagraphKind::Body,
            ParagraphKind::Quote,
            ParagraphKind::Heading,
            ParagraphKind::Caption,
            ParagraphKind::List,
        ][..],
    );
    (kind, prop::collection::vec(sentence(), 1..6))
        .prop_map(|(kind, sentences)| (kind, sentences.join(" ")))
}

fn article_strategy() -> impl Strategy<Value = Article> {
    (
        prop::option::of("[A-Za-z ]{0,40}"),
        prop::collection::vec(paragraph_strategy(), 0..12),
    )
        .prop_map(|(title, paragraphs)| {
            let mut article = Article {
                title,
                paragraphs: paragraphs
                    .into_iter()
                    .map(|(kind, text)| paragraph(kind, text))
                    .collect(),
                ..Article::default()
            };
            finish_article(&mut article);
            article
        })
}

/// Any text at all, as one body paragraph: the card must not panic on it.
fn messy_article_strategy() -> impl Strategy<Value = Article> {
    prop::collection::vec(any::<String>(), 0..4).prop_map(|texts| {
        let mut article = Article {
            paragraphs: texts
                .into_iter()
                .map(|text| paragraph(ParagraphKind::Body, text))
                .collect(),
            ..Article::default()
        };
        finish_article(&mut article);
        article
    })
}

fn assert_card_properties(article: &Article) {
    let card = card::card(article);
    assert!(
        model::count_words(&card.summary) <= card::SUMMARY_MAX_WORDS,
        "summary too long: {}",
        card.summary
    );
    for passage in card.quotes.iter().chain(&card.summary_sentences) {
        assert_eq!(
            article.text.get(passage.start..passage.end),
            Some(passage.text.as_str())
        );
    }
    let joined = card
        .summary_sentences
        .iter()
        .map(|passage| passage.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(card.summary, joined);
    assert_eq!(
        card.read_time,
        format!("{} min read", model::read_minutes(article.word_count))
    );
    assert!(card.quotes.len() <= card::QUOTE_COUNT);
    assert!(card.hashtags.len() <= 6, "{:?}", card.hashtags);
    if article.word_count >= 150 {
        assert!(
            card.hashtags.len() >= 3,
            "{} words, {:?}",
            article.word_count,
            card.hashtags
        );
    }
    let shape = regex::Regex::new("^#[a-z0-9]+(-[a-z0-9]+)*$").expect("valid pattern");
    for tag in &card.hashtags {
        assert!(shape.is_match(tag), "{tag}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn cards_of_generated_articles_keep_their_promises(article in article_strategy()) {
        assert_card_properties(&article);
    }

    #[test]
    fn cards_of_arbitrary_text_keep_their_promises(article in messy_article_strategy()) {
        assert_card_properties(&article);
    }
}
