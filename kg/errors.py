"""One exception root. Messages say what, where and how to fix it."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(KgError):
    """An article (or batch file) that cannot be read: names the file and the problem.

    >>> str(InputError("a.meta.json", "invalid JSON at line 1 column 2"))
    'a.meta.json: invalid JSON at line 1 column 2'
    """

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class ValidationError(KgError):
    """The graph does not conform to the SHACL shapes."""

    def __init__(self, report: str, violations: int) -> None:
        super().__init__(f"{violations} SHACL violation(s)\n{report}")
        self.report = report
        self.violations = violations


class StoreError(KgError):
    """The store cannot be opened or written."""
