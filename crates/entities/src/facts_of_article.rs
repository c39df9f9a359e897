//! Dates, quantities and quotations of an article in the contract's shape, with each
//! quotation's speaker linked to the mention it names.

use model::{
    sentence_index_at, CountKind, DateMention, Mention, QuantityMention, QuotationMention, Sentence,
};

pub fn facts(
    text: &str,
    sentences: &[Sentence],
    published: Option<&str>,
    mentions: &[Mention],
    kb: &kb::KnowledgeBase,
) -> (
    Vec<DateMention>,
    Vec<QuantityMention>,
    Vec<QuotationMention>,
) {
    let published_day = published
        .and_then(|value| value.get(..10))
        .and_then(|day| chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok());
    let dates = facts::dates(text, published_day)
        .into_iter()
        .map(|mention| DateMention {
            text: mention.text,
            start: mention.start,
            end: mention.end,
            value: mention.value.map(|period| period.iso()),
            first_day: mention.value.map(|period| period.start.to_string()),
            last_day: mention.value.map(|period| period.end.to_string()),
            precision: mention.value.map(|period| period.precision),
            relative: mention.relative,
            sentence: sentence_index_at(sentences, mention.start),
        })
        .collect();
    let is_demonym = |word: &str| !kb.demonym_states(word).is_empty();
    let quantities = facts::quantities_with_demonyms(text, &is_demonym)
        .into_iter()
        .map(|quantity| {
            let (counts, noun) = match &quantity.counts {
                facts::Counts::Money { currency } => (CountKind::Money, Some(currency.clone())),
                facts::Counts::Other(noun) => (CountKind::Other, Some(noun.clone())),
                other => (count_kind(other), quantity.noun.clone()),
            };
            QuantityMention {
                text: quantity.text,
                start: quantity.start,
                end: quantity.end,
                low: quantity.low,
                high: quantity.high,
                approx: quantity.approx,
                counts,
                noun,
                sentence: sentence_index_at(sentences, quantity.start),
            }
        })
        .collect();
    // The person in focus: the named person speaker of the last quotation, who "he said"
    // and "she added" stand for while no other speaker has been named.
    let mut in_focus: Option<(String, usize)> = None;
    let quotations = facts::quotations(text, sentences)
        .into_iter()
        .map(|quotation| {
            let speaker = quotation.speaker_text.and_then(|(start, end)| {
                let named = speaker_mention(text, mentions_within(mentions, start, end)).and_then(
                    |mention| {
                        if mention.kind == Some(model::EntityKind::Person) {
                            in_focus = mention.entity.clone().map(|entity| (entity, end));
                        }
                        mention.entity.clone()
                    },
                );
                named.or_else(|| {
                    pronoun_speaker(&text[start..end], start, mentions, in_focus.as_ref())
                })
            });
            QuotationMention {
                text: text[quotation.quote_start..quotation.quote_end].to_string(),
                start: quotation.quote_start,
                end: quotation.quote_end,
                speaker_text: quotation
                    .speaker_text
                    .map(|(start, end)| text[start..end].to_string()),
                speaker_start: quotation.speaker_text.map(|(start, _)| start),
                speaker_end: quotation.speaker_text.map(|(_, end)| end),
                speaker,
                verb: quotation.verb,
                direct: quotation.direct,
                sentence: sentence_index_at(sentences, quotation.quote_start),
            }
        })
        .collect();
    (dates, quantities, quotations)
}

/// The mention a speaker phrase names: a person named in it ("Italian foreign minister Franco
/// Frattini") before a longer role phrase that acts for a state, else the longest mention. A
/// person in the possessive is not the speaker ("Mr Cameron's spokesman" is not Mr Cameron);
/// a state or organisation in the possessive still is ("Pakistan's foreign office").
fn speaker_mention<'m>(text: &str, within: &'m [Mention]) -> Option<&'m Mention> {
    let is_person = |mention: &Mention| mention.kind == Some(model::EntityKind::Person);
    let possessive = |mention: &Mention| {
        let after = &text[mention.end..];
        after.starts_with("'s") || after.starts_with("’s")
    };
    within
        .iter()
        .filter(|mention| !(is_person(mention) && possessive(mention)))
        .max_by_key(|mention| (is_person(mention), mention.end - mention.start))
}

/// How far back (in bytes) "he" or "she" looks for the person it stands for when no speaker is
/// in focus.
const PRONOUN_WINDOW: usize = 400;

/// How far back (in bytes) the last named speaker stays in focus for "he said": longer keeps a
/// speaker through a long quoted passage, shorter falls back sooner to the last person named.
const FOCUS_WINDOW: usize = 1_500;

/// The mentions overlapping `start..end` (`mentions` sorted by start; a binary search, not a
/// scan of the article's mentions).
fn mentions_within(mentions: &[Mention], start: usize, end: usize) -> &[Mention] {
    let first = mentions.partition_point(|mention| mention.end <= start);
    let last = mentions.partition_point(|mention| mention.start < end);
    if first < last {
        &mentions[first..last]
    } else {
        &[]
    }
}

/// "he said" / "she told reporters": the speaker in focus (the person who last spoke, named,
/// within [`FOCUS_WINDOW`]), else the person named most recently before within a few
/// sentences. The person spoken about is not the speaker: "Okafor criticised the president.
/// 'It is a failure,' he said" is Okafor's.
fn pronoun_speaker(
    speaker: &str,
    start: usize,
    mentions: &[Mention],
    in_focus: Option<&(String, usize)>,
) -> Option<String> {
    if !matches!(speaker.to_lowercase().as_str(), "he" | "she") {
        return None;
    }
    if let Some((entity, said_at)) = in_focus {
        if said_at + FOCUS_WINDOW >= start {
            return Some(entity.clone());
        }
    }
    let before = mentions.partition_point(|mention| mention.start < start);
    mentions[..before]
        .iter()
        .rev()
        .take_while(|mention| mention.end + PRONOUN_WINDOW * 4 >= start)
        .filter(|mention| {
            mention.kind == Some(model::EntityKind::Person)
                && mention.end <= start
                && mention.end + PRONOUN_WINDOW >= start
        })
        .max_by_key(|mention| mention.end)
        .and_then(|mention| mention.entity.clone())
}

/// The contract's count kind for a quantity's (data-free) count.
fn count_kind(counts: &facts::Counts) -> CountKind {
    match counts {
        facts::Counts::Killed => CountKind::Killed,
        facts::Counts::Injured => CountKind::Injured,
        facts::Counts::Displaced => CountKind::Displaced,
        facts::Counts::Arrested => CountKind::Arrested,
        facts::Counts::Missing => CountKind::Missing,
        facts::Counts::Soldiers => CountKind::Soldiers,
        facts::Counts::SecurityPersonnel => CountKind::SecurityPersonnel,
        facts::Counts::Militants => CountKind::Militants,
        facts::Counts::Civilians => CountKind::Civilians,
        facts::Counts::People => CountKind::People,
        facts::Counts::Money { .. } => CountKind::Money,
        facts::Counts::Percent => CountKind::Percent,
        facts::Counts::Other(_) => CountKind::Other,
        facts::Counts::Unknown => CountKind::Unknown,
    }
}
