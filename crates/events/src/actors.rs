//! Actors as analysts code them: an entity or a generic group, its sector and its country, named
//! the way ACLED names actors ("Military Forces of Pakistan", "Civilians (Afghanistan)").

use model::{Actor, Sector};

/// ACLED's name for a generic actor of a sector and country; `None` when the sector has no
/// generic name. Without a country the name has no suffix ("Civilians").
pub fn acled_generic_name(sector: Sector, country_name: Option<&str>) -> String {
    let of = |stem: &str| match country_name {
        Some(country) => format!("{stem} of {country}"),
        None => stem.to_string(),
    };
    let within = |stem: &str| match country_name {
        Some(country) => format!("{stem} ({country})"),
        None => stem.to_string(),
    };
    match sector {
        Sector::Government => of("Government"),
        Sector::Military => of("Military Forces"),
        Sector::Police => of("Police Forces"),
        Sector::Intelligence => of("Intelligence Services"),
        Sector::Judiciary => of("Judiciary"),
        Sector::Legislature => of("Legislature"),
        Sector::Rebels | Sector::UnidentifiedArmed => within("Unidentified Armed Group"),
        Sector::Civilians => within("Civilians"),
        Sector::Refugees => within("Refugees/IDPs"),
        Sector::Opposition => within("Opposition"),
        Sector::Protesters => within("Protesters"),
        Sector::Business => within("Business"),
        Sector::Media => within("Journalists"),
        Sector::Ngo => within("NGO"),
        Sector::Igo => within("International Organisation"),
        Sector::Religious => within("Religious Leaders"),
        Sector::Criminals => within("Criminals"),
    }
}

/// Sectors of the state itself: an actor of one of them acting for a state is named generically
/// after the state ("Military Forces of Pakistan") rather than by the body's own name.
pub fn is_state_sector(sector: Sector) -> bool {
    matches!(
        sector,
        Sector::Government
            | Sector::Military
            | Sector::Police
            | Sector::Intelligence
            | Sector::Judiciary
            | Sector::Legislature
    )
}

/// Two actors are the same party when they share an entity or, lacking one, a name.
pub fn same_party(a: &Actor, b: &Actor) -> bool {
    match (&a.entity, &b.entity) {
        (Some(x), Some(y)) => x == y && a.sector == b.sector,
        _ => a.name == b.name,
    }
}

/// Two actors stand on the same side: the same party, or the same state.
pub fn same_side(a: &Actor, b: &Actor) -> bool {
    same_party(a, b) || (a.country.is_some() && a.country == b.country)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_names_follow_acled() {
        assert_eq!(
            acled_generic_name(Sector::Military, Some("Pakistan")),
            "Military Forces of Pakistan"
        );
        assert_eq!(
            acled_generic_name(Sector::Civilians, Some("Afghanistan")),
            "Civilians (Afghanistan)"
        );
        assert_eq!(
            acled_generic_name(Sector::Rebels, None),
            "Unidentified Armed Group"
        );
    }
}
