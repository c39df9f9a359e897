#!/usr/bin/env bash
# Bounded memory on absurd input: writes a 100 MB HTML page and a page of 10,000 nested <div>s
# to a temporary folder, analyses both, and prints the wall time and peak memory
# (/usr/bin/time -v, from Debian's `time` package).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p cli
dir="$(mktemp -d)"
python3 - "$dir" <<'PY'
import sys
folder = sys.argv[1]
paragraph = "<p>" + " ".join(f"word{i}" for i in range(60)) + ".</p>\n"
with open(f"{folder}/huge.html", "w") as out:
    out.write("<html><head><title>Huge page</title></head><body>")
    written = 0
    while written < 100 * 1024 * 1024:
        out.write(paragraph)
        written += len(paragraph)
    out.write("</body></html>")
with open(f"{folder}/nested.html", "w") as out:
    out.write("<html><body>" + "<div>" * 10000 + "<p>Deep text survives the nesting.</p>" + "</div>" * 10000 + "</body></html>")
PY
/usr/bin/time -v ./target/release/sitrep analyze "$dir/huge.html" "$dir/nested.html" > /dev/null 2> "$dir/time.txt" || true
grep -E "^warning|Elapsed|Maximum resident" "$dir/time.txt"
rm -rf "$dir"
