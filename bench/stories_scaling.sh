#!/usr/bin/env bash
# How copy detection and story clustering grow with the corpus: 10k, 100k and 1M generated
# articles (the analysed demo articles sampled and perturbed: new dates, names swapped,
# paragraphs dropped and reordered), each size in its own process; prints time and peak memory
# per size. Articles are generated and sketched one at a time on every core and dropped (the
# stage keeps per-article sketches, not the corpus). copies_s and cluster_s are thread-seconds
# (each thread's elapsed time, summed: on a busy machine they include waiting for a core);
# total_s is the stage's wall time. Run it under /usr/bin/time for CPU seconds. The binaries are built in $CARGO_TARGET_DIR
# (default target/). Usage: bench/stories_scaling.sh [SIZES] (default 10000,100000,1000000).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${1:-10000,100000,1000000}"
cargo build --release -q -p cli -p bench
TARGET="${CARGO_TARGET_DIR:-target}"
"$TARGET/release/sitrep" demo --out "$TARGET/stories-scaling-demo" > /dev/null
"$TARGET/release/bench_stories_scaling" "$TARGET/stories-scaling-demo/analysis.json" --sizes "$SIZES"
