"""Rules for dates and calendar periods named outright: "March 19", "in March", "the December quarter"
(seasons are in seasons.py; quarters by number in quarters.py; years, decades and centuries in years.py).

>>> from kg.timex import find_timexes
>>> [(t.text, t.value) for t in find_timexes("Sales fell in the December quarter and in January.", "2013-03-22")]
[('the December quarter', '2012-Q4'), ('January', '2013-01')]
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from .context import (
    _NAME_AFTER,
    _TIME_WORD_BEFORE,
    _abbreviation,
    _sentence_of,
    habitual,
    in_headline,
    labels_a_line,
    told_next,
    writes_day_first,
)
from .grammar import _DIGIT, _SENTENCE_END, _named_day_noun, _range_end_month, _spoken_year, grammar
from .resolver import _HAD_BEFORE
from .seasons import _MAY_BEFORE, _MONTH_BEFORE, _SUPERLATIVE_BEFORE, SeasonRules
from .values import (
    _month_year,
    _safe_date,
    _unit_shift,
    _Value,
    _with_mod,
    add_months,
    day_value,
    half_value,
    month_value,
    quarter_value,
    week_value,
    weekend_value,
    year_value,
)

# "May" is also a month after these words (those before it always are in seasons.py's _MAY_BEFORE), unless the
# story calls someone May ("support for May")
_MAY_BEFORE_UNLESS_NAMED = ("for", "around")
_RANGE_TO_LAST_DAY = re.compile(r"(?: ?[-\u2013] ?| to | and | or | through )(?:the )?")
_DAY_OF_MONTH = re.compile(r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?(?P<month>[A-Z][a-z]+)\b\.?(?:,? (?P<y>1[89]\d\d|20\d\d)\b)?")
_MID_MONTH = 15  # the day a month alone is taken at, to find the one nearest a story's day
_ORDINAL_DAY = re.compile(r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?! of)|(?P<dw>[a-z]+(?:-[a-z]+)?)\b(?! of)")  # "the 20th", "the twentieth"
_WORD_BEFORE_MAY = re.compile(r"\b([A-Z][a-z]+)\.? May\b")
_DIGIT_AFTER = re.compile(r"\.?,? ?\d")
_RECORD_AFTER = re.compile(r" (?:since|on record|in \d|for \d|ever)\b")  # "the hottest May since 1910", "the wettest May on record"
_NTH_MONTHS = 14  # months either side of publication to look in for "Friday the 13th" (one comes round within 14)
_FIGURES_LAG = 2  # months: figures to come of a month at most this far behind publication are that month's
_RANGE_RUNNING_ON = 1  # months: a range told of the past may end this far after publication ("ran between December and February", told in January)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)  # "between October and March": a range
_YEAR_CLOSING = re.compile(r",? (1[89]\d\d|20\d\d)\b(?![,.]?\d)")  # "March and June 2024": the year both months are in


@lru_cache(maxsize=1)
def _date_in_name() -> re.Pattern[str]:
    """What follows a month and day that opens a name: up to two capitalised words, then a noun of a movement,
    group or place ("April 6 Youth Movement", "May 4th Movement", "July 26 Square")."""
    nouns = "|".join(sorted(grammar().vocab["date_name_nouns"], key=len, reverse=True))
    return re.compile(r"(?:st|nd|rd|th)?(?: (?-i:[A-Z][a-z]+)){0,2} (?-i:" + nouns + r")\b")


class DateRules(SeasonRules):
    """The rules for dates and calendar periods named outright."""

    # -- absolute dates
    def r_iso_date(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "2013-03-14", and with its clock time "2013-03-14 10:32:01" or "2013-03-14T10:32Z": one time, to the second.

        >>> from kg.timex import find_timexes
        >>> [(t.text, t.value) for t in find_timexes("Posted 2013-03-14 10:32:01 and 2013-03-15.", None)]
        [('2013-03-14 10:32:01', '2013-03-14T10:32:01'), ('2013-03-15', '2013-03-15')]
        """
        try:
            day = date(int(g["y"]), int(g["m"]), int(g["d"]))
        except ValueError:
            return None
        if not g.get("h"):
            return day_value(day)
        return day_value(day, "TIME", f"T{g['h']}:{g['mi']}" + (f":{g['s']}" if g.get("s") else ""))

    def r_numeric_date(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        first = int(g["a"])
        if g.get("dm"):  # 20.05.2025
            d, month, y = first, int(g["dm"]), self.year_of(g["dy"])
        else:
            second = int(g.get("b") or g["hb"])  # "03/12/2026", "03-12-2026"
            y = self.year_of(g.get("y") or g["hy"])
            # "03/12/2026" is 3 December in a text that writes days first, or where that is the publication day
            publication_day_first = y is not None and self.day is not None and _safe_date(y, second, first) == self.day
            day_first = first > 12 or second <= 12 and (writes_day_first(self.text) or publication_day_first)
            month, d = (second, first) if day_first else (first, second)
        dd = _safe_date(y, month, d) if y else None
        return day_value(dd) if dd else None

    def named_day(self, month: int, d: int) -> _Value | None:
        """The day that names an event, in the event's year (data/timex.yaml: named_days); None for other days."""
        year = self.vocab["named_days"].get(f"{month}/{d}")
        day = _safe_date(year, month, d) if year else None
        return day_value(day) if day else None

    def r_named_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "9/11": a day that names an event, written as a date alone."""
        return self.named_day(int(g["m"]), int(g["d"]))

    def r_month_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        if not g.get("y") and _date_in_name().match(self.text, m.end()) and not _TIME_WORD_BEFORE.search(self.text, max(0, m.start() - 12), m.start()):
            self.name_end = m.end()  # "the April 6 Youth Movement", "the May 4th Movement": a name's words
            return None
        if not g.get("y") and _named_day_noun().match(self.text, m.end()):
            named = self.named_day(self.vocab["months"][g["month"].lower().rstrip(".")], int(g["d"]))
            if named:
                return named  # "the Sept. 11 attacks": the day the event is named for
        v = self.month_day(g, m)
        return _with_mod(v, g.get("mod")) if v else None

    def r_day_month(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        if m.start("month") >= m.end():
            first = self._first_day_of_range(m, int(g["d"]))
            if first is not None:
                return day_value(first)
        return self.month_day(g, m)

    def _first_day_of_range(self, m: re.Match[str], d: int) -> date | None:
        """The first day of "12 and 14 March", "3-5 February": in the month and year its last day is read in,
        or the month before where the first comes later in the month ("30 March to 2 April" is written whole).

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("The fair is held between 12 and 14 March.", "2026-12-07", lambda s, e: "future")]
        ['2027-03-12', '2027-03-14']
        """
        joint = _RANGE_TO_LAST_DAY.match(self.text, m.end())
        last_m = _DAY_OF_MONTH.match(self.text, joint.end()) if joint else None
        last = self.month_day(last_m.groupdict(), last_m) if last_m else None
        if last is None or last.start is None:
            return None
        if d > last.start.day:
            return _safe_date(*add_months(last.start.year, last.start.month, -1), d)
        return _safe_date(last.start.year, last.start.month, d)

    def r_day_month_words(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the fifth of September", "September the fifth": the day written as an ordinal word (with its year in
        words, as a transcript has it: "January twenty-first, nineteen ninety-one")."""
        word = (g.get("dw") or g["dw2"]).lower()
        month = g.get("month") or g["month2"]
        if (g.get("dw") or g["dw2"])[0].isupper() and (f"{word} of {month.lower()}" in self.vocab["holidays"]
                                                        or _NAME_AFTER.match(self.text, m.end())):
            return None  # "the Fourth of July": the holiday's name; "the Fifth of May Society": a name's words
        spoken = _spoken_year(g["ys"], self.vocab["numbers"]) if g.get("ys") else None
        year = g.get("y") or (str(spoken) if spoken else "")
        return self.month_day({"month": month, "d": str(self.vocab["day_ordinals"][word]), "y": year}, m)

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
        the one before it when the clause looks back past the publication day (or after it, ahead); "on the
        14th of next month": that month's.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("Talks ended on the 12th without a deal, and resume on the 3rd of next month.", "2026-11-27")]
        ['2026-11-12', '2026-12-03']
        """
        d, rel = self._day_number(g.get("d") or g["dw"]), g.get("rel") or g.get("rel2")
        if d is None:
            return None
        if rel and self.day is not None:  # "on the 12th of this month", "from the 3rd to the 18th of next month"
            y, month = add_months(self.day.year, self.day.month, {"last": -1, "this": 0, "next": 1}[rel.lower()])
        elif self.last_date is not None:
            y, month = self.last_date.year, self.last_date.month
        elif self.day is not None:
            y, month = self.day.year, self.day.month
            tense = self.tense_hint(m.start(), m.end())
            if tense == "past" and d > self.day.day:
                y, month = add_months(y, month, -1)
            elif tense == "future" and d < self.day.day and not (self._range_runs_past(m, self.day.day)
                    and not self.future_word_before(m)):
                y, month = add_months(y, month, 1)  # not "Applications are open from the 1st to the 20th", told on the 14th
        else:
            return None
        dd = _safe_date(y, month, d)
        return day_value(dd) if dd else None

    def r_day_of_month_words(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "on the twentieth": a day of the month in words, read as "on the 20th" is.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("The talks began on the fifteenth.", "2026-11-27")]
        ['2026-11-15']
        """
        before = self.text[max(0, m.start() - 30) : m.start()].split()
        if before and before[-1].lower() in ("to", "through", "and") and self._day_number(before[-2] if len(before) > 1 else "") is None:
            return None  # "from the fourth to the tenth" ends a range of days; "promoted to the third" names none
        return self.r_day_of_month(m, g)

    def _day_number(self, word: str) -> int | None:
        """The day of the month an ordinal or a number names: "20th", "twentieth", "20" are 20; None for another word.

        >>> from kg.timex import _Resolver
        >>> from kg.timex.values import Anchor
        >>> r = _Resolver("", Anchor.parse("2026-11-27"), lambda s, e: None)
        >>> r._day_number("20th"), r._day_number("Twentieth"), r._day_number("ballot")
        (20, 20, None)
        """
        found = _ORDINAL_DAY.fullmatch(word.lower())
        if found is None:
            return int(word) if word.isdigit() else None
        return int(found["d"]) if found["d"] else self.vocab["day_ordinals"].get(found["dw"])

    def _range_runs_past(self, m: re.Match[str], day: int) -> bool:
        """Whether the range "from the 1st to the 20th" that ``m`` opens ends on or after the ``day`` of the month."""
        joint = _RANGE_TO_LAST_DAY.match(self.text, m.end())
        last = _ORDINAL_DAY.match(self.text, joint.end()) if joint and joint.group().removesuffix("the ").strip(" -\u2013") in ("to", "through", "") else None
        last_day = self._day_number(last.group()) if last is not None else None
        return last_day is not None and last_day >= day

    def r_weekday_nth(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "Friday the 27th", "Sunday 12th": the 27th of the month near publication in which it is a Friday, on the
        side the clause points to (the nearer where it does not say).

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("The vote is on Friday the 27th.", "2026-11-18")]
        ['2026-11-27']
        """
        today = self.day
        if today is None:
            return None
        wd, d, tense = self.vocab["weekdays"][g["wd"].lower().rstrip(".")], int(g["d"]), self.tense_hint(m.start(), m.end())
        # "Sunday 12th" with no "the" may be a place ("finished Sunday 12th"): only a month either side, where it is a date
        reach = _NTH_MONTHS if g.get("the") else 1
        days = [c for k in range(-reach, reach + 1) if (c := _safe_date(*add_months(today.year, today.month, k), d))
                and c.isoweekday() == wd]
        days = [c for c in days if (c <= today if tense == "past" else c >= today if tense == "future" else True)] or days
        return day_value(min(days, key=lambda c: abs((c - today).days))) if days else None

    def r_weekday_date(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "Tuesday, May 20" and "Tuesday 20 May": the date (the weekday only confirms it)."""
        return self.month_day({"month": g["month"] or g["month2"], "d": g["d"] or g["d2"], "y": g["y"]}, m)

    def r_month_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        month = self.vocab["months"][g["month"].lower().rstrip(".")]
        y = self.named_year(g)
        naming = self.text.endswith("the ", 0, m.start()) and grammar().noun_after.match(self.text, m.end()) is not None
        if y is not None and self.day is not None and y < self.day.year and not naming:  # not "the August 1988 cease-fire"
            self.months_with_year[month] = y
        return _with_mod(month_value(y, month), g.get("mod")) if y else None

    def r_month(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        word = g["month"].lower()
        if word == "may" and not self._may_is_month(m):
            return None
        if not g.get("rel") and self._first_name(m):
            return None
        if _abbreviation(word) and not m.group(0).endswith("."):
            return None  # a bare abbreviation ("Jan", "Dec") without its full stop is rarely a month
        if word in self.vocab["month_nouns"] and re.match(r" (?:for|of|on|against) (?:the )?[A-Z]", self.text[m.end() : m.end() + 16]):
            return None  # "the March for Life", "the March on Washington": a march's name
        month = self.vocab["months"][word]
        if not self.day:
            return _Value("DATE", f"XXXX-{month:02d}", granularity="month")
        if (g.get("rel") or "").lower() in ("the following ", "the previous "):  # "arrested in 2024 and convicted the following March"
            if grammar().noun_after.match(self.text, m.end()):
                return None  # "the previous September record": the record's word, no month of the story
            after = g["rel"].lower() == "the following "
            base = self.base_of_following(after)
            return month_value(base.year + (month <= base.month) if after else base.year - (month >= base.month), month)
        # "rel" is e.g. "last", "early", "late last", "the end of": a direction and/or a part of the month
        words = (g.get("rel") or "").strip().lower().split()
        direction = next((w for w in words if w in ("this", "last", "next")), "")
        part = " ".join(w for w in words if w not in ("this", "last", "next")) or None
        if not direction and habitual(self.text, m.start(), m.end()):
            return _with_mod(_Value("DATE", f"XXXX-{month:02d}", granularity="month"), part)  # "the rains usually start in May"
        closing_year = self.year_closing_pair(m, month) if not direction else None
        if closing_year is not None:
            return _with_mod(month_value(closing_year, month), part)
        paired = self.month_before_in_pair(m.start())
        if paired is not None and not direction:  # "between October and February": the February after that October
            y = paired.year + (month < paired.month)
            if _months_ahead(self.day, y, month) <= _RANGE_RUNNING_ON or self.tense_hint(m.start(), m.end()) != "past":
                return _with_mod(month_value(y, month), part)
            # "Storms hit in October and March", told in November: two months behind, not a March to come
        tense = self.tense_hint(m.start(), m.end())
        if not direction and self.after_superlative(m):  # "the wettest November": one that has come, or one very near
            tense = "past" if tense != "future" else None  # "It follows the wettest November"; "expect the busiest December"
        told = (self.season_scene_year(m, month) or self.year_the_sentence_sets(m, month) or self.year_told_of(m, tense, month)
                or self.chronicle_year(m, month)) if not direction else None
        if told is None and not direction and _HAD_BEFORE.search(_sentence_of(self.text, m.start())):
            # "resigned on Dec. 25, 1991. A coup in August had hastened the end": the past perfect looks back from the
            # story's day (a month in the simple past more often returns to the news)
            storied = self.day_in_story_year(m, month, _MID_MONTH, tense)
            told = storied.year if storied is not None else None
        if told is not None:  # "began on Nov. 4, 2010, and ended in June": that June after it
            return _with_mod(month_value(told, month), part)
        reported = self.reported_from(m) if tense == "future" and not direction else None
        end_month = self.range_end_month(m) if tense in ("past", "future") and not direction and not reported else None
        ended = end_month is not None and tense == "past"
        # "Between March and May, output will rise", told in April: the range running now
        running = end_month is not None and tense == "future" and (self.day.month - month) % 12 <= (end_month - month) % 12
        if tense == "future" and not direction and not reported and (running or self.figures_of_month_just_ended(m, month)):
            tense = "past"  # "is expected to show inflation slowing to 3.4 percent in May", told in June: May's figures
        y = _month_year(reported or self.day, month, tense, direction)
        if ended and end_month is not None and _months_ahead(self.day, y + (end_month < month), end_month) > _RANGE_RUNNING_ON:
            y -= 1  # "between October and March", told of the past in November: the range that ended in March
        if (not direction and self.months_named.get(month) == y - 1 == self.day.year and month < self.day.month
                and not grammar().released_in.search(self.text, max(0, m.start() - 24), m.start())):  # not "will be released in mid-January"
            y -= 1  # "prices rose in February ... figures will show a rise in February": the one the story named, not next year's
        if not direction and tense == "future" and self._follows_month_ahead(m, y, month):
            y += 1  # "will resign in December and leave in January", told in January: the January after that December
        if not direction:
            self.months_named[month] = y
        return _with_mod(month_value(y, month), part)

    def _follows_month_ahead(self, m: re.Match[str], y: int, month: int) -> bool:
        """Whether this month, read as in ``y``, comes before a month ahead named earlier in its sentence that it
        follows, joined by "and" or "then": what is told next happens next.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("He will resign in December and leave in January.", "2026-01-10", lambda s, e: "future")]
        ['2026-12', '2027-01']
        """
        if self.last_month is None or self.day is None:
            return False
        end, before = self.last_month
        between = self.text[end : m.start()]
        return (before >= self.day.replace(day=1) and (y, month) < (before.year, before.month) and told_next(between)
                and _SENTENCE_END.search(self.text, end, m.start()) is None)

    def figures_of_month_just_ended(self, m: re.Match[str], month: int) -> bool:
        """Whether a month told of ahead is one just ended whose figures are to come: a month or two before
        publication's, in a sentence of figures ("is expected to show inflation slowing to 3.4 percent in May",
        told in June). A year ahead would be "next May"."""
        behind = ((self.day.month - month) % 12) if self.day else 0
        if not 0 < behind <= _FIGURES_LAG or grammar().released_in.search(self.text, max(0, m.start() - 24), m.start()):
            return False
        sentence = _sentence_of(self.text, m.start())  # figures: a number in a sentence of money ("to 3.4 percent in May"), or named so
        if grammar().results_words.search(sentence):
            return True  # "sales figures due on Thursday are expected to show a rise in February"
        return _DIGIT.search(sentence) is not None and grammar().money_words.search(sentence) is not None

    def year_closing_pair(self, m: re.Match[str], month: int) -> int | None:
        """The year written after the month that closes a pair or range with this one: "between March and June
        2024" is March 2024, "from October to February 2025" October 2024.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("It ran from October to February 2025.", "2026-12-05")]
        ['2024-10', '2025-02']
        """
        after = _range_end_month().match(self.text, m.end())
        year = _YEAR_CLOSING.match(self.text, after.end()) if after is not None else None
        if year is None:
            return None
        end_month = self.range_end_month(m)  # None for a pair ("in October and February 2025"), whose months share the year
        return int(year.group(1)) - (end_month is not None and end_month < month)

    def range_end_month(self, m: re.Match[str]) -> int | None:
        """The month that closes a range this one opens ("October to March", "between October and March"):
        a range told of the past ended by publication, so it is dated from its end. None for a pair of
        months ("in October and March"), each of which is dated alone."""
        after = _range_end_month().match(self.text, m.end())
        if after is None:
            return None
        if (after.group("joint") or "").lower() == "and" and not _BETWEEN_BEFORE.search(self.text, max(0, m.start() - 20), m.start()):
            return None
        return int(self.vocab["months"][after.group("month").lower().rstrip(".")])

    def r_month_of_rel_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "August last year", "January of this year": that month of the year named."""
        month = self.vocab["months"][g["month"].lower().rstrip(".")]
        y = self.year_of(g["rel"].lower() + " year")
        if y is None:
            return None
        return _with_mod(month_value(y, month), g.get("mod"))

    def r_day_of_period(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the first day of next month", "the last day of the year", "the first of next month", "the second of this
        month": that day; "the first of the month", that of the month told of, or of every month where it is a rule.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("Rent is usually due on the first of the month.", "2026-03-18")]
        ['XXXX-XX-01']
        """
        if not self.day:
            return None
        shifts = {"this": 0, "next": 1, "last": -1, "the next": 1, "the following": 1, "the previous": -1}
        if (g.get("rel2") or "").lower() == "the":
            if habitual(self.text, m.start(), m.end()):
                nth = self.vocab["day_ordinals"].get(g["ord2"].lower())
                return _Value("DATE", f"XXXX-XX-{nth:02d}" if nth else "XXXX-XX", granularity="day")
            period = _unit_shift(self.story_time_before(m, "M") or self.counted_from("M") or self.day, "M", 0)
        elif g.get("rel2"):
            period = _unit_shift(self.day, "M", shifts[g["rel2"].lower()])
        elif g.get("month"):
            period = self.r_month_year(m, g) if g.get("y") else self.r_month(m, {"month": g["month"]})
        elif g.get("yy"):
            period = year_value(int(g["yy"]))
        else:
            unit = "M" if g["unit"].lower() == "month" else "Y"
            if g["rel"].lower() == "the":  # "the last day of the year": the story's year ("killed in 2009 ... by the end of the year")
                period = _unit_shift(self.story_time_before(m, unit) or self.day, unit, 0)
            else:
                period = _unit_shift(self.day, unit, shifts[g["rel"].lower()])
        if period is None or period.start is None or period.end is None:
            return None
        ordinal = (g.get("ord") or g.get("ord2") or "").lower()
        if ordinal in ("last", "final"):
            return day_value(period.end)
        day = period.start + timedelta(days=self.vocab["day_ordinals"][ordinal] - 1)  # "the second of this month"
        return day_value(day) if day <= period.end else None

    def r_weekday_of_month(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the first Tuesday of November": that day of the month named; "the second Tuesday of every month" a day
        each month (SET P1M, as "every month")."""
        if g.get("every"):
            return _Value("SET", "P1M")
        day = self._nth_weekday_of_month(m, g, self.vocab["weekdays"][g["wd"].lower()])
        return day_value(day) if day else None

    def r_week_of_month(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the second week of May": the ISO week holding that week's Thursday (the last week: the
        week of the month's last Thursday); "the second week of next month" too. "The third weekend of May"
        is the one of the month's third Saturday.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("The race is on the first weekend of August.", "2026-06-10")]
        ['2026-W31-WE']
        """
        if g.get("unit") == "weekend":
            saturday = self._nth_weekday_of_month(m, g, 6)
            return weekend_value(saturday) if saturday else None
        thursday = self._nth_weekday_of_month(m, g, 4)
        return week_value(thursday) if thursday else None

    def _nth_weekday_of_month(self, m: re.Match[str], g: dict[str, str], weekday: int) -> date | None:
        """The ``g["ord"]`` (first ... fourth, last) ``weekday`` of the month ``g`` names: a month, with or without
        its year, or this, next or last month."""
        if g.get("rel"):
            month_v = _unit_shift(self.day, "M", {"this": 0, "next": 1, "last": -1}[g["rel"].lower()]) if self.day else None
        else:
            month_v = self.r_month_year(m, g) if g.get("y") else self.r_month(m, {"month": g["month"]})
        if month_v is None or month_v.start is None or month_v.end is None:
            return None
        days = [month_v.start + timedelta(days=k) for k in range((month_v.end - month_v.start).days + 1)
                if (month_v.start + timedelta(days=k)).isoweekday() == weekday]
        ordinal = g["ord"].lower()
        return days[-1 if ordinal in ("last", "final") else self.vocab["ordinals"][ordinal] - 1]

    def _first_name(self, m: re.Match[str]) -> bool:
        """Whether a month alone is a person's first name: a capitalised word right after it, and before it
        no word that makes it a time ("asked April Ryan"; not "in April Congress voted", "the June Senate vote").

        >>> from kg.timex import _Resolver
        >>> r = _Resolver("They asked April Ryan; in April Congress voted.", None, lambda s, e: None)
        >>> r._first_name(re.search("(?P<month>April) R", r.text)), r._first_name(re.search("(?P<month>April) C", r.text))
        (True, False)
        """
        if m.start("month") < 0:
            return False  # no month written: "the holiday quarter"
        before = self.text[max(0, m.start("month") - 12) : m.start("month")].lower().replace("-", " ").split()
        if before and before[-1].strip(",") in _MONTH_BEFORE:
            return False
        return _NAME_AFTER.match(self.text, m.end("month")) is not None and not in_headline(self.text, m.start())

    def _may_is_month(self, m: re.Match[str]) -> bool:
        before = self.text[max(0, m.start("month") - 12) : m.start("month")].lower().replace("-", " ").split()
        after = self.text[m.end() : m.end() + 6]
        if len(before) >= 2 and before[-1] in ("and", "or") and before[-2].strip(".,") in self.vocab["months"]:
            return True  # "between March and May"
        if before and before[-1].endswith(",") and before[-1].strip(".,") in self.vocab["months"]:
            return True  # "in February, May, August and November": a list of months
        if (m.groupdict().get("rel") or "").strip().lower() in ("the following", "the previous"):
            return True  # "ended the following May"
        if _SUPERLATIVE_BEFORE.search(self.text, max(0, m.start("month") - 20), m.start("month")) and _RECORD_AFTER.match(self.text, m.end()):
            return True  # "the hottest May since records began": a month set against others
        if _range_end_month().match(self.text, m.end()) or labels_a_line(self.text, m.start(), m.end()):
            return True  # "between May and July", "from May to July", a timeline's "May: ..."
        if before and before[-1] in _MAY_BEFORE_UNLESS_NAMED or grammar().month_figures_after.match(self.text, m.end()):
            return not self._may_is_a_name()  # "a cut for May", "the May jobs report", unless the story tells of "Theresa May"
        return bool((before and before[-1] in _MAY_BEFORE) or re.match(r"\.?,? ?\d", after))

    def _may_is_a_name(self) -> bool:
        """Whether the story calls someone May: a capitalised word before "May" that makes it no time.

        >>> from kg.timex import _Resolver
        >>> _Resolver("Mrs May spoke. Support for May fell.", None, lambda s, e: None)._may_is_a_name()
        True
        >>> _Resolver("In May prices rose. A cut for May is priced in.", None, lambda s, e: None)._may_is_a_name()
        False
        """
        for found in _WORD_BEFORE_MAY.finditer(self.text):
            if self._names_a_thing(found.group(1)) and not _DIGIT_AFTER.match(self.text, found.end()):
                return True
        return False

    def r_month_quarter(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the December quarter": the quarter that holds that month, in the year a month alone would be in.
        "the October-December period": the quarter (or half) those months make up; no other span of months."""
        if g.get("holiday"):
            if g["noun"].lower() != "quarter":
                return None
            g = {**g, "month": "December"}  # "the holiday quarter": the one of the Christmas season
        last = self.vocab["months"][g["month"].lower().rstrip(".")]
        q = (last - 1) // 3 + 1
        half = None
        if g["noun"].lower() == "period":
            first = self.vocab["months"][g["first"].lower().rstrip(".")] if g.get("first") else 0
            if last - first == 5 and last in (6, 12):
                half = last // 6
            elif last - first != 2 or last % 3:
                return None
        month = self.r_month(m, {"month": calendar.month_name[last]})  # "the Dec. quarter": the month, whole
        if month is None:
            return None
        if half:
            return half_value(month.start.year, half) if month.start else _Value("DATE", f"XXXX-H{half}", granularity="half")
        return quarter_value(month.start.year, q) if month.start else _Value("DATE", f"XXXX-Q{q}", granularity="quarter")


def _months_ahead(day: date, year: int, month: int) -> int:
    """How many months ``year``-``month`` lies after ``day``'s month (negative: before it).

    >>> _months_ahead(date(2024, 11, 24), 2025, 3)
    4
    """
    return (year - day.year) * 12 + month - day.month
