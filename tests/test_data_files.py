"""Lexicons, gazetteers and the ontology: every entry well-formed, code and ontology in agreement."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.api import ontology_dir
from kg.lexicon import load_csv, load_yaml
from kg.rdf import KG
from kg.store import bundled_queries, named_query

ROOT = Path(__file__).resolve().parent.parent


def ontology_terms() -> set[str]:
    g = list(ox.parse(path=str(ontology_dir() / "kg.ttl"), format=ox.RdfFormat.TURTLE))
    return {t.subject.value for t in g if isinstance(t.subject, ox.NamedNode)}


def cameo_codes() -> set[str]:
    g = ox.parse(path=str(ontology_dir() / "cameo.ttl"), format=ox.RdfFormat.TURTLE)
    return {t.object.value for t in g if t.predicate.value.endswith("#notation")}


def test_every_kg_term_the_code_and_queries_use_is_in_the_ontology():
    defined = ontology_terms()
    used = set()
    for path in [*ROOT.joinpath("kg").glob("*.py")]:
        used |= {KG + m for m in re.findall(r'KG \+ "(\w+)"', path.read_text())}
    for name in bundled_queries():
        used |= {KG + m for m in re.findall(r"\bkg:(\w+)", named_query(name))}
    used -= {KG + m for m in ("asserted", "claimed", "planned", "negated", "hypothetical")} - defined
    assert sorted(used - defined) == []


def test_every_cameo_code_in_the_lexicon_is_in_the_scheme():
    codes = cameo_codes()
    lex = load_yaml("events.yaml")
    used = set()
    for table in ("verbs", "nouns"):
        for entry in lex[table].values():
            entry = entry if isinstance(entry, dict) else {"cameo": entry}
            if entry.get("cameo"):
                used.add(entry["cameo"])
            used |= {r["cameo"] for r in entry.get("refine", []) if r["cameo"] is not None}  # null: no event
    assert sorted(used - codes) == []
    assert {f"{i:02d}" for i in range(1, 21)} <= codes


def test_event_entries_are_well_formed():
    allowed = {"cameo", "label", "needs", "refine", "target", "place", "place_preps", "reporting", "factive", "purpose", "agent_kinds", "reciprocal"}
    for table in ("verbs", "nouns"):
        for lemma, entry in load_yaml("events.yaml")[table].items():
            assert re.fullmatch(r"[a-z]+", lemma), lemma
            entry = entry if isinstance(entry, dict) else {"cameo": entry}
            assert set(entry) <= allowed, (lemma, set(entry) - allowed)
            assert set(entry.get("agent_kinds", [])) <= {"person", "group", "country", "government", "organisation"}, lemma
            assert entry.get("cameo") is None or re.fullmatch(r"\d{3,4}", entry["cameo"]), lemma


def test_countries_csv_is_well_formed():
    rows = load_csv("countries.csv")
    isos = [r["iso2"] for r in rows]
    assert len(isos) == len(set(isos)) > 100
    assert all(re.fullmatch(r"[A-Z]{2}", i) for i in isos)
    assert all(r["name"] for r in rows)


def test_timex_patterns_compile_and_kinds_have_rules():
    from kg.timex import _Resolver, grammar

    needs = grammar().vocab["pattern_needs"]
    kinds = {kind for kind, _, _ in grammar().patterns}
    for kind in kinds:
        assert hasattr(_Resolver, "r_" + kind), kind
    assert set(needs) <= kinds, set(needs) - kinds  # a prefilter for a pattern that does not exist


def test_actor_lexicon_entries():
    data = load_yaml("actors.yaml")
    for org in data["organisations"]:
        assert org["name"] and isinstance(org.get("aliases", []), list)
    assert all(w == w.lower() for w in data["group_heads"])


@pytest.mark.parametrize("name", ["kg.ttl", "cameo.ttl", "shapes.ttl"])
def test_ontology_files_parse(name):
    assert len(list(ox.parse(path=str(ontology_dir() / name), format=ox.RdfFormat.TURTLE))) > 20


def test_the_ontology_carries_this_release_s_version():
    """A store whose ontology says another release reads as written by that release, and every ingest into it
    would bring it up to date again (a full upgrade each time): the version in kg.ttl must be the package's."""
    from kg import __version__

    g = ox.parse(path=str(ontology_dir() / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    versions = {t.object.value for t in g if t.predicate.value == "http://www.w3.org/2002/07/owl#versionInfo"}
    assert versions == {__version__}
