"""Linking: give well-known actors and places their Wikidata identifier, and one name.

A pipeline stage over the Document: every entity is looked up in a curated table
(``kg/data/links.yaml``, extended by the user's own files) and comes back with its
QID, renamed to the canonical name when the text used an alias. Entities not in the
table are returned unchanged: no guessing.

>>> from kg.model import Entity
>>> link_entity(Entity("Putin", "person"))
Entity(name='Vladimir Putin', kind='person', geonames=None, iso=None, wikidata='Q7747', lat=None, lon=None, country=None, part_of=None)
>>> link_entity(Entity("Ivan Petrov", "person")).wikidata is None
True
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import yaml

from .entities import MentionIndex
from .errors import InputError
from .lexicon import load_yaml, parse_yaml
from .model import Entity

_QID = re.compile(r"^Q[1-9][0-9]*$")
LINKS_ENV = "KG_LINKS"
_NAMED_ACTORS = ("person", "organisation", "group")


@dataclass
class LinkTable:
    """Where a QID comes from: country ISO codes, place and organisation names, people and their aliases."""

    countries: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)
    organisations: dict[str, str] = field(default_factory=dict)
    people: dict[str, tuple[str, str]] = field(default_factory=dict)  # name or alias -> (canonical name, qid)
    versions: list[str] = field(default_factory=list)

    def add(self, data: dict, source: str) -> None:
        """Merge one links file (its entries win over what is there)."""
        if not isinstance(data, dict):
            raise InputError(source, "a links file is a YAML mapping with countries/places/organisations/people")
        for section in ("countries", "places", "organisations"):
            for key, qid in (data.get(section) or {}).items():
                getattr(self, section)[str(key)] = _checked(qid, source, key)
        for person in data.get("people") or []:
            name, qid = person.get("name"), _checked(person.get("qid"), source, person.get("name"))
            if not name:
                raise InputError(source, "a person without a name")
            for alias in [name, *(person.get("aliases") or [])]:
                self.people[alias] = (name, qid)
        self.versions.append(f"{source}@{data.get('version', 'unversioned')}")

    def link(self, e: Entity) -> Entity:
        if e.kind in _NAMED_ACTORS and e.name in self.people:
            # the curated table knows better than the tagger that this name is a person
            name, person_qid = self.people[e.name]
            return replace(e, name=name, kind="person", wikidata=person_qid)
        qid: str | None
        if e.kind == "country":
            qid = self.countries.get(e.iso or "")
        elif e.kind == "place":
            qid = self.places.get(e.name)
        elif e.kind == "organisation":
            qid = self.organisations.get(e.name)
        else:
            qid = None
        return replace(e, wikidata=qid) if qid else e


def _checked(qid: object, source: str, key: object) -> str:
    if not isinstance(qid, str) or not _QID.match(qid):
        raise InputError(source, f"{key}: {qid!r} is not a Wikidata id like Q7747")
    return qid


def user_link_files() -> tuple[str, ...]:
    return tuple(p for p in os.environ.get(LINKS_ENV, "").split(os.pathsep) if p)


@cache
def link_table(extra: tuple[str, ...] = ()) -> LinkTable:
    """The bundled table, then each user file in order."""
    table = LinkTable()
    table.add(load_yaml("links.yaml"), "links.yaml")
    for path in extra:
        try:
            data = parse_yaml(Path(path).read_text(encoding="utf-8"))
        except OSError as e:
            raise InputError(path, f"cannot read the links file ({e.strerror})") from None
        except yaml.YAMLError as e:
            raise InputError(path, f"not valid YAML ({str(e).splitlines()[0]})") from None
        table.add(data, path)
    return table


def link_entity(e: Entity, table: LinkTable | None = None) -> Entity:
    return (table or link_table(user_link_files())).link(e)


def link_index(index: MentionIndex, table: LinkTable | None = None) -> MentionIndex:
    """Link every mention of a document before events are read from it, so event
    labels and roles carry the canonical names. Rewrites ``index`` in place and returns it."""
    table = table or link_table(user_link_files())
    memo: dict[Entity, Entity] = {}

    def one(e: Entity) -> Entity:
        if e not in memo:
            memo[e] = table.link(e)
        return memo[e]

    relinked = {id(m): replace(m, entity=one(m.entity)) for m in index.mentions}
    index.mentions = [relinked[id(m)] for m in index.mentions]
    index.by_token = {i: relinked.get(id(m), m) for i, m in index.by_token.items()}
    index.leaders = {iso: one(e) for iso, e in index.leaders.items()}
    return index
