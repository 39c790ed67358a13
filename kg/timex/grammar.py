"""The tagger's grammar: the vocabularies and patterns of ``data/timex.yaml``, compiled once.

Each pattern is a regular expression with ``{FILLS}`` taken from the vocabularies, and a ``kind`` naming
the rule that turns its match into a value (the ``r_<kind>`` methods of the resolver).

>>> kinds = {kind for kind, _rx, _needs in grammar().patterns}
>>> {"weekday", "month", "duration"} <= kinds
True
>>> _number("twenty-four", grammar().vocab), _number("2 1/2", grammar().vocab), _number("several", grammar().vocab)
(24.0, 2.5, None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lexicon import load_yaml


@dataclass(frozen=True)
class _Grammar:
    vocab: dict[str, Any]
    anchor_words: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern[str], _Needs | None], ...]
    future: re.Pattern[str]
    past: re.Pattern[str]
    not_past: frozenset[str]
    deadline: re.Pattern[str]
    fronted_deadline: re.Pattern[str]  # "By Saturday," at the head of a sentence (or a quote)
    month_figures_after: re.Pattern[str]  # "May figures", "the May jobs report": what a month before it gives figures for
    done_by: re.Pattern[str]  # "was contained by", "had fled by": a thing done by a time, told of the past
    deadline_after: re.Pattern[str]  # a deadline's noun right after a time: "by the Tuesday deadline", "a 5 p.m. EST deadline"
    before_a_time: re.Pattern[str]  # ends where what is done before a time is told: "ahead of", "in the run-up to", "before"
    done_by_active: re.Pattern[str]  # a verb told of the past, then "by": "completed the sale by", "put out the blaze by"
    hoped_by: re.Pattern[str]  # "had hoped to finish by": a deadline hoped for, which may have passed
    looks_back: re.Pattern[str]  # "since March": a time the clause looks back to
    released_in: re.Pattern[str]  # "to be published in February": the month of a release, not of its figures
    moved_to: re.Pattern[str]  # "postponed the vote to": a time ahead of the moving
    awaiting: re.Pattern[str]  # "awaited": what is awaited lies ahead of the awaiting
    foretold_for: re.Pattern[str]  # "an amber warning for": a time ahead of the warning
    starts_from: re.Pattern[str]  # "mourning starting": a period opening ahead of the clause's day (not "Starting Monday,")
    lasted_until: re.Pattern[str]  # "lasted until": the end of a stretch already over
    repeated_until: re.Pattern[str]  # "each day until": the end of a run of days, over if told in the past
    not_until: re.Pattern[str]  # "could not land until": when it came at last, not a deadline
    rate_before: re.Pattern[str]  # ends where "a year" is a rate: "$2 million a year", "twice a week"
    said_on: re.Pattern[str]  # ends where a day is when something was said: "police said Wednesday"
    said_after_quote: re.Pattern[str]  # after a closing quotation mark, who said it on which day: '," he said on Friday'
    told_or_had: re.Pattern[str]  # a verb of saying, or the past perfect's "had": what comes after it was told of before
    event_after: re.Pattern[str]  # "(the day) before the vote": an event follows, not the rest of the sentence
    habitual: re.Pattern[str]  # words of what happens as a rule: "usually", "typically"
    rate_then_times: re.Pattern[str]  # ends where the times a rate comes at are listed: "twice a year, in March and "
    temperature_words: frozenset[str]  # words of weather: "the 60s" in their sentence are degrees
    rate_words: tuple[str, ...]  # a word one of those rates holds, the quick test before that pattern
    day_month_written: re.Pattern[str]  # a date written day first, "3 December"
    month_day_written: re.Pattern[str]  # a date written month first, "December 3"
    clock_rule_words: re.Pattern[str]  # words that make a clock time a rule's: "daily", "on Fridays", the habitual words
    results_words: re.Pattern[str]  # words of reported figures: "results", "figures", "sales"
    results_after: re.Pattern[str]  # a period's results named after it: "fourth-quarter results", "quarter earnings"
    clock_of_a_game: re.Pattern[str]  # what follows "2:04" on a game's clock: " remaining", " into the"
    noun_after: re.Pattern[str]  # a word after a date that makes the date a noun's: "the March 4 election"
    game_words: re.Pattern[str]  # words of play: "points", "trailed", "touchdown"
    money_words: re.Pattern[str]  # words of money: "$", "profit", "sales"


def _alternation(words: Any) -> str:
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    """The compiled patterns (loaded once per process)."""
    v = load_yaml("timex.yaml")
    units = list(v["units"])
    number_words = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|"
                    + _alternation(v["numbers"]))
    word_lists = {  # the fills that are lists of words (the quick tests for a pattern's needs read them as words)
        "MONTH": v["months"],
        "WEEKDAY": v["weekdays"],
        "UNITS": units + [u + "s" for u in units] + ["centuries"],
        "UNIT": units,
        "SEASON": v["seasons"],
        "DAYNAME": [w for w in v["weekdays"] if w.endswith("day")],  # full names only: "Mondays", not "Mons"
        "POD": v["parts_of_day"],
        "ORD": v["ordinals"],
        "DAYORD": v["day_ordinals"],
        # "the Fifth of November", "the Twenty-Third of March": the ordinal with a capital, as a date's name is written
        "DAYORDCAP": sorted({w[0].upper() + w[1:] for w in v["day_ordinals"]} | {w.title() for w in v["day_ordinals"]}),
        "VAGUE": v["vague_numbers"],
        "HOLIDAY": _holiday_names(v),
        "FIXED": v["fixed"],
        "SET": v["sets"],
        "TZ": v["time_zones"],
        "LINKS": v["day_pair_links"],
        "SHIFTNOUNS": v["unit_compound_nouns"],
    }
    fills = {name: _alternation(words) for name, words in word_lists.items()} | {
        "NUM": f"(?:{number_words})",
        "AMOUNT": r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:[- ]1/2)?|(?:" + number_words + r")(?: (?:hundred|thousand))?)",
        # the first number of a range of lengths ("two to three weeks", "12 or 18 months", "between two and three
        # weeks"); never a year
        "LOW": r"(?:(?=\S+ (?:to|or) )(?P<low>\d{1,3}|(?:" + number_words + r")) (?:to|or) |between (?P<blow>\d{1,3}|(?:" + number_words + r")) and )",
        "YEAR": r"(?:1[89]\d\d|20\d\d)",
        "SPOKEN": (  # a year in words, as transcripts write it: "nineteen ninety-seven", "two thousand and one"
            r"(?:seventeen|eighteen|nineteen) (?:hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
            r"seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two thousand(?: and)?(?: (?:one|two|"
            r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
            r"twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?|"
            # "twenty-nineteen", "twenty twenty-one": the years from 2010 as said
            r"twenty[- ](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|"
            r"seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"),
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])",
        # the hour of a clock time, in figures or in words ("at 7 tonight", "at seven p.m.", "at ten o'clock")
        "HOURWORD": _HOUR_WORDS,
        "HOUR": r"(?:1[0-2]|0?[1-9]|" + _HOUR_WORDS + ")",
        # "the final weeks of April", "the first few months of 2020": a part of the period at one end
        "EDGEPART": r"the (?:" + _alternation(v["period_edges"]) + r") (?:few )?(?:days|weeks|months) of ",
        # the full stop of an abbreviated month ("Aug. 15"); after a whole name ("in August. 15 people died") only
        # where no sentence starts after it
        "MONTHABBRDOT": _MONTH_ABBREVIATION_DOT,
        # "early", "late", "mid" before a period's name, or two of them for a stretch ("mid- to late April", "early to mid-May")
        "EARLYLATE": r"(?:(?:early|mid)(?:- ?| )(?:to|or)(?: |-)(?:mid|late)|early|late|mid)",
        "MONTHDOT": r"(?:" + _MONTH_ABBREVIATION_DOT + r"|\.(?!\s+(?-i:[A-Z\d])))?",
        # "one minute past midnight", "a quarter to noon": minutes off the hour noon or midnight names
        "CLOCK": (r"(?:(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))? ?(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)|(?:(?P<off>\d{1,2}|a quarter|half|"
                  + number_words + r")(?: minutes?)? (?P<offdir>past|after|to|before) )?(?:12 )?(?P<w>noon|midnight|midday))"),
    }
    compiled = []
    tests: dict[tuple[str, ...], _Needs | None] = {}  # patterns with the same needs share one test
    for p in v["patterns"]:
        needs = tuple(v["pattern_needs"].get(p["kind"]) or ())
        if needs not in tests:
            tests[needs] = _needs(list(needs), word_lists)
        rx = re.sub(r"\{([A-Z]+)\}", lambda m: "(?:" + fills[m.group(1)] + ")", p["re"])
        compiled.append((p["kind"], re.compile(rx, re.IGNORECASE), tests[needs]))
    t = v["tense"]
    anchor_words = (list(v["months"]) + list(v["weekdays"]) + units + [u + "s" for u in units] + ["centuries"]
                    + [u + "long" for u in units] + [u + "slong" for u in units]  # "a weeklong strike", "a yearslong feud"
                    + list(v["seasons"]) + list(v["parts_of_day"]) + list(v["fixed"]) + list(v["sets"]) + _holiday_names(v)
                    + [z for z in v["time_zones"] if " " not in z] + [w for w in v["day_ordinals"] if "-" not in w]
                    + ["today", "tonight", "yesterday", "tomorrow", "noon", "midnight", "midday", "ago", "later", "earlier",
                       "seventeen", "eighteen", "nineteen", "twenty", "thousand", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                       "eighties", "nineties", "noughties", "quarter", "half", "fiscal", "fy", "daily", "weekly", "midweek", "past", "clock", "millennium",
                       "m"])  # the "m" of "a.m." and "p.m." after an hour in words ("at seven p.m.")
    return _Grammar(
        vocab=v,
        anchor_words=_anchor_set(anchor_words),
        patterns=tuple(compiled),
        future=re.compile(r"\b(?:" + _alternation(t["future"]) + r")\b", re.IGNORECASE),
        past=re.compile(r"\b(?:" + _alternation(t["past"]) + r"|[a-z]+ed)\b", re.IGNORECASE),
        not_past=frozenset(t["not_past"]),
        # not "time": "By the time Friday's vote came" sets no deadline on Friday
        deadline=_right_before(t["deadline"], tuple(w for w in t["moment_nouns"] if w != "time")),
        fronted_deadline=re.compile(r"(?:^|[.!?\n]\s*|[\"\u201c]\s*)(?:" + _alternation(t["fronted_deadline"])
                                    + r")\s+(?:the\s+)?(?:(?:early|late|mid)[- ]?\s*)?$", re.IGNORECASE),
        month_figures_after=re.compile(r" (?:" + _alternation(t["month_figures_nouns"]) + r")\b"),
        done_by=re.compile(r"\b(?:was|were|had(?:\s+been)?)\s+(?:(?!(?:to|not|be)\b)[\w%-]+\s+){0,3}?(?!(?:"
                           + _alternation(t["asked_by_participles"]) + r")\b)(?:[a-z]+(?:ed|en)|" + _alternation(t["done_by_irregular"])
                           + r")\s+by\s+(?:the\s+)?(?:(?:early|late|mid)[- ]?\s*)?$", re.IGNORECASE),
        deadline_after=re.compile(r"(?:'s)?(?: [A-Z]{2,4})? (?:" + _alternation(t["deadline_nouns"]) + r")\b"),
        before_a_time=_right_before(t["ahead_of_noun"] + ["before", "lead-up to"]),
        done_by_active=re.compile(r"\b(?!(?:" + _alternation(t["asked_by_participles"]) + r")\b)(?:[a-z]+ed|"
                                  + _alternation(t["done_by_irregular"] + t["done_by_past"])
                                  + r")\s+(?:(?!(?:to|not|be|would|will|could|can|may|might|must|should|shall)\b)[\w%'-]+\s+){0,4}?by\s+(?:the\s+)?"
                                  r"(?:(?:early|late|mid)[- ]?\s*)?$", re.IGNORECASE),
        hoped_by=re.compile(r"\bhad\s+(?:[a-z]+\s+)?(?:" + _alternation(t["hoped_verbs"]) + r")\s+to\b[^.,;!?\n]{0,40}?\b(?:by|until|till)\s+"
                            r"(?:the\s+)?(?:(?:early|late|mid)[- ]?\s*)?$", re.IGNORECASE),
        looks_back=_right_before(t["looks_back"]),
        released_in=_right_before([w + " in" for w in v["release_words"]]),
        moved_to=re.compile(r"\b(?:" + _alternation(t["moved_to_verbs"]) + r"|(?:" + _alternation(t["moved_back_verbs"])
                            + r")\s+(?:[\w'-]+\s+){0,3}?(?:back|off))\b[^.;!?\n]{0,50}?\b(?:to|until|till|for)\s+"
                            r"(?:(?:at least|no earlier than|not before|after)\s+)?(?:the\s+)?$",
                            re.IGNORECASE),
        awaiting=re.compile(r"\b(?:" + _alternation(t["awaiting_verbs"]) + r")(?:s|d|ed|ing)?\b", re.IGNORECASE),
        foretold_for=re.compile(r"\b(?:" + _alternation(t["foretold_for"]) + r")\s+(?:(?:is|are|was|were)\s+(?:in\s+place|issued|in\s+force)\s+)?"
                                r"for\s+(?:the\s+)?$", re.IGNORECASE),
        starts_from=re.compile(r"(?<![\w'\u2019])(?!(?:is|are|was|were|be|been|being|become|becomes|became)\s)[\w'\u2019)]+,?\s+(?:"
                               + _alternation(t["starts_from"]) + r")\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE),
        # a full stop inside the stretch ("lasted from 9 a.m. until") is an abbreviation's, not a sentence's end
        lasted_until=re.compile(r"\b(?<!\bbe )(?<!\bbeing )(?<!\bis )(?<!\bare )(?:" + _alternation(t["lasted_verbs"] + t["trend_verbs"])
                                + r")\b(?:[^.;!?\n]|\.(?=[a-z]|\s+[a-z0-9])){0,40}?\b(?:until|till|through|into)\s+"
                                r"(?:at least\s+)?(?:the\s+)?(?:(?:early|late|mid)[- ]?\s*)?$", re.IGNORECASE),
        not_until=re.compile(r"(?:\bnot|n't|\bnever)\b[^.;!?\n]{0,40}?\buntil\s+(?:the\s+)?(?:(?:early|late|mid)[- ]?\s*)?$", re.IGNORECASE),
        repeated_until=re.compile(r"\b(?:" + _alternation(t["repeated_until"]) + r")\s+(?:until|till|through)\s+(?:the\s+)?$", re.IGNORECASE),
        rate_before=re.compile(r"(?:\d|\b(?:" + _alternation(list(v["rate_before"]) + [w for w in v["numbers"] if w not in ("a", "an")]) + r"))%?"
                               r"(?: (?!(?:" + _alternation(v["rate_not_between"]) + r")\b)[A-Za-z-]+){0,3} $", re.IGNORECASE),
        told_or_had=re.compile(r"\b(?:" + _alternation([*t["reporting_words"], "had"]) + r")\b", re.IGNORECASE),
        said_on=re.compile(r"\b(?:" + _alternation(t["reporting_words"] + t["publishing_words"]) + r")(?:\s+(?:reporters|journalists|"
                           r"in an? (?:statement|interview|e-?mail|letter|speech)|at a news conference))?\s+(?:on\s+|late\s+|early\s+)?$",
                           re.IGNORECASE),
        said_after_quote=re.compile(r"[,.!?]?[\"\u201d] *(?:[\w.'-]+ ){0,5}?(?:" + _alternation([w for w in t["reporting_words"] if not w.endswith("s")])
                                    + r")(?: [\w'-]+){0,4}? (?:on |late |early )?(?P<wd>" + _alternation(word_lists["DAYNAME"])
                                    + r"|yesterday)\b", re.IGNORECASE),
        habitual=re.compile(r"\b(?:" + _habit_words(v, []) + r")\b", re.IGNORECASE),
        temperature_words=frozenset(v["temperature_words"]),
        rate_words=tuple(sorted({[w for w in phrase.split() if len(w) > 3][-1] for phrase in v["habitual_words"] + ["a year", "a month", "a week"]})),
        rate_then_times=re.compile(r"\b(?:" + _habit_words(v, []) + r"|(?:once|twice|\w+ times) (?:a|per|each|every) (?:year|month|week))"
                                   r"(?: \w+){0,3}, (?:(?:in|on|during|each|every|usually) )?(?:(?:[\w.]+,? ){1,6}?(?:and|or) |(?:[\w.]+, ){1,5})?$",
                                   re.IGNORECASE),
        day_month_written=re.compile(r"\b[0-3]?\d(?:st|nd|rd|th)? (?:" + _alternation(v["months"]) + r")\b", re.IGNORECASE),
        month_day_written=re.compile(r"\b(?:" + _alternation(v["months"]) + r")\.? [0-3]?\d(?:st|nd|rd|th)?\b(?!:)", re.IGNORECASE),
        clock_rule_words=re.compile(r"\b(?:" + _habit_words(v, v["clock_rule_words"]) + r"|(?:" + _alternation(word_lists["DAYNAME"])
                                    + r")s|(?:" + _alternation(v["clock_rule_adverbs"]) + r")(?! +(?!(?:at|from|between|until|by|in|on|"
                                    r"and|or|except|around|before|after)\b)[a-z]))\b", re.IGNORECASE),
        results_words=re.compile(r"\b(?:" + _alternation(v["results_nouns"]) + r")\b", re.IGNORECASE),
        results_after=re.compile(r"[- ](?:\w+ ){0,2}?(?:" + _alternation(v["results_nouns"]) + r")\b", re.IGNORECASE),
        clock_of_a_game=re.compile(r" (?:" + _alternation(v["clock_of_a_game"]) + r")\b", re.IGNORECASE),
        noun_after=re.compile(r" (?!(?:" + _alternation(v["day_pair_links"]) + r")\b)[a-z]"),
        game_words=re.compile(r"\b(?:" + _alternation(v["game_words"]) + r")\b", re.IGNORECASE),
        money_words=re.compile("(?:" + _alternation([w for w in v["money_words"] if not w.isalnum()]) + r")|\b(?:"
                               + _alternation([w for w in v["money_words"] if w.isalnum()]) + r")\b", re.IGNORECASE),  # "$", "%" have no word edge
        event_after=re.compile(r"(?: (?:before|after))? (?!(?:" + _alternation(v["offset_continuations"]) + r")\b)[A-Za-z]"),
    )


def _habit_words(v: dict[str, Any], more: list[str]) -> str:
    """The habitual words and ``more`` as alternatives, a word that can say how not after a verb of working
    ("run normally" is no habit)."""
    not_after = "".join(rf"(?<!\b{re.escape(w)} )" for w in v["manner_verbs"])
    plain = [w for w in v["habitual_words"] + more if w not in v["manner_adverbs"]]
    return _alternation(plain) + "|" + not_after + "(?:" + _alternation(v["manner_adverbs"]) + ")"


def _right_before(words: list[str], moments: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One of ``words`` right before an expression ("by the end of", "since mid-"), or before one of ``moments`` of
    the day that comes first ("until sundown Friday", "by dawn on Saturday")."""
    moment = r"(?:(?:" + _alternation(moments) + r")\s+(?:on\s+)?)?" if moments else ""
    return re.compile(r"\b(?:" + _alternation(words) + r")\s+(?:at least\s+)?(?:the\s+)?(?:(?:early|late|mid|end of)[- ]?\s*)?" + moment + "$",
                      re.IGNORECASE)


@dataclass(frozen=True, eq=False)  # one per list of needs (grammar() shares it), hashed by identity
class _Needs:
    """The words a pattern cannot match without, any one of them (or a digit), as a quick test
    run once per stretch of text before the pattern itself."""

    words: tuple[str, ...]  # lower case
    digit: bool
    regex: re.Pattern[str]  # the same test, for text that is not ASCII (where case folding is not str.lower)

    def found(self, text: str, lo: int, hi: int, lowered: str | None) -> bool:
        """Whether ``text[lo:hi]`` has one of the words; ``lowered`` is that stretch in lower case
        when it is ASCII, else None.

        >>> n = _needs(["{DIGIT}", "end"], {})
        >>> [n.found(t, 0, len(t), t.lower() if t.isascii() else None) for t in ("at year-END", "in 1998", "noël", "soon")]
        [True, True, False, False]
        """
        if self.digit and _DIGIT.search(text, lo, hi):
            return True
        if lowered is None:
            return self.regex.search(text, lo, hi) is not None
        return any(w in lowered for w in self.words)


_DIGIT = re.compile(r"\d")
_HOUR_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MONTH_ABBREVIATION_DOT = r"(?<=jan|feb|mar|apr|jun|jul|aug|sep|ept|oct|nov|dec)\."  # the full stop of "Aug.", "Sept."
_MOVED_TO_REACH = 90  # characters before a time to look back for "pushed back the launch of its mission to"


@lru_cache(maxsize=2)
def _period_end_after(to: bool = False) -> re.Pattern[str]:
    """What may follow "the quarter" to say the day it ends: " ended Feb. 28", " ending June 30",
    ", which ended Feb. 28"; with ``to``, also " to Aug. 8", " through Aug. 8" ("the week to Aug. 8")."""
    months = _alternation(grammar().vocab["months"])
    verbs = "ended|ending|ends" + ("|to|through" if to else "")
    return re.compile(rf"(?:,? (?:which|that))? (?P<verb>{verbs}) (?P<month>{months})\.? (?P<d>[0-3]?\d)\b"
                      r"(?:,? (?P<y>(?:19|20)\d\d)\b)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _range_end_month() -> re.Pattern[str]:
    """What may follow a month to close a range with another month: " to March", " - March", " and March"
    (the caller checks "between" before the first for "and")."""
    months = _alternation(grammar().vocab["months"])
    return re.compile(rf"\s*(?:(?P<joint>and|to|through|until|till)\s+|[-\u2013]\s*)(?P<month>{months})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _range_end_day_with_year() -> re.Pattern[str]:
    """What may follow a day to close a range or pair with a day whose year is written: " to 19 July 2026",
    " and June 30, 2025", " to July 13 next year"."""
    months = _alternation(grammar().vocab["months"])
    return re.compile(rf"\s*(?:(?:and|to|through|until|till)\s+|[-\u2013]\s*)(?:the\s+)?"
                      rf"(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{months})|(?P<month2>{months})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)"
                      r"\b\.?,?\s+(?:(?P<y>1[89]\d\d|20\d\d)\b(?![,.]?\d)|(?:of\s+)?(?P<rel>last|this|next)\s+year\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _label_before_number() -> re.Pattern[str]:
    """A noun a number right after labels: "Flight 2024", "Resolution 1973", "Room 1918" (no years)."""
    return re.compile(r"\b(?:" + _alternation(grammar().vocab["number_label_nouns"]) + r")\.? $", re.IGNORECASE)


@lru_cache(maxsize=1)
def _range_end_holiday() -> re.Pattern[str]:
    """What may follow a holiday to close a range with another: " to New Year's Day", " through Easter"."""
    v = grammar().vocab
    holidays = _alternation(_holiday_names(v))
    return re.compile(rf"\s*(?:to|through|thru|until|till|[-\u2013])\s+(?P<h>{holidays})\b", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _needs(needs: list[str] | None, word_lists: dict[str, list[str]]) -> _Needs | None:
    """The quick test for a pattern's needs (None: always try it): ``{DIGIT}``, a ``{FILL}`` that is
    a list of words, or a word."""
    if not needs:
        return None
    words = list(dict.fromkeys(w.lower() for n in needs if n != "{DIGIT}" for w in (word_lists[n[1:-1]] if n.startswith("{") else [n])))
    # a word holding another adds nothing to the test ("christmas day" is found wherever "christmas" is): fewer to look for
    words = [w for w in words if not any(other != w and other in w for other in words)]
    parts = [re.escape(w) for w in words] + ([r"\d"] if "{DIGIT}" in needs else [])
    return _Needs(tuple(words), "{DIGIT}" in needs, re.compile("|".join(parts), re.IGNORECASE))


_PHRASE_GLUE = frozenset({"a", "an", "the", "at", "in", "of", "to", "on", "this", "these", "every", "each", "per", "s"})


def _holiday_names(v: dict[str, Any]) -> list[str]:
    """Every holiday's name, of whichever calendar: fixed days, moving ones, Easter's, other calendars'."""
    return list(v["holidays"]) + list(v["movable_holidays"]) + list(v["easter_holidays"]) + list(v["calendar_holidays"]) + list(v["holiday_groups"])


def _anchor_set(entries: list[str]) -> frozenset[str]:
    """Whole words (and their plurals) any expression must contain; a phrase contributes its content words."""
    words = {w for e in entries for w in re.findall(r"[a-z]+", e.lower())} - _PHRASE_GLUE
    return frozenset(words | {w + "s" for w in words})


def _number(word: str | None, vocab: dict[str, Any]) -> float | None:
    """'two' -> 2, 'twenty-four' -> 24, '3' -> 3, '2 1/2' -> 2.5, 'two thousand' -> 2000, 'several' -> None (vague)."""
    if word is None:
        return None
    w = word.lower().strip().replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", w):
        return float(w)
    if re.fullmatch(r"\d+[- ]1/2", w):
        return float(w[:-4]) + 0.5
    scale = re.fullmatch(r"(.+) (hundred|thousand)", w)
    if scale:
        base = _number(scale.group(1), vocab)
        return None if base is None else base * (100 if scale.group(2) == "hundred" else 1000)
    nums = vocab["numbers"]
    if w in nums:
        return float(nums[w])
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums:
        return float(nums[parts[0]] + nums[parts[1]])
    return None


@lru_cache(maxsize=1)
def _present_age_after() -> re.Pattern[str]:
    nouns = grammar().vocab["present_age_nouns"]
    return re.compile(r"'s (?:[a-z]+ )?(?:" + _alternation(nouns) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _season_kind_after() -> re.Pattern[str]:
    return re.compile(rf" (?:{_alternation(grammar().vocab['season_kinds'])})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _reported_future() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(grammar().vocab['tense']['reported_future'])})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _present_modal_before() -> re.Pattern[str]:
    """A present modal right before (another word may come between): "they may soon seek"."""
    return re.compile(rf"\b(?:{_alternation(grammar().vocab['present_modals'])})\s+(?:\w+\s+)?$", re.IGNORECASE)


def _spoken_year(text: str, numbers: dict[str, Any]) -> int | None:
    """A year said in words, as broadcast transcripts write it; None for a lone "nineteen" (a day, a count).

    >>> [_spoken_year(t, grammar().vocab["numbers"]) for t in ("nineteen ninety-seven", "two thousand and one", "nineteen",
    ...                                                        "seventeen seventy-six", "twenty twenty-one")]
    [1997, 2001, None, 1776, 2021]
    """
    words = text.lower().replace("-", " ").replace(" and", "").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + int(sum(numbers.get(w, 0) for w in words[2:]))
    if words[:1] not in (["seventeen"], ["eighteen"], ["nineteen"], ["twenty"]) or len(words) == 1:
        return None
    hundreds, rest = 100 * int(numbers[words[0]]), words[1:]
    return hundreds if rest == ["hundred"] else hundreds + int(sum(numbers.get(w, 0) for w in rest))


@lru_cache(maxsize=1)
def _named_day_noun() -> re.Pattern[str]:
    """The event's noun after a day that names it: "(the Sept. 11) attacks"."""
    return re.compile(rf",? (?:{_alternation(grammar().vocab['named_day_nouns'])})\b", re.IGNORECASE)
