"""A SPARQL 1.1 server as the store: Virtuoso, started by the tests on 127.0.0.1, gives what the embedded store gives."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.api import export, ingest, list_canonical_events, list_events, query, remove, summary
from kg.errors import StoreError
from kg.remote import SparqlStore
from kg.store import open_store
from tests.conftest import EXAMPLES, SECOND_REPORT, SHARED, VISIT_SOURCES, as_left_by_0_9, requires_shared


def _empty(store: SparqlStore) -> SparqlStore:
    for graph in store.graphs():
        store.remove_graph(graph)
    return store


@pytest.fixture
def remote(virtuoso):
    url, gsp = virtuoso
    return _empty(SparqlStore(url, graph_store_url=gsp))


def _sorted(rows: list[dict]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True) for r in rows)


@requires_shared
def test_events_are_identical_on_virtuoso_and_the_embedded_store(remote, tmp_path):
    local = open_store(tmp_path / "local")
    for s in (local, remote):
        report = ingest([SHARED / "corpus" / "dev"], s)
        assert report.added == 4 and report.ok
    events = list_events(remote)
    assert len(events) > 30
    assert _sorted(events) == _sorted(list_events(local))
    assert _sorted(list_canonical_events(remote)) == _sorted(list_canonical_events(local))
    assert query(remote, name="counts_by_type").to_dict("records") == query(local, name="counts_by_type").to_dict("records")


def test_the_cli_gives_the_same_lines_for_a_folder_and_a_url(virtuoso, tmp_path):
    url, _ = virtuoso
    _empty(SparqlStore(url))  # no Graph Store Protocol: every write is a SPARQL update
    folder = tmp_path / "store"
    outputs = []
    for store in (str(folder), url):
        subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(EXAMPLES), "--store", store, "--quiet"], check=True,
                       capture_output=True)
        outputs.append(subprocess.run([sys.executable, "-m", "kg.cli", "events", "--store", store, "--format", "jsonl"],
                                      check=True, capture_output=True, text=True).stdout)
    assert outputs[0] and outputs[0] == outputs[1]


def test_reingest_remove_and_export_work_remotely(remote, tmp_path):
    first = ingest([EXAMPLES], remote)
    before = summary(remote)
    again = ingest([EXAMPLES], remote)
    assert (first.added, again.unchanged) == (1, 1) and summary(remote) == before
    text = export(remote, "turtle")  # SHACL-checked
    assert "kg:CanonicalEvent" in text and "Kursk" in text
    assert remove(["kursk-visit"], remote) == []
    assert summary(remote)["events"] == 0 and list_canonical_events(remote) == []


def test_bound_values_stay_values_remotely(remote):
    ingest([EXAMPLES], remote)
    hostile = 'x" } } ; DROP ALL ; SELECT * { ?s ?p "'
    assert query(remote, name="actor_timeline", bindings={"name": hostile}).empty
    assert summary(remote)["articles"] == 1


def test_an_unreachable_endpoint_is_one_clear_error(tmp_path):
    port_url = "http://127.0.0.1:9/sparql"
    with pytest.raises(StoreError, match="127.0.0.1:9/sparql: cannot reach the SPARQL endpoint"):
        list_events(SparqlStore(port_url, timeout=5))
    result = subprocess.run([sys.executable, "-m", "kg.cli", "events", "--store", port_url], capture_output=True, text=True)
    assert result.returncode != 0 and "cannot reach" in result.stderr and result.stderr.count("\n") == 1


def test_a_remote_store_an_earlier_release_wrote_takes_new_articles(remote, caplog):
    from kg.api import ingest_articles
    from kg.model import Article

    ingest([EXAMPLES], remote)
    as_left_by_0_9(remote)
    kg = "https://w3id.org/newskg/ontology#"
    report = ingest_articles([Article("second-outlet", SECOND_REPORT, "2025-05-21")], remote)
    assert report.added == 1 and report.ok
    keys = remote.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?e <{kg}fusionKey> ?k }}")
    assert int(keys[0]["n"].value) > 0  # the fusion keys were written back before the new report looked for partners
    assert "could not bring the store up to date" in caplog.text  # the steps Virtuoso refuses are logged, not fatal
    assert max(int(r["n"].value) for r in remote.select(VISIT_SOURCES)) == 2  # and found the seed's report of the visit
