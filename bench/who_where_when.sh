#!/usr/bin/env bash
# The who-where-when layer against a gold set annotated by hand (bench/gold/who_where_when.jsonl:
# entity links and kinds, coreference chains, relative dates, quotation speakers, counts) on
# real news from ../shared/bench (500N-KPCrowd stories, WCXB ground-truth article bodies) that
# is not in the demo corpus. The gold holds annotations and pointers only; the texts are read
# from the bench folder here. MISSES=1 lists every miss. Prints the whole set, then the even
# (development) half and the odd (held-out) half: rules are tuned on the even half's misses
# only (MISSES=1 HALF=even), the odd half is only scored.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR="${BENCH_DIR:-../shared/bench}"
cargo build --release -q -p cli
TARGET="${CARGO_TARGET_DIR:-target}"
python3 bench/who_where_when.py prepare "$BENCH_DIR" bench/gold/who_where_when.jsonl "$TARGET"/who-where-when-input.jsonl
"$TARGET"/release/sitrep analyze "$TARGET"/who-where-when-input.jsonl 2>/dev/null > "$TARGET"/who-where-when-analysis.json || true
score() { python3 bench/who_where_when.py score "$BENCH_DIR" bench/gold/who_where_when.jsonl "$TARGET"/who-where-when-analysis.json "$@"; }
if [ -n "${HALF:-}" ]; then
    score --half="$HALF" ${MISSES:+--misses}
else
    score ${MISSES:+--misses}
    score --half=even
    score --half=odd
fi
