#!/usr/bin/env bash
# NER benchmark: the sitrep tagger on CoNLL-2003 validation — entity-level micro and per-type
# P/R/F1 (exact span and type), tokens/second on one thread, model load time. Reads the data
# from ../shared/bench (never copied here). No peer is run: spaCy's English models are not on
# PyPI, and this project downloads only from package registries.
# Usage: bench/ner.sh [CONLL_FILE]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
file="${1:-$repo/../shared/bench/ner/conll2003/valid.txt}"
cd "$repo"
cargo build --release --quiet -p bench --bin bench_ner
exec "$repo/target/release/bench_ner" "$file"
