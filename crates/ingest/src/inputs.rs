//! Turning what the user typed (paths, folders, globs, `-`, URLs) into raw documents. Folders
//! and globs expand in sorted order so a batch always reads in the same order.

use crate::{fetch, parse_bytes, FetchOptions, Ingested, MAX_INPUT_BYTES};
use std::io::Read;
use std::path::Path;

/// How to read inputs.
#[derive(Debug, Clone, Default)]
pub struct InputOptions {
    pub fetch: FetchOptions,
}

/// Read every input. Each unreadable input is a warning naming it; the rest go on.
pub fn read_inputs(inputs: &[String], options: &InputOptions) -> Ingested {
    let mut ingested = Ingested::default();
    for input in inputs {
        ingested.extend(read_one(input, options));
    }
    ingested
}

fn read_one(input: &str, options: &InputOptions) -> Ingested {
    if input == "-" {
        let mut bytes = Vec::new();
        let read = std::io::stdin()
            .lock()
            .take(MAX_INPUT_BYTES as u64 + 1)
            .read_to_end(&mut bytes);
        if let Err(error) = read {
            return failed(input, format!("reading standard input failed: {error}"));
        }
        let was_cut = bytes.len() > MAX_INPUT_BYTES;
        bytes.truncate(MAX_INPUT_BYTES);
        let mut ingested = parse_bytes("-", &bytes, "", None);
        if was_cut {
            // As for a file past the limit: its beginning is analysed, and it counts as failed.
            ingested.failed += 1;
            mark_cut_document(&mut ingested, "-");
            ingested.warnings.insert(
                0,
                model::Warning::new(
                    "-",
                    format!(
                        "standard input holds more than {} MB; only the first {} MB were read",
                        MAX_INPUT_BYTES / (1024 * 1024),
                        MAX_INPUT_BYTES / (1024 * 1024)
                    ),
                ),
            );
        }
        return ingested;
    }
    let lowered = input.to_ascii_lowercase();
    if lowered.starts_with("http://") || lowered.starts_with("https://") {
        return fetch::fetch(input, &options.fetch);
    }
    if lowered.contains("://") {
        return failed(input, "only http and https URLs are fetched");
    }
    let path = Path::new(input);
    if path.is_dir() {
        let mut ingested = Ingested::default();
        let mut files: Vec<_> = walkdir::WalkDir::new(path)
            .sort_by_file_name()
            .into_iter()
            .filter_map(|entry| match entry {
                Ok(entry) => Some(entry),
                Err(error) => {
                    ingested
                        .warnings
                        .push(model::Warning::new(input, format!("cannot list: {error}")));
                    None
                }
            })
            .filter(|entry| {
                entry.file_type().is_file() && !entry.file_name().to_string_lossy().starts_with('.')
            })
            .map(|entry| entry.into_path())
            .collect();
        files.sort();
        if files.is_empty() {
            ingested.fail(input, "folder holds no files");
        }
        for file in files {
            ingested.extend(read_file(&file));
        }
        return ingested;
    }
    if path.is_file() {
        return read_file(path);
    }
    if input.contains(['*', '?', '[']) {
        let mut ingested = Ingested::default();
        match glob::glob(input) {
            Ok(paths) => {
                let mut files: Vec<_> = paths
                    .filter_map(Result::ok)
                    .filter(|path| path.is_file())
                    .collect();
                files.sort();
                if files.is_empty() {
                    ingested.fail(input, "pattern matches no files");
                }
                for file in files {
                    ingested.extend(read_file(&file));
                }
            }
            Err(error) => ingested.fail(input, format!("bad glob pattern: {error}")),
        }
        return ingested;
    }
    failed(input, "no such file, folder or pattern")
}

fn read_file(path: &Path) -> Ingested {
    let source = path.to_string_lossy().to_string();
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(error) => return failed(&source, format!("cannot open: {error}")),
    };
    let size = file.metadata().map(|metadata| metadata.len()).unwrap_or(0);
    let mut bytes = Vec::new();
    if let Err(error) = file.take(MAX_INPUT_BYTES as u64).read_to_end(&mut bytes) {
        return failed(&source, format!("cannot read: {error}"));
    }
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut ingested = parse_bytes(&source, &bytes, &name, None);
    if size > MAX_INPUT_BYTES as u64 {
        // Read in part is not read: the input counts as failed (exit 1) though its beginning
        // is analysed.
        ingested.failed += 1;
        mark_cut_document(&mut ingested, &source);
        ingested.warnings.insert(
            0,
            model::Warning::new(
                &source,
                format!(
                    "file is {} MB; only the first {} MB were read",
                    size / (1024 * 1024),
                    MAX_INPUT_BYTES / (1024 * 1024)
                ),
            ),
        );
    }
    ingested
}

fn failed(source: &str, message: impl Into<String>) -> Ingested {
    let mut ingested = Ingested::default();
    ingested.fail(source, message);
    ingested
}

/// An input cut at the read limit that is one document (a page or a text, not a container of
/// whole items) is that document's beginning only: it is marked partial.
fn mark_cut_document(ingested: &mut Ingested, source: &str) {
    if let [doc] = ingested.docs.as_slice() {
        if doc.source == source {
            ingested.partial.insert(
                source.to_string(),
                format!(
                    "everything past the first {} MB of the input",
                    MAX_INPUT_BYTES / (1024 * 1024)
                ),
            );
        }
    }
}
