//! The one reader of this crate's word-list files (`data/*.txt`): entries one a line, `#`
//! comments and blank lines skipped, fields split at `|`.

/// The entries of a word-list file, in file order, trimmed.
pub(crate) fn entries(data: &'static str) -> Vec<&'static str> {
    model::word_list_entries(data).collect()
}

/// The entries of a `field | field | …` data file, each split into its trimmed fields.
pub(crate) fn fielded_entries(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    entries(data)
        .into_iter()
        .map(|line| line.split('|').map(str::trim).collect())
}

/// Declare a lazily read word list: `word_list!(NAME, "file.txt", "what it holds")`.
macro_rules! word_list {
    ($name:ident, $file:literal, $doc:literal) => {
        #[doc = $doc]
        static $name: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
            crate::lexicon::entries(include_str!(concat!("../data/", $file)))
        });
    };
}
pub(crate) use word_list;
