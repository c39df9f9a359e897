#!/usr/bin/env bash
# Checks sitrep against what the issues ask of the example seeds (../shared/seeds): clean
# articles, complete cards with verbatim passages, and the who-where-when layer's seed targets.
# Prints one line per check and a summary; exits 1 if any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
SEEDS="${SEEDS:-../shared/seeds}"
cargo build --release -q -p cli
./target/release/sitrep analyze "$SEEDS" 2>/dev/null > target/seeds-analysis.json || true
python3 bench/seeds_check.py target/seeds-analysis.json
