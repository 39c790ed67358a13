"""Rules for years and longer: "1998", "in '87", "fiscal 2013", "FY24", "the 1990s", "the nineteenth
century", "the turn of the century", "1100 BC".

>>> from kg.timex import find_timexes
>>> [(t.text, t.value) for t in find_timexes("Founded in '87, it grew in the 1990s.", "2013-03-22")]
[("'87", '1987'), ('the 1990s', '199')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from .context import _name_word, _sentence_around
from .grammar import _label_before_number, _spoken_year, grammar
from .resolver import _CENTURY_PIVOT, ResolverBase
from .values import _unit_shift, _Value, _with_mod, century_value, decade_value, half_value, year_value

# a number of things, not a year, in words: "more than two thousand people", "about nineteen hundred troops"
_MEASURED_BEFORE = re.compile(r"\b(?P<w>[A-Za-z]+) (?:in|into|to) $")
_NOT_PLURALS = frozenset({"was", "has", "is", "his", "its", "this", "as", "us", "thus", "does", "goes", "always", "perhaps"})
_AMOUNT_BEFORE = re.compile(r"\b(?:(?:more|less|fewer) than|about|some|nearly|almost|over|at least|roughly|around|up to|approximately) $",
                            re.IGNORECASE)
_COUNTED_AFTER = re.compile(r" (?!(?:and|or|but|to|in|on|at|of|for|by|when|until|since|after|before|through|was|is|had|has|saw|marked|began|ended)\b)"
                            r"[a-z]+\b")
@lru_cache(maxsize=1)
def _not_a_twenties_year() -> re.Pattern[str]:
    """What after "twenty twenty" makes it no year: a compound ("twenty twenty-dollar bills") or sight ("twenty-twenty vision")."""
    return re.compile(r"-| (?:" + "|".join(grammar().vocab["sight_nouns"]) + r")\b", re.IGNORECASE)


_YEARS_APART = 30  # at most this many years from the first of a pair written "1992-95" to the second
_SECOND_OF_A_PAIR = re.compile(r"[-–/](\d\d)\b")  # the second year of "the 2023-24 season", "1948-49"


def _second_of_pair(first: int, figures: str) -> int | None:
    """The year two figures name after a first year and a dash or slash ("2023-24", "1999-00", "1992-95"); None for
    a number that names no later year near it ("1990-85", "2000-50 people").

    >>> _second_of_pair(2023, "24"), _second_of_pair(1999, "00"), _second_of_pair(1990, "85"), _second_of_pair(2000, "50")
    (2024, 2000, None, None)
    """
    apart = (int(figures) - first % 100) % 100
    return first + apart if 0 < apart <= _YEARS_APART else None


_TAKES_A_YEAR_BEFORE = re.compile(r"\b(?:in|since|of|by|until|from|to|and|before|after|through) $")  # "in '87", "the class of '99"


class YearRules(ResolverBase):
    """The rules for years, decades, centuries and eras, and the years other rules' patterns name."""

    def named_year(self, g: dict[str, str]) -> int | None:
        """The year a pattern's ``y`` (digits), ``ay`` (two figures after an apostrophe: "'99") or ``sy`` (words:
        "nineteen ninety-seven") group names."""
        if g.get("ay"):
            return self.short_year(int(g["ay"]))
        return int(g["y"]) if g.get("y") else _spoken_year(g.get("sy") or "", self.vocab["numbers"])

    def r_year_short(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        if not _TAKES_A_YEAR_BEFORE.search(self.text, max(0, m.start() - 10), m.start()):
            return None  # "scored '87 points": no word that takes a year before it
        y = self.named_year(g)
        return year_value(y) if y is not None else None

    def r_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        y = int(g["y"])
        rel = (g.get("rel") or "").strip().lower()
        if rel.startswith("the first half"):
            return half_value(y, 1)
        if rel.startswith("the second half"):
            return half_value(y, 2)
        if not rel and _label_before_number().search(self.text, max(0, m.start() - 16), m.start()):
            return None  # "Flight 2024", "Security Council Resolution 1973": a number that labels a thing
        pair = _SECOND_OF_A_PAIR.match(self.text, m.end())
        if pair is not None and _second_of_pair(y, pair.group(1)) is None:
            return None  # "2000-50 people": a range of numbers, not of years
        # "fiscal 1989" is written as the year, as TimeBank's annotators do: the text rarely
        # says whose fiscal year it is, so which months it covers.
        return _with_mod(year_value(y), rel or None)

    def r_year_after_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """The second year of a pair: "24" in "the 2023-24 season", "49" in "in 1948-49", "95" in "the war of 1992-95".

        >>> from kg.timex import find_timexes
        >>> [(t.text, t.value) for t in find_timexes("He scored 31 goals in the 2017/18 season.", "2023-11-14")]
        [('2017', '2017'), ('18', '2018')]
        """
        first_at = m.start() - 5
        if _label_before_number().search(self.text, max(0, first_at - 16), first_at):
            return None  # "Flight 2024-25": a label, as the first number is
        second = _second_of_pair(int(self.text[first_at : m.start() - 1]), g["yy"])
        return year_value(second) if second is not None else None

    def r_fiscal_short(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "FY24": fiscal 2024, written as the year ("FY98" is 1998): a label, read the same whenever it is told."""
        return year_value(fiscal_label_year(g["yy"]))

    def r_split_fiscal_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the 2023/24 financial year", "FY2024-25", "fiscal 2024-25": a fiscal year named by the two calendar years it
        spans, valued as the year it ends in (as "FY25" is); None where the second is not the year after the first.

        >>> from kg.timex import find_timexes
        >>> [(t.text, t.value) for t in find_timexes("The 2023/24 financial year was hard; FY2024-25 looks better.", "2024-08-01")]
        [('The 2023/24 financial year', '2024'), ('FY2024-25', '2025')]
        """
        first, second = (g["y1"], g["y2"]) if g.get("y1") else (g["y3"], g["y4"])
        end = int(second) if len(second) == 4 else _second_of_pair(int(first), second)  # "1999-00": 2000
        return year_value(end) if end == int(first) + 1 else None

    def r_decade(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the 1990s" is a decade; "the 1800s", "the 1900s" are centuries (the 2000s, a decade, as news uses it)."""
        y = int(g["y"])
        return _with_mod(century_value(y // 100 + 1) if y % 100 == 0 and y < 2000 else decade_value(y), g.get("rel"))

    def r_spoken_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "in nineteen ninety-one", "since two thousand"; not an amount ("more than two thousand people").

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("It rose in two thousand. Some two thousand people fled.", "2001-03-04")]
        ['2000']
        """
        round_number = g["y"].lower().startswith(("two thousand", "nineteen hundred", "eighteen hundred", "seventeen hundred"))  # as often a number of things
        if g["y"].lower().startswith("twenty") and _not_a_twenties_year().match(self.text, m.end()):
            return None  # "twenty twenty-dollar bills", "twenty-twenty vision"
        if _AMOUNT_BEFORE.search(self.text, max(0, m.start() - 20), m.start()) or round_number and _COUNTED_AFTER.match(self.text, m.end()):
            return None  # "a nineteen ninety-seven attack" is a year's, "two thousand people" a number's
        y = _spoken_year(g["y"], self.vocab["numbers"])
        return year_value(y) if y else None

    def r_decade_words(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the sixties", "the nineteen-sixties", "the Roaring Twenties": a decade of the 1900s; "the noughties" the 2000s."""
        if g["w"].lower() == "noughties":
            return _with_mod(decade_value(2000), g.get("rel"))
        tens = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
        return _with_mod(decade_value(1920 + 10 * tens.index(g["w"].lower())), g.get("rel"))

    def r_decade_short(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        return _with_mod(decade_value(1900 + int(g["y"])), g.get("rel"))

    def r_decade_bare(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "in the 60s": the 1960s, unless the sentence tells of weather, money or ages, whose numbers run in tens too.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("In the 60s the town boomed. Highs will be in the 60s.", "2026-12-07")]
        ['196']
        """
        if self.text[m.start() - 1 : m.start()] in ("'", "\u2019", "-"):
            return None  # "rock'n'the 60s" and the like: no word of its own
        sentence = _sentence_around(self.text, m.start(), m.end()).lower()
        words = set(re.findall(r"[a-z]+|°", sentence))
        if words & grammar().temperature_words or grammar().money_words.search(sentence) or words.intersection(grammar().vocab["age_words"]):
            return None
        measured = _MEASURED_BEFORE.search(self.text, max(0, m.start() - 30), m.start())
        if measured and (measured["w"].lower() in grammar().vocab["measure_nouns"] or measured["w"].lower().endswith("s")
                         and measured["w"].lower() not in _NOT_PLURALS):
            return None  # "Scores in the 70s", "Speeds in the 60s": what is measured runs in tens
        return _with_mod(decade_value(1900 + int(g["y"])), g.get("rel"))

    def r_decade_after_decade(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the 1960s and 70s": the decade of the century just named, or of the next one ("the 1990s and 00s")."""
        if self.last_date is None or self.last_date_span[1] != "decade" or self.text[self.last_date_span[0] : m.start()] not in (" and ", " to "):
            return None
        year = self.last_date.year // 100 * 100 + int(g["y"] or g["y2"])
        return decade_value(year + 100 if year < self.last_date.year else year)

    def r_century(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        word = m.group(0).lower().rfind("centur")
        if word >= 0 and _name_word(self.text, m.start() + word, m.end()):
            return None  # "21st Century Fox"; "the 16th" before "to the 19th centuries" names none
        return _with_mod(century_value(self.century_number(g)), g.get("rel"))

    def r_turn_of_century(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """ "the turn of the 20th century": about 1900; "the turn of the century", the turn the clause points to,
        else the nearer one.

        >>> from kg.timex import find_timexes
        >>> [(t.value, t.mod) for t in find_timexes("It was built at the turn of the century.", "2026-11-18")]
        [('2000', 'APPROX')]
        """
        if g.get("n") or g.get("nw"):
            return _Value("DATE", f"{(self.century_number(g) - 1) * 100:04d}", granularity="year", mod="APPROX")
        if self.day is None:
            return None
        span, year = 1000 if g["unit"].lower() == "millennium" else 100, self.day.year
        gone = year // span * span
        tense = self.tense_hint(m.start(), m.end())
        turn = gone if tense == "past" else gone + span if tense == "future" else min(gone, gone + span, key=lambda y: abs(y - year))
        return _Value("DATE", f"{turn:04d}", granularity="year", mod="APPROX")

    def century_number(self, g: dict[str, str]) -> int:
        """The N of "the 19th century" or "the nineteenth century"."""
        return int(g["n"]) if g.get("n") else int(self.vocab["day_ordinals"][g["nw"].lower()])

    def r_era_year(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        """A year or century with its era: "1100 BC" is BC1100, "AD 79" 0079, "the fifth century BC" BC04.

        >>> import re
        >>> from kg.timex import _Resolver
        >>> from kg.timex.values import Anchor
        >>> r = _Resolver("", Anchor.parse("2025-05-21"), lambda s, e: None)
        >>> r.r_era_year(None, {"y": "1100", "era": "BC"}).value, r.r_era_year(None, {"n": "5", "era2": "BC"}).value
        ('BC1100', 'BC04')
        """
        if g.get("n") or g.get("nw"):
            return _Value("DATE", f"BC{self.century_number(g) - 1:02d}", granularity="century")
        year = int((g.get("y") or g["y2"]).replace(",", ""))
        if g.get("y2") or not g["era"].startswith("B"):
            return year_value(year) if year >= 1 else None
        return _Value("DATE", f"BC{year:04d}", granularity="year")

    def r_century_words(self, m: re.Match[str], g: dict[str, str]) -> _Value | None:
        rel = g["rel"].lower()
        if "past" in rel or rel == "the last":
            return _Value("DURATION", "P100Y", granularity="none")
        if not self.day:
            return _Value("DATE", "XX", granularity="century")
        shift = {"this": 0, "last": -1, "next": 1, "the next": 1, "the previous": -1}.get(rel, 0)
        return _unit_shift(self.day, "CE", shift)


def fiscal_label_year(figures: str) -> int:
    """The year a fiscal label's figures name, read the same whenever it is told: "24" -> 2024, "98" -> 1998,
    "2026" -> 2026.

    >>> fiscal_label_year("24"), fiscal_label_year("98"), fiscal_label_year("2026")
    (2024, 1998, 2026)
    """
    if len(figures) == 4:
        return int(figures)
    return (2000 if int(figures) < _CENTURY_PIVOT else 1900) + int(figures)
