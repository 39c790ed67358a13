"""Rules for seasons named outright: "this winter", "the spring of 1998", "the driest spring", "the following
summer"; and what dates.py shares with them (a capitalised word that makes a month or season a name's word, the
day "the following" counts from).

>>> from kg.timex import find_timexes
>>> [(t.text, t.value) for t in find_timexes("The reservoirs emptied over the summer.", "2013-10-22")]
[('the summer', '2013-SU')]
"""

from __future__ import annotations

import re
from datetime import date

from .context import _name_word, habitual
from .grammar import _season_kind_after
from .values import _Value, _with_mod, season_value
from .years import YearRules

# "May" is a month after these words (or before a number), otherwise a name or a modal.
_MAY_BEFORE = ("in", "on", "since", "until", "by", "of", "last", "next", "this", "early", "late", "mid", "during", "through",
               "till", "from", "to", "before", "after")
# A month alone before a capitalised word is a time after these words, otherwise a first name.
_MONTH_BEFORE = (*_MAY_BEFORE, "the", "and", "or", "every", "each", "between", "around", "about", "at")
_CAPITAL_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")  # "Arab " of "the Arab Spring of 2011"
_JUST_ENDED = 31  # days: "this winter" in a past clause is the one that ended this long ago at most
_SUPERLATIVE_BEFORE = re.compile(r"\bthe (?P<w>[a-z]+est) $")  # "after the driest spring in 50 years"
_SEASON_JOINT = re.compile(r" (?:and|or|to) (?:the )?")  # "in spring and autumn": a pair of seasons in order
_SEASON_WORD_BEFORE = re.compile(r"\b(?:the|this|last|next|in|of|during|by|until|since|through|and|or|every|each|that)\s+$", re.IGNORECASE)
_IN_YEAR_AFTER = re.compile(r" in (?P<y>1[89]\d\d|20\d\d)\b(?![,.]?\d)")  # "the summer in 2019"


class SeasonRules(YearRules):
    def _names_a_thing(self, word: str) -> bool:
        """Whether a capitalised word right before a month or season makes it a name's word ("Theresa May",
        "the Arab Spring"), not one that puts a time after it ("In May", "Since Spring 2020") nor a weekday."""
        return word.lower() not in _MONTH_BEFORE and word.lower() not in self.vocab["weekdays"]

    def r_season_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        if (g.get("ry") and not g.get("rel") and g["season"] in self.vocab["season_verbs"]
                and not _SEASON_WORD_BEFORE.search(self.text, max(0, m.start() - 12), m.start())):
            return None  # "prices would fall next year": the verb
        named_before = _CAPITAL_WORD_BEFORE.search(self.text, max(0, m.start() - 20), m.start())
        if not g.get("rel") and g["season"][0].isupper() and named_before and self._names_a_thing(named_before[1]):
            return None  # "the Arab Spring of 2011": a name's word (the year alone is found)
        y = self.named_year(g) or self.year_of(g.get("ry"))  # "the spring of 1998", "the summer of last year"
        return _with_mod(season_value(y, self.vocab["seasons"][g["season"].lower()]), g.get("rel")) if y else None

    def after_superlative(self, m: re.Match[str]) -> bool:
        """Whether a superlative comes right before: "the driest spring", "the wettest November" (which have come:
        a record is of what was), not "a harvest festival", "the west spring"."""
        if not self.text.endswith("est ", 0, m.start()):
            return False
        before = _SUPERLATIVE_BEFORE.search(self.text, max(0, m.start() - 20), m.start())
        return before is not None and before["w"].lower() not in self.vocab["not_superlatives"]

    def r_season(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        if re.match(r" of (?:the |an? )?[A-Za-z]", self.text[m.end() : m.end() + 8]):
            return None  # "the fall of Baghdad", "the spring of their discontent": an event, not a season
        if _name_word(self.text, m.start("season"), m.end()) or _season_kind_after().match(self.text, m.end()):
            return None  # "the Winter Olympics": a name's word; "the summer residence": a kind of residence
        s = self.vocab["seasons"][g["season"].lower()]
        rel = (g["rel"] or "").lower()
        beyond = (g.get("beyond") or "").strip().lower() if rel == "the" else ""
        if beyond:  # "the summer before last": the one before last summer
            rel = "last" if beyond == "before last" else "next"
        year_after = _IN_YEAR_AFTER.match(self.text, m.end()) if rel in ("", "the") else None
        if year_after is not None:  # "sat through the summer in 2019": that year's
            return season_value(int(year_after["y"]), s)
        superlative = not rel and self.text.endswith("est ", 0, m.start())
        if superlative and not self.after_superlative(m):
            return None  # "the driest spring" is one; "a harvest festival", "the west spring" are not
        if not self.day or not re.search(r"\b(?:this|last|next)\b", rel) and habitual(self.text, m.start(), m.end()):
            return _Value("DATE", f"XXXX-{s}", granularity="season")  # "the thaw usually begins in spring"
        if rel in ("the following", "the previous"):  # "it took until the following spring": from the time the story is at
            return self._season_from(self.base_of_following(rel == "the following"), s, 1 if rel == "the following" else -1)
        # the season running now (or this year's); a winter is named by the year it starts in
        y = self.day.year - 1 if s == "WI" and self.day.month <= 2 else self.day.year
        current = season_value(y, s)
        assert current.start is not None and current.end is not None
        if "last" in rel:
            y = (y if current.end < self.day else y - 1) - (beyond != "")
        elif "next" in rel:
            y = (y if current.start > self.day else y + 1) + (beyond != "")
        elif "this" not in rel:  # "in the spring": this year's, unless the clause points past it
            # "the driest spring": one that has come; "the winter ahead": one to come
            tense = "past" if superlative else "future" if self.text.startswith(" ahead", m.end()) else self.tense_hint(m.start(), m.end())
            named = self.year_just_named(m) if tense == "past" else None
            named = self.year_the_sentence_sets(m) if named is None else named  # "Next year's talks will be in the autumn"
            reported = self.reported_from(m) if tense == "future" and named is None else None
            if named is not None:
                y = named  # "The last strike, in 1994, lasted six weeks over the summer": 1994's
            elif reported is not None:  # "promised in January that all would be rehoused by the end of the summer"
                y = reported.year - 1 if s == "WI" and reported.month <= 2 else reported.year
                ends = season_value(y, s).end
                y += ends is not None and ends < reported
            elif tense == "future" and current.end < self.day:
                y += 1
            elif tense == "past" and current.start > self.day:
                y -= 1
        elif current.start > self.day and self.tense_hint(m.start(), m.end()) == "past":
            previous = season_value(y - 1, s)  # "has had snow this winter", said in March: the winter just ended, not the next
            if previous.end is not None and (self.day - previous.end).days <= _JUST_ENDED:
                y -= 1
        mod = g.get("part") or next((w for w in rel.replace("-", " ").split() if w in ("early", "late", "mid")), None)
        first = self.season_before_in_pair(m) if rel in ("", "the") else None  # not "next summer and last winter"
        season = season_value(y, s)
        if first is not None and season.end is not None and season.end < first:
            season = season_value(y + 1, s)  # "will meet in spring and autumn", told in November: the autumn after that spring
        return _with_mod(season, mod)

    def base_of_following(self, after: bool) -> date:
        """The day "the following" or "the previous" month or season counts from: the date the text named
        last (the end of a year named, for "the following"), or publication's.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("Closed in 2015, it reopened the following summer.", "2020-01-10")]
        ['2015', '2016-SU']
        """
        base = self.last_date or self.day
        assert base is not None
        if self.last_date is not None and self.last_date_span[1] == "year" and after:
            return date(base.year, 12, 31)  # "closed in 2015 and reopened the following summer": after that year
        return base

    def season_before_in_pair(self, m: re.Match[str]) -> date | None:
        """The first day of the season this one is paired with ("spring and autumn"), if it was just named."""
        end, granularity = self.last_date_span
        if granularity != "season" or self.last_date is None or not _SEASON_JOINT.fullmatch(self.text, end, m.start()):
            return None
        return self.last_date

    @staticmethod
    def _season_from(base: date, season: str, step: int) -> _Value:
        """The first such season wholly after ``base`` (``step`` 1) or before it (-1).

        >>> SeasonRules._season_from(date(2020, 9, 13), "SP", 1).value
        '2021-SP'
        >>> SeasonRules._season_from(date(2020, 9, 13), "WI", -1).value
        '2019-WI'
        """
        y = base.year - step
        while True:
            v = season_value(y, season)
            assert v.start is not None and v.end is not None
            if (v.start > base) if step > 0 else (v.end < base):
                return v
            y += step
