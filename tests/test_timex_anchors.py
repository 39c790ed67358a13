"""Times told from another time named beside them (kg/timex/days.py, dates.py, relative.py): a day of the week
named after it, the night before a day it runs into, the month or season after a date named, the weekend of a
month, with several publication dates including month and year boundaries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kg.timex import find_timexes
from tests.conftest import timex_values as values
from tests.test_tense import parsed_values


def monday_of(day: date, weeks: int) -> date:
    return day - timedelta(days=day.weekday()) + timedelta(weeks=weeks)


@pytest.mark.parametrize("published", ["2026-11-27", "2026-11-23", "2027-01-03", "2026-12-31"])
def test_a_day_of_a_named_week_is_that_weeks(published):
    day = date.fromisoformat(published)
    last, this, following = monday_of(day, -1), monday_of(day, 0), monday_of(day, 1)
    tuesday = parsed_values("The vote was held on Tuesday of last week.", published)
    assert tuesday[0] == ("Tuesday", (last + timedelta(days=1)).isoformat())
    ahead = parsed_values("The vote will be held on Wednesday of next week.", published)
    assert ahead[0] == ("Wednesday", (following + timedelta(days=2)).isoformat())
    assert values("Early voting ran from Monday through Thursday of last week.", published)[:2] == [
        ("Monday", last.isoformat()), ("Thursday", (last + timedelta(days=3)).isoformat())]
    assert values("It opens on Friday of this week.", published)[0] == ("Friday", (this + timedelta(days=4)).isoformat())


def last_weekday(day: date, weekday: int) -> date:
    """The latest such weekday (0 = Monday) before ``day``."""
    return day - timedelta(days=(day.weekday() - weekday) % 7 or 7)


@pytest.mark.parametrize("published", ["2026-11-22", "2026-11-23", "2027-01-01", "2026-03-01"])
def test_a_night_into_a_day_is_the_night_before_it(published):
    day = date.fromisoformat(published)
    saturday = last_weekday(day, 5)
    friday_night = f"{saturday - timedelta(days=1)}TNI"
    assert parsed_values("Delegates worked through the night into Saturday.", published) == [
        ("the night", friday_night), ("Saturday", saturday.isoformat())]
    assert parsed_values("Heavy rain fell overnight into Saturday.", published) == [
        ("overnight", friday_night), ("Saturday", saturday.isoformat())]
    # with no day after it, the night before the day told of
    assert parsed_values("Rescuers worked through the night.", published) == [("the night", f"{day - timedelta(days=1)}TNI")]


@pytest.mark.parametrize("published", ["2026-03-02", "2026-08-25", "2026-12-20"])
def test_the_new_year_to_come_or_begun_follows_the_clause(published):
    year = int(published[:4])
    assert parsed_values("The ministry will publish its final estimate in the new year.", published) == [("the new year", str(year + 1))]
    assert parsed_values("Sales have fallen since the new year.", published) == [("the new year", str(year))]


def test_the_new_year_told_of_ahead_in_january_is_the_one_begun():
    assert parsed_values("Prices will rise in the new year.", "2026-01-05") == [("the new year", "2026")]


@pytest.mark.parametrize("published", ["2026-10-05", "2027-02-01", "2030-06-30"])
def test_the_following_or_previous_month_counts_from_the_date_named(published):
    assert values("She was arrested before the 2024 election and convicted the following March.", published) == [
        ("2024", "2024"), ("the following March", "2025-03")]
    assert values("The plant shut in August 2019 and reopened the following January.", published) == [
        ("August 2019", "2019-08"), ("the following January", "2020-01")]
    assert values("The plant shut in March 2019 and reopened the following March.", published)[1] == ("the following March", "2020-03")
    assert values("The plant reopened in March 2019, having shut the previous November.", published)[1] == (
        "the previous November", "2018-11")


@pytest.mark.parametrize("published", ["2026-11-22", "2026-05-22", "2026-01-10"])
def test_a_season_in_a_sentence_a_year_sets_is_that_years(published):
    year = int(published[:4])
    assert parsed_values("Next year's talks will be held in the autumn.", published) == [("Next year", str(year + 1)), ("the autumn", f"{year + 1}-FA")]
    assert parsed_values("Next year, talks will be held in the spring.", published) == [("Next year", str(year + 1)), ("the spring", f"{year + 1}-SP")]


@pytest.mark.parametrize(("published", "expected"), [("2026-08-21", "2027-W19-WE"), ("2026-04-30", "2026-W20-WE"), ("2026-06-10", "2027-W19-WE")])
def test_the_nth_weekend_of_a_month_is_the_one_of_its_nth_saturday(published, expected):
    assert parsed_values("The league's season runs until the third weekend of May.", published) == [("the third weekend of May", expected)]
    assert values("The fair is held on the first weekend of August 2026.", published) == [("the first weekend of August 2026", "2026-W31-WE")]


@pytest.mark.parametrize("published", ["2026-08-10", "2026-08-12", "2027-01-01"])
def test_what_was_done_by_a_time_was_done_before_it(published):
    day = date.fromisoformat(published)
    sunday = last_weekday(day, 6)
    assert parsed_values("The fire was 60 percent contained by Sunday night.", published) == [("Sunday night", f"{sunday}TNI")]
    assert parsed_values("Most of the rebels had fled by Sunday.", published) == [("Sunday", sunday.isoformat())]
    # a thing asked for, or to be done, by then: the deadline ahead
    ahead = (day + timedelta(days=(6 - day.weekday()) % 7 or 7)).isoformat()
    assert parsed_values("Payment was required by Sunday.", published) == [("Sunday", ahead)]
    assert parsed_values("Residents were told to leave by Sunday.", published) == [("Sunday", ahead)]
    assert parsed_values("Power will be restored by Sunday.", published) == [("Sunday", ahead)]


def test_two_parts_of_the_day_before_a_noun_are_not_times():
    assert values("Drivers face diversions during the morning and evening rush hours.", "2026-11-18") == []
    assert values("Drivers face diversions during the morning.", "2026-11-18") == [("the morning", "2026-11-18TMO")]


def weekend_of(saturday: date) -> str:
    year, week, _ = saturday.isocalendar()
    return f"{year}-W{week:02d}-WE"


@pytest.mark.parametrize("year", [2024, 2026, 2027])
def test_a_holiday_weekend_is_the_one_nearest_the_holiday(year):
    labor_day = next(date(year, 9, d) for d in range(1, 8) if date(year, 9, d).weekday() == 0)
    assert values("Traffic will be heavy over the Labor Day weekend.", f"{year}-08-20") == [
        ("Labor Day weekend", weekend_of(labor_day - timedelta(days=2)))]
    thanksgiving = [date(year, 11, d) for d in range(1, 31) if date(year, 11, d).weekday() == 3][3]
    assert values("Stores open early on the Thanksgiving weekend.", f"{year}-11-10") == [
        ("Thanksgiving weekend", weekend_of(thanksgiving + timedelta(days=2)))]


@pytest.mark.parametrize("published", ["2026-11-30", "2027-12-01", "2029-11-20"])
def test_the_weekend_before_or_after_a_day_is_the_one_beside_it(published):
    christmas = date(int(published[:4]), 12, 25)
    before = christmas - timedelta(days=christmas.weekday() + 2 if christmas.weekday() < 6 else 8)
    after = christmas + timedelta(days=(5 - christmas.weekday()) % 7 or 7)
    assert values("The store reopens the weekend before Christmas.", published)[0] == ("the weekend before", weekend_of(before))
    assert values("Sales slump the weekend after Christmas.", published)[0] == ("the weekend after", weekend_of(after))


@pytest.mark.parametrize("published", ["2026-03-18", "2026-12-31", "2027-01-02"])
def test_the_first_of_the_month_is_that_of_the_month_told_of(published):
    day = date.fromisoformat(published)
    assert values("The law took effect on the first of the month.", published) == [("the first of the month", f"{published[:7]}-01")]
    assert values("Rent is usually due on the first of the month.", published) == [("the first of the month", "XXXX-XX-01")]
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    assert values("The rent is due on the first of next month.", published) == [("the first of next month", following.isoformat())]


@pytest.mark.parametrize("published", ["2018-02-14", "2025-12-31", "2024-03-01"])
def test_a_day_of_a_month_named_with_its_ordinal_word(published):
    day = date.fromisoformat(published)
    this_month = day.replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    next_month = (this_month + timedelta(days=31)).replace(day=1)
    assert values("Parliament has been boycotted since the vote on the second of this month.", published) == [
        ("the second of this month", this_month.replace(day=2).isoformat())]
    assert values("The deadline was the fifteenth of last month.", published) == [("the fifteenth of last month", last_month.replace(day=15).isoformat())]
    assert values("Payments are due by the twentieth of next month.", published) == [("the twentieth of next month", next_month.replace(day=20).isoformat())]
    assert values("Rent is usually due on the fifth of the month.", published) == [("the fifth of the month", "XXXX-XX-05")]
    # a possessive month is the thing named, not a day of it
    assert values("The second of this month's two meetings was cancelled.", published) == [("this month", published[:7])]


@pytest.mark.parametrize("published", ["2026-11-18", "1998-03-05", "2071-06-01"])
def test_halves_and_turns_of_decades_and_centuries(published):
    found = find_timexes("The town grew rapidly in the latter half of the 19th century.", published)
    assert [(t.text, t.value, t.mod) for t in found] == [("the latter half of the 19th century", "18", "END")]
    found = find_timexes("The town grew rapidly in the first half of the 1990s.", published)
    assert [(t.text, t.value, t.mod) for t in found] == [("the first half of the 1990s", "199", "START")]
    assert values("The house was built at the turn of the 20th century.", published) == [("the turn of the 20th century", "1900")]
    year = int(published[:4])
    assert values("The line will be finished by the turn of the century.", published) == [("the turn of the century", str((year // 100 + 1) * 100))]
    assert values("The company was founded at the turn of the century.", published) == [
        ("the turn of the century", "1900" if year < 2000 else "2000")]
    # a present of where a thing began looks back as the past does; a millennium turns as a century does
    assert parsed_values("The building dates from the turn of the century.", published) == [
        ("the turn of the century", "1900" if year < 2000 else "2000")]
    assert values("The law was passed at the turn of the millennium.", published) == [("the turn of the millennium", "1000" if year < 2000 else "2000")]
    decade = f"{year // 10}"
    (half,) = find_timexes("Output will double in the second half of the decade.", published)
    assert (half.text, half.value, half.mod) == ("the second half of the decade", decade, "END")


@pytest.mark.parametrize("published", ["2026-11-18", "2026-11-17", "2027-01-06"])  # the Monday behind is the nearer
def test_a_deadline_hoped_for_in_the_past_perfect_is_the_nearer_one(published):
    day = date.fromisoformat(published)
    before, after = last_weekday(day, 0), day + timedelta(days=(0 - day.weekday()) % 7 or 7)
    nearer = min(before, after, key=lambda d: abs((d - day).days))
    assert parsed_values("The count, which officials had hoped to finish by Monday, is still going on.", published) == [("Monday", nearer.isoformat())]
    assert parsed_values("Officials hope to finish the count by Monday.", published) == [("Monday", after.isoformat())]


@pytest.mark.parametrize("published", ["2026-06-30", "2027-01-15", "2019-07-01"])
def test_a_season_with_a_year_after_it_is_that_years(published):
    assert values("The house last sat through the summer in 2019.", published) == [("the summer", "2019-SU"), ("2019", "2019")]
    assert values("Flights were cut in the spring in 2020 and 2021.", published)[0] == ("the spring", "2020-SP")


@pytest.mark.parametrize("published", ["2026-11-16", "2026-11-18", "2027-01-01"])
def test_a_time_after_what_a_past_verb_followed_is_behind(published):
    sunday = last_weekday(date.fromisoformat(published) + timedelta(days=1), 6)  # on a Sunday, that day
    found = parsed_values("The union has called off a strike planned for Monday after last-minute talks on Sunday.", published)
    assert found[1] == ("Sunday", sunday.isoformat())
    assert parsed_values("The union called off the strike after talks on Sunday.", published) == [("Sunday", sunday.isoformat())]


@pytest.mark.parametrize("published", ["2026-11-16", "2026-03-10", "2027-01-04"])  # told after the weekend
def test_two_nights_told_of_as_done_or_to_come_are_those_two(published):
    day = date.fromisoformat(published)
    friday = last_weekday(day, 4)
    assert parsed_values("Fans clashed with police on Friday and Saturday nights.", published) == [
        ("Friday", f"{friday}TNI"), ("Saturday nights", f"{friday + timedelta(days=1)}TNI")]
    wednesday = day + timedelta(days=(2 - day.weekday()) % 7 or 7)
    assert parsed_values("Families will gather on Wednesday and Thursday nights.", published) == [
        ("Wednesday", f"{wednesday}TNI"), ("Thursday nights", f"{wednesday + timedelta(days=1)}TNI")]
    # a rule, in the present or with a schedule's start, is every such night
    assert parsed_values("The bar is busy on Friday and Saturday nights.", published) == [
        ("Friday", "XXXX-WXX-5TNI"), ("Saturday nights", "XXXX-WXX-6TNI")]
    assert parsed_values("Two flights will leave on Monday and Tuesday nights from March 30.", published)[:2] == [
        ("Monday", "XXXX-WXX-1TNI"), ("Tuesday nights", "XXXX-WXX-2TNI")]


@pytest.mark.parametrize("published", ["2026-10-17", "2027-06-01", "2025-12-31"])
def test_the_weekday_after_days_told_of_is_the_one_by_them(published):
    year = int(published[:4]) + 1
    found = values(f"The pope will visit from 28 to 30 November {year}, the Vatican said. He will celebrate Mass on the Sunday.", published)
    last_day = date(year, 11, 30)
    nearest = min((last_day + timedelta(days=k) for k in range(-3, 4)), key=lambda d: (d.weekday() != 6, abs((d - last_day).days)))
    assert found[-1] == ("Sunday", nearest.isoformat())
    # "the previous September" before a noun is the noun's word, no month
    assert values("The previous September record, 38.9C, was set in 2016.", published) == [("2016", "2016")]
    # a weekday before a noun keeps its own reading
    told = values(f"The vote was on October 4, {year - 1}. Parties scrambled before the Monday deadline.", published)[-1]
    assert told[0] == "Monday" and date.fromisoformat(told[1]) != date(year - 1, 10, 5)


@pytest.mark.parametrize("published", ["2026-11-18", "2027-03-01"])
def test_a_season_that_is_also_a_verb_before_a_year_word(published):
    year = int(published[:4])
    assert values("Shares could spring back next year.", published) == [("next year", str(year + 1))]
    assert values("The line launches fall 2027.", published) == [("fall 2027", "2027-FA")]
    assert values("Sales slowed in the fall of last year.", published) == [("the fall of last year", f"{year - 1}-FA")]


@pytest.mark.parametrize("published", ["2026-10-05", "2026-12-30", "2027-01-01"])
def test_a_weekday_after_next_or_before_last(published):
    day = date.fromisoformat(published)
    next_monday = day + timedelta(days=(0 - day.weekday()) % 7 or 7)
    last_friday = day - timedelta(days=(day.weekday() - 4) % 7 or 7)
    assert values("The Monday after next is a holiday.", published) == [("The Monday after next", (next_monday + timedelta(days=7)).isoformat())]
    assert values("He was arrested the Friday before last.", published) == [
        ("the Friday before last", (last_friday - timedelta(days=7)).isoformat())]


@pytest.mark.parametrize("published,month", [("2026-10-05", "2026-10"), ("2026-12-30", "2026-12")])
def test_a_day_of_the_month_after_is_or_joined_to_another(published, month):
    assert values("The deadline is the 15th.", published) == [("the 15th", f"{month}-15")]
    assert values("The event runs on the 20th and 21st.", published) == [("the 20th", f"{month}-20"), ("21st", f"{month}-21")]
    # an ordinal before a noun counts something
    assert values("He is the 15th person to die.", published) == []
    assert values("After the 2nd and 3rd rounds, he led.", published) == []


@pytest.mark.parametrize("published", ["2026-07-07", "2026-01-01"])
def test_a_part_of_the_day_after_for_is_the_day_told_of(published):
    assert values("The rally is planned for the afternoon.", published) == [("the afternoon", f"{published}TAF")]
    eve = date.fromisoformat(published) - timedelta(days=1)
    assert values(f"The blast came on {eve:%B} {eve.day}. Roads were closed for the night.", published)[-1] == ("the night", f"{eve}TNI")


@pytest.mark.parametrize("published,month,next_month", [("2026-11-27", "2026-11", "2026-12"), ("2026-12-30", "2026-12", "2027-01")])
def test_a_day_of_the_month_before_a_word_that_is_no_noun(published, month, next_month):
    assert parsed_values("The last round ended on the 12th without agreement.", published) == [("the 12th", f"{month}-12")]
    assert parsed_values("The meeting is on the 12th of next month.", published) == [("the 12th of next month", f"{next_month}-12")]
    assert parsed_values("It happened on the 3rd of this month, when talks broke down.", published)[0] == ("the 3rd of this month", f"{month}-03")
    # an ordinal before a noun is no day
    assert parsed_values("He lives on the 12th floor and left on the 12th day.", published) == []


@pytest.mark.parametrize("published", ["2026-11-28", "2027-01-01", "2026-12-31"])
def test_after_a_time_never_named_a_past_clause_has_no_known_date(published):
    # not the publication's next year or day, which would put the past after it
    assert parsed_values("The following year, he retired.", published) == [("The following year", "XXXX")]
    assert parsed_values("The day after the attack, police arrested two men.", published) == [("The day after", "XXXX-XX-XX")]
    # named before, the count is from it; told ahead, from publication
    assert parsed_values("He retired in 2019. The following year, he died.", published)[1] == ("The following year", "2020")
    tomorrow = (date.fromisoformat(published) + timedelta(days=1)).isoformat()
    assert parsed_values("The day after the vote, the count will begin.", published)[0] == ("The day after", tomorrow)


@pytest.mark.parametrize("published,tuesday", [("2026-11-28", "2026-11-24"), ("2027-01-01", "2026-12-29")])
def test_the_day_after_an_event_on_a_day_counts_from_that_day(published, tuesday):
    wednesday = (date.fromisoformat(tuesday) + timedelta(days=1)).isoformat()
    found = parsed_values("Police arrested a man the day after the attack on Tuesday.", published)
    assert found == [("the day after", wednesday), ("Tuesday", tuesday)]


@pytest.mark.parametrize("published,last_tuesday,next_friday", [
    ("2013-03-26", "2013-03-19", "2013-04-05"),  # a Tuesday: last week's Tuesday, not today
    ("2013-03-31", "2013-03-19", "2013-04-05"),  # a Sunday, the week's last day
    ("2026-01-01", "2025-12-23", "2026-01-09"),  # across the new year
])
def test_a_weekday_of_a_week_named_after_it(published, last_tuesday, next_friday):
    assert parsed_values("Lawmakers rejected the levy on Tuesday last week.", published)[0] == ("Tuesday", last_tuesday)
    assert parsed_values("The vote is on Friday next week.", published)[0] == ("Friday", next_friday)
    # a week's own time after the day is no week of the day's
    next_tuesday = (date.fromisoformat(next_friday) - timedelta(days=3)).isoformat()
    assert parsed_values("Officials said Tuesday next week's vote would go ahead.", published)[0][1] != next_tuesday


@pytest.mark.parametrize("published", ["2026-12-07", "2027-01-01", "2026-03-01"])
def test_the_night_before_is_a_night_and_counts_from_a_day_named_after_it(published):
    day = date.fromisoformat(published)
    sunday = day - timedelta(days=(day.weekday() - 6) % 7)  # the publication day itself if a Sunday
    saturday_night = f"{sunday - timedelta(days=1)}TNI"
    assert parsed_values("Rallies were banned on the night before Sunday's vote.", published) == [
        ("the night before", saturday_night), ("Sunday", sunday.isoformat())]
    assert parsed_values("The vote was held on Sunday. The night before, rallies were banned.", published)[1] == (
        "The night before", saturday_night)


@pytest.mark.parametrize("published", ["2026-12-07", "2027-01-01"])
def test_a_part_of_the_day_before_or_after_a_day(published):
    day = date.fromisoformat(published)
    sunday = day - timedelta(days=(day.weekday() - 6) % 7)
    found = parsed_values("The vote was held on Sunday. The morning after, turnout figures were released.", published)
    assert found[1] == ("The morning after", f"{sunday + timedelta(days=1)}TMO")
    # the night or evening after a day is that day's
    assert parsed_values("Fireworks went off on the night after Sunday's vote.", published)[0] == ("the night after", f"{sunday}TNI")
    assert parsed_values("Shops shut on the evening before Christmas Eve.", published)[0][0] == "the evening before"


@pytest.mark.parametrize("published", ["2026-12-07", "2027-01-01", "2026-03-05"])
def test_words_in_a_quotation_count_from_the_day_its_closing_words_name(published):
    day = date.fromisoformat(published)
    saturday = day - timedelta(days=(day.weekday() - 5) % 7)  # the latest Saturday up to publication
    found = values('"The vote will happen tomorrow," he told reporters on Saturday.', published)
    assert found == [("tomorrow", (saturday + timedelta(days=1)).isoformat()), ("Saturday", saturday.isoformat())]
    found = values('"Today is a historic day," the president said at the signing on Saturday.', published)
    assert found == [("Today", saturday.isoformat()), ("Saturday", saturday.isoformat())]
    next_week = (saturday + timedelta(days=7)).isocalendar()
    assert values('"We will decide next week," the minister said on Saturday.', published)[0] == (
        "next week", f"{next_week[0]}-W{next_week[1]:02d}")
    yesterday = day - timedelta(days=1)
    assert values('"I arrived yesterday," she said yesterday.', published)[0] == ("yesterday", (yesterday - timedelta(days=1)).isoformat())
    # the reporter's own words, or a quotation closed with no day named, count from publication
    assert values("He arrived tomorrow, he said on Saturday.", published)[0] == ("tomorrow", (day + timedelta(days=1)).isoformat())
    assert values('"We meet tomorrow," he said, adding that a vote on Saturday was likely.', published)[0] == (
        "tomorrow", (day + timedelta(days=1)).isoformat())


@pytest.mark.parametrize("published", ["2026-12-07", "2027-01-01"])
def test_a_weekday_before_last_or_after_next_without_the(published):
    day = date.fromisoformat(published)
    tuesday_before = day - timedelta(days=(day.weekday() - 1) % 7 or 7)
    assert values("He left on Tuesday before last.", published) == [("Tuesday before last", (tuesday_before - timedelta(days=7)).isoformat())]
    saturday_next = day + timedelta(days=(5 - day.weekday()) % 7 or 7)
    assert values("The game is on Saturday after next.", published) == [("Saturday after next", (saturday_next + timedelta(days=7)).isoformat())]
    # "before last night's game": last night, and the Tuesday before it
    assert [t for t, _ in values("He met her on Tuesday before last night's game.", published)] == ["Tuesday", "last night"]


@pytest.mark.parametrize("published", ["2013-07-08", "2020-01-02", "2025-12-31"])
def test_weeks_or_months_later_than_a_date_named_by_its_year_are_a_length(published):
    # weeks counted from a year fall in no week the text fixes: only the length is known
    assert parsed_values("He retired in 2005 and returned two weeks later.", published) == [("2005", "2005"), ("two weeks", "P2W")]
    assert parsed_values("He retired in 2005 and returned three months later.", published) == [("2005", "2005"), ("three months", "P3M")]
    # counted from a month, or years from a year, they are a date
    assert parsed_values("He retired in March 2005 and returned three months later.", published)[-1] == ("three months later", "2005-06")
    assert parsed_values("The plant opened in 1975 and closed two decades later.", published)[-1] == ("two decades later", "1995")


@pytest.mark.parametrize("published", ["2013-03-14", "2025-01-04", "2024-12-31"])  # a Thursday, a Saturday, a Tuesday
def test_weekdays_ago_count_back_such_days(published):
    day = date.fromisoformat(published)
    last_saturday = day - timedelta(days=(day.weekday() - 5 - 1) % 7 + 1)
    assert values("It happened three Saturdays ago.", published) == [("three Saturdays ago", (last_saturday - timedelta(days=14)).isoformat())]
    assert values("Two Sundays ago, fans rioted.", published)[0][0] == "Two Sundays ago"


@pytest.mark.parametrize("published", ["2024-03-07", "2024-03-05", "2024-12-30"])
def test_a_weekday_week_after_is_and_weeks_from_a_weekday(published):
    day = date.fromisoformat(published)
    friday = day + timedelta(days=(4 - day.weekday()) % 7 or 7)
    monday = day + timedelta(days=(0 - day.weekday()) % 7 or 7)
    # "is Friday week", closing its clause: a week after the coming Friday
    assert values("The vote is Friday week.", published) == [("Friday week", (friday + timedelta(days=7)).isoformat())]
    # "two weeks from Monday": two weeks after the coming Monday
    assert values("The vote will take place two weeks from Monday.", published) == [
        ("two weeks from Monday", (monday + timedelta(days=14)).isoformat())]
    # "Friday week" before a noun is no such day
    assert [t for t, _ in values("The Friday week was busy.", published)] != ["Friday week"]


@pytest.mark.parametrize("published", ["2024-03-07", "2025-01-01", "2026-12-31"])
def test_a_day_before_or_after_an_event_with_no_date_named_is_no_known_day(published):
    assert values("The day before the election, the candidate held a rally.", published) == [("The day before", "XXXX-XX-XX")]
    assert values("The night before the election, the candidate held a rally.", published) == [("The night before", "XXXX-XX-XXTNI")]
    assert values("On the morning after the vote, the streets were quiet.", published) == [("the morning after", "XXXX-XX-XXTMO")]
    # a date named first, or right after, is what it counts from
    day = date.fromisoformat(published)
    sunday = day - timedelta(days=(day.weekday() + 1) % 7 or 7)
    assert parsed_values("The vote was on Sunday. The night before, the candidate held a rally.", published)[-1] == (
        "The night before", f"{(sunday - timedelta(days=1)).isoformat()}TNI")
    assert values("Shops were busy the day before Christmas Day.", published)[0][1].endswith("-12-24")


@pytest.mark.parametrize("published", ["2024-01-30", "2025-06-02", "2026-12-31"])
def test_the_month_told_in_the_present_after_a_month_gone_is_the_month_running(published):
    running = published[:7]
    text = "Jobs rose by 216,000 in December. For the month, the S&P 500 is up 3.4 percent."
    assert parsed_values(text, published)[-1] == ("the month", running)
    # told in the past, it is the month named
    day = date.fromisoformat(published)
    december = f"{day.year - 1 if day.month < 12 else day.year}-12"
    assert parsed_values("Jobs rose by 216,000 in December. For the month, revenue was up 3 percent.", published)[-1] == ("the month", december)


@pytest.mark.parametrize("published", ["2023-11-26", "2024-01-01", "2025-12-31"])
def test_the_week_after_since_then_is_the_week_running(published):
    day = date.fromisoformat(published)
    start = (day - timedelta(days=50)).strftime("%b. %-d")
    week = day.strftime("%G-W%V")
    text = f"The war began on {start}. Since then, 14,000 people have died. Aid trucks entered throughout the week."
    assert values(text, published)[-1] == ("the week", week)
    # with no word that brings the story back, the week of the day named
    named = (day - timedelta(days=50)).strftime("%G-W%V")
    assert values(f"The war began on {start}. Aid trucks entered throughout the week.", published)[-1] == ("the week", named)


@pytest.mark.parametrize("published", ["2023-05-17", "2024-01-03", "2025-12-31"])
def test_the_days_or_weeks_at_one_end_of_a_period_are_its_start_or_end(published):
    year = int(published[:4])
    april = year if published[5:] > "04-30" else year - 1
    found = find_timexes("Talks stalled in the final weeks of April.", published)
    assert [(t.text, t.value, t.mod) for t in found] == [("the final weeks of April", f"{april}-04", "END")]
    found = find_timexes("The company was founded in the last days of 2019, and sales fell in the first few months of 2020.", published)
    assert [(t.text, t.value, t.mod) for t in found] == [("the last days of 2019", "2019", "END"), ("the first few months of 2020", "2020", "START")]
    found = find_timexes("The opening days of March 2021 were cold.", published)
    assert [(t.text, t.value, t.mod) for t in found] == [("The opening days of March 2021", "2021-03", "START")]


@pytest.mark.parametrize("published,saturday", [("2018-09-14", "2018-09-15"), ("2018-09-17", "2018-09-15"), ("2025-01-01", "2025-01-04")])
def test_years_ago_on_a_weekday_is_the_anniversarys_day(published, saturday):
    # the nearest such weekday, either side: "Ten years ago on Saturday" is this Saturday's anniversary
    assert parsed_values("Ten years ago on Saturday, the bank filed for bankruptcy.", published)[-1] == ("Saturday", saturday)


@pytest.mark.parametrize("published", ["2022-03-10", "2030-01-01"])
def test_the_decade_of_a_past_story_is_the_one_it_tells_of(published):
    assert parsed_values("He joined NASA in 1969. By the end of the decade, he had left.", published)[1] == ("the end of the decade", "196")
    assert parsed_values("The war began in 1914. By the end of the decade, the empire had collapsed.", published)[1] == (
        "the end of the decade", "191")
    # told ahead, or with no story before it, the decade is the publication's
    decade = published[:3]
    assert parsed_values("Sales rose 5 percent in 2015. By the end of the decade, they will double.", published)[1] == (
        "the end of the decade", decade)
    assert parsed_values("The firm plans to double output by the end of the decade.", published) == [("the end of the decade", decade)]


@pytest.mark.parametrize("published,expected", [("2020-01-08", "2020-01-12"), ("2019-12-30", "2020-01-12"), ("2020-02-03", "2020-01-12")])
def test_a_weekday_and_an_ordinal_day_with_no_the(published, expected):
    assert values("The match is on Sunday 12th.", published) == [("Sunday 12th", expected)]
    assert values("The match is on Sunday the 12th.", published) == [("Sunday the 12th", expected)]
    assert values("The match is on Sunday 12th January 2020.", published) == [("Sunday 12th January 2020", "2020-01-12")]


@pytest.mark.parametrize("published,year", [("2019-11-06", "2019"), ("2025-01-02", "2024"), ("2024-03-01", "2023")])
def test_a_day_of_a_month_named_by_its_ordinal_with_a_capital(published, year):
    assert values("Bonfires were lit across Britain on the Fifth of November.", published) == [("the Fifth of November", f"{year}-11-05")]
    assert values("He was born on the Twenty-Third of March, 1950.", published) == [("the Twenty-Third of March, 1950", "1950-03-23")]
    # a holiday's name stays the holiday's; a name's words are no date
    assert [t for t, _ in values("Fireworks lit up the sky on the Fourth of July.", published)] == ["Fourth of July"]
    assert values("Students of the Fourth of July Movement marched.", published) == []


@pytest.mark.parametrize("published", ["2025-05-21", "2025-01-01", "2024-12-31"])
def test_the_next_weekday_counts_from_the_day_told_of(published):
    # "The next Tuesday" after a date named: the first Tuesday after it, as "The following Tuesday" is
    for opening in ("The next", "The following"):
        found = values(f"The firm collapsed on March 3, 2025. {opening} Tuesday, its chief resigned.", published)
        assert found[1] == (f"{opening} Tuesday", "2025-03-04")
    # with no day named, the first after publication, as "next Tuesday" is
    assert values("The vote will be held the next Tuesday.", published)[0][1] == values("The vote will be held next Tuesday.", published)[0][1]
