"""Pages of an actor's timeline (``kg.actor_events``, ``kg events --actor``): the newest events
first, read through the actor-month keys written beside each event, and exactly the events a
full read of the actor's timeline gives, page after page."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.api import actor_events, ingest_articles, list_events
from kg.cli import main
from kg.errors import KgError
from kg.model import Article, Document, Entity, Event, TimeValue
from kg.rdf import document_quads
from kg.store import OxigraphStore

KG = "https://w3id.org/newskg/ontology#"
EVERY_DATED_EVENT = """SELECT DISTINCT ?event ?start WHERE {
  ?actor rdfs:label ?name . ?event (kg:agent|kg:participant) ?actor ; a kg:Event ; kg:beginDate ?start . }"""



def _everything(store, name: str) -> list[tuple[str, str]]:
    """The actor's dated events, newest first, read without the keys."""
    rows = store.select(EVERY_DATED_EVENT, {"name": name})
    return sorted(((r["start"].value, r["event"].value) for r in rows), reverse=True)


def _pages(store, name: str, limit: int) -> list[list[dict]]:
    pages, before = [], None
    while page := actor_events(store, name, limit, before):
        pages.append(page)
        before = page[-1]["time"]["start"]
    return pages


@pytest.mark.parametrize(("name", "limit"), [("Actor 00000", 30), ("Actor 00000", 7), ("Actor 00040", 3)])
def test_pages_walk_the_whole_timeline_newest_first_without_gaps_or_repeats(synthetic_store, name, limit):
    everything = _everything(synthetic_store, name)
    pages = _pages(synthetic_store, name, limit)
    walked = [(e["time"]["start"], e["id"]) for page in pages for e in page]
    assert len(everything) > 3 * limit
    assert [start for start, _ in walked] == [start for start, _ in everything]
    assert sorted(walked) == sorted(everything)
    for page, following in zip(pages, pages[1:], strict=False):
        assert len(page) >= limit
        assert following[0]["time"]["start"] < page[-1]["time"]["start"]  # a day is never split


def _one_event_article(article_id: str, day: str, actor: Entity) -> list[ox.Quad]:
    sentence = f"{actor.name} spoke on {day}."
    time = TimeValue(day, 0, 5, "DATE", day, day, day, "day")
    event = Event("spoke", 0, 5, 0, len(sentence), "010", f"{actor.name} makes a statement", (actor,), (), (), time, "asserted")
    return document_quads(Document(Article(article_id, sentence, "2025-01-01"), (), (), (event,)), "2025-06-01T00:00:00Z")


def test_days_before_1800_and_after_2099_are_paged_in_their_place(synthetic_store):
    store = OxigraphStore(None)
    store.load(synthetic_store.quads())
    actor = Entity("Actor 00000", "organisation")  # as kg.synthetic names it
    for article_id, day in (("far-past", "1066-10-14"), ("far-future", "2150-01-01"), ("past", "1815-06-18")):
        store.load(_one_event_article(article_id, day, actor))
    pages = _pages(store, actor.name, 30)
    walked = [e["time"]["start"] for page in pages for e in page]
    assert walked == [day for day, _ in _everything(store, actor.name)]
    assert walked[0] == "2150-01-01" and walked[-2:] == ["1815-06-18", "1066-10-14"]


def test_a_page_of_an_actor_in_few_events_is_all_of_them(synthetic_store):
    name = "Actor 01990"
    everything = _everything(synthetic_store, name)
    assert 0 < len(everything) < 100
    assert [(e["time"]["start"], e["id"]) for e in actor_events(synthetic_store, name)] == everything


def test_page_rows_are_the_rows_of_the_full_events_view(synthetic_store):
    page = actor_events(synthetic_store, "Actor 00003", limit=5)
    full = {e["id"]: e for e in list_events(synthetic_store)}
    assert page and all(e == full[e["id"]] for e in page)
    assert all("Actor 00003" in {a["name"] for a in e["agents"] + e["participants"]} for e in page)


def test_every_actor_of_a_dated_event_has_its_month_key(synthetic_store):
    rows = synthetic_store.select("SELECT ?e ?a ?d ?key WHERE { ?e a kg:Event ; kg:beginDate ?d ; kg:agent|kg:participant ?a "
                                  "OPTIONAL { ?e kg:actorMonth ?key FILTER(STRSTARTS(STR(?key), STR(?a))) } }")
    assert rows and all(r["key"] is not None and r["key"].value == f"{r['a'].value}/{r['d'].value[:7]}" for r in rows)


def test_unknown_actor_has_an_empty_page_and_bad_arguments_are_refused(synthetic_store):
    assert actor_events(synthetic_store, "Nobody At All") == []
    with pytest.raises(KgError, match="ISO date"):
        actor_events(synthetic_store, "Actor 00000", before="May 2023")
    with pytest.raises(KgError, match="limit"):
        actor_events(synthetic_store, "Actor 00000", limit=0)


def test_kg_events_actor_pages_on_the_command_line(tmp_path):
    store = OxigraphStore(tmp_path / "s")
    texts = {"b1": ("Prime Minister Ana Souza visited Lisbon on Tuesday. Ana Souza met President Rui Costa in Porto in March.",
                    "2025-05-21"),
             "b2": ("Prime Minister Ana Souza visited Madrid on Monday, officials said.", "2025-06-03")}
    report = ingest_articles([Article(k, t, p) for k, (t, p) in texts.items()], store)
    assert report.ok and report.added == 2
    store.close()
    actor = "Ana Souza"
    run = CliRunner().invoke
    first = run(main, ["events", "--store", str(tmp_path / "s"), "--actor", actor, "--limit", "1"], catch_exceptions=False)
    assert first.exit_code == 0
    rows = [json.loads(line) for line in first.output.splitlines()]
    assert [r["time"]["start"] for r in rows] == ["2025-06-02"]
    nxt = run(main, ["events", "--store", str(tmp_path / "s"), "--actor", actor, "--before", rows[-1]["time"]["start"]],
              catch_exceptions=False)
    assert [json.loads(line)["time"]["start"] for line in nxt.output.splitlines()] == ["2025-05-20", "2025-03-01"]
    bad = run(main, ["events", "--store", str(tmp_path / "s"), "--before", "2025-01-01"])
    assert bad.exit_code == 2 and "--actor" in bad.output
    bad = run(main, ["events", "--store", str(tmp_path / "s"), "--actor", actor, "--before", "soon"])
    assert bad.exit_code == 2 and "ISO date" in bad.output


def test_exports_leave_the_keys_out_and_upgrade_writes_them_again(seed_store):
    from kg.api import export
    from kg.store import upgrade

    key = ox.NamedNode(KG + "actorMonth")
    keys = {q for q in seed_store.quads() if q.predicate == key}
    trig = export(seed_store, "trig")
    assert keys and "actorMonth" not in trig
    loaded = OxigraphStore(None)
    loaded.load(ox.parse(trig.encode(), format=ox.RdfFormat.TRIG))
    upgrade(loaded)
    assert {q for q in loaded.quads() if q.predicate == key} == keys
