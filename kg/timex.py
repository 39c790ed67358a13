"""Find temporal expressions and normalise them to TIMEX3 against the publication date.

The patterns and vocabularies live in ``data/timex.yaml``; this module compiles them
and resolves each match. No clock is read: relative expressions resolve against the
``anchor`` passed in (the article's publication date), and stay unresolved
(``XXXX-WXX-2``) without one.

>>> [(t.text, t.value) for t in find_timexes("Putin visited Kursk on Tuesday.", "2025-05-21")]
[('Tuesday', '2025-05-20')]
>>> [(t.text, t.value) for t in find_timexes("He will visit on Tuesday.", "2025-05-21")]
[('Tuesday', '2025-05-27')]
>>> [(t.text, t.value, t.start, t.end) for t in find_timexes("He visited in March.", "2025-05-21")]
[('March', '2025-03', '2025-03-01', '2025-03-31')]
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from .lexicon import load_yaml
from .model import TimeValue

Tense = str | None  # "past", "future" or None
TenseHint = Callable[[int, int], Tense]

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
# "the past week/month" names the calendar unit holding the middle of the stretch it means (days
# back from publication); "the past year" is, as annotators read it, the calendar year before.
_TRAILING_MIDDLE = {"W": 3, "M": 15}
# "May" is a month after these words (or before a number), otherwise a name or a modal.
_MAY_BEFORE = ("in", "on", "since", "until", "by", "of", "last", "next", "this", "early", "late", "mid", "during", "through",
               "till", "from", "to", "before", "after")
_JUST_ENDED = 31  # days: "this winter" in a past clause is the one that ended this long ago at most
_NEAR_FUTURE_MONTHS = 3  # without a tense, a month or date up to this far ahead is read as ahead
_FUTURE_REACH_BACK = 30  # days: a date further back than this in a clause that looks ahead is next year's ("takes effect Jan. 1")
_CAPITALISED_KINDS = {"month_day", "day_month", "weekday_date", "month_year", "month", "weekday", "season_year",
                      "time_weekday", "time_date", "every_named", "weekday_set"}


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


def month_value(y: int, m: int) -> _Value:
    last = calendar.monthrange(y, m)[1]
    return _Value("DATE", f"{y:04d}-{m:02d}", date(y, m, 1), date(y, m, last), "month")


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


def _with_mod(v: _Value, mod_word: str | None) -> _Value:
    if not mod_word:
        return v
    w = mod_word.strip().lower().replace("the ", "").rstrip("- ").strip()
    mods = {"early": "START", "beginning of": "START", "start of": "START", "late": "END", "end of": "END",
            "mid": "MID", "middle of": "MID", "earlier": None, "later": None}
    mod = mods.get(w)
    return _Value(v.type, v.value, v.start, v.end, v.granularity, mod) if mod else v


# ---------------------------------------------------------------- vocabulary and patterns


@dataclass(frozen=True)
class _Grammar:
    vocab: dict[str, Any]
    anchor_words: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern[str], _Needs | None], ...]
    future: re.Pattern[str]
    past: re.Pattern[str]
    not_past: frozenset[str]
    deadline: re.Pattern[str]
    looks_back: re.Pattern[str]  # "since March": a time the clause looks back to
    moved_to: re.Pattern[str]  # "postponed the vote to": a time ahead of the moving
    rate_before: re.Pattern[str]  # ends where "a year" is a rate: "$2 million a year", "twice a week"
    said_on: re.Pattern[str]  # ends where a day is when something was said: "police said Wednesday"
    event_after: re.Pattern[str]  # "(the day) before the vote": an event follows, not the rest of the sentence


def _alternation(words: Any) -> str:
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    """The compiled patterns (loaded once per process)."""
    v = load_yaml("timex.yaml")
    units = list(v["units"])
    number_words = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|"
                    + _alternation(v["numbers"]))
    word_lists = {  # the fills that are lists of words (the quick tests for a pattern's needs read them as words)
        "MONTH": v["months"],
        "WEEKDAY": v["weekdays"],
        "UNITS": units + [u + "s" for u in units] + ["centuries"],
        "UNIT": units,
        "SEASON": v["seasons"],
        "DAYNAME": [w for w in v["weekdays"] if w.endswith("day")],  # full names only: "Mondays", not "Mons"
        "POD": v["parts_of_day"],
        "ORD": v["ordinals"],
        "VAGUE": v["vague_numbers"],
        "HOLIDAY": list(v["holidays"]) + list(v["movable_holidays"]) + list(v["easter_holidays"]),
        "FIXED": v["fixed"],
        "SET": v["sets"],
        "TZ": v["time_zones"],
    }
    fills = {name: _alternation(words) for name, words in word_lists.items()} | {
        "NUM": f"(?:{number_words})",
        "AMOUNT": r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:[- ]1/2)?|(?:" + number_words + r")(?: (?:hundred|thousand))?)",
        # the first number of a range of lengths ("two to three weeks", "12 or 18 months"); never a year
        "LOW": r"(?P<low>\d{1,3}|(?:" + number_words + r")) (?:to|or) ",
        "YEAR": r"(?:1[89]\d\d|20\d\d)",
        "SPOKEN": (  # a year in words, as transcripts write it: "nineteen ninety-seven", "two thousand and one"
            r"nineteen (?:hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
            r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two thousand(?: and)?(?: (?:one|two|three|four|"
            r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
            r"twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?"),
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])",
        "CLOCK": r"(?:(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))? ?(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)|(?P<w>noon|midnight|midday))",
    }
    compiled = []
    tests: dict[tuple[str, ...], _Needs | None] = {}  # patterns with the same needs share one test
    for p in v["patterns"]:
        needs = tuple(v["pattern_needs"].get(p["kind"]) or ())
        if needs not in tests:
            tests[needs] = _needs(list(needs), word_lists)
        rx = re.sub(r"\{([A-Z]+)\}", lambda m: "(?:" + fills[m.group(1)] + ")", p["re"])
        compiled.append((p["kind"], re.compile(rx, re.IGNORECASE), tests[needs]))
    t = v["tense"]
    anchor_words = (list(v["months"]) + list(v["weekdays"]) + units + [u + "s" for u in units] + ["centuries"]
                    + list(v["seasons"]) + list(v["parts_of_day"]) + list(v["fixed"]) + list(v["sets"]) + list(v["holidays"])
                    + list(v["movable_holidays"]) + list(v["easter_holidays"]) + [z for z in v["time_zones"] if " " not in z]
                    + ["today", "tonight", "yesterday", "tomorrow", "noon", "midnight", "midday", "ago", "later", "earlier",
                       "nineteen", "thousand", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                       "eighties", "nineties", "quarter", "half", "fiscal", "fy", "daily", "weekly"])
    return _Grammar(
        vocab=v,
        anchor_words=_anchor_set(anchor_words),
        patterns=tuple(compiled),
        future=re.compile(r"\b(?:" + _alternation(t["future"]) + r")\b", re.IGNORECASE),
        past=re.compile(r"\b(?:" + _alternation(t["past"]) + r"|[a-z]+ed)\b", re.IGNORECASE),
        not_past=frozenset(t["not_past"]),
        deadline=_right_before(t["deadline"]),
        looks_back=_right_before(t["looks_back"]),
        moved_to=re.compile(r"\b(?:" + _alternation(t["moved_to_verbs"]) + r")\b[^.;!?\n]{0,40}?\b(?:to|until|till|for)\s+(?:the\s+)?$",
                            re.IGNORECASE),
        rate_before=re.compile(r"(?:\d|\b(?:" + _alternation(list(v["rate_before"]) + [w for w in v["numbers"] if w not in ("a", "an")]) + r"))%?"
                               r"(?: (?!(?:" + _alternation(v["rate_not_between"]) + r")\b)[A-Za-z-]+){0,3} $", re.IGNORECASE),
        said_on=re.compile(r"\b(?:" + _alternation(t["reporting_words"]) + r")(?:\s+(?:reporters|journalists|in an? (?:statement|interview|"
                           r"e-?mail|letter|speech)|at a news conference))?\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE),
        event_after=re.compile(r"(?: (?:before|after))? (?!(?:" + _alternation(v["offset_continuations"]) + r")\b)[A-Za-z]"),
    )


def _right_before(words: list[str]) -> re.Pattern[str]:
    """One of ``words`` right before an expression ("by the end of", "since mid-")."""
    return re.compile(r"\b(?:" + _alternation(words) + r")\s+(?:the\s+)?(?:(?:early|late|mid|end of)[- ]?\s*)?$", re.IGNORECASE)


@dataclass(frozen=True, eq=False)  # one per list of needs (grammar() shares it), hashed by identity
class _Needs:
    """The words a pattern cannot match without, any one of them (or a digit), as a quick test
    run once per stretch of text before the pattern itself."""

    words: tuple[str, ...]  # lower case
    digit: bool
    regex: re.Pattern[str]  # the same test, for text that is not ASCII (where case folding is not str.lower)

    def found(self, text: str, lo: int, hi: int, lowered: str | None) -> bool:
        """Whether ``text[lo:hi]`` has one of the words; ``lowered`` is that stretch in lower case
        when it is ASCII, else None.

        >>> n = _needs(["{DIGIT}", "end"], {})
        >>> [n.found(t, 0, len(t), t.lower() if t.isascii() else None) for t in ("at year-END", "in 1998", "noël", "soon")]
        [True, True, False, False]
        """
        if self.digit and _DIGIT.search(text, lo, hi):
            return True
        if lowered is None:
            return self.regex.search(text, lo, hi) is not None
        return any(w in lowered for w in self.words)


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _period_end_after() -> re.Pattern[str]:
    """What may follow "the quarter" to say the day it ends: " ended Feb. 28", " ending June 30"."""
    months = _alternation(grammar().vocab["months"])
    return re.compile(rf" (?:that )?(?P<verb>ended|ending) (?P<month>{months})\.? (?P<d>[0-3]?\d)\b(?:,? (?P<y>(?:19|20)\d\d)\b)?", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _needs(needs: list[str] | None, word_lists: dict[str, list[str]]) -> _Needs | None:
    """The quick test for a pattern's needs (None: always try it): ``{DIGIT}``, a ``{FILL}`` that is
    a list of words, or a word."""
    if not needs:
        return None
    words = [w for n in needs if n != "{DIGIT}" for w in (word_lists[n[1:-1]] if n.startswith("{") else [n])]
    parts = [re.escape(w) for w in words] + ([r"\d"] if "{DIGIT}" in needs else [])
    return _Needs(tuple(dict.fromkeys(w.lower() for w in words)), "{DIGIT}" in needs, re.compile("|".join(parts), re.IGNORECASE))


_PHRASE_GLUE = frozenset({"a", "an", "the", "at", "in", "of", "to", "on", "this", "these", "every", "each", "per", "s"})


def _anchor_set(entries: list[str]) -> frozenset[str]:
    """Whole words (and their plurals) any expression must contain; a phrase contributes its content words."""
    words = {w for e in entries for w in re.findall(r"[a-z]+", e.lower())} - _PHRASE_GLUE
    return frozenset(words | {w + "s" for w in words})


def _number(word: str | None, vocab: dict[str, Any]) -> float | None:
    """'two' -> 2, 'twenty-four' -> 24, '3' -> 3, '2 1/2' -> 2.5, 'two thousand' -> 2000, 'several' -> None (vague)."""
    if word is None:
        return None
    w = word.lower().strip().replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", w):
        return float(w)
    if re.fullmatch(r"\d+[- ]1/2", w):
        return float(w[:-4]) + 0.5
    scale = re.fullmatch(r"(.+) (hundred|thousand)", w)
    if scale:
        base = _number(scale.group(1), vocab)
        return None if base is None else base * (100 if scale.group(2) == "hundred" else 1000)
    nums = vocab["numbers"]
    if w in nums:
        return float(nums[w])
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums:
        return float(nums[parts[0]] + nums[parts[1]])
    return None


# ---------------------------------------------------------------- tense from context


def lexical_tense(text: str, start: int, end: int, not_verbs: frozenset[int] = frozenset()) -> Tense:
    """Which way the clause around ``text[start:end]`` points: nearest tense word wins.

    ``not_verbs`` holds where words start that end in -ed but a parse found no verb
    ("a still unspecified date"), so they say no tense.

    >>> lexical_tense("They will meet on Friday.", 18, 24)
    'future'
    >>> lexical_tense("They met on Friday.", 12, 18)
    'past'
    """
    g = grammar()
    while end > start and text[end - 1] in ".,":
        end -= 1  # an abbreviation's or the sentence's full stop: the clause goes on after it, or ends
    left, right = _clause_around(text, start, end)
    left_at, right_at = start - len(left), end
    best: tuple[int, str] | None = None
    def participle(segment: str, m: re.Match[str]) -> bool:
        # "will be held", "is expected": a participle after a form of "be" is not a past tense
        before = segment[: m.start()].split()
        return bool(before) and before[-1].lower() in ("be", "being", "is", "are", "been")

    for rx, label in ((g.future, "future"), (g.past, "past")):
        for m in rx.finditer(left):
            if label == "past" and (m.group(0).lower() in g.not_past or participle(left, m) or left_at + m.start() in not_verbs):
                continue
            dist = len(left) - m.end()
            if best is None or dist < best[0]:
                best = (dist, label)
        for m in rx.finditer(right[:60]):
            if label == "past" and (m.group(0).lower() in g.not_past or participle(right, m) or right_at + m.start() in not_verbs):
                continue
            dist = m.start() + 15  # words after the expression count for less
            if best is None or dist < best[0]:
                best = (dist, label)
    return best[1] if best else None


def _is_deadline(text: str, start: int, end: int) -> bool:
    """ "by August", "until mid-November", "effective Feb. 1": news sets deadlines ahead of its date,
    unless the clause is in the past perfect ("Until Thursday, they had not ...")."""
    left, right = _clause_around(text, start, end)
    deadline = grammar().deadline.search(left)
    if not deadline or _PERIOD_BEFORE.search(left, 0, deadline.start()) or _WAS_BEFORE.search(left, 0, deadline.start()):
        return False  # "in the three months through February": where a period ends; "was due on Tuesday": a past deadline
    main_clause = _RELATIVE_CLAUSE.sub(" ", left + right)  # "The sale, which had been expected, is part of"
    return not re.search(r"\bhad\b", main_clause, re.IGNORECASE)


_LEADING_SPACE = re.compile(r"\s*")
_HEADLINE_WORDS = 20  # a title is a short first line with no full stop
_OFFSET_TO_DAY = 12  # characters from "the day before" to the day it counts from ("the day before last Tuesday's hearing")
_CLOCK_TO_DAY = 60  # characters from a clock time to the day named after it in its clause
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\n]")
_PAIR_JOINT = re.compile(r"\s*(?:-|–|/|(?:and|or|to|through|until|till|into)\s)\s*")
_WAS_BEFORE = re.compile(r"\b(?:was|were|had been)\s+$", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(r"\b(?:days|weeks|months|quarters|years|week|month|quarter|year|period)\s+$", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,]*,")


def _clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the sentence before ``start`` and after ``end`` (up to ``.;!?`` or a line end)."""
    left_edge = max(text.rfind(c, 0, start) for c in ".;!?\n")
    right_edges = [i for i in (text.find(c, end) for c in ".;!?\n") if i >= 0]
    return text[left_edge + 1 : start], text[end : min(right_edges) if right_edges else len(text)]


# ---------------------------------------------------------------- resolution


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
        sat = anchor + timedelta(weeks=n) - timedelta(days=anchor.isoweekday() - 6)
        y, w, _ = sat.isocalendar()
        return _Value("DATE", f"{y}-W{w:02d}-WE", sat, sat + timedelta(days=1), "week")
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
    if w == "fiscal year":
        return "Y"
    return None


# A fraction of a unit is written in the next smaller one ("2 1/2 years" is P2Y6M), as
# TimeML annotators write it: (smaller unit, how many make one).
_FRACTION_UNITS = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}
_TIME_UNITS = frozenset({"H", "MIN", "S"})  # written after the "T" of a TIMEX3 duration


def _duration(n: float | None, unit: str) -> str:
    """The TIMEX3 duration of ``n`` units (None: an unknown number).

    >>> _duration(2.5, "Y"), _duration(1.5, "MIN"), _duration(None, "D")
    ('P2Y6M', 'PT1M30S', 'PXD')
    """
    if n is not None and not float(n).is_integer() and unit in _FRACTION_UNITS:
        small, per = _FRACTION_UNITS[unit]
        whole, rest = int(n), round((n - int(n)) * per)
        if float(rest) == (n - int(n)) * per:
            parts = ([(whole, unit)] if whole else []) + [(rest, small)]
            date_part = "".join(f"{k}{u}" for k, u in parts if u not in _TIME_UNITS)
            time_part = "".join(f"{k}{'M' if u == 'MIN' else u}" for k, u in parts if u in _TIME_UNITS)
            return "P" + date_part + ("T" + time_part if time_part else "")
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


class _Resolver:
    """Turns one pattern match into a TIMEX3 value, given the anchor and the context."""

    def __init__(self, text: str, anchor: Anchor | None, tense_hint: TenseHint, clause_hint: TenseHint | None = None) -> None:
        self.text = text
        self.anchor = anchor
        self.day = anchor.day if anchor else None
        self.tense_hint = tense_hint
        self.clause_hint = clause_hint or tense_hint  # the verb's own direction, before deadline words ("by 6 a.m.")
        self.dayless_clock = False  # the value just resolved is a clock time whose text names no day
        self.offset_unit: tuple[str, int] | None = None  # the value just resolved is "the day before": its unit and direction
        self.vocab = grammar().vocab
        self.last_day: date | None = None  # the latest date-level expression read so far
        self.event_day: date | None = None  # the latest day not named as the day something was said
        self.report_sentence_end = -1  # where the sentence ends whose day was the day something was said
        self.last_date: date | None = None  # the start of the latest date of any granularity
        self.last_date_span: tuple[int, str] = (-1, "none")  # where that date ends, and its granularity
        # where a financial story named the quarter it reports on, and that quarter's first day
        self.last_quarter: tuple[int, date] | None = None
        self.whole_years = False  # since that quarter, the story turned to a longer period ("the nine months")
        self.compared = False  # the last value resolved was "a year before" something
        self.position = 0  # where the expression being resolved starts
        self.last_day_end = -1  # where the latest day (or time of a day) read ends
        self.last_month: tuple[int, date] | None = None  # where the latest month named ends, and its first day

    _PERIOD_REACH = 2000  # characters a named quarter stays the story's reporting period

    @property
    def told_day(self) -> date | None:
        """The day the text is telling of: the last day it named, or the publication day. A day named as
        when something was said ("was shot Tuesday night, police said Wednesday.") is that only within its
        sentence; after it, the story goes on with the day of what happened."""
        if self.event_day is not None and 0 <= self.report_sentence_end < self.position:
            return self.event_day
        return self.last_day or self.day

    def note_day(self, day: date, end: int, of_a_report: bool) -> None:
        """Keep the day an expression ending at ``end`` named, and whether it was when something was said."""
        self.last_day, self.last_day_end = day, end
        if of_a_report:
            sentence_end = _SENTENCE_END.search(self.text, end)
            self.report_sentence_end = sentence_end.start() if sentence_end else len(self.text)
        else:
            self.event_day, self.report_sentence_end = day, -1

    def reported_from(self, m: re.Match[str], granularities: tuple[str, ...] = ("day", "time", "month")) -> date | None:
        """The day or month a reported future looks ahead from: "said in December he would resign in January"
        is the January after that December, not the one after publication. None where no date before
        publication (of one of ``granularities``) was named earlier in the sentence, with a future-in-the-past
        word ("would") between."""
        end, granularity = self.last_date_span
        if self.last_date is None or self.day is None or self.last_date >= self.day or granularity not in granularities:
            return None
        between = self.text[end : m.start()]
        ahead = _reported_future().search(between) or grammar().moved_to.search(between)
        return self.last_date if _SENTENCE_END.search(between) is None and ahead else None

    def counted_from(self, unit: str) -> date | None:
        """Where "two years later" or "the day before" counts from: days from the day the text tells of,
        longer units from the latest date it named ("sold in 2008. Four years later": 2012)."""
        return self.told_day if unit in ("D", "H", "MIN", "S") else self.last_date or self.day

    def year_before(self) -> _Value | None:
        """ "A year ago", "a year earlier", "year-earlier": once a story has named a quarter, the same
        quarter a year before (results are compared period to period); otherwise the year before."""
        self.compared = True
        quarter = self.reporting_quarter()
        if quarter is not None:
            if self.whole_years:
                return year_value(quarter.year - 1)
            return quarter_value(quarter.year - 1, (quarter.month - 1) // 3 + 1)
        if self.last_month is not None and _SENTENCE_END.search(self.text, self.last_month[0], self.position) is None:
            month = self.last_month[1]  # "14 percent in January, from 10 percent a year earlier": that January's year before
            return month_value(month.year - 1, month.month)
        return _unit_shift(self.day, "Y", -1) if self.day else None

    def reporting_quarter(self) -> date | None:
        """The first day of the quarter the story reports on, if one was named close enough before."""
        if self.last_quarter is None:
            return None
        named_at, first_day = self.last_quarter
        return first_day if self.position - named_at <= self._PERIOD_REACH else None

    def year_of(self, word: str | None) -> int | None:
        if not word:
            return None
        w = word.lower()
        if self.day and w in ("this year", "last year", "next year"):
            return self.day.year + {"this year": 0, "last year": -1, "next year": 1}[w]
        if re.fullmatch(r"\d{2}", w):
            return 1900 + int(w) if int(w) > 30 else 2000 + int(w)
        return int(w) if w.isdigit() else None

    def resolve(self, kind: str, m: re.Match[str]) -> _Value | None:
        self.compared = self.dayless_clock = False
        self.offset_unit = None
        self.position = m.start()
        fn = getattr(self, "r_" + kind)
        result: _Value | None = fn(m, m.groupdict())
        return result

    # -- absolute dates
    def r_iso_date(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        try:
            return day_value(date(int(g["y"]), int(g["m"]), int(g["d"])))
        except ValueError:
            return None

    def r_numeric_date(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        first = int(g["a"])
        if g.get("dm"):  # 20.05.2025
            d, month, y = first, int(g["dm"]), self.year_of(g["dy"])
        else:
            second = int(g["b"])
            month, d = (second, first) if first > 12 else (first, second)
            y = self.year_of(g["y"])
        dd = _safe_date(y, month, d) if y else None
        return day_value(dd) if dd else None

    def _month_day(self, g: dict[str, str], m: re.Match[str]) -> _Value | None:
        month = self.vocab["months"][g["month"].lower().rstrip(".")]
        d = int(g["d"])
        y = self.year_of(g.get("y"))
        if y is None:
            if not self.day:
                return _Value("DATE", f"XXXX-{month:02d}-{d:02d}", granularity="day")
            tense = self.tense_hint(m.start(), m.end())
            y = self.day.year
            this_year = _safe_date(y, month, d)
            if this_year is None:
                return None
            gap = (this_year - self.day).days
            # close to the publication date the same year wins, whatever the tense says
            if abs(gap) > 90 and tense == "past" and gap > 0:
                y -= 1
            elif gap < -_FUTURE_REACH_BACK and tense == "future":
                y += 1
            elif tense is None and gap > 30 * _NEAR_FUTURE_MONTHS:
                y -= 1
            elif tense is None and gap < -(365 - 30 * _NEAR_FUTURE_MONTHS):
                y += 1
        dd = _safe_date(y, month, d)
        return day_value(dd) if dd else None

    def r_month_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        v = self._month_day(g, m)
        return _with_mod(v, g.get("mod")) if v else None

    def r_day_month(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        return self._month_day(g, m)

    def r_day_after_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "April 24 and 25", "March 3-5": a later day of the month of the day just named."""
        d = self.last_day
        between = self.text[self.last_day_end : m.start()]
        if d is None or between.strip(" ") not in ("and", "or", "to", "-", "–", "through") or not d.day < int(g["d"]) <= 31:
            return None
        try:
            return day_value(d.replace(day=int(g["d"])))
        except ValueError:
            return None

    def r_day_of_month(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "on the 14th": that day of the month the text last named, else of the publication's month,
        the one before it when the clause looks back past the publication day (or after it, ahead)."""
        d = int(g["d"])
        if self.last_date is not None:
            y, month = self.last_date.year, self.last_date.month
        elif self.day is not None:
            y, month = self.day.year, self.day.month
            tense = self.tense_hint(m.start(), m.end())
            if tense == "past" and d > self.day.day:
                y, month = add_months(y, month, -1)
            elif tense == "future" and d < self.day.day:
                y, month = add_months(y, month, 1)
        else:
            return None
        dd = _safe_date(y, month, d)
        return day_value(dd) if dd else None

    def r_weekday_date(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "Tuesday, May 20" and "Tuesday 20 May": the date (the weekday only confirms it)."""
        return self._month_day({"month": g["month"] or g["month2"], "d": g["d"] or g["d2"], "y": g["y"]}, m)

    def named_year(self, g: dict[str, str]) -> int | None:
        """The year a pattern's ``y`` (digits) or ``sy`` (words: "nineteen ninety-seven") group names."""
        return int(g["y"]) if g.get("y") else _spoken_year(g.get("sy") or "", self.vocab["numbers"])

    def r_month_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        month = self.vocab["months"][g["month"].lower().rstrip(".")]
        y = self.named_year(g)
        return _with_mod(month_value(y, month), g.get("mod")) if y else None

    def r_month(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        word = g["month"].lower()
        if word == "may" and not self._may_is_month(m):
            return None
        if _abbreviation(word) and not m.group(0).endswith("."):
            return None  # a bare abbreviation ("Jan", "Dec") without its full stop is rarely a month
        if re.match(r" (?:for|of|on|against) (?:the )?[A-Z]", self.text[m.end() : m.end() + 16]):
            return None  # "the March for Life", "the March on Washington": a march's name
        month = self.vocab["months"][word]
        if not self.day:
            return _Value("DATE", f"XXXX-{month:02d}", granularity="month")
        # "rel" is e.g. "last", "early", "late last", "the end of": a direction and/or a part of the month
        words = (g.get("rel") or "").strip().lower().split()
        direction = next((w for w in words if w in ("this", "last", "next")), "")
        part = " ".join(w for w in words if w not in ("this", "last", "next")) or None
        paired = self.month_before_in_pair(m)
        if paired is not None and not direction:  # "between October and February": the February after that October
            return _with_mod(month_value(paired.year + (month < paired.month), month), part)
        tense = self.tense_hint(m.start(), m.end())
        reported = self.reported_from(m) if tense == "future" and not direction else None
        y = _month_year(reported or self.day, month, tense, direction)
        return _with_mod(month_value(y, month), part)

    def month_before_in_pair(self, m: re.Match[str]) -> date | None:
        """The first day of the month just named when this one follows it in a pair or range ("October to
        February", "March and May"); a range runs forward, so its second month comes after its first."""
        if self.last_month is None:
            return None
        end, first_day = self.last_month
        return first_day if _PAIR_JOINT.fullmatch(self.text, end, m.start()) else None

    def r_month_of_rel_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "August last year", "January of this year": that month of the year named."""
        month = self.vocab["months"][g["month"].lower().rstrip(".")]
        y = self.year_of(g["rel"].lower() + " year")
        if y is None:
            return None
        return _with_mod(month_value(y, month), g.get("mod"))

    def r_week_of_month(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the second week of May": the ISO week holding that week's Thursday (the last week: the
        week of the month's last Thursday)."""
        month_v = self.r_month_year(m, g) if g.get("y") else self.r_month(m, {"month": g["month"]})
        if month_v is None or month_v.start is None or month_v.end is None:
            return None
        thursdays = [month_v.start + timedelta(days=k) for k in range((month_v.end - month_v.start).days + 1)
                     if (month_v.start + timedelta(days=k)).isoweekday() == 4]
        ordinal = g["ord"].lower()
        index = -1 if ordinal in ("last", "final") else self.vocab["ordinals"][ordinal] - 1
        return week_value(thursdays[index])

    def _may_is_month(self, m: re.Match[str]) -> bool:
        before = self.text[max(0, m.start("month") - 12) : m.start("month")].lower().replace("-", " ").split()
        after = self.text[m.end() : m.end() + 6]
        if len(before) >= 2 and before[-1] in ("and", "or") and before[-2].strip(".,") in self.vocab["months"]:
            return True  # "between March and May"
        return bool((before and before[-1] in _MAY_BEFORE) or re.match(r"\.?,? ?\d", after))

    def r_season_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        y = self.named_year(g) or self.year_of(g.get("ry"))  # "the spring of 1998", "the summer of last year"
        return _with_mod(season_value(y, self.vocab["seasons"][g["season"].lower()]), g.get("rel")) if y else None

    def r_season(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        if re.match(r" of (?:the |an? )?[A-Za-z]", self.text[m.end() : m.end() + 8]):
            return None  # "the fall of Baghdad", "the spring of their discontent": an event, not a season
        if _name_word(self.text, m.start("season"), m.end()) or _season_kind_after().match(self.text, m.end()):
            return None  # "the Winter Olympics": a name's word; "the summer residence": a kind of residence
        s = self.vocab["seasons"][g["season"].lower()]
        if not self.day:
            return _Value("DATE", f"XXXX-{s}", granularity="season")
        rel = (g["rel"] or "").lower()
        # the season running now (or this year's); a winter is named by the year it starts in
        y = self.day.year - 1 if s == "WI" and self.day.month <= 2 else self.day.year
        current = season_value(y, s)
        assert current.start is not None and current.end is not None
        if "last" in rel:
            y = y if current.end < self.day else y - 1
        elif "next" in rel:
            y = y if current.start > self.day else y + 1
        elif "this" not in rel:  # "in the spring": this year's, unless the clause points past it
            tense = self.tense_hint(m.start(), m.end())
            if tense == "future" and current.end < self.day:
                y += 1
            elif tense == "past" and current.start > self.day:
                y -= 1
        elif current.start > self.day and self.tense_hint(m.start(), m.end()) == "past":
            previous = season_value(y - 1, s)  # "has had snow this winter", said in March: the winter just ended, not the next
            if previous.end is not None and (self.day - previous.end).days <= _JUST_ENDED:
                y -= 1
        mod = next((w for w in rel.replace("-", " ").split() if w in ("early", "late", "mid")), None)
        return _with_mod(season_value(y, s), mod)

    def r_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        y = int(g["y"])
        rel = (g.get("rel") or "").strip().lower()
        if rel.startswith("the first half"):
            return half_value(y, 1)
        if rel.startswith("the second half"):
            return half_value(y, 2)
        # "fiscal 1989" is written as the year, as TimeBank's annotators do: the text rarely
        # says whose fiscal year it is, so which months it covers.
        return _with_mod(year_value(y), rel or None)

    def r_decade(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the 1990s" is a decade; "the 1800s", "the 1900s" are centuries (the 2000s, a decade, as news uses it)."""
        y = int(g["y"])
        mod = (g.get("rel") or "").replace("the", "").strip() or None
        return _with_mod(century_value(y // 100 + 1) if y % 100 == 0 and y < 2000 else decade_value(y), mod)

    def r_spoken_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        y = _spoken_year(g["y"], self.vocab["numbers"])
        return year_value(y) if y else None

    def r_decade_words(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        tens = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
        return _with_mod(decade_value(1920 + 10 * tens.index(g["w"].lower())), (g.get("rel") or "").replace("the", "").strip() or None)

    def r_decade_short(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        return _with_mod(decade_value(1900 + int(g["y"])), (g.get("rel") or "").replace("the", "").strip() or None)

    def r_century(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        if _name_word(self.text, m.start() + m.group(0).lower().rindex("century"), m.end()):
            return None  # "21st Century Fox"
        return _with_mod(century_value(int(g["n"])), (g.get("rel") or "").replace("the", "").strip() or None)

    def r_century_words(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        rel = g["rel"].lower()
        if "past" in rel or rel == "the last":
            return _Value("DURATION", "P100Y", granularity="none")
        if not self.day:
            return _Value("DATE", "XX", granularity="century")
        shift = {"this": 0, "last": -1, "next": 1, "the next": 1, "the previous": -1}.get(rel, 0)
        return _unit_shift(self.day, "CE", shift)

    def r_quarter(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        v = self._quarter(m, g)
        return _with_mod(v, g.get("mod")) if v else None  # "the end of the second quarter"

    def _quarter(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        ord_word = (g.get("ord") or g.get("ord2") or "").lower()
        rel = (g.get("rel") or "").strip().lower()
        y = self.year_of(g.get("y") or g.get("yp"))  # "the first quarter of 2013", "2013's first quarter"
        if not self.day:
            return _Value("DATE", f"XXXX-Q{self.vocab['ordinals'].get(ord_word, 'X')}", granularity="quarter")
        current_q = (self.day.month - 1) // 3 + 1
        ended = _period_end_after().match(self.text, m.end())
        if ord_word:
            q = self.vocab["ordinals"][ord_word]
            if y is None and ended is not None:
                y = self.period_end_year(ended)  # "the fiscal third quarter ended Feb. 28": a quarter of that year
            if y is None:
                y = self.day.year
                if rel.startswith("last year") or rel in ("year-earlier", "year-ago"):
                    y -= 1
                elif rel.startswith("next"):
                    y += 1
                elif not rel.startswith("this") and q > current_q and self.tense_hint(m.start(), m.end()) != "future":
                    y -= 1
            return quarter_value(y, q)
        if not rel and not y:
            rel = "the"
        if rel in ("this", "current"):
            return _unit_shift(self.day, "Q", 0)
        if rel == "next":
            return _unit_shift(self.day, "Q", 1)
        if rel in ("year-earlier", "year-ago", "last year's"):
            quarter = self.reporting_quarter()
            if quarter is not None:  # a quarter, even once the story compares longer periods
                self.compared = True
                return quarter_value(quarter.year - 1, (quarter.month - 1) // 3 + 1)
            return _unit_shift(date(self.day.year - 1, self.day.month, 1), "Q", -1)
        if ended is not None and rel in ("the", "latest"):
            return self.quarter_ended(ended)
        # "the quarter", "the latest quarter", "last quarter": the last completed one
        return _unit_shift(self.day, "Q", -1)

    def quarter_ended(self, ended: re.Match[str]) -> _Value | None:
        """ "the quarter ended Feb. 28": the calendar quarter holding most of its three months, so the one
        holding the month before the last (December to February is mostly the first quarter)."""
        month = self.vocab["months"][ended["month"].lower()]
        y, middle = add_months(self.period_end_year(ended), month, -1)
        return quarter_value(y, (middle - 1) // 3 + 1)

    def period_end_year(self, ended: re.Match[str]) -> int:
        """The year of the day a period "ended" (behind the publication day) or is "ending" (ahead of it)."""
        assert self.day is not None
        month, d = self.vocab["months"][ended["month"].lower()], int(ended["d"])
        if ended["y"]:
            return int(ended["y"])
        past = ended["verb"].lower() == "ended"
        later, earlier = (month, d) > (self.day.month, self.day.day), (month, d) < (self.day.month, self.day.day)
        return self.day.year - 1 if past and later else self.day.year + 1 if not past and earlier else self.day.year

    def r_latest_period(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the latest period" in a quarterly report: the quarter it reports (nothing otherwise)."""
        quarter = self.reporting_quarter()
        return _unit_shift(quarter, "Q", 0) if quarter is not None else None

    def r_period_of_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the 1988 third quarter", "the 1989 period": a quarter of that year (the one the story reports),
        or the year where the story reports no quarter."""
        ord_word = (g.get("ord") or "").lower()
        y = int(g["y"])
        self.compared = True  # the comparison period, not the one reported
        if ord_word:
            return quarter_value(y, self.vocab["ordinals"][ord_word])
        quarter = self.reporting_quarter()
        if quarter is None or self.whole_years:
            return year_value(y)
        return quarter_value(y, (quarter.month - 1) // 3 + 1)

    def r_ordinal_quarter_adj(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        return self.r_quarter(m, {"ord": g["ord"]})

    def r_quarter_code(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "Q3", "Q1 2025", "H1 2025": a quarter or half, read as "the third quarter" or "the first half"."""
        if g.get("q"):
            return self.r_quarter(m, {"ord": ["1st", "2nd", "3rd", "4th"][int(g["q"]) - 1], "y": g.get("y") or ""})
        return self.r_half(m, {"ord": "first" if g["h"] == "1" else "second", "y": g.get("y") or ""})

    def r_half(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        h = 1 if g["ord"].lower() == "first" else 2  # second, last, latter; "the first two quarters of 1990" too
        y = self.year_of(g.get("y") or g.get("y2") or g.get("yp")) or (self.day.year if self.day else None)
        return half_value(y, h) if y else _Value("DATE", f"XXXX-H{h}")

    # -- deictic days and times of day
    def _part_of(self, day: date, pod: str) -> _Value:
        """That part ("morning", "night") of the day: 2025-05-20TMO."""
        return day_value(day, "TIME", "T" + self.vocab["parts_of_day"][pod.lower()])

    def r_deictic_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        w = g["w"].lower()
        if g["w"][0].isupper() and _NAME_BEFORE.search(self.text, max(0, m.start() - 30), m.start()):
            return None  # "USA Today", "This is VOA Today": the end of a name
        pod = (g.get("pod") or g.get("pre") or "").strip().lower()  # "yesterday afternoon", "mid-afternoon yesterday"
        if not self.day:
            return _Value("DATE", "XXXX-XX-XX", granularity="day")
        if w == "today" and _present_age_after().match(self.text, m.end()):
            return _Value("DATE", "PRESENT_REF")  # "today's world": the present age
        d = self.day + timedelta(days=self.vocab["deictic_days"][w])
        if w == "tonight":
            return day_value(d, "TIME", "TNI")
        if pod:
            return self._part_of(d, pod)
        return _with_mod(day_value(d), g.get("mod"))  # "late yesterday": the end of that day

    def r_last_night(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        rel, pod = g["rel"].lower(), g["pod"].lower()
        if not self.day:
            return None
        shift = {"last": -1 if pod == "night" else 0, "this": 0, "tomorrow": 1, "yesterday": -1}[rel]
        if rel == "last" and pod != "night":
            return None
        return self._part_of(self.day + timedelta(days=shift), pod)

    def r_related_part_of_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the next morning", "that evening": a part of the day the text last named (or the one after it)."""
        base = self.told_day
        if base is None:
            return None
        rel = g["rel"].lower()
        shift = 1 if rel in ("the next", "the following") else -1 if rel == "the previous" else 0
        return self._part_of(base + timedelta(days=shift), g["pod"])

    def r_overnight(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "overnight": the night before the day the text is telling of (publication, by default), or
        the coming night in a clause about the future."""
        base = self.told_day
        if base is None or self.day is None:
            return None
        ahead = self.tense_hint(m.start(), m.end()) == "future"
        if not ahead and base > self.day:
            base = self.day  # "A hearing is set for Tuesday. Police searched his flat overnight."
        return self._part_of(base if ahead else base - timedelta(days=1), "night")

    def r_weekday(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        word = g["wd"]
        if len(word) <= 4 and not self.text[m.end(): m.end() + 1] == ".":
            return None  # "Sun", "Sat", "Wed" without a full stop are rarely days
        if _weekday_in_name(self.text, m, g):
            return None
        wd = self.vocab["weekdays"][word.lower().rstrip(".")]
        rel = (g.get("rel") or "").strip().lower()
        pod = (g.get("pod") or g.get("pre") or "").strip().lower()  # "Friday evening", "late afternoon Friday"
        told = self.told_day
        if told is None or self.day is None:
            return _Value("DATE", f"XXXX-WXX-{wd}", granularity="day")
        if rel in ("the previous", "the following"):
            # "the previous Friday": the one before the day the text is talking about
            d = _nearest_weekday(told, wd, None, "last" if rel == "the previous" else "next")
        else:
            tense = self.tense_hint(m.start(), m.end())
            reported = self.reported_from(m, ("day", "time")) if tense == "future" and not rel else None
            d = _nearest_weekday(reported or self.day, wd, tense, rel)
            if tense is None and not rel and in_headline(self.text, m.start()):  # "Parliament rejects levy on Tuesday"
                today = self.day
                d = min(d, _nearest_weekday(today, wd, "future", rel), key=lambda c: abs((c - today).days))
        if pod:
            return self._part_of(d, pod)
        return _with_mod(day_value(d), rel if rel in ("early", "late") else None)

    def r_holiday(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        name = g["h"].lower()
        if g.get("y"):  # "New Year's Day 2013"
            return day_value(holiday_date(name, int(g["y"])))
        if not self.day:
            return _Value("DATE", self.undated_holiday(name) or "XXXX-XX-XX", granularity="day")
        rel = (g.get("rel") or "").strip().lower()
        tense = {"last": "past", "next": "future"}.get(rel) or (None if rel == "this" else self.tense_hint(m.start(), m.end()))
        if g.get("week") and not rel:
            tense = None  # "as Easter week began": the week of the nearest one, whichever way the clause points
        today = self.day
        before, this_year, after = (holiday_date(name, today.year + k) for k in (-1, 0, 1))
        if tense == "past":
            d = this_year if this_year <= today else before
        elif tense == "future":
            d = this_year if this_year >= today else after
        else:  # the nearest
            d = min((before, this_year, after), key=lambda c: abs((c - today).days))
        if rel == "last" and d == today:
            d = before
        if g.get("week"):
            return _unit_shift(d, "WE", 0) if g.get("end") else week_value(d)
        return day_value(d)

    # -- this/last/next week, N days ago, the day before
    def r_unit_end(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "year-end", "by month's end": the end of the current one, or of the last one in a past clause
        (the current one has not ended yet)."""
        unit = _unit_code(g["unit"], self.vocab)
        if unit is None or not self.day:
            return None
        rel = (g.get("rel") or "").lower()
        shift = {"this": 0, "last": -1, "next": 1}.get(rel, -1 if self.tense_hint(m.start(), m.end()) == "past" else 0)
        v = _unit_shift(self.day, unit, shift)
        return _with_mod(v, "end of") if v else None

    def r_rel_unit_mod(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        v = self.r_rel_unit(m, {"rel": g["rel"], "unit": g["unit"]})
        late = g["mod"].lower().replace("the ", "").strip() in ("end of", "late")
        unit = _unit_code(g["unit"], self.vocab)
        if (v is not None and late and g["rel"].lower() == "the" and unit in ("M", "Y") and self.day is not None and v.end is not None
                and v.end > self.day and self.tense_hint(m.start(), m.end()) == "past"):
            v = _unit_shift(self.day, unit, -1)  # "prices fell at the end of the year", said in March: the year before
        return _with_mod(v, g["mod"]) if v else None

    def r_rel_unit(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        rel = g["rel"].lower()
        unit = _unit_code(g["unit"], self.vocab)
        if unit is None:
            return None
        if g["unit"][0].isupper() and not g["unit"].isupper() and self.text[max(0, m.start() - 1) : m.start()] in _QUOTES:
            return None  # 'ABC's "This Week"': a title
        trailing = rel in ("the past", "the last", "the previous")
        if (trailing or rel in ("the next", "the coming")) and unit in ("DE", "CE"):
            return _Value("DURATION", _duration(1, unit))  # "the past decade", "over the next decade": ten years, not the 2010s
        if not self.day:
            return _Value("DATE", {"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "WE": "XXXX-WXX-WE"}.get(unit, "XXXX"))
        if trailing and unit in _TRAILING_MIDDLE:
            # "the past week": the last seven days, named by the calendar week holding most of them
            return _unit_shift(self.day - timedelta(days=_TRAILING_MIDDLE[unit]), unit, 0)
        shift = {"this": 0, "the current": 0, "the same": 0, "the": 0, "last": -1, "this past": -1 if unit != "WE" else 0,
                 "the previous": -1, "the past": -1, "the last": -1, "the latest": 0,
                 "next": 1, "the coming": 1, "coming": 1, "the next": 1, "the following": 1}.get(rel)
        if shift is None:
            return None
        if rel == "the following" and self.last_date:
            return _unit_shift(self.last_date, unit, 1)  # "the following year": after the year the text named
        if (rel == "the next" and self.last_date is not None and self.last_date < self.day
                and self.tense_hint(m.start(), m.end()) == "past"):
            return _unit_shift(self.last_date, unit, 1)  # "became president in 2008. The next year, he won": 2009
        if unit == "WE" and rel in ("this", "the", "this past") and self.tense_hint(m.start(), m.end()) == "past" and self.day.isoweekday() < 6:
            shift = -1
        return _unit_shift(self.day, unit, shift)

    def r_ago(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        unit = _unit_code(g["unit"], self.vocab)
        if unit is None:
            return None
        n = _number(g["n"], self.vocab)
        direction = g["dir"].lower()
        sign = -1 if direction in ("ago", "earlier", "before") else 1
        base = self.day if direction in ("ago", "from now", "hence") else self.counted_from(unit)
        if g["n"] is None and direction in ("earlier", "later") and g["unit"].endswith("s"):
            return _Value("DURATION", _duration(None, unit))  # "hours later": some hours after a time in the story
        if g["n"] is None and (direction != "ago" or not g["unit"].endswith("s")):
            return None  # "months ago" says how long only vaguely; "week later" is no expression
        if n is None and direction in ("earlier", "later"):
            return None  # "a few days later": some days after a time in the story, so only the length is known
        if n is not None and unit in ("H", "MIN") and direction in ("ago", "from now") and self.anchor and "T" in self.anchor.value:
            try:  # "two hours ago" from a publication time: that clock time
                at = datetime.fromisoformat(self.anchor.value[:16]) + sign * timedelta(**{"hours" if unit == "H" else "minutes": n})
            except ValueError:
                at = None
            if at is not None:
                return day_value(at.date(), "TIME", f"T{at:%H:%M}")
        if n is None or base is None or unit in ("H", "MIN", "S"):
            return _Value("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        k = int(n)
        if unit == "Y" and k == 1 and sign < 0:
            return self.year_before()
        if unit == "D":
            return day_value(base + timedelta(days=sign * k))
        if unit in ("DE", "CE"):  # "a decade ago" is about ten years back, a year, not the decade before this one
            return year_value(base.year + sign * k * (10 if unit == "DE" else 100))
        return _unit_shift(base, unit, sign * k)

    def r_units_time(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "in two weeks' time": two weeks from now."""
        return self.r_ago(m, {**g, "dir": "from now"})

    def r_unit_offset(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        rel = g["rel"].lower()
        if rel in ("year-earlier", "year-ago", "the year-earlier period", "a year ago", "a year before", "a year earlier"):
            return self.year_before()
        if rel in ("the day before", "the day after", "the night before") and self.day_in_apposition_before_event(m):
            return None  # "the day" alone is the day named (r_day_of_event)
        unit = "Y" if "year" in rel else "M" if "month" in rel else "W" if "week" in rel else "D"
        # "the day before" counts from the last day named; "the following year" from the last date of any kind
        base = self.counted_from(unit)
        if base is None:
            return None
        sign = -1 if any(w in rel for w in ("before", "previous", "earlier")) else 0 if ("same" in rel or rel == "that day") else 1
        if rel in ("the day before", "the day after", "the week before", "the week after"):
            self.offset_unit = (unit, sign)  # a day named right after it may be what it counts from ("the day before Tuesday's vote")
        if unit == "D":
            return day_value(base + timedelta(days=sign))
        return _unit_shift(base, unit, sign)

    def day_in_apposition_before_event(self, m: re.Match[str]) -> bool:
        """ "Oct. 12, the day before the plunge": right after a day and a comma, with an event after."""
        return (self.last_day is not None and self.text[self.last_day_end : m.start()] == ", "
                and grammar().event_after.match(self.text, m.end()) is not None)

    def r_day_of_event(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "Oct. 12, the day before the plunge": "the day" is Oct. 12; the event places it, not a count."""
        return day_value(self.last_day) if self.last_day and self.day_in_apposition_before_event(m) else None

    def r_the_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "for the year", "the full year": the publication's year (not "the Year of the Dragon", a name)."""
        if m.group(0).endswith("Year") and not m.group(0).isupper():
            return None
        return _unit_shift(self.day, "Y", 0) if self.day else None

    def r_the_year_ended(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the year ended March 31": one year, which the date after it ends."""
        return _Value("DURATION", "P1Y")

    def r_the_week(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "For the week, the index dropped 3.8%": the week of the day the text tells of; "the week ended
        March 15": the week of that day."""
        ended = _period_end_after().match(self.text, m.end())
        if ended is not None and self.day is not None:
            day = self._month_day({"month": ended["month"], "d": ended["d"], "y": ended["y"]}, ended)
            return week_value(day.start) if day and day.start else None
        base = self.told_day
        return _unit_shift(base, "W", 0) if base else None

    def r_the_month(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "Sales rose in February. For the month, ...": the month the text last named (or the publication's)."""
        base = self.counted_from("M")
        return _unit_shift(base, "M", 0) if base else None

    def r_week_of_date(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the week of March 6": the ISO week holding that day."""
        day = self._month_day({"month": g["month"] or g["month2"], "d": g["d"] or g["d2"]}, m)
        return week_value(day.start) if day and day.start else None

    def r_that_unit(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "that year", "later that month", "earlier that day": the unit of the date (the day) the text last named;
        "that winter": the season of the year it last named."""
        if g.get("season"):
            s = self.vocab["seasons"][g["season"].lower()]
            base = self.last_date or self.day
            v: _Value | None = season_value(base.year, s) if base else _Value("DATE", f"XXXX-{s}")
        else:
            unit = _unit_code(g["unit"], self.vocab)
            base = self.told_day if unit == "D" else self.last_date or self.day
            v = _unit_shift(base, unit, 0) if base and unit else None
        return _with_mod(v, (g.get("mod") or "").strip()) if v else None

    def r_in_the_unit(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "earlier in the year": the publication's own year (month, week); "later in the day": the day
        the text is telling of."""
        unit = _unit_code(g["unit"], self.vocab)
        base = self.told_day if unit == "D" else self.day
        return _unit_shift(base, unit, 0) if base and unit else None

    # -- durations
    def r_duration_past(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        unit = _unit_code(g["unit"], self.vocab)
        if unit is None:
            return None
        n = _number(g.get("low") or g["n"], self.vocab)  # a range is as long as its first number, at least
        value = _duration(n, unit)
        if unit == "H" and n == 24:
            value = "P1D"
        rel = g["rel"].lower()
        if self.day and n is not None and unit in ("D", "W", "M", "Y", "H") and any(w in rel for w in ("past", "last", "previous")):
            days = {"D": 1, "W": 7, "M": 30, "Y": 365, "H": 1 / 24}[unit] * n
            start = self.day - timedelta(days=max(1, round(days)))
            return _Value("DURATION", value, start, self.day, "day")
        return _Value("DURATION", value)

    def r_duration(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        unit = _unit_code(g["unit"], self.vocab)
        if unit is None:
            return None
        if g["unit"][:1].isupper() and not self.text[m.start() : m.end()].isupper():
            return None  # "CBS's '60 Minutes'": a title, not a length of time
        word = (g.get("low") or g.get("n") or "").lower()  # "two to three weeks" lasts two weeks at least
        n = _number(word, self.vocab)
        if n is None and word not in [w.lower() for w in self.vocab["vague_numbers"]]:
            return None
        if word in ("a", "an") and grammar().rate_before.search(self.text, max(0, m.start() - 40), m.start()):
            return None  # "$2 million a year", "twice a week": a rate (a SET, or no time at all), not a duration
        if unit == "S" and n == 1 and re.match(r" (?!(?:later|earlier|ago|before|after|or|and|of)\b)[a-z]", self.text[m.end() : m.end() + 3]):
            return None  # "a second strike": an ordinal
        if "and a half" in m.group(0).lower().replace("-", " ") and n is not None:
            n += 0.5
        mod = {"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
               "nearly": "EQUAL_OR_LESS", "almost": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "less than": "LESS_THAN",
               "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE"}.get((g.get("mod") or "").strip().lower())
        if g.get("low") and mod is None:
            mod = "EQUAL_OR_MORE"
        return _Value("DURATION", _duration(n, unit), mod=mod)

    def r_duration_unit_alone(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        unit = _unit_code(g["unit"], self.vocab)
        return _Value("DURATION", _duration(1, unit)) if unit else None

    def r_unit_long(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "year-long" P1Y, "two-week-long" P2W, "decades-long" PXY."""
        unit = _unit_code(g["unit"], self.vocab)
        if unit is None:
            return None
        n = _number(g["n"], self.vocab) if g.get("n") else None if g["unit"].lower().endswith("s") else 1
        return _Value("DURATION", _duration(n, unit))

    def r_quarter_of_unit(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "a quarter-century", "a quarter of a century": P25Y."""
        unit = _unit_code(g["unit"], self.vocab)
        return _Value("DURATION", _duration(0.25, unit)) if unit else None

    def r_vague_units(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        unit = _unit_code(g["unit"], self.vocab)
        return _Value("DURATION", _duration(None, unit)) if unit else None

    # -- times of day
    def _time(self, hour: int, minute: int, day: date | None = None) -> _Value:
        suffix = f"T{hour:02d}:{minute:02d}"
        told = self.told_day
        if told is None or self.day is None:
            return _Value("TIME", "XXXX-XX-XX" + suffix, granularity="time")
        return day_value(day or told, "TIME", suffix)

    def _clock(self, g: dict[str, str]) -> tuple[int, int]:
        """(hour, minute) of "10 p.m.", "9:30 am" or "noon"; "midnight Friday" ends Friday (T24:00)."""
        if g.get("w"):
            return {"noon": 12, "midday": 12, "midnight": 24}[g["w"].lower()], 0
        h = int(g["h"]) % 12
        if g["ap"].lower().startswith("p"):
            h += 12
        return h, int(g.get("mi") or 0)

    def clock_day(self, m: re.Match[str]) -> date | None:
        """The day of a clock time with no day of its own: the day the text tells of, unless the clause
        points the other way from the publication day ("The law came into force on Sunday. Voting continues
        until 22:00"): then the publication day."""
        self.dayless_clock = True
        if not self.day or not self.told_day or self.told_day == self.day:
            return None
        # "was put out by 6 a.m.": the verb's direction first, whatever "by" says; "continues until 22:00": the deadline's
        tense = self.clause_hint(m.start(), m.end()) or self.tense_hint(m.start(), m.end())
        if (tense == "future" and self.told_day < self.day) or (tense == "past" and self.told_day > self.day):
            return self.day
        return None

    def r_time_of_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        return self._time(*self._clock(g), self.clock_day(m))

    def r_time_24(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        before = self.text[max(0, m.start() - 3) : m.start()]
        if re.search(r"\d[:.]?$", before):
            return None
        return self._time(int(g["h"]), int(g["mi"]), self.clock_day(m))

    def r_time_hhmm(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "0800 GMT", "at 1430 hours"; a bare "2000 hours" is a length of time, not a clock time."""
        if g.get("hours") and not re.search(r"\b(?:at|by|until|till|from|before|after|around|about|since|to)\s+$",
                                            self.text[max(0, m.start() - 8) : m.start()], re.IGNORECASE):
            return None
        return self._time(int(g["h"]), int(g["mi"]), self.clock_day(m))

    def r_hour_in_part_of_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "4 in the morning" is 04:00, "8 in the evening" 20:00, "11 at night" 23:00 (but "2 at night" 02:00)."""
        h = int(_number(g["h"].lower(), self.vocab) or 0)
        pod = (g.get("pod") or "night").lower()
        if pod in ("afternoon", "evening") or (pod == "night" and h >= 6):
            h = h % 12 + 12
        elif h == 12:
            h = 0  # "12 in the morning" is midnight's hour
        return self._time(h, 0, self.clock_day(m))

    def r_noon(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "noon", "midnight", read as "10 p.m." is (not the band "Midnight Oil")."""
        return None if _name_word(self.text, m.start("w"), m.end()) else self.r_time_of_day(m, g)

    def r_time_weekday(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "10 p.m. Wednesday", "noon Saturday": the clock time on that day."""
        day = self.r_weekday(m, {"wd": g["wd"]})
        if day is None:
            return None
        if day.start is None:  # no publication date: "XXXX-WXX-3T22:00"
            return _Value("TIME", "{}T{:02d}:{:02d}".format(day.value, *self._clock(g)), granularity="time")
        return self._time(*self._clock(g), day=day.start)

    def r_time_date(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "5 p.m. EST Nov. 9", "midnight on 31 March": the clock time on that date."""
        day = self._month_day({"month": g["month"] or g["month2"], "d": g["d"] or g["d2"], "y": g["y"]}, m)
        if day is None or day.start is None:
            return None
        return self._time(*self._clock(g), day=day.start)

    # -- sets and fixed words
    def r_every_weekday(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        wd = self.vocab["weekdays"][g["wd"].lower().rstrip(".")]
        return _Value("SET", f"XXXX-WXX-{wd}")

    def r_every_named(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "each July" XXXX-07, "every summer" XXXX-SU, "every Christmas" XXXX-12-25."""
        if g["month"]:
            return _Value("SET", f"XXXX-{self.vocab['months'][g['month'].lower().rstrip('.')]:02d}")
        if g["season"]:
            return _Value("SET", f"XXXX-{self.vocab['seasons'][g['season'].lower()]}")
        value = self.undated_holiday(g["h"].lower())
        return _Value("SET", value) if value else None

    def undated_holiday(self, name: str) -> str | None:
        """ "christmas" -> "XXXX-12-25": a holiday on a fixed day, in no year (None for Easter and the like)."""
        fixed = self.vocab["holidays"].get(name)
        return f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else None

    def r_weekday_set(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "on Mondays" XXXX-WXX-1, "Tuesday nights" XXXX-WXX-2TNI."""
        wd = self.vocab["weekdays"][(g["wd"] or g["wd2"] or g["wd3"]).lower()]
        pod = g["pod"] or g["pod2"] or g["pod3"]
        return _Value("SET", f"XXXX-WXX-{wd}" + (f"T{self.vocab['parts_of_day'][pod.lower()]}" if pod else ""))

    def r_every_n_units(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "every four years", "every other week", "every few days": how often, a SET."""
        unit = _unit_code(g["unit"], self.vocab)
        word = g["n"].lower()
        n = 2.0 if word == "other" else _number(word, self.vocab)
        return _Value("SET", _duration(n, unit)) if unit else None

    def r_set_words(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        w = g["w"].lower()
        if (_mid_sentence_capital(self.text, m.start("w")) and not g["w"].isupper()) or _NAME_AFTER.match(self.text, m.end()):
            return None  # "China Daily", "the Weekly Standard", "the party daily Granma": a paper, not how often
        if w.startswith("a ") and not g.get("freq"):
            prev = self.text[max(0, m.start() - 12) : m.start()].lower().split()
            if not prev or prev[-1] not in ("once", "twice", "thrice", "times"):
                return None
        return _Value("SET", str(self.vocab["sets"][w]))

    def r_fixed(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        type_, value = self.vocab["fixed"][g["w"].lower()]
        if self.text[max(0, m.start() - 3) : m.start()].lower() == "as " and self.text[m.end() : m.end() + 3] == " as":
            return None  # "as soon as Tuesday", "as recently as 1990": a comparison; the time is what follows
        if value == "PRESENT_REF" and g["w"].lower() == "current" and not re.match(r"\s+[a-z]", self.text[m.end() : m.end() + 3]):
            return None
        if value == "PRESENT_REF" and re.search(r"\bthen[- ]$", self.text[max(0, m.start() - 5) : m.start()], re.IGNORECASE):
            return _Value(str(type_), "PAST_REF")  # "the then current price": the present of a time gone by
        if g["w"].lower() in self.vocab["clause_relative"] and (re.match(r"\s+(?:after|afterwards?|thereafter)\b", self.text[m.end() : m.end() + 14])
                                      or (self.tense_hint(m.start(), m.end()) == "past" and not _present_modal_before().search(
                                          self.text, max(0, m.start() - 25), m.start()))):
            return None  # "soon after the vote", "he was soon released": soon after another time, not after now
        return _Value(str(type_), str(value))


def holiday_date(name: str, year: int) -> date:
    """The date of a holiday in a year.

    >>> holiday_date("thanksgiving", 1999), holiday_date("easter", 2025), holiday_date("christmas", 2024)
    (datetime.date(1999, 11, 25), datetime.date(2025, 4, 20), datetime.date(2024, 12, 25))
    """
    v = grammar().vocab
    if name in v["holidays"]:
        month, d = v["holidays"][name]
        return date(year, month, d)
    if name in v["movable_holidays"]:
        month, weekday, first = v["movable_holidays"][name]
        start = date(year, month, first)
        return start + timedelta(days=(weekday - start.isoweekday()) % 7)
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


def _abbreviation(word: str) -> bool:
    """'Aug', 'Sept', 'Tues' are abbreviations whose full stop belongs to them; 'March' and 'June' are not."""
    w = word.lower()
    v = grammar().vocab
    return (w in v["months"] or w in v["weekdays"]) and len(w) <= 4 and w not in ("may", "june", "july") or w in ("a.m", "p.m")


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _capitalised_ok(kind: str, m: re.Match[str], text: str) -> bool:
    """Month and day names must be written with a capital (unless the text shouts)."""
    if kind not in _CAPITALISED_KINDS:
        return True
    for name in ("month", "month2", "wd", "wd2", "wd3", "season"):
        try:
            word = m.group(name)
        except IndexError:
            continue
        if word and name != "season" and not word[0].isupper():
            return False
    return True


@lru_cache(maxsize=1)
def _present_age_after() -> re.Pattern[str]:
    nouns = grammar().vocab["present_age_nouns"]
    return re.compile(r"'s (?:[a-z]+ )?(?:" + _alternation(nouns) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _season_kind_after() -> re.Pattern[str]:
    return re.compile(rf" (?:{_alternation(grammar().vocab['season_kinds'])})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _reported_future() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(grammar().vocab['tense']['reported_future'])})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _present_modal_before() -> re.Pattern[str]:
    """A present modal right before (another word may come between): "they may soon seek"."""
    return re.compile(rf"\b(?:{_alternation(grammar().vocab['present_modals'])})\s+(?:\w+\s+)?$", re.IGNORECASE)


_QUOTES = ('"', "'", "`", "\u201c", "\u2018")
# a capitalised word right before, on the same line ("USA Today", "NBC's Today")
_NAME_BEFORE = re.compile(r"\b[A-Z](?:[A-Za-z&-]|\.(?=\S))*(?:'s)? $")
_NAME_AFTER = re.compile(r" [A-Z][a-z]")  # a capitalised word right after, on the same line
_SENTENCE_OPENERS = frozenset(".!?:;\n\"'`(\u201c\u2018\u2014-")


def _mid_sentence_capital(text: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalised inside a sentence, as a name's word is ("China Daily").

    >>> _mid_sentence_capital("Read China Daily.", 11), _mid_sentence_capital("He left. Daily trips", 9)
    (True, False)
    """
    before = text[:start].rstrip(" ")
    return text[start : start + 1].isupper() and bool(before) and before[-1] not in _SENTENCE_OPENERS


def _name_word(text: str, start: int, end: int) -> bool:
    """Whether the expression at ``start:end`` is a name's word: capitalised inside a sentence, and a
    capitalised word after it ("the Winter Olympics", "21st Century Fox", "Midnight Oil").

    >>> _name_word("He saw Midnight Oil.", 7, 15), _name_word("At Midnight Mass", 3, 11), _name_word("By midnight Paris", 3, 11)
    (True, True, False)
    """
    return _mid_sentence_capital(text, start) and not text[start:end].isupper() and _NAME_AFTER.match(text, end) is not None


def _weekday_in_name(text: str, m: re.Match[str], g: dict[str, str]) -> bool:
    """A weekday that is a name's word: "Monday Night Football" (a capitalised part of the day), "the Sunday
    Times" ("the", the day, then a capitalised word)."""
    if g["wd"].isupper():
        return False
    pod = g.get("pod") or ""
    if pod.strip()[:1].isupper():
        return True
    return (not g.get("rel") and not g.get("pre") and not pod and text[max(0, m.start() - 4) : m.start()].lower() == "the "
            and _NAME_AFTER.match(text, m.end()) is not None)


_WORD_OR_NUMBER = re.compile(r"[A-Za-z]+|\d+")
# a number a date can end on before a comma or full stop: "Oct. 23, 1998", "in 1998."
_DATE_LIKE_NUMBER = re.compile(r"(?:1[89]\d\d|20\d\d|[12]?\d|3[01])\b(?![.,]\d)|[01]?\d\.[0-5]\d ?(?:[ap]\.?m\b)", re.IGNORECASE)


def _windows(text: str, before: int = 40, after: int = 30) -> list[tuple[int, int]]:
    """Stretches of text around words that can start or end a time expression.

    Every pattern needs one of these words, or a number that is not money or a
    percentage; scanning only around them keeps the stage cheap on long articles.
    """
    anchors = grammar().anchor_words
    spans: list[tuple[int, int]] = []
    for m in _WORD_OR_NUMBER.finditer(text):
        word = m.group(0)
        if word[0].isdigit():
            if text[m.start() - 1 : m.start()] in ("$", ".", ",") or text[m.end() : m.end() + 1] in ("%", ",", "."):
                if not _DATE_LIKE_NUMBER.match(text, m.start()):
                    continue  # "$3.5 million", "15%", "1,200": amounts, not times
        elif word.lower() not in anchors:
            continue
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def find_timexes(text: str, published: str | None, tense_hint: TenseHint | None = None) -> list[TimeValue]:
    """Every temporal expression in ``text``, normalised against ``published``.

    ``tense_hint(start, end)`` may say which way the clause around an expression
    points ("past"/"future"); by default nearby tense words decide.

    >>> [(t.text, t.type, t.value) for t in find_timexes("for three years, earlier this week", "2025-05-21")]
    [('three years', 'DURATION', 'P3Y'), ('earlier this week', 'DATE', '2025-W21')]
    """
    anchor = Anchor.parse(published)
    clause_hint: TenseHint = tense_hint or (lambda s, e: lexical_tense(text, s, e))

    def hint(s: int, e: int) -> Tense:
        if _is_deadline(text, s, e) or grammar().moved_to.search(text, max(0, s - 60), s):
            return "future"  # "by August"; "postponed the vote to Tuesday"
        if grammar().looks_back.search(text, max(0, s - 30), s):
            return "past"  # "has been missing since mid-February"
        return clause_hint(s, e)

    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    for lo, hi in _windows(text):
        window = text[lo:hi]
        lowered = window.lower() if window.isascii() else None
        present: dict[_Needs, bool] = {}  # patterns share their needs: test each once per window
        for order, (kind, rx, needs) in enumerate(grammar().patterns):
            if needs is not None:
                if needs not in present:
                    present[needs] = needs.found(text, lo, hi, lowered)
                if not present[needs]:
                    continue
            for m in rx.finditer(text, lo, hi):
                if m.end() > m.start() and _capitalised_ok(kind, m, text):
                    candidates.append((m.start(), -(m.end() - m.start()), order, kind, m))
    candidates.sort()
    resolver = _Resolver(text, anchor, hint, clause_hint)
    out: list[TimeValue] = []
    taken_until = -1
    dayless_clock: tuple[int, int] | None = None  # the latest clock time that named no day: where it is in out, where it ends
    offset_before: tuple[int, int, str, int] | None = None  # the latest "the day before": where in out, where it ends, unit, sign
    for start, _neg_len, _order, kind, m in candidates:
        if start < taken_until:
            continue
        v = resolver.resolve(kind, m)
        if v is None:
            continue
        end = m.end()
        stripped = text[start:end].rstrip(" ,").removesuffix("'s")  # "Friday's ruling": the day is "Friday"
        if stripped.endswith(".") and not _abbreviation(stripped[:-1].rsplit(" ", 1)[-1]):
            stripped = stripped[:-1]
        end = start + len(stripped)
        taken_until = end
        # a duration's start ("the past six months" began on some day) is not a day the text tells of
        if v.type in ("DATE", "TIME") and v.granularity in ("day", "time") and v.start is not None:
            resolver.note_day(v.start, end, grammar().said_on.search(text, max(0, start - 40), start) is not None)
        if v.type == "DATE" and v.start is not None:
            resolver.last_date, resolver.last_date_span = v.start, (end, v.granularity)
            resolver.last_month = (end, v.start) if v.granularity == "month" else None
        if v.granularity == "quarter" and v.start is not None and not resolver.compared and not _forecast(v, anchor, hint, start, end):
            resolver.last_quarter, resolver.whole_years = (start, v.start), False
        elif v.type == "DURATION" and v.value in resolver.vocab["periods_beyond_quarter"]:
            resolver.whole_years = True
        if dayless_clock is not None and v.type == "DATE" and v.granularity == "day" and v.start is not None:
            at, clock_end = dayless_clock
            if start - clock_end <= _CLOCK_TO_DAY and not _CLAUSE_BREAK.search(text, clock_end, start):
                out[at] = _on_day(out[at], v.start)  # "in 4 p.m. trading on the Nasdaq on Thursday": that Thursday
        if offset_before is not None and v.type == "DATE" and v.granularity == "day" and v.start is not None:
            at, offset_end, unit, sign = offset_before
            moved = _unit_shift(v.start, unit, sign)  # "the day before last Tuesday's hearing", "the week after Christmas"
            if moved is not None and start - offset_end <= _OFFSET_TO_DAY and not _CLAUSE_BREAK.search(text, offset_end, start):
                out[at] = _time_value(text, out[at].start_char, out[at].end_char, moved, anchor)
        dayless_clock = (len(out), end) if resolver.dayless_clock and anchor is not None and anchor.day is not None else None
        offset_before = (len(out), end, *resolver.offset_unit) if resolver.offset_unit else None
        out.append(_time_value(text, start, end, v, anchor))
    return out


def _time_value(text: str, start: int, end: int, v: _Value, anchor: Anchor | None) -> TimeValue:
    return TimeValue(text=text[start:end], start_char=start, end_char=end, type=v.type, value=v.value,
                     start=v.start.isoformat() if v.start else None, end=v.end.isoformat() if v.end else None,
                     granularity=v.granularity, anchor=anchor.value if anchor else None, mod=v.mod)


def _on_day(clock: TimeValue, day: date) -> TimeValue:
    """A clock time moved onto ``day``: "2013-03-22T16:00" on 21 March is "2013-03-21T16:00"."""
    return replace(clock, value=day.isoformat() + clock.value[10:], start=day.isoformat(), end=day.isoformat())


def in_headline(text: str, start: int) -> bool:
    r"""Whether ``start`` is in the text's title: its first line, short and without a full stop.

    >>> in_headline("Parliament rejects levy on Tuesday\n\nNICOSIA - Lawmakers voted.", 20), in_headline("He left on Tuesday.", 11)
    (True, False)
    """
    leading = _LEADING_SPACE.match(text)  # the text may open with blank lines
    offset = leading.end() if leading else 0
    line_end = text.find("\n", offset)
    line = text[offset : line_end if line_end >= 0 else len(text)]
    return (offset <= start < offset + len(line) and not line.rstrip().endswith((".", "!", "?", '"', "'", "\u201d"))
            and len(line.split()) <= _HEADLINE_WORDS)


def _forecast(v: _Value, anchor: Anchor | None, hint: TenseHint, start: int, end: int) -> bool:
    """A period not over at publication in a clause that looks ahead ("would fall again in the fourth quarter"):
    not the quarter a story reports on. A quarter not over may still be reported: fiscal quarters end earlier."""
    over = v.end is None or anchor is None or anchor.day is None or v.end < anchor.day
    return not over and hint(start, end) == "future"


def _spoken_year(text: str, numbers: dict[str, Any]) -> int | None:
    """A year said in words, as broadcast transcripts write it; None for a lone "nineteen" (a day, a count).

    >>> [_spoken_year(t, grammar().vocab["numbers"]) for t in ("nineteen ninety-seven", "two thousand and one", "nineteen")]
    [1997, 2001, None]
    """
    words = text.lower().replace("-", " ").replace(" and", "").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + int(sum(numbers.get(w, 0) for w in words[2:]))
    if words[:1] != ["nineteen"] or len(words) == 1:
        return None
    rest = words[1:]
    return 1900 if rest == ["hundred"] else 1900 + int(sum(numbers.get(w, 0) for w in rest))


def named_period(name: str) -> tuple[int, int] | None:
    """The years of a named period that is an event, not a time.

    >>> named_period("the Second World War")
    (1939, 1945)
    """
    years = grammar().vocab["named_periods"].get(name.lower().strip())
    return (int(years[0]), int(years[1])) if years else None


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
