"""Load the package's data files (lexicons, gazetteers, patterns). Read once per process."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_yaml(name: str) -> Any:
    """A YAML file from ``kg/data``.

    >>> load_yaml("timex.yaml")["months"]["march"]
    3
    """
    return yaml.safe_load(resources.files("kg").joinpath("data", name).read_text(encoding="utf-8"))


@cache
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """A CSV file from ``kg/data`` as rows of column -> value."""
    text = resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#")))
