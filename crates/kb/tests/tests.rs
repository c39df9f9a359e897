//! Behaviour of the knowledge base and gazetteer, one `check`-style helper per feature.

use std::sync::OnceLock;

use kb::{rank_places, KnowledgeBase, Precision, RecordKind, Via};

fn knowledge_base() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(KnowledgeBase::load_default)
}

/// Every name found in `text`, as "span=first candidate id" strings.
fn found(text: &str) -> Vec<String> {
    knowledge_base()
        .find_names(text)
        .iter()
        .map(|found| {
            format!(
                "{}={}",
                &text[found.start..found.end],
                found.candidates[0].id
            )
        })
        .collect()
}

fn check_names(text: &str, expected: &[&str]) {
    assert_eq!(found(text), expected, "names in {text:?}");
}

#[test]
fn builtin_files_load_without_warnings() {
    assert_eq!(knowledge_base().warnings(), &[]);
    assert!(
        knowledge_base().gazetteer().warnings.is_empty(),
        "{:?}",
        &knowledge_base().gazetteer().warnings[..3]
    );
}

#[test]
fn every_reference_in_the_builtin_records_points_at_a_known_record() {
    let known = |id: &str| id.is_empty() || knowledge_base().entity(id).is_some();
    for record in knowledge_base().records() {
        assert!(
            known(&record.country),
            "{}: unknown country {:?}",
            record.id,
            record.country
        );
        assert!(
            known(&record.part_of),
            "{}: unknown part_of {:?}",
            record.id,
            record.part_of
        );
        for tenure in record.roles.iter().chain(&record.identities) {
            assert!(
                known(&tenure.of),
                "{}: unknown of {:?}",
                record.id,
                tenure.of
            );
        }
        let wikidata_ok = record.wikidata.is_empty()
            || (record.wikidata.starts_with('Q')
                && record.wikidata[1..]
                    .bytes()
                    .all(|byte| byte.is_ascii_digit()));
        assert!(
            wikidata_ok,
            "{}: bad Wikidata id {:?}",
            record.id, record.wikidata
        );
    }
}

#[test]
fn every_state_is_there_once() {
    let states: Vec<_> = knowledge_base()
        .records()
        .iter()
        .filter(|record| record.kind == RecordKind::State)
        .collect();
    assert_eq!(states.len(), 197);
    for id in ["AF", "PK", "TW", "XK", "PS", "VA", "SS"] {
        assert!(knowledge_base().entity(id).is_some(), "{id}");
    }
    assert!(
        states
            .iter()
            .all(|state| state.iso3.len() == 3 && !state.capital.is_empty()),
        "every state has ISO-3 and capital"
    );
}

#[test]
fn all_ttp_spellings_name_one_group() {
    for spelling in [
        "TTP",
        "Tehreek-e-Taliban Pakistan",
        "Tehrik-i-Taliban Pakistan",
        "Tehrik-e-Taliban Pakistan",
        "Tehreek-i-Taliban Pakistan",
        "Tehrik Taliban Pakistan",
        "Tehreek e Taliban Pakistan",
        "Pakistani Taliban",
        "Fitna al-Khawarij",
    ] {
        check_names(
            &format!("Officials blamed the {spelling} for the attack."),
            &[&format!("{spelling}=ttp")],
        );
    }
}

#[test]
fn unlisted_transliterations_match_fuzzily() {
    let text = "Hizbollah and Tahreek-e-Taliban Pakistan and al-Qaida and Lashkar-i-Tayyiba issued statements.";
    let names = knowledge_base().find_names(text);
    let ids: Vec<_> = names
        .iter()
        .map(|found| found.candidates[0].id.as_str())
        .collect();
    assert_eq!(ids, ["hezbollah", "ttp", "al-qaeda", "lashkar-e-taiba"]);
    assert!(
        names[1].fuzzy,
        "Tahreek is not listed, so the match is fuzzy"
    );
    assert!(!names[0].fuzzy, "Hizbollah is listed");
}

#[test]
fn place_spellings_of_transliterated_names_match_fuzzily() {
    check_names(
        "Fighting near Mazar-i-Sharif and in Maidan Wardak.",
        &[
            "Mazar-i-Sharif=geonames:1133616",
            "Maidan Wardak=admin1:AF:vardak",
        ],
    );
    let mazar = &knowledge_base().find_names("near Mazar-i-Sharif")[0];
    assert!(mazar.fuzzy, "GeoNames spells it Mazār-e Sharīf");
}

#[test]
fn acronyms_match_only_in_upper_case() {
    check_names("US officials met in the US.", &["US=US", "US=US"]);
    check_names("Tell us what happened to us.", &[]);
    check_names(
        "Let us go, said the LeT commander.",
        &["LeT=lashkar-e-taiba"],
    );
    check_names("The turkey was served in Turkey.", &["Turkey=TR"]);
}

#[test]
fn longest_name_wins() {
    check_names(
        "The Islamic State Khorasan Province claimed it.",
        &["Islamic State Khorasan Province=iskp"],
    );
    check_names(
        "ISIS-K and ISIS both claimed it.",
        &["ISIS-K=iskp", "ISIS=islamic-state"],
    );
    check_names("South Sudan and Sudan.", &["South Sudan=SS", "Sudan=SD"]);
}

#[test]
fn a_demonym_inside_a_region_name_is_the_region() {
    check_names(
        "Latin American and Indian Ocean states",
        &[
            "Latin American=place:latin-america",
            "Indian Ocean=place:indian-ocean",
        ],
    );
    check_names(
        "Indian and American officials",
        &["Indian=IN", "American=US"],
    );
}

#[test]
fn possessives_and_plurals_do_not_break_word_boundaries() {
    check_names(
        "Pakistan's army said Afghans crossed.",
        &["Pakistan's army=pk-army", "Afghans=AF"],
    );
    check_names("Pakistanis", &["Pakistanis=PK"]);
    check_names("Pakistanistan", &[]);
}

fn check_demonym(word: &str, expected: Option<&str>) {
    assert_eq!(knowledge_base().demonym(word), expected, "demonym {word:?}");
}

#[test]
fn demonyms_name_their_state() {
    check_demonym("Pakistani", Some("PK"));
    check_demonym("Afghan", Some("AF"));
    check_demonym("Afghans", Some("AF"));
    check_demonym("Israeli", Some("IL"));
    check_demonym("Congolese", None);
    assert_eq!(knowledge_base().demonym_states("Congolese"), ["CG", "CD"]);
    let afghan = &knowledge_base().find_names("Afghan officials")[0];
    assert_eq!(afghan.candidates[0].via, Via::Demonym);
}

fn check_capital(city: &str, expected: Option<&str>) {
    assert_eq!(
        knowledge_base().capital_of(city),
        expected,
        "capital {city:?}"
    );
}

#[test]
fn capitals_and_seats_name_their_state() {
    check_capital("Kabul", Some("AF"));
    check_capital("Islamabad", Some("PK"));
    check_capital("New Delhi", Some("IN"));
    check_capital("Port Sudan", Some("SD"));
    check_capital("Ramallah", Some("PS"));
    check_capital("Quetta", None);
}

#[test]
fn the_taliban_became_a_government_on_2021_08_15() {
    let before = knowledge_base()
        .identity_at("taliban", "2021-08-14")
        .unwrap();
    assert_eq!((before.kind, before.of), (RecordKind::ArmedGroup, None));
    let after = knowledge_base()
        .identity_at("taliban", "2021-08-15")
        .unwrap();
    assert_eq!(
        (after.kind, after.of.as_deref()),
        (RecordKind::StateGovernment, Some("AF"))
    );
    let later = knowledge_base().identity_at("taliban", "2025-10").unwrap();
    assert_eq!(later.kind, RecordKind::StateGovernment);
    let ttp = knowledge_base().identity_at("ttp", "2025-10-12").unwrap();
    assert_eq!(
        (ttp.kind, ttp.of.as_deref()),
        (RecordKind::ArmedGroup, Some("PK"))
    );
    assert!(knowledge_base()
        .identity_at("no-such-id", "2025-01-01")
        .is_none());
}

#[test]
fn office_holders_depend_on_the_date() {
    let holders = |date| -> Vec<String> {
        knowledge_base()
            .office_holders("PK", "head_of_government", date)
            .iter()
            .map(|record| record.id.clone())
            .collect()
    };
    assert_eq!(holders("2025-10-12"), ["shehbaz-sharif"]);
    assert_eq!(holders("2023-12-01"), ["anwaar-ul-haq-kakar"]);
    assert_eq!(holders("2020-01-01"), ["imran-khan"]);
    assert_eq!(
        knowledge_base().office_holders("US", "head_of_state", "2023-06-01")[0].id,
        "joe-biden"
    );
}

/// The best place for a name (ranked with `preferred` countries first) as
/// "id country admin1 precision lat lon" with coordinates to one decimal.
fn check_place(name: &str, preferred: &[&str], expected: &str) {
    let places = rank_places(knowledge_base().places_named(name), preferred);
    let place = places
        .first()
        .unwrap_or_else(|| panic!("no place named {name:?}"));
    let actual = format!(
        "{} {} {} {} {:.1} {:.1}",
        place.id,
        place.country,
        place.admin1,
        place.precision.as_str(),
        place.lat,
        place.lon
    );
    assert_eq!(actual, expected, "place {name:?}");
}

#[test]
fn places_of_the_afghanistan_pakistan_conflict_are_geocoded() {
    check_place("Kabul", &[], "geonames:1138958 AF Kabul city 34.5 69.2");
    check_place(
        "Quetta",
        &[],
        "geonames:1167528 PK Balochistan city 30.2 67.0",
    );
    check_place(
        "Khyber Pakhtunkhwa",
        &[],
        "admin1:PK:khyber-pakhtunkhwa PK Khyber Pakhtunkhwa admin1 34.5 72.0",
    );
    check_place(
        "KPK",
        &[],
        "admin1:PK:khyber-pakhtunkhwa PK Khyber Pakhtunkhwa admin1 34.5 72.0",
    );
    check_place(
        "Balochistan",
        &["PK"],
        "admin1:PK:balochistan PK Balochistan admin1 28.5 65.5",
    );
    check_place(
        "Baluchistan",
        &["PK"],
        "admin1:PK:balochistan PK Balochistan admin1 28.5 65.5",
    );
    check_place(
        "Bajaur",
        &[],
        "place:bajaur PK Khyber Pakhtunkhwa admin2 34.8 71.5",
    );
    check_place(
        "Paktika",
        &[],
        "admin1:AF:paktika AF Paktika admin1 32.3 68.5",
    );
    check_place("Durand Line", &[], "place:durand-line   feature 32.5 69.5");
}

#[test]
fn conflict_cities_are_found_under_their_news_spellings() {
    let text = "Drones hit Zaporizhzhia and Odessa; strikes on Hodeidah, Raqqa and Khan Younis.";
    let names = found(text);
    assert_eq!(
        names,
        [
            "Zaporizhzhia=geonames:687700",
            "Odessa=geonames:698740",
            "Hodeidah=geonames:79415",
            "Raqqa=geonames:172955",
            "Khan Younis=geonames:281124"
        ]
    );
}

#[test]
fn preferred_countries_decide_between_places_of_one_name() {
    // Hyderabad is a city in India and in Pakistan; the article's countries decide.
    let in_pakistan = rank_places(knowledge_base().places_named("Hyderabad"), &["PK"]);
    assert_eq!(in_pakistan[0].country, "PK");
    let anywhere = rank_places(knowledge_base().places_named("Hyderabad"), &[]);
    assert_eq!(
        anywhere[0].country, "IN",
        "without preference the larger city comes first"
    );
}

#[test]
fn place_names_are_found_in_text_with_gazetteer_candidates() {
    let text = "Strikes hit Paktika and the Kurram district near the Durand Line, officials in Quetta said.";
    let names = found(text);
    assert_eq!(
        names,
        [
            "Paktika=admin1:AF:paktika",
            "Kurram district=place:kurram",
            "Durand Line=place:durand-line",
            "Quetta=geonames:1167528"
        ]
    );
    let kabul = &knowledge_base().find_names("in Kabul")[0];
    assert!(kabul.candidates.iter().all(|candidate| candidate.is_place));
    assert_eq!(
        kabul
            .candidates
            .iter()
            .filter(|candidate| candidate.id.starts_with("geonames:"))
            .count(),
        1,
        "{kabul:?}"
    );
}

#[test]
fn ordinary_words_that_are_also_towns_are_not_places() {
    check_names("Police said the Mobile unit arrived.", &[]);
    check_names("Most officials agreed.", &[]);
    check_names("TIME TO ACT", &[]);
    // Fuzzy keys of one-word town names would turn surnames into places (Bamian, Afghanistan).
    check_names("The coach, Baumann, said Miller was fit.", &[]);
}

#[test]
fn a_town_name_inside_a_longer_capitalised_name_is_not_a_place() {
    // Dole is a town in France; Bob Dole is not.
    check_names("Senator Bob Dole spoke.", &[]);
    check_names("Talks in Dole ended.", &["Dole=geonames:3021263"]);
    // A capital is a place even where a small town would not be ("Washington has…").
    check_names(
        "Washington has warned Kabul.",
        &["Washington=geonames:4140963", "Kabul=geonames:1138958"],
    );
}

#[test]
fn names_do_not_run_across_line_breaks() {
    check_names("Islamic\nState", &[]);
    check_names("Gaza\nStrip", &["Gaza=place:gaza-strip"]);
}

#[test]
fn a_state_name_is_the_state_not_also_a_place() {
    let pakistan = &knowledge_base().find_names("in Pakistan")[0];
    assert_eq!(pakistan.entity_ids(), ["PK"]);
    assert_eq!(
        knowledge_base().places_named("Pakistan")[0].precision,
        Precision::Country
    );
    // A territory is no state record, so its country row is the place.
    let greenland = &knowledge_base().find_names("in Greenland")[0];
    let place = knowledge_base().place(&greenland.candidates[0].id).unwrap();
    assert_eq!(
        (place.precision, place.country.as_str()),
        (Precision::Country, "GL")
    );
}

#[test]
fn entities_convert_to_the_contract_shape() {
    let pakistan = knowledge_base().to_entity("PK").unwrap();
    assert_eq!(
        (
            pakistan.name.as_str(),
            pakistan.kind,
            pakistan.country.as_deref()
        ),
        ("Pakistan", model::EntityKind::State, Some("PK"))
    );
    assert!(
        (pakistan.lat.unwrap() - 33.7).abs() < 0.1,
        "a state sits at its capital: {pakistan:?}"
    );
    let ispr = knowledge_base().to_entity("ispr").unwrap();
    assert_eq!(
        (ispr.kind, ispr.country.as_deref()),
        (model::EntityKind::Organization, Some("PK"))
    );
    let durand = knowledge_base().to_entity("place:durand-line").unwrap();
    assert_eq!(
        (durand.kind, durand.country),
        (model::EntityKind::Place, None)
    );
    assert_eq!(
        knowledge_base()
            .place("place:durand-line")
            .unwrap()
            .precision,
        Precision::Feature
    );
}

#[test]
fn user_files_extend_the_knowledge_base_and_bad_lines_become_warnings() {
    let mut knowledge_base = KnowledgeBase::load_default();
    let user_file = concat!(
        "# my additions\n",
        "{\"id\": \"ttp\", \"kind\": \"armed_group\", \"name\": \"Tehreek-e-Taliban Pakistan\", \"aliases\": [\"Tehrik Taliban\"]}\n",
        "{\"id\": \"new-group\", \"kind\": \"armed_group\", \"name\": \"Lions of the Valley\", \"country\": \"PK\"}\n",
        "{\"id\": \"broken\", \"kind\": \"armed_group\"\n",
        "{\"id\": \"x\", \"kind\": \"militia\", \"name\": \"X\"}\n",
        "{\"id\": \"y\", \"kind\": \"person\", \"name\": \"Y\", \"roles\": [{\"role\": \"head_of_state\", \"from\": \"last year\"}]}\n",
        "{\"id\": \"z\", \"kind\": \"person\", \"name\": \"Z\", \"aliasses\": [\"Zed\"]}\n",
    );
    let warnings = knowledge_base.extend_from_str(user_file, "mine.jsonl");
    let places: Vec<_> = warnings
        .iter()
        .map(|warning| warning.source.as_str())
        .collect();
    assert_eq!(
        places,
        [
            "mine.jsonl:4",
            "mine.jsonl:5",
            "mine.jsonl:6",
            "mine.jsonl:7"
        ]
    );
    assert!(
        warnings[3].message.contains("aliasses"),
        "a misspelt field is named: {:?}",
        warnings[3]
    );
    let text = "The Lions of the Valley and the Tehrik Taliban attacked.";
    let ids: Vec<_> = knowledge_base
        .find_names(text)
        .iter()
        .map(|found| found.candidates[0].id.clone())
        .collect();
    assert_eq!(ids, ["new-group", "ttp"]);
    assert!(
        knowledge_base
            .entity("ttp")
            .unwrap()
            .aliases
            .contains(&"TTP".to_string()),
        "merging keeps old aliases"
    );
}

/// All names of a text, one a line: span, text, how it matched, first candidates.
fn names_listing(text: &str) -> String {
    let mut listing = String::new();
    for found in knowledge_base().find_names(text) {
        let ids: Vec<&str> = found.entity_ids().into_iter().take(4).collect();
        let more = found.candidates.len().saturating_sub(4);
        listing.push_str(&format!(
            "{}..{} {:?} via {:?}{} -> {}{}\n",
            found.start,
            found.end,
            &text[found.start..found.end],
            found.candidates[0].via,
            if found.fuzzy { " (fuzzy)" } else { "" },
            ids.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            },
        ));
    }
    listing
}

#[test]
fn names_in_a_short_conflict_report() {
    let text = "PESHAWAR, Pakistan — Pakistani security forces said on Sunday that Tehrik-e-Taliban \
                fighters crossed the Durand Line from Afghanistan's Paktika province into North \
                Waziristan. The ISPR said Field Marshal Asim Munir visited Miranshah. Kabul denied \
                it; Zabiullah Mujahid said the Islamic Emirate wanted talks in Doha with Qatari and \
                Turkish mediators. The UN refugee agency UNHCR said 2,000 Afghans had fled to Quetta.";
    insta::assert_snapshot!(names_listing(text));
}

mod never_panics {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn find_names_never_panics_and_spans_index_the_text(text in "\\PC{0,200}") {
            for found in super::knowledge_base().find_names(&text) {
                prop_assert!(found.start < found.end && found.end <= text.len());
                prop_assert!(text.is_char_boundary(found.start) && text.is_char_boundary(found.end));
                prop_assert!(!found.candidates.is_empty());
            }
        }

        #[test]
        fn find_names_survives_name_soup(words in prop::collection::vec(prop::sample::select(vec![
            "Tehrik-i-", "Taliban", "U.S.", "’s", "al-", "Qaeda", "  ", "-", "é", "İ", "ß", "Kabul", "e", "i",
        ]), 0..30)) {
            let text = words.concat();
            for found in super::knowledge_base().find_names(&text) {
                prop_assert!(text.is_char_boundary(found.start) && text.is_char_boundary(found.end));
            }
        }
    }
}

#[test]
fn a_famous_city_is_not_beaten_by_a_small_namesake_in_a_preferred_country() {
    // Paris, Texas is some 80 times smaller than Paris: an article naming the United States
    // still means the French capital.
    let places = rank_places(knowledge_base().places_named("Paris"), &["US"]);
    assert_eq!(
        places.first().map(|place| place.country.as_str()),
        Some("FR")
    );
    // London, Ontario is not dwarfed that far: an article on Canada keeps it.
    let places = rank_places(knowledge_base().places_named("London"), &["CA"]);
    assert_eq!(
        places.first().map(|place| place.country.as_str()),
        Some("CA")
    );
}
