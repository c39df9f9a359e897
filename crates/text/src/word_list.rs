//! The crate's word-list data files (`data/*.txt`) as read: one entry a line, `#` comments and
//! blank lines skipped.

/// The entries of a word-list data file.
pub(crate) fn word_list(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
}
