//! End-to-end tests of the `sitrep` binary: the demo corpus against its gold file, bad inputs in
//! a batch, stdin, output formats and exit codes.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn sitrep(arguments: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(arguments)
        .stdin(Stdio::null())
        .output()
        .expect("running sitrep")
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn gold() -> Vec<Value> {
    let text = std::fs::read_to_string(workspace_root().join("demo/gold.jsonl")).unwrap();
    text.lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[test]
fn demo_writes_outputs_that_match_the_gold_file() {
    let out = temp_dir("demo");
    let output = sitrep(&["demo", "--out", out.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(summary.contains("articles from"), "{summary}");
    let analysis: Value =
        serde_json::from_slice(&std::fs::read(out.join("analysis.json")).unwrap()).unwrap();
    assert!(std::fs::read_to_string(out.join("report.md"))
        .unwrap()
        .starts_with("# sitrep analysis"));
    let articles = analysis["articles"].as_array().unwrap();
    let gold = gold();
    assert!(
        articles.len() >= 40 && articles.len() == gold.len(),
        "{} articles, {} in gold",
        articles.len(),
        gold.len()
    );

    let (mut titles, mut outlets, mut dates) = (0, 0, 0);
    for expected in &gold {
        let source = format!("demo/corpus/{}", expected["source"].as_str().unwrap());
        let article = articles
            .iter()
            .find(|article| article["source"] == source.as_str())
            .unwrap_or_else(|| panic!("{source} missing"));
        titles += usize::from(article["title"] == expected["title"]);
        let outlet = &article["outlet"];
        outlets += usize::from(
            outlet["name"] == expected["outlet"] || outlet["domain"] == expected["domain"],
        );
        let published = article["published"].as_str().unwrap_or("");
        dates += usize::from(published.get(..10) == expected["published"].as_str());
        let card = &article["card"];
        assert!(
            card["read_time"].as_str().unwrap().ends_with("min read"),
            "{source}"
        );
    }
    let share = |count: usize| count as f64 / gold.len() as f64;
    assert!(share(titles) >= 0.95, "titles {titles}/{}", gold.len());
    assert!(share(outlets) >= 0.85, "outlets {outlets}/{}", gold.len());
    assert!(share(dates) >= 0.9, "dates {dates}/{}", gold.len());
}

#[test]
fn the_same_input_gives_byte_identical_output() {
    let corpus = workspace_root().join("demo/corpus");
    let first = sitrep(&["analyze", corpus.to_str().unwrap()]);
    let second = sitrep(&["analyze", corpus.to_str().unwrap()]);
    assert!(first.status.success());
    assert_eq!(first.stdout, second.stdout);
    let analysis: Value = serde_json::from_slice(&first.stdout).unwrap();
    for key in ["articles", "entities", "events", "stories", "warnings"] {
        assert!(analysis[key].is_array(), "{key}");
    }
}

#[test]
fn bad_inputs_are_named_and_the_batch_goes_on() {
    let dir = temp_dir("bad");
    std::fs::write(dir.join("good.txt"), "Harbour strike ends\nDock workers returned to work on Monday after the port authority agreed to a new pay offer, union leaders said.\n").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("blob.bin"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    std::fs::write(dir.join("lines.jsonl"), "{\"id\": \"ok\", \"title\": \"Fine\", \"text\": \"A short but complete line of news text about a bridge that reopened.\"}\n{not json\n").unwrap();
    std::fs::write(
        dir.join("feed.xml"),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</ti",
    )
    .unwrap();
    std::fs::write(dir.join("cut.warc"), "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:cut>\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n").unwrap();
    let nested = format!("<html><body>{}<p>Deep text survives the nesting of ten thousand divisions, the engineers said.</p>{}</body></html>", "<div>".repeat(10_000), "</div>".repeat(10_000));
    std::fs::write(dir.join("nested.html"), nested).unwrap();
    std::fs::write(dir.join("latin1.txt"), b"Les n\xe9gociations ont repris \xe0 Gen\xe8ve apr\xe8s une semaine de pause, selon les diplomates pr\xe9sents.\n").unwrap();
    let missing = dir.join("missing.txt");
    let output = sitrep(&["analyze", dir.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let analysis: Value = serde_json::from_slice(&output.stdout).unwrap();
    let warnings: Vec<String> = analysis["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            format!(
                "{} {}",
                w["source"].as_str().unwrap(),
                w["message"].as_str().unwrap()
            )
        })
        .collect();
    for needle in [
        "empty.txt",
        "blob.bin",
        "lines.jsonl#2",
        "feed.xml",
        "cut.warc#urn:uuid:cut",
        "missing.txt",
    ] {
        assert!(
            warnings.iter().any(|warning| warning.contains(needle)),
            "no warning for {needle}: {warnings:#?}"
        );
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("missing.txt"), "{stderr}");
    let texts: Vec<&str> = analysis["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|article| article["text"].as_str().unwrap())
        .collect();
    assert!(texts
        .iter()
        .any(|text| text.contains("Dock workers returned")));
    assert!(texts
        .iter()
        .any(|text| text.contains("bridge that reopened")));
    assert!(texts.iter().any(|text| text.contains("Deep text survives")));
    assert!(texts
        .iter()
        .any(|text| text.contains("négociations ont repris à Genève")));
}

#[test]
fn reads_stdin_and_renders_markdown_and_jsonl() {
    let article = "Snow closes mountain pass\nHeavy snow closed the mountain pass on Sunday, stranding dozens of lorries, police said.\nCrews expect to reopen the road by Tuesday if the weather clears.\n";
    let mut child = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["analyze", "--format", "md", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(article.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let markdown = String::from_utf8_lossy(&output.stdout);
    assert!(
        markdown.contains("## Snow closes mountain pass"),
        "{markdown}"
    );
    assert!(markdown.contains("min read"));

    let corpus = workspace_root().join("demo/corpus");
    let output = sitrep(&["analyze", "--format", "jsonl", corpus.to_str().unwrap()]);
    let lines: Vec<Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert!(lines.iter().filter(|line| line.get("id").is_some()).count() >= 40);
}

#[test]
fn card_prints_every_part_and_usage_errors_exit_2() {
    let corpus = workspace_root().join("demo/corpus");
    let output = sitrep(&["card", corpus.to_str().unwrap()]);
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.matches("min read").count() >= 40);
    assert!(text.contains("Read at "));
    assert_eq!(sitrep(&["analyze"]).status.code(), Some(2));
    assert_eq!(sitrep(&["no-such-command"]).status.code(), Some(2));
}

#[test]
fn tag_prints_one_bio_tag_per_token() {
    let dir = temp_dir("tag");
    let input = dir.join("tokens.conll");
    std::fs::write(&input, "Officials O\nin O\nIslamabad B-LOC\nsaid O\nAsim B-PER\nMunir I-PER\nvisited O\nRiyadh B-LOC\n. O\n\nThe O\nUnited B-ORG\nNations I-ORG\nagreed O\n").unwrap();
    let output = sitrep(&["tag", "--format", "conll", input.to_str().unwrap()]);
    assert!(output.status.success());
    let printed = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), 9 + 1 + 4 + 1, "{printed}");
    assert_eq!(lines[2], "Islamabad\tB-LOC");
    assert_eq!(lines[4], "Asim\tB-PER");
    assert_eq!(lines[5], "Munir\tI-PER");
    assert!(lines.iter().all(|line| line.is_empty()
        || line
            .split('\t')
            .nth(1)
            .is_some_and(|tag| tag == "O" || tag.starts_with("B-") || tag.starts_with("I-"))));
}

#[test]
fn kb_files_extend_the_knowledge_base_and_bad_lines_are_named() {
    let dir = temp_dir("kb");
    let kb_file = dir.join("actors.jsonl");
    std::fs::write(
        &kb_file,
        "{\"id\": \"coastal-front\", \"kind\": \"armed_group\", \"name\": \"Coastal Liberation Front\", \"aliases\": [\"CLF\"], \"country\": \"KE\"}\n{not a record\n",
    )
    .unwrap();
    let article = dir.join("article.txt");
    std::fs::write(&article, "Gunmen attack ferry\nThe Coastal Liberation Front said on Monday that its fighters attacked a ferry near the port, and the CLF warned of more attacks.\n").unwrap();
    let output = sitrep(&[
        "analyze",
        "--kb",
        kb_file.to_str().unwrap(),
        article.to_str().unwrap(),
    ]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "a bad knowledge-base line is a failed input"
    );
    let analysis: Value = serde_json::from_slice(&output.stdout).unwrap();
    let mentions = analysis["articles"][0]["mentions"].as_array().unwrap();
    let linked: Vec<&str> = mentions
        .iter()
        .filter(|mention| mention["entity"] == "coastal-front")
        .map(|mention| mention["text"].as_str().unwrap())
        .collect();
    assert_eq!(linked, ["Coastal Liberation Front", "CLF"]);
    let warnings = analysis["warnings"].to_string();
    assert!(warnings.contains("actors.jsonl:2"), "{warnings}");
}

#[test]
fn an_input_analysed_only_in_part_or_not_at_all_makes_exit_1() {
    let dir = temp_dir("partial");
    let paragraph = "<p>The committee heard evidence from port workers, shipping agents and \
                     customs officers about the delays at the crossing this spring.</p>";
    let long_page = format!(
        "<html><head><title>Hearing transcript</title></head><body><article>{}</article></body></html>",
        paragraph.repeat(9_000)
    );
    std::fs::write(dir.join("long.html"), long_page).unwrap();
    let output = sitrep(&["analyze", dir.join("long.html").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let analysis: Value = serde_json::from_slice(&output.stdout).unwrap();
    let article = &analysis["articles"][0];
    let cut_note = article["removed"]
        .as_array()
        .unwrap()
        .iter()
        .find(|removed| {
            removed["why"]
                .as_str()
                .unwrap()
                .contains("article text limit")
        })
        .expect("the cut paragraphs are accounted for in removed");
    assert!(cut_note["text"]
        .as_str()
        .unwrap()
        .contains("more paragraphs"));

    std::fs::write(
        dir.join("menu.html"),
        "<html><body><nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav></body></html>",
    )
    .unwrap();
    let output = sitrep(&["analyze", dir.join("menu.html").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no article text found"));
}
