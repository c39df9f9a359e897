#!/usr/bin/env bash
# The demo corpus against its own gold file (demo/gold.jsonl): titles, outlets (name or domain),
# publication days and wire credits found, with the misses listed. Not a benchmark of
# generality (the corpus is ours); a check that the metadata readers keep working.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p cli
./target/release/sitrep demo --out target/demo-gold-check > /dev/null
python3 - target/demo-gold-check/analysis.json <<'PY'
import json, sys
analysis = json.load(open(sys.argv[1]))
gold = [json.loads(line) for line in open("demo/gold.jsonl")]
by_source = {a["source"].replace("demo/corpus/", ""): a for a in analysis["articles"]}
def key(value):
    return (value or "").lower().replace("www.", "").replace(" ", "").replace(".example", "")
counts = {"title": 0, "outlet": 0, "date": 0, "wire": 0}
for expected in gold:
    article = by_source.get(expected["source"])
    if article is None:
        print("missing:", expected["source"])
        continue
    hits = {
        "title": (article["title"] or "").strip() == expected["title"].strip(),
        "outlet": article["outlet"]["name"] == expected["outlet"] or article["outlet"]["domain"] == expected["domain"],
        "date": (article["published"] or "")[:10] == expected["published"],
        "wire": key(article["wire"]) == key(expected["wire"]) or bool(expected["wire"] and article["wire"] and (key(expected["wire"]) in key(article["wire"]) or key(article["wire"]) in key(expected["wire"]))),
    }
    for name, hit in hits.items():
        counts[name] += hit
        if not hit:
            print(f"miss {name}: {expected['source']}")
print(" ".join(f"{name} {count}/{len(gold)}" for name, count in counts.items()))
PY
