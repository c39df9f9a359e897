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
    let quotations = facts::quotations(text, sentences)
        .into_iter()
        .map(|quotation| {
            let speaker = quotation.speaker_text.and_then(|(start, end)| {
                let named = mentions
                    .iter()
                    .filter(|mention| mention.start < end && start < mention.end)
                    .max_by_key(|mention| mention.end - mention.start)
                    .and_then(|mention| mention.entity.clone());
                named.or_else(|| pronoun_speaker(&text[start..end], start, mentions))
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

/// How far back (in bytes) "he" or "she" looks for the person it stands for.
const PRONOUN_WINDOW: usize = 400;

/// "he said" / "she told reporters": the person named most recently before, when one is named
/// within a few sentences.
fn pronoun_speaker(speaker: &str, start: usize, mentions: &[Mention]) -> Option<String> {
    if !matches!(speaker.to_lowercase().as_str(), "he" | "she") {
        return None;
    }
    mentions
        .iter()
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
