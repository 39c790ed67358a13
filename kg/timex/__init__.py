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

import re
from dataclasses import replace
from datetime import date, timedelta

from ..lines import as_one_line, joins_word, wrapped_breaks
from ..model import TimeValue
from .clocks import ClockRules
from .context import (
    _AND_ON_TO_CLOCK,
    _CLOCK_RANGE_JOINT,
    _EVENING_HOUR,
    Tense,
    TenseHint,
    _abbreviation,
    _capitalised_ok,
    _is_deadline,
    _sentence_start,
    ends_sentence,
    in_headline,
    lexical_tense,
)
from .dates import DateRules
from .grammar import _MOVED_TO_REACH, _SENTENCE_END, _Needs, _period_end_after, grammar
from .lengths import LengthRules
from .quarters import QuarterRules
from .relative import RelativeRules
from .resolver import _COMPARED_WITH
from .values import Anchor, _unit_shift, _Value, calendar_value, day_value, named_period, set_attributes, weekend_beside

__all__ = ["Anchor", "Tense", "TenseHint", "calendar_value", "find_timexes", "grammar", "in_headline", "lexical_tense", "named_period"]


class _Resolver(DateRules, QuarterRules, ClockRules, RelativeRules, LengthRules):
    """Turns one pattern match into a TIMEX3 value, given the anchor and the context: the ``r_<kind>``
    rule for the pattern's kind, reading what the text named before it."""


_OFFSET_TO_DAY = 12  # characters from "the day before" to the day it counts from ("the day before last Tuesday's hearing")
_EVENT_ON_DAY = re.compile(r" the [a-z]+(?:[- ][a-z]+)? on ")  # "the day after the attack on Tuesday": the attack's day
_FISCAL = re.compile(r"\b(?:fiscal|financial|FY)", re.IGNORECASE)  # "fiscal 2025", "FY2025", "FY 2025"
_COMPARED_RIGHT_BEFORE = re.compile(_COMPARED_WITH.pattern + r"\.?(?: with| to)?\s+$", re.IGNORECASE)  # "than last year", "compared with"
_EARLY_ON = re.compile(r"\bearly (?:on )?$", re.IGNORECASE)  # "and certified the result early on Thursday"
_EVENING_CLOCK = f"{_EVENING_HOUR:02d}:00"  # a clock time from this on, before a day's early hours, is the evening before
_CLOCK_TO_DAY = 60  # characters from a clock time to the day named after it in its clause
_AUXILIARY = r"(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had)"  # after "and", a clause of its own
# "7 a.m. and close at" a later clock time with its day (not "began at 4 a.m. and will last until": a clause of its own)
_JOINED_CLOCK = re.compile(r"(?! and " + _AUXILIARY + r" )" + _AND_ON_TO_CLOCK.pattern)
_PART_OF_DAY_VALUE = re.compile(r"T[A-Z]{2}$")  # "2026-05-19TMO": a part of a day
# punctuation, or "and" and a verb's auxiliary ("began at 4 a.m. and will last until 7 a.m. on Thursday": another clause)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\n]|\b(?:and|but)\s+" + _AUXILIARY + r"\b")


_WORD_OR_NUMBER = re.compile(r"[A-Za-z]+|\d+")
# a number a date can end on before a comma or full stop: "Oct. 23, 1998", "in 1998."
_YEAR_IN_FIGURES = re.compile(r"\b(?:1\d|20)\d\d\b")
_DATE_LIKE_NUMBER = re.compile(r"(?:1\d\d\d|20\d\d|[12]?\d|3[01]|(?<=')\d\d)\b(?![.,]\d)|[01]?\d\.[0-5]\d ?(?:[ap]\.?m\b)", re.IGNORECASE)


_AMOUNT_AFTER = re.compile(r"%|[.,]\d")  # "15%", "3.5", "1,200"; not the full stop of "in AD 79."


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
            if text[m.start() - 1 : m.start()] in ("$", ".", ",") or _AMOUNT_AFTER.match(text, m.end()):
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


def _in_year(out: list[TimeValue], at: int, year: int) -> None:
    """Put the day in no week at ``out[at]`` ("XXXX-WXX-7"), and a clock time just before it that took its
    value ("at 2 a.m. on a Saturday"), in ``year``.

    >>> out = [TimeValue("2 a.m.", 0, 6, "TIME", "XXXX-WXX-6T02:00"), TimeValue("Saturday", 12, 20, "DATE", "XXXX-WXX-6")]
    >>> _in_year(out, 1, 2016); [t.value for t in out]
    ['2016-WXX-6T02:00', '2016-WXX-6']
    """
    prior = out[at].value
    for i in range(max(0, at - 1), at + 1):
        if out[i].value.startswith(prior):
            out[i] = replace(out[i], value=f"{year:04d}{out[i].value[4:]}")


def find_timexes(text: str, published: str | None, tense_hint: TenseHint | None = None) -> list[TimeValue]:
    r"""Every temporal expression in ``text``, normalised against ``published``.

    ``tense_hint(start, end)`` may say which way the clause around an expression
    points ("past"/"future"); by default nearby tense words decide. Runs of spaces or tabs, and a line broken
    mid-sentence, read as one space ("last\nTuesday", "March  14"); offsets are the text's own.

    >>> [(t.text, t.type, t.value) for t in find_timexes("for three years, earlier this week", "2025-05-21")]
    [('three years', 'DURATION', 'P3Y'), ('earlier this week', 'DATE', '2025-W21')]
    >>> [(t.text, t.start_char, t.value) for t in find_timexes("He left last\nTuesday.", "2025-05-21")]
    [('last\nTuesday', 8, '2025-05-20')]
    """
    tight = _one_spaced(text)
    if tight is None:
        return _find_timexes(text, published, tense_hint)
    flat, at = tight
    if at is None:  # lines joined, every character where it was: only the texts are the article's own
        return [replace(t, text=text[t.start_char : t.end_char]) for t in _find_timexes(flat, published, tense_hint)]
    hint = None if tense_hint is None else (lambda s, e: tense_hint(at[s], at[e]))
    return [replace(t, text=text[at[t.start_char] : at[t.end_char - 1] + 1], start_char=at[t.start_char], end_char=at[t.end_char - 1] + 1)
            for t in _find_timexes(flat, published, hint)]


_LOOSE_SPACE = re.compile(r"[ \t]{2,}|\t")  # a run of spaces or tabs, once lines broken mid-sentence are joined


def _one_spaced(text: str) -> tuple[str, list[int] | None] | None:
    r"""``text`` with each loose space read as one and a word broken at its hyphen joined ("two-\nweek"), and where
    each of its characters (and its end) is in ``text`` (None where only lines were joined, so every character is
    where it was); None where there is no loose space.

    >>> _one_spaced("in  the\nthird")
    ('in the third', [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
    >>> _one_spaced("a two-\nweek")[0]
    'a two-week'
    """
    if "\n" not in text and "  " not in text and "\t" not in text:
        return None
    breaks = wrapped_breaks(text, before_capitals=True)
    one_line = as_one_line(text, breaks=breaks)
    # (start, end, what reads there) of each loose space and each break within a hyphened word, in order
    gaps = [(s, e, "") for s, e in breaks if joins_word(text, s, e)]
    if "  " in one_line or "\t" in one_line:
        joined = {s for s, _, _ in gaps}
        gaps += [(m.start(), m.end(), " ") for m in _LOOSE_SPACE.finditer(one_line) if m.start() not in joined]
        gaps.sort()
    if not gaps:
        return None if one_line is text else (one_line, None)
    parts: list[str] = []
    at: list[int] = []
    done = 0
    for start, end, reads in gaps:
        parts.append(one_line[done:start])
        at.extend(range(done, start))
        parts.append(reads)
        at.extend([start] * len(reads))
        done = end
    parts.append(one_line[done:])
    at.extend(range(done, len(text) + 1))
    return "".join(parts), at


def _find_timexes(text: str, published: str | None, tense_hint: TenseHint | None) -> list[TimeValue]:
    """:func:`find_timexes` over a text spaced as the patterns read it."""
    written = text
    if not text.isascii():
        text = text.translate(_PLAIN_CHARACTERS)  # "New Year’s Eve", "March\u00a026": one pattern for both; offsets stay
    anchor = Anchor.parse(published)
    clause_hint: TenseHint = tense_hint or (lambda s, e: lexical_tense(text, s, e))

    def hint(s: int, e: int) -> Tense:
        if grammar().starts_from.search(text, max(0, s - 40), s) or grammar().foretold_for.search(text, max(0, s - 40), s):
            return "future"  # "declared three days of mourning starting Monday", "The agreement, effective Feb. 1, was signed"
        if _is_deadline(text, s, e) or grammar().moved_to.search(text, max(0, s - _MOVED_TO_REACH), s):
            if grammar().deadline_after.match(text, e):
                return clause_hint(s, e)  # "completed the sale by the Tuesday deadline": met or ahead, as the clause tells
            if grammar().lasted_until.search(text, max(0, s - 60), s):
                return "past"  # "the hearing lasted until late Sunday": a stretch already over
            if grammar().repeated_until.search(text, max(0, s - 30), s) and clause_hint(s, e) == "past":
                return "past"  # "About 40 flights were cancelled each day until Friday"
            if grammar().not_until.search(text, max(0, s - 60), s) and clause_hint(s, e) == "past":
                return "past"  # "relief flights could not land until Wednesday": when they came at last
            if grammar().fronted_deadline.search(text, max(0, s - 12), s) and text.startswith(",", e) and clause_hint(s, e) == "past":
                return "past"  # "By Saturday, many shops were accepting only cash": by then, as told of the past
            if grammar().hoped_by.search(text, max(0, s - 60), s):
                return "near"  # "officials had hoped to finish by Monday": a hope given up, for the nearer Monday
            if grammar().done_by.search(text, max(0, s - 60), s):
                return "past"  # "The fire was 60 percent contained by Sunday night", "had fled by Monday": done, as told
            if grammar().done_by_active.search(text, max(0, s - 60), s) and clause_hint(s, e) == "past":
                return "past"  # "completed the sale by Tuesday", "put out the blaze by Monday evening": done, as the parse tells
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
    dayless_clocks: list[tuple[int, int]] = []  # the latest clock times that named no day: where each is in out, where it ends
    holiday_before: tuple[int, int] | None = None  # the latest holiday named: where in out, where it ends
    such_day_before: tuple[int, int] | None = None  # a day in no week just named ("on a Sunday"): where in out, where it ends
    offset_before: tuple[int, int, str, int, str] | None = None  # the latest "the day before": where in out, where it ends, unit, sign, part
    for start, _neg_len, _order, kind, m in candidates:
        if start < taken_until:
            continue
        v = resolver.resolve(kind, m)
        if v is None:
            taken_until = max(taken_until, resolver.name_end)  # no time inside a name's words
            continue
        end = m.end()
        stripped = text[start:end].rstrip(" ,")
        if kind != "decade":
            stripped = stripped.removesuffix("'s")  # "Friday's ruling": the day is "Friday"; "the 1880's" is a decade whole
        if stripped.endswith(".") and not _abbreviation(stripped[:-1].rsplit(" ", 1)[-1]):
            stripped = stripped[:-1]
        if v.type == "DURATION":
            stripped = _SIGNAL_AFTER.sub("", stripped)  # "two hours later": the length is "two hours", "later" a signal
        end = start + len(stripped)
        taken_until = end
        # a duration's start ("the past six months" began on some day) is not a day the text tells of
        if v.type in ("DATE", "TIME") and v.granularity in ("day", "time") and v.start is not None:
            resolver.note_day(v.start, end, grammar().said_on.search(text, max(0, start - 40), start) is not None,
                              background=_background_day(text, start, end)
                              or not resolver.last_day_said and _cause_after_day(text, resolver.last_day_end, start)
                              or resolver.flashback(v.start, start, end))
            if v.type == "DATE" and v.granularity == "day":  # "early on Friday", "early Friday": its first hours
                resolver.early_day = v.start if v.mod == "START" or _EARLY_ON.search(text, max(0, start - len("early on ")), start) else None
        if v.type == "DATE" and v.start is not None:
            # "at the end of the quarter ... three months earlier" counts from the quarter's end
            said = v.granularity == "day" and resolver.last_day_said and resolver.last_day_end == end
            resolver.date_before_saying = resolver.last_date if said else None
            resolver.last_date = v.end if v.mod == "END" and v.end is not None else v.start
            resolver.last_date_span = (end, v.granularity)
            resolver.last_date_compared = (resolver.compared and _COMPARED_WITH.search(text, _sentence_start(text, start), start) is not None
                                           or _COMPARED_RIGHT_BEFORE.search(text, max(0, start - 16), start) is not None)  # "shorter than last year"
            if v.granularity == "day" and _YEAR_IN_FIGURES.search(text, start, end):
                resolver.written_day, resolver.written_day_end = v.start, end
            resolver.note_figures_month(v.granularity, v.start, kind in ("month", "month_year"), start, end)  # before last_month moves on
            resolver.last_month = (end, v.start) if v.granularity == "month" else None
            if v.granularity == "year" and not _FISCAL.search(text, start, end):
                resolver.note_year(v.start.year, end)  # not "The FY2025 budget takes effect on Oct. 1": a fiscal year spans two
            elif v.granularity == "season" and v.end is not None:
                resolver.note_season(v.start, v.end, end)
            if v.granularity in ("day", "month", "season") and _YEAR_IN_FIGURES.search(text, start, end):
                resolver.note_dated_opening(v.start, start, end)  # "In April 2024, ... By June, ...": that year's story
        if v.granularity == "quarter" and v.start is not None:
            resolver.quarter_named = (start, v.start)
            if not resolver.compared and not _forecast(v, anchor, hint, start, end):
                resolver.note_quarter(start, v.start, "fiscal" in text[start:end].lower() or _period_end_after().match(text, end) is not None)
        elif v.type == "DURATION" and v.value in resolver.vocab["periods_beyond_quarter"]:
            resolver.whole_years = True
        if dayless_clocks and v.type == "DATE" and v.granularity == "day" and v.start is not None:
            for at, clock_end in dayless_clocks:
                if (start - clock_end <= _CLOCK_TO_DAY and _one_clause(text, clock_end, start) and not ends_sentence(text, clock_end)
                        and not _points_away(clause_hint(out[at].start_char, clock_end), v.start, anchor)):
                    early = _EARLY_ON.search(text, clock_end, start) is not None or text[start : start + 6].lower() == "early "
                    evening_before = early and out[at].value[-5:] >= _EVENING_CLOCK
                    # "in 4 p.m. trading on the Nasdaq on Thursday": that Thursday; "resumed at 8 p.m. and certified the result
                    # early on Thursday": the evening before
                    out[at] = _on_day(out[at], v.start - timedelta(days=evening_before))
        elif dayless_clocks and v.type == "DATE" and v.granularity == "day" and "-WXX-" in v.value:
            for at, clock_end in dayless_clocks:
                if text[clock_end:start].lower() in (" on a ", " on one "):  # "at 2 a.m. on a Saturday in 2016": no day to fix
                    out[at] = replace(out[at], value=v.value + out[at].value[10:], start=None, end=None)
        elif dayless_clocks and v.type == "TIME" and v.start is not None and _PART_OF_DAY_VALUE.search(v.value):
            for at, clock_end in dayless_clocks:
                if text[clock_end:start] in (" ", ", "):
                    out[at] = _on_day(out[at], v.start)  # "landed at 6am the following morning": that morning's
        elif dayless_clocks and v.type == "TIME" and not resolver.dayless_clock and v.start is not None:
            for at, clock_end in dayless_clocks:
                if _CLOCK_RANGE_JOINT.fullmatch(text, clock_end, start) or (
                        _JOINED_CLOCK.fullmatch(text, clock_end, start) and out[at].value[-5:] < v.value[-5:]):
                    # "between 2 a.m. and 8 a.m. Tuesday": both on Tuesday; "open at 7 a.m. and close at 8 p.m. on Tuesday"
                    out[at] = _on_day(out[at], v.start)
        if offset_before is not None and v.type == "DATE" and v.granularity == "day" and v.start is not None:
            at, offset_end, unit, sign, part = offset_before
            # "the day before last Tuesday's hearing", "the week after Christmas", "the weekend before Christmas"
            moved = weekend_beside(v.start, sign) if unit == "WE" else _unit_shift(v.start, unit, sign)
            if part and moved is not None and moved.start is not None:
                moved = day_value(moved.start, "TIME", part)  # "the night before Sunday's vote": Saturday night
            near = start - offset_end <= _OFFSET_TO_DAY or _EVENT_ON_DAY.fullmatch(text, offset_end, start) is not None
            if moved is not None and near and not _CLAUSE_BREAK.search(text, offset_end, start):
                out[at] = _time_value(text, out[at].start_char, out[at].end_char, moved, anchor)
        if (holiday_before is not None and kind == "weekday" and v.granularity == "day" and v.start is not None
                and text[holiday_before[1] : start] == " on "):  # not "an update covering Christmas on Jan. 8"
            held = out[holiday_before[0]]
            held_on = date.fromisoformat(held.start) if held.start and held.granularity == "day" else None
            if held_on is not None and held_on.weekday() == v.start.weekday():
                v = day_value(held_on)  # "Easter on Sunday": the holiday says which Sunday
            elif held.granularity == "day":  # "to mark Independence Day on Saturday": the holiday as kept there, that year
                out[holiday_before[0]] = _time_value(text, held.start_char, held.end_char, v, anchor)
        if such_day_before is not None and v.granularity == "month" and v.start is not None and text[such_day_before[1] : start] == " in ":
            _in_year(out, such_day_before[0], v.start.year)  # "on a Sunday in mid-July": a Sunday of that July's year
            if resolver.any_such_day is not None:
                resolver.any_such_day = (f"{v.start.year:04d}", *resolver.any_such_day[1:])
        such_day_before = (len(out), end) if v.value.startswith("XXXX-WXX-") and v.granularity == "day" else None
        holiday_before = (len(out), end) if kind == "holiday" else None
        if resolver.dayless_clock and anchor is not None and anchor.day is not None:
            dayless_clocks = [c for c in dayless_clocks if start - c[1] <= _CLOCK_TO_DAY] + [(len(out), end)]
        else:
            dayless_clocks = []
        offset_before = (len(out), end, *resolver.offset_unit) if resolver.offset_unit else None
        out.append(_time_value(text, start, end, v, anchor))
    return out if text == written else [replace(t, text=written[t.start_char : t.end_char]) for t in out]


def _background_day(text: str, start: int, end: int) -> bool:
    """Whether the day at ``start:end`` is no day the story tells of: one naming a thing ("the March 4
    election"), where a stretch began ("killed since the uprising erupted on March 15, 2011") or set against
    the story's ("had insisted as recently as Thursday that she would not quit").

    >>> _background_day("won the March 4 election", 8, 15), _background_day("won on March 4.", 7, 14)
    (True, False)
    """
    # "the March 4 election", "the Dec. 21, 1988, bombing"
    naming = text.endswith("the ", 0, start) and grammar().noun_after.match(text, end + text.startswith(",", end)) is not None
    return naming or _SINCE_BEFORE.search(text, max(0, start - 80), start) is not None


def _cause_after_day(text: str, day_end: int, start: int) -> bool:
    """Whether the day at ``start`` is named, after the sentence's own day (ending at ``day_end``), as what
    came before it: "Asian shares slipped on Monday after a weak finish on Wall Street on Friday".

    >>> text = "Shares slipped on Monday after a weak finish on Friday."
    >>> _cause_after_day(text, 24, text.index("Friday")), _cause_after_day(text, -1, text.index("Friday"))
    (True, False)
    """
    if day_end < 0 or day_end > start:
        return False
    between = text[day_end:start]
    return _SENTENCE_END.search(between) is None and _CAUSE_AFTER.search(between) is not None


_CAUSE_AFTER = re.compile(r"\b(?:after|following)\b", re.IGNORECASE)
# "since" before a day, perhaps with a few words between ("since the uprising erupted on March 15, 2011"): where a
# stretch began; not across a main clause's modal ("since the weekend will break on Thursday")
# "since" (a stretch's start) or "as recently as" (a time set against the story's): no day the story goes on with
_SINCE_BEFORE = re.compile(r"\b(?:since|as recently as)\b(?:(?:(?!\b(?:will|would|shall|can|could|may|might|must)\b)[^.,;])*\bon\b)? +$", re.IGNORECASE)
# Characters web copy writes for an apostrophe, a space or a hyphen, read as those (one for one, so
# offsets into the text stay): curly quotes, no-break and thin spaces, no-break hyphens.
_PLAIN_CHARACTERS = {0x2019: "'", 0x2018: "'", 0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " ", 0x2010: "-", 0x2011: "-"}


_SIGNAL_AFTER = re.compile(r" (?:later|earlier)$", re.IGNORECASE)
_HALF_DAY_DOTS = re.compile(r"\b[ap]\.m\.", re.IGNORECASE)
_CLOCK_ASIDE = re.compile(r"\([^()]*\d[^()]*\)")  # "(0431 GMT)", "(4:30 a.m. EDT)": the same time in another zone


def _points_away(tense: Tense, day: date, anchor: Anchor | None) -> bool:
    """Whether a clause told in ``tense`` cannot be on ``day``: "burst its banks before midnight and is
    expected to peak on Friday" puts the midnight behind publication, the Friday ahead.

    >>> _points_away("past", date(2013, 3, 15), Anchor.parse("2013-03-14")), _points_away(None, date(2013, 3, 15), None)
    (True, False)
    """
    if anchor is None or anchor.day is None:
        return False
    return (tense == "past" and day > anchor.day) or (tense == "future" and day < anchor.day)


def _one_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stays in one clause; an aside giving a clock time in another zone does not
    break it ("at 9:30 a.m. (4:30 a.m. EDT) on Tuesday").

    >>> text = "at 9 a.m. (3 a.m. EDT) on Tuesday"
    >>> _one_clause(text, 9, 26), _one_clause(text, 21, 26), _one_clause("at 9 a.m., officials said on Tuesday", 9, 30)
    (True, True, False)
    """
    between = text[start:end]
    if between.startswith(")") and text.rfind("(", 0, start) > text.rfind(")", 0, start):
        between = between[1:]  # the aside's own clock time: "(3 a.m. EDT) on Tuesday"
    return not _CLAUSE_BREAK.search(_HALF_DAY_DOTS.sub("", _CLOCK_ASIDE.sub("", between)))  # "a.m." ends no clause


def _time_value(text: str, start: int, end: int, v: _Value, anchor: Anchor | None) -> TimeValue:
    quant, freq = set_attributes(text[start:end]) if v.type == "SET" else (None, None)
    return TimeValue(text=text[start:end], start_char=start, end_char=end, type=v.type, value=v.value,
                     start=v.start.isoformat() if v.start else None, end=v.end.isoformat() if v.end else None,
                     granularity=v.granularity, anchor=anchor.value if anchor else None, mod=v.mod, quant=quant, freq=freq)


def _on_day(clock: TimeValue, day: date) -> TimeValue:
    """A clock time moved onto ``day``: "2013-03-22T16:00" on 21 March is "2013-03-21T16:00"."""
    return replace(clock, value=day.isoformat() + clock.value[10:], start=day.isoformat(), end=day.isoformat())


def _forecast(v: _Value, anchor: Anchor | None, hint: TenseHint, start: int, end: int) -> bool:
    """A period not over at publication in a clause that looks ahead ("would fall again in the fourth quarter"):
    not the quarter a story reports on. A quarter not over may still be reported: fiscal quarters end earlier."""
    over = v.end is None or anchor is None or anchor.day is None or v.end < anchor.day
    return not over and hint(start, end) == "future"

