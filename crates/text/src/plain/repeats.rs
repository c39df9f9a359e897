//! Lines printed twice: a repeated line is kept once, a pull-quote whose words a longer paragraph
//! (or the author's unquoted copy) holds is dropped, and a repeat none of whose copies was kept
//! takes the true reason of its first dropped copy.

use super::*;
use model::RemovalReason;

/// A line this long found inside a longer paragraph is a pull-quote: lower drops short phrases
/// the story happens to repeat, higher keeps short pull-quotes printed twice.
const MIN_PULL_QUOTE_WORDS: usize = 8;
/// The quoted words of a short quoted line are looked for in the paragraphs from this many.
const MIN_QUOTED_PULL_QUOTE_WORDS: usize = 2;

pub(super) fn remove_repeats(lines: &mut [Line]) {
    let keys: Vec<String> = lines
        .iter()
        .map(|line| comparison_key(&line.text))
        .collect();
    // Where each word window of the paragraphs of prose stands, to find the paragraphs that hold
    // a line's words without reading every paragraph for every line.
    let prose = ProseWindows::new(lines, &keys);
    // The kept copy of each line, by comparison key.
    let mut kept_copy: std::collections::BTreeMap<String, usize> = Default::default();
    for index in 0..lines.len() {
        if !is_kept(&lines[index]) || keys[index].is_empty() {
            continue;
        }
        if let Some(&earlier) = kept_copy.get(&keys[index]) {
            // A sentence printed twice in the body, once set in quotation marks, is a pull-quote
            // and the author's own sentence: the author's copy keeps its place in the text.
            if is_wholly_quoted(&lines[earlier].text) && !is_wholly_quoted(&lines[index].text) {
                lines[earlier].state = State::Removed(RemovalReason::PullQuoteRepeated);
                kept_copy.insert(keys[index].clone(), index);
            } else if is_wholly_quoted(&lines[index].text)
                && !is_wholly_quoted(&lines[earlier].text)
            {
                lines[index].state = State::Removed(RemovalReason::PullQuoteRepeated);
            } else {
                lines[index].state = State::Removed(RemovalReason::RepeatedLine);
            }
            continue;
        }
        kept_copy.insert(keys[index].clone(), index);
        // A long line, or the quoted words of a short quoted line ("“A safer place.”"), found
        // inside a longer paragraph is a pull-quote printed again.
        let mut probes = Vec::new();
        if lines[index].words >= MIN_PULL_QUOTE_WORDS {
            probes.push(keys[index].clone());
        }
        if let Some(quoted) = quoted_words(&lines[index].text)
            .filter(|quoted| quoted.split(' ').count() >= MIN_QUOTED_PULL_QUOTE_WORDS)
        {
            probes.push(quoted);
        }
        // Only a paragraph of prose reprints a pull-quote; a headline inside a breadcrumb trail
        // or a page-title line ("Home > Blog > Floods cut the highway") is the headline itself.
        let contained = probes.iter().any(|probe| {
            prose.paragraphs_holding(probe, &keys).any(|other| {
                other != index && is_kept(&lines[other]) && keys[other].len() > keys[index].len()
            })
        });
        if contained {
            lines[index].state = State::Removed(RemovalReason::PullQuoteRepeated);
        }
    }
}

/// The longest word window indexed: a probe is looked up by its rarest window of this many
/// words (fewer for shorter probes). Longer windows are rarer but cost more memory per word.
const WINDOW_WORDS: usize = 3;
/// How many bytes of paragraphs the search for pull-quotes may read, per byte of the text: far
/// more than any page needs (the paragraphs holding a probe's rarest words are read in full),
/// but a bound, so that a text made to defeat the index (thousands of lines of the same few
/// words) costs linear time. Past it a line is kept (a doubtful line kept is better than a
/// line of the story lost).
const READ_BYTES_PER_TEXT_BYTE: usize = 32;

/// The word windows (one to [`WINDOW_WORDS`] words) of the kept paragraphs of prose, by hash:
/// which paragraphs may hold a run of words. Sorted pairs (window hash, line), about 24 bytes
/// per word of prose.
struct ProseWindows {
    entries: Vec<(u32, u32)>,
    /// Where the entries of each run of hashes sharing their top `bits` bits begin (and, last,
    /// where they end): a lookup searches one short run, not all the entries (millions for a long text,
    /// a cache miss at each step of a binary search).
    run_starts: Vec<u32>,
    bits: u32,
    /// The kept paragraphs of prose, in order.
    paragraphs: Vec<u32>,
    /// Bytes of paragraphs that may still be read.
    budget: std::cell::Cell<usize>,
}

impl ProseWindows {
    fn new(lines: &[Line], keys: &[String]) -> Self {
        let mut entries = Vec::new();
        let mut paragraphs = Vec::new();
        for (index, line) in lines.iter().enumerate() {
            if !is_kept(line) || !is_body_like(line) {
                continue;
            }
            paragraphs.push(index as u32);
            let words: Vec<&str> = keys[index].split(' ').collect();
            for size in 1..=WINDOW_WORDS {
                for window in words.windows(size) {
                    entries.push((window_hash(window), index as u32));
                }
            }
        }
        entries.sort_unstable();
        entries.dedup();
        // About four entries per run, the number of runs a power of two.
        let bits = (entries.len() / 4)
            .max(1)
            .next_power_of_two()
            .trailing_zeros()
            .min(24);
        let mut run_starts = vec![0u32; (1 << bits) + 1];
        for &(hash, _) in &entries {
            run_starts[(u64::from(hash) >> (32 - bits)) as usize + 1] += 1;
        }
        for run in 1..run_starts.len() {
            run_starts[run] += run_starts[run - 1];
        }
        let text_bytes: usize = keys.iter().map(|key| key.len() + 1).sum();
        ProseWindows {
            entries,
            run_starts,
            bits,
            paragraphs,
            budget: std::cell::Cell::new(text_bytes * READ_BYTES_PER_TEXT_BYTE),
        }
    }

    /// The kept paragraphs of prose whose comparison key holds `probe` (a comparison key
    /// too), each once, in order. The probe's first word may end a longer word and its last
    /// word begin one ("takeawayswhen and how … returnswhat": menus glued to the text), but the
    /// words between are whole words of the paragraph: the paragraphs holding the rarest window
    /// of them are read. A probe of one or two words has no word between, so every paragraph
    /// is read for it.
    fn paragraphs_holding<'a>(
        &'a self,
        probe: &'a str,
        keys: &'a [String],
    ) -> impl Iterator<Item = usize> + 'a {
        let words: Vec<&str> = probe.split(' ').collect();
        let candidates: Box<dyn Iterator<Item = usize> + 'a> = if words.len() >= 3 {
            let inner = &words[1..words.len() - 1];
            let size = inner.len().min(WINDOW_WORDS);
            let rarest = inner
                .windows(size)
                .map(|window| self.lines_with(window_hash(window)))
                .min_by_key(|found| found.len())
                .unwrap_or(&[]);
            Box::new(rarest.iter().map(|&(_, line)| line as usize))
        } else {
            Box::new(self.paragraphs.iter().map(|&line| line as usize))
        };
        candidates.filter(move |&line| {
            let cost = keys[line].len() + 1;
            if self.budget.get() < cost {
                return false;
            }
            self.budget.set(self.budget.get() - cost);
            #[cfg(test)]
            LINES_COMPARED.with(|count| count.set(count.get() + 1));
            keys[line].contains(probe)
        })
    }

    fn lines_with(&self, hash: u32) -> &[(u32, u32)] {
        let run = (u64::from(hash) >> (32 - self.bits)) as usize;
        let run = &self.entries[self.run_starts[run] as usize..self.run_starts[run + 1] as usize];
        let start = run.partition_point(|&(found, _)| found < hash);
        let end = run.partition_point(|&(found, _)| found <= hash);
        &run[start..end]
    }
}

#[cfg(test)]
thread_local! {
    /// Paragraphs read in full in the search for pull-quotes, on this thread: a test counts
    /// them to catch a return to reading every paragraph for every line.
    pub(crate) static LINES_COMPARED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// FNV-1a over a window's words, a space between them.
fn window_hash(words: &[&str]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for (position, word) in words.iter().enumerate() {
        if position > 0 {
            hash = (hash ^ u32::from(b' ')).wrapping_mul(0x0100_0193);
        }
        for byte in word.bytes() {
            hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
    }
    hash
}

/// Does the whole line sit inside quotation marks ("“It amplifies what is there.”")?
fn is_wholly_quoted(text: &str) -> bool {
    let trimmed = text.trim().trim_end_matches(['.', ',']);
    trimmed.starts_with(['"', '“', '«', '‘']) && trimmed.ends_with(['"', '”', '»', '’'])
}

/// A line dropped as a repeat whose every other copy was dropped too (a section label printed
/// above the menu and again above the headline) was not "kept once": it takes the reason of the
/// copy that was dropped first, so that `removed[].why` tells the truth.
pub(super) fn reason_repeats_truthfully(lines: &mut [Line]) {
    let is_repeat =
        |line: &Line| matches!(&line.state, State::Removed(RemovalReason::RepeatedLine));
    // The copies of each repeated line, by comparison key, gathered in one pass.
    let mut copies_by_key: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
    let repeated_keys: std::collections::BTreeSet<String> = lines
        .iter()
        .filter(|line| is_repeat(line))
        .map(|line| comparison_key(&line.text))
        .collect();
    for (index, line) in lines.iter().enumerate() {
        let key = comparison_key(&line.text);
        if repeated_keys.contains(&key) {
            copies_by_key.entry(key).or_default().push(index);
        }
    }
    for group in copies_by_key.values() {
        relabel_repeats(lines, group);
    }
}

/// Give the repeats among the copies of one line the reason of the first dropped copy when no
/// copy was kept. The first copy is never a repeat (a repeat follows the copy it repeats), so
/// that reason is the same for every repeat of the group.
fn relabel_repeats(lines: &mut [Line], group: &[usize]) {
    if group.iter().any(|&index| is_kept(&lines[index])) {
        return;
    }
    let first_reason = group.iter().find_map(|&other| match &lines[other].state {
        State::Removed(reason) if *reason != RemovalReason::RepeatedLine => Some(*reason),
        _ => None,
    });
    // A pull-quote's words are kept in the paragraph that holds them: "kept once" is true.
    let Some(reason) = first_reason.filter(|reason| *reason != RemovalReason::PullQuoteRepeated)
    else {
        return;
    };
    for &index in group {
        if matches!(
            &lines[index].state,
            State::Removed(RemovalReason::RepeatedLine)
        ) {
            lines[index].state = State::Removed(reason);
        }
    }
}

/// The comparison key of the words inside a line's opening quotation ("“We are at war,” she
/// said." → "we are at war"), for lines that open with a quotation mark.
fn quoted_words(text: &str) -> Option<String> {
    let rest = text.strip_prefix(['“', '"', '«', '‘'])?;
    let inside = &rest[..rest.find(['”', '"', '»', '’']).unwrap_or(rest.len())];
    Some(comparison_key(inside))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `count` distinct paragraphs of prose, a pull-quote printed again after every tenth.
    fn story(count: usize) -> String {
        let mut text = String::from("Harbour wall plans delayed again\nBy Jane Roe\n");
        for index in 0..count {
            text.push_str(&format!(
                "Engineers said on day {index} that section {index} of the harbour wall needs \
                 deeper piles, and residents of street {index} were told to expect delays.\n"
            ));
            if index % 10 == 9 {
                text.push_str(&format!(
                    "\u{201c}section {index} of the harbour wall needs deeper piles\u{201d}\n"
                ));
            }
        }
        text
    }

    /// Paragraphs read in full while cleaning `text`.
    fn paragraphs_read(text: &str) -> usize {
        LINES_COMPARED.with(|count| count.set(0));
        let doc = RawDoc {
            source: "story.txt".into(),
            format: model::RawFormat::Text,
            content: text.into(),
            hints: model::RawHints::default(),
        };
        let (article, _) = clean_text(&doc);
        let pull_quotes = article
            .removed
            .iter()
            .filter(|removed| removed.why == RemovalReason::PullQuoteRepeated)
            .count();
        assert!(pull_quotes > 0, "the pull-quotes are found");
        LINES_COMPARED.with(std::cell::Cell::get)
    }

    #[test]
    fn pull_quotes_are_found_reading_each_paragraph_a_bounded_number_of_times() {
        let (small, large) = (paragraphs_read(&story(200)), paragraphs_read(&story(800)));
        // Reading every paragraph for every line would read 800 × 800 paragraphs, and 16 times
        // as many for four times the text; the index reads a few per line.
        assert!(large <= 3 * 800, "{large} paragraphs read for 800 lines");
        assert!(
            large <= 5 * small,
            "four times the text read {large} paragraphs against {small}"
        );
    }
}
