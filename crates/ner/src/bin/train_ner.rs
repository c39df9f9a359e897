//! Train the NER tagger: `train_ner TRAIN_FILE OUT_MODEL [--hold-out-tenth] [--epochs N]
//! [--min-feature-count N] [--folds N] [--cross-validate N] [--single-stage]`.
//! With `--hold-out-tenth` the last tenth of the training file is held out and scored after
//! each epoch, to choose the number of epochs without touching the validation split.

use std::time::Instant;

use anyhow::{bail, Context};
use ner::training::{parse_conll, score_sentences, train, TrainingOptions};

fn main() -> anyhow::Result<()> {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let mut positional = Vec::new();
    let mut hold_out = false;
    let mut cross_validate = 0usize;
    let mut options = TrainingOptions::default();
    let mut index = 0;
    while index < arguments.len() {
        match arguments[index].as_str() {
            "--hold-out-tenth" => hold_out = true,
            "--single-stage" => options.stacked = false,
            "--cross-validate" => {
                index += 1;
                cross_validate = arguments
                    .get(index)
                    .context("--cross-validate needs a number of folds")?
                    .parse()
                    .context("--cross-validate needs a number of folds")?;
            }
            "--epochs" => {
                index += 1;
                options.epochs = arguments
                    .get(index)
                    .context("--epochs needs a number")?
                    .parse()
                    .context("--epochs needs a number")?;
            }
            "--min-feature-count" => {
                index += 1;
                options.min_feature_count = arguments
                    .get(index)
                    .context("--min-feature-count needs a number")?
                    .parse()
                    .context("--min-feature-count needs a number")?;
            }
            "--folds" => {
                index += 1;
                options.folds = arguments
                    .get(index)
                    .context("--folds needs a number")?
                    .parse()
                    .context("--folds needs a number")?;
            }
            other => positional.push(other.to_string()),
        }
        index += 1;
    }
    let [train_path, model_path] = positional.as_slice() else {
        bail!(
            "usage: train_ner TRAIN_FILE OUT_MODEL [--hold-out-tenth] [--epochs N] \
             [--min-feature-count N] [--folds N] [--cross-validate N] [--single-stage]"
        );
    };
    let text = std::fs::read_to_string(train_path)
        .with_context(|| format!("reading training file {train_path}"))?;
    let mut sentences = parse_conll(&text);
    if cross_validate > 1 {
        return run_cross_validation(&sentences, cross_validate, &options);
    }
    let held_out = if hold_out {
        let split = sentences.len() - sentences.len() / 10;
        sentences.split_off(split)
    } else {
        Vec::new()
    };
    eprintln!(
        "training on {} sentences, holding out {}",
        sentences.len(),
        held_out.len()
    );
    let started = Instant::now();
    let tagger = train(&sentences, &held_out, &options, &mut |report| {
        let f1 = report
            .held_out_f1
            .map(|f1| format!(", held-out F1 {f1:.4}"))
            .unwrap_or_default();
        eprintln!(
            "epoch {:2}: {} of {} sentences wrong{f1} ({:.0?})",
            report.epoch,
            report.mistakes,
            report.sentences,
            started.elapsed()
        );
    });
    let bytes = ner::encode(&tagger);
    std::fs::write(model_path, &bytes).with_context(|| format!("writing {model_path}"))?;
    eprintln!(
        "wrote {model_path}: {} features, {} bytes",
        tagger.feature_count(),
        bytes.len()
    );
    // Read the file back so a model that does not round-trip is caught here, not in use.
    let reloaded = ner::decode(&bytes).context("decoding the model just written")?;
    if !held_out.is_empty() {
        let scores = score_sentences(&reloaded, &held_out);
        eprintln!("held-out after quantisation: F1 {:.4}", scores.micro.f1());
    }
    Ok(())
}

/// Train on all but one contiguous block of the training file and score that block, for
/// each block in turn; print the mean held-out F1 after each epoch. Nothing is written.
fn run_cross_validation(
    sentences: &[ner::training::LabelledSentence],
    folds: usize,
    options: &TrainingOptions,
) -> anyhow::Result<()> {
    let mut totals = vec![0f64; options.epochs];
    for fold in 0..folds {
        let start = fold * sentences.len() / folds;
        let end = (fold + 1) * sentences.len() / folds;
        let mut training = sentences[..start].to_vec();
        training.extend_from_slice(&sentences[end..]);
        let held_out = &sentences[start..end];
        train(&training, held_out, options, &mut |report| {
            totals[report.epoch - 1] += report.held_out_f1.unwrap_or(0.0);
        });
        eprintln!("fold {} of {folds} done", fold + 1);
    }
    for (epoch, total) in totals.iter().enumerate() {
        println!(
            "epoch {:2}: mean held-out F1 {:.4}",
            epoch + 1,
            total / folds as f64
        );
    }
    Ok(())
}
