"""Temporal expressions: the stage as a whole (the seed article, what is not a time, names, the quick test of
a pattern's needs) and what the context says (kg/timex/context.py: deadlines, clause ends)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import nlp
from kg.tense import parse_hint
from kg.timex import calendar_value, find_timexes
from tests.conftest import timex_values as values
from tests.test_tense import parsed_values


def test_seed_expressions():
    text = ("Putin visited the region on Tuesday, the Kremlin revealed on Wednesday. He last visited the region in March. "
            "Kyiv said it had engaged Russian forces over the previous 24 hours. Trump said earlier this week that talks will begin.")
    found = {t.text: t for t in find_timexes(text, "2025-05-21")}
    assert found["Tuesday"].value == "2025-05-20"
    assert found["Wednesday"].value == "2025-05-21"
    assert found["March"].value == "2025-03"
    assert found["earlier this week"].value == "2025-W21"
    day = found["the previous 24 hours"]
    assert (day.start, day.end) == ("2025-05-20", "2025-05-21") and calendar_value(day) == "2025-W21"


def test_not_times():
    assert values("Theresa May said they would march on. The Second World War ended.", "2025-05-21") == []


def test_unresolved_without_publication_date():
    assert values("He visited on Tuesday in March.", None) == [("Tuesday", "XXXX-WXX-2"), ("March", "XXXX-03")]


@pytest.mark.parametrize("published,sentence,expected", [
    ("1998-03-04", "The shuttle will fly a mission in December. It has flown before.", "1998-12"),   # full stop is not "past"
    ("1989-10-30", "The company must repay the loan by February.", "1990-02"),                      # a deadline lies ahead
    ("1989-10-30", "Lenders extended credit through January.", "1990-01"),
    ("1989-10-30", "The agreement, effective Feb. 1, was signed.", "1990-02-01"),
    ("1999-05-06", "Until Thursday, they had not called him a suspect.", "1999-05-06"),             # past perfect: no deadline
    ("1999-05-07", "Until Thursday, they had not called him a suspect.", "1999-05-06"),
    # a past perfect in a relative clause is not the deadline's clause
    ("1989-10-30", "The sale, which had been expected, is part of a plan to repay the loan by February.", "1990-02"),
    ("2025-11-20", "The sale, which had been expected, is part of a plan to repay the loan by January.", "2026-01"),
    # "at least" between a deadline and its time
    ("2023-07-22", "The heatwave is forecast to last until at least Wednesday.", "2023-07-26"),
    ("2025-01-02", "The ban was extended until at least Wednesday.", "2025-01-08"),
    # a moment of the day between a deadline and its day
    ("1998-03-05", "They have until sundown Friday to leave.", "1998-03-06"),
    ("2025-01-02", "The rebels were given until dawn on Sunday to withdraw.", "2025-01-05"),
])
def test_deadlines_and_sentence_ends(published, sentence, expected):
    assert [v for _, v in values(sentence, published)] == [expected]


_PIECES = ["week", "WEEK", "Weekend", "year", " year", "the week", "end", "END", "May", "mAy", "1998", "noël", "Noël", "soon", "x", "-", "'s", " "]


@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_the_quick_test_of_a_patterns_needs_agrees_with_its_regex(text):
    """Patterns are tried only where their words are; the word test must never miss what the regex finds."""
    from kg.timex import grammar

    lowered = text.lower() if text.isascii() else None
    for needs in {id(n): n for _, _, n in grammar().patterns if n is not None}.values():
        assert needs.found(text, 0, len(text), lowered) == (needs.regex.search(text) is not None)


def _sentences_of_the_time_tests() -> list[tuple[str, str]]:
    """(sentence, publication date) of every parametrised case in the time stage's tests."""
    import importlib
    import re

    found = []
    for name in ("test_timex", "test_timex_dates", "test_timex_days", "test_timex_lengths", "test_timex_quarters",
                 "test_timex_relative", "test_tense"):
        for function in vars(importlib.import_module(f"tests.{name}")).values():
            for mark in getattr(function, "pytestmark", []):
                for case in mark.args[1] if mark.name == "parametrize" else []:
                    items = case if isinstance(case, tuple) else (case,)
                    published = next((v for v in items if isinstance(v, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", v)), "2013-03-22")
                    found += [(v, published) for v in items if isinstance(v, str) and len(v) > 12 and " " in v]
    return found


def test_the_quick_tests_of_needs_skip_no_expression(monkeypatch):
    """A pattern is tried only where one of its words is: trying every pattern everywhere finds the same."""
    import dataclasses

    import kg.timex
    from kg.timex.grammar import grammar

    cases = _sentences_of_the_time_tests()
    assert len(cases) > 500
    with_tests = [values(text, published) for text, published in cases]
    every_pattern = dataclasses.replace(grammar(), patterns=tuple((kind, rx, None) for kind, rx, _ in grammar().patterns))
    monkeypatch.setattr(kg.timex, "grammar", lambda: every_pattern)
    assert [values(text, published) for text, published in cases] == with_tests


@pytest.mark.parametrize("published,sentence,expected", [
    # comparisons: the time is what follows "as soon as" or "as recently as"
    ("2000-04-03", "He could leave as soon as Tuesday.", [("Tuesday", "2000-04-04")]),
    ("2025-05-21", "As recently as 2010, the plant was open.", [("2010", "2010")]),
    ("2025-05-21", "Return the boy as soon as possible.", [("as soon as possible", "FUTURE_REF")]),
    ("2025-05-21", "The talks will resume soon.", [("soon", "FUTURE_REF")]),
    # names: a march, a television programme
    ("1999-01-22", "Thousands joined the March for Life in Washington.", []),
    ("2000-01-15", "She led the March of the Combatant Mothers.", []),
    ("2000-04-17", "He spoke on CBS's '60 Minutes' program.", []),
    ("2025-05-21", "He visited in March for the first time.", [("March", "2025-03")]),
    # other months before such a name are months ("in July for World Youth Day")
    ("2013-03-22", "The pope will travel to Brazil in July for World Youth Day.", [("July", "2013-07")]),
    ("2024-12-30", "Fans will gather in June for World Cup games.", [("June", "2025-06")]),
    ("2013-03-22", "Leaders met in January on Capitol Hill.", [("January", "2013-01")]),
    # "May" set against other Mays is the month
    ("2018-06-02", "It was the hottest May since records began in 1910.", [("May", "2018-05"), ("1910", "1910")]),
    ("2019-06-02", "It was the wettest May on record.", [("May", "2019-05")]),
    ("2019-06-02", "It was the latest May poll.", []),
    # a season naming a kind of games or session
    ("2021-06-09", "Tokyo will host the summer Olympics next month.", [("next month", "2021-07")]),
    ("2021-06-09", "The autumn session of parliament opens in September.", [("September", "2021-09")]),
    ("2021-06-09", "The summer holidays begin in July.", [("The summer", "2021-SU"), ("July", "2021-07")]),  # a time still
])
def test_comparisons_and_names_are_not_times(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # "or so", "or later", "and beyond" and a vague unit's "the" and "ahead" belong to the expression
    ("1989-10-26", "Plants will close over the next year or so.", [("the next year or so", "1990")]),
    ("1989-10-26", "It may grow over the next two years or so.", [("the next two years or so", "P2Y")]),
    ("1989-10-26", "It won't be profitable until 1994 or later.", [("1994 or later", "1994")]),
    ("2025-05-21", "Funds must pay investors in the weeks ahead; over the years, many left.",
     [("the weeks ahead", "PXW"), ("the years", "PXY")]),
])
def test_loose_ends_of_an_expression(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # where a period ends is no deadline: the month is behind in a past clause
    ("2013-03-22", "Profit fell in the three months through February.", "2013-02"),
    ("2014-01-10", "Prices rose 2 percent in the year to December.", "2013-12"),
    # a deadline still lies ahead
    ("2013-12-01", "The ban runs through February.", "2014-02"),
])
def test_the_end_of_a_period_is_no_deadline(published, sentence, expected):
    assert values(sentence, published)[-1][1] == expected


@pytest.mark.parametrize("published", ["2013-03-21", "2025-01-01"])
@pytest.mark.parametrize("sentence", [
    "The state-run China Daily reported the figures.",       # a paper's name, not how often
    "According to the People's Daily, the plan was approved.",
    "The Communist Party daily Granma printed the letter.",
    "The Weekly Standard covered it.",
    "He wrote for the Sunday Times.",                         # a weekday in a name
    "Fans watched Monday Night Football.",
    "She appeared on NBC's Today show.",
    "He wrote for The Week magazine.",                        # a title mid-sentence
    "Members of the April 6 Youth Movement protested.",       # a date opening a name
    "The May 4th Movement began in China.",
    "Crowds filled July 26 Square.",
    "He wrote a history of the Hundred Years' War.",           # a unit in a name
])
def test_time_words_in_names(published, sentence):
    assert values(sentence, published) == []


@pytest.mark.parametrize("published,sentence,expected", [
    ("2013-03-21", "Daily trips resumed on the Sunday after the vote.", [("Daily", "P1D"), ("Sunday", "2013-03-17")]),
    ("2025-01-01", "The paper is published daily. On Monday Chancellor Scholz spoke.", [("daily", "P1D"), ("Monday", "2024-12-30")]),
    ("2025-01-01", "Traffic was heavy on Friday night.", [("Friday night", "2024-12-27TNI")]),
    ("2025-01-01", "On Dec. 3 Party leaders met.", [("Dec. 3", "2024-12-03")]),  # a capitalised word after a date, then no name's noun
    ("2025-01-01", "On Dec. 3 the Party met.", [("Dec. 3", "2024-12-03")]),
    ("2025-01-01", "For the week, the index fell.", [("the week", "2025-W01")]),
])
def test_time_words_beside_names_are_still_times(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a month alone before a capitalised word, with no word that makes it a time, is a first name
    ("2013-03-22", "Reporters asked April Ryan a question.", []),
    ("2025-01-01", "April Ryan asked the president on Tuesday.", [("Tuesday", "2024-12-31")]),
    ("2013-03-22", "The playwright August Wilson died in 2005.", [("2005", "2005")]),
    # after a word that times it, it is a month
    ("2013-03-22", "In April Congress will vote.", [("April", "2013-04")]),
    ("2013-01-02", "By April Congress must act.", [("April", "2013-04")]),
    ("2013-03-22", "The June Senate vote failed.", [("June", "2012-06")]),
    ("2013-03-22", "Since January Mr. Smith has been ill.", [("January", "2013-01")]),
])
def test_a_month_as_a_first_name(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a date before year 1 is a year BC (there is no year 0); after 9999 there is no calendar value: the length stays
    ("2013-03-22", "The temple was built 3,000 years ago.", [("3,000 years ago", "BC0988")]),
    ("2024-02-29", "The ice will be gone 9000 years from now.", [("9000 years", "P9000Y"), ("now", "PRESENT_REF")]),
    ("9999-12-31", "He left on Christmas.", []),
])
def test_dates_beyond_the_calendar(published, sentence, expected):
    assert values(sentence, published) == expected


_TIME_WORDS = ("the last next this past early late mid end of first fourth 31st quarter half week weekend month year decade "
               "century Monday Sunday February 29 30 2000 1999 a.m. p.m. noon midnight night ago later earlier before after "
               "days since until by in on Christmas Easter spring winter 1800s every daily 3,000 years").split()


@given(st.lists(st.sampled_from(_TIME_WORDS), min_size=1, max_size=10).map(" ".join),
       st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_any_words_on_any_publication_date_give_values_not_errors(text, published):
    for t in find_timexes(text, published.isoformat()):
        assert t.text == text[t.start_char : t.end_char] and t.value


_CLAUSES = ["The show runs", "The show ran", "The show will run", "Talks were held", "Flights are suspended", "It has been shut",
            "Police said the strike lasted", "After the vote, markets rose", "A day earlier, they had met"]
_TIMES = ["March 10", "April 15", "Friday", "Monday night", "10:45", "9 p.m.", "the 12th", "Sunday 12th", "mid-April",
          "last week", "2015", "the end of the decade", "sundown Friday", "half past six", "sixteen hundred hours"]
_JOINTS = ["-", " - ", "\u2013", " to ", " and ", " through ", " until ", ", then on ", " or "]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_CLAUSES), st.sampled_from(_TIMES), st.sampled_from(_JOINTS), st.sampled_from(_TIMES),
       st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_times_read_through_the_parse_give_values_not_errors(clause, first, joint, second, published):
    # as ingest reads them: the parse's tense hints reach rules a text without a parse does not (a range of days
    # joined by a dash alone, told in the present, once raised an error there)
    text = f"{clause} {first}{joint}{second}."
    for t in find_timexes(text, published.isoformat(), parse_hint(nlp.parse(text), text)):
        assert t.text == text[t.start_char : t.end_char] and t.value


@pytest.mark.parametrize("published,august", [("2025-01-13", "2024-08"), ("2025-09-02", "2025-08")])
def test_most_recently_looks_back(published, august):
    # "tried to have the case thrown out": a clause that looks ahead, but "most recently" says the time is behind
    found = parsed_values("His lawyers have tried to have the case thrown out four times since then, most recently in August.", published)
    assert found[-1] == ("August", august)
    assert values("Prices hit a record as recently as August.", published)[-1] == ("August", august)


@pytest.mark.parametrize("published,february", [("2025-11-15", "2025-02"), ("2026-01-20", "2025-02")])
def test_what_since_counts_from_is_behind(published, february):
    # "since" before a noun: the noun's own time is behind, in a clause that looks ahead
    found = parsed_values("It will be his first foreign trip since a bout of pneumonia in February.", published)
    assert found == [("February", february)]


@pytest.mark.parametrize("published", ["2025-07-19", "2024-03-02"])
def test_a_run_of_days_until_a_day_told_in_the_past_is_over(published):
    day = date.fromisoformat(published)  # a Saturday
    friday_before, friday_after = str(day - timedelta(days=1)), str(day + timedelta(days=6))
    assert values("About 40 flights were cancelled each day until Friday.", published)[-1] == ("Friday", friday_before)
    assert values("About 40 flights will be cancelled each day until Friday.", published)[-1] == ("Friday", friday_after)


@pytest.mark.parametrize("published", ["2013-03-20", "2025-01-01", "2024-02-29"])
def test_loose_spaces_and_lines_broken_mid_sentence_read_as_one_space(published):
    # a hard-wrapped wire text or a page's doubled spaces: found as the one-spaced text is, at the text's own offsets
    text = "Sales rose  4% in the\nthird quarter. He left on March\t14, 2012, and returned on\n  March 20, 2012."
    one_spaced = "Sales rose 4% in the third quarter. He left on March 14, 2012, and returned on March 20, 2012."
    found, expected = find_timexes(text, published), find_timexes(one_spaced, published)
    assert [(t.value, t.type) for t in found] == [(t.value, t.type) for t in expected] and len(found) == 3
    assert [text[t.start_char : t.end_char] for t in found] == [t.text for t in found] == [
        "the\nthird quarter", "March\t14, 2012", "March 20, 2012"]
    # the parse's hint is asked at the text's own offsets
    parsed = parse_hint(nlp.parse(text), text)
    assert [t.value for t in find_timexes(text, published, parsed)] == [t.value for t in find_timexes(one_spaced, published, parse_hint(
        nlp.parse(one_spaced), one_spaced))]
    # a paragraph's break, or a line opened by a live report's clock time, stays a break
    assert [t.text for t in find_timexes("Polls closed\n23:45 Results are due", published)] == ["23:45"]


@pytest.mark.parametrize("published,yesterday", [("1998-03-03", "1998-03-02"), ("2025-01-01", "2024-12-31")])
def test_earlier_or_later_this_morning_is_one_expression(published, yesterday):
    assert values("Earlier this evening, the Senate voted.", published) == [("Earlier this evening", f"{published}TEV")]
    assert values("We will know more later this afternoon.", published) == [("later this afternoon", f"{published}TAF")]
    assert values("He arrived later last night.", published) == [("later last night", f"{yesterday}TNI")]
