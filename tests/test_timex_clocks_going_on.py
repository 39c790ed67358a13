"""Clock times going on from another one (kg/timex/clocks.py): a clause going on from an evening's time, or from
tonight, to a morning's ends on the morning after; an hour alone ("By 9,") goes on from the clock time just said, with
several publication dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import timex_values as values
from tests.test_tense import parsed_values

PUBLISHED = ["2024-03-06", "2024-12-31", "2025-02-28"]


def _day(published: str, days: int = 0) -> str:
    return (date.fromisoformat(published) + timedelta(days=days)).isoformat()


@pytest.mark.parametrize("published", PUBLISHED)
@pytest.mark.parametrize("sentence,start,end", [
    ("The curfew starts at 9 p.m. and ends at 5 a.m.", "T21:00", "T05:00"),
    ("The party started at 10 p.m. and was broken up by police at 3 a.m.", "T22:00", "T03:00"),
    ("The shelter opens at 8pm and closes at 7am.", "T20:00", "T07:00"),
])
def test_a_clause_from_an_evening_s_time_to_a_morning_s_ends_the_morning_after(published, sentence, start, end):
    found = parsed_values(sentence, published)
    assert [v for _, v in found] == [_day(published) + start, _day(published, 1) + end]


@pytest.mark.parametrize("published", PUBLISHED)
def test_from_an_evening_named_with_its_day_to_a_morning(published):
    sentence = "The curfew will begin at 10 p.m. on Friday and will end at 6 a.m."
    friday = parsed_values(sentence, published)[0][1][:10]
    assert date.fromisoformat(friday).weekday() == 4
    assert parsed_values(sentence, published)[1] == ("6 a.m.", _day(friday, 1) + "T06:00")


@pytest.mark.parametrize("published", PUBLISHED)
@pytest.mark.parametrize("sentence,clock", [
    ("The blackout starts tonight and ends at 6 a.m.", ("6 a.m.", "T06:00")),
    ("Roads will be closed from tonight until 5 a.m.", ("5 a.m.", "T05:00")),
])
def test_a_stretch_from_tonight_ends_on_the_morning_after(published, sentence, clock):
    found = parsed_values(sentence, published)
    assert found == [("tonight", _day(published) + "TNI"), (clock[0], _day(published, 1) + clock[1])]


@pytest.mark.parametrize("published", PUBLISHED)
def test_a_day_s_hours_in_order_stay_on_one_day(published):
    assert [v for _, v in parsed_values("The store opens at 9 a.m. and closes at 8 p.m.", published)] == [
        _day(published) + "T09:00", _day(published) + "T20:00"]
    assert [v for _, v in values("The shop opened at 9 a.m. and was closed by 11 a.m.", published)] == [
        _day(published) + "T09:00", _day(published) + "T11:00"]
    # a morning's time told apart from tonight, in a sentence of its own, is the publication day's
    assert parsed_values("Officials will meet tonight. The blast happened at 5 a.m.", published)[1] == ("5 a.m.", _day(published) + "T05:00")
    # a clause too long to go on from the first time is no stretch
    found = parsed_values("The fire will be allowed to burn from 11 p.m. and crews expect to have put it out at 4 a.m.", published)
    assert found[1][1][:10] == found[0][1][:10]


@pytest.mark.parametrize("published", PUBLISHED)
@pytest.mark.parametrize("sentence,hours", [
    ("The polls opened at 7 a.m. By 9, long lines had formed.", ("T07:00", "T09:00")),
    ("The fire started at 2 p.m. and by 5 it had spread to the hills.", ("T14:00", "T17:00")),
    ("The debate starts at 9 p.m. and should end by 11.", ("T21:00", "T23:00")),
    ("The market opened at 9:30 a.m. and by 10 the index was down 2%.", ("T09:30", "T10:00")),
    ("At 11 a.m. the doors opened; by 1, the hall was full.", ("T11:00", "T13:00")),
    ("At 11 a.m. the doors opened; by 1:30, the hall was full.", ("T11:00", "T13:30")),  # with its minutes too
])
def test_an_hour_alone_goes_on_from_the_clock_time_just_said(published, sentence, hours):
    assert [v for _, v in parsed_values(sentence, published)] == [_day(published) + h for h in hours]


@pytest.mark.parametrize("published", PUBLISHED)
def test_an_hour_alone_beside_a_part_of_the_day(published):
    assert parsed_values("The show starts tonight at 8.", published) == [("tonight", _day(published) + "TNI"), ("8", _day(published) + "T20:00")]


@pytest.mark.parametrize("published", PUBLISHED)
@pytest.mark.parametrize("sentence", [
    "The index stood at 8.",  # no clock time said before it
    "Prices rose at 7 a.m. and by 9 percent by noon.",
    "The team scored three goals by 9 minutes.",
    "The vote was 7 to 2 at 3 p.m. on a count of 9 votes.",
    "Polls closed at 8 p.m. Three days later, turnout stood at 9.",  # another time told since the clock time
    "Polls closed at 8 p.m. Turnout was high.\n\nThe index ended at 9.",  # two sentences on
])
def test_a_figure_alone_that_names_no_hour(published, sentence):
    assert all(not text.isdigit() for text, _ in parsed_values(sentence, published))
