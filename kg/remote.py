"""A store behind any SPARQL 1.1 endpoint: Virtuoso, Fuseki, GraphDB, Oxigraph server.

Queries go over the SPARQL 1.1 Protocol, writes over SPARQL 1.1 Update, and whole
graphs are loaded with the Graph Store Protocol when the server has one. The store
keeps the same small surface as the embedded one, so every command works the same
against ``--store http://...``.

Bound values reach the server as a ``VALUES`` block (:func:`kg.store.with_bindings`).
"""

from __future__ import annotations

import json
import logging
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping

import pyoxigraph as ox

from . import iris
from .errors import KgError, StoreError
from .rdf import ENTITIES_GRAPH, PREFIXES, term_text
from .store import Row, stored_hash, with_bindings

log = logging.getLogger(__name__)

_PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _term(binding: dict[str, str]) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    language = binding.get("xml:lang")
    if language:
        return ox.Literal(value, language=language)
    datatype = binding.get("datatype")  # "typed-literal" (Virtuoso, SPARQL 1.0 JSON) carries one too
    return ox.Literal(value, datatype=ox.NamedNode(datatype)) if datatype and datatype != XSD_STRING else ox.Literal(value)


def _ntriples(quads: Iterable[ox.Quad]) -> bytes:
    return ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.N_TRIPLES) or b""


class SparqlStore:
    """A SPARQL 1.1 endpoint used as the store.

    ``query_url`` answers queries; ``update_url`` (by default the same) takes updates;
    ``graph_store_url``, when given, takes whole graphs (Graph Store Protocol).
    The server's default graph must be the union of its named graphs (Virtuoso and
    GraphDB do this; Fuseki and Oxigraph server have an option for it).
    """

    def __init__(self, query_url: str, update_url: str | None = None, graph_store_url: str | None = None,
                 timeout: float = 120.0, user: str | None = None, password: str | None = None) -> None:
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.graph_store_url = graph_store_url
        self.timeout = timeout
        self._headers: dict[str, str] = {}
        if user:
            import base64

            token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
            self._headers["Authorization"] = f"Basic {token}"

    @classmethod
    def from_url(cls, url: str) -> SparqlStore:
        """The endpoint at ``url``; ``KG_SPARQL_UPDATE``, ``KG_SPARQL_GSP``, ``KG_SPARQL_USER`` and
        ``KG_SPARQL_PASSWORD`` name the update and graph store endpoints and credentials when they differ."""
        return cls(url, os.environ.get("KG_SPARQL_UPDATE"), os.environ.get("KG_SPARQL_GSP"),
                   user=os.environ.get("KG_SPARQL_USER"), password=os.environ.get("KG_SPARQL_PASSWORD"))

    # --- HTTP ---
    def _request(self, url: str, data: bytes | None, headers: dict[str, str], method: str = "POST") -> bytes:
        request = urllib.request.Request(url, data=data, method=method, headers={**self._headers, **headers})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace").strip().splitlines()
            raise StoreError(f"{url}: HTTP {e.code} {e.reason}: {detail[0] if detail else ''}"[:500]) from None
        except (urllib.error.URLError, OSError) as e:
            raise StoreError(f"{url}: cannot reach the SPARQL endpoint ({getattr(e, 'reason', e)})") from None

    def _query(self, query: str, accept: str) -> bytes:
        body = urllib.parse.urlencode({"query": _PROLOGUE + query}).encode()
        return self._request(self.query_url, body, {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})

    def update(self, update: str) -> None:
        body = urllib.parse.urlencode({"update": _PROLOGUE + update}).encode()
        self._request(self.update_url, body, {"Content-Type": "application/x-www-form-urlencoded"})

    # --- the Store protocol ---
    def select(self, query: str, bindings: Mapping[str, object] | None = None) -> list[Row]:
        data = json.loads(self._query(with_bindings(query, bindings), "application/sparql-results+json"))
        if "results" not in data:
            raise KgError("expected a SELECT query")
        names = data["head"].get("vars", [])
        return [{n: (_term(b[n]) if n in b else None) for n in names} for b in data["results"]["bindings"]]

    def ask(self, query: str) -> bool:
        return bool(json.loads(self._query(query, "application/sparql-results+json"))["boolean"])

    def stored_hash(self, article_id: str) -> str | None:
        return stored_hash(self, article_id)

    def has_graph(self, graph_iri: str) -> bool:
        return self.ask(f"ASK {{ GRAPH <{ox.NamedNode(graph_iri).value}> {{ ?s ?p ?o }} }}")

    def replace_graph(self, graph_iri: str, quads: list[ox.Quad]) -> None:
        graph = ox.NamedNode(graph_iri)
        triples = _ntriples(quads)
        if self.graph_store_url:
            url = f"{self.graph_store_url}?{urllib.parse.urlencode({'graph': graph.value})}"
            self._request(url, triples, {"Content-Type": "application/n-triples"}, method="PUT")
            return
        self.update(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{triples.decode('utf-8')}}} }}")

    def replace_graphs(self, graphs: Mapping[str, list[ox.Quad]], remove: Iterable[str] = ()) -> None:
        for graph_iri, quads in graphs.items():
            self.replace_graph(graph_iri, quads)
        for graph_iri in remove:
            self.remove_graph(graph_iri)

    def remove_graph(self, graph_iri: str) -> bool:
        if not self.has_graph(graph_iri):
            return False
        self.update(f"DROP SILENT GRAPH {ox.NamedNode(graph_iri)}")
        return True

    def replace_article(self, article_id: str, quads: list[ox.Quad], superseded: Iterable[str] = ()) -> None:
        """The article's own graph is replaced; what it adds to shared graphs (entity descriptions) is added,
        after the stored descriptions of the ``superseded`` entities are dropped."""
        drops = [f"DELETE WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ {ox.NamedNode(iri)} ?p ?o }} }}" for iri in superseded]
        if drops:
            self.update(" ;\n".join(drops))
        graph = iris.graph(article_id)
        self.replace_graph(graph, [q for q in quads if term_text(q.graph_name) == graph])
        self.load([q for q in quads if term_text(q.graph_name) != graph])

    def load(self, quads: Iterable[ox.Quad]) -> None:
        """Quads added to whatever their graphs hold (Graph Store Protocol POST, else INSERT DATA)."""
        by_graph: dict[str, list[ox.Quad]] = {}
        for q in quads:
            by_graph.setdefault(term_text(q.graph_name), []).append(q)
        for graph, part in sorted(by_graph.items()):
            triples = _ntriples(part)
            if self.graph_store_url:
                url = f"{self.graph_store_url}?{urllib.parse.urlencode({'graph': graph})}"
                self._request(url, triples, {"Content-Type": "application/n-triples"}, method="POST")
            else:
                self.update(f"INSERT DATA {{ GRAPH {ox.NamedNode(graph)} {{\n{triples.decode('utf-8')}}} }}")

    def remove_article(self, article_id: str) -> bool:
        return self.remove_graph(iris.graph(article_id))

    def graphs(self) -> list[str]:
        """Our named graphs (a server has its own system graphs beside them)."""
        rows = self.select(f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{iris.GRAPH}")) }}')
        return sorted(r["g"].value for r in rows if r["g"] is not None)

    def quads(self) -> Iterator[ox.Quad]:
        for graph in self.graphs():
            node = ox.NamedNode(graph)
            data = self._query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {node} {{ ?s ?p ?o }} }}", "application/n-triples")
            for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
                yield ox.Quad(t.subject, t.predicate, t.object, node)

    def flush(self) -> None:
        """Nothing to do: the server commits each request."""

    def close(self) -> None:
        """Nothing to release: each request is its own connection."""

    def __enter__(self) -> SparqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
