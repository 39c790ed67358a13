"""Dates and calendar periods named outright (kg/timex/dates.py), with several publication dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.timex import find_timexes
from tests.conftest import timex_values as values
from tests.test_tense import parsed_values


@pytest.mark.parametrize("published,sentence,expected", [
    ("2025-05-21", "He visited in March.", "2025-03"),
    ("2025-01-15", "The vote was held in December.", "2024-12"),     # December read in January is last year
    ("2025-11-20", "Elections will be held in February.", "2026-02"),
    ("2025-05-21", "They met last May.", "2024-05"),
    ("2025-05-21", "Prices rose in May 2019.", "2019-05"),
])
def test_months(published, sentence, expected):
    assert [v for _, v in values(sentence, published)] == [expected]


@pytest.mark.parametrize("phrase,expected", [
    ("the third quarter", "2025-Q3"), ("the 1990s", "199"), ("the 20th century", "19"), ("this summer", "2025-SU"),
    ("fiscal 1998", "1998"), ("January 5, 2024", "2024-01-05"), ("2024-01-05", "2024-01-05"), ("1994", "1994"),
])
def test_calendar_units(phrase, expected):
    assert values(f"Results for {phrase} were good.", "2025-11-20") == [(phrase, expected)]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.integers(1, 12))
def test_past_month_is_within_the_last_year(published, month):
    name = date(2000, month, 1).strftime("%B")
    (t,) = find_timexes(f"They visited in {name}.", published.isoformat())
    start = date.fromisoformat(t.start)
    assert start.month == month and start <= published and (published - start).days < 366


@pytest.mark.parametrize("published,expected", [
    ("2025-11-20", ["2025-SU", "2026-SU", "2024-WI"]),   # summer is over; last winter began in December 2024
    ("2025-07-01", ["2024-SU", "2026-SU", "2024-WI"]),   # in the middle of summer
    ("2025-01-10", ["2024-SU", "2025-SU", "2023-WI"]),   # in the middle of a winter that began in 2024
])
def test_seasons_relative_to_the_one_running(published, expected):
    found = values("It rained last summer, next summer and last winter.", published)
    assert [v for _, v in found] == expected


@pytest.mark.parametrize("published,sentence,expected", [
    ("1998-02-06", "The index is near its record high of Aug. 6.", "1997-08-06"),   # far ahead: read as the past
    ("1998-02-06", "The index is near its level of March 6.", "1998-03-06"),        # near ahead
    ("1998-10-25", "In January, the clinic reopened.", "1998-01"),
])
def test_without_a_tense_only_near_dates_lie_ahead(published, sentence, expected):
    assert [v for _, v in values(sentence, published)] == [expected]


@pytest.mark.parametrize("published,sentence,expected", [
    ("2025-05-21", "The offensive was launched in August last year.", ("August last year", "2024-08")),
    ("2025-01-03", "Talks began in late January this year.", ("late January this year", "2025-01")),
    ("2024-12-30", "The law takes effect in March next year.", ("March next year", "2025-03")),
])
def test_month_of_a_year_named_relatively(published, sentence, expected):
    assert values(sentence, published) == [expected]


@pytest.mark.parametrize("published,sentence,expected", [
    ("2025-05-21", "Casualties rose in the second week of May.", "2025-W19"),     # the week of May's 2nd Thursday
    ("2025-05-21", "The summit is planned for the last week of June 2026.", "2026-W26"),
    ("2021-01-10", "Schools reopened in the first week of January.", "2021-W01"),  # Jan. 1 is a Friday: W01 starts the 4th
])
def test_a_week_of_a_month(published, sentence, expected):
    assert [v for _, v in values(sentence, published)] == [expected]


@pytest.mark.parametrize("published,sentence,expected", [
    ("2025-05-21", "The accord was signed on Tuesday, 20 May.", ("Tuesday, 20 May", "2025-05-20")),
    ("2025-05-21", "The hostages were freed on Sat., May 17.", ("Sat., May 17", "2025-05-17")),
    ("2025-01-02", "The decree of Friday 27 December 2024 stands.", ("Friday 27 December 2024", "2024-12-27")),
    ("2025-05-21", "Figures released on 20/05/2025 show a drop.", ("20/05/2025", "2025-05-20")),     # cannot be month 20
    ("2025-05-21", "Figures released on 05/06/2025 show a drop.", ("05/06/2025", "2025-05-06")),     # month first
    ("2025-05-21", "Figures released on 06.05.2025 show a drop.", ("06.05.2025", "2025-05-06")),     # day first
])
def test_day_month_orders(published, sentence, expected):
    assert values(sentence, published) == [expected]


def test_a_season_of_a_year_is_one_expression():
    assert values("In the spring of 2024, the offensive stalled.", "2025-05-21") == [("the spring of 2024", "2024-SP")]


@pytest.mark.parametrize("published,sentence,expected", [
    # early, late, mid and a bare season after a preposition; the clause says which year's
    ("1989-10-26", "Orders rose from the low levels of the early summer.", [("the early summer", "1989-SU", "START")]),
    ("2013-10-26", "Prices fell in late spring and in mid-winter.", [("late spring", "2013-SP", "END"), ("mid-winter", "2012-WI", "MID")]),
    ("2013-10-26", "The plant will open in spring.", [("spring", "2014-SP", None)]),
    ("2025-03-01", "The plant closed in summer.", [("summer", "2024-SU", None)]),
    ("2025-03-01", "The plant will close in summer. It will fall apart.", [("summer", "2025-SU", None)]),
])
def test_seasons_without_a_year(published, sentence, expected):
    assert [(t.text, t.value, t.mod) for t in find_timexes(sentence, published)] == expected


@pytest.mark.parametrize("published,sentence,expected", [
    ("1989-11-02", "Sales for the full year were $6.6 billion.", [("the full year", "1989")]),
    ("2025-01-02", "The company expects a loss for the year.", [("the year", "2025")]),
    ("1989-11-02", "Revenue was $76 million in the year ended March 31.", [("the year", "P1Y"), ("March 31", "1989-03-31")]),
    ("2025-05-21", "He was named player of the year in the year 2000.", [("the year 2000", "2000")]),
    # in results of a quarter of last year, told early in the new one, "the year" is that quarter's year
    ("2013-03-21", "It lost $2 million in the fourth quarter. For the full year, sales rose 5 percent.",
     [("the fourth quarter", "2012-Q4"), ("the full year", "2012")]),
    ("2025-01-30", "Profit fell in the fourth quarter and rose for the year.", [("the fourth quarter", "2024-Q4"), ("the year", "2024")]),
    ("2025-01-30", "Profit fell in the fourth quarter. It expects growth for the year.", [("the fourth quarter", "2024-Q4"), ("the year", "2025")]),
])
def test_the_year(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    ("2025-05-21", "Elections are due in October.", "2025-10"),      # "are due": ahead, however far
    ("2025-12-20", "The report is due in March.", "2026-03"),
    ("2025-05-21", "Fighting intensified in mid-May.", "2025-05"),
])
def test_due_and_mid_month(published, sentence, expected):
    assert [v for _, v in values(sentence, published)] == [expected]


@pytest.mark.parametrize("published,sentence,expected", [
    # years said in words, as broadcast transcripts write them, after a month or a season
    ("1998-02-27", "The talks began in January nineteen ninety-seven.", [("January nineteen ninety-seven", "1997-01")]),
    ("2003-01-02", "It snowed in the winter of two thousand and one.", [("the winter of two thousand and one", "2001-WI")]),
    ("1998-02-27", "We met on January nineteen.", [("January", "1998-01")]),  # a lone "nineteen" is no year
    # halves, also as two quarters of a named year
    ("1989-10-26", "Profit fell in the last half of 1989.", [("the last half of 1989", "1989-H2")]),
    ("1990-01-02", "Sales rose in the first two quarters of 1990.", [("the first two quarters of 1990", "1990-H1")]),
    ("1990-01-02", "He waited the last half hour.", []),
    # a half that names no year is a half of something else (a match, a decade), unless the sentence is of money
    ("2013-03-13", "Villa scored seven minutes into the second half.", [("seven minutes", "PT7M")]),
    ("1989-10-30", "Profit rose 20% in the first half.", [("the first half", "1989-H1")]),
    ("2025-01-02", "Growth should pick up in the second half of the year.", [("the second half of the year", "2025-H2")]),
    # a quarter-final is a round, not a quarter
    ("2013-03-13", "Barcelona reached the quarter-finals on Tuesday.", [("Tuesday", "2013-03-12")]),
    ("2024-12-30", "The quarter final will be played in May.", [("May", "2025-05")]),
    # "or so" before ago
    ("1991-02-25", "It failed a week or so ago.", [("a week or so ago", "1991-W08")]),
    ("2025-01-03", "It failed a month or so ago.", [("a month or so ago", "2024-12")]),
    # a part of the day with early, late or mid: on the day the text tells of, or the day it names
    ("1989-11-02", "Stocks fell by mid-afternoon yesterday.", [("mid-afternoon yesterday", "1989-11-01TAF")]),
    ("2025-05-21", "Talks stalled late afternoon Monday.", [("late afternoon Monday", "2025-05-19TAF")]),
    ("2025-05-21", "By late afternoon, the crowd had gone.", [("late afternoon", "2025-05-21TAF")]),
    ("2025-01-01", "They met on Tuesday. By mid-morning they had agreed.", [("Tuesday", "2024-12-31"), ("mid-morning", "2024-12-31TMO")]),
])
def test_spoken_years_halves_or_so_and_parts_of_the_day(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a day of the month alone: of the month the text last named, else of the publication's month
    ("2025-05-21", "Talks opened on May 2 and ended on the 9th.", [("May 2", "2025-05-02"), ("the 9th", "2025-05-09")]),
    ("2025-05-21", "The trial began on the 14th.", [("the 14th", "2025-05-14")]),
    ("2025-01-10", "The trial began on the 24th.", [("the 24th", "2024-12-24")]),  # ahead of the publication day: last month
    ("2024-12-20", "The trial will begin on the 3rd.", [("the 3rd", "2025-01-03")]),
    ("2025-05-21", "The fire started on the 14th floor.", []),
])
def test_a_day_of_the_month_alone(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a season of a year named relatively, a holiday with its year, a clock time before a day-month date
    ("2013-03-20", "In the spring of last year, prices peaked.", [("the spring of last year", "2012-SP")]),
    ("2025-01-02", "In the summer of next year, the line opens.", [("the summer of next year", "2026-SU")]),
    ("2013-03-20", "On New Year's Day 2013 he was elected.", [("New Year's Day 2013", "2013-01-01")]),
    ("2013-03-20", "The deadline is midnight on 31 March.", [("midnight on 31 March", "2013-03-31T24:00")]),
    ("2024-12-30", "Polls close at 8pm on 2 January.", [("8pm on 2 January", "2025-01-02T20:00")]),
    # short units alone after "within", "for", "took": vague lengths; not "office hours"
    ("2013-03-20", "Within hours, troops arrived; fighting lasted for days. Office hours are short.",
     [("hours", "PTXH"), ("days", "PXD")]),
])
def test_relative_years_holidays_with_years_and_vague_short_units(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # both days of a pair or range, each a day of the month named once
    ("1999-02-10", "The summit will be held on April 24 and 25.", [("April 24", "1999-04-24"), ("25", "1999-04-25")]),
    ("2013-03-20", "Talks run from 1 to 3 April.", [("1", "2013-04-01"), ("3 April", "2013-04-03")]),
    ("2024-12-30", "The vote is on January 9-10.", [("January 9", "2025-01-09"), ("10", "2025-01-10")]),
    # the second day may be followed by a place or a noun of its own
    ("2013-03-22", "The talks are set for April 5-6 in Almaty.", [("April 5", "2013-04-05"), ("6", "2013-04-06")]),
    ("2013-03-22", "The summit is on April 24 and 25 in Geneva.", [("April 24", "2013-04-24"), ("25", "2013-04-25")]),
    ("2013-01-02", "The December 14-15 summit failed.", [("December 14", "2012-12-14"), ("15", "2012-12-15")]),
    ("2013-03-22", "Prices rose 5-6 percent on March 4-5.", [("March 4", "2013-03-04"), ("5", "2013-03-05")]),
])
def test_pairs_and_ranges_of_days(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("sentence", ["On May 2 and 25 people died there.", "On May 2 and 25 more were hurt.",
                                      "On May 2-25 percent of voters stayed home."])
def test_a_number_after_a_day_that_counts_something_else_is_no_day(sentence):
    assert [t for t, _ in values(sentence, "2013-03-20")] == ["May 2"]


def test_a_number_after_a_dash_pairs_only_with_a_day_right_before_it():
    found = values("He arrived on May 2. The season ran from March 2013-14.", "2013-03-20")
    assert found == [("May 2", "2013-05-02"), ("March 2013", "2013-03"), ("14", "2014")]  # the second of two years, no day


@pytest.mark.parametrize("published,sentence,expected", [
    # "that winter" is the season of the year the text last named, "the same summer" too
    ("2013-03-22", "Prices peaked in the summer of 2008 and fell that winter.", [("the summer of 2008", "2008-SU"), ("that winter", "2008-WI")]),
    ("1999-01-05", "He was elected in 1996; the same spring he fell ill.", [("1996", "1996"), ("the same spring", "1996-SP")]),
    # a quarter's or a half's year written before it, and the end of a quarter
    ("2013-03-22", "Growth returns in 2013's second half.", [("2013's second half", "2013-H2")]),
    ("1989-10-31", "It could start as early as next year's first quarter.", [("next year's first quarter", "1990-Q1")]),
    ("2012-12-31", "The deal closes by the end of the fourth quarter.", [("the end of the fourth quarter", "2012-Q4")]),
    # "fiscal year 2014", "the year 2000" are one expression
    ("2013-03-22", "Congress passed the budget for fiscal year 2014.", [("fiscal year 2014", "2014")]),
    ("1998-01-02", "Computers may fail in the year 2000.", [("the year 2000", "2000")]),
])
def test_seasons_of_a_named_year_and_years_written_before_a_period(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # both years of a range of years, the second written in full or in two figures (a fiscal year so written is
    # the one it ends in: tests/test_timex_quarters.py)
    ("2013-03-22", "Figures for 2010-2012 show a rise.", [("2010", "2010"), ("2012", "2012")]),
    ("2013-03-22", "The 2010–11 budget and the 2013/14 season were cut.", [("2010", "2010"), ("11", "2011"), ("2013", "2013"), ("14", "2014")]),
    # "May" after another month and "and" is the month
    ("2013-03-22", "Rain is expected between April and May.", [("April", "2013-04"), ("May", "2013-05")]),
    ("2013-03-22", "Theresa May and John Major spoke.", []),
])
def test_ranges_of_years_and_months(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published", ["2013-03-21", "2014-01-01", "2013-12-31"])
@pytest.mark.parametrize("sentence,expected", [
    # a month or day without a year, after a day written with its year in the same sentence, runs on from it
    ("The plant opened on June 4, 2010, and closed on Aug. 30.", [("June 4, 2010", "2010-06-04"), ("Aug. 30", "2010-08-30")]),
    ("The plant opened on Nov. 4, 2010, and closed on Feb. 2.", [("Nov. 4, 2010", "2010-11-04"), ("Feb. 2", "2011-02-02")]),
    ("He was arrested on Oct. 2, 2009, and charged in December.", [("Oct. 2, 2009", "2009-10-02"), ("December", "2009-12")]),
    # and so does a story of that past year in the next sentence of the paragraph (see test_tense.py), not the next paragraph
    ("It opened on June 4, 2010. It closed on Aug. 30.", [("June 4, 2010", "2010-06-04"), ("Aug. 30", "2010-08-30")]),
    ("It opened on June 4, 2010.\n\nIt closed on Aug. 30.", [("June 4, 2010", "2010-06-04"), ("Aug. 30", None)]),
    # not where the clause looks ahead, nor after a month or a year alone
    ("The law, passed on May 4, 2010, will take effect on Jan. 1.", [("May 4, 2010", "2010-05-04"), ("Jan. 1", None)]),
    ("The rate fell from 8.3% in January 2010 to 7.7% in February.", [("January 2010", "2010-01"), ("February", None)]),
    ("Under a plan approved in 2010, it bought shares through Sept. 29.", [("2010", "2010"), ("Sept. 29", None)]),
])
def test_the_year_a_sentence_tells_of(published, sentence, expected):
    found = values(sentence, published)
    assert [t for t, _ in found] == [t for t, _ in expected]
    for (_, value), (_, want) in zip(found, expected, strict=True):
        assert value == want if want is not None else not value.startswith(("2010", "2011"))


@pytest.mark.parametrize("published", ["2013-03-22", "1998-12-31", "2025-01-01"])
@pytest.mark.parametrize("sentence,expected", [
    # a year before 1800 where a preposition makes it one, even at the end of a sentence
    ("The city was founded in 1534.", [("1534", "1534")]),
    ("The war lasted from 1337 to 1453.", [("1337", "1337"), ("1453", "1453")]),
    ("The palace was built between 1661 and 1710, after 1648.", [("1661", "1661"), ("1710", "1710"), ("1648", "1648")]),
    # alone, or before a plural noun, a number of that size is a count
    ("He scored 1500 points in 1700 games.", []),
    ("They sold 1200 last year.", [("last year", None)]),
])
def test_years_before_1800(published, sentence, expected):
    found = values(sentence, published)
    assert [t for t, _ in found] == [t for t, _ in expected]
    assert all(v == want for (_, v), (_, want) in zip(found, expected, strict=True) if want is not None)


@pytest.mark.parametrize("published,sentence,expected", [
    # "a year earlier" right after a month, in the same sentence, is that month a year before
    ("2013-03-22", "Unemployment rose to 14 percent in January, from 10 percent a year earlier.",
     [("January", "2013-01"), ("a year earlier", "2012-01")]),
    ("2025-01-10", "Sales fell in December from a year ago.", [("December", "2024-12"), ("a year ago", "2023-12")]),
    # in another sentence, or after another date, it is the year before publication
    ("2013-03-22", "Unemployment rose in January. A year earlier it was lower.", [("January", "2013-01"), ("A year earlier", "2012")]),
    ("2013-03-22", "In January, on Tuesday, sales were up from a year earlier.",
     [("January", "2013-01"), ("Tuesday", "2013-03-19"), ("a year earlier", "2012")]),
])
def test_a_year_before_a_month_named(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a range or pair of months runs forward: its second month follows its first
    ("2013-01-15", "The festival ran between December and February.", [("December", "2012-12"), ("February", "2013-02")]),
    ("2013-03-22", "The survey was carried out from November to January.", [("November", "2012-11"), ("January", "2013-01")]),
    ("2025-03-31", "Output fell between October and February.", [("October", "2024-10"), ("February", "2025-02")]),
    ("2013-03-22", "Prices rose in January and February.", [("January", "2013-01"), ("February", "2013-02")]),
])
def test_a_range_of_months_runs_forward(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    ("2013-03-22", "The law will take effect Jan. 1.", "2014-01-01"),     # well behind, in a clause ahead: next year's
    ("2012-12-28", "The new tax will take effect on Jan. 1.", "2013-01-01"),
    ("2025-02-20", "The rules will apply from Jan. 5.", "2026-01-05"),
])
def test_a_date_well_behind_in_a_clause_ahead_is_next_years(published, sentence, expected):
    assert [v for _, v in values(sentence, published)] == [expected]


def test_a_capitalised_year_of_is_a_name():
    assert values("2012 was the Year of the Dragon.", "2013-03-21") == [("2012", "2012")]


@pytest.mark.parametrize("published", ["2013-03-22", "2025-01-01"])
@pytest.mark.parametrize("sentence", [
    "Since the fall of the Berlin Wall, Europe has changed.",     # a fall, not autumn
    "He attended the Summer Olympics in London.",                   # a season in a name
    "The Winter Games opened in Sochi.",
])
def test_seasons_that_are_no_time(published, sentence):
    assert values(sentence, published) == []


def test_a_season_beside_a_name_is_still_a_season():
    assert values("The company expects growth in the spring of 2014 and in the Fall.", "2013-03-22") == [
        ("the spring of 2014", "2014-SP"), ("the Fall", "2013-FA")]


@pytest.mark.parametrize("published,sentence,expected", [
    ("2013-03-22", "Boston has received 58 inches of snow this winter.", "2012-WI"),   # said in March: the winter just ended
    ("2025-03-05", "It was the coldest day this winter.", "2024-WI"),
    ("2013-03-22", "Prices may rise this winter.", "2013-WI"),                          # ahead: the next one
    ("2013-03-22", "The building will reopen this fall.", "2013-FA"),
    ("1998-03-22", "They pledged to join the protests this summer.", "1998-SU"),
])
def test_this_season(published, sentence, expected):
    assert [v for _, v in values(sentence, published)] == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("He has lived at the summer residence since then.", []),          # a kind of residence
    ("Stores sold winter coats.", []),
    ("Fuel duty was frozen in the autumn statement.", []),             # a fiscal event's name
    ("Sales rose in the summer heat.", [("the summer", "2012-SU")]),  # the summer still
])
def test_a_season_naming_a_kind(sentence, expected):
    assert values(sentence, "2013-03-24") == expected


@pytest.mark.parametrize("phrase,expected", [("the 1800s", "18"), ("the early 1900s", "19"), ("the 1990s", "199"), ("the 2000s", "200")])
def test_hundreds_are_centuries_and_tens_decades(phrase, expected):
    assert values(f"It began in {phrase}.", "2013-03-22") == [(phrase, expected)]


@pytest.mark.parametrize("sentence,expected", [
    # a decade in two figures after an apostrophe, straight or curly, with or without "the"
    ("He lived in Paris in the 1960s and '70s.", [("the 1960s", "196"), ("'70s", "197")]),
    ("He lived in Paris in the 1960s and \u201970s.", [("the 1960s", "196"), ("\u201970s", "197")]),
    ("In the mid-'90s, it boomed.", [("the mid-'90s", "199")]),
    ("Temperatures were in the 80s.", []),  # no apostrophe: degrees
])
def test_a_decade_in_two_figures(sentence, expected):
    assert values(sentence, "2013-03-22") == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a day written before its month keeps "the" only as "the 4th of March"; "the 4 March election" is the election's
    ("2013-03-22", "Kenyatta won the 4 March election.", [("4 March", "2013-03-04")]),
    ("2013-03-22", "The 14 February shooting shocked the country.", [("14 February", "2013-02-14")]),
    ("2013-01-03", "After the 11 December attacks, security was tightened.", [("11 December", "2012-12-11")]),
    ("2013-03-22", "The vote is on the 4th of April.", [("the 4th of April", "2013-04-04")]),
    ("2013-03-22", "The vote was on the 4 of March.", [("the 4 of March", "2013-03-04")]),
    ("2013-03-22", "The vote was on the 4th March.", [("the 4th March", "2013-03-04")]),
])
def test_the_before_a_day_month_date(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a day that names an event is the day of that event, written alone or before its noun
    ("2013-03-22", "Security was tightened after 9/11.", [("9/11", "2001-09-11")]),
    ("2011-09-12", "The 9/11 commission reported in 2004.", [("9/11", "2001-09-11"), ("2004", "2004")]),
    ("2013-03-22", "Since the Sept. 11 attacks, airports have changed.", [("Sept. 11", "2001-09-11")]),
    # otherwise the date is a date: of the year its clause points to, or the year written
    ("2013-09-01", "The hearing will be held on Sept. 11.", [("Sept. 11", "2013-09-11")]),
    ("2013-03-22", "It happened on Sept. 11, 2012.", [("Sept. 11, 2012", "2012-09-11")]),
    # and other fractions are no days
    ("2013-03-22", "The store is open 24/7 and sells 3/4 of its stock.", []),
])
def test_days_that_name_an_event(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a month in a clause of what happens as a rule is every year's month
    ("2013-03-22", "The rainy season usually starts in May.", [("May", "XXXX-05")]),
    ("2025-12-30", "The board meets each year in June.", [("each year", "P1Y"), ("June", "XXXX-06")]),
    ("2013-03-22", "The festival is held every year in late August.", [("every year", "P1Y"), ("late August", "XXXX-08")]),
    ("2013-03-22", "The company, which usually reports in April, said on Tuesday that profit fell in January.",
     [("April", "XXXX-04"), ("Tuesday", "2013-03-19"), ("January", "2013-01")]),
    # "but" and "that" end the rule's clause too
    ("2013-03-22", "Sales usually rise in December but fell in January.", [("December", "XXXX-12"), ("January", "2013-01")]),
    # a month told of once is that month
    ("2013-03-22", "The rainy season started in May.", [("May", "2012-05")]),
    # a season too, unless named as this, last or next one
    ("2013-03-25", "The rains usually come in the summer.", [("the summer", "XXXX-SU")]),
    ("2013-03-25", "It rained last summer, as it usually does.", [("last summer", "2012-SU")]),
    ("2013-03-22", "The festival was usually held in June, but this year it moved to next January.",
     [("June", "XXXX-06"), ("this year", "2013"), ("next January", "2014-01")]),
])
def test_a_month_or_season_as_a_rule(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,text,expected", [
    # a month or day "of that year" is in the year named last; "of the following year" the one after it
    ("2013-03-21", "The bank failed in 2010. It was taken over on April 23 of that year.",
     [("2010", "2010"), ("April 23 of that year", "2010-04-23")]),
    ("2013-03-21", "He was elected in 2008 and took office in January of the following year.",
     [("2008", "2008"), ("January of the following year", "2009-01")]),
    ("2025-01-02", "He came in 2009. In June of the same year he left.", [("2009", "2009"), ("June of the same year", "2009-06")]),
    ("2013-03-21", "He was elected in 2008 and quit in March that year.", [("2008", "2008"), ("March that year", "2008-03")]),
    ("2013-03-21", "It will happen on April 23 of next year.", [("April 23 of next year", "2014-04-23")]),
])
def test_a_month_or_day_of_that_year(published, text, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize("published,year,january", [("2013-03-19", 2013, "2013-01"), ("2025-04-30", 2025, "2026-01"),
                                                   ("2024-06-03", 2024, "2025-01")])
def test_a_month_the_story_named_keeps_its_year_when_told_of_ahead(published, year, january):
    # figures due ahead report on months behind: the February the story already named, not next year's; a January
    # not named is this year's only where it ended a month or two before (figures to come of a month just ended)
    found = values("Prices rose 2.1 percent in the 12 months to February. Sales figures due on Thursday are expected "
                   "to show a rise in February after a weak January.", published)
    assert [v for t, v in found if t in ("February", "January")] == [f"{year}-02", f"{year}-02", january]
    # a month not named before keeps the tense's reading: the next one
    assert values("The vote will be held in February.", published) == [("February", f"{year + 1}-02")]


@pytest.mark.parametrize("published", ["2013-03-22", "2025-01-01", "2024-10-15"])
def test_a_day_of_the_year_as_a_rule_is_every_year_s(published):
    assert values("The government must present its budget by Oct. 15 each year.", published)[0] == ("Oct. 15", "XXXX-10-15")
    assert values("The festival is usually held on July 14.", published) == [("July 14", "XXXX-07-14")]
    # the rule holds in its own clause only
    found = values("The firm, which usually reports in April, said profit fell on March 3.", published)
    assert found[0] == ("April", "XXXX-04") and found[1][1].endswith("-03-03") and not found[1][1].startswith("X")


@pytest.mark.parametrize("published,year", [("2013-03-22", 2013), ("2025-01-01", 2024), ("2024-12-31", 2024)])
def test_end_and_start_with_a_hyphen_mark_the_part_of_the_period(published, year):
    # wire and financial copy write "end-February", "end-2014": the end of the period
    found = find_timexes("Prices peaked at end-February and will fall by end-2030; at end-March 2012 they were low.", published)
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("end-February", f"{year}-02", "END"), ("end-2030", "2030", "END"), ("end-March 2012", "2012-03", "END")]
    assert values("The plant opens in start-April.", published)[0][0] == "start-April"


@pytest.mark.parametrize("published,weekend", [("2013-03-22", "2013-W15-WE"), ("2025-01-01", "2025-W15-WE")])
def test_the_weekend_of_a_date_is_that_weekend(published, weekend):
    assert values("The festival will run over the weekend of April 13-14.", published) == [("the weekend of April 13-14", weekend)]
    assert values("The festival will run over the weekend of 13-14 April.", published) == [("the weekend of 13-14 April", weekend)]


@pytest.mark.parametrize("published", ["2015-07-24", "2013-01-02", "2025-12-31"])
def test_a_when_clause_after_a_year_is_in_that_year(published):
    found = values("The wettest summer on record was in 2012, when 379mm of rain fell between June and August.", published)
    assert found == [("2012", "2012"), ("June", "2012-06"), ("August", "2012-08")]
    assert values("The town last flooded in 2007, when the river rose on July 20.", published)[-1] == ("July 20", "2007-07-20")
    # the next sentence goes back to the news
    assert values("The town last flooded in 2007. In June, the river rose.", published)[-1][1] != "2007-06"


@pytest.mark.parametrize("published", ["2024-02-29", "2024-11-15", "2025-05-21"])
def test_may_after_for_is_a_month_unless_the_story_names_a_may(published):
    found = values("Traders are pricing in a first rate cut for May.", published)
    assert [t for t, _ in found] == ["May"] and found[0][1].endswith("-05")
    # where someone is called May, "for May" may be her
    assert values("Theresa May spoke on trade. There was little support for May in the vote.", published) == []


@pytest.mark.parametrize("published,year", [("2024-05-07", 2024), ("2025-11-30", 2025)])
def test_a_half_of_the_calendar_year(published, year):
    found = values("She expected the second half of the calendar year to be stronger.", published)
    assert found == [("the second half of the calendar year", f"{year}-H2")]
    found = values("Sales rose in the first half of last calendar year.", published)
    assert found == [("the first half of last calendar year", f"{year - 1}-H1")]


@pytest.mark.parametrize("published,expected", [
    ("2024-03-14", ("2024-W15", "2024-W05", "2024-W13")),  # April 11, Feb. 1, March 28 are the Thursdays
    ("2024-12-20", ("2025-W02", "2024-W45", "2024-W52")),  # across a year boundary
])
def test_a_week_of_this_next_or_last_month(published, expected):
    assert values("A hearing is set for the second week of next month.", published) == [("the second week of next month", expected[0])]
    assert values("Talks were held in the first week of last month.", published) == [("the first week of last month", expected[1])]
    assert values("The vote is due in the last week of this month.", published) == [("the last week of this month", expected[2])]


@pytest.mark.parametrize("published,this_summer", [("2024-03-28", "2024-SU"), ("2022-11-16", "2023-SU")])
def test_the_end_of_a_season_and_a_season_of_a_year_just_named(published, this_summer):
    found = find_timexes("It is not expected to arrive before the end of the summer.", published)
    assert [(t.text, t.value, t.mod) for t in found] == [("the end of the summer", this_summer, "END")]
    # told of the past, after a year named earlier in the sentence: that year's
    found = values("The last national rail strike, in 1994, lasted for six weeks over the summer.", published)
    assert found[-1] == ("the summer", "1994-SU")
    found = values("The strike in 1994 ended. Talks resumed over the summer.", published)
    assert found[-1][1] != "1994-SU"  # not across a sentence end


@pytest.mark.parametrize("published,next_month,year_end", [
    ("2024-05-17", "2024-06-01", "2024-12-31"),
    ("2024-12-17", "2025-01-01", "2024-12-31"),  # across a year boundary
])
def test_the_first_or_last_day_of_a_period(published, next_month, year_end):
    assert values("It takes effect on the first day of next month.", published) == [("the first day of next month", next_month)]
    assert values("It takes effect on the first of next month.", published) == [("the first of next month", next_month)]
    assert values("The law expires on the last day of the year.", published) == [("the last day of the year", year_end)]
    assert values("The law expired on the last day of 2020.", published) == [("the last day of 2020", "2020-12-31")]
    assert values("It began on the last day of February 2024.", published) == [("the last day of February 2024", "2024-02-29")]


@pytest.mark.parametrize("published", ["2024-05-15", "1998-03-04"])
def test_a_fiscal_year_written_short(published):
    assert values("The company's FY24 results were strong.", published) == [("FY24", "2024")]
    assert values("Sales in FY'98 fell.", published) == [("FY'98", "1998")]
    # not in lower case, nor a model number
    assert values("The fy24 plan.", published) == []
    assert values("Model FY24-100 was sold.", published) == []


@pytest.mark.parametrize("published,year", [("2024-06-12", 2024), ("2023-12-20", 2024)])
def test_a_weekday_of_a_month(published, year):
    first_tuesday = next(date(year, 11, d) for d in range(1, 8) if date(year, 11, d).isoweekday() == 2)
    assert values("The vote will be on the first Tuesday of November.", published) == [
        ("the first Tuesday of November", first_tuesday.isoformat())]
    assert values("The vote was on the first Tuesday of November 2020.", published) == [("the first Tuesday of November 2020", "2020-11-03")]
    found = find_timexes("The board meets on the second Tuesday of every month.", published)
    assert [(t.text, t.type, t.value) for t in found] == [("the second Tuesday of every month", "SET", "P1M")]


@pytest.mark.parametrize("published", ["2024-06-12", "2024-12-31"])
def test_some_time_before_a_time_is_no_length(published):
    assert values("It happened some time in the late 1990s.", published) == [("the late 1990s", "199")]
    assert values("Troops will stay there for some time.", published) == [("some time", "PXM")]


@pytest.mark.parametrize("published", ["2024-09-10", "1998-03-05"])
def test_more_ways_to_write_a_day(published):
    assert values("It happened on 5-Sep-2024.", published) == [("5-Sep-2024", "2024-09-05")]
    assert values("It happened on 2024/09/05.", published) == [("2024/09/05", "2024-09-05")]
    assert values("It happened on the fifth of September, 2024.", published) == [("the fifth of September, 2024", "2024-09-05")]
    assert values("It happened on September the twenty-first, 2024.", published) == [("September the twenty-first, 2024", "2024-09-21")]
    # an ordinal after a month in lower case, or before a noun, is no day
    assert values("They may first consult the board.", published) == []
    assert [t for t, _ in values("In September third-quarter sales rose.", published)] == ["September", "third-quarter"]


@pytest.mark.parametrize("published", ["2026-12-02", "2025-01-10", "2024-11-20"])
def test_a_superlative_month_has_come_unless_foreseen_near(published):
    # "It follows the wettest November in a decade": a record is of a month that has been
    day = date.fromisoformat(published)
    november = f"{day.year - (day.month < 11)}-11"
    assert parsed_values("It follows the wettest November in a decade.", published)[0] == ("November", november)
    # foreseen, the one very near: "Retailers expect the busiest December in years", told in November
    if day.month >= 10:
        assert parsed_values("Retailers expect the busiest December in years.", published)[0] == ("December", f"{day.year}-12")


@pytest.mark.parametrize("published", ["2026-11-18", "2027-02-28", "2025-12-31"])
def test_a_weekday_and_an_ordinal_day_is_that_day_of_a_month_near_by(published):
    day = date.fromisoformat(published)
    found = values("The vote will be on Friday the 13th.", published)
    assert found[0][0] == "Friday the 13th"
    vote = date.fromisoformat(found[0][1])
    assert (vote.day, vote.isoweekday()) == (13, 5) and vote >= day and (vote - day).days < 366
    past = date.fromisoformat(values("The vote was on Friday the 13th.", published)[0][1])
    assert (past.day, past.isoweekday()) == (13, 5) and past <= day
    assert values("It happened on March the 3rd, 2020.", published) == [("March the 3rd, 2020", "2020-03-03")]


@pytest.mark.parametrize("published", ["2026-05-13", "2026-01-02", "2025-12-31"])
def test_a_month_and_an_ordinal_before_a_noun_is_the_month(published):
    year, month = int(published[:4]), int(published[5:7])
    february = year if month >= 2 else year - 1
    assert values("In February the first workers arrived.", published) == [("February", f"{february}-02")]
    assert values("On January the first the plant closed.", published) == [("January the first", f"{year}-01-01")]


@pytest.mark.parametrize("published", ["2026-03-11", "2012-01-01", "1999-12-31"])
def test_a_season_that_ends_a_name_is_no_season(published):
    assert values("It was the biggest protest since the Arab Spring of 2011.", published) == [("2011", "2011")]
    assert values("The Prague Spring of 1968 was crushed.", published) == [("1968", "1968")]
    assert values("In Spring 2011, protests spread.", published) == [("Spring 2011", "2011-SP")]
