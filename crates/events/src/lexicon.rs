//! The event lexicon: the ontology table, the trigger phrases, the sector nouns, the modality
//! cues and the user's actors, read from their data files and compiled into one matcher each.

use crate::classifier::TypeClassifier;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use model::{PloverEvent, QuadClass, Sector};
use std::collections::BTreeMap;

const ONTOLOGY_TSV: &str = include_str!("../data/ontology.tsv");
const TRIGGERS_TSV: &str = include_str!("../data/triggers.tsv");
const SECTORS_TSV: &str = include_str!("../data/sectors.tsv");
const CUES_TSV: &str = include_str!("../data/cues.tsv");

/// One row of the ontology table: what a type and mode mean in quad class, score and ACLED terms.
#[derive(Debug, Clone, PartialEq)]
pub struct OntologyRow {
    pub quad: QuadClass,
    pub score: f64,
    pub contexts: Vec<String>,
    pub acled: Option<(String, String)>,
}

/// How a trigger names its event: a verb (with voice), a noun, or a set phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerKind {
    Verb,
    Noun,
    Phrase,
}

/// One trigger form ("struck", "airstrikes") and the event it codes.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    pub form: String,
    pub kind: TriggerKind,
    /// A verb's past form (may head a passive: "was struck").
    pub past: bool,
    pub event: PloverEvent,
    pub mode: Option<String>,
    /// Words one of which must follow within [`NEEDS_WINDOW_WORDS`] words.
    pub needs: Vec<String>,
}

/// How many words after a trigger its `needs` words may stand ("closed the two main crossings").
pub const NEEDS_WINDOW_WORDS: usize = 4;

/// What a cue word says about an event around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cue {
    Negation,
    Hypothetical,
    Future,
    Deny,
    Allege,
    Claim,
    According,
}

/// A user actor ("--actors FILE" or a PETRARCH dictionary): a phrase and what it codes.
#[derive(Debug, Clone, PartialEq)]
pub struct UserActor {
    pub phrase: String,
    pub name: String,
    pub country: Option<String>,
    pub sector: Option<Sector>,
}

/// Everything the event coder reads besides the article.
pub struct EventLexicon {
    pub ontology: BTreeMap<(PloverEvent, String), OntologyRow>,
    pub triggers: Vec<Trigger>,
    /// Matches every distinct trigger form once; pattern `i` stands for the triggers
    /// `form_triggers[i]` (indexes into `triggers`) that share the form.
    pub trigger_matcher: AhoCorasick,
    /// Per matcher pattern, the triggers of that form in the order they are tried: the user's
    /// (in the order their files list them) before the built-in ones, so a user's verb file
    /// says what its words code, and on each side those with `needs` before those without;
    /// the first whose `needs` are met is the one that codes.
    pub form_triggers: Vec<Vec<usize>>,
    pub sector_nouns: Vec<(String, Sector)>,
    pub sector_matcher: AhoCorasick,
    pub cues: Vec<(Cue, Vec<String>)>,
    pub user_actors: Vec<UserActor>,
    pub user_actor_matcher: Option<AhoCorasick>,
    /// State names by ISO code ("PK" → "Pakistan"), for actor names; the engine fills these
    /// from the knowledge base.
    pub country_names: BTreeMap<String, String>,
    /// How many of `triggers` come from the built-in table (the classifier's features read
    /// only these, so a user's verb file does not shift what the model was trained on).
    pub builtin_triggers: usize,
    /// The sentence type classifier; `None` codes by the rules alone.
    pub classifier: Option<TypeClassifier>,
}

/// A problem in a lexicon file: which file, which line, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconProblem {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for LexiconProblem {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            formatter,
            "{} line {}: {}",
            self.file, self.line, self.message
        )
    }
}

fn data_lines(contents: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    contents.lines().enumerate().filter_map(|(index, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            None
        } else {
            Some((index + 1, line.split('\t').map(str::trim).collect()))
        }
    })
}

fn optional(field: &str) -> Option<String> {
    (field != "-" && !field.is_empty()).then(|| field.to_string())
}

/// Read a sector name as sectors.tsv and the actors file write it ("military", "MIL").
pub fn parse_sector(name: &str) -> Option<Sector> {
    let name = name.trim();
    ALL_SECTORS.into_iter().find(|sector| {
        sector.code().eq_ignore_ascii_case(name) || sector.to_string().eq_ignore_ascii_case(name)
    })
}

const ALL_SECTORS: [Sector; 18] = [
    Sector::Government,
    Sector::Military,
    Sector::Police,
    Sector::Intelligence,
    Sector::Judiciary,
    Sector::Legislature,
    Sector::Rebels,
    Sector::UnidentifiedArmed,
    Sector::Civilians,
    Sector::Refugees,
    Sector::Opposition,
    Sector::Protesters,
    Sector::Business,
    Sector::Media,
    Sector::Ngo,
    Sector::Igo,
    Sector::Religious,
    Sector::Criminals,
];

fn parse_quad(name: &str) -> Option<QuadClass> {
    match name {
        "verbal_cooperation" => Some(QuadClass::VerbalCooperation),
        "material_cooperation" => Some(QuadClass::MaterialCooperation),
        "verbal_conflict" => Some(QuadClass::VerbalConflict),
        "material_conflict" => Some(QuadClass::MaterialConflict),
        _ => None,
    }
}

/// The regular inflections of an English verb: lemma, -s, -ed, -ing.
fn verb_forms(lemma: &str) -> Vec<(String, bool)> {
    let mut forms = vec![(lemma.to_string(), false)];
    // Multi-word verbs ("crack down") inflect their first word.
    let (head, tail) = match lemma.split_once(' ') {
        Some((head, tail)) => (head, format!(" {tail}")),
        None => (lemma, String::new()),
    };
    let consonant_y = head.ends_with('y')
        && !head.ends_with("ay")
        && !head.ends_with("ey")
        && !head.ends_with("oy");
    let third = if consonant_y {
        format!("{}ies", &head[..head.len() - 1])
    } else if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|end| head.ends_with(end))
    {
        format!("{head}es")
    } else {
        format!("{head}s")
    };
    let past = if consonant_y {
        format!("{}ied", &head[..head.len() - 1])
    } else if head.ends_with('e') {
        format!("{head}d")
    } else {
        format!("{head}ed")
    };
    let gerund = if head.ends_with('e') && !head.ends_with("ee") && head.len() > 2 {
        format!("{}ing", &head[..head.len() - 1])
    } else {
        format!("{head}ing")
    };
    forms.push((format!("{third}{tail}"), false));
    forms.push((format!("{past}{tail}"), true));
    forms.push((format!("{gerund}{tail}"), false));
    forms
}

fn build_matcher(patterns: &[String]) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns)
        .expect("lexicon patterns build a matcher")
}

impl EventLexicon {
    /// The built-in lexicon (the data files compiled into the binary).
    pub fn load_default() -> EventLexicon {
        let mut lexicon = EventLexicon {
            ontology: BTreeMap::new(),
            triggers: Vec::new(),
            trigger_matcher: build_matcher(&[]),
            form_triggers: Vec::new(),
            sector_nouns: Vec::new(),
            sector_matcher: build_matcher(&[]),
            cues: Vec::new(),
            user_actors: Vec::new(),
            user_actor_matcher: None,
            country_names: BTreeMap::new(),
            builtin_triggers: 0,
            classifier: None,
        };
        let problems = lexicon.read_ontology(ONTOLOGY_TSV, "ontology.tsv");
        debug_assert!(problems.is_empty(), "{problems:?}");
        let problems = lexicon.add_triggers(TRIGGERS_TSV, "triggers.tsv");
        debug_assert!(problems.is_empty(), "{problems:?}");
        lexicon.builtin_triggers = lexicon.triggers.len();
        let problems = lexicon.add_sector_nouns(SECTORS_TSV, "sectors.tsv");
        debug_assert!(problems.is_empty(), "{problems:?}");
        for (_, fields) in data_lines(CUES_TSV) {
            let cue = match fields[0] {
                "negation" => Cue::Negation,
                "hypothetical" => Cue::Hypothetical,
                "future" => Cue::Future,
                "deny" => Cue::Deny,
                "allege" => Cue::Allege,
                "claim" => Cue::Claim,
                _ => Cue::According,
            };
            if let Some(words) = fields.get(1) {
                let words = words.split(' ').map(str::to_string).collect();
                lexicon.cues.push((cue, words));
            }
        }
        lexicon.rebuild();
        lexicon.classifier = Some(TypeClassifier::shipped());
        lexicon
    }

    fn read_ontology(&mut self, contents: &str, file: &str) -> Vec<LexiconProblem> {
        let mut problems = Vec::new();
        for (line, fields) in data_lines(contents) {
            let problem = |message: &str| LexiconProblem {
                file: file.to_string(),
                line,
                message: message.to_string(),
            };
            if fields.len() < 7 {
                problems.push(problem("expected 7 tab-separated columns"));
                continue;
            }
            let (Some(event), Some(quad), Ok(score)) = (
                PloverEvent::parse(fields[0]),
                parse_quad(fields[2]),
                fields[3].parse::<f64>(),
            ) else {
                problems.push(problem("unknown event type, quad class or score"));
                continue;
            };
            let contexts = optional(fields[4])
                .map(|contexts| contexts.split(';').map(|c| c.trim().to_string()).collect())
                .unwrap_or_default();
            let acled = optional(fields[5]).zip(optional(fields[6]));
            self.ontology.insert(
                (event, fields[1].to_string()),
                OntologyRow {
                    quad,
                    score: score.clamp(-10.0, 10.0),
                    contexts,
                    acled,
                },
            );
        }
        problems
    }

    /// Add trigger rows in the triggers.tsv format (the `--verbs FILE` format). Rows naming an
    /// unknown event type are skipped and reported.
    pub fn add_triggers(&mut self, contents: &str, file: &str) -> Vec<LexiconProblem> {
        let mut problems = Vec::new();
        for (line, fields) in data_lines(contents) {
            let problem = |message: String| LexiconProblem {
                file: file.to_string(),
                line,
                message,
            };
            if fields.len() < 3 {
                problems.push(problem(
                    "expected kind, forms, event[, mode[, needs]] separated by tabs".to_string(),
                ));
                continue;
            }
            let kind = match fields[0] {
                "verb" => TriggerKind::Verb,
                "noun" => TriggerKind::Noun,
                "phrase" => TriggerKind::Phrase,
                other => {
                    problems.push(problem(format!(
                        "unknown kind {other:?} (verb, noun, phrase)"
                    )));
                    continue;
                }
            };
            let Some(event) = PloverEvent::parse(fields[2]) else {
                problems.push(problem(format!("unknown PLOVER type {:?}", fields[2])));
                continue;
            };
            let mode = fields.get(3).and_then(|mode| optional(mode));
            let needs: Vec<String> = fields
                .get(4)
                .and_then(|needs| optional(needs))
                .map(|needs| needs.split('|').map(|w| w.trim().to_lowercase()).collect())
                .unwrap_or_default();
            let forms: Vec<String> = fields[1]
                .split('|')
                .map(|form| form.trim().to_lowercase())
                .filter(|form| !form.is_empty())
                .collect();
            let mut expanded: Vec<(String, bool)> = Vec::new();
            for (index, form) in forms.iter().enumerate() {
                match kind {
                    // Every listed lemma inflects ("recognize|recognise"); forms that are
                    // already inflected (irregular pasts, doubled consonants) stay as written,
                    // and a past-looking form may head a passive.
                    TriggerKind::Verb
                        if index == 0
                            || ![
                                "ed", "ing", "en", "s", "ck", "ght", "ew", "ot", "ung", "ought",
                            ]
                            .iter()
                            .any(|end| form.ends_with(end)) =>
                    {
                        expanded.extend(verb_forms(form))
                    }
                    TriggerKind::Verb => expanded.push((form.clone(), !form.ends_with("ing"))),
                    TriggerKind::Noun if index == 0 => {
                        expanded.push((form.clone(), false));
                        if !form.ends_with('s') {
                            expanded.push((format!("{form}s"), false));
                        }
                    }
                    _ => expanded.push((form.clone(), false)),
                }
            }
            for (form, past) in expanded {
                self.triggers.push(Trigger {
                    form,
                    kind,
                    past,
                    event,
                    mode: mode.clone(),
                    needs: needs.clone(),
                });
            }
        }
        self.rebuild();
        problems
    }

    /// Add sector nouns in the sectors.tsv format.
    pub fn add_sector_nouns(&mut self, contents: &str, file: &str) -> Vec<LexiconProblem> {
        let mut problems = Vec::new();
        for (line, fields) in data_lines(contents) {
            let Some(sector) = parse_sector(fields[0]) else {
                problems.push(LexiconProblem {
                    file: file.to_string(),
                    line,
                    message: format!("unknown sector {:?}", fields[0]),
                });
                continue;
            };
            for noun in fields.get(1).copied().unwrap_or("").split('|') {
                let noun = noun.trim().to_lowercase();
                if !noun.is_empty() {
                    self.sector_nouns.push((noun, sector));
                }
            }
        }
        self.rebuild();
        problems
    }

    /// Add actors in the `--actors FILE` format: `phrase<TAB>name<TAB>country<TAB>sector`, the
    /// last two optional ("-" for none); a line `sector<TAB>SECTOR<TAB>nouns` adds sector nouns.
    pub fn add_actors(&mut self, contents: &str, file: &str) -> Vec<LexiconProblem> {
        let mut problems = Vec::new();
        for (line, fields) in data_lines(contents) {
            if fields[0] == "sector" && fields.len() >= 3 {
                let row = format!("{}\t{}", fields[1], fields[2]);
                problems.extend(
                    self.add_sector_nouns(&row, file)
                        .into_iter()
                        .map(|problem| LexiconProblem { line, ..problem }),
                );
                continue;
            }
            if fields.len() < 2 || fields[0].is_empty() {
                problems.push(LexiconProblem {
                    file: file.to_string(),
                    line,
                    message: "expected phrase, name[, country[, sector]] separated by tabs"
                        .to_string(),
                });
                continue;
            }
            let sector = fields.get(3).and_then(|sector| parse_sector(sector));
            self.user_actors.push(UserActor {
                phrase: fields[0].to_lowercase(),
                name: fields[1].to_string(),
                country: fields
                    .get(2)
                    .and_then(|country| optional(country))
                    .map(|country| country.to_uppercase()),
                sector,
            });
        }
        self.rebuild();
        problems
    }

    fn rebuild(&mut self) {
        let mut forms: Vec<String> = Vec::new();
        let mut by_form: BTreeMap<&str, usize> = BTreeMap::new();
        let mut form_triggers: Vec<Vec<usize>> = Vec::new();
        let user_first =
            (self.builtin_triggers..self.triggers.len()).chain(0..self.builtin_triggers);
        for index in user_first {
            let form = self.triggers[index].form.as_str();
            let pattern = *by_form.entry(form).or_insert_with(|| {
                forms.push(form.to_string());
                form_triggers.push(Vec::new());
                forms.len() - 1
            });
            form_triggers[pattern].push(index);
        }
        // Within each side, a trigger that needs company is tried before one that does not
        // ("fire" before "artillery" codes ASSAULT, "fire" alone what its line says).
        for group in &mut form_triggers {
            group.sort_by_key(|&index| {
                (
                    index < self.builtin_triggers,
                    self.triggers[index].needs.is_empty(),
                )
            });
        }
        self.trigger_matcher = build_matcher(&forms);
        self.form_triggers = form_triggers;
        let nouns: Vec<String> = self.sector_nouns.iter().map(|(n, _)| n.clone()).collect();
        self.sector_matcher = build_matcher(&nouns);
        self.user_actor_matcher = (!self.user_actors.is_empty()).then(|| {
            let phrases: Vec<String> = self.user_actors.iter().map(|a| a.phrase.clone()).collect();
            build_matcher(&phrases)
        });
    }

    /// The trigger that codes a match of matcher pattern `pattern` ending at `end` in `text`:
    /// the first of the form's triggers whose `needs` are met (only built-in ones when
    /// `builtin_only`, as the classifier's features read them). `None` when none is.
    pub fn trigger_for(
        &self,
        pattern: usize,
        text: &str,
        end: usize,
        builtin_only: bool,
    ) -> Option<usize> {
        self.form_triggers
            .get(pattern)?
            .iter()
            .copied()
            .find(|&index| {
                (!builtin_only || index < self.builtin_triggers)
                    && crate::arguments::needs_are_met(text, end, &self.triggers[index])
            })
    }

    /// True when a trigger comes from a user's verb file, not the built-in table.
    pub fn is_user_trigger(&self, index: usize) -> bool {
        index >= self.builtin_triggers
    }

    /// The ontology row for a type and mode, falling back to the type's row without a mode.
    pub fn row(&self, event: PloverEvent, mode: Option<&str>) -> Option<&OntologyRow> {
        mode.and_then(|mode| self.ontology.get(&(event, mode.to_string())))
            .or_else(|| self.ontology.get(&(event, "-".to_string())))
    }

    /// The sector a phrase's words name ("security personnel" → police), first noun first.
    pub fn sector_of(&self, phrase: &str) -> Option<Sector> {
        self.sector_matcher
            .find_iter(phrase)
            .find(|found| is_word_at(phrase, found.start(), found.end()))
            .map(|found| self.sector_nouns[found.pattern().as_usize()].1)
    }
}

/// True when `text[start..end]` stands as whole words (no letter or digit glued on either side).
pub fn is_word_at(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_plover_type_has_a_row_without_mode() {
        let lexicon = EventLexicon::load_default();
        for event in PloverEvent::ALL {
            assert!(lexicon.row(event, None).is_some(), "{event}");
        }
    }

    #[test]
    fn every_trigger_mode_is_in_the_ontology() {
        let lexicon = EventLexicon::load_default();
        for trigger in &lexicon.triggers {
            if let Some(mode) = &trigger.mode {
                assert!(
                    lexicon
                        .ontology
                        .contains_key(&(trigger.event, mode.clone())),
                    "{} {mode}",
                    trigger.event
                );
            }
        }
    }

    #[test]
    fn verbs_inflect() {
        let forms: Vec<String> = verb_forms("deny").into_iter().map(|f| f.0).collect();
        assert_eq!(forms, ["deny", "denies", "denied", "denying"]);
        let forms: Vec<String> = verb_forms("strike").into_iter().map(|f| f.0).collect();
        assert_eq!(forms, ["strike", "strikes", "striked", "striking"]);
    }

    #[test]
    fn acled_sub_types_are_from_the_codebook() {
        let lexicon = EventLexicon::load_default();
        let subs: std::collections::BTreeSet<_> = lexicon
            .ontology
            .values()
            .filter_map(|row| row.acled.clone())
            .collect();
        assert!(subs.len() >= 18, "{subs:?}");
    }
}
