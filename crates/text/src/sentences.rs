//! Sentence splitting for news prose: rule-based, byte-offset preserving, aware of
//! abbreviations ("U.S.", "Gen.", "Jan."), initials, decimals and closing quotes.

/// A sentence as a byte range of the text it was split from (the contract's type).
pub use model::Sentence;

/// An article's sentences: those split once after cleaning (`Article::sentences`), or, for
/// an article built without them (by a library caller or a test), split now.
pub fn article_sentences(article: &model::Article) -> std::borrow::Cow<'_, [Sentence]> {
    if article.sentences.is_empty() && !article.text.trim().is_empty() {
        std::borrow::Cow::Owned(sentences(&article.text))
    } else {
        std::borrow::Cow::Borrowed(&article.sentences)
    }
}

/// Abbreviations that end with a period without ending a sentence, compared lower-cased
/// without their final period.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "adm",
    "cmdr", "gov", "sen", "rep", "rev", "fr", "st", "mt", "ft", "jr", "sr", "no", "nos", "vs",
    "etc", "inc", "ltd", "corp", "co", "dept", "univ", "approx", "est", "fig", "vol", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
    "e.g", "i.e", "a.m", "p.m", "al", "pres", "brig", "hon", "mln", "bln",
];

/// Split `text` into sentences. Newlines that separate paragraphs ("\n\n") always end a
/// sentence; a single newline does too, since scraped lines rarely wrap mid-sentence.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut result = Vec::new();
    let bytes = text.as_bytes();
    let mut start = skip_space(text, 0);
    let mut index = start;
    while index < bytes.len() {
        let byte = bytes[index];
        if byte == b'\n' {
            push_trimmed(text, start, index, &mut result);
            start = skip_space(text, index + 1);
            index = start;
            continue;
        }
        if matches!(byte, b'.' | b'!' | b'?') {
            let mut end = index + 1;
            // Take runs of terminal punctuation and closing quotes/brackets with the sentence.
            while end < bytes.len() {
                let rest = &text[end..];
                let next = rest.chars().next().unwrap_or(' ');
                if matches!(
                    next,
                    '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '”' | '’' | '»'
                ) {
                    end += next.len_utf8();
                } else {
                    break;
                }
            }
            if is_boundary(text, start, index, end) {
                push_trimmed(text, start, end, &mut result);
                start = skip_space(text, end);
                index = start;
                continue;
            }
            index = end;
            continue;
        }
        index += 1;
    }
    push_trimmed(text, start, bytes.len(), &mut result);
    result
}

fn skip_space(text: &str, mut index: usize) -> usize {
    while index < text.len() {
        let next = text[index..].chars().next().unwrap_or('x');
        if next.is_whitespace() {
            index += next.len_utf8();
        } else {
            break;
        }
    }
    index
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let slice = &text[start..end];
    let trimmed_end = start + slice.trim_end().len();
    if trimmed_end > start {
        out.push(Sentence {
            start,
            end: trimmed_end,
        });
    }
}

/// Is the terminal punctuation at `mark` (with trailing closers up to `after`) a boundary?
fn is_boundary(text: &str, sentence_start: usize, mark: usize, after: usize) -> bool {
    let rest = &text[after..];
    // Must be followed by whitespace (or the end).
    let Some(first_after) = rest.chars().next() else {
        return true;
    };
    if !first_after.is_whitespace() {
        return false;
    }
    let next_word_start = skip_space(text, after);
    let Some(next_char) = text[next_word_start..].chars().next() else {
        return true;
    };
    if text[after..next_word_start].contains('\n') {
        return true;
    }
    if text.as_bytes()[mark] != b'.' {
        // "!" and "?" end a sentence unless a lower-case continuation follows ("?" in a title).
        return !next_char.is_lowercase();
    }
    if next_char.is_lowercase() {
        return false;
    }
    let word = last_word(&text[sentence_start..mark]);
    let lowered = word
        .trim_start_matches(['(', '"', '“', '\''])
        .to_lowercase();
    if ABBREVIATIONS.contains(&lowered.as_str()) {
        // "U.S." can end a sentence; only treat it as a boundary before a likely opener.
        return lowered == "u.s" && starts_sentence_word(&text[next_word_start..]);
    }
    // A single capital letter is an initial ("John F. Kennedy").
    let mut chars = lowered.chars();
    if let (Some(only), None) = (chars.next(), chars.next()) {
        if only.is_alphabetic() {
            return false;
        }
    }
    true
}

fn last_word(text: &str) -> &str {
    text.rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
}

/// Words that commonly open a sentence after "U.S." ends the previous one.
fn starts_sentence_word(text: &str) -> bool {
    let word: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    matches!(
        word.as_str(),
        "The"
            | "A"
            | "An"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "But"
            | "In"
            | "This"
            | "That"
            | "On"
            | "At"
            | "As"
            | "However"
            | "Meanwhile"
            | "Since"
            | "After"
            | "When"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let got: Vec<&str> = sentences(text).iter().map(|s| s.text(text)).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn splits_plain_sentences() {
        check(
            "One two. Three four! Five?",
            &["One two.", "Three four!", "Five?"],
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        check(
            "Gen. Asim Munir met Mr. Smith in the U.S. capital. John F. Kennedy was not there.",
            &[
                "Gen. Asim Munir met Mr. Smith in the U.S. capital.",
                "John F. Kennedy was not there.",
            ],
        );
    }

    #[test]
    fn takes_closing_quotes_with_the_sentence() {
        check(
            "He called it \"open war.\" Talks failed.",
            &["He called it \"open war.\"", "Talks failed."],
        );
    }

    #[test]
    fn decimals_and_lowercase_continuations_do_not_split() {
        check(
            "It grew 2.5 percent. e.g. not here",
            &["It grew 2.5 percent. e.g. not here"],
        );
    }

    #[test]
    fn newlines_end_sentences() {
        check(
            "A heading\n\nBody text here.",
            &["A heading", "Body text here."],
        );
    }
}
