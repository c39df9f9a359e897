//! JSON Lines input: one article per line with news-please / newspaper style fields
//! (`id`, `url`, `title`, `text` or `maintext`, `published` or `date_publish`, `outlet` or
//! `source_domain`, `authors`); unknown fields are ignored, a bad line is a warning.

use crate::format::embedded_body_document;
use crate::Ingested;
use model::{RawDoc, RawHints};
use serde_json::Value;

/// Parse JSONL bytes. Each item's source is `<source>#<id>` (the line's `id`, else its 1-based
/// line number).
pub fn parse(source: &str, bytes: &[u8]) -> Ingested {
    let mut ingested = Ingested::default();
    let text = String::from_utf8_lossy(bytes);
    for (index, line) in text.lines().enumerate() {
        let line_number = index + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let item_source = format!("{source}#{line_number}");
        let value: Value = match serde_json::from_str(line) {
            Ok(value) => value,
            Err(error) => {
                ingested.fail(
                    &item_source,
                    format!("line {line_number} is not JSON: {error}"),
                );
                continue;
            }
        };
        let Some(object) = value.as_object() else {
            ingested.fail(
                &item_source,
                format!("line {line_number} is not a JSON object"),
            );
            continue;
        };
        let field = |names: &[&str]| {
            names
                .iter()
                .find_map(|name| string_field(object.get(*name)))
        };
        let item_id = object.get("id").and_then(|id| match id {
            Value::String(text) if !text.is_empty() => Some(text.clone()),
            Value::Number(number) => Some(number.to_string()),
            _ => None,
        });
        let item_source = format!(
            "{source}#{}",
            item_id.unwrap_or_else(|| line_number.to_string())
        );
        let Some(body) = field(&["text", "maintext", "content", "body"]) else {
            ingested.fail(
                &item_source,
                format!("line {line_number} has no `text` or `maintext` field"),
            );
            continue;
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
        ingested.docs.push(RawDoc {
            source: item_source,
            format,
            content,
            hints: RawHints {
                url: field(&["url", "link"]),
                title: field(&["title"]),
                published: field(&["published", "date_publish", "date"]),
                outlet: field(&["outlet", "source_domain", "site_name"]),
                authors,
            },
        });
    }
    if ingested.docs.is_empty() && ingested.warnings.is_empty() {
        ingested.fail(source, "JSONL input holds no lines");
    }
    ingested
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
        assert!(ingested.warnings[0].message.contains("line 2 is not JSON"));
        assert_eq!(ingested.warnings[0].source, "f.jsonl#2");
    }
}
