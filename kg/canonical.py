"""Keeping the store's canonical events up to date as articles come and go.

The I/O edge of fusion: read the reports an article touches and their possible
partners with SPARQL, fuse them (:mod:`kg.fusion`, pure), and rewrite only the
canonical events involved, each in its own named graph.

>>> import tempfile, kg
>>> store = kg.open_store(tempfile.mkdtemp())
>>> _ = kg.ingest_articles([kg.Article("a", "Putin visited Kursk on Tuesday.", "2025-05-21"),
...                         kg.Article("b", "Vladimir Putin made a trip to Kursk on May 20.", "2025-05-22")], store)
>>> [(e["cameo"], e["articles"]) for e in kg.list_canonical_events(store)]
[('042', ['a', 'b'])]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

import pyoxigraph as ox

from . import iris
from .fusion import effective_interval, fuse, fusion_key, root, rules
from .model import Document, Entity, Report, TimeValue
from .rdf import canonical_quads, country_iri, entity_iri, preferred_descriptions
from .store import Row, Store, named_query, with_values
from .timex import calendar_value


def _value(term: object) -> str | None:
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else None


@dataclass
class _Roles:
    agents: set[str] = field(default_factory=set)
    participants: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    keys: dict[str, str] = field(default_factory=dict)
    containers: dict[str, set[str]] = field(default_factory=dict)


def read_reports(store: Store, report_iris: Iterable[str], chunk: int = 200) -> list[Report]:
    """Reports as fusion sees them, read back from the graph."""
    todo = sorted(set(report_iris))
    out: list[Report] = []
    for i in range(0, len(todo), chunk):
        part = todo[i : i + chunk]
        roles: dict[str, _Roles] = {}
        for row in store.select(with_values(named_query("internal/fusion_roles"), part, "event", "#REPORTS")):
            r = roles.setdefault(_value(row["event"]) or "", _Roles())
            entity = _value(row["entity"]) or ""
            getattr(r, {"agent": "agents", "participant": "participants", "place": "places"}[_value(row["role"]) or ""]).add(entity)
            side = _value(row["iso"]) or _value(row["speaksFor"])
            if side:
                r.keys[entity] = "iso:" + side
            if row["container"] is not None:
                r.containers.setdefault(entity, set()).add(_value(row["container"]) or "")
        out.extend(_report(row, roles.get(_value(row["event"]) or "", _Roles()))
                   for row in store.select(with_values(named_query("internal/fusion_reports"), part, "event", "#REPORTS")))
    return out


def _report(row: Row, roles: _Roles) -> Report:
    time = None
    if row["timeValue"] is not None:
        time = TimeValue(_value(row["timeText"]) or "", 0, 0, _value(row["timeType"]) or "DATE", _value(row["timeValue"]) or "",
                         _value(row["timeStart"]), _value(row["timeEnd"]), _value(row["granularity"]) or "none", mod=_value(row["timeMod"]))
    return Report(
        iri=_value(row["event"]) or "", article=_value(row["article"]) or "", cameo=_value(row["cameo"]),
        label=_value(row["label"]) or "", modality=_value(row["modality"]) or "asserted",
        agents=frozenset(roles.agents), participants=frozenset(roles.participants), places=frozenset(roles.places),
        actor_keys=tuple(sorted(roles.keys.items())),
        place_containers=tuple(sorted((p, frozenset(c)) for p, c in roles.containers.items())),
        time=time, published=_value(row["published"]),
        canonical=_value(row["canonical"]),
    )


def document_reports(doc: Document) -> list[Report]:
    """The reports of an article as :func:`read_reports` reads them back once it is stored, made from
    the document in hand: ingest need not query the store for what it has just written. Keys and
    containers come from the description the article writes of each entity (``preferred_descriptions``).

    >>> from kg.pipeline import read
    >>> from kg.model import Article
    >>> [(r.cameo, sorted(r.places)) for r in document_reports(read(Article("a", "Lucia Ramos visited Oaxaca on Tuesday.", "2025-05-21")))]
    [('042', ['https://w3id.org/newskg/id/place/oaxaca'])]
    """
    described = {entity_iri(e): e for e in preferred_descriptions(doc.entities)}
    a = doc.article
    out = []
    for ev in doc.events:
        keys: dict[str, str] = {}
        containers: dict[str, frozenset[str]] = {}
        for ent in (*ev.agents, *ev.participants, *ev.places):
            e = described.get(entity_iri(ent), ent)
            side = _side(e)
            if side:
                keys[entity_iri(e)] = "iso:" + side
            if e.kind == "place" and e.country:
                containers[entity_iri(e)] = frozenset({country_iri(e.country)})
        time = None
        if ev.time is not None:
            value = calendar_value(ev.time)
            time = TimeValue(ev.time.text, 0, 0, "DATE" if value != ev.time.value else ev.time.type, value,
                             ev.time.start, ev.time.end, ev.time.granularity, mod=ev.time.mod if value == ev.time.value else None)
        out.append(Report(
            iri=iris.event(a.id, ev.trigger_start, ev.trigger_end, ev.part), article=a.id, cameo=ev.cameo, label=ev.label,
            modality=ev.modality, agents=frozenset(map(entity_iri, ev.agents)), participants=frozenset(map(entity_iri, ev.participants)),
            places=frozenset(map(entity_iri, ev.places)), actor_keys=tuple(sorted(keys.items())),
            place_containers=tuple(sorted(containers.items())), time=time, published=a.published,
        ))
    return out


def _side(e: Entity) -> str | None:
    """The country an entity speaks for, as ``internal/fusion_roles.rq`` reads it from the graph."""
    if e.kind in ("country", "government") and e.iso:
        return e.iso
    return e.part_of


def _candidates(store: Store, report: Report) -> set[str]:
    """Stored reports in other articles that share the root and an actor or place, in a compatible window.
    (One query per report: measured on 256 articles, one query for all of an article's reports, as a
    VALUES table, took 2.5 times as long.)"""
    code = root(report.cameo)
    if code is None:
        return set()
    tolerance = timedelta(days=rules().time_tolerance_days)
    interval = effective_interval(report)
    lo, hi = (interval[0] - tolerance, interval[1] + tolerance) if interval else (date.min, date.max)
    entities = set(report.agents | report.participants | report.places)
    for side in {k[4:] for _, k in report.actor_keys if k.startswith("iso:")}:
        entities |= side_members(store, side)
    if not entities:
        return set()
    keys = [ox.Literal(fusion_key(code, entity)) for entity in sorted(entities)]
    bindings = {"article": ox.NamedNode(iris.article(report.article)), "lo": lo.isoformat(), "hi": hi.isoformat()}
    rows = store.select(with_values(named_query("internal/fusion_candidates"), keys, "key", "#KEYS"), bindings)
    return {_value(r["event"]) or "" for r in rows}


def side_members(store: Store, iso: str) -> set[str]:
    """The entities that speak for a country: itself, its government, the offices part of it."""
    return {_value(r["entity"]) or "" for r in store.select(named_query("internal/side_members"), {"iso": iso})}


def article_canonicals(store: Store, article_id: str) -> set[str]:
    """The canonical events an article's reports belong to now."""
    return {_value(r["canonical"]) or "" for r in store.select(named_query("internal/article_canonicals"), {"article": article_id})}


def refuse(store: Store, article_id: str | None, stale: Iterable[str] = (), reports: Iterable[Report] | None = None) -> int:
    """Fuse an article's reports with what is stored, and re-fuse the canonical events in
    ``stale`` (those its previous version or a removed article belonged to). ``reports``: the
    article's reports when the caller has them (:func:`document_reports`); else they are read
    back from the store. Returns the number of canonical events written."""
    stale = set(stale)
    if reports is None:
        new_iris: set[str] = set()
        if article_id is not None:
            new_iris = {_value(r["event"]) or "" for r in store.select(named_query("internal/article_reports"), {"article": article_id})}
        reports = read_reports(store, new_iris)
    pool = {r.iri: r for r in reports}
    partners: set[str] = set()
    for report in list(pool.values()):
        partners |= _candidates(store, report)
    for report in read_reports(store, partners - pool.keys()):
        pool[report.iri] = report
    # a partner's canonical event is re-fused whole, so no report is left pointing at a dropped IRI
    stale |= {r.canonical for r in pool.values() if r.canonical}
    members: set[str] = set()
    if stale:
        rows = store.select(with_values(named_query("internal/canonical_members"), sorted(stale), "canonical", "#REPORTS"))
        members = {_value(r["member"]) or "" for r in rows}
    for report in read_reports(store, members - pool.keys()):
        pool[report.iri] = report
    fused = fuse(pool.values())
    keep = {e.iri for e in fused}
    store.replace_graphs({iris.canonical_graph(e.iri): canonical_quads(e) for e in fused},
                         remove=[iris.canonical_graph(old) for old in sorted(stale) if old not in keep])
    return len(fused)
