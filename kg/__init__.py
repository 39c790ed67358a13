"""News event knowledge graph: who did what, to whom, where, when, and who says so.

>>> import kg
>>> kg.__version__
'0.32.0'

The public API is loaded on first use, so ``import kg`` stays cheap.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.32.0"

_API = {
    "Article": "kg.model",
    "Document": "kg.model",
    "Entity": "kg.model",
    "Event": "kg.model",
    "TimeValue": "kg.model",
    "KgError": "kg.errors",
    "InputError": "kg.errors",
    "open_store": "kg.store",
    "ingest": "kg.api",
    "ingest_articles": "kg.api",
    "list_events": "kg.api",
    "list_canonical_events": "kg.api",
    "actor_events": "kg.api",
    "query": "kg.api",
    "remove": "kg.api",
    "summary": "kg.api",
    "timexes": "kg.api",
    "find_timexes": "kg.timex",
    "read": "kg.pipeline",
    "export": "kg.api",
    "validate": "kg.api",
    "timeline": "kg.timelines",
    "actor_graph": "kg.networks",
}


def __getattr__(name: str) -> Any:
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*_API, "__version__"])
