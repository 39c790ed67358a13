"""Exports: deterministic, SHACL-valid, readable by independent parsers; every shape has a passing and a failing example."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pyoxigraph as ox
import pytest
import rdflib

from kg.api import export, ingest, ingest_articles, list_events, ontology_dir, query
from kg.errors import ValidationError
from kg.export import data_quads, serialise, validate_quads
from kg.model import Article
from kg.store import open_store
from tests.conftest import EXAMPLES, ROOT, SHARED


@pytest.mark.parametrize("fmt,rdflib_format", [("turtle", "turtle"), ("trig", "trig"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_every_format_round_trips(seed_store, fmt, rdflib_format):
    text = export(seed_store, fmt)
    g = rdflib.Dataset() if fmt == "trig" else rdflib.Graph()
    g.parse(data=text, format=rdflib_format)
    assert len(g) > 0 if fmt != "trig" else sum(1 for _ in g.quads()) > 0
    turtle_triples = len(rdflib.Graph().parse(data=export(seed_store, "turtle"), format="turtle"))
    # a link two events both make (kg:metWith) is one triple in Turtle and two quads in TriG
    assert (len({q[:3] for q in g.quads()}) if fmt == "trig" else len(g)) == turtle_triples


def test_trig_keeps_one_graph_per_article(tmp_path):
    s = open_store(tmp_path / "s")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": "Chile and Peru held talks.", "published": "2024-01-01"}) + "\n")
    ingest([EXAMPLES, tmp_path / "b.jsonl"], s)
    ds = rdflib.Dataset().parse(data=export(s, "trig"), format="trig")
    graphs = {str(c.identifier) for c in ds.contexts() if len(c)}
    assert {"https://w3id.org/newskg/graph/kursk-visit", "https://w3id.org/newskg/graph/b"} <= graphs


@pytest.mark.parametrize("tool,args", [("serdi", ["-i", "turtle", "-o", "ntriples"]), ("rapper", ["-i", "turtle", "-o", "ntriples"])])
def test_independent_parsers_read_the_turtle(seed_store, tmp_path, tool, args):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (CI installs it: apt-get install serdi raptor2-utils)")
    path = tmp_path / "seed.ttl"
    export(seed_store, "turtle", path)
    run = subprocess.run([tool, *args, str(path), *(["https://example.org/"] if tool == "rapper" else [])],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert len(run.stdout.splitlines()) == len(rdflib.Graph().parse(path, format="turtle"))


def test_export_is_deterministic(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1747872000")
    texts = []
    for run in ("one", "two"):
        s = open_store(tmp_path / run)
        ingest([EXAMPLES], s)
        texts.append(export(s, "turtle"))
    assert texts[0] == texts[1]


def test_committed_exports_match_the_code(tmp_path, monkeypatch):
    """exports/ is what `make run` writes; regenerate it here and compare byte for byte."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1747872000")
    s = open_store(tmp_path / "s")
    ingest([EXAMPLES], s)
    for name, fmt in (("kursk-visit.ttl", "turtle"), ("kursk-visit.trig", "trig"), ("kursk-visit.jsonld", "jsonld"),
                      ("void.ttl", "void")):
        assert export(s, fmt) == (ROOT / "exports" / name).read_text(encoding="utf-8"), f"exports/{name} is stale: run make run"


def test_seed_graph_conforms(seed_store):
    report = validate_quads(data_quads(seed_store.quads()))
    assert report.conforms, report.text


def _with(quads: list[ox.Quad], drop: str | None = None, add: tuple[str, str, ox.Term] | None = None) -> list[ox.Quad]:
    g = ox.NamedNode("https://w3id.org/newskg/graph/kursk-visit")
    out = [q for q in quads if drop is None or q.predicate.value != drop]
    if add:
        s, p, o = add
        out.append(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o, g))
    return out


KG = "https://w3id.org/newskg/ontology#"
EVENT = "https://w3id.org/newskg/id/event/kursk-visit/236-243"
ARTICLE = "https://w3id.org/newskg/id/article/kursk-visit"
PUTIN = "https://w3id.org/newskg/id/person/vladimir-putin"
PLACE = "https://w3id.org/newskg/id/place/kursk-oblast"


@pytest.mark.parametrize("shape,broken,says", [
    ("ArticleShape", {"drop": KG + "contentHash"}, "kg:contentHash"),
    ("IngestionShape", {"drop": KG + "toolVersion"}, "kg:toolVersion"),
    ("EventShape", {"add": (EVENT, KG + "modality", ox.NamedNode(KG + "rumoured"))}, "InConstraintComponent"),
    ("ActorShape", {"add": (PUTIN, "http://www.w3.org/2000/01/rdf-schema#label", ox.Literal("V. Putin"))}, "vladimir-putin"),
    ("PlaceShape", {"add": (PLACE, "http://www.w3.org/2003/01/geo/wgs84_pos#lat",
                            ox.Literal("123.0", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")))}, "123.0"),
    ("TimeShape", {"drop": KG + "timexType"}, "kg:timexType"),
    ("TimeShape", {"add": (EVENT + "#time", KG + "timexMod", ox.Literal("SOMETIME"))}, "InConstraintComponent"),
])
def test_each_shape_has_a_valid_and_an_invalid_example(seed_store, shape, broken, says):
    quads = data_quads(seed_store.quads())
    assert validate_quads(quads).conforms, shape
    report = validate_quads(_with(quads, **broken))
    assert not report.conforms and says in report.text


def test_invalid_graph_is_refused_with_the_violations(seed_store, tmp_path):
    bad = open_store(tmp_path / "bad")
    bad.load(_with(data_quads(seed_store.quads()), drop=KG + "contentHash"))
    with pytest.raises(ValidationError, match="contentHash"):
        export(bad, "turtle", tmp_path / "out.ttl")
    assert not (tmp_path / "out.ttl").exists()


def test_turtle_has_no_blank_nodes(seed_store):
    assert "_:" not in export(seed_store, "nt")


def test_serialise_rejects_unknown_formats():
    with pytest.raises(Exception, match="unknown format"):
        serialise([], "rdfxml")


def test_shapes_file_is_where_the_code_looks():
    assert (ontology_dir() / "shapes.ttl").exists()


def test_filtered_export_keeps_only_the_entities_it_needs(tmp_path):
    s = open_store(tmp_path / "s")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": "Chilean President Ana Rojas visited Lima.",
                                                  "published": "2024-01-01"}) + "\n")
    ingest([EXAMPLES, tmp_path / "b.jsonl"], s)
    text = export(s, "nt", articles=["b"])
    assert "ana-rojas" in text and "lima" in text and "vladimir-putin" not in text
    assert "vladimir-putin" in export(s, "nt", since="2025-01-01") and "ana-rojas" not in export(s, "nt", since="2025-01-01")


def test_void_description_counts_what_the_export_holds(seed_store, seed_events):
    g = rdflib.Graph().parse(data=export(seed_store, "void"), format="turtle")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    ds = rdflib.URIRef("https://w3id.org/newskg/dataset")
    data = rdflib.Graph().parse(data=export(seed_store, "turtle"), format="turtle")
    assert int(g.value(ds, void.triples)) == len(data)
    assert int(g.value(ds, rdflib.URIRef("https://w3id.org/newskg/ontology#eventCount"))) == len(seed_events)
    assert g.value(ds, rdflib.DCTERMS.license) is not None and len(list(g.objects(ds, void.vocabulary))) >= 5


# Names that mint one IRI but are written differently in different articles: a dateline's capitals,
# a possessive, a place that only says which people ("the Toledo relatives").
SPELLINGS = [
    Article("n1", "NAIROBI, Kenya (AP) _ Police fired tear gas at protesters in Nairobi on Monday.", "2025-05-21"),
    Article("n2", "Police fired tear gas at protesters in the capital on Tuesday, in NAIROBI.", "2025-05-21"),
    Article("n3", "ABC News' reporters met the mayor of Toledo on Monday. The Toledo relatives appealed the ruling.", "2025-05-21"),
]


def test_one_description_per_entity_whatever_the_order_of_the_articles(tmp_path):
    labels = []
    for n, order in enumerate((SPELLINGS, SPELLINGS[::-1])):
        s = open_store(tmp_path / f"s{n}")
        ingest_articles(order, s)
        rows = query(s, "SELECT ?e ?l WHERE { GRAPH graph:entities { ?e rdfs:label ?l } } ORDER BY ?e ?l")
        assert not rows["e"].duplicated().any(), rows
        labels.append(dict(zip(rows["e"], rows["l"], strict=True)))
        export(s, "turtle")  # raises ValidationError if any shape fails: one label each, agents that are actors
        assert all(a["id"] != "https://w3id.org/newskg/id/place/toledo" for e in list_events(s) for a in e["agents"])
    assert labels[0] == labels[1]
    assert labels[0]["https://w3id.org/newskg/id/place/nairobi"] == "Nairobi"
    assert labels[0]["https://w3id.org/newskg/id/organisation/abc-news"] == "ABC News"


def test_a_folder_of_news_articles_exports_valid(tmp_path):
    """Real reports, many articles in one store: the SHACL check passes and every entity has one name."""
    subprocess.run([sys.executable, str(SHARED / "eval" / "score_timex.py"), "extract", str(SHARED / "eval" / "timeml" / "AQUAINT"),
                    str(tmp_path / "articles")], check=True)
    s = open_store(tmp_path / "s")
    report = ingest([tmp_path / "articles"], s)
    assert report.added == 73 and report.events > 200
    export(s, "turtle")  # raises ValidationError, with the violations, if any shape fails
    rows = query(s, "SELECT ?e (COUNT(?l) AS ?n) WHERE { GRAPH graph:entities { ?e rdfs:label ?l } } GROUP BY ?e HAVING (COUNT(?l) > 1)")
    assert rows.empty, rows


def test_reingest_mends_an_entity_described_twice_by_an_older_version(tmp_path):
    """Before 0.8.0 each article added its own description; re-reading the articles leaves one."""
    s = open_store(tmp_path / "s")
    ingest_articles(SPELLINGS[:1], s)
    nairobi = ox.NamedNode("https://w3id.org/newskg/id/place/nairobi")
    s.load([ox.Quad(nairobi, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("NAIROBI"),
                    ox.NamedNode("https://w3id.org/newskg/graph/entities"))])
    labels = "SELECT ?l WHERE { GRAPH graph:entities { <https://w3id.org/newskg/id/place/nairobi> rdfs:label ?l } } ORDER BY ?l"
    assert list(query(s, labels)["l"]) == ["NAIROBI", "Nairobi"]
    s.update(f"DELETE WHERE {{ GRAPH ?g {{ ?a <{KG}contentHash> ?h }} }}")  # as if its stored reading were outdated
    ingest_articles(SPELLINGS[:1], s)
    assert list(query(s, labels)["l"]) == ["Nairobi"]
    export(s, "turtle")
