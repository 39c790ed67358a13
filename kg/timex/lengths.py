"""Rules for lengths of time, sets and fixed words: "three years", "the past 24 hours", "every Tuesday",
"daily", "now", "recently".

>>> from kg.timex import find_timexes
>>> [(t.text, t.value) for t in find_timexes("For three years he came every Tuesday; now he comes daily.", "2025-05-21")]
[('three years', 'P3Y'), ('every Tuesday', 'XXXX-WXX-2'), ('now', 'PRESENT_REF'), ('daily', 'P1D')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache

from .context import _NAME_AFTER, _mid_sentence_capital, _sentence_start
from .grammar import _alternation, _number, _present_modal_before, grammar
from .resolver import ResolverBase
from .values import _duration, _duration_of_parts, _unit_code, _unit_shift, _Value

# "the first strike in 20 years", "the fastest pace in three years", "for the second time in a year": a length looked back over
_FIRST_IN_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|last|only|once|twice|times?|[a-z]{3,}est|most|least)\b[^.;!?\n]{0,50}\bin $",
                             re.IGNORECASE)
_BY_A_SHARE = re.compile(r"\bby (?:about |nearly |almost |more than |less than |roughly |some |over |around )?$", re.IGNORECASE)
_AS_MANY_REACH = 80  # characters before "as many days" to look for the count it repeats


@lru_cache(maxsize=1)
def _count_before_as_many() -> re.Pattern[str]:
    """A count "as many" may repeat: a figure, a number or ordinal word but "a", "twice"."""
    v = grammar().vocab
    words = [w for w in (*v["as_many_counts"], *v["numbers"], *v["day_ordinals"]) if w not in ("a", "an")]
    return re.compile(r"\b(?:\d+|" + _alternation(words) + r")\b", re.IGNORECASE)


# "every Monday and ", "each spring or ": a set's first named time, the second after it ("Thursday") as often
_EVERY_ONE_AND = re.compile(r"\b(?:every|each) (?:(?:other|second|alternate) )?(?P<w>[A-Za-z]+\.?)(?: (?:morning|afternoon|evening|night))?"
                            r",? (?:and|or) $", re.IGNORECASE)
_EVERY_ONE_AND_REACH = 45  # characters: "each other Wednesday afternoon or "
# a lower-case word after an adjective that is no preposition, conjunction or "basis": the noun it qualifies
_NOUN_AFTER = re.compile(r" (?!(?:and|or|but|in|on|at|by|for|from|to|with|since|until|as|if|when|than|basis)\b)[a-z]")
_BEFORE_A_THING = re.compile(r" (?:of|before|ahead of|prior to)\b")  # "the last day before the vote": a day of it


class LengthRules(ResolverBase):
    """The rules for lengths of time, sets and fixed words."""

    # -- durations
    def r_duration_past(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the past six months", "the next two to three weeks", "the past year and a half"."""
        unit = _unit_code(g["unit"] or g["hu"] or g["one"], self.vocab)
        if unit is None:
            return None
        # a range is as long as its first number, at least
        n = 1.0 if g.get("hu") or g.get("one") else _number(g.get("low") or g.get("blow") or g["n"], self.vocab)
        if n is not None and (g.get("hu") or g.get("half")):
            n += 0.5
        value = _duration(n, unit)
        if unit == "H" and n == 24:
            value = "P1D"
        rel = g["rel"].lower()
        if self.day and n is not None and unit in ("D", "W", "FN", "M", "Y", "H") and any(w in rel for w in ("past", "last", "previous")):
            days = {"D": 1, "W": 7, "FN": 14, "M": 30, "Y": 365, "H": 1 / 24}[unit] * n
            start = self.day - timedelta(days=max(1, round(days)))
            return _Value("DURATION", value, start, self.day, "day")
        return _Value("DURATION", value)

    def r_duration(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        unit = _unit_code(g["unit"], self.vocab)
        if unit is None:
            return None
        if g["unit"][:1].isupper() and not self.text[m.start() : m.end()].isupper():
            return None  # "CBS's '60 Minutes'": a title, not a length of time
        word = (g.get("low") or g.get("blow") or g.get("n") or "").lower()  # "two to three weeks" lasts two weeks at least
        n = _number(word, self.vocab)
        if n is None and word not in [w.lower() for w in self.vocab["vague_numbers"]]:
            return None
        if word in ("a", "an") and grammar().rate_before.search(self.text, max(0, m.start() - 40), m.start()):
            return None  # "$2 million a year", "twice a week": a rate (a SET, or no time at all), not a duration
        if unit == "Q" and word in ("a", "an") and _BY_A_SHARE.search(self.text, max(0, m.start() - 30), m.start()):
            return None  # "production has fallen by a quarter": a share, not three months
        if unit == "S" and n == 1 and re.match(r" (?!(?:later|earlier|ago|before|after|or|and|of)\b)[a-z]|-[a-z]", self.text[m.end() : m.end() + 3]):
            return None  # "a second strike", "a second-year student": an ordinal
        if "and a half" in m.group(0).lower().replace("-", " ") and n is not None:
            n += 0.5
        mod = self.vocab["length_mods"].get((g.get("mod") or "").strip().lower())
        alternative = g["alt"].split()[-1].lower() if g.get("alt") else ""  # "a day or two", "a week or so", "six months or more"
        if mod is None and (g.get("low") or g.get("blow") or alternative):
            mod = "APPROX" if alternative == "so" else "EQUAL_OR_MORE"
        ahead = self.time_from_now(m, n, unit) if mod is None or alternative else None
        if ahead is not None and alternative:
            # "in a year or so" is about a year on; "in a year or two" some time ahead, as the gold marks it
            return replace(ahead, mod="APPROX") if alternative == "so" else _Value("DATE", "FUTURE_REF")
        return ahead or _Value("DURATION", _duration(n, unit), mod=mod)

    def r_as_many_units(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "three attacks in as many days", "for the second time in as many weeks": as many units as the count
        closest before it in the sentence; a vague length where there is none.

        >>> from kg.timex import find_timexes
        >>> [(t.text, t.value) for t in find_timexes("The river burst its banks twice in as many weeks.", "2025-05-21")]
        [('as many weeks', 'P2W')]
        """
        unit = _unit_code(g["unit"], self.vocab)
        if unit is None:
            return None
        counts = list(_count_before_as_many().finditer(self.text, max(_sentence_start(self.text, m.start()), m.start() - _AS_MANY_REACH), m.start()))
        word = counts[-1].group().lower() if counts else ""
        n = self.vocab["as_many_counts"].get(word) or self.vocab["day_ordinals"].get(word) or _number(word, self.vocab)
        return _Value("DURATION", _duration(n, unit))

    def time_from_now(self, m: re.Match[str], n: float | None, unit: str) -> _Value | None:
        """ "will be finished in two years", "could be redeemed in five years": that many units from publication, as
        the gold marks it (`1994` told in 1989), where the clause looks ahead; not "the first strike in 20 years".

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("The notes will be redeemed in five years.", "1989-11-02")]
        ['1994']
        """
        if unit == "FN" and n is not None:
            unit, n = "W", 2 * n  # "starts in a fortnight": two weeks on
        if (n is None or n != int(n) or unit not in ("D", "W", "M", "Y") or self.day is None or not self.text.endswith(" in ", 0, m.start())
                or _FIRST_IN_BEFORE.search(self.text, max(0, m.start() - 60), m.start())):
            return None
        return _unit_shift(self.day, unit, int(n)) if self.tense_hint(m.start(), m.end()) == "future" else None

    def r_compound_length(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "2 hours 3 minutes 38 seconds" PT2H3M38S, "four years and six months" P4Y6M: whole numbers of units
        each smaller than the one before (weeks beside days are counted in days), with the mod a word before gives
        ("up to four minutes and 28 seconds" EQUAL_OR_LESS).

        >>> import re
        >>> from kg.timex import _Resolver
        >>> r = _Resolver("", None, lambda s, e: None)
        >>> r.r_compound_length(None, {"n1": "two", "u1": "weeks", "n2": "3", "u2": "days"}).value
        'P17D'
        """
        order = ("Y", "M", "W", "D", "H", "MIN", "S")
        parts: list[tuple[int, str]] = []
        for n_key, u_key in (("n1", "u1"), ("n2", "u2"), ("n3", "u3")):
            if not g.get(n_key):
                break
            n, unit = _number(g[n_key], self.vocab), _unit_code(g[u_key], self.vocab)
            if n is None or unit not in order or not float(n).is_integer():
                return None
            if parts and order.index(unit) <= order.index(parts[-1][1]):
                return None  # "six months, two years": a list, not one length
            parts.append((int(n), unit))
        if len(parts) < 2:
            return None
        if any(u == "W" for _, u in parts) and any(u == "D" for _, u in parts):
            parts = [(k * 7, "D") if u == "W" else (k, u) for k, u in parts]
            parts = [(sum(k for k, u in parts if u == "D"), "D")] + [(k, u) for k, u in parts if u != "D"]
            parts.sort(key=lambda part: order.index(part[1]))
        return _Value("DURATION", _duration_of_parts(parts), mod=self.vocab["length_mods"].get((g.get("mod") or "").lower()))

    def r_length_period(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "a three-year period", "a one-year term": a length, the noun and article with it."""
        return self.r_duration(m, {"n": g["n"], "unit": g["unit"]})

    def r_duration_unit_alone(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "over the past year" P1Y; "the last day before the vote", "the last day of campaigning" are no lengths."""
        unit = _unit_code(g["unit"], self.vocab)
        if unit is None or _BEFORE_A_THING.match(self.text, m.end()):
            return None
        return _Value("DURATION", _duration(1, unit))

    def r_unit_long(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "year-long" P1Y, "two-week-long" P2W, "decades-long" PXY, "weeklong" P1W, "yearslong" PXY."""
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
        """ "for years" PXY, "the weeks ahead" PXW; not a name's word ("the Hundred Years' War")."""
        if _mid_sentence_capital(self.text, m.start("unit")) and not g["unit"].isupper():
            return None
        unit = _unit_code(g["unit"], self.vocab)
        return _Value("DURATION", _duration(None, unit)) if unit else None

    # -- sets and fixed words
    def r_every_weekday(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "every Tuesday" XXXX-WXX-2, "every Saturday morning" XXXX-WXX-6TMO, "each morning" XXXX-XX-XXTMO."""
        pod = g.get("pod") or g.get("pod2")
        part = "T" + self.vocab["parts_of_day"][pod.lower()] if pod else ""
        if not g.get("wd"):
            return _Value("SET", "XXXX-XX-XX" + part)
        wd = self.vocab["weekdays"][g["wd"].lower().rstrip(".")]
        return _Value("SET", f"XXXX-WXX-{wd}{part}")

    def r_every_and_named(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """A weekday, month or season after "and" or "or" and another of its kind after "every" or "each": as often
        ("every Monday and Thursday" XXXX-WXX-4, "each spring and autumn" XXXX-FA).

        >>> from kg.timex import find_timexes
        >>> [(t.text, t.value) for t in find_timexes("The market is held every Monday and Thursday.", "2025-05-21")]
        [('every Monday', 'XXXX-WXX-1'), ('Thursday', 'XXXX-WXX-4')]
        """
        first = _EVERY_ONE_AND.search(self.text, max(0, m.start() - _EVERY_ONE_AND_REACH), m.start())
        if first is None:
            return None
        word = first.group("w").lower().rstrip(".")
        kind = "wd" if word in self.vocab["weekdays"] else "month" if word in self.vocab["months"] else "season"
        if not g.get(kind) or kind == "season" and word not in self.vocab["seasons"]:
            return None  # "every Monday and May": not one of a kind
        if kind == "wd":
            return self.r_every_weekday(m, g)
        return self.r_every_named(m, {"month": g.get("month") or "", "season": g.get("season") or "", "h": ""})

    def r_every_named(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "each July" XXXX-07, "every summer" XXXX-SU, "every Christmas" XXXX-12-25."""
        if g["month"]:
            return _Value("SET", f"XXXX-{self.vocab['months'][g['month'].lower().rstrip('.')]:02d}")
        if g["season"]:
            return _Value("SET", f"XXXX-{self.vocab['seasons'][g['season'].lower()]}")
        value = self.undated_holiday(g["h"].lower())
        return _Value("SET", value) if value else None

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
        if w in self.vocab["adjective_sets"] and _NOUN_AFTER.match(self.text, m.end()):
            return None  # "quarterly results", "quarterly dividend": a report's kind (not "on a quarterly basis")
        if w in self.vocab["rate_adverbs"] and grammar().rate_before.search(self.text, max(0, m.start() - 40), m.start()):
            return None  # "to rise 8.5% annually", "C$17.9 million annually": a rate, as "$2 million a year" is
        if w.startswith(("a ", "per ")) and not g.get("freq"):  # "1 million barrels per day": a rate, as "$2 million a year" is
            prev = self.text[max(0, m.start() - 12) : m.start()].lower().split()
            if not prev or prev[-1] not in ("once", "twice", "thrice", "times"):
                return None
        return _Value("SET", str(self.vocab["sets"][w]))

    def r_one_day(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "One day, ..." opening a sentence: some day ahead, or behind in a past clause."""
        return _Value("DATE", "PAST_REF" if self.tense_hint(m.start(), m.end()) == "past" else "FUTURE_REF")

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
