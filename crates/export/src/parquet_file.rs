//! Events as one Parquet file (one row group, uncompressed, one row per event) for dataframe
//! and warehouse tools (pandas, polars, DuckDB, Spark). Columns are flat: PLOVER's field
//! names where PLOVER has one, ACLED's type and sub-type, and the evidence of the event's first
//! source. List-valued fields (`context`, `actor`, `recipient`) are joined into one string
//! ("; " between actor names, ";" between contexts), so every tool reads the file as a plain
//! table; the JSONL export keeps them as lists.

use model::{Article, Event};
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use parquet::schema::types::SchemaDescriptor;
use std::sync::Arc;

pub use parquet::errors::ParquetError;

/// The file's schema, in column order. Every column the code below fills is listed here once.
pub const PARQUET_SCHEMA: &str = "
message event {
  REQUIRED BYTE_ARRAY id (UTF8);
  OPTIONAL BYTE_ARRAY date (UTF8);
  OPTIONAL BYTE_ARRAY enddate (UTF8);
  REQUIRED BYTE_ARRAY event (UTF8);
  OPTIONAL BYTE_ARRAY mode (UTF8);
  REQUIRED BYTE_ARRAY context (UTF8);
  OPTIONAL BYTE_ARRAY acled_event_type (UTF8);
  OPTIONAL BYTE_ARRAY acled_sub_event_type (UTF8);
  REQUIRED BYTE_ARRAY quad (UTF8);
  REQUIRED DOUBLE score;
  REQUIRED BYTE_ARRAY actor (UTF8);
  OPTIONAL BYTE_ARRAY actor_country (UTF8);
  REQUIRED BYTE_ARRAY recipient (UTF8);
  OPTIONAL BYTE_ARRAY recipient_country (UTF8);
  OPTIONAL DOUBLE dead;
  OPTIONAL DOUBLE injured;
  OPTIONAL BYTE_ARRAY event_loc (UTF8);
  OPTIONAL BYTE_ARRAY country (UTF8);
  OPTIONAL BYTE_ARRAY admin1 (UTF8);
  OPTIONAL DOUBLE latitude;
  OPTIONAL DOUBLE longitude;
  OPTIONAL BYTE_ARRAY claimant (UTF8);
  REQUIRED BYTE_ARRAY modality (UTF8);
  OPTIONAL BYTE_ARRAY article (UTF8);
  OPTIONAL BYTE_ARRAY url (UTF8);
  OPTIONAL BYTE_ARRAY event_text (UTF8);
  OPTIONAL INT64 start;
  OPTIONAL INT64 end;
}
";

/// One column's values, in event order; `None` is a null.
enum Column {
    Text(Vec<Option<String>>),
    Number(Vec<Option<f64>>),
    Integer(Vec<Option<i64>>),
}

/// A serde enum's contract spelling ("material_conflict").
fn spelled<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|value| value.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn columns(events: &[Event], articles: &[Article]) -> Vec<Column> {
    let by_id = crate::articles_by_id(articles);
    let text =
        |get: &dyn Fn(&Event) -> Option<String>| Column::Text(events.iter().map(get).collect());
    let number =
        |get: &dyn Fn(&Event) -> Option<f64>| Column::Number(events.iter().map(get).collect());
    let integer =
        |get: &dyn Fn(&Event) -> Option<i64>| Column::Integer(events.iter().map(get).collect());
    let joined = |actors: &[model::Actor]| crate::names(actors).join("; ");
    let article = |event: &Event| {
        event
            .sources
            .first()
            .and_then(|source| by_id.get(source.article.as_str()).copied())
    };
    vec![
        text(&|e| Some(e.id.0.clone())),
        text(&|e| e.date.as_ref().and_then(|date| date.start.clone())),
        text(&|e| e.date.as_ref().and_then(|date| date.end.clone())),
        text(&|e| Some(e.event.as_str().to_string())),
        text(&|e| e.mode.clone()),
        text(&|e| Some(e.context.join(";"))),
        text(&|e| e.acled.as_ref().map(|acled| acled.event_type.clone())),
        text(&|e| e.acled.as_ref().map(|acled| acled.sub_event_type.clone())),
        text(&|e| Some(spelled(&e.quad))),
        number(&|e| Some(e.score)),
        text(&|e| Some(joined(&e.actor))),
        text(&|e| e.actor.first().and_then(|actor| actor.country.clone())),
        text(&|e| Some(joined(&e.recipient))),
        text(&|e| e.recipient.first().and_then(|actor| actor.country.clone())),
        number(&|e| e.dead.as_ref().map(|dead| dead.low)),
        number(&|e| e.injured.as_ref().map(|injured| injured.low)),
        text(&|e| e.location.as_ref().map(|place| place.name.clone())),
        text(&|e| e.location.as_ref().and_then(|place| place.country.clone())),
        text(&|e| e.location.as_ref().and_then(|place| place.admin1.clone())),
        number(&|e| e.location.as_ref().and_then(|place| place.lat)),
        number(&|e| e.location.as_ref().and_then(|place| place.lon)),
        text(&|e| e.claimant.as_ref().map(|claimant| claimant.name.clone())),
        text(&|e| Some(spelled(&e.modality))),
        text(&|e| e.sources.first().map(|source| source.article.clone())),
        text(&|e| article(e).and_then(|article| article.url.clone())),
        text(&|e| e.sources.first().map(|source| source.text.clone())),
        integer(&|e| e.sources.first().map(|source| source.start as i64)),
        integer(&|e| e.sources.first().map(|source| source.end as i64)),
    ]
}

/// Values and definition levels (1 present, 0 null) of an optional column.
fn present<T: Clone>(values: &[Option<T>]) -> (Vec<T>, Vec<i16>) {
    let levels = values.iter().map(|v| i16::from(v.is_some())).collect();
    (values.iter().flatten().cloned().collect(), levels)
}

/// The events as the bytes of a Parquet file (schema [`PARQUET_SCHEMA`], one row per event in
/// the order given). Errors are the Parquet writer's own; the schema and values are ours.
pub fn parquet(events: &[Event], articles: &[Article]) -> Result<Vec<u8>, ParquetError> {
    let schema = Arc::new(parse_message_type(PARQUET_SCHEMA)?);
    let descriptor = SchemaDescriptor::new(schema.clone());
    let properties = Arc::new(WriterProperties::builder().build());
    let mut out = Vec::new();
    let mut writer = SerializedFileWriter::new(&mut out, schema, properties)?;
    let mut row_group = writer.next_row_group()?;
    let mut columns = columns(events, articles).into_iter();
    let mut index = 0;
    while let Some(mut column_writer) = row_group.next_column()? {
        let required = descriptor.column(index).max_def_level() == 0;
        index += 1;
        let Some(column) = columns.next() else {
            return Err(ParquetError::General(
                "the schema has more columns than the exporter fills".to_string(),
            ));
        };
        match column {
            Column::Text(values) => {
                let (values, levels) = present(&values);
                let values: Vec<ByteArray> = values
                    .into_iter()
                    .map(|value| ByteArray::from(value.into_bytes()))
                    .collect();
                let levels = (!required).then_some(levels);
                column_writer.typed::<ByteArrayType>().write_batch(
                    &values,
                    levels.as_deref(),
                    None,
                )?;
            }
            Column::Number(values) => {
                let (values, levels) = present(&values);
                let levels = (!required).then_some(levels);
                column_writer.typed::<DoubleType>().write_batch(
                    &values,
                    levels.as_deref(),
                    None,
                )?;
            }
            Column::Integer(values) => {
                let (values, levels) = present(&values);
                let levels = (!required).then_some(levels);
                column_writer
                    .typed::<Int64Type>()
                    .write_batch(&values, levels.as_deref(), None)?;
            }
        }
        column_writer.close()?;
    }
    row_group.close()?;
    writer.close()?;
    Ok(out)
}
