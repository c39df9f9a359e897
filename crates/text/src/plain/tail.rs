//! The lines after the body: short closing sentences still belong to the article; from the first
//! chrome or unpunctuated line on, related links, comment forms and footers.

use super::*;
use model::RemovalReason;

/// A sentence this long right after the body still belongs to the article; shorter ones are
/// widget text ("No votes so far!").
const MIN_TAIL_SENTENCE_WORDS: usize = 5;
/// A line this long without final punctuation right after the body is a paragraph cut off
/// mid-sentence, not a related-link headline.
const MIN_CUT_OFF_TAIL_WORDS: usize = 8;

/// Lines after the body: short unpunctuated lines are footer chrome.
/// Lines after the body: short sentences directly after the last paragraph still belong to the
/// article; from the first chrome line or unpunctuated line on, everything is page furniture
/// (related links, comment forms, footers).
pub(super) fn read_tail(lines: &mut [Line], last_body: usize) {
    let mut article_over = false;
    let mut previous_bulleted = lines.get(last_body).is_some_and(|line| line.bulleted);
    let mut previous_fact = lines
        .get(last_body)
        .is_some_and(|line| labelled_fact(&line.text));
    for line in lines.iter_mut().skip(last_body + 1) {
        if !is_kept(line) {
            article_over = true;
            continue;
        }
        if line.state == State::Kept(ParagraphKind::Caption) {
            continue;
        }
        let closing_sentence = ends_like_sentence(&line.text)
            && line.words >= MIN_TAIL_SENTENCE_WORDS
            && !line.text.ends_with(':');
        // A list that runs on from the body, or a long line cut off mid-sentence, is still the
        // article (the cut is flagged when the body is typed).
        let continues_list = previous_bulleted && line.bulleted;
        // A block of "Label: value" facts (line-ups, referee, attendance) runs on to its end.
        let continues_facts = previous_fact && labelled_fact(&line.text);
        previous_fact = labelled_fact(&line.text);
        let cut_off_paragraph =
            line.words >= MIN_CUT_OFF_TAIL_WORDS && !ends_like_sentence(&line.text);
        previous_bulleted = line.bulleted;
        if !article_over && (continues_list || continues_facts || cut_off_paragraph) {
            continue;
        }
        if article_over || !closing_sentence {
            article_over = true;
            line.state = State::Removed(RemovalReason::AfterTheArticle);
        }
    }
}

/// A fact given as "Label: value" ("Referee: Sarah Blake", "Attendance: 31,402"): a label of
/// one or two capitalised words, a colon, and a value.
fn labelled_fact(text: &str) -> bool {
    let Some((label, value)) = text.split_once(": ") else {
        return false;
    };
    let label_words: Vec<&str> = label.split_whitespace().collect();
    (1..=2).contains(&label_words.len())
        && label_words
            .iter()
            .all(|word| word.chars().next().is_some_and(char::is_uppercase))
        && !value.trim().is_empty()
}
