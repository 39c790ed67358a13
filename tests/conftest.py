from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


def write_article(folder: Path, name: str, text: str, **meta: object) -> Path:
    """An article on disk as the tool reads it: NAME.txt with NAME.meta.json beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    record = {"id": name, **meta}
    (folder / f"{name}.meta.json").write_text(json.dumps(record), encoding="utf-8")
    return folder / f"{name}.txt"


@pytest.fixture
def store(tmp_path):
    from kg.store import open_store

    s = open_store(tmp_path / "store")
    yield s
    s.close()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """The bundled example, ingested once for the session."""
    from kg.api import ingest
    from kg.store import open_store

    s = open_store(tmp_path_factory.mktemp("seed") / "store")
    report = ingest([EXAMPLES], s)
    assert report.added == 1 and report.ok
    return s


@pytest.fixture(scope="session")
def seed_events(seed_store):
    from kg.api import list_events

    return list_events(seed_store)


requires_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside the clone")
