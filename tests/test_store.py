"""The store: idempotent writes, replacement, removal, and SPARQL over several articles."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

import kg
from kg.api import ingest, list_events, query, remove, summary, validate
from kg.errors import KgError
from kg.store import bundled_queries, open_store
from tests.conftest import write_article


def all_quads(store) -> set[str]:
    return {str(q) for q in store.quads()}


@pytest.fixture
def two_articles(tmp_path):
    folder = tmp_path / "articles"
    write_article(folder, "a1", "German Chancellor Olaf Brandt visited Warsaw on Monday. Brandt met Polish President Jan Nowak.",
                  published="2024-06-12", title="Brandt in Warsaw", url="https://example.org/a1")
    write_article(folder, "a2", "Polish President Jan Nowak said on Tuesday that he would visit Berlin in July.",
                  published="2024-06-12")
    return folder


def test_reingest_changes_nothing(two_articles, store):
    ingest([two_articles], store)
    before = all_quads(store)
    report = ingest([two_articles], store)
    assert (report.added, report.replaced, report.unchanged) == (0, 0, 2)
    assert all_quads(store) == before


def test_changed_article_replaces_its_own_graph(two_articles, store):
    ingest([two_articles], store)
    a2_before = {q for q in all_quads(store) if "/graph/a2>" in q}
    write_article(two_articles, "a1", "German Chancellor Olaf Brandt visited Prague on Monday.", published="2024-06-12")
    report = ingest([two_articles], store)
    assert (report.replaced, report.unchanged) == (1, 1)
    places = {p["name"] for e in list_events(store) if e["article"] == "a1" for p in e["places"]}
    assert places == {"Prague"}
    assert {q for q in all_quads(store) if "/graph/a2>" in q} == a2_before


def test_remove_takes_everything_read_from_an_article(two_articles, store):
    ingest([two_articles], store)
    assert remove(["a1", "missing"], store) == ["missing"]
    assert not any("/graph/a1>" in q for q in all_quads(store))
    assert {e["article"] for e in list_events(store)} == {"a2"}


def test_query_over_several_articles_returns_a_dataframe(two_articles, store):
    ingest([two_articles], store)
    df = query(store, name="actor_timeline", bindings={"name": "Jan Nowak"})
    assert set(df["article"]) == {"a1", "a2"}
    assert list(df.columns[:3]) == ["name", "start", "end"]


def test_bindings_are_values_not_query_text(two_articles, store):
    ingest([two_articles], store)
    hostile = 'Jan Nowak" } ; DROP ALL ; SELECT * WHERE { ?s ?p "'
    assert query(store, name="actor_timeline", bindings={"name": hostile}).empty
    assert summary(store)["events"] > 0


def test_every_bundled_query_runs(two_articles, store):
    ingest([two_articles], store)
    params = {"name": "Jan Nowak", "place": "Warsaw", "from": ox.Literal("2024-01-01", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#date")), "to": ox.Literal("2024-12-31", datatype=ox.NamedNode(
            "http://www.w3.org/2001/XMLSchema#date")), "id": "a1"}
    for name in bundled_queries():
        text = open_store(None) and __import__("kg.store", fromlist=["named_query"]).named_query(name)
        needed = {k: v for k, v in params.items() if f"?{k}" in text.split("WHERE")[0]}
        query(store, name=name, bindings=needed)
    at_place = query(store, name="events_at_place", bindings={k: params[k] for k in ("place", "from", "to")})
    assert list(at_place["month"]) == ["2024-06"]


def test_unknown_query_name_says_how_to_fix():
    with pytest.raises(KgError, match="kg query --list"):
        query(open_store(None), name="nope")


def test_store_is_on_disk_and_reopens(two_articles, tmp_path):
    s = open_store(tmp_path / "disk")
    ingest([two_articles], s)
    n = summary(s)["events"]
    s.close()
    del s
    again = open_store(tmp_path / "disk")
    assert summary(again)["events"] == n > 0


def test_three_times_are_kept_apart(two_articles, store):
    ingest([two_articles], store)
    df = query(store, """SELECT ?published ?ingested ?version ?eventTime WHERE {
        ?a schema:identifier "a1" ; schema:datePublished ?published ; prov:wasGeneratedBy ?run .
        ?run prov:endedAtTime ?ingested ; kg:toolVersion ?version .
        ?e prov:wasDerivedFrom ?a ; kg:cameoCode "042" ; sem:hasTime/kg:timexValue ?eventTime }""")
    row = df.iloc[0]
    assert (row["published"], row["eventTime"], row["version"]) == ("2024-06-12", "2024-06-10", kg.__version__)
    assert row["ingested"].endswith("Z")


def test_entities_are_described_once_however_many_articles_name_them(two_articles, store):
    ingest([two_articles], store)
    df = query(store, "SELECT ?name WHERE { ?p rdfs:label ?name . FILTER(?name = 'Jan Nowak') }")
    assert len(df) == 1


def test_an_entity_description_deleted_by_an_update_is_written_again_by_the_next_article(two_articles, store):
    # the store skips describing an entity this process has already described, unless an update intervened
    (two_articles / "a2.txt").rename(two_articles.parent / "a2.txt")
    (two_articles / "a2.meta.json").rename(two_articles.parent / "a2.meta.json")
    ingest([two_articles], store)
    store.update("DELETE { GRAPH ?g { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?n } } "
                 "WHERE { GRAPH ?g { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?n FILTER(STR(?n) = 'Jan Nowak') } }")
    assert query(store, "SELECT ?p WHERE { ?p rdfs:label ?n FILTER(STR(?n) = 'Jan Nowak') }").empty
    ingest([two_articles.parent / "a2.txt"], store)
    assert len(query(store, "SELECT ?p WHERE { ?p rdfs:label ?n FILTER(STR(?n) = 'Jan Nowak') }")) == 1


def test_parallel_ingest_gives_the_same_graph(two_articles, tmp_path):
    from tests.conftest import EXAMPLES

    graphs = []
    for jobs in (1, 2):
        s = open_store(tmp_path / f"j{jobs}")
        report = ingest([two_articles, EXAMPLES], s, jobs=jobs)
        assert report.added == 3 and report.events > 0
        graphs.append({str(q) for q in s.quads() if "ingestion" not in str(q) and "endedAtTime" not in str(q)})
    assert graphs[0] == graphs[1]


def test_an_events_time_keeps_its_timex3_mod(tmp_path, store):
    write_article(tmp_path, "m1", "Polish President Jan Nowak visited Berlin in early 2014.", published="2024-06-12")
    ingest([tmp_path], store)
    df = query(store, "SELECT ?e ?value ?mod WHERE { ?e sem:hasTime ?t . ?t kg:timexValue ?value . OPTIONAL { ?t kg:timexMod ?mod } }")
    assert sorted(zip(df["value"], df["mod"], strict=True)) == [("2014", "START")] * 2  # the report's time, and its canonical event's
    assert validate(store).conforms
