"""What fusion writes beside real-world events so that timelines and network queries stay
fast as the store grows: begin/end dates on events, metWith/visited links, and the upgrade
that adds them to a store written by an earlier version."""

from __future__ import annotations

from kg.api import query
from kg.store import OxigraphStore, upgrade
from tests.conftest import SECOND_REPORT, VISIT_SOURCES, as_left_by_0_9

KG = "https://w3id.org/newskg/ontology#"



def test_two_hop_walks_the_links_of_the_seed_article(seed_store):
    # the seed: Putin visited Kursk; Trump spoke to him by phone (CAMEO 04, a meeting of sorts)
    rows = query(seed_store, name="two_hop_pairs", bindings={"place": "Kursk Oblast"})
    pairs = set(zip(rows["who"], rows["visitor"], strict=True))
    assert ("Donald Trump", "Vladimir Putin") in pairs
    assert all(visitor != who for who, visitor in pairs)


def test_met_with_runs_both_ways(seed_store):
    rows = query(seed_store, "SELECT ?a ?b WHERE { ?x kg:metWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }")
    pairs = set(zip(rows["a"], rows["b"], strict=True))
    assert pairs and all((b, a) in pairs for a, b in pairs)


def test_latest_page_is_the_end_of_the_full_timeline(synthetic_store):
    full = query(synthetic_store, name="actor_timeline", bindings={"name": "Actor 00000"})
    page = query(synthetic_store, name="actor_timeline_latest", bindings={"name": "Actor 00000"})
    assert len(full) > 100 and len(page) == 100
    assert list(page["start"]) == sorted(full["start"], reverse=True)[:100]
    assert set(page["article"]) <= set(full["article"])


def test_upgrade_restores_what_an_older_store_lacks_and_changes_nothing_twice(synthetic_store):
    store = OxigraphStore(None)
    store.load(synthetic_store.quads())
    written = {str(q) for q in store.quads()}
    shortcuts = [KG + p for p in ("beginDate", "endDate", "actorMonth", "windowStart", "windowEnd", "fusionKey", "metWith", "visited")]
    for p in shortcuts:
        store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{p}> ?o }} }}")
    assert not any(f"<{p}>" in q for q in (str(q) for q in store.quads()) for p in shortcuts)
    upgrade(store)
    assert {str(q) for q in store.quads()} == written
    upgrade(store)
    assert {str(q) for q in store.quads()} == written


def test_two_hop_counts_the_visitors_each_person_met(synthetic_store):
    people = query(synthetic_store, name="two_hop", bindings={"place": "Place 0000"})
    pairs = query(synthetic_store, name="two_hop_pairs", bindings={"place": "Place 0000"})
    met = pairs.groupby("who")["visitor"].nunique()
    assert len(people) == len(met) > 20 and met.max() > 1
    assert dict(zip(people["who"], people["visitorsMet"], strict=True)) == met.to_dict()
    assert list(people["visitorsMet"]) == sorted(people["visitorsMet"], reverse=True)


def test_two_hop_on_the_seed_article(seed_store):
    rows = query(seed_store, name="two_hop", bindings={"place": "Kursk Oblast"})
    assert ("Donald Trump", 1) in set(zip(rows["who"], rows["visitorsMet"], strict=True))


def test_upgrade_gives_undated_reports_the_week_before_publication(seed_store):
    store = OxigraphStore(None)
    store.load(seed_store.quads())
    windows = {(q.subject.value, q.predicate.value): q.object.value for q in store.quads() if q.predicate.value.startswith(KG + "window")}
    undated = {s for s, _ in windows} - {q.subject.value for q in store.quads() if q.predicate.value == KG + "beginDate"}
    assert undated, "the seed has reports with no date of their own"
    store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{KG}windowStart> ?o }} }}")
    store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{KG}windowEnd> ?o }} }}")
    upgrade(store)
    again = {(q.subject.value, q.predicate.value): q.object.value for q in store.quads() if q.predicate.value.startswith(KG + "window")}
    assert again == windows
    assert {windows[(s, KG + "windowEnd")] for s in undated} == {"2025-05-21"}  # the seed's publication day
    assert {windows[(s, KG + "windowStart")] for s in undated} == {"2025-05-14"}


def test_a_store_an_earlier_release_wrote_is_brought_up_to_date_on_first_use(seed_store):
    from kg import __version__
    from kg.api import ensure_ontology, ingest_articles
    from kg.model import Article

    store = OxigraphStore(None)
    store.load(seed_store.quads())
    keys = {str(q) for q in store.quads() if q.predicate.value == KG + "fusionKey"}
    assert keys
    as_left_by_0_9(store)
    ensure_ontology(store)
    assert {str(q) for q in store.quads() if q.predicate.value == KG + "fusionKey"} == keys
    versions = {q.object.value for q in store.quads() if q.predicate.value.endswith("#versionInfo")}
    assert versions == {__version__}
    # and a new report of the seed's visit finds the stored one to fuse with
    ingest_articles([Article("second-outlet", SECOND_REPORT, "2025-05-21")], store)
    assert max(int(r["n"].value) for r in store.select(VISIT_SOURCES)) == 2
