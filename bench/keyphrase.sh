#!/usr/bin/env bash
# Keyphrase benchmark (C3): sitrep's card::keyphrases vs YAKE (yake-rust, default parameters)
# on 500N-KPCrowd, F1@5 / F1@10 with stemmed exact match, docs/second, and the time to make
# 1,000 article cards on one core. Reads the data from ../shared/bench (never copied here).
# Usage: bench/keyphrase.sh [DATASET_DIR]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dataset="${1:-$repo/../shared/bench/keyphrase/500N-KPCrowd/500N-KPCrowd-v1.1}"
cd "$repo"
cargo build --release --quiet -p bench --bin bench_keyphrase
exec "$repo/target/release/bench_keyphrase" "$dataset"
