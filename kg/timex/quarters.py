"""Rules for quarters and halves: "the fourth quarter", "fiscal third-quarter", "the three months ended
Feb. 28", "Q3", "the first half", and the quarter a results story reports.

>>> from kg.timex import find_timexes
>>> [(t.text, t.value) for t in find_timexes("Profit fell in the fourth quarter.", "2013-03-22")]
[('the fourth quarter', '2012-Q4')]
"""

from __future__ import annotations

import re
from datetime import date

from .context import Tense, _sentence_around, _sentence_start, habitual, of_a_game
from .grammar import _period_end_after, grammar
from .resolver import ResolverBase
from .values import _unit_shift, _Value, _with_mod, add_months, half_value, quarter_value, week_value, year_value
from .years import fiscal_label_year

_STILL_RUNNING_AFTER = re.compile(r" (?:ends|will end|is ending|closes|will close|draws to a close)\b")  # "the quarter ends on Monday"
_QUARTER_TO_MONTH = re.compile(r"(?:,? (?:which|that))? (?P<verb>ended|ending|ends|through|to) (?:(?:in|on) )?(?P<month>[A-Z][a-z]+)\b\.?(?: [0-3]?\d\b)?")
def _quarter_closed_by(year: int, month: int) -> _Value:
    """The calendar quarter holding most of the three months that end with ``month``: the one holding the month
    before it (December to February is mostly the first quarter).

    >>> _quarter_closed_by(2013, 2).value, _quarter_closed_by(2013, 1).value, _quarter_closed_by(2013, 9).value
    ('2013-Q1', '2012-Q4', '2013-Q3')
    """
    y, middle = add_months(year, month, -1)
    return quarter_value(y, (middle - 1) // 3 + 1)


_QUARTERS_GONE = 2  # a quarter this many or more behind the current one, told of as to come, is next year's


class QuarterRules(ResolverBase):
    """The rules for quarters and halves of a year."""

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
        if ord_word and not (y or rel or g.get("word")) and of_a_game(self.text, m.start(), m.end()):
            return None  # "trailed by 17 points in the third quarter": a part of the game
        if ord_word and not (y or rel) and habitual(self.text, m.start(), m.end()):
            return _Value("SET", f"XXXX-Q{self.vocab['ordinals'][ord_word]}")  # "usually conducted in the second quarter"
        if ord_word:
            q = self.vocab["ordinals"][ord_word]
            if y is None and ended is not None:
                y = self.period_end_year(ended)  # "the fiscal third quarter ended Feb. 28": a quarter of that year
            if y is None and not rel and not g.get("word"):
                y = self.year_the_sentence_sets(m)  # "In 2019, sales fell in the third quarter"
            if y is None:
                y = self.day.year
                if rel.startswith("last year") or rel in ("year-earlier", "year-ago"):
                    y -= 1
                elif rel.startswith("next"):
                    y += 1
                elif not rel.startswith("this") and q > current_q and not g.get("word") and (
                        self.tense_hint(m.start(), m.end()) != "future" or (q - current_q) % 4 == 3 and grammar().results_after.match(self.text, m.end())):
                    # "the third quarter" told in March is last year's; a "fiscal" one is named by its year to come; results
                    # to be reported of the quarter just ended are of that one ("will report fourth-quarter results" in January)
                    y -= 1
                elif (not rel.startswith("this") and current_q - q >= _QUARTERS_GONE and not g.get("word")
                        and self.tense_hint(m.start(), m.end()) == "future" and not grammar().results_after.match(self.text, m.end())):
                    y += 1  # "will close the plant by the end of the first quarter", told in December: next year's
            return quarter_value(y, q)
        if not rel and not y:
            rel = "the"
        if rel in ("this", "current"):
            return self.quarter_now(m, rel)
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
        to_month = _QUARTER_TO_MONTH.match(self.text, m.end()) if rel in ("the", "latest") and not ord_word else None
        if to_month is not None and to_month["month"].lower() in self.vocab["months"]:
            # "the quarter ending in September", "the quarter through June": the one that month closes
            tense = "past" if to_month["verb"].lower() == "ended" else self.tense_hint(m.start(), to_month.end())
            return self.quarter_to_month(self.vocab["months"][to_month["month"].lower().rstrip(".")], tense)
        if rel == "the" and _STILL_RUNNING_AFTER.match(self.text, m.end()):
            return self.quarter_now(m, "this")  # "The quarter ends on Monday": the one running now
        reported = self.reporting_quarter()
        if rel in ("previous", "prior", "preceding"):
            # "the previous quarter": the one before a quarter its sentence named ("expects first-quarter earnings to fall
            # from the previous quarter"), else before the quarter the story reports, or else the last completed one
            named = self.quarter_named
            if named is not None and named[0] >= _sentence_start(self.text, m.start()):
                return _unit_shift(named[1], "Q", -1)
            return _unit_shift(reported, "Q", -1) if reported is not None else _unit_shift(self.day, "Q", -1)
        if rel == "the" and reported is not None and self.fiscal_quarter:
            return quarter_value(reported.year, (reported.month - 1) // 3 + 1)  # "in the fiscal first quarter ... in the quarter"
        # "the quarter", "the latest quarter", "last quarter": the last completed one
        return _unit_shift(self.day, "Q", -1)

    def quarter_now(self, m: re.Match[str], rel: str) -> _Value | None:
        """ "This quarter", "the current quarter": the calendar quarter of publication, but read against the
        quarter a results story reports on. A fiscal quarter reported as over while its calendar quarter runs
        is not the current one: the next is ("net income fell in its fiscal first quarter, which ended March 2
        ... revenue for the current quarter"). Results of "this quarter" told as done are the reported quarter's
        ("This quarter's loss includes charges")."""
        calendar_quarter = _unit_shift(self.day, "Q", 0) if self.day else None
        reported = self.reporting_quarter()
        if calendar_quarter is None or calendar_quarter.start is None or reported is None:
            return calendar_quarter
        if rel == "current" and reported == calendar_quarter.start:
            return _unit_shift(reported, "Q", 1)
        if (rel == "this" and reported < calendar_quarter.start and self.text.startswith("'s", m.end())
                and self.tense_hint(m.start(), m.end()) != "future"):
            return quarter_value(reported.year, (reported.month - 1) // 3 + 1)
        return calendar_quarter

    def quarter_to_month(self, month: int, tense: Tense) -> _Value | None:
        """The quarter whose three months end with ``month`` (mostly the calendar quarter of the month before it), in
        the year of such a month the way the clause points (a quarter that "ended" is behind), else the nearer.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("Profit for the quarter ending in September will rise.", "2013-08-07")]
        ['2013-Q3', '2013-09']
        """
        assert self.day is not None
        ahead = (month - self.day.month) % 12
        forward = tense == "future" or tense != "past" and ahead <= 6
        return _quarter_closed_by(self.day.year + (month < self.day.month) if forward else self.day.year - (month > self.day.month), month)

    def quarter_ended(self, ended: re.Match[str]) -> _Value | None:
        """ "the quarter ended Feb. 28": the calendar quarter holding most of its three months, so the one
        holding the month before the last (December to February is mostly the first quarter)."""
        return _quarter_closed_by(self.period_end_year(ended), self.vocab["months"][ended["month"].lower()])

    def period_end_year(self, ended: re.Match[str]) -> int:
        """The year of the day a period "ended" (behind the publication day) or is "ending" (ahead of it)."""
        assert self.day is not None
        month, d = self.vocab["months"][ended["month"].lower()], int(ended["d"])
        if ended["y"]:
            return int(ended["y"])
        later, earlier = (month, d) > (self.day.month, self.day.day), (month, d) < (self.day.month, self.day.day)
        if ended["verb"].lower() == "ending":  # "ending" tells no direction of its own: the clause's, else the nearer
            tense = self.tense_hint(ended.start("verb"), ended.end())
            if tense not in ("past", "future"):
                gap = (date(self.day.year, month, min(d, 28)) - self.day).days
                return self.day.year - (gap > 182) + (gap < -182)
            past = tense == "past"
        else:
            past = ended["verb"].lower() == "ended"
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

    def r_quarters_pair(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the second and third quarters of 2012": each quarter, in the year named after the second."""
        return self.r_quarter(m, {"ord": g["ord"], "y": g.get("y") or ""})

    def r_ordinal_quarter_adj(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        fiscal = m.group(0)[:6].lower() == "fiscal"
        return self.r_quarter(m, {"ord": g["ord"], "word": "fiscal" if fiscal else ""})

    def r_quarter_code(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "Q3", "Q1 2025", "H1 2025", "2Q", "1H 2026", "1H26", "Q3 '26", "Q3FY26": a quarter or half, read as "the third quarter" or "the
        first half" (of the year a fiscal label names, as "FY26" is read).

        >>> from kg.timex import find_timexes
        >>> [(t.text, t.value) for t in find_timexes("Revenue for Q3FY26 rose; H1 FY2027 looks weaker.", "2026-12-07")]
        [('Q3FY26', '2026-Q3'), ('H1 FY2027', '2027-H1')]
        """
        quarter, half = g.get("q") or g.get("q2"), g.get("h") or g.get("h2")
        year = g.get("y") or g.get("yb") or ""  # "Q1 2025", "2025 Q1"
        if g.get("fy") or g.get("yy"):  # "Q3FY26": the label's year, as "FY26" alone is read; "1H26", "Q3 '26"
            year = str(fiscal_label_year((g.get("fy") or g["yy"]).lstrip(" '")))
        if quarter:
            return self.r_quarter(m, {"ord": ["1st", "2nd", "3rd", "4th"][int(quarter) - 1], "y": year})
        return self.r_half(m, {"ord": "first" if half == "1" else "second", "y": year})

    def r_week_number(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "week 32", "calendar week 31", "week 7 of 2024": an ISO week of the year named, or else of the publication's year,
        or of the year before for a week still ahead of the publication told of in the past. Not a week of a season or a
        game's ("in week 3 the team lost"), nor a week of something else ("week 12 of the strike").

        >>> from kg.timex import find_timexes
        >>> [(t.text, t.value) for t in find_timexes("Orders fell in week 32; in week 50 they rose.", "2026-09-02")]
        [('week 32', '2026-W32'), ('week 50', '2025-W50')]
        """
        if grammar().game_words.search(_sentence_around(self.text, m.start(), m.end())):
            return None
        n = int(g["n"])
        year = int(g["y"]) if g.get("y") else self.day.year if self.day else None
        if year is None:
            return _Value("DATE", f"XXXX-W{n:02d}")
        if not g.get("y") and self.day and n > self.day.isocalendar()[1] and self.tense_hint(m.start(), m.end()) == "past":
            year -= 1
        if n > date(year, 12, 28).isocalendar()[1]:
            return None  # no week 53 that year
        return week_value(date.fromisocalendar(year, n, 1))

    def r_half(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the second half of 2012", "2013's first half"; without a year, a half of the year only in a sentence of
        money and not of play ("sales should improve in the second half", "first-half profit"), read as a quarter is."""
        h = 1 if g["ord"].lower() in ("first", "front") else 2  # second, last, latter, back; "the first two quarters of 1990" too
        if not (g.get("y") or g.get("y2") or g.get("yp")):
            sentence = _sentence_around(self.text, m.start(), m.end())
            words = grammar()
            if (not self.day or words.game_words.search(sentence) or not words.money_words.search(sentence)
                    or g["ord"].lower() not in ("first", "second", "back", "front") or self.text.startswith(" of ", m.end())):
                return None  # "seven minutes into the second half", "the second half of February": a half of something else
            behind = h == 2 and self.day.month <= 6 and self.tense_hint(m.start(), m.end()) == "past"
            return half_value(self.day.year - behind, h)  # "profit fell in the second half", told in March: last year's
        y = self.year_of((g.get("y") or g.get("y2") or g.get("yp") or "").replace("calendar ", "")) or (self.day.year if self.day else None)
        return half_value(y, h) if y else _Value("DATE", f"XXXX-H{h}")
