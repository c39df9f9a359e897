#!/usr/bin/env bash
# Time and peak memory of the whole analysis as the input grows: inputs of 1, 2, 4, 8 and 16 MB
# in seven shapes (prose with blank lines, many short lines, one huge line, no blank lines,
# thousands of repeated lines, random words, a whole book) as plain text and HTML, each analysed
# in a child process on one core; prints seconds, MB/s, peak memory (VmHWM), each engine
# stage's seconds and the growth factor per doubling (target <= 2.2x).
#
# Usage: bench/scaling.sh [--sizes 1,2,4,8,16] [--shapes prose,book] [--formats text,html,jsonl,gz]
#                         [--timeout SECONDS] [--bench-dir DIR]
# The book is made of the WCXB ground-truth bodies in ../shared/bench, read in place.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p bench --bin bench_scaling
./target/release/bench_scaling --bench-dir "${BENCH_DIR:-../shared/bench}" "$@"
