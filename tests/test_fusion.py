"""One event, many reports: fusion across articles and linking to Wikidata, on our own sentences."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pyoxigraph as ox
import pytest

from kg.api import export, ingest, ingest_articles, list_canonical_events, list_events, query, remove
from kg.canonical import document_reports, read_reports
from kg.errors import InputError
from kg.fusion import compatible, fuse
from kg.linking import LinkTable, link_entity, link_table
from kg.model import Article, Entity, Report, TimeValue
from kg.pipeline import read
from kg.store import open_store
from tests.conftest import ROOT, write_article

# Four outlets report one visit, in different words, with different dates and modalities;
# a fifth article is about an earlier visit by the same man to the same place.
VISIT = [
    Article("a-wire", "Russian President Vladimir Putin visited the Kursk region on Tuesday, the Kremlin said on Wednesday.", "2025-05-21"),
    Article("b-daily", "Putin made a trip to Kursk Oblast on May 20, according to Russian state media.", "2025-05-22"),
    Article("c-blog", "Ukrainian officials claimed that Putin had visited Kursk Oblast earlier this week.", "2025-05-23"),
    Article("d-paper", "Putin visited Kursk Oblast on Wednesday.", "2025-05-22"),
]
EARLIER = Article("e-march", "Putin visited Kursk Oblast in March.", "2025-05-22")
CALLS = [
    Article("f-call", "Donald Trump spoke with Vladimir Putin by phone on Monday.", "2025-05-20"),
    Article("g-call", "Putin and Trump held a phone call on Monday, the Kremlin said.", "2025-05-20"),
]
ACCUSATIONS = [
    Article("h-acc", "Moscow accused Kyiv of shelling a border village on Sunday.", "2025-05-19"),
    Article("i-acc", "Russia accused Ukraine of shelling the village on Sunday.", "2025-05-20"),
]
ALL = [*VISIT, EARLIER, *CALLS, *ACCUSATIONS]


def _canonical(store, cameo_root: str, article: str) -> dict:
    return next(c for c in list_canonical_events(store) if (c["cameo"] or "").startswith(cameo_root) and article in c["articles"])


@pytest.fixture(scope="module")
def fused(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("fused") / "store")
    ingest_articles(ALL, s)
    return s


def test_reports_made_from_the_document_are_those_read_back_from_the_store(fused):
    """Ingest fuses an article with the reports it has in hand; they must be what the store would give."""
    checked = 0
    for article in ALL:
        made = {r.iri: r for r in document_reports(read(article))}
        stored = {r.iri: replace(r, canonical=None) for r in read_reports(fused, made)}
        assert made == stored, article.id
        checked += len(made)
    assert checked >= len(ALL)
    # countries and the offices that speak for them are keyed by side, so "Moscow" and "Russia" can fuse
    keys = {k for article in ACCUSATIONS for r in document_reports(read(article)) for _, k in r.actor_keys}
    assert {"iso:RU", "iso:UA"} <= keys


def test_four_reports_of_one_visit_are_one_event(fused):
    visit = _canonical(fused, "04", "a-wire")
    assert visit["articles"] == ["a-wire", "b-daily", "c-blog", "d-paper"]
    assert [a["name"] for a in visit["agents"]] == ["Vladimir Putin"]
    # the finest time the reports agree on: "on Tuesday" and "May 20" inside "earlier this week"
    assert visit["time"]["value"] == "2025-05-20"


def test_conflicting_reports_are_kept_not_averaged(fused):
    visit = _canonical(fused, "04", "a-wire")
    by_article = {r["article"]: r for r in visit["reports"]}
    assert by_article["c-blog"]["modality"] == "claimed" and by_article["d-paper"]["modality"] == "asserted"
    # "according to Russian state media": their claim, told as theirs
    assert by_article["b-daily"]["modality"] == "claimed"
    assert visit["modality_conflict"] and set(visit["modalities"]) >= {"asserted", "claimed"}
    # one outlet dates it a day later: still the same visit, the disagreement is flagged and each date stays
    assert by_article["d-paper"]["time"]["value"] == "2025-05-21"
    assert visit["time_conflict"]
    rows = query(fused, """SELECT ?article ?value WHERE {
        ?c a kg:CanonicalEvent ; kg:timeConflict true ; kg:report ?r .
        ?r prov:wasDerivedFrom/schema:identifier ?article ; sem:hasTime/kg:timexValue ?value } ORDER BY ?article""")
    assert dict(zip(rows["article"], rows["value"], strict=True))["d-paper"] == "2025-05-21"


def test_an_earlier_visit_stays_a_separate_event(fused):
    march = _canonical(fused, "04", "e-march")
    assert march["articles"] == ["e-march"] and march["time"]["value"] == "2025-03"
    assert march["id"] != _canonical(fused, "04", "a-wire")["id"]


def test_a_call_reported_from_either_side_is_one_call(fused):
    call = _canonical(fused, "04", "f-call")
    assert call["articles"] == ["f-call", "g-call"]


def test_a_capital_speaks_for_its_country(fused):
    accusation = _canonical(fused, "11", "h-acc")
    assert accusation["articles"] == ["h-acc", "i-acc"]


def test_every_report_names_its_canonical_event(fused):
    events = list_events(fused)
    assert events and all(e["canonical"] for e in events)
    canonical_ids = {c["id"] for c in list_canonical_events(fused)}
    assert {e["canonical"] for e in events} == canonical_ids


def test_fusion_does_not_depend_on_arrival_order(fused, tmp_path):
    other = open_store(tmp_path / "reversed")
    ingest_articles(list(reversed(ALL)), other)

    def groups(s):
        return sorted((c["id"], tuple(c["articles"])) for c in list_canonical_events(s))

    assert groups(other) == groups(fused)


def test_incremental_fusion_links_a_new_report_to_the_existing_event(tmp_path):
    s = open_store(tmp_path / "s")
    ingest_articles(VISIT[:2], s)
    before = _canonical(s, "04", "a-wire")
    untouched = {c["id"] for c in list_canonical_events(s)} - {before["id"]}
    ingest_articles([VISIT[2]], s)
    after = _canonical(s, "04", "a-wire")
    assert after["id"] == before["id"] and after["articles"] == ["a-wire", "b-daily", "c-blog"]
    assert untouched <= {c["id"] for c in list_canonical_events(s)}


def test_reingest_changes_nothing(fused):
    before = sorted(map(str, fused.quads()))
    report = ingest_articles(ALL, fused)
    assert report.unchanged == len(ALL) and report.added == 0
    assert sorted(map(str, fused.quads())) == before


def test_removing_a_source_refuses_the_rest(tmp_path):
    s = open_store(tmp_path / "s")
    ingest_articles(VISIT, s)
    assert remove(["b-daily"], s) == []
    visit = _canonical(s, "04", "a-wire")
    assert visit["articles"] == ["a-wire", "c-blog", "d-paper"]
    assert remove(["a-wire", "c-blog", "d-paper"], s) == []
    assert list_canonical_events(s) == []
    assert not any("/graph/canonical/" in q.graph_name.value for q in s.quads())


def test_changed_article_is_refused(tmp_path):
    s = open_store(tmp_path / "s")
    ingest_articles(VISIT[:2], s)
    ingest_articles([Article("b-daily", "Putin made a trip to Moscow on May 20.", "2025-05-22")], s)
    assert _canonical(s, "04", "a-wire")["articles"] == ["a-wire"]
    reports = {e["canonical"] for e in list_events(s)}
    assert reports == {c["id"] for c in list_canonical_events(s)}  # no report points at a dropped event


def test_canonical_events_validate_and_export(fused, tmp_path):
    text = export(fused, "turtle", tmp_path / "out.ttl")  # SHACL shapes checked on the way
    assert "kg:CanonicalEvent" in text and "kg:report" in text
    partial = export(fused, "turtle", articles=["f-call"])
    assert "kg:CanonicalEvent" in partial and "a-wire" not in partial.replace("g-call", "")


def test_counts_count_real_world_events_once(fused):
    counts = query(fused, name="counts_by_type")
    reports = sum(1 for e in list_events(fused) if (e["cameo"] or "").startswith("04"))
    assert int(counts.loc[counts["root"] == "04", "events"].iloc[0]) < reports


def test_cli_canonical_lists_sources(tmp_path):
    folder = tmp_path / "in"
    for a in VISIT:
        write_article(folder, a.id, a.text, published=a.published)
    store = tmp_path / "store"
    subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(folder), "--store", str(store), "--quiet"], check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-m", "kg.cli", "events", "--store", str(store), "--canonical"],
                         check=True, capture_output=True, text=True).stdout
    lines = [json.loads(line) for line in out.splitlines()]
    visit = next(c for c in lines if c["cameo"].startswith("04"))
    assert visit["articles"] == ["a-wire", "b-daily", "c-blog", "d-paper"] and len(visit["reports"]) == 4


# --- the rules, on hand-made reports ---

def _day(value: str) -> TimeValue:
    return TimeValue(value, 0, 0, "DATE", value, value, value, "day")


def test_different_roots_or_sides_do_not_fuse():
    a = Report("ex:a/1", "a", "042", "", "asserted", frozenset({"ex:x"}), time=_day("2025-05-20"))
    assert not compatible(a, Report("ex:b/1", "b", "190", "", "asserted", frozenset({"ex:x"}), time=_day("2025-05-20")))
    assert not compatible(a, Report("ex:b/1", "b", "042", "", "asserted", frozenset({"ex:y"}), time=_day("2025-05-20")))
    assert not compatible(a, Report("ex:b/1", "b", "042", "", "asserted", frozenset({"ex:x"}), time=_day("2025-05-25")))
    assert compatible(a, Report("ex:b/1", "b", "0421", "", "negated", frozenset({"ex:x"}), time=_day("2025-05-21")))


def test_directed_events_keep_their_direction():
    a = Report("ex:a/1", "a", "112", "", "asserted", frozenset({"ex:x"}), frozenset({"ex:y"}))
    b = Report("ex:b/1", "b", "112", "", "asserted", frozenset({"ex:y"}), frozenset({"ex:x"}))
    assert not compatible(a, b)
    meeting_a = Report("ex:a/1", "a", "040", "", "asserted", frozenset({"ex:x"}), frozenset({"ex:y"}))
    meeting_b = Report("ex:b/1", "b", "040", "", "asserted", frozenset({"ex:y"}), frozenset({"ex:x"}))
    assert compatible(meeting_a, meeting_b)


def test_places_must_be_the_same_or_inside_one_another():
    a = Report("ex:a/1", "a", "042", "", "asserted", frozenset({"ex:x"}), places=frozenset({"ex:kursk-oblast"}),
               place_containers=(("ex:kursk-oblast", frozenset({"ex:russia"})),))
    inside = Report("ex:b/1", "b", "042", "", "asserted", frozenset({"ex:x"}), places=frozenset({"ex:russia"}))
    elsewhere = Report("ex:c/1", "c", "042", "", "asserted", frozenset({"ex:x"}), places=frozenset({"ex:belgorod"}))
    assert compatible(a, inside) and not compatible(a, elsewhere)


def test_undated_reports_are_about_the_days_before_publication():
    undated = Report("ex:a/1", "a", "042", "", "asserted", frozenset({"ex:x"}), published="2025-05-22")
    assert compatible(undated, Report("ex:b/1", "b", "042", "", "asserted", frozenset({"ex:x"}), time=_day("2025-05-20")))
    assert not compatible(undated, Report("ex:b/1", "b", "042", "", "asserted", frozenset({"ex:x"}), time=_day("2025-03-02")))


def test_a_report_that_fits_two_events_joins_only_one():
    march = Report("ex:a/1", "a", "042", "", "asserted", frozenset({"ex:x"}), time=_day("2025-03-03"))
    may = Report("ex:b/1", "b", "042", "", "asserted", frozenset({"ex:x"}), time=_day("2025-05-20"))
    vague = Report("ex:c/1", "c", "042", "", "asserted", frozenset({"ex:x"}))
    events = fuse([march, may, vague])
    assert len(events) == 2 and sorted(len(e.reports) for e in events) == [1, 2]


# --- linking ---

def test_well_known_actors_get_wikidata_ids_and_one_name():
    assert link_entity(Entity("Putin", "person")).name == "Vladimir Putin"
    assert link_entity(Entity("Russia", "country", iso="RU")).wikidata == "Q159"
    assert link_entity(Entity("Moscow", "place", country="RU")).wikidata == "Q649"
    assert link_entity(Entity("NATO", "organisation")).wikidata == "Q7184"


def test_unknown_actors_keep_local_iris(fused):
    assert link_entity(Entity("Ivan Petrov", "person")) == Entity("Ivan Petrov", "person")
    assert link_entity(Entity("Clinton", "person")).wikidata is None  # two well-known Clintons: no guessing


def test_links_are_in_the_export(fused):
    text = export(fused, "nt")
    assert "<https://w3id.org/newskg/id/person/vladimir-putin> <http://www.w3.org/2004/02/skos/core#exactMatch> " \
           "<http://www.wikidata.org/entity/Q7747>" in text
    assert "<http://www.w3.org/2002/07/owl#sameAs> <https://sws.geonames.org/" in text
    agents = _canonical(fused, "04", "a-wire")["agents"]
    assert agents[0]["wikidata"] == "Q7747"


def test_user_links_file_extends_the_table(tmp_path, monkeypatch):
    own = tmp_path / "ours.yaml"
    own.write_text("version: '1'\npeople:\n  - {name: Olena Kovalenko, qid: Q999999991, aliases: [Kovalenko]}\n")
    monkeypatch.setenv("KG_LINKS", str(own))
    folder = tmp_path / "in"
    write_article(folder, "own", "Olena Kovalenko visited Kharkiv on Monday. Kovalenko met volunteers there.", published="2025-05-21")
    s = open_store(tmp_path / "s")
    ingest([folder], s)
    names = {a["name"]: a.get("wikidata") for e in list_events(s) for a in e["agents"]}
    assert names.get("Olena Kovalenko") == "Q999999991"
    assert ox.NamedNode("http://www.wikidata.org/entity/Q999999991") in {q.object for q in s.quads()}


def test_bad_links_file_is_one_clear_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n  - {name: Someone, qid: 7747}\n")
    with pytest.raises(InputError, match=r"bad.yaml: Someone: 7747 is not a Wikidata id"):
        link_table((str(bad),))
    result = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(tmp_path), "--store", str(tmp_path / "s"),
                             "--links", str(bad)], capture_output=True, text=True)
    assert result.returncode == 2 and result.stderr.strip().count("\n") == 0 and "bad.yaml" in result.stderr


def test_country_codes_that_look_like_yes_and_no_are_codes(tmp_path):
    # YAML 1.1 reads NO (Norway) as false: the bundled table and the user's own files must not
    assert link_table(()).countries["NO"] == "Q20"
    own = tmp_path / "ours.yaml"
    own.write_text("countries: {NO: Q20, ON: Q999999992}\n")
    assert link_table((str(own),)).countries["ON"] == "Q999999992"


def test_bundled_links_are_well_formed():
    table = link_table(())
    qids = [*table.countries.values(), *table.places.values(), *table.organisations.values()]
    qids += list({qid for _, qid in table.people.values()})
    assert len(qids) == len(set(qids)), "one QID, one entity"
    assert isinstance(table, LinkTable) and table.versions[0].startswith("links.yaml@")


def test_the_readme_query_lists_an_event_with_all_its_sources(fused):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("An event with all its sources:", 1)[1].split("```console", 1)[1].split("```", 1)[0]
    sparql = block.split('"', 1)[1].rsplit('"', 1)[0]
    rows = query(fused, sparql)
    sources = rows.groupby("event")["source"].apply(set)
    assert {"a-wire", "b-daily", "c-blog", "d-paper"} in list(sources)
