"""Check an analysis of the seeds against the issues' seed targets (see bench/seeds.sh)."""
import json
import sys

analysis = json.load(open(sys.argv[1]))
articles = {a["source"].rsplit("/", 1)[-1]: a for a in analysis["articles"]}
entities = {e["id"]: e for e in analysis["entities"]}
failures = 0


def check(ok, label):
    global failures
    failures += 0 if ok else 1
    print(("ok   " if ok else "FAIL ") + label)


def span_ok(article, item):
    raw = article["text"].encode("utf-8")
    return raw[item["start"]:item["end"]].decode("utf-8") == item["text"]


# Clean articles: the titles, outlets and attributions the seed texts carry; no prose line lost.
expected = {
    "000_c89224927097a675.txt": {"title": None, "outlet": "aljazeera.com", "wire": "aljazeera.com"},
    "001_aee8dae2c46ef612.txt": {"title": "Pakistan-Afghanistan Tensions Escalate as Taliban Ties Collapse", "outlet": "Times in Pakistan", "wire": None},
    "002_52dcdbd617b8670e.txt": {"title": "Allies turned foes: How Taliban and Pakistan fell out", "outlet": "Newspoint", "wire": None},
    "003_a00ad0fd907c560c.txt": {"title": "From Ally to Adversary: Why Pakistan Struck the Afghan Taliban", "outlet": "Occasional Digest", "wire": "Reuters"},
    "004_960c20d4e2caabca.txt": {"title": None, "outlet": None, "wire": None},
}
for name, want in expected.items():
    article = articles[name]
    outlet = article["outlet"]["name"] or article["outlet"]["domain"]
    check(article["title"] == want["title"], f"{name}: title {article['title']!r}")
    check(outlet == want["outlet"], f"{name}: outlet {outlet!r}")
    check(article["wire"] == want["wire"], f"{name}: wire {article['wire']!r}")
    lost = [r["text"] for r in article["removed"] if len(r["text"].split()) >= 12 and not r["why"].startswith(("repeated", "pull-quote", "subtitle", "title"))]
    check(not lost, f"{name}: no prose line removed {lost[:1]}")
    print(f"     removed: {[r['why'] + ': ' + r['text'][:40] for r in article['removed']]}")

# Cards: every part present, passages verbatim at their offsets.
for name, article in sorted(articles.items()):
    card = article["card"]
    check(len(card["quotes"]) == 3, f"{name}: 3 key quotes")
    check(all(span_ok(article, q) for q in card["quotes"]), f"{name}: quotes verbatim at their offsets")
    words = len(card["summary"].split())
    check(0 < words <= 90, f"{name}: summary of {words} words (1-90)")
    check(all(span_ok(article, s) for s in card["summary_sentences"]), f"{name}: summary sentences verbatim")
    check(3 <= len(card["hashtags"]) <= 6, f"{name}: {len(card['hashtags'])} hashtags")
    check(bool(card["read_at"]), f"{name}: read at ({card['read_at']})")
    check(card["read_time"].endswith("min read"), f"{name}: read time ({card['read_time']})")
    check(all(span_ok(article, m) for m in article["mentions"]), f"{name}: every mention verbatim at its offsets")

# Who, where, when.
def mentions(pred):
    return [(n, m) for n, a in articles.items() for m in a["mentions"] if pred(m, a)]

ttp_spellings = {m["text"] for _, m in mentions(lambda m, a: m["entity"] == "ttp")}
check({"TTP", "Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban"} <= ttp_spellings,
      f"all TTP spellings are one entity: {sorted(ttp_spellings)}")


def context(article, mention, after):
    raw = article["text"].encode("utf-8")
    return raw[mention["end"]:mention["end"] + 40].decode("utf-8", "ignore").startswith(after)


for capital, state, verb in [("Islamabad", "PK", " blames"), ("Kabul", "AF", " denies")]:
    found = mentions(lambda m, a: m["text"] == capital and context(a, m, verb))
    check(bool(found) and all(m["entity"] == state and m["via"] == "government" for _, m in found),
          f"'{capital}{verb}' links to the government of {state}")
struck = [(n, m) for n, a in articles.items() for m in a["mentions"]
          if m["text"] == "Kabul" and "struck targets in " in a["text"].encode()[max(0, m["start"] - 20):m["start"]].decode("utf-8", "ignore")]
check(bool(struck) and all(m["kind"] == "place" for _, m in struck), "'struck targets in Kabul' links to the place")

for place in ["Kabul", "Khyber Pakhtunkhwa", "Balochistan", "Bajaur", "Quetta", "Paktika", "Durand Line"]:
    found = mentions(lambda m, a: m["text"].startswith(place) and m["kind"] == "place")
    coordinates = [entities.get(m["entity"], {}) for _, m in found]
    check(bool(found) and all(e.get("lat") is not None and e.get("lon") is not None for e in coordinates),
          f"{place} is a place with coordinates")

# Stories: all five seeds one story; the Pakistan -> Afghan Taliban dyad runs from cooperation
# (support, recognition) to conflict (strikes) — any Pakistani state actor as the source.
stories = analysis["stories"]
check(len(stories) == 1 and len(stories[0]["articles"]) == 5, f"the five seeds form one story ({[len(s['articles']) for s in stories]})")
points = sorted(((d["period"], d["quad_counts"]) for s in stories for d in s["dyads"]
                if "Pakistan" in d["source"] and "Tehreek" not in d["source"] and d["target"] == "Taliban"), key=lambda point: point[0])
cooperation = [p for p, q in points if q["verbal_cooperation"] + q["material_cooperation"] > 0]
conflict = [p for p, q in points if q["verbal_conflict"] + q["material_conflict"] > 0]
check(bool(cooperation) and bool(conflict) and min(cooperation) < max(conflict),
      f"Pakistan -> Taliban dyad from cooperation ({cooperation}) to conflict ({conflict})")

unlinked = sorted({m["text"] for _, m in mentions(lambda m, a: (m["entity"] or "").startswith("name:"))})
print(f"names found only by the tagger (not in the knowledge base or gazetteer): {unlinked}")
print(f"{failures} checks failed" if failures else "all checks passed")
sys.exit(1 if failures else 0)
