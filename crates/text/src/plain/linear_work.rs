//! The cleaner's work grows with the text, not with its square: each shape of text that once
//! made a step compare every line with every other (a head zone of thousands of lines sharing
//! words, breadcrumb trails beside them, thousands of repeated lines, a hard-wrapped book, many
//! short lines) is cleaned at two sizes, and the work done per line — comparison keys built,
//! comparisons spent from a work budget, paragraphs read for pull-quotes — must not grow with the
//! size. Counts work, never time, so it holds on a loaded machine.

use super::lines::WORK_DONE;
use super::repeats::LINES_COMPARED;
use super::*;

/// A small deterministic random number generator (64-bit LCG).
struct Random(u64);

impl Random {
    fn below(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % bound as u64) as usize
    }
}

/// Few words, so that every line shares words with every other (the worst case for an index
/// of words).
const WORDS: &[&str] = &[
    "harbour",
    "council",
    "flood",
    "defences",
    "river",
    "walls",
    "storm",
    "winter",
    "residents",
    "mayor",
    "contract",
    "engineers",
    "pumping",
    "stations",
    "coast",
    "warning",
];

fn words(random: &mut Random, count: usize) -> String {
    (0..count)
        .map(|_| WORDS[random.below(WORDS.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

/// A closing article of a few paragraphs of prose, so that the lines above it are its head.
fn article(random: &mut Random) -> String {
    (0..6)
        .map(|_| {
            format!(
                "The {} said that {}.\n",
                words(random, 8),
                words(random, 14)
            )
        })
        .collect()
}

/// Text of `shape` with about `lines` lines.
fn text(shape: &str, lines: usize) -> String {
    let mut random = Random(lines as u64);
    let mut out = String::new();
    for index in 0..lines {
        match shape {
            // Thousands of headline-shaped lines above the article, all sharing words.
            "long_head" => {
                let count = 4 + random.below(8);
                out.push_str(&format!("{}\n", words(&mut random, count)));
            }
            // The same, with a breadcrumb trail every third line. Each trail ends on one word of
            // the lines and two of its own, so that it is similar to no line: no comparison of a
            // line with the trails stops at the first trail it matches.
            "breadcrumbs" if index % 3 == 0 => {
                out.push_str(&format!(
                    "Home > News > {} archive{index} edition{index}\n",
                    words(&mut random, 1)
                ));
            }
            "breadcrumbs" => {
                let count = 4 + random.below(8);
                out.push_str(&format!("{}\n", words(&mut random, count)));
            }
            // A book hard-wrapped at about twelve words a line, blank lines between paragraphs.
            "book" => {
                out.push_str(&words(&mut random, 12));
                out.push_str(if index % 7 == 6 { ".\n\n" } else { "\n" });
            }
            // Paragraphs with a dozen chrome lines and a pull-quote repeated between them.
            "repeated_lines" => {
                let repeats = [
                    "Share this article",
                    "Advertisement",
                    "\u{201c}We cannot wait another winter for these walls.\u{201d}",
                    "Harbour Gazette",
                ];
                if index % 2 == 0 {
                    out.push_str(&format!("The {}.\n", words(&mut random, 16)));
                } else {
                    out.push_str(repeats[random.below(repeats.len())]);
                    out.push('\n');
                }
            }
            // Many short lines, no blank lines, some closed by a full stop.
            _ => {
                let count = 1 + random.below(6);
                let end = if random.below(3) == 0 { "." } else { "" };
                out.push_str(&format!("{}{end}\n", words(&mut random, count)));
            }
        }
    }
    out.push_str(&article(&mut random));
    out
}

/// Units of work per line of text, cleaning `text`.
fn work_per_line(text: &str) -> f64 {
    WORK_DONE.with(|done| done.set(0));
    LINES_COMPARED.with(|count| count.set(0));
    let doc = RawDoc {
        source: "shape.txt".into(),
        format: model::RawFormat::Text,
        content: text.into(),
        hints: model::RawHints::default(),
    };
    clean_text(&doc);
    let work = WORK_DONE.with(std::cell::Cell::get) + LINES_COMPARED.with(std::cell::Cell::get);
    work as f64 / text.lines().count() as f64
}

/// The smaller text's lines: enough that a work budget's floor (a constant number of units,
/// whatever the text) is below its share per line, so that the budgets grow with the text.
const SMALL: usize = 1_500;

#[test]
fn work_per_line_does_not_grow_with_the_text() {
    let mut grown = Vec::new();
    for shape in [
        "long_head",
        "breadcrumbs",
        "book",
        "repeated_lines",
        "short_lines",
    ] {
        let small = work_per_line(&text(shape, SMALL));
        let large = work_per_line(&text(shape, 4 * SMALL));
        let figures = format!(
            "{shape}: {small:.1} units of work per line at {SMALL} lines, {large:.1} at {}",
            4 * SMALL
        );
        eprintln!("{figures}");
        // Linear work stays flat per line; a step comparing every line with every other does
        // four times the work per line at four times the lines.
        if large > small * 1.5 + 2.0 {
            grown.push(figures);
        }
    }
    assert!(
        grown.is_empty(),
        "work per line grows with the text: {grown:#?}"
    );
}
