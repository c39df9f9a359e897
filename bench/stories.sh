#!/usr/bin/env bash
# Story clustering on the demo corpus against its gold story labels (demo/gold.jsonl):
# B-cubed precision, recall and F1 over articles, and the split rate (gold stories of two or
# more articles spread over several clusters). Each `distractor` article is its own gold story
# (they are unrelated to each other). Not a benchmark of generality: the corpus is ours.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p cli
./target/release/sitrep demo --out target/stories-check > /dev/null
python3 - target/stories-check/analysis.json <<'PY'
import collections, json, sys
analysis = json.load(open(sys.argv[1]))
source = {a["id"]: a["source"].replace("demo/corpus/", "") for a in analysis["articles"]}
pred = {source[a]: s["id"] for s in analysis["stories"] for a in s["articles"]}
gold = {}
for line in open("demo/gold.jsonl"):
    g = json.loads(line)
    gold[g["source"]] = g["story"] if g["story"] != "distractor" else "distractor:" + g["source"]
items = [s for s in gold if s in pred]
for s in gold:
    if s not in pred:
        print("missing:", s)
gc = collections.Counter(gold[s] for s in items)
pc = collections.Counter(pred[s] for s in items)
both = collections.Counter((gold[s], pred[s]) for s in items)
p = sum(both[(gold[s], pred[s])] / pc[pred[s]] for s in items) / len(items)
r = sum(both[(gold[s], pred[s])] / gc[gold[s]] for s in items) / len(items)
f = 2 * p * r / (p + r)
multi = [g for g in gc if gc[g] > 1]
split = [g for g in multi if len({pred[s] for s in items if gold[s] == g}) > 1]
print(f"B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}; split {len(split)}/{len(multi)} stories; {len(pc)} clusters for {len(items)} articles")
PY
