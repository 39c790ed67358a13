"""Stretches named from the publication day or a day named beside them (kg/timex/relative.py, lengths.py,
days.py), with several publication dates including month and year boundaries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kg import nlp
from kg.tense import parse_hint
from kg.timex import find_timexes
from tests.conftest import timex_values as values
from tests.test_tense import parsed_values


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@pytest.mark.parametrize("published", ["2026-06-24", "2026-12-31", "2027-01-01"])
def test_a_fortnight_is_two_weeks_before_or_after(published):
    assert values("The upper house is due to debate the measure within the next fortnight.", published) == [("the next fortnight", "P2W")]
    (past,) = find_timexes("Prices rose over the past fortnight.", published)
    assert (past.value, past.end) == ("P2W", published)
    assert past.start == (date.fromisoformat(published) - timedelta(days=14)).isoformat()


@pytest.mark.parametrize("published", ["2026-06-24", "2026-12-31", "2027-01-01"])
def test_a_calendar_year_is_a_year(published):
    year = int(published[:4])
    assert values("It will take effect in the next calendar year.", published) == [("the next calendar year", str(year + 1))]
    assert values("It will take effect this calendar year.", published) == [("this calendar year", str(year))]
    assert values("It will take effect on the first day of the next calendar year.", published) == [
        ("the first day of the next calendar year", f"{year + 1}-01-01")]
    assert values("Sales fell in the previous calendar year.", published) == [("the previous calendar year", str(year - 1))]


@pytest.mark.parametrize("published", ["2026-11-15", "2026-11-16", "2026-12-28", "2027-06-30"])
def test_the_unit_ahead_is_the_one_holding_most_of_the_days_to_come(published):
    day = date.fromisoformat(published)
    # told on a Sunday, the week ahead is the next calendar week; on a Monday, this one
    assert values("Forecasters said the week ahead would be cold.", published) == [("the week ahead", iso_week(day + timedelta(days=4)))]
    ahead = day + timedelta(days=15)
    assert values("Investors are wary of the month ahead.", published) == [("the month ahead", f"{ahead.year}-{ahead.month:02d}")]
    assert values("Investors are wary of the year ahead.", published) == [("the year ahead", str((day + timedelta(days=182)).year))]
    assert values("Investors are wary of the months ahead.", published) == [("the months ahead", "PXM")]


@pytest.mark.parametrize("published", ["2026-11-16", "2026-08-01", "2027-01-10"])
def test_the_season_ahead_is_to_come_whatever_the_verb(published):
    day = date.fromisoformat(published)
    winter = day.year if day.month >= 3 else day.year - 1  # a winter is named by the year it starts in
    assert parsed_values("Forecasters said the winter ahead was likely to be milder than usual.", published) == [
        ("the winter", f"{winter}-WI")]
    summer = day.year if day.month < 9 else day.year + 1
    assert parsed_values("Forecasters said the summer ahead was likely to be hot.", published) == [("the summer", f"{summer}-SU")]


@pytest.mark.parametrize("published", ["2026-12-06", "2026-12-01", "2027-01-04"])
def test_the_night_on_a_day_is_that_day_s_night(published):
    day = date.fromisoformat(published)
    friday = day - timedelta(days=(day.weekday() - 4) % 7 or 7)
    for sentence in ("Engineers worked through the night on Friday to drain the tank.",
                     "Engineers worked through the night of Friday to drain the tank."):
        assert parsed_values(sentence, published) == [("the night", f"{friday}TNI"), ("Friday", friday.isoformat())]
    assert parsed_values("He was attacked in the morning on Friday.", published) == [("the morning", f"{friday}TMO"), ("Friday", friday.isoformat())]
    # no day named: the night before the publication day
    assert parsed_values("Crews worked through the night to restore power.", published) == [
        ("the night", f"{day - timedelta(days=1)}TNI")]


@pytest.mark.parametrize("published", ["2026-12-06", "2026-12-01", "2027-01-04"])
def test_a_night_worked_through_is_over_not_a_deadline(published):
    day = date.fromisoformat(published)
    friday = day - timedelta(days=(day.weekday() - 4) % 7 or 7)
    next_friday = day + timedelta(days=(4 - day.weekday()) % 7 or 7)
    assert parsed_values("Engineers worked through Friday night to drain the tank.", published) == [("Friday night", f"{friday}TNI")]
    assert parsed_values("Fighting raged until Friday.", published) == [("Friday", friday.isoformat())]
    # "through" of what is yet to be done, or of a closure ordered, still runs ahead
    assert parsed_values("Engineers will work through Friday night to drain the tank.", published) == [("Friday night", f"{next_friday}TNI")]
    assert parsed_values("The governor ordered schools closed through Friday.", published) == [("Friday", next_friday.isoformat())]


@pytest.mark.parametrize("published", ["2026-12-20", "2026-12-16", "2026-12-14", "2027-01-01"])
def test_midweek_is_the_middle_of_the_week_the_clause_points_to(published):
    day = date.fromisoformat(published)
    wednesday_ahead = day + timedelta(days=(2 - day.weekday()) % 7)
    wednesday_behind = day - timedelta(days=(day.weekday() - 2) % 7)
    (ahead,) = find_timexes("Travel disruption is likely to continue into midweek.", published, lambda s, e: "future")
    assert (ahead.text, ahead.value, ahead.mod) == ("midweek", iso_week(wednesday_ahead), "MID")
    assert parsed_values("Shares had slid by mid-week, traders said.", published) == [("mid-week", iso_week(wednesday_behind))]
    assert values("It was a midweek game.", published) == []


@pytest.mark.parametrize("published", ["2026-11-16", "2026-12-01", "2027-01-05"])
def test_the_month_is_the_one_named_not_the_day_it_was_said(published):
    day = date.fromisoformat(published)
    before = date(day.year, day.month, 1) - timedelta(days=1)
    name = before.strftime("%B")
    text = f"{name} was the wettest on record, the weather service said on {day.strftime('%A')}. Records for the month go back to 1862."
    assert values(text, published)[2] == ("the month", f"{before.year}-{before.month:02d}")
    assert values("Sales rose 3% for the month.", published) == [("the month", published[:7])]


@pytest.mark.parametrize("published", ["2026-12-05", "2026-12-01", "2027-01-04"])
def test_the_end_of_the_day_is_the_end_of_the_day_told_of(published):
    day = date.fromisoformat(published)
    (end,) = find_timexes("Power will be back by the end of the day.", published)
    assert (end.text, end.value, end.mod) == ("the end of the day", published, "END")
    friday = day - timedelta(days=(day.weekday() - 4) % 7 or 7)
    told = "By Friday morning, 40,000 homes were without power. Most would be reconnected by the end of the day."
    assert values(told, published)[-1] == ("the end of the day", friday.isoformat())
    assert parsed_values("He left at the end of the day on Friday.", published)[0] == ("the end of the day", friday.isoformat())
    # the saying is no time
    assert values("At the end of the day, it is about money.", published) == []


@pytest.mark.parametrize("published", ["2026-11-26", "2027-01-03", "2026-09-02"])
def test_the_night_of_a_date_is_that_date_s_night(published):
    year = int(published[:4])
    sept2 = year if published[5:] >= "09-02" else year - 1
    text = "It was the second robbery, after a break-in during the night of Sept. 2."
    assert values(text, published) == [("the night", f"{sept2}-09-02TNI"), ("Sept. 2", f"{sept2}-09-02")]
    assert values("The night of the attack was cold.", published) == []
    assert values("The killing took place in the early evening of Aug. 18, 2024, outside his home.", published) == [
        ("early evening", "2024-08-18TEV"), ("Aug. 18, 2024", "2024-08-18")]


@pytest.mark.parametrize("published", ["2026-11-17", "2026-01-10", "2026-07-31"])
def test_the_middle_or_height_of_a_season_with_no_article(published):
    day = date.fromisoformat(published)
    winter_ahead = day.year - 1 if day.month <= 2 else day.year  # the winter running in January is the one begun in December
    found = parsed_values("That would put an election in the middle of winter.", published)
    assert found == [("the middle of winter", f"{winter_ahead}-WI")]
    assert [t.mod for t in find_timexes("The attack came in the dead of winter.", published)] == ["MID"]
    assert values("Crops failed at the height of summer.", published)[0][0] == "the height of summer"
    assert values("The tour starts at the beginning of spring.", published)[0][0] == "the beginning of spring"
    # a season's word after "of" with no part of a period before it is no season here
    assert values("He saw the first signs of spring.", published) == []


@pytest.mark.parametrize("published", ["2026-11-18", "2025-01-02"])
def test_the_following_or_preceding_length(published):
    assert values("They hit a high in 2019 before falling back over the following two weeks.", published)[-1] == (
        "the following two weeks", "P2W")
    assert values("In the preceding three months, sales had doubled.", published) == [("the preceding three months", "P3M")]
    assert values("The following 10 people were arrested.", published) == []


@pytest.mark.parametrize("published", ["2026-11-26", "2027-01-03"])
def test_the_end_of_that_month_is_the_month_told_of(published):
    found = values("The first cases were reported in early September 2026. By the end of that month, 120 people were ill.", published)
    assert found[-1] == ("the end of that month", "2026-09")
    assert [t.mod for t in find_timexes("The plant opened in March 2019. By the end of that year it employed 500.", published)] == [None, "END"]


@pytest.mark.parametrize("published,early_week,late_week,early_month", [
    ("2023-04-18", "2023-W16", "2023-W15", "2023-05"),   # a Tuesday, past the month's first third
    ("2024-12-29", "2025-W01", "2024-W52", "2025-01"),   # a Sunday, at a year's end
    ("2025-03-07", "2025-W11", "2025-W10", "2025-03"),   # a Friday, in the month's first third
])
def test_early_or_late_in_the_week_or_month_is_its_edge(published, early_week, late_week, early_month):
    def edge(sentence):
        return [(t.text, t.value, t.mod) for t in find_timexes(sentence, published, parse_hint(nlp.parse(sentence), sentence))]

    # an early part gone, told ahead, is the next one's; a late part still to come, told in the past, the last one's
    assert edge("Talks could resume early in the week.") == [("early in the week", early_week, "START")]
    assert edge("The storm hit late in the week.") == [("late in the week", late_week, "END")]
    assert edge("The deal will be signed early in the month.") == [("early in the month", early_month, "START")]
    assert edge("Rates are expected to fall late in the year.") == [("late in the year", published[:4], "END")]
    assert values("The vote came late in the day.", published) == []  # as often "too late" as a time


@pytest.mark.parametrize("published", ["1998-03-05", "2026-12-31", "2027-01-04"])
def test_a_moment_of_the_day_between_until_and_a_day_keeps_the_deadline_ahead(published):
    day = date.fromisoformat(published)
    next_friday = day + timedelta(days=(4 - day.weekday()) % 7 or 7)
    assert parsed_values("They have until sundown Friday to leave.", published) == [("Friday", next_friday.isoformat())]
    assert parsed_values("They have until dawn on Friday to leave.", published) == [("Friday", next_friday.isoformat())]


@pytest.mark.parametrize("published,april", [("2024-03-06", "2024-04"), ("2024-12-31", "2025-04"), ("2025-01-01", "2025-04")])
def test_two_parts_of_a_period_name_one_stretch(published, april):
    # "mid- to late April": one expression, the month with no part of it (neither its start nor its end)
    found = find_timexes("Prices are expected to rise in mid- to late April.", published)
    assert [(t.text, t.value, t.mod) for t in found] == [("mid- to late April", april, None)]
    assert values("The tournament will run from early to mid-April.", published) == [("early to mid-April", april)]
    assert values("Results are due in mid-to-late 2027.", published) == [("mid-to-late 2027", "2027")]
    assert values("The band was popular in the early to mid-1980s.", published) == [("the early to mid-1980s", "198")]
    assert values("The style was popular in the mid- to late '70s.", published) == [("the mid- to late '70s", "197")]
    # one part alone keeps its part; two periods joined stay two
    assert [t.mod for t in find_timexes("Prices rose in early April.", published)] == ["START"]
    assert values("The plant should open in late 2027 or early 2028.", published) == [("late 2027", "2027"), ("early 2028", "2028")]


@pytest.mark.parametrize("published", ["2024-03-06", "2024-03-08", "2025-01-02", "2024-12-31"])
def test_a_week_ago_on_a_weekday(published):
    # "a week ago Friday": seven days before the latest Friday (a week before the publication day, if it is a Friday)
    day = date.fromisoformat(published)
    latest_friday = day - timedelta(days=(day.weekday() - 4) % 7)
    assert values("The strike began a week ago Friday.", published) == [("a week ago Friday", (latest_friday - timedelta(days=7)).isoformat())]
    found = values("The strike began two weeks ago Friday.", published)
    assert found == [("two weeks ago Friday", (latest_friday - timedelta(days=14)).isoformat())]
    # a comma ends the length: "a week ago" and the weekday of another clause
    assert [text for text, _ in values("The vote was held a week ago, Friday's paper said.", published)] == ["a week ago", "Friday"]
