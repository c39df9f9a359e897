"""Scraped-text renderings: each outlet leaves its own kind of chrome behind."""
import datetime as dt
from render import plain_paras, paras

def _body_lines(a, heading_prefix="", list_prefix="• ", fig_prefix="", quote_wrap=('"', '"')):
    out = []
    for p in paras(a["body"]):
        if p.startswith("## "): out.append(heading_prefix + p[3:])
        elif p.startswith("> "): out.append(quote_wrap[0] + p[2:].strip('“”"') + quote_wrap[1])
        elif p.startswith("- "): out.append(list_prefix + p[2:])
        elif p.startswith("[fig] "): out.append(fig_prefix + p[6:])
        else: out.append(p)
    return out

def pretty(d, f):
    return dt.date.fromisoformat(d).strftime(f)

def sentinel(a):
    L = [a["outlet"] + " Online", "Menu", "Search", a.get("section", "World"), "", a["title"], "", a.get("subtitle") or a["title"], "",
         "By " + (", ".join(a["authors"]) or "Sentinel Web Desk"),
         "Published: " + pretty(a["date"], "%d %b %Y") + ", " + a.get("time", "09:00") + " PKT", "", "Share", "Send Push", "Listen (" + str(a.get("readmins", 3)) + " min)", ""]
    body = _body_lines(a, fig_prefix="", quote_wrap=("“", "”"))
    pq = a.get("pullquote")
    for i, p in enumerate(body):
        L.append(p); L.append("")
        if i == 2 and a.get("related"):
            L += ["Also Read: " + a["related"][0], ""]
        if i == 4 and pq:
            L += [pq, ""]
    if a.get("credit_line"):
        L += [a["credit_line"], ""]
    L += ["Next Story", "", a["related"][-1] if a.get("related") else "", "", "Download the app for breaking alerts", "0 Comments", "Post a Comment", "Your email address will not be published.", "—"]
    return "\n".join(L) + "\n"

def blog(a):
    L = [a["title"], "", a["outlet"], "0", "", " ", ""]
    body = _body_lines(a, quote_wrap=("“", "”"))
    L.append(body[0] if paras(a["body"])[0].startswith("[fig] ") else "")
    if paras(a["body"])[0].startswith("[fig] "): body = body[1:]
    L += ["", "🔴 " + (a.get("subtitle") or a["title"]), ""]
    for i, p in enumerate(body):
        L.append(p); L.append("")
        if i == 3: L += ["", ""]
    if a.get("pullquote"):
        L += [a["pullquote"], ""]
    L += ["Follow Frontline Voices on WhatsApp for instant updates", "", "Labels", "", "Post a Comment", "", "0 Comments", "", "Add a comment (0)", "« Older entry", "Newer entry »", "|", "*"]
    return "\n".join(L) + "\n"

def reblog(a):
    L = ["Site icon " + a["outlet"], "", a["title"], ""]
    for p in _body_lines(a, quote_wrap=("“", "”")):
        L += [p, ""]
    if a.get("credit_line"): L += [a["credit_line"], ""]
    L += ["Source link", "", "Exit mobile version"]
    return "\n".join(L) + "\n"

def hkh(a):
    L = ["Skip to content", a["outlet"] + " — independent reporting from the mountains", "Home » " + a.get("section", "Analysis") + " »", "",
         a["title"], a.get("subtitle", ""), "", "Reading time: " + str(a.get("readmins", 6)) + " minutes", "Text size: A- A+", "",
         ", ".join(a["authors"]) + " | " + pretty(a["date"], "%A, %B %-d, %Y"), ""]
    body = _body_lines(a, list_prefix="  - ", quote_wrap=("“", "”"))
    for i, p in enumerate(body):
        L += [p, ""]
        if i == 5: L += ["Advertisement — story continues below", ""]
    if a.get("truncate_tail"):
        L += [a["truncate_tail"]]
    L += ["", "Report a correction", "Trending on " + a["outlet"]] + ["» " + r for r in a.get("related", [])] + ["", "© 2025 " + a["outlet"]]
    return "\n".join(L) + "\n"

def horn(a):
    L = [a["outlet"].upper(), pretty(a["date"], "%d.%m.%Y") + " | " + a.get("dateline", "Khartoum"), "Print | Email | Font size ▲▼", "", a["title"], ""]
    for p in paras(a["body"]):
        if p.startswith("[fig] "): L += ["Photo: " + p[6:], ""]
        elif p.startswith("## "): L += [p[3:].upper(), ""]
        elif p.startswith("> "): L += ["“" + p[2:].strip('“”') + "”", ""]
        elif p.startswith("- "): L += ["* " + p[2:], ""]
        else: L += [p, ""]
    if a.get("credit_line"): L += [a["credit_line"], ""]
    L += ["Join our Telegram channel for breaking updates", "Keywords: " + ", ".join(a.get("tags", [])), "", "« Previous article", a.get("related", ["", ""])[0], "Next article »", a.get("related", ["", ""])[-1], ""]
    return "\n".join(L) + "\n"

def glt(a):
    L = ["Accueil / Actualités / " + a.get("section", "Est de la RDC"), "", a["outlet"], "", a["title"], "", "Par " + ", ".join(a["authors"]) + " – " + pretty(a["date"], "%d/%m/%Y"), "Partager :", "", "f", "X", "in", ""]
    body = _body_lines(a, quote_wrap=("«\u00a0", "\u00a0»"))
    for i, p in enumerate(body):
        L += [p, ""]
        if i == 2 and a.get("related"): L += ["Lire aussi : " + a["related"][0], ""]
    L += ["Mots-clés", " ".join("#" + t for t in a.get("tags", [])), "", "Laisser un commentaire", "Annuler la réponse", "", "…"]
    return "\n".join(L) + "\n"

def sports(a):
    L = ["LIVE", "Scores", "Fixtures", "Tables", "Match centre", "", a["title"], a.get("subtitle", ""), "", ", ".join(a["authors"]) + " · " + pretty(a["date"], "%a %-d %b %Y"), "", "Watch highlights ▶", ""]
    for p in _body_lines(a):
        L += [p, ""]
    L += ["Advertisement", "", "More from " + a["outlet"]] + a.get("related", []) + ["", "Comments (12)", "Sort by: Newest"]
    return "\n".join(L) + "\n"

def market(a):
    L = ["CMPX 4,112.30 ▲0.6%   HVX 812.05 ▼0.2%   Brent $63.41 ▲1.1%", "", a["outlet"], "Markets | Companies | Economy | Premium", "", a["title"], "", a.get("subtitle", ""), "",
         "By " + ", ".join(a["authors"]), pretty(a["date"], "%B %-d, %Y"), "", "Gift this article", "Save", ""]
    body = _body_lines(a)
    for i, p in enumerate(body):
        L += [p, ""]
        if i == 3: L += ["Unlock unlimited stories with Market Compass Pro. Start a free trial", ""]
    L += ["Tags", "  ".join(a.get("tags", [])), "", "Read next", ] + a.get("related", []) + ["", "(", "END", ")"]
    return "\n".join(L) + "\n"

STYLES = {"sentinel": sentinel, "blog": blog, "reblog": reblog, "hkh": hkh, "horn": horn, "glt": glt, "sports": sports, "market": market}
