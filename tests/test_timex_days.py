"""Days and times of day (kg/timex/days.py), with several publication dates and the publication weekday itself."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.timex import find_timexes
from kg.timex.values import holiday_date
from tests.conftest import timex_values as values
from tests.test_tense import parsed_values


@pytest.mark.parametrize("published,sentence,expected", [
    ("2025-05-21", "He visited on Tuesday.", "2025-05-20"),          # the day before
    ("2025-05-21", "He spoke on Wednesday.", "2025-05-21"),          # the publication weekday itself
    ("2025-05-21", "He will meet them on Tuesday.", "2025-05-27"),   # future tense looks ahead
    ("2025-01-01", "She arrived on Monday.", "2024-12-30"),          # across a year boundary
    ("2024-03-01", "They met on Thursday.", "2024-02-29"),           # leap day, month boundary
    ("1998-03-03", "Crowds gathered early Tuesday.", "1998-03-03"),
])
def test_weekdays(published, sentence, expected):
    assert [v for t, v in values(sentence, published) if "day" in t.lower()] == [expected]


@pytest.mark.parametrize("published", ["2025-05-21", "2025-01-01", "1989-10-30"])
@pytest.mark.parametrize("sentence,expected", [
    # in apposition to a day, "the day before <an event>" is that day
    ("Shares fell after Oct. 12, 2024, the day before the plunge.", [("Oct. 12, 2024", "2024-10-12"), ("the day", "2024-10-12")]),
    ("He was last seen on Nov. 3, 2024, the day after officials issued a warrant.",
     [("Nov. 3, 2024", "2024-11-03"), ("the day", "2024-11-03")]),
    # not in apposition, or going on with the sentence: a day counted from the one named
    ("He died on Oct. 23, 2024. Two men came the day after his death.", [("Oct. 23, 2024", "2024-10-23"), ("the day after", "2024-10-24")]),
    ("The truce began on June 3, 2024, the day before, talks failed.", [("June 3, 2024", "2024-06-03"), ("the day before", "2024-06-02")]),
    # "a few days later": only the length is known
    ("He resigned on May 2, 2024. A few days later, the board met.", [("May 2, 2024", "2024-05-02"), ("A few days", "PXD")]),
])
def test_days_placed_by_events(published, sentence, expected):
    assert values(sentence, published) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.sampled_from(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
def test_past_weekday_is_within_the_last_week(published, weekday):
    (t,) = find_timexes(f"They visited on {weekday}.", published.isoformat())
    d = date.fromisoformat(t.value)
    assert d.strftime("%A") == weekday and timedelta(0) <= published - d < timedelta(days=7)


@pytest.mark.parametrize("published,sentence,expected", [
    ("1989-11-01", "They said last Wednesday that they would merge.", "1989-10-25"),  # publication weekday: a week back
    ("2025-05-21", "He left last Friday.", "2025-05-16"),
    ("2025-01-02", "She called last Monday.", "2024-12-30"),                          # across a year boundary
    ("2025-05-19", "Talks resume next Monday.", "2025-05-26"),
])
def test_last_and_next_weekday(published, sentence, expected):
    assert [v for t, v in values(sentence, published) if "day" in t.lower()] == [expected]


@pytest.mark.parametrize("published,sentence,expected", [
    # a range of weekdays runs forward from its first day, whichever way the clause points
    ("2013-03-20", "The show runs from Monday to Friday.", [("Monday", "2013-03-18"), ("Friday", "2013-03-22")]),
    ("2025-01-01", "Talks ran from Monday through Wednesday.", [("Monday", "2024-12-30"), ("Wednesday", "2025-01-01")]),
    ("2013-03-20", "Voting is open Tuesday-Thursday.", [("Tuesday", "2013-03-19"), ("Thursday", "2013-03-21")]),
    # from a date further off, the weekday is the one near publication
    ("1989-10-30", "It bought shares from Sept. 14 to Thursday.", [("Sept. 14", "1989-09-14"), ("Thursday", "1989-10-26")]),
])
def test_a_range_of_weekdays_runs_forward(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    ("2000-01-07", "Relatives took him in on Thanksgiving Day.", "1999-11-25"),   # movable, last year's
    ("2000-04-03", "They plan to meet on Good Friday.", "2000-04-21"),            # from Easter, ahead
    ("1998-10-26", "Voters go to the polls on Election Day.", "1998-11-03"),      # the Tuesday after the first Monday
    ("2025-01-10", "We spoke on Christmas Eve.", "2024-12-24"),                   # fixed, across the year boundary
    ("2000-02-10", "He returned last Thanksgiving.", "1999-11-25"),
    ("2013-12-02", "Shoppers flocked to stores on Black Friday.", "2013-11-29"),  # the day after Thanksgiving, not a Friday
    ("2025-01-05", "Sales on Cyber Monday rose 20 percent.", "2024-12-02"),       # the Monday after it, in December
    ("2013-03-22", "The parade was held on St. Patrick's Day.", "2013-03-17"),
    ("2013-03-23", "On Holy Thursday he plans to wash the feet of prisoners.", "2013-03-28"),  # three days before Easter
    ("2013-03-22", "The shop closed on Veterans Day.", "2012-11-11"),
    ("2013-03-22", "Schools closed on Martin Luther King Jr. Day.", "2013-01-21"),  # the third Monday of January
    ("2013-11-01", "Wreaths will be laid on Remembrance Day.", "2013-11-11"),
    ("2013-03-25", "They moved back in on Memorial Day weekend.", "2012-W21-WE"),  # far off: as the clause points; before the Monday
    ("2013-03-27", "Crowds gathered as Easter week began.", "2013-W13"),             # one near: the nearest, whatever the tense
])
def test_holidays(published, sentence, expected):
    assert [v for _, v in values(sentence, published)] == [expected]


@pytest.mark.parametrize("published,sentence,expected", [
    # a curly apostrophe reads as a straight one, and the text keeps the one written
    ("2013-01-03", "Revelers gathered on New Year\u2019s Eve.", [("New Year\u2019s Eve", "2012-12-31")]),
    ("2013-03-22", "Sales of flowers spiked before Valentine\u2019s Day.", [("Valentine\u2019s Day", "2013-02-14")]),
    ("2013-03-22", "The parade was held on St. Patrick\u2019s Day.", [("St. Patrick\u2019s Day", "2013-03-17")]),
    ("2013-03-22", "Profits will rise by the year\u2019s end.", [("the year\u2019s end", "2013")]),
    ("2013-03-22", "Tuesday\u2019s ruling angered investors.", [("Tuesday", "2013-03-19")]),
    ("2013-03-22", "The bridge will open in two weeks\u2019 time.", [("two weeks\u2019 time", "2013-W14")]),
    # so do no-break and thin spaces and no-break hyphens
    ("2013-03-22", "The vote is on March\u00a026.", [("March\u00a026", "2013-03-26")]),
    ("2013-03-22", "He left at 10\u202fa.m. on Tuesday.", [("10\u202fa.m. on Tuesday", "2013-03-19T10:00")]),
    ("2013-12-30", "Talks resume in mid\u2011January.", [("mid\u2011January", "2014-01")]),
])
def test_web_apostrophes_spaces_and_hyphens(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published", ["2013-03-21", "1998-10-26", "2025-01-01"])
def test_a_holiday_is_named_with_a_capital(published):
    # "election day" in lower case is the day of some election, not the U.S. one in November
    assert values("Polls close at 8 p.m. on election day.", published)[-1][0] == "8 p.m."
    assert values("Polls close at 8 p.m. on Election Day.", published)[-1][0] == "Election Day"


@pytest.mark.parametrize("published,sentence,expected", [
    ("1990-08-13", "Troops arrived over the weekend.", "1990-W32-WE"),    # a Monday: the weekend just past
    ("2025-05-21", "Talks will resume at the weekend.", "2025-W21-WE"),
    # on a weekday the coming weekend is this week's; on a Saturday or Sunday, the next
    ("2013-03-22", "Protests are planned for the coming weekend.", "2013-W12-WE"),
    ("2024-12-30", "Snow is forecast for the coming weekend.", "2025-W01-WE"),
    ("2013-03-23", "Protests are planned for the coming weekend.", "2013-W13-WE"),
])
def test_the_weekend(published, sentence, expected):
    assert [v for _, v in values(sentence, published)] == [expected]


@pytest.mark.parametrize("published,sentence,expected", [
    ("2025-05-21", "The minister arrived on Monday and left the next morning.", ("the next morning", "2025-05-20TMO")),
    ("2025-01-01", "The talks ended on Dec. 31. That evening, fireworks began.", ("That evening", "2024-12-31TEV")),
    ("2025-03-01", "They met on Feb. 28 and again the following night.", ("the following night", "2025-03-01TNI")),
])
def test_a_part_of_day_relative_to_the_day_named(published, sentence, expected):
    assert values(sentence, published)[-1] == expected


@pytest.mark.parametrize("published,sentence,expected", [
    ("2025-05-21", "Russia launched 120 drones overnight, the air force said.", "2025-05-20TNI"),   # the night just past
    ("2025-01-01", "Drones struck the port overnight.", "2024-12-31TNI"),
    ("2025-05-21", "Troops will be withdrawn overnight.", "2025-05-21TNI"),                        # the coming night
    # after a day ahead, a past "overnight" is still the night before publication
    ("2025-05-21", "A hearing is set for next Tuesday. Police searched his flat overnight.", "2025-05-20TNI"),
    ("2025-01-01", "A hearing is set for next Tuesday. Police searched his flat overnight.", "2024-12-31TNI"),
])
def test_overnight(published, sentence, expected):
    assert values(sentence, published)[-1] == ("overnight", expected)


def test_overnight_rates_are_not_a_time():
    assert values("The overnight rate rose to 5%.", "2025-05-21") == []


def test_later_in_the_day_is_the_day_the_text_tells_of():
    text = "The army attacked on May 3. Later in the day, it said it had withdrawn."
    assert values(text, "2025-05-21") == [("May 3", "2025-05-03"), ("Later in the day", "2025-05-03")]


@pytest.mark.parametrize("published,sentence,expected", [
    # "late", "earlier" before a day are part of it
    ("1989-10-27", "Officials weren't available to comment late yesterday.", [("late yesterday", "1989-10-26", "END")]),
    ("1998-03-22", "Earlier Sunday, police and marchers clashed.", [("Earlier Sunday", "1998-03-22", None)]),
    ("2025-01-01", "Later today the minister will speak.", [("Later today", "2025-01-01", None)]),
])
def test_a_day_with_earlier_or_late_before_it(published, sentence, expected):
    assert [(t.text, t.value, t.mod) for t in find_timexes(sentence, published)] == expected


def test_the_day_in_apposition_needs_a_day_right_before_it():
    found = values("He left on May 2, 2024. In March 2025, the day before the vote, he came back.", "2025-05-21")
    assert ("the day", "2024-05-02") not in found


@pytest.mark.parametrize("published,sentence,expected", [
    # "in the afternoon", "spent the morning": a part of the day the text is telling of
    ("2013-03-21", "On Tuesday he spent the morning in Ramallah and flew home in the afternoon.",
     [("Tuesday", "2013-03-19"), ("the morning", "2013-03-19TMO"), ("the afternoon", "2013-03-19TAF")]),
    ("2025-01-01", "Traders sold in the morning.", [("the morning", "2025-01-01TMO")]),
    # a programme or a paper named for a part of the day is no time
    ("2025-01-01", "He read it in the morning papers and spoke on the evening news.", []),
])
def test_a_part_of_the_day_told_of(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,expected", [("2013-03-22", "2013-03-22"), ("2025-01-01", "2024-12-27")])
def test_earlier_on_a_weekday_is_one_expression(published, expected):
    assert values("Earlier on Friday, the minister met protesters.", published) == [("Earlier on Friday", expected)]


@pytest.mark.parametrize("published,sentence,expected", [
    # the week (weekend) of the nearest holiday, whichever way the clause points
    ("2000-04-17", "Protesters prayed as Easter week began.", ("Easter week", "2000-W16")),
    ("2013-11-25", "Shoppers will spend more over the Thanksgiving weekend.", ("Thanksgiving weekend", "2013-W48-WE")),
    ("2025-01-02", "Stores were quiet during Christmas week.", ("Christmas week", "2024-W52")),
])
def test_the_week_of_a_holiday(published, sentence, expected):
    assert values(sentence, published) == [expected]


@pytest.mark.parametrize("published,text,expected", [
    # after its sentence, a day something was said on gives way to the day of what happened
    ("2013-03-21", "He was shot on Tuesday night, authorities said Wednesday. He was found at about 8:30 p.m. by a neighbor.",
     ("8:30 p.m.", "2013-03-19T20:30")),
    ("2025-01-02", "The fire broke out on Monday, officials told reporters on Tuesday. That evening, crews left.",
     ("That evening", "2024-12-30TEV")),
    # within its sentence it is the day counted from
    ("2013-03-21", "Police said Wednesday that the man had been arrested the day before.", ("the day before", "2013-03-19")),
    # with no other day named, it is the day told of
    ("2013-03-21", "Police said on Wednesday that he fled. He was found at 8:30 p.m.", ("8:30 p.m.", "2013-03-20T20:30")),
])
def test_the_day_of_a_report_and_the_day_of_what_happened(published, text, expected):
    assert values(text, published)[-1] == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a weekday in a clause of what happens as a rule is any such weekday
    ("2013-03-22", "The market usually opens on Monday.", [("Monday", "XXXX-WXX-1")]),
    ("2025-01-01", "The paper, which usually comes out on Thursday, was late on Friday.",
     [("Thursday", "XXXX-WXX-4"), ("Friday", "2024-12-27")]),
    # one told of once is that day
    ("2013-03-22", "The market opened on Monday.", [("Monday", "2013-03-18")]),
    ("2013-03-22", "The market usually opens early, but it opened late on Monday.", [("Monday", "2013-03-18")]),
])
def test_a_weekday_as_a_rule(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # "early" or "late" before "this morning", "last night" is in the span, as "late yesterday" is
    ("2013-03-22", "The fire started early this morning.", [("early this morning", "2013-03-22TMO", "START")]),
    ("2013-03-01", "Police arrived late last night.", [("late last night", "2013-02-28TNI", "END")]),
    ("2013-03-22", "Police arrived last night.", [("last night", "2013-03-21TNI", None)]),
])
def test_early_or_late_in_a_part_of_a_day_named_from_today(published, sentence, expected):
    assert [(t.text, t.value, t.mod) for t in find_timexes(sentence, published)] == expected


@pytest.mark.parametrize("published,text,expected", [
    # a day naming a thing ("the March 4 election") is no day the story tells of: a clock time after it
    # keeps the day of what happened
    ("2013-03-30", "The court on Saturday upheld his victory in the March 4 presidential election. "
     "The judge read the ruling shortly after 4pm.",
     [("Saturday", "2013-03-30"), ("March 4", "2013-03-04"), ("4pm", "2013-03-30T16:00")]),
    # nor is a day a stretch began on
    ("2013-03-15", "More than 70,000 have been killed since the uprising erupted on March 15, 2011. "
     "Fighting raged overnight.", [("March 15, 2011", "2011-03-15"), ("overnight", "2013-03-14TNI")]),
    # a day said as when something happened is
    ("2013-03-30", "The court upheld his victory on March 4. The judge read the ruling shortly after 4pm.",
     [("March 4", "2013-03-04"), ("4pm", "2013-03-04T16:00")]),
])
def test_a_day_naming_a_thing_is_not_the_day_told_of(published, text, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize("published", ["2013-03-22", "2013-03-19", "2024-12-30", "2025-02-25"])
def test_a_weekday_week_is_seven_days_after_the_coming_one(published):
    day = date.fromisoformat(published)
    tuesday = day + timedelta(days=(1 - day.weekday()) % 7 or 7) + timedelta(days=7)
    assert values("The minister will make a statement on Tuesday week.", published) == [("Tuesday week", tuesday.isoformat())]
    assert values("The results will be published a week on Tuesday.", published) == [("a week on Tuesday", tuesday.isoformat())]
    assert values("If the rocket does not fly by Tuesday week, it will wait.", published)[0] == ("Tuesday week", tuesday.isoformat())
    assert values("The offer runs until Tuesday week.", published) == [("Tuesday week", tuesday.isoformat())]
    # "the Tuesday week" is no such day
    assert values("The Tuesday week before the vote was busy.", published)[0][0] == "Tuesday"


@pytest.mark.parametrize("published,night", [("1989-10-30", "1989-10-26TNI"), ("2025-01-06", "2025-01-02TNI")])
def test_by_before_overnight_is_no_deadline(published, night):
    # "depressed by overnight losses": "by" says how, not until when; the night before the Friday told of
    found = values("Shares closed lower Friday. They were depressed initially by overnight losses in New York.", published)
    assert found[-1] == ("overnight", night)


@pytest.mark.parametrize("published", ["2013-02-18", "2025-01-06"])
def test_a_day_named_as_what_came_before_is_no_day_the_story_tells_of(published):
    # "slipped on Monday after a weak finish on Friday": the story goes on with Monday
    found = values("Asian shares slipped on Monday after a weak finish on Wall Street on Friday. "
                   "The index was down 0.4 percent at 0330 GMT.", published)
    assert found[-1] == ("0330 GMT", f"{published}T03:30")
    # a day named first is the story's, and so is one after a day something was said on
    found = values("A weak finish on Wall Street on Friday hit shares. The index was down at 0330 GMT.", published)
    assert found[-1][1] != f"{published}T03:30"
    found = values("Police said Monday the man was arrested after a chase on Sunday. He was caught at 4 p.m.", published)
    assert found[-1] == ("4 p.m.", f"{found[1][1]}T16:00") and found[1][0] == "Sunday"


@pytest.mark.parametrize("published", ["2023-09-10", "2024-02-29", "2025-01-01"])
def test_a_period_starting_on_a_day_lies_ahead_of_its_deciding(published):
    day = date.fromisoformat(published)
    coming_monday = (day + timedelta(days=(0 - day.weekday()) % 7 or 7)).isoformat()
    found = values("The ministry declared three days of national mourning starting Monday.", published)
    assert found[-1] == ("Monday", coming_monday)
    assert values("The government imposed a curfew effective Monday.", published) == [("Monday", coming_monday)]
    # after a day named before it, the day after that one
    found = values("On Thursday the ministry announced a curfew starting Friday.", published)
    assert date.fromisoformat(found[1][1]) - date.fromisoformat(found[0][1]) == timedelta(days=1)
    # first in its sentence, it takes its clause's way; so does one after a copula
    found = values("Beginning Monday, all flights were grounded for a week.", published)
    assert found[0][0] == "Monday" and found[0][1] <= published
    assert values("The merger became effective Jan. 1.", published)[0][1] <= published


@pytest.mark.parametrize("published", ["2024-06-07", "2025-01-01"])
def test_the_early_hours_are_the_start_of_the_morning_told_of(published):
    found = find_timexes("A fire broke out in the early hours of the morning.", published)
    assert [(t.text, t.value, t.mod) for t in found] == [("the early hours of the morning", f"{published}TMO", "START")]
    found = values("The attack began on Monday. It spread in the small hours.", published)
    assert found[-1] == ("the small hours", f"{found[0][1]}TMO")
    # before a day, the day is marked alone, as the gold marks "Thursday morning" in "the early hours of Thursday morning"
    assert [t for t, _ in values("He was held in the early hours of Thursday morning.", published)] == ["Thursday morning"]
    assert values("The hours of work were long.", published) == []


@pytest.mark.parametrize("published", ["2022-10-26", "2025-01-01"])
def test_through_the_night_before_the_publication_day_named(published):
    # "agreed early on Wednesday (publication), after negotiators worked through the night": the night before it
    day = date.fromisoformat(published)
    weekday = day.strftime("%A")
    found = values(f"The EU agreed early on {weekday} to ban the cars, after negotiators worked through the night. "
                   "The deal was reached at about 4 a.m.", published)
    assert found[1:] == [("the night", f"{day - timedelta(days=1)}TNI"), ("4 a.m.", f"{published}T04:00")]


@pytest.mark.parametrize("published", ["2024-03-21", "2024-12-30", "2025-02-27"])
def test_a_warning_for_a_day_lies_ahead_of_the_warning(published):
    day = date.fromisoformat(published)
    saturday = day + timedelta(days=(5 - day.weekday()) % 7 or 7)
    found = values("The weather service issued an amber warning for Saturday and Sunday.", published)
    assert found == [("Saturday", saturday.isoformat()), ("Sunday", (saturday + timedelta(days=1)).isoformat())]
    assert values("A warning is in place for Saturday.", published) == [("Saturday", saturday.isoformat())]
    # a warrant is no warning
    assert values("He issued a warrant for Saturday's arrest.", published)[0][1] < published


@pytest.mark.parametrize("published", ["2024-06-12", "2024-12-28"])
def test_a_week_today_or_tomorrow(published):
    day = date.fromisoformat(published)
    assert values("The vote is a week today.", published) == [("a week today", (day + timedelta(days=7)).isoformat())]
    assert values("The vote is a week tomorrow.", published) == [("a week tomorrow", (day + timedelta(days=8)).isoformat())]
    assert values("He was sacked a week today.", published) == [("a week today", (day - timedelta(days=7)).isoformat())]


@pytest.mark.parametrize("published", ["2024-06-11", "2025-01-01"])
def test_since_a_time_then_a_main_clause_ahead_keeps_its_day(published):
    # "since the weekend" opens a stretch, but "will break on Thursday" is the main clause's own day, told of next
    found = values("The heat wave that has gripped the region since the weekend will break on Thursday, "
                   "with storms expected by late afternoon.", published)
    assert found[-1] == ("late afternoon", f"{found[1][1]}TAF")
    # a stretch's start stays no day of the story's
    found = values("Hundreds have been killed since the uprising erupted on March 15, 2011. Police arrived at 3 p.m.", published)
    assert found[-1] == ("3 p.m.", f"{published}T15:00")


@pytest.mark.parametrize("published", ["2025-03-21", "2021-01-05"])
def test_a_holiday_told_of_the_past_after_a_year_in_its_sentence_is_that_years(published):
    found = values("In 2018, a drone sighting closed Gatwick for 33 hours in the days before Christmas.", published)
    assert found[-1] == ("Christmas", "2018-12-25")
    found = values("In 2018 the airport closed. Flights were cancelled before Christmas.", published)
    assert found[-1][1] != "2018-12-25"  # not across a sentence end


@pytest.mark.parametrize("published", ["2024-10-07", "2025-03-12"])
def test_a_holiday_on_a_weekday(published):
    day = date.fromisoformat(published)
    saturday = (day + timedelta(days=(5 - day.weekday()) % 7 or 7)).isoformat()
    # a holiday kept on another day than ours: the day named
    assert values("The amnesty will mark Independence Day on Saturday.", published) == [
        ("Independence Day", saturday), ("Saturday", saturday)]
    # the holiday's own weekday: the holiday says which one
    easter = {"2024": "2025-04-20", "2025": "2025-04-20"}[published[:4]]
    assert values("Churches will be full for Easter on Sunday.", published) == [("Easter", easter), ("Sunday", easter)]


@pytest.mark.parametrize("published", ["2024-11-25", "2025-02-26", "2025-12-31"])
def test_a_day_with_no_verb_of_its_own_beside_a_day_ahead(published):
    day = date.fromisoformat(published)
    sunday = day + timedelta(days=(6 - day.weekday()) % 7 or 7)
    found = parsed_values("The race starts at 2 p.m. on Sunday, with qualifying on Saturday.", published)
    assert found == [("2 p.m. on Sunday", f"{sunday}T14:00"), ("Saturday", str(sunday - timedelta(days=1)))]


@pytest.mark.parametrize("published", ["2024-11-03", "2025-03-30", "2025-12-28"])
def test_a_list_of_days_as_labels_runs_forward(published):
    day = date.fromisoformat(published)  # a Sunday: the week ahead
    text = ("Monday: Markets in Japan are closed.\nTuesday: Retail sales figures are published at 8.30am.\n"
            "Wednesday: The Fed announces its decision at 2 p.m.\nThursday: Weekly jobless claims.")
    found = dict(parsed_values(text, published))
    for k, name in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday"), start=1):
        assert found[name] == str(day + timedelta(days=k))
    assert found["2 p.m."] == f"{day + timedelta(days=3)}T14:00"


@pytest.mark.parametrize("published", ["2024-11-13", "2025-01-01"])
def test_the_night_before_last(published):
    day = date.fromisoformat(published)
    assert values("The storm hit the night before last.", published) == [("the night before last", f"{day - timedelta(days=2)}TNI")]


@pytest.mark.parametrize("published", ["2024-11-20", "2025-02-01"])
def test_a_weekday_in_apposition_to_a_date_is_that_date(published):
    assert values("The crash happened on Nov. 12, 2024, a Tuesday.", published) == [("Nov. 12, 2024", "2024-11-12"), ("Tuesday", "2024-11-12")]


@pytest.mark.parametrize("published", ["2026-11-24", "2025-01-04", "2024-12-31"])
def test_a_day_of_no_fixed_week_takes_the_year_it_is_said_to_fall_in(published):
    # "on a Saturday in late November 2016": a Saturday of that year, not this week's; what follows it counts from it
    found = values("She was last seen at 2 a.m. on a Saturday in late November 2016. Her phone was used the following afternoon.",
                   published)
    assert found == [("2 a.m.", "2016-WXX-6T02:00"), ("Saturday", "2016-WXX-6"), ("late November 2016", "2016-11"),
                     ("the following afternoon", "2016-WXX-7TAF")]
    assert values("They married one Sunday morning in 1999.", published)[0] == ("Sunday morning", "1999-WXX-7TMO")
    assert values("Christmas on a Sunday is rare.", published)[-1] == ("Sunday", "XXXX-WXX-7")
    # the article of a noun the day qualifies, and a day named after, are this week's
    assert values("About 500 people attended a Sunday night memorial service.", published)[0][1].startswith(published[:2])
    tuesday = date.fromisoformat(values("She left on a Saturday in 2016. On Tuesday the police searched again.", published)[-1][1])
    assert abs((tuesday - date.fromisoformat(published)).days) < 7


@pytest.mark.parametrize("published", ["2026-11-20", "2025-01-03", "2024-02-23"])
def test_the_publication_weekday_after_a_day_ahead_in_its_sentence_is_next_weeks(published):
    # told on a Friday: "will be closed on Thursday ... and will close early on Friday" is the Friday after that Thursday
    day = date.fromisoformat(published)
    thursday, friday = day + timedelta(days=6), day + timedelta(days=7)
    found = values("Markets will be closed on Thursday and will close early on Friday.", published)
    assert found == [("Thursday", thursday.isoformat()), ("Friday", friday.isoformat())]
    assert values("Markets will close early on Friday.", published) == [("Friday", published)]


@pytest.mark.parametrize("published", ["2026-12-02", "2025-01-01", "2024-02-28"])
def test_overnight_before_a_day_is_that_days_night(published):
    day = date.fromisoformat(published)
    saturday = day + timedelta(days=(5 - day.weekday()) % 7)
    found = values("Temperatures are expected to fall to minus 10C overnight on Saturday.", published)
    assert found == [("overnight", saturday.isoformat() + "TNI"), ("Saturday", saturday.isoformat())]


@pytest.mark.parametrize("published", ["2026-08-12", "2025-01-01", "2024-03-01"])
def test_overnight_after_an_afternoon_in_its_sentence_is_that_night(published):
    found = values("The fire started on Tuesday afternoon near a motorway and was fanned overnight by strong winds.", published)
    tuesday = found[0][1][:10]
    assert found[1] == ("overnight", tuesday + "TNI")
    # the afternoon something was said on comes after the night it tells of
    found = values("On Tuesday afternoon, officials said the fire had spread overnight.", published)
    assert found[1][1] < found[0][1][:10] + "TNI"


@pytest.mark.parametrize("published", ["2026-11-19", "2025-01-02", "2024-02-29"])
def test_the_afternoon_told_of_the_past_is_not_a_day_ahead_named_before(published):
    # "would have begun at 12:01 a.m. Saturday. The House voted in the afternoon": the passing's Wednesday
    found = values("Congress passed a bill late Wednesday, averting a shutdown that would have begun at 12:01 a.m. Saturday. "
                   "The House voted in the afternoon.", published)
    assert found[-1] == ("the afternoon", found[0][1] + "TAF")
    # told ahead, the day ahead's
    found = values("A hearing is set for Saturday. That afternoon, protesters will gather.", published)
    assert found[-1] == ("That afternoon", found[0][1] + "TAF")


@pytest.mark.parametrize("published", ["2026-11-18", "2025-01-01", "2024-03-03"])
def test_a_weekday_history_has_named_is_no_day_of_this_week(published):
    # "killed on Bloody Sunday in 1972", "crashed on Black Monday in 1987": the name's, not this week's
    assert values("The families of those killed on Bloody Sunday in 1972 welcomed the ruling.", published) == [("1972", "1972")]
    assert values("Markets crashed on Black Monday in 1987.", published) == [("1987", "1987")]
    # holidays are still found whole, and "on Last Monday" is no name
    assert values("She arrived on Easter Sunday.", published)[0][0] == "Easter Sunday"
    assert values("The minister spoke to the Times on Sunday.", published)[0][0] == "Sunday"


@pytest.mark.parametrize("published", ["2026-11-18", "2025-01-01", "2024-03-03"])
def test_a_quoted_tomorrow_counts_from_the_day_it_was_said(published):
    day = date.fromisoformat(published)
    monday = day - timedelta(days=day.weekday() or 7)
    found = values('He said on Monday: "We will meet tomorrow."', published)
    assert found == [("Monday", monday.isoformat()), ("tomorrow", (monday + timedelta(days=1)).isoformat())]
    # told in the reporter's words, the publication's tomorrow
    found = values("He said on Monday he would arrive tomorrow.", published)
    assert found[-1] == ("tomorrow", (day + timedelta(days=1)).isoformat())


@pytest.mark.parametrize("published", ["2026-11-18", "2025-01-30", "2024-02-10"])
def test_a_day_of_the_month_after_a_deadline_word(published):
    # "due by the 15th", "runs until the 20th": that day of the month, ahead; not "by the 15th century"
    day = date.fromisoformat(published)
    fifteenth = date(day.year + (day.month == 12 and day.day > 15), (day.month % 12) + 1 if day.day > 15 else day.month, 15)
    assert values("Payments are due by the 15th.", published) == [("the 15th", fifteenth.isoformat())]
    assert values("The book was ranked by the 15th century scholars.", published) == [("the 15th century", "14")]


@pytest.mark.parametrize("year", [2026, 2027, 2031])
def test_more_holidays_by_date_by_weekday_and_from_easter(year):
    easter = holiday_date("easter", year)
    published = f"{year}-01-02"
    assert values("Pancakes are eaten on Shrove Tuesday.", published) == [("Shrove Tuesday", (easter - timedelta(days=47)).isoformat())]
    assert values("Offices will close on Ascension Day.", published) == [("Ascension Day", (easter + timedelta(days=39)).isoformat())]
    assert values("Fireworks will light up the sky on Guy Fawkes Night.", published) == [("Guy Fawkes Night", f"{year}-11-05")]
    second_sunday = [date(year, 11, d) for d in range(1, 15) if date(year, 11, d).weekday() == 6][1]
    assert values("Wreaths will be laid on Remembrance Sunday.", published) == [("Remembrance Sunday", second_sunday.isoformat())]
    # names that are no holiday here
    assert values("He had an epiphany.", published) == []


@pytest.mark.parametrize("year", [2025, 2026, 2030])
def test_a_holiday_just_passed_whose_figures_are_to_come_is_that_one(year):
    thanksgiving = [date(year, 11, d) for d in range(1, 31) if date(year, 11, d).weekday() == 3][3]
    cyber_monday = thanksgiving + timedelta(days=4)
    day_after = (cyber_monday + timedelta(days=1)).isoformat()
    assert values("Cyber Monday spending is expected to reach $13 billion.", day_after) == [("Cyber Monday", cyber_monday.isoformat())]
    # told of ahead with no figures, the next one
    (ahead,) = values("Retailers will offer big discounts on Cyber Monday.", day_after)
    assert ahead[1].startswith(str(year + 1))


@pytest.mark.parametrize("year", [2025, 2026, 2031])
def test_a_range_of_holidays_running_now_started_this_year(year):
    told = f"{year}-12-28"
    expected = [("Christmas Eve", f"{year}-12-24"), ("New Year's Day", f"{year + 1}-01-01")]
    assert values("The market is closed from Christmas Eve to New Year's Day.", told) == expected
    assert values("The market will be closed from Christmas Eve to New Year's Day.", told) == expected
    # once it has ended, the next one
    assert values("The market will be closed from Christmas Eve to New Year's Day.", f"{year + 1}-01-05") == [
        ("Christmas Eve", f"{year + 1}-12-24"), ("New Year's Day", f"{year + 2}-01-01")]


@pytest.mark.parametrize("published", ["2026-12-10", "2027-01-02", "2026-10-23"])
@pytest.mark.parametrize("named,weekday_offset", [("Oct. 21, 2026", 2), ("Oct. 24, 2026", -1), ("Oct. 19, 2026", -3)])
def test_that_weekday_is_the_one_by_the_day_told_of(published, named, weekday_offset):
    told = date(2026, 10, int(named[5:7]))
    friday = told + timedelta(days=(4 - told.weekday() + 3) % 7 - 3)  # the Friday nearest the day named
    assert friday == told + timedelta(days=weekday_offset)
    found = parsed_values(f"Parliament was dissolved on {named}. That Friday, thousands marched.", published)
    assert found[1] == ("That Friday", friday.isoformat())
    assert parsed_values(f"The vote was held on {named}. On that Friday night, crowds gathered.", published)[1] == (
        "that Friday night", f"{friday}TNI")


@pytest.mark.parametrize("published", ["2026-12-10", "2026-12-11", "2027-01-01"])
def test_that_weekday_with_no_day_told_of_or_after_a_saying_is_the_weekday(published):
    day = date.fromisoformat(published)
    friday_before = day - timedelta(days=(day.weekday() - 4) % 7)
    assert parsed_values("That Friday, thousands marched.", published) == [("That Friday", friday_before.isoformat())]
    # "said that Friday's vote": "that" opens what was said, and is no part of the day
    assert parsed_values("He said that Friday's vote was fair.", published) == [("Friday", friday_before.isoformat())]


@pytest.mark.parametrize("published", ["2025-03-14", "2026-04-03", "2026-12-24"])
def test_a_holiday_that_opens_a_name_is_no_time(published):
    assert values("The Good Friday Agreement ended decades of violence.", published) == [("decades", "PXY")]
    assert values("He was killed in the Easter Rising.", published) == []
    assert values("The group calls itself the Fourth of July Movement.", published) == []
    year = int(published[:4])
    good_friday = max(d for d in (holiday_date("good friday", y) for y in (year - 1, year)) if d <= date.fromisoformat(published))
    # a day of time after "on", and a headline's capitals, keep it
    assert values("Since the Good Friday Agreement, and on Good Friday, talks went on.", published) == [("Good Friday", good_friday.isoformat())]
    assert [t for t, _ in values("Black Friday Sales Rise\n\nShoppers spent more.", published)] == ["Black Friday"]
    # nor is a weekday or a month after it a name's word: a day's two names
    assert [t for t, _ in values("He spent Christmas Day Wednesday with his family.", published)] == ["Christmas Day", "Wednesday"]
    assert [t for t, _ in values("Officials marked Christmas Eve December 24 with prayers.", published)] == ["Christmas Eve", "December 24"]


@pytest.mark.parametrize("published", ["2026-12-01", "2026-12-05", "2027-01-01"])
def test_normally_after_a_verb_of_working_says_how_not_how_often(published):
    day = date.fromisoformat(published)
    saturday = day + timedelta(days=(5 - day.weekday()) % 7)
    assert parsed_values("Flights on Saturday are expected to run normally, although some delays are likely in the morning.", published) == [
        ("Saturday", saturday.isoformat()), ("the morning", f"{saturday}TMO")]
    monday = day - timedelta(days=day.weekday() or 7)
    assert parsed_values("Markets traded normally on Monday.", published) == [("Monday", monday.isoformat())]
    # before the verb, it tells of a habit
    assert parsed_values("Flights normally run on Saturday.", published) == [("Saturday", "XXXX-WXX-6")]
    assert parsed_values("The shop usually opens at 9 a.m.", published) == [("9 a.m.", "XXXX-XX-XXT09:00")]


@pytest.mark.parametrize("published,super_tuesday", [("2024-02-27", "2024-03-05"), ("2024-03-07", "2024-03-05"), ("2020-03-04", "2020-03-03")])
def test_super_tuesday_is_the_first_tuesday_of_march(published, super_tuesday):
    assert values("Candidates are campaigning ahead of Super Tuesday.", published) == [("Super Tuesday", super_tuesday)]


@pytest.mark.parametrize("published", ["2026-05-06", "2026-05-01", "2026-12-31"])
def test_a_day_beside_the_noun_a_verb_is_on_takes_the_verbs_direction(published):
    day = date.fromisoformat(published)
    ahead = day + timedelta(days=(3 - day.weekday()) % 7)
    behind = day - timedelta(days=(day.weekday() - 3) % 7)
    assert parsed_values("Voters go to the polls on polling day, Thursday.", published) == [("Thursday", ahead.isoformat())]
    assert parsed_values("Voters went to the polls on polling day, Thursday.", published) == [("Thursday", behind.isoformat())]


@pytest.mark.parametrize("published,friday", [("2024-03-13", "2024-03-15"), ("2013-03-17", "2013-03-22"), ("2026-01-02", "2026-01-02")])
def test_this_weekday_with_no_tense_is_ahead(published, friday):
    # a past one is "this past Friday", or has a verb in the past
    assert parsed_values("The ship sails this Friday.", published) == [("this Friday", friday)]
    assert values("This Friday, the ship sails.", published) == [("This Friday", friday)]
    assert parsed_values("The ship sailed this past Friday.", published)[0][1] < published
