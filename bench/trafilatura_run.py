"""Run trafilatura over the WCXB article pages, one page at a time, and write one JSON line per
page: file id, milliseconds spent in extraction, title, author, date and main text.

Used by bench/extraction.sh as the reference to compare sitrep's extractor with. Single thread
on purpose: the benchmark compares per-page cost.

Usage: python bench/trafilatura_run.py HTML_DIR OUT_JSONL
"""

import gzip
import json
import pathlib
import sys
import time

import trafilatura


def run_one_page(html_text, url):
    """Extract one page; return (milliseconds, metadata dict or None)."""
    started = time.perf_counter()
    result = trafilatura.bare_extraction(
        html_text,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
    )
    elapsed_ms = (time.perf_counter() - started) * 1000.0
    return elapsed_ms, result


def field(result, name):
    """Read a field whether bare_extraction returned a Document object or a dict."""
    if result is None:
        return None
    if isinstance(result, dict):
        return result.get(name)
    return getattr(result, name, None)


def main():
    html_dir = pathlib.Path(sys.argv[1])
    out_path = pathlib.Path(sys.argv[2])
    ground_truth_dir = html_dir.parent / "ground-truth"
    pages = sorted(html_dir.glob("*.html.gz"))
    with out_path.open("w", encoding="utf-8") as out:
        for page in pages:
            file_id = page.name.split(".")[0]
            url = None
            truth_path = ground_truth_dir / f"{file_id}.json"
            if truth_path.exists():
                url = json.loads(truth_path.read_text(encoding="utf-8")).get("url")
            html_text = gzip.decompress(page.read_bytes()).decode("utf-8", errors="replace")
            elapsed_ms, result = run_one_page(html_text, url)
            record = {
                "id": file_id,
                "ms": elapsed_ms,
                "title": field(result, "title"),
                "author": field(result, "author"),
                "date": field(result, "date"),
                "text": field(result, "text") or "",
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"trafilatura: {len(pages)} pages -> {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
