//! Entity tags: the public BIO tags (as CoNLL writes them) and the BILOU tags the tagger
//! decodes internally, which make "last token of a name" and "one-token name" learnable.

/// The four CoNLL-2003 entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Per,
    Org,
    Loc,
    Misc,
}

pub const KINDS: [Kind; 4] = [Kind::Per, Kind::Org, Kind::Loc, Kind::Misc];

impl Kind {
    pub fn index(self) -> usize {
        match self {
            Kind::Per => 0,
            Kind::Org => 1,
            Kind::Loc => 2,
            Kind::Misc => 3,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Per => "PER",
            Kind::Org => "ORG",
            Kind::Loc => "LOC",
            Kind::Misc => "MISC",
        }
    }

    pub fn from_name(name: &str) -> Option<Kind> {
        KINDS.into_iter().find(|kind| kind.name() == name)
    }
}

/// A BIO tag for one token: outside any name, first token of a name, or a later token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    Outside,
    Begin(Kind),
    Inside(Kind),
}

impl Tag {
    /// Parse a CoNLL tag such as "B-LOC", "I-PER" or "O".
    pub fn parse(text: &str) -> Option<Tag> {
        if text == "O" {
            return Some(Tag::Outside);
        }
        let (prefix, kind) = text.split_once('-')?;
        let kind = Kind::from_name(kind)?;
        match prefix {
            "B" => Some(Tag::Begin(kind)),
            "I" => Some(Tag::Inside(kind)),
            _ => None,
        }
    }

    pub fn kind(self) -> Option<Kind> {
        match self {
            Tag::Outside => None,
            Tag::Begin(kind) | Tag::Inside(kind) => Some(kind),
        }
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Tag::Outside => write!(formatter, "O"),
            Tag::Begin(kind) => write!(formatter, "B-{}", kind.name()),
            Tag::Inside(kind) => write!(formatter, "I-{}", kind.name()),
        }
    }
}

/// A name found by the tagger: token range `[start, end)` and its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Group BIO tags into names the way conlleval does: an `I-X` after `O` or after another type
/// starts a new name, so a stray inside tag is never lost.
pub fn chunks(tags: &[Tag]) -> Vec<Chunk> {
    let mut result = Vec::new();
    let mut open: Option<Chunk> = None;
    for (index, tag) in tags.iter().enumerate() {
        let continues =
            matches!((tag, open), (Tag::Inside(kind), Some(chunk)) if chunk.kind == *kind);
        if continues {
            if let Some(chunk) = open.as_mut() {
                chunk.end = index + 1;
            }
            continue;
        }
        if let Some(chunk) = open.take() {
            result.push(chunk);
        }
        if let Some(kind) = tag.kind() {
            open = Some(Chunk {
                start: index,
                end: index + 1,
                kind,
            });
        }
    }
    if let Some(chunk) = open {
        result.push(chunk);
    }
    result
}

/// Number of BILOU tags: "O" plus B, I, L, U for each of the four types.
pub const N_TAGS: usize = 17;

/// Position of a token inside a name, for BILOU tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Begin,
    Inside,
    Last,
    Unit,
}

fn bilou_index(kind: Kind, part: Part) -> u8 {
    let part_index = match part {
        Part::Begin => 0,
        Part::Inside => 1,
        Part::Last => 2,
        Part::Unit => 3,
    };
    (1 + kind.index() * 4 + part_index) as u8
}

fn bilou_parts(tag: u8) -> Option<(Kind, Part)> {
    if tag == 0 || tag as usize >= N_TAGS {
        return None;
    }
    let kind = KINDS[(tag as usize - 1) / 4];
    let part = match (tag - 1) % 4 {
        0 => Part::Begin,
        1 => Part::Inside,
        2 => Part::Last,
        _ => Part::Unit,
    };
    Some((kind, part))
}

/// Convert BIO tags to BILOU tag indices (0 = outside).
pub fn to_bilou(tags: &[Tag]) -> Vec<u8> {
    let mut result = vec![0u8; tags.len()];
    for chunk in chunks(tags) {
        if chunk.end - chunk.start == 1 {
            result[chunk.start] = bilou_index(chunk.kind, Part::Unit);
            continue;
        }
        result[chunk.start] = bilou_index(chunk.kind, Part::Begin);
        for slot in &mut result[chunk.start + 1..chunk.end - 1] {
            *slot = bilou_index(chunk.kind, Part::Inside);
        }
        result[chunk.end - 1] = bilou_index(chunk.kind, Part::Last);
    }
    result
}

/// Convert BILOU tag indices back to BIO tags.
pub fn from_bilou(tags: &[u8]) -> Vec<Tag> {
    tags.iter()
        .map(|&tag| match bilou_parts(tag) {
            None => Tag::Outside,
            Some((kind, Part::Begin | Part::Unit)) => Tag::Begin(kind),
            Some((kind, Part::Inside | Part::Last)) => Tag::Inside(kind),
        })
        .collect()
}

/// Whether BILOU tag `next` may follow `previous` (`None` = start of sentence).
pub fn transition_allowed(previous: Option<u8>, next: u8) -> bool {
    let open_kind = match previous.and_then(bilou_parts) {
        Some((kind, Part::Begin | Part::Inside)) => Some(kind),
        _ => None,
    };
    match (open_kind, bilou_parts(next)) {
        (None, None) => true,
        (None, Some((_, part))) => matches!(part, Part::Begin | Part::Unit),
        (Some(_), None) => false,
        (Some(kind), Some((next_kind, part))) => {
            kind == next_kind && matches!(part, Part::Inside | Part::Last)
        }
    }
}

/// Whether a sentence may end on BILOU tag `last` (no name left open).
pub fn end_allowed(last: u8) -> bool {
    !matches!(bilou_parts(last), Some((_, Part::Begin | Part::Inside)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(text: &str) -> Vec<Tag> {
        text.split_whitespace()
            .map(|tag| Tag::parse(tag).unwrap())
            .collect()
    }

    fn check_round_trip(text: &str) {
        let tags = parse_all(text);
        let bilou = to_bilou(&tags);
        let mut previous = None;
        for &tag in &bilou {
            assert!(transition_allowed(previous, tag), "{text}: {bilou:?}");
            previous = Some(tag);
        }
        assert!(previous.is_none_or(end_allowed));
        assert_eq!(from_bilou(&bilou), tags, "{text}");
    }

    #[test]
    fn bilou_round_trips_well_formed_bio() {
        check_round_trip("B-PER I-PER O B-LOC O B-ORG I-ORG I-ORG B-ORG");
        check_round_trip("O O");
        check_round_trip("B-MISC");
    }

    #[test]
    fn stray_inside_tags_start_names() {
        let tags = parse_all("O I-PER I-PER I-LOC");
        let found = chunks(&tags);
        assert_eq!(
            found,
            vec![
                Chunk {
                    start: 1,
                    end: 3,
                    kind: Kind::Per
                },
                Chunk {
                    start: 3,
                    end: 4,
                    kind: Kind::Loc
                }
            ]
        );
    }
}
