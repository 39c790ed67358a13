"""Fusion: reports of the same real-world event, from any number of articles, become one
canonical event that links to all of them.

Two reports are of one event when they have the same CAMEO root, the same sides after
canonicalisation (a country, its government and the offices that speak for it are one
side; for meetings and calls the two sides may be swapped), compatible places (the same,
or one inside the other) and compatible times (overlapping, within a day's tolerance).
Modality is not a criterion: one outlet's "claimed" and another's "confirmed" are
reports of the same event, and both stay visible.

Clustering is deterministic: the same set of reports gives the same clusters and IRIs
whatever order the articles arrived in.

>>> from kg.model import Report, TimeValue
>>> day = TimeValue("on Tuesday", 0, 0, "DATE", "2025-05-20", "2025-05-20", "2025-05-20", "day")
>>> week = TimeValue("this week", 0, 0, "DATE", "2025-W21", "2025-05-19", "2025-05-25", "week")
>>> a = Report("ex:a/1", "a", "042", "Putin visits Kursk", "asserted", frozenset({"ex:putin"}), time=day)
>>> b = Report("ex:b/7", "b", "0421", "Putin visits Kursk", "claimed", frozenset({"ex:putin"}), time=week)
>>> [e.time.value for e in fuse([a, b])], len(fuse([a, b])[0].reports)
(['2025-05-20'], 2)
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from . import iris
from .lexicon import load_yaml
from .model import CanonicalEvent, Report, TimeValue


@dataclass(frozen=True)
class LinkRule:
    """A link between a canonical event's actors (or an actor and a place), from ``fusion.yaml``."""

    cameo: str
    property: str
    source: str  # "agent"
    target: str  # "participant" or "place"
    both_ways: bool = False


@dataclass(frozen=True)
class FusionRules:
    symmetric_roots: frozenset[str]
    time_tolerance_days: int
    undated_window_days: int
    granularity_rank: dict[str, int]
    actor_links: tuple[LinkRule, ...] = ()


@cache
def rules() -> FusionRules:
    data = load_yaml("fusion.yaml")
    order = data["granularity_order"]
    links = tuple(LinkRule(r["cameo"], r["property"], r["from"], r["to"], bool(r.get("both_ways"))) for r in data["actor_links"])
    return FusionRules(frozenset(data["symmetric_roots"]), int(data["time_tolerance_days"]),
                       int(data["undated_window_days"]), {g: i for i, g in enumerate(order)}, links)


def links(event: CanonicalEvent) -> list[tuple[str, str, str]]:
    """(subject IRI, ontology property, object IRI) links the event makes between its actors
    and places, by the rules in ``fusion.yaml``.

    >>> r = Report("ex:a/1", "a", "042", "A visits B in C", "asserted", frozenset({"ex:A"}), frozenset({"ex:B"}), frozenset({"ex:C"}))
    >>> links(CanonicalEvent("ex:e", "042", "A visits B in C", (r,)))
    [('ex:A', 'metWith', 'ex:B'), ('ex:A', 'visited', 'ex:C'), ('ex:B', 'metWith', 'ex:A')]
    """
    if not event.cameo:
        return []
    sides = {"agent": lambda r: r.agents, "participant": lambda r: r.participants, "place": lambda r: r.places}
    out = set()
    for rule in rules().actor_links:
        if not event.cameo.startswith(rule.cameo):
            continue
        for r in event.reports:
            for a in sides[rule.source](r):
                for b in sides[rule.target](r):
                    if a != b:
                        out.add((a, rule.property, b))
                        if rule.both_ways:
                            out.add((b, rule.property, a))
    return sorted(out)


def root(cameo: str | None) -> str | None:
    return cameo[:2] if cameo else None


def fusion_key(code_root: str, entity_iri: str) -> str:
    """What a report is looked up by for fusion (``kg:fusionKey``): its type's root and one of its
    actors or places, so one index lookup finds the reports that share both.

    >>> fusion_key("04", "https://w3id.org/newskg/id/person/ana-lima")
    '04 https://w3id.org/newskg/id/person/ana-lima'
    """
    return f"{code_root} {entity_iri}"


def _keys(r: Report, iris_: Iterable[str]) -> frozenset[str]:
    keys = dict(r.actor_keys)
    return frozenset(keys.get(i, i) for i in iris_)


def _sides_compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """Equal, or one side unnamed in a report, or one report names fewer of the same actors."""
    return not a or not b or a <= b or b <= a


def actors_compatible(a: Report, b: Report, symmetric: bool) -> bool:
    a_agents, a_parts = _keys(a, a.agents), _keys(a, a.participants)
    b_agents, b_parts = _keys(b, b.agents), _keys(b, b.participants)
    if symmetric:
        return _sides_compatible(a_agents | a_parts, b_agents | b_parts)
    return _sides_compatible(a_agents, b_agents) and _sides_compatible(a_parts, b_parts)


def shares_something(a: Report, b: Report) -> bool:
    """Fusion needs one named actor or place in common: two reports of nobody doing something are not one event."""
    a_all = _keys(a, a.agents | a.participants) | a.places
    b_all = _keys(b, b.agents | b.participants) | b.places
    return bool(a_all & b_all)


def places_compatible(a: Report, b: Report) -> bool:
    if not a.places or not b.places:
        return True
    inside = {**dict(a.place_containers), **dict(b.place_containers)}
    return any(p == q or q in inside.get(p, ()) or p in inside.get(q, ()) for p in a.places for q in b.places)


def _interval(t: TimeValue | None) -> tuple[date, date] | None:
    if t is None or not t.start or not t.end:
        return None
    return date.fromisoformat(t.start[:10]), date.fromisoformat(t.end[:10])


def window(time: TimeValue | None, published: str | None) -> tuple[date, date] | None:
    """The days a report can be about: its time's interval, else the days before its publication
    (None when it has neither: it could be about any day).

    >>> window(None, "2025-05-21")
    (datetime.date(2025, 5, 14), datetime.date(2025, 5, 21))
    """
    interval = _interval(time)
    if interval is None and published:
        day = date.fromisoformat(published[:10])
        return day - timedelta(days=rules().undated_window_days), day
    return interval


def effective_interval(r: Report) -> tuple[date, date] | None:
    """The days a report can be about (:func:`window`)."""
    return window(r.time, r.published)


def time_gap_days(a: Report, b: Report) -> int:
    """Days between two reports' intervals: 0 when they overlap or either cannot be placed."""
    x, y = effective_interval(a), effective_interval(b)
    if x is None or y is None:
        return 0
    return max((y[0] - x[1]).days, (x[0] - y[1]).days, 0)


def compatible(a: Report, b: Report) -> bool:
    """Whether two reports can be of the same event."""
    r = rules()
    if a.article == b.article and a.iri != b.iri:
        return False  # one article's events were already merged by the events stage
    if root(a.cameo) is None or root(a.cameo) != root(b.cameo):
        return False
    return (shares_something(a, b) and actors_compatible(a, b, root(a.cameo) in r.symmetric_roots)
            and places_compatible(a, b) and time_gap_days(a, b) <= r.time_tolerance_days)


def _precision(r: Report) -> tuple[int, str]:
    rank = rules().granularity_rank
    return (rank.get(r.time.granularity, len(rank)) if r.time else len(rank), r.iri)


def cluster(reports: Iterable[Report]) -> list[list[Report]]:
    """Reports grouped by event: most precise first, each joins the first group it fits entirely."""
    groups: list[list[Report]] = []
    for report in sorted(set(reports), key=_precision):
        for group in groups:
            if all(compatible(report, other) for other in group):
                group.append(report)
                break
        else:
            groups.append([report])
    return groups


def _best_time(group: list[Report]) -> tuple[TimeValue | None, bool]:
    """The finest time that every report's time contains; else the finest one, flagged as a conflict."""
    times = [r.time for r in group if r.time is not None and _interval(r.time) is not None]
    if not times:
        return next((r.time for r in group if r.time is not None), None), False
    rank = rules().granularity_rank
    ordered = sorted(times, key=lambda t: (rank.get(t.granularity, len(rank)), t.start or "", t.value))
    for t in ordered:
        lo, hi = _interval(t)  # type: ignore[misc]
        if all(o[0] <= lo and hi <= o[1] for o in map(_interval, times) if o is not None):
            return t, False
    return ordered[0], True


def canonical_iri(group: list[Report]) -> str:
    """Named by its root and its first report in precision order, so the same reports give the same IRI."""
    seed = min(group, key=_precision)
    digest = hashlib.sha1(seed.iri.encode("utf-8")).hexdigest()[:12]
    return iris.canonical_event(root(seed.cameo) or "00", digest)


def fuse(reports: Iterable[Report]) -> list[CanonicalEvent]:
    """Canonical events for a set of reports, in a stable order."""
    out = []
    for group in cluster(reports):
        seed = min(group, key=_precision)
        time, conflict = _best_time(group)
        cameo = max((r.cameo for r in group if r.cameo), key=lambda c: (sum(r.cameo == c for r in group), len(c), c), default=None)
        out.append(CanonicalEvent(canonical_iri(group), cameo, seed.label, tuple(sorted(group, key=lambda r: r.iri)), time, conflict))
    return sorted(out, key=lambda e: e.iri)
