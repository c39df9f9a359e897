//! Quotations in news prose: direct quotes in straight or curly quotation marks with the
//! speaker found in the same or an adjacent sentence, and reported speech ("X said that …",
//! "X accused Y of …", "…, according to X").

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Serialize;

use crate::lexicon::word_list;

/// One quotation, as byte ranges of the text it was found in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quotation {
    /// The whole quotation with its attribution ("“We will respond,” the minister said").
    pub start: usize,
    pub end: usize,
    /// The quoted or reported words alone, without quotation marks.
    pub quote_start: usize,
    pub quote_end: usize,
    /// Who spoke, as written ("Zabihullah Mujahid", "he", "Pakistan's foreign office").
    pub speaker_text: Option<(usize, usize)>,
    /// The speech verb's lemma ("say", "warn"), or "according to".
    pub verb: Option<String>,
    /// True for words in quotation marks, false for reported speech.
    pub direct: bool,
}

/// Every quotation in `text`, in text order; `sentences` are the text's sentences
/// (`text::sentences(text)`, or an article's `sentences`).
pub fn quotations(text: &str, sentences: &[text::Sentence]) -> Vec<Quotation> {
    let mut found: Vec<Quotation> = Vec::new();
    for marks in quote_marks(text) {
        if let Some(mut quotation) = read_direct(text, sentences, marks) {
            if quotation.speaker_text.is_none() {
                inherit_speaker(text, found.last(), &mut quotation);
            }
            found.push(quotation);
        }
    }
    // Reported speech only in sentences that hold no direct quotation; scare quotes ("its
    // “strategic depth” policy") do not stop a sentence from reporting speech.
    // Spans sorted by start with the furthest end so far, so each sentence asks one binary
    // search instead of reading every quotation (linear in sentences + quotations).
    let mut direct_spans: Vec<(usize, usize)> = found
        .iter()
        .map(|quotation| (quotation.start, quotation.end))
        .collect();
    direct_spans.sort_unstable();
    let furthest_end: Vec<usize> = direct_spans
        .iter()
        .scan(0, |furthest, &(_, end)| {
            *furthest = (*furthest).max(end);
            Some(*furthest)
        })
        .collect();
    for sentence in sentences {
        let starting_before_end = direct_spans.partition_point(|&(start, _)| start < sentence.end);
        let touches_quote =
            starting_before_end > 0 && furthest_end[starting_before_end - 1] > sentence.start;
        if touches_quote {
            continue;
        }
        if let Some(quotation) = read_reported(text, sentence.start, sentence.end) {
            found.push(quotation);
        }
    }
    found.sort_by_key(|quotation| (quotation.start, quotation.end));
    found
}

/// Speech verb forms (lower-case) to their lemma, from `data/speech_verbs.txt`.
static SPEECH_VERBS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut verbs = HashMap::new();
    for line in include_str!("../data/speech_verbs.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (lemma, forms) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("speech_verbs.txt: expected `lemma: forms`, got {line}"));
        for form in forms.split_whitespace() {
            verbs.insert(form, lemma.trim());
        }
    }
    verbs
});

word_list!(
    VERBS_WITH_LISTENER,
    "verbs_with_listener.txt",
    "Verbs that take a listener before what was said (\"told Reuters that\")."
);

word_list!(
    LOWER_CASE_SPEAKERS,
    "lower_case_speakers.txt",
    "Lower-case words that can be a whole speaker or start one (\"officials said\")."
);

word_list!(
    NOT_IN_SPEAKER,
    "not_in_speaker.txt",
    "Words that cannot sit inside a speaker noun phrase: they mean the phrase is a clause."
);

word_list!(
    SPEAKER_STOPS,
    "speaker_stops.txt",
    "Words that end a speaker phrase read forwards (\"said the minister in a statement\")."
);

word_list!(
    BEFORE_VERB,
    "before_verb.txt",
    "Auxiliaries and adverbs between a speaker and the verb (\"has also said\")."
);

word_list!(
    INVERTING_VERBS,
    "inverting_verbs.txt",
    "Speech verbs that may come before their speaker (\"…, said the minister\")."
);

word_list!(
    TIME_WORDS,
    "time_words.txt",
    "Days and time adverbs that sit between a speaker and the verb."
);

fn is_time_word(word: &str) -> bool {
    is_lower(word, &TIME_WORDS)
}

fn is_auxiliary_or_adverb(word: &str) -> bool {
    is_lower(word, &BEFORE_VERB)
        || (word.len() > 4 && word.ends_with("ly") && word.starts_with(char::is_lowercase))
}

word_list!(
    DETERMINERS,
    "determiners.txt",
    "Determiners and possessives a speaker phrase cannot end with (\"the claims\")."
);

// ---- Quotation marks ----

#[derive(Debug, Clone, Copy)]
struct Marks {
    /// Byte offset of the opening mark.
    open: usize,
    content_start: usize,
    content_end: usize,
    /// Byte offset just after the closing mark (or the paragraph end for an unclosed quote).
    close_end: usize,
}

/// Pairs of quotation marks within a paragraph: “curly”, «guillemets» and "straight" ones.
/// A quote left open at a paragraph's end runs to that end, as news style continues long
/// quotes across paragraphs without closing them.
fn quote_marks(text: &str) -> Vec<Marks> {
    let mut pairs = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut straight_open = false;
    // Single curly quotes (‘…’), used by headline style and some outlets, count only outside
    // double quotes, opening at a word start and closing at a word end; the closing mark is
    // also the apostrophe, so "don’t" never closes a quote.
    let mut single_open: Option<(usize, usize)> = None;
    let mut previous_character: Option<char> = None;
    for (position, character) in text.char_indices() {
        let before = previous_character;
        previous_character = Some(character);
        match character {
            '‘' if open.is_none() && before.is_none_or(|c| c.is_whitespace() || c == '(') => {
                single_open = Some((position, position + character.len_utf8()));
            }
            '’' => {
                let next = text[position + character.len_utf8()..].chars().next();
                let closes_word = before.is_some_and(|c| !c.is_whitespace())
                    && next.is_none_or(|c| !c.is_alphanumeric());
                if let (Some((open_at, content_start)), true) = (single_open, closes_word) {
                    if position > content_start {
                        pairs.push(Marks {
                            open: open_at,
                            content_start,
                            content_end: position,
                            close_end: position + character.len_utf8(),
                        });
                    }
                    single_open = None;
                }
            }
            '“' | '«' | '„' => {
                open = Some((position, position + character.len_utf8()));
                straight_open = false;
                single_open = None;
            }
            '”' | '»' => {
                if let Some((open_at, content_start)) = open.take() {
                    if !straight_open {
                        pairs.push(Marks {
                            open: open_at,
                            content_start,
                            content_end: position,
                            close_end: position + character.len_utf8(),
                        });
                    }
                }
                straight_open = false;
            }
            '"' => {
                // A mark after a space and before a letter opens a quote; met while a straight
                // quote is open, it opens the next paragraph of a long quote whose paragraph
                // breaks were lost ("… days. "Misrata also …"): the open quote ends before it.
                let next = text[position + 1..].chars().next();
                let opens = before.is_some_and(char::is_whitespace)
                    && next.is_some_and(char::is_alphanumeric);
                if let (Some((open_at, content_start)), true, true) = (open, straight_open, opens) {
                    pairs.extend(left_open(text, open_at, content_start, position));
                    open = Some((position, position + 1));
                } else if let (Some((open_at, content_start)), true) = (open, straight_open) {
                    pairs.push(Marks {
                        open: open_at,
                        content_start,
                        content_end: position,
                        close_end: position + 1,
                    });
                    open = None;
                    straight_open = false;
                } else {
                    open = Some((position, position + 1));
                    straight_open = true;
                    single_open = None;
                }
            }
            '\n' => {
                single_open = None;
                if let Some((open_at, content_start)) = open.take() {
                    pairs.extend(left_open(text, open_at, content_start, position));
                }
                straight_open = false;
            }
            _ => {}
        }
    }
    if let Some((open_at, content_start)) = open {
        pairs.extend(left_open(text, open_at, content_start, text.len()));
    }
    pairs.sort_by_key(|marks| marks.open);
    pairs
}

/// A quote left open: its words run from `content_start` to `end` (a paragraph's end, the
/// text's end, or the mark that opens the next paragraph of the quote), trailing space left
/// out; `None` when nothing but space is inside.
fn left_open(text: &str, open_at: usize, content_start: usize, end: usize) -> Option<Marks> {
    let content_end = content_start + text[content_start..end].trim_end().len();
    (content_end > content_start).then_some(Marks {
        open: open_at,
        content_start,
        content_end,
        close_end: content_end,
    })
}

// ---- Words ----

/// A whitespace-separated word: `start..end` covers it whole, `core` the word without
/// surrounding punctuation; `trailing` is the punctuation right after the core.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    core_start: usize,
    core_end: usize,
}

impl Word {
    fn core<'a>(&self, text: &'a str) -> &'a str {
        &text[self.core_start..self.core_end]
    }

    /// The punctuation after the core ("," in "minister,").
    fn trailing<'a>(&self, text: &'a str) -> &'a str {
        &text[self.core_end..self.end]
    }

    fn leading<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.core_start]
    }
}

fn words_in(text: &str, start: usize, end: usize) -> Vec<Word> {
    let slice = &text[start..end];
    let mut words: Vec<Word> = Vec::new();
    let mut piece_start: Option<usize> = None;
    let mut push = |from: usize, to: usize| {
        let piece = &slice[from..to];
        let core = piece.trim_matches(|c: char| !c.is_alphanumeric());
        if core.is_empty() {
            // A dash or colon standing alone ("MOSCOW -- A court") ends the word before it.
            if let Some(previous) = words.last_mut() {
                previous.end = start + to;
            }
            return;
        }
        let leading = piece.len()
            - piece
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let core_start = start + from + leading;
        words.push(Word {
            start: start + from,
            end: start + to,
            core_start,
            core_end: core_start + core.len(),
        });
    };
    for (offset, character) in slice.char_indices() {
        match (character.is_whitespace(), piece_start) {
            (true, Some(from)) => {
                push(from, offset);
                piece_start = None;
            }
            (false, None) => piece_start = Some(offset),
            _ => {}
        }
    }
    if let Some(from) = piece_start {
        push(from, slice.len());
    }
    words
}

/// The speech verb at `index`, unless the word is a plural noun there: "member states of",
/// "charges against", "reports about".
fn verb_at(text: &str, words: &[Word], index: usize) -> Option<&'static str> {
    let core = words.get(index)?.core(text);
    let lemma = speech_lemma(core)?;
    let next = words
        .get(index + 1)
        .map(|word| word.core(text))
        .unwrap_or("");
    let noun_like = core.ends_with('s')
        && is_lower(
            next,
            &[
                "of", "against", "for", "about", "from", "by", "with", "were", "are", "have",
            ],
        );
    (!noun_like).then_some(lemma)
}

fn speech_lemma(word: &str) -> Option<&'static str> {
    SPEECH_VERBS.get(word).copied()
}

fn is_lower(word: &str, list: &[&str]) -> bool {
    list.iter().any(|item| item.eq_ignore_ascii_case(word))
}

/// Does `trailing` punctuation end a phrase (a comma, colon, full stop…)?
/// Does this word end a phrase? "Dr." and the "J." of "J. Smith" do not.
fn word_ends_phrase(text: &str, word: &Word) -> bool {
    let core = word.core(text);
    let trailing = word.trailing(text);
    // "No." with a capital is "number" ("the No. 4-seeded Ilona Varga"), not a sentence's end.
    let is_title_or_initial = trailing == "."
        && (is_lower(core, &TITLES)
            || core == "No"
            || core.split('.').all(|letter| {
                letter.chars().count() == 1 && letter.starts_with(char::is_uppercase)
            }));
    !is_title_or_initial && ends_phrase(trailing)
}

word_list!(
    TITLES,
    "abbreviated_titles.txt",
    "Abbreviated titles that end with a period inside a name."
);

/// A word's trailing punctuation is a comma, perhaps after an abbreviation's full stop
/// ("D-Calif.,", "Wash.,"): the phrase goes on, the sentence does not end.
fn ends_with_comma(trailing: &str) -> bool {
    trailing.starts_with(',') || trailing.starts_with(".,")
}

fn ends_phrase(trailing: &str) -> bool {
    trailing.contains([
        ',', '.', ';', ':', '!', '?', '(', ')', '"', '“', '”', '—', '–', '-',
    ])
}

// ---- Speaker phrases ----

word_list!(
    DESCRIPTION_NOUNS,
    "description_nouns.txt",
    "Nouns that describe a speaker by role (\"an army spokesman, NAME, said\")."
);

/// The speaker phrase ending right before word `verb_index` (skipping auxiliaries), read
/// backwards: "Foreign Minister Ishaq Dar said", "Ishaq Dar, the foreign minister, said".
/// Returns the speaker's byte range.
fn speaker_before(text: &str, words: &[Word], verb_index: usize) -> Option<(usize, usize)> {
    let mut last = verb_index;
    loop {
        let before = last;
        while last > 0
            && is_auxiliary_or_adverb(words[last - 1].core(text))
            && !ends_phrase(words[last - 1].trailing(text))
        {
            last -= 1;
        }
        // "Iran on Wednesday condemned", "Nigeria on Saturday announced".
        if last > 1 && is_time_word(words[last - 1].core(text)) {
            last -= if words[last - 2].core(text).eq_ignore_ascii_case("on") {
                2
            } else {
                1
            };
        } else if last > 2
            && is_lower(
                words[last - 1].core(text),
                &["week", "month", "year", "night"],
            )
            && is_lower(words[last - 2].core(text), &["last", "this"])
        {
            // "Denmark last week announced".
            last -= 2;
        } else if last > 2
            && is_lower(words[last - 1].core(text), &["heard"])
            && is_lower(words[last - 2].core(text), &["was", "were"])
        {
            // "the commander was heard saying".
            last -= 2;
        } else if last > 2
            && is_lower(words[last - 1].core(text), &["as"])
            && is_lower(words[last - 2].core(text), &["quoted"])
        {
            // "The mayor was quoted as saying", "has been quoted as saying".
            last -= 2;
            if is_lower(
                words[last - 1].core(text),
                &["was", "were", "is", "are", "been"],
            ) {
                last -= 1;
            }
        }
        if last == before {
            break;
        }
    }
    if last == 0 {
        return None;
    }
    let mut last = last - 1;
    // "X, the foreign minister, said": the appositive closes with a comma; the speaker is X.
    if ends_with_comma(words[last].trailing(text)) {
        let mut cursor = last;
        let mut found_open = false;
        while cursor > 0 && last - cursor < 8 {
            cursor -= 1;
            if ends_with_comma(words[cursor].trailing(text)) {
                found_open = true;
                break;
            }
        }
        if !found_open {
            return None;
        }
        // "An army spokesman, Brig. Gen. Nabil Abdallah, said": when the part between the
        // commas is a name and the part before them a description, the name is the speaker.
        let appositive = &words[cursor + 1..=last];
        let names_someone = appositive.len() >= 2
            && appositive
                .iter()
                .all(|word| word.core(text).starts_with(char::is_uppercase));
        let described_before = is_lower(words[cursor].core(text), &DESCRIPTION_NOUNS)
            || (cursor > 0 && is_lower(words[cursor - 1].core(text), &DESCRIPTION_NOUNS));
        if names_someone && described_before {
            return Some((appositive[0].core_start, words[last].core_end));
        }
        last = cursor;
    } else if ends_phrase(words[last].trailing(text)) {
        return None;
    }
    let mut first = last;
    loop {
        let core = words[first].core(text);
        // "Media reports said": a plural speech noun may sit in a speaker phrase.
        let is_verb =
            speech_lemma(core).is_some() && !(core.ends_with('s') && first > 0 && first == last);
        if is_lower(core, &NOT_IN_SPEAKER) || is_verb {
            if first == last {
                return None;
            }
            first += 1;
            break;
        }
        if first == 0 || last - first >= 7 {
            break;
        }
        let previous = words[first - 1];
        if word_ends_phrase(text, &previous)
            || !previous.leading(text).is_empty()
                && previous.leading(text).contains(['"', '“', '('])
        {
            break;
        }
        if words[first].leading(text).contains(['"', '“', '(']) {
            break;
        }
        first -= 1;
    }
    if !plausible_speaker(text, &words[first..=last]) {
        return None;
    }
    Some((words[first].core_start, words[last].core_end))
}

/// The speaker phrase starting at word `first`, read forwards ("said Zabihullah Mujahid,
/// the Taliban spokesman").
fn speaker_after(text: &str, words: &[Word], first: usize) -> Option<(usize, usize)> {
    let mut last = first;
    while last < words.len() {
        let core = words[last].core(text);
        let past_form = core.ends_with("ed") && core.starts_with(char::is_lowercase);
        if last > first
            && (is_lower(core, &SPEAKER_STOPS) || speech_lemma(core).is_some() || past_form)
        {
            last -= 1;
            break;
        }
        if word_ends_phrase(text, &words[last]) || last - first >= 7 || last + 1 == words.len() {
            break;
        }
        last += 1;
    }
    let last = last.min(words.len().checked_sub(1)?);
    if last < first || !plausible_speaker(text, &words[first..=last]) {
        return None;
    }
    Some((words[first].core_start, words[last].core_end))
}

/// A speaker starts with a capital or a known lower-case speaker word, holds no clause
/// words, and does not end with a determiner or a possessive.
fn plausible_speaker(text: &str, words: &[Word]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let first_core = first.core(text);
    let starts_well =
        first_core.starts_with(char::is_uppercase) || is_lower(first_core, &LOWER_CASE_SPEAKERS);
    let last_core = last.core(text);
    let ends_well = !is_lower(last_core, &DETERMINERS)
        && !last_core.ends_with("'s")
        && !last_core.ends_with("’s");
    // "Brazil's police filed new" is a clause: a lower-case past form inside the phrase.
    let no_clause = words.iter().enumerate().all(|(index, word)| {
        let core = word.core(text);
        let past_form = index > 0
            && core.ends_with("ed")
            && core.starts_with(char::is_lowercase)
            && !is_lower(core, &["armed", "united", "concerned", "detained"]);
        // "I don't say", "it never said": negated speech reports nothing.
        let negated = core.ends_with("n't") || core.ends_with("n’t");
        !is_lower(core, &NOT_IN_SPEAKER) && !past_form && !negated
    });
    // "Additionally, …": a lone adverb is not a speaker.
    let lone_adverb = words.len() == 1 && first_core.ends_with("ly");
    if lone_adverb {
        return false;
    }
    starts_well && ends_well && no_clause
}

// ---- Direct quotes ----

fn read_direct(text: &str, sentences: &[text::Sentence], marks: Marks) -> Option<Quotation> {
    let content = &text[marks.content_start..marks.content_end];
    let word_count = content
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count();
    if word_count == 0 {
        return None;
    }
    let is_short = word_count <= 3;
    let attribution = attribution_after(text, marks, is_short)
        .or_else(|| attribution_before(text, sentences, marks, is_short))
        .or_else(|| attribution_in_previous_sentence(text, sentences, marks, is_short));
    // Scare quotes: a few words in quotation marks that nobody is said to have said.
    if is_short && attribution.is_none() {
        return None;
    }
    let (speaker, verb, verb_span) = match attribution {
        Some(found) => (
            Some(found.speaker),
            Some(found.verb.to_string()),
            Some(found.verb_span),
        ),
        None => (None, None, None),
    };
    let mut start = marks.open;
    let mut end = marks.close_end;
    for (span_start, span_end) in speaker.iter().chain(verb_span.iter()) {
        start = start.min(*span_start);
        end = end.max(*span_end);
    }
    Some(Quotation {
        start,
        end,
        quote_start: marks.content_start,
        quote_end: marks.content_end,
        speaker_text: speaker,
        verb,
        direct: true,
    })
}

/// `“We will respond,” he said. “Pakistan must stop.”`: a quote with no attribution of its
/// own right after an attributed one continues the same speaker — in the same paragraph, or
/// the next one when the quote opens it right after a paragraph the attributed quote closed
/// (“… ,” Okafor said.¶“We will not wait.”), also after the rest of an attribution that
/// follows its quote (“…,” said Okafor, the union's leader. “…”) or ends in a speech
/// participle (“…,” he said, adding “…”).
fn inherit_speaker(text: &str, previous: Option<&Quotation>, quotation: &mut Quotation) {
    let Some(previous) =
        previous.filter(|previous| previous.direct && previous.end <= quotation.start)
    else {
        return;
    };
    let Some(speaker) = previous.speaker_text else {
        return;
    };
    let between = &text[previous.end..quotation.start];
    let attribution_follows_quote = speaker.0 >= previous.quote_end;
    if continues_previous_quote(between, attribution_follows_quote) {
        quotation.speaker_text = previous.speaker_text;
        quotation.verb = previous.verb.clone();
    }
}

/// How long the rest of an attribution sentence between two quotes of one speaker may be.
/// Longer, and the text between is more likely reporting than attributing.
const CONTINUATION_MAX_BYTES: usize = 200;

/// Whether `between` — the text from the end of an attributed quotation (its attribution
/// included) to the next quotation mark — lets the next quote continue the same speaker.
fn continues_previous_quote(between: &str, attribution_follows_quote: bool) -> bool {
    let paragraph_breaks = between.matches('\n').count();
    if paragraph_breaks > 2 || between.len() > CONTINUATION_MAX_BYTES {
        return false;
    }
    let only_punctuation = between
        .chars()
        .all(|c| c.is_whitespace() || c.is_ascii_punctuation());
    if only_punctuation {
        return between.len() <= 12;
    }
    // Words between: only the rest of an attribution that follows its quote, with no
    // paragraph break or other quotation inside it.
    let words = between.trim_end();
    if !attribution_follows_quote
        || words.contains(['\n', '"', '“', '”', '«', '»'])
        || sentence_ends_inside(words)
    {
        return false;
    }
    let ends_sentence = words.ends_with(['.', '!', '?']);
    let last_word = words
        .trim_end_matches([',', ':'])
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    ends_sentence || is_speech_participle(last_word)
}

/// A sentence end before the last character: a full stop, question or exclamation mark
/// followed by a space ("Wash., who" and "D-Calif.," are not ends).
fn sentence_ends_inside(words: &str) -> bool {
    let mut characters = words.char_indices().peekable();
    while let Some((_, character)) = characters.next() {
        if matches!(character, '.' | '!' | '?')
            && characters
                .peek()
                .is_some_and(|(_, next)| next.is_whitespace())
        {
            return true;
        }
    }
    false
}

/// "adding", "saying", "noting": the present participle of a speech verb.
fn is_speech_participle(word: &str) -> bool {
    let lower = word.to_lowercase();
    let Some(stem) = lower.strip_suffix("ing") else {
        return false;
    };
    speech_lemma(stem).is_some() || speech_lemma(&format!("{stem}e")).is_some()
}

struct Attribution {
    speaker: (usize, usize),
    verb: &'static str,
    verb_span: (usize, usize),
}

/// `“…,” the minister said`, `“…,” said the minister`, `“…,” according to X`.
fn attribution_after(text: &str, marks: Marks, is_short: bool) -> Option<Attribution> {
    // Look at most 300 bytes ahead, up to the end of the line or the next quotation mark.
    let window_end = floor_char_boundary(text, marks.close_end + 300);
    let rest_end = text[marks.close_end..window_end]
        .find(['\n', '“', '"', '«'])
        .map_or(window_end, |offset| marks.close_end + offset);
    let words = words_in(text, marks.close_end, rest_end);
    let first = words.first()?;
    // Only the clause right after the quote: no full stop between the quote and the verb
    // unless the quote itself ended its sentence and a short attribution sentence follows.
    let quote_closed_sentence = text[marks.content_start..marks.content_end]
        .trim_end()
        .ends_with(['.', '!', '?']);
    let gap = &text[marks.close_end..first.start];
    if gap.contains(['.', ';', ':', '!', '?']) {
        return None;
    }
    let sentence_words = words
        .iter()
        .position(|word| {
            word.trailing(text).contains(['.', '!', '?', ';'])
                && word_ends_phrase(text, word)
                && !ends_with_comma(word.trailing(text))
        })
        .map_or(words.len(), |index| index + 1);
    if quote_closed_sentence
        && (sentence_words > 8 || first.core(text).starts_with(char::is_lowercase) && !is_short)
    {
        // `“We will respond.” he said.` is fine; `“We will respond.” The army said the
        // border was closed.` is a new sentence of reported speech.
        if sentence_words > 8 {
            return None;
        }
    }
    let words = &words[..sentence_words];
    let first_core = words[0].core(text);
    if first_core.eq_ignore_ascii_case("according")
        && words.get(1).is_some_and(|word| word.core(text) == "to")
    {
        let speaker = speaker_after(text, words, 2)?;
        return Some(Attribution {
            speaker,
            verb: "according to",
            verb_span: (words[0].core_start, words[1].core_end),
        });
    }
    // "said X".
    if let Some(lemma) = speech_lemma(first_core) {
        if INVERTING_VERBS.contains(&lemma) && !ends_phrase(words[0].trailing(text)) {
            if let Some(speaker) = speaker_after(text, words, 1) {
                return Some(Attribution {
                    speaker,
                    verb: lemma,
                    verb_span: (words[0].core_start, words[0].core_end),
                });
            }
        }
        return None;
    }
    // "X said", "X, the foreign minister, said", "he told Reuters".
    let limit = words.len().min(12);
    let verb_index = (1..limit).find(|&index| {
        verb_at(text, words, index).is_some()
            && words[..index].iter().all(|word| {
                !word.trailing(text).contains(['.', ';', ':', '!', '?'])
                    || !word_ends_phrase(text, word)
                    || ends_with_comma(word.trailing(text))
            })
    })?;
    let speaker = speaker_before(text, words, verb_index)
        .filter(|speaker| speaker.0 == words[0].core_start)
        .or_else(|| name_before_unclosed_role(text, &words[..verb_index]))?;
    Some(Attribution {
        speaker,
        verb: verb_at(text, words, verb_index)?,
        verb_span: (words[verb_index].core_start, words[verb_index].core_end),
    })
}

/// "R.S. Mehta, senior state counsel told the court": a name of up to four capitalised
/// words and a comma, then a role phrase of up to five words whose closing comma was left out;
/// the name is the speaker.
fn name_before_unclosed_role(text: &str, words: &[Word]) -> Option<(usize, usize)> {
    let comma = words
        .iter()
        .take(4)
        .position(|word| ends_with_comma(word.trailing(text)))?;
    let (name, role) = (&words[..=comma], &words[comma + 1..]);
    let is_name = name
        .iter()
        .all(|word| word.core(text).starts_with(char::is_uppercase))
        && name[..comma]
            .iter()
            .all(|word| !word_ends_phrase(text, word));
    let is_role = (1..=5).contains(&role.len())
        && role.iter().all(|word| {
            !ends_phrase(word.trailing(text)) && !is_lower(word.core(text), &NOT_IN_SPEAKER)
        });
    (is_name && is_role).then(|| (name[0].core_start, name[comma].core_end))
}

/// `X said: “…”`, `X told Reuters, “…”`, `X said the strikes were “…”`, `According to X, “…”`.
fn attribution_before(
    text: &str,
    sentences: &[text::Sentence],
    marks: Marks,
    is_short: bool,
) -> Option<Attribution> {
    let window_start = floor_char_boundary(text, marks.open.saturating_sub(LOOK_BACK));
    let sentence_index = sentences.partition_point(|sentence| sentence.start <= marks.open);
    let sentence_start = sentence_index
        .checked_sub(1)
        .map_or(0, |index| sentences[index].start);
    let line_start = text[window_start..marks.open]
        .rfind('\n')
        .map_or(window_start, |index| window_start + index + 1);
    let start = sentence_start.max(line_start);
    attribution_ending_at(text, start, marks.open, is_short)
}

/// How many words may stand between a speech verb and the quote it introduces ("Councillor Osei
/// said the budget approved by the assembly last week “will not …”", "X told the paper that
/// even though … “…”"): more lets a reported clause lead into its quote; fewer keeps a verb far
/// before a quote from claiming it.
const WORDS_BETWEEN_VERB_AND_QUOTE: usize = 14;

/// How far before a quotation mark its attribution is looked for, in bytes. Attributions
/// are short; the bound keeps a huge one-line input with many quotes linear.
const LOOK_BACK: usize = 400;

/// A quote that opens its paragraph or sentence may be introduced by the sentence before:
/// `The minister said:` / `“…”`.
fn attribution_in_previous_sentence(
    text: &str,
    sentences: &[text::Sentence],
    marks: Marks,
    is_short: bool,
) -> Option<Attribution> {
    let before = text[..marks.open].trim_end();
    if !before.ends_with(':') || is_short {
        return None;
    }
    let previous_index = sentences
        .partition_point(|sentence| sentence.start < before.len())
        .checked_sub(1)?;
    let window_start = floor_char_boundary(text, before.len().saturating_sub(LOOK_BACK));
    let start = sentences[previous_index].start.max(window_start);
    attribution_ending_at(text, start, before.len(), false)
}

fn attribution_ending_at(
    text: &str,
    start: usize,
    end: usize,
    is_short: bool,
) -> Option<Attribution> {
    if start >= end {
        return None;
    }
    let words = words_in(text, start, end);
    if words.is_empty() {
        return None;
    }
    // "According to X, “…”".
    if words[0].core(text).eq_ignore_ascii_case("according")
        && words.get(1).is_some_and(|word| word.core(text) == "to")
    {
        let speaker = speaker_after(text, &words, 2)?;
        if words
            .iter()
            .take_while(|word| word.core_end <= speaker.1)
            .count()
            + 1
            < words.len()
            && is_short
        {
            return None;
        }
        return Some(Attribution {
            speaker,
            verb: "according to",
            verb_span: (words[0].core_start, words[1].core_end),
        });
    }
    // The last speech verb, with at most a few words between it and the quote (none for a
    // short quote, whose attribution must touch it).
    let allowed_between = if is_short {
        1
    } else {
        WORDS_BETWEEN_VERB_AND_QUOTE
    };
    let verb_index = (0..words.len())
        .rev()
        .take(allowed_between + 1)
        .find(|&index| verb_at(text, &words, index).is_some())?;
    let between = &words[verb_index + 1..];
    if is_short && !between.iter().all(|word| word.core(text) == "that") {
        return None;
    }
    if between
        .iter()
        .any(|word| word.trailing(text).contains(['.', ';', '!', '?']))
    {
        return None;
    }
    let speaker = speaker_before(text, &words, verb_index)?;
    Some(Attribution {
        speaker,
        verb: verb_at(text, &words, verb_index)?,
        verb_span: (words[verb_index].core_start, words[verb_index].core_end),
    })
}

// ---- Reported speech ----

/// One sentence of reported speech: "X said (that) …", "…, X said.", "According to X, …".
fn read_reported(text: &str, sentence_start: usize, sentence_end: usize) -> Option<Quotation> {
    let words = words_in(text, sentence_start, sentence_end);
    if words.len() < 4 {
        return None;
    }
    let content_end = trim_final_punctuation(text, sentence_start, sentence_end);
    let quotation = |speaker: (usize, usize), verb: &str, content: (usize, usize)| {
        let content_words = text[content.0..content.1].split_whitespace().count();
        (content_words >= 3).then(|| Quotation {
            start: sentence_start,
            end: sentence_end,
            quote_start: content.0,
            quote_end: content.1,
            speaker_text: Some(speaker),
            verb: Some(verb.to_string()),
            direct: false,
        })
    };
    // "According to X, …".
    if words[0].core(text).eq_ignore_ascii_case("according") && words[1].core(text) == "to" {
        let speaker = speaker_after(text, &words, 2)?;
        let after_speaker = words.iter().position(|word| word.core_start >= speaker.1)?;
        let content_start = words[after_speaker].start;
        if !text[speaker.1..content_start].contains(',') {
            return None;
        }
        return quotation(speaker, "according to", (content_start, content_end));
    }
    // "…, according to X." and "…, X said." and "…, said X, the spokesman.".
    let commas: Vec<usize> = words
        .iter()
        .enumerate()
        .filter(|(_, word)| word.trailing(text).starts_with(','))
        .map(|(index, _)| index)
        .collect();
    for &comma_index in commas.iter().rev().take(2) {
        let tail = &words[comma_index + 1..];
        if tail.is_empty() || tail.len() > 12 || comma_index < 3 {
            continue;
        }
        let content = (sentence_start, words[comma_index].core_end);
        let first = tail[0].core(text);
        if first.eq_ignore_ascii_case("according")
            && tail.get(1).is_some_and(|word| word.core(text) == "to")
        {
            if let Some(speaker) = speaker_after(text, tail, 2) {
                return quotation(speaker, "according to", content);
            }
            continue;
        }
        if let Some(lemma) = speech_lemma(first) {
            if let Some(speaker) =
                speaker_after(text, tail, 1).filter(|_| INVERTING_VERBS.contains(&lemma))
            {
                if inverted_speaker_ends_clause(text, tail, speaker) {
                    return quotation(speaker, lemma, content);
                }
            }
            continue;
        }
        // "X said." ending the sentence.
        let last_index = tail.len() - 1;
        let verb_index = (1..=last_index)
            .rev()
            .find(|&index| verb_at(text, tail, index).is_some());
        if let Some(verb_index) = verb_index {
            let trailing_ok = tail[verb_index + 1..].iter().all(|word| {
                let core = word.core(text);
                let weekday = calendar::WEEKDAY_NAMES
                    .iter()
                    .any(|(name, _)| name.eq_ignore_ascii_case(core));
                weekday
                    || is_lower(
                        core,
                        &[
                            "on",
                            "in",
                            "a",
                            "statement",
                            "today",
                            "yesterday",
                            "late",
                            "earlier",
                            "later",
                            "reporters",
                            "journalists",
                        ],
                    )
            });
            if trailing_ok {
                if let Some(speaker) = speaker_before(text, tail, verb_index) {
                    if speaker.0 == tail[0].core_start {
                        return quotation(speaker, verb_at(text, tail, verb_index)?, content);
                    }
                }
            }
        }
    }
    // "X said (that) …", "X accused Y of …", "X denied …".
    for verb_index in 1..words.len().min(16) {
        let Some(lemma) = verb_at(text, &words, verb_index) else {
            continue;
        };
        // "Media reports said": a speech-verb noun right before another speech verb.
        if words
            .get(verb_index + 1)
            .is_some_and(|next| speech_lemma(next.core(text)).is_some())
        {
            continue;
        }
        let Some(speaker) = speaker_before(text, &words, verb_index) else {
            continue;
        };
        let mut content_index = verb_index + 1;
        let that_index = words[verb_index + 1..]
            .iter()
            .take(8)
            .position(|word| word.core(text) == "that")
            .map(|offset| verb_index + 1 + offset);
        if let Some(that_index) = that_index {
            let listener_ok = that_index == verb_index + 1
                || VERBS_WITH_LISTENER.contains(&lemma)
                || words[verb_index + 1..that_index]
                    .iter()
                    .all(|word| !ends_phrase(word.trailing(text)) || word.trailing(text) == ",");
            if listener_ok {
                content_index = that_index + 1;
            }
        } else if ends_phrase(words[verb_index].trailing(text))
            && !words[verb_index].trailing(text).starts_with(',')
        {
            continue;
        }
        let content_start = words.get(content_index).map(|word| word.start)?;
        // Without "that", what the verb reports ends where a new clause with its own subject
        // begins: "Egypt condemned the strikes, and the African Union called for talks".
        let content_end = if that_index.is_none() {
            clause_end_after(text, &words, content_index).unwrap_or(content_end)
        } else {
            content_end
        };
        if content_start >= content_end {
            continue;
        }
        return quotation(speaker, lemma, (content_start, content_end));
    }
    None
}

/// In "…, said X." the speaker closes the sentence, or is followed by an appositive
/// (", the Taliban spokesman") or a prepositional phrase ("in a statement").
/// The end of the clause that starts at word `from`: the first ", and X" / ", but X" /
/// ", while X" whose X opens a new subject (a capital or a determiner), else `None`.
fn clause_end_after(text: &str, words: &[Word], from: usize) -> Option<usize> {
    (from..words.len().saturating_sub(2)).find_map(|index| {
        let joins = words[index].trailing(text).starts_with(',')
            && is_lower(
                words[index + 1].core(text),
                &["and", "but", "while", "whereas"],
            );
        let next = words[index + 2].core(text);
        let new_subject =
            next.starts_with(char::is_uppercase) || is_lower(next, &["the", "a", "an"]);
        (joins && new_subject).then_some(words[index].core_end)
    })
}

fn inverted_speaker_ends_clause(text: &str, tail: &[Word], speaker: (usize, usize)) -> bool {
    let Some(index) = tail.iter().position(|word| word.core_end == speaker.1) else {
        return false;
    };
    let first = text[speaker.0..speaker.1]
        .split_whitespace()
        .next()
        .unwrap_or("");
    let starts_well =
        first.starts_with(char::is_uppercase) || is_lower(first, &["the", "a", "an", "he", "she"]);
    let closes = index + 1 == tail.len()
        || tail[index].trailing(text).contains([',', '.'])
        || is_lower(
            tail[index + 1].core(text),
            &["in", "on", "at", "during", "while", "who", "adding"],
        );
    starts_well && closes
}

fn trim_final_punctuation(text: &str, start: usize, end: usize) -> usize {
    let trimmed = text[start..end].trim_end_matches(['.', '!', '?', ' ', '\n']);
    start + trimmed.len()
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}
