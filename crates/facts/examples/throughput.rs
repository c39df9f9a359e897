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
            for quotation in facts::quotations(text, &text::sentences(text)) {
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
    // Each reader on its own, then all three, each repeated until a second has passed so
    // short inputs still give a stable rate.
    type Reader = fn(&str, Option<chrono::NaiveDate>) -> usize;
    let readers: [(&str, Reader); 4] = [
        ("dates", |text, published| {
            facts::dates(text, published).len()
        }),
        ("quantities", |text, _| facts::quantities(text).len()),
        ("quotations", |text, _| {
            facts::quotations(text, &text::sentences(text)).len()
        }),
        ("all three", |text, published| {
            facts::dates(text, published).len()
                + facts::quantities(text).len()
                + facts::quotations(text, &text::sentences(text)).len()
        }),
    ];
    println!("{} files, {tokens} whitespace tokens", texts.len());
    for (name, reader) in readers {
        let started = Instant::now();
        let mut rounds = 0;
        let mut found = 0;
        while rounds == 0 || started.elapsed().as_secs_f64() < 1.0 {
            for text in &texts {
                found += reader(text, published);
            }
            rounds += 1;
        }
        let seconds = started.elapsed().as_secs_f64();
        let rate = (tokens * rounds) as f64 / seconds;
        println!("{name:>10}: {rate:>10.0} tokens/s ({found} findings over {rounds} rounds)");
    }
}
