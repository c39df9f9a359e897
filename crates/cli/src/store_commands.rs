//! The commands over a store: `sitrep ingest`, `sitrep search` and `sitrep serve`.

use super::KnowledgeArgs;
use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct IngestArgs {
    /// The store directory (created when missing).
    #[arg(long)]
    store: PathBuf,
    /// Ingest the bundled demo corpus (as well as any inputs).
    #[arg(long)]
    demo: bool,
    /// Files, folders, globs, `-` or URLs, as for `analyze`.
    #[arg(required_unless_present = "demo")]
    inputs: Vec<String>,
    #[command(flatten)]
    knowledge: KnowledgeArgs,
}

#[derive(clap::Args)]
pub struct SearchArgs {
    /// The store directory.
    #[arg(long)]
    store: PathBuf,
    /// Words to find (all of them; "quoted phrases" and OR work); empty lists every article
    /// the facets let through.
    #[arg(default_value = "")]
    query: String,
    /// Articles naming this actor (entity id such as `PK` or `ttp`, or its name).
    #[arg(long)]
    actor: Vec<String>,
    /// Articles reporting an event of this PLOVER type (`ASSAULT`).
    #[arg(long = "type")]
    event_type: Vec<String>,
    /// Articles naming this place (gazetteer id or name).
    #[arg(long)]
    place: Vec<String>,
    /// Articles about this country (ISO code, `PK`).
    #[arg(long)]
    country: Vec<String>,
    /// Articles from this outlet (name or domain, as the store lists it).
    #[arg(long)]
    outlet: Vec<String>,
    /// Published on or after this day (YYYY-MM-DD).
    #[arg(long)]
    since: Option<String>,
    /// Published on or before this day (YYYY-MM-DD).
    #[arg(long)]
    until: Option<String>,
    /// How many hits to print.
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Print the results as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
pub struct ServeArgs {
    /// The store directory.
    #[arg(long)]
    store: PathBuf,
    /// Address to listen on. Loopback by default: the app is for this machine; listening on
    /// another address shares the store with the network.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: std::net::SocketAddr,
}

pub fn ingest(arguments: IngestArgs) -> anyhow::Result<ExitCode> {
    let options = match arguments.knowledge.options() {
        Ok(options) => options,
        Err(error) => {
            eprintln!("sitrep: {error:#}");
            return Ok(ExitCode::from(2));
        }
    };
    let started = std::time::Instant::now();
    let mut documents = engine::read_documents(&arguments.inputs, &options);
    if arguments.demo {
        let demo = engine::demo_documents();
        documents.docs.extend(demo.docs);
        documents.warnings.extend(demo.warnings);
        documents.failed += demo.failed;
        documents.partial.extend(demo.partial);
    }
    let store_dir = &arguments.store;
    let report = store::ingest(store_dir, documents, &options, &mut |_, _| {})
        .with_context(|| format!("ingesting into the store {}", store_dir.display()))?;
    for warning in &report.warnings {
        eprintln!("warning: {}: {}", warning.source, warning.message);
    }
    let mut stdout = std::io::stdout().lock();
    writeln!(
        stdout,
        "sitrep ingest: {} read, {} already stored; {} added ({} more already stored), {} in {:.0} ms",
        report::counted(report.documents_read, "document"),
        report.documents_skipped,
        report::counted(report.articles_added, "article"),
        report.articles_already_stored,
        report::counted(report.events_added, "event"),
        started.elapsed().as_secs_f64() * 1000.0
    )?;
    writeln!(
        stdout,
        "  the store {} holds {} in {}",
        store_dir.display(),
        report::counted(report.articles_in_store, "article"),
        report::counted(report.stories, "story")
    )?;
    Ok(if report.failed_inputs > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

pub fn search(arguments: SearchArgs) -> anyhow::Result<ExitCode> {
    let store_dir = &arguments.store;
    if !store_dir.join(store::DATABASE_FILE).exists() {
        eprintln!("sitrep: no store at {}", store_dir.display());
        return Ok(ExitCode::from(2));
    }
    let store = store::Store::open(store_dir)
        .with_context(|| format!("opening the store {}", store_dir.display()))?;
    let index = store::SearchIndex::open(store_dir)
        .with_context(|| format!("opening the search index in {}", store_dir.display()))?;
    let query = store::SearchQuery {
        text: arguments.query.clone(),
        actors: arguments.actor,
        event_types: arguments.event_type,
        places: arguments.place,
        countries: arguments.country,
        outlets: arguments.outlet,
        since: arguments.since,
        until: arguments.until,
        limit: arguments.limit,
        offset: 0,
    };
    let results = match index.search(&store, &query) {
        Ok(results) => results,
        Err(store::SearchError::Query(message)) => {
            eprintln!("sitrep: {message}");
            return Ok(ExitCode::from(2));
        }
        Err(error) => return Err(error).context("searching"),
    };
    let mut stdout = std::io::stdout().lock();
    if arguments.json {
        serde_json::to_writer_pretty(&mut stdout, &results)?;
        writeln!(stdout)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        stdout,
        "{} for {:?} ({:.1} ms)",
        report::counted(results.total, "article"),
        arguments.query,
        results.took_ms
    )?;
    for hit in &results.hits {
        writeln!(
            stdout,
            "{}  {}  {}  {}",
            hit.id,
            hit.published.as_deref().unwrap_or("-"),
            hit.outlet.as_deref().unwrap_or("-"),
            hit.title.as_deref().unwrap_or("(untitled)")
        )?;
        if !hit.snippet.is_empty() {
            writeln!(stdout, "    {}", hit.snippet)?;
        }
    }
    for facet in &results.facets {
        if facet.values.is_empty() {
            continue;
        }
        let values: Vec<String> = facet
            .values
            .iter()
            .take(8)
            .map(|value| format!("{} ({})", value.label, value.count))
            .collect();
        writeln!(stdout, "{}: {}", facet.name, values.join(", "))?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn serve(arguments: ServeArgs) -> anyhow::Result<ExitCode> {
    let store_dir = &arguments.store;
    if !store_dir.join(store::DATABASE_FILE).exists() {
        eprintln!(
            "sitrep: no store at {} (make one with `sitrep ingest --store {} INPUT...`)",
            store_dir.display(),
            store_dir.display()
        );
        return Ok(ExitCode::from(2));
    }
    server::serve_until_shutdown(store_dir, arguments.addr)
        .with_context(|| format!("serving {}", store_dir.display()))?;
    Ok(ExitCode::SUCCESS)
}
