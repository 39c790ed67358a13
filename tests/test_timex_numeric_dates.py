"""Dates written in figures (kg/timex/dates.py, kg/timex/context.py): which of "03/12/2026" is the day and
which the month, read from how the rest of the text writes its dates, with several publication dates."""

from __future__ import annotations

import pytest

from kg.timex import find_timexes


def values(text: str, published: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, published)]


@pytest.mark.parametrize("published", ["2026-12-03", "2026-03-12", "2027-07-04"])
def test_a_text_that_writes_days_first_reads_slashed_dates_so(published):
    # a slashed date whose first figures can only be a day, or dates written "3 December"
    assert values("Filed 25/11/2026. The vote is on 04/12/2026.", published) == [("25/11/2026", "2026-11-25"), ("04/12/2026", "2026-12-04")]
    assert values("The vote, on 04/12/2026, follows the 3 December 2026 poll and the 5 November count.", published)[0] == (
        "04/12/2026", "2026-12-04")
    # and the other way: the month first, as American texts write them
    assert values("Filed 11/25/2026. The vote is on 04/12/2026.", published) == [("11/25/2026", "2026-11-25"), ("04/12/2026", "2026-04-12")]
    assert values("The vote, on 04/12/2026, follows the December 3, 2026 poll.", published)[0] == ("04/12/2026", "2026-04-12")
    # with nothing to say either way, the month first
    assert values("The meeting was held on 04/12/2026.", published) == [("04/12/2026", "2026-04-12")]


@pytest.mark.parametrize("published", ["2026-12-03", "2027-01-11", "2025-05-02"])
def test_a_slashed_date_that_is_the_publication_day_read_day_first_is_that_day(published):
    year, month, day = published.split("-")
    written = f"{day}/{month}/{year}"  # as a British page's "Last updated" line writes it
    assert values(f"Last updated: {written}", published) == [(written, published)]
    # the month first wins where that reading is the publication day too
    assert values(f"Last updated: {month}/{day}/{year}", published) == [(f"{month}/{day}/{year}", published)]


@pytest.mark.parametrize("published", ["2013-03-14", "2025-01-01", None])
def test_an_iso_date_with_its_clock_time_is_one_time(published):
    assert values("Posted 2013-03-14 10:32:01 and updated 2013-03-15T08:05Z.", published) == [
        ("2013-03-14 10:32:01", "2013-03-14T10:32:01"), ("2013-03-15T08:05Z", "2013-03-15T08:05")]
    # a date alone, or a clock time out of range, stays a day
    assert values("Filed 2013-03-14 25:10 by staff.", published)[0] == ("2013-03-14", "2013-03-14")


@pytest.mark.parametrize("published", ["2022-07-20", "2024-01-01", "2025-12-31"])
def test_a_sentence_after_a_month_is_no_part_of_its_date(published):
    # the full stop after "August" ends a sentence; after "Aug." it is the abbreviation's
    assert [t for t, _ in values("The floods began in August. 15 people died in the first week.", published)] == ["August"]
    assert [t for t, _ in values("Another could follow in early August. Last year the heat killed many.", published)] == [
        "early August", "Last year"]
    assert [t for t, _ in values("The vote is on 5 May. 2019 was the last time turnout fell.", published)] == ["5 May", "2019"]
    assert [t for t, _ in values("The fire began on Aug. 15 and spread.", published)] == ["Aug. 15"]
    assert [t for t, _ in values("Sales rose in Aug. last year.", published)] == ["Aug. last year"]
    # so too after a weekday: "on Friday. March 15 is", but "Mon., Jan. 5"
    assert [t for t, _ in values("He arrived on Friday. March 15 is the deadline.", published)] == ["Friday", "March 15"]
    assert [t for t, _ in values("The show opens Mon., Jan. 5, at the Lyric.", published)] == ["Mon., Jan. 5"]


@pytest.mark.parametrize("published", ["2025-05-21", "2024-12-05", "2026-01-02"])
def test_a_date_in_figures_with_hyphens_and_a_year_before_its_quarter(published):
    assert values("The rally took place on 20-05-2025.", published) == [("20-05-2025", "2025-05-20")]
    assert values("The rally took place on 05-20-2025 in Ohio.", published) == [("05-20-2025", "2025-05-20")]
    assert values("The data for 2024 Q4 showed growth.", published) == [("2024 Q4", "2024-Q4")]
    assert values("In 2024 Quinn left the firm.", published) == [("2024", "2024")]


@pytest.mark.parametrize("weekday,published", [("Tues.", "2024-04-10"), ("Weds.", "2024-04-11")])
def test_an_abbreviated_weekday_with_its_full_stop_before_a_date(weekday, published):
    day = "April 9" if weekday == "Tues." else "April 10"
    expected = "2024-04-09" if weekday == "Tues." else "2024-04-10"
    assert find_timexes(f"On {weekday}, {day}, the board met.", published)[0].text == f"{weekday}, {day}"
    assert find_timexes(f"On {weekday}, {day}, the board met.", published)[0].value == expected
