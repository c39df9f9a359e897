#!/usr/bin/env bash
# Store, search and server benchmarks (release build):
#   1. the demo corpus ingested into a fresh store, plus its report: wall time;
#   2. N articles (default 10,000, made by perturbing the demo texts) ingested: articles/s
#      and the ingest's peak memory;
#   3. `sitrep serve` on loopback: the first request for the story with most articles (its
#      overview built from the store), then search p50/p99 inside the server (its own timing
#      of each search, `took_ms`, one request at a time: 40 distinct queries, 10 words alone
#      and with an actor, a type or a date filter, 5 rounds), given for the first round (no
#      result kept yet) and for all rounds (later rounds find the results kept);
#   4. the same server at 100 concurrent connections with wrk (Debian's package):
#      /api/stories, the overview page of that story, a page of its sources list, its API
#      brief and a page of its events (sizes printed), and /api/search cycling through the
#      same 40 queries; p50/p99 of each, and the server's peak memory.
# The load average is printed with every timing: the figures mean little on a busy machine.
# Usage: bench/store_server.sh [N]   (needs wrk: apt-get install -y wrk)
# BENCH_STORE=DIR skips steps 1-2 and measures an N-article store made by an earlier run.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
WORK="${BENCH_WORK:-/tmp/sitrep-bench-store}"
rm -rf "$WORK"; mkdir -p "$WORK"
cargo build --release -p cli -q
SITREP="${CARGO_TARGET_DIR:-target}/release/sitrep"
peak() { /usr/bin/time -f "%e s wall, %M KB peak" "$@"; }
load() { echo "(load average $(cut -d' ' -f1-3 /proc/loadavg))"; }

BIG="${BENCH_STORE:-$WORK/big}"
if [ -z "${BENCH_STORE:-}" ]; then
  echo "== demo: ingest into a fresh store, then its report"
  start=$(date +%s.%N)
  "$SITREP" ingest --store "$WORK/demo" --demo >/dev/null 2>&1
  mid=$(date +%s.%N)
  "$SITREP" report --store "$WORK/demo" -o "$WORK/demo-report.html" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "ingest $(echo "$mid - $start" | bc) s, report from the store $(echo "$end - $mid" | bc) s, together $(echo "$end - $start" | bc) s $(load)"
  "$SITREP" demo --out "$WORK/demo-out" >/dev/null 2>&1

  echo "== $N articles: ingest throughput and peak memory"
  # Files of 1,000 articles (sitrep reads at most 16 MB of one file).
  mkdir -p "$WORK/corpus"
  python3 bench/store_corpus.py "$WORK/demo-out/analysis.json" "$N" | split -l 1000 --additional-suffix=.jsonl - "$WORK/corpus/part-"
  start=$(date +%s.%N)
  peak "$SITREP" ingest --store "$WORK/big" "$WORK/corpus" 2>&1 >/dev/null | grep -v "^warning" | tail -1 || true
  end=$(date +%s.%N)
  echo "$N articles in $(echo "$end - $start" | bc) s = $(echo "$N / ($end - $start)" | bc) articles/s $(load)"
  start=$(date +%s.%N)
  "$SITREP" ingest --store "$WORK/big" "$WORK/corpus" 2>/dev/null | tail -2
  end=$(date +%s.%N)
  echo "the same inputs again (nothing new): $(echo "$end - $start" | bc) s $(load)"
fi

echo "== serve"
"$SITREP" serve --store "$BIG" --addr 127.0.0.1:18080 > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:18080/api/stories && break; sleep 0.2; done
QUERIES=()
for word in ceasefire Kabul strike talks refugees militants border drone court famine; do
  for filter in "" "&actor=PK" "&type=ASSAULT" "&since=2025-03-01&until=2025-06-30"; do
    QUERIES+=("/api/search?q=$word$filter&limit=20")
  done
done
# The story with most articles; its first overview is built from the store.
STORY=$(curl -s 'http://127.0.0.1:18080/api/stories?limit=500' | python3 -c 'import json,sys; print(max(json.load(sys.stdin)["items"], key=lambda s: s["n_articles"])["id"])')
curl -s "http://127.0.0.1:18080/api/stories?limit=500" | python3 -c "import json,sys; s=[x for x in json.load(sys.stdin)['items'] if x['id']=='$STORY'][0]; print('story', s['id'], s['n_articles'], 'articles,', s['n_events'], 'events')"
for path in "/stories/$STORY" "/stories/$STORY/sources?page=7" "/api/stories/$STORY" "/api/stories/$STORY/events?offset=500" "/api/stories/$STORY/export"; do
  curl -s -o /dev/null -w "$path: %{size_download} bytes, first request %{time_total} s $(load)\n" "http://127.0.0.1:18080$path"
done
echo "-- search in the server, one request at a time (40 queries, 5 rounds) $(load)"
for round in 1 2 3 4 5; do
  for path in "${QUERIES[@]}"; do
    curl -s "http://127.0.0.1:18080$path" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["took_ms"], d["total"], int(d["cached"]), '"$round"')'
  done
done > "$WORK/search.txt"
summary='{v[NR]=$1; m+=$2; c+=$3} END {printf "p50 %.2f ms, p99 %.2f ms, max %.2f ms, n %d (%d with results kept), %.0f matches per query\n", v[int(NR*0.5)], v[int(NR*0.99)], v[NR], NR, c, m/NR}'
echo "search (in process), first round: $(awk '$4 == 1' "$WORK/search.txt" | sort -n | awk "$summary")"
echo "search (in process), all rounds: $(sort -n "$WORK/search.txt" | awk "$summary")"
echo "== serve: 100 connections"
# /api/search cycles through the same 40 queries, one per request.
cat > "$WORK/search.lua" <<'LUA'
local words = {"ceasefire", "Kabul", "strike", "talks", "refugees", "militants", "border", "drone", "court", "famine"}
local filters = {"", "&actor=PK", "&type=ASSAULT", "&since=2025-03-01&until=2025-06-30"}
local paths = {}
for _, word in ipairs(words) do
  for _, filter in ipairs(filters) do
    paths[#paths + 1] = "/api/search?q=" .. word .. filter .. "&limit=20"
  end
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA
for path in /api/stories "/stories/$STORY" "/stories/$STORY/sources?page=7" "/api/stories/$STORY" "/api/stories/$STORY/events?offset=500" /api/search ; do
  echo "-- $path $(load)"
  script=()
  if [ "$path" = /api/search ]; then script=(-s "$WORK/search.lua"); echo "(40 queries in turn)"; fi
  wrk -t2 -c100 -d10s --latency "${script[@]}" "http://127.0.0.1:18080$path" | grep -E "Requests/sec|^ +(50|99)%|Non-2xx|Socket errors"
done
echo "server peak memory: $(grep VmHWM /proc/$SERVER/status | awk '{print $2, $3}')"
