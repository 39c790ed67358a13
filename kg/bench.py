"""Benchmarks that print figures (not timed tests): pipeline throughput against bare spaCy.

Run with ``make bench`` (or ``python -m kg.bench ARTICLES...``); the table also goes to
``docs/benchmarks.md`` with a description of the machine.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from .api import ingest_articles
from .ingest import iter_articles
from .model import Article
from .store import open_store


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def pipeline_figures(paths: list[str]) -> list[tuple[str, float, float, float, str]]:
    """(what, seconds, articles/s, ratio) for bare spaCy, the time stage, and ingest end to end."""
    from . import nlp
    from .timex import find_timexes

    articles = [a for a in iter_articles(paths) if isinstance(a, Article)]
    n = len(articles)
    words = sum(len(a.text.split()) for a in articles)
    nlp.load()
    find_timexes("warm up on Tuesday", "2025-05-21")
    bare = _timed(lambda: list(nlp.parse_many(a.text for a in articles)))
    timex = _timed(lambda: [find_timexes(a.text, a.published) for a in articles])
    with tempfile.TemporaryDirectory() as d:
        store = open_store(Path(d) / "s")
        full = _timed(lambda: ingest_articles(articles, store))
        store.close()
    jobs = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as d:
        store = open_store(Path(d) / "s")
        parallel = _timed(lambda: ingest_articles(articles, store, jobs=jobs))
        store.close()
    rows = [
        ("bare spaCy pipeline (nlp.pipe)", bare, n / bare, "1.00"),
        ("time stage alone (kg.timex)", timex, n / timex, f"+{timex / bare:.0%} of spaCy"),
        ("ingest end to end (parse, entities, time, events, RDF, store)", full, n / full, f"{bare / full:.2f}x spaCy"),
        (f"ingest end to end, --jobs {jobs}", parallel, n / parallel, f"{full / parallel:.2f}x one process"),
    ]
    print(f"{n} articles, {words} words", file=sys.stderr)
    return [(what, secs, rate, words / secs, rel) for what, secs, rate, rel in rows]


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main(argv: list[str]) -> int:
    paths = argv or ["examples"]
    rows = pipeline_figures(paths)
    lines = ["| stage | seconds | articles/s | words/s | relative |", "|---|---|---|---|---|"]
    lines += [f"| {what} | {secs:.2f} | {rate:.1f} | {wps:,.0f} | {rel} |" for what, secs, rate, wps, rel in rows]
    table = "\n".join(lines)
    print(table)
    out = Path("docs/benchmarks.md")
    out.parent.mkdir(exist_ok=True)
    out.write_text(f"# Benchmarks\n\nMachine: {machine()}.\nCorpus: {' '.join(paths)}.\n\n{table}\n\n"
                   "Made by `make bench`; figures, not timed tests.\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
