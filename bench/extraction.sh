#!/usr/bin/env bash
# Main-text extraction benchmark: sitrep's `extract` against trafilatura on the WCXB dev
# article pages (711 gzipped HTML pages with ground truth, CC-BY-4.0, read in place).
#
# Usage: bench/extraction.sh [BENCH_DIR]     (default: ../shared/bench from the repo root)
#
# Steps: build the release benchmark binary; create bench/.venv and install trafilatura and
# lxml_html_clean from PyPI (first run only); run trafilatura single-threaded over every page
# into a JSONL (per-page ms, title, author, date, text); run bench_extraction, which extracts
# every page with sitrep single-threaded and prints both side by side; then measure sitrep's
# peak memory on a synthetic 5 MB page, in its own process.
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
bench_dir="${1:-$repo_root/../shared/bench}"
bench_dir="$(cd "$bench_dir" && pwd)"
pages="$bench_dir/extraction/wcxb-dev-articles/html"
venv="$repo_root/bench/.venv"
trafilatura_jsonl="$repo_root/target/bench-trafilatura-wcxb.jsonl"

cd "$repo_root"
cargo build --release -p bench --bin bench_extraction

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import trafilatura, lxml_html_clean" 2>/dev/null; then
    "$venv/bin/pip" install --quiet trafilatura lxml_html_clean
fi

if [ ! -s "$trafilatura_jsonl" ] || [ "${RERUN_TRAFILATURA:-0}" = 1 ]; then
    "$venv/bin/python" bench/trafilatura_run.py "$pages" "$trafilatura_jsonl"
fi

target/release/bench_extraction --bench-dir "$bench_dir" --trafilatura "$trafilatura_jsonl"

echo
echo "Synthetic 5 MB page (own process; VmHWM is the whole process's peak):"
target/release/bench_extraction --synthetic-page-mb 5
if [ -x /usr/bin/time ]; then
    /usr/bin/time -v target/release/bench_extraction --synthetic-page-mb 5 2>&1 | grep -E "Maximum resident|synthetic"
fi
