//! Dates, quantities and quotations of an article in the contract's shape, with each
//! quotation's speaker linked to the mention it names.

use model::{DateMention, Mention, QuantityMention, QuotationMention};

pub fn facts(
    text: &str,
    published: Option<&str>,
    mentions: &[Mention],
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
            precision: mention
                .value
                .map(|period| precision_word(period.precision).to_string()),
            relative: mention.relative,
        })
        .collect();
    let quantities = facts::quantities(text)
        .into_iter()
        .map(|quantity| {
            let (counts, noun) = match &quantity.counts {
                facts::Counts::Money { currency } => ("money".to_string(), Some(currency.clone())),
                facts::Counts::Other(noun) => ("other".to_string(), Some(noun.clone())),
                other => (snake_case(other), quantity.noun.clone()),
            };
            QuantityMention {
                text: quantity.text,
                start: quantity.start,
                end: quantity.end,
                low: quantity.low,
                high: quantity.high,
                approx: snake_case(&quantity.approx),
                counts,
                noun,
            }
        })
        .collect();
    let quotations = facts::quotations(text)
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

fn precision_word(precision: facts::Precision) -> &'static str {
    match precision {
        facts::Precision::Day => "day",
        facts::Precision::Week => "week",
        facts::Precision::Month => "month",
        facts::Precision::Quarter => "quarter",
        facts::Precision::Season => "season",
        facts::Precision::Year => "year",
        facts::Precision::Decade => "decade",
        facts::Precision::Century => "century",
        facts::Precision::Range => "range",
    }
}

/// The serde name of a unit-like enum value ("at_least", "security_personnel").
fn snake_case<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => "unknown".to_string(),
    }
}
