from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


def write_article(folder: Path, name: str, text: str, **meta: object) -> Path:
    """An article on disk as the tool reads it: NAME.txt with NAME.meta.json beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    record = {"id": name, **meta}
    (folder / f"{name}.meta.json").write_text(json.dumps(record), encoding="utf-8")
    return folder / f"{name}.txt"


@pytest.fixture
def store(tmp_path):
    from kg.store import open_store

    s = open_store(tmp_path / "store")
    yield s
    s.close()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """The bundled example, ingested once for the session."""
    from kg.api import ingest
    from kg.store import open_store

    s = open_store(tmp_path_factory.mktemp("seed") / "store")
    report = ingest([EXAMPLES], s)
    assert report.added == 1 and report.ok
    return s


@pytest.fixture(scope="session")
def seed_events(seed_store):
    from kg.api import list_events

    return list_events(seed_store)


requires_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside the clone")


def as_left_by_0_9(store) -> None:
    """Make a store look as kg 0.9.0 left it: no fusion keys, its own ontology version."""
    kg = "https://w3id.org/newskg/ontology#"
    owl = "http://www.w3.org/2002/07/owl#"
    store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{kg}fusionKey> ?o }} }}")
    store.update(f"DELETE {{ GRAPH ?g {{ ?o <{owl}versionInfo> ?v }} }} INSERT {{ GRAPH ?g {{ ?o <{owl}versionInfo> \"0.9.0\" }} }} "
                 f"WHERE {{ GRAPH ?g {{ ?o <{owl}versionInfo> ?v }} }}")


SECOND_REPORT = "Vladimir Putin visited the Kursk region on Tuesday, officials said."  # another outlet's report of the seed's visit
VISIT_SOURCES = ("PREFIX kg: <https://w3id.org/newskg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                 "SELECT ?c (COUNT(DISTINCT ?a) AS ?n) WHERE { ?c a kg:CanonicalEvent ; kg:report ?r . ?r prov:wasDerivedFrom ?a ; "
                 "kg:cameoCode ?code FILTER(STRSTARTS(?code, \"04\")) } GROUP BY ?c")  # sources of each real-world visit


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, seconds: float = 30.0) -> None:
    import time
    import urllib.request

    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def need_program(name: str) -> str:
    """The path of a system program the test needs; in CI (which installs it) its absence is a failure."""
    import os
    import shutil

    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run installs it")
        pytest.skip(f"{name} is not installed")
    return path


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CaseMode = 2
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
MaxClientConnections = 10
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A Virtuoso Open Source server on 127.0.0.1 with its own temporary database, stopped after the session.

    Yields (query/update URL, Graph Store Protocol URL). SPARQL update and graph writes are
    granted to the anonymous endpoint user, as an analyst's local server would be set up.
    """
    import subprocess

    server = need_program("virtuoso-t")
    isql = need_program("isql-vt")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=folder, sql=sql_port, http=http_port))
    process = subprocess.Popen([server, "+foreground", "+configfile", str(ini)], cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{http_port}/sparql"
        wait_for_http(url + "?query=ASK%7B%7D", 60)
        subprocess.run([isql, str(sql_port), "dba", "dba",
                        "exec=GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"],
                       check=True, capture_output=True, timeout=60)
        yield url, f"http://127.0.0.1:{http_port}/sparql-graph-crud"
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def synthetic_store():
    """5,000 synthetic events (kg.synthetic) in an in-memory store; tests copy it before changing it."""
    import io

    import pyoxigraph as ox

    from kg.store import OxigraphStore
    from kg.synthetic import write_nquads

    out = io.BytesIO()
    write_nquads(out, events=5000)
    store = OxigraphStore(None)
    store.load(ox.parse(out.getvalue(), format=ox.RdfFormat.N_QUADS))
    return store


def timex_values(text: str, published: str | None) -> list[tuple[str, str]]:
    """(text, TIMEX3 value) of each temporal expression ``kg timex`` finds in ``text``."""
    from kg.timex import find_timexes

    return [(t.text, t.value) for t in find_timexes(text, published)]
