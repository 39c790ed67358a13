"""A name before a noun of a stretch of time ("the Easter holiday"), the late part of "the year" and a trend
"through June" told of the past (kg/tense.py, kg/timex/relative.py, grammar.py): dated by the verb above them,
with several publication dates, across the year boundary."""

from __future__ import annotations

from datetime import date

import pytest

from kg.timex.values import holiday_date
from tests.test_tense import parsed_values


@pytest.mark.parametrize("published", ["2026-03-14", "2026-06-14", "2025-12-31", "2026-01-01"])
def test_a_holiday_named_before_a_stretch_noun_is_dated_by_the_verb_above_the_noun(published):
    day = date.fromisoformat(published)

    def easter(direction: int) -> str:
        this = holiday_date("easter", day.year)
        if direction < 0:
            return (this if this < day else holiday_date("easter", day.year - 1)).isoformat()
        return (this if this > day else holiday_date("easter", day.year + 1)).isoformat()

    assert parsed_values("Markets were closed over the Easter holiday.", published) == [("Easter", easter(-1))]
    assert parsed_values("Markets will be closed over the Easter holiday.", published) == [("Easter", easter(+1))]
    christmas_before = f"{day.year - 1 if (day.month, day.day) <= (12, 25) else day.year}-12-25"
    assert parsed_values("Shops reopened after the Christmas break.", published) == [("Christmas", christmas_before)]


def test_a_month_before_a_noun_of_its_own_keeps_its_reading():
    assert parsed_values("The June meeting was cancelled.", "2026-03-14") == [("June", "2026-06")]


@pytest.mark.parametrize("published", ["2026-01-05", "2025-03-02", "2024-09-30"])
def test_the_late_part_of_the_year_told_of_the_past_is_last_year_s(published):
    year = int(published[:4])
    assert parsed_values("The index hit a record on the last trading day of the year.", published) == [("the year", str(year - 1))]
    assert parsed_values("In the final weeks of the year, sales slumped.", published)[-1] == ("the year", str(year - 1))
    # told ahead, or of the year's start, it is this year
    assert parsed_values("The index will hit a record on the last trading day of the year.", published) == [("the year", str(year))]
    assert parsed_values("Sales slumped in the first weeks of the year.", published)[-1] == ("the year", str(year))


def test_the_late_part_of_the_year_told_in_its_last_quarter_is_this_year_s():
    assert parsed_values("In the final weeks of the year, sales slumped.", "2026-12-20")[-1] == ("the year", "2026")


@pytest.mark.parametrize("published", ["2026-08-12", "2026-02-03", "2025-12-31"])
def test_a_trend_told_of_the_past_through_a_month_ran_through_the_one_behind(published):
    day = date.fromisoformat(published)
    june = f"{day.year if day.month > 6 else day.year - 1}-06"
    assert parsed_values("The drought worsened through June.", published) == [("June", june)]
    assert parsed_values("Prices rose until June.", published) == [("June", june)]
    # a deadline set in the past still lies ahead, and a trend to come is ahead too
    june_ahead = f"{day.year if day.month < 6 else day.year + 1}-06"
    assert parsed_values("The council extended the ban through June.", published) == [("June", june_ahead)]
    assert parsed_values("Prices will rise until June.", published) == [("June", june_ahead)]
