"""Rules for times counted from another: "last week", "two days ago", "a year earlier", "the day
before", "that year".

>>> from kg.timex import find_timexes
>>> [(t.text, t.value) for t in find_timexes("He left two weeks ago; the year before, he had moved.", "2025-05-21")]
[('two weeks ago', '2025-W19'), ('the year before', '2024')]
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from .context import _mid_sentence_capital, habitual
from .grammar import _number, _period_end_after, grammar
from .resolver import ResolverBase
from .values import (
    _duration,
    _nearest_weekday,
    _unit_code,
    _unit_shift,
    _Value,
    _with_mod,
    add_months,
    day_value,
    half_value,
    month_value,
    quarter_value,
    season_value,
    week_value,
    weekend_beside,
    year_value,
)

# "the past week/month" names the calendar unit holding the middle of the stretch it means (days
# back from publication); "the past year" is, as annotators read it, the calendar year before.
_TRAILING_MIDDLE = {"W": 3, "M": 15}
_PART_OFFSET_ENDS = tuple(f"{part} {way}" for part in ("morning", "afternoon", "evening", "night") for way in ("before", "after"))
_SINCE_THEN = re.compile(r"\b(?:since then|ever since)\b", re.IGNORECASE)  # words that bring a story back from a date to now
_UNKNOWN_OF_UNIT = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Y": "XXXX"}  # a unit of no known date
_YEARS_IN = {"Y": 1, "DE": 10, "CE": 100}
_AHEAD_MIDDLE = {"W": 4, "M": 15, "Y": 182}  # from the day after publication: the middle of the stretch to come


_QUOTES = ('"', "'", "`", "\u201c", "\u2018")
_NEW_YEAR_AHEAD = 92  # days: "the new year" said from October on is the next one, before then the one just begun
_UNIT_SAID_BEFORE = re.compile(r"\b(?:this|last|next) (?P<unit>year|week|month) and (?:\S*\d\S* (?:[a-z%]+ )?)?$", re.IGNORECASE)  # "and 2 percent next"
_YEAR_JUST_NAMED = re.compile(r"(?<![\d,.$])\b(1[0-9]\d\d|20\d\d), $")  # "in 1931, the year the bridge opened": "the year" says it again
_WEEK_ENDED_ON = re.compile(r" (?P<verb>ended|ending|starting|beginning|commencing|to) (?P<wd>[A-Z][a-z]+day)\b")
_GERUND_AFTER = re.compile(r" [a-z]+ing\b")
_OF_A_STRETCH = re.compile(r" of (?:his|her|its|their|the|this|that|our|my|your)\b", re.IGNORECASE)


_FISCAL_QUARTER_END_DAYS = 92 + 61  # a fiscal quarter ends up to two months after the calendar quarter of its name
# "the last trading day of the year", "in the final weeks of the year": its end, which told of the past has gone by
_LATE_PART_OF = re.compile(r"\b(?:last|final|closing|dying)\b(?: (?:few|two|three|several|\w+ing))? (?:days?|weeks?|months?|hours?|session|quarter) of $",
                           re.IGNORECASE)
_TO_THE_DAY = re.compile(r"\b(?:weeks?|months?|years?|decades?) to $", re.IGNORECASE)  # "a week to the day after"
# a unit and how many of the next smaller one it holds: a fraction of it counts in those ("half a decade" is five years)
_SMALLER_UNIT = {"CE": ("Y", 100), "DE": ("Y", 10), "Y": ("M", 12), "W": ("D", 7)}


def _counted(base: date, unit: str, k: int) -> _Value | None:
    """``k`` units from ``base``: a day for days, a year for decades and centuries ("a decade ago" is about
    ten years back, a year, not the decade before this one), else the unit's calendar period.

    >>> _counted(date(1995, 6, 1), "DE", 2).value, _counted(date(2013, 3, 22), "FN", -1).value
    ('2015', '2013-W10')
    """
    if unit == "D":
        return day_value(base + timedelta(days=k))
    if unit == "FN":  # "a fortnight ago" is read as "two weeks ago"
        return _unit_shift(base, "W", 2 * k)
    if unit in ("DE", "CE"):
        return year_value(base.year + k * (10 if unit == "DE" else 100))
    return _unit_shift(base, unit, k)


# how coarse a date named last, or a unit counted from it, is: weeks counted from a year fall in no week the text fixes
_GRANULE_RANK = {"D": 1, "day": 1, "W": 2, "week": 2, "M": 3, "month": 3, "Q": 4, "quarter": 4, "season": 4, "half": 4.5, "Y": 5, "year": 5}


class RelativeRules(ResolverBase):
    """The rules for times counted from another."""

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
        unit = _unit_code(g["unit"], self.vocab)
        story = None  # "since the start of the month": a stretch running up to now starts in the publication's month
        if unit in ("W", "M", "Y", "DE") and g["rel"].lower() == "the" and not grammar().looks_back.search(self.text, max(0, m.start() - 30), m.start()):
            story = self.story_time_before(m, unit) or (self.story_time_ahead(m, unit) if unit != "DE" else None)
        if story is not None and unit is not None:  # "attacked on June 2, 2009. By the end of the year": 2009's end
            v = _unit_shift(story, unit, 0)
            return _with_mod(v, g["mod"]) if v else None
        later = "later" if g["mod"].lower().strip() == "later" else ""
        v = self.r_rel_unit(m, {"rel": g["rel"], "unit": g["unit"], "later": later})
        late = g["mod"].lower().replace("the ", "").strip() in ("end of", "late")
        if (v is not None and late and g["rel"].lower() == "the" and unit in ("M", "Y") and self.day is not None and v.end is not None
                and v.end > self.day and self.tense_hint(m.start(), m.end()) == "past"):
            v = _unit_shift(self.day, unit, -1)  # "prices fell at the end of the year", said in March: the year before
        return _with_mod(v, g["mod"]) if v else None

    def r_mid_century(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "by mid-century": the middle of the publication's century.

        >>> from kg.timex import find_timexes
        >>> [(t.value, t.mod) for t in find_timexes("Emissions must reach net zero by mid-century.", "2026-11-30")]
        [('20', 'MID')]
        """
        return self.r_rel_unit_mod(m, {"mod": "mid-", "rel": "this", "unit": "century"})

    def r_unit_after_next(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the week after next": two weeks on from the publication's; "the month before last": two back."""
        unit = _unit_code(g["unit"], self.vocab)
        if unit is None or self.day is None:
            return None
        return _unit_shift(self.day, unit, 2 if g["rel"].lower() == "after next" else -2)

    def r_unit_to_date(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "year-to-date": the publication's year, so far."""
        unit = _unit_code(g["unit"], self.vocab)
        return _unit_shift(self.day, unit, 0) if unit and self.day else None

    def r_unit_elided(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "this year and next": the "next" is next year, the unit said just before."""
        said = _UNIT_SAID_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
        return self.r_rel_unit(m, {"rel": g["rel"], "unit": said["unit"]}) if said else None

    def r_new_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the new year": the year about to start, from October on, or the one just started; in a clause
        of what is to come, the next year whenever it is said, and in one of what was, the one begun.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("Talks resume in the new year.", "2024-12-15")]
        ['2025']
        >>> [t.value for t in find_timexes("The final estimate will come in the new year.", "2024-08-15")]
        ['2025']
        """
        if self.day is None:
            return None
        tense = self.tense_hint(m.start(), m.end())
        if tense == "future" and self.day.month > 1:  # not "will rise in the new year", told on Jan. 5: the one begun
            return year_value(self.day.year + 1)
        if tense == "past":  # "have risen since the new year", told in December
            return year_value(self.day.year)
        return year_value((self.day + timedelta(days=_NEW_YEAR_AHEAD)).year)

    def r_midweek(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "midweek": the middle of the week whose Wednesday the clause points to.

        >>> from kg.timex import find_timexes
        >>> [(t.value, t.mod) for t in find_timexes("Snow will continue into midweek.", "2026-12-20")]
        [('2026-W52', 'MID')]
        """
        if self.day is None:
            return _Value("DATE", "XXXX-WXX", mod="MID")
        wednesday = _nearest_weekday(self.day, 3, self.tense_hint(m.start(), m.end()), "")
        return _with_mod(week_value(wednesday), "mid")

    def r_unit_ahead(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the week ahead": the days to come, named by the calendar unit holding most of them.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("Markets are wary of the week ahead.", "2024-06-09")]
        ['2024-W24']
        """
        if self.day is None:
            return None
        unit = _unit_code(g["unit"], self.vocab)
        return _unit_shift(self.day + timedelta(days=_AHEAD_MIDDLE[unit]), unit, 0) if unit in _AHEAD_MIDDLE else None

    def r_rel_unit(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        rel = g["rel"].lower()
        unit = _unit_code(g["unit"], self.vocab)
        if unit is None:
            return None
        if g["unit"][0].isupper() and not g["unit"].isupper() and self.text[max(0, m.start() - 1) : m.start()] in _QUOTES:
            return None  # 'ABC's "This Week"': a title
        trailing = rel in ("the past", "the last", "the previous")
        if rel in ("the last", "the next") and _OF_A_STRETCH.match(self.text, m.end()):
            return _Value("DURATION", _duration(1, unit))  # "the last year of his life": a year of it, not last year
        if (trailing or rel in ("the next", "the coming")) and unit in ("DE", "CE"):
            return _Value("DURATION", _duration(1, unit))  # "the past decade", "over the next decade": ten years, not the 2010s
        if not self.day:
            return _Value("DATE", _UNKNOWN_OF_UNIT.get(unit, "XXXX"))
        if trailing and unit in _TRAILING_MIDDLE:
            # "the past week": the last seven days, named by the calendar week holding most of them
            return _unit_shift(self.day - timedelta(days=_TRAILING_MIDDLE[unit]), unit, 0)
        if rel == "the latest":
            if self.last_date is not None and self.text[self.last_date_span[0] : m.start()] == ", ":
                return _unit_shift(self.last_date, unit, 0)  # "in January, the latest month for which figures exist"
            return _unit_shift(self.day, unit, -1)  # the latest figures are of the last whole week, month or year
        shift = {"this": 0, "the current": 0, "the same": 0, "the": 0, "last": -1, "this past": -1 if unit != "WE" else 0,
                 "the previous": -1, "the past": -1, "the last": -1,
                 "next": 1, "the coming": 1, "coming": 1, "this coming": 1, "the next": 1, "the following": 1}.get(rel)
        if shift is None:
            return None
        if rel == "the following" and self.date_referred_back_to:
            return _unit_shift(self.date_referred_back_to, unit, 1)  # "the following year": after the year the text named
        if rel in ("the following", "the next") and self.after_nothing_named(m):
            return _Value("DATE", _UNKNOWN_OF_UNIT[unit])  # "The following year, he retired", no year named: not next year
        if (rel == "the next" and self.last_date is not None and self.last_date < self.day
                and self.tense_hint(m.start(), m.end()) == "past"):
            return _unit_shift(self.last_date, unit, 1)  # "became president in 2008. The next year, he won": 2009
        base = (self.quoted_on(m) if rel != "the" else None) or self.day  # '"We decide next week," he said on Friday': Friday's next week
        if unit == "WE" and rel in ("this", "the", "this past") and self.tense_hint(m.start(), m.end()) == "past" and base.isoweekday() < 6:
            shift = -1
        elif unit == "WE" and rel in ("the coming", "coming", "this coming") and base.isoweekday() < 6:
            shift = 0  # on a weekday, the coming weekend is this week's
        elif unit == "WE" and rel == "the" and base.isoweekday() == 7 and self.tense_hint(m.start(), m.end()) == "future":
            shift = 1  # on a Sunday, the weekend ahead is next week's
        elif unit == "W" and rel == "this" and base.isoweekday() == 7 and (g.get("later") or self.tense_hint(m.start(), m.end()) == "future"):
            shift = 1  # on a Sunday, "will vote this week", "later this week" is the week that starts tomorrow
        return _unit_shift(base, unit, shift)

    def r_ago(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "three years ago", "two days later", with the mod its first word gives: "about ten years ago" APPROX,
        "more than a year ago" BEFORE that day, "about 10 hours earlier" a length of APPROX.

        >>> from kg.timex import find_timexes
        >>> [(t.value, t.mod) for t in find_timexes("It opened more than a year ago, about 10 hours earlier.", "2026-12-07")]
        [('2025', 'BEFORE'), ('PT10H', 'APPROX')]
        """
        v = self._ago(m, g)
        word = (g.get("mod") or "").lower()
        if v is None or not word or v.mod is not None or v.value.endswith("_REF"):
            return v
        mod = self.vocab["length_mods"].get(word) if v.type == "DURATION" else self.vocab["ago_mods"].get(word)
        return replace(v, mod=mod)

    def _ago(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        unit = _unit_code(g["unit"], self.vocab)
        if unit is None:
            return None
        n = _number(g["n"], self.vocab)
        if n is not None and (g.get("half") or g.get("half2")):
            n += 0.5  # "two and a half years ago", "a year and a half ago"
        length = _duration(n, unit)  # as a length reads it: "2 1/2 years" P2Y6M, however a date is counted from it
        direction = g["dir"].lower()
        sign = -1 if direction in ("ago", "earlier", "before") else 1
        base = self.day if direction in ("ago", "from now", "from today", "hence") else self.counted_from(unit)
        if (direction == "earlier" and base is not None and self.day is not None and base > self.day
                and self.tense_hint(m.start(), m.end()) == "past"):
            base = self.day  # told of the past, "three months earlier" than a date named ahead counts from publication
        if g.get("alt") and not g["alt"].endswith("so") and direction in ("ago", "from now", "from today", "hence"):
            return _Value("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")  # "a month or two ago": some time back
        if g["n"] is None and direction in ("earlier", "later") and g["unit"].endswith("s"):
            return _Value("DURATION", _duration(None, unit))  # "hours later": some hours after a time in the story
        if g["n"] is None and (direction != "ago" or not g["unit"].endswith("s")):
            return None  # "months ago" says how long only vaguely; "week later" is no expression
        if n is None and direction in ("earlier", "later"):
            return None  # "a few days later": some days after a time in the story, so only the length is known
        if direction in ("earlier", "later") and habitual(self.text, m.start(), m.end()):
            return _Value("DURATION", _duration(n, unit))  # "Ramadan moves 11 days earlier each year": a shift, no date
        if n is not None and n != int(n) and unit in _SMALLER_UNIT:  # "half a century ago": fifty years back
            weeks, (unit, n) = unit == "W", (_SMALLER_UNIT[unit][0], n * _SMALLER_UNIT[unit][1])
            if n != int(n) and weeks and base is not None and direction in ("ago", "from now", "from today", "hence"):
                return week_value(base + timedelta(days=sign * int(n)))  # "two and a half weeks ago": the week of 17 days back
            if n != int(n) and direction in ("earlier", "later"):
                return _Value("DURATION", length)  # "two and a half weeks later": on no whole day, only the length is known
            if n != int(n):
                return _Value("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if n is not None and unit in ("H", "MIN") and direction in ("ago", "from now", "from today") and self.anchor and "T" in self.anchor.value:
            try:  # "two hours ago" from a publication time: that clock time
                at = datetime.fromisoformat(self.anchor.value[:16]) + sign * timedelta(**{"hours" if unit == "H" else "minutes": n})
            except ValueError:
                at = None
            if at is not None:
                return day_value(at.date(), "TIME", f"T{at:%H:%M}")
        if n is not None and unit == "H" and n >= 24 and n % 24 == 0 and direction in ("ago", "from now", "from today", "hence"):
            unit, n = "D", n // 24  # "48 hours from now", with no clock time to count from: two days on
        if n is not None and unit in ("H", "MIN", "S") and direction in ("earlier", "later"):
            # "two hours later": a length from a time in the story, on the day the story tells of
            return _Value("DURATION", _duration(n, unit), base, base, "day" if base else "none")
        if n is None or base is None or unit in ("H", "MIN", "S"):
            return _Value("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        k = int(n)
        if (direction in ("earlier", "later") and self.date_before_saying is None and base == self.last_date
                and _GRANULE_RANK.get(self.last_date_span[1], 0) > _GRANULE_RANK.get(unit, 9)
                and base.day == 1 and (base.month == 1 or self.last_date_span[1] != "year")):  # not "by the end of last year"
            # "lost in last year's final but won gold four weeks later": weeks from a date named only by its year
            # fall in no week the text fixes; only the length is known
            return _Value("DURATION", length)
        if g.get("same"):  # "ten years ago today", "two years ago this June"
            return self._ago_this(base, unit, k, g["same"].split()[-1])
        if unit == "Y" and k == 1 and sign < 0:
            return self.year_before(from_story=direction != "ago")
        years_back = k * _YEARS_IN.get(unit, 0) if sign < 0 else 0
        if years_back >= base.year:  # "about 2,500 years ago": a year before the era (there is no year 0)
            return _Value("DATE", f"BC{years_back - base.year + 1:04d}", granularity="year")
        counted = _counted(base, unit, sign * k)
        if (direction == "later" and counted is not None and counted.start is not None and self.day is not None
                and counted.start > self.day and self.tense_hint(m.start(), m.end()) == "past"):
            # "was put out two days later" with no day named, "opened in 1995, closed two decades later": told
            # of the past, what lies after publication is no date, only the length is known
            return _Value("DURATION", length)
        return counted

    def _ago_this(self, base: date, unit: str, k: int, word: str) -> _Value | None:
        """ "ten years ago today", "a year ago this week", "two years ago this June", "a year ago this spring":
        that very day, week, month or season, ``k`` units back (a named month or season only whole years back)."""
        granule = word.lower()
        seasons, months = self.vocab["seasons"], self.vocab["months"]
        if granule not in seasons and granule not in months:
            return self._same_day_back(base, unit, k, granule)
        if unit != "Y" or (granule in months and not word[0].isupper()):
            return None
        return season_value(base.year - k, seasons[granule]) if granule in seasons else month_value(base.year - k, months[granule])

    @staticmethod
    def _same_day_back(base: date, unit: str, k: int, granule: str) -> _Value | None:
        """ "ten years ago today" (granule "today"), "a year ago this week", "50 years ago this month".

        >>> RelativeRules._same_day_back(date(2013, 3, 20), "Y", 10, "today").value
        '2003-03-20'
        """
        months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
        try:
            if months is not None:
                y, mo = add_months(base.year, base.month, -k * months)
                back = date(y, mo, min(base.day, calendar.monthrange(y, mo)[1]))
            elif unit in ("W", "D"):
                back = base - timedelta(days=k * (7 if unit == "W" else 1))
            else:
                return None
        except (ValueError, OverflowError):
            return None  # before year 1: no calendar value
        if granule == "week":
            return week_value(back)
        return month_value(back.year, back.month) if granule == "month" else day_value(back)

    def r_units_time(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "in two weeks' time": two weeks from now."""
        return self.r_ago(m, {**g, "dir": "from now"})

    def r_this_time_unit(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "this time last year": the publication's day a year back; "this time next month" a month on."""
        unit = _unit_code(g["unit"], self.vocab)
        if unit is None or self.day is None:
            return None
        return self._same_day_back(self.day, unit, 1 if g["rel"].lower() == "last" else -1, "today")

    def r_same_period_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the same month last year", "the same quarter a year earlier", "the same period of 2025": the period
        the story gives figures for (or the publication's), a year before or in the year named.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("Output fell in October, against the same month last year.", "2026-12-11")]
        ['2026-10', '2025-10']
        """
        if self.day is None:
            return None
        unit, granularity = g["unit"].lower(), self.last_date_span[1]
        if unit == "month":
            base, granularity = self.month_compared() or (self.last_month[1] if self.last_month else self.day), "month"
        elif unit == "quarter":
            base, granularity = self.reporting_quarter() or self.day, "quarter"
        elif unit == "period" and granularity == "day" and (ended := self._quarter_ended_on(self.last_date)) is not None:
            # "the fiscal third quarter, which ended Oct. 31, ... the same period a year earlier": that quarter's
            base, granularity = ended, "quarter"
        elif unit == "period" and self.last_date is not None and granularity in ("month", "quarter", "half", "week", "day"):
            # of quarters, the one the story reports, not a year-earlier one it was just compared with
            base = (self.reporting_quarter() if granularity == "quarter" else None) or self.last_date
        elif unit in ("week", "day"):
            base, granularity = self.day, unit
        else:
            return None
        years_back = base.year - int(g["y"]) if g.get("y") else 1
        if granularity == "quarter":
            return quarter_value(base.year - years_back, (base.month - 1) // 3 + 1)
        if granularity == "half":
            return half_value(base.year - years_back, 1 if base.month <= 6 else 2)
        return self._same_day_back(base, "Y", years_back, granularity if granularity in ("month", "week") else "today")

    def _quarter_ended_on(self, day: date | None) -> date | None:
        """The first day of the quarter the story reports on, if ``day``, the latest date named, ends it and it was
        named just before ("the quarter, which ended Oct. 31"; a fiscal quarter may end a month or two after the
        calendar's)."""
        quarter = self.reporting_quarter()
        if day is None or quarter is None or self.last_quarter is None or self.last_quarter[0] >= self.last_date_span[0]:
            return None
        return quarter if 0 <= (day - quarter).days <= _FISCAL_QUARTER_END_DAYS else None

    def r_unit_offset(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        rel = g["rel"].lower()
        if rel.startswith("the day") and _TO_THE_DAY.search(self.text, max(0, m.start() - 20), m.start()):
            return None  # "a week to the day after the claims were first reported": "to the day" says how exact, no day
        if rel in ("year-earlier", "year-ago", "the year-earlier period", "a year ago", "a year before", "a year earlier"):
            return self.year_before(from_story=rel in ("a year before", "a year earlier"))
        if (rel in ("the day before", "the day after") or rel.endswith(_PART_OFFSET_ENDS)) and self.day_in_apposition_before_event(m):
            return None  # "the day" alone is the day named (r_day_of_event)
        if rel.endswith((" before", " after")) and _GERUND_AFTER.match(self.text, m.end()):
            return None  # "the rest of the week before warming up": "before" goes with what follows
        unit = "Y" if "year" in rel else "M" if "month" in rel else "WE" if "weekend" in rel else "W" if "week" in rel else "D"
        # "the day before" counts from the last day named; "the following year" from the last date of any kind
        base = self.counted_from(unit)
        sign = -1 if any(w in rel for w in ("before", "previous", "prior", "earlier")) else 0 if ("same" in rel or rel == "that day") else 1
        part = self.vocab["parts_of_day"].get(rel.split()[1]) if rel.endswith(_PART_OFFSET_ENDS) else None
        if part in ("EV", "NI") and sign == 1:
            sign = 0  # "the night after Sunday's vote" is Sunday night; "the morning after" the next day's
        if unit == "M" and sign == -1:
            base = self.month_compared() or base  # "eased to 2.3 percent in October ... rose 0.2 percent from the previous month"
        if base is None:
            return None
        if unit != "D" and self.day is not None and base > self.day and self.tense_hint(m.start(), m.end()) == "past":
            base = self.day  # "will appear in court on Tuesday. Officers had visited twice in the previous month": before now
        if rel in ("the day before", "the day after", "the week before", "the week after", "the weekend before", "the weekend after") or part:
            # a day named right after it may be what it counts from ("the day before Tuesday's vote")
            self.offset_unit = (unit, sign, f"T{part}" if part else "")
        if unit == "WE":  # "the weekend before" the day told of; "the weekend before Christmas" is put by the holiday after it
            return weekend_beside(self.told_day or base, sign)
        if sign == 1 and self.after_nothing_named(m) or sign and self.counts_from_unnamed_event(m):
            # "The day after the attack, police arrested two men", "the night before the election": no date it counts from
            unknown = _UNKNOWN_OF_UNIT[unit]
            return _Value("TIME", f"{unknown}T{part}") if part and unit == "D" else _Value("DATE", unknown, granularity="day" if unit == "D" else "none")
        if part:  # "the night before", a night as "last night" is; "the morning after"
            return day_value(base + timedelta(days=sign), "TIME", f"T{part}")
        if unit == "D":
            return self.day_of_named_month() or self.after_any_such_day(sign) or day_value(base + timedelta(days=sign))
        return _unit_shift(base, unit, sign)

    def day_in_apposition_before_event(self, m: re.Match[str]) -> bool:
        """ "Oct. 12, the day before the plunge": right after a day and a comma, with an event after."""
        return (self.last_day is not None and self.text[self.last_day_end : m.start()] == ", "
                and grammar().event_after.match(self.text, m.end()) is not None)

    def r_day_of_event(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "Oct. 12, the day before the plunge": "the day" is Oct. 12; the event places it, not a count."""
        return day_value(self.last_day) if self.last_day and self.day_in_apposition_before_event(m) else None

    def r_the_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "for the year", "the full year": the publication's year (not "the Year of the Dragon", a name), or
        in results told of a quarter, that quarter's year ("lost $2 million in the fourth quarter. For the
        full year, ..." in March: last year)."""
        if m.group(0).endswith("Year") and not m.group(0).isupper():
            return None
        named = _YEAR_JUST_NAMED.search(self.text, max(0, m.start() - 8), m.start())
        if named is not None:
            return year_value(int(named[1]))  # "born in 1931, the year the bridge opened": that year, said again
        quarter = self.reporting_quarter()
        if quarter is not None and self.tense_hint(m.start(), m.end()) == "past":
            return year_value(quarter.year)
        late = _LATE_PART_OF.search(self.text, max(0, m.start() - 40), m.start()) if self.day is not None and self.day.month < 10 else None
        if late is not None and self.day is not None and self.tense_hint(late.start(), m.end()) == "past":
            return year_value(self.day.year - 1)  # "hit a record on the last trading day of the year", said in January
        return _unit_shift(self.day, "Y", 0) if self.day else None

    def r_the_year_ended(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the year ended March 31": one year, which the date after it ends."""
        return _Value("DURATION", "P1Y")

    def r_the_week(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "For the week, the index dropped 3.8%": the week of the day the text tells of; "the week ended
        March 15", "the week to Aug. 8", "the week starting Monday", "the week to Sunday": the week of that day; not "The Week", a title mid-sentence."""
        if m.group(0)[:1] == "T" and m.group(0).endswith("Week") and _mid_sentence_capital(self.text, m.start()):
            return None  # "wrote for The Week magazine"
        ended = _period_end_after(to=True).match(self.text, m.end())
        if ended is not None and self.day is not None:
            day = self.month_day({"month": ended["month"], "d": ended["d"], "y": ended["y"]}, ended)
            return week_value(day.start) if day and day.start else None
        on_weekday = _WEEK_ENDED_ON.match(self.text, m.end())
        wd = self.vocab["weekdays"].get(on_weekday["wd"].lower()) if on_weekday else None
        if on_weekday is not None and wd is not None and self.day is not None:  # "in the week ending Friday", "starting Monday": that day's week
            tense = "past" if on_weekday["verb"] == "ended" else self.tense_hint(m.start(), m.end())
            return week_value(_nearest_weekday(self.day, wd, tense, ""))
        base = self.told_day
        if self.day is not None and _SINCE_THEN.search(self.text, self.last_date_span[0] + 1, m.start()):
            base = self.day  # "The war began on Oct. 7. Since then, ... throughout the week": the story is back to now
        return _unit_shift(base, "W", 0) if base else None

    def r_the_month(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "Sales rose in February. For the month, ...": the month the text last named (or the publication's),
        passing over a day named only as when it was said ("October was the wettest, the service said on Monday.
        Records for the month go back to 1862"). Told in the present of a month gone ("figures for December ... For
        the month, the index is up 3.4 percent"), the month running now."""
        base = self.counted_from("M")
        if base and self.day and (base.year, base.month) < (self.day.year, self.day.month) and self.tense_hint(m.start(), m.end()) == "future":
            base = self.day
        return _unit_shift(base, "M", 0) if base else None

    def r_week_of_date(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the week of March 6", "the week beginning Dec. 16": the ISO week holding that day; "the weekend of
        April 13-14": that weekend."""
        day = self.month_day({"month": g["month"] or g["month2"], "d": g["d"] or g["d2"]}, m)
        if day is None or day.start is None:
            return None
        return _unit_shift(day.start, "WE", 0) if g["unit"] == "weekend" else week_value(day.start)

    def r_that_unit(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "that year", "later that month", "earlier that day": the unit of the date (the day) the text last named;
        "that winter", "that December": the season or month of the year it last named."""
        v: _Value | None
        if g.get("month"):
            if not g["month"][0].isupper() or len(g["month"]) <= 4 and g["month"].lower() != "may":
                return None  # "a law that may pass"; "that Dec" is rarely written
            base = self.counted_from("M")
            month = self.vocab["months"][g["month"].lower()]
            v = month_value(base.year, month) if base else _Value("DATE", f"XXXX-{month:02d}")
        elif g.get("season"):
            s = self.vocab["seasons"][g["season"].lower()]
            base = self.counted_from("Y")
            v = season_value(base.year, s) if base else _Value("DATE", f"XXXX-{s}")
        else:
            unit = _unit_code(g["unit"], self.vocab)
            base = self.counted_from(unit) if unit else None
            v = (self.day_of_named_month() if unit == "D" else None) or (_unit_shift(base, unit, 0) if base and unit else None)
        return _with_mod(v, (g.get("mod") or "").strip()) if v else None

    def r_in_the_unit(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "earlier in the year": the publication's own year (month, week); "later in the day": the day
        the text is telling of; "early in the week", "late in the year": its first or last part.

        >>> from kg.timex import find_timexes
        >>> [(t.value, t.mod) for t in find_timexes("Talks may resume early in the week.", "2026-12-07")]
        [('2026-W50', 'START')]
        """
        unit = _unit_code(g["unit"], self.vocab)
        base = self.told_day if unit == "D" else (self.story_time_before(m, unit) if unit else None) or self.day
        if not base or not unit:
            return None
        v = _unit_shift(base, unit, 0)
        edge = g.get("edge")
        if v is None or not edge or v.start is None or v.end is None or base != self.day:
            return _with_mod(v, edge) if v else None
        third = (v.end - v.start) / 3
        tense = self.tense_hint(m.start(), m.end())
        shift = 0
        if edge == "late" and tense == "past" and base < v.end - third:
            shift = -1  # "The storm hit late in the week", told on a Tuesday: last week's
        elif edge == "early" and tense == "future" and base > v.start + third:
            shift = 1  # "will be signed early in the month", told on the 18th: next month's
        shifted = _unit_shift(base, unit, shift) if shift else v
        return _with_mod(shifted, edge) if shifted else None
