"""Scenes: a year or season that opens a sentence ("Last year, ...", "In 2019 the ...", "Last winter, ...") or
stands between its subject and verb ("Sales last year peaked in April") sets the year of the months and days
told in that sentence, and a story told of a past year, sentence by sentence, goes on in it. The resolver
(:class:`kg.timex.resolver.ResolverBase`) notes each such scene as it reads and asks these rules.

>>> from kg.timex import find_timexes
>>> [t.value for t in find_timexes("Last year, fires destroyed 1,200 homes in August.", "2026-03-05")]
['2025', '2025-08']
"""

from __future__ import annotations

import re
from datetime import date

from .context import TenseHint, _sentence_start
from .grammar import _SENTENCE_END, _number, grammar
from .values import _safe_date

_OPENING_WORDS = 3  # a year in this many words opening a sentence, its subject right after, sets its scene: "In 2019 the"
_CLAUSE_OPENS = re.compile(r" (?:it|he|she|they|we|I|the|a|an|there|its|his|her|their|this|these|those|our)\b")
# a month opening its sentence, set off by a comma or before the subject: "In March, it bought the land", "By December the"
_MONTH_FRONTED_BEFORE = re.compile(r"(?:(?:then|later|and|but|by|until|in|early|late|on|during|that|the|of)[ ,]+){1,4}$", re.IGNORECASE)
_SUBJECT_WORDS = 3  # a subject this short, then a year, then a verb: "The festival this year falls in April"
_PRONOUNS = frozenset("i you he she it we they there this that these those".split())
_YEAR_WORDS_AT_END = re.compile(r"\s*(?:(?:in|during) )?(?:(?:last|this|next) year|\d{4})$", re.IGNORECASE)
# a verb's place after the year: a lower-case word that is no preposition or conjunction
_VERB_AFTER_YEAR = re.compile(r" (?!(?:in|on|at|of|for|and|or|but|to|from|with|by|as|that|when|while|than|after|before|since|until|"
                              r"alone|so|because|if|amid|despite)\b)[a-z]+\b")
# "It is one year since the river burst its banks on Nov. 20": the day that many years before publication
_YEARS_SINCE = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) years? (?:since|after|on from)\b",
                          re.IGNORECASE)
# what stands between a year or season and a month or day that narrows it down: "in the winter of 2019, in early December"
_NARROWED_AFTER = re.compile(r", (?:(?:in|on|during|from|until|by) )?")
_FRONTED_WORDS = 5  # a year this many words from its sentence's start, then a comma, sets its scene ("Last year, ...", "On this day in 1989, ...")


class SceneRules:
    """The scene rules; the state they read and keep is set up by the resolver."""

    text: str
    day: date | None
    last_date: date | None
    last_date_span: tuple[int, str]
    last_date_compared: bool
    scene_year: tuple[int, int, bool] | None
    scene_season: tuple[date, date, int] | None
    last_season: tuple[date, date, int] | None
    chronicle: tuple[date, int] | None
    written_day: date | None
    written_day_end: int
    tense_hint: TenseHint

    def note_year(self, year: int, end: int) -> None:
        """A year named up to ``end``: where it opens its sentence, set off by a comma ("Last year, ...", "In
        2019, ...") or as the sentence's first words before its subject ("Last year it did not open until
        mid-June"), the months and days of that sentence are that year's; as a possessive ("Next year's
        contest will be held in May"), those told the way that year lies."""
        self.scene_year = None  # "Last year, it was held in July, and this year it will be in June": a later year ends the scene
        line_start = self.text.rfind("\n", 0, end) + 1
        if self.text.startswith(":", end) and self.text[line_start:end].strip().isdigit():
            # a timeline's "2022: In early November, ... On Nov. 11, ...": the line's months and days are that year's
            line_end = self.text.find("\n", end)
            self.scene_year = (year, line_end if line_end >= 0 else len(self.text), False)
            return
        possessive = self.text.startswith(("'s", "\u2019s"), end)
        fronted = self.text[_sentence_start(self.text, end - 1) : end]
        scene_end = self._scene_end(end, possessive or self._year_after_subject(fronted, end))
        if scene_end is not None:
            self.scene_year = (year, scene_end, possessive)

    def _scene_end(self, end: int, opens_anyway: bool = False) -> int | None:
        """Where the sentence ends whose scene a time named up to ``end`` sets: one at its start, set off by a comma
        ("Last year, ...") or before the subject ("Last year it did not"), or placed so by the caller
        (``opens_anyway``); None for one further in ("The plant, built in 2019, closed in March")."""
        fronted = self.text[_sentence_start(self.text, end - 1) : end]
        opens_clause = len(fronted.split()) <= _OPENING_WORDS and _CLAUSE_OPENS.match(self.text, end) is not None
        if not (self.text.startswith(",", end) or opens_clause or opens_anyway) or "," in fronted or len(fronted.split()) > _FRONTED_WORDS:
            return None
        sentence_end = _SENTENCE_END.search(self.text, end)
        return sentence_end.start() if sentence_end else len(self.text)

    def _year_after_subject(self, fronted: str, end: int) -> bool:
        """Whether a year stands between its sentence's subject and verb: "Sales last year peaked in April",
        "The festival this year falls in April", "Exports in 2024 rose": the clause is that year's (not "He said
        last year that ...", whose subject is a pronoun, nor "Prices rose last year and will fall in April").

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("Sales last year peaked in April.", "2026-11-28", lambda s, e: "past")]
        ['2025', '2025-04']
        """
        subject = _YEAR_WORDS_AT_END.sub("", fronted).split()
        return (0 < len(subject) <= _SUBJECT_WORDS and subject[0][0].isupper() and subject[0].lower() not in _PRONOUNS
                and _VERB_AFTER_YEAR.match(self.text, end) is not None)

    def note_season(self, first: date, last: date, end: int) -> None:
        """A season named up to ``end``: where it opens its sentence ("Last winter, ..."), the months of that
        sentence within it are its own (see :meth:`season_scene_year`)."""
        scene_end = self._scene_end(end)
        self.scene_season = (first, last, scene_end) if scene_end is not None else None
        self.last_season = (first, last, end)

    def season_scene_year(self, m: re.Match[str], month: int) -> int | None:
        """The year of a month within a season that opened this sentence: "Last winter, the city recorded 17 days
        of smog in January alone", told in January 2013, is January 2012 (that winter's).

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("Last winter, smog lasted 17 days in January alone.", "2013-01-14")]
        ['2011-WI', 'P17D', '2012-01']
        """
        if self.scene_season is None or m.start() >= self.scene_season[2]:
            return None
        first, last, _ = self.scene_season
        within = next((y for y in (first.year, last.year) if first <= date(y, month, 1) <= last), None)
        if within is not None or self.day is None or self.tense_hint(m.start(), m.end()) != "past":
            return within
        # "That autumn, it lost its biggest customer, and in December it cut jobs": the story goes on past the season
        after = first.year + (date(first.year, month, 1) < first)
        return after if (after, month) < (self.day.year, self.day.month) else None

    def scene_carried_on(self, m: re.Match[str]) -> int | None:
        """A past year that opened the sentence before, going on into this one's day with no date named since, in
        a clause told of the past: "In 1989, the Wall fell. Crowds gathered there on Nov. 9" is 1989's Nov. 9 (a
        month alone is not carried: "In 2019, the company cut jobs. It closed a plant in March" may be this year's)."""
        if self.scene_year is None or self.scene_year[2] or self.day is None or self.last_date is None:
            return None
        year, end, _ = self.scene_year
        if year >= self.day.year or m.start() < end or self.last_date_span[1] != "year" or self.last_date.year != year:
            return None
        if _SENTENCE_END.search(self.text, end + 1, m.start()) or "\n\n" in self.text[end : m.start()]:
            return None
        return year if self.tense_hint(m.start(), m.end()) == "past" else None

    def note_dated_opening(self, first: date, start: int, end: int) -> None:
        """A day, month or season written with a past year, opening its sentence told of the past ("In April 2024,
        rebels crossed the river", "On April 9, 2024, ..."): a month opening the next sentence goes on in that
        year's story (see :meth:`chronicle_year`)."""
        opening = self.text[_sentence_start(self.text, start) : start]
        if (self.day is not None and first.year < self.day.year and (not opening or _MONTH_FRONTED_BEFORE.fullmatch(opening))
                and self.tense_hint(start, end) == "past"):
            self.chronicle = (first.replace(day=1), end)

    def chronicle_year(self, m: re.Match[str], month: int) -> int | None:
        """The year of a month opening its sentence in a story told of a past year, sentence by sentence: the year
        that opened the sentence before ("In 2019, the company announced a plant. In March, it bought the land"),
        or, after a month so told or a date with its past year opening the sentence before ("In April 2024, ..."),
        the next such month ("By December, construction had begun": 2019's December).

        >>> from kg.timex import find_timexes
        >>> text = "In 2019, the firm planned a plant. In March, it bought land. By January, work had begun."
        >>> [t.value for t in find_timexes(text, "2026-05-13")]
        ['2019', '2019-03', '2020-01']
        """
        start = _sentence_start(self.text, m.start())
        went_on = self.chronicle
        if (self.day is not None and went_on is not None and went_on[1] >= start and self.last_date_span[0] == went_on[1]
                and self.tense_hint(m.start(), m.end()) == "past"):
            # "In January, it closed its offices, and in June it sold a unit": the month that opened the sentence goes on
            next_such = went_on[0].year + (month < went_on[0].month)
            if (next_such, month) < (self.day.year, self.day.month):
                self.chronicle = (date(next_such, month, 1), m.end())
                return next_such
        opening = self.text[start : m.start()]
        if (self.day is None or opening and not _MONTH_FRONTED_BEFORE.fullmatch(opening)
                or not (self.text.startswith(",", m.end()) or _CLAUSE_OPENS.match(self.text, m.end()))):
            return None
        chronicle, self.chronicle = self.chronicle, None
        if self.tense_hint(m.start(), m.end()) != "past":
            return None
        year: int | None
        if (chronicle is not None and (self.last_date == chronicle[0] and self.last_date_span[1] == "month" or self.last_date_span[0] == chronicle[1])
                and len(_SENTENCE_END.findall(self.text, chronicle[1], start)) <= 1):  # in the sentence before, nothing named since
            year = chronicle[0].year + (month < chronicle[0].month)
        else:
            year = self.scene_carried_on(m)
            year = self.story_gone_on(start, month) if year is None else year
        if year is None or (year, month) >= (self.day.year, self.day.month):
            return None
        self.chronicle = (date(year, month, 1), m.end())
        return year

    def story_gone_on(self, start: int, month: int) -> int | None:
        """The year a month opening the sentence at ``start`` goes on in, after a day or week of a past year the
        sentence before told of as the story went on, with no year of its own: "Apollo 11 lifted off on July 16, 1969.
        The astronauts returned on July 24. In November, a second crew landed" is 1969's November (the next such
        month after that day). None after a date written with its year, as a background fact is ("was founded on
        April 3, 2004. In March, it reported record profits" is this March), after a year alone, or further back."""
        end, granularity = self.last_date_span
        last = self.last_date
        if last is None or self.day is None or granularity not in ("day", "week") or last.year >= self.day.year:
            return None
        if self.written_day == last and self.written_day_end == end:
            return None
        if end > start or len(_SENTENCE_END.findall(self.text, end, start)) > 1 or "\n\n" in self.text[end:start]:
            return None
        return last.year + (month < last.month)

    def year_the_sentence_sets(self, m: re.Match[str], month: int | None = None) -> int | None:
        """The year this month or day's sentence sets: one opening it (see :meth:`note_year`: "Last year, fires
        destroyed 1,200 homes in August" is that year's August), or a year or season just named with a "when"
        clause after it that holds the month or day ("was in 2012, when 379mm fell between June and August"),
        or that the month or day narrows down ("began in the winter of 2019, in early December"). A season's
        year is the one in which the ``month`` falls within it.

        >>> from kg.timex import Anchor, _Resolver
        >>> r = _Resolver("It was in 2012, when rain fell in June.", Anchor.parse("2015-07-24"), lambda s, e: "past")
        >>> r.last_date, r.last_date_span = date(2012, 1, 1), (14, "year")
        >>> r.year_the_sentence_sets(re.search("June", r.text))
        2012
        """
        end, granularity = self.last_date_span
        if self.scene_year is not None and m.start() < self.scene_year[1]:
            year, _, possessive = self.scene_year
            if not possessive or self.day is None or year == self.day.year:
                return year
            if self.tense_hint(m.start(), m.end()) == ("future" if year > self.day.year else "past"):
                return year  # "Last year's champion will defend her title in May": not that year's May
        if self.last_date is None or granularity not in ("year", "season"):
            return None
        narrowed = _NARROWED_AFTER.fullmatch(self.text, end, m.start()) is not None
        if not narrowed and not (self.text.startswith(", when ", end) and _SENTENCE_END.search(self.text, end, m.start()) is None):
            return None
        if granularity == "year":
            return self.last_date.year
        if month is None or self.last_season is None or self.last_season[2] != end:
            return None
        first, last, _ = self.last_season  # "in the spring of 2024, when rebels crossed the river on April 9"
        return next((y for y in (first.year, last.year) if first <= date(y, month, 1) <= last), None)

    def year_just_named(self, m: re.Match[str]) -> int | None:
        """A year before publication named last, earlier in the same sentence ("The last strike, in 1994, lasted
        over the summer", "In 2018 ... before Christmas"), for a season or holiday told of in the past."""
        if self.last_date is None or self.day is None or self.last_date_span[1] != "year" or self.last_date.year >= self.day.year:
            return None
        if self.last_date_compared:
            return None  # "a loss of 88 million a year earlier, helped by bookings over the summer": the story's summer
        return None if _SENTENCE_END.search(self.text, self.last_date_span[0], m.start()) else self.last_date.year

    def years_since_year(self, m: re.Match[str], month: int, d: int) -> int | None:
        """The year of a day in a sentence that counts years since it ("It is one year since the river burst its
        banks on Nov. 20", told two days before its anniversary): the such day nearest that many years back.

        >>> from kg.timex import find_timexes
        >>> [t.value for t in find_timexes("It is one year since the river burst its banks on Nov. 20.", "2026-11-18")]
        ['P1Y', '2025-11-20']
        """
        if self.day is None:
            return None
        counts = list(_YEARS_SINCE.finditer(self.text, _sentence_start(self.text, m.start()), m.start()))
        if not counts:
            return None
        since = counts[-1]  # the count nearest the day
        word = since["n"].lower()
        back = self.day.year - int(1 if word in ("a", "an") else _number(word, grammar().vocab) or 1)
        target = date(back, self.day.month, min(self.day.day, 28))
        days = [c for c in (_safe_date(y, month, d) for y in (back - 1, back, back + 1)) if c is not None]
        return min(days, key=lambda c: abs((c - target).days)).year if days else None
