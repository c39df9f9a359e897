"""Render the hand-written demo articles into mixed formats plus gold.jsonl."""
import json, html, os, re
from email.utils import format_datetime
import datetime as dt

# The generator lives in demo/generator/; it writes demo/corpus/ and demo/gold.jsonl.
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(OUT, "corpus")

def paras(body):
    return [p.strip() for p in body.strip().split("\n\n") if p.strip()]

def esc(s):
    return html.escape(s, quote=True)

def esc_text(s):
    # Text nodes: most sites leave quotes and apostrophes as they are.
    return html.escape(s, quote=False)

def body_html(a, indent="      "):
    out, in_list = [], False
    for p in paras(a["body"]):
        if p.startswith("- "):
            if not in_list:
                out.append(indent + "<ul>"); in_list = True
            out.append(indent + "  <li>" + esc_text(p[2:]) + "</li>")
            continue
        if in_list:
            out.append(indent + "</ul>"); in_list = False
        if p.startswith("## "):
            out.append(indent + "<h2>" + esc_text(p[3:]) + "</h2>")
        elif p.startswith("> "):
            out.append(indent + "<blockquote><p>" + esc_text(p[2:]) + "</p></blockquote>")
        elif p.startswith("[fig] "):
            img = a.get("img", "photo") 
            out.append(indent + '<figure class="lead-image">')
            out.append(indent + f'  <img src="https://cdn.{a["domain"]}/img/2025/{a["slug"][:24]}.jpg" alt="" width="1200" height="675" loading="lazy">')
            out.append(indent + "  <figcaption>" + esc_text(p[6:]) + "</figcaption>")
            out.append(indent + "</figure>")
        else:
            out.append(indent + "<p>" + esc_text(p) + "</p>")
    if in_list:
        out.append(indent + "</ul>")
    return "\n".join(out)

def plain_paras(a, keep_fig=True):
    """Paragraph text for feeds / jsonl / txt (markers removed)."""
    res = []
    for p in paras(a["body"]):
        if p.startswith("## "): res.append(p[3:])
        elif p.startswith("> "): res.append(p[2:])
        elif p.startswith("- "): res.append(p[2:])
        elif p.startswith("[fig] "):
            if keep_fig: res.append(p[6:])
        else: res.append(p)
    return res

def iso(a):
    return f'{a["date"]}T{a.get("time","08:00")}:00{a.get("tz","+00:00")}'

def url(a):
    y, m, d = a["date"].split("-")
    pat = a.get("urlpat", "date")
    if pat == "date":
        return f'https://www.{a["domain"]}/{y}/{m}/{d}/{a["slug"]}/'
    if pat == "section":
        return f'https://{a["domain"]}/{a.get("section","world").lower()}/{a["slug"]}-{y}{m}{d}'
    return f'https://www.{a["domain"]}/news/{a["slug"]}.html'

def related_html(a):
    items = a.get("related", [])
    if not items: return ""
    lis = "\n".join(f'        <li><a href="/{i}-{n}/">{esc(t)}</a></li>' for n, (i, t) in enumerate([(re.sub(r"[^a-z0-9]+","-",t.lower()).strip("-")[:40], t) for t in items]))
    return f"""    <aside class="related">
      <h3>Related stories</h3>
      <ul>
{lis}
      </ul>
    </aside>"""

def nav(outlet, sections):
    lis = "".join(f'<li><a href="/{s.lower()}/">{s}</a></li>' for s in sections)
    return f'<nav class="main-nav" aria-label="Main"><ul>{lis}</ul></nav>'

def jsonld(a):
    d = {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": a["title"], "datePublished": iso(a),
         "dateModified": iso(a).replace(a.get("time","08:00"), a.get("modtime", a.get("time","08:00"))),
         "author": [{"@type": "Person", "name": n} for n in a["authors"]] or {"@type": "Organization", "name": a["outlet"]},
         "publisher": {"@type": "Organization", "name": a["outlet"],
                       "logo": {"@type": "ImageObject", "url": f'https://www.{a["domain"]}/static/logo.png'}},
         "mainEntityOfPage": url(a), "articleSection": a.get("section", "World")}
    if a.get("jsonld_graph"):
        d = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": a["outlet"], "url": f'https://www.{a["domain"]}/'},
            {k: v for k, v in d.items() if k != "@context"}]}
    return json.dumps(d, ensure_ascii=False, indent=2)

COOKIE = ['<div id="cookie-consent" class="banner">We use cookies to measure traffic and personalise ads. <button>Accept all</button> <button>Manage choices</button></div>',
          '<div class="gdpr-bar" role="dialog"><p>This site stores small files on your device. By continuing you agree to our <a href="/privacy">privacy notice</a>.</p><a class="btn" href="#">OK, got it</a></div>',
          '<section class="consent"><strong>Your privacy</strong> Cookies help us keep this journalism free. <button>Allow</button><button>Reject non-essential</button></section>']

def share(a, v):
    if v == 0:
        return '<div class="share-bar"><span>Share</span><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Copy link</a></div>'
    if v == 1:
        return '<ul class="social"><li><a href="#">Tweet</a></li><li><a href="#">Share on LinkedIn</a></li><li><a href="#">Email this story</a></li><li><a href="#">Print</a></li></ul>'
    return '<div class="sharedaddy"><h4>Spread the word:</h4><a href="#">Telegram</a> <a href="#">Reddit</a> <a href="#">Facebook</a></div>'

def comments(a, v):
    cs = a.get("comments", [])
    if v == 0 and not cs:
        return '<section id="comments"><h3>Comments (0)</h3><p>Be the first to comment. <a href="/login">Log in</a> to join the conversation.</p></section>'
    items = "\n".join(f'      <li class="comment"><span class="comment-author">{esc(n)}</span> <time>{esc(w)}</time><p>{esc(t)}</p><a class="reply" href="#">Reply</a></li>' for n, w, t in cs)
    return f'''<section id="comments" class="comments-area">
    <h3>{len(cs)} Responses to &ldquo;{esc(a["title"])}&rdquo;</h3>
    <ol class="comment-list">
{items}
    </ol>
    <form class="comment-form"><label>Leave a Reply</label><textarea></textarea><button>Post Comment</button></form>
  </section>'''

def render_html(a):
    v = a.get("tpl", 0)
    secs = a.get("nav", ["Home", "World", "Asia", "Business", "Sport", "Opinion", "Video"])
    authors = a["authors"]
    byline = " and ".join(authors) if authors else a["outlet"] + " staff"
    head = ['<!DOCTYPE html>', f'<html lang="{a.get("lang","en")}">', '<head>']
    charset = a.get("charset", "utf-8")
    if a.get("charset_style") == "http-equiv":
        head.append(f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')
    else:
        head.append(f'<meta charset="{charset}">')
    head.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    title_tag = {0: f'{a["title"]} | {a["outlet"]}', 1: f'{a["title"]} - {a["outlet"]}', 2: a["title"], 3: f'{a["title"]} &#8211; {a["outlet"]}'}[v]
    head.append(f'<title>{title_tag if v == 3 else esc(title_tag)}</title>')
    head.append(f'<link rel="canonical" href="{url(a)}">')
    if v in (0, 2, 3):
        head.append(f'<meta property="og:title" content="{esc(a.get("og_title", a["title"]))}">')
        head.append(f'<meta property="og:site_name" content="{esc(a["outlet"])}">')
        head.append(f'<meta property="og:type" content="article">')
        head.append(f'<meta property="og:url" content="{url(a)}">')
        if a.get("subtitle"):
            head.append(f'<meta property="og:description" content="{esc(a["subtitle"])}">')
    if v == 1:
        head.append(f'<meta name="author" content="{esc(", ".join(authors))}">')
        head.append(f'<meta name="description" content="{esc(a.get("subtitle",""))}">')
    if v == 3:
        head.append(f'<meta property="article:published_time" content="{iso(a)}">')
        head.append(f'<meta name="author" content="{esc(byline)}">')
    if v in (0, 2) and not a.get("no_jsonld"):
        head.append('<script type="application/ld+json">\n' + jsonld(a) + '\n</script>')
    head.append('<link rel="stylesheet" href="/static/site.css">')
    head.append('<script async src="https://ads.adnetwork.example/tag.js"></script>')
    head.append('</head>')
    b = [f'<body class="article-page tpl-{v}">']
    b.append(COOKIE[a.get("cookie", v % 3)])
    b.append(f'<header class="site-header"><a class="logo" href="/">{esc(a["outlet"])}</a> {nav(a["outlet"], secs)} <a class="subscribe" href="/subscribe">Subscribe</a> <form class="search"><input placeholder="Search"></form></header>')
    b.append('<div class="ad ad-leaderboard">Advertisement</div>')
    if a.get("breadcrumbs", True):
        b.append(f'<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/{a.get("section","World").lower()}/">{esc(a.get("section","World"))}</a></li></ol>')
    b.append('<main>')
    b.append('  <article>')
    if v == 3:
        b.append(f'    <header class="entry-header"><h1 class="entry-title">{esc(a["title"])}</h1>')
        b.append(f'      <div class="entry-meta">Posted on <time class="entry-date published" datetime="{iso(a)}">{dt.date.fromisoformat(a["date"]).strftime("%B %-d, %Y")}</time> by <span class="author vcard"><a href="/author/{authors[0].split()[0].lower() if authors else "staff"}/">{esc(byline)}</a></span></div></header>')
    else:
        b.append(f'    <h1 class="headline">{esc(a["title"])}</h1>')
        if a.get("subtitle"):
            b.append(f'    <p class="standfirst">{esc(a["subtitle"])}</p>')
        if v == 0:
            b.append(f'    <div class="meta"><span class="byline">By {esc(byline)}</span> &middot; <span class="date">{dt.date.fromisoformat(a["date"]).strftime("%-d %B %Y")}</span> &middot; <span class="read">{a.get("readmins", 4)} min read</span></div>')
        elif v == 1:
            b.append(f'    <div class="article-meta"><p class="byline">By {esc(byline)}</p><time datetime="{iso(a)}">Updated {dt.date.fromisoformat(a["date"]).strftime("%b %-d, %Y")} {a.get("time","08:00")} GMT</time></div>')
        else:
            b.append(f'    <div class="info"><span class="author">{esc(byline)}</span> <span class="loc">{esc(a.get("dateline",""))}</span></div>')
    b.append('    ' + share(a, v % 3))
    b.append('    <div class="article-body">')
    bh = body_html(a)
    # ad slot in the middle of long bodies
    lines = bh.split("\n")
    mid = len(lines) // 2
    if v != 2:
        lines.insert(mid, '      <div class="ad ad-inline"><span>Advertisement</span><div class="slot" data-slot="mid"></div></div>')
    if a.get("newsletter_inline"):
        lines.insert(mid + 3, '      <div class="newsletter-inline"><p><strong>Get the morning briefing.</strong> Five stories, every weekday, in your inbox.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>')
    b.append("\n".join(lines))
    b.append('    </div>')
    if a.get("credit_line"):
        b.append(f'    <p class="credit"><em>{esc(a["credit_line"])}</em></p>')
    if a.get("tags"):
        b.append('    <div class="tags">Topics: ' + " ".join(f'<a href="/tag/{t}">{esc(t)}</a>' for t in a["tags"]) + '</div>')
    b.append('  </article>')
    b.append(related_html(a))
    if not a.get("newsletter_inline"):
        b.append('  <section class="newsletter"><h3>Never miss a story</h3><p>Sign up for our free daily newsletter.</p><form><input type="email" placeholder="name@example.com"><button>Subscribe</button></form></section>')
    b.append('  ' + comments(a, 0 if v != 3 else 1))
    b.append('  <div class="ad ad-sidebar">Sponsored content</div>')
    b.append('</main>')
    b.append(f'<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul><p>&copy; 2025 {esc(a["outlet"])}. All rights reserved.</p></footer>')
    b.append('</body>')
    b.append('</html>')
    text = "\n".join(head + b) + "\n"
    return text.encode(charset if charset != "utf-8" else "utf-8")

def render_rss(items, channel):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'  <title>{esc(channel["title"])}</title>', f'  <link>{channel["link"]}</link>',
           f'  <description>{esc(channel["description"])}</description>', '  <language>en-us</language>',
           f'  <lastBuildDate>{channel["built"]}</lastBuildDate>',
           f'  <atom:link href="{channel["link"]}feed/" rel="self" type="application/rss+xml"/>']
    for a in items:
        d = dt.datetime.fromisoformat(iso(a))
        ps = paras(a["body"])
        content = body_html(a, indent="")
        out.append('  <item>')
        out.append(f'    <title>{esc(a["title"])}</title>')
        out.append(f'    <link>{url(a)}</link>')
        if a.get("guid_is_link"):
            out.append(f'    <guid isPermaLink="true">{url(a)}</guid>')
        else:
            out.append(f'    <guid isPermaLink="false">{a["guid"]}</guid>')
        out.append(f'    <pubDate>{format_datetime(d)}</pubDate>')
        if a.get("rss_author_email"):
            out.append(f'    <author>{a["rss_author_email"]} ({esc(a["authors"][0])})</author>')
        else:
            for n in a["authors"]:
                out.append(f'    <dc:creator><![CDATA[{n}]]></dc:creator>')
        out.append(f'    <category>{esc(a.get("section","World"))}</category>')
        out.append(f'    <description>{esc(a.get("subtitle") or plain_paras(a)[0])}</description>')
        out.append(f'    <content:encoded><![CDATA[{content}\n<p>The post <a href="{url(a)}">{html.escape(a["title"])}</a> appeared first on {channel["title"]}.</p>]]></content:encoded>')
        out.append('  </item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n"

def render_atom(entries, feed):
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'  <title>{esc(feed["title"])}</title>', f'  <subtitle>{esc(feed["subtitle"])}</subtitle>',
           f'  <link href="{feed["link"]}" rel="alternate"/>', f'  <link href="{feed["link"]}atom.xml" rel="self"/>',
           f'  <id>{feed["id"]}</id>', f'  <updated>{feed["updated"]}</updated>']
    for a in entries:
        out.append('  <entry>')
        out.append(f'    <title type="text">{esc(a["title"])}</title>')
        out.append(f'    <link rel="alternate" type="text/html" href="{url(a)}"/>')
        out.append(f'    <id>{a["guid"]}</id>')
        out.append(f'    <published>{iso(a)}</published>')
        out.append(f'    <updated>{iso(a)}</updated>')
        for n in a["authors"]:
            out.append(f'    <author><name>{esc(n)}</name></author>')
        if a.get("subtitle"):
            out.append(f'    <summary type="text">{esc(a["subtitle"])}</summary>')
        out.append('    <content type="html">' + esc(body_html(a, indent="")) + '</content>')
        out.append('  </entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n"

def render_jsonl(lines):
    out = []
    for a in lines:
        text = "\n\n".join(plain_paras(a, keep_fig=False))
        if a.get("jsonl_style") == "np":
            rec = {"id": a["guid"], "url": url(a), "title": a["title"], "maintext": text,
                   "date_publish": a["date"] + " " + a.get("time", "08:00") + ":00", "source_domain": a["domain"],
                   "authors": a["authors"], "language": "en", "description": a.get("subtitle")}
        else:
            rec = {"id": a["guid"], "url": url(a), "title": a["title"], "text": text, "published": iso(a),
                   "outlet": a["outlet"], "authors": a["authors"]}
        out.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(out) + "\n"
