"""Ranges and neighbours: months and days that run from one to another, centuries in a pair, the season
after or before the story's time, a season's months, and words that make "a day" part of a noun
(kg/timex/), with several publication dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kg import nlp
from kg.tense import parse_hint
from kg.timex import find_timexes
from tests.conftest import timex_values as values_of
from tests.test_tense import parsed_values


def first_of_next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


@pytest.mark.parametrize("published", ["2024-11-24", "2025-04-10", "2025-09-30"])
def test_a_month_range_told_of_the_past_has_ended(published):
    day = date.fromisoformat(published)
    march = day.year if day.month >= 3 else day.year - 1  # the latest March at or before publication
    for sentence in ("Seven named storms hit the country between October and March.",
                     "Seven storms hit the country from October to March."):
        assert [v for _, v in parsed_values(sentence, published)] == [f"{march - 1}-10", f"{march}-03"]
    # two months named as a pair, not a range, are each the latest before publication
    october = day.year if day.month >= 10 else day.year - 1
    assert [v for _, v in parsed_values("Storms hit in October and March.", published)] == [f"{october}-10", f"{march}-03"]


@pytest.mark.parametrize("published,expected", [
    ("2013-01-15", ["2012-12", "2013-02"]),  # a range still running: it may end a month after publication
    ("2024-04-10", ["2023-12", "2024-02"]),
])
def test_a_month_range_may_run_on_a_month_past_publication(published, expected):
    assert [v for _, v in parsed_values("The festival ran between December and February.", published)] == expected


@pytest.mark.parametrize("published", ["2024-11-24", "2025-02-02", "2025-06-29"])
def test_a_day_joined_by_into_follows_the_day_before_it(published):
    day = date.fromisoformat(published)  # a Sunday
    monday = (day + timedelta(days=1)).isoformat()
    found = parsed_values("The Met Office warned of further heavy rain later in the day and into Monday.", published)
    assert found == [("later in the day", published), ("Monday", monday)]
    found = parsed_values("Heavy rain fell from Saturday night into Sunday.", published)
    assert found == [("Saturday night", f"{day - timedelta(days=1)}TNI"), ("Sunday", published)]


@pytest.mark.parametrize("published", ["2024-12-19", "1999-05-01"])
def test_centuries_in_a_pair(published):
    assert parsed_values("The sculptures date from the 16th to the 19th centuries.", published) == [
        ("the 16th", "15"), ("the 19th centuries", "18")]
    assert parsed_values("The church was built between the 12th and 13th centuries.", published) == [
        ("the 12th", "11"), ("13th centuries", "12")]
    # an ordinal alone is no century
    assert parsed_values("The vote is on the 16th.", published)[0][1] != "15"


@pytest.mark.parametrize("published", ["2024-10-14", "2026-03-01"])
def test_the_following_or_previous_season_counts_from_the_story(published):
    assert parsed_values("After the election in September 2020, it took until the following spring to form a government.",
                         published)[-1] == ("the following spring", "2021-SP")
    assert parsed_values("The plant closed in 2015 and reopened the following summer.", published)[-1] == (
        "the following summer", "2016-SU")
    assert parsed_values("He was arrested in March 2019, having fled the previous winter.", published)[-1] == (
        "the previous winter", "2018-WI")


@pytest.mark.parametrize("sentence", ["The blast happened as a night shift was ending.", "She worked a day shift at the plant.",
                                      "They went on a day trip to the coast."])
def test_a_day_or_night_before_a_noun_is_no_length(sentence):
    assert parsed_values(sentence, "2024-10-15") == []
    # with a hyphen, or alone, it is one
    assert parsed_values("They went on a two-day trip.", "2024-10-15") == [("two-day", "P2D")]
    assert parsed_values("The strike lasted a day.", "2024-10-15") == [("a day", "P1D")]


@pytest.mark.parametrize("published,year", [("2023-09-04", 2023), ("2024-03-01", 2023)])
def test_may_opening_a_range_of_months_is_the_month(published, year):
    assert parsed_values("Rainfall between May and July was 40 percent below average.", published) == [
        ("May", f"{year}-05"), ("July", f"{year}-07")]
    assert parsed_values("Theresa May and Boris Johnson met.", published) == []


@pytest.mark.parametrize("published", ["2024-11-03", "2025-06-15"])
def test_a_seasons_months_are_the_season(published):
    assert values_of("The number of crossings usually falls in the winter months.", published) == [("the winter months", "XXXX-WI")]
    found = values_of("Sales rose during the summer months.", published)
    assert [t for t, _ in found] == ["the summer months"] and found[0][1].endswith("-SU")


@pytest.mark.parametrize("published", ["2013-03-22", "2025-12-31"])
def test_a_decade_written_short_after_one_written_whole(published):
    assert values_of("The dispute dates back to the 1960s and 70s.", published) == [("the 1960s", "196"), ("70s", "197")]
    assert values_of("Prices rose from the 1990s to 00s.", published) == [("the 1990s", "199"), ("00s", "200")]
    # alone, a bare "70s" is no decade (an age, a temperature)
    assert values_of("Temperatures were in the 70s.", published) == []


@pytest.mark.parametrize("published,century", [("2013-03-22", "20"), ("1999-06-01", "19")])
def test_the_middle_of_the_century(published, century):
    assert values_of("The population will double by the middle of the century.", published) == [("the middle of the century", century)]


@pytest.mark.parametrize("published,spring,winter", [("2025-08-12", "2025-SP", "2024-WI"), ("2025-02-10", "2024-SP", "2024-WI")])
def test_a_superlative_season_is_one_that_has_come(published, spring, winter):
    assert values_of("The ban follows the driest spring in more than 50 years.", published)[0] == ("spring", spring)
    assert values_of("It was the coldest winter since 2010.", published)[0] == ("winter", winter)
    # words in -est that are no superlatives name no season
    assert values_of("Residents of the west spring into action.", published) == []


@pytest.mark.parametrize("published,winter", [("2025-08-12", "2025-WI"), ("2025-04-20", "2025-WI")])
def test_a_past_tense_in_an_if_clause_of_what_may_come_lies_ahead(published, winter):
    found = parsed_values("The company warned that they could continue into next year if the winter was dry.", published)
    assert found[-1] == ("the winter", winter)
    # a counterfactual stays behind
    assert parsed_values("They would have won if the match had ended on Friday.", published)[0][1] < published


@pytest.mark.parametrize("published", ["2024-06-25", "1998-01-01"])
def test_hundreds_before_1800_are_centuries_too(published):
    assert values_of("Parts of the frame date back to the 1200s.", published) == [("the 1200s", "12")]
    assert values_of("The house was built in the early 1800s.", published) == [("the early 1800s", "18")]


@pytest.mark.parametrize("published,start,end", [("2013-04-10", "2013-03", "2013-05"), ("2024-01-10", "2024-03", "2024-05"),
                                                  ("2024-06-10", "2025-03", "2025-05")])
def test_a_range_ahead_that_is_running_now_is_this_years(published, start, end):
    assert parsed_values("Between March and May, output will rise.", published) == [("March", start), ("May", end)]
    if published == "2024-01-10":  # across the year's end
        assert parsed_values("Between November and February, demand will fall.", published) == [
            ("November", "2023-11"), ("February", "2024-02")]


@pytest.mark.parametrize("published", ["2026-12-05", "2025-01-02", "2024-06-30"])
def test_a_year_after_the_second_month_dates_the_first(published):
    for sentence in ("The alleged offences took place between March and June 2023.",
                     "The alleged offences took place from March to June 2023.",
                     "The offences took place in March and June 2023."):
        assert values_of(sentence, published) == [("March", "2023-03"), ("June 2023", "2023-06")]
    # a range over the turn of a year starts in the year before; a pair of months shares its year
    assert values_of("It ran from October to February 2023.", published) == [("October", "2022-10"), ("February 2023", "2023-02")]
    assert values_of("Storms hit in October and February 2023.", published) == [("October", "2023-10"), ("February 2023", "2023-02")]
    # each month with its own year keeps it
    assert values_of("It ran between March 2021 and June 2023.", published) == [("March 2021", "2021-03"), ("June 2023", "2023-06")]


@pytest.mark.parametrize("published", ["2026-10-14", "2025-03-01", "2024-12-31"])
def test_a_day_in_no_week_takes_the_year_of_the_month_it_is_in(published):
    day = date.fromisoformat(published)
    july_ahead = day.year if day.month < 7 else day.year + 1
    july_behind = day.year if day.month > 7 else day.year - 1
    assert parsed_values("The final will be played on a Sunday in mid-July.", published) == [
        ("Sunday", f"{july_ahead}-WXX-7"), ("mid-July", f"{july_ahead}-07")]
    assert parsed_values("The final was played on a Sunday in mid-July.", published)[0] == ("Sunday", f"{july_behind}-WXX-7")
    # a clock time before it, and "the following afternoon" after it, move with it
    text = "It happened at 2 a.m. on a Saturday in late July. The following afternoon, police came."
    assert [v for _, v in parsed_values(text, published)] == [
        f"{july_behind}-WXX-6T02:00", f"{july_behind}-WXX-6", f"{july_behind}-07", f"{july_behind}-WXX-7TAF"]
    assert parsed_values("The market usually opens on a Sunday in July.", published) == [("Sunday", "XXXX-WXX-7"), ("July", "XXXX-07")]


@pytest.mark.parametrize("published", ["2026-11-20", "2026-04-02", "2027-01-15"])
def test_a_pair_of_seasons_runs_forward(published):
    day = date.fromisoformat(published)
    spring = day.year if day.month <= 5 else day.year + 1
    assert parsed_values("The body will meet in spring and autumn.", published) == [("spring", f"{spring}-SP"), ("autumn", f"{spring}-FA")]
    # each season of a pair is found, and of a rule, in no year
    assert [t for t, _ in parsed_values("The body met in spring and autumn.", published)] == ["spring", "autumn"]
    assert parsed_values("The body meets twice a year in spring or autumn.", published)[1:] == [("spring", "XXXX-SP"), ("autumn", "XXXX-FA")]
    # an age is no decade
    assert parsed_values("Many athletes retire in their early thirties.", published) == []
    assert parsed_values("He moved to Paris in the early thirties.", published) == [("the early thirties", "193")]


@pytest.mark.parametrize("published", ["2026-12-05", "2026-06-30", "2027-02-01"])
def test_a_holiday_closing_a_range_is_the_first_after_it_opens(published):
    day = date.fromisoformat(published)
    eve_behind = day.year if day >= date(day.year, 12, 24) else day.year - 1
    eve_ahead = day.year if day <= date(day.year, 12, 24) else day.year + 1
    assert parsed_values("The market was closed from Christmas Eve through New Year's Day.", published) == [
        ("Christmas Eve", f"{eve_behind}-12-24"), ("New Year's Day", f"{eve_behind + 1}-01-01")]
    assert parsed_values("The market will be closed from Christmas Eve through New Year's Day.", published) == [
        ("Christmas Eve", f"{eve_ahead}-12-24"), ("New Year's Day", f"{eve_ahead + 1}-01-01")]


@pytest.mark.parametrize("published", ["2026-12-09", "2026-12-03", "2025-12-20"])
def test_a_date_after_a_holiday_is_its_own_and_a_school_term_is_no_season(published):
    christmas = int(published[:4])
    assert values_of("It will give a trading update covering Christmas on Jan. 8.", published) == [
        ("Christmas", f"{christmas}-12-25"), ("Jan. 8", f"{christmas + 1}-01-08")]
    assert [t for t, _ in values_of("The autumn term will end on Dec. 11 and the spring term starts in January.", published)] == ["Dec. 11", "January"]


@pytest.mark.parametrize("published", ["2026-11-18", "2027-01-10", "2027-06-30"])
def test_a_range_of_days_across_the_new_year_runs_forward(published):
    values = values_of
    day = date.fromisoformat(published)
    # told of the past: the latest such range that has ended
    end_year = day.year if date(day.year, 1, 2) <= day else day.year - 1
    assert values("The office was closed from December 24 to January 2.", published) == [
        ("December 24", f"{end_year - 1}-12-24"), ("January 2", f"{end_year}-01-02")]
    assert values("The office was closed from Dec. 24 through Jan. 2.", published) == [
        ("Dec. 24", f"{end_year - 1}-12-24"), ("Jan. 2", f"{end_year}-01-02")]
    # the end of a range is the first such day after its start, whatever the clause's tense
    (start, end) = values("The vote will run from Feb. 20 to March 3.", published)
    assert 0 < (date.fromisoformat(end[1]) - date.fromisoformat(start[1])).days < 15
    # two days, not a range; a year named: that year's
    assert values("The office was closed from December 24, 2019 to January 2, 2020.", published) == [
        ("December 24, 2019", "2019-12-24"), ("January 2, 2020", "2020-01-02")]


@pytest.mark.parametrize("published,year", [("2026-12-07", "2027"), ("2027-01-20", "2027"), ("2027-03-13", "2027")])
def test_the_first_day_of_a_range_is_in_its_last_days_month_and_year(published, year):
    found = parsed_values("The fair is held between 12 and 14 March.", published)
    assert found == [("12", f"{year}-03-12"), ("14 March", f"{year}-03-14")]
    found = parsed_values("The fair was held between 30 and 31 December 2019.", published)
    assert found == [("30", "2019-12-30"), ("31 December 2019", "2019-12-31")]


@pytest.mark.parametrize("published,first,then", [("2026-01-10", "2026-12", "2027-01"), ("2026-06-30", "2026-12", "2027-01"),
                                                  ("2025-12-31", "2025-12", "2026-01")])
def test_a_month_told_next_after_one_ahead_comes_after_it(published, first, then):
    found = parsed_values("He will resign in December and leave in January.", published)
    assert found == [("December", first), ("January", then)]
    # told as coming after it, a month may come first
    assert parsed_values("The vote will be in March, after talks in February.", "2026-01-10") == [("March", "2026-03"), ("February", "2026-02")]


@pytest.mark.parametrize("published", ["2026-12-03", "2027-03-15", "2026-07-01"])
def test_a_day_that_opens_a_range_takes_the_year_written_at_its_end(published):
    assert [v for _, v in parsed_values("The show ran from 28 December to 4 January 2026.", published)] == ["2025-12-28", "2026-01-04"]
    assert [v for _, v in parsed_values("Between 1 April and 30 June 2025, sales rose.", published)] == ["2025-04-01", "2025-06-30"]
    assert [v for _, v in parsed_values("The tournament takes place from 11 June to 19 July 2026.", published)] == ["2026-06-11", "2026-07-19"]
    assert [v for _, v in parsed_values("The ban applies from March 1 through June 30, 2028.", published)] == ["2028-03-01", "2028-06-30"]


@pytest.mark.parametrize("published", ["2026-12-06", "2027-01-01", "2026-03-01"])
def test_a_clock_range_across_midnight_ends_the_morning_after(published):
    day = date.fromisoformat(published)
    before, after = (day - timedelta(days=1)).isoformat(), (day + timedelta(days=1)).isoformat()
    # told of the past with no day named: the night that ended on the publication day
    assert parsed_values("The ministry said 40 drones were shot down between 10pm and 6am.", published) == [
        ("10pm", f"{before}T22:00"), ("6am", f"{published}T06:00")]
    assert parsed_values("The road was closed between 22:00 and 05:00.", published) == [("22:00", f"{before}T22:00"), ("05:00", f"{published}T05:00")]
    # told ahead: tonight and tomorrow morning
    assert parsed_values("The curfew will run from 10pm to 6am.", published) == [("10pm", f"{published}T22:00"), ("6am", f"{after}T06:00")]
    # a day named before: that night and the morning after it
    friday = day - timedelta(days=(day.weekday() - 4) % 7)  # the publication day itself on a Friday
    assert parsed_values("On Friday, the road was closed between 10pm and 6am.", published)[1:] == [
        ("10pm", f"{friday}T22:00"), ("6am", f"{friday + timedelta(days=1)}T06:00")]
    # a range within a day stays on it
    assert parsed_values("The shop was open from 9am to 5pm.", published) == [("9am", f"{published}T09:00"), ("5pm", f"{published}T17:00")]


@pytest.mark.parametrize("published", ["2026-12-04", "2027-05-20", "2026-01-02"])
def test_a_month_in_a_clause_of_what_comes_every_few_years_is_every_such_month(published):
    assert parsed_values("The elections are held every four years in May.", published) == [("every four years", "P4Y"), ("May", "XXXX-05")]
    assert parsed_values("The games take place every other year in August.", published) == [("every other year", "P2Y"), ("August", "XXXX-08")]
    # a comma ends the clause the rate is in: the October is one year's
    found = parsed_values("The summit, held every two years, will take place in October.", published)
    assert found[1][1] != "XXXX-10" and found[1][1].endswith("-10")


@pytest.mark.parametrize("published", ["2026-12-03", "2026-12-05", "2027-01-01"])
def test_this_coming_is_one_expression(published):
    day = date.fromisoformat(published)
    weekend = day + timedelta(days=7 if day.weekday() == 5 else 0)  # on a Saturday, the next one, as "the coming weekend"
    year, week, _ = weekend.isocalendar()
    assert parsed_values("The race takes place this coming weekend.", published) == [("this coming weekend", f"{year}-W{week:02d}-WE")]
    assert parsed_values("The rules change this coming year.", published) == [("this coming year", str(day.year + 1))]
    next_week = day + timedelta(days=7)
    assert parsed_values("Talks resume this coming week.", published) == [
        ("this coming week", f"{next_week.isocalendar()[0]}-W{next_week.isocalendar()[1]:02d}")]


@pytest.mark.parametrize("published", ["2026-12-07", "2026-12-31", "2027-03-05"])
def test_days_joined_by_a_dash_are_a_range_told_as_its_clause_tells(published):
    day = date.fromisoformat(published)
    friday = day + timedelta(days=(4 - day.weekday()) % 7)
    sunday = friday + timedelta(days=2)
    expected = [(friday.isoformat()), (sunday.isoformat())]
    for sentence in ("The event runs Friday-Sunday.", "The event runs Fri-Sun.", "The event runs Friday to Sunday.", "The event runs Fri\u2013Sun."):
        assert [v for _, v in parsed_values(sentence, published)] == expected, sentence
    assert [t for t, _ in parsed_values("The fair is open Thurs-Sun; the poll closes on Weds 9 Dec.", published)][:2] == ["Thurs", "Sun"]
    # short names stay no days outside such a range
    assert parsed_values("Sun and Sat are newspapers. Mon-Khmer languages are spoken there.", published) == []


@pytest.mark.parametrize("published", ["2026-12-07", "2027-01-15"])
def test_may_in_a_list_of_months_is_a_month(published):
    found = parsed_values("The board met in February, May, August and November.", published)
    assert [t for t, _ in found] == ["February", "May", "August", "November"]
    assert [t for t, _ in parsed_values("The vote may be held in May, officials said.", published)] == ["May"]


@pytest.mark.parametrize("published", ["2026-12-07", "2026-12-31", "2027-03-03"])
def test_a_date_moved_from_one_day_to_another_is_no_range(published):
    day = date.fromisoformat(published)
    sunday_ahead = day + timedelta(days=(6 - day.weekday()) % 7 or 7)
    found = parsed_values("The concert was rescheduled from Friday to Sunday.", published)
    assert found[-1] == ("Sunday", sunday_ahead.isoformat())
    thursday_ahead = day + timedelta(days=(3 - day.weekday()) % 7)  # publication's own on a Thursday
    found = parsed_values("The launch slipped from Tuesday to no earlier than Thursday.", published)
    assert found[-1] == ("Thursday", thursday_ahead.isoformat())
    # a day of the month after "to the" or "for the"
    assert parsed_values("The hearing, first set for the 14th, was moved to the 18th.", "2026-12-07") == [
        ("the 14th", "2026-12-14"), ("the 18th", "2026-12-18")]
    assert parsed_values("He rose to the 18th place. It dates to the 18th century.", published) == [("the 18th century", "17")]


@pytest.mark.parametrize("published", ["2013-03-14", "2024-12-20", "2025-01-08"])
def test_a_range_of_days_takes_the_month_its_last_day_names(published):
    day = date.fromisoformat(published)
    following = first_of_next_month(day)
    found = parsed_values("Talks resume from the 3rd to the 18th of next month.", published)
    assert [v for _, v in found] == [following.replace(day=3).isoformat(), following.replace(day=18).isoformat()]
    found = parsed_values("The festival runs from the 2nd to the 24th of this month.", published)
    assert [v for _, v in found] == [day.replace(day=2).isoformat(), day.replace(day=24).isoformat()]


@pytest.mark.parametrize("published", ["2013-03-14", "2024-12-12", "2025-02-10"])
def test_days_of_the_month_between_and_or_and_a_second_verb(published):
    day = date.fromisoformat(published)
    this_month = day.replace(day=1)
    following = first_of_next_month(day)
    assert [v for _, v in parsed_values("The bridge will be closed between the 20th and the 24th.", published)] == [
        this_month.replace(day=20).isoformat(), this_month.replace(day=24).isoformat()]
    assert [v for _, v in parsed_values("The vote is on the 26th or the 27th.", published)] == [
        this_month.replace(day=26).isoformat(), this_month.replace(day=27).isoformat()]
    # a day of the month before "and" and a verb is a day; before "and final" or "and 13th floors" it is not
    assert [v for _, v in parsed_values("The exhibition opens on the 5th and closes on the 28th.", published)] == [
        following.replace(day=5).isoformat(), following.replace(day=28).isoformat()]  # the month of the day before it
    assert parsed_values("The show ends on the 12th and final night of the tour.", published) == []
    assert parsed_values("The firm rents offices on the 12th and 13th floors.", published) == []


@pytest.mark.parametrize("published", ["2013-03-14", "2024-12-12", "2025-06-18"])
def test_a_range_of_days_running_at_publication_is_this_months(published):
    day = date.fromisoformat(published)
    following = first_of_next_month(day)
    assert [v for _, v in parsed_values("Applications are open from the 1st to the 20th.", published)] == [
        day.replace(day=1).isoformat(), day.replace(day=20).isoformat()]
    # one that opens after the publication day, or that "will" run, is next month's
    assert [v for _, v in parsed_values("Applications are open from the 1st to the 10th.", published)] == [
        following.replace(day=1).isoformat(), following.replace(day=10).isoformat()]
    assert [v for _, v in parsed_values("Applications will open from the 1st to the 20th.", published)] == [
        following.replace(day=1).isoformat(), following.replace(day=20).isoformat()]


@pytest.mark.parametrize("published", ["2013-03-14", "2024-12-19", "2025-06-05"])
def test_a_weekday_with_early_after_or_follows_the_day_before_it(published):
    day = date.fromisoformat(published)  # a Thursday
    friday, saturday = (day + timedelta(days=1)).isoformat(), (day + timedelta(days=2)).isoformat()
    sentence = "The storm is forecast to reach the coast late Friday or early Saturday."
    assert [v for _, v in parsed_values(sentence, published)] == [friday, saturday]
    # read as `kg timex` reads it, parsed without the entity recogniser: the pair is still dated by one verb
    (doc,) = nlp.parse_many([sentence], without=("ner",))
    assert [t.value for t in find_timexes(sentence, published, parse_hint(doc, sentence))] == [friday, saturday]
    found = parsed_values("The storm hit the coast late Friday or early Saturday.", published)
    assert [v for _, v in found] == [(day - timedelta(days=6)).isoformat(), (day - timedelta(days=5)).isoformat()]


@pytest.mark.parametrize("published", ["2013-05-06", "2024-12-30", "2025-01-02"])
def test_a_day_and_a_range_of_days_before_last_or_next_year_are_that_year_s(published):
    year = int(published[:4])
    assert values_of("The plant was opened on March 3 last year.", published) == [("March 3 last year", f"{year - 1}-03-03")]
    assert values_of("The World Cup runs from June 12 to July 13 next year.", published) == [
        ("June 12", f"{year + 1}-06-12"), ("July 13 next year", f"{year + 1}-07-13")]
    # not a year's own possessive
    assert values_of("On March 3 last year's champion withdrew.", published)[0] != ("March 3", f"{year - 1}-03-03")


@pytest.mark.parametrize("published", ["2013-06-12", "2024-01-05", "2025-05-31"])
def test_may_before_a_noun_of_figures_is_the_month_unless_the_story_names_a_may(published):
    year = int(published[:4])
    may = f"{year if published[5:7] >= '05' else year - 1}-05"
    assert values_of("May sales rose 3 percent.", published) == [("May", may)]
    assert values_of("The May jobs report was strong.", published) == [("May", may)]
    # a person called May, and "may" the verb, are no month
    assert values_of("Mrs May spoke on trade. May figures show support for her fell.", published) == []
    assert values_of("The government may index pensions to inflation.", published) == []


def _written(day: date) -> str:
    return f"{day:%B} {day.day}"


@pytest.mark.parametrize("published", ["2020-08-17", "2021-01-20", "2024-12-31"])
def test_a_range_told_in_the_present_runs_through_the_publication_day(published):
    day = date.fromisoformat(published)
    start, end = day - timedelta(days=77), day + timedelta(days=105)  # across a year's end for two of the three
    for sentence in (f"The season, which runs from {_written(start)} through {_written(end)}, has already produced 11 storms.",
                     f"The ban is in force between {_written(start)} and {_written(end)}."):
        assert [v for _, v in parsed_values(sentence, published)] == [start.isoformat(), end.isoformat()], sentence
    # told with a word of the future, or over before publication, the range is the next one to come
    ahead = f"The next season will run from {_written(start)} through {_written(end)}."
    assert [v for _, v in parsed_values(ahead, published)][0] == start.replace(year=start.year + 1).isoformat()
    over_start, over_end = day - timedelta(days=77), day - timedelta(days=20)
    ended = f"The fishing season runs from {_written(over_start)} to {_written(over_end)}."
    assert [v for _, v in parsed_values(ended, published)][0] == over_start.replace(year=over_start.year + 1).isoformat()


@pytest.mark.parametrize("published,expected", [
    ("2024-12-31", ["2023-10-15", "2024-04-15"]),
    ("2025-04-10", ["2023-10-15", "2024-04-15"]),  # told as over, the range not yet ended is not the one meant
    ("2025-06-30", ["2024-10-15", "2025-04-15"]),
])
def test_a_past_range_between_two_days_across_a_year_end_has_ended(published, expected):
    assert [v for _, v in parsed_values("The ban was in force between October 15 and April 15.", published)] == expected


def test_a_solstice_or_equinox_is_no_season():
    for sentence in ("The rollout began before the winter solstice.", "Crowds gathered for the summer solstice.",
                     "The spring equinox is a holiday in Japan."):
        assert find_timexes(sentence, "2020-12-24") == [], sentence
    assert values_of("It was cold in the winter.", "2020-12-24") == [("the winter", "2020-WI")]


@pytest.mark.parametrize("published,monday,wednesday", [
    ("2024-02-20", "2024-02-12", "2024-02-14"),   # told on a Tuesday: the range before, over by then
    ("2013-03-18", "2013-03-11", "2013-03-13"),   # on a Monday
    ("2026-01-01", "2025-12-29", "2025-12-31"),   # on the Thursday after it: this week's
])
def test_a_range_of_weekdays_told_in_the_past_is_over(published, monday, wednesday):
    expected = [("Monday", monday), ("Wednesday", wednesday)]
    assert parsed_values("Between Monday and Wednesday, 40 flights were cancelled.", published) == expected
    assert parsed_values("Flights were cancelled from Monday to Wednesday.", published) == expected


@pytest.mark.parametrize("published,expected", [("2021-03-04", ["2021-03-10", "2021-04-15"]), ("2024-12-30", ["2025-03-10", "2025-04-15"])])
def test_a_range_of_days_joined_by_a_dash_alone(published, expected):
    # no word between the days: a range, read without error
    assert [v for _, v in parsed_values("The exhibition runs March 10-April 15.", published)] == expected
    assert [v for _, v in parsed_values("The exhibition runs March 10 – April 15.", published)] == expected
