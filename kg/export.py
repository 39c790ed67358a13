"""Deterministic serialisation (Turtle, TriG, N-Triples, JSON-LD) and SHACL validation.

Subjects, predicates and objects are written in sorted order with fixed prefixes,
so the same graph always gives the same bytes and exports diff cleanly.

>>> import pyoxigraph as ox
>>> q = ox.Quad(ox.NamedNode("https://w3id.org/newskg/id/person/x"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
...             ox.Literal("X"), ox.NamedNode("https://w3id.org/newskg/graph/a"))
>>> print(serialise([q], "turtle").splitlines()[-1])
<https://w3id.org/newskg/id/person/x> rdfs:label "X" .
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from . import iris
from .errors import KgError
from .rdf import PREFIXES, RDF, XSD, Term, term_text

FORMATS = ("turtle", "trig", "nt", "jsonld", "void")
_VOCABULARIES = ("http://semanticweb.cs.vu.nl/2009/11/sem/", "http://www.w3.org/2006/time#", "http://www.w3.org/ns/prov#",
                 "https://schema.org/", "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/2003/01/geo/wgs84_pos#",
                 "https://w3id.org/newskg/ontology#")
_LOCAL = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_\-]*$")
_ONTOLOGY_GRAPH = iris.GRAPH + "ontology"
_LOOKUP_KEYS = {ox.NamedNode(iris.ONTOLOGY + key) for key in ("actorMonth", "windowStart", "windowEnd", "fusionKey")}
_ENTITIES_GRAPH = iris.GRAPH + "entities"


def _prefixes_sorted() -> list[tuple[str, str]]:
    # longest namespace first, so "id:" wins over a shorter one that also matches
    return sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def _iri(iri: str) -> str:
    for prefix, ns in _prefixes_sorted():
        if iri.startswith(ns):
            local = iri[len(ns) :]
            if local and _LOCAL.match(local):
                return f"{prefix}:{local}"
    return f"<{iri}>"


def _term(t: Term | ox.Triple) -> str:
    if isinstance(t, ox.NamedNode):
        return _iri(t.value)
    if isinstance(t, ox.Literal):
        lexical = json.dumps(t.value, ensure_ascii=False)
        if t.language:
            return f"{lexical}@{t.language}"
        if t.datatype.value == XSD + "string":
            return lexical
        return f"{lexical}^^{_iri(t.datatype.value)}"
    raise KgError(f"blank nodes and triple terms are not used in this graph: {t}")


def _block(triples: Iterable[tuple[Term | ox.Triple, Term, Term | ox.Triple]], indent: str = "") -> list[str]:
    by_subject: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        by_subject[_term(s)]["a" if p.value == RDF + "type" else _term(p)].add(_term(o))
    lines = []
    for subject in sorted(by_subject):
        preds = by_subject[subject]
        parts = []
        for pred in sorted(preds, key=lambda x: (x != "a", x)):
            parts.append(f"{pred} " + " , ".join(sorted(preds[pred])))
        lines.append(f"{indent}{subject} " + f" ;\n{indent}    ".join(parts) + " .")
    return lines


def _header() -> list[str]:
    return [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())] + [""]


def serialise(quads: Iterable[ox.Quad], fmt: str) -> str:
    """Quads as text in ``fmt`` (turtle, trig, nt, jsonld): same graph, same bytes."""
    quads = list(quads)
    if fmt == "turtle":
        triples = {(q.subject, q.predicate, q.object) for q in quads}
        return "\n".join(_header() + _block(triples)) + "\n"
    if fmt == "trig":
        graphs: dict[str, list[ox.Quad]] = defaultdict(list)
        for q in quads:
            graphs[term_text(q.graph_name) if isinstance(q.graph_name, ox.NamedNode) else ""].append(q)
        out = _header()
        for g in sorted(graphs):
            body = _block(((q.subject, q.predicate, q.object) for q in graphs[g]), "    ")
            out += [f"{_iri(g)} {{" if g else "{", *body, "}", ""]
        return "\n".join(out)
    if fmt == "nt":
        lines = {f"{q.subject} {q.predicate} {q.object} ." for q in quads}
        return "\n".join(sorted(lines)) + "\n"
    if fmt == "jsonld":
        return json.dumps(_jsonld(quads), indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    if fmt == "void":
        return serialise(description_quads(quads), "turtle")
    raise KgError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def description_quads(quads: list[ox.Quad], issued: str | None = None) -> list[ox.Quad]:
    """A VoID and DCAT description of an export: what it holds, under which licence, in which vocabularies.

    >>> len(description_quads([])) > 10
    True
    """
    from .api import ingestion_time

    def n(iri: str) -> ox.NamedNode:
        return ox.NamedNode(iri)

    def lit(value: object, dt: str | None = None) -> ox.Literal:
        return ox.Literal(str(value), datatype=n(XSD + dt)) if dt else ox.Literal(str(value))

    void, dcat, dct = "http://rdfs.org/ns/void#", "http://www.w3.org/ns/dcat#", "http://purl.org/dc/terms/"
    kg = iris.ONTOLOGY
    ds = n(iris.BASE + "dataset")
    events = sorted({term_text(q.subject) for q in quads if q.predicate.value == RDF + "type" and term_text(q.object) == kg + "Event"})
    articles = {term_text(q.subject) for q in quads if q.predicate.value == RDF + "type" and term_text(q.object) == kg + "Article"}
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    day = (issued or ingestion_time())[:10]
    t: list[tuple[ox.NamedNode, ox.NamedNode, Term]] = [
        (ds, n(RDF + "type"), n(void + "Dataset")),
        (ds, n(RDF + "type"), n(dcat + "Dataset")),
        (ds, n(dct + "title"), lit("News event knowledge graph")),
        (ds, n(dct + "description"), lit("Events read from news reports: who did what to whom, where, when, and who says so.")),
        (ds, n(dct + "license"), n("https://creativecommons.org/licenses/by/4.0/")),
        (ds, n(dct + "creator"), lit("newskg contributors")),
        (ds, n(dct + "issued"), lit(day, "date")),
        (ds, n(void + "triples"), lit(len(triples), "integer")),
        (ds, n(void + "uriSpace"), lit(iris.ID)),
        (ds, n(kg + "eventCount"), lit(len(events), "integer")),
        (ds, n(kg + "articleCount"), lit(len(articles), "integer")),
    ]
    for vocabulary in _VOCABULARIES:
        t.append((ds, n(void + "vocabulary"), n(vocabulary)))
    if events:
        t.append((ds, n(void + "exampleResource"), n(events[0])))
    part = n(iris.BASE + "dataset#events")
    t += [(ds, n(void + "classPartition"), part), (part, n(void + "class"), n(kg + "Event")),
          (part, n(void + "entities"), lit(len(events), "integer"))]
    for suffix, media in (("ttl", "text/turtle"), ("trig", "application/trig"), ("jsonld", "application/ld+json")):
        dist = n(f"{iris.BASE}dataset#{suffix}")
        t += [(ds, n(dcat + "distribution"), dist), (dist, n(RDF + "type"), n(dcat + "Distribution")),
              (dist, n(dcat + "mediaType"), lit(media)), (dist, n(dct + "format"), lit(suffix))]
    return [ox.Quad(s, p, o, ox.DefaultGraph()) for s, p, o in t]


def _compact(iri: str) -> str:
    for prefix, ns in _prefixes_sorted():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _jsonld(quads: list[ox.Quad]) -> dict[str, Any]:
    nodes: dict[str, dict[str, Any]] = {}
    for q in quads:
        node = nodes.setdefault(term_text(q.subject), {"@id": _compact(term_text(q.subject))})
        if q.predicate.value == RDF + "type":
            node.setdefault("@type", []).append(_compact(term_text(q.object)))
            continue
        o = q.object
        if isinstance(o, ox.NamedNode):
            value: dict[str, Any] = {"@id": _compact(o.value)}
        elif isinstance(o, ox.Literal) and o.language:
            value = {"@value": o.value, "@language": o.language}
        elif isinstance(o, ox.Literal) and o.datatype.value != XSD + "string":
            value = {"@value": o.value, "@type": _compact(o.datatype.value)}
        else:
            value = {"@value": term_text(o)}
        values = node.setdefault(_compact(q.predicate.value), [])
        if value not in values:
            values.append(value)
    graph = []
    for key in sorted(nodes):
        node = nodes[key]
        for k, v in node.items():
            if isinstance(v, list):
                node[k] = sorted(set(v)) if k == "@type" else sorted(v, key=lambda x: json.dumps(x, sort_keys=True))
        graph.append(node)
    return {"@context": dict(sorted(PREFIXES.items())), "@graph": graph}


def data_quads(quads: Iterable[ox.Quad], since: str | None = None, articles: set[str] | None = None) -> list[ox.Quad]:
    """The quads read from articles and the entities they name, optionally only some articles; not
    the ontology, nor the store's own lookup keys (``kg:actorMonth``, ``kg:windowStart``, ``kg:windowEnd``, ``kg:fusionKey``: ``kg upgrade`` writes them
    again for a store loaded from an export).

    With a filter, the entities graph keeps only the descriptions the chosen articles refer to.
    """
    out = [q for q in quads if q.graph_name != ox.NamedNode(_ONTOLOGY_GRAPH) and q.predicate not in _LOOKUP_KEYS]
    if since is None and articles is None:
        return out
    published = ox.NamedNode("https://schema.org/datePublished")
    identifier = ox.NamedNode("https://schema.org/identifier")
    ids = {term_text(q.graph_name): term_text(q.object) for q in out if q.predicate == identifier}
    dates = {term_text(q.graph_name): term_text(q.object) for q in out if q.predicate == published}
    keep = {g for g, article_id in ids.items()
            if (articles is None or article_id in articles) and (since is None or dates.get(g, "") >= since)}
    chosen = [q for q in out if term_text(q.graph_name) in keep]
    chosen_events = {term_text(q.subject) for q in chosen}
    report = ox.NamedNode(iris.ONTOLOGY + "report")
    fused = {term_text(q.graph_name) for q in out if q.predicate == report and term_text(q.object) in chosen_events}
    chosen += [q for q in out if term_text(q.graph_name) in fused]  # the real-world events they report, with all sources
    described: dict[str, list[ox.Quad]] = defaultdict(list)
    for q in out:
        if term_text(q.graph_name) == _ENTITIES_GRAPH:
            described[term_text(q.subject)].append(q)
    todo = [term_text(q.object) for q in chosen if isinstance(q.object, ox.NamedNode)]
    seen: set[str] = set()
    while todo:
        iri = todo.pop()
        if iri in seen or iri not in described:
            continue
        seen.add(iri)
        chosen.extend(described[iri])
        todo.extend(term_text(q.object) for q in described[iri] if isinstance(q.object, ox.NamedNode))
    return chosen


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: int
    text: str


def validate_quads(quads: Iterable[ox.Quad], shapes: Path | None = None) -> ValidationReport:
    """Check the graph against ``ontology/shapes.ttl`` with pySHACL."""
    import pyshacl
    import rdflib

    from .api import ontology_dir

    data = rdflib.Graph()
    data.parse(data=serialise(quads, "nt"), format="nt")
    shapes_graph = rdflib.Graph().parse(str(shapes or ontology_dir() / "shapes.ttl"), format="turtle")
    conforms, results, text = pyshacl.validate(data, shacl_graph=shapes_graph, inference="none", allow_warnings=True)
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    violations = len(list(results.subjects(rdflib.RDF.type, sh.ValidationResult)))
    return ValidationReport(bool(conforms), violations, str(text))
