"""Synthetic but realistic events in our ontology, for store benchmarks at any size.

Articles of 20 events each, made by the same code that writes real ones
(:func:`kg.rdf.document_quads`, :func:`kg.rdf.canonical_quads`): actors drawn with a
skew (a few are in most of the news), places from a pool of cities with coordinates,
CAMEO codes from the lexicon, dates over five years, every event with its canonical
event, and one in four reported by a second outlet. Seeded, so every run writes the
same file.

>>> import io
>>> out = io.BytesIO()
>>> write_nquads(out, events=40)
40
>>> out.getvalue().count(b"ontology#CanonicalEvent") > 0
True
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import BinaryIO

import pyoxigraph as ox

from . import iris
from .model import Article, CanonicalEvent, Document, Entity, Event, Report, TimeValue
from .rdf import ENTITIES_GRAPH, canonical_quads, document_quads, entity_iri

EVENTS_PER_ARTICLE = 20
CODES = ("010", "020", "036", "040", "041", "042", "043", "046", "051", "057", "111", "112", "120", "130", "138", "141",
         "150", "172", "173", "180", "190", "193", "195")
SENTENCE = "{a} and {b} were in {p} on {d}, officials said, in a report that went on for a while longer."


def actors(n: int = 2000) -> list[Entity]:
    return [Entity(f"Actor {i:05d}", "person" if i % 3 else "organisation") for i in range(n)]


def places(n: int = 500) -> list[Entity]:
    rng = random.Random(7)
    return [Entity(f"Place {i:04d}", "place", geonames=100000 + i, lat=round(rng.uniform(-60, 70), 4),
                   lon=round(rng.uniform(-170, 170), 4), country="RU" if i % 2 else "UA") for i in range(n)]


def _skewed(rng: random.Random, pool: list[Entity]) -> Entity:
    return pool[int(len(pool) * rng.random() ** 2)]


def documents(events: int, seed: int = 1) -> Iterator[tuple[Document, list[CanonicalEvent]]]:
    """Articles with their canonical events, ``events`` in all."""
    rng = random.Random(seed)
    people, where = actors(), places()
    start = date(2020, 1, 1)
    made = 0
    k = 0
    while made < events:
        n = min(EVENTS_PER_ARTICLE, events - made)
        published = start + timedelta(days=rng.randrange(5 * 365))
        article_id = f"synthetic-{k:07d}"
        text_parts, evs = [], []
        offset = 0
        for _ in range(n):
            a, b, p = _skewed(rng, people), _skewed(rng, people), _skewed(rng, where)
            day = published - timedelta(days=rng.randrange(7))
            sentence = SENTENCE.format(a=a.name, b=b.name, p=p.name, d=day.isoformat())
            t = TimeValue(day.isoformat(), offset + 40, offset + 50, "DATE", day.isoformat(), day.isoformat(), day.isoformat(), "day")
            code = rng.choice(CODES)
            evs.append(Event("were", offset + 20, offset + 24, offset, offset + len(sentence), code, f"{a.name} meets {b.name}",
                             (a,), (b,), (p,), t, rng.choice(("asserted", "asserted", "asserted", "claimed", "planned"))))
            text_parts.append(sentence)
            offset += len(sentence) + 1
        article = Article(article_id, " ".join(text_parts), published.isoformat(), title=f"Report {k}", source="Synthetic Wire")
        doc = Document(article, (), (), tuple(evs))
        canonicals = []
        for ev in evs:
            report = Report(iris.event(article_id, ev.trigger_start, ev.trigger_end), article_id, ev.cameo, ev.label, ev.modality,
                            frozenset({entity_iri(ev.agents[0])}), frozenset({entity_iri(ev.participants[0])}),
                            frozenset({entity_iri(ev.places[0])}), time=ev.time)
            reports: tuple[Report, ...] = (report,)
            if rng.random() < 0.25:  # a second outlet's report of the same event
                reports += (Report(report.iri.replace("/synthetic-", "/synthetic-echo-"), "echo-" + article_id, ev.cameo, ev.label,
                                   "claimed", report.agents, report.participants, report.places, time=ev.time),)
            digest = iris.slug(report.iri.rsplit("/", 2)[-2] + "-" + str(ev.trigger_start))
            canonicals.append(CanonicalEvent(iris.canonical_event(ev.cameo[:2] if ev.cameo else "00", digest), ev.cameo, ev.label,
                                             reports, ev.time))
        yield doc, canonicals
        made += n
        k += 1


def write_nquads(out: BinaryIO, events: int, seed: int = 1) -> int:
    """Write ``events`` synthetic events as N-Quads; returns how many were written.

    Each article describes the actors and places it names, as a real one does; a description
    already written is not written again, as ingest does not write it again to the store
    (:meth:`kg.store.OxigraphStore.replace_article`), so the file holds what a store would."""
    total = 0
    entities = ox.NamedNode(ENTITIES_GRAPH)
    described: set[ox.Quad] = set()  # a few thousand actors and places: bounded whatever the size
    for doc, canonicals in documents(events, seed):
        quads = [q for q in document_quads(doc, "2025-06-01T00:00:00Z") if q.graph_name != entities or q not in described]
        described.update(q for q in quads if q.graph_name == entities)
        for c in canonicals:
            quads += canonical_quads(c)
        out.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
        total += len(doc.events)
    return total
