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
    // and "she added" stand for while no other person has since been the subject of a clause.
    let mut in_focus: Option<(String, usize)> = None;
    let found = facts::quotations(text, sentences);
    // Words inside quotation marks are the speaker's, not the narrative's: a person named
    // there ("any Falasha family can…") is never who "he" stands for.
    let quoted: Vec<(usize, usize)> = found
        .iter()
        .filter(|quotation| quotation.direct)
        .map(|quotation| (quotation.quote_start, quotation.quote_end))
        .collect();
    let quotations = found
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
                    let resolved =
                        pronoun_speaker(text, start, end, mentions, in_focus.as_ref(), &quoted)?;
                    in_focus = Some((resolved.clone(), end));
                    Some(resolved)
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

/// How far back (in bytes) a person who is the subject of a clause can be who "he said"
/// stands for.
const SUBJECT_WINDOW: usize = 600;

/// "he said" / "she told reporters": the person who was last the subject of a clause outside
/// quotation marks ("… as a tired Petra Holm walked out. “I did not sleep at all,”
/// she said"), when that came after the speaker in focus spoke; else the speaker in focus (the
/// person who last spoke, named, within [`FOCUS_WINDOW`]); else the person named most recently
/// before within a few sentences who is not in an object's place. The person spoken about or
/// spoken to is not the speaker: "Okafor criticised the president. 'It is a failure,' he said"
/// is Okafor's, and "The minister was asked by opposition leader Karl Vogt … He replied:" is not
/// Vogt's.
fn pronoun_speaker(
    text: &str,
    start: usize,
    end: usize,
    mentions: &[Mention],
    in_focus: Option<&(String, usize)>,
    quoted: &[(usize, usize)],
) -> Option<String> {
    if !matches!(text[start..end].to_lowercase().as_str(), "he" | "she") {
        return None;
    }
    let inside_quote = |mention: &Mention| {
        quoted
            .iter()
            .any(|&(open, close)| open <= mention.start && mention.end <= close)
    };
    let before = mentions.partition_point(|mention| mention.start < start);
    let people_before = || {
        mentions[..before]
            .iter()
            .rev()
            .take_while(move |mention| mention.end + SUBJECT_WINDOW * 4 >= start)
            .filter(|mention| {
                mention.kind == Some(model::EntityKind::Person)
                    && mention.end <= start
                    && !inside_quote(mention)
            })
    };
    let focus = in_focus.filter(|(_, said_at)| said_at + FOCUS_WINDOW >= start);
    let subject = people_before()
        .filter(|mention| mention.end + SUBJECT_WINDOW >= start)
        .find(|mention| is_subject(text, mention));
    match (subject, focus) {
        (Some(subject), Some((_, said_at))) if subject.start > *said_at => {
            return subject.entity.clone();
        }
        (_, Some((entity, _))) => return Some(entity.clone()),
        (Some(subject), None) => return subject.entity.clone(),
        (None, None) => {}
    }
    people_before()
        .filter(|mention| mention.end + PRONOUN_WINDOW >= start)
        .find(|mention| !after_preposition(text, mention.start))
        .and_then(|mention| mention.entity.clone())
}

/// Words after which a name is an object, not a subject ("asked by X", "talks with X").
const OBJECT_MARKERS: &[&str] = &[
    "by",
    "with",
    "to",
    "from",
    "of",
    "for",
    "against",
    "at",
    "on",
    "in",
    "about",
    "over",
    "after",
    "before",
    "than",
    "as",
    "beat",
    "beating",
    "defeated",
    "told",
    "asked",
    "accused",
    "criticised",
    "criticized",
    "thanked",
    "met",
    "called",
    "urged",
];

/// Lower-case words that, right after a name, make it a clause's subject.
const VERBS_AFTER_SUBJECT: &[&str] = &[
    "said", "says", "is", "was", "are", "were", "has", "had", "have", "will", "would", "could",
    "can", "may", "might", "must", "should", "did", "does", "do", "told", "went", "came", "made",
    "took", "gave", "got", "won", "lost", "met", "saw", "knew", "thought", "felt", "left", "began",
    "spoke", "wrote", "ran", "broke", "held", "kept", "put", "sent", "set", "brought", "found",
    "became", "also", "then", "later", "now", "still", "never",
];

/// Is this person the subject of a clause: followed by a verb ("Holm committed",
/// "Mr Sauer said", "Vogt was fined") and not after a preposition or verb that makes
/// them its object?
fn is_subject(text: &str, mention: &Mention) -> bool {
    if after_preposition(text, mention.start) {
        return false;
    }
    let rest = skip_appositive(&text[mention.end..]);
    if !rest.starts_with(' ') {
        return false;
    }
    let next = rest
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    if !next.starts_with(char::is_lowercase) {
        return false;
    }
    VERBS_AFTER_SUBJECT.contains(&next)
        || (next.len() > 3 && next.ends_with("ed"))
        || (next.len() > 3 && next.ends_with('s') && !next.ends_with("ss"))
        || (next.len() > 4 && next.ends_with("ly"))
}

/// How long (in bytes) an appositive between a subject and its verb may be ("Holm, the
/// defending champion, said"): long enough for a role, short enough that a comma far on in the
/// sentence does not pass for its end.
const APPOSITIVE_MAX: usize = 100;

/// What follows a name once an appositive set off by commas right after it is skipped ("Holm,
/// the defending champion in the women's draw, walked out" reads on at " walked out"); the
/// text unchanged when there is none.
fn skip_appositive(rest: &str) -> &str {
    let Some(appositive) = rest.strip_prefix(", ") else {
        return rest;
    };
    let mut window_end = appositive.len().min(APPOSITIVE_MAX);
    while !appositive.is_char_boundary(window_end) {
        window_end -= 1;
    }
    let window = &appositive[..window_end];
    match window.find([',', '.', ';', '"', '“', '”']) {
        Some(close) if window[close..].starts_with(',') => &appositive[close + 1..],
        _ => rest,
    }
}

/// Does the word right before `start` make what follows an object ("by", "with", "asked")?
fn after_preposition(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    if before.ends_with([',', '(', '"', '“', ':']) {
        return false;
    }
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    OBJECT_MARKERS.contains(&word)
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
