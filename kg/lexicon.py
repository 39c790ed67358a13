"""Load the package's data files (lexicons, gazetteers, patterns). Read once per process."""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources
from typing import Any

import yaml


class _WordsLoader(yaml.SafeLoader):
    """YAML 1.2 booleans: in a lexicon, on, off, yes and no are words, not true and false."""


_WordsLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_WordsLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def parse_yaml(text: str) -> Any:
    """YAML as our data files mean it: ``NO`` is Norway's code, not false.

    >>> parse_yaml("countries: {NO: Q20}")
    {'countries': {'NO': 'Q20'}}
    """
    return yaml.load(text, Loader=_WordsLoader)  # noqa: S506  (a SafeLoader)


@cache
def load_yaml(name: str) -> Any:
    """A YAML file from ``kg/data``.

    >>> load_yaml("timex.yaml")["months"]["march"]
    3
    >>> load_yaml("events.yaml")["verbs"]["fire"]["needs"]
    ['at', 'on']
    """
    return parse_yaml(resources.files("kg").joinpath("data", name).read_text(encoding="utf-8"))


@cache
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """A CSV file from ``kg/data`` as rows of column -> value."""
    text = resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#")))
