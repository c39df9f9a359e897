//! The crate's word-list data files (`data/*.txt`) as read: one entry a line, `#` comments and
//! blank lines skipped.

/// The entries of a word-list data file.
pub(crate) fn word_list(text: &'static str) -> Vec<&'static str> {
    model::word_list_entries(text).collect()
}

/// The labels that open a byline (`data/byline_labels.txt`: "by", "written by", "report by",
/// "par" …), lower-case, longest first: the one byline-label list, for the text cleaner and
/// the HTML extractor alike.
pub fn byline_labels() -> &'static [&'static str] {
    static LABELS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut labels = word_list(include_str!("../data/byline_labels.txt"));
        // The longest label first: "written by" before "by".
        labels.sort_by_key(|label| std::cmp::Reverse(label.len()));
        labels
    });
    &LABELS
}
