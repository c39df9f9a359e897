//! Train the event type classifier on zero-shot-plover's PLV_train.tsv and write
//! `crates/events/data/plover_classifier.tsv`, after printing honest figures: 10-fold
//! cross-validation over the file, and each half (even / odd data lines) predicted by a model
//! trained on the other. Deterministic: the same data gives a byte-identical file.
//!
//! Usage: cargo run --release -p events --example train_plover_classifier -- [PLV_train.tsv]
//!        [--check]   compare with the committed file instead of writing it (exit 1 if it differs)
//!        [--tune]    print the tuning figure (5-fold CV inside the even half) for a small grid
//!                    of settings, and write nothing

use events::training::{
    cross_validate, evaluate, read_plv, train, train_and_predict, Evaluation, LabelledSentence,
    TrainingConfig,
};
use events::EventLexicon;

fn main() {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let check = arguments.iter().any(|argument| argument == "--check");
    let tune = arguments.iter().any(|argument| argument == "--tune");
    let manifest = env!("CARGO_MANIFEST_DIR");
    let path = arguments
        .iter()
        .find(|argument| !argument.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| {
            format!("{manifest}/../../../shared/bench/events/zero-shot-plover/PLV_train.tsv")
        });
    let tsv =
        std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("reading {path}: {error}"));
    let examples = read_plv(&tsv);
    let lexicon = EventLexicon::load_default();
    println!("{} labelled sentences from {path}", examples.len());
    let (even, odd) = halves(&examples);

    if tune {
        let base = TrainingConfig::default();
        let mut grid = Vec::new();
        for l2 in [0.0005, 0.001, 0.002, 0.004, 0.008] {
            for min_count in [1, 2, 3] {
                grid.push(TrainingConfig {
                    l2,
                    min_count,
                    ..base.clone()
                });
            }
        }
        for config in grid {
            let predicted = cross_validate(&even, &lexicon, &config, 5);
            let report = evaluate(&labels(&even), &predicted);
            println!(
                "  tuning (5-fold CV inside the even half): l2 {} min_count {} iterations {}: macro F1 {:.3}, lowest {:.3}, accuracy {:.3}",
                config.l2, config.min_count, config.iterations, report.macro_f1, report.lowest_f1(), report.accuracy
            );
        }
        return;
    }

    let config = TrainingConfig::default();
    println!("config: {config:?}");
    let inner = cross_validate(&even, &lexicon, &config, 5);
    print_report(
        "tuning figure: 5-fold CV inside the even half",
        &evaluate(&labels(&even), &inner),
        false,
    );
    let odd_predicted = train_and_predict(&even, &odd, &lexicon, &config);
    print_report(
        "odd half (held out), trained on the even half",
        &evaluate(&labels(&odd), &odd_predicted),
        false,
    );
    let even_predicted = train_and_predict(&odd, &even, &lexicon, &config);
    print_report(
        "even half, trained on the odd half",
        &evaluate(&labels(&even), &even_predicted),
        false,
    );
    let predicted = cross_validate(&examples, &lexicon, &config, 10);
    print_report(
        "10-fold cross-validation over the whole file",
        &evaluate(&labels(&examples), &predicted),
        true,
    );

    let model = train(&examples, &lexicon, &config);
    let output = format!("{manifest}/data/plover_classifier.tsv");
    let n_lines = model.lines().filter(|line| !line.starts_with('#')).count();
    if check {
        let committed = std::fs::read_to_string(&output).unwrap_or_default();
        if committed == model {
            println!("{output} is what this command trains ({n_lines} lines)");
        } else {
            println!("{output} differs from what this command trains");
            std::process::exit(1);
        }
    } else {
        std::fs::write(&output, &model).unwrap_or_else(|error| panic!("writing {output}: {error}"));
        println!("wrote {output}: {n_lines} lines, {} bytes", model.len());
    }
}

/// Even and odd data lines (0, 2, 4, … and 1, 3, 5, …), as bench/events.sh splits the file.
fn halves(examples: &[LabelledSentence]) -> (Vec<LabelledSentence>, Vec<LabelledSentence>) {
    let pick = |parity: usize| {
        examples
            .iter()
            .enumerate()
            .filter(|(index, _)| index % 2 == parity)
            .map(|(_, example)| example.clone())
            .collect()
    };
    (pick(0), pick(1))
}

fn labels(examples: &[LabelledSentence]) -> Vec<String> {
    examples
        .iter()
        .map(|example| example.label.clone())
        .collect()
}

fn print_report(title: &str, report: &Evaluation, per_label: bool) {
    println!(
        "{title}: macro F1 {:.3}, lowest type F1 {:.3}, accuracy {:.3}",
        report.macro_f1,
        report.lowest_f1(),
        report.accuracy
    );
    if per_label {
        for (label, precision, recall, f1, gold) in &report.per_label {
            let mut mistakes: Vec<(usize, &str)> = report
                .confusions
                .iter()
                .filter(|((g, _), _)| g == label)
                .map(|((_, p), &n)| (n, p.as_str()))
                .collect();
            mistakes.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
            let mistakes: Vec<String> = mistakes
                .iter()
                .take(3)
                .map(|(n, p)| format!("{p} {n}"))
                .collect();
            println!(
                "    {label:<10} P {precision:.3} R {recall:.3} F1 {f1:.3} (gold {gold}; mistaken for {})",
                mistakes.join(", ")
            );
        }
    }
}
