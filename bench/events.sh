#!/usr/bin/env bash
# The event coder on outside data (../shared/bench/events, read in place): PLOVER root types on
# zero-shot-plover/PLV_train.tsv (whole file and its even/odd halves), event type and actor /
# recipient matches on plover-gsr, the PETRARCH unit tests with their own dictionaries, and the
# throughput of event coding alone and of the whole pipeline on the demo corpus. Release build,
# pinned to one core (taskset) so the per-core figures are per core.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR="${BENCH_DIR:-../shared/bench}"
cargo build --release -q -p bench --bin bench_events
pin=""
if command -v taskset > /dev/null; then pin="taskset -c 0"; fi
$pin "${CARGO_TARGET_DIR:-target}/release/bench_events" "$BENCH_DIR/events"
