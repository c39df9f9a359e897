//! `export/`: coded events written out for other tools — pure functions from events to bytes.
//! JSONL with PLOVER's field names (one event a line), CSV with ACLED's column names (opens in
//! a spreadsheet as ACLED's own exports do), and a GeoJSON FeatureCollection of the located
//! events for GIS tools; and a Parquet file (parquet_file.rs) for dataframe tools.

use model::{Actor, Article, Event, GeoPrecision, Sector};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// ACLED's column names, in ACLED's order (the subset sitrep fills).
pub const ACLED_COLUMNS: [&str; 24] = [
    "event_id_cnty",
    "event_date",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
];

/// The article each event cites, by id, for source names in exports.
fn articles_by_id(articles: &[Article]) -> BTreeMap<&str, &Article> {
    articles
        .iter()
        .map(|article| (article.id.as_str(), article))
        .collect()
}

fn names(actors: &[Actor]) -> Vec<String> {
    actors.iter().map(|actor| actor.name.clone()).collect()
}

/// One JSON object per event and line, with PLOVER's field names: `id`, `date`, `enddate`,
/// `event`, `mode`, `context`, `actor` and `recipient` (lists of names), `dead`, `injured`,
/// `event_loc`, `event_text`, plus sitrep's own (`quad`, `score`, `acled`, `claimant`,
/// `modality`, `actor_detail`, `recipient_detail`, `source`).
pub fn jsonl(events: &[Event], articles: &[Article]) -> Vec<u8> {
    let by_id = articles_by_id(articles);
    let mut out = Vec::new();
    for event in events {
        let source = event.sources.first();
        let article = source.and_then(|source| by_id.get(source.article.as_str()));
        let record = json!({
            "id": event.id,
            "date": event.date.as_ref().and_then(|date| date.start.clone()),
            "enddate": event.date.as_ref().and_then(|date| date.end.clone()),
            "event": event.event,
            "mode": event.mode,
            "context": event.context,
            "actor": names(&event.actor),
            "recipient": names(&event.recipient),
            "dead": event.dead.as_ref().map(|dead| dead.low),
            "injured": event.injured.as_ref().map(|injured| injured.low),
            "event_loc": event.location.as_ref().map(|place| json!({
                "name": place.name,
                "country": place.country,
                "admin1": place.admin1,
                "lat": place.lat,
                "lon": place.lon,
                "precision": place.precision,
            })),
            "event_text": source.map(|source| source.text.clone()),
            "quad": event.quad,
            "score": event.score,
            "acled": event.acled,
            "claimant": event.claimant.as_ref().map(|claimant| claimant.name.clone()),
            "modality": event.modality,
            "actor_detail": event.actor,
            "recipient_detail": event.recipient,
            "source": json!({
                "article": source.map(|source| source.article.clone()),
                "url": article.and_then(|article| article.url.clone()),
                "outlet": article.and_then(|article| article.outlet.domain.clone().or(article.outlet.name.clone())),
                "start": source.map(|source| source.start),
                "end": source.map(|source| source.end),
            }),
        });
        out.extend_from_slice(record.to_string().as_bytes());
        out.push(b'\n');
    }
    out
}

/// ACLED's actor-type code ("inter") for an actor: 1 state forces, 2 rebel groups, 3 political
/// militias (unidentified armed groups), 5 rioters, 6 protesters, 7 civilians, 8 external or
/// other forces; 0 when unknown.
pub fn inter_code(actor: Option<&Actor>) -> u8 {
    match actor.and_then(|actor| actor.sector) {
        Some(
            Sector::Government
            | Sector::Military
            | Sector::Police
            | Sector::Intelligence
            | Sector::Judiciary
            | Sector::Legislature,
        ) => 1,
        Some(Sector::Rebels) => 2,
        Some(Sector::UnidentifiedArmed | Sector::Criminals) => 3,
        Some(Sector::Protesters) => 6,
        Some(
            Sector::Civilians
            | Sector::Refugees
            | Sector::Media
            | Sector::Ngo
            | Sector::Religious
            | Sector::Business
            | Sector::Opposition,
        ) => 7,
        Some(Sector::Igo) => 8,
        None => match actor {
            Some(actor) if actor.entity.is_some() && actor.entity == actor.country => 1,
            _ => 0,
        },
    }
}

/// ACLED's disorder type for an event type.
fn disorder_type(event_type: &str) -> &'static str {
    match event_type {
        "Battles" | "Explosions/Remote violence" | "Violence against civilians" => {
            "Political violence"
        }
        "Protests" | "Riots" => "Demonstrations",
        _ => "Strategic developments",
    }
}

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// One row per event with ACLED's columns. Events ACLED does not code (verbal events with no
/// ACLED type) are included with empty type columns, so nothing coded is lost.
pub fn csv(events: &[Event], articles: &[Article]) -> Vec<u8> {
    let by_id = articles_by_id(articles);
    let mut out = String::new();
    out.push_str(&ACLED_COLUMNS.join(","));
    out.push_str("\r\n");
    for event in events {
        let source = event.sources.first();
        let article = source.and_then(|source| by_id.get(source.article.as_str()));
        let (event_type, sub_event_type) = event
            .acled
            .as_ref()
            .map(|acled| (acled.event_type.as_str(), acled.sub_event_type.as_str()))
            .unwrap_or(("", ""));
        let actor1 = event.actor.first();
        let actor2 = event.recipient.first();
        let (inter1, inter2) = (inter_code(actor1), inter_code(actor2));
        let interaction = match (inter1, inter2) {
            (0, _) => String::new(),
            (a, 0) => format!("{a}0"),
            (a, b) => format!("{}{}", a.min(b), a.max(b)),
        };
        let civilian_targeting = if event
            .recipient
            .iter()
            .any(|actor| actor.sector == Some(Sector::Civilians))
            && !event_type.is_empty()
        {
            "Civilian targeting"
        } else {
            ""
        };
        let time_precision = match event.date.as_ref().and_then(|date| date.precision) {
            Some(model::DatePrecision::Day) => "1",
            Some(model::DatePrecision::Week | model::DatePrecision::Month) => "2",
            Some(_) => "3",
            None => "",
        };
        let geo_precision = match event.location.as_ref().map(|place| place.precision) {
            Some(GeoPrecision::Place) => "1",
            Some(GeoPrecision::District) => "2",
            Some(GeoPrecision::Province | GeoPrecision::Region | GeoPrecision::Country) => "3",
            None => "",
        };
        let assoc = |actors: &[Actor]| {
            actors
                .iter()
                .skip(1)
                .map(|actor| actor.name.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        };
        let fatalities = event
            .dead
            .as_ref()
            .map(|dead| format!("{}", dead.low))
            .unwrap_or_else(|| "0".to_string());
        let location = event.location.as_ref();
        let notes = source.map(|source| source.text.as_str()).unwrap_or("");
        let source_name = article
            .and_then(|article| {
                article
                    .outlet
                    .name
                    .clone()
                    .or(article.outlet.domain.clone())
                    .or(Some(article.source.clone()))
            })
            .unwrap_or_default();
        let row: Vec<String> = vec![
            event.id.0.clone(),
            event
                .date
                .as_ref()
                .and_then(|date| date.start.clone())
                .unwrap_or_default(),
            time_precision.to_string(),
            if event_type.is_empty() {
                String::new()
            } else {
                disorder_type(event_type).to_string()
            },
            event_type.to_string(),
            sub_event_type.to_string(),
            actor1.map(|actor| actor.name.clone()).unwrap_or_default(),
            assoc(&event.actor),
            if inter1 == 0 {
                String::new()
            } else {
                inter1.to_string()
            },
            actor2.map(|actor| actor.name.clone()).unwrap_or_default(),
            assoc(&event.recipient),
            if inter2 == 0 {
                String::new()
            } else {
                inter2.to_string()
            },
            interaction,
            civilian_targeting.to_string(),
            location
                .and_then(|place| place.country.clone())
                .unwrap_or_default(),
            location
                .and_then(|place| place.admin1.clone())
                .unwrap_or_default(),
            String::new(),
            location.map(|place| place.name.clone()).unwrap_or_default(),
            location
                .and_then(|place| place.lat)
                .map(|lat| lat.to_string())
                .unwrap_or_default(),
            location
                .and_then(|place| place.lon)
                .map(|lon| lon.to_string())
                .unwrap_or_default(),
            geo_precision.to_string(),
            source_name,
            notes.to_string(),
            fatalities,
        ];
        let fields: Vec<String> = row.iter().map(|field| csv_field(field)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// A GeoJSON FeatureCollection (RFC 7946) of the events that have a point: each a Feature with
/// a Point geometry (longitude, latitude) and the event's main fields as properties.
pub fn geojson(events: &[Event]) -> Vec<u8> {
    let features: Vec<Value> = events
        .iter()
        .filter_map(|event| {
            let place = event.location.as_ref()?;
            let (lat, lon) = (place.lat?, place.lon?);
            Some(json!({
                "type": "Feature",
                "id": event.id,
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {
                    "event": event.event,
                    "mode": event.mode,
                    "acled_event_type": event.acled.as_ref().map(|a| a.event_type.clone()),
                    "acled_sub_event_type": event.acled.as_ref().map(|a| a.sub_event_type.clone()),
                    "actor": names(&event.actor),
                    "recipient": names(&event.recipient),
                    "date": event.date.as_ref().and_then(|date| date.start.clone()),
                    "location": place.name,
                    "country": place.country,
                    "precision": place.precision,
                    "dead": event.dead.as_ref().map(|dead| dead.low),
                    "injured": event.injured.as_ref().map(|injured| injured.low),
                    "modality": event.modality,
                    "score": event.score,
                    "event_text": event.sources.first().map(|source| source.text.clone()),
                },
            }))
        })
        .collect();
    let collection = json!({"type": "FeatureCollection", "features": features});
    let mut out = serde_json::to_vec_pretty(&collection).unwrap_or_default();
    out.push(b'\n');
    out
}

mod parquet_file;

pub use parquet_file::{parquet, ParquetError, PARQUET_SCHEMA};
