#!/usr/bin/env python3
"""Write N articles as JSON Lines made by perturbing the demo corpus's texts (for the store
and server benchmarks): each article takes a demo text, reorders its paragraphs, shifts its
numbers and date, and tags its title, so every one is a distinct article with realistic
length and vocabulary. Usage: store_corpus.py DEMO_ANALYSIS_JSON N > out.jsonl"""
import json
import random
import re
import sys

analysis = json.load(open(sys.argv[1]))
count = int(sys.argv[2])
bases = [a for a in analysis["articles"] if a.get("paragraphs")]
rng = random.Random(20251203)
for index in range(count):
    base = bases[index % len(bases)]
    paragraphs = [p["text"] for p in base["paragraphs"] if p["kind"] in ("body", "quote")]
    head, rest = paragraphs[:1], paragraphs[1:]
    rng.shuffle(rest)
    shift = 1 + index % 9
    text = "\n\n".join(head + rest)
    text = re.sub(r"\b(\d{1,3})\b", lambda m: str(int(m.group(1)) + shift), text)
    day = 1 + index % 28
    month = 1 + (index // 28) % 12
    record = {
        "id": f"bench-{index}",
        "url": f"https://bench.example/{index}",
        "title": f"{base.get('title') or 'Untitled'} (edition {index})",
        "published": f"2025-{month:02d}-{day:02d}",
        "outlet": (base.get("outlet") or {}).get("name") or "Bench Wire",
        "text": text,
    }
    print(json.dumps(record))
