"""The library: what the CLI calls, usable on its own.

>>> import tempfile, kg
>>> store = kg.open_store(tempfile.mkdtemp())
>>> report = kg.ingest_articles([kg.Article("a1", "Putin visited Kursk on Tuesday.", "2025-05-21")], store)
>>> report.added, report.failed
(1, [])
>>> [(e["cameo"], e["time"]["value"]) for e in kg.list_events(store)]
[('042', '2025-05-20')]
"""

from __future__ import annotations

import logging
import os
import time as _time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

import pyoxigraph as ox

from . import __version__, iris, nlp
from .canonical import article_canonicals, document_reports, refuse
from .errors import InputError, KgError
from .ingest import iter_articles
from .model import Article, Report, TimeValue
from .pipeline import loaded, read_many
from .rdf import ENTITIES_GRAPH, KG, RDFS, description_rank, document_quads
from .store import Store, named_query, open_store, upgrade, with_values

log = logging.getLogger(__name__)
OnError = Literal["raise", "skip"]


@dataclass
class IngestReport:
    """What an ingest run did."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    failed: list[InputError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed


def ingestion_time() -> str:
    """Now, in UTC; ``SOURCE_DATE_EPOCH`` fixes it for reproducible builds of the example exports."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def ensure_ontology(store: Store) -> None:
    """Load the ontology and the CAMEO scheme into their own graph. A store another release of kg
    wrote, or one loaded from an export (which leaves the ontology and the lookup keys out), first
    gets the keys this release's queries read (:func:`kg.store.upgrade`, which adds only what is
    missing; a step the store refuses is logged and skipped): without them, fusion would not find
    the reports stored before."""
    if store.has_graph(iris.GRAPH + "ontology"):
        rows = store.select(named_query("internal/ontology_version"))
        stored = str(_plain(rows[0]["version"])) if rows else None
        if stored == __version__:
            return
        log.info("the store was written by kg %s: adding what kg %s reads", stored or "before 0.2", __version__)
        store.remove_graph(iris.GRAPH + "ontology")
    if store.select(named_query("internal/any_article")):  # a new store has nothing to bring up to date
        upgrade(store, skip_refused=True)  # ingest goes on without what a refused step adds
    graph = ox.NamedNode(iris.GRAPH + "ontology")
    folder = ontology_dir()
    quads = []
    for name in ("kg.ttl", "cameo.ttl"):
        for triple in ox.parse(path=str(folder / name), format=ox.RdfFormat.TURTLE):
            quads.append(ox.Quad(triple.subject, triple.predicate, triple.object, graph))
    store.load(quads)


def ontology_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "ontology"


def ingest_articles(
    articles: Iterable[Article | InputError],
    store: Store,
    on_error: OnError = "skip",
    progress: bool = False,
    total: int | None = None,
    jobs: int = 1,
) -> IngestReport:
    """Read articles into the store: skip unchanged ones, replace changed ones.

    Errors in the input are collected (``on_error="skip"``) or raised at once
    (``"raise"``); nothing stored before is lost either way.
    """
    report = IngestReport()
    started = _time.perf_counter()
    ensure_ontology(store)
    ingested = ingestion_time()
    new_ids: set[str] = set()  # articles not stored before: nothing of theirs to re-fuse (held until stored)
    described: dict[str, tuple] = {}  # entity IRI -> the rank of its stored description, as this ingest left it

    def todo() -> Iterator[Article]:
        for item in articles:
            if isinstance(item, InputError):
                if on_error == "raise":
                    raise item
                log.error("%s", item)
                report.failed.append(item)
                continue
            previous = store.stored_hash(item.id)
            if previous == f"{item.content_hash}@{__version__}":
                report.unchanged += 1
                continue
            if previous is not None:
                report.replaced += 1
            else:
                report.added += 1
                new_ids.add(item.id)
            ready()  # the first article to read loads the model
            yield item

    with loaded() as ready:
        stream: Iterable[Article] = todo()
        if progress:
            from tqdm import tqdm

            stream = tqdm(stream, total=total, unit="article", desc="ingest", leave=False)
        if jobs > 1:
            for article_id, quads, reports in _read_in_processes(stream, ingested, jobs):
                _store_article(store, article_id, quads, reports, article_id in new_ids, described)
                new_ids.discard(article_id)
                report.events += len(reports)
        else:
            for doc in read_many(stream):
                _store_article(store, doc.article.id, document_quads(doc, ingested), document_reports(doc), doc.article.id in new_ids,
                               described)
                new_ids.discard(doc.article.id)
                report.events += len(doc.events)
    report.seconds = _time.perf_counter() - started
    return report


def _store_article(store: Store, article_id: str, quads: list[ox.Quad], reports: list[Report], new: bool = False,
                   described: dict[str, tuple] | None = None) -> None:
    """Replace the article's graph, then fuse its reports with the rest of the store. ``new``: the
    store has nothing of the article yet; ``described``: ranks of stored descriptions already read."""
    stale = set() if new else article_canonicals(store, article_id)
    quads, superseded = _best_descriptions(store, quads, {} if described is None else described)
    store.replace_article(article_id, quads, superseded)
    refuse(store, article_id, stale, reports)


def _best_descriptions(store: Store, quads: list[ox.Quad], known: dict[str, tuple]) -> tuple[list[ox.Quad], list[str]]:
    """One description per entity IRI, across articles: the article's quads less its descriptions of
    entities the store describes better (``kg.rdf.description_rank``), and the entities whose stored
    description the article's outranks, to be dropped before it is written. Descriptions that rank
    the same add to each other, as a links file adds a Wikidata id. ``known`` holds the ranks read or
    written before (it is updated): only the other entities are looked up."""
    entities, label, geonames = ox.NamedNode(ENTITIES_GRAPH), ox.NamedNode(RDFS + "label"), ox.NamedNode(KG + "geonamesId")
    offered: dict[str, dict[str, str]] = {}
    for q in quads:
        if q.graph_name == entities and q.predicate in (label, geonames) and isinstance(q.subject, ox.NamedNode) \
                and isinstance(q.object, ox.Literal):
            offered.setdefault(q.subject.value, {})[q.predicate.value] = q.object.value
    if not offered:
        return quads, []

    def rank(name: object, geonames_id: object) -> tuple:
        return description_rank(str(name or ""), int(str(geonames_id)) if geonames_id else None)

    stored = {iri: known[iri] for iri in offered if iri in known}
    unknown = sorted(iri for iri in offered if iri not in known)
    rows = store.select(with_values(named_query("internal/entity_descriptions"), unknown, "entity", "#ENTITIES")) if unknown else []
    seen: dict[str, set[tuple]] = {}
    for row in rows:
        iri, r = _plain(row["entity"]), rank(_plain(row["label"]), _plain(row["geonames"]))
        stored[iri] = max(stored.get(iri, r), r)
        seen.setdefault(iri, set()).add(r)
    # a store written before 0.8.0 can hold several descriptions of one IRI: the best one, offered again, replaces them all
    mixed = {iri for iri, ranks in seen.items() if len(ranks) > 1}
    new = {iri: rank(d.get(label.value), d.get(geonames.value)) for iri, d in offered.items()}
    for iri, r in new.items():
        known[iri] = max(r, stored.get(iri, r))
    outranked = {iri for iri, r in new.items() if iri in stored and r < stored[iri]}
    superseded = sorted(iri for iri, r in new.items() if iri in stored and (r > stored[iri] or (r == stored[iri] and iri in mixed)))
    return [q for q in quads if q.graph_name != entities or not isinstance(q.subject, ox.NamedNode)
            or q.subject.value not in outranked], superseded


def _read_batch(batch: list[Article], ingested: str) -> list[tuple[str, bytes, list[Report]]]:
    """In a worker process: read a batch of articles into N-Quads (picklable, unlike RDF terms) and their reports."""
    out = []
    for doc in read_many(batch):
        quads = document_quads(doc, ingested)
        out.append((doc.article.id, ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"", document_reports(doc)))
    return out


def _read_in_processes(articles: Iterable[Article], ingested: str, jobs: int) -> Iterator[tuple[str, list[ox.Quad], list[Report]]]:
    """Parse and read in ``jobs`` processes, in order, with a bounded number of batches in flight."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from itertools import islice

    iterator = iter(articles)
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        pending: deque = deque()
        while True:
            while len(pending) < 2 * jobs:
                batch = list(islice(iterator, nlp.BATCH_SIZE))
                if not batch:
                    break
                pending.append(pool.submit(_read_batch, batch, ingested))
            if not pending:
                return
            for article_id, data, reports in pending.popleft().result():
                yield article_id, list(ox.parse(data, format=ox.RdfFormat.N_QUADS)), reports


def ingest(paths: Iterable[str | Path], store: Store, on_error: OnError = "skip", progress: bool = False,
           jobs: int = 1) -> IngestReport:
    """Ingest every article found under ``paths`` (files, folders, .jsonl, .html), in ``jobs`` processes."""
    items = list(iter_articles(paths))
    return ingest_articles(items, store, on_error=on_error, progress=progress, total=len(items), jobs=jobs)


def remove(ids: Iterable[str], store: Store) -> list[str]:
    """Take retracted articles and everything read from them out of the store; returns the ids not found."""
    missing = []
    for article_id in ids:
        stale = article_canonicals(store, article_id)
        if store.remove_article(article_id):
            refuse(store, None, stale)
        else:
            missing.append(article_id)
    return missing


def _plain(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value.rsplit("#", 1)[-1]
        if dt == "integer":
            return int(term.value)
        if dt in ("decimal", "double", "float"):
            return float(term.value)
        return term.value
    return term.value


def _only(query: str, events: Sequence[str] | None) -> str:
    """A bundled query read for all events, or only for ``events`` (at its ``#EVENTS`` marks)."""
    return query if events is None else with_values(query, events, "event", "#EVENTS")


def _roles(store: Store, events: Sequence[str] | None = None) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Who and where for every event and canonical event (or only ``events``): event IRI -> role -> entities."""
    roles: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for row in store.select(_only(named_query("event_roles"), events)):
        entry: dict[str, Any] = {"name": _plain(row["name"]), "id": _plain(row["entity"])}
        for key in ("geonames", "iso", "wikidata", "lat", "lon"):
            if row[key] is not None:
                entry[key] = _plain(row[key])
        bucket = roles.setdefault(_plain(row["event"]), {}).setdefault(_plain(row["role"]), [])
        if entry not in bucket:
            bucket.append(entry)
    for by_role in roles.values():  # the graph keeps no order: the same output from any store
        for bucket in by_role.values():
            bucket.sort(key=lambda e: (str(e["name"]), str(e["id"])))
    return roles


def _time_of(row: Mapping[str, Any]) -> dict[str, Any] | None:
    if row["timeValue"] is None:
        return None
    return {"value": _plain(row["timeValue"]), "start": _plain(row["timeStart"]), "end": _plain(row["timeEnd"]),
            "text": _plain(row["timeText"])}


def list_events(store: Store, roles: dict[str, dict[str, list[dict[str, Any]]]] | None = None,
                events: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """The flat events view (``shared/contracts/events-jsonl.md``), read back with SPARQL:
    one line per report, with the IRI of the real-world event it reports in ``canonical``.
    ``events`` (IRIs) reads only those."""
    roles = _roles(store, events) if roles is None else roles
    out = []
    for row in store.select(_only(named_query("events"), events)):
        iri = _plain(row["event"])
        r = roles.get(iri, {})
        time = _time_of(row)
        out.append({
            "id": iri,
            "article": _plain(row["article"]),
            "cameo": _plain(row["cameo"]),
            "label": _plain(row["label"]),
            "trigger": _plain(row["trigger"]),
            "agents": r.get("agents", []),
            "participants": r.get("participants", []),
            "places": r.get("places", []),
            "time": time,
            "modality": _plain(row["modality"]),
            "attributed_to": r.get("attributed_to", []),
            "reported_by": _plain(row["reportedBy"]),
            "canonical": _plain(row["canonical"]),
            "sentence": _plain(row["sentence"]),
            "start": _plain(row["start"]),
            "end": _plain(row["end"]),
            "title": _plain(row["title"]),
            "url": _plain(row["url"]),
            "published": _plain(row["published"]),
        })
    return out


PAGE_WINDOW_YEARS = 10  # how many years of an actor's months one probe asks about, newest first


def actor_events(store: Store, name: str, limit: int = 100, before: str | None = None) -> list[dict[str, Any]]:
    """A page of an actor's timeline: the newest ``limit`` dated events it takes part in (as agent
    or participant), newest first, in the flat events shape. ``before`` (an ISO date) turns the
    page: events that begin before that day. A page never splits a day, so it can run over
    ``limit`` by the rest of its last day, and ``before=page[-1]["time"]["start"]`` is the next one.

    An actor in more than a page of events is read through its month keys (``kg:actorMonth``,
    written beside each event), newest month first, so a page costs about the same for an actor
    in a hundred events as in twenty thousand.

    >>> import tempfile, kg
    >>> store = kg.open_store(tempfile.mkdtemp())
    >>> text = "Putin visited Kursk on Tuesday. Putin met Lukashenko in March."
    >>> _ = kg.ingest_articles([kg.Article("a1", text, "2025-05-21")], store)
    >>> [(e["label"], e["time"]["start"]) for e in actor_events(store, "Vladimir Putin", limit=1)]
    [('Vladimir Putin visits Kursk', '2025-05-20')]
    >>> [e["time"]["start"] for e in actor_events(store, "Vladimir Putin", before="2025-05-20")]
    ['2025-03-01']
    """
    if limit < 1:
        raise KgError("a timeline page needs a limit of at least 1")
    if before is not None:
        try:
            before = date.fromisoformat(before).isoformat()
        except ValueError:
            raise KgError(f"before={before!r}: give an ISO date, YYYY-MM-DD") from None
    # at most a page and one more: an actor in no more than a page of events is read in full, cheaply
    few = store.select(named_query("internal/actor_dated_events").replace("#LIMIT", f"LIMIT {limit + 1}"), {"name": name})
    if len(few) <= limit:
        found = {(_plain(row["start"]), _plain(row["event"])) for row in few if before is None or _plain(row["start"]) < before}
    else:
        found = _newest_by_month(store, name, limit, before)
    newest = sorted(found, reverse=True)
    if len(newest) > limit:
        newest = [p for p in newest if p[0] >= newest[limit - 1][0]]  # the whole of the last day
    rank = {event: i for i, (_, event) in enumerate(newest)}
    rows = list_events(store, events=list(rank)) if rank else []
    return sorted(rows, key=lambda e: rank[e["id"]])


def _newest_by_month(store: Store, name: str, limit: int, before: str | None) -> set[tuple[str, str]]:
    """(day, event) for the actor's newest months before ``before`` that hold ``limit`` events, every
    event of those months: the month keys are looked up a window at a time, newest first."""
    actors = [_plain(row["actor"]) for row in store.select(named_query("internal/actor_iris"), {"name": name})]
    oldest, newest = iris.ACTOR_MONTHS
    top = min(before[:7], newest) if before else newest
    found: set[tuple[str, str]] = set()
    for window in _month_windows(top, oldest, PAGE_WINDOW_YEARS):
        probe = with_values(named_query("internal/actor_months_used"), [iris.actor_month(a, m) for a in actors for m in window],
                            "month", "#MONTHS")
        for month in sorted({_plain(row["month"]).rsplit("/", 1)[-1] for row in store.select(probe)}, reverse=True):
            query = with_values(named_query("internal/actor_month_events"), [iris.actor_month(a, month) for a in actors],
                                "month", "#MONTHS")
            found |= {(_plain(row["start"]), _plain(row["event"])) for row in store.select(query)
                      if before is None or _plain(row["start"]) < before}
            if len(found) >= limit:
                return found
    return found


def _month_windows(top: str, bottom: str, years: int) -> Iterator[list[str]]:
    """Months from ``top`` down to ``bottom`` (``YYYY-MM``, both included), newest first, ``years`` at a time.

    >>> [w[0] + ".." + w[-1] for w in _month_windows("2025-02", "2023-06", 1)]
    ['2025-02..2024-03', '2024-02..2023-06']
    """
    y, m = int(top[:4]), int(top[5:7])
    window: list[str] = []
    while f"{y:04d}-{m:02d}" >= bottom:
        window.append(f"{y:04d}-{m:02d}")
        if len(window) == 12 * years:
            yield window
            window = []
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    if window:
        yield window


def list_canonical_events(store: Store) -> list[dict[str, Any]]:
    """Real-world events, each once, with every report of it: who says what, when, in which article.

    Sources that disagree stay visible: ``modalities`` lists every modality reported
    (``modality_conflict`` when more than one), and each report keeps its own time and attribution.
    """
    roles = _roles(store)
    reports: dict[str, list[dict[str, Any]]] = {}
    for e in list_events(store, roles):
        if e["canonical"]:
            reports.setdefault(e["canonical"], []).append(
                {k: e[k] for k in ("id", "article", "published", "title", "url", "cameo", "trigger", "modality", "attributed_to",
                                   "time", "sentence", "start", "end")})
    out = []
    for row in store.select(named_query("canonical_events")):
        iri = _plain(row["event"])
        r = roles.get(iri, {})
        sources = reports.get(iri, [])
        out.append({
            "id": iri,
            "cameo": _plain(row["cameo"]),
            "label": _plain(row["label"]),
            "agents": r.get("agents", []),
            "participants": r.get("participants", []),
            "places": r.get("places", []),
            "time": _time_of(row),
            "time_conflict": bool(_plain(row["timeConflict"]) == "true"),
            "modalities": sorted({s["modality"] for s in sources}),
            "modality_conflict": len({s["modality"] for s in sources}) > 1,
            "articles": sorted({s["article"] for s in sources}),
            "reports": sources,
        })
    return out


def query(store: Store, sparql: str | None = None, name: str | None = None, bindings: Mapping[str, object] | None = None):
    """Run a SELECT query (text, or the ``name`` of a bundled one) and return a pandas DataFrame.

    Values in ``bindings`` are passed as RDF terms, never pasted into the query text.
    """
    import pandas as pd

    if (sparql is None) == (name is None):
        raise KgError("give either a SPARQL query or the name of a bundled query")
    text = named_query(name) if name else str(sparql)
    rows = store.select(text, bindings)
    columns = list(rows[0].keys()) if rows else _variables(text)
    return pd.DataFrame([{k: _plain(v) for k, v in r.items()} for r in rows], columns=columns)


def _variables(text: str) -> list[str]:
    import re

    head = text.split("WHERE", 1)[0] if "WHERE" in text else text.split("{", 1)[0]
    return list(dict.fromkeys(re.findall(r"(?:AS\s+)?\?(\w+)\)?", head)))


def summary(store: Store) -> dict[str, int]:
    row = store.select(named_query("summary"))[0]
    counts = {k: int(_plain(v) or 0) for k, v in row.items()}
    counts["triples"] = sum(1 for q in store.quads() if q.graph_name != ox.NamedNode(iris.GRAPH + "ontology"))
    return counts


def timexes(paths: Iterable[str | Path], on_error: OnError = "skip") -> Iterator[tuple[Article, TimeValue] | InputError]:
    """Temporal expressions of every article under ``paths`` (no store), as the pipeline finds them:
    the texts are parsed, in batches, so verbs give bare weekdays and months their direction."""
    from .pipeline import parse_articles
    from .tense import parse_hint
    from .timex import find_timexes

    errors: list[InputError] = []

    def articles() -> Iterator[Article]:
        for item in iter_articles(paths):
            if isinstance(item, InputError):
                if on_error == "raise":
                    raise item
                errors.append(item)
            else:
                yield item

    for article, parsed in parse_articles(articles(), batch_size=32, without=("ner",)):
        yield from errors  # reported as they are met (the texts ahead of them are still being parsed)
        errors.clear()
        for t in find_timexes(article.text, article.published, parse_hint(parsed, article.text)):
            yield article, t
    yield from errors


__all__ = ["IngestReport", "ingest", "ingest_articles", "list_canonical_events", "list_events", "open_store", "query", "remove", "summary", "timexes"]


def export(store: Store, fmt: str = "turtle", out: str | Path | None = None, check: bool = True,
           since: str | None = None, articles: Iterable[str] | None = None) -> str:
    """Serialise what was read from articles; refused (``ValidationError``) when SHACL finds violations."""
    from .errors import ValidationError
    from .export import data_quads, serialise, validate_quads

    quads = data_quads(store.quads(), since=since, articles=set(articles) if articles is not None else None)
    if check:
        report = validate_quads(quads)
        if not report.conforms:
            raise ValidationError(report.text, report.violations)
    text = serialise(quads, fmt)
    if out is not None:
        Path(out).write_text(text, encoding="utf-8")
    return text


def validate(store: Store):
    """SHACL validation of everything read from articles: a ``ValidationReport``."""
    from .export import data_quads, validate_quads

    return validate_quads(data_quads(store.quads()))
