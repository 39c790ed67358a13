"""Ranges: a day that opens a range ("from Dec. 24 through Jan. 2", "between May 1 and May 9") or closes one.
The range tells the year of a day written without one: the day it closes counts forward from its first, the day
it opens lies before the one it closes, and a range told in the present runs through the publication day where it
can. The resolver (:class:`kg.timex.resolver.ResolverBase`) asks these rules.

>>> from kg.timex import find_timexes
>>> [t.value for t in find_timexes("The ban, in force from Dec. 20 until Jan. 10, is being reviewed.", "2026-01-05")]
['2025-12-20', '2026-01-10']
"""

from __future__ import annotations

import re
from datetime import date

from .context import _sentence_start
from .grammar import _MOVED_TO_REACH, _range_end_day_with_year, _range_end_month, grammar
from .scenes import SceneRules
from .values import _safe_date

_YEAR_SHIFTS = {"last": -1, "this": 0, "next": 1}
_RANGE_JOINT = re.compile(r"\s*(?:-|–|to|through|thru|until|till|,? (?:and )?into)\s*")  # "Monday to Friday", "Sunday night and into Monday"
_DAY_AFTER_MONTH = re.compile(r"\.? (?P<d>[12]?\d|3[01])\b(?!,? \d)")  # " 2" of "January 2", not "January 2, 2027"
_BETWEEN_BEFORE = re.compile(r"\bbetween $", re.IGNORECASE)
_BETWEEN_THE_DAY = re.compile(r"\bbetween (?:\S+ ){0,2}\S+$", re.IGNORECASE)  # "between Oct. 15" before " and April 15"
_BETWEEN_REACH = 30  # characters before a day's end to look for the "between" of its range
_WEEKDAY_CLOSING = re.compile(r"(?P<joint>\s*(?:-|–|to|through|thru|until|till)\s*|\s+and\s+)(?:on\s+)?(?P<wd>[A-Z][a-z]+day)\b")


class RangeRules(SceneRules):
    """The range rules; the state they read is set up by the resolver."""

    vocab: dict
    last_day: date | None
    last_day_dayless: bool
    last_day_end: int

    def year_closing_day_range(self, m: re.Match[str], month: int, d: int) -> int | None:
        """The year of a day that opens a range or pair closed by a day with its year written: that year, or the
        one before where this day comes later in the year.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("The show ran from 28 December to 4 January 2026.", "2026-12-03")]
        ['2025-12-28', '2026-01-04']
        """
        after = _range_end_day_with_year().match(self.text, m.end())
        if after is None:
            return None
        end_month = self.vocab["months"][(after["month"] or after["month2"]).lower().rstrip(".")]
        year = int(after["y"]) if after["y"] else self.day.year + _YEAR_SHIFTS[after["rel"].lower()] if self.day else None
        return year - ((month, d) > (end_month, int(after["d"] or after["d2"]))) if year is not None else None

    def range_opened_by(self, m: re.Match[str]) -> date | None:
        """The day a range this time closes opened on: the day named just before it, with a range word between
        ("from Monday to Friday", "from Dec. 24 through Jan. 2", "between Oct. 15 and April 15"); None otherwise, for a date moved from one day
        to another ("rescheduled from Friday to Sunday"), and for the day a clock time was given without naming one
        ("from 9 a.m. until 4 p.m. on Monday").

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("The office is shut from Dec. 28 through Jan. 2.", "2026-11-18")]
        ['2026-12-28', '2027-01-02']
        """
        if self.last_day is None or self.last_day_dayless:
            return None
        if not _RANGE_JOINT.fullmatch(self.text, self.last_day_end, m.start()) and not (
                self.text[self.last_day_end : m.start()] == " and "
                and _BETWEEN_THE_DAY.search(self.text, max(0, self.last_day_end - _BETWEEN_REACH), self.last_day_end)):
            return None
        return None if self._moved(m, m.start()) else self.last_day  # "rescheduled from Friday to Sunday": a move, no range

    def _moved(self, m: re.Match[str], upto: int) -> bool:
        """Whether a verb of moving a date comes before ``upto``: "was brought forward from March 3 to Feb. 20" is
        a move, not a range."""
        return grammar().moved_to.search(self.text, max(0, m.start() - _MOVED_TO_REACH), upto) is not None

    def range_close(self, m: re.Match[str]) -> tuple[int, int] | None:
        """The month and day (with no year) closing a range this day opens: (1, 2) for "from December 24 to
        January 2" and "between December 24 and January 2"; None for a day moved to another, or no range.

        >>> from kg.timex import _Resolver
        >>> from kg.timex.values import Anchor
        >>> r = _Resolver("from December 24 to January 2", Anchor.parse("2026-11-18"), lambda s, e: "past")
        >>> r.range_close(re.search("December 24", r.text))
        (1, 2)
        """
        end = _range_end_month().match(self.text, m.end())
        if end is None or self._pair_without_between(end["joint"], m):
            return None
        day = _DAY_AFTER_MONTH.match(self.text, end.end())
        if day is None or self._moved(m, end.start("month")):
            return None
        return self.vocab["months"][end["month"].lower()], int(day["d"])

    def weekday_range_close(self, m: re.Match[str]) -> int | None:
        """The ISO weekday closing a range this weekday opens: 3 for "from Monday to Wednesday" and "between Monday
        and Wednesday"; None for a pair with no "between" ("on Monday and Wednesday"), a day moved to another, or no range.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("Between Monday and Wednesday, 40 flights were cancelled.", "2024-02-20", lambda s, e: "past")]
        ['2024-02-12', '2024-02-14']
        """
        end = _WEEKDAY_CLOSING.match(self.text, m.end())
        if end is None or self._pair_without_between(end["joint"], m):
            return None
        wd = self.vocab["weekdays"].get(end["wd"].lower())
        return None if wd is None or self._moved(m, end.start("wd")) else wd

    def _pair_without_between(self, joint: str | None, m: re.Match[str]) -> bool:
        """Whether ``joint`` after ``m`` is an "and" with no "between" before ``m``: "on Monday and Wednesday" is a pair
        of days, "between Monday and Wednesday" a range (and "March 10-April 15", no word between, one too)."""
        return (joint or "").strip() == "and" and not _BETWEEN_BEFORE.search(self.text, max(0, m.start() - len("between ")), m.start())

    def range_end_in_next_year(self, m: re.Match[str], month: int) -> tuple[int, int] | None:
        """The month and day closing a range this day opens, where it comes round in the next year: (1, 2) for
        "from December 24 to January 2"; None for another range, or none."""
        close = self.range_close(m)
        return close if close is not None and close[0] < month else None

    def future_word_before(self, m: re.Match[str]) -> bool:
        """Whether a word of the future ("will", "is expected to") comes before ``m`` in its sentence: a present
        after it is no schedule running now ("will run from June 1")."""
        return grammar().future.search(self.text, _sentence_start(self.text, m.start()), m.start()) is not None

    def range_running_at_publication(self, m: re.Match[str], month: int, d: int, tense: str | None) -> int | None:
        """The year of a day opening a range told in the present whose span holds the publication day: a season,
        a sale or a ban going on as the story is told ("The hurricane season runs from June 1 through Nov. 30",
        told in August, is this year's; "The ski season runs from Dec. 1 to April 15", told in January, opened
        last year). None for a range told with a word of the future ("will run from June 1"), or not running now.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("The season runs from Dec. 1 to April 15.", "2026-01-20", lambda s, e: "future")]
        ['2025-12-01', '2026-04-15']
        """
        if self.day is None or tense != "future" or self.future_word_before(m):
            return None
        close = self.range_close(m)
        if close is None:
            return None
        for year in (self.day.year, self.day.year - 1):
            start, end = _safe_date(year, month, d), _safe_date(year + (close < (month, d)), *close)
            if start is not None and end is not None and start <= self.day <= end:
                return year
        return None
