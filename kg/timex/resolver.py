"""What a resolver keeps while it reads a text from start to end: the publication day, the days and
periods named so far, and where the story's reporting quarter was named. The rules (in ``dates``,
``days``, ``relative`` and ``lengths``) read it to count from the right date.

>>> from kg.timex import _Resolver
>>> r = _Resolver("Sold in 2008. Four years later", Anchor.parse("2013-03-22"), lambda s, e: "past")
>>> r.last_date = date(2008, 1, 1)
>>> r.counted_from("Y"), r.counted_from("D")
(datetime.date(2008, 1, 1), datetime.date(2013, 3, 22))
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta

from .context import TenseHint, _sentence_of, _sentence_start, habitual, inside_quotation, labels_a_line
from .grammar import _SENTENCE_END, _range_end_month, _reported_future, grammar
from .ranges import _YEAR_SHIFTS, RangeRules
from .values import _NEAR_FUTURE_MONTHS, Anchor, _nearest_weekday, _safe_date, _unit_shift, _Value, day_value, month_value, quarter_value, year_value

_log = logging.getLogger(__name__)
_FUTURE_REACH_BACK = 30  # days: a date further back than this in a clause that looks ahead is next year's ("takes effect Jan. 1")
_COMPARED_WITH = re.compile(r"\b(?:than|from|versus|vs|compared|against)\b", re.IGNORECASE)  # "up from seven a year ago"
_HAD_BEFORE = re.compile(r"\bhad\b", re.IGNORECASE)
# a fronted time's clause in the past perfect: "A day earlier, marchers had carried torches"
_HAD_AFTER_FRONTED = re.compile(r",\s+(?:[A-Za-z'-]+\s+){1,5}?had\s+(?!to\b)[a-z]+", re.IGNORECASE)
_FRONTED_OPENER = re.compile(r"(?:on|in|by|at|and|but|then|about|around|late|early)?\s*$", re.IGNORECASE)  # before a time opening its sentence
_SHORT_YEAR_AHEAD = 10  # years: "'30" told in 2026 is 2030; "'99", 1999
_CENTURY_PIVOT = 50  # with no publication date, two figures below this are in the 2000s ("FY24"), from it in the 1900s ("FY98")
_RECENT_DAYS = 31  # a day this near before publication is this year's, whatever year the story named its month with
_PAIR_JOINT = re.compile(r"\s*(?:-|–|/|(?:and|or|to|through|until|till|into)\s)\s*")  # "October to February", "March and May"
# "in the year ended March 31", "in the 12 months to March 31": a period already over, told in the past
_ENDED_ON = re.compile(r"\b(?:ended\s+(?:on\s+)?|(?:months|weeks|year|quarter|period)\s+(?:to|through|thru)\s+)$", re.IGNORECASE)
_QUOTE_REACH = 400  # characters a quotation's words may lie from its marks
_QUOTE_CLOSE = re.compile('["\u201d]')


_REL_YEAR_AFTER = re.compile(r" (?:of )?(?P<rel>last|this|next) year\b(?!['\u2019]s)", re.IGNORECASE)  # "fell on a Friday last year", "on March 3 last year"
_FUTURE_AFTER = 30  # characters after a time in which a word of the future still tells of its clause
_DAY_BESIDE_MONTH = re.compile(r",? (?:on |by |until )?")  # "Two months later, on March 22": the day of the month just named


class ResolverBase(RangeRules):
    """What the rules share: the text, its anchor and tense hints, the dates named so far, and
    :meth:`resolve`, which hands a pattern's match to the ``r_<kind>`` rule of its kind."""

    def __init__(self, text: str, anchor: Anchor | None, tense_hint: TenseHint, clause_hint: TenseHint | None = None) -> None:
        self.text = text
        self.anchor = anchor
        self.day = anchor.day if anchor else None
        self.tense_hint = tense_hint
        self.clause_hint = clause_hint or tense_hint  # the verb's own direction, before deadline words ("by 6 a.m.")
        self.dayless_clock = False  # the value just resolved is a clock time whose text names no day
        self.offset_unit: tuple[str, int, str] | None = None  # the value just resolved is "the day before": its unit, direction, part of day
        self.vocab = grammar().vocab
        self.last_day: date | None = None  # the latest date-level expression read so far
        self.last_day_dayless = False  # the latest day is one a clock time was given, naming none
        self.story_day: date | None = None  # the latest of those not naming a thing ("the March 4 election")
        self.story_day_behind: date | None = None  # the latest of those not after publication
        self.event_day: date | None = None  # the latest day not named as the day something was said
        self.report_sentence_end = -1  # where the sentence ends whose day was the day something was said
        self.last_date: date | None = None  # the start of the latest date of any granularity
        self.scene_year: tuple[int, int, bool] | None = None  # a year opening a sentence, where it ends, whether a possessive
        self.scene_season: tuple[date, date, int] | None = None  # a season opening a sentence: its first and last day, the sentence's end
        self.last_season: tuple[date, date, int] | None = None  # the latest season named: its first and last day, where it ends
        self.last_date_span: tuple[int, str] = (-1, "none")  # where that date ends, and its granularity
        self.last_date_compared = False  # that date was what a figure was compared with ("up from 88 a year earlier")
        self.date_before_saying: date | None = None  # the date named before the latest, if that was when something was said
        # where a financial story named the quarter it reports on, and that quarter's first day
        self.last_quarter: tuple[int, date] | None = None
        self.quarter_named: tuple[int, date] | None = None  # the latest quarter named at all, even one looked ahead to
        self.figures_month: tuple[int, date] | None = None  # a month figures were given for: where it ends, its first day
        self.fiscal_quarter = False  # that quarter was named as a company's own ("fiscal", "ended Feb. 28")
        self.whole_years = False  # since that quarter, the story turned to a longer period ("the nine months")
        self.compared = False  # the last value resolved was "a year before" something
        self.position = 0  # where the expression being resolved starts
        self.read_before = -1  # where the expression read before it starts
        self.last_day_end = -1  # where the latest day (or time of a day) read ends
        self.last_day_said = False  # that day was when something was said ("police said Monday")
        self.months_named: dict[int, int] = {}  # the year of each month named alone so far ("in February")
        self.day_label: date | None = None  # the latest weekday opening a line as a label ("Tuesday: ...")
        self.months_with_year: dict[int, int] = {}  # the past year each month was named with ("in March 2021")
        self.last_month: tuple[int, date] | None = None  # where the latest month named ends, and its first day
        self.last_clock: tuple[date, int, int] | None = None  # the latest clock time named with its day: day, minutes, where
        self.said_clock: tuple[int, int] | None = None  # the latest clock time said with a.m. or p.m.: its minutes, where it starts
        self.dayless_clock_at: tuple[date, int, int] | None = None  # the latest clock time with no day (or tonight, from evening): its day, minutes, end
        self.clock_label: tuple[date, int, int] | None = None  # a live report's latest time opening a line: its day, minutes, end
        self.early_day: date | None = None  # the latest day named, if named by its early hours ("early on Friday")
        self.evening_of: date | None = None  # the day whose evening or night the latest time of day named fell in
        self.afternoon_at: tuple[date, int] | None = None  # the day whose afternoon the latest part of a day named was, and where
        self.past_midnight: date | None = None  # the day after the night or midnight the latest time of day named, if it did
        self.any_such_day: tuple[str, int, int] | None = None  # "on a Saturday in 2016": its year (or XXXX), weekday, where it ends
        self.written_day: date | None = None  # the latest day written with its year in figures ("June 4, 2010")
        self.written_day_end = -1  # where it ends
        self.chronicle: tuple[date, int] | None = None  # the latest month a past year's scene went on into, and where it ends
        self.name_end = -1  # where a name that took a time's words ends ("the Fourth of July Movement"): no time inside it

    def after_any_such_day(self, shift: int, part: str = "") -> _Value | None:
        """ "the following afternoon" after "on a Saturday in 2016", a day in no week the text fixes, with no
        day named since: a day of no fixed week either ("2016-WXX-7TAF").

        >>> r = ResolverBase("on a Saturday in 2016", Anchor.parse("2025-05-21"), lambda s, e: None)
        >>> r.any_such_day = ("2016", 6, 21)
        >>> r.after_any_such_day(1, "TAF").value
        '2016-WXX-7TAF'
        """
        if self.any_such_day is None or self.any_such_day[2] < self.last_day_end:
            return None
        year, weekday, _ = self.any_such_day
        return _Value("TIME" if part else "DATE", f"{year}-WXX-{(weekday - 1 + shift) % 7 + 1}{part}", granularity="day")

    _PERIOD_REACH = 2000  # characters a named quarter stays the story's reporting period

    @property
    def told_day(self) -> date | None:
        """The day the text is telling of: the last day it named, or the publication day. A day named as
        when something was said ("was shot Tuesday night, police said Wednesday.") is that only within its
        sentence; after it, the story goes on with the day of what happened."""
        if self.event_day is not None and 0 <= self.report_sentence_end < self.position:
            return self.event_day
        return self.story_day or self.day

    def note_quarter(self, start: int, first_day: date, fiscal: bool) -> None:
        """Keep the quarter a results story reports, named at ``start``; whether it is a company's own
        ("the fiscal first quarter", "the third quarter, which ended Feb. 28"), or "the quarter" naming it again."""
        same = self.last_quarter is not None and self.last_quarter[1] == first_day and self.fiscal_quarter
        self.fiscal_quarter = fiscal or same
        self.last_quarter, self.whole_years = (start, first_day), False

    def note_day(self, day: date, end: int, of_a_report: bool, background: bool = False) -> None:
        """Keep the day an expression ending at ``end`` named, and whether it was when something was said.
        A day that names a thing ("the March 4 election") or where a stretch began ("killed since the uprising
        erupted on March 15, 2011") is no day the story is telling of. A clock time naming no day ("from 9 a.m.
        until 4 p.m. on Monday") is noted with the day it was given, which starts no range of days."""
        self.last_day, self.last_day_end, self.last_day_said = day, end, of_a_report
        self.last_day_dayless = self.dayless_clock
        if background:
            return
        self.story_day = day
        if self.day is not None and day <= self.day:
            self.story_day_behind = day
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
        ahead = (_reported_future().search(between) or grammar().moved_to.search(between)
                 or grammar().starts_from.search(between) or grammar().foretold_for.search(between)
                 or grammar().awaiting.search(between))
        return self.last_date if _SENTENCE_END.search(between) is None and ahead else None

    def story_time_before(self, m: re.Match[str], unit: str) -> date | None:
        """The date a past story is telling of, where it lies before the publication's own ``unit``:
        "attacked on June 2, 2009. By the end of the year, 20 had been held" is the end of 2009. None
        unless the clause looks back and a day or month was named in this sentence or the one before.

        >>> from kg.timex import _Resolver
        >>> r = _Resolver("Hit on June 2, 2009. By the end of the year", Anchor.parse("2013-03-22"), lambda s, e: "past")
        >>> r.last_date, r.last_date_span = date(2009, 6, 2), (19, "day")
        >>> r.story_time_before(re.search("the end", r.text), "Y")
        datetime.date(2009, 6, 2)
        """
        return self._story_time(m, unit, ahead=False)

    def story_time_ahead(self, m: re.Match[str], unit: str) -> date | None:
        """The date a story of what is to come is telling of, where it lies after the publication's own ``unit``:
        "will pass closest on Oct. 12. By the end of the month, it will have faded", told in September, is
        October's end. None unless the clause looks ahead and a day, week or month was named in this sentence or
        the one before.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("It peaks on Oct. 12. By the end of the month, it will have faded.", "2026-09-24")]
        ['2026-10-12', '2026-10']
        """
        return self._story_time(m, unit, ahead=True)

    def _story_time(self, m: re.Match[str], unit: str, ahead: bool) -> date | None:
        """The date named last, if it lies beyond the publication's own ``unit`` the way the clause points."""
        end, granularity = self.last_date_span
        named: tuple[str, ...] = ("day", "time", "week", "month") if ahead else ("day", "time", "month")  # what a story can be told at
        if unit == "DE":  # "founded in 1975. By the end of the decade": a decade's story is told at any time within one
            named += ("week", "season", "quarter", "half", "year")
        if self.last_date is None or self.day is None or granularity not in named:
            return None
        current = _unit_shift(self.day, unit, 0)
        if current is None or current.start is None or current.end is None:
            return None
        beyond = self.last_date > current.end if ahead else self.last_date < current.start
        if not beyond or len(_SENTENCE_END.findall(self.text, end, m.start())) > 1:
            return None
        # ahead, the verb's own direction, not a deadline's ("gave both sides until the end of the month" is this month)
        tense = self.clause_hint(m.start(), m.end()) if ahead else self.tense_hint(m.start(), m.end())
        if ahead and unit == "Y" and not self._future_said_near(m):
            return None  # "will reopen in January. The rainy season runs until the end of the year": a present tells of this one
        return self.last_date if tense == ("future" if ahead else "past") else None

    def _future_said_near(self, m: re.Match[str]) -> bool:
        """Whether a word of the future ("will", "is due to") comes before ``m`` in its sentence or a few words after
        it ("By the end of the year, all will have been rebuilt"; not "faces a deadline at the end of the year to
        avert cuts due to take effect on Jan. 1", whose future is another clause's)."""
        start = _sentence_start(self.text, m.start())
        return grammar().future.search(self.text, start, min(len(self.text), m.end() + _FUTURE_AFTER)) is not None

    def day_of_named_month(self, suffix: str = "") -> _Value | None:
        """ "arrested in January 2012 and charged the next day": a day of the month the text named last,
        after any day, which it does not say (``2012-01-XX``); None where a day was named since, or in the
        month's sentence before it.

        >>> from kg.timex import _Resolver
        >>> r = _Resolver("Held in January 2012. The next day", Anchor.parse("2013-03-22"), lambda s, e: "past")
        >>> r.last_date, r.last_date_span = date(2012, 1, 1), (20, "month")
        >>> r.day_of_named_month().value
        '2012-01-XX'
        """
        end, granularity = self.last_date_span
        month = self.last_date
        if month is None or granularity != "month" or self.last_day_end > end:
            return None
        if self.last_day_end >= 0 and not _SENTENCE_END.search(self.text, self.last_day_end, end):
            return None  # "said on Tuesday that sales fell in February. The next day": the story's day is Tuesday
        value = month_value(month.year, month.month)
        return _Value("DATE" if not suffix else "TIME", value.value + "-XX" + suffix, value.start, value.end, "month")

    def year_told_of(self, m: re.Match[str], tense: str | None, month: int, d: int = 1) -> int | None:
        """The year a story back in the past is telling of, for a month or day written without one: a
        narrative runs forward from the latest day written with its year in figures earlier in the same
        sentence, up to publication ("opened on Nov. 4, 2010, and closed on Feb. 2": 2011). None where a
        clause looks ahead ("passed on May 4, 2010, takes effect Jan. 1"), or the year was written with a
        month or alone: figures compare a month across years ("from 8.3% in January 2012 to 7.7% in
        February" is this February), and a year alone is often an aside ("a program approved in 1987").

        >>> from kg.timex import _Resolver
        >>> r = _Resolver("Opened on Nov. 4, 2010, and closed on Feb. 2", Anchor.parse("2013-03-22"), lambda s, e: "past")
        >>> r.written_day = r.last_date = date(2010, 11, 4)
        >>> r.written_day_end = 22
        >>> r.year_told_of(re.search("Feb", r.text), "past", 2, 2)
        2011
        """
        written = self.written_day
        if written is None or tense == "future" or self.day is None or self.last_date != written:
            return None
        if written.year >= self.day.year or _SENTENCE_END.search(self.text, self.written_day_end, m.start()):
            return None
        year = written.year + ((month, d) < (written.month, written.day))
        told = _safe_date(year, month, d)
        return year if told is not None and told <= self.day else None

    def counted_from(self, unit: str) -> date | None:
        """Where "two years later" or "the day before" counts from: days from the day the text tells of,
        longer units from the latest date it named ("sold in 2008. Four years later": 2012), passing over a
        day named only as when something was said (see :attr:`date_referred_back_to`)."""
        return self.told_day if unit in ("D", "H", "MIN", "S") else self.date_referred_back_to or self.day

    def year_before(self, from_story: bool = False) -> _Value | None:
        """ "A year ago", "a year earlier", "year-earlier": once a story has named a quarter, the same
        quarter a year before (results are compared period to period); otherwise the year before. Counted
        ``from_story`` ("a year earlier"), a story told of an earlier year counts from that year ("launched
        on July 16, 1969. A year earlier": 1968)."""
        self.compared = True
        quarter = self.reporting_quarter()
        if quarter is not None and not self._figures_compared():
            quarter = None  # "reports second-quarter results on July 25. A year ago it recalled 300,000 cars": no figures compared
        end, granularity = self.last_date_span
        if (quarter is not None and self.last_quarter is not None and granularity in ("year", "half") and end > self.last_quarter[0]
                and _SENTENCE_END.search(self.text, end, self.position) is None):
            quarter = None  # "sold 31 million in the June quarter. ... 40 million in the last three months of the year, up from 27 million a year earlier"
        if quarter is not None:
            if self.whole_years:
                return year_value(quarter.year - 1)
            return quarter_value(quarter.year - 1, (quarter.month - 1) // 3 + 1)
        if self.last_month is not None and _SENTENCE_END.search(self.text, self.last_month[0], self.position) is None:
            month = self.last_month[1]  # "14 percent in January, from 10 percent a year earlier": that January's year before
            return month_value(month.year - 1, month.month)
        compared = self.month_compared()
        if compared is not None:  # "Prices fell 0.4 percent in October ... Prices were 1.2 percent lower than a year earlier"
            return month_value(compared.year - 1, compared.month)
        if from_story and self.day and self.last_date is not None and self.last_date.year < self.day.year:
            return _unit_shift(self.last_date, "Y", -1)
        return _unit_shift(self.day, "Y", -1) if self.day else None

    def month_before_in_pair(self, start: int) -> date | None:
        """The first day of the month just named when one starting at ``start`` follows it in a pair or range
        ("October to February", "March and May"); a range runs forward, so its second month comes after its first."""
        if self.last_month is None:
            return None
        end, first_day = self.last_month
        return first_day if _PAIR_JOINT.fullmatch(self.text, end, start) else None

    def note_figures_month(self, granularity: str, first_day: date, named: bool, start: int, end: int) -> None:
        """Keep the month a sentence of money gives figures for, a month ``named`` ("in October", not "last month",
        whose "a year earlier" the gold writes as the year). The first in its sentence stays ("in October from 2.5
        percent in September"), as does one before a month after "since" ("the lowest since March 2021"), a pair of
        months ("revised job growth in December and January") or a day figures were said on ("figures showed on
        Thursday"); any other date ends it ("In January, on Tuesday, ...")."""
        if granularity == "month":
            kept = self.figures_month is not None and not _SENTENCE_END.search(self.text, self.figures_month[0], start)
            if kept or grammar().looks_back.search(self.text, max(0, start - 30), start):
                return
            paired = _range_end_month().match(self.text, end) or self.month_before_in_pair(start)
            if paired and self.figures_month is not None:
                return  # "Job growth in December and January was revised": a pair of months is not the month reported on
            figures = named and grammar().money_words.search(_sentence_of(self.text, start))
            self.figures_month = (end, first_day) if figures else None
        elif not (granularity == "day" and self.last_day_end == end and self.last_day_said):
            self.figures_month = None

    def month_compared(self) -> date | None:
        """The first day of the month figures were given for, named not far before with no other date since,
        where this sentence compares figures too ("fell 0.4 percent in October ... lower than a year earlier")."""
        if self.figures_month is None or self.position - self.figures_month[0] > self._PERIOD_REACH:
            return None
        return self.figures_month[1] if self._figures_compared() else None

    def _figures_compared(self) -> bool:
        """Whether the sentence of the expression being resolved compares figures: words of money in it, or a
        word of comparing before the expression ("up from seven a year ago")."""
        told_before = self.text[_sentence_start(self.text, self.position) : self.position]
        return bool(grammar().money_words.search(_sentence_of(self.text, self.position)) or _COMPARED_WITH.search(told_before))

    def reporting_quarter(self) -> date | None:
        """The first day of the quarter the story reports on, if one was named close enough before."""
        if self.last_quarter is None:
            return None
        named_at, first_day = self.last_quarter
        return first_day if self.position - named_at <= self._PERIOD_REACH else None

    @property
    def date_referred_back_to(self) -> date | None:
        """The date "that year", "later that month" and "the following year" count from: the latest named,
        passing over a day named only as when something was said ("looted in 1897, the museum said on
        Tuesday. They were taken in February of that year": 1897)."""
        return self.date_before_saying or self.last_date

    def year_of(self, word: str | None) -> int | None:
        if not word:
            return None
        w = word.lower()
        if self.day and w in ("this year", "last year", "next year"):
            return self.day.year + {"this year": 0, "last year": -1, "next year": 1}[w]
        shift = {"that year": 0, "the same year": 0, "the following year": 1, "the previous year": -1}.get(w)
        if shift is not None:  # "on April 23 of that year", "in January of the following year": from the year named last
            referred = self.date_referred_back_to
            return referred.year + shift if referred else None
        if re.fullmatch(r"\d{2}", w):
            return self.short_year(int(w))  # "3/4/98"
        return int(w) if w.isdigit() else None

    def short_year(self, figures: int) -> int:
        """The year two figures name ("'99", "FY24", the "98" of "3/4/98"): the latest such year up to a decade
        after publication (1999 told in 2026, 2030 in "by '30", 2005 in "'05" told in 1998); with no publication
        date, the 2000s below 50.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("The firm was founded in '87 and will close by '30.", "2026-11-18")]
        ['1987', '2030']
        >>> [t.value for t in find_timexes("The plant opened in '05.", "1998-06-30")]
        ['2005']
        """
        if self.day is None:
            return (2000 if figures < _CENTURY_PIVOT else 1900) + figures
        year = self.day.year // 100 * 100 + figures
        if year + 100 <= self.day.year + _SHORT_YEAR_AHEAD:
            return year + 100
        return year - 100 if year > self.day.year + _SHORT_YEAR_AHEAD else year

    def resolve(self, kind: str, m: re.Match[str]) -> _Value | None:
        self.compared = self.dayless_clock = False
        self.offset_unit = None
        self.read_before, self.position = self.position, m.start()
        fn = getattr(self, "r_" + kind)
        try:
            result: _Value | None = fn(m, m.groupdict())
        except (ValueError, OverflowError):  # a date outside the calendar's years 1 to 9999: "built 3,000 years ago"
            _log.debug("no %s value for %r: its date is out of range", kind, m.group(0))
            return None  # a shorter reading may still hold ("3,000 years", a length)
        return result

    def month_day(self, g: dict[str, str], m: re.Match[str]) -> _Value | None:
        """The day of a month and day (and year, if named): without a year, the one the clause points to."""
        month = self.vocab["months"][g["month"].lower().rstrip(".")]
        d = int(g["d"])
        y = self.year_of(g.get("y") or g.get("y2"))
        if y is None:
            if not self.day or habitual(self.text, m.start(), m.end()):
                return _Value("DATE", f"XXXX-{month:02d}-{d:02d}", granularity="day")  # "must present its budget by Oct. 15 each year"
            rel_year = _REL_YEAR_AFTER.match(self.text, m.end())
            if rel_year is not None:  # "opened on March 3 last year", "starts on June 12 next year": that year's
                dd = _safe_date(self.day.year + _YEAR_SHIFTS[rel_year["rel"].lower()], month, d)
                return day_value(dd) if dd else None
            month_end, granularity = self.last_date_span
            if (granularity == "month" and self.last_date is not None and self.last_date.month == month
                    and _DAY_BESIDE_MONTH.fullmatch(self.text, month_end, m.start())):
                dd = _safe_date(self.last_date.year, month, d)  # "Two months later, on March 22": a day of that March
                return day_value(dd) if dd else None
            closing_year = self.year_closing_day_range(m, month, d)
            if closing_year is not None:  # "from 28 December to 4 January 2026": the December before that January
                dd = _safe_date(closing_year, month, d)
                return day_value(dd) if dd else None
            # a date opening a line as a label ("March 3: Protests begin"): a timeline's present tells of no direction
            tense = None if labels_a_line(self.text, m.start(), m.end()) else self.tense_hint(m.start(), m.end())
            told = (self.season_scene_year(m, month) or self.year_the_sentence_sets(m, month) or self.year_told_of(m, tense, month, d)
                    or self.scene_carried_on(m) or self.years_since_year(m, month, d))
            if told is not None:
                dd = _safe_date(told, month, d)
                return day_value(dd) if dd else None
            opened = self.range_opened_by(m)
            if opened is not None:  # "from Dec. 24 through Jan. 2": a range runs forward, to the first such day after its start
                dd = _safe_date(opened.year, month, d)
                dd = dd if dd is None or dd >= opened else _safe_date(opened.year + 1, month, d)
                return day_value(dd) if dd else None
            storied = self.day_in_story_year(m, month, d, tense)
            if storied is None and tense == "past" and month in self.months_with_year and self.past_perfect_of_a_past_month(m, month, d):
                storied = _safe_date(self.months_with_year[month], month, d)  # "in March 2021 ... had used it on March 3"
            if storied is not None:  # "landed on July 20, 1969. The next day ... and on July 24 the crew splashed down"
                return day_value(storied)
            closing = self.range_end_in_next_year(m, month) if tense == "past" else None
            if closing is not None:  # "was closed from December 24 to January 2": the December before that January
                end = _safe_date(self.day.year, *closing)
                year = self.day.year - (end is None or end > self.day)
                dd = _safe_date(year - 1, month, d)
                return day_value(dd) if dd else None
            running = self.range_running_at_publication(m, month, d, tense)
            if running is not None:  # "The hurricane season runs from June 1 through Nov. 30", told in August: this year's
                dd = _safe_date(running, month, d)
                return day_value(dd) if dd else None
            y = self.day.year
            this_year = _safe_date(y, month, d)
            if this_year is None:
                return None
            gap = (this_year - self.day).days
            if tense == "near" and abs(gap) > 182:
                y += -1 if gap > 0 else 1  # "the fiscal year ending June 30": the nearer June 30
            # close to the publication date the same year wins, whatever the tense says, but a period that "ended" on
            # it is over: "profits fell in the year ended March 31", told on March 11, is last year's
            elif gap > 0 and tense == "past" and (abs(gap) > 90 or _ENDED_ON.search(self.text, max(0, m.start() - 20), m.start())):
                y -= 1
            elif gap < -_FUTURE_REACH_BACK and tense == "future":
                y += 1
            elif tense is None and gap > 30 * _NEAR_FUTURE_MONTHS:
                y -= 1
            elif tense is None and gap < -(365 - 30 * _NEAR_FUTURE_MONTHS):
                y += 1
        dd = _safe_date(y, month, d)
        return day_value(dd) if dd else None

    def quoted_on(self, m: re.Match[str]) -> date | None:
        """The day words in quotation marks were said on, named earlier in their sentence: in 'said on Monday he
        would arrive "tomorrow"', "tomorrow" is the Tuesday after; None outside quotation marks or with no such day.

        >>> from kg.timex import _Resolver
        >>> from kg.timex.values import Anchor
        >>> text = 'He said on Monday: "We meet tomorrow."'
        >>> r = _Resolver(text, Anchor.parse("2025-05-21"), lambda s, e: None)
        >>> r.note_day(date(2025, 5, 19), 17, of_a_report=True)
        >>> r.quoted_on(re.search("tomorrow", text))
        datetime.date(2025, 5, 19)
        """
        said = self.last_day
        if said is None or not self.last_day_said or self.last_day_end < _sentence_start(self.text, m.start()):
            return self.said_after_quote(m)
        return said if inside_quotation(self.text, self.last_day_end, m.start()) else None

    def said_after_quote(self, m: re.Match[str]) -> date | None:
        """The day words in quotation marks were said on, named in the words that close the quotation ('"We meet
        tomorrow," he said on Monday'): the latest such day up to publication; None where no day is named so.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes('"The vote is tomorrow," he said on Saturday.', "2026-12-07")]
        ['2026-12-06', '2026-12-05']
        """
        if self.day is None:
            return None
        if not inside_quotation(self.text, max(0, m.start() - _QUOTE_REACH), m.start()):
            return None
        closing = _QUOTE_CLOSE.search(self.text, m.end(), m.end() + _QUOTE_REACH)
        if closing is None:
            return None
        at = closing.start()
        said = grammar().said_after_quote.match(self.text, at - 1 if self.text[at - 1] in ",.!?" else at)
        if said is None:
            return None
        if said["wd"] == "yesterday":
            return self.day - timedelta(days=1)
        return _nearest_weekday(self.day, self.vocab["weekdays"][said["wd"].lower()], "past", "")

    def after_nothing_named(self, m: re.Match[str]) -> bool:
        """Whether "the day after", "the following year" counts, in a clause told of the past, from a time the
        text never named ("The day after the attack, police arrested two men"): not from publication, which
        would put the past after it; its date is unknown.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("The following year, he retired.", "2026-11-28", lambda s, e: "past")]
        ['XXXX']
        """
        return self.day is not None and self.last_date is None and self.last_day is None and self.tense_hint(m.start(), m.end()) == "past"

    def counts_from_unnamed_event(self, m: re.Match[str]) -> bool:
        """Whether "the day before", "the night after" counts from an event named right after it, with no date named
        before, in a clause not told ahead ("The night before the election, the candidate held a rally"): the event's
        date is not known. Told ahead ("The day after the vote, the count will begin"), it counts from publication.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("The night before the election, he held a rally.", "2026-11-28")]
        ['XXXX-XX-XXTNI']
        """
        return (self.day is not None and self.last_date is None and self.last_day is None
                and grammar().event_after.match(self.text, m.end()) is not None and self.tense_hint(m.start(), m.end()) != "future")

    def past_perfect_of_a_past_month(self, m: re.Match[str], month: int, d: int) -> bool:
        """Whether a day of a month the story named with a past year ("in March 2021") is told in the past
        perfect ("had carried out a false arrest on March 3"), and this year's such day is not a recent one."""
        this_year = _safe_date(self.day.year, month, d) if self.day else None
        if this_year is None or self.day is None or 0 <= (self.day - this_year).days <= _RECENT_DAYS:
            return False
        return self.past_perfect_before(m.start())

    def flashback(self, day: date, start: int, end: int) -> bool:
        """Whether a day named at ``start:end`` in the past perfect lies before the story's day: the story looks back
        from it ("walked on the moon 50 years ago today. Apollo 11 had launched four days earlier, on July 16"; "A
        car hit protesters on Saturday. A day earlier, marchers had carried torches"), and goes on at its own day after."""
        if self.story_day is None or day >= self.story_day:
            return False
        opens = _FRONTED_OPENER.fullmatch(self.text, _sentence_start(self.text, start), start) is not None
        return self.past_perfect_before(start) or opens and _HAD_AFTER_FRONTED.match(self.text, end) is not None

    def past_perfect_before(self, at: int) -> bool:
        """Whether "had" comes before ``at`` in its sentence: a past perfect looks further back than the story's day."""
        return _HAD_BEFORE.search(self.text, _sentence_start(self.text, at), at) is not None

    def day_in_story_year(self, m: re.Match[str], month: int, d: int, tense: str | None) -> date | None:
        """The month and day nearest the day a story told of a past year is at, where a past clause goes on
        with it in the same paragraph, or looks further back ("had launched ... on July 16"): a story of 1969
        runs in 1969. None where the story's day is this year's, or a paragraph or more back."""
        story = self.story_day
        if story is None or self.day is None or tense != "past" or story.year >= self.day.year:
            return None
        if self.last_date is not None and self.last_date.year >= self.day.year:
            return None  # "Armstrong landed on July 20, 1969. This week, on July 16, crowds gathered": back to now
        if "\n\n" in self.text[self.last_day_end : m.start()] and not self.past_perfect_before(m.start()):
            return None
        candidates = [c for c in (_safe_date(story.year + k, month, d) for k in (-1, 0, 1)) if c is not None and c <= self.day]
        return min(candidates, key=lambda c: abs((c - story).days)) if candidates else None

    def undated_holiday(self, name: str) -> str | None:
        """ "christmas" -> "XXXX-12-25": a holiday on a fixed day, in no year (None for Easter and the like)."""
        fixed = self.vocab["holidays"].get(name)
        return f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else None
