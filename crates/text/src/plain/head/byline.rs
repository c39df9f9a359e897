//! Bylines and author names: a label and names ("By Jane Roe"), a name and a job title, bare names
//! in the byline's slot; job titles and news agencies are not authors.

use super::date_line::is_weekday_word;
use super::*;
use crate::word_list::word_list;

/// A byline: a label and names ("By Jane Doe and Omar Khan", "Interview by Jonas Weber"), or a
/// name and a job title ("Marta Sokol, Political correspondent"). Returns the authors: job titles
/// and news agencies ("By Nina Hartono, Reuters") are not authors; the agency is the wire, read
/// by the caller with [`rules::agency_in_byline`]. A byline that names only an agency ("By
/// Associated Press") is still a byline, with no authors.
pub(in crate::plain) fn byline(text: &str) -> Option<Vec<String>> {
    let Some(rest) = strip_byline_label(text) else {
        return name_with_role(text);
    };
    if text.split_whitespace().count() > 10
        || ends_like_sentence(rest) && rest.split_whitespace().count() > 6
    {
        return None;
    }
    let rest = rest.split(['|', '—', '–']).next().unwrap_or(rest);
    let (authors, names_agency) = authors_in_credit(rest);
    (!authors.is_empty() || names_agency).then_some(authors)
}

/// The names of a credit ("Jane Doe, Omar Khan & Ana Lima, Staff Reporters"): the parts between
/// "and", "&" and commas that start with a capital and are short enough to be a name. Job titles
/// (words of `data/author_roles.txt`) and news agencies are dropped; the flag says whether an
/// agency was named.
pub(in crate::plain) fn authors_in_credit(credit: &str) -> (Vec<String>, bool) {
    let mut names_agency = false;
    let mut authors = Vec::new();
    for part in split_names(credit) {
        let name = part.trim().trim_end_matches('.').trim();
        if rules::agency_in_byline(name).is_some() {
            names_agency = true;
        } else if !is_job_title(name)
            && name.chars().next().is_some_and(char::is_uppercase)
            && name.split_whitespace().count() <= 4
        {
            authors.push(name.to_string());
        }
    }
    (authors, names_agency)
}

/// "Jane Doe and Omar Khan & Ana Lima, Staff Reporter" → its parts.
fn split_names(credit: &str) -> impl Iterator<Item = &str> {
    credit
        .split(" and ")
        .flat_map(|part| part.split(" & "))
        .flat_map(|part| part.split(','))
        .filter(|part| !part.trim().is_empty())
}

/// The text after a byline label of `data/byline_labels.txt` ("Written by", "Report by", "By"),
/// when a capitalised word follows it.
pub(in crate::plain) fn strip_byline_label(text: &str) -> Option<&str> {
    crate::word_list::byline_labels().iter().find_map(|label| {
        let rest = text
            .get(..label.len())
            .filter(|head| head.eq_ignore_ascii_case(label))
            .and_then(|_| text.get(label.len()..))?
            .strip_prefix(' ')?
            .trim_start();
        rest.chars()
            .next()
            .is_some_and(char::is_uppercase)
            .then_some(rest)
    })
}

/// "Marta Sokol, Political correspondent" → ["Marta Sokol"]: a person's name and a job title,
/// with no "By". The title must hold a word of `data/author_roles.txt`.
fn name_with_role(text: &str) -> Option<Vec<String>> {
    let (names, role) = text.rsplit_once(',')?;
    let role = role.trim();
    if role.is_empty() || role.split_whitespace().count() > 4 || !is_job_title(role) {
        return None;
    }
    person_names(names)
}

/// Does a byline part name a job ("Chief Reporter", "Political correspondent") rather than a
/// person? Any word of it in `data/author_roles.txt`, or a part opening in lower case.
fn is_job_title(part: &str) -> bool {
    static ROLES: std::sync::LazyLock<Vec<&'static str>> =
        std::sync::LazyLock::new(|| word_list(include_str!("../../../data/author_roles.txt")));
    part.chars().next().is_some_and(char::is_lowercase) || holds_listed_word(part, &ROLES)
}

/// "Zahid Gul Afridi & Shah Wali Yousafzai" → both names: a line made only of people's names,
/// each two to four capitalised words (particles such as "de" or "al" allowed, no digits, no
/// organisation word), joined by "and", "&" or commas.
fn person_names(text: &str) -> Option<Vec<String>> {
    let text = text.trim();
    if text.is_empty() || ends_like_sentence(text) || names_organisation(text) {
        return None;
    }
    let names: Vec<String> = split_names(text)
        .map(|name| name.trim().to_string())
        .collect();
    (!names.is_empty() && names.iter().all(|name| is_person_name(name))).then_some(names)
}

/// "Jane Roe", "Ana de la Cruz", "J. R. Okafor", "FARHAN QURESHI": the shape of one person's name.
fn is_person_name(name: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "de", "da", "di", "do", "du", "del", "della", "der", "den", "van", "von", "la", "le", "al",
        "el", "bin", "ibn", "ul", "ur", "y",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && !is_weekday_word(words[0])
        && words.iter().all(|word| {
            PARTICLES.contains(word)
                || (word.chars().next().is_some_and(char::is_uppercase)
                    && word
                        .chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
        })
}

/// A bare author name with no label ("Clara Brennan"): a line of people's names standing in the
/// byline's slot, right below a long line (the headline or its deck, not a menu of short items)
/// and right above the story's date or read time (removed chrome such as "Share" may sit
/// between). Returns the authors.
pub(in crate::plain) fn bare_byline(
    lines: &[Line],
    index: usize,
    last_line_of_word: &LastLineOfWord,
) -> Option<Vec<String>> {
    let line = &lines[index];
    if !is_kept(line) || line.state == State::Kept(ParagraphKind::Caption) {
        return None;
    }
    if byline(&line.text).is_some() {
        return None;
    }
    let names = person_names(&line.text)?;
    // Names are not words the story writes in lower case: a line half of whose words the text
    // below also writes in lower case is a heading ("Top Weight Loss Medications", the body
    // speaking of "weight loss"), while one such word is a name that happens to be one ("Said").
    let name_words: Vec<&str> = line
        .text
        .split_whitespace()
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .collect();
    let lower_case_count = name_words
        .iter()
        .filter(|word| {
            let lowered = word.to_lowercase();
            lowered.len() > 2
                && last_line_of_word
                    .get(lines, &lowered)
                    .is_some_and(|last| last > index)
        })
        .count();
    let lower_case_in_text = lower_case_count * 2 >= name_words.len();
    if lower_case_in_text {
        return None;
    }
    let below_long_line = index
        .checked_sub(1)
        .is_some_and(|above| lines[above].words >= 5 && !is_name_like(&lines[above].text));
    let date_follows = (index + 1..lines.len())
        .take(3)
        .find(|&later| is_kept(&lines[later]) || is_article_metadata(&lines[later]))
        .is_some_and(|later| is_article_metadata(&lines[later]));
    (below_long_line && date_follows).then_some(names)
}

/// The last line each word of the text stands in, as written (words split at anything but letters,
/// digits, "-" and "'"), read once on first use: "does the text below this line write this word?"
/// without reading the text below for every line.
#[derive(Default)]
pub(in crate::plain) struct LastLineOfWord(
    std::cell::OnceCell<std::collections::HashMap<String, usize>>,
);

impl LastLineOfWord {
    fn get(&self, lines: &[Line], word: &str) -> Option<usize> {
        self.0
            .get_or_init(|| {
                let mut last = std::collections::HashMap::new();
                for (index, line) in lines.iter().enumerate() {
                    for word in line
                        .text
                        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
                        .filter(|word| !word.is_empty())
                    {
                        match last.get_mut(word) {
                            Some(at) => *at = index,
                            None => {
                                last.insert(word.to_string(), index);
                            }
                        }
                    }
                }
                last
            })
            .get(word)
            .copied()
    }
}

/// Does `text` hold a word (punctuation trimmed, lower-cased) that `list` names?
pub(in crate::plain) fn holds_listed_word(text: &str, list: &[&str]) -> bool {
    text.split_whitespace().any(|word| {
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        list.contains(&word.as_str())
    })
}
