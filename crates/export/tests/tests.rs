//! Export formats: CSV header and quoting, JSONL field names, GeoJSON validity.

use model::*;

fn actor(name: &str, sector: Option<Sector>, country: &str) -> Actor {
    Actor {
        entity: Some(country.to_string()),
        name: name.to_string(),
        text: name.to_string(),
        sector,
        country: Some(country.to_string()),
    }
}

fn event() -> Event {
    Event {
        id: EventId("abc".to_string()),
        event: PloverEvent::Assault,
        mode: Some("aerial".to_string()),
        context: vec!["military".to_string()],
        acled: Some(AcledType {
            event_type: "Explosions/Remote violence".to_string(),
            sub_event_type: "Air/drone strike".to_string(),
        }),
        quad: QuadClass::MaterialConflict,
        score: -10.0,
        actor: vec![actor(
            "Military Forces of Pakistan",
            Some(Sector::Military),
            "PK",
        )],
        recipient: vec![actor(
            "Civilians (Afghanistan)",
            Some(Sector::Civilians),
            "AF",
        )],
        location: Some(EventLocation {
            entity: None,
            name: "Kabul".to_string(),
            country: Some("AF".to_string()),
            admin1: None,
            lat: Some(34.5),
            lon: Some(69.2),
            precision: GeoPrecision::Place,
        }),
        date: None,
        dead: None,
        injured: None,
        claimant: None,
        modality: Modality::Asserted,
        sources: vec![Evidence {
            article: "a1".to_string(),
            text: "Jets struck Kabul, \"officials\" said.".to_string(),
            start: 0,
            end: 10,
            sentence: 0,
        }],
    }
}

#[test]
fn csv_has_acled_header_and_quotes_fields() {
    let bytes = export::csv(&[event()], &[]);
    let text = String::from_utf8(bytes).unwrap();
    let mut lines = text.split("\r\n");
    assert_eq!(lines.next().unwrap(), export::ACLED_COLUMNS.join(","));
    let row = lines.next().unwrap();
    assert!(
        row.contains("\"Jets struck Kabul, \"\"officials\"\" said.\""),
        "{row}"
    );
    assert!(row.contains(",Political violence,Explosions/Remote violence,Air/drone strike,"));
    assert!(
        row.contains(",1,Civilians (Afghanistan),,7,17,Civilian targeting,"),
        "{row}"
    );
}

#[test]
fn jsonl_uses_plover_field_names() {
    let bytes = export::jsonl(&[event()], &[]);
    let line: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(line["event"], "ASSAULT");
    assert_eq!(line["actor"][0], "Military Forces of Pakistan");
    assert_eq!(line["recipient"][0], "Civilians (Afghanistan)");
    assert_eq!(line["event_loc"]["name"], "Kabul");
    for field in [
        "mode",
        "context",
        "dead",
        "injured",
        "date",
        "enddate",
        "event_text",
    ] {
        assert!(line.get(field).is_some(), "{field}");
    }
}

#[test]
fn geojson_is_a_feature_collection_of_points() {
    let mut unlocated = event();
    unlocated.location = None;
    let bytes = export::geojson(&[event(), unlocated]);
    let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(value["type"], "FeatureCollection");
    let features = value["features"].as_array().unwrap();
    assert_eq!(features.len(), 1);
    assert_eq!(features[0]["geometry"]["type"], "Point");
    assert_eq!(features[0]["geometry"]["coordinates"][0], 69.2);
}

mod parquet_file {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::RowAccessor;

    fn column_index(name: &str) -> usize {
        let names: Vec<&str> = export::PARQUET_SCHEMA
            .lines()
            .filter_map(|line| line.trim().strip_suffix(';'))
            .map(|line| {
                line.split_whitespace()
                    .nth(2)
                    .expect("a column line names its column")
            })
            .collect();
        names
            .iter()
            .position(|column| *column == name)
            .unwrap_or_else(|| panic!("no column {name} in {names:?}"))
    }

    #[test]
    fn demo_events_read_back() {
        let outcome = engine::analyze_demo(&engine::Options::default(), &mut |_, _, _| {});
        let analysis = &outcome.analysis;
        assert!(!analysis.events.is_empty(), "the demo corpus codes events");
        let bytes = export::parquet(&analysis.events, &analysis.articles).expect("written");
        assert_eq!(&bytes[..4], b"PAR1");
        let reader = SerializedFileReader::new(bytes::Bytes::from(bytes)).expect("a Parquet file");
        assert_eq!(
            reader.metadata().file_metadata().num_rows() as usize,
            analysis.events.len()
        );
        let rows: Vec<_> = reader
            .get_row_iter(None)
            .expect("rows")
            .map(|row| row.expect("a row"))
            .collect();
        assert_eq!(rows.len(), analysis.events.len());
        let (id, event, score, text, start, lat) = (
            column_index("id"),
            column_index("event"),
            column_index("score"),
            column_index("event_text"),
            column_index("start"),
            column_index("latitude"),
        );
        for (row, coded) in rows.iter().zip(&analysis.events) {
            assert_eq!(row.get_string(id).unwrap(), &coded.id.0);
            assert_eq!(row.get_string(event).unwrap(), coded.event.as_str());
            assert_eq!(row.get_double(score).unwrap(), coded.score);
            let source = &coded.sources[0];
            assert_eq!(row.get_string(text).unwrap(), &source.text);
            assert_eq!(row.get_long(start).unwrap(), source.start as i64);
            match coded.location.as_ref().and_then(|place| place.lat) {
                Some(value) => assert_eq!(row.get_double(lat).unwrap(), value),
                None => assert!(row.get_double(lat).is_err(), "a null latitude"),
            }
        }
    }

    #[test]
    fn no_events_is_an_empty_table() {
        let bytes = export::parquet(&[], &[]).expect("written");
        let reader = SerializedFileReader::new(bytes::Bytes::from(bytes)).expect("a Parquet file");
        assert_eq!(reader.metadata().file_metadata().num_rows(), 0);
        assert_eq!(
            reader
                .metadata()
                .file_metadata()
                .schema_descr()
                .num_columns(),
            28
        );
    }
}
