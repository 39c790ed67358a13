"""The event vocabulary of ``data/events.yaml``: triggers with their CAMEO codes, reporting verbs, modal and
intent words, loaded once.

>>> lexicon().verbs["visit"]["cameo"]
'042'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lexicon import load_yaml


@dataclass(frozen=True)
class _Lexicon:
    verbs: dict[str, dict[str, Any]]
    nouns: dict[str, dict[str, Any]]
    light_verbs: frozenset[str]
    purpose_verbs: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_marks: frozenset[str]
    phone_words: frozenset[str]
    military_words: frozenset[str]
    instrument_nouns: frozenset[str]
    occasion_preps: frozenset[str]
    journey_verbs: frozenset[str]
    source_nouns: frozenset[str]
    allegation_verbs: frozenset[str]
    blameworthy_roots: frozenset[str]
    authored_nouns: frozenset[str]
    place_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    deployment_verbs: frozenset[str]
    request_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    dating_verbs: frozenset[str]


def _entry(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {"cameo": value}


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    d = load_yaml("events.yaml")
    return _Lexicon(
        {k: _entry(v) for k, v in d["verbs"].items()},
        {k: _entry(v) for k, v in d["nouns"].items()},
        frozenset(d["light_verbs"]),
        frozenset(d["purpose_verbs"]),
        frozenset(d["future_aux"]),
        frozenset(d["hypothetical_aux"]),
        frozenset(d["hypothetical_marks"]),
        frozenset(d["phone_words"]),
        frozenset(d["military_words"]),
        frozenset(d["instrument_nouns"]),
        frozenset(d["occasion_preps"]),
        frozenset(d["journey_verbs"]),
        frozenset(d["source_nouns"]),
        frozenset(d["allegation_verbs"]),
        frozenset(d["blameworthy_roots"]),
        frozenset(d["authored_nouns"]),
        frozenset(d["place_nouns"]),
        frozenset(d["quantity_nouns"]),
        frozenset(d["deployment_verbs"]),
        frozenset(d["request_verbs"]),
        frozenset(d["causative_verbs"]),
        frozenset(d["dating_verbs"]),
    )
