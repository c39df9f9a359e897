//! JSON Lines input: one article per line with news-please / newspaper style fields
//! (`id`, `url`, `title`, `text` or `maintext`, `published` or `date_publish`, `outlet` or
//! `source_domain`, `authors`); unknown fields are ignored, a bad line is a warning. A file
//! that is one JSON document (news-please's per-article `.json`, pretty-printed, or an array
//! of such objects) is read as its record or records.

use crate::format::embedded_body_document;
use crate::{charset, Ingested};
use model::{RawDoc, RawHints};
use serde_json::Value;

/// Parse JSONL bytes. Each item's source is `<source>#<id>` (the record's `id`, else its
/// 1-based line or array position); a whole-file object without an `id` is `<source>` itself.
/// Bytes that are not valid UTF-8 are decoded as any text input is (see [`charset`]), with a
/// warning. A cut or damaged document keeps the records (or an object's fields) before the
/// damage, said in a warning that names it truncated or corrupt.
pub fn parse(source: &str, bytes: &[u8]) -> Ingested {
    let mut ingested = Ingested::default();
    let decoded = charset::decode_text(bytes, None);
    ingested.note_decoding(source, &decoded);
    for record in records(&decoded.text) {
        let item_source = match &record.position {
            Some(position) => format!("{source}#{position}"),
            None => source.to_string(),
        };
        if let Some(problem) = &record.problem {
            ingested.fail(&item_source, format!("{} {problem}", record.label));
        }
        let Some(value) = record.value else {
            continue;
        };
        let Some(object) = value.as_object() else {
            ingested.fail(
                &item_source,
                format!("{} is not a JSON object", record.label),
            );
            continue;
        };
        let item_source = match record_id(object) {
            Some(id) => format!("{source}#{id}"),
            None => item_source,
        };
        match (record_document(object, item_source.clone()), record.cut) {
            (Ok(doc), None) => ingested.docs.push(doc),
            (Ok(doc), Some(missing)) => ingested.push_partial(doc, missing),
            (Err(problem), _) => ingested.fail(&item_source, format!("{} {problem}", record.label)),
        }
    }
    if ingested.docs.is_empty() && ingested.warnings.is_empty() {
        ingested.fail(source, "JSONL input holds no lines");
    }
    ingested
}

/// One JSON record of the input and where it sits.
struct Record {
    /// "line 3", "record 2" or "the file", for messages.
    label: String,
    /// The line number or array position used in the item's source, `None` for a whole file.
    position: Option<usize>,
    /// The record, when (some of) it could be read.
    value: Option<Value>,
    /// What is wrong, said after the label ("is not JSON (corrupt): …").
    problem: Option<String>,
    /// When the value is what was left of a cut record: what is missing from it.
    cut: Option<String>,
}

impl Record {
    fn whole(label: String, position: Option<usize>, value: Value) -> Record {
        Record {
            label,
            position,
            value: Some(value),
            problem: None,
            cut: None,
        }
    }

    fn unreadable(label: String, position: Option<usize>, problem: String) -> Record {
        Record {
            label,
            position,
            value: None,
            problem: Some(problem),
            cut: None,
        }
    }
}

/// "truncated" when the JSON ends inside a value, else "corrupt".
fn damage_of(error: &serde_json::Error) -> &'static str {
    if error.is_eof() {
        "truncated: it ends inside a value"
    } else {
        "corrupt"
    }
}

/// The records of a JSON Lines text, or of a text that is one JSON document: an object is one
/// record, an array one record per element.
fn records(text: &str) -> Vec<Record> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    let is_one_document =
        trimmed.starts_with('[') || (trimmed.starts_with('{') && trimmed.lines().nth(1).is_some());
    if is_one_document {
        match serde_json::from_str::<Value>(trimmed) {
            Ok(Value::Array(items)) => {
                return items
                    .into_iter()
                    .enumerate()
                    .map(|(index, item)| {
                        Record::whole(format!("record {}", index + 1), Some(index + 1), item)
                    })
                    .collect()
            }
            Ok(whole) => return vec![Record::whole("the file".to_string(), None, whole)],
            Err(error) => {
                let first_line_is_json = trimmed
                    .lines()
                    .next()
                    .is_some_and(|line| serde_json::from_str::<Value>(line.trim()).is_ok());
                // A pretty-printed document with a mistake is one bad file, not many bad
                // lines; what comes before the mistake is kept.
                if !first_line_is_json {
                    return readable_part_of_document(trimmed, &error);
                }
            }
        }
    }
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(
            |(index, line)| match serde_json::from_str::<Value>(line.trim()) {
                Ok(value) => Record::whole(format!("line {}", index + 1), Some(index + 1), value),
                Err(error) => {
                    let problem = format!(
                        "is not JSON ({}): {}",
                        damage_of(&error),
                        json_error_in_line(&error)
                    );
                    let label = format!("line {}", index + 1);
                    // A line cut short (the last of a file cut mid-write) keeps its fields.
                    match readable_part_of_object(line.trim()).filter(|_| error.is_eof()) {
                        Some((object, missing)) => Record {
                            problem: Some(format!(
                                "{problem}; the fields before the cut are read as a partial \
                                 article"
                            )),
                            cut: Some(missing),
                            ..Record::whole(label, Some(index + 1), object)
                        },
                        None => Record::unreadable(label, Some(index + 1), problem),
                    }
                }
            },
        )
        .collect()
}

/// The records of a whole-file JSON document that does not parse: an array's elements before
/// the damage (and what can be read of the element it cuts), or an object's fields before
/// it, then one record saying what is wrong.
fn readable_part_of_document(text: &str, error: &serde_json::Error) -> Vec<Record> {
    let damage = damage_of(error);
    let mut records = Vec::new();
    if let Some(mut rest) = text.strip_prefix('[') {
        loop {
            rest = rest.trim_start();
            let mut stream = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
            let position = records.len() + 1;
            match stream.next() {
                Some(Ok(value)) => {
                    records.push(Record::whole(
                        format!("record {position}"),
                        Some(position),
                        value,
                    ));
                    rest = rest[stream.byte_offset()..].trim_start();
                    match rest.strip_prefix(',') {
                        Some(after) => rest = after,
                        None => break,
                    }
                }
                Some(Err(_)) => {
                    if let Some((object, missing)) = readable_part_of_object(rest) {
                        records.push(Record {
                            cut: Some(missing),
                            ..Record::whole(format!("record {position}"), Some(position), object)
                        });
                    }
                    break;
                }
                None => break,
            }
        }
        let whole = records.iter().filter(|record| record.cut.is_none()).count();
        let kept = match (whole, records.len() > whole) {
            (0, false) => "no record could be read".to_string(),
            (whole, cut) => format!(
                "the {} before the damage {} read{}",
                if whole == 1 {
                    "record".to_string()
                } else {
                    format!("{whole} records")
                },
                if whole == 1 { "is" } else { "are" },
                if cut {
                    ", and the start of the one it cuts, marked partial"
                } else {
                    ""
                }
            ),
        };
        records.push(Record::unreadable(
            "the file".to_string(),
            None,
            format!("is not JSON ({damage}): {error}; {kept}"),
        ));
        return records;
    }
    match readable_part_of_object(text) {
        Some((object, missing)) => vec![Record {
            problem: Some(format!(
                "is not JSON ({damage}): {error}; the fields before the damage are read as a \
                 partial article"
            )),
            cut: Some(missing),
            ..Record::whole("the file".to_string(), None, object)
        }],
        None => vec![Record::unreadable(
            "the file".to_string(),
            None,
            format!("is not JSON ({damage}): {error}"),
        )],
    }
}

/// The fields of a JSON object that is cut or damaged part-way, in order up to the damage;
/// a string value the input cuts short is kept as far as it goes. Returns the object (when it
/// has a field) and what is missing from it.
fn readable_part_of_object(text: &str) -> Option<(Value, String)> {
    let mut rest = text.strip_prefix('{')?;
    let mut object = serde_json::Map::new();
    let missing = loop {
        rest = rest.trim_start();
        let mut keys = serde_json::Deserializer::from_str(rest).into_iter::<String>();
        let Some(Ok(key)) = keys.next() else {
            break "the fields from the damage on".to_string();
        };
        rest = rest[keys.byte_offset()..].trim_start();
        let Some(after_colon) = rest.strip_prefix(':') else {
            break format!("the `{key}` field and those after it");
        };
        rest = after_colon.trim_start();
        let mut values = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
        match values.next() {
            Some(Ok(value)) => {
                object.insert(key, value);
                rest = rest[values.byte_offset()..].trim_start();
                match rest.strip_prefix(',') {
                    Some(after) => rest = after,
                    None => break "the fields from the damage on".to_string(),
                }
            }
            Some(Err(error)) if error.is_eof() && rest.starts_with('"') => {
                if let Some(start) = cut_string(rest) {
                    object.insert(key.clone(), Value::String(start));
                    break format!("the end of the `{key}` field and any fields after it");
                }
                break format!("the `{key}` field and any fields after it");
            }
            _ => break format!("the `{key}` field and any fields after it"),
        }
    };
    (!object.is_empty()).then_some((Value::Object(object), missing))
}

/// The text of a JSON string literal the input cuts short (`rest` starts at its opening
/// quote and holds no closing one): an escape cut in half is dropped, the rest unescaped.
fn cut_string(rest: &str) -> Option<String> {
    let body = &rest[1..];
    // Drop a trailing escape cut in half: a lone backslash, or `\u` with fewer than 4 digits.
    let mut cut_at = body.len();
    if let Some(backslash) = body.rfind('\\') {
        let escape = &body[backslash..];
        let backslashes_before = body[..backslash]
            .chars()
            .rev()
            .take_while(|&c| c == '\\')
            .count();
        let is_escape_start = backslashes_before % 2 == 0;
        let complete = escape.len() >= 2 && (!escape.starts_with("\\u") || escape.len() >= 6);
        if is_escape_start && !complete {
            cut_at = backslash;
        }
    }
    let literal = format!("\"{}\"", &body[..cut_at]);
    serde_json::from_str::<String>(&literal)
        .ok()
        .filter(|text| !text.trim().is_empty())
}

/// serde's message names "line 1" for a one-line parse; only the column means anything here.
fn json_error_in_line(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let without_position = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(head, _)| head);
    format!("{without_position} at column {}", error.column())
}

fn record_id(object: &serde_json::Map<String, Value>) -> Option<String> {
    object.get("id").and_then(|id| match id {
        Value::String(text) if !text.is_empty() => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    })
}

/// The document a record describes, or what is wrong with it.
fn record_document(
    object: &serde_json::Map<String, Value>,
    source: String,
) -> Result<RawDoc, String> {
    let field = |names: &[&str]| {
        names
            .iter()
            .find_map(|name| string_field(object.get(*name)))
    };
    const BODY_FIELDS: [&str; 4] = ["text", "maintext", "content", "body"];
    let Some(body) = field(&BODY_FIELDS) else {
        let present_but_empty = BODY_FIELDS.iter().any(|name| object.contains_key(*name));
        return Err(if present_but_empty {
            "has an empty `text` or `maintext` field".to_string()
        } else {
            "has no `text` or `maintext` field".to_string()
        });
    };
    let authors = match object.get("authors").or_else(|| object.get("author")) {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|item| string_field(Some(item)))
            .collect(),
        Some(value) => string_field(Some(value)).into_iter().collect(),
        None => Vec::new(),
    };
    let (format, content) = embedded_body_document(body);
    Ok(RawDoc {
        source,
        format,
        content,
        hints: RawHints {
            url: field(&["url", "link"]),
            title: field(&["title"]),
            published: field(&["published", "date_publish", "date"]),
            outlet: field(&["outlet", "source_domain", "site_name"]),
            authors,
        },
    })
}

fn string_field(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(text) if !text.trim().is_empty() => Some(text.trim().to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_and_names_items_by_id_or_line() {
        let input = br#"{"id": "a1", "title": "T", "maintext": "Body.", "date_publish": "2025-10-12 08:00:00", "source_domain": "x.example", "authors": ["A B"]}
not json
{"text": "Second body."}
{"title": "no text"}
"#;
        let ingested = parse("f.jsonl", input);
        let sources: Vec<&str> = ingested
            .docs
            .iter()
            .map(|doc| doc.source.as_str())
            .collect();
        assert_eq!(sources, ["f.jsonl#a1", "f.jsonl#3"]);
        assert_eq!(
            ingested.docs[0].hints.published.as_deref(),
            Some("2025-10-12 08:00:00")
        );
        assert_eq!(ingested.docs[0].hints.outlet.as_deref(), Some("x.example"));
        assert_eq!(ingested.docs[0].hints.authors, ["A B"]);
        assert_eq!(ingested.failed, 2);
        assert!(ingested.warnings[1]
            .message
            .contains("line 4 has no `text`"));
        assert!(ingested.warnings[0].message.contains("line 2 is not JSON"));
        assert_eq!(ingested.warnings[0].source, "f.jsonl#2");
    }

    #[test]
    fn a_whole_file_object_or_array_is_read_as_records() {
        let pretty = b"{\n  \"title\": \"Shelling kills 12\",\n  \"maintext\": \"At least 12 were killed.\",\n  \"date_publish\": \"2025-05-10 17:45:00\"\n}\n";
        let ingested = parse("article.json", pretty);
        assert_eq!(ingested.failed, 0);
        assert_eq!(ingested.docs.len(), 1);
        assert_eq!(ingested.docs[0].source, "article.json");
        assert_eq!(
            ingested.docs[0].hints.title.as_deref(),
            Some("Shelling kills 12")
        );

        let array = br#"[{"id": "x", "text": "One."}, {"text": ""}, {"text": "Three."}]"#;
        let ingested = parse("all.json", array);
        let sources: Vec<&str> = ingested
            .docs
            .iter()
            .map(|doc| doc.source.as_str())
            .collect();
        assert_eq!(sources, ["all.json#x", "all.json#3"]);
        assert_eq!(ingested.failed, 1);
        assert_eq!(ingested.warnings[0].source, "all.json#2");
        assert!(ingested.warnings[0]
            .message
            .contains("record 2 has an empty `text`"));
    }

    #[test]
    fn a_whole_file_object_without_a_body_is_one_warning() {
        let report = b"{\n  \"articles\": [],\n  \"entities\": []\n}\n";
        let ingested = parse("analysis.json", report);
        assert!(ingested.docs.is_empty());
        assert_eq!(ingested.warnings.len(), 1);
        assert!(ingested.warnings[0]
            .message
            .contains("the file has no `text`"));
    }

    #[test]
    fn a_broken_pretty_printed_file_is_one_warning() {
        let ingested = parse(
            "broken.json",
            b"{\n  \"text\": \"One.\",\n  \"title\": oops\n}\n",
        );
        assert_eq!(ingested.warnings.len(), 1);
        assert_eq!(ingested.warnings[0].source, "broken.json");
        assert!(ingested.warnings[0]
            .message
            .starts_with("the file is not JSON"));
    }

    #[test]
    fn a_bad_line_is_located_by_its_line_and_column() {
        let ingested = parse("f.jsonl", b"{\"text\": \"ok\"}\n{\"text\": oops}\n");
        assert_eq!(ingested.failed, 1);
        let message = &ingested.warnings[0].message;
        assert!(message.starts_with("line 2 is not JSON"), "{message}");
        assert!(
            message.contains("at column 10") && !message.contains("line 1"),
            "{message}"
        );
    }
}
