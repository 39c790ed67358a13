"""`kg serve`: a SPARQL 1.1 Protocol endpoint, queried by real clients (SPARQLWrapper, rdflib's SPARQLStore)."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

from kg.api import ingest, list_events
from kg.store import open_store
from tests.conftest import EXAMPLES, free_port, wait_for_http

EVENTS = "SELECT ?e ?label WHERE { ?e a kg:Event ; rdfs:label ?label } ORDER BY ?e"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _serve(store, *options: str):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port), *options],
                               stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/sparql"
    wait_for_http(url + "?query=ASK%7B%7D")
    return process, url


def _stop(process) -> str:
    process.terminate()
    try:
        _, err = process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
    return err


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    folder = tmp_path_factory.mktemp("served") / "store"
    with open_store(folder) as s:
        ingest([EXAMPLES], s)
        n_events = len(list_events(s))
    process, url = _serve(folder, "--timeout", "3", "--workers", "2")
    yield url, n_events
    err = _stop(process)
    assert "127.0.0.1" in err and "read-only" in err  # loopback and read-only unless told otherwise


def _get(url: str, query: str, accept: str) -> tuple[int, str, bytes]:
    request = urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.headers["Content-Type"], r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers["Content-Type"], e.read()


def test_sparqlwrapper_reads_every_result_format(served):
    url, n_events = served
    client = SPARQLWrapper(url)
    client.setQuery("PREFIX kg: <https://w3id.org/newskg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + EVENTS)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert len(rows) == n_events and all("label" in r for r in rows)
    client.setReturnFormat(XML)
    assert len(client.query().convert().getElementsByTagName("result")) == n_events
    for fmt, sep in ((CSV, b","), (TSV, b"\t")):
        client.setReturnFormat(fmt)
        lines = client.query().convert().strip().splitlines()
        assert len(lines) == n_events + 1 and sep in lines[0]


def test_sparqlwrapper_posts_queries(served):
    url, n_events = served
    client = SPARQLWrapper(url)
    client.setMethod("POST")
    client.setQuery(EVENTS)  # the server knows the kg: and rdfs: prefixes
    client.setReturnFormat(JSON)
    assert len(client.query().convert()["results"]["bindings"]) == n_events


def test_rdflib_sparqlstore_queries_the_endpoint(served):
    url, n_events = served
    graph = rdflib.Graph(store=SPARQLStore(url, returnFormat="json"))
    rows = list(graph.query("SELECT ?e WHERE { ?e a <https://w3id.org/newskg/ontology#Event> }"))
    assert len(rows) == n_events
    assert graph.query("ASK { ?e a <https://w3id.org/newskg/ontology#CanonicalEvent> }").askAnswer is True


def test_construct_comes_back_as_turtle(served):
    url, _ = served
    status, content_type, body = _get(url, "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a kg:Event ; rdfs:label ?l }", "text/turtle")
    assert status == 200 and content_type.startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=body.decode(), format="turtle")) > 10


def test_updates_are_refused_unless_allowed(served, tmp_path):
    url, _ = served
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"update": "CLEAR ALL"}).encode(), method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
    assert _get(url, "ASK { ?e a kg:Event }", "application/sparql-results+json")[2].find(b"true") > 0

    folder = tmp_path / "writable"
    with open_store(folder) as s:
        ingest([EXAMPLES], s)
    process, writable = _serve(folder, "--allow-update")
    try:
        client = SPARQLWrapper(writable)
        client.setMethod("POST")
        client.setQuery("INSERT DATA { GRAPH <urn:notes> { <urn:a> <urn:says> 'checked' } }")
        client.query()
        assert b"checked" in _get(writable, "SELECT ?o WHERE { <urn:a> <urn:says> ?o }", "text/csv")[2]
    finally:
        assert "read-write" in _stop(process)


def test_a_heavy_query_is_stopped_and_the_server_goes_on(served):
    url, n_events = served
    started = time.monotonic()
    status, _, body = _get(url, HEAVY, "application/sparql-results+json")
    assert status == 503 and b"limit" in body and time.monotonic() - started < 10
    status, _, body = _get(url, EVENTS, "text/csv")
    assert status == 200 and body.count(b"\n") == n_events + 1


def test_a_result_over_the_size_limit_is_refused(tmp_path):
    folder = tmp_path / "store"
    with open_store(folder) as s:
        ingest([EXAMPLES], s)
    process, url = _serve(folder, "--max-bytes", "2000")
    try:
        status, _, body = _get(url, "SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json")
        assert status == 413 and b"LIMIT" in body
        assert _get(url, "SELECT * WHERE { ?s ?p ?o } LIMIT 2", "application/sparql-results+json")[0] == 200
    finally:
        _stop(process)


def test_bad_requests_get_clear_answers(served):
    url, _ = served
    status, _, body = _get(url, "SELEKT nothing", "application/sparql-results+json")
    assert status == 400 and b"syntax" in body
    assert _get(url, EVENTS, "image/png")[0] == 406


def test_twenty_clients_at_once_get_no_errors(served):
    url, n_events = served
    deadline = time.monotonic() + 3

    def client(_: int) -> list[tuple[int, float]]:
        out = []
        while time.monotonic() < deadline:
            t = time.perf_counter()
            status, _, body = _get(url, EVENTS, "application/sparql-results+json")
            out.append((status, time.perf_counter() - t))
        return out

    with ThreadPoolExecutor(20) as pool:
        results = [r for rs in pool.map(client, range(20)) for r in rs]
    assert len(results) >= 20 and {status for status, _ in results} == {200}


def test_serving_a_folder_without_a_store_is_one_clear_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--store", str(tmp_path / "none"), "--port", str(free_port())],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 1 and "no store here" in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "none").exists()
