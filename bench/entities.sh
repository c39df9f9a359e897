#!/usr/bin/env bash
# Throughput of the who-where-when layer (entities, places, dates, figures, quotations) on the
# WCXB ground-truth article bodies, one thread, release build.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR="${BENCH_DIR:-../shared/bench}"
cargo build --release -q -p bench --bin bench_entities
./target/release/bench_entities "$BENCH_DIR/extraction/wcxb-dev-articles"
