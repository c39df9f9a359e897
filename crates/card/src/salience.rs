//! Sentence salience for the summary and the key quotes: each body sentence is weighed by the
//! keyphrase weights of the words it holds, then sentences are picked greedily for coverage
//! (a word already said adds nothing), with near-duplicates left out. What is picked is a
//! block of sentences taken together (`units`): a quotation with its attribution, a sentence
//! with the one it leans on.

use std::collections::{HashMap, HashSet};

use model::{Article, ParagraphKind, Passage};

use crate::lexicon::{is_generic, is_stopword};
use crate::units::{leans_on_previous, Units};
use crate::words::{tokens, Stems};

/// A sentence of a body or quote paragraph, with what the pickers need to know about it.
#[derive(Debug, Clone)]
pub struct BodySentence {
    /// Byte range in `Article::text`.
    pub start: usize,
    pub end: usize,
    /// Which of the article's paragraphs holds it, and where it stands among all body sentences.
    pub paragraph: usize,
    pub order: usize,
    pub word_count: usize,
    /// Distinct content-word stems with their keyphrase weights.
    pub stems: Vec<(String, f64)>,
    /// Multiplier from the sentence's form alone: length, opening pronoun, figures, ending.
    pub form: f64,
    pub has_quotation: bool,
    /// Reads as a full sentence: five words or more, ends on terminal punctuation, not a
    /// title-cased heading line. Fragments ("Source link", "Regional implications") are
    /// picked only when an article has nothing else.
    pub is_full_sentence: bool,
    /// Opens on a pronoun, a demonstrative or a connective, or names "that criticism": its
    /// sense comes from the sentence before it (see `units`).
    pub leans_on_previous: bool,
}

/// Openers that point back at something said before, so a sentence starting with one reads
/// badly on its own.
const BACK_POINTING_OPENERS: &[&str] = &[
    "it", "its", "they", "their", "them", "this", "these", "those", "that", "he", "she", "his",
    "her", "such", "there",
];

/// Every sentence of the article's body and quote paragraphs, in article order.
pub fn body_sentences(
    article: &Article,
    article_sentences: &[model::Sentence],
    word_weights: &HashMap<String, f64>,
    stems: &mut Stems,
) -> Vec<BodySentence> {
    let mut result = Vec::new();
    for (paragraph_index, (paragraph_start, paragraph_text)) in
        prose_paragraphs(article).into_iter().enumerate()
    {
        let paragraph_end = paragraph_start + paragraph_text.len();
        let first = article_sentences.partition_point(|sentence| sentence.start < paragraph_start);
        for sentence in article_sentences[first..]
            .iter()
            .take_while(|sentence| sentence.end <= paragraph_end)
        {
            let sentence_text = sentence.text(&article.text);
            let sentence_tokens = tokens(sentence_text, stems);
            // Whitespace-separated words, dashes and all: the 90-word cap counts what a reader counts.
            let word_count = sentence_text.split_whitespace().count();
            if sentence_tokens.is_empty() {
                continue;
            }
            let mut seen = HashSet::new();
            let mut stems = Vec::new();
            for token in &sentence_tokens {
                if is_stopword(&token.lower)
                    || is_generic(&token.lower)
                    || !seen.insert(token.stem.clone())
                {
                    continue;
                }
                let weight = word_weights.get(&token.stem).copied().unwrap_or(0.0);
                stems.push((token.stem.clone(), weight));
            }
            let opener = sentence_tokens[0].lower.as_str();
            let mut form = 1.0;
            if BACK_POINTING_OPENERS.contains(&opener) {
                form *= 0.45;
            }
            if word_count < 6 {
                form *= 0.3;
            } else if word_count > 45 {
                form *= 0.6;
            }
            // Figures, dates and named actors are what a reader of a summary looks for.
            if sentence_tokens.iter().any(|token| token.is_number) {
                form *= 1.15;
            }
            if sentence_tokens
                .iter()
                .skip(1)
                .any(|token| token.capitalized && !token.after_punctuation)
            {
                form *= 1.1;
            }
            let capitalized_words = sentence_tokens
                .iter()
                .filter(|token| token.capitalized || token.is_number)
                .count();
            let title_cased =
                sentence_tokens.len() >= 2 && capitalized_words * 10 >= sentence_tokens.len() * 7;
            let is_full_sentence =
                word_count >= 5 && ends_like_a_sentence(sentence_text) && !title_cased;
            if sentence_text.ends_with('?') {
                form *= 0.6;
            }
            result.push(BodySentence {
                start: sentence.start,
                end: sentence.end,
                paragraph: paragraph_index,
                order: result.len(),
                word_count,
                stems,
                form,
                has_quotation: sentence_text.chars().any(|c| matches!(c, '"' | '“' | '”')),
                is_full_sentence,
                leans_on_previous: leans_on_previous(sentence_text, &sentence_tokens),
            });
        }
    }
    result
}

/// The body and quote paragraphs as (start in `Article::text`, text). A paragraph whose range
/// does not index its text is left out rather than trusted. An article without paragraphs is
/// read as one body paragraph.
fn prose_paragraphs(article: &Article) -> Vec<(usize, &str)> {
    if article.paragraphs.is_empty() {
        return vec![(0, article.text.as_str())];
    }
    article
        .paragraphs
        .iter()
        .filter(|paragraph| matches!(paragraph.kind, ParagraphKind::Body | ParagraphKind::Quote))
        .filter(|paragraph| {
            article.text.get(paragraph.start..paragraph.end) == Some(paragraph.text.as_str())
        })
        .map(|paragraph| (paragraph.start, paragraph.text.as_str()))
        .collect()
}

fn ends_like_a_sentence(sentence_text: &str) -> bool {
    sentence_text
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')', ']', '»'])
        .ends_with(['.', '!', '?'])
}

/// The sentences the pickers choose from: the full sentences, or every sentence when the
/// article has none.
fn candidates(sentences: &[BodySentence]) -> Vec<&BodySentence> {
    let full: Vec<&BodySentence> = sentences
        .iter()
        .filter(|sentence| sentence.is_full_sentence)
        .collect();
    if full.is_empty() {
        sentences.iter().collect()
    } else {
        full
    }
}

/// Which blocks the summary may pick: those holding a full sentence, or every block when the
/// article has no full sentence.
fn eligible_blocks(sentences: &[BodySentence], units: &Units) -> Vec<bool> {
    let any_full = sentences.iter().any(|sentence| sentence.is_full_sentence);
    (0..units.block_count())
        .map(|block| {
            !any_full
                || units
                    .sentences_of(block)
                    .any(|order| sentences[order].is_full_sentence)
        })
        .collect()
}

/// What sentences picked together add given the stems already covered: the weight of their
/// new words, over the square root of their length so long sentences do not win by size
/// alone, times their form (weighed by words when there are several).
fn gain(picked: &[&BodySentence], covered: &HashSet<&str>) -> f64 {
    let mut counted: HashSet<&str> = HashSet::new();
    let new_weight: f64 = picked
        .iter()
        .flat_map(|sentence| &sentence.stems)
        .filter(|(stem, _)| !covered.contains(stem.as_str()) && counted.insert(stem.as_str()))
        .map(|(_, weight)| weight)
        .sum();
    let word_count: usize = picked.iter().map(|sentence| sentence.word_count).sum();
    let form = match picked {
        [sentence] => sentence.form,
        _ => {
            let weighed: f64 = picked
                .iter()
                .map(|sentence| sentence.form * sentence.word_count.max(1) as f64)
                .sum();
            let words: usize = picked
                .iter()
                .map(|sentence| sentence.word_count.max(1))
                .sum();
            weighed / words.max(1) as f64
        }
    };
    // Several sentences score as their average sentence would, so a pick is not preferred for
    // bringing context along: `len()` is 1 for a single sentence.
    new_weight / ((word_count.max(1) * picked.len().max(1)) as f64).sqrt() * form
}

/// Two sentences say nearly the same thing when most of the smaller one's words are in the other.
fn near_duplicate(a: &BodySentence, b: &BodySentence) -> bool {
    let a_stems: HashSet<&str> = a.stems.iter().map(|(stem, _)| stem.as_str()).collect();
    let b_stems: HashSet<&str> = b.stems.iter().map(|(stem, _)| stem.as_str()).collect();
    let shared = a_stems.intersection(&b_stems).count() as f64;
    let smaller = a_stems.len().min(b_stems.len()).max(1) as f64;
    shared / smaller >= 0.7
}

/// The extractive summary: blocks of sentences (`units`: a quotation with its attribution, a
/// sentence with the one it leans on) picked for salience and coverage within `max_words`,
/// returned in article order, one passage per block and paragraph.
pub fn summary(
    text: &str,
    sentences: &[BodySentence],
    units: &Units,
    max_words: usize,
) -> Vec<Passage> {
    let eligible = eligible_blocks(sentences, units);
    let mut taken = vec![false; units.block_count()];
    let mut chosen: Vec<&BodySentence> = Vec::new();
    let mut covered: HashSet<&str> = HashSet::new();
    let mut words_left = max_words;
    loop {
        let mut best: Option<(f64, Vec<usize>)> = None;
        for block in 0..units.block_count() {
            if taken[block] || !eligible[block] {
                continue;
            }
            let Some(pick) = units.closure(block, |earlier| taken[earlier]) else {
                continue;
            };
            if pick.iter().any(|&earlier| !eligible[earlier]) {
                continue;
            }
            let new: Vec<&BodySentence> = pick
                .iter()
                .flat_map(|&block| units.sentences_of(block))
                .map(|order| &sentences[order])
                .collect();
            let word_count: usize = new.iter().map(|sentence| sentence.word_count).sum();
            if word_count > words_left
                || new.iter().any(|sentence| {
                    chosen
                        .iter()
                        .any(|taken_sentence| near_duplicate(taken_sentence, sentence))
                })
            {
                continue;
            }
            // The lead usually states the news, so early sentences get a head start.
            let lead = 1.0 + 0.6 / (1.0 + new[0].order as f64);
            let score = gain(&new, &covered) * lead;
            if score > 0.0
                && best
                    .as_ref()
                    .is_none_or(|(best_score, _)| score > *best_score)
            {
                best = Some((score, pick));
            }
        }
        let Some((_, pick)) = best else { break };
        for block in pick {
            taken[block] = true;
            for order in units.sentences_of(block) {
                let sentence = &sentences[order];
                words_left -= sentence.word_count;
                covered.extend(sentence.stems.iter().map(|(stem, _)| stem.as_str()));
                chosen.push(sentence);
            }
        }
    }
    chosen.sort_by_key(|sentence| sentence.order);
    let mut passages: Vec<Passage> = Vec::new();
    let mut run: Option<(usize, usize, usize, usize)> = None; // (block, paragraph, start, end)
    for sentence in chosen {
        let block = units.block_of(sentence.order);
        match &mut run {
            Some((run_block, run_paragraph, _, end))
                if *run_block == block && *run_paragraph == sentence.paragraph =>
            {
                *end = sentence.end;
            }
            _ => {
                if let Some((_, _, start, end)) = run {
                    passages.push(passage(text, start, end));
                }
                run = Some((block, sentence.paragraph, sentence.start, sentence.end));
            }
        }
    }
    if let Some((_, _, start, end)) = run {
        passages.push(passage(text, start, end));
    }
    passages
}

/// Passages a quote may be: each sentence, or its whole paragraph when that is short.
const SHORT_PARAGRAPH_WORDS: usize = 50;

/// The longest a key passage of several sentences may be: a quotation with its attribution, or
/// a sentence with the one it leans on. A longer one is not shown rather than cut, since cut it
/// would mislead; a single sentence is never refused for its length.
const LONGEST_KEY_PASSAGE_WORDS: usize = 80;

/// A sentence a key passage may be picked for, with the body sentences (first and last
/// `order`) the passage must show for it.
type KeyCandidate<'a> = (&'a BodySentence, (usize, usize));

/// The key quotes: `count` passages picked for salience and coverage, spread over the
/// article (a third of it at a time) rather than taken from the lead, preferring sentences
/// the summary does not already show. A sentence comes with its block (`units`) and what that
/// leans on, all in its paragraph, or is not a key passage. Returned in article order.
pub fn quotes(
    article: &Article,
    sentences: &[BodySentence],
    units: &Units,
    summary: &[Passage],
    count: usize,
) -> Vec<Passage> {
    let total = sentences.len().max(1);
    let third = |sentence: &BodySentence| sentence.order * 3 / total;
    let in_summary = |sentence: &BodySentence| {
        summary
            .iter()
            .any(|passage| passage.start < sentence.end && sentence.start < passage.end)
    };
    let mut chosen: Vec<KeyCandidate> = Vec::new();
    let mut covered: HashSet<&str> = HashSet::new();
    let candidates: Vec<KeyCandidate> = candidates(sentences)
        .into_iter()
        .filter_map(|sentence| Some((sentence, key_span(sentences, units, sentence)?)))
        .collect();
    while chosen.len() < count {
        let mut best: Option<(f64, KeyCandidate)> = None;
        for &(sentence, span) in &candidates {
            if chosen.iter().any(|(taken, _)| {
                taken.paragraph == sentence.paragraph || near_duplicate(taken, sentence)
            }) {
                continue;
            }
            let mut score = gain(&[sentence], &covered);
            if sentence.has_quotation {
                score *= 1.3;
            }
            // The card's quotes should add to its summary, not repeat it.
            if in_summary(sentence) {
                score *= 0.15;
            }
            if chosen
                .iter()
                .any(|(taken, _)| third(taken) == third(sentence))
            {
                score *= 0.5;
            }
            if score > 0.0 && best.is_none_or(|(best_score, _)| score > best_score) {
                best = Some((score, (sentence, span)));
            }
        }
        let Some((_, (sentence, span))) = best else {
            break;
        };
        covered.extend(sentence.stems.iter().map(|(stem, _)| stem.as_str()));
        chosen.push((sentence, span));
    }
    chosen.sort_by_key(|(sentence, _)| sentence.order);
    chosen
        .into_iter()
        .map(|(sentence, span)| quote_passage(article, sentences, sentence.paragraph, span))
        .collect()
}

/// The body sentences (first and last `order`) a key passage must show for `sentence`: its
/// block and the blocks it leans on, when they all lie in its paragraph and, if several
/// sentences, within [`LONGEST_KEY_PASSAGE_WORDS`].
fn key_span(
    sentences: &[BodySentence],
    units: &Units,
    sentence: &BodySentence,
) -> Option<(usize, usize)> {
    let pick = units.closure(units.block_of(sentence.order), |_| false)?;
    let first = *units.sentences_of(*pick.first()?).start();
    let last = *units.sentences_of(*pick.last()?).end();
    let shown = &sentences[first..=last];
    let words: usize = shown.iter().map(|other| other.word_count).sum();
    let one_paragraph = shown
        .iter()
        .all(|other| other.paragraph == sentence.paragraph);
    (one_paragraph && (first == last || words <= LONGEST_KEY_PASSAGE_WORDS))
        .then_some((first, last))
}

/// The sentences of `span`, or their whole paragraph when the paragraph is short enough to
/// quote.
fn quote_passage(
    article: &Article,
    sentences: &[BodySentence],
    paragraph: usize,
    (first, last): (usize, usize),
) -> Passage {
    let siblings: Vec<&BodySentence> = sentences
        .iter()
        .filter(|other| other.paragraph == paragraph)
        .collect();
    let paragraph_words: usize = siblings.iter().map(|other| other.word_count).sum();
    if siblings.len() > 1 && paragraph_words <= SHORT_PARAGRAPH_WORDS {
        let start = siblings
            .iter()
            .map(|other| other.start)
            .min()
            .unwrap_or(sentences[first].start);
        let end = siblings
            .iter()
            .map(|other| other.end)
            .max()
            .unwrap_or(sentences[last].end);
        return passage(&article.text, start, end);
    }
    passage(&article.text, sentences[first].start, sentences[last].end)
}

/// A verbatim span, shorn of a quotation mark that opens or closes nothing inside it (the
/// first or last sentence of a quoted paragraph carries one of the paragraph's marks).
fn passage(text: &str, mut start: usize, mut end: usize) -> Passage {
    let is_double_quote = |c: char| matches!(c, '"' | '“' | '”' | '«' | '»');
    let span = &text[start..end];
    let marks = span.chars().filter(|&c| is_double_quote(c)).count();
    if marks % 2 == 1 {
        if let Some(first) = span.chars().next().filter(|&c| is_double_quote(c)) {
            start += first.len_utf8();
        } else if let Some(last) = span.chars().next_back().filter(|&c| is_double_quote(c)) {
            end -= last.len_utf8();
        }
    }
    Passage {
        text: text[start..end].to_owned(),
        start,
        end,
    }
}
