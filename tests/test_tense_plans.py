"""A plan or a forecast told of in the past (kg/tense.py): what was planned, meant or forecast before a past
time may have come since or not, so its day is the nearer one; a plan told of ahead stays ahead. Several
publication dates, month and year boundaries and the publication weekday itself."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.test_tense import parsed_values


def nearest_weekday(published: str, weekday: int) -> str:
    """The day of that weekday (0 = Monday) nearest ``published``, either side."""
    day = date.fromisoformat(published)
    back = (day.weekday() - weekday) % 7
    return (day - timedelta(days=back) if back <= 3 else day + timedelta(days=7 - back)).isoformat()


def weekday_ahead(published: str, weekday: int) -> str:
    """That weekday on or after ``published``."""
    day = date.fromisoformat(published)
    return (day + timedelta(days=(weekday - day.weekday()) % 7)).isoformat()


def month_near(published: str, month: int) -> str:
    """That month as a time told with no direction: ahead if it is at most three months ahead, else behind."""
    year, pub_month = int(published[:4]), int(published[5:7])
    ahead = (month - pub_month) % 12
    if ahead == 0 or ahead > 3:
        return f"{year if month <= pub_month else year - 1}-{month:02d}"
    return f"{year if month > pub_month else year + 1}-{month:02d}"


def nearest_date(published: str, month: int, day: int) -> str:
    """That day of the month in the year that puts it nearest ``published``."""
    pub = date.fromisoformat(published)
    return min((date(y, month, day) for y in (pub.year - 1, pub.year, pub.year + 1)), key=lambda d: abs((d - pub).days)).isoformat()


def month_ahead(published: str, month: int) -> str:
    year, pub_month = int(published[:4]), int(published[5:7])
    return f"{year if month >= pub_month else year + 1}-{month:02d}"


@pytest.mark.parametrize("published", ["2026-02-08", "2026-02-13", "2026-12-31", "2027-01-02"])
def test_what_was_meant_to_happen_on_a_day_is_the_nearer_such_day(published):
    friday = nearest_weekday(published, 4)
    assert parsed_values("The talks were meant to finish on Friday but ran late into the weekend.", published)[0] == ("Friday", friday)
    assert parsed_values("The talks were supposed to finish on Friday.", published) == [("Friday", friday)]


@pytest.mark.parametrize("published", ["2026-10-27", "2026-07-15", "2027-01-04", "2026-12-31"])
def test_what_had_been_forecast_or_called_for_is_the_nearer_time(published):
    assert parsed_values("It had forecast a decline of 5% to 7% in July.", published) == [("July", month_near(published, 7))]
    assert parsed_values("The union had called a strike for Monday, but later called it off.", published) == [
        ("Monday", nearest_weekday(published, 0))]
    # not in the past perfect, what is forecast or called for lies ahead of the forecast
    assert parsed_values("It has forecast a decline in July.", published) == [("July", month_ahead(published, 7))]


@pytest.mark.parametrize("published", ["1998-09-15", "1998-07-20", "1999-01-03", "1998-12-31"])
def test_a_time_a_noun_was_scheduled_for_is_dated_by_the_nouns_clause(published):
    # told of in the past: the plan may have come or not, so the nearer day
    assert parsed_values("But a hearing scheduled for July 28 was postponed twice.", published) == [
        ("July 28", nearest_date(published, 7, 28))]
    assert parsed_values("A summit set for April was cancelled.", published) == [("April", month_near(published, 4))]
    # told of ahead: ahead
    assert parsed_values("A hearing scheduled for July 28 will be held in public.", published) == [
        ("July 28", month_ahead(published, 7) + "-28" if published[5:] != "07-28" else published)]


@pytest.mark.parametrize("published", ["2026-12-10", "2026-12-14", "2026-12-31", "2027-01-02"])
def test_a_day_after_the_first_time_is_dated_by_the_verb(published):
    monday = weekday_ahead(published, 0)
    assert parsed_values("The new parliament meets for the first time on Monday.", published) == [("Monday", monday)]
    assert parsed_values("The team will play for the last time on Saturday.", published) == [("Saturday", weekday_ahead(published, 5))]


def weekday_before(published: str, weekday: int) -> str:
    """That weekday before ``published`` (the publication day itself if it is one)."""
    day = date.fromisoformat(published)
    return (day - timedelta(days=(day.weekday() - weekday) % 7)).isoformat()


@pytest.mark.parametrize("published", ["2026-03-12", "2026-03-14", "2027-01-01"])
def test_a_verb_with_a_tense_of_its_own_after_and_keeps_it(published):
    found = parsed_values("He was detained on Tuesday and is due in court on Friday.", published)
    assert found == [("Tuesday", weekday_before(published, 1)), ("Friday", weekday_ahead(published, 4))]
    # with no tense of its own, it shares the first verb's
    assert parsed_values("He was detained on Tuesday and charged on Wednesday.", published)[1] == ("Wednesday", weekday_before(published, 2))
    assert parsed_values("He will open a plant and hire workers on Monday.", published) == [("Monday", weekday_ahead(published, 0))]


@pytest.mark.parametrize("published", ["2026-03-12", "2026-03-17", "2026-12-31"])
def test_what_was_kept_until_a_day_is_over(published):
    assert parsed_values("Officials kept the border closed until Tuesday.", published) == [("Tuesday", weekday_before(published, 1))]
    # what will be kept so lies ahead
    assert parsed_values("Schools will be kept closed until Tuesday.", published) == [("Tuesday", weekday_ahead(published, 1))]


@pytest.mark.parametrize("published", ["1998-06-04", "1998-06-01", "1999-01-01"])
def test_not_until_a_day_told_of_the_past_is_when_it_came_at_last(published):
    assert parsed_values("Because of bad weather, relief flights could not land until Wednesday.", published) == [
        ("Wednesday", weekday_before(published, 2))]
    assert parsed_values("The rescuers did not arrive until Wednesday.", published) == [("Wednesday", weekday_before(published, 2))]
    assert parsed_values("Police didn't release the names until Monday.", published) == [("Monday", weekday_before(published, 0))]
    # told of ahead, still a deadline ahead
    assert parsed_values("The shops will not reopen until Monday.", published) == [("Monday", weekday_ahead(published, 0))]


@pytest.mark.parametrize("published,summer", [("1998-05-19", "1998-SU"), ("1998-08-20", "1998-SU"), ("1999-01-05", "1999-SU")])
def test_what_had_been_looked_for_may_yet_come(published, summer):
    # the summer to come, or the one running: not the one before what was expected
    found = parsed_values("Many economists had expected the Fed to leave rates alone at least until the summer.", published)
    assert found == [("the summer", summer)]
    assert parsed_values("The company had planned to open the plant in July.", published) == [("July", month_near(published, 7))]


@pytest.mark.parametrize("published", ["2026-12-04", "2026-02-10", "2026-12-31", "1989-10-30"])
def test_what_had_been_scheduled_is_the_nearer_time(published):
    assert parsed_values("The mission had been scheduled to lift off in February.", published) == [("February", month_near(published, 2))]
    assert parsed_values("The vote had been scheduled for Tuesday but was delayed.", published) == [("Tuesday", nearest_weekday(published, 1))]
    assert parsed_values("The offer previously had been scheduled to expire Friday.", published) == [("Friday", nearest_weekday(published, 4))]
    # done in the past perfect, it is behind (or the publication day, a Tuesday)
    pub = date.fromisoformat(published)
    assert date.fromisoformat(parsed_values("The vote had been held on Tuesday.", published)[0][1]) <= pub


@pytest.mark.parametrize("published", ["2026-12-04", "2026-03-10"])
def test_a_launch_pushed_back_to_no_earlier_than_a_month_lies_ahead(published):
    found = parsed_values("The agency said on Thursday it had pushed back the launch of its crewed lunar mission to no earlier than April.", published)
    assert found[-1] == ("April", month_ahead(published, 4))


@pytest.mark.parametrize("published,weekday_ahead", [("2026-11-05", "2026-11-07"), ("2026-12-31", "2027-01-02"), ("2026-11-06", "2026-11-07")])
def test_what_is_booked_for_a_time_lies_ahead_of_the_booking(published, weekday_ahead):
    winter = f"{published[:4]}-WI"
    assert parsed_values("Bookings for the winter season were running ahead of last year.", published)[0] == ("the winter", winter)
    assert parsed_values("Tickets for Saturday sold out within an hour.", published)[0] == ("Saturday", weekday_ahead)


@pytest.mark.parametrize("published,january,tuesday", [("2026-12-03", "2027-01", "2026-12-08"), ("2027-02-14", "2028-01", "2027-02-16")])
def test_what_can_happen_lies_ahead(published, january, tuesday):
    assert parsed_values("The market is asking whether the Fed can cut in January.", published) == [("January", january)]
    assert parsed_values("Officials said the vote can go ahead on Tuesday.", published) == [("Tuesday", tuesday)]


@pytest.mark.parametrize("published", ["2026-12-07", "2025-12-31", "2026-02-26"])
def test_a_present_read_as_a_word_after_its_noun_is_a_schedule(published):
    # the tagger hangs "close" on "Polls" and leaves the sentence with no verb: the present of a timetable
    for sentence, weekday in (("Polls close at 8pm local time on Tuesday.", 1), ("Polling stations close at 10pm on Thursday.", 3)):
        (value,) = [v for _, v in parsed_values(sentence, published)]
        assert value[:10] == weekday_ahead(published, weekday), sentence
    # after a name in the plural as after a noun: "The Olympics open", as "The games open"
    year = int(published[:4]) + (published[5:7] > "07")
    for sentence in ("The Olympics open in July.", "The games open in July."):
        assert parsed_values(sentence, published) == [("July", f"{year}-07")], sentence
    # a headline's present tells of what happened as often as of what is to come: the nearer Friday
    assert parsed_values("Stocks close higher on Friday", published) == [("Friday", nearest_weekday(published, 4))]


@pytest.mark.parametrize("published", ["2026-12-09", "2026-12-31", "2027-02-26"])
def test_a_day_told_next_after_a_day_ahead_comes_after_it(published):
    monday = weekday_ahead(published, 0)
    if monday == published:
        monday = (date.fromisoformat(published) + timedelta(days=7)).isoformat()
    friday_after = (date.fromisoformat(monday) + timedelta(days=4)).isoformat()
    for sentence in ("Applications open on Monday and close on Friday.", "The firm will cut jobs on Monday and then close the plant on Friday.",
                     "The minister flies to Paris on Monday and returns on Friday."):
        assert [v for _, v in parsed_values(sentence, published)] == [monday, friday_after], sentence
    # told with "with", the Saturday by the Sunday of the race, before it
    sunday = date.fromisoformat(weekday_ahead(published, 6))
    found = parsed_values("The race starts at 2 p.m. on Sunday, with qualifying on Saturday.", published)
    assert found[-1] == ("Saturday", (sunday - timedelta(days=1)).isoformat())


@pytest.mark.parametrize("published", ["2026-12-09", "2027-01-01", "2026-03-03"])
def test_a_deadline_named_after_by_is_met_or_ahead_as_its_clause_tells(published):
    day = date.fromisoformat(published)
    behind = (day - timedelta(days=(day.weekday() - 1) % 7)).isoformat()  # the latest Tuesday, publication's own on a Tuesday
    ahead = (day + timedelta(days=(1 - day.weekday()) % 7)).isoformat()  # the coming Tuesday, publication's own on a Tuesday
    assert parsed_values("The company completed the sale by the Tuesday deadline.", published) == [("Tuesday", behind)]
    assert parsed_values("The company failed to complete the sale by the Tuesday deadline.", published) == [("Tuesday", behind)]
    assert parsed_values("The company must complete the sale by the Tuesday deadline.", published) == [("Tuesday", ahead)]
    assert parsed_values("The company said it would complete the sale by the Tuesday deadline.", published) == [("Tuesday", ahead)]


@pytest.mark.parametrize("published", ["2026-12-09", "2027-01-01", "2026-03-05"])
def test_what_was_done_by_a_time_told_with_an_active_past_is_behind(published):
    day = date.fromisoformat(published)
    tuesday_behind = (day - timedelta(days=(day.weekday() - 1) % 7)).isoformat()
    assert parsed_values("The company completed the sale by Tuesday.", published) == [("Tuesday", tuesday_behind)]
    sunday_behind = (day - timedelta(days=(day.weekday() - 6) % 7)).isoformat()
    assert parsed_values("Rebels seized the town by Sunday.", published) == [("Sunday", sunday_behind)]
    # but what was asked, promised or expected by a time, or may come by it, lies ahead
    friday_ahead = weekday_ahead(published, 4)
    for sentence in ("The government promised aid by Friday.", "He asked for payment by Friday.", "He said he would finish by Friday."):
        assert parsed_values(sentence, published) == [("Friday", friday_ahead)], sentence


def weekday_behind(published: str, weekday: int) -> str:
    """That weekday before ``published``."""
    day = date.fromisoformat(published)
    return (day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)).isoformat()


@pytest.mark.parametrize("published", ["2013-04-17", "2024-12-31", "2025-03-05"])  # Wednesdays and a Tuesday
def test_a_fixture_called_off_or_done_for_lies_ahead(published):
    # a fixture called off or put back, or one a thing is done for, is still to come; a possessive day is otherwise behind
    for sentence in ("Organizers cancelled Sunday's concert over safety fears.", "Saturday's match was postponed because of snow.",
                     "The club called off Saturday's game.", "Security was tightened for Sunday's marathon.",
                     "He was suspended for Sunday's derby after a red card."):
        (value,) = [v for _, v in parsed_values(sentence, published)]
        assert value == weekday_ahead(published, 6 if "Sunday" in sentence else 5), sentence
    for sentence in ("Saturday's match was abandoned because of snow.", "He was praised for Sunday's performance.",
                     "Organizers cancelled the concert on Sunday."):
        (value,) = [v for _, v in parsed_values(sentence, published)]
        assert value == weekday_behind(published, 6 if "Sunday" in sentence else 5), sentence


@pytest.mark.parametrize("published", ["2013-03-25", "2024-12-30", "2025-03-06"])
def test_a_threat_in_the_past_perfect_before_a_deadline_is_the_nearer_day(published):
    # "had threatened to cut off funding by Tuesday": a threat whose day may have come since or not
    found = parsed_values("The bank had threatened to cut off emergency funding to the lenders by Tuesday.", published)
    assert [v for _, v in found] == [nearest_weekday(published, 1)]


@pytest.mark.parametrize("published", ["2014-01-23", "2024-11-28", "2025-02-03"])
def test_a_forecast_figure_s_time_lies_ahead_of_the_forecast(published):
    # a figure forecast "for" or "through" a time, or "in" it, is of a time to come (the nearer one, in the past perfect)
    march = month_near(published, 3)
    assert [v for _, v in parsed_values("Analysts had forecast $20.1 billion for the three months through March.", published)] == ["P3M", march]
    year, month = int(published[:4]), int(published[5:7])
    assert [v for _, v in parsed_values("The government projected a deficit in June.", published)] == [f"{year + (month > 6)}-06"]
    # not a figure estimated, which is as often of what was
    december = f"{year - 1}-12" if month < 12 else f"{year}-12"
    assert [v for _, v in parsed_values("The agency estimated losses of $1 billion in December.", published)] == [december]


@pytest.mark.parametrize("published", ["2012-06-08", "2024-12-27", "2025-05-16"])  # Fridays
def test_a_thing_set_for_a_time_in_the_passive_lies_ahead(published):
    year, month = int(published[:4]), int(published[5:7])
    assert parsed_values("Sentencing was set for Sept. 14.", published) == [("Sept. 14", f"{year + (month > 9)}-09-14")]
    assert [v for _, v in parsed_values("The meeting was fixed for Monday.", published)] == [weekday_ahead(published, 0)]
    # in the past perfect, the nearer one: a plan that may have come or not
    assert [v for _, v in parsed_values("The vote had been set for Monday but was delayed.", published)] == [nearest_weekday(published, 0)]


@pytest.mark.parametrize("published", ["2024-03-07", "2026-07-15", "2026-12-31", "2027-01-04"])
def test_what_a_past_perfect_hope_had_in_view_is_the_nearer_time(published):
    # a hope or bet given up may have been for a time since passed or still ahead
    april = month_near(published, 4)
    assert parsed_values("Investors had expected cuts in April.", published) == [("April", april)]
    assert parsed_values("Investors had bet on six cuts, starting as early as April.", published) == [("April", april)]
    assert parsed_values("The company had planned a sale beginning in April.", published) == [("April", april)]
    # a thing done before a past time stays behind
    assert parsed_values("Police had arrested a man in April.", published)[0][1] <= published[:7]


@pytest.mark.parametrize("published", ["2024-03-07", "2026-05-01", "2026-10-15"])
def test_a_participle_after_with_is_dated_as_its_clause(published):
    # after a present, which says nothing of the participle's time, it is no thing done: "by June" is ahead
    june = month_ahead(published, 6)
    assert parsed_values("Markets now price in four cuts this year, with the first fully priced by June.", published)[-1] == ("June", june)
    # after a past, behind; after a future, ahead
    day = date.fromisoformat(published)
    monday = (day - timedelta(days=day.weekday())).isoformat()
    assert parsed_values("The index rose, with gains led by banks on Monday.", published) == [("Monday", monday)]
    assert parsed_values("The plan will take effect next year, with the first payments made in January.", published)[-1] == (
        "January", f"{day.year + 1}-01")


@pytest.mark.parametrize("published", ["2023-06-13", "2024-08-20", "2025-01-02"])
def test_a_second_to_joined_to_a_first_looks_ahead_as_it_does(published):
    text = ("Economists expect the bank to keep rates unchanged on Wednesday, after raising them since March 2022, "
            "but to signal another increase in July.")
    assert parsed_values(text, published)[-1] == ("July", month_ahead(published, 7) if published[5:7] != "07" else published[:7])


@pytest.mark.parametrize("published", ["2022-06-15", "2024-12-30", "2025-03-06"])
def test_a_plan_that_did_not_come_about_is_the_nearer_time(published):
    nearer_thursday = nearest_weekday(published, 3)
    assert parsed_values("The vote, which was to have taken place on Thursday, has been pushed back.", published)[0] == ("Thursday", nearer_thursday)
    assert parsed_values("The vote was to have taken place on Thursday.", published) == [("Thursday", nearer_thursday)]
    day = date.fromisoformat(published)
    month = (day.month + 1) % 12 + 1  # two months on: the nearer one is ahead
    name = date(2000, month, 1).strftime("%B")
    expected = f"{day.year + (month < day.month)}-{month:02d}"
    assert parsed_values(f"The summit would have been held in {name} had the war not intervened.", published) == [(name, expected)]


@pytest.mark.parametrize("published", ["2022-06-15", "2024-12-30", "2025-03-06"])
def test_slated_to_looks_ahead(published):
    assert parsed_values("The minister is slated to visit the region on Friday.", published) == [("Friday", weekday_ahead(published, 4))]


@pytest.mark.parametrize("published", ["2019-06-12", "2026-12-08", "2025-01-01", "2019-06-14"])  # the last a Friday: Sunday ahead is nearer
def test_a_days_event_after_after_in_a_clause_looking_ahead_is_the_nearer_day(published):
    sunday = nearest_weekday(published, 6)
    assert parsed_values("After Sunday's protest, the government will respond.", published) == [("Sunday", sunday)]
    assert parsed_values("After Sunday's protest, the government is expected to respond.", published) == [("Sunday", sunday)]
    assert parsed_values("After Sunday's match, the coach will name his squad.", published) == [("Sunday", sunday)]


@pytest.mark.parametrize("published", ["2019-06-12", "2027-01-01"])
def test_a_days_event_the_clause_looks_ahead_to_stays_ahead(published):
    day = date.fromisoformat(published)
    sunday = day + timedelta(days=(6 - day.weekday()) % 7 or 7)
    assert parsed_values("Investors will be watching Sunday's vote.", published) == [("Sunday", sunday.isoformat())]


@pytest.mark.parametrize("published,christmas,april", [("2026-01-03", "2025-12-25", "2026-04"), ("2019-12-28", "2019-12-25", "2019-04"),
                                                         ("2025-05-14", "2024-12-25", "2025-04")])
def test_a_yearly_fixture_called_off_in_the_past_is_the_nearer_one(published, christmas, april):
    # a month or a holiday comes round once a year: the one called off, told of in the past, may have just passed
    assert parsed_values("The Christmas concert was called off because of snow.", published) == [("Christmas", christmas)]
    assert parsed_values("The April summit was cancelled.", published) == [("April", month_near(published, 4))]
    assert month_near(published, 4) == april
    # told ahead, it lies ahead
    year = int(published[:4]) + (published[5:] > "12-25")
    assert parsed_values("The Christmas concert will be called off.", published) == [("Christmas", f"{year}-12-25")]


@pytest.mark.parametrize("published", ["2025-05-21", "2025-12-31", "2026-03-01"])
def test_a_strike_called_off_or_going_ahead_lies_ahead(published):
    thursday_ahead = weekday_ahead(published, 3)
    for sentence in ("Thursday's strike was called off.", "Unions called off Thursday's strike.",
                     "Thursday's protest was banned by police.", "Thursday's strike is going ahead.",
                     "The Thursday strike will proceed."):
        assert parsed_values(sentence, published) == [("Thursday", thursday_ahead)], sentence
    # a strike told of as done is behind
    assert parsed_values("Thursday's strike closed schools across the country.", published)[0][1] <= published
