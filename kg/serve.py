"""Serving the graph: a SPARQL 1.1 Protocol endpoint over a store folder.

Queries run in a few worker processes, each with its own read-only view of the store,
so one heavy query cannot take the endpoint down: a query that runs past the timeout
has its worker killed and replaced, and a result past the size limit is cut off with
an error, not sent. Nothing is written unless the server was started with updates
allowed; then updates run in the server process, one at a time, and the workers
reopen their view after each.

>>> handler = Endpoint(Path("store"), ServeOptions(workers=1))
>>> handler.negotiate("SELECT", "text/csv, */*;q=0.1")
('text/csv; charset=utf-8', 'csv')
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from .rdf import PREFIXES

log = logging.getLogger(__name__)

RESULT_FORMATS = {  # media type -> (pyoxigraph format name, content type sent)
    "application/sparql-results+json": ("json", "application/sparql-results+json"),
    "application/json": ("json", "application/sparql-results+json"),
    "application/sparql-results+xml": ("xml", "application/sparql-results+xml"),
    "application/xml": ("xml", "application/sparql-results+xml"),
    "text/csv": ("csv", "text/csv; charset=utf-8"),
    "text/tab-separated-values": ("tsv", "text/tab-separated-values; charset=utf-8"),
}
GRAPH_FORMATS = {
    "text/turtle": ("turtle", "text/turtle; charset=utf-8"),
    "application/n-triples": ("ntriples", "application/n-triples"),
    "application/rdf+xml": ("rdfxml", "application/rdf+xml"),
}
_RESULTS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML, "csv": ox.QueryResultsFormat.CSV,
            "tsv": ox.QueryResultsFormat.TSV}
_GRAPHS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML}


@dataclass(frozen=True)
class ServeOptions:
    timeout: float = 30.0  # seconds a query may run
    max_bytes: int = 50_000_000  # largest result sent
    workers: int = 2
    allow_update: bool = False


class ResultTooLarge(Exception):
    pass


class _CappedBuffer:
    """A binary sink that refuses to grow past a limit (the serializer stops when it raises)."""

    def __init__(self, limit: int) -> None:
        self.parts: list[bytes] = []
        self.size = 0
        self.limit = limit

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise ResultTooLarge
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def _query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first of them after the prologue."""
    body = "\n".join(line for line in query.splitlines() if not line.lstrip().upper().startswith(("PREFIX", "BASE", "#")))
    words = [w.upper() for w in body.replace("{", " ").split()]
    return next((w for w in words if w in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), "SELECT")


def run_query(store: ox.Store, query: str, fmt: str, max_bytes: int) -> tuple[int, bytes]:
    """Evaluate and serialize one query: (HTTP status, body)."""
    try:
        result = store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
    except SyntaxError as e:
        return HTTPStatus.BAD_REQUEST, f"query syntax error: {e}".encode()
    except (OSError, ValueError, RuntimeError) as e:
        return HTTPStatus.BAD_REQUEST, f"query failed: {e}".encode()
    sink = _CappedBuffer(max_bytes)
    try:
        if isinstance(result, ox.QueryTriples):
            result.serialize(sink, _GRAPHS[fmt])  # type: ignore[arg-type]
        else:
            result.serialize(sink, _RESULTS[fmt])  # type: ignore[arg-type]
    except Exception as e:  # the serializer may wrap what the sink raised
        if sink.size > max_bytes:
            return HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"result larger than {max_bytes} bytes; add a LIMIT".encode()
        return HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {e}".encode()
    return HTTPStatus.OK, b"".join(sink.parts)


def _open_read_only(path: str, attempts: int = 20) -> ox.Store:
    """A read-only view; a writer in another process may be swapping its manifest, so try again briefly."""
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.05)
    raise AssertionError("unreachable")


def _worker(path: str, conn: Connection) -> None:
    """A query worker: a read-only view of the store, reopened when the store has changed."""
    store, generation = None, -1
    while True:
        try:
            wanted, query, fmt, max_bytes = conn.recv()
        except EOFError:
            return
        try:
            if wanted != generation or store is None:
                store, generation = None, -1
                store, generation = _open_read_only(path), wanted
            answer = run_query(store, query, fmt, max_bytes)
        except Exception as e:  # a worker answers with the error rather than dying
            answer = (HTTPStatus.INTERNAL_SERVER_ERROR, f"{type(e).__name__}: {e}".encode())
        conn.send(answer)


class _Pool:
    """Worker processes that can be killed one at a time (a thread cannot be stopped; a process can)."""

    def __init__(self, path: Path, size: int) -> None:
        self.path = str(path)
        self.context = multiprocessing.get_context("spawn")  # the server has threads: do not fork them
        self.idle: queue.Queue[tuple[multiprocessing.process.BaseProcess, Connection]] = queue.Queue()
        self.generation = 0
        self.all: list[multiprocessing.process.BaseProcess] = []
        for _ in range(size):
            self.idle.put(self._start())

    def _start(self) -> tuple[multiprocessing.process.BaseProcess, Connection]:
        mine, theirs = self.context.Pipe()
        process = self.context.Process(target=_worker, args=(self.path, theirs), daemon=True)
        process.start()
        self.all.append(process)
        return process, mine

    def run(self, query: str, fmt: str, max_bytes: int, timeout: float) -> tuple[int, bytes]:
        started = time.monotonic()
        try:
            process, conn = self.idle.get(timeout=timeout)
        except queue.Empty:
            return HTTPStatus.SERVICE_UNAVAILABLE, b"every worker is busy; try again"
        conn.send((self.generation, query, fmt, max_bytes))
        if conn.poll(max(0.0, timeout - (time.monotonic() - started))):
            try:
                answer = conn.recv()
            except EOFError:
                answer = None
            if answer is not None:
                self.idle.put((process, conn))
                return answer
        process.kill()
        process.join()
        self.all.remove(process)
        self.idle.put(self._start())
        return HTTPStatus.SERVICE_UNAVAILABLE, f"query ran past the {timeout:g} s limit and was stopped".encode()

    def close(self) -> None:
        for process in self.all:
            process.kill()
            process.join()


class Endpoint:
    """What the HTTP handler asks: answer a query, apply an update."""

    def __init__(self, path: Path, options: ServeOptions) -> None:
        self.path = path
        self.options = options
        self._pool: _Pool | None = None
        self._writer: ox.Store | None = None
        self._write_lock = threading.Lock()

    def start(self) -> None:
        if self.options.allow_update:
            self._writer = ox.Store(str(self.path))
        elif not (self.path / "CURRENT").exists():
            raise FileNotFoundError(f"{self.path}: no store here (kg ingest creates one)")
        self._pool = _Pool(self.path, self.options.workers)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
        if self._writer is not None:
            self._writer.flush()

    @staticmethod
    def negotiate(form: str, accept: str | None) -> tuple[str, str] | None:
        """(content type, format) for the Accept header, or None when nothing offered fits."""
        table = GRAPH_FORMATS if form in ("CONSTRUCT", "DESCRIBE") else RESULT_FORMATS
        ranked = []
        for i, part in enumerate((accept or "*/*").split(",")):
            media, *params = [p.strip() for p in part.split(";")]
            q = next((float(p[2:]) for p in params if p.startswith("q=") and p[2:].replace(".", "", 1).isdigit()), 1.0)
            ranked.append((-q, i, media.lower()))
        for _, _, media in sorted(ranked):
            if media in table:
                fmt, content_type = table[media]
                return content_type, fmt
            if media in ("*/*", "application/*", "text/*"):
                fmt, content_type = next(iter(table.values()))
                return content_type, fmt
        return None

    def query(self, query: str, accept: str | None) -> tuple[int, str, bytes]:
        chosen = self.negotiate(_query_form(query), accept)
        if chosen is None:
            return HTTPStatus.NOT_ACCEPTABLE, "text/plain", b"no result format fits the Accept header"
        content_type, fmt = chosen
        assert self._pool is not None
        status, body = self._pool.run(query, fmt, self.options.max_bytes, self.options.timeout)
        return status, content_type if status == HTTPStatus.OK else "text/plain; charset=utf-8", body

    def update(self, update: str) -> tuple[int, str, bytes]:
        if self._writer is None:
            return HTTPStatus.FORBIDDEN, "text/plain", b"this endpoint is read-only (start it with --allow-update)"
        with self._write_lock:
            try:
                self._writer.update(update, prefixes=PREFIXES)
                self._writer.flush()
            except (SyntaxError, OSError, ValueError, RuntimeError) as e:
                return HTTPStatus.BAD_REQUEST, "text/plain", f"update failed: {e}".encode()
            assert self._pool is not None
            self._pool.generation += 1
        return HTTPStatus.NO_CONTENT, "text/plain", b""


def _handler(endpoint: Endpoint) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class names it
            log.info("%s %s", self.address_string(), format % args)

        def _send(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            if body or status != HTTPStatus.NO_CONTENT:
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            if body and self.command != "HEAD":
                self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            url = urllib.parse.urlsplit(self.path)
            params = urllib.parse.parse_qs(url.query)
            if url.path not in ("/sparql", "/query"):
                self._send(HTTPStatus.NOT_FOUND, "text/plain", b"the SPARQL endpoint is /sparql")
                return
            if "query" not in params:
                self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"give a query: /sparql?query=SELECT ...")
                return
            self._send(*endpoint.query(params["query"][0], self.headers.get("Accept")))

        def do_POST(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            if url.path not in ("/sparql", "/query", "/update"):
                self._send(HTTPStatus.NOT_FOUND, "text/plain", b"the SPARQL endpoint is /sparql")
                return
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind == "application/sparql-query":
                self._send(*endpoint.query(body, self.headers.get("Accept")))
            elif kind == "application/sparql-update":
                self._send(*endpoint.update(body))
            elif kind == "application/x-www-form-urlencoded":
                form = urllib.parse.parse_qs(body)
                if "query" in form:
                    self._send(*endpoint.query(form["query"][0], self.headers.get("Accept")))
                elif "update" in form:
                    self._send(*endpoint.update(form["update"][0]))
                else:
                    self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"a form with query= or update=")
            else:
                self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "text/plain", f"cannot read a {kind or 'body'} request".encode())

    return Handler


def make_server(path: Path, host: str = "127.0.0.1", port: int = 7878, options: ServeOptions | None = None) -> tuple[ThreadingHTTPServer, Endpoint]:
    """A server ready to ``serve_forever()``; close the endpoint after."""
    endpoint = Endpoint(Path(path), options or ServeOptions())
    endpoint.start()
    server = ThreadingHTTPServer((host, port), _handler(endpoint))
    server.daemon_threads = True
    return server, endpoint
