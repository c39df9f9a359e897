"""Write demo/corpus and demo/gold.jsonl from the article modules."""
import sys; sys.dont_write_bytecode = True
import json, os, importlib, shutil, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ".")
import render, txtstyles

mods = [m for m in ["story_a", "story_b", "story_c", "distractors"] if os.path.exists(m + ".py")]
arts = []
for m in mods:
    arts += importlib.import_module(m).ARTICLES

FEEDS = {
  "rss": ("globaldispatch-world.rss", dict(title="Global Dispatch", link="https://www.globaldispatch.example/", description="World news, business and weather from Global Dispatch", built="Fri, 12 Dec 2025 06:00:00 +0000")),
  "atom": ("northwindnews-world.atom.xml", dict(title="Northwind News — World", subtitle="Latest world headlines", link="https://northwindnews.example/", id="tag:northwindnews.example,2025:world", updated="2025-12-06T08:00:00Z")),
  "jsonl": ("aggregator-dump.jsonl", None),
}

def source(a):
    if a["fmt"] in ("html", "txt"): return a["file"]
    f = FEEDS[a["fmt"]][0]
    if a["fmt"] == "rss" and a.get("guid_is_link"): return f + "#" + render.url(a)
    return f + "#" + a["guid"]

keys = {a["key"]: a for a in arts}
assert len(keys) == len(arts)
C = render.CORPUS
if os.path.exists(C): shutil.rmtree(C)
os.makedirs(C)
for a in arts:
    if a["fmt"] == "html":
        open(os.path.join(C, a["file"]), "wb").write(render.render_html(a))
    elif a["fmt"] == "txt":
        open(os.path.join(C, a["file"]), "w").write(txtstyles.STYLES[a["style"]](a))
by = lambda f: sorted([a for a in arts if a["fmt"] == f], key=lambda a: (a["date"], a.get("time", "")), reverse=(f != "jsonl"))
if by("rss"): open(os.path.join(C, FEEDS["rss"][0]), "w").write(render.render_rss(by("rss"), FEEDS["rss"][1]))
if by("atom"): open(os.path.join(C, FEEDS["atom"][0]), "w").write(render.render_atom(by("atom"), FEEDS["atom"][1]))
if by("jsonl"): open(os.path.join(C, FEEDS["jsonl"][0]), "w").write(render.render_jsonl(by("jsonl")))

with open(os.path.join(render.OUT, "gold.jsonl"), "w") as g:
    for a in sorted(arts, key=source):
        g.write(json.dumps({"source": source(a), "title": a["title"], "outlet": a["outlet"], "domain": a["domain"],
            "published": a["date"], "story": a["story"], "wire": a["wire"],
            "copy_of": source(keys[a["copy_of"]]) if a.get("copy_of") else None}, ensure_ascii=False) + "\n")

# word counts for the report
import re
for a in arts:
    n = len(" ".join(render.plain_paras(a)).split())
    flag = "" if 150 <= n <= 750 else "  <-- length"
    print(f'{a["key"]:4} {a["fmt"]:5} {n:4}{flag}  {source(a)}')
print(len(arts), "articles")
