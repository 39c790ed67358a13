"""The one data model that flows through the pipeline.

Frozen dataclasses, no spaCy and no RDF here. Every mention is a pair of
character offsets into ``Article.text``; empty results are ``()``, never ``None``.

>>> a = Article(id="a1", text="Putin visited Kursk.", published="2025-05-21")
>>> a.text[0:5]
'Putin'
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

ENTITY_KINDS = ("person", "organisation", "government", "country", "group", "place")
MODALITIES = ("asserted", "claimed", "planned", "negated", "hypothetical")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class Article:
    """A news report: its text and what is known about its publication."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str = "en"
    path: str | None = None

    @property
    def content_hash(self) -> str:
        """A digest of everything read from the article, to tell a changed article from a re-run."""
        h = hashlib.sha256()
        for part in (self.id, self.text, self.published, self.title, self.url, self.source, self.language):
            h.update((part or "").encode("utf-8") + b"\x00")
        return h.hexdigest()[:16]


@dataclass(frozen=True)
class TimeValue:
    """A temporal expression normalised to TIMEX3.

    ``start``/``end`` are the ISO dates of the interval it covers (end inclusive),
    ``None`` when the expression cannot be placed on the calendar. ``granularity``
    is one of day, week, month, quarter, season, year, decade, century, time, or none.
    ``mod``, ``quant`` and ``freq`` are TIMEX3's attributes of the same names: "early 2014"
    is 2014 with mod START, "every Tuesday" XXXX-WXX-2 with quant EVERY, "twice a week"
    P1W with freq 2X.
    """

    text: str
    start_char: int
    end_char: int
    type: str
    value: str
    start: str | None = None
    end: str | None = None
    granularity: str = "none"
    anchor: str | None = None
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None


@dataclass(frozen=True)
class Entity:
    """A canonical actor or place: one node however many ways it is named."""

    name: str
    kind: str
    geonames: int | None = None
    iso: str | None = None
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    part_of: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.name)


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names an entity (or refers back to one)."""

    start: int
    end: int
    text: str
    entity: Entity
    via: str = "name"  # name, alias, demonym, metonym, coreference


@dataclass(frozen=True)
class Event:
    """Who did what to whom, where and when, and who says so."""

    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    cameo: str | None
    label: str
    agents: tuple[Entity, ...] = ()
    participants: tuple[Entity, ...] = ()
    places: tuple[Entity, ...] = ()
    time: TimeValue | None = None
    modality: str = "asserted"
    attributed_to: tuple[Entity, ...] = ()
    reported_by: tuple[int, int] | None = None  # trigger offsets of the statement event
    mentions: tuple[tuple[int, int], ...] = ()  # other triggers of the same event
    part: int = 0  # one trigger, several events: "spoke to the leaders of both countries"


@dataclass(frozen=True)
class Document:
    """Everything read from one article."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[TimeValue, ...] = ()
    events: tuple[Event, ...] = field(default=())

    @property
    def entities(self) -> tuple[Entity, ...]:
        seen: dict[tuple[str, str], Entity] = {}
        for m in self.mentions:
            seen.setdefault(m.entity.key, m.entity)
        for e in self.events:
            for ent in (*e.agents, *e.participants, *e.places, *e.attributed_to):
                seen.setdefault(ent.key, ent)
        return tuple(sorted(seen.values(), key=lambda e: e.key))


@dataclass(frozen=True)
class Report:
    """One article's account of an event, as fusion sees it: stable keys, no text.

    Actors are keyed so that a country, its government and the offices that speak for
    it are one side ("iso:RU"); places carry the regions or countries that contain them.
    """

    iri: str
    article: str
    cameo: str | None
    label: str
    modality: str
    agents: frozenset[str] = frozenset()  # entity IRIs
    participants: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    actor_keys: tuple[tuple[str, str], ...] = ()  # entity IRI -> the side it stands for, when not itself
    place_containers: tuple[tuple[str, frozenset[str]], ...] = ()  # place IRI -> the places containing it
    time: TimeValue | None = None
    published: str | None = None  # the article's publication date
    canonical: str | None = None  # the canonical event it is linked to now, if any


@dataclass(frozen=True)
class CanonicalEvent:
    """One real-world event and every report of it."""

    iri: str
    cameo: str | None
    label: str
    reports: tuple[Report, ...]
    time: TimeValue | None = None
    time_conflict: bool = False

    @property
    def modalities(self) -> tuple[str, ...]:
        return tuple(sorted({r.modality for r in self.reports}))

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({r.article for r in self.reports}))
