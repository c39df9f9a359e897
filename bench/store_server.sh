#!/usr/bin/env bash
# Store, search and server benchmarks (release build):
#   1. the demo corpus ingested into a fresh store, plus its report: wall time;
#   2. N articles (default 10,000, made by perturbing the demo texts) ingested: articles/s
#      and the ingest's peak memory;
#   3. search p50/p99 over the N-article store (sitrep's own timing of 200 queries);
#   4. `sitrep serve` on loopback: /api/stories and a story page at 100 concurrent
#      connections with wrk (Debian's package), p50/p99, and the server's peak memory.
# Usage: bench/store_server.sh [N]   (needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
WORK="${BENCH_WORK:-/tmp/sitrep-bench-store}"
rm -rf "$WORK"; mkdir -p "$WORK"
cargo build --release -p cli -q
SITREP="${CARGO_TARGET_DIR:-target}/release/sitrep"
peak() { /usr/bin/time -f "%e s wall, %M KB peak" "$@"; }

echo "== demo: ingest into a fresh store, then its report"
start=$(date +%s.%N)
"$SITREP" ingest --store "$WORK/demo" --demo >/dev/null 2>&1
mid=$(date +%s.%N)
"$SITREP" report --store "$WORK/demo" -o "$WORK/demo-report.html" >/dev/null 2>&1
end=$(date +%s.%N)
echo "ingest $(echo "$mid - $start" | bc) s, report from the store $(echo "$end - $mid" | bc) s, together $(echo "$end - $start" | bc) s"
"$SITREP" demo --out "$WORK/demo-out" >/dev/null 2>&1

echo "== $N articles: ingest throughput and peak memory"
# Files of 1,000 articles (sitrep reads at most 16 MB of one file).
mkdir -p "$WORK/corpus"
python3 bench/store_corpus.py "$WORK/demo-out/analysis.json" "$N" | split -l 1000 --additional-suffix=.jsonl - "$WORK/corpus/part-"
start=$(date +%s.%N)
peak "$SITREP" ingest --store "$WORK/big" "$WORK/corpus" 2>&1 >/dev/null | grep -v "^warning" | tail -1 || true
end=$(date +%s.%N)
echo "$N articles in $(echo "$end - $start" | bc) s = $(echo "$N / ($end - $start)" | bc) articles/s"
start=$(date +%s.%N)
"$SITREP" ingest --store "$WORK/big" "$WORK/corpus" 2>/dev/null | tail -2
end=$(date +%s.%N)
echo "the same inputs again (nothing new): $(echo "$end - $start" | bc) s"

echo "== search over the store: 200 queries"
for word in ceasefire Kabul strike talks refugees militants border drone court famine; do
  for facet in "" "--actor PK" "--type ASSAULT" "--since 2025-03-01 --until 2025-06-30"; do
    for _ in 1 2 3 4 5; do
      # shellcheck disable=SC2086
      "$SITREP" search --store "$WORK/big" "$word" $facet --limit 20 | head -1
    done
  done
done | sed -E 's/.*\(([0-9.]+) ms\)/\1/' | sort -n | awk '{v[NR]=$1} END {printf "search (in-process time per query): p50 %.1f ms, p99 %.1f ms, n %d\n", v[int(NR*0.5)], v[int(NR*0.99)], NR}'

echo "== serve: 100 connections"
"$SITREP" serve --store "$WORK/big" --addr 127.0.0.1:18080 > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:18080/api/stories && break; sleep 0.2; done
STORY=$(curl -s 'http://127.0.0.1:18080/api/stories?limit=1' | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
for path in /api/stories "/stories/$STORY" "/api/search?q=ceasefire" ; do
  echo "-- $path"
  wrk -t2 -c100 -d10s --latency "http://127.0.0.1:18080$path" | grep -E "Requests/sec|^ +(50|99)%|Non-2xx|Socket errors"
done
echo "server peak memory: $(grep VmHWM /proc/$SERVER/status | awk '{print $2, $3}')"
