"""The store: one small interface, an embedded on-disk Oxigraph behind it by default.

Each article's quads live in its own named graph, so replacing or removing an
article touches nothing else. Queries see the union of all graphs.

>>> import tempfile
>>> s = open_store(tempfile.mkdtemp())
>>> s.stored_hash("nope") is None
True
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from . import iris
from .errors import KgError, StoreError
from .rdf import ENTITIES_GRAPH, PREFIXES

log = logging.getLogger(__name__)

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_BINDINGS_HERE = "#BINDINGS"  # where a query wants its VALUES block, when not at the head of its first WHERE
Row = dict[str, ox.NamedNode | ox.BlankNode | ox.Literal | None]


@cache
def named_query(name: str) -> str:
    """The text of a bundled query, ``kg/queries/NAME.rq``."""
    try:
        return resources.files("kg").joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KgError(f"no bundled query {name!r}; see `kg query --list`") from None


def bundled_queries() -> list[str]:
    return sorted(p.name[:-3] for p in resources.files("kg").joinpath("queries").iterdir() if p.name.endswith(".rq"))


class Store(Protocol):
    """What the pipeline needs from a store, local or remote."""

    def stored_hash(self, article_id: str) -> str | None: ...
    def replace_article(self, article_id: str, quads: list[ox.Quad], superseded: Iterable[str] = ()) -> None: ...
    def remove_article(self, article_id: str) -> bool: ...
    def replace_graph(self, graph_iri: str, quads: list[ox.Quad]) -> None: ...
    def replace_graphs(self, graphs: Mapping[str, list[ox.Quad]], remove: Iterable[str] = ()) -> None: ...
    def remove_graph(self, graph_iri: str) -> bool: ...
    def has_graph(self, graph_iri: str) -> bool: ...
    def load(self, quads: Iterable[ox.Quad]) -> None: ...
    def select(self, query: str, bindings: Mapping[str, object] | None = None) -> list[Row]: ...
    def update(self, update: str) -> None: ...
    def quads(self) -> Iterator[ox.Quad]: ...
    def close(self) -> None: ...


def stored_hash(store: Store, article_id: str) -> str | None:
    """What identifies the stored reading of an article: its content hash and the tool version."""
    rows = store.select(named_query("article_hash"), {"id": article_id})
    if not rows or rows[0]["hash"] is None:
        return None
    version, digest = rows[0]["version"], rows[0]["hash"]
    return f"{digest.value}@{version.value if version is not None else ''}"


def term(value: object) -> ox.NamedNode | ox.Literal:
    """A Python value as an RDF term for a binding: IRIs stay IRIs, the rest become literals."""
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    return ox.Literal(str(value))


def with_bindings(query: str, bindings: Mapping[str, object] | None) -> str:
    """The query with its bound variables fixed by a VALUES block at the head of its WHERE group,
    where every FILTER of the group sees them. Values never enter the query as text: they are
    RDF terms serialised by pyoxigraph. (pyoxigraph's own substitutions are applied after
    evaluation, 40x slower on a selective query; a VALUES block is joined first.)

    >>> with_bindings("SELECT ?x WHERE { ?x <http://ex/id> ?id }", {"id": 'a" } DROP ALL #'})
    'SELECT ?x WHERE { VALUES (?id) { ("a\\\\" } DROP ALL #") }  ?x <http://ex/id> ?id }'
    """
    if not bindings:
        return query
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(str(term(v)) for v in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    if _BINDINGS_HERE in query:  # a subquery that must see the values (a page: LIMIT inside)
        return query.replace(_BINDINGS_HERE, block, 1)
    match = _WHERE.search(query)
    if match is None:
        raise KgError("a query with bindings needs a WHERE { ... } group")
    return f"{query[: match.end()]}{block}{query[match.end():]}"


def with_values(query: str, nodes: Iterable[str | ox.Literal], var: str, mark: str) -> str:
    """The query with ``VALUES ?var { ... }`` at each ``mark`` (bindings take one value, this takes
    many): a string is an IRI, a literal is written as one.

    >>> with_values("SELECT ?e WHERE { #EVENTS ?e ?p ?o }", ["http://ex/1", "http://ex/2"], "e", "#EVENTS")
    'SELECT ?e WHERE { VALUES ?e { <http://ex/1> <http://ex/2> } ?e ?p ?o }'
    >>> with_values("SELECT ?e WHERE { #KEYS ?e ?p ?k }", [ox.Literal("04 http://ex/a")], "k", "#KEYS")
    'SELECT ?e WHERE { VALUES ?k { "04 http://ex/a" } ?e ?p ?k }'
    """
    # NamedNode rejects anything not an IRI; a Literal escapes its own text
    values = " ".join(str(i) if isinstance(i, ox.Literal) else f"<{ox.NamedNode(i).value}>" for i in nodes)
    return query.replace(mark, f"VALUES ?{var} {{ {values} }}")


def upgrade_updates() -> list[str]:
    """SPARQL updates that bring a store written by an earlier version up to date: the begin and
    end dates kept on each event (0.3.0), the actor-month keys timeline pages read (0.4.0), the windows
    fusion looks partners up by (0.7.0) and its keys (0.10.0), and the links fusion writes beside real-world events
    (``fusion.yaml``, ``actor_links``). Each adds only what is missing, so running them again changes
    nothing."""
    from .fusion import rules

    steps = [f"INSERT {{ GRAPH ?g {{ ?e kg:{short} ?d }} }} WHERE {{ GRAPH ?g {{ ?e sem:hasTime/time:{path}/time:inXSDDate ?d "
             f"FILTER NOT EXISTS {{ ?e kg:{short} ?x }} }} }}" for short, path in (("beginDate", "hasBeginning"), ("endDate", "hasEnd"))]
    oldest, newest = iris.ACTOR_MONTHS  # the keys iris.actor_month writes
    steps.append("INSERT { GRAPH ?g { ?e kg:actorMonth ?m } } WHERE { GRAPH ?g { ?e a kg:Event ; kg:beginDate ?d ; kg:agent|kg:participant ?a "
                 "FILTER NOT EXISTS { ?e kg:actorMonth ?x } } BIND(SUBSTR(STR(?d), 1, 7) AS ?month) "
                 f"BIND(IRI(CONCAT(STR(?a), \"/\", IF(?month < \"{oldest}\", \"{oldest}\", IF(?month > \"{newest}\", \"{newest}\", ?month)))) AS ?m) }}")
    days = rules().undated_window_days  # the window kg.fusion.window gives: the time, else the week before publication
    steps.append("INSERT { GRAPH ?g { ?e kg:windowStart ?first ; kg:windowEnd ?last } } WHERE { GRAPH ?g { ?e a kg:Event ; "
                 "prov:wasDerivedFrom ?a FILTER NOT EXISTS { ?e kg:windowStart ?x } OPTIONAL { ?e kg:beginDate ?b ; kg:endDate ?z } "
                 "OPTIONAL { ?a schema:datePublished ?p } } BIND(xsd:date(SUBSTR(STR(?p), 1, 10)) AS ?day) "
                 f"BIND(COALESCE(?b, ?day - \"P{days}D\"^^xsd:dayTimeDuration, \"0001-01-01\"^^xsd:date) AS ?first) "
                 "BIND(COALESCE(?z, ?day, \"9999-12-31\"^^xsd:date) AS ?last) }")
    steps.append("INSERT { GRAPH ?g { ?e kg:fusionKey ?key } } WHERE { GRAPH ?g { ?e kg:windowStart ?w ; kg:cameoCode ?code ; ?role ?x "
                 "VALUES ?role { kg:agent kg:participant sem:hasPlace } FILTER NOT EXISTS { ?e kg:fusionKey ?k } } "
                 "BIND(CONCAT(SUBSTR(?code, 1, 2), \" \", STR(?x)) AS ?key) }")  # as kg.fusion.fusion_key writes them
    role = {"agent": "kg:agent", "participant": "kg:participant", "place": "sem:hasPlace"}
    for rule in rules().actor_links:
        back = f" . ?b kg:{rule.property} ?a" if rule.both_ways else ""
        steps.append(f"INSERT {{ GRAPH ?g {{ ?a kg:{rule.property} ?b{back} }} }} WHERE {{ GRAPH ?g {{ ?e a kg:CanonicalEvent ; "
                     f"kg:cameoCode ?code ; kg:report ?r FILTER(STRSTARTS(?code, \"{rule.cameo}\")) }} "
                     f"GRAPH ?article {{ ?r {role[rule.source]} ?a ; {role[rule.target]} ?b FILTER(?a != ?b) }} }}")
    prefixes = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
    return [prefixes + step for step in steps]


def upgrade(store: Store, skip_refused: bool = False) -> None:
    """Run :func:`upgrade_updates` on ``store`` (``kg upgrade``). ``skip_refused``: a step the store
    refuses is logged and the rest still run (Virtuoso takes the fusion keys but not the date
    arithmetic of the windows, nor the links' steps)."""
    for update in upgrade_updates():
        try:
            store.update(update)
        except StoreError as e:
            if not skip_refused:
                raise
            log.warning("could not bring the store up to date: %s", e)


_SHARED_WRITTEN_MAX = 1_000_000  # quads remembered, about 300 MB at most


class OxigraphStore:
    """An embedded Oxigraph store on disk (or in memory when ``path`` is None)."""

    def __init__(self, path: str | Path | None) -> None:
        try:
            self.path = Path(path) if path is not None else None
            if self.path is not None:
                self.path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(self.path)) if self.path is not None else ox.Store()
        except OSError as e:
            raise StoreError(f"{path}: cannot open the store ({e}); is another kg process using it?") from None
        # quads of shared graphs (entity descriptions) this process has written: every article
        # that names an actor describes it again, and on disk a write costs about 10 us a quad
        self._shared_written: set[ox.Quad] = set()
        self._shared_graphs: set[ox.NamedNode] = set()

    def stored_hash(self, article_id: str) -> str | None:
        return stored_hash(self, article_id)

    def replace_article(self, article_id: str, quads: list[ox.Quad], superseded: Iterable[str] = ()) -> None:
        """The article's graph is replaced; what it adds to shared graphs is added, unless this
        process has already written it (measured on 256 articles: a quarter of their quads).
        ``superseded``: entities whose stored descriptions the article's replace."""
        graph = ox.NamedNode(iris.graph(article_id))
        entities = ox.NamedNode(ENTITIES_GRAPH)
        for iri in superseded:
            for q in list(self._store.quads_for_pattern(ox.NamedNode(iri), None, None, entities)):
                self._store.remove(q)
            self._shared_written.clear()
        if len(self._shared_written) > _SHARED_WRITTEN_MAX:
            self._shared_written.clear()
        new = [q for q in quads if q.graph_name == graph or q not in self._shared_written]
        self.replace_graph(graph.value, new)
        shared = [q for q in new if q.graph_name != graph]
        self._shared_written.update(shared)
        self._shared_graphs.update(q.graph_name for q in shared)  # type: ignore[misc]

    def remove_article(self, article_id: str) -> bool:
        return self.remove_graph(iris.graph(article_id))

    def replace_graph(self, graph_iri: str, quads: list[ox.Quad]) -> None:
        """Whatever was in the graph is replaced by ``quads`` (which must be in that graph)."""
        self.remove_graph(graph_iri)
        self._store.extend(quads)

    def replace_graphs(self, graphs: Mapping[str, list[ox.Quad]], remove: Iterable[str] = ()) -> None:
        """Several graphs replaced (each by its quads) and the ``remove`` ones dropped; the new quads
        are written in one transaction, not one per graph."""
        for graph_iri in [*graphs, *remove]:
            self.remove_graph(graph_iri)
        self._store.extend(q for quads in graphs.values() for q in quads)

    def remove_graph(self, graph_iri: str) -> bool:
        graph = ox.NamedNode(graph_iri)
        if not self._store.contains_named_graph(graph):
            return False
        self._store.remove_graph(graph)
        if graph in self._shared_graphs:
            self._shared_written.clear()
        return True

    def select(self, query: str, bindings: Mapping[str, object] | None = None) -> list[Row]:
        result = self._store.query(with_bindings(query, bindings), use_default_graph_as_union=True, prefixes=PREFIXES)
        if not isinstance(result, ox.QuerySolutions):
            raise KgError("expected a SELECT query")
        names = [v.value for v in result.variables]
        return [{n: sol[n] for n in names} for sol in result]

    def update(self, update: str) -> None:
        """Run a SPARQL 1.1 Update."""
        self._shared_written.clear()  # it may have deleted some
        self._store.update(update)

    def quads(self) -> Iterator[ox.Quad]:
        yield from self._store.quads_for_pattern(None, None, None, None)

    def has_graph(self, iri: str) -> bool:
        return bool(self._store.contains_named_graph(ox.NamedNode(iri)))

    def load(self, quads: Iterable[ox.Quad]) -> None:
        self._store.bulk_extend(quads)

    def load_file(self, path: str | Path, fmt: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> None:
        """Bulk-load a file of quads (fast path, no transaction: for a store nobody else writes to),
        then compact the store: measured at 100,000 events, queries right after a bulk load run
        1.5-6x slower than after compaction, which takes under 2 s."""
        self._store.bulk_load(path=str(path), format=fmt)
        self.optimize()

    def optimize(self) -> None:
        """Compact the on-disk indexes (what a bulk load or a long ingest leaves in many pieces)."""
        self._store.optimize()

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        """Flush and release the folder's lock (the store cannot be used afterwards)."""
        if self._store is not None and self.path is not None:
            self._store.flush()
        self._store = None  # type: ignore[assignment]

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(location: str | Path | None) -> OxigraphStore:
    """A store at a folder (created if missing), or a SPARQL 1.1 endpoint at an ``http(s)://`` URL
    (see :mod:`kg.remote`); ``None`` is an in-memory store."""
    if isinstance(location, str) and location.startswith(("http://", "https://")):
        from .remote import SparqlStore

        return SparqlStore.from_url(location)  # type: ignore[return-value]
    return OxigraphStore(location)
