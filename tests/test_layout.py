"""The tree keeps the shape STYLE.md asks for: no module past ~600 lines, in the package or its tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 600
MODULES = sorted(p.relative_to(ROOT) for folder in ("kg", "tests") for p in (ROOT / folder).rglob("*.py"))


def test_the_modules_are_found():
    assert Path("kg/timex/__init__.py") in MODULES and Path("tests/test_layout.py") in MODULES


@pytest.mark.parametrize("module", MODULES, ids=str)
def test_no_module_past_600_lines(module):
    lines = len((ROOT / module).read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module} has {lines} lines: split it by what its parts do (as kg/timex/ is)"


SOURCES = MODULES + sorted(p.relative_to(ROOT) for p in (ROOT / "kg" / "data").glob("*.yaml"))


@pytest.mark.parametrize("source", SOURCES, ids=str)
def test_no_control_characters_in_the_source(source):
    # a "\b" written into a generated file as a backspace makes a regex that never matches
    text = (ROOT / source).read_text(encoding="utf-8")
    stray = sorted({hex(ord(c)) for c in text if ord(c) < 32 and c not in "\n\t"})
    assert not stray, f"{source} holds control characters {stray}"
