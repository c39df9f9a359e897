//! JSON Lines input: one article per line with news-please / newspaper style fields
//! (`id`, `url`, `title`, `text` or `maintext`, `published` or `date_publish`, `outlet` or
//! `source_domain`, `authors`); unknown fields are ignored, a bad line is a warning. A file
//! that is one JSON document (news-please's per-article `.json`, pretty-printed, or an array
//! of such objects) is read as its record or records.

use crate::format::embedded_body_document;
use crate::Ingested;
use model::{RawDoc, RawHints};
use serde_json::Value;

/// Parse JSONL bytes. Each item's source is `<source>#<id>` (the record's `id`, else its
/// 1-based line or array position); a whole-file object without an `id` is `<source>` itself.
pub fn parse(source: &str, bytes: &[u8]) -> Ingested {
    let mut ingested = Ingested::default();
    let text = String::from_utf8_lossy(bytes);
    for record in records(&text) {
        let item_source = match &record.position {
            Some(position) => format!("{source}#{position}"),
            None => source.to_string(),
        };
        let value = match record.value {
            Ok(value) => value,
            Err(error) => {
                let message = format!("{} is not JSON: {error}", record.label);
                ingested.fail(&item_source, message);
                continue;
            }
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
        match record_document(object, item_source.clone()) {
            Ok(doc) => ingested.docs.push(doc),
            Err(problem) => ingested.fail(&item_source, format!("{} {problem}", record.label)),
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
    value: Result<Value, String>,
}

/// The records of a JSON Lines text, or of a text that is one JSON document: an object is one
/// record, an array one record per element.
fn records(text: &str) -> Vec<Record> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    let is_one_document =
        trimmed.starts_with('[') || (trimmed.starts_with('{') && trimmed.lines().nth(1).is_some());
    if is_one_document {
        let parsed = serde_json::from_str::<Value>(trimmed);
        let first_line_is_json = trimmed
            .lines()
            .next()
            .is_some_and(|line| serde_json::from_str::<Value>(line.trim()).is_ok());
        if let Err(error) = &parsed {
            // A pretty-printed document with a mistake is one bad file, not many bad lines.
            if !first_line_is_json {
                return vec![Record {
                    label: "the file".to_string(),
                    position: None,
                    value: Err(error.to_string()),
                }];
            }
        }
        if let Ok(value) = parsed {
            return match value {
                Value::Array(items) => items
                    .into_iter()
                    .enumerate()
                    .map(|(index, item)| Record {
                        label: format!("record {}", index + 1),
                        position: Some(index + 1),
                        value: Ok(item),
                    })
                    .collect(),
                whole => vec![Record {
                    label: "the file".to_string(),
                    position: None,
                    value: Ok(whole),
                }],
            };
        }
    }
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| Record {
            label: format!("line {}", index + 1),
            position: Some(index + 1),
            value: serde_json::from_str(line.trim()).map_err(|error| json_error_in_line(&error)),
        })
        .collect()
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
