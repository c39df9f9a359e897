//! One behaviour per test, each on a few short articles written for it.

use model::{ClaimKind, ClaimSubject, CopyKind};

use super::{analyse, source_of};

const BORDER_REPORT: &str = "Pakistani and Afghan forces clash along the border

Pakistani and Afghan forces exchanged heavy fire at several points along the border on Saturday night, officials on both sides said, in the worst fighting between the neighbours in years.

The Pakistani military said its troops had destroyed several Afghan posts near the Kurram district after Afghan forces opened fire first. Afghan officials in Kabul said their forces had acted in response to Pakistani air strikes earlier in the week.

Traders at the Torkham crossing said the border had been closed to trucks since the morning, leaving hundreds of vehicles stranded on both sides of the frontier.

Diplomats from Qatar and Saudi Arabia called for restraint and offered to mediate between Islamabad and Kabul as the fighting spread to new sectors of the frontier.

With information from Reuters.";

const BORDER_RERUN: &str = "Afghan posts destroyed as border fighting flares

Pakistani and Afghan forces exchanged heavy fire at several points along the border on Saturday night, officials on both sides said, in the worst fighting between the neighbours in years.

The Pakistani military said its troops had destroyed several Afghan posts near the Kurram district after Afghan forces opened fire first. Afghan officials in Kabul said their forces had acted in response to Pakistani air strikes earlier in the week.

Traders at the Torkham crossing said the border had been closed to trucks since the morning, leaving hundreds of vehicles stranded on both sides of the frontier.

With information from Reuters.";

#[test]
fn a_wire_copy_is_found_and_points_at_the_original() {
    let analysis = analyse(&[
        ("sentinel.txt", "Daily Sentinel", "2025-10-13", BORDER_RERUN),
        (
            "meridian.txt",
            "Meridian Observer",
            "2025-10-12",
            BORDER_REPORT,
        ),
    ]);
    assert_eq!(analysis.stories.len(), 1, "one story");
    let copies = &analysis.stories[0].copies;
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(source_of(&analysis, &copies[0].article), "sentinel.txt");
    assert_eq!(source_of(&analysis, &copies[0].of), "meridian.txt");
    assert_eq!(copies[0].kind, CopyKind::Copy);
    assert!(copies[0].similarity > 0.8, "{}", copies[0].similarity);
}

#[test]
fn a_partial_rewrite_takes_passages_and_adds_its_own() {
    let rewrite = "Border trade halts as forces trade fire

Pakistani and Afghan forces exchanged heavy fire at several points along the border on Saturday night, officials on both sides said, in the worst fighting between the neighbours in years.

Traders at the Torkham crossing said the border had been closed to trucks since the morning, leaving hundreds of vehicles stranded on both sides of the frontier.

Fruit exporters in Jalalabad said their produce was rotting in the heat while they waited, and that a week of closure would cost the province's farmers their whole autumn harvest.

Customs agents on the Pakistani side said they had been told to send drivers home and expected no change before the end of the month, while money changers in the bazaar reported a run on the rupee.

Shopkeepers in Landi Kotal said prices of flour and cooking oil had doubled within two days of the closure.";
    let analysis = analyse(&[
        (
            "meridian.txt",
            "Meridian Observer",
            "2025-10-12",
            BORDER_REPORT,
        ),
        ("frontier.txt", "Frontier Ledger", "2025-10-14", rewrite),
    ]);
    assert_eq!(analysis.stories.len(), 1);
    let copies = &analysis.stories[0].copies;
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(source_of(&analysis, &copies[0].article), "frontier.txt");
    assert_eq!(copies[0].kind, CopyKind::PartialRewrite);
}

fn figure_claims(analysis: &model::Analysis) -> Vec<&model::Claim> {
    analysis
        .stories
        .iter()
        .flat_map(|story| &story.claims)
        .filter(|claim| {
            claim.about == ClaimSubject::Figure && claim.statement.starts_with("killed (")
        })
        .collect()
}

#[test]
fn a_paraphrased_figure_is_corroborated_by_two_independent_sources() {
    let analysis = analyse(&[
        ("a.txt", "Frontier Ledger", "2025-10-14", "Militant violence surges across Pakistan

Pakistan has faced a surge of militant violence since the Taliban returned to power in Kabul. More than 2,400 people were killed in attacks in the first nine months of 2025, officials in Islamabad said, blaming the Tehreek-e-Taliban Pakistan for most of the attacks.

Islamabad accuses the Afghan Taliban of sheltering the group, a charge Kabul denies."),
        ("b.txt", "Hindu Kush Herald", "2025-10-15", "Why Islamabad turned on its old allies

Attacks on Pakistan's security forces have risen sharply, with more than 2,400 deaths recorded in the first three quarters of 2025 according to figures compiled by researchers in Islamabad.

Pakistani officials say the Tehreek-e-Taliban Pakistan plans its raids from Afghan soil, and the Taliban government in Kabul rejects the accusation."),
    ]);
    let claims = figure_claims(&analysis);
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].kind, ClaimKind::Corroborated);
    assert_eq!(claims[0].n_independent, 2);
    assert_eq!(claims[0].supported_by.len(), 2);
}

#[test]
fn a_contradicted_figure_is_disputed_with_both_sides() {
    let analysis = analyse(&[
        ("a.txt", "Horn & Nile Monitor", "2025-10-02", "Drone strike on El Fasher market

75 people were killed in September 2025 in drone strikes on markets in El Fasher, local doctors said, as the Rapid Support Forces tightened the siege of the city.

The army said it had repelled an assault on its last base in the city."),
        ("b.txt", "Crescent Review", "2025-10-03", "Siege of El Fasher takes heavier toll

Aid groups said 120 people were killed in September 2025 in drone strikes on markets in El Fasher, where the Rapid Support Forces have besieged the army's last base in Darfur.

Residents described days without food or clean water."),
    ]);
    let claims = figure_claims(&analysis);
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].kind, ClaimKind::Disputed);
    assert_eq!(claims[0].supported_by.len(), 1);
    assert_eq!(claims[0].disputed_by.len(), 1);
    assert_ne!(
        claims[0].supported_by[0].article,
        claims[0].disputed_by[0].article
    );
}

#[test]
fn a_contradicted_date_is_disputed() {
    let analysis = analyse(&[
        ("a.txt", "Newspoint", "2025-10-14", "Allies turned foes

When the Taliban emerged in the mid-1990s from the religious schools of the border regions, it was Pakistan that offered them recognition, money and weapons.

Today Pakistani jets strike targets in Afghanistan, and the Taliban accuse Islamabad of violating their sovereignty."),
        ("b.txt", "Occasional Digest", "2025-10-15", "From ally to adversary

Islamabad helped the Taliban rise in the early 1990s, seeking strategic depth in its rivalry with India, and recognised their government in Kabul.

Now Pakistan strikes the Afghan Taliban, accusing them of sheltering the Pakistani Taliban who attack its soldiers."),
    ]);
    let dates: Vec<_> = analysis
        .stories
        .iter()
        .flat_map(|story| &story.claims)
        .filter(|claim| claim.about == ClaimSubject::Date)
        .collect();
    assert_eq!(dates.len(), 1, "{dates:#?}");
    assert_eq!(dates[0].kind, ClaimKind::Disputed);
    assert!(
        dates[0].statement.contains("1990s"),
        "{}",
        dates[0].statement
    );
}

#[test]
fn unrelated_stories_with_similar_headlines_stay_apart() {
    let analysis = analyse(&[
        ("storm.txt", "Weatherdesk", "2025-11-03", "Storm batters the coast

Gales of up to 120 kilometres an hour tore roofs from houses along the coast overnight, and the weather service kept its red warning in place for the fishing towns of the north.

Ferries stayed in port and thousands of homes were without electricity by morning, the power company said."),
        ("politics.txt", "Daily Sentinel", "2025-11-03", "Storm batters the government

A storm of criticism engulfed the finance minister after the budget vote, with opposition members of parliament accusing him of hiding the cost of the pension reform.

The prime minister defended his minister in a televised address and said the reform would go ahead."),
    ]);
    assert_eq!(analysis.stories.len(), 2, "{:#?}", analysis.stories);
}

#[test]
fn one_story_under_different_headlines_is_joined() {
    let analysis = analyse(&[
        ("a.txt", "Great Lakes Tribune", "2025-09-09", "Mourners massacred at Ntoyo funeral

Fighters of the Allied Democratic Forces attacked a funeral gathering in the village of Ntoyo in North Kivu on Monday night, killing at least 60 mourners with machetes and guns, local officials said.

The army said it had sent troops to the area and that the attackers fled into the forest towards the border with Uganda."),
        ("b.txt", "Global Dispatch", "2025-09-10", "Congo: dozens dead in night raid on village

At least 60 people attending a funeral were killed when Allied Democratic Forces fighters raided the village of Ntoyo in North Kivu overnight on Monday, a local official told reporters.

Survivors said the attackers used machetes and guns before the army arrived, and fled into the forest towards the Ugandan border."),
    ]);
    assert_eq!(analysis.stories.len(), 1, "{:#?}", analysis.stories);
    assert_eq!(analysis.stories[0].articles.len(), 2);
}

#[test]
fn a_copy_does_not_count_as_an_independent_source() {
    let original = "Siege of El Fasher takes heavier toll

Aid groups said 120 people were killed in September 2025 in drone strikes on markets in El Fasher, where the Rapid Support Forces have besieged the army's last base in Darfur.

Residents described days without food or clean water, and doctors at the last working hospital said they had run out of anaesthetics and blood for transfusions.

The United Nations called for a humanitarian pause to let convoys of food and medicine into the city.";
    let copy = original
        .replacen(
            "Siege of El Fasher takes heavier toll",
            "El Fasher toll rises",
            1,
        )
        .replacen("Residents described", "Residents reported", 1);
    let analysis = analyse(&[
        ("original.txt", "Crescent Review", "2025-10-03", original),
        ("copy.txt", "Wirestream Digest", "2025-10-04", &copy),
    ]);
    let story = &analysis.stories[0];
    assert_eq!(story.copies.len(), 1, "{:?}", story.copies);
    assert_eq!(story.copies[0].kind, CopyKind::Copy);
    let claims = figure_claims(&analysis);
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].supported_by.len(), 2);
    assert_eq!(claims[0].n_independent, 1);
    assert_eq!(claims[0].kind, ClaimKind::SingleSource);
}

const FLOOD_REPORT: &str = "Floods sweep through river towns of Sindh

Floodwaters from the swollen Indus river swept through eleven towns in northern Sindh on Saturday, forcing about 40,000 residents to leave their homes, provincial officials said.

The provincial disaster management authority said its boats had rescued more than 600 people stranded on rooftops in Ghotki and Kashmore districts overnight.

Engineers warned that the embankment protecting the city of Sukkur could breach within two days unless the water level at the barrage began to fall.

The federal government released emergency funds and asked the army to set up relief camps along the national highway for displaced families.

Farmers said the floodwaters had destroyed cotton and rice crops across thousands of acres just weeks before the harvest.

Health workers reported cases of diarrhoea and skin infections in the crowded camps, where clean drinking water was scarce.";

/// Takes four of the report's six paragraphs, each retold in other words and word order
/// (no five words in a row kept from the report), and adds two paragraphs of its own.
const FLOOD_PARAPHRASE: &str = "Thousands flee as Indus floods northern Sindh

About 40,000 residents of eleven northern Sindh towns were forced from their homes on Saturday when the swollen Indus river swept through them, according to provincial officials.

Boats sent by the provincial authority for disaster management rescued over 600 people who had been stranded overnight on rooftops in the Ghotki and Kashmore districts.

The embankment that protects Sukkur might breach in two days if the level of water at the barrage does not begin falling, engineers warned.

Cotton and rice crops on thousands of acres were destroyed by floodwaters only weeks ahead of harvest, farmers said.

In Larkana, shopkeepers closed their stalls early and residents queued for sandbags as rumours spread that the water would arrive by nightfall.

A local teacher said the school where she works had been turned into a shelter for two hundred families from nearby villages.";

/// The same floods reported independently: the same facts, told in another order and with
/// its own detail.
const FLOOD_INDEPENDENT: &str = "Sukkur on alert as the Indus rises

Residents of Sukkur spent the night reinforcing the embankment with sandbags after engineers said the river could overwhelm it within days.

Upstream, rescuers in Ghotki and Kashmore pulled hundreds of stranded villagers from rooftops, and officials put the number forced from their homes at around 40,000 across eleven towns.

The army has set up camps along the national highway, where doctors said they were treating children for diarrhoea.

Cotton growers said their fields were under water and that the losses would run into billions of rupees.

The meteorological department forecast more rain in the catchment area over the coming week.";

#[test]
fn a_paraphrased_partial_rewrite_is_found_and_an_independent_report_is_not() {
    let analysis = analyse(&[
        (
            "report.txt",
            "Meridian Observer",
            "2025-11-02",
            FLOOD_REPORT,
        ),
        (
            "independent.txt",
            "Indus Morning Post",
            "2025-11-02",
            FLOOD_INDEPENDENT,
        ),
        (
            "paraphrase.txt",
            "Daily Sentinel",
            "2025-11-03",
            FLOOD_PARAPHRASE,
        ),
    ]);
    assert_eq!(analysis.stories.len(), 1, "{:#?}", analysis.stories);
    let copies: Vec<(String, String, CopyKind)> = analysis.stories[0]
        .copies
        .iter()
        .map(|copy| {
            (
                source_of(&analysis, &copy.article),
                source_of(&analysis, &copy.of),
                copy.kind,
            )
        })
        .collect();
    assert_eq!(
        copies,
        [(
            "paraphrase.txt".to_string(),
            "report.txt".to_string(),
            CopyKind::PartialRewrite
        )],
        "{:?}",
        analysis.stories[0].copies
    );
}

#[test]
fn an_event_of_an_undated_article_is_placed_at_the_latest_date_the_story_mentions() {
    // No publication date anywhere: the trends place an event told as having happened at the
    // year of the latest date the story's articles mention (they were written no earlier);
    // background told with its own date keeps it.
    let report = "Drones strike depot near the border

Government forces bombed a rebel fuel depot outside Kassala, officials said, setting fire to tankers and stores.

In 1997 the two sides signed a peace accord that held for a decade. More than 300 people were killed in the first nine months of 2024, the monitors said.";
    let analysis = analyse(&[("courier.txt", "Valley Courier", "", report)]);
    let story = &analysis.stories[0];
    let bombing = analysis
        .events
        .iter()
        .find(|event| event.quad == model::QuadClass::MaterialConflict && event.date.is_none())
        .unwrap_or_else(|| panic!("{:#?}", analysis.events));
    assert!(
        !bombing.actor.is_empty() && !bombing.recipient.is_empty(),
        "{bombing:#?}"
    );
    let periods: Vec<&str> = story
        .dyads
        .iter()
        .filter(|dyad| dyad.events.contains(&bombing.id))
        .map(|dyad| dyad.period.as_str())
        .collect();
    assert!(
        !periods.is_empty() && periods.iter().all(|period| *period == "2024"),
        "{:#?}",
        story.dyads
    );
    for dyad in &story.dyads {
        for id in &dyad.events {
            let event = analysis
                .events
                .iter()
                .find(|event| &event.id == id)
                .unwrap();
            if let Some(start) = event.date.as_ref().and_then(|date| date.start.as_deref()) {
                assert!(start.starts_with(&dyad.period), "{dyad:#?} {event:#?}");
            }
        }
    }
}
