//! The `sitrep` binary: turns news articles into sourced situation reports.

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use engine::{Outcome, Stage};
use indicatif::ProgressDrawTarget;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

mod store_commands;

#[derive(Parser)]
#[command(
    name = "sitrep",
    version,
    about = "Read news articles and print each one cleaned, with its card, named entities \
             (linked, places geocoded), dates, quantities and quotations, every fact pointing \
             at its source text; `sitrep report` writes a situation report from them (HTML, \
             Markdown or JSON). Coded events and story grouping are not built yet.",
    long_about = None
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles (files, folders, globs, `-` for stdin, http(s) URLs) and print the analysis.
    ///
    /// Inputs may be plain text (already scraped, with web chrome), HTML pages, RSS/Atom feeds,
    /// JSON Lines or one JSON article or array (news-please / newspaper fields) or WARC files. The output holds each clean
    /// article with its card, entity mentions (linked to the knowledge base, places geocoded),
    /// dates, quantities and quotations; `events` and `stories` are still empty. Exit code 1
    /// when some inputs could not be read, held no article text, were cut at a size limit,
    /// were truncated or corrupt (a cut gzip, WARC record, feed or JSON document: what could
    /// be read is kept and marked partial) or had bytes that are not valid UTF-8 (replaced
    /// with U+FFFD); each is named in `warnings` and on stderr. 2 on usage errors.
    Analyze {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Files, folders (read recursively), glob patterns, `-` for stdin, or http(s) URLs.
        #[arg(required = true)]
        inputs: Vec<String>,
        #[command(flatten)]
        knowledge: KnowledgeArgs,
    },
    /// Read articles and write the situation report: per story, what happened, a timeline,
    /// actors and relations, dyad trends, places, corroborated and disputed facts, how outlets
    /// differ and the sources with their cards, every sentence citing its sources.
    ///
    /// HTML is one self-contained page (inline CSS and SVG charts, no script, nothing fetched),
    /// readable on a phone and printable; Markdown is for notes; JSON is the report's data.
    /// Until stories are grouped, every article is read as one story. Exit codes as for
    /// `analyze`.
    Report {
        /// Write the report to FILE instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Output format; by default the output file's extension (.md, .json), else html.
        #[arg(long, value_enum)]
        format: Option<ReportFormat>,
        /// The report's title.
        #[arg(long, default_value = "Situation report")]
        title: String,
        /// Report on what a store holds (see `ingest`) instead of reading inputs: its articles,
        /// events and stories as stored, nothing analysed again.
        #[arg(long, value_name = "DIR", conflicts_with = "inputs")]
        store: Option<PathBuf>,
        /// With --store: only this story (its id, as `sitrep serve` and /api/stories show it).
        #[arg(long, value_name = "ID", requires = "store")]
        story: Option<String>,
        /// Files, folders, globs, `-` or URLs, as for `analyze`.
        #[arg(required_unless_present = "store")]
        inputs: Vec<String>,
        #[command(flatten)]
        knowledge: KnowledgeArgs,
    },
    /// Analyse the bundled demo corpus (no network) and write analysis.json, the situation
    /// report as report.html and report.md, and print the report's path.
    Demo {
        /// Folder to write the outputs into.
        #[arg(long, default_value = "sitrep-demo-output")]
        out: PathBuf,
    },
    /// Print each article's card (key quotes, summary, hashtags, read-at, read time).
    Card {
        /// Files, folders, globs, `-` or URLs, as for `analyze`.
        #[arg(required = true)]
        inputs: Vec<String>,
    },
    /// Add articles to a store (a directory with a SQLite database and a search index),
    /// analysing only documents it has not stored; stories are recomputed over everything.
    ///
    /// Each new article is committed on its own, so an interrupted ingest keeps what it
    /// stored and running it again completes the batch. Exit code 1 when some inputs could
    /// not be read in full (each named on stderr).
    Ingest(store_commands::IngestArgs),
    /// Search a store's articles: full text plus facets (actor, event type, place, country,
    /// outlet, date range).
    Search(store_commands::SearchArgs),
    /// Serve a store as a local web app and JSON API (loopback only by default).
    Serve(store_commands::ServeArgs),
    /// Read articles and write their coded events (who did what to whom, where, when, dead
    /// and injured, claimant, modality, each citing its sentence).
    ///
    /// jsonl: one event a line with PLOVER's field names (`actor` and `recipient` as lists,
    /// `event`, `mode`, `context`, `dead`, `injured`, `event_loc`, `date`, `enddate`,
    /// `event_text`); csv: ACLED's column names (event_id_cnty … fatalities); geojson: a
    /// FeatureCollection of the events that have a place. Exit codes as for `analyze`.
    Events {
        /// Output format.
        #[arg(long, value_enum, default_value_t = EventsFormat::Jsonl)]
        format: EventsFormat,
        /// Write to FILE instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Files, folders, globs, `-` or URLs, as for `analyze`.
        #[arg(required = true)]
        inputs: Vec<String>,
        #[command(flatten)]
        knowledge: KnowledgeArgs,
    },
    /// Tag names in tokens or plain text and print `token<TAB>tag` lines, BIO tags over PER,
    /// ORG, LOC, MISC, a blank line after each sentence.
    ///
    /// Input is CoNLL (one token per line, extra tag columns ignored, a blank line between
    /// sentences) or plain text, which is split into sentences and tokens first. By default
    /// the input is CoNLL when every line holds one token (or a token and tag columns), and
    /// plain text otherwise.
    Tag {
        /// Input format.
        #[arg(long, value_enum, default_value_t = TagFormat::Auto)]
        format: TagFormat,
        /// The file to tag (`-` for stdin).
        file: String,
    },
}

/// Knowledge-base options shared by the commands that link entities.
#[derive(clap::Args, Default)]
struct KnowledgeArgs {
    /// Extra knowledge-base file in the built-in schema (JSON Lines, one record a line: id,
    /// kind, name, aliases, country, …; documented in crates/kb/data/README.md of the source).
    /// May be given several times.
    #[arg(long = "kb", value_name = "FILE")]
    knowledge_base_files: Vec<PathBuf>,
    /// Extra actors: `phrase<TAB>name<TAB>country<TAB>sector` a line (country an ISO code,
    /// sector e.g. military, rebels, civilians or a CAMEO code such as MIL; `-` for none);
    /// documented in crates/events/README.md. May be given several times.
    #[arg(long = "actors", value_name = "FILE")]
    actor_files: Vec<PathBuf>,
    /// Extra event triggers: `kind<TAB>forms<TAB>EVENT<TAB>mode<TAB>needs` a line, the format
    /// of crates/events/data/triggers.tsv. May be given several times.
    #[arg(long = "verbs", value_name = "FILE")]
    verb_files: Vec<PathBuf>,
}

impl KnowledgeArgs {
    fn options(&self) -> anyhow::Result<engine::Options> {
        Ok(engine::Options {
            knowledge_base_files: read_named_files(&self.knowledge_base_files, "knowledge-base")?,
            actor_files: read_named_files(&self.actor_files, "actors")?,
            verb_files: read_named_files(&self.verb_files, "verbs")?,
            ..engine::Options::default()
        })
    }
}

/// Each file's name and contents, in the order given; `what` names the kind in errors.
fn read_named_files(paths: &[PathBuf], what: &str) -> anyhow::Result<Vec<(String, String)>> {
    paths
        .iter()
        .map(|path| {
            let contents = std::fs::read_to_string(path)
                .with_context(|| format!("reading {what} file {}", path.display()))?;
            Ok((path.display().to_string(), contents))
        })
        .collect()
}

/// Write `bytes` to `output`, or to standard output without one.
fn write_output(output: Option<&std::path::Path>, bytes: &[u8]) -> anyhow::Result<()> {
    match output {
        Some(path) => {
            std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
        }
        None => Ok(std::io::stdout().lock().write_all(bytes)?),
    }
}

/// Render the situation report of `analysis` in `format` (by default from the output's
/// extension) and write it.
fn write_report(
    analysis: &model::Analysis,
    format: Option<ReportFormat>,
    title: String,
    output: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let format = format.unwrap_or_else(|| ReportFormat::for_path(output));
    let report_options = report::ReportOptions {
        title,
        ..report::ReportOptions::default()
    };
    let rendered = render_report(analysis, format, &report_options)?;
    write_output(output, rendered.as_bytes())
}

/// Formats of `sitrep events`.
#[derive(Clone, Copy, ValueEnum)]
enum EventsFormat {
    /// One JSON object per event, PLOVER field names.
    Jsonl,
    /// ACLED's columns, one row per event.
    Csv,
    /// A GeoJSON FeatureCollection of the located events.
    Geojson,
    /// One Parquet file, one row per event (needs `-o FILE`; columns in crates/export).
    Parquet,
}

#[derive(Clone, Copy, ValueEnum)]
enum TagFormat {
    /// CoNLL when every line holds one token (or a token and tag columns), else plain text.
    Auto,
    /// One token per line (first column), blank lines between sentences.
    Conll,
    /// Plain text: split into sentences and tokens, then tagged.
    Text,
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    /// One self-contained HTML page.
    Html,
    /// Markdown.
    Md,
    /// The report's data as JSON.
    Json,
}

impl ReportFormat {
    /// The format an output file's extension names, else HTML.
    fn for_path(path: Option<&std::path::Path>) -> ReportFormat {
        match path
            .and_then(|path| path.extension())
            .and_then(|extension| extension.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown") => ReportFormat::Md,
            Some("json") => ReportFormat::Json,
            _ => ReportFormat::Html,
        }
    }
}

/// The situation report of an analysis in one format.
fn render_report(
    analysis: &model::Analysis,
    format: ReportFormat,
    options: &report::ReportOptions,
) -> anyhow::Result<String> {
    let built = report::build_report(analysis, options);
    Ok(match format {
        ReportFormat::Html => report::render_html(&built),
        ReportFormat::Md => report::render_markdown(&built),
        ReportFormat::Json => serde_json::to_string_pretty(&built)? + "\n",
    })
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// One JSON document (the public contract).
    Json,
    /// One JSON object per line: each article, then each entity the articles' mentions link
    /// to (`{"type": "entity", "id", "name", "kind", "country", "lat", "lon"}`), then each
    /// warning (`{"warning": …}`).
    Jsonl,
    /// A readable Markdown rendering.
    Md,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // A reader that stops early (`sitrep card … | head`) is not an error.
        Err(error)
            if error
                .downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("sitrep: {error:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Analyze {
            format,
            inputs,
            knowledge,
        } => {
            let outcome = match analyze_with_warnings(&knowledge, &inputs) {
                Ok(outcome) => outcome,
                Err(exit_code) => return Ok(exit_code),
            };
            let mut stdout = std::io::stdout().lock();
            match format {
                Format::Json => {
                    serde_json::to_writer_pretty(&mut stdout, &outcome.analysis)?;
                    writeln!(stdout)?;
                }
                Format::Jsonl => {
                    for article in &outcome.analysis.articles {
                        serde_json::to_writer(&mut stdout, article)?;
                        writeln!(stdout)?;
                    }
                    for entity in &outcome.analysis.entities {
                        let record = typed_record("entity", serde_json::to_value(entity)?);
                        serde_json::to_writer(&mut stdout, &record)?;
                        writeln!(stdout)?;
                    }
                    for warning in &outcome.analysis.warnings {
                        serde_json::to_writer(
                            &mut stdout,
                            &serde_json::json!({ "warning": warning }),
                        )?;
                        writeln!(stdout)?;
                    }
                }
                Format::Md => write!(stdout, "{}", report::markdown(&outcome.analysis))?,
            }
            Ok(exit_code(&outcome))
        }
        Command::Report {
            output,
            format,
            title,
            store: Some(store_dir),
            story,
            ..
        } => {
            let store = match store::Store::open(&store_dir) {
                Ok(store) => store,
                Err(error) => {
                    eprintln!("sitrep: opening store {}: {error}", store_dir.display());
                    return Ok(ExitCode::from(2));
                }
            };
            let analysis = match &story {
                Some(id) => match store.story_analysis(id) {
                    Ok(Some(analysis)) => analysis,
                    Ok(None) => {
                        eprintln!("sitrep: no story {id} in {}", store_dir.display());
                        return Ok(ExitCode::from(2));
                    }
                    Err(error) => anyhow::bail!("reading story {id}: {error}"),
                },
                None => store
                    .analysis()
                    .map_err(|error| anyhow::anyhow!("reading {}: {error}", store_dir.display()))?,
            };
            write_report(&analysis, format, title, output.as_deref())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Report {
            output,
            format,
            title,
            inputs,
            knowledge,
            ..
        } => {
            let outcome = match analyze_with_warnings(&knowledge, &inputs) {
                Ok(outcome) => outcome,
                Err(exit_code) => return Ok(exit_code),
            };
            write_report(&outcome.analysis, format, title, output.as_deref())?;
            Ok(exit_code(&outcome))
        }
        Command::Events {
            format,
            output,
            inputs,
            knowledge,
        } => {
            if matches!(format, EventsFormat::Parquet) && output.is_none() {
                eprintln!("sitrep: --format parquet writes a file: give -o FILE");
                return Ok(ExitCode::from(2));
            }
            let outcome = match analyze_with_warnings(&knowledge, &inputs) {
                Ok(outcome) => outcome,
                Err(exit_code) => return Ok(exit_code),
            };
            let analysis = &outcome.analysis;
            let bytes = match format {
                EventsFormat::Jsonl => export::jsonl(&analysis.events, &analysis.articles),
                EventsFormat::Csv => export::csv(&analysis.events, &analysis.articles),
                EventsFormat::Geojson => export::geojson(&analysis.events),
                EventsFormat::Parquet => export::parquet(&analysis.events, &analysis.articles)
                    .context("writing events as Parquet")?,
            };
            write_output(output.as_deref(), &bytes)?;
            Ok(exit_code(&outcome))
        }
        Command::Card { inputs } => {
            let outcome = with_progress(|progress| {
                engine::analyze_inputs(&inputs, &engine::Options::default(), progress)
            });
            report_warnings(&outcome);
            let mut stdout = std::io::stdout().lock();
            for article in &outcome.analysis.articles {
                writeln!(
                    stdout,
                    "── {} ({})",
                    article.title.as_deref().unwrap_or("(untitled)"),
                    article.source
                )?;
                if let Some(card) = &article.card {
                    for quote in &card.quotes {
                        writeln!(stdout, "{}", report::quoted_passage(&quote.text))?;
                    }
                    writeln!(stdout, "{}", card.summary)?;
                    writeln!(stdout, "{}", card.hashtags.join(" "))?;
                    if let Some(read_at) = &card.read_at {
                        writeln!(stdout, "{read_at}")?;
                    }
                    writeln!(stdout, "{}\n", card.read_time)?;
                }
            }
            Ok(exit_code(&outcome))
        }
        Command::Ingest(arguments) => store_commands::ingest(arguments),
        Command::Search(arguments) => store_commands::search(arguments),
        Command::Serve(arguments) => store_commands::serve(arguments),
        Command::Tag { format, file } => {
            let input = if file == "-" {
                let mut text = String::new();
                std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
                    .context("reading standard input")?;
                text
            } else {
                std::fs::read_to_string(&file).with_context(|| format!("reading {file}"))?
            };
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            let is_conll = match format {
                TagFormat::Auto => engine::is_conll(&input),
                TagFormat::Conll => true,
                TagFormat::Text => false,
            };
            let tagged = if is_conll {
                engine::tag_conll(&input)
            } else {
                engine::tag_text(&input)
            };
            write!(stdout, "{tagged}")?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo { out } => {
            let started = std::time::Instant::now();
            let outcome = with_progress(|progress| {
                engine::analyze_demo(&engine::Options::default(), progress)
            });
            let elapsed = started.elapsed();
            std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
            let json_path = out.join("analysis.json");
            let markdown_path = out.join("report.md");
            let html_path = out.join("report.html");
            let json = serde_json::to_string_pretty(&outcome.analysis)?;
            std::fs::write(&json_path, json + "\n")
                .with_context(|| format!("writing {}", json_path.display()))?;
            let report_options = report::ReportOptions {
                title: "sitrep demo: situation report".to_string(),
                ..report::ReportOptions::default()
            };
            let built = report::build_report(&outcome.analysis, &report_options);
            std::fs::write(&markdown_path, report::render_markdown(&built))
                .with_context(|| format!("writing {}", markdown_path.display()))?;
            std::fs::write(&html_path, report::render_html(&built))
                .with_context(|| format!("writing {}", html_path.display()))?;
            let analysis = &outcome.analysis;
            let outlets: std::collections::BTreeSet<&str> = analysis
                .articles
                .iter()
                .filter_map(|article| {
                    article
                        .outlet
                        .name
                        .as_deref()
                        .or(article.outlet.domain.as_deref())
                })
                .collect();
            let words: usize = analysis
                .articles
                .iter()
                .map(|article| article.word_count)
                .sum();
            let removed: usize = analysis
                .articles
                .iter()
                .map(|article| article.removed.len())
                .sum();
            let mentions: usize = analysis
                .articles
                .iter()
                .map(|article| article.mentions.len())
                .sum();
            let mut stdout = std::io::stdout().lock();
            writeln!(
                stdout,
                "sitrep demo: {} from {} ({} words) in {:.0} ms",
                report::counted(analysis.articles.len(), "article"),
                report::counted(outlets.len(), "outlet"),
                words,
                elapsed.as_secs_f64() * 1000.0
            )?;
            writeln!(
                stdout,
                "  {} removed, {} linking to {}, {}",
                report::counted(removed, "chrome line"),
                report::counted(mentions, "mention"),
                report::counted(analysis.entities.len(), "entity"),
                report::counted(analysis.warnings.len(), "warning")
            )?;
            writeln!(
                stdout,
                "  wrote {} and {}",
                json_path.display(),
                markdown_path.display()
            )?;
            let shown_path = std::fs::canonicalize(&html_path).unwrap_or(html_path);
            writeln!(stdout, "  situation report: {}", shown_path.display())?;
            Ok(exit_code(&outcome))
        }
    }
}

/// A JSON Lines record of its own kind: `{"type": kind}` followed by the value's fields.
fn typed_record(kind: &str, value: serde_json::Value) -> serde_json::Value {
    let mut record = serde_json::Map::new();
    record.insert("type".to_string(), kind.into());
    match value {
        serde_json::Value::Object(fields) => record.extend(fields),
        other => {
            record.insert("value".to_string(), other);
        }
    }
    serde_json::Value::Object(record)
}

/// Run `job` with a progress bar on stderr when stderr is a terminal.
fn with_progress(job: impl FnOnce(engine::Progress) -> Outcome) -> Outcome {
    if !std::io::stderr().is_terminal() {
        return job(&mut |_, _, _| {});
    }
    // Hidden until a stage has something to count (indicatif draws 0/0 as a full bar).
    let bar = indicatif::ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::hidden());
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg:>20} [{bar:30}] {pos}/{len}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let mut report = |stage: Stage, done: usize, total: usize| {
        if total == 0 {
            return;
        }
        if bar.is_hidden() {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        // Count and length change together, so no draw pairs one stage's count with
        // another's length ("13/12").
        bar.update(|state| {
            state.set_len(total as u64);
            state.set_pos(done as u64);
        });
        if bar.message() != stage.label() {
            bar.set_message(stage.label());
        }
    };
    let outcome = job(&mut report);
    bar.finish_and_clear();
    outcome
}

/// Analyse the inputs with the knowledge the command line names, warnings printed to stderr.
/// A knowledge-base file that cannot be read is a mistake in the command line: exit code 2.
fn analyze_with_warnings(
    knowledge: &KnowledgeArgs,
    inputs: &[String],
) -> Result<Outcome, ExitCode> {
    let options = knowledge.options().map_err(|error| {
        eprintln!("sitrep: {error:#}");
        ExitCode::from(2)
    })?;
    let outcome = with_progress(|progress| engine::analyze_inputs(inputs, &options, progress));
    report_warnings(&outcome);
    Ok(outcome)
}

fn report_warnings(outcome: &Outcome) {
    for warning in &outcome.analysis.warnings {
        eprintln!("warning: {}: {}", warning.source, warning.message);
    }
}

fn exit_code(outcome: &Outcome) -> ExitCode {
    if outcome.failed_inputs > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
