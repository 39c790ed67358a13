"""Rules for days and times of day: "Tuesday", "yesterday", "Friday night", "Christmas", "3 p.m.".

>>> from kg.timex import find_timexes
>>> [(t.text, t.value) for t in find_timexes("The fire broke out at 3 p.m. on Tuesday.", "2025-05-21")]
[('3 p.m. on Tuesday', '2025-05-20T15:00')]
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .context import _CLOCK_RANGE_JOINT, _name_word, _sentence_of, _sentence_start, _weekday_in_name, clause_has, habitual, in_headline, labels_a_line
from .grammar import _number, _present_age_after, _range_end_holiday, grammar
from .resolver import ResolverBase
from .values import _nearest_weekday, _Value, _with_mod, day_value, holiday_date, week_value, weekday_either_side, weekend_beside

# a capitalised word right before, on the same line ("USA Today", "NBC's Today")
_NAME_BEFORE = re.compile(r"\b[A-Z](?:[A-Za-z&-]|\.(?=\S))*(?:'s)? $")
_SCHEDULE_AFTER = re.compile(r"s?,? (?:from|starting|beginning|until|till|through|between|each|every)\b")  # "on Monday and Tuesday nights from March 30"
_DAY_AND_BEFORE = re.compile(r"(?-i:[A-Z][a-z]+day),? (?:and|or) $")  # "Wednesday and " before "Thursday nights"
_AND_JOINT = re.compile(r",? (?:and|or) (?:on )?")  # "on Friday and Monday", "Thursday or Friday"
_HOLIDAY_WEEK_NEAR = 7  # days: a holiday's week this close to publication is the one meant, whatever the tense
_NOON = 12 * 60  # minutes: a clock time before this is in the morning
_MIDNIGHT = 24 * 60  # minutes: midnight ends its day (T24:00)
_NIGHT_PASSED = re.compile(r"\b(?:dawn|daybreak|sunrise|first light|overnight|through the night)\b", re.IGNORECASE)  # between an evening and a morning
_AFTERNOON_HOURS_UNSAID = 6  # "at four o'clock" with no part of the day is 16:00; "at eight o'clock" is 08:00
_SMALL_HOURS_END = 6 * 60  # minutes: a clock time before this, a sentence after an evening one, is past midnight
_EVENING_HOUR = 18  # a clock time from this hour on is in the evening: "overnight" after it is that day's night
_AFTER_WORD = re.compile(r"\bafter\s+$", re.IGNORECASE)  # "after midnight on Dec. 3": the day's start ("ran past midnight on Monday" ends it)
_DEADLINE_AFTER = re.compile(r"(?: [A-Z]{2,4})? (?:deadline|cutoff|ultimatum)\b")  # "a midnight deadline", "a 5 p.m. EST deadline"
_SAME_MOMENT = 60  # minutes: a clock time told again in a story ("after 11 p.m. on Friday" ... "at 11:11 p.m.")
_ANY_SUCH_DAY = re.compile(r"(?<![\w-])(?:a|one) $", re.IGNORECASE)  # "on a Saturday", "one Sunday": any day of that name
_NOUN_AFTER = re.compile(r"[ -](?!(?:in|on|at|of|when|and|or|but|that|which|is|was|as|after|before|with|for|he|she|it|they|we|i)\b)[a-z]")
# the year a day of any week is said to fall in: "a Saturday in late November 2016", "a Sunday in 1999"
_YEAR_AFTER = re.compile(r"(?:'s)?(?: (?:morning|afternoon|evening|night))? in (?:(?:early|late|mid)[- ])?(?:[A-Z][a-z]+\.? )?(?P<y>1[6-9]\d\d|20\d\d)\b")
_DAY_NAMED_AFTER = re.compile(r" (?:on |of )?(?-i:[A-Z][a-z]+day)\b")  # "overnight on Saturday", "the night of Friday"
_DATE_NAMED_AFTER = re.compile(r" (?:on|of) (?-i:[A-Z][a-z]+\.? \d|\d)")  # "the night of Sept. 2", "the night of 2 September"
# "Tuesday of last week", "from Monday to Thursday of next week": the days of the week named after them
_OF_A_WEEK = re.compile(r"(?:\s*(?:-|–|,|to|through|thru|until|till|and|or)\s*(?:on )?(?-i:[A-Z][a-z]+day))*(?:'s)?"
                        r"(?: (?:morning|afternoon|evening|night))? of (?P<rel>last|next|this|the previous|the following) week\b")
_WEEK_SHIFTS = {"last": -1, "next": 1, "this": 0, "the previous": -1, "the following": 1}
_INTO_DAY_AFTER = re.compile(r",? (?:and )?(?:on )?into (?-i:(?P<wd>[A-Z][a-z]+day))\b")  # "through the night into Saturday"
# a word that puts a time right after it: "on Christmas Day Pope Leo spoke" has the day, not a name
_TIME_WORD_BEFORE = re.compile(r"\b(?:on|at|over|since|until|till|by|before|after|from|during|through|of|last|next|this)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r" ([A-Za-z]+)\.?")
_FIGURES_DAYS = 3  # days: a holiday this near behind publication, told of ahead in a sentence of figures, is the one just passed
_NEWS_DAYS = 7  # days before publication a story tells of as its news: a clock time with no day may fall on one


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
            return None
        between = self.text[self.last_day_end : m.start()]
        opened = between.count('"') % 2 == 1 or between.count("\u201c") > between.count("\u201d")
        return said if opened else None

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
        part = "T" + self.vocab["parts_of_day"][g["pod"].lower()]
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
        return self._part_of(base if ahead else base - timedelta(days=1), "night")

    def r_small_hours(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "in the early hours", "the small hours of the morning": the start of the morning of the day the text
        tells of, or of publication where a past clause would put that day ahead."""
        base = self.told_day
        if base is None or self.day is None:
            return None
        if base > self.day and self.clause_hint(m.start(), m.end()) != "future":
            base = self.day
        return _with_mod(self._part_of(base, "morning"), "early")

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
        if told is None or self.day is None or not (rel or pod) and habitual(self.text, m.start(), m.end()):
            return _Value("DATE", f"XXXX-WXX-{wd}", granularity="day")  # "the market usually opens on Monday"
        if (not rel and self.last_day is not None and self.last_day.isoweekday() == wd
                and self.text[self.last_day_end : m.start()].lower() in (", a ", " (a ", ", which was a ", ", also a ")):
            return self._part_of(self.last_day, pod) if pod else day_value(self.last_day)  # "on Nov. 12, a Tuesday": that day
        if (not rel and _ANY_SUCH_DAY.search(self.text, max(0, m.start() - 5), m.start())
                and not _NOUN_AFTER.match(self.text, m.end())):  # not "a Sunday night memorial service", the article a noun's
            # "on a Saturday in late November 2016", "Christmas on a Sunday": a day of that name, in no week the text fixes
            year = _YEAR_AFTER.match(self.text, m.end())
            self.any_such_day = (year.group("y") if year else "XXXX", wd, m.end())
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
        if (range_start is None and not rel and self.last_day is not None and self.last_day >= self.day
                and _AND_JOINT.fullmatch(self.text, self.last_day_end, m.start())
                and (self.last_day > self.day or self.tense_hint(m.start(), m.end()) == "future")):
            range_start = self.last_day  # "will be closed on Friday and Monday", "a warning for Saturday and Sunday": after the first
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
        elif rel in ("the previous", "the following"):
            # "the previous Friday": the one before the day the text is talking about
            d = _nearest_weekday(told, wd, None, "last" if rel == "the previous" else "next")
        elif rel == "that" and told != self.day:
            # "on Oct. 21 parliament was dissolved. That Friday, thousands marched": the one by the day told of
            d = weekday_either_side(told, wd)
        else:
            rel = "" if rel == "that" else rel  # "That Friday" with no other day told of: as "Friday" is
            tense = self.tense_hint(m.start(), m.end())
            reported = self.reported_from(m, ("day", "time")) if tense == "future" and not rel else None
            d = _nearest_weekday(reported or self.day, wd, tense, rel)
            if tense == "future" and not rel and d == self.day and self.day_ahead_in_sentence(m):
                d += timedelta(days=7)  # "will be closed on Thursday and will close early on Friday", told on a Friday: the next
            ahead = self.last_day if tense is None and not rel and self.day_ahead_in_sentence(m) else None
            if ahead is not None:  # "The race starts at 2 p.m. on Sunday, with qualifying on Saturday": the Saturday by that Sunday
                d = weekday_either_side(ahead, wd)
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
        if tense == "past" or tense == "future" and grammar().future.search(self.text, _sentence_start(self.text, m.start()), m.start()):
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
        tomorrow": seven days after today or tomorrow.

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
        wd = self.vocab["weekdays"][(g.get("wd") or g["wd2"]).lower()]
        if self.day is None:
            return _Value("DATE", f"XXXX-WXX-{wd}", granularity="day")
        return day_value(_nearest_weekday(self.day, wd, "future", "next") + timedelta(days=7))

    def r_holiday(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        name = g["h"].lower()
        if g["h"][0].islower():
            return None  # "polls close on election day", "a may day": a day of its own, not the holiday's name
        if not g.get("y") and not g.get("week") and self._holiday_in_name(m):
            self.name_end = m.end()  # "the Good Friday Agreement", "the Fourth of July Movement": a name's words
            return None
        if g.get("y"):  # "New Year's Day 2013"
            return day_value(holiday_date(name, int(g["y"])))
        if not self.day:
            return _Value("DATE", self.undated_holiday(name) or "XXXX-XX-XX", granularity="day")
        rel = (g.get("rel") or "").strip().lower()
        tense = {"last": "past", "next": "future"}.get(rel) or (None if rel == "this" else self.tense_hint(m.start(), m.end()))
        today = self.day
        before, this_year, after = (holiday_date(name, today.year + k) for k in (-1, 0, 1))
        if g.get("week") and not rel and abs((this_year - today).days) <= _HOLIDAY_WEEK_NEAR:
            tense = None  # "as Easter week began", told in it: the week of the nearest one, whichever way the clause points
        named = self.year_just_named(m) if tense == "past" and not rel else None
        opened = self.range_opened_by(m) if not rel else None
        if opened is not None:  # "closed from Christmas Eve through New Year's Day": the first one after the range opens
            d = min((c for c in (before, this_year, after) if c >= opened), default=after)
        elif named is not None:  # "In 2018, a drone closed Gatwick in the days before Christmas": 2018's
            d = holiday_date(name, named)
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
        return day_value(d)

    def _holiday_in_name(self, m: re.Match[str]) -> bool:
        """A holiday that is a name's first word: a capitalised word after it, no word of time before it (not "on
        Christmas Day Pope Leo said", nor a headline's "Shoppers Return on Black Friday").

        >>> from kg.timex import find_timexes
        >>> [t.text for t in find_timexes("Since the Good Friday Agreement, and on Good Friday, talks went on.", "2026-04-10")]
        ['Good Friday']
        """
        after = _WORD_AFTER.match(self.text, m.end())
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
    def _time(self, hour: int, minute: int, day: date | None = None) -> _Value:
        suffix = f"T{hour:02d}:{minute:02d}"
        told = self.told_day
        if told is None or self.day is None:
            return _Value("TIME", "XXXX-XX-XX" + suffix, granularity="time")
        if day is not None and hour == 24 and _AFTER_WORD.search(self.text, max(0, self.position - 8), self.position):
            hour, suffix = 0, f"T00:{minute:02d}"  # "shortly after midnight on Dec. 3, 1984": as Dec. 3 began
        if day is None and hour < 12 and self.past_midnight == told + timedelta(days=1):
            day = self.past_midnight  # "peaked shortly before midnight. By 6 a.m.", "stranded overnight ... reopened at 07:30"
        on = day or told
        self.past_midnight = on + timedelta(days=1) if hour == 24 else None
        # an evening told ahead ("will reopen at 11.59pm on Friday") is none "overnight" follows
        evening = hour >= _EVENING_HOUR and self.clause_hint(self.position, self.position + 1) != "future"
        self.evening_of = on if evening else None
        if day is not None and not self.dayless_clock:
            self.last_clock = (on, hour * 60 + minute, self.position)
        return day_value(on, "TIME", suffix)

    def _clock(self, g: dict[str, str]) -> tuple[int, int]:
        """(hour, minute) of "10 p.m.", "9:30 am" or "noon"; "midnight Friday" ends Friday (T24:00), but "one minute
        past midnight on Nov. 6" is on Nov. 6 (00:01) and "ten minutes to midnight" at its end (23:50)."""
        if g.get("w"):
            hour = {"noon": 12, "midday": 12, "midnight": 24}[g["w"].lower()]
            off = g.get("off")
            if not off:
                return hour, 0
            minutes = {"a quarter": 15, "half": 30}.get(off.lower()) or int(_number(off.lower(), self.vocab) or 0)
            if g["offdir"].lower() in ("past", "after"):
                return hour % 24, minutes
            return (hour * 60 - minutes) // 60, (hour * 60 - minutes) % 60
        h = int(g["h"]) % 12
        if g["ap"].lower().startswith("p"):
            h += 12
        return h, int(g.get("mi") or 0)

    def _dayless_time(self, m: re.Match[str], hour: int, minute: int) -> _Value:
        """A clock time written with no day: on the day the text tells of, or on no day in a clause of what
        happens as a rule ("is updated daily at 4 p.m.", "closes at 5 p.m. on Fridays": XXXX-XX-XXT16:00)."""
        if clause_has(self.text, m.start(), m.end(), grammar().clock_rule_words):  # the habitual words among them
            self.dayless_clock = False  # no day to take from one named after it either
            return _Value("TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", granularity="time")
        return self._time(hour, minute, self.clock_day(m, hour * 60 + minute))

    def clock_day(self, m: re.Match[str], minutes: int) -> date | None:
        """The day of a clock time with no day of its own (``minutes`` after midnight): the day the text tells
        of, unless the clause points the other way from the publication day ("The law came into force on
        Sunday. Voting continues until 22:00"): then the publication day. A past clock time within the hour of
        one named with its day, with no day in its own sentence, tells that moment again ("struck shortly
        after 11 p.m. on Friday ... The quake hit at 11:11 p.m.")."""
        self.dayless_clock = True
        if not self.day:
            return None
        # "was put out by 6 a.m.": the verb's direction first, whatever "by" says; "continues until 22:00": the deadline's
        tense = self.clause_hint(m.start(), m.end()) or self.tense_hint(m.start(), m.end())
        after_clock = self._day_after_clock(self.last_clock, m, minutes, tense) if self.last_clock is not None else None
        if after_clock is not None:
            return after_clock
        if minutes == _MIDNIGHT and tense == "past" and self.last_day is None and self.day is not None:
            # "The ceasefire took effect at midnight", no day named: the one the publication day began with ("shortly
            # after midnight": as it began, T00:00)
            after = _AFTER_WORD.search(self.text, max(0, m.start() - 8), m.start()) is not None
            return self.day if after else self.day - timedelta(days=1)
        if not self.told_day or self.told_day == self.day:
            return None
        if tense == "past" and self.told_day > self.day:
            # "escaped on Saturday. He is due in court on April 2. Officers were called at 4.17pm": the escape's day,
            # if the story's latest day behind is one of the news days (not "born on June 4, 1950")
            behind = self.story_day_behind
            return behind if behind is not None and (self.day - behind).days <= _NEWS_DAYS else self.day
        if tense == "future" and self.told_day < self.day:
            if _DEADLINE_AFTER.match(self.text, m.end()) and self.last_day_end >= _sentence_start(self.text, m.start()):
                return None  # "passed the bill late Thursday night, hours before a midnight deadline": that day's
            return self.day
        return None

    def _day_after_clock(self, clock: tuple[date, int, int], m: re.Match[str], minutes: int, tense: str | None) -> date | None:
        """The day a clock time with none of its own takes from ``clock``, the latest named with its day: the
        range it ends ("between 10 p.m. on Wednesday and 6 a.m.", past midnight if the hour comes round again);
        a morning after that late hour in its sentence, or the small hours in the next; or, told again within
        the hour in a sentence naming no day, that moment ("struck shortly after 11 p.m. on Friday ... The quake
        hit at 11:11 p.m.")."""
        day, at_minutes, named_at = clock
        same_day_just_read = self.last_day == day
        if same_day_just_read and _CLOCK_RANGE_JOINT.fullmatch(self.text, self.last_day_end, m.start()):
            return day + timedelta(days=minutes < at_minutes)
        if tense != "past":
            return None
        sentence_start = _sentence_start(self.text, m.start())
        if same_day_just_read and at_minutes >= _EVENING_HOUR * 60:
            if minutes < _NOON and named_at >= sentence_start:
                return day + timedelta(days=1)  # "broke out at 11.20pm on Thursday and was under control by 6.45am"
            night_passed = minutes < _NOON and _NIGHT_PASSED.search(self.text, named_at, m.start()) is not None
            if ((minutes < _SMALL_HOURS_END or night_passed) and sentence_start > 0 and self.last_day_end < sentence_start
                    and named_at >= _sentence_start(self.text, sentence_start - 2)):
                # "began at 9 p.m. on Saturday and ran for four hours. The winner was announced after 1 a.m."; "entered at
                # 9 p.m. on Wednesday. Troops stormed it before dawn, and the hostages were freed by 11 a.m."
                return day + timedelta(days=1)
        if abs(minutes - at_minutes) <= _SAME_MOMENT and self.last_day_end < sentence_start and named_at < sentence_start:
            return day
        return None

    def r_time_of_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        return self._dayless_time(m, *self._clock(g))

    def r_time_24(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "22:45", "22:45 GMT on Wednesday"."""
        before = self.text[max(0, m.start() - 3) : m.start()]
        if re.search(r"\d[:.]?$", before):
            return None
        if m.end() == m.end("mi") and (grammar().clock_of_a_game.match(self.text, m.end()) or self.text.endswith(" in ", 0, m.start())):
            return None  # "with 2:04 remaining", "finished in 2:08": a game's clock or a race's time
        if g.get("wd"):
            return self._clock_on_weekday(m, g["wd"], int(g["h"]), int(g["mi"]))
        return self._dayless_time(m, int(g["h"]), int(g["mi"]))

    def r_time_hhmm(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "0800 GMT", "at 1430 hours"; a bare "2000 hours" is a length of time, not a clock time."""
        if g.get("hours") and not re.search(r"\b(?:at|by|until|till|from|before|after|around|about|since|to)\s+$",
                                            self.text[max(0, m.start() - 8) : m.start()], re.IGNORECASE):
            return None
        if g.get("wd"):  # "2245 GMT Wednesday"
            return self._clock_on_weekday(m, g["wd"], int(g["h"]), int(g["mi"]))
        return self._dayless_time(m, int(g["h"]), int(g["mi"]))

    def r_hour_in_part_of_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "4 in the morning" is 04:00, "7:30 in the evening" 19:30, "11 at night" 23:00 (but "2 at night" 02:00)."""
        h = int(_number(g["h"].lower(), self.vocab) or 0)
        pod = (g.get("pod") or "night").lower()
        if pod in ("afternoon", "evening") or (pod == "night" and h >= 6):
            h = h % 12 + 12
        elif h == 12:
            h = 0  # "12 in the morning" is midnight's hour
        return self._dayless_time(m, h, int(g.get("mi") or 0))

    def r_clock_words(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "at half past ten" 10:30, "by a quarter to five" 04:45, "at ten o'clock on Friday", "at twenty to nine in
        the evening" 20:40: the hour as "9 in the morning" reads it (an hour up to six with no part of the day
        named is the afternoon's: "at half past three" 15:30), moved by the minutes before it.

        >>> from kg.timex import find_timexes
        >>> [(t.text, t.value) for t in find_timexes("It began at a quarter to nine in the evening on Friday.", "2025-05-21")]
        [('a quarter to nine in the evening on Friday', '2025-05-16T20:45')]
        """
        h = int(_number((g.get("h") or g["oh"]).lower(), self.vocab) or 0)
        pod = (g.get("pod") or g.get("night") or g.get("pod2") or "").lower()
        if pod in ("afternoon", "evening") or (pod == "night" and h >= 6) or (not pod and 1 <= h <= _AFTERNOON_HOURS_UNSAID):
            h = h % 12 + 12  # "at half past three", no part of the day said: the afternoon's, as the waking day has it
        minutes = 0
        if g.get("off"):
            minutes = {"a quarter": 15, "quarter": 15, "half": 30}.get(g["off"].lower()) or int(_number(g["off"].lower(), self.vocab) or 0)
        if not 0 < minutes < 60 and g.get("off"):
            return None
        at = (h * 60 + (minutes if (g.get("offdir") or "past").lower() == "past" else -minutes)) % (24 * 60)
        if g.get("wd"):
            return self._clock_on_weekday(m, g["wd"], at // 60, at % 60)
        return self._dayless_time(m, at // 60, at % 60)

    def r_noon(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "noon", "midnight", read as "10 p.m." is (not the band "Midnight Oil")."""
        return None if _name_word(self.text, m.start("w"), m.end()) else self.r_time_of_day(m, g)

    def r_time_weekday(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "10 p.m. Wednesday", "noon Saturday": the clock time on that day."""
        return self._clock_on_weekday(m, g["wd"], *self._clock(g))

    def r_clock_range_start(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """The "8" of "from 8 to 10 p.m.": the half of the day of the hour after it, or the other half where
        the range crosses noon or midnight ("from 11 to 1 p.m." starts at 11 a.m.)."""
        first, second = int(g["h"]) % 12, int(g["h2"]) % 12
        pm = g["ap"].lower().startswith("p") != (first > second)
        return self._dayless_time(m, first + (12 if pm else 0), int(g.get("mi") or 0))

    def r_time_deictic(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "10 p.m. yesterday", "9 a.m. today", "at 8:30 tonight", "at 9 tomorrow morning", "06:00 GMT tomorrow": the clock time
        on that day; an hour without "a.m." or "p.m." is in the part of the day named."""
        if self.day is None:
            return None
        words = g["dw"].lower().split()
        shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(words[0], 0)
        if g.get("h24"):
            h, mi = int(g["h24"]), int(g["mi24"])  # "06:00 GMT tomorrow"
        elif g.get("hb"):
            h, mi = int(g["hb"]) % 12 + (0 if words[-1] == "morning" else 12), int(g.get("mib") or 0)
            if h == 12 and words[-1] in ("night", "tonight"):
                h = 24  # "at 12 tonight": midnight, which ends the day
        else:
            h, mi = self._clock(g)
        return self._time(h, mi, day=self.day + timedelta(days=shift))

    def _clock_on_weekday(self, m: re.Match[str], weekday: str, h: int, mi: int) -> _Value | None:
        """A clock time (``h``, ``mi``) on the weekday named with it, as the clause points."""
        day = self.r_weekday(m, {"wd": weekday})
        if day is None:
            return None
        if day.start is None:  # no publication date: "XXXX-WXX-3T22:00"
            return _Value("TIME", f"{day.value}T{h:02d}:{mi:02d}", granularity="time")
        return self._time(h, mi, day=day.start)

    def r_time_date(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "5 p.m. EST Nov. 9", "midnight on 31 March": the clock time on that date."""
        day = self.month_day({"month": g["month"] or g["month2"], "d": g["d"] or g["d2"], "y": g["y"]}, m)
        if day is None or day.start is None:
            return None
        return self._time(*self._clock(g), day=day.start)
