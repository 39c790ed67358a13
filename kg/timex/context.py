"""What the words around an expression say: which way its clause points, whether it sets a deadline,
whether it is a name's word, whether it is in the title.

>>> lexical_tense("They met on Friday.", 12, 18), _is_deadline("Pay by August 1.", 7, 15)
('past', True)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .grammar import _alternation, grammar

Tense = str | None  # "past", "future", "near" (either way, the nearer: a past plan) or None
TenseHint = Callable[[int, int], Tense]
_CAPITALISED_KINDS = {"month_day", "day_month", "weekday_date", "month_year", "month", "weekday", "season_year",
                      "time_weekday", "time_date", "every_named", "every_and_named", "weekday_set"}


# ---------------------------------------------------------------- tense from context


_COMPARISON_AFTER = re.compile(r",\s+(?:(?:down|up|higher|lower)\s+from|compared\s+with|against|versus)\b", re.IGNORECASE)
_JOINED_CLAUSE = re.compile(r",?\s+(?:and|but|or)\s+$", re.IGNORECASE)  # a tense word right after these starts another verb's clause


# "the next morning", "The next day": a day counted from the story's, not one ahead ("over the next day or two" is)
_STORY_NEXT = re.compile(r"(?<!\bover )(?<!\bin )(?<!\bwithin )(?<!\bfor )(?<!\bduring )[Tt]he next (?:day|morning|afternoon|evening|night)\b")


def lexical_tense(text: str, start: int, end: int, not_verbs: frozenset[int] = frozenset()) -> Tense:
    """Which way the clause around ``text[start:end]`` points: nearest tense word wins.

    ``not_verbs`` holds where words start that end in -ed but a parse found no verb
    ("a still unspecified date"), so they say no tense.

    >>> lexical_tense("They will meet on Friday.", 18, 24)
    'future'
    >>> lexical_tense("They met on Friday.", 12, 18)
    'past'
    """
    g = grammar()
    while end > start and text[end - 1] in ".,":
        end -= 1  # an abbreviation's or the sentence's full stop: the clause goes on after it, or ends
    left, right = _clause_around(text, start, end)
    left_at, right_at = start - len(left), end
    best: tuple[int, str] | None = None
    def participle(segment: str, m: re.Match[str]) -> bool:
        # "will be held", "is expected": a participle after a form of "be" is not a past tense
        before = segment[: m.start()].split()
        return bool(before) and before[-1].lower() in ("be", "being", "is", "are", "been")

    def story_next(segment: str, m: re.Match[str]) -> bool:
        # "the next afternoon", "the next day": counted from the story's day, not the publication's future
        return m.group(0).lower() == "next" and _STORY_NEXT.match(segment, max(0, m.start() - 4)) is not None

    for rx, label in ((g.future, "future"), (g.past, "past")):
        for m in rx.finditer(left):
            if label == "past" and (m.group(0).lower() in g.not_past or participle(left, m) or left_at + m.start() in not_verbs):
                continue
            if label == "future" and story_next(left, m):
                continue
            dist = len(left) - m.end()
            if best is None or dist < best[0]:
                best = (dist, label)
        for m in rx.finditer(right[:60]):
            if label == "past" and (m.group(0).lower() in g.not_past or participle(right, m) or right_at + m.start() in not_verbs):
                continue
            if label == "future" and story_next(right[:60], m):
                continue
            if _JOINED_CLAUSE.search(right, 0, m.start()) or _COMPARISON_AFTER.match(right):
                # "met on Wednesday afternoon and will meet again": the joined verb's own tense; "a cut in March,
                # down from 60 percent a week ago": a comparison set off after it
                continue
            dist = m.start() + 15  # words after the expression count for less
            if best is None or dist < best[0]:
                best = (dist, label)
    return best[1] if best else None


def _is_deadline(text: str, start: int, end: int) -> bool:
    """ "by August", "until mid-November", "effective Feb. 1": news sets deadlines ahead of its date,
    unless the clause is in the past perfect ("Until Thursday, they had not ...")."""
    left, right = _clause_around(text, start, end)
    deadline = grammar().deadline.search(left)
    if not deadline or _PERIOD_BEFORE.search(left, 0, deadline.start()) or _WAS_BEFORE.search(left, 0, deadline.start()):
        return False  # "in the three months through February": where a period ends; "was due on Tuesday": a past deadline
    main_clause = _RELATIVE_CLAUSE.sub(" ", left + right)  # "The sale, which had been expected, is part of"
    # "had warned that it might run out of cash by the spring": the deadline is the modal's, ahead of the warning
    return not re.search(r"\bhad\b", main_clause, re.IGNORECASE) or bool(_modal_after_had().search(left))


_LEADING_SPACE = re.compile(r"\s*")
_HEADLINE_WORDS = 20  # a title is a short first line with no full stop
_WAS_BEFORE = re.compile(r"\b(?:was|were|had been)\s+$", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(r"\b(?:days|weeks|months|quarters|years|week|month|quarter|year|period)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _modal_after_had() -> re.Pattern[str]:
    """ "had" with a modal after it that looks ahead (the data's ``ahead_modals`` and ``hedged_ahead_modals``, and "will")."""
    t = grammar().vocab["tense"]
    return re.compile(r"\bhad\b.*\b(?:" + _alternation([*t["ahead_modals"], *t["hedged_ahead_modals"], "will"]) + r")\b", re.IGNORECASE)


_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,]*,")


def _clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the sentence before ``start`` and after ``end`` (up to ``.;!?`` or a line end; not the
    full stop of "a.m." before a lower-case word: "open daily from 10 a.m. to 6 p.m.").

    >>> _clause_around("It opens daily from 10 a.m. to 6 p.m. Entry is free.", 31, 36)
    ('It opens daily from 10 a.m. to ', '')
    """
    left_edge = -1
    for found in _CLAUSE_EDGE.finditer(text, max(0, start - _CLAUSE_REACH), start):
        left_edge = found.start()
    right = _CLAUSE_EDGE.search(text, end)
    return text[left_edge + 1 : start], text[end : right.start() if right else len(text)]


_CLAUSE_REACH = 400  # characters looked back for the start of the clause
_CLAUSE_EDGE = re.compile(r"[;!?\n]|\.(?!\s*[a-z0-9])")


def _abbreviation(word: str) -> bool:
    """'Aug', 'Sept', 'Tues' are abbreviations whose full stop belongs to them; 'March' and 'June' are not."""
    w = word.lower()
    v = grammar().vocab
    return (w in v["months"] or w in v["weekdays"]) and len(w) <= 4 and w not in ("may", "june", "july") or w in ("a.m", "p.m")


def _capitalised_ok(kind: str, m: re.Match[str], text: str) -> bool:
    """Month and day names must be written with a capital (unless the text shouts)."""
    if kind not in _CAPITALISED_KINDS:
        return True
    for name in ("month", "month2", "wd", "wd2", "wd3", "season"):
        try:
            word = m.group(name)
        except IndexError:
            continue
        if word and name != "season" and not word[0].isupper():
            return False
    return True
_NAME_AFTER = re.compile(r" [A-Z][a-z]")  # a capitalised word right after, on the same line
_SENTENCE_OPENERS = frozenset(".!?:;\n\"'`(\u201c\u2018\u2014-")


def _mid_sentence_capital(text: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalised inside a sentence, as a name's word is ("China Daily").

    >>> _mid_sentence_capital("Read China Daily.", 11), _mid_sentence_capital("He left. Daily trips", 9)
    (True, False)
    """
    before = text[:start].rstrip(" ")
    return text[start : start + 1].isupper() and bool(before) and before[-1] not in _SENTENCE_OPENERS


def _name_word(text: str, start: int, end: int) -> bool:
    """Whether the expression at ``start:end`` is a name's word: capitalised inside a sentence, and a
    capitalised word after it ("the Winter Olympics", "21st Century Fox", "Midnight Oil").

    >>> _name_word("He saw Midnight Oil.", 7, 15), _name_word("At Midnight Mass", 3, 11), _name_word("By midnight Paris", 3, 11)
    (True, True, False)
    """
    return _mid_sentence_capital(text, start) and not text[start:end].isupper() and _NAME_AFTER.match(text, end) is not None


# a capitalised word (not a time's own: "on Last Monday" in a title) between "on", "the", "since", "after" or
# "before" and a weekday ("on Easter Sunday", "on Black Friday" are holidays, found whole before the weekday)
_EPITHET_BEFORE = re.compile(r"\b(?:on|the|since|after|before) (?-i:(?!(?:Last|Next|This|Early|Late)\b)[A-Z][a-z]+) $", re.IGNORECASE)


def _weekday_in_name(text: str, m: re.Match[str], g: dict[str, str]) -> bool:
    """A weekday that is a name's word: "Monday Night Football" (a capitalised part of the day), "the Sunday
    Times" ("the", the day, then a capitalised word)."""
    if g["wd"].isupper():
        return False
    pod = g.get("pod") or ""
    if pod.strip()[:1].isupper():
        return True
    if not g.get("rel") and not g.get("pre") and _EPITHET_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return True  # "killed on Bloody Sunday in 1972", "the crash of Black Monday": a day of history's naming
    return (not g.get("rel") and not g.get("pre") and not pod and text[max(0, m.start() - 4) : m.start()].lower() == "the "
            and _NAME_AFTER.match(text, m.end()) is not None)


def in_headline(text: str, start: int) -> bool:
    r"""Whether ``start`` is in the text's title: its first line, short and without a full stop.

    >>> in_headline("Parliament rejects levy on Tuesday\n\nNICOSIA - Lawmakers voted.", 20), in_headline("He left on Tuesday.", 11)
    (True, False)
    """
    leading = _LEADING_SPACE.match(text)  # the text may open with blank lines
    offset = leading.end() if leading else 0
    line_end = text.find("\n", offset)
    line = text[offset : line_end if line_end >= 0 else len(text)]
    return (offset <= start < offset + len(line) and not line.rstrip().endswith((".", "!", "?", '"', "'", "\u201d"))
            and len(line.split()) <= _HEADLINE_WORDS)


_RATE_REACH = 80  # characters from a rate ("twice a year") to the times it lists after a comma


def habitual(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` tells of what happens as a rule (a comma, "that" or
    "but" ends a clause: "The firm, which usually reports in April, said profit fell in January"), or the
    expression is one of the times a rate just named comes at ("twice a year, in March and September").

    >>> habitual("Sales usually peak in the fourth quarter.", 23, 41), habitual("Sales peaked in the fourth quarter.", 16, 34)
    (True, False)
    """
    return clause_has(text, start, end, grammar().habitual) or _rate_lists(text, start)


def _rate_lists(text: str, start: int) -> bool:
    """Whether a rate named just before lists the times it comes at, ending at ``start`` ("twice a year, in March and ")."""
    window = text[max(0, start - _RATE_REACH) : start]
    if ", " not in window or not any(word in window.lower() for word in grammar().rate_words):
        return False  # the usual case, told without the pattern
    return grammar().rate_then_times.search(window) is not None


def clause_has(text: str, start: int, end: int, words: re.Pattern[str]) -> bool:
    """Whether the clause around ``text[start:end]``, the expression left out, holds one of ``words``."""
    left, right = _clause_around(text, start, end)
    clause = _CLAUSE_SPLIT.split(left)[-1] + " " + _CLAUSE_SPLIT.split(right)[0]
    return words.search(clause) is not None


_CLAUSE_SPLIT = re.compile(r",|\b(?:that|but)\b")


def of_a_game(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` tells of play and not of money: "the third quarter"
    there is a part of a game.

    >>> of_a_game("Miami trailed by 17 points in the third quarter.", 29, 46)
    True
    >>> of_a_game("Profit rose 5% in the third quarter, the best game in town.", 17, 34)
    False
    """
    sentence = _sentence_around(text, start, end)
    g = grammar()
    return g.game_words.search(sentence) is not None and g.money_words.search(sentence) is None


def _sentence_around(text: str, start: int, end: int) -> str:
    """The words of the sentence (up to ``.;!?``) around ``text[start:end]``, without the expression."""
    left, right = _clause_around(text, start, end)
    return left + " " + right


_EVENING_HOUR = 18  # a clock time from this hour on is in the evening: "overnight" after it is that day's night
# "and" and a few words of a clause going on to the next clock time: "starts at 9 p.m. and ends at 5 a.m.", "opened
# at 7 a.m. and was closed by 11 a.m."
_AND_ON_TO_CLOCK = re.compile(r" and (?:[a-z]+ ){1,3}(?:at|by|until|till) (?:about |around |roughly )?")
_CLOCK_RANGE_JOINT = re.compile(r"\s*(?:-|–|and|to|until|till|through)\s*")  # "between 10 p.m. on Wednesday and 6 a.m."
_SENTENCE_BREAK = re.compile(r"(?:[.!?][\"'\u201d\u2019)]?\s+(?=[\"\u201c]?[A-Z0-9])|\n)")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` starts: after the last full stop (or line end) before a capital.

    >>> _sentence_start("It rained on Friday. The quake hit at 11:11 p.m.", 38), _sentence_start("It rained. A year ago", 11)
    (21, 11)
    """
    start = 0
    for found in _SENTENCE_BREAK.finditer(text, max(0, at - 400), at + 1):  # "at" may open the sentence
        start = found.end()
    return start


# a word right before a name's first words that makes them a time after all ("on Good Friday", "On Dec. 3 Party leaders met")
_TIME_WORD_BEFORE = re.compile(r"\b(?:on|at|in|over|since|until|till|by|before|after|from|during|through|of|last|next|this)\s+$", re.IGNORECASE)
_LABEL_END = re.compile(r":| ?[—–]| - ")  # "Aug. 2: Protesters occupy", "Aug. 9 — The president offers"


def labels_a_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens a line and a colon or a dash follows it, as in a diary or a timeline.

    >>> labels_a_line("Monday: Markets are closed.", 0, 6), labels_a_line("On Monday: no", 3, 9), labels_a_line("Aug. 9 — Talks", 0, 6)
    (True, False, True)
    """
    return _LABEL_END.match(text, end) is not None and (start == 0 or text[start - 1] == "\n")


def _sentence_of(text: str, at: int) -> str:
    """The sentence holding ``text[at]``, whose full stops in figures ("$2.3 million") do not end it.

    >>> _sentence_of("It fell. A loss of $2.3 million, versus $1.61 a year earlier. Next", 45)
    'A loss of $2.3 million, versus $1.61 a year earlier.'
    """
    start = _sentence_start(text, at)
    end = _SENTENCE_BREAK.search(text, at)
    return text[start : end.start() + 1 if end else len(text)].strip()


_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)\b")


def ends_sentence(text: str, end: int) -> bool:
    """Whether an expression ending in an abbreviation's full stop ends its sentence too: a capitalised
    word follows that is no time word ("shortly after 2 p.m. Sentencing is set for June 27", not
    "at 2 p.m. Tuesday").

    >>> ends_sentence("after 2 p.m. Sentencing is set", 12), ends_sentence("at 2 p.m. Tuesday", 9), ends_sentence("at 2 p.m. on", 9)
    (True, False, False)
    """
    if text[end - 1 : end] != ".":
        return False
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).lower() not in grammar().anchor_words


_SLASHED_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(?:19|20)?\d\d\b")


@lru_cache(maxsize=8)
def writes_day_first(text: str) -> bool:
    """Whether the text writes a date's day before its month: a slashed date whose first figures can only be a
    day ("25/12/2026"), or, with none either way, more dates written "3 December" than "December 3". A slashed
    date whose second figures can only be a day ("12/25/2026") says the text writes the month first.

    >>> writes_day_first("Posted: Thu 3 Dec 2026. Last updated: 03/12/2026"), writes_day_first("Filed 03/12/2026")
    (True, False)
    """
    for first, second in _SLASHED_DATE.findall(text):
        if int(first) > 12 >= int(second):
            return True
        if int(second) > 12 >= int(first):
            return False
    g = grammar()
    return len(g.day_month_written.findall(text)) > len(g.month_day_written.findall(text))


_THEN_AFTER = re.compile(r"\b(?:and|then)\b")  # "will resign in December and leave in January"
_THING_LISTED = re.compile(r"\b(?:and|then) (?:a|an|the|another|its|his|her|their|our|some|one|two|three)\b")
_NOT_IN_ORDER = re.compile(r"\b(?:after|before|following|since|than|from|until|or)\b")  # "in March, after talks in February"


def told_next(between: str) -> bool:
    """Whether what stands between two times tells the second as happening next: a clause joined by "and" or
    "then", with no word that puts them out of order ("in March, after talks in February"); not a thing listed
    after another ("called for a strike on Monday and a march on Sunday").

    >>> told_next(" and close on "), told_next(", after talks on "), told_next(" or "), told_next(" and a march on ")
    (True, False, False, False)
    """
    return _THEN_AFTER.search(between) is not None and _NOT_IN_ORDER.search(between) is None and _THING_LISTED.search(between) is None


def inside_quotation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` leaves a quotation open: an odd number of straight marks, or more opening
    curly marks than closing ones.

    >>> inside_quotation('He said: "We meet ', 0, 18), inside_quotation('"We met," he said ', 0, 18)
    (True, False)
    """
    return text.count('"', start, end) % 2 == 1 or text.count("\u201c", start, end) > text.count("\u201d", start, end)
