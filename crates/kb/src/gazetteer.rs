//! The places gazetteer: countries, first-level regions and cities of 15,000 people or more from
//! GeoNames (CC BY 4.0), plus hand-added districts and features that conflicts name. Both files
//! share one tab-separated shape, documented in `crates/kb/data/README.md`.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

use model::Warning;

use crate::matcher::BuildFnvHasher;
use crate::normalize::exact_key;

/// The derived GeoNames file, built by `crates/kb/scripts/build_gazetteer.py`.
const GEONAMES_PLACES_GZ: &[u8] = include_bytes!("../data/places.tsv.gz");
/// Rows written by hand for districts, crossings, borders and regions news names.
const HAND_PLACES_TSV: &str = include_str!("../data/places_hand.tsv");

/// One place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// "geonames:1138958", "admin1:PK:balochistan" or "place:durand-line".
    pub id: String,
    pub name: String,
    /// Other names, `|`-separated as in the file (kept as one string: splitting 35,000 rows
    /// into a hundred thousand small strings at load costs more than splitting on use). Read
    /// them with [`Place::alternate_names`].
    pub alternates: String,
    pub lat: f64,
    pub lon: f64,
    /// ISO 3166-1 alpha-2 code ("" for a feature spanning states, such as a border).
    pub country: String,
    /// First-level region name ("" when unknown or not applicable).
    pub admin1: String,
    pub precision: Precision,
    pub population: u64,
    pub source: PlaceSource,
}

impl Place {
    /// The place's other names.
    pub fn alternate_names(&self) -> impl Iterator<Item = &str> {
        self.alternates
            .split('|')
            .map(str::trim)
            .filter(|alternate| !alternate.is_empty())
    }
}

/// How precisely a place's coordinates locate what is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    Country,
    Admin1,
    Admin2,
    City,
    /// A border, crossing, valley, strip or other named feature.
    Feature,
}

impl Precision {
    pub fn parse(text: &str) -> Option<Precision> {
        Some(match text {
            "country" => Precision::Country,
            "admin1" => Precision::Admin1,
            "admin2" => Precision::Admin2,
            "city" => Precision::City,
            "feature" => Precision::Feature,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Country => "country",
            Precision::Admin1 => "admin1",
            Precision::Admin2 => "admin2",
            Precision::City => "city",
            Precision::Feature => "feature",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceSource {
    GeoNames,
    /// Written by hand into `places_hand.tsv`.
    Hand,
}

/// All places plus an index from exact keys of names and alternates to place positions.
#[derive(Debug, Default)]
pub struct Gazetteer {
    pub places: Vec<Place>,
    /// Hash maps: only looked up, never iterated, so their order cannot leak into output.
    pub by_id: HashMap<String, usize, BuildFnvHasher>,
    /// Exact keys of names and alternates to place positions, built on the first lookup by
    /// name (most runs only search text, which needs the matcher, not this index).
    by_key: OnceLock<HashMap<String, Vec<usize>, BuildFnvHasher>>,
    pub warnings: Vec<Warning>,
}

impl Gazetteer {
    /// Read the built-in GeoNames file and the hand-added rows.
    pub fn load_builtin() -> Gazetteer {
        let mut gazetteer = Gazetteer::default();
        let mut geonames_text = String::new();
        match flate2::read::GzDecoder::new(GEONAMES_PLACES_GZ).read_to_string(&mut geonames_text) {
            Ok(_) => gazetteer.add_rows(&geonames_text, "places.tsv.gz"),
            Err(error) => gazetteer.warnings.push(Warning::new(
                "places.tsv.gz",
                format!("cannot decompress: {error}"),
            )),
        }
        gazetteer.add_rows(HAND_PLACES_TSV, "places_hand.tsv");
        gazetteer
    }

    /// Add the rows of one TSV file; bad rows become warnings naming the file and line.
    pub fn add_rows(&mut self, text: &str, source_name: &str) {
        for (line_index, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            match parse_place(line) {
                Ok(place) => self.add_place(place),
                Err(problem) => self.warnings.push(Warning::new(
                    format!("{source_name}:{}", line_index + 1),
                    problem,
                )),
            }
        }
    }

    fn add_place(&mut self, place: Place) {
        match self.by_id.get(&place.id) {
            // A later row with the same id (a hand row correcting GeoNames) replaces the earlier.
            Some(&position) => self.places[position] = place,
            None => {
                self.by_id.insert(place.id.clone(), self.places.len());
                self.places.push(place);
            }
        }
    }

    /// Positions of the places with this exact key among their names and alternates, in
    /// gazetteer order.
    pub fn positions_with_key(&self, key: &str) -> &[usize] {
        let by_key = self.by_key.get_or_init(|| {
            let mut by_key: HashMap<String, Vec<usize>, BuildFnvHasher> = HashMap::default();
            for (position, place) in self.places.iter().enumerate() {
                for name in std::iter::once(place.name.as_str()).chain(place.alternate_names()) {
                    let key = exact_key(name);
                    if key.is_empty() {
                        continue;
                    }
                    let positions = by_key.entry(key).or_default();
                    if positions.last() != Some(&position) {
                        positions.push(position);
                    }
                }
            }
            by_key
        });
        by_key.get(key).map(Vec::as_slice).unwrap_or_default()
    }
}

/// Parse one gazetteer row: id, name, alternates (|-separated), lat, lon, country, admin1,
/// precision, population, source.
fn parse_place(line: &str) -> Result<Place, String> {
    let fields: Vec<&str> = line.split('\t').collect();
    if fields.len() != 10 {
        return Err(format!(
            "expected 10 tab-separated fields, found {}",
            fields.len()
        ));
    }
    let number = |text: &str, what: &str| {
        text.trim()
            .parse::<f64>()
            .map_err(|_| format!("{what} is not a number: {text:?}"))
    };
    let lat = number(fields[3], "lat")?;
    let lon = number(fields[4], "lon")?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(format!("coordinates out of range: {lat}, {lon}"));
    }
    let precision = Precision::parse(fields[7].trim())
        .ok_or_else(|| format!("unknown precision {:?}", fields[7]))?;
    let population = fields[8]
        .trim()
        .parse::<u64>()
        .map_err(|_| format!("population is not a whole number: {:?}", fields[8]))?;
    let source = match fields[9].trim() {
        "geonames" => PlaceSource::GeoNames,
        "hand" => PlaceSource::Hand,
        other => return Err(format!("unknown source {other:?} (geonames or hand)")),
    };
    let id = fields[0].trim();
    let name = fields[1].trim();
    if id.is_empty() || name.is_empty() {
        return Err("empty id or name".to_string());
    }
    Ok(Place {
        id: id.to_string(),
        name: name.to_string(),
        alternates: fields[2].trim().to_string(),
        lat,
        lon,
        country: fields[5].trim().to_string(),
        admin1: fields[6].trim().to_string(),
        precision,
        population,
        source,
    })
}
