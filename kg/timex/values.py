"""TIMEX3 values and the calendar arithmetic behind them.

A resolved expression is a ``_Value``: its TIMEX3 type and value, the interval it covers and its
granularity. The helpers here build one per calendar unit and move dates by units; none reads a clock.

>>> week_value(date(2025, 5, 21)).value, quarter_value(2013, 3).value, century_value(20).value
('2025-W21', '2013-Q3', '19')
>>> _duration(2.5, "Y"), _unit_shift(date(2025, 1, 15), "M", -1).value
('P2Y6M', '2024-12')
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..model import TimeValue
from .calendars import calendar_holiday_dates
from .context import Tense
from .grammar import _number, grammar

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_NEAR_FUTURE_MONTHS = 3  # without a tense, a month or date up to this far ahead is read as ahead


@dataclass(frozen=True)
class Anchor:
    """The publication date an article's relative expressions resolve against."""

    day: date | None
    value: str  # as given, e.g. "2025-05-21" or "1998-02-13T14:26:00"
    granularity: str

    @classmethod
    def parse(cls, published: str | None) -> Anchor | None:
        """The anchor of a publication date, or None without one.

        >>> Anchor.parse("2025-05-21").day
        datetime.date(2025, 5, 21)
        """
        if not published:
            return None
        text = published.strip()
        if len(text) >= 10:
            return cls(date.fromisoformat(text[:10]), text, "day" if len(text) == 10 else "time")
        if len(text) == 7:
            return cls(None, text, "month")
        return cls(None, text, "year")


@dataclass(frozen=True)
class _Value:
    type: str
    value: str
    start: date | None = None
    end: date | None = None
    granularity: str = "none"
    mod: str | None = None


# ---------------------------------------------------------------- calendar units


def day_value(d: date, type_: str = "DATE", suffix: str = "") -> _Value:
    return _Value(type_, d.isoformat() + suffix, d, d, "day" if not suffix else "time")


def week_value(d: date) -> _Value:
    y, w, _ = d.isocalendar()
    monday = d - timedelta(days=d.isoweekday() - 1)
    return _Value("DATE", f"{y}-W{w:02d}", monday, monday + timedelta(days=6), "week")


def weekend_value(saturday: date) -> _Value:
    y, w, _ = saturday.isocalendar()
    return _Value("DATE", f"{y}-W{w:02d}-WE", saturday, saturday + timedelta(days=1), "week")


def weekend_beside(d: date, side: int = 0) -> _Value:
    """The weekend of a day: the one wholly before it (``side`` -1), after it (1), or the nearest (0: a Monday
    or Tuesday holiday's is the one before it, "the Labor Day weekend"; a Thursday's or Friday's, the one after).

    >>> weekend_beside(date(2026, 9, 7)).value, weekend_beside(date(2026, 12, 25), -1).value, weekend_beside(date(2026, 12, 25), 1).value
    ('2026-W36-WE', '2026-W51-WE', '2026-W52-WE')
    """
    saturday = d + timedelta(days=6 - d.isoweekday())  # that ISO week's
    if side == 0:
        return weekend_value(saturday - timedelta(days=7) if d.isoweekday() <= 2 else saturday)
    if side < 0:
        return weekend_value(saturday - timedelta(days=7) if saturday + timedelta(days=1) >= d else saturday)
    return weekend_value(saturday if saturday > d else saturday + timedelta(days=7))


def month_value(y: int, m: int) -> _Value:
    last = calendar.monthrange(y, m)[1]
    return _Value("DATE", f"{y:04d}-{m:02d}", date(y, m, 1), date(y, m, last), "month")


def month_long_value(first: date, last: date) -> _Value:
    """A month of another calendar: named by the Gregorian month holding most of its days, its interval its own.

    >>> v = month_long_value(date(2026, 2, 18), date(2026, 3, 19))
    >>> v.value, v.start, v.end
    ('2026-03', datetime.date(2026, 2, 18), datetime.date(2026, 3, 19))
    """
    first_month_days = calendar.monthrange(first.year, first.month)[1] - first.day + 1
    named = first if first_month_days * 2 > (last - first).days + 1 else last
    return _Value("DATE", f"{named.year:04d}-{named.month:02d}", first, last, "month")


def year_value(y: int) -> _Value:
    return _Value("DATE", f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")


def quarter_value(y: int, q: int) -> _Value:
    first = 3 * (q - 1) + 1
    last = first + 2
    return _Value("DATE", f"{y:04d}-Q{q}", date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1]), "quarter")


def half_value(y: int, h: int) -> _Value:
    return _Value("DATE", f"{y:04d}-H{h}", date(y, 1 if h == 1 else 7, 1), date(y, 6, 30) if h == 1 else date(y, 12, 31), "half")


def season_value(y: int, s: str) -> _Value:
    a, b = _SEASON_MONTHS[s]
    end_year = y + 1 if s == "WI" else y
    return _Value("DATE", f"{y:04d}-{s}", date(y, a, 1), date(end_year, b, calendar.monthrange(end_year, b)[1]), "season")


def decade_value(first_year: int) -> _Value:
    return _Value("DATE", f"{first_year // 10:03d}", date(first_year, 1, 1), date(first_year + 9, 12, 31), "decade")


def century_value(c: int) -> _Value:
    """The Nth century as TIMEX3 writes it: 'the 20th century' is '19' (1900-1999)."""
    return _Value("DATE", f"{c - 1:02d}", date(max(1, (c - 1) * 100), 1, 1), date((c - 1) * 100 + 99, 12, 31), "century")


def add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + delta
    return n // 12, n % 12 + 1


_EDGE_PART = re.compile(r"(\w+) (?:few )?(?:days|weeks|months) of")  # "final weeks of": the end "final" names


def _with_mod(v: _Value, mod_word: str | None) -> _Value:
    """``v`` with the TIMEX3 mod that ``mod_word`` names (data/timex.yaml's ``period_part_mods`` and ``period_edges``).

    >>> _with_mod(year_value(1998), "the end of").mod, _with_mod(year_value(1998), "later").mod, _with_mod(year_value(1998), "the final weeks of").mod
    ('END', None, 'END')
    """
    if not mod_word:
        return v
    w = " ".join(word for word in mod_word.lower().replace("-", " ").split() if word != "the")  # "the latter half of the"
    vocab = grammar().vocab
    edge = _EDGE_PART.fullmatch(w)
    mod = vocab["period_edges"].get(edge[1]) if edge else vocab["period_part_mods"].get(w)
    return _Value(v.type, v.value, v.start, v.end, v.granularity, mod) if mod else v


# ---------------------------------------------------------------- moving dates by units and tenses


def _nearest_weekday(anchor: date, weekday: int, tense: Tense, rel: str) -> date:
    delta = weekday - anchor.isoweekday()
    if rel in ("next", "this coming"):
        return anchor + timedelta(days=(delta % 7) or 7)
    if rel in ("last", "this past"):
        return anchor - timedelta(days=(-delta % 7) or 7)
    if delta == 0:
        return anchor
    if tense == "future":
        return anchor + timedelta(days=delta % 7)
    return anchor - timedelta(days=-delta % 7)


def weekday_either_side(anchor: date, weekday: int) -> date:
    """The day of ``weekday`` (ISO: 1 is Monday) nearest ``anchor``, either side (``anchor`` itself if it is one).

    >>> weekday_either_side(date(2026, 10, 21), 5), weekday_either_side(date(2026, 10, 21), 1)  # from a Wednesday
    (datetime.date(2026, 10, 23), datetime.date(2026, 10, 19))
    """
    return min(_nearest_weekday(anchor, weekday, "past", ""), _nearest_weekday(anchor, weekday, "future", ""),
               key=lambda c: abs((c - anchor).days))


def _month_year(anchor: date, month: int, tense: Tense, rel: str) -> int:
    y = anchor.year
    if rel == "last":
        return y if month < anchor.month else y - 1
    if rel == "next":
        return y if month > anchor.month else y + 1
    if rel == "this":
        return y
    if tense == "future":
        return y if month >= anchor.month else y + 1
    if tense == "past":
        return y if month <= anchor.month else y - 1
    # no tense: news looks back more often than ahead, so the month is ahead only if it is near
    ahead = (month - anchor.month) % 12
    if ahead == 0 or ahead > _NEAR_FUTURE_MONTHS:
        return y if month <= anchor.month else y - 1
    return y if month > anchor.month else y + 1


def _unit_shift(anchor: date, unit: str, n: int) -> _Value | None:
    if unit == "D":
        return day_value(anchor + timedelta(days=n))
    if unit == "W":
        return week_value(anchor + timedelta(weeks=n))
    if unit == "WE":
        return weekend_value(anchor + timedelta(weeks=n) - timedelta(days=anchor.isoweekday() - 6))
    if unit == "M":
        y, m = add_months(anchor.year, anchor.month, n)
        return month_value(y, m)
    if unit == "Q":
        q = (anchor.month - 1) // 3 + 1
        y, qm = add_months(anchor.year, 3 * (q - 1) + 1, 3 * n)
        return quarter_value(y, (qm - 1) // 3 + 1)
    if unit == "Y":
        return year_value(anchor.year + n)
    if unit == "DE":
        return decade_value((anchor.year // 10 + n) * 10)
    if unit == "CE":
        return century_value(anchor.year // 100 + 1 + n)
    return None


def _unit_code(word: str, vocab: dict[str, Any]) -> str | None:
    w = word.lower()
    if w == "centuries":
        return "CE"
    if w in vocab["units"]:
        return str(vocab["units"][w])
    if w.endswith("s") and w[:-1] in vocab["units"]:
        return str(vocab["units"][w[:-1]])
    if w in ("fiscal year", "calendar year", "fiscal"):  # "this fiscal", in Indian English, is this fiscal year
        return "Y"
    return None


# A fraction of a unit is written in the next smaller one ("2 1/2 years" is P2Y6M), as
# TimeML annotators write it: (smaller unit, how many make one).
_FRACTION_UNITS = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}
_TIME_UNITS = frozenset({"H", "MIN", "S"})  # written after the "T" of a TIMEX3 duration


def _duration_of_parts(parts: list[tuple[int, str]]) -> str:
    """The TIMEX3 duration of whole numbers of units, largest first.

    >>> _duration_of_parts([(4, "Y"), (6, "M")]), _duration_of_parts([(2, "H"), (3, "MIN"), (38, "S")])
    ('P4Y6M', 'PT2H3M38S')
    """
    date_part = "".join(f"{k}{u}" for k, u in parts if u not in _TIME_UNITS)
    time_part = "".join(f"{k}{'M' if u == 'MIN' else u}" for k, u in parts if u in _TIME_UNITS)
    return "P" + date_part + ("T" + time_part if time_part else "")


def _duration(n: float | None, unit: str) -> str:
    """The TIMEX3 duration of ``n`` units (None: an unknown number).

    >>> _duration(2.5, "Y"), _duration(1.5, "MIN"), _duration(None, "D")
    ('P2Y6M', 'PT1M30S', 'PXD')
    """
    if n is not None and not float(n).is_integer() and unit in _FRACTION_UNITS:
        small, per = _FRACTION_UNITS[unit]
        whole, rest = int(n), round((n - int(n)) * per)
        if float(rest) == (n - int(n)) * per:
            return _duration_of_parts(([(whole, unit)] if whole else []) + [(rest, small)])
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    if unit == "DE":
        return f"P{'X' if n is None else int(n * 10)}Y" if n is None or float(n * 10).is_integer() else f"P{amount}DE"
    if unit == "CE":
        return f"P{'X' if n is None else int(n * 100)}Y"
    if unit == "FN":
        return f"P{'X' if n is None else int(n * 2)}W"
    if unit == "Q":
        return f"P{'X' if n is None else int(n * 3)}M"
    if unit == "WE":
        return f"P{amount}WE"
    return f"P{amount}{unit}"


def holiday_dates(name: str, year: int) -> list[date]:
    """The dates of a holiday in a year: one, or two for an Islamic holiday in a year that holds it twice.

    >>> holiday_dates("eid al-fitr", 2000), holiday_dates("christmas", 2000)
    ([datetime.date(2000, 1, 8), datetime.date(2000, 12, 27)], [datetime.date(2000, 12, 25)])
    >>> holiday_dates("eid", 2026)
    [datetime.date(2026, 3, 20), datetime.date(2026, 5, 27)]
    """
    v = grammar().vocab
    if name in v["holiday_groups"]:  # "Eid": either Eid, in the order they come
        return sorted(d for member in v["holiday_groups"][name] for d in holiday_dates(member, year))
    if name in v["calendar_holidays"]:
        kind, month, d = v["calendar_holidays"][name]
        return calendar_holiday_dates(kind, month, d, year)
    return [holiday_date(name, year)]


def holiday_date(name: str, year: int) -> date:
    """The date of a holiday in a year (its first, for an Islamic holiday that comes twice).

    >>> holiday_date("thanksgiving", 1999), holiday_date("easter", 2025), holiday_date("christmas", 2024)
    (datetime.date(1999, 11, 25), datetime.date(2025, 4, 20), datetime.date(2024, 12, 25))
    >>> holiday_date("eid al-adha", 2026), holiday_date("passover", 2026), holiday_date("lunar new year", 2027)
    (datetime.date(2026, 5, 27), datetime.date(2026, 4, 2), datetime.date(2027, 2, 6))
    """
    v = grammar().vocab
    if name in v["holidays"]:
        month, d = v["holidays"][name]
        return date(year, month, d)
    if name in v["movable_holidays"]:
        month, weekday, first = v["movable_holidays"][name]
        start = date(year, month, first)
        return start + timedelta(days=(weekday - start.isoweekday()) % 7)
    if name in v["calendar_holidays"] or name in v["holiday_groups"]:
        return holiday_dates(name, year)[0]
    return _easter(year) + timedelta(days=v["easter_holidays"][name])


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def named_period(name: str) -> tuple[int, int] | None:
    """The years of a named period that is an event, not a time.

    >>> named_period("the Second World War")
    (1939, 1945)
    """
    years = grammar().vocab["named_periods"].get(name.lower().strip())
    return (int(years[0]), int(years[1])) if years else None


def set_attributes(words: str) -> tuple[str | None, str | None]:
    """A set's TIMEX3 quant and freq, from its words.

    >>> set_attributes("every Tuesday"), set_attributes("twice a week"), set_attributes("daily"), set_attributes("three times a year")
    (('EVERY', None), (None, '2X'), (None, '1X'), (None, '3X'))
    """
    vocab = grammar().vocab
    first, _, rest = words.lower().partition(" ")
    quant = vocab["set_quants"].get(first)
    if first in vocab["set_once_words"]:
        return quant, "1X"
    count = vocab["as_many_counts"].get(first)
    if count is None and rest.startswith("times "):
        count = _number(first, vocab)
    return quant, f"{int(count)}X" if count else None


def calendar_value(t: TimeValue) -> str:
    """The TIMEX3 value an event takes from an expression: an anchored duration
    ("over the previous 24 hours") becomes the smallest calendar unit covering it.

    >>> calendar_value(TimeValue("the previous 24 hours", 0, 1, "DURATION", "P1D", "2025-05-20", "2025-05-21", "day"))
    '2025-W21'
    """
    if t.type != "DURATION" or not t.start or not t.end:
        return t.value
    a, b = date.fromisoformat(t.start), date.fromisoformat(t.end)
    if a == b:
        return a.isoformat()
    if a.isocalendar()[:2] == b.isocalendar()[:2]:
        return week_value(a).value
    if (a.year, a.month) == (b.year, b.month):
        return month_value(a.year, a.month).value
    if a.year == b.year:
        return str(a.year)
    return t.value
