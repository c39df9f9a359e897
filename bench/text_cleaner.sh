#!/usr/bin/env bash
# The scraped-text cleaner on WCXB article pages flattened to text (chrome and all), scored
# against the ground-truth article bodies. Release build, one thread.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR="${BENCH_DIR:-../shared/bench}"
cargo build --release -q -p bench --bin bench_text_cleaner
./target/release/bench_text_cleaner "$BENCH_DIR/extraction/wcxb-dev-articles"
