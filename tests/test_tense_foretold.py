"""What a verb foretells, asks for, sets or prices in lies ahead of it, whatever the verb's own tense
(kg/tense.py, kg/foretold.py), with several publication dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.test_tense import parsed_values


def nearest(published: str, weekday: int) -> str:
    """The day of ``weekday`` nearest the publication day, either side (the day itself if it is that weekday)."""
    day = date.fromisoformat(published)
    back = (day.weekday() - weekday) % 7
    return (day - timedelta(days=back) if back <= 3 else day + timedelta(days=7 - back)).isoformat()


def weekday_after(published: str, weekday: int) -> str:
    """The first day of ``weekday`` (0 = Monday) after the publication day."""
    day = date.fromisoformat(published)
    return (day + timedelta(days=(weekday - day.weekday()) % 7 or 7)).isoformat()


@pytest.mark.parametrize("published", ["2024-12-20", "2025-03-03", "2026-07-12"])
def test_what_is_warned_of_lies_ahead_of_the_warning(published):
    year = int(published[:4])
    christmas = f"{year}-12-25"
    assert parsed_values("The union warned of further action over Christmas if talks failed.", published) == [("Christmas", christmas)]
    # the warning's own time stays the warning's
    assert parsed_values("The union warned on Friday that talks had failed.", published)[0][1] <= published


@pytest.mark.parametrize("published", ["2024-12-19", "2025-03-02", "2025-11-28"])
def test_what_markets_price_in_lies_ahead(published):
    day = date.fromisoformat(published)
    may = day.year if day.month < 5 else day.year + 1
    assert parsed_values("Markets now price in a first cut in May.", published)[-1] == ("May", f"{may}-05")


@pytest.mark.parametrize("published", ["2024-12-21", "2025-06-14", "2026-02-28"])
def test_the_day_a_strike_is_called_for_lies_ahead_of_the_calling(published):
    assert parsed_values("Unions called a general strike for Monday.", published) == [("Monday", weekday_after(published, 0))]
    day = date.fromisoformat(published)
    following = day.year + 1 if (day.month, day.day) >= (1, 12) else day.year
    assert parsed_values("Unions have called a general strike for January 12 in protest.", published) == [
        ("January 12", f"{following}-01-12")]
    # a day the calling itself was on stays behind
    assert parsed_values("Unions called for a strike on Monday, the day after the vote.", published)[0][1] != published


@pytest.mark.parametrize("published", ["2024-11-25", "2025-03-05", "2025-08-31"])
def test_a_fixture_that_a_plan_or_a_reported_would_looks_to_lies_ahead(published):
    saturday = weekday_after(published, 5)
    assert parsed_values("The club said an interim coach would take charge for Saturday's match.", published) == [
        ("Saturday", saturday)]
    found = parsed_values("Supporters plan to protest outside the stadium before the weekend's game.", published)
    assert found[0][0] == "the weekend" and found[0][1] == date.fromisoformat(saturday).strftime("%G-W%V-WE")
    # an outcome's day stays behind: "build on Saturday's win", "review Friday's ruling"
    assert parsed_values("He wants to build on Saturday's win.", published)[0][1] < published
    assert parsed_values("The court said it would review Friday's ruling.", published)[0][1] < published


@pytest.mark.parametrize("published", ["2025-06-25", "2024-02-29", "2025-12-30"])
def test_what_is_forecast_to_happen_lies_ahead(published):
    assert parsed_values("Temperatures are forecast to reach 38C on Saturday.", published) == [("Saturday", weekday_after(published, 5))]
    assert parsed_values("The team is tipped to win on Sunday.", published) == [("Sunday", weekday_after(published, 6))]


@pytest.mark.parametrize("published,year", [("2024-12-13", 2025), ("2025-03-02", 2025), ("2025-10-30", 2026)])
def test_a_season_of_a_break_that_a_plan_looks_to_lies_ahead(published, year):
    assert parsed_values("Ministers have promised to get flights off the ground before the summer recess.", published) == [
        ("the summer", f"{year}-SU")]


@pytest.mark.parametrize("published", ["2024-12-11", "2025-06-01", "2026-02-27"])
def test_poised_or_on_course_to_looks_ahead(published):
    assert parsed_values("The company is poised to announce job cuts on Monday.", published) == [("Monday", weekday_after(published, 0))]
    day = date.fromisoformat(published)
    may = day.year if day.month < 5 else day.year + 1
    assert parsed_values("The team is on course to win the title in May.", published) == [("May", f"{may}-05")]


@pytest.mark.parametrize("published", ["2024-12-05", "2025-05-31", "2026-03-02"])
def test_must_and_should_look_ahead_unless_a_perfect_says_otherwise(published):
    friday = weekday_after(published, 4)
    assert parsed_values("A deal must be reached on Friday.", published) == [("Friday", friday)]
    assert parsed_values("Officials said he must appear in court on Friday.", published) == [("Friday", friday)]
    assert parsed_values("The report should be ready on Friday.", published) == [("Friday", friday)]
    # what must have happened, or what a past ruling said must happen, is behind
    assert parsed_values("He must have left on Friday.", published)[0][1] < published
    found = parsed_values("The agency had ruled that the boy must be returned, and set Friday as the deadline.", published)
    assert found[0][1] < published


@pytest.mark.parametrize("published", ["2024-12-05", "2025-06-01"])
def test_deadlines_written_out(published):
    day = date.fromisoformat(published)
    march = day.year if (day.month, day.day) <= (3, 31) else day.year + 1
    assert parsed_values("Companies must comply no later than March 31.", published) == [("March 31", f"{march}-03-31")]
    assert parsed_values("Bids must be submitted by the close of business on Friday.", published) == [
        ("Friday", weekday_after(published, 4))]


@pytest.mark.parametrize("published,year", [("2024-01-25", 2024), ("2025-07-10", 2026)])
def test_what_someone_is_urged_or_called_on_to_do_lies_ahead(published, year):
    assert parsed_values("It urged countries to catch up on missed doses before the spring.", published) == [("the spring", f"{year}-SP")]
    assert parsed_values("The union called on members to walk out on Monday.", published) == [("Monday", weekday_after(published, 0))]


@pytest.mark.parametrize("published,year", [("2013-03-18", 2014), ("2024-06-10", 2025)])
def test_a_month_a_release_is_due_in_lies_ahead(published, year):
    # the month of figures just ended is behind ("to show inflation at 3 percent in May"); a release's month is not
    month = "February" if published.startswith("2013") else "May"
    number = "02" if month == "February" else "05"
    assert parsed_values(f"The results are to be published in {month}.", published) == [(month, f"{year}-{number}")]
    # money words with no figures are no figures of a month just ended
    assert parsed_values(f"The company plans to announce the deal in {month}.", published) == [(month, f"{year}-{number}")]


@pytest.mark.parametrize("published", ["2026-02-11", "2025-12-29", "2024-03-03"])
def test_a_decree_from_a_day_is_the_nearer_such_day(published):
    # "declared three days of mourning from Thursday": decrees are made a few days either side of what they set
    day = date.fromisoformat(published)
    for weekday in range(7):
        ahead = date.fromisoformat(weekday_after(published, weekday))
        behind = ahead - timedelta(days=7)
        nearer = min((ahead, behind), key=lambda d: abs((d - day).days)) if weekday != day.weekday() else day
        name = ahead.strftime("%A")
        found = parsed_values(f"The government declared three days of national mourning from {name}.", published)
        assert found[-1] == (name, nearer.isoformat())
    # a stretch told whole keeps its clause's way
    found = parsed_values("Authorities imposed a curfew from Thursday to Sunday.", published)
    assert found[0][1] <= published


@pytest.mark.parametrize("published", ["2026-12-01", "2025-12-29", "2024-03-03"])
def test_a_thing_put_back_to_no_earlier_than_a_day_lies_ahead(published):
    saturday = weekday_after(published, 5)
    found = parsed_values("The launch has been pushed back to no earlier than Saturday.", published)
    assert found == [("Saturday", saturday)]
    christmas = f"{int(published[:4]) + (published[5:] > '12-25')}-12-25"
    assert parsed_values("The vote was put off until after Christmas.", published) == [("Christmas", christmas)]


@pytest.mark.parametrize("published", ["2026-11-03", "2025-12-29", "2024-03-03"])
def test_a_present_the_tagger_reads_as_an_adjective_tells_of_a_schedule(published):
    # "Pre-orders open on Friday", as "opens on Friday"; "The shops are open on Friday" is the copula's present
    friday = weekday_after(published, 4)
    assert parsed_values("Pre-orders open on Friday.", published) == [("Friday", friday)]
    assert parsed_values("The shops open on Friday.", published) == [("Friday", friday)]


@pytest.mark.parametrize("published", ["2026-12-02", "2025-12-29", "2024-03-03"])
def test_the_stretch_a_warning_foretells_lies_ahead_of_its_issuing(published):
    friday, sunday = weekday_after(published, 4), weekday_after(published, 6)
    found = parsed_values("Forecasters have issued a yellow warning for snow across the north from Friday evening until Sunday "
                          "morning.", published)
    assert [v for _, v in found] == [friday + "TEV", sunday + "TMO"]  # none of the dates is a Friday or Saturday
    # the day a warning was issued on is behind
    assert parsed_values("Police issued a warning about scams on Friday.", published)[0][1] <= published


@pytest.mark.parametrize("published", ["2026-11-28", "2025-12-29", "2024-03-03"])
def test_an_infinitive_of_a_noun_looks_ahead_as_its_clause_does(published):
    # "would be in the week of January 12, with more to follow in February": the February to come
    day = date.fromisoformat(published)
    february = f"{day.year + (day.month >= 2)}-02"
    found = parsed_values("The union said the first strike would be on Monday, with more to follow in February if the "
                          "government did not improve its offer.", published)
    assert found[-1] == ("February", february)
    # after a first, last or only one, the infinitive tells of what happened
    assert parsed_values("She was the first to arrive on Monday.", published)[0][1] <= published


@pytest.mark.parametrize("published", ["2026-08-20", "2026-01-05", "2025-12-30"])
def test_what_is_called_for_by_a_time_lies_ahead_of_the_calling(published):
    year = int(published[:4])
    for sentence in ("Opposition parties have called for more sitting days before the end of the year.",
                     "Opposition parties called for more sitting days before the end of the year."):
        assert parsed_values(sentence, published) == [("the end of the year", str(year))]
    # what was done by then, not asked for, is behind
    assert parsed_values("Parties had held 40 sittings by the end of the year.", published) == [("the end of the year", str(year - 1))]


@pytest.mark.parametrize("published", ["2026-11-22", "2026-11-25", "2027-01-03"])
def test_a_plan_told_in_the_past_perfect_is_the_nearer_time_though_the_parse_takes_its_verb_for_a_noun(published):
    # the parse reads "end" in "due to end" as a noun; what had been due may have come or not
    assert parsed_values("The conference had been due to end on Friday evening.", published) == [("Friday evening", f"{nearest(published, 4)}TEV")]
    assert parsed_values("The conference is due to end on Friday evening.", published) == [("Friday evening", f"{weekday_after(published, 4)}TEV")]


@pytest.mark.parametrize("published", ["2027-03-22", "2026-12-31", "2027-01-04"])
def test_a_day_after_a_moment_of_the_day_is_dated_as_its_verb(published):
    wednesday = weekday_after(published, 2)
    # the parse hangs "on Wednesday" on "sundown"
    assert parsed_values("The festival begins at sundown on Wednesday, and Easter falls on Sunday.", published)[0] == ("Wednesday", wednesday)
    assert parsed_values("The curfew will start at dusk on Wednesday, and shops will shut on Sunday.", published)[0] == ("Wednesday", wednesday)
    # the parse hangs the day on "lunchtime"
    assert parsed_values("The club's next league game is on Saturday lunchtime.", published) == [("Saturday", weekday_after(published, 5))]


def month_day_ahead(published: str, month: int, day: int) -> str:
    """The first such day of the year after the publication day."""
    told = date.fromisoformat(published)
    this_year = date(told.year, month, day)
    return (this_year if this_year > told else date(told.year + 1, month, day)).isoformat()


@pytest.mark.parametrize("published", ["2026-11-18", "2026-06-02", "2026-10-20"])
def test_a_time_set_or_fixed_lies_ahead_of_the_setting(published):
    march_3 = month_day_ahead(published, 3, 3)
    assert parsed_values("A judge on Tuesday set the trial for March 3.", published)[1] == ("March 3", march_3)
    assert parsed_values("A judge on Tuesday set a trial date of March 3.", published)[1] == ("March 3", march_3)
    assert parsed_values("The court fixed a hearing date of March 3.", published) == [("March 3", march_3)]
    # a date told of, or a record set on a day, stays behind
    assert parsed_values("The record was broken on March 3.", published)[0][1] < published
    assert parsed_values("Police said the date of the attack was March 3.", published)[0][1] < published


@pytest.mark.parametrize("published", ["2026-11-26", "2026-06-10", "2027-01-20"])
def test_a_thing_called_for_the_whole_of_a_month_lies_ahead(published):
    told = date.fromisoformat(published)
    december = f"{told.year}-12"
    assert parsed_values("The union has called an overtime ban for the whole of December.", published) == [("December", december)]
    assert parsed_values("He was on leave for the whole of October.", published)[0][1] <= published[:7]


@pytest.mark.parametrize("published", ["2026-01-13", "2026-08-10", "2027-03-02"])
def test_what_was_said_to_be_likely_or_possible_lies_ahead(published):
    thursday = weekday_after(published, 3)
    assert parsed_values("Forecasters said more snow was likely from Thursday.", published) == [("Thursday", thursday)]
    assert parsed_values("More rain was possible on Thursday, the agency said.", published) == [("Thursday", thursday)]
    assert parsed_values("The roads stayed closed on Thursday.", published)[0][1] < published


@pytest.mark.parametrize("published", ["2026-01-22", "2026-06-30", "2026-12-31"])
def test_a_time_after_what_is_warned_of_is_its_time(published):
    friday = weekday_after(published, 4)
    found = parsed_values("Forecasters have warned of more snow on Friday and over the weekend.", published)
    assert found[0] == ("Friday", friday)
    saturday = date.fromisoformat(friday) + timedelta(days=1)
    assert found[1][1] == f"{saturday.isocalendar()[0]}-W{saturday.isocalendar()[1]:02d}-WE"
    assert parsed_values("Forecasters warned of more snow on Friday.", published) == [("Friday", friday)]
    # the warning's own day, before what it warns of
    assert parsed_values("Forecasters warned on Friday of more snow.", published)[0][1] < published


@pytest.mark.parametrize("published", ["2026-11-18", "2026-06-30", "2027-01-02"])
def test_what_was_said_of_a_days_talks_and_of_the_saying(published):
    day = date.fromisoformat(published)
    thursday_ahead = weekday_after(published, 3)
    thursday_behind = (day - timedelta(days=(day.weekday() - 3) % 7 or 7)).isoformat()
    # "talks" is a fixture by its lemma too: what was said would be lies ahead
    assert parsed_values("The ministry said Thursday's talks would be the last before the summit.", published) == [("Thursday", thursday_ahead)]
    # a day right before "that" and what was said is the saying's, wherever the parse hangs it
    assert parsed_values("The minister told reporters on the sidelines of a summit on Thursday that talks would continue.",
                         published) == [("Thursday", thursday_behind)]
    # "fall" as a verb is no season
    year = str(day.year)
    assert parsed_values("He said in an interview this year that prices would fall next year.", published) == [
        ("this year", year), ("next year", str(day.year + 1))]


@pytest.mark.parametrize("published", ["2026-04-15", "2026-04-17", "2026-12-31", "2027-01-04"])
def test_a_day_of_what_an_outcome_comes_of_is_the_nearer_one(published):
    # what is expected is the results, not the vote: the vote's day is the nearer, whichever side
    assert parsed_values("Results from Sunday's vote are expected soon.", published)[0] == ("Sunday", nearest(published, 6))
    assert parsed_values("The outcome of Friday's talks will shape the deal.", published)[0] == ("Friday", nearest(published, 4))
    # with no outcome before it, the day is the meeting's own, ahead (or the publication day, if a Friday)
    friday_on_or_after = published if date.fromisoformat(published).weekday() == 4 else weekday_after(published, 4)
    assert parsed_values("Investors will be watching Friday's talks.", published)[0] == ("Friday", friday_on_or_after)


@pytest.mark.parametrize("published", ["2026-04-15", "2026-12-31", "2027-01-04"])
def test_an_asked_whether_would_looks_ahead(published):
    assert parsed_values("Asked whether he would attend Friday's summit, he declined to comment.", published) == [
        ("Friday", weekday_after(published, 4))]
    assert parsed_values("He asked whether the talks would resume on Friday.", published) == [("Friday", weekday_after(published, 4))]


@pytest.mark.parametrize("published", ["2013-05-06", "2024-12-30", "2025-03-03"])  # Mondays
def test_a_day_on_a_noun_after_a_present_verb(published):
    day = date.fromisoformat(published)
    wednesday, thursday = day + timedelta(days=2), day - timedelta(days=4)
    # a fixture a present verb tells of is to come; what a present state follows has been
    assert parsed_values("Bayern play Barcelona in the second leg on Wednesday night.", published) == [
        ("Wednesday night", f"{wednesday.isoformat()}TNI")]
    assert parsed_values("Shares trade lower after the announcement on Thursday.", published) == [("Thursday", thursday.isoformat())]
    # the noun after "to" or "for" ("goes to a vote"): its day as the verb's; in the past, behind
    assert parsed_values("The bill goes to a vote on Wednesday.", published) == [("Wednesday", wednesday.isoformat())]
    assert parsed_values("The case went to a jury on Wednesday.", published) == [("Wednesday", (day - timedelta(days=5)).isoformat())]


@pytest.mark.parametrize("published", ["2024-12-31", "2025-02-27", "2026-01-02"])
def test_a_day_hung_on_a_perfect_of_asking_is_the_asked_for_things(published):
    # the parse hangs "on Friday" on the calling; a present perfect takes no day of its own, so it is the protests'
    friday = weekday_after(published, 4) if date.fromisoformat(published).weekday() != 4 else published
    assert parsed_values("The opposition has called for protests on Friday after prayers.", published) == [("Friday", friday)]
    assert parsed_values("Unions have called a general strike on Friday.", published) == [("Friday", friday)]
    # told in the past, the day may be the calling's; a perfect of asking someone, or of what is done, keeps its day behind
    assert parsed_values("He called for calm on Friday.", published)[0][1] <= published
    assert parsed_values("The minister has asked the court on Friday to delay the case.", published)[0][1] <= published
    assert parsed_values("Police have arrested a man on Friday.", published)[0][1] <= published


@pytest.mark.parametrize("published,warned,season,expected", [
    ("2020-02-18", "November", "spring", "2020-SP"),   # the spring after the warning, still ahead
    ("2013-01-10", "October", "summer", "2013-SU"),
    ("2024-06-20", "March", "autumn", "2024-FA"),
])
def test_a_deadline_a_past_perfect_warning_set_lies_ahead_of_the_warning(published, warned, season, expected):
    # the past perfect sets no past deadline when a modal after it opens the clause the deadline is in
    sentence = f"The firm had warned in {warned} that it might run out of cash by the {season}."
    assert parsed_values(sentence, published)[-1] == (f"the {season}", expected)
    assert parsed_values("Until Thursday, they had not met.", published)[0][1] <= published  # no modal: a deadline reached
