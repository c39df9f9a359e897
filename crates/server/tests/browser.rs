//! The app in headless Chromium (Debian's `chromium`, installed by `.ci/run`): the story page
//! renders its brief, timeline and network graph with no console errors, a screenshot is kept
//! under `target/ui/`, and the hostile article runs nothing.

use super::{get_json, server};
use std::path::PathBuf;
use std::process::Command;

/// Chromium, or None when this machine has none (CI installs it; there a missing browser fails).
fn chromium() -> Option<PathBuf> {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        if let Ok(output) = Command::new("sh")
            .args(["-c", &format!("command -v {name}")])
            .output()
        {
            let path = String::from_utf8_lossy(&output.stdout).trim().to_string();
            if output.status.success() && !path.is_empty() {
                return Some(PathBuf::from(path));
            }
        }
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "chromium is not installed (.ci/run installs it)"
    );
    eprintln!("skipping: no chromium on this machine");
    None
}

fn artefact_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/ui");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Run headless Chromium on a URL with extra flags; returns (stdout, stderr).
fn headless(browser: &PathBuf, url: &str, extra: &[String]) -> (String, String) {
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let profile =
        std::env::temp_dir().join(format!("sitrep-chromium-{}-{run}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    let mut arguments: Vec<String> = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--enable-logging=stderr",
        "--v=0",
    ]
    .iter()
    .map(|flag| flag.to_string())
    .collect();
    arguments.push(format!("--user-data-dir={}", profile.display()));
    arguments.extend(extra.iter().cloned());
    arguments.push(url.to_string());
    let output = Command::new(browser)
        .args(&arguments)
        .output()
        .expect("running chromium");
    let _ = std::fs::remove_dir_all(&profile);
    (
        String::from_utf8_lossy(&output.stdout).to_string(),
        String::from_utf8_lossy(&output.stderr).to_string(),
    )
}

/// Console messages Chromium logged for the page (errors, CSP violations).
fn console_messages(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|line| line.contains("CONSOLE") || line.contains("Content Security Policy"))
        .collect()
}

/// The story with the most articles.
fn biggest_story() -> String {
    let (_, stories) = get_json("/api/stories?limit=500");
    stories["items"]
        .as_array()
        .unwrap()
        .iter()
        .max_by_key(|story| story["n_articles"].as_u64().unwrap())
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn the_story_page_renders_its_brief_timeline_and_graph_in_chromium() {
    let Some(browser) = chromium() else { return };
    let url = format!("{}/stories/{}", server().base, biggest_story());
    let (dom, stderr) = headless(&browser, &url, &["--dump-dom".to_string()]);
    for section in [
        "id=\"brief\"",
        "id=\"timeline\"",
        "id=\"network\"",
        "id=\"dyads\"",
        "id=\"map\"",
        "id=\"sources\"",
    ] {
        assert!(
            dom.contains(section),
            "{section} missing from the rendered page ({} bytes): {}",
            dom.len(),
            &stderr[stderr.len().saturating_sub(2000)..]
        );
    }
    let network = &dom[dom.find("id=\"network\"").unwrap()..];
    assert!(
        network.contains("<svg") && network.contains("<line"),
        "no graph drawn"
    );
    let timeline = &dom[dom.find("id=\"timeline\"").unwrap()..];
    assert!(timeline.matches("<li").count() >= 3, "timeline too short");
    assert_eq!(console_messages(&stderr), Vec::<&str>::new());

    let screenshot = artefact_dir().join("story.png");
    let _ = std::fs::remove_file(&screenshot);
    headless(
        &browser,
        &url,
        &[
            format!("--screenshot={}", screenshot.display()),
            "--window-size=1280,2200".to_string(),
            "--hide-scrollbars".to_string(),
        ],
    );
    let size = std::fs::metadata(&screenshot).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 10_000,
        "screenshot {} is {size} bytes",
        screenshot.display()
    );
}

#[test]
fn the_hostile_article_runs_nothing_in_chromium() {
    let Some(browser) = chromium() else { return };
    let url = format!(
        "{}/articles/{}",
        server().base,
        super::hostile::hostile_article_id()
    );
    let (dom, stderr) = headless(&browser, &url, &["--dump-dom".to_string()]);
    let lower = dom.to_lowercase();
    // Text nodes serialise '<' as "&lt;", so these only match real elements.
    for element in [
        "<script",
        "<img",
        "<iframe",
        "<svg onload",
        "<a href=\"javascript:",
        "<b>",
    ] {
        assert!(!lower.contains(element), "{element} in the rendered DOM");
    }
    assert!(dom.contains("alert(3)"), "the text itself is shown");
    assert_eq!(console_messages(&stderr), Vec::<&str>::new());
    let screenshot = artefact_dir().join("hostile-article.png");
    headless(
        &browser,
        &url,
        &[
            format!("--screenshot={}", screenshot.display()),
            "--window-size=1100,1400".to_string(),
        ],
    );
}
