"""Clock times (kg/timex/clocks.py): their day, zone, ranges and midnights, with several publication dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import timex_values as values
from tests.test_tense import parsed_values


def test_times_of_day():
    found = values("The blast came Friday afternoon, and another at 3 p.m.", "2025-05-21")
    assert found == [("Friday afternoon", "2025-05-16TAF"), ("3 p.m.", "2025-05-16T15:00")]


@pytest.mark.parametrize("published,sentence,expected", [
    ("1998-02-13", "He was kidnapped at 10 p.m. Wednesday.", ("10 p.m. Wednesday", "1998-02-11T22:00")),
    ("1998-02-13", "Negotiations broke off at noon Thursday.", ("noon Thursday", "1998-02-12T12:00")),
    ("1989-11-02", "The offer expires at 5 p.m. EST Nov. 9.", ("5 p.m. EST Nov. 9", "1989-11-09T17:00")),
    ("2024-12-30", "The polls close at 8 p.m. Jan. 2.", ("8 p.m. Jan. 2", "2025-01-02T20:00")),  # into next year
])
def test_clock_time_on_a_day(published, sentence, expected):
    assert values(sentence, published) == [expected]


@pytest.mark.parametrize("published,expected", [("2013-03-21", "2013-03-21T22:00"), ("2025-01-01", "2025-01-01T22:00")])
def test_a_clock_time_ahead_is_on_the_publication_day_not_the_day_last_told(published, expected):
    found = values("The law came into force on Sunday. Voting continues until 22:00 local time.", published)
    assert found[-1] == ("22:00 local time", expected)
    assert values("The blast came on Sunday. It was heard at 22:00 local time.", published)[-1][1].endswith("T22:00")
    assert values("The blast came on Sunday. It was heard at 22:00 local time.", published)[-1][1] != expected


def test_time_zone_is_a_listed_word_not_any_three_letters():
    # "ten" is no time zone; the clock time is on the day its clause names after it
    assert values("The plane left on April 2. It landed at 6 a.m. ten days later.", "1999-04-19")[1] == ("6 a.m.", "1999-04-12T06:00")


@pytest.mark.parametrize("published", ["2013-03-22", "2025-01-01"])
def test_world_time_zones_and_city_times(published):
    day = published
    assert values("The quake struck at 9:15 a.m. JST.", published) == [("9:15 a.m. JST", f"{day}T09:15")]
    assert values("Updated 1823 GMT (0223 HKT).", published) == [("1823 GMT", f"{day}T18:23"), ("0223 HKT", f"{day}T02:23")]
    assert values("They met at 3 p.m. Moscow time.", published) == [("3 p.m. Moscow time", f"{day}T15:00")]


def test_a_clock_time_keeps_its_time_zone():
    assert values("The president spoke at 11:45 GMT.", "2025-05-21") == [("11:45 GMT", "2025-05-21T11:45")]


@pytest.mark.parametrize("published,sentence,expected", [
    # four-figure clock times with a zone, or "hours" after a preposition; a bare "2000 hours" is a length
    ("2025-05-21", "The blast came at about 0800 GMT.", [("0800 GMT", "2025-05-21T08:00")]),
    ("2024-12-31", "The curfew starts at 2200 hours.", [("2200 hours", "2024-12-31T22:00")]),
    ("2025-05-21", "He did 2000 hours of community service.", [("2000 hours", "PT2000H")]),
    # a weekday right after a 24-hour or four-figure clock is its day, as after "10 p.m."
    ("2013-03-22", "The blast came at 5:45 a.m. Thursday (2245 GMT Wednesday).",
     [("5:45 a.m. Thursday", "2013-03-21T05:45"), ("2245 GMT Wednesday", "2013-03-20T22:45")]),
    ("2013-03-22", "The quake struck at 22:45 GMT on Wednesday.", [("22:45 GMT on Wednesday", "2013-03-20T22:45")]),
    ("2025-01-01", "The quake struck at 0630 GMT on Monday.", [("0630 GMT on Monday", "2024-12-30T06:30")]),
    ("2025-01-01", "The polls will close at 18:00, Friday.", [("18:00, Friday", "2025-01-03T18:00")]),
    ("2025-01-01", "The polls close at 18:00 on Wednesday.", [("18:00 on Wednesday", "2025-01-01T18:00")]),
    # an hour in a part of the day
    ("2000-04-05", "Police came at 4 in the morning.", [("4 in the morning", "2000-04-05T04:00")]),
    ("2025-01-01", "They met at eight o'clock in the evening.", [("eight o'clock in the evening", "2025-01-01T20:00")]),
    ("2025-05-21", "The shelling began at 11 at night.", [("11 at night", "2025-05-21T23:00")]),
    # midnight ends its day; it is not the night of "mid-night"
    ("1989-10-30", "The offer will expire at midnight Friday.", [("midnight Friday", "1989-11-03T24:00")]),
    ("2025-05-21", "The truce ended at midnight on Friday.", [("midnight on Friday", "2025-05-16T24:00")]),
    # two days from the publication day, as one expression
    ("2025-01-01", "The results come the day after tomorrow.", [("the day after tomorrow", "2025-01-03")]),
    ("2025-03-01", "He arrived the day before yesterday.", [("the day before yesterday", "2025-02-27")]),
    # a holiday said in words
    ("2025-07-10", "Fireworks lit the sky on the Fourth of July.", [("Fourth of July", "2025-07-04")]),
])
def test_clock_times_in_words_and_figures_and_days_from_today(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # British clock times with a full stop, and the US "ET"
    ("2013-03-20", "The blast happened at 3.30pm on Monday.", [("3.30pm on Monday", "2013-03-18T15:30")]),
    ("2025-01-01", "Trading opened at 9.45am.", [("9.45am", "2025-01-01T09:45")]),
    ("2013-03-20", "The polls closed at 8:15 p.m. ET Monday.", [("8:15 p.m. ET Monday", "2013-03-18T20:15")]),
    # a decimal is no clock time
    ("2013-03-20", "The index rose 3.5 pm and fell.", []),
])
def test_clock_times_with_full_stops_and_us_zones(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # hours ago from a publication time; a 24-hour clock with a full stop before a time zone
    ("2013-03-21T10:45", "The blast came 2 hours ago.", [("2 hours ago", "2013-03-21T08:45")]),
    ("2025-01-01T00:30", "Fireworks ended 45 minutes ago.", [("45 minutes ago", "2024-12-31T23:45")]),
    ("2013-03-21", "The blast came 2 hours ago.", [("2 hours ago", "PAST_REF")]),      # no time to count from
    ("2013-03-21", "The market opened at 10.45 GMT.", [("10.45 GMT", "2013-03-21T10:45")]),
    ("2013-03-21", "Shares rose 10.45 to 300.", []),
])
def test_clock_times_counted_from_the_publication_time(published, sentence, expected):
    assert values(sentence, published) == expected


def test_high_noon_is_no_time_of_day():
    assert values("The poster showed a scene from High Noon; for Poland, high noon comes at noon today.", "1999-03-12") == [
        ("noon today", "1999-03-12T12:00")]


@pytest.mark.parametrize("published,sentence,expected", [
    # a clock time takes the day its clause names after it
    ("2013-03-22", "Shares rose 2% to $31.20 in 4 p.m. trading on the Nasdaq Stock Market on Thursday.",
     [("4 p.m.", "2013-03-21T16:00"), ("Thursday", "2013-03-21")]),
    ("2025-01-01", "Shares fell in 4 p.m. composite trading Tuesday.", [("4 p.m.", "2024-12-31T16:00"), ("Tuesday", "2024-12-31")]),
    # not across a clause: the day there is when it was said
    ("2013-03-22", "The polls close at 7 p.m., officials said on Thursday.", [("7 p.m.", "2013-03-22T19:00"), ("Thursday", "2013-03-21")]),
    # "by 6 a.m." in a past clause is on the day told of, not the publication day
    ("2013-03-22", "The fire broke out at 3 a.m. on Thursday and was put out by 6 a.m.",
     [("3 a.m. on Thursday", "2013-03-21T03:00"), ("6 a.m.", "2013-03-21T06:00")]),
    # nor across a sentence that ends on the clock time's own full stop
    ("2013-03-22", "The jury ruled on Thursday, shortly after 2 p.m. Sentencing will be on June 27.",
     [("Thursday", "2013-03-21"), ("2 p.m.", "2013-03-21T14:00"), ("June 27", "2013-06-27")]),
    ("2024-12-31", "Talks ended at 9 p.m. Officials met again on Monday.", [("9 p.m.", "2024-12-31T21:00"), ("Monday", "2024-12-30")]),
    # an aside giving the time in another zone stays in the clause, and takes the day too
    ("2013-03-22", "Mass began at 9:30 a.m. (4:30 a.m. EDT) on Tuesday.",
     [("9:30 a.m.", "2013-03-19T09:30"), ("4:30 a.m. EDT", "2013-03-19T04:30"), ("Tuesday", "2013-03-19")]),
    ("2025-01-01", "The capsule landed at 10:31 a.m. local time (0431 GMT) on Monday.",
     [("10:31 a.m. local time", "2024-12-30T10:31"), ("0431 GMT", "2024-12-30T04:31"), ("Monday", "2024-12-30")]),
    # an aside of other words is a break
    ("2013-03-22", "The polls closed at 7 p.m. (when most voters were home) and results came on Sunday.",
     [("7 p.m.", "2013-03-22T19:00"), ("Sunday", "2013-03-17")]),
    ("2025-03-01", "Talks resumed at 9 a.m. Sunday and ended at noon.", [("9 a.m. Sunday", "2025-02-23T09:00"), ("noon", "2025-02-23T12:00")]),
])
def test_a_clock_time_takes_the_day_of_its_clause(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("sentence", ["Shares of 21st Century Fox rose.", "The band Midnight Oil played in Sydney."])
def test_a_century_or_midnight_in_a_name(sentence):
    assert values(sentence, "2013-03-22") == []


def test_midnight_and_centuries_beside_names_are_times():
    # told of the past with no day: the midnight the publication day began with
    assert values("By midnight Paris was calm, and the 21st century began.", "2013-03-22") == [
        ("midnight", "2013-03-21T24:00"), ("the 21st century", "20")]


@pytest.mark.parametrize("published,text,expected", [
    # a morning hour told after a midnight is the morning after it
    ("2013-03-22", "The storm hit overnight. Winds peaked shortly before midnight. By 6 a.m., crews had restored power.",
     [("overnight", "2013-03-21TNI"), ("midnight", "2013-03-21T24:00"), ("6 a.m.", "2013-03-22T06:00")]),
    ("2025-01-01", "The fire started on Monday at midnight and was out by 3 a.m.",
     [("Monday", "2024-12-30"), ("midnight", "2024-12-30T24:00"), ("3 a.m.", "2024-12-31T03:00")]),
    # or after a night
    ("2013-03-22", "Drivers were stranded on the M6 overnight. The motorway reopened at 07:30.",
     [("overnight", "2013-03-21TNI"), ("07:30", "2013-03-22T07:30")]),
    ("2025-01-01", "The fire broke out on Monday night and was out by 3 a.m.", [("Monday night", "2024-12-30TNI"), ("3 a.m.", "2024-12-31T03:00")]),
    # an evening hour is still the day of that midnight, and a day named outright keeps its own
    ("2025-01-01", "Talks ran past midnight on Monday; they had begun at 9 p.m.", [("midnight on Monday", "2024-12-30T24:00"), ("9 p.m.", "2024-12-30T21:00")]),
    ("2024-03-01", "The vote closed at midnight Tuesday. Results came at 8 a.m. Thursday.",
     [("midnight Tuesday", "2024-02-27T24:00"), ("8 a.m. Thursday", "2024-02-29T08:00")]),
])
def test_a_morning_after_a_midnight(published, text, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a clock time before "today", "yesterday", "tonight" or "this morning" is one expression, on that day
    ("2013-03-22", "He spoke at 9 a.m. today.", [("9 a.m. today", "2013-03-22T09:00")]),
    ("2013-03-01", "He spoke at 10 p.m. yesterday.", [("10 p.m. yesterday", "2013-02-28T22:00")]),
    ("2012-12-31", "He will speak at 11 a.m. tomorrow.", [("11 a.m. tomorrow", "2013-01-01T11:00")]),
    ("2013-03-22", "He left at 11 p.m. last night.", [("11 p.m. last night", "2013-03-21T23:00")]),
    # an hour without "a.m." or "p.m." is in the part of the day named, after "at"
    ("2013-03-22", "The speech is at 8:30 tonight.", [("8:30 tonight", "2013-03-22T20:30")]),
    ("2013-03-22", "He will speak at 9 tomorrow morning.", [("9 tomorrow morning", "2013-03-23T09:00")]),
    ("2013-03-22", "The curfew starts at 12 tonight.", [("12 tonight", "2013-03-22T24:00")]),
    ("2013-03-22", "They won 3 this morning.", [("this morning", "2013-03-22TMO")]),  # a score, not a clock
    # a 24-hour clock time before the day's word, with its zone
    ("2026-06-03", "The bridge opens at 06:00 GMT tomorrow.", [("06:00 GMT tomorrow", "2026-06-04T06:00")]),
    ("2026-12-31", "The bridge opens at 06:00 GMT tomorrow.", [("06:00 GMT tomorrow", "2027-01-01T06:00")]),
    ("2026-03-01", "Power was cut at 22.15 yesterday.", [("22.15 yesterday", "2026-02-28T22:15")]),
    # the first hour of a range takes the second's half of the day
    ("2013-03-22", "The show runs from 8 to 10 p.m.", [("8", "2013-03-22T20:00"), ("10 p.m.", "2013-03-22T22:00")]),
    ("2013-03-22", "Lunch is from 11 to 1 p.m.", [("11", "2013-03-22T11:00"), ("1 p.m.", "2013-03-22T13:00")]),
    ("2025-01-01", "Polls are open between 7 and 9 a.m.", [("7", "2025-01-01T07:00"), ("9 a.m.", "2025-01-01T09:00")]),
    ("2013-03-22", "Sales rose from 5 to 10 percent.", []),
])
def test_clock_times_with_their_day_and_ranges(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a game's clock or a race's time is no time of day
    ("They took the lead for good with 2:04 remaining.", []),
    ("He scored 3:12 into the second half.", []),
    ("Kipsang finished in 2:03 to win.", []),
    # a clock time is, with its part of the day
    ("The blast came at 10:30.", [("10:30", "2013-03-24T10:30")]),
    ("The game started at 7:30 in the evening.", [("7:30 in the evening", "2013-03-24T19:30")]),
    ("Talks ended at 22:45 GMT with no deal left.", [("22:45 GMT", "2013-03-24T22:45")]),
])
def test_a_games_clock_is_no_time_of_day(sentence, expected):
    assert values(sentence, "2013-03-24") == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # both clock times of a range take the day named after the second
    ("2025-01-01", "Polls will be open from 7 a.m. to 8 p.m. Sunday.", [("7 a.m.", "2025-01-05T07:00"), ("8 p.m. Sunday", "2025-01-05T20:00")]),
    # an earlier hour joined to a later one with its day is that day's too; not a clause's apart
    ("2013-03-17", "He left at 2 a.m. and returned at 8 a.m. Tuesday.", [("2 a.m.", "2013-03-12T02:00"), ("8 a.m. Tuesday", "2013-03-12T08:00")]),
    ("2013-03-17", "He left at 2 a.m., officials said, and returned at 8 a.m. Tuesday.",
     [("2 a.m.", "2013-03-17T02:00"), ("8 a.m. Tuesday", "2013-03-12T08:00")]),
])
def test_a_range_of_clock_times_takes_its_day(published, sentence, expected):
    assert values(sentence, published) == expected



@pytest.mark.parametrize("published", ["2013-03-22", "2024-12-30"])
def test_a_clock_time_before_a_weekday_with_its_date_takes_the_date(published):
    # "at 2pm on Saturday 30 March": the clock time on the day the date names, not the nearest Saturday
    found = values("The service will be held at 2pm on Saturday 30 March 2030.", published)
    assert found == [("2pm", "2030-03-30T14:00"), ("Saturday 30 March 2030", "2030-03-30")]
    found = values("The service will be held at 14:00 on Saturday, March 30, 2030.", published)
    assert found[0] == ("14:00", "2030-03-30T14:00")


@pytest.mark.parametrize("published", ["2023-09-10", "2024-03-01", "2025-01-01"])
def test_a_clock_time_told_again_takes_the_day_it_was_told_with(published):
    # the lead's "shortly after 11 p.m. on Friday" and the body's "at 11:11 p.m." are one moment
    found = values("The quake struck shortly after 11 p.m. on Friday, and rescuers were still digging on Sunday. "
                   "The quake was recorded at 11:11 p.m. at a depth of 18 km. Aftershocks followed overnight.", published)
    friday = found[0][1][:10]
    assert found[2] == ("11:11 p.m.", f"{friday}T23:11")
    assert found[3] == ("overnight", f"{friday}TNI")  # the night after an evening named is that evening's
    # a clock time far from it, or in a sentence naming its own day, is not that moment
    found = values("The quake struck at 11 p.m. on Friday. On Sunday another tremor was recorded at 11:20 p.m.", published)
    assert found[-1][1] == f"{found[1][1]}T23:20" != f"{found[0][1][:10]}T23:20"
    found = values("The quake struck at 11 p.m. on Friday. Rescuers were still digging on Sunday. Aid arrived at 3 p.m.", published)
    assert found[-1][1] != f"{found[0][1][:10]}T15:00"


@pytest.mark.parametrize("published", ["2024-03-28", "2024-12-31", "2025-03-01"])
def test_a_clock_range_runs_on_past_midnight(published):
    found = values("Missiles were fired between 10 p.m. on Wednesday and 6 a.m.", published)
    wednesday = date.fromisoformat(found[0][1][:10])
    assert found == [("10 p.m. on Wednesday", f"{wednesday}T22:00"), ("6 a.m.", f"{wednesday + timedelta(days=1)}T06:00")]
    found = values("Shops were open between 9 a.m. on Wednesday and 5 p.m.", published)
    assert found[1] == ("5 p.m.", f"{found[0][1][:10]}T17:00")


@pytest.mark.parametrize("published", ["2019-10-29", "2024-12-31"])
def test_minutes_off_noon_or_midnight_are_a_clock_time(published):
    year = int(published[:4]) + (published[5:7] == "12")
    found = values(f"Parliament will be dissolved at one minute past midnight on Nov. 6, {year}.", published)
    assert found == [(f"one minute past midnight on Nov. 6, {year}", f"{year}-11-06T00:01")]
    found = values("The vote closed at ten minutes to midnight on Thursday.", published)
    assert found[0][0] == "ten minutes to midnight on Thursday" and found[0][1].endswith("T23:50")
    assert values("The doors open at half past noon.", published) == [("half past noon", f"{published}T12:30")]
    # a length before "after midnight" stays a length
    assert values("He waited two hours after midnight.", published)[0] == ("two hours", "PT2H")


@pytest.mark.parametrize("published", ["2024-03-01", "2025-01-03"])
def test_a_clock_deadline_in_a_sentence_with_its_day_is_that_days(published):
    day = date.fromisoformat(published)  # a Friday
    thursday = (day - timedelta(days=1)).isoformat()
    found = values("The Senate passed the bill late Thursday night, hours before a midnight deadline.", published)
    assert found[-1] == ("midnight", f"{thursday}T24:00")
    # in a sentence of its own, the deadline still lies ahead
    found = values("The Senate passed the bill on Thursday. It will face a midnight deadline.", published)
    assert found[-1] == ("midnight", f"{published}T24:00")


@pytest.mark.parametrize("published", ["2024-12-01", "2025-03-01"])
def test_after_midnight_on_a_day_is_its_start(published):
    assert values("The leak began shortly after midnight on Dec. 3, 1984.", published) == [("midnight on Dec. 3, 1984", "1984-12-03T00:00")]
    # before midnight, and midnight alone, end the day
    assert values("The leak began shortly before midnight on Dec. 3, 1984.", published) == [("midnight on Dec. 3, 1984", "1984-12-03T24:00")]
    assert values("The curfew began at midnight on Dec. 3, 1984.", published) == [("midnight on Dec. 3, 1984", "1984-12-03T24:00")]


@pytest.mark.parametrize("published", ["2025-03-21", "2024-03-01"])
def test_a_morning_hour_after_a_late_clock_in_its_sentence_is_the_next_day(published):
    day = date.fromisoformat(published)  # a Friday
    found = values("The fire broke out at about 11.20pm on Thursday and was brought under control by 6.45am.", published)
    assert found == [("11.20pm on Thursday", f"{day - timedelta(days=1)}T23:20"), ("6.45am", f"{published}T06:45")]
    # an evening of the publication day, told ahead, is no evening "overnight" follows
    found = values("The airport will reopen at 11.59pm on Friday. Homes that lost power overnight were reconnected.", published)
    assert found[-1] == ("overnight", f"{day - timedelta(days=1)}TNI")


@pytest.mark.parametrize("published", ["2024-12-11", "2025-07-06"])
def test_both_ends_of_a_daily_clock_range_are_rules(published):
    # "a.m." before a lower-case word ends no clause: "daily" reaches the range's second time too
    assert values("The museum is open daily from 10 a.m. to 6 p.m.", published) == [
        ("daily", "P1D"), ("10 a.m.", "XXXX-XX-XXT10:00"), ("6 p.m.", "XXXX-XX-XXT18:00")]
    # a full stop before a capital still ends the sentence
    assert values("The museum is open daily. It closed at 6 p.m. on Friday.", published)[-1][1].endswith("T18:00")
    assert not values("The museum is open daily. It closed at 6 p.m. on Friday.", published)[-1][1].startswith("XXXX")


@pytest.mark.parametrize("published,year", [("2024-12-05", 2024), ("2025-06-10", 2025)])
def test_a_zone_written_out_joins_its_clock_time(published, year):
    assert values("The offer will expire at 5 p.m. Eastern time on Dec. 20.", published) == [
        ("5 p.m. Eastern time on Dec. 20", f"{year}-12-20T17:00")]


@pytest.mark.parametrize("published", ["2024-05-12", "2025-01-01"])
def test_the_small_hours_a_sentence_after_an_evening_are_the_next_day(published):
    day = date.fromisoformat(published)  # the Saturday before it, then the small hours of the Sunday after
    saturday = day - timedelta(days=(day.weekday() - 5) % 7 or 7)
    text = "The final began at 9 p.m. on Saturday and ran for almost four hours. The winner was announced shortly after 1 a.m."
    assert values(text, published)[-1] == ("1 a.m.", f"{saturday + timedelta(days=1)}T01:00")
    # a morning hour after that is the same day's unless it is the small hours
    text = "The meeting ended at 10 p.m. on Saturday. It had begun at 8 a.m."
    assert values(text, published)[-1] == ("8 a.m.", f"{saturday}T08:00")


@pytest.mark.parametrize("published", ["2026-11-28", "2025-01-04", "2024-03-02"])
def test_a_day_set_against_the_storys_is_not_the_day_a_clock_time_falls_on(published):
    # "had insisted as recently as Thursday ... released at 6 p.m.": the resignation's day, not Thursday
    found = values("She resigned on Saturday. She had insisted as recently as Thursday that she would not quit. "
                   "Her letter, released at 6 p.m., said she was sorry.", published)
    assert found[-1] == ("6 p.m.", found[0][1] + "T18:00")


@pytest.mark.parametrize("published", ["2026-11-18", "2026-12-31", "2027-03-01"])
def test_a_clock_range_ending_on_a_day_is_all_that_days(published):
    day = date.fromisoformat(published)
    last_monday = (day - timedelta(days=day.weekday())).isoformat()  # on a Monday, that day either way
    next_monday = (day + timedelta(days=-day.weekday() % 7)).isoformat()
    assert values("The meeting ran from 9 a.m. until 4 p.m. on Monday.", published) == [
        ("9 a.m.", f"{last_monday}T09:00"), ("4 p.m. on Monday", f"{last_monday}T16:00")]
    assert values("The meeting lasted from 9 a.m. until 4 p.m. on Monday.", published)[1] == ("4 p.m. on Monday", f"{last_monday}T16:00")
    assert values("The meeting will run from 9 a.m. until 4 p.m. on Monday.", published) == [
        ("9 a.m.", f"{next_monday}T09:00"), ("4 p.m. on Monday", f"{next_monday}T16:00")]


@pytest.mark.parametrize("published", ["2026-11-18", "2027-01-01", "2024-03-01"])
def test_a_midnight_told_of_the_past_is_the_one_the_day_began_with(published):
    day = date.fromisoformat(published)
    assert values("The ceasefire took effect at midnight.", published) == [("midnight", f"{day - timedelta(days=1)}T24:00")]
    assert values("The curfew ends at midnight.", published) == [("midnight", f"{published}T24:00")]
    # just after it: as the publication day began
    assert values("Officials said the attack occurred shortly after midnight.", published) == [("midnight", f"{published}T00:00")]
    # a day named before it is the day it ends
    monday = day - timedelta(days=day.weekday() or 7)
    assert values("The fire broke out on Monday and burned until midnight.", published) == [
        ("Monday", monday.isoformat()), ("midnight", f"{monday}T24:00")]


@pytest.mark.parametrize("published", ["2026-11-18", "2025-12-31", "2026-03-01"])
def test_a_clock_time_in_words(published):
    day = date.fromisoformat(published)
    assert values("The meeting starts at half past ten.", published) == [("half past ten", f"{published}T10:30")]
    # an hour up to six with no part of the day named is the afternoon's
    assert values("The meeting starts at a quarter to five.", published) == [("a quarter to five", f"{published}T16:45")]
    assert values("Polls close at ten o'clock.", published) == [("ten o'clock", f"{published}T10:00")]
    assert values("The bomb went off at twenty to nine in the morning.", published) == [
        ("twenty to nine in the morning", f"{published}T08:40")]
    assert values("Fighting resumed at ten past eleven at night.", published) == [("ten past eleven at night", f"{published}T23:10")]
    # with its day, read as the clause points
    tuesday_before = day - timedelta(days=(day.weekday() - 1) % 7 or 7)
    assert values("The plane landed at half past three on Tuesday afternoon.", published) == [
        ("half past three on Tuesday afternoon", f"{tuesday_before.isoformat()}T15:30")]


def test_numbers_with_past_or_to_are_no_clock_without_a_word_of_time_before_them():
    for sentence in ("Turnout rose from a quarter to five percent.", "A quarter to five of them voted.", "The odds were ten to one.",
                     "He came in a quarter to five behind.", "The vote went ten to six against."):
        assert not [v for _, v in values(sentence, "2026-11-18") if "T" in v], sentence


@pytest.mark.parametrize("published", ["2026-05-14", "2026-01-01", "2026-03-01"])
def test_a_morning_after_dawn_told_after_an_evening_is_the_next_day(published):
    eve = date.fromisoformat(published) - timedelta(days=1)
    entered = f"The gunmen entered the hotel at about 9 p.m. on {eve:%B} {eve.day}."
    stormed = " Special forces stormed the building shortly before dawn, and the last hostages were freed by 11 a.m."
    assert parsed_values(entered + stormed, published)[-1] == ("11 a.m.", f"{published}T11:00")
    # with no night passing between, a morning told next is not the day after the evening's
    assert parsed_values(entered + " Police had been warned at 11 a.m.", published)[-1][1] != f"{published}T11:00"


@pytest.mark.parametrize("published", ["2026-05-20", "2026-01-01"])
def test_a_clock_time_before_a_day_told_from_the_story_is_that_day_s(published):
    eve = date.fromisoformat(published) - timedelta(days=2)
    said = f"{eve:%B} {eve.day}"
    found = values(f"The sitting was suspended at 11pm on {said} and resumed at 9.30am the next day.", published)
    next_day = (eve + timedelta(days=1)).isoformat()
    assert found[1:] == [("9.30am", f"{next_day}T09:30"), ("the next day", next_day)]
    found = values(f"The plane left at 11pm on {said} and landed at 6am the following morning.", published)
    assert found[1:] == [("6am", f"{next_day}T06:00"), ("the following morning", f"{next_day}TMO")]


@pytest.mark.parametrize("published", ["2026-10-30", "2026-12-31"])
def test_an_earlier_clock_time_joined_to_one_with_its_day_is_on_that_day(published):
    found = values("Polls open at 7 a.m. and close at 8 p.m. on Election Day.", published)
    day = found[-1][1]
    assert found == [("7 a.m.", f"{day}T07:00"), ("8 p.m.", f"{day}T20:00"), ("Election Day", day)]
    for closing in ("at 8 p.m.", "at about 8 p.m."):  # "about" the later hour too
        found = values(f"Polls open at 7 a.m. and close {closing} on Tuesday.", published)
        assert found[0][1][:10] == found[1][1][:10]
    # a later hour first is no same day's: "left at 9 p.m. and returned at 8 a.m. on Tuesday"
    found = values("He left at 9 p.m. and returned at 8 a.m. on Tuesday.", published)
    assert found[0][1][:10] != found[1][1][:10]


@pytest.mark.parametrize("published", ["2026-10-30", "2025-12-31"])
def test_twelve_in_a_part_of_the_day(published):
    assert values("The curfew starts at 12 at night.", published) == [("12 at night", f"{published}T24:00")]
    assert values("The shop opens at half past twelve in the morning.", published) == [("half past twelve in the morning", f"{published}T00:30")]
    assert values("He arrived at twelve o'clock.", published) == [("twelve o'clock", f"{published}T12:00")]


@pytest.mark.parametrize("published", ["2026-12-03", "2026-12-31", "2027-02-28"])
def test_twelve_noon_and_twelve_midnight_keep_their_twelve(published):
    day = date.fromisoformat(published)
    friday = day + timedelta(days=(4 - day.weekday()) % 7)
    assert parsed_values("The deadline is 12 noon on Friday.", published) == [("12 noon on Friday", f"{friday}T12:00")]
    assert parsed_values("The curfew starts at 12 midnight tonight.", published) == [("12 midnight tonight", f"{published}T24:00")]


@pytest.mark.parametrize("published", ["2026-12-04", "2026-12-31", "2027-02-28"])
def test_a_live_report_s_entries_run_forward_through_midnight(published):
    day = date.fromisoformat(published)
    after, before = (day + timedelta(days=1)).isoformat(), (day - timedelta(days=1)).isoformat()
    text = ("23:45\nThe first results are expected shortly after midnight.\n\n00:20\nThe first seat has been declared.\n\n"
            "01:05\nExit polls published at 10pm suggested a hung parliament. The leader will speak at about 2am.\n\n"
            "09:30\nCoalition talks are expected to begin shortly.\n")
    assert values(text, published) == [
        ("23:45", f"{published}T23:45"), ("midnight", f"{published}T24:00"), ("00:20", f"{after}T00:20"),
        ("01:05", f"{after}T01:05"), ("10pm", f"{published}T22:00"), ("2am", f"{after}T02:00"), ("09:30", f"{after}T09:30")]
    # newest first, as many live pages show them: 00:20 then 23:45 is a day back
    text = "09:30\nTalks will begin shortly.\n\n02:10\nCounting goes on.\n\n00:20\nThe first seat is in.\n\n23:45\nPolls have closed.\n"
    assert [v for _, v in values(text, published)] == [f"{published}T09:30", f"{published}T02:10", f"{published}T00:20", f"{before}T23:45"]
    # a time that opens a sentence in a story is no entry
    assert values("The polls closed on Thursday.\n10pm came and went.", published)[-1] != ("10pm", f"{after}T22:00")


@pytest.mark.parametrize("published", ["2024-02-07", "2024-12-31", "2025-03-03"])
def test_a_clock_time_of_one_clause_is_not_put_on_the_day_of_the_next(published):
    day = date.fromisoformat(published)
    thursday = day + timedelta(days=(3 - day.weekday()) % 7 or 7)
    found = parsed_values("The strike began at 4 a.m. and will last until 7:10 a.m. on Thursday, the union said.", published)
    assert found == [("4 a.m.", f"{published}T04:00"), ("7:10 a.m. on Thursday", f"{thursday.isoformat()}T07:10")]
    found = parsed_values("The strike began at 4 a.m. and will end on Thursday.", published)
    assert found == [("4 a.m.", f"{published}T04:00"), ("Thursday", thursday.isoformat())]
    # one clause with two verbs: both on the day named
    saturday = day + timedelta(days=(5 - day.weekday()) % 7 or 7)
    found = parsed_values("The store will open at 9 a.m. and close at 5 p.m. on Saturday.", published)
    assert [v for _, v in found] == [f"{saturday.isoformat()}T09:00", f"{saturday.isoformat()}T17:00"]


def latest_weekday(day: date, weekday: int) -> date:
    """That weekday (0 = Monday) on or before ``day``: the publication's own if it is one."""
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def told_early(template: str, weekday: str, published: str) -> list[list[tuple[str, str]]]:
    """The values of ``template`` with its ``{day}`` told both ways of a day's early hours: "early on Friday", "early Friday"."""
    return [parsed_values(template.format(day=f"{early} {weekday}"), published) for early in ("early on", "early")]


@pytest.mark.parametrize("published", ["2021-01-07", "2024-12-31", "2025-03-03"])
def test_an_evening_clock_time_before_a_days_early_hours_is_the_evening_before(published):
    day = date.fromisoformat(published)
    thursday = latest_weekday(day, 3)
    found = told_early("Congress resumed its session at about 8 p.m. and certified the result {day}.", "Thursday", published)
    assert [f[0] for f in found] == [("8 p.m.", f"{thursday - timedelta(days=1)}T20:00")] * 2
    # a morning clock time is the day's own
    assert parsed_values("The session opened at 9 a.m. and ended early on Thursday.", published)[0] == ("9 a.m.", f"{thursday}T09:00")


@pytest.mark.parametrize("published", ["2019-07-20", "2024-12-30", "2025-03-03"])
def test_a_clock_time_after_a_flashback_in_the_past_perfect_is_the_storys_day(published):
    day = date.fromisoformat(published)
    friday = day - timedelta(days=(day.weekday() - 4) % 7 or 7)  # the last Friday before publication
    tuesday = friday - timedelta(days=3)
    found = parsed_values("Rescuers reached the village on Friday. The quake had struck on Tuesday. They found survivors at 3 p.m.", published)
    assert found == [("Friday", friday.isoformat()), ("Tuesday", tuesday.isoformat()), ("3 p.m.", f"{friday}T15:00")]
    found = parsed_values("Armstrong walked on the moon on July 20, 1969. Apollo 11 had launched four days earlier, on July 16. "
                          "He stepped onto the surface at 10:56 p.m. EDT.", published)
    assert found[-1] == ("10:56 p.m. EDT", "1969-07-20T22:56")


@pytest.mark.parametrize("published", ["2020-01-03", "2024-12-30", "2025-03-03"])
def test_after_midnight_in_a_story_of_a_days_early_hours_is_as_that_day_began(published):
    day = date.fromisoformat(published)
    friday = latest_weekday(day, 4)
    found = told_early("The general was killed in a strike {day}. He had arrived shortly after midnight.", "Friday", published)
    assert [f[-1] for f in found] == [("midnight", f"{friday}T00:00")] * 2
    # after a day's evening, or "until after midnight", midnight ends the day
    thursday = friday - timedelta(days=1)
    assert parsed_values("The party began on Thursday evening. Police arrived shortly after midnight.", published)[-1] == (
        "midnight", f"{thursday}T24:00")
    assert parsed_values("The fire broke out early on Thursday. Talks went on until after midnight.", published)[-1] == (
        "midnight", f"{thursday}T24:00")


@pytest.mark.parametrize("published", ["2024-03-13", "2013-03-22", "2026-01-01"])
def test_overnight_right_after_a_day_is_that_days_night(published):
    monday = latest_weekday(date.fromisoformat(published), 0)  # none of these days is a Monday: the last one before it
    assert parsed_values("The ship arrived Monday overnight.", published) == [("Monday", monday.isoformat()), ("overnight", f"{monday}TNI")]
    # into a day named after it (the Tuesday after that Monday, none of these days being a Monday or Tuesday): the night before it
    assert parsed_values("The ship arrived overnight into Tuesday.", published)[0] == ("overnight", f"{monday}TNI")


@pytest.mark.parametrize("published", ["2022-06-08", "2013-12-31", "2026-01-01"])
def test_an_hour_in_words_with_its_half_of_the_day(published):
    # as broadcast transcripts write it: "at seven p.m.", "at eight tonight"
    assert values("Doors open at eleven a.m. and close at seven p.m.", published) == [
        ("eleven a.m.", f"{published}T11:00"), ("seven p.m.", f"{published}T19:00")]
    assert values("The concert begins at eight tonight; we met at nine this morning.", published) == [
        ("eight tonight", f"{published}T20:00"), ("nine this morning", f"{published}T09:00")]
    assert values("I'm sure there were seven of them.", published) == []


@pytest.mark.parametrize("published,sentence,expected", [
    ("1998-03-05", "The blast went off on Monday night at 10:45.", ("10:45", "1998-03-02T22:45")),
    ("1998-03-05", "The shooting happened yesterday evening at about 7:30.", ("7:30", "1998-03-04T19:30")),
    ("2021-06-09", "The fire started last night at about 11:30.", ("11:30", "2021-06-08T23:30")),
    ("2021-06-09", "The president speaks tonight at nine o'clock.", ("nine o'clock", "2021-06-09T21:00")),
    ("2024-02-29", "The flight left at half past six this morning.", ("half past six", "2024-02-29T06:30")),
    ("2024-02-29", "The rally begins Saturday afternoon at three o'clock.", ("three o'clock", "2024-03-02T15:00")),
])
def test_a_clock_time_without_am_or_pm_is_in_the_part_of_the_day_beside_it(published, sentence, expected):
    assert parsed_values(sentence, published)[-2 if "this morning" in sentence else -1] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The train left at 07:30 on Monday evening.", "T07:30"),  # a leading zero: the day's 24 hours
    ("The train left yesterday at 8:15.", "T08:15"),  # no part of the day beside it
    ("The meeting began on Monday morning at 9:15.", "T09:15"),
])
def test_a_clock_time_keeps_its_hour_with_no_later_part_of_the_day_beside_it(sentence, expected):
    assert any(value.endswith(expected) for _, value in parsed_values(sentence, "2021-06-09"))


@pytest.mark.parametrize("published,expected", [("1998-03-05", "1998-03-05T14:15"), ("2021-06-09", "2021-06-09T14:15")])
def test_a_clock_time_in_words_after_for(published, expected):
    assert values("The vote is set for a quarter past two.", published) == [("a quarter past two", expected)]
    assert values("He was jailed for three to five years.", published)[0][1] == "P3Y"  # a range of years is no clock time


@pytest.mark.parametrize("published", ["2019-04-16", "2024-03-01", "2025-01-01"])
def test_a_morning_after_an_evening_clock_with_no_day_of_its_own_is_the_next_day(published):
    day = date.fromisoformat(published)
    text = "A fire broke out on Monday evening. It began at about 6:50 p.m. and was under control shortly before 4 a.m."
    monday = day - timedelta(days=(day.weekday() or 7))
    found = parsed_values(text, published)
    assert found[1:] == [("6:50 p.m.", f"{monday}T18:50"), ("4 a.m.", f"{monday + timedelta(days=1)}T04:00")]


@pytest.mark.parametrize("published", ["1998-03-05", "2024-12-31"])
def test_a_clock_of_24_hours_in_words(published):
    assert values("The launch is set for oh-six-hundred hours.", published) == [("oh-six-hundred hours", f"{published}T06:00")]
    assert values("The patrol left at twenty-one hundred hours.", published) == [("twenty-one hundred hours", f"{published}T21:00")]
    assert values("The patrol left at fourteen thirty hours.", published) == [("fourteen thirty hours", f"{published}T14:30")]
    # a length of hours, with no "oh" nor a word saying a time is meant
    assert values("Volunteers gave sixteen hundred hours of their time.", published) == [("sixteen hundred hours", "PT1600H")]


@pytest.mark.parametrize("published", ["2023-05-15", "2024-01-01", "1998-03-01"])
def test_a_clock_time_without_am_or_pm_goes_on_from_an_afternoon_one_before_it(published):
    found = values("At 3:15 p.m., the alarm sounded; by 3:40, the building was empty.", published)
    assert [v[-5:] for _, v in found] == ["15:15", "15:40"]
    found = values("At 9:50 p.m. the first alarm came. At 10:05 the second came.", published)
    assert [v[-5:] for _, v in found] == ["21:50", "22:05"]
    # a morning's clock, a clock far from it or one of 24 hours keeps its hour
    assert [v[-5:] for _, v in values("At 9:50 a.m. the alarm came; at 10:05 the second.", published)] == ["09:50", "10:05"]
    assert [v[-5:] for _, v in values("The vote began at 1 p.m.; counting ended at 11:30.", published)] == ["13:00", "11:30"]
    assert [v[-5:] for _, v in values("At 21:50 the alarm came; at 09:05 the second.", published)] == ["21:50", "09:05"]


@pytest.mark.parametrize("published,night,after", [("2021-06-02", "2021-05-31", "2021-06-01"), ("2024-03-01", "2024-02-26", "2024-02-27"),
                                                   ("2025-01-01", "2024-12-30", "2024-12-31")])
def test_twelve_at_night_is_past_midnight_on_the_day_after(published, night, after):
    found = values("The fire broke out on Monday night at 12:30, police said.", published)
    assert found == [("Monday night", f"{night}TNI"), ("12:30", f"{after}T00:30")]
    assert values("He was seen Monday afternoon at 12:30.", published)[-1] == ("12:30", f"{night}T12:30")
    assert values("The fire broke out at 12:30 on Monday night.", published) == [("12:30 on Monday night", f"{after}T00:30")]
    assert values("The fire broke out at 10:45 on Monday night.", published) == [("10:45 on Monday night", f"{night}T22:45")]
    day_after = (date.fromisoformat(published) + timedelta(days=1)).isoformat()
    assert values("Tonight at 12:30 the fireworks begin.", published)[-1] == ("12:30", f"{day_after}T00:30")
    assert values("The fireworks begin at 12:30 tonight.", published) == [("12:30 tonight", f"{day_after}T00:30")]
    assert values("The fire broke out at 12:30 this morning.", published) == [("12:30 this morning", f"{published}T00:30")]


@pytest.mark.parametrize("published", ["2022-03-08", "2025-01-01"])
def test_a_zone_named_by_its_region_alone_is_part_of_the_clock_time(published):
    assert values("Polls closed at 8 p.m. Eastern on Tuesday.", "2022-03-09") == [("8 p.m. Eastern on Tuesday", "2022-03-08T20:00")]
    assert values("The show aired at 9 p.m. Pacific.", published) == [("9 p.m. Pacific", f"{published}T21:00")]
