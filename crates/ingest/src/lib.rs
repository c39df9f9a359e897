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
use std::collections::BTreeMap;

/// Inputs larger than this are cut here (with a warning), so one huge file cannot exhaust memory.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// What reading some inputs produced: documents, warnings, and how many inputs failed.
#[derive(Debug, Default)]
pub struct Ingested {
    pub docs: Vec<RawDoc>,
    pub warnings: Vec<Warning>,
    /// Inputs (or container items) that yielded nothing because they were unreadable, or only
    /// part of what they hold (cut, corrupt, bytes replaced). Each is named in a warning.
    pub failed: usize,
    /// Documents read only in part, by source: what is missing from them (a cut gzip stream,
    /// a truncated WARC record or JSON document). The engine marks their articles so that what
    /// was read is never passed off as the whole.
    pub partial: BTreeMap<String, String>,
}

impl Ingested {
    fn fail(&mut self, source: &str, message: impl Into<String>) {
        self.warnings.push(Warning::new(source, message));
        self.failed += 1;
    }

    /// Record what decoding an input's bytes said: a guessed charset is a warning; bytes
    /// replaced with U+FFFD are a warning too, and the input counts as failed, read in part.
    fn note_decoding(&mut self, source: &str, decoded: &charset::Decoded) {
        if let Some(note) = &decoded.note {
            self.warnings.push(Warning::new(source, note.clone()));
        }
        if decoded.replaced {
            self.failed += 1;
        }
    }

    /// Add a document that is only part of what its input held: `missing` says what is not
    /// there. The warning and the failure count are the caller's.
    fn push_partial(&mut self, doc: RawDoc, missing: impl Into<String>) {
        self.partial.insert(doc.source.clone(), missing.into());
        self.docs.push(doc);
    }

    fn extend(&mut self, other: Ingested) {
        self.docs.extend(other.docs);
        self.warnings.extend(other.warnings);
        self.failed += other.failed;
        self.partial.extend(other.partial);
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
    let lowered_name = name_hint.to_ascii_lowercase();
    let is_warc_name = lowered_name.ends_with(".warc.gz") || lowered_name.ends_with(".warc");
    // A gzip stream is read whatever the name says (stdin, URLs without `.gz`); WARC files
    // unzip themselves record by record.
    let is_gzip =
        !is_warc_name && (lowered_name.ends_with(".gz") || bytes.starts_with(&GZIP_MAGIC));
    let mut gzip_problem = None;
    let bytes = if is_gzip {
        match gunzip_bounded(bytes) {
            Ok(gunzipped) => {
                if let Some(problem) = &gunzipped.problem {
                    ingested.fail(source, problem.clone());
                }
                gzip_problem = gunzipped.problem;
                std::borrow::Cow::Owned(gunzipped.bytes)
            }
            Err(message) => {
                ingested.fail(source, message);
                return ingested;
            }
        }
    } else {
        std::borrow::Cow::Borrowed(bytes)
    };
    let inner_name = if is_gzip && lowered_name.ends_with(".gz") {
        &name_hint[..name_hint.len() - 3]
    } else {
        name_hint
    };
    let format = format::detect(&bytes, inner_name, content_type);
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
            ingested.note_decoding(source, &decoded);
            let raw_format = if format == InputFormat::Html {
                RawFormat::Html
            } else {
                RawFormat::Text
            };
            let doc = RawDoc {
                source: source.to_string(),
                format: raw_format,
                content: decoded.text,
                hints: RawHints {
                    url: url_of(source),
                    ..RawHints::default()
                },
            };
            match gzip_problem {
                Some(problem) => ingested.push_partial(doc, problem),
                None => ingested.docs.push(doc),
            }
        }
    }
    ingested
}

/// The URL of an input when the input itself was one.
fn url_of(source: &str) -> Option<String> {
    (source.starts_with("http://") || source.starts_with("https://")).then(|| source.to_string())
}

/// The two bytes every gzip member starts with.
pub(crate) const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// What inflating a gzip input gave: the bytes, and what went wrong when they are not all of
/// it (a cut or corrupt stream, or one that inflates past [`MAX_INPUT_BYTES`]).
#[derive(Debug)]
pub(crate) struct Gunzipped {
    pub bytes: Vec<u8>,
    pub problem: Option<String>,
}

/// Decompress gzip (one or more members), refusing to inflate past [`MAX_INPUT_BYTES`]. A
/// stream that is cut or corrupt part-way gives what came before the damage, with the problem
/// said ("truncated gzip …" or "corrupt gzip …"); one that gives nothing is an error.
pub(crate) fn gunzip_bounded(bytes: &[u8]) -> Result<Gunzipped, String> {
    use std::io::Read;
    let mut out = Vec::new();
    let decoder = flate2::read::MultiGzDecoder::new(bytes);
    let error = decoder
        .take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut out)
        .err();
    let damage = error.map(|error| {
        if error.kind() == std::io::ErrorKind::UnexpectedEof {
            "truncated gzip: the stream ends before its end marker".to_string()
        } else {
            format!("corrupt gzip: {error}")
        }
    });
    match damage {
        Some(damage) if out.is_empty() => Err(format!("{damage}; nothing could be read")),
        Some(damage) => Ok(Gunzipped {
            problem: Some(format!(
                "{damage}; the first {} bytes it gave are read, the rest is lost",
                out.len()
            )),
            bytes: out,
        }),
        None if out.len() > MAX_INPUT_BYTES => {
            out.truncate(MAX_INPUT_BYTES);
            Ok(Gunzipped {
                bytes: out,
                problem: Some(format!(
                    "gzip inflates past {} MB: only the first {} MB were read",
                    MAX_INPUT_BYTES / (1024 * 1024),
                    MAX_INPUT_BYTES / (1024 * 1024)
                )),
            })
        }
        None => Ok(Gunzipped {
            bytes: out,
            problem: None,
        }),
    }
}
