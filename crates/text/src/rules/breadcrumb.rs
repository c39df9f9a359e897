//! Rule: a line of short segments joined by path separators is a breadcrumb trail.
//!
//! Why: section paths ("Home » World » Asia", "News / Region / Province") sit above titles in
//! scraped pages and look like short headings; they name sections, not the story.
//!
//! Example: "Home » Analysis »" → removed, why = "breadcrumb".

use super::Verdict;
use model::RemovalReason;

const SEPARATORS: &[&str] = &[" » ", " / ", " › ", " > ", " | ", " » ", "»", "›"];

pub fn rule(line: &str) -> Option<Verdict> {
    if line.ends_with(['.', '!', '?']) || line.split_whitespace().count() > 12 {
        return None;
    }
    let separators = SEPARATORS
        .iter()
        .filter(|separator| separator.trim().len() == separator.len())
        .map(|separator| line.matches(*separator).count())
        .sum::<usize>();
    let spaced = [" » ", " / ", " › ", " > "]
        .iter()
        .map(|separator| line.matches(separator).count())
        .sum::<usize>();
    let trailing = line.trim_end().ends_with(['»', '›', '>']);
    // "World | Politics | Business": a menu of short section names.
    let menu_segments: Vec<&str> = line.split(" | ").collect();
    if menu_segments.len() >= 3
        && menu_segments
            .iter()
            .all(|segment| segment.split_whitespace().count() <= 2)
    {
        return Some(Verdict::Remove(RemovalReason::Navigation));
    }
    (spaced >= 2 || (spaced >= 1 && trailing) || separators >= 2 && spaced >= 1)
        .then_some(Verdict::Remove(RemovalReason::Breadcrumb))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trails_are_breadcrumbs_and_prose_is_not() {
        assert_eq!(
            rule("Home » Analysis »"),
            Some(Verdict::Remove(RemovalReason::Breadcrumb))
        );
        assert_eq!(
            rule("News / Region / Province"),
            Some(Verdict::Remove(RemovalReason::Breadcrumb))
        );
        assert_eq!(
            rule("Exports rose 4% year on year / month on month figures fell."),
            None
        );
        assert_eq!(rule("Inflation and the 2/3 majority"), None);
    }
}
