//! Which body sentences a card must take together, so that it never changes what the article
//! says by what it leaves out:
//!
//! - a direct quotation is a block: every sentence from its opening mark to its attribution
//!   ("“We lost everything. The river took the house,” said a farmer.") is taken whole or not at
//!   all, so no sentence of it reads as the journalist's own. A quotation whose speaker is named
//!   in the sentence before it (or was not found, where the speaker usually is) leans on that
//!   sentence, as below.
//! - a block whose first sentence leans on the sentence before it (opens on "He", "Those",
//!   "But", "However,", or holds "that criticism"; see `data/leaning_openers.txt` and
//!   `data/shell_nouns.txt`) is taken only with that sentence's block, unless the card already
//!   holds it.
//!
//! The quotations are the ones the `facts` crate finds (`Article::quotations` when an earlier
//! stage filled them, else `facts::quotations` over the article's sentences): quote marks are
//! read in one place.

use model::Article;

use crate::lexicon::{is_deictic_time_word, is_shell_noun, leaning_openers};
use crate::salience::BodySentence;
use crate::words::Token;

/// The article's body sentences grouped into blocks that are taken whole.
#[derive(Debug, Clone)]
pub struct Units {
    /// For each body sentence (by `order`), the index of its block.
    block_of: Vec<usize>,
    /// Each block's first and last body sentence (inclusive), in article order.
    blocks: Vec<(usize, usize)>,
    /// Whether each block's first sentence leans on the sentence before it.
    leans: Vec<bool>,
}

impl Units {
    /// Group `sentences` (the article's body sentences, in order) into blocks.
    pub fn new(
        article: &Article,
        article_sentences: &[model::Sentence],
        sentences: &[BodySentence],
    ) -> Units {
        let mut runs: Vec<(usize, usize, bool)> =
            direct_quotation_spans(article, article_sentences)
                .into_iter()
                .filter_map(|span| sentence_run(sentences, span))
                .collect();
        runs.sort_unstable();
        // A quotation that takes its speaker from the sentence before leans on it.
        let mut continues_quotation = vec![false; sentences.len()];
        for &(first, _, leans) in &runs {
            continues_quotation[first] |= leans;
        }
        let mut block_of = Vec::with_capacity(sentences.len());
        let mut blocks: Vec<(usize, usize)> = Vec::new();
        let mut next_run = 0;
        let mut order = 0;
        // Blocks are unions of overlapping runs; every run is contiguous, so one pass over the
        // runs sorted by their first sentence merges them.
        while order < sentences.len() {
            let mut last = order;
            while next_run < runs.len() && runs[next_run].0 <= last {
                last = last.max(runs[next_run].1);
                next_run += 1;
            }
            for _ in order..=last {
                block_of.push(blocks.len());
            }
            blocks.push((order, last));
            order = last + 1;
        }
        let leans = blocks
            .iter()
            .map(|&(first, _)| sentences[first].leans_on_previous || continues_quotation[first])
            .collect();
        Units {
            block_of,
            blocks,
            leans,
        }
    }

    pub fn block_count(&self) -> usize {
        self.blocks.len()
    }

    /// The block holding a body sentence.
    pub fn block_of(&self, order: usize) -> usize {
        self.block_of[order]
    }

    /// A block's body sentences, first to last.
    pub fn sentences_of(&self, block: usize) -> std::ops::RangeInclusive<usize> {
        let (first, last) = self.blocks[block];
        first..=last
    }

    /// The blocks a card must add to take `block`: the block itself and, while the earliest one
    /// leans on the sentence before it, the block before, up to one `is_taken` already holds.
    /// Earliest first. `None` when the chain runs back past the article's first sentence.
    pub fn closure(&self, block: usize, is_taken: impl Fn(usize) -> bool) -> Option<Vec<usize>> {
        let mut chain = vec![block];
        let mut earliest = block;
        while self.leans[earliest] {
            let previous = earliest.checked_sub(1)?;
            if is_taken(previous) {
                break;
            }
            chain.push(previous);
            earliest = previous;
        }
        chain.reverse();
        Some(chain)
    }
}

/// Does a sentence lean on the one before it? It opens on a word or phrase of
/// `data/leaning_openers.txt` ("This week" and "These days" aside), or names "that criticism",
/// "these measures": a demonstrative before a noun of `data/shell_nouns.txt`. The opener of a
/// sentence that opens a quotation (`“This is a vigorous system,” the service said.`) is the
/// speaker's, shown in quotation marks with the speaker: it does not lean.
pub fn leans_on_previous(sentence_text: &str, tokens: &[Token]) -> bool {
    let opens_quotation = sentence_text.trim_start().starts_with(['"', '“', '„', '«']);
    let opens_leaning = !opens_quotation
        && leaning_openers().iter().any(|opener| {
            opener.len() <= tokens.len()
                && opener
                    .iter()
                    .zip(tokens)
                    .all(|(word, token)| *word == token.lower)
        });
    let calendar_demonstrative = tokens.len() >= 2
        && matches!(tokens[0].lower.as_str(), "this" | "these")
        && is_deictic_time_word(&tokens[1].lower);
    let names_something_said = tokens.windows(2).any(|pair| {
        matches!(
            pair[0].lower.as_str(),
            "this" | "that" | "these" | "those" | "such"
        ) && !pair[1].after_punctuation
            && is_shell_noun(&pair[1].lower)
    });
    (opens_leaning && !calendar_demonstrative) || names_something_said
}

/// A direct quotation: its words and, when found, its speaker, as byte ranges of
/// `Article::text`.
#[derive(Debug, Clone, Copy)]
struct QuotationSpan {
    quote: (usize, usize),
    speaker: Option<(usize, usize)>,
}

/// The article's direct quotations: the ones an earlier stage put on the article, else the
/// ones `facts` finds in its sentences (the engine makes cards before it reads quotations).
/// Both give the quoted words and the speaker as written, so both give the same spans.
fn direct_quotation_spans(
    article: &Article,
    article_sentences: &[model::Sentence],
) -> Vec<QuotationSpan> {
    if !article.quotations.is_empty() {
        return article
            .quotations
            .iter()
            .filter(|quotation| quotation.direct)
            .map(|quotation| QuotationSpan {
                quote: (quotation.start, quotation.end),
                speaker: quotation.speaker_start.zip(quotation.speaker_end),
            })
            .collect();
    }
    facts::quotations(&article.text, article_sentences)
        .into_iter()
        .filter(|quotation| quotation.direct)
        .map(|quotation| QuotationSpan {
            quote: (quotation.quote_start, quotation.quote_end),
            speaker: quotation.speaker_text,
        })
        .collect()
}

/// The body sentences a quotation must be shown with, first and last (inclusive), and whether
/// the first of them leans on the sentence before it. A quotation is its own sentences and those
/// up to its speaker; when the speaker is named in the sentence right before it (`… Costa
/// said. “Samuel took his chance.”`), or not found at all and the quotation does not open its
/// paragraph, it leans on that sentence instead, so that sentence can also be shown without it.
/// `None` when it touches no body sentence (a quotation in a caption).
fn sentence_run(sentences: &[BodySentence], span: QuotationSpan) -> Option<(usize, usize, bool)> {
    let touched = |(start, end): (usize, usize)| {
        let first = sentences.partition_point(|sentence| sentence.end <= start);
        let after_last = sentences.partition_point(|sentence| sentence.start < end.max(start + 1));
        (first < after_last).then(|| (first, after_last - 1))
    };
    let (mut first, mut last) = touched(span.quote)?;
    let mut leans = false;
    match span.speaker.and_then(touched) {
        Some((speaker_first, speaker_last)) if speaker_last < first => {
            if speaker_last + 1 == first {
                leans = true;
            } else {
                first = speaker_first;
            }
        }
        Some((speaker_first, speaker_last)) => {
            first = first.min(speaker_first);
            last = last.max(speaker_last);
        }
        None => {
            leans = first > 0 && sentences[first - 1].paragraph == sentences[first].paragraph;
        }
    }
    Some((first, last, leans))
}
