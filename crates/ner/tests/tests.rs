//! Behaviour of the default NER model on short sentences written for these tests, the
//! tokeniser on arbitrary text, and the committed model file.

use ner::{spans, EntitySpan, Kind, Tagger};
use proptest::prelude::*;

/// Tag `text` with the default model and compare the names found, as (text, kind) pairs.
fn check(text: &str, expected: &[(&str, Kind)]) {
    let found: Vec<(&str, Kind)> = spans(text)
        .iter()
        .map(|span| (&text[span.start..span.end], span.kind))
        .collect();
    assert_eq!(found, expected, "names in {text:?}");
}

#[test]
fn finds_people_places_and_organisations() {
    check(
        "Prime Minister Shehbaz Sharif flew to Kabul on Monday.",
        &[("Shehbaz Sharif", Kind::Per), ("Kabul", Kind::Loc)],
    );
    check(
        "The United Nations said the talks in Doha had failed.",
        &[("United Nations", Kind::Org), ("Doha", Kind::Loc)],
    );
    check(
        "Microsoft shares rose 3 percent in New York trading.",
        &[("Microsoft", Kind::Org), ("New York", Kind::Loc)],
    );
}

#[test]
fn finds_nationalities_as_misc() {
    check(
        "Afghan and Pakistani officials met in Istanbul.",
        &[
            ("Afghan", Kind::Misc),
            ("Pakistani", Kind::Misc),
            ("Istanbul", Kind::Loc),
        ],
    );
}

#[test]
fn title_case_headlines_do_not_make_every_word_a_name() {
    check(
        "Rebels Seize Town as Peace Talks Stall in Geneva",
        &[("Geneva", Kind::Loc)],
    );
    check("Floods Hit Southern Towns After Heavy Rain", &[]);
}

#[test]
fn a_surname_alone_is_the_person_named_earlier_in_the_text() {
    check(
        "Anna Kowalski joined Siemens in 2019. Kowalski now runs its office in Warsaw.",
        &[
            ("Anna Kowalski", Kind::Per),
            ("Siemens", Kind::Org),
            ("Kowalski", Kind::Per),
            ("Warsaw", Kind::Loc),
        ],
    );
}

#[test]
fn possessives_stay_outside_the_name() {
    check(
        "Pakistan's army chief spoke to reporters.",
        &[("Pakistan", Kind::Loc)],
    );
}

#[test]
fn typographic_quotes_and_dashes_read_like_plain_ones() {
    check(
        "“We will respond,” said Khawaja Asif, Pakistan’s defence minister—speaking in Islamabad.",
        &[
            ("Khawaja Asif", Kind::Per),
            ("Pakistan", Kind::Loc),
            ("Islamabad", Kind::Loc),
        ],
    );
}

#[test]
fn plain_lowercase_text_has_no_names() {
    check("the cat sat on the mat and slept all day.", &[]);
    check("", &[]);
}

#[test]
fn offsets_count_from_the_start_of_the_text_across_sentences() {
    let text = "Rain fell.\n\nJohn Smith arrived in London.";
    let found = spans(text);
    assert_eq!(
        found,
        vec![
            EntitySpan {
                start: 12,
                end: 22,
                kind: Kind::Per
            },
            EntitySpan {
                start: 34,
                end: 40,
                kind: Kind::Loc
            }
        ]
    );
}

#[test]
fn the_committed_model_loads_and_round_trips() {
    let tagger = Tagger::load_default();
    assert!(
        tagger.feature_count() > 10_000,
        "{}",
        tagger.feature_count()
    );
    let reloaded = ner::decode(&ner::encode(&tagger)).expect("re-encoded model decodes");
    let tokens = ["Germany", "beat", "Brazil", "in", "Paris", "."];
    assert_eq!(ner::tag(&reloaded, &tokens), ner::tag(&tagger, &tokens));
    assert!(ner::decode(b"not a model").is_err());
}

proptest! {
    #[test]
    fn spans_never_panic_and_stay_on_char_boundaries(text in "\\PC{0,200}") {
        let mut previous_end = 0;
        for span in spans(&text) {
            prop_assert!(span.start < span.end);
            prop_assert!(span.end <= text.len());
            prop_assert!(text.is_char_boundary(span.start));
            prop_assert!(text.is_char_boundary(span.end));
            prop_assert!(span.start >= previous_end, "spans overlap or go backwards");
            previous_end = span.end;
        }
    }

    #[test]
    fn tokens_cover_every_non_space_character(text in "[A-Za-z'’.,\"() \\-]{0,80}") {
        let tokens = ner::tokenize(&text);
        let joined: String = tokens.iter().map(|token| &text[token.start..token.end]).collect();
        let without_space: String = text.chars().filter(|character| !character.is_whitespace()).collect();
        prop_assert_eq!(joined, without_space);
    }
}

mod plain_text {
    use ner::plain_text::{is_one_token_per_line, tag_text};
    use ner::{Kind, Tag};

    fn check_format(input: &str, expected_conll: bool) {
        assert_eq!(is_one_token_per_line(input), expected_conll, "{input:?}");
    }

    #[test]
    fn conll_is_one_token_per_line_with_or_without_tag_columns() {
        check_format("EU\nrejects\nGerman\ncall\n.\n\nPeter\nBlackburn\n", true);
        check_format(
            "-DOCSTART- -X- O O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n",
            true,
        );
        check_format("Paris B-LOC\nis O\n", true);
        check_format("", true);
        check_format("A sentence.\n", false);
        check_format("EU\nrejects the German call.\n", false);
    }

    /// The tokens of `text` and the kind of name each is part of ("-" outside names).
    fn check_tags(text: &str, expected: &[(&str, &str)]) {
        let sentences = tag_text(ner::default_tagger(), text);
        let tagged: Vec<(&str, String)> = sentences
            .iter()
            .flatten()
            .map(|token| {
                let kind = token.tag.kind().map_or("-", Kind::name).to_string();
                (&text[token.start..token.end], kind)
            })
            .collect();
        let expected: Vec<(&str, String)> = expected
            .iter()
            .map(|(token, kind)| (*token, kind.to_string()))
            .collect();
        assert_eq!(tagged, expected);
    }

    #[test]
    fn plain_text_is_tokenised_and_tagged_as_a_document() {
        check_tags(
            "Angela Merkel visited Paris on Monday.",
            &[
                ("Angela", "PER"),
                ("Merkel", "PER"),
                ("visited", "-"),
                ("Paris", "LOC"),
                ("on", "-"),
                ("Monday", "-"),
                (".", "-"),
            ],
        );
        let sentences = tag_text(
            ner::default_tagger(),
            "The talks ended. Officials in Kabul said so.\n",
        );
        assert_eq!(sentences.len(), 2);
        assert_eq!(sentences[1][0].tag, Tag::Outside);
    }
}
