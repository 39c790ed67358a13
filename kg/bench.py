"""Benchmarks that print figures (not timed tests): pipeline throughput against bare spaCy,
and the store at 10k/100k/1M synthetic events against rdflib's in-memory store.

Run with ``make bench`` (or ``python -m kg.bench ARTICLES...``); the tables also go to
``docs/benchmarks.md`` with a description of the machine. ``KG_BENCH_SIZES`` (events,
comma-separated) and ``KG_BENCH_RDFLIB_MAX`` choose the store sizes.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from .api import actor_events, ingest_articles
from .ingest import iter_articles
from .model import Article
from .store import open_store


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


STAGES = ("bare", "ours", "timex", "full", "parallel", "grown")
GROWN = 100_000  # synthetic events already in the store for the "grown" stage


def stage_seconds(stage: str, paths: list[str]) -> float:
    """Seconds one stage takes on the articles at ``paths``, in this process, after its start-up.

    ``bare`` is the stock spaCy pipeline as it loads (``nlp.pipe``); ``ours`` the same model with our array attribute ruler
    and lemmatizer (:mod:`kg.nlp`, the same annotations); ``timex`` the time stage on that parse;
    ``full`` and ``parallel`` ingest end to end into a new on-disk store, in one process and with
    ``--jobs`` as many as the cores; ``grown`` ingests in one process into a store that already
    holds :data:`GROWN` synthetic events. Loading the model, lexicons and gazetteer (and, for
    ``grown``, the store) is start-up, not per article, and is not timed.
    """
    from . import nlp

    articles = [a for a in iter_articles(paths) if isinstance(a, Article)]
    if stage == "bare":
        import spacy

        stock = spacy.load(nlp.MODEL)
        stock("Warm up.")
        # with the batch size ingest uses: spaCy's default of 256 texts took half as long again here
        return _timed(lambda: list(stock.pipe((a.text for a in articles), batch_size=nlp.BATCH_SIZE)))
    if stage == "timex":
        from .tense import parse_hint
        from .timex import find_timexes

        parsed = list(nlp.parse_many(a.text for a in articles))
        return _timed(lambda: [find_timexes(a.text, a.published, parse_hint(doc, a.text))
                               for a, doc in zip(articles, parsed, strict=True)])
    nlp.load()
    if stage == "ours":
        list(nlp.parse_many(["Warm up."]))
        return _timed(lambda: list(nlp.parse_many(a.text for a in articles)))
    from .pipeline import warm_up

    warm_up()
    with tempfile.TemporaryDirectory() as d:
        store = open_store(Path(d) / "s")
        if stage == "grown":
            from .api import ensure_ontology

            store.load_file(synthetic_file(GROWN))
            ensure_ontology(store)  # a loaded file has no ontology: bringing the store up to date is not ingest
        seconds = _timed(lambda: ingest_articles(articles, store, jobs=(os.cpu_count() or 1) if stage == "parallel" else 1))
        store.close()
    return seconds


def _stage_in_subprocess(stage: str, paths: list[str]) -> float:
    import json
    import subprocess

    code = f"import json; from kg.bench import stage_seconds; print(json.dumps(stage_seconds({stage!r}, {paths!r})))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(json.loads(result.stdout.strip().splitlines()[-1]))


def pipeline_figures(paths: list[str], repeat: int = 3) -> list[tuple[str, float, float, float, str]]:
    """(what, seconds, articles/s, words/s, ratio) for bare spaCy, our parse, the time stage and ingest.

    Every run of every row is a fresh process that loads only what its stage needs, and bare spaCy
    parses with ingest's batch size (before 0.10.0 it ran spaCy's slower default batch, in the
    process beside ingest's pipeline, which made the ratio too kind). The rows
    take turns ``repeat`` times and the fastest run of each is kept: on a shared machine one run of
    the same code moves by a tenth, and taking turns spreads a slow spell over all of them."""
    articles = [a for a in iter_articles(paths) if isinstance(a, Article)]
    n = len(articles)
    words = sum(len(a.text.split()) for a in articles)
    jobs = os.cpu_count() or 1
    runs: dict[str, list[float]] = {stage: [] for stage in STAGES}
    for _ in range(repeat):
        for stage in STAGES:
            runs[stage].append(_stage_in_subprocess(stage, paths))
    bare, ours, timex, full, parallel, grown = (min(runs[k]) for k in STAGES)
    rows = [
        ("bare spaCy pipeline (stock en_core_web_sm, nlp.pipe)", bare, n / bare, "1.00"),
        ("the same model with our array attribute ruler and lemmatizer (kg.nlp)", ours, n / ours, f"{bare / ours:.2f}x spaCy"),
        ("time stage alone (kg.timex)", timex, n / timex, f"+{timex / bare:.1%} of spaCy"),
        ("ingest end to end (parse, entities, time, events, RDF, store)", full, n / full, f"{bare / full:.2f}x spaCy"),
        (f"ingest end to end, --jobs {jobs}", parallel, n / parallel, f"{full / parallel:.2f}x one process"),
        (f"ingest end to end into a store already holding {GROWN:,} events", grown, n / grown, f"{grown / full:.2f}x the time into an empty one"),
    ]
    print(f"{n} articles, {words} words; fastest of {repeat} runs each: "
          + "; ".join(f"{k} {', '.join(f'{s:.2f}' for s in v)}" for k, v in runs.items()), file=sys.stderr)
    return [(what, secs, rate, words / secs, rel) for what, secs, rate, rel in rows]


PAGE = "kg.actor_events"  # a library call (several small queries), not one bundled query

Bindings = dict[str, str | tuple[str, str]]  # a query's parameters: a string, or (lexical form, XSD type)
STORE_QUERIES: dict[str, tuple[str, Bindings]] = {  # label -> (bundled query, bindings); Actor 00001 is among the busiest (2% of all events)
    "actor timeline (all rows)": ("actor_timeline", {"name": "Actor 00001"}),
    "actor timeline, latest 100 (one query)": ("actor_timeline_latest", {"name": "Actor 00001"}),
    "actor timeline page of 100 (kg.actor_events)": (PAGE, {"name": "Actor 00001"}),
    "events at a place by month": ("events_at_place", {"place": "Place 0001", "from": ("2022-01-01", "date"), "to": ("2023-12-31", "date")}),
    "2-hop: who met a visitor of X": ("two_hop", {"place": "Place 0001"}),
    "2-hop, every pair": ("two_hop_pairs", {"place": "Place 0001"}),
    "counts by type": ("counts_by_type", {}),
}


def _binding(value: object) -> ox.Literal | str:
    if isinstance(value, tuple):
        return ox.Literal(value[0], datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#" + value[1]))
    return str(value)


def _median_ms(fn, runs: int = 5, warm: bool = True) -> float:
    if warm:
        fn()
    times = sorted(_timed(fn) for _ in range(runs))
    return 1000 * times[len(times) // 2]


def synthetic_file(events: int, folder: Path = Path("build/synthetic")) -> Path:
    """The N-Quads of ``events`` synthetic events, written once per version of kg and reused."""
    from . import __version__
    from .synthetic import write_nquads

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"events-{events}-{__version__}.nq"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as out:
            write_nquads(out, events)
        tmp.rename(path)
    return path


def oxigraph_figures(path: Path) -> dict[str, float]:
    """In this process: bulk load time, query latencies (median ms), peak memory (MB)."""
    import resource

    from .store import OxigraphStore, named_query

    with tempfile.TemporaryDirectory() as d:
        store = OxigraphStore(Path(d) / "s")
        load = _timed(lambda: store.load_file(path))
        store.flush()
        out = {"load s": load}
        for label, (name, bindings) in STORE_QUERIES.items():
            if name == PAGE:
                out[label] = _median_ms(lambda bindings=bindings: actor_events(store, bindings["name"], 100))
                continue
            text = named_query(name)
            values = {k: _binding(v) for k, v in bindings.items()}
            out[label] = _median_ms(lambda text=text, values=values: store.select(text, values))
        store.close()
    out["peak MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def rdflib_figures(path: Path, skip: tuple[str, ...] = ()) -> dict[str, float]:
    """The same on rdflib's in-memory Dataset (union default graph), one cold run per query
    (its 2-hop join takes minutes at 10k events, so it is skipped above that)."""
    import resource

    import rdflib

    from .rdf import PREFIXES
    from .store import named_query

    ds = rdflib.Dataset(default_union=True)
    load = _timed(lambda: ds.parse(str(path), format="nquads"))
    out = {"load s": load}
    for label, (name, bindings) in STORE_QUERIES.items():
        if label in skip or name == PAGE:  # the library reads through a kg store, not rdflib
            out[label] = float("nan")
            continue
        values = {k: (rdflib.Literal(v[0], datatype=rdflib.XSD[v[1]]) if isinstance(v, tuple) else rdflib.Literal(v))
                  for k, v in bindings.items()}
        text = named_query(name)
        out[label] = _median_ms(lambda text=text, values=values: list(ds.query(text, initNs=PREFIXES, initBindings=values)), runs=1,
                                warm=False)
    out["peak MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _in_subprocess(kind: str, path: Path, *args: object) -> dict[str, float]:
    """Each measurement in a fresh process, so peak memory is its own."""
    import json
    import subprocess

    code = (f"import json, pathlib; from kg.bench import {kind}_figures as f; "
            f"print(json.dumps(f(pathlib.Path({str(path)!r}), *{args!r})))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def store_figures(sizes: list[int], rdflib_max: int) -> list[tuple[str, int, dict[str, float]]]:
    rows = []
    for events in sizes:
        path = synthetic_file(events)
        print(f"store: {events:,} events ({path.stat().st_size / 1e6:,.0f} MB of N-Quads)", file=sys.stderr)
        rows.append(("Oxigraph (on disk)", events, _in_subprocess("oxigraph", path)))
        if events <= rdflib_max:
            skip = ("2-hop: who met a visitor of X", "2-hop, every pair") if events > 10_000 else ()
            rows.append(("rdflib (in memory)", events, _in_subprocess("rdflib", path, skip)))
    return rows


def store_table(rows: list[tuple[str, int, dict[str, float]]]) -> str:
    labels = list(STORE_QUERIES)
    head = "| store | events | load s | " + " | ".join(f"{label} ms" for label in labels) + " | peak MB |"
    lines = [head, "|" + "---|" * (len(labels) + 4)]
    oxigraph = {events: figures for store, events, figures in rows if store.startswith("Oxigraph")}
    for store, events, f in rows:
        cells = [f"{f['load s']:.1f}", *[f"{f[label]:.1f}" for label in labels], f"{f['peak MB']:,.0f}"]
        if not store.startswith("Oxigraph") and events in oxigraph:
            ox_f = oxigraph[events]
            cells = [f"{f['load s']:.1f} ({f['load s'] / ox_f['load s']:.1f}x)",
                     *[f"{f[label]:.1f} ({f[label] / max(ox_f[label], 1e-3):.0f}x)" if f[label] == f[label] else "not run"
                       for label in labels], f"{f['peak MB']:,.0f}"]
        lines.append(f"| {store} | {events:,} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def write_section(text: str, name: str, body: str) -> str:
    """``text`` with what lies between ``<!-- bench:NAME -->`` and ``<!-- /bench:NAME -->``
    replaced by ``body`` (the section is added at the end if it is missing), so that a run
    rewrites its own tables and leaves the prose around them alone.

    >>> write_section("# B\\n<!-- bench:x -->\\nold\\n<!-- /bench:x -->\\nprose\\n", "x", "new")
    '# B\\n<!-- bench:x -->\\nnew\\n<!-- /bench:x -->\\nprose\\n'
    """
    opening, closing = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    if opening in text and closing in text:
        head, rest = text.split(opening, 1)
        return f"{head}{opening}\n{body}\n{closing}{rest.split(closing, 1)[1]}"
    return f"{text.rstrip()}\n\n{opening}\n{body}\n{closing}\n"


def main(argv: list[str]) -> int:
    """Run the benchmarks named in ``KG_BENCH_PARTS`` (``ingest,store,serve``, the default: all)
    and write their tables into ``docs/benchmarks.md``."""
    paths = argv or ["examples"]
    parts = os.environ.get("KG_BENCH_PARTS", "ingest,store,serve").split(",")
    sizes = [int(x) for x in os.environ.get("KG_BENCH_SIZES", "10000,100000,1000000").split(",") if x]
    out = Path("docs/benchmarks.md")
    out.parent.mkdir(exist_ok=True)
    text = out.read_text(encoding="utf-8") if out.exists() else "# Benchmarks\n"
    from . import __version__

    if "ingest" in parts:
        rows = pipeline_figures(paths)
        lines = ["| stage | seconds | articles/s | words/s | relative |", "|---|---|---|---|---|"]
        lines += [f"| {what} | {secs:.2f} | {rate:.1f} | {wps:,.0f} | {rel} |" for what, secs, rate, wps, rel in rows]
        table = "\n".join(lines)
        print(table)
        text = write_section(text, "ingest", f"kg {__version__}; {machine()}; corpus: {' '.join(paths)}.\n\n{table}")
    if "store" in parts:
        stores = store_table(store_figures(sizes, int(os.environ.get("KG_BENCH_RDFLIB_MAX", "100000"))))
        with synthetic_file(sizes[0]).open("rb") as f:
            quads_per_event = sum(1 for _ in f) / sizes[0]
        print(stores)
        text = write_section(text, "store", f"kg {__version__}; {machine()}; about {quads_per_event:.0f} quads per event with its "
                             f"canonical event; latencies are medians of warm runs; rdflib's ratio to Oxigraph in brackets.\n\n{stores}")
    if "serve" in parts:
        serving = serve_table(synthetic_file(sizes[0]))
        print(serving)
        text = write_section(text, "serve", f"kg {__version__}; `kg serve` on {sizes[0]:,} events, 20 concurrent clients on "
                             f"loopback for 5 s, the actor timeline query.\n\n{serving}")
    out.write_text(text, encoding="utf-8")
    return 0


def serve_table(nquads: Path, clients: int = 20, seconds: float = 5.0) -> str:
    """Latency percentiles of `kg serve` under a bounded concurrent load."""
    import socket
    import subprocess
    import urllib.parse
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    from .store import OxigraphStore, named_query

    with tempfile.TemporaryDirectory() as d:
        folder = Path(d) / "s"
        store = OxigraphStore(folder)
        store.load_file(nquads)
        store.close()
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        workers = os.cpu_count() or 2
        server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(folder), "--port", str(port),
                                   "--workers", str(workers)], stderr=subprocess.DEVNULL)
        text = named_query("actor_timeline").replace("?actor rdfs:label ?name .", '?actor rdfs:label "Actor 00001" .')
        url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": text})
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(url, timeout=5).read()
                    break
                except OSError:
                    time.sleep(0.1)
            deadline = time.monotonic() + seconds

            def client(_: int) -> list[tuple[bool, float]]:
                out = []
                while time.monotonic() < deadline:
                    t = time.perf_counter()
                    try:
                        urllib.request.urlopen(url, timeout=30).read()
                        ok = True
                    except OSError:
                        ok = False
                    out.append((ok, time.perf_counter() - t))
                return out

            with ThreadPoolExecutor(clients) as pool:
                results = [r for rs in pool.map(client, range(clients)) for r in rs]
        finally:
            server.terminate()
            server.wait()
    latencies = sorted(1000 * t for _, t in results)
    errors = sum(1 for ok, _ in results if not ok)

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))]

    return ("| clients | workers | requests | errors | req/s | p50 ms | p90 ms | p99 ms |\n|---|---|---|---|---|---|---|---|\n"
            f"| {clients} | {workers} | {len(results)} | {errors} | {len(results) / seconds:.0f} | {pct(0.5):.1f} | {pct(0.9):.1f} | {pct(0.99):.1f} |")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
