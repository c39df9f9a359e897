//! Reading the PETRARCH validation suite's dictionaries and unit-test records (MIT licence,
//! ../shared/bench/events/petrarch-unit-tests) so sitrep's coder can be run on those tests.
//!
//! The dictionaries are translated into sitrep's own user-dictionary formats (the `--actors`
//! and `--verbs` files of crates/events/README.md), so the tests exercise exactly what a user's
//! files would. What the translation keeps and drops:
//!
//! - actors: `NAME [CODE]` lines and their `+SYNONYM` lines (underscores are spaces). The code
//!   becomes the actor's name and its first three letters its country; an agent suffix that
//!   names a sector (`ISRMIL`) becomes the actor's sector. Date-restricted codes take the first.
//! - agents: `NOUN [~GOV]` lines whose code is a sector become `sector` lines (generic actors).
//! - verbs: each `--- GROUP [code] ---` block's verb lines (`+` marks the verb word of a phrase,
//!   `{…}` lists irregular forms) become triggers of the PLOVER type the block's CAMEO code has
//!   in CAMEO2PLOVER. A line's own `[code]` overrides the block's. A pattern whose words all
//!   follow the verb (`- * TRADE PROTOCOL [085]`) becomes a trigger of the block's verbs that
//!   needs those words after it; patterns with words before the verb (`- SAID WOULD * [112]`)
//!   and synsets are not read: sitrep's triggers are words, set phrases and the words that
//!   follow them, not parse patterns. Codes with no PLOVER type (the suite's made-up 9xx codes,
//!   `---`) give no trigger.
//!
//! No IO: the caller reads the files and passes their contents.

use model::PloverEvent;
use std::collections::BTreeMap;

/// One unit-test record: its text and the codings PETRARCH is expected to produce.
#[derive(Debug, Clone, PartialEq)]
pub struct PetrarchRecord {
    pub id: String,
    pub category: String,
    pub text: String,
    /// Expected codings; empty when the record expects no event.
    pub codings: Vec<PetrarchCoding>,
    /// The record is marked `noevents = "True"`.
    pub expects_none: bool,
}

/// One expected coding: source and target actor codes ("ARN", "BREGOV") and a CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct PetrarchCoding {
    pub source: String,
    pub target: String,
    pub event_code: String,
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + name.len()..].trim_start();
        rest = &rest[at + name.len()..];
        if before.is_some_and(|c| !c.is_whitespace()) {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let quote = value.chars().next()?;
        if quote != '"' && quote != '\'' {
            continue;
        }
        let value = &value[1..];
        let end = value.find(quote)?;
        return Some(value[..end].to_string());
    }
    None
}

/// The `<Sentence>` records of a PETRARCH unit-test file, in file order. Records inside XML
/// comments are skipped.
pub fn read_records(xml: &str) -> Vec<PetrarchRecord> {
    let mut uncommented = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(start) = rest.find("<!--") {
        uncommented.push_str(&rest[..start]);
        match rest[start..].find("-->") {
            Some(end) => rest = &rest[start + end + 3..],
            None => {
                rest = "";
            }
        }
    }
    uncommented.push_str(rest);
    let mut records = Vec::new();
    let mut rest = uncommented.as_str();
    while let Some(start) = rest.find("<Sentence ") {
        let after = &rest[start..];
        let Some(close) = after.find("</Sentence>") else {
            break;
        };
        let body = &after[..close];
        rest = &after[close + "</Sentence>".len()..];
        let tag_end = body.find('>').unwrap_or(body.len());
        let tag = &body[..tag_end];
        let text = match (body.find("<Text>"), body.find("</Text>")) {
            (Some(open), Some(close)) if open < close => body[open + "<Text>".len()..close]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            _ => continue,
        };
        let mut codings = Vec::new();
        let mut expects_none = false;
        let mut coding_rest = body;
        while let Some(at) = coding_rest.find("<EventCoding") {
            let coding_tag = &coding_rest[at..];
            let coding_end = coding_tag.find('>').unwrap_or(coding_tag.len());
            let coding_tag = &coding_tag[..coding_end];
            coding_rest = &coding_rest[at + coding_end..];
            if attribute(coding_tag, "noevents").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
                expects_none = true;
                continue;
            }
            if let Some(event_code) = attribute(coding_tag, "eventcode") {
                codings.push(PetrarchCoding {
                    source: attribute(coding_tag, "sourcecode").unwrap_or_default(),
                    target: attribute(coding_tag, "targetcode").unwrap_or_default(),
                    event_code,
                });
            }
        }
        records.push(PetrarchRecord {
            id: attribute(tag, "id").unwrap_or_default(),
            category: attribute(tag, "category").unwrap_or_default(),
            text,
            codings,
            expects_none,
        });
    }
    records
}

/// A dictionary line without its comment (`#` to the end, `<!-- … -->` lines dropped).
fn dictionary_line(line: &str) -> &str {
    let line = line.split('#').next().unwrap_or("");
    if line.trim_start().starts_with("<!--") {
        ""
    } else {
        line.trim_end()
    }
}

fn phrase_of(word: &str) -> String {
    word.trim()
        .trim_start_matches('+')
        .replace('+', "")
        .replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The first `[CODE]` of a line, without a date restriction ("[HOBREB > 990816]" → "HOBREB").
fn bracket_code(line: &str) -> Option<String> {
    let open = line.find('[')?;
    let close = line[open..].find(']')? + open;
    let inside = line[open + 1..close].trim();
    let code = inside.split(['>', '<', ' ']).next().unwrap_or("").trim();
    (!code.is_empty()).then(|| code.to_string())
}

/// The PETRARCH actor and agent dictionaries as an `--actors` file: one
/// `phrase<TAB>code<TAB>country<TAB>sector` line per actor name and synonym, one
/// `sector<TAB>SECTOR<TAB>nouns` line per agent code that names a sector.
pub fn actors_file(actors: &str, agents: &str) -> String {
    let mut out = String::from("# PETRARCH validation actors and agents, translated\n");
    let write = |out: &mut String, name: &str, code: &str| {
        let country: String = code.chars().take(3).collect();
        let sector = crate::parse_sector(&code[country.len()..])
            .map(|sector| sector.code().to_string())
            .unwrap_or_else(|| "-".to_string());
        if !name.is_empty() {
            out.push_str(&format!("{name}\t{code}\t{country}\t{sector}\n"));
        }
    };
    // A code of dashes ("[---]") codes nothing.
    let real = |code: Option<String>| {
        code.filter(|code| !code.chars().all(|c| c == '-'))
            .map(|code| code.to_uppercase())
    };
    // The code of the entry being read, and an entry name whose code is on a following line.
    let mut code: Option<String> = None;
    let mut awaiting: Option<String> = None;
    for line in actors.lines() {
        let trimmed = dictionary_line(line).trim();
        if trimmed.is_empty() {
            continue;
        }
        if let Some(synonym) = trimmed.strip_prefix('+') {
            if let Some(code) = &code {
                write(&mut out, &phrase_of(synonym), code);
            }
            continue;
        }
        if trimmed.starts_with('[') {
            if let Some(name) = awaiting.take() {
                code = real(bracket_code(trimmed));
                if let Some(code) = &code {
                    write(&mut out, &name, code);
                }
            }
            continue;
        }
        let name = phrase_of(trimmed.split('[').next().unwrap_or(""));
        match bracket_code(trimmed) {
            Some(found) => {
                awaiting = None;
                code = real(Some(found));
                if let Some(code) = &code {
                    write(&mut out, &name, code);
                }
            }
            None => {
                code = None;
                awaiting = Some(name);
            }
        }
    }
    let mut sectors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in agents.lines() {
        let trimmed = dictionary_line(line).trim();
        if trimmed.is_empty() || trimmed.starts_with('!') || trimmed.starts_with('+') {
            continue;
        }
        let Some(code) = bracket_code(trimmed) else {
            continue;
        };
        let Some(sector) = crate::parse_sector(code.trim_matches('~')) else {
            continue;
        };
        let noun = phrase_of(trimmed.split(['[', '{']).next().unwrap_or(""));
        if !noun.is_empty() && !noun.contains('!') {
            sectors
                .entry(sector.code().to_string())
                .or_default()
                .push(noun);
        }
    }
    for (sector, nouns) in sectors {
        out.push_str(&format!("sector\t{sector}\t{}\n", nouns.join("|")));
    }
    out
}

/// CAMEO codes and the PLOVER type and mode CAMEO2PLOVER gives each ("190" → ASSAULT), read
/// from the table's `code: TYPE, mode, context # …` lines.
pub fn cameo_to_plover_table(contents: &str) -> BTreeMap<String, (PloverEvent, Option<String>)> {
    let mut table = BTreeMap::new();
    for line in contents.lines() {
        let line = line.split('#').next().unwrap_or("");
        let Some((code, rest)) = line.split_once(':') else {
            continue;
        };
        let mut fields = rest.split(',').map(str::trim);
        let Some(event) = fields.next().and_then(PloverEvent::parse) else {
            continue;
        };
        let mode = fields
            .next()
            .filter(|mode| !mode.is_empty())
            .map(str::to_string);
        table.insert(code.trim().to_string(), (event, mode));
    }
    table
}

/// The PLOVER type of a CAMEO code: the table's row for the code, else for its longest
/// prefix ("0231" → "023" → "02"). `None` for codes CAMEO does not have.
pub fn plover_of_cameo(
    table: &BTreeMap<String, (PloverEvent, Option<String>)>,
    code: &str,
) -> Option<PloverEvent> {
    let code = code.split(':').next().unwrap_or("").trim();
    if code.is_empty() || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    (2..=code.len())
        .rev()
        .find_map(|length| table.get(&code[..length]))
        .map(|(event, _)| *event)
}

/// The PETRARCH verb dictionary as a `--verbs` file (the triggers.tsv format): one `verb` line
/// per verb line of a block whose CAMEO code has a PLOVER type, and one per pattern that reads
/// as words after the verb (`- * TRADE PROTOCOL [085]`): the block's verbs with those words as
/// `needs` (a space in the pattern, where PETRARCH lets other words stand between, becomes a
/// `*` gap; `_` keeps words together; the markers `+ $ % ^` stand for a gap). Patterns with
/// words before the verb or a synset (`&CURRENCY`) are not read. Returns the file and how many
/// lines were left out because their code has no PLOVER type.
pub fn verbs_file(
    verbs: &str,
    table: &BTreeMap<String, (PloverEvent, Option<String>)>,
) -> (String, usize) {
    let mut out = String::from("# PETRARCH validation verbs, translated\n");
    let mut skipped = 0;
    let mut block_code: Option<String> = None;
    // The forms of the block's verbs that take the block's code, for its patterns.
    let mut block_forms: Vec<String> = Vec::new();
    let mut in_synset = false;
    for line in verbs.lines() {
        let line = dictionary_line(line);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if let Some(header) = trimmed.strip_prefix("---") {
            block_code = bracket_code(header);
            block_forms.clear();
            in_synset = false;
            continue;
        }
        if let Some(pattern) = trimmed.strip_prefix('-') {
            if in_synset || block_forms.is_empty() {
                continue;
            }
            let Some(code) = bracket_code(pattern) else {
                continue;
            };
            let Some(event) = plover_of_cameo(table, &code) else {
                skipped += 1;
                continue;
            };
            if let Some(need) = pattern_need(pattern.split('[').next().unwrap_or("")) {
                out.push_str(&format!(
                    "verb\t{}\t{}\t-\t{need}\n",
                    block_forms.join("|"),
                    event.as_str()
                ));
            }
            continue;
        }
        if trimmed.starts_with('&') {
            in_synset = true;
            continue;
        }
        if in_synset || block_code.is_none() && bracket_code(trimmed).is_none() {
            continue;
        }
        let own_code = bracket_code(trimmed);
        let code = own_code.clone().or_else(|| block_code.clone());
        let head = trimmed.split(['[', '{']).next().unwrap_or("");
        let mut forms = vec![phrase_of(head)];
        if let (Some(open), Some(close)) = (trimmed.find('{'), trimmed.find('}')) {
            if open < close {
                forms.extend(trimmed[open + 1..close].split_whitespace().map(phrase_of));
            }
        }
        forms.retain(|form| !form.is_empty() && !form.contains('&'));
        if own_code.is_none() {
            block_forms.extend(forms.iter().cloned());
        }
        let Some(event) = code
            .as_deref()
            .and_then(|code| plover_of_cameo(table, code))
        else {
            skipped += 1;
            continue;
        };
        if forms.is_empty() {
            continue;
        }
        out.push_str(&format!("verb\t{}\t{}\n", forms.join("|"), event.as_str()));
    }
    (out, skipped)
}

/// The `needs` of a pattern's words (`* OVER EFFORTS` → "over * efforts"), or `None` when the
/// pattern has words before the verb, a synset, or no words after the verb.
fn pattern_need(pattern: &str) -> Option<String> {
    let (before, after) = pattern.split_once('*')?;
    let is_marker = |piece: &str| {
        piece
            .chars()
            .all(|c| matches!(c, '+' | '$' | '%' | '^' | '_'))
    };
    if before.contains('&') || after.contains('&') {
        return None;
    }
    if !before.split_whitespace().all(is_marker) {
        return None;
    }
    let mut need: Vec<String> = Vec::new();
    for piece in after.split_whitespace() {
        if is_marker(piece) {
            if need.last().is_some_and(|last| last != "*") {
                need.push("*".to_string());
            }
            continue;
        }
        let words = piece
            .split('_')
            .filter(|word| !word.is_empty() && !is_marker(word))
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ");
        if words.is_empty() {
            continue;
        }
        if need.last().is_some_and(|last| last != "*") {
            need.push("*".to_string());
        }
        need.push(words);
    }
    while need.last().is_some_and(|last| last == "*") {
        need.pop();
    }
    (!need.is_empty()).then(|| need.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_carry_their_codings() {
        let xml = r#"<Sentences>
<!-- <Sentence id="X"><Text>commented out</Text></Sentence> -->
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore ties
with Gondor.
</Text>
</Sentence>
<Sentence date="19950101" id="N-1" category="VERB">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing here.</Text>
</Sentence>"#;
        let records = read_records(xml);
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].id, "DEMO-00");
        assert_eq!(
            records[0].text,
            "Arnor is about to restore ties with Gondor."
        );
        assert_eq!(
            records[0].codings,
            [PetrarchCoding {
                source: "ARN".into(),
                target: "GON".into(),
                event_code: "064".into()
            }]
        );
        assert!(records[1].expects_none && records[1].codings.is_empty());
    }

    #[test]
    fn actors_and_agents_become_an_actors_file() {
        let actors = "<!-- header -->\nISRAELI_TROOPS [ISRMIL]\nAUSTRALIA [AUS]\n+AUSTRALIAN\nBOROMIR [---]\nHOBBIT\n\t[HOBREB > 990816]\n";
        let agents =
            "!PERSON! = MAN, MEN\nPRESIDENT [~GOV] # ns\nCLERIC  [~REL]\nTOP_MUSLIM [~MUS]\n";
        let file = actors_file(actors, agents);
        assert!(
            file.contains("israeli troops\tISRMIL\tISR\tMIL\n"),
            "{file}"
        );
        assert!(file.contains("australia\tAUS\tAUS\t-\n"), "{file}");
        assert!(file.contains("australian\tAUS\tAUS\t-\n"), "{file}");
        assert!(file.contains("hobbit\tHOBREB\tHOB\tREB\n"), "{file}");
        assert!(!file.contains("boromir"), "{file}");
        assert!(file.contains("sector\tGOV\tpresident\n"), "{file}");
        assert!(!file.contains("top muslim"), "{file}");
    }

    #[test]
    fn verbs_take_their_block_code_as_plover() {
        let table = cameo_to_plover_table("19: ASSAULT\n190: ASSAULT, , # Fight\n12: REJECT\n");
        let verbs = "&CURRENCY\n+DOLLARS\n--- ATTACK  [190]  ---\nATTACK  # x\nBREAK { BROKE BROKEN }\n- * TIES [903]\n--- ODD [903] ---\nODD\n";
        let (file, skipped) = verbs_file(verbs, &table);
        assert!(file.contains("verb\tattack\tASSAULT\n"), "{file}");
        assert!(
            file.contains("verb\tbreak|broke|broken\tASSAULT\n"),
            "{file}"
        );
        assert!(!file.contains("dollars"), "{file}");
        // The pattern's code has no PLOVER type, nor has the ODD block's.
        assert_eq!(skipped, 2);
        assert_eq!(plover_of_cameo(&table, "1901"), Some(PloverEvent::Assault));
        assert_eq!(plover_of_cameo(&table, "903"), None);
    }

    #[test]
    fn patterns_after_the_verb_become_needs() {
        let table = cameo_to_plover_table("12: REJECT\n121: REJECT\n19: ASSAULT\n");
        let verbs = "--- CLASH [19] ---\nCLASH\n- * OVER EFFORTS [121]\n- &NEG * OVER [121]\n- SAID * [121]\n- + * EID_AT ^ WITH + [121]\n";
        let (file, _) = verbs_file(verbs, &table);
        assert!(file.contains("verb\tclash\tASSAULT\n"), "{file}");
        assert!(
            file.contains("verb\tclash\tREJECT\t-\tover * efforts\n"),
            "{file}"
        );
        assert!(
            file.contains("verb\tclash\tREJECT\t-\teid at * with\n"),
            "{file}"
        );
        assert_eq!(file.lines().count(), 4, "{file}");
    }
}
