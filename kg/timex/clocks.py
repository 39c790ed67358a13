"""Rules for clock times: "3 p.m.", "22:45 GMT on Wednesday", "noon Saturday", "at half past ten", and the day a
clock time with no day of its own falls on.

>>> from kg.timex import find_timexes
>>> [(t.text, t.value) for t in find_timexes("The fire broke out at 3 p.m. on Tuesday.", "2025-05-21")]
[('3 p.m. on Tuesday', '2025-05-20T15:00')]
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .context import _AND_ON_TO_CLOCK, _CLOCK_RANGE_JOINT, _EVENING_HOUR, Tense, _name_word, _sentence_start, clause_has
from .days import _NEWS_DAYS, DayRules
from .grammar import _number, grammar
from .values import _Value, day_value

_NOON = 12 * 60  # minutes: a clock time before this is in the morning
_MIDNIGHT = 24 * 60  # minutes: midnight ends its day (T24:00)
_NIGHT_PASSED = re.compile(r"\b(?:dawn|daybreak|sunrise|first light|overnight|through the night)\b", re.IGNORECASE)  # between an evening and a morning
_AFTERNOON_HOURS_UNSAID = 6  # "at four o'clock" with no part of the day is 16:00; "at eight o'clock" is 08:00
_SMALL_HOURS_END = 6 * 60  # minutes: a clock time before this, a sentence after an evening one, is past midnight
_UNTIL_AFTER = re.compile(r"\b(?:until|till|past) after\s+$", re.IGNORECASE)
_AFTER_WORD = re.compile(r"\bafter\s+$", re.IGNORECASE)  # "after midnight on Dec. 3": the day's start ("ran past midnight on Monday" ends it)
_STORY_DAY_AFTER = re.compile(r",? (?:on )?(?:the (?:next|following) (?:day|morning|afternoon|evening)|the day after|that (?:day|morning|afternoon|evening))\b",
                              re.IGNORECASE)  # a day told from the story's right after a clock time: it is that day's
# a clock time with no a.m. or p.m. right after a part of the day ("Monday night at 10:45", "yesterday evening at about
# 7:30") or right before one ("at half past six this morning") is in that part
_PART_BEFORE = re.compile(r"\b(?:(?P<part>morning|afternoon|evening|night)|tonight),?(?: (?:at|by|around|about|until|till|from|"
                          r"before|after|shortly|just|sometime|approximately|roughly))+ $", re.IGNORECASE)
_PART_AFTER = re.compile(r",? (?:(?:this|yesterday|tomorrow) (?P<part>morning|afternoon|evening|night)|tonight|last night)\b",
                         re.IGNORECASE)
_PART_LOOKBACK = 40  # characters: room for "evening at about " and more before a clock time
_MORNING_CLOSES_RANGE = re.compile(r"\s*(?:-|\u2013|and|to|until|till|through)\s*(?:about |around )?"
                                   r"(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)? ?(?:a\.m\.|am\b)|(?:0?\d|1[01]):[0-5]\d\b)", re.IGNORECASE)
_LABEL_AFTER = re.compile(r"[ \t]*(?:\n|$|[:\u2013\u2014-] )")  # a time opening a line alone, or before a colon or dash: a live report's entry
_HALF_DAY = 12 * 60  # minutes: a live report's entries follow each other by less than this
_SAME_MOMENT = 60  # minutes: a clock time told again in a story ("after 11 p.m. on Friday" ... "at 11:11 p.m.")
# minutes before and after a clock time said with a.m. or p.m. ("3:15 p.m.") a later one with neither ("by 3:40", "By 5,")
# is, in whichever half of the day puts it there: a story told by the clock goes on with it
_CLOCK_GOES_ON = (-2 * 60, 6 * 60)


def _hour_in_part(hour: int, part: str) -> int:
    """The hour of the day that ``hour`` names in a part of the day: "7 in the evening" 19, "11 at night" 23
    ("2 at night" 2), "12 in the morning" 0 (midnight's hour), "12 at night" 24 (midnight, which ends the day).

    >>> _hour_in_part(7, "evening"), _hour_in_part(2, "night"), _hour_in_part(12, "morning"), _hour_in_part(12, "night")
    (19, 2, 0, 24)
    """
    if part == "night" and hour == 12:
        return 24
    if part in ("afternoon", "evening") or (part == "night" and hour >= 6):
        return hour % 12 + 12
    return 0 if hour == 12 else hour


class ClockRules(DayRules):
    """The rules for clock times; a clock time on a weekday reads the weekday as :class:`DayRules` does."""

    def _time(self, hour: int, minute: int, day: date | None = None) -> _Value:
        suffix = f"T{hour:02d}:{minute:02d}"
        told = self.told_day
        if told is None or self.day is None:
            return _Value("TIME", "XXXX-XX-XX" + suffix, granularity="time")
        after = hour == 24 and _AFTER_WORD.search(self.text, max(0, self.position - 8), self.position) is not None
        if after and (day is not None or told == self.early_day and not _UNTIL_AFTER.search(self.text, max(0, self.position - 14), self.position)):
            # "shortly after midnight on Dec. 3, 1984": as Dec. 3 began; "was killed early on Friday. He had arrived
            # shortly after midnight": as Friday began (not "talks went on until after midnight", which ends the day)
            hour, suffix = 0, f"T00:{minute:02d}"
            day = day or told
        if day is None and hour < 12 and self.past_midnight == told + timedelta(days=1):
            day = self.past_midnight  # "peaked shortly before midnight. By 6 a.m.", "stranded overnight ... reopened at 07:30"
        on = day or told
        self.past_midnight = on + timedelta(days=1) if hour == 24 else None
        # an evening told ahead ("will reopen at 11.59pm on Friday") is none "overnight" follows
        evening = hour >= _EVENING_HOUR and self.clause_hint(self.position, self.position + 1) != "future"
        self.evening_of = on if evening else None
        if (day is not None and not self.dayless_clock) or evening:
            # an evening's clock time with no day of its own still has one a morning after it in its sentence follows
            # ("broke out at about 6:50 p.m. and was under control shortly before 4 a.m.")
            self.last_clock = (on, hour * 60 + minute, self.position)
        return day_value(on, "TIME", suffix)

    def _part_beside(self, m: re.Match[str]) -> str | None:
        """The part of the day ("morning", "evening", "night") named right before a clock time with no a.m. or p.m.
        ("Monday night at 10:45", "tonight at nine o'clock") or right after it ("at half past six this morning")."""
        before = _PART_BEFORE.search(self.text, max(0, m.start() - _PART_LOOKBACK), m.start())
        after = _PART_AFTER.match(self.text, m.end())
        for found in (before, after):
            if found is not None:
                return (found.group("part") or "night").lower()  # "tonight", "last night"
        return None

    def _clock(self, g: dict[str, str]) -> tuple[int, int]:
        """(hour, minute) of "10 p.m.", "9:30 am" or "noon"; "midnight Friday" ends Friday (T24:00), but "one minute
        past midnight on Nov. 6" is on Nov. 6 (00:01) and "ten minutes to midnight" at its end (23:50)."""
        if g.get("w"):
            hour = {"noon": 12, "midday": 12, "midnight": 24}[g["w"].lower()]
            off = g.get("off")
            if not off:
                return hour, 0
            minutes = self._minutes_off(off)
            if g["offdir"].lower() in ("past", "after"):
                return hour % 24, minutes
            return (hour * 60 - minutes) // 60, (hour * 60 - minutes) % 60
        h = int(g["h"]) % 12 + 12 * g["ap"].lower().startswith("p")
        self.said_clock = (h * 60 + int(g.get("mi") or 0), self.position)
        return h, int(g.get("mi") or 0)

    def _hour_going_on(self, m: re.Match[str], hour: int, minute: int) -> int | None:
        """The hour (0 to 23) a clock time written with no a.m. or p.m. (``hour`` 1 to 12) has, going on from one said
        with either in its sentence or the one before ("At 3:15 p.m., the alarm sounded; by 3:40, the building was
        empty": 15; "The polls opened at 7 a.m. By 9, long lines had formed": 9); None with no such time near, or
        neither half of the day near it."""
        if self.said_clock is None or not 1 <= hour <= 12:
            return None
        said, at = self.said_clock
        if at < _sentence_start(self.text, max(0, _sentence_start(self.text, m.start()) - 2)):
            return None
        low, high = _CLOCK_GOES_ON
        steps = {h: (h * 60 + minute - said + _HALF_DAY) % (2 * _HALF_DAY) - _HALF_DAY for h in (hour % 12, hour % 12 + 12)}
        near = [h for h, step in steps.items() if low <= step <= high]
        return min(near, key=lambda h: (steps[h] < 0, abs(steps[h]))) if near else None

    def _minutes_off(self, word: str) -> int:
        """The minutes "a quarter", "half", "ten" or "20" name before "past" or "to" an hour."""
        return {"a quarter": 15, "quarter": 15, "half": 30}.get(word.lower()) or int(_number(word.lower(), self.vocab) or 0)

    def _dayless_time(self, m: re.Match[str], hour: int, minute: int) -> _Value:
        """A clock time written with no day: on the day the text tells of, or on no day in a clause of what
        happens as a rule ("is updated daily at 4 p.m.", "closes at 5 p.m. on Fridays": XXXX-XX-XXT16:00)."""
        if clause_has(self.text, m.start(), m.end(), grammar().clock_rule_words):  # the habitual words among them
            self.dayless_clock = False  # no day to take from one named after it either
            return _Value("TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", granularity="time")
        minutes = hour * 60 + minute
        if self._opens_entry(m):
            value = self._time(hour, minute, self._entry_day(minutes))
            if value.start is not None:
                self.clock_label = (value.start, minutes, m.end())
        else:
            value = self._time(hour, minute, self.clock_day(m, minutes))
        self.dayless_clock_at = (value.start, minutes, m.end()) if value.start is not None else None
        return value

    def _opens_entry(self, m: re.Match[str]) -> bool:
        """Whether a clock time opens an entry of a live report: first on its line, alone or before a colon or dash."""
        return self.day is not None and (m.start() == 0 or self.text[m.start() - 1] == "\n") and _LABEL_AFTER.match(self.text, m.end()) is not None

    def _entry_day(self, minutes: int) -> date | None:
        """The day of a live report's entry opened at ``minutes``: entries follow each other by less than half a day,
        newest last or newest first, so 23:45 then 00:20 is a day on, 00:20 then 23:45 a day back, 09:30 then 02:10
        the same day; None for the first (the day the text tells of)."""
        if self.clock_label is None:
            return None
        day, at, _ = self.clock_label
        step = minutes - at
        return day + timedelta(days=(step < -_HALF_DAY) - (step > _HALF_DAY))

    def _day_in_entry(self, minutes: int, tense: Tense) -> date | None:
        """The day of a clock time with no day in a live report's entry, opened by its own time with no day named
        since: the entry's day, or the one before for an earlier hour told of the past ("01:05 Exit polls
        published at 10pm"), or after for an earlier one told ahead ("23:45 Results are expected at 2am")."""
        if self.clock_label is None or self.last_date_span[0] > self.clock_label[2] or minutes == _MIDNIGHT:
            return None  # a date named since ends the entry's hold; "shortly after midnight" is read as midnights are
        day, at, _ = self.clock_label
        if tense == "past" and minutes > at:
            return day - timedelta(days=1)
        if tense == "future" and minutes < at:
            return day + timedelta(days=1)
        return day

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
        if _STORY_DAY_AFTER.match(self.text, m.end()):
            return None  # "resumed at 9.30am the next day": the day after it says, counted from the day before the clock
        opened = self.dayless_clock_at
        if opened is not None and self._ends_range(opened[1], opened[2], m, minutes):
            return opened[0] + timedelta(days=minutes < opened[1])  # "between 10pm and 6am": the morning after that night
        after_clock = self._day_after_clock(self.last_clock, m, minutes, tense) if self.last_clock is not None else None
        if after_clock is not None:
            return after_clock
        in_entry = self._day_in_entry(minutes, tense)
        if in_entry is not None:
            return in_entry
        if minutes == _MIDNIGHT and tense == "past" and self.last_day is None and self.day is not None:
            # "The ceasefire took effect at midnight", no day named: the one the publication day began with ("shortly
            # after midnight": as it began, T00:00)
            after = _AFTER_WORD.search(self.text, max(0, m.start() - 8), m.start()) is not None
            return self.day if after else self.day - timedelta(days=1)
        if not self.told_day or self.told_day == self.day:
            if (tense == "past" and minutes >= _EVENING_HOUR * 60 and _MORNING_CLOSES_RANGE.match(self.text, m.end())
                    and self.last_day_end < _sentence_start(self.text, m.start())):
                return self.day - timedelta(days=1)  # "were shot down between 10pm and 6am", no day named: the night that ended today
            return None
        if tense == "past" and self.told_day > self.day:
            # "escaped on Saturday. He is due in court on April 2. Officers were called at 4.17pm": the escape's day,
            # if the story's latest day behind is one of the news days (not "born on June 4, 1950")
            behind = self.story_day_behind
            return behind if behind is not None and (self.day - behind).days <= _NEWS_DAYS else self.day
        if tense == "future" and self.told_day < self.day:
            if grammar().deadline_after.match(self.text, m.end()) and self.last_day_end >= _sentence_start(self.text, m.start()):
                return None  # "passed the bill late Thursday night, hours before a midnight deadline": that day's
            return self.day
        return None

    def _day_after_clock(self, clock: tuple[date, int, int], m: re.Match[str], minutes: int, tense: str | None) -> date | None:
        """The day a clock time with none of its own takes from ``clock``, the latest named with its day (or an
        evening's, on the day the story gave it): the
        range it ends ("between 10 p.m. on Wednesday and 6 a.m.", past midnight if the hour comes round again);
        a morning after that late hour in its sentence, or the small hours in the next; or, told again within
        the hour in a sentence naming no day, that moment ("struck shortly after 11 p.m. on Friday ... The quake
        hit at 11:11 p.m.")."""
        day, at_minutes, named_at = clock
        same_day_just_read = self.last_day == day
        if same_day_just_read and self._ends_range(at_minutes, self.last_day_end, m, minutes):
            return day + timedelta(days=minutes < at_minutes)
        if tense != "past":
            return None
        sentence_start = _sentence_start(self.text, m.start())
        if same_day_just_read and at_minutes >= _EVENING_HOUR * 60:
            if minutes < _NOON and named_at >= sentence_start and self.text[self.last_day_end : m.start()].strip() != "(":
                # (not "1823 GMT (0223 HKT)": the same moment in another zone, as the story's clock tells it)
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

    def _ends_range(self, from_minutes: int, from_end: int, m: re.Match[str], minutes: int) -> bool:
        """Whether the clock time at ``m`` ends a stretch from the one ending at ``from_end``: a range ("between 10pm
        and 6am") or a clause going on from an afternoon's or night's time to a morning's ("starts at 9 p.m. and ends
        at 5 a.m.")."""
        if _CLOCK_RANGE_JOINT.fullmatch(self.text, from_end, m.start()):
            return True
        return from_minutes >= _NOON and minutes < _NOON and _AND_ON_TO_CLOCK.fullmatch(self.text, from_end, m.start()) is not None

    def r_time_of_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        return self._dayless_time(m, *self._clock(g))

    def r_time_24(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "22:45", "22:45 GMT on Wednesday"."""
        before = self.text[max(0, m.start() - 3) : m.start()]
        if re.search(r"\d[:.]?$", before):
            return None
        if m.end() == m.end("mi") and (grammar().clock_of_a_game.match(self.text, m.end()) or self.text.endswith(" in ", 0, m.start())):
            return None  # "with 2:04 remaining", "finished in 2:08": a game's clock or a race's time
        hour, minute = int(g["h"]), int(g["mi"])
        # "07:30" has the day's 24 hours; "10:45 on Monday night" is in the night its weekday names
        part = (g.get("wdpart") or self._part_beside(m) or "").lower() if hour <= 12 and not g["h"].startswith("0") else ""
        after_midnight = hour == 12 and part == "night"  # "Saturday night at 12:40": 00:40, on the day after
        if part:
            hour = 0 if after_midnight else _hour_in_part(hour, part)  # "Monday night at 10:45" 22:45
        elif not g["h"].startswith("0") and hour < 12:
            hour = self._hour_going_on(m, hour, minute) or hour
        value = self._clock_on_weekday(m, g["wd"], hour, minute) if g.get("wd") else self._dayless_time(m, hour, minute)
        if after_midnight and value is not None and value.start is not None and (g.get("wd") or value.start == self.last_day):
            # the weekday's night ("at 12:30 on Monday night") or tonight's ("Tonight at 12:30"), not yet past midnight
            return self._time(hour, minute, day=value.start + timedelta(days=1))
        return value

    def r_time_hhmm(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "0800 GMT", "at 1430 hours"; a bare "2000 hours" is a length of time, not a clock time."""
        if g.get("hours") and not re.search(r"\b(?:at|by|until|till|from|before|after|around|about|since|to)\s+$",
                                            self.text[max(0, m.start() - 8) : m.start()], re.IGNORECASE):
            return None
        if g.get("wd"):  # "2245 GMT Wednesday"
            return self._clock_on_weekday(m, g["wd"], int(g["h"]), int(g["mi"]))
        return self._dayless_time(m, int(g["h"]), int(g["mi"]))

    def r_bare_hour(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """An hour in figures alone ("at 8", "By 9,"): a clock time only beside a part of the day ("tonight at 8"
        20:00) or going on from a clock time just said ("The polls opened at 7 a.m. By 9, long lines had formed" 09:00).

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("The debate starts at 9 p.m. and should end by 11.", "2025-05-21")]
        ['2025-05-21T21:00', '2025-05-21T23:00']
        """
        hour, part = int(g["h"]), self._part_beside(m)
        if part:
            return self._dayless_time(m, _hour_in_part(hour, part), 0)
        if self.said_clock is None or self.said_clock[1] != self.read_before:
            return None  # another time told since ("closed at 8 p.m. Three days later, turnout stood at 9"): no clock to go on from
        going_on = self._hour_going_on(m, hour, 0)
        return None if going_on is None else self._dayless_time(m, going_on, 0)

    def r_hour_in_part_of_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "4 in the morning" is 04:00, "7:30 in the evening" 19:30, "11 at night" 23:00 (but "2 at night" 02:00)."""
        h = _hour_in_part(int(_number(g["h"].lower(), self.vocab) or 0), (g.get("pod") or "night").lower())
        return self._dayless_time(m, h, int(g.get("mi") or 0))

    def r_hours_words_24(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "oh-six-hundred hours" 06:00, "at sixteen hundred hours" 16:00, "at fourteen thirty hours" 14:30: a clock of
        24 hours said in words.

        >>> from kg.timex import find_timexes
        >>> [(t.text, t.value) for t in find_timexes("The raid began at oh-five-thirty hours.", "2025-05-21")]
        [('oh-five-thirty hours', '2025-05-21T05:30')]
        """
        hour = int(_number(g.get("hoh") or g["h"], self.vocab) or 0)
        minute = int(_number(g["mi"].lower().removeprefix("oh").strip(" -"), self.vocab) or 0) if g.get("mi") else 0  # "oh-five" 5
        return self._dayless_time(m, hour, minute) if hour < 24 else None

    def r_hour_words_ap(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "at seven p.m." 19:00, "by eleven a.m." 11:00: an hour written in words, in the half of the day named.

        >>> from kg.timex import find_timexes
        >>> [(t.text, t.value) for t in find_timexes("Polls close at eight p.m.", "2025-05-21")]
        [('eight p.m.', '2025-05-21T20:00')]
        """
        h = int(_number(g["h"].lower(), self.vocab) or 0) % 12 + (12 if g["ap"].lower().startswith("p") else 0)
        return self._dayless_time(m, h, 0)

    def r_clock_words(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "at half past ten" 10:30, "by a quarter to five" 04:45, "at ten o'clock on Friday", "at twenty to nine in
        the evening" 20:40: the hour as "9 in the morning" reads it (an hour up to six with no part of the day
        named is the afternoon's: "at half past three" 15:30), moved by the minutes before it.

        >>> from kg.timex import find_timexes
        >>> [(t.text, t.value) for t in find_timexes("It began at a quarter to nine in the evening on Friday.", "2025-05-21")]
        [('a quarter to nine in the evening on Friday', '2025-05-16T20:45')]
        """
        h = int(_number((g.get("h") or g["oh"]).lower(), self.vocab) or 0)
        pod = (g.get("pod") or g.get("night") or g.get("pod2") or self._part_beside(m) or "").lower()
        if pod:
            h = _hour_in_part(h, pod)
        elif 1 <= h <= _AFTERNOON_HOURS_UNSAID:
            h += 12  # "at half past three", no part of the day said: the afternoon's, as the waking day has it
        minutes = self._minutes_off(g["off"]) if g.get("off") else 0
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
            if h == 12 and words[-1] in ("morning", "night", "tonight"):
                # "at 12:30 this morning" 00:30; "at 12:30 tonight" past midnight, on the day after
                h, shift = 0, shift + (words[-1] != "morning")
        elif g.get("hb"):
            hour = int(_number(g["hb"].lower(), self.vocab) or 0)  # "at 8 tonight", "at eight tonight"
            h, mi = hour % 12 + (0 if words[-1] == "morning" else 12), int(g.get("mib") or 0)
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
