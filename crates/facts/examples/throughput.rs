//! Runs the three readers over the files named on the command line and prints what they
//! found (`--print`) or how fast they ran: `cargo run --release -p facts --example
//! throughput -- FILE...`.

use std::time::Instant;

fn main() {
    let mut print = false;
    let mut texts = Vec::new();
    for argument in std::env::args().skip(1) {
        if argument == "--print" {
            print = true;
            continue;
        }
        match std::fs::read_to_string(&argument) {
            Ok(text) => texts.push(text),
            Err(error) => eprintln!("skipping {argument}: {error}"),
        }
    }
    let published = chrono::NaiveDate::from_ymd_opt(2025, 10, 16);
    if print {
        for text in &texts {
            for mention in facts::dates(text, published) {
                let value = mention.value.map(|value| value.iso()).unwrap_or_default();
                println!(
                    "DATE  {:?} -> {value} relative={}",
                    mention.text, mention.relative
                );
            }
            for quantity in facts::quantities(text) {
                println!(
                    "QTY   {:?} {}..{} {:?} {:?} noun={:?}",
                    quantity.text,
                    quantity.low,
                    quantity.high,
                    quantity.approx,
                    quantity.counts,
                    quantity.noun
                );
            }
            for quotation in facts::quotations(text) {
                let speaker = quotation.speaker_text.map(|(start, end)| &text[start..end]);
                let quote = &text[quotation.quote_start..quotation.quote_end];
                println!(
                    "QUOTE direct={} speaker={speaker:?} verb={:?} {:?}",
                    quotation.direct,
                    quotation.verb,
                    quote.chars().take(90).collect::<String>()
                );
            }
        }
        return;
    }
    let tokens: usize = texts
        .iter()
        .map(|text| text.split_whitespace().count())
        .sum();
    // Repeat until at least a second has passed so short inputs still give a stable rate.
    let started = Instant::now();
    let mut rounds = 0;
    let mut found = 0;
    while rounds == 0 || started.elapsed().as_secs_f64() < 1.0 {
        for text in &texts {
            found += facts::dates(text, published).len();
            found += facts::quantities(text).len();
            found += facts::quotations(text).len();
        }
        rounds += 1;
    }
    let seconds = started.elapsed().as_secs_f64();
    let rate = (tokens * rounds) as f64 / seconds;
    println!("{} files, {tokens} whitespace tokens, {rounds} rounds, {found} findings, {rate:.0} tokens/s", texts.len());
}
