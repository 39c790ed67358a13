"""Entities and coreference: who and where each mention stands for.

spaCy's NER proposes names; the gazetteer fixes their class and canonical form
("the Kursk Oblast" tagged FAC is a region, RU-KRS); people are clustered by
surname ("President Putin" and "Putin" are "Vladimir Putin"); capitals used as
actors stand for their governments ("Kyiv said"); and pronouns and descriptions
("he", "The Russian leader", "the region") point back to what they refer to.

The result is a :class:`MentionIndex` over the parsed ``Doc``: token -> Mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from spacy.attrs import LOWER, ORTH, SPACY
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .gazetteer import Gazetteer, gazetteer
from .lexicon import load_yaml
from .model import Entity, Mention

_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "some",
                "many", "several", "both", "all", "any", "each", "other", "such", "most", "few"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_PRONOUNS_PERSON = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
_PRONOUNS_FEMALE = frozenset({"she", "her", "hers", "herself"})
_PRONOUNS_THING = frozenset({"it", "its", "itself"})
_PRONOUNS_PLURAL = frozenset({"they", "them", "their", "themselves"})
_REGION_WORDS = frozenset({"oblast", "region", "province", "krai", "kray"})


@dataclass(frozen=True)
class _Lexicon:
    group_heads: frozenset[str]
    group_head_words: frozenset[str]  # the last word of each: where a group's name can end
    regnal_titles: frozenset[str]
    titles: tuple[str, ...]
    leader_words: frozenset[str]
    place_anaphors: frozenset[str]
    collective_anaphors: frozenset[str]
    place_preps: frozenset[str]
    place_verbs: frozenset[str]
    person_after: frozenset[str]
    portfolio_heads: frozenset[str]
    town_preps: frozenset[str]
    place_features: frozenset[str]
    gender_of_title: dict[str, str]  # title word -> "male" / "female"
    anaphor_words: frozenset[str]  # every word that can refer back: pronouns and the lexicon's descriptions


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    data = load_yaml("actors.yaml")
    return _Lexicon(
        frozenset(data["group_heads"]),
        frozenset(h.split()[-1] for h in data["group_heads"]),
        frozenset(data["regnal_titles"]),
        tuple(sorted(data["titles"], key=len, reverse=True)),
        frozenset(data["leader_words"]),
        frozenset(data["place_anaphors"]),
        frozenset(data["collective_anaphors"]),
        frozenset(data["place_preps"]),
        frozenset(data["place_verbs"]),
        frozenset(data["person_after"]),
        frozenset(data["portfolio_heads"]),
        frozenset(data["town_preps"]),
        frozenset(data["place_features"]),
        {t: gender for gender, words in data["gendered_titles"].items() for t in words},
        _PRONOUNS_PERSON | _PRONOUNS_THING | _PRONOUNS_PLURAL
        | frozenset(data["leader_words"]) | frozenset(data["collective_anaphors"]) | frozenset(data["place_anaphors"]),
    )


@dataclass
class MentionIndex:
    """Mentions of one document, looked up by token."""

    doc: Doc
    text: str = ""  # Doc.text joins every token on each access: read it once
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    roles: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # person key -> {title words, iso2}
    leaders: dict[str, Entity] = field(default_factory=dict)  # iso2 -> the country's leader named in the text

    def add(self, span: Span | Token, entity: Entity, via: str = "name") -> Mention:
        start_tok, end_tok = (span.i, span.i + 1) if isinstance(span, Token) else (span.start, span.end)
        first, last = self.doc[start_tok], self.doc[end_tok - 1]
        m = Mention(first.idx, last.idx + len(last.text), self.text[first.idx : last.idx + len(last.text)], entity, via)
        self.mentions.append(m)
        for i in range(start_tok, end_tok):
            self.by_token[i] = m
        return m

    def of(self, token: Token) -> Entity | None:
        m = self.by_token.get(token.i)
        return m.entity if m else None

    def of_phrase(self, head: Token) -> Entity | None:
        """The entity a noun phrase headed by ``head`` names (its head, else a name inside it)."""
        if head.i in self.by_token:
            return self.by_token[head.i].entity
        for child in head.children:
            if child.dep_ in ("compound", "appos", "flat") and child.i in self.by_token:
                return self.by_token[child.i].entity
        return None


def tokens_with(doc: Doc, attr: int, words: Iterable[str]) -> list[Token]:
    """The tokens whose ``attr`` (``LOWER``, ``ORTH``) is one of ``words``, in text order: found on
    the doc's array, without making a Token for every word of the text (a scan that way costs more
    than the lookups it leads to).

    >>> from kg import nlp
    >>> [t.i for t in tokens_with(nlp.load()("The town of Sake and the town."), LOWER, {"town"})]
    [1, 6]
    """
    wanted = _string_ids(frozenset(words))
    if not len(doc) or not len(wanted):
        return []
    return [doc[int(i)] for i in np.flatnonzero(np.isin(doc.to_array(attr), wanted))]


@lru_cache(maxsize=64)  # the lexicon's word sets, asked for in every document
def _string_ids(words: frozenset[str]) -> np.ndarray:
    return np.fromiter((get_string_id(w) for w in words), dtype=np.uint64)


def _names_a_feature(ent: Span) -> bool:
    """ "the Gulf of Oman", "Sea of Japan": a place word, then "of" and what it belongs to."""
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    return len(words) > 2 and words[0] in lexicon().place_features and words[1] == "of"


def _strip_titles(words: list[str]) -> tuple[list[str], list[str]]:
    lex = lexicon()
    titles: list[str] = []
    changed = True
    while changed and len(words) > 1:
        changed = False
        lowered = " ".join(words).lower()
        for t in lex.titles:
            if lowered.startswith(t + " "):
                n = len(t.split())
                titles.append(t)
                words = words[n:]
                changed = True
                break
    return words, titles


def _clean_name(text: str) -> str:
    text = re.sub(r"['’]s?$", "", text.strip())  # "the Smiths' lawyer", "ABC News' reporters"
    return re.sub(r"^(the|The)\s+", "", text).strip(" ,.")


def _countries_in(ents: Sequence[Span], g: Gazetteer) -> frozenset[str]:
    found = set()
    for ent in ents:
        e = g.lookup(ent.text)
        if e and e.kind == "country" and e.iso:
            found.add(e.iso)
    return frozenset(found)


def _gazetteer_spans(doc: Doc, ents: Sequence[Span], g: Gazetteer, surnames: frozenset[str]) -> Iterable[tuple[Span, Entity]]:
    """Multi-word names from the gazetteer (countries, organisations, regions), longest first.
    ``surnames``: those of the people the text names in full."""
    # the words and spaces from the doc's arrays: a Token made for every word costs more than the lookups
    strings = doc.vocab.strings
    words = [strings[o] for o in doc.to_array(ORTH).tolist()]
    spaces = [" " if s else "" for s in doc.to_array(SPACY).tolist()]
    starts = [i for i, w in enumerate(words) if w[:1].isupper()]  # a name starts with a capital
    region_words = {t.i for t in tokens_with(doc, LOWER, _REGION_WORDS)}
    # a place's name inside a person's is part of the name ("Ana Lima", "Jack London"), and so is
    # that person's surname when it comes back alone ("Lima said"); a demonym is not a name
    in_names = {i for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for i in range(ent.start, ent.end)}
    if surnames:
        in_names |= {t.i for t in tokens_with(doc, ORTH, surnames) if t.pos_ == "PROPN"}
    # so is a country's inside the name of a sea, a strait or a gulf: "the Gulf of Oman" is no Oman
    in_names |= {i for ent in ents if ent.label_ in ("LOC", "FAC", "GPE") and _names_a_feature(ent) for i in range(ent.start, ent.end)}
    openers = g.openers
    taken: set[int] = set()
    for size in (6, 5, 4, 3, 2, 1):  # "Democratic Republic of the Congo" before "Republic of the Congo"
        for i in starts:
            if i + size > len(words):
                break
            if (size > 1 and words[i] not in openers) or any(j in taken for j in range(i, i + size)):
                continue
            text = "".join(words[j] + spaces[j] for j in range(i, i + size - 1)) + words[i + size - 1]
            entity = g.names.get(text) or g.demonyms.get(text)
            if entity is None and text in g.capitals and doc[i].pos_ == "PROPN":
                span = doc[i : i + size]
                gov = g.government(g.capitals[text])
                entity = gov if gov is not None and _stands_for_government(span.root) else g.lookup(text)
            if entity is None and size >= 2 and (i + size - 1) in region_words:
                entity = g.regions.get(text)
            if entity is not None and text not in g.demonyms and in_names.intersection(range(i, i + size)):
                continue
            if entity is not None:
                taken.update(range(i, i + size))
                yield doc[i : i + size], entity


def find_mentions(doc: Doc, text: str | None = None) -> MentionIndex:
    """Resolve every name, description and pronoun in ``doc`` to a canonical entity. ``text``: the
    text that was parsed, when the caller has it (spaCy's ``doc.text`` is rebuilt token by token)."""
    g = gazetteer()
    index = MentionIndex(doc, doc.text if text is None else text)
    ents = doc.ents  # made anew at each reading
    countries = _countries_in(ents, g)

    full_surnames = frozenset(ent[-1].text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1)
    for span, known in _gazetteer_spans(doc, ents, g, full_surnames):
        index.add(span, known)  # "the Kremlin" acts as itself; RDF links it to its government (part_of)

    regions_named = {m.entity.name.rsplit(" ", 1)[0]: m.entity for m in index.mentions
                     if m.entity.kind == "place" and m.entity.iso and "-" in m.entity.iso}

    surnames = {_strip_titles(_clean_name(e.text).split())[0][-1] for e in ents
                if e.label_ == "PERSON" and _clean_name(e.text)}
    people: list[tuple[Span, list[str], list[str]]] = []
    for ent in ents:
        if any(i in index.by_token for i in range(ent.start, ent.end)):
            continue
        text = _clean_name(ent.text)
        if not text:
            continue
        given = _given_name_before(ent) if ent.label_ in ("GPE", "LOC", "ORG") and g.lookup(text, countries) is None else None
        if given is not None:
            # "Ana Souza visited Madrid": spaCy can tag an unfamiliar surname as a place and leave the first name out
            people.append((doc[given.start : ent.end], [given.text, text], []))
            surnames.add(text)
            continue
        if ent.label_ == "PERSON" and len(ent) == 1 and text not in full_surnames and _where(ent.root):
            town = g.lookup(text, countries)
            if town is None and ent.root.dep_ == "pobj" and ent.root.head.lower_ in lexicon().town_preps:
                town = Entity(text, "place")  # a town too small for the gazetteer ("fighting in Avdiivka")
            if town is not None and town.kind == "place":
                index.add(ent, town)
                continue
        if ent.label_ == "PERSON" or (text in surnames and len(text.split()) == 1):
            words, titles = _strip_titles(text.split())
            people.append((ent, words, titles))
            continue
        if ent.label_ == "ORG" and _portfolio(ent):
            continue
        if ent.label_ in ("GPE", "LOC", "FAC", "PRODUCT", "ORG", "NORP"):
            stem_region = regions_named.get(text)
            entity = stem_region or g.lookup(text, countries)
            if entity is None:
                if ent.label_ in ("GPE", "LOC"):
                    entity = Entity(text, "place")
                elif ent.label_ == "ORG":
                    entity = Entity(text, "organisation")
                elif ent.label_ == "NORP":
                    entity = Entity(text, "group")
                else:
                    continue
            if entity.kind == "place" and entity.name in g.capitals and _stands_for_government(ent.root):
                gov = g.government(g.capitals[entity.name])
                if gov:
                    index.add(ent, gov, "metonym")
                    continue
            index.add(ent, entity)

    taken = {i for e, _, _ in people for i in range(e.start, e.end)}
    for token in tokens_with(doc, ORTH, surnames):  # a surname spaCy did not tag again: "Pappas visited", and first in a sentence, "Mensah visited"
        if (token.pos_ == "PROPN" or (token.is_sent_start and token.dep_ in _SUBJECT_DEPS)) \
                and token.i not in index.by_token and token.i not in taken:
            people.append((doc[token.i : token.i + 1], [token.text], []))
    _add_people(index, people)
    _add_named_places(index, doc, g, countries)
    _add_groups(index, doc, g)
    _resolve_anaphora(index, doc)
    _drop_dateline(index, doc)
    index.mentions.sort(key=lambda m: (m.start, m.end))
    return index


# "NAIROBI, Kenya (AP) _" opens wire copy (after a headline, or each item of a round-up): where it was filed, not who acts.
_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z.' -]+(?:,[ \t]*[A-Z][A-Za-z0-9.' -]+)?[ \t]*\([A-Za-z-]+\)[ \t]*[_—–-]+", re.M)


def datelines(text: str) -> list[tuple[int, int]]:
    r"""The wire datelines ("NAIROBI, Kenya (AP) _") that open a line, as (start, end) offsets.

    >>> datelines("LIMA, Peru (AP) _ Talks began.")
    [(0, 17)]
    >>> datelines("Talks begin in Lima\n\nLIMA, Peru (Reuters) - Talks began.")
    [(21, 43)]
    """
    return [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end()) for m in _DATELINE.finditer(text)]


def _in_dateline(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _drop_dateline(index: MentionIndex, doc: Doc) -> None:
    spans = datelines(index.text)
    if not spans:
        return
    index.mentions = [x for x in index.mentions if not _in_dateline(x.start, spans)]
    for i in [i for i, x in index.by_token.items() if _in_dateline(x.start, spans)]:
        del index.by_token[i]


def _given_name_before(ent: Span) -> Span | None:
    """The untagged first name before a one-word name nobody knows as a place or body ("Ana" in "Ana Souza",
    "Min-jun" in "Min-jun Park")."""
    if len(ent) != 1 or ent.start == 0:
        return None
    doc = ent.doc
    first = ent.start - 1
    while first > 0 and not doc[first - 1].whitespace_ and doc[first - 1].head.i == ent.root.i:
        first -= 1  # the parts of a hyphenated name, written without spaces
    given = doc[first : ent.start]
    if all(t.dep_ == "compound" and t.head.i == ent.root.i and not t.ent_type_ for t in given) and (
            given[0].pos_ == "PROPN" and given[0].is_title and given.text.lower() not in lexicon().titles):
        return given
    return None


def _portfolio(ent: Span) -> bool:
    """"Defence Minister X", "Secretary of State X": the name of a post, not of a body."""
    heads = lexicon().portfolio_heads
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in heads:
        return True
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in heads


def _where(token: Token) -> bool:
    """Does the name at ``token`` say where ("in Lyon", "visited Lyon")?"""
    lex = lexicon()
    if token.dep_ == "pobj":
        return token.head.lower_ in lex.place_preps and token.head.head.lemma_.lower() not in lex.person_after
    return token.dep_ == "dobj" and token.head.lemma_.lower() in lex.place_verbs


def _stands_for_government(token: Token) -> bool:
    """A capital that acts or is acted on as a state: "Moscow said", "urged Pyongyang", "sanctions on Minsk".

    Not where something happens: "visited Moscow", "in Moscow".
    """
    if _acts(token):
        return True
    if _where(token):
        return False
    if token.dep_ in ("dobj", "dative"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("with", "against", "on")


def _acts(token: Token) -> bool:
    """Is the phrase headed by ``token`` doing something (subject, passive agent, possessor)?"""
    if token.dep_ in _SUBJECT_DEPS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent":
        return True
    return token.dep_ == "conj" and token.head.dep_ in _SUBJECT_DEPS


def _same_person(a: list[str], b: list[str]) -> bool:
    """Can two full names with one surname be one person? 'Fidel Castro' and 'Juanita Castro' cannot;
    'George Bush', 'George W. Bush' and 'G. Bush' can."""
    first_a, first_b = a[0].rstrip("."), b[0].rstrip(".")
    return first_a == first_b or (len(first_a) == 1 and first_b.startswith(first_a)) or (len(first_b) == 1 and first_a.startswith(first_b))


def _person_names(people: list[tuple[Span, list[str], list[str]]]) -> list[str]:
    """The canonical name of each mention: the longest full name of the same person. A surname alone is
    the person last named in full with it (else the first named after it); a king or pope keeps the title."""
    regnal = lexicon().regnal_titles
    keyed: list[tuple[int, list[str]]] = []
    for span, words, titles in people:
        word_before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        title = next((t for t in [*titles, word_before] if t in regnal), None)
        keyed.append((span.start, [title.title(), *words] if title and len(words) == 1 else words))
    fulls: dict[str, list[list[str]]] = {}  # surname -> the distinct people with it, each as its longest name
    for _start, words in sorted(keyed, key=lambda k: -len(k[1])):
        if len(words) < 2:
            continue
        people_of = fulls.setdefault(words[-1], [])
        if not any(_same_person(words, known) for known in people_of):
            people_of.append(words)
    names: list[str] = []
    for start, words in keyed:
        same = [f for f in fulls.get(words[-1], []) if len(words) == 1 or _same_person(words, f)]
        if len(words) == 1 and len(same) > 1:
            named = sorted((s, w) for s, w in keyed if len(w) > 1 and w[-1] == words[-1])
            earlier = [w for s, w in named if s < start]
            pick = earlier[-1] if earlier else named[0][1]
            same = [f for f in same if _same_person(pick, f)]
        names.append(" ".join(same[0] if same else words))
    return names


def _add_people(index: MentionIndex, people: list[tuple[Span, list[str], list[str]]]) -> None:
    """Cluster people by surname and first name; the longest name is the canonical one."""
    g = gazetteer()
    for (span, _words, titles), name in zip(people, _person_names(people), strict=True):
        entity = Entity(name, "person")
        index.add(span, entity)
        role = index.roles.setdefault(entity.key, set())
        role.update(t.rstrip(".") for t in titles)
        # words before the name in the same phrase: "Russian President", "British prime minister"
        i = span.start - 1
        doc = span.doc
        while i >= 0 and i >= span.start - 4 and (doc[i].dep_ in ("compound", "amod", "nmod") or doc[i].ent_type_ == "NORP"
                                                 or doc[i].lower_ in lexicon().titles):
            word = doc[i]
            country = g.demonyms.get(word.text) or g.names.get(word.text)
            if country is not None and country.kind == "country" and country.iso:
                role.add(country.iso)
            elif word.lower_ in lexicon().titles or word.lemma_.lower() in lexicon().titles:
                role.add(word.lower_)
            i -= 1
        # a role in apposition: "the spokeswoman, Lina Aziz," and "Lina Aziz, the spokeswoman,"
        root = span.root
        for word in (root.head, *root.children) if root.dep_ == "appos" else (c for c in root.children if c.dep_ == "appos"):
            if word.i != root.i and (word.lower_ in lexicon().titles or word.lemma_.lower() in lexicon().titles):
                role.add(word.lower_)
        isos = [r for r in role if r.isupper() and len(r) == 2]
        if isos and role & lexicon().leader_words:
            index.leaders.setdefault(isos[0], entity)


def _add_named_places(index: MentionIndex, doc: Doc, g: Gazetteer, countries: frozenset[str]) -> None:
    """"the town of Sake", "the city of Goma": a name a place word introduces is a place, known or not."""
    words = lexicon().place_anaphors
    named = [(w, o) for w in tokens_with(doc, LOWER, words) for p in w.children if p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    for word, token in named:
        name = doc[token.left_edge.i : token.i + 1]
        if word.i in index.by_token or not all(_capitalised(t) for t in name):
            continue
        found = {id(m): m for i in range(name.start, name.end) if (m := index.by_token.get(i)) is not None}
        inside = all(name.start_char <= m.start and m.end <= name.end_char for m in found.values())
        if len(found) > 1 or not inside:
            continue
        for mention in found.values():  # named already ("the city of Goma", even taken for a person): one mention
            index.mentions.remove(mention)
        known = g.lookup(name.text, countries)
        place = known if known is not None and known.kind == "place" else Entity(name.text, "place")
        # the mention runs from the place word, so "captured the town" names the town
        index.add(doc[word.i : name.end], place)


def _capitalised(t: Token) -> bool:
    """A proper noun, or a word the tagger took for a common one but the writer capitalised ("the town of Sake")."""
    return t.pos_ == "PROPN" or (t.is_title and not t.is_sent_start)


def _phrase_name(head: Token, floor: int = 0) -> tuple[str, Token]:
    """The text of a group noun phrase without determiners: 'the Ukrainian troops' -> 'Ukrainian troops'.
    Tokens before ``floor`` (a wire dateline) are not part of it."""
    if head.lower_ == "group" or head.lower_ == "number":
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return _phrase_name(objs[0], floor)
    left = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod", "nummod") or t.ent_type_]
    start = max(floor, min([head.i] + [t.left_edge.i for t in left]))
    counts = {w.i for t in head.lefts if t.dep_ == "nummod" for w in t.subtree}  # "at least 50 soldiers" -> "soldiers"
    tokens = [t for t in head.doc[start : head.i + 1]
              if t.lower_ not in _DETERMINERS and t.dep_ != "case" and t.pos_ != "NUM" and not t.is_punct and t.i not in counts]
    text = " ".join(_name_word(t) for t in tokens)
    text = re.sub(r"\s+(['’]s)\b", r"\1", text)
    return text, head


def _name_word(t: Token) -> str:
    """A word of a group's name as the name writes it, wherever the sentence puts it.

    A country that owns the group is said by its demonym ("Iraq's foreign ministry" is the
    "Iraqi foreign ministry"); a common noun capitalised only to open a sentence or headline
    is not ("Rebels seize town": "rebels").
    """
    g = gazetteer()
    if t.dep_ == "poss":
        country = g.names.get(t.text)
        if country is not None and country.kind == "country" and country.iso in g.demonym_of:
            return g.demonym_of[country.iso]
    if t.is_sent_start and t.pos_ in ("NOUN", "ADJ") and not t.ent_type_ and t.text[:1].isupper() and t.text[1:].islower():
        return t.text.lower()
    return t.text


def _add_groups(index: MentionIndex, doc: Doc, g: Gazetteer) -> None:
    lex = lexicon()
    spans = datelines(index.text)
    # (where each dateline ends in the text, the token after it): a phrase does not reach back into one
    ends = [(end, line.end) for start, end in spans if (line := doc.char_span(start, end, alignment_mode="expand")) is not None]
    for token in tokens_with(doc, LOWER, lex.group_head_words):
        if token.pos_ not in ("NOUN", "PROPN") or token.i in index.by_token:
            continue
        word = token.lower_
        two = (doc[token.i - 1].lower_ + " " + word) if token.i > 0 else ""
        if word not in lex.group_heads and two not in lex.group_heads:
            continue
        if token.dep_ == "compound":
            continue
        if _in_dateline(token.idx, spans):
            continue
        floor = max((after for end, after in ends if end <= token.idx), default=0)
        name, head = _phrase_name(token, floor)
        if not name or name.lower() in _DETERMINERS:
            continue
        if name.lower() in lex.collective_anaphors and any(t.lower_ in ("the", "this", "that") for t in token.lefts):
            continue  # "the party" points back to a named organisation: resolved with the other anaphora
        country = None
        for t in doc[max(floor, head.left_edge.i) : head.i]:
            # a country named in the phrase: a demonym, or a name of several words ("Burkina Faso's military government")
            c = g.demonyms.get(t.text) or g.names.get(t.text) or index.of(t)
            if c is not None and c.kind == "country":
                country = c.iso
        if word in ("government", "administration", "regime", "authorities") and country:
            entity = g.government(country) or Entity(name, "group", country=country)
        else:
            entity = Entity(name, "group", country=country)
        start = max(floor, min(head.i, *(t.left_edge.i for t in head.lefts)) if list(head.lefts) else head.i)
        while start < head.i and (doc[start].lower_ in _DETERMINERS or doc[start].is_punct):
            start += 1
        for i in range(start, head.i + 1):
            index.by_token.pop(i, None)
        index.add(doc[start : head.i + 1], entity)


def _resolve_anaphora(index: MentionIndex, doc: Doc) -> None:
    """Pronouns and descriptions point back to the nearest fitting entity before them."""
    lex = lexicon()
    g = gazetteer()
    history: list[tuple[int, Entity, bool]] = []  # (token index, entity, was a subject)
    # what a person's titles say of their gender (not what earlier pronouns were resolved to: one
    # wrong guess would then rule out the right one for the rest of the text)
    gender = {key: told for key, roles in index.roles.items() for r in roles if (told := lex.gender_of_title.get(r.lower().rstrip(".")))}
    # only mentions and the words that can refer back add to the history or read it
    for i in sorted(set(index.by_token) | {t.i for t in tokens_with(doc, LOWER, lex.anaphor_words)}):
        token = doc[i]
        m = index.by_token.get(token.i)
        if m is not None:
            if token.i == 0 or index.by_token.get(token.i - 1) is not m:
                history.append((token.i, m.entity, token.dep_ in _SUBJECT_DEPS or token.head.dep_ in _SUBJECT_DEPS))
            continue
        word = token.lower_
        target: Entity | None = None
        if word in _PRONOUNS_PERSON:
            said = "female" if word in _PRONOUNS_FEMALE else "male"
            target = _last(history, lambda e, said=said: e.kind == "person" and gender.get(e.key, said) == said, token.i)
        elif word in _PRONOUNS_THING and token.dep_ in _SUBJECT_DEPS | {"poss"}:
            target = _last(history, lambda e: e.kind in ("government", "organisation", "country") or _singular_group(e), token.i, window=60, subject=True)
        elif word in _PRONOUNS_PLURAL and token.dep_ in _SUBJECT_DEPS | {"poss"}:
            target = _last(history, lambda e: e.kind == "group", token.i, window=40, subject=True)
        elif token.pos_ == "NOUN" and word in lex.leader_words and token.dep_ != "compound":
            iso = next((c.iso for t in token.lefts if (c := g.demonyms.get(t.text) or g.names.get(t.text)) and c.iso), None)
            has_det = any(t.lower_ == "the" for t in token.lefts)
            if iso and iso in index.leaders and token.tag_ == "NN":
                target = index.leaders[iso]
            elif has_det and not iso and token.tag_ == "NN":
                target = _last(history, lambda e, w=word: e.kind == "person" and w in index.roles.get(e.key, set()), token.i, window=200)
        elif token.pos_ == "NOUN" and word in lex.collective_anaphors and token.i not in index.by_token \
                and any(t.lower_ in ("the", "this", "that") for t in token.lefts) and not any(t.dep_ in ("amod", "compound") for t in token.lefts):
            target = _last(history, lambda e: e.kind == "organisation", token.i, window=80)
        elif token.pos_ == "NOUN" and word in lex.place_anaphors and any(t.lower_ in ("the", "this", "that") for t in token.lefts) \
                and not any(t.dep_ in ("amod", "compound") for t in token.lefts):
            target = _last(history, lambda e: e.kind == "place" and e.iso is not None and "-" in (e.iso or ""), token.i, window=150)
        if target is not None:
            index.add(token, target, "coreference")
            history.append((token.i, target, token.dep_ in _SUBJECT_DEPS))


def _singular_group(e: Entity) -> bool:
    """A group that "it" can stand for: 'the Israeli military', 'the health ministry' (not 'rebels')."""
    return e.kind == "group" and not e.name.lower().endswith(("s", "police"))


def _last(history: list[tuple[int, Entity, bool]], ok, at: int, window: int = 120, subject: bool = False) -> Entity | None:
    for i, entity, was_subject in reversed(history):
        if at - i > window:
            return None
        if ok(entity) and (was_subject or not subject):
            return entity
    return None
