"""Every IRI the graph uses is minted here: deterministic, readable, validated.

>>> article("kursk-visit")
'https://w3id.org/newskg/id/article/kursk-visit'
>>> entity("person", "Vladimir Putin")
'https://w3id.org/newskg/id/person/vladimir-putin'
>>> event("kursk-visit", 33, 40)
'https://w3id.org/newskg/id/event/kursk-visit/33-40'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import pyoxigraph as ox

BASE = "https://w3id.org/newskg/"
ONTOLOGY = BASE + "ontology#"
CAMEO = BASE + "cameo/"
ID = BASE + "id/"
GRAPH = BASE + "graph/"


@lru_cache(maxsize=1 << 16)  # names come back in every article that names them
def slug(text: str) -> str:
    """A stable, readable IRI segment: 'Kursk Oblast' -> 'kursk-oblast'.

    Text that folds to nothing readable (another script) becomes a short digest.

    >>> slug("Côte d'Ivoire")
    'cote-d-ivoire'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return s or hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _checked(iri: str) -> str:
    ox.NamedNode(iri)  # raises ValueError on an invalid IRI
    return iri


def article(article_id: str) -> str:
    return _checked(f"{ID}article/{slug(article_id)}")


def graph(article_id: str) -> str:
    return _checked(f"{GRAPH}{slug(article_id)}")


def ingestion(article_id: str, content_hash: str) -> str:
    return _checked(f"{ID}ingestion/{slug(article_id)}/{content_hash}")


@lru_cache(maxsize=1 << 16)
def entity(kind: str, name: str) -> str:
    return _checked(f"{ID}{kind}/{slug(name)}")


def event(article_id: str, start: int, end: int, part: int = 0) -> str:
    suffix = f"-{part + 1}" if part else ""
    return _checked(f"{ID}event/{slug(article_id)}/{start}-{end}{suffix}")


ACTOR_MONTHS = ("1799-12", "2100-01")  # the oldest and newest keys: see actor_month


def actor_month(actor_iri: str, day: str) -> str:
    """The key a timeline page reads an actor's events by: the actor and the month ``day`` (or a
    month) falls in. Days before 1800 share the oldest key and days after 2099 the newest, so
    every dated event has a key in a bounded run of months that a page can walk.

    >>> actor_month(entity("person", "Ana Lima"), "2025-05-20")
    'https://w3id.org/newskg/id/person/ana-lima/2025-05'
    >>> actor_month(entity("person", "Ana Lima"), "1066-10-14")
    'https://w3id.org/newskg/id/person/ana-lima/1799-12'
    """
    return _checked(f"{actor_iri}/{min(max(day[:7], ACTOR_MONTHS[0]), ACTOR_MONTHS[1])}")


def cameo(code: str) -> str:
    return _checked(f"{CAMEO}{code}")


def ontology(term: str) -> str:
    return _checked(ONTOLOGY + term)


def canonical_event(root: str, digest: str) -> str:
    return _checked(f"{ID}canonical/{root}-{digest}")


def canonical_graph(canonical_iri: str) -> str:
    """Each canonical event is described in its own graph, so re-fusing one touches nothing else."""
    return _checked(GRAPH + "canonical/" + canonical_iri.rsplit("/", 1)[-1])
