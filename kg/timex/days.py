"""Rules for days and parts of days: "Tuesday", "yesterday", "Friday night", "Christmas" (clock times are in
clocks.py).

>>> from kg.timex import find_timexes
>>> [(t.text, t.value) for t in find_timexes("The fire broke out on Tuesday night.", "2025-05-21")]
[('Tuesday night', '2025-05-20TNI')]
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from .calendars import islamic_month_last_day
from .context import (
    _EVENING_HOUR,
    _TIME_WORD_BEFORE,
    _name_word,
    _sentence_of,
    _sentence_start,
    _weekday_in_name,
    habitual,
    in_headline,
    labels_a_line,
    told_next,
)
from .grammar import _number, _present_age_after, _range_end_holiday, grammar
from .resolver import _REL_YEAR_AFTER, ResolverBase
from .values import (
    _nearest_weekday,
    _Value,
    _with_mod,
    day_value,
    holiday_date,
    holiday_dates,
    month_long_value,
    week_value,
    weekday_either_side,
    weekend_beside,
)

# a capitalised word right before, on the same line ("USA Today", "NBC's Today")
_NAME_BEFORE = re.compile(r"\b[A-Z](?:[A-Za-z&-]|\.(?=\S))*(?:'s)? $")
_SCHEDULE_AFTER = re.compile(r"s?,? (?:from|starting|beginning|until|till|through|between|each|every)\b")  # "on Monday and Tuesday nights from March 30"
_DAY_AND_BEFORE = re.compile(r"(?-i:[A-Z][a-z]+day),? (?:and|or) $")  # "Wednesday and " before "Thursday nights"
_AND_JOINT = re.compile(r",? (?:and|or) (?:on )?")  # "on Friday and Monday", "Thursday or Friday"
_HOLIDAY_AHEAD_NEAR = 45  # days: a holiday this near ahead, named as what something was done before, is the coming one
_HOLIDAY_WEEK_NEAR = 7  # days: a holiday's week this close to publication is the one meant, whatever the tense
_ANY_SUCH_DAY = re.compile(r"(?<![\w-])(?:a|one) $", re.IGNORECASE)  # "on a Saturday", "one Sunday": any day of that name
_NOUN_AFTER = re.compile(r"[ -](?!(?:in|on|at|of|when|and|or|but|that|which|is|was|as|after|before|with|for|he|she|it|they|we|i|last|this|next)\b)[a-z]")
# the year a day of any week is said to fall in: "a Saturday in late November 2016", "a Sunday in 1999"
_YEAR_AFTER = re.compile(r"(?:'s)?(?: (?:morning|afternoon|evening|night))? in (?:(?:early|late|mid)[- ])?(?:[A-Z][a-z]+\.? )?(?P<y>1[6-9]\d\d|20\d\d)\b")
# "Ten years ago on Saturday", "a year ago this Sunday": the anniversary's day (not "a week ago Thursday", that week's)
_AGO_ON = re.compile(r"\b(?:years?|decades?|century|centuries|months?) ago(?: this| on|,? on)? $", re.IGNORECASE)
_DAY_NAMED_AFTER = re.compile(r" (?:on |of )?(?-i:[A-Z][a-z]+day)\b")  # "overnight on Saturday", "the night of Friday"
_DATE_NAMED_AFTER = re.compile(r" (?:on|of) (?-i:[A-Z][a-z]+\.? \d|\d)")  # "the night of Sept. 2", "the night of 2 September"
# "Tuesday of last week", "on Tuesday last week", "from Monday to Thursday of next week": the days of the week named
# after them (not "said Tuesday next week's vote would go ahead")
_OF_A_WEEK = re.compile(r"(?:\s*(?:-|–|,|to|through|thru|until|till|and|or)\s*(?:on )?(?-i:[A-Z][a-z]+day))*(?:'s)?"
                        r"(?: (?:morning|afternoon|evening|night))? (?:of )?(?P<rel>last|next|this|the previous|the following) week\b(?!'s)")
_WEEK_SHIFTS = {"last": -1, "next": 1, "this": 0, "the previous": -1, "the following": 1}
_INTO_DAY_AFTER = re.compile(r",? (?:and )?(?:on )?into (?-i:(?P<wd>[A-Z][a-z]+day))\b")  # "through the night into Saturday"
# a word that puts a time right after it: "on Christmas Day Pope Leo spoke" has the day, not a name
_WORD_AFTER = re.compile(r" ([A-Za-z]+)\.?")
_FIGURES_DAYS = 3  # days: a holiday this near behind publication, told of ahead in a sentence of figures, is the one just passed
_NEWS_DAYS = 7  # days before publication a story tells of as its news: a clock time with no day may fall on one



@lru_cache(maxsize=1)
def _short_day_range() -> re.Pattern[str]:
    """Two weekdays written short with a dash between: "Mon-Fri", "Fri–Sun", a timetable's days."""
    short = "|".join(sorted((w.capitalize() for w in grammar().vocab["weekdays"] if not w.endswith("day")), key=len, reverse=True))
    return re.compile(rf"(?:{short}) ?[-\u2013] ?(?:{short})\b")


def _holiday_value(name: str, first: date) -> _Value:
    """A holiday's value from its first day: the day, or for one a month long ("Ramadan") that month."""
    if name in grammar().vocab["month_long_holidays"]:
        _, month, _ = grammar().vocab["calendar_holidays"][name]  # an Islamic month: the only calendar with one
        return month_long_value(first, islamic_month_last_day(month, first))
    return day_value(first)


def _holiday_around(name: str, today: date) -> tuple[date, date, date]:
    """A holiday's day this year nearest ``today``, and its days just before and after that one.

    >>> _holiday_around("eid al-fitr", date(2000, 12, 1))  # two in 2000; December's is this year's nearest
    (datetime.date(2000, 1, 8), datetime.date(2000, 12, 27), datetime.date(2001, 12, 16))
    """
    days = [d for k in (-1, 0, 1) for d in holiday_dates(name, today.year + k)]
    this_year = min((d for d in days if d.year == today.year), key=lambda d: abs((d - today).days))
    i = days.index(this_year)
    return days[i - 1], this_year, days[i + 1]


class DayRules(ResolverBase):
    """The rules for days and times of day."""

    # -- deictic days and times of day
    def _part_of(self, day: date, pod: str) -> _Value:
        """That part ("morning", "night") of the day: 2025-05-20TMO. After a night, the morning told of next
        is the next day's."""
        code = self.vocab["parts_of_day"][pod.lower()]
        if code == "NI":
            self.past_midnight = day + timedelta(days=1)
        self.evening_of = day if code in ("EV", "NI") else None
        self.afternoon_at = (day, self.position) if code == "AF" else None
        return day_value(day, "TIME", "T" + code)

    def r_deictic_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        w = g["w"].lower()
        if g["w"][0].isupper() and _NAME_BEFORE.search(self.text, max(0, m.start() - 30), m.start()):
            return None  # "USA Today", "This is VOA Today": the end of a name
        pod = (g.get("pod") or g.get("pre") or "").strip().lower()  # "yesterday afternoon", "mid-afternoon yesterday"
        if not self.day:
            return _Value("DATE", "XXXX-XX-XX", granularity="day")
        if w == "today" and _present_age_after().match(self.text, m.end()):
            return _Value("DATE", "PRESENT_REF")  # "today's world": the present age
        d = (self.quoted_on(m) or self.day) + timedelta(days=self.vocab["deictic_days"][w])
        if w in ("tonight", "the night before last"):
            # a stretch from tonight ends on the morning after ("starts tonight and ends at 6 a.m.")
            self.dayless_clock_at = (d, _EVENING_HOUR * 60, m.end())
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
        return _with_mod(self._part_of(self.day + timedelta(days=shift), pod), g.get("mod"))  # "late last night"

    def r_related_part_of_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the next morning", "that evening": a part of the day the text last named (or the one after it)."""
        base = self.told_day
        if base is None:
            return None
        rel = g["rel"].lower()
        shift = 1 if rel in ("the next", "the following") else -1 if rel == "the previous" else 0
        part = "T" + self.vocab["parts_of_day"][g["pod"].lower()]
        if shift == 1 and self.after_nothing_named(m):
            return _Value("TIME", "XXXX-XX-XX" + part)  # "The next morning, the town was quiet", no day named: not tomorrow's
        if shift == 0 and self.day is not None and base > self.day and self.clause_hint(m.start(), m.end()) == "past":
            # "would have begun at 12:01 a.m. Saturday. The House voted in the afternoon": the day behind the story was at
            behind = self.story_day_behind
            base = behind if behind is not None and (self.day - behind).days <= _NEWS_DAYS else self.day
        self.dayless_clock = rel in ("the", "early", "late", "mid") and (
            _DAY_NAMED_AFTER.match(self.text, m.end()) or _DATE_NAMED_AFTER.match(self.text, m.end())) is not None
        # "the night on Friday", "in the early evening of Aug. 18, 2024": that day's
        night_before = self.night_into_day(m) if g["pod"].lower() == "night" and rel in ("the", "late", "early") else None
        if night_before is not None:
            return self._part_of(night_before, "night")
        if (rel == "the" and g["pod"].lower() == "night" and base == self.day
                and self.clause_hint(m.start(), m.end()) == "past"):  # the verb's, not "through"'s as a deadline
            shift = -1  # "rescuers worked through the night", told of the publication day: the night before, as "overnight" is
        # "during the evening" where a day was named: that day's, though a month was named since ("marched on Saturday,
        # ... rallies that began three months ago. Police arrested 12 during the evening"); "that evening" is the month's
        of_month = None if rel == "the" and self.last_day_end >= 0 else self.day_of_named_month(part)
        return of_month or self.after_any_such_day(shift, part) or self._part_of(base + timedelta(days=shift), g["pod"])

    def night_into_day(self, m: re.Match[str]) -> date | None:
        """The day before the weekday a night runs "into", right after it: in "worked through the night into
        Saturday", told on a Sunday, the Friday; None with no such weekday.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("Talks ran through the night into Saturday.", "2026-11-22")]
        ['2026-11-20TNI', '2026-11-21']
        """
        into = _INTO_DAY_AFTER.match(self.text, m.end())
        wd = self.vocab["weekdays"].get(into["wd"].lower()) if into else None
        if wd is None or self.day is None:
            return None
        return _nearest_weekday(self.day, wd, self.clause_hint(m.start(), m.end()), "") - timedelta(days=1)

    def r_day_end(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "by the end of the day": the end of the day the text tells of.

        >>> from kg.timex import find_timexes
        >>> [(t.value, t.mod) for t in find_timexes("Power will be back by the end of the day.", "2026-12-05")]
        [('2026-12-05', 'END')]
        """
        told = self.told_day
        if told is None:
            return None
        self.dayless_clock = _DAY_NAMED_AFTER.match(self.text, m.end()) is not None  # "at the end of the day on Friday"
        return _with_mod(day_value(told), "end")

    def r_overnight(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "overnight": the night before the day the text is telling of (publication, by default), or
        the coming night in a clause about the future."""
        base = self.told_day
        if base is None or self.day is None:
            return None
        self.dayless_clock = _DAY_NAMED_AFTER.match(self.text, m.end()) is not None  # "overnight on Saturday": that day's night
        ahead = self.clause_hint(m.start(), m.end()) == "future"  # the verb's, not "by"'s: "hit by overnight losses"
        night_before = self.night_into_day(m)
        if night_before is not None:
            return self._part_of(night_before, "night")
        if self.last_day is not None and self.text[self.last_day_end : m.start()] == " ":
            return self._part_of(self.last_day, "night")  # "arrived Monday overnight": Monday's night
        if not ahead and base > self.day:
            base = self.day  # "A hearing is set for Tuesday. Police searched his flat overnight."
        if not ahead and self.evening_of is not None and self.evening_of <= base:
            return self._part_of(self.evening_of, "night")  # "struck at 11 p.m. on Friday. Aftershocks followed overnight"
        afternoon = self.afternoon_at
        if (not ahead and afternoon is not None and afternoon[0] <= base and afternoon[1] >= _sentence_start(self.text, m.start())
                and not grammar().told_or_had.search(self.text, afternoon[1], m.start())):
            # "started on Tuesday afternoon and was fanned overnight": that night (not "On Tuesday afternoon, officials
            # said the fire had spread overnight", the night before the saying)
            return self._part_of(afternoon[0], "night")
        if ahead and base == self.last_day and base > self.day and self.text.endswith("morning", 0, self.last_day_end):
            base -= timedelta(days=1)  # "expected to taper off by Wednesday morning ... would plunge overnight": the night into it
        return self._part_of(base if ahead else base - timedelta(days=1), "night")

    def r_small_hours(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "in the early hours", "the small hours of the morning": the start of the morning of the day the text
        tells of, or of publication where a past clause would put that day ahead."""
        base = self.told_day
        if base is None or self.day is None:
            return None
        if base > self.day and self.clause_hint(m.start(), m.end()) != "future":
            base = self.day
        elif base < self.day and base in (self.evening_of, self.afternoon_at[0] if self.afternoon_at else None):
            base += timedelta(days=1)  # "flew to Brussels on Sunday afternoon. Ministers agreed in the early hours": Monday's
        return _with_mod(self._part_of(base, "morning"), "early")

    def r_weekday_beyond(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the Monday after next": the week after the first Monday after publication; "the Friday before last" the
        week before the last Friday before it.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("The vote is on the Tuesday after next.", "2026-10-05")]
        ['2026-10-13']
        """
        if self.day is None:
            return None
        wd = self.vocab["weekdays"][g["wd"].lower().rstrip(".")]
        if g["beyond"].lower() == "after next":
            return day_value(_nearest_weekday(self.day, wd, "future", "next") + timedelta(days=7))
        return day_value(_nearest_weekday(self.day, wd, "past", "last") - timedelta(days=7))

    def r_weekdays_ago(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "three Saturdays ago": the third Saturday before publication.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("It happened three Saturdays ago.", "2013-03-14")]
        ['2013-02-23']
        """
        n = _number(g["n"], self.vocab)
        if self.day is None or n is None or n != int(n):
            return None
        wd = self.vocab["weekdays"][g["wd"].lower()]
        return day_value(_nearest_weekday(self.day, wd, "past", "last") - timedelta(days=7 * (int(n) - 1)))

    def _in_short_day_range(self, m: re.Match[str]) -> bool:
        """Whether a weekday written short opens or closes a range of two such ("Mon-Fri", "Fri–Sun")."""
        pattern = _short_day_range()
        return (pattern.match(self.text, m.start()) is not None
                or any(r.end() == m.end() for r in pattern.finditer(self.text, max(0, m.start() - 8), m.end())))

    def r_weekday(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        word = g["wd"]
        if len(word) <= 4 and not self.text[m.end(): m.end() + 1] == "." and not self._in_short_day_range(m):
            return None  # "Sun", "Sat", "Wed" without a full stop are rarely days, but in "Fri-Sun"
        if _weekday_in_name(self.text, m, g):
            return None
        wd = self.vocab["weekdays"][word.lower().rstrip(".")]
        rel = (g.get("rel") or "").strip().lower().replace("the prior", "the previous")  # "the prior Friday"
        pod = (g.get("pod") or g.get("pre") or "").strip().lower()  # "Friday evening", "late afternoon Friday"
        told = self.told_day
        if told is None or self.day is None or not (rel or pod) and habitual(self.text, m.start(), m.end()):
            return _Value("DATE", f"XXXX-WXX-{wd}", granularity="day")  # "the market usually opens on Monday"
        if (not rel and self.last_day is not None and self.last_day.isoweekday() == wd
                and self.text[self.last_day_end : m.start()].lower() in (", a ", " (a ", ", which was a ", ", also a ")):
            return self._part_of(self.last_day, pod) if pod else day_value(self.last_day)  # "on Nov. 12, a Tuesday": that day
        if (not rel and _ANY_SUCH_DAY.search(self.text, max(0, m.start() - 5), m.start())
                and not _NOUN_AFTER.match(self.text, m.end())):  # not "a Sunday night memorial service", the article a noun's
            # "on a Saturday in late November 2016", "Christmas on a Sunday": a day of that name, in no week the text fixes
            year = _YEAR_AFTER.match(self.text, m.end())
            rel_year = _REL_YEAR_AFTER.match(self.text, m.end()) if year is None and self.day is not None else None
            named = year.group("y") if year else str(self.day.year + _WEEK_SHIFTS[rel_year["rel"]]) if rel_year and self.day else "XXXX"
            self.any_such_day = (named, wd, m.end())
            value = f"{self.any_such_day[0]}-WXX-{wd}"
            if pod:
                return _Value("TIME", value + "T" + self.vocab["parts_of_day"][pod], granularity="day")
            return _Value("DATE", value, granularity="day")
        label = not rel and not pod and labels_a_line(self.text, m.start(), m.end())
        if label and self.day_label is not None:  # "Tuesday: ... Wednesday: ...": a list of days runs forward
            d = self.day_label + timedelta(days=(wd - self.day_label.isoweekday() - 1) % 7 + 1)
            self.day_label = d
            return day_value(d)
        range_start = self.range_opened_by(m) if not rel else None
        if (range_start is None and rel in ("", "early", "late") and self.last_day is not None and self.last_day >= self.day
                and _AND_JOINT.fullmatch(self.text, self.last_day_end, m.start())
                and (self.last_day > self.day or self.tense_hint(m.start(), m.end()) == "future")):
            range_start = self.last_day  # "will be closed on Friday and Monday", "late Friday or early Saturday": after the first
        if range_start is not None and abs((range_start - self.day).days) <= 7:
            # "from Monday to Friday": a range runs forward, so the first such day after its start (a range
            # from a date further off, "from Sept. 14 to Thursday", ends on the weekday near publication)
            d = range_start + timedelta(days=(wd - range_start.isoweekday() - 1) % 7 + 1)
        elif (not rel and self.event_day is not None and self.text.endswith(" the ", 0, m.start())
              and not _NOUN_AFTER.match(self.text, m.end())):  # not "the Monday deadline", a noun's
            # "will visit from 28 to 30 November ... on the Sunday": the one by the days the story told of
            d = weekday_either_side(self.event_day, wd)
        elif not rel and (of_week := _OF_A_WEEK.match(self.text, m.end())) is not None:
            # "on Tuesday of last week": that week's; "the following week" is the one after the day told of
            week_rel = of_week["rel"]
            base = told if week_rel.startswith("the ") else self.day
            d = base + timedelta(days=7 * _WEEK_SHIFTS[week_rel] + wd - base.isoweekday())
        elif rel in ("the previous", "the following", "the next"):
            # "the previous Friday": the one before the day the text is talking about; "the next Tuesday", the one after it
            d = _nearest_weekday(told, wd, None, "last" if rel == "the previous" else "next")
        elif not rel and _AGO_ON.search(self.text, max(0, m.start() - 24), m.start()):
            d = weekday_either_side(self.day, wd)  # "Ten years ago on Saturday, the bank failed": the anniversary, either side
        elif rel == "that" and told != self.day:
            # "on Oct. 21 parliament was dissolved. That Friday, thousands marched": the one by the day told of
            d = weekday_either_side(told, wd)
        else:
            rel = "" if rel == "that" else rel  # "That Friday" with no other day told of: as "Friday" is
            tense = self.tense_hint(m.start(), m.end())
            if rel == "this" and tense is None:
                tense = "future"  # "The vote is this Friday" with no verb of its own: a past one is "this past Friday"
            reported = self.reported_from(m, ("day", "time")) if tense == "future" and not rel else None
            d = _nearest_weekday(reported or self.day, wd, tense, rel)
            closing = self.weekday_range_close(m) if tense == "past" and not rel else None
            span = timedelta(days=(closing - wd) % 7 or 7) if closing is not None else None
            if closing is not None and span is not None and d + span > self.day:
                # "Between Monday and Wednesday, flights were cancelled", told on a Tuesday: a range over by then
                d = _nearest_weekday(self.day, closing, "past", "") - span
            if tense == "future" and not rel and d == self.day and self.day_ahead_in_sentence(m):
                d += timedelta(days=7)  # "will be closed on Thursday and will close early on Friday", told on a Friday: the next
            elif (tense == "future" and not rel and self.last_day is not None and d < self.last_day and self.day_ahead_in_sentence(m)
                    and told_next(self.text[self.last_day_end : m.start()])):
                d += timedelta(days=7)  # "Applications open on Monday and close on Friday": the Friday after that Monday
            ahead = self.last_day if tense is None and not rel and self.day_ahead_in_sentence(m) else None
            if ahead is not None:  # "The race starts at 2 p.m. on Sunday, with qualifying on Saturday": the Saturday by that Sunday
                d = weekday_either_side(ahead, wd)
                if d < ahead and told_next(self.text[self.last_day_end : m.start()]):
                    d += timedelta(days=7)  # "flies to Paris on Monday and returns on Friday": the Friday after
            elif not rel and (tense == "near" or tense is None and in_headline(self.text, m.start())):
                # "was due to vote on Sunday"; a title's "Parliament rejects levy on Tuesday": the nearer one
                d = weekday_either_side(self.day, wd)
        if label:
            self.day_label = d  # the first day of a list: "Monday: Markets in Japan are closed"
        if pod:
            return self._part_of(d, pod)
        return _with_mod(day_value(d), rel if rel in ("early", "late") else None)

    def r_weekday_set(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "on Mondays" XXXX-WXX-1, "Tuesday nights" XXXX-WXX-2TNI; but two days before a plural part of the day,
        told of as done or to come, are those two ("clashed on Friday and Saturday nights").

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("Fans clashed with police on Friday and Saturday nights.", "2026-11-16")]
        ['2026-11-13TNI', '2026-11-14TNI']
        """
        word = g["wd"] or g["wd2"] or g["wd3"]
        pod = g["pod"] or g["pod2"] or g["pod3"]
        paired = g["wd3"] or g["wd2"] and _DAY_AND_BEFORE.search(self.text, max(0, m.start() - 16), m.start())
        end = m.end("pod3") if g["pod3"] else m.end()  # "Friday" of "Friday and Saturday nights": told as the pair is
        ruled = habitual(self.text, m.start(), end) or _SCHEDULE_AFTER.match(self.text, end) is not None  # "from March 30"
        tense = self.tense_hint(m.start(), end) if paired and pod and not ruled else None
        if tense == "past" or tense == "future" and self.future_word_before(m):
            # not a present, which tells of a rule as often as a plan ("The bar is busy on Friday and Saturday nights")
            return self.r_weekday(m, {"wd": word, "pod": pod})
        wd = self.vocab["weekdays"][word.lower()]
        return _Value("SET", f"XXXX-WXX-{wd}" + (f"T{self.vocab['parts_of_day'][pod.lower()]}" if pod else ""))

    def day_ahead_in_sentence(self, m: re.Match[str]) -> bool:
        """Whether the latest day named lies ahead of publication, earlier in this sentence."""
        return (self.last_day is not None and self.day is not None and self.last_day > self.day
                and self.last_day_end >= _sentence_start(self.text, m.start()))

    def r_weekday_week(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "on Tuesday week", "a week on Tuesday": seven days after the coming Tuesday; "a week today", "a week
        tomorrow": seven days after today or tomorrow; "a week ago Friday": seven days before the latest Friday.

        >>> from kg.timex import _Resolver
        >>> from kg.timex.values import Anchor
        >>> r = _Resolver("on Tuesday week", Anchor.parse("2013-03-22"), lambda s, e: None)
        >>> r.r_weekday_week(None, {"wd": "Tuesday"}).value
        '2013-04-02'
        """
        if g.get("dw"):  # "a week today" is seven days on, or back in a past clause ("he left a week today")
            if self.day is None:
                return None
            back = g["dw"].lower() == "today" and self.tense_hint(m.start(), m.end()) == "past"
            return day_value(self.day + timedelta(days=-7 if back else 7 + (g["dw"].lower() == "tomorrow")))
        wd = self.vocab["weekdays"][(g.get("wd") or g.get("wd3") or g["wd2"]).lower()]
        if self.day is None:
            return _Value("DATE", f"XXXX-WXX-{wd}", granularity="day")
        weeks = _number(g["n"], self.vocab) if g.get("n") else 1
        if weeks is None or weeks != int(weeks):
            return None  # "one and a half weeks from Monday" names no day
        if g.get("ago"):
            return day_value(_nearest_weekday(self.day, wd, "past", "") - timedelta(days=7 * int(weeks)))
        return day_value(_nearest_weekday(self.day, wd, "future", "next") + timedelta(days=7 * int(weeks)))

    def r_holiday(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        name = g["h"].lower()
        if g["h"][0].islower():
            return None  # "polls close on election day", "a may day": a day of its own, not the holiday's name
        if g["h"].isupper() and not _sentence_of(self.text, m.start()).isupper():
            return None  # "TET results": an acronym, in a sentence not written in capitals
        if name in self.vocab["holiday_groups"] and (word := _NAME_BEFORE.search(self.text, max(0, m.start() - 20), m.start())) \
                and word.group(0).strip().lower() not in self.vocab["holiday_greetings"]:
            return None  # "Mohamed Eid, the minister": a surname ("Happy Eid" is the holiday)
        if not g.get("y") and not g.get("week") and self._holiday_in_name(m):
            self.name_end = m.end()  # "the Good Friday Agreement", "the Fourth of July Movement": a name's words
            return None
        if g.get("y"):  # "New Year's Day 2013"
            return _holiday_value(name, holiday_date(name, int(g["y"])))
        if g.get("ry") and self.day is not None:  # "on Christmas Day next year"
            return _holiday_value(name, holiday_date(name, self.day.year + {"last": -1, "this": 0, "next": 1}[g["ry"].lower()]))
        rel = (g.get("rel") or "").strip().lower()
        if not self.day or not rel and habitual(self.text, m.start(), m.end()):
            # "Ramadan moves about 11 days earlier each year", "shops usually close on Christmas Day": no one year's
            if name in self.vocab["month_long_holidays"]:
                return _Value("DATE", "XXXX-XX", granularity="month")
            return _Value("DATE", self.undated_holiday(name) or "XXXX-XX-XX", granularity="day")
        tense = {"last": "past", "next": "future"}.get(rel) or (None if rel == "this" else self.tense_hint(m.start(), m.end()))
        today = self.day
        before, this_year, after = _holiday_around(name, today)
        if g.get("week") and not rel and abs((this_year - today).days) <= _HOLIDAY_WEEK_NEAR:
            tense = None  # "as Easter week began", told in it: the week of the nearest one, whichever way the clause points
        named = self.year_just_named(m) if tense == "past" and not rel else None
        opened = self.range_opened_by(m) if not rel else None
        running = _holiday_value(name, this_year)
        if not rel and running.end is not None and this_year <= today <= running.end:
            d = this_year  # "will fast during Ramadan", told in it: the month running now
        elif opened is not None:  # "closed from Christmas Eve through New Year's Day": the first one after the range opens
            d = min((c for c in (before, this_year, after) if c >= opened), default=after)
        elif named is not None:  # "In 2018, a drone closed Gatwick in the days before Christmas": 2018's
            d = holiday_date(name, named)
        elif tense == "past" and today < this_year <= today + timedelta(days=_HOLIDAY_AHEAD_NEAR) and grammar().before_a_time.search(
                self.text, max(0, m.start() - 30), m.start()):
            d = this_year  # "Prices rose ahead of Christmas", told on Dec. 15: what was done before it, which is still to come
        elif tense == "past":
            d = this_year if this_year <= today else before
        elif this_year < today and self.range_running_now(m, this_year):
            d = this_year  # "The market is closed from Christmas Eve to New Year's Day", told on Dec. 28: the range running now
        elif tense == "future":
            d = this_year if this_year >= today or self.figures_of_day_just_passed(m, this_year) else after
        else:  # the nearest
            d = min((before, this_year, after), key=lambda c: abs((c - today).days))
        if rel == "last" and d == today:
            d = before
        if g.get("week"):
            return weekend_beside(d) if g.get("end") else week_value(d)
        return _holiday_value(name, d)

    def _holiday_in_name(self, m: re.Match[str]) -> bool:
        """A holiday that is a name's first word: a capitalised word after it, no word of time before it (not "on
        Christmas Day Pope Leo said", nor a headline's "Shoppers Return on Black Friday").

        >>> from kg.timex import find_timexes
        >>> [t.text for t in find_timexes("Since the Good Friday Agreement, and on Good Friday, talks went on.", "2026-04-10")]
        ['Good Friday']
        >>> [t.text for t in find_timexes("Veterans of the Yom Kippur war met on Monday.", "2026-02-01")]
        ['Monday']
        """
        after = _WORD_AFTER.match(self.text, m.end())
        if after is not None and after[1].lower() in self.vocab["holiday_name_nouns"]:
            return True  # "veterans of the Yom Kippur war", "the Tet offensive": an event named for the day it began
        time_after = after is not None and (after[1].lower() in self.vocab["weekdays"] or after[1].lower() in self.vocab["months"])
        return (_name_word(self.text, m.start(), m.end()) and not time_after  # "spent Christmas Day Wednesday": a day's two names
                and not _TIME_WORD_BEFORE.search(self.text, max(0, m.start() - 12), m.start()) and not in_headline(self.text, m.start()))

    def range_running_now(self, m: re.Match[str], start: date) -> bool:
        """Whether a range this holiday opens, on ``start``, closes with another holiday on or after
        publication: the range is running now.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("The market is closed from Christmas Eve to New Year's Day.", "2026-12-28")]
        ['2026-12-24', '2027-01-01']
        """
        closing = _range_end_holiday().match(self.text, m.end())
        if closing is None or self.day is None:
            return False
        end = holiday_date(closing["h"].lower(), start.year)
        end = end if end >= start else holiday_date(closing["h"].lower(), start.year + 1)
        return end >= self.day

    def figures_of_day_just_passed(self, m: re.Match[str], day: date) -> bool:
        """Whether a holiday told of ahead is one just passed whose figures are to come: a day or two before
        publication, in a sentence of figures ("Cyber Monday spending is expected to reach $13 billion", told
        the day after), as a month's figures are (:meth:`figures_of_month_just_ended`).

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("Cyber Monday spending is expected to reach $13 billion.", "2026-12-01")]
        ['2026-11-30']
        """
        if self.day is None or not 0 < (self.day - day).days <= _FIGURES_DAYS:
            return False
        sentence = _sentence_of(self.text, m.start())
        return grammar().money_words.search(sentence) is not None or grammar().results_words.search(sentence) is not None

    # -- times of day
