"""The one place RDF is made: a Document becomes the quads of its article's named graph.

No blank nodes: every node has an IRI from :mod:`kg.iris`, so re-runs give the same
graph and exports diff cleanly.

>>> from kg.model import Article, Document
>>> quads = document_quads(Document(Article("a1", "Text.", "2025-05-21")), ingested="2025-05-22T10:00:00Z")
>>> sorted({q.graph_name.value.rsplit("/", 1)[-1] for q in quads}), len(quads) > 5
(['a1'], True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from . import __version__, iris
from .fusion import fusion_key, links, root, window
from .model import CanonicalEvent, Document, Entity, Event, TimeValue
from .timex import calendar_value

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
TIME = "http://www.w3.org/2006/time#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
KG = iris.ONTOLOGY

PREFIXES = {
    "kg": KG, "cameo": iris.CAMEO, "sem": SEM, "time": TIME, "prov": PROV, "schema": SCHEMA, "geo": GEO,
    "owl": OWL, "skos": SKOS, "rdfs": RDFS, "rdf": RDF, "xsd": XSD, "dcterms": DCTERMS,
    "id": iris.ID, "graph": iris.GRAPH, "void": "http://rdfs.org/ns/void#", "dcat": "http://www.w3.org/ns/dcat#",
}

_KIND_CLASSES = {
    "person": ("Actor", "Person"),
    "organisation": ("Actor", "Organisation"),
    "government": ("Actor", "Organisation", "Government"),
    "country": ("Actor", "Country"),
    "group": ("Actor", "Group"),
    "place": ("Place",),
}


# The terms our graphs hold: no blank nodes are written, and no RDF-star triple terms.
Term = ox.NamedNode | ox.BlankNode | ox.Literal


def term_text(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | ox.DefaultGraph) -> str:
    """The IRI, blank node id or lexical form of a term read back from a store; "" for the default graph.

    >>> term_text(ox.NamedNode("http://example.org/a")), term_text(ox.Literal("3")), term_text(ox.DefaultGraph())
    ('http://example.org/a', '3', '')
    """
    if isinstance(term, ox.DefaultGraph):
        return ""
    if isinstance(term, ox.Triple):
        raise TypeError(f"RDF-star triple terms are not used in this graph: {term}")
    return term.value


@lru_cache(maxsize=1 << 14)  # the same classes, properties and actors in every article: each IRI checked once
def N(iri: str) -> ox.NamedNode:  # noqa: N802 - reads like the RDF term it makes
    return ox.NamedNode(iri)


def L(value: object, datatype: str | None = None) -> ox.Literal:  # noqa: N802
    if datatype:
        return ox.Literal(str(value), datatype=N(XSD + datatype))
    return ox.Literal(str(value))


A = N(RDF + "type")


def _date_literal(value: str) -> ox.Literal:
    """An ISO date of any granularity as the XSD type that keeps it."""
    if len(value) == 4:
        return L(value, "gYear")
    if len(value) == 7:
        return L(value, "gYearMonth")
    if len(value) == 10:
        return L(value, "date")
    return L(value if len(value) > 16 else value + ":00", "dateTime")


def entity_iri(e: Entity) -> str:
    return iris.entity(e.kind, e.name)


def description_rank(label: str, geonames: int | None = None) -> tuple[bool, bool, int, int, int, str, int]:
    """Which description an entity IRI keeps when names that differ only in case or punctuation
    mint the same IRI ("WASHINGTON" in a dateline, "Washington"; "the Gulf", "the gulf"): the
    highest of these keys. It orders every pair, so the description kept is the same whatever
    order the articles come in.

    >>> max(["WASHINGTON", "Washington"], key=description_rank), max(["ABC News'", "ABC News"], key=description_rank)
    ('Washington', 'ABC News')
    >>> max(["north Carolina", "North Carolina"], key=description_rank), max(["NATO", "Nato"], key=description_rank)
    ('North Carolina', 'NATO')
    """
    words = re.findall(r"[^\W\d_]+", label)
    shouting = label.isupper() and any(len(w) > 4 for w in words)  # a dateline's capitals, not an acronym
    punctuation = sum(not (c.isalnum() or c.isspace()) for c in label)
    capitals = sum(c.isupper() for c in label)  # an acronym as written ("NATO", not "Nato")
    return (not shouting, not label.endswith(("'", "’")), sum(w[0].isupper() for w in words), -punctuation, capitals, label, geonames or 0)


def preferred_descriptions(entities: Iterable[Entity]) -> list[Entity]:
    """One entity per IRI, the one whose description ranks highest (:func:`description_rank`), in IRI order.

    >>> [e.name for e in preferred_descriptions([Entity("gulf", "place"), Entity("Gulf", "place", geonames=7)])]
    ['Gulf']
    """
    best: dict[str, Entity] = {}
    for e in entities:
        iri = entity_iri(e)
        if iri not in best or description_rank(e.name, e.geonames) > description_rank(best[iri].name, best[iri].geonames):
            best[iri] = e
    return [best[iri] for iri in sorted(best)]


def entity_triples(e: Entity) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, Term]]:
    s = N(entity_iri(e))
    for cls in _KIND_CLASSES[e.kind]:
        yield s, A, N(KG + cls)
    if e.kind in ("country", "place"):
        yield s, A, N(SEM + "Place")
    yield s, N(RDFS + "label"), L(e.name)
    if e.geonames:
        yield s, N(KG + "geonamesId"), L(e.geonames, "integer")
        yield s, N(OWL + "sameAs"), N(f"https://sws.geonames.org/{e.geonames}/")
    if e.iso:
        yield s, N(KG + "iso3166"), L(e.iso)
    if e.wikidata:
        yield s, N(SKOS + "exactMatch"), N(f"http://www.wikidata.org/entity/{e.wikidata}")
    if e.kind == "place" and e.country:
        yield s, N(SCHEMA + "containedInPlace"), N(country_iri(e.country))
    if e.lat is not None and e.lon is not None:
        yield s, N(GEO + "lat"), L(Decimal(str(e.lat)), "decimal")
        yield s, N(GEO + "long"), L(Decimal(str(e.lon)), "decimal")
    if e.part_of:
        government = Entity(f"Government of {_country_name(e.part_of)}", "government", iso=e.part_of, country=e.part_of)
        yield s, N(KG + "partOfGovernment"), N(entity_iri(government))
        yield from entity_triples(government)


def country_iri(iso2: str) -> str:
    return iris.entity("country", _country_name(iso2))


def _country_name(iso2: str) -> str:
    from .gazetteer import gazetteer

    country = gazetteer().countries.get(iso2)
    return country.name if country else iso2


def time_triples(event_iri: str, t: TimeValue) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, Term]]:
    s = N(event_iri + "#time")
    yield s, A, N(KG + "TimeSpan")
    yield s, A, N(TIME + "Interval")
    timex = calendar_value(t)
    yield s, N(KG + "timexValue"), L(timex)
    yield s, N(KG + "timexType"), L("DATE" if timex != t.value else t.type)
    yield s, N(KG + "timexText"), L(t.text)
    yield s, N(KG + "granularity"), L(t.granularity)
    if timex == t.value:  # an anchored length given as the unit covering it has none of the length's attributes
        for prop, attribute in (("timexMod", t.mod), ("timexQuant", t.quant), ("timexFreq", t.freq)):
            if attribute:
                yield s, N(KG + prop), L(attribute)
    if t.anchor:
        yield s, N(KG + "anchor"), L(t.anchor)
    for prop, suffix, value, shortcut in (("hasBeginning", "#start", t.start, "beginDate"), ("hasEnd", "#end", t.end, "endDate")):
        if value:
            instant = N(event_iri + suffix)
            yield s, N(TIME + prop), instant
            yield instant, A, N(TIME + "Instant")
            yield instant, N(TIME + "inXSDDate"), L(value, "date")
            yield N(event_iri), N(KG + shortcut), L(value, "date")  # timelines sort on it without three joins


def event_triples(article_id: str, article_iri: str, text: str, e: Event,
                  published: str | None = None) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, Term]]:
    iri = iris.event(article_id, e.trigger_start, e.trigger_end, e.part)
    s = N(iri)
    yield s, A, N(KG + "Event")
    yield s, A, N(SEM + "Event")
    yield s, N(RDFS + "label"), L(e.label)
    yield s, N(KG + "trigger"), L(e.trigger)
    yield s, N(KG + "triggerStart"), L(e.trigger_start, "integer")
    yield s, N(KG + "triggerEnd"), L(e.trigger_end, "integer")
    yield s, N(KG + "sentence"), L(text[e.sentence_start : e.sentence_end])
    yield s, N(KG + "sentenceStart"), L(e.sentence_start, "integer")
    yield s, N(KG + "sentenceEnd"), L(e.sentence_end, "integer")
    if e.cameo:
        yield s, N(KG + "cameoCode"), L(e.cameo)
        yield s, N(KG + "eventType"), N(iris.cameo(e.cameo))
    yield s, N(KG + "modality"), N(KG + e.modality)
    yield s, N(PROV + "wasDerivedFrom"), N(article_iri)
    for role, entities in (("agent", e.agents), ("participant", e.participants), ("attributedTo", e.attributed_to)):
        for ent in entities:
            yield s, N(KG + role), N(entity_iri(ent))
    for place in e.places:
        yield s, N(SEM + "hasPlace"), N(entity_iri(place))
    if e.time is not None:
        yield s, N(SEM + "hasTime"), N(iri + "#time")
        yield from time_triples(iri, e.time)
        if e.time.start:  # the index a timeline page reads: only the actor's newest months, not all its events
            for ent in dict.fromkeys((*e.agents, *e.participants)):
                yield s, N(KG + "actorMonth"), N(iris.actor_month(entity_iri(ent), e.time.start))
    # the days fusion may pair it with (its time, or the week before publication), so that one
    # lookup finds its partners whether they are dated or not
    first, last = window(e.time, published) or (date.min, date.max)
    yield s, N(KG + "windowStart"), L(first.isoformat(), "date")
    yield s, N(KG + "windowEnd"), L(last.isoformat(), "date")
    code = root(e.cameo)
    if code is not None:  # and by what it may be fused on: its type's root with each of its actors and places
        for ent in dict.fromkeys((*e.agents, *e.participants, *e.places)):
            yield s, N(KG + "fusionKey"), L(fusion_key(code, entity_iri(ent)))
    if e.reported_by is not None:
        yield s, N(KG + "reportedBy"), N(iris.event(article_id, *e.reported_by))
    for start, end in e.mentions:
        yield s, N(KG + "alsoMentionedAt"), L(f"{start}-{end}")


ENTITIES_GRAPH = iris.GRAPH + "entities"


def document_quads(doc: Document, ingested: str) -> list[ox.Quad]:
    """All quads read from one article, in its own named graph; the actors and places
    it names are described once, in the shared entities graph, so a query over all
    graphs sees each description once however many articles name it."""
    a = doc.article
    g = N(iris.graph(a.id))
    article_iri = iris.article(a.id)
    s = N(article_iri)
    triples: list[tuple[ox.NamedNode, ox.NamedNode, Term]] = [
        (s, A, N(KG + "Article")),
        (s, A, N(SCHEMA + "NewsArticle")),
        (s, N(SCHEMA + "identifier"), L(a.id)),
        (s, N(KG + "contentHash"), L(a.content_hash)),
        (s, N(KG + "articleGraph"), g),
    ]
    if a.published:
        triples.append((s, N(SCHEMA + "datePublished"), _date_literal(a.published)))
    for prop, value in (("headline", a.title), ("url", a.url), ("publisher", a.source), ("inLanguage", a.language)):
        if value:
            triples.append((s, N(SCHEMA + prop), L(value)))
    run = N(iris.ingestion(a.id, a.content_hash))
    triples += [
        (s, N(PROV + "wasGeneratedBy"), run),
        (run, A, N(KG + "Ingestion")),
        (run, A, N(PROV + "Activity")),
        (run, N(PROV + "endedAtTime"), L(ingested, "dateTime")),
        (run, N(KG + "toolVersion"), L(__version__)),
    ]
    for ev in doc.events:
        triples.extend(event_triples(a.id, article_iri, a.text, ev, a.published))
    entities = N(ENTITIES_GRAPH)
    described = [t for ent in preferred_descriptions(doc.entities) for t in entity_triples(ent)]
    return _unique([ox.Quad(*t, g) for t in triples] + [ox.Quad(*t, entities) for t in described])


def _unique(quads: list[ox.Quad]) -> list[ox.Quad]:
    return list(dict.fromkeys(quads))


def canonical_quads(event: CanonicalEvent) -> list[ox.Quad]:
    """A canonical event in its own graph: every report of it, every source, the finest
    compatible time, and the modalities the sources disagree on."""
    g = N(iris.canonical_graph(event.iri))
    s = N(event.iri)
    triples: list[tuple[ox.NamedNode, ox.NamedNode, Term]] = [
        (s, A, N(KG + "CanonicalEvent")),
        (s, A, N(SEM + "Event")),
        (s, N(RDFS + "label"), L(event.label)),
        (s, N(KG + "reportCount"), L(len(event.reports), "integer")),
        (s, N(KG + "articleCount"), L(len(event.articles), "integer")),
    ]
    if event.cameo:
        triples += [(s, N(KG + "cameoCode"), L(event.cameo)), (s, N(KG + "eventType"), N(iris.cameo(event.cameo)))]
    for article_id in event.articles:
        triples.append((s, N(PROV + "wasDerivedFrom"), N(iris.article(article_id))))
    for modality in event.modalities:
        triples.append((s, N(KG + "reportedModality"), N(KG + modality)))
    if len(event.modalities) > 1:
        triples.append((s, N(KG + "modalityConflict"), L("true", "boolean")))
    for r in event.reports:
        triples += [(s, N(KG + "report"), N(r.iri)), (N(r.iri), N(KG + "canonicalEvent"), s)]
        triples += [(s, N(KG + "agent"), N(x)) for x in r.agents]
        triples += [(s, N(KG + "participant"), N(x)) for x in r.participants]
        triples += [(s, N(SEM + "hasPlace"), N(x)) for x in r.places]
    if event.time is not None:
        triples.append((s, N(SEM + "hasTime"), N(event.iri + "#time")))
        triples.extend(time_triples(event.iri, event.time))
    triples += [(N(a), N(KG + prop), N(b)) for a, prop, b in links(event)]
    if event.time_conflict:
        triples.append((s, N(KG + "timeConflict"), L("true", "boolean")))
    return _unique([ox.Quad(*t, g) for t in triples])
