//! `ingest/`: here are inputs (files, folders, globs, stdin, URLs) — what raw documents do they
//! hold? The parsers (`parse_bytes` and the format modules) are pure functions over bytes; only
//! `inputs` and `fetch` touch the file system and the network.

pub mod charset;
pub mod feed;
pub mod fetch;
pub mod format;
pub mod inputs;
pub mod jsonl;
pub mod warc;

pub use fetch::FetchOptions;
pub use format::InputFormat;
pub use inputs::{read_inputs, InputOptions};

use model::{RawDoc, RawFormat, RawHints, Warning};

/// Inputs larger than this are cut here (with a warning), so one huge file cannot exhaust memory.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// What reading some inputs produced: documents, warnings, and how many inputs failed outright.
#[derive(Debug, Default)]
pub struct Ingested {
    pub docs: Vec<RawDoc>,
    pub warnings: Vec<Warning>,
    /// Inputs (or container items) that yielded nothing because they were unreadable.
    pub failed: usize,
}

impl Ingested {
    fn fail(&mut self, source: &str, message: impl Into<String>) {
        self.warnings.push(Warning::new(source, message));
        self.failed += 1;
    }

    fn extend(&mut self, other: Ingested) {
        self.docs.extend(other.docs);
        self.warnings.extend(other.warnings);
        self.failed += other.failed;
    }
}

/// Parse the bytes of one input into raw documents. `source` names the input (path or URL as
/// given); `name_hint` is a file name or URL path whose extension helps detect the format;
/// `content_type` is an HTTP Content-Type header when the bytes came from the web.
pub fn parse_bytes(
    source: &str,
    bytes: &[u8],
    name_hint: &str,
    content_type: Option<&str>,
) -> Ingested {
    let mut ingested = Ingested::default();
    if bytes.iter().all(|byte| byte.is_ascii_whitespace()) {
        ingested.fail(source, "empty input: no content to read");
        return ingested;
    }
    let bytes = if name_hint.ends_with(".gz") && !name_hint.ends_with(".warc.gz") {
        match gunzip_bounded(bytes) {
            Ok(unzipped) => std::borrow::Cow::Owned(unzipped),
            Err(message) => {
                ingested.fail(source, message);
                return ingested;
            }
        }
    } else {
        std::borrow::Cow::Borrowed(bytes)
    };
    let format = format::detect(&bytes, name_hint.trim_end_matches(".gz"), content_type);
    match format {
        InputFormat::Warc => ingested.extend(warc::parse(source, &bytes)),
        InputFormat::Feed => ingested.extend(feed::parse(source, &bytes)),
        InputFormat::Jsonl => ingested.extend(jsonl::parse(source, &bytes)),
        InputFormat::Binary => {
            let declared = content_type
                .map(|value| {
                    format!(
                        " (served as {})",
                        value.split(';').next().unwrap_or(value).trim()
                    )
                })
                .unwrap_or_default();
            ingested.fail(
                source,
                format!("binary content{declared}, not text, HTML, a feed, JSONL or WARC: skipped"),
            );
        }
        InputFormat::Html | InputFormat::Text => {
            let charset_header = content_type.and_then(charset::charset_from_content_type);
            let decoded = if format == InputFormat::Html {
                charset::decode_html(&bytes, charset_header.as_deref())
            } else {
                charset::decode_text(&bytes, charset_header.as_deref())
            };
            if let Some(note) = decoded.note {
                ingested.warnings.push(Warning::new(source, note));
            }
            let raw_format = if format == InputFormat::Html {
                RawFormat::Html
            } else {
                RawFormat::Text
            };
            ingested.docs.push(RawDoc {
                source: source.to_string(),
                format: raw_format,
                content: decoded.text,
                hints: RawHints {
                    url: url_of(source),
                    ..RawHints::default()
                },
            });
        }
    }
    ingested
}

/// The URL of an input when the input itself was one.
fn url_of(source: &str) -> Option<String> {
    (source.starts_with("http://") || source.starts_with("https://")).then(|| source.to_string())
}

/// Decompress gzip, refusing to inflate past [`MAX_INPUT_BYTES`].
pub(crate) fn gunzip_bounded(bytes: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let mut out = Vec::new();
    let decoder = flate2::read::MultiGzDecoder::new(bytes);
    match decoder
        .take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut out)
    {
        Ok(_) if out.len() > MAX_INPUT_BYTES => {
            out.truncate(MAX_INPUT_BYTES);
            Ok(out)
        }
        Ok(_) => Ok(out),
        Err(error) if !out.is_empty() => {
            // A truncated gzip stream still gave us its beginning; keep it.
            let _ = error;
            Ok(out)
        }
        Err(error) => Err(format!("not readable as gzip: {error}")),
    }
}
