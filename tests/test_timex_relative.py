"""Times counted from another (kg/timex/relative.py): "last week", "a year ago", "the day before"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kg.timex import find_timexes
from tests.conftest import timex_values as values
from tests.test_tense import parsed_values


@pytest.mark.parametrize("phrase,published,expected", [
    ("last week", "2025-05-21", "2025-W20"),
    ("next month", "2025-12-10", "2026-01"),
    ("this year", "2025-05-21", "2025"),
    ("last year", "2025-01-02", "2024"),
    ("yesterday", "2025-03-01", "2025-02-28"),
    ("tomorrow", "2024-12-31", "2025-01-01"),
    ("two weeks ago", "2025-05-21", "2025-W19"),
    ("three years ago", "2025-05-21", "2022"),
    ("a decade ago", "2025-05-21", "2015"),          # a year about ten years back, not the 2010s
    ("two decades ago", "2013-01-02", "1993"),
    ("two years from now", "2013-03-20", "2015"),
    ("three months from today", "2024-11-30", "2025-02"),
])
def test_relative_units(phrase, published, expected):
    assert values(f"It happened {phrase}.", published) == [(phrase, expected)]


def test_anchored_to_previous_date():
    found = values("The ceasefire began on June 3, 2024. The day before, talks failed.", "2025-05-21")
    assert found == [("June 3, 2024", "2024-06-03"), ("The day before", "2024-06-02")]


def test_a_year_ago_in_a_quarterly_report_is_the_same_quarter():
    text = ("Net income rose 5% in the third quarter. Sales were $3 billion, up from $2.5 billion a year earlier. "
            "In the year-earlier period the company lost money. Profit in the 1988 period was lower.")
    assert values(text, "1989-10-26") == [("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3"),
                                          ("the year-earlier period", "1988-Q3"), ("the 1988 period", "1988-Q3")]


@pytest.mark.parametrize("published,expected", [("1989-10-26", "1988"), ("2025-01-05", "2024")])
def test_a_year_ago_without_a_quarter_is_the_year(published, expected):
    assert [v for _, v in values("A year ago the plant was closed.", published)] == [expected]


@pytest.mark.parametrize("published,quarter,year_before", [("1989-10-26", "1989-Q3", "1988"), ("2025-01-05", "2024-Q4", "2023")])
def test_after_the_nine_months_a_year_earlier_is_the_year(published, quarter, year_before):
    named = "the fourth quarter" if quarter.endswith("Q4") else "the third quarter"
    text = (f"Net rose in {named}, compared with a year-earlier loss. For the nine months, net was $5 million, "
            "against a loss a year earlier. The 1988 period was weak.")
    found = values(text, published)
    assert found[:2] == [(named, quarter), ("year-earlier", f"{year_before}-{quarter[-2:]}")]
    assert found[2:] == [("the nine months", "P9M"), ("a year earlier", year_before), ("The 1988 period", "1988")]


def test_the_previous_weekday_counts_from_the_day_in_the_text():
    text = "Shares fell on Friday, Oct. 27, from the previous Friday."
    assert values(text, "1989-10-30")[-1] == ("the previous Friday", "1989-10-20")


def test_that_year_and_the_following_year_count_from_the_date_named():
    text = "The plant opened in 1995. Later that year it hired 500 people, and the following year it closed."
    assert values(text, "1998-02-13") == [("1995", "1995"), ("Later that year", "1995"), ("the following year", "1996")]


@pytest.mark.parametrize("published", ["2025-05-21", "2000-01-01"])
def test_earlier_that_day_is_the_day_named(published):
    text = "He was shot on Oct. 23, 1999. Earlier that day, the family sent a fax; later that day he died."
    assert values(text, published) == [("Oct. 23, 1999", "1999-10-23"), ("Earlier that day", "1999-10-23"),
                                       ("later that day", "1999-10-23")]


@pytest.mark.parametrize("published,sentence,expected", [
    ("2013-03-20", "The week after next, the board will vote.", ("The week after next", "2013-W14")),
    ("2024-12-30", "They meet the week after next.", ("the week after next", "2025-W03")),  # across the year
    ("2013-01-10", "Sales rose the month before last.", ("the month before last", "2012-11")),
    ("2013-03-20", "The vote is set for the year after next.", ("the year after next", "2015")),
])
def test_two_units_from_now(published, sentence, expected):
    assert values(sentence, published) == [expected]


@pytest.mark.parametrize("published", ["2013-03-21", "2025-01-01", "2012-02-29"])
def test_a_day_after_a_month_named_is_a_day_of_that_month(published):
    # no day is named since the month, so which day it was is not said: 2011-11-XX, not one near publication
    text = "The gunman struck in November 2011. He was arrested that night and charged the next day."
    assert values(text, published) == [("November 2011", "2011-11"), ("that night", "2011-11-XXTNI"),
                                       ("the next day", "2011-11-XX")]
    # once a day is named after the month, the count is from that day
    text = "The gunman struck in November 2011, on Nov. 6, 2011. He was arrested the next day."
    assert values(text, published)[-1] == ("the next day", "2011-11-07")
    # a month told of after a day in its own sentence (figures reported on a day) leaves the story on that day
    text = "On Tuesday, the company said sales fell in February. The next day, its shares dropped."
    day_after = values(text, published)[-1]
    assert day_after[0] == "The next day" and not day_after[1].endswith("XX")


@pytest.mark.parametrize("published,unit,expected", [
    ("2025-05-21", "week", "2025-W20"),   # a Wednesday: most of the last seven days lie in the week before
    ("2025-05-24", "week", "2025-W21"),   # a Saturday: most lie in this week
    ("2025-01-03", "month", "2024-12"),
    ("2025-01-01", "decade", "P10Y"),     # ten years, not the 2010s
    ("1999-12-31", "year", "1998"),       # the calendar year before, as annotators read it
])
def test_in_the_past_before_a_unit(published, unit, expected):
    assert values(f"In the past {unit}, at least 40 people were killed.", published) == [(f"the past {unit}", expected)]


@pytest.mark.parametrize("published,expected", [("2013-03-20", "2013-01"), ("2025-01-10", "2024-11")])
def test_the_previous_month_counts_from_the_month_named(published, expected):
    month = {"2013-03-20": "February", "2025-01-10": "December"}[published]
    found = values(f"Inflation was 2.8% in {month}, up from 2.7% the previous month.", published)
    assert found[-1] == ("the previous month", expected)


@pytest.mark.parametrize("published,expected", [("2025-01-08", "2025-01-08"), ("2024-03-01", "2024-03-01"), ("2025-05-21", "2025-05-21")])
def test_a_duration_is_no_day_to_count_from(published, expected):
    # "the past six months" starts on some day, but the text is not telling of that day
    text = "Prices fell over the past six months. Earlier in the day, the bank cut rates, a day after the vote."
    found = values(text, published)
    assert found[1] == ("Earlier in the day", expected)


@pytest.mark.parametrize("published,sentence,expected", [
    ("1989-10-30", "The index fell on Friday. For the week, it dropped 3.8%.", [("Friday", "1989-10-27"), ("the week", "1989-W43")]),
    ("2000-02-24", "A hearing is set for the week of March 6.", [("the week of March 6", "2000-W10")]),
    ("2025-12-30", "The talks resume the week of 5 January.", [("the week of 5 January", "2026-W02")]),
])
def test_the_week(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published", ["1989-10-30", "2025-01-01"])
def test_units_ago_without_a_number_are_the_past(published):
    found = values("The firm, which just months ago was losing money, was big years ago; weeks earlier it had failed.", published)
    assert found == [("months ago", "PAST_REF"), ("years ago", "PAST_REF"), ("weeks", "PXW")]  # some weeks before


@pytest.mark.parametrize("published,sentence,expected", [
    # "N years later" counts from the date the text named, of any granularity, not from publication
    ("2013-03-22", "The company was sold in 2008. Four years later it went bankrupt.", ("Four years later", "2012")),
    ("2025-01-02", "She was born in 1950 and moved to Paris 10 years later.", ("10 years later", "1960")),
    ("2013-03-22", "The plant closed in March 2011. Two months later it reopened.", ("Two months later", "2011-05")),
    ("2000-12-31", "The treaty was signed in 1980. A decade later it lapsed.", ("A decade later", "1990")),
    # days still count from the day the text tells of
    ("2013-03-22", "The fire broke out on March 3. Two days later, police arrested a man.", ("Two days later", "2013-03-05")),
    ("2025-01-01", "It opened on Dec. 30. Three days later it shut.", ("Three days later", "2025-01-02")),
])
def test_a_count_later_or_earlier_starts_from_the_date_named(published, sentence, expected):
    assert values(sentence, published)[-1] == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # "would" is a future seen from the report's date: the January after that December
    ("2013-03-22", "He said in December that he would resign in January.", [("December", "2012-12"), ("January", "2013-01")]),
    ("2014-02-01", "In November, the firm said it would cut jobs in February.", [("November", "2013-11"), ("February", "2014-02")]),
    ("2013-03-22", "He said on Monday that he would travel to Rome on Thursday.", [("Monday", "2013-03-18"), ("Thursday", "2013-03-21")]),
    ("2025-01-03", "She said on Monday she would fly home on Thursday.", [("Monday", "2024-12-30"), ("Thursday", "2025-01-02")]),
    # a weekday is not counted from a month; "will" looks ahead from publication
    ("2013-03-22", "The company said last month that it would report results on Thursday.",
     [("last month", "2013-02"), ("Thursday", "2013-03-28")]),
    ("2013-03-22", "He said in December that he will resign in January.", [("December", "2012-12"), ("January", "2014-01")]),
])
def test_a_reported_future_looks_ahead_from_the_report(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    ("2013-03-22", "Claims rose in the week ended March 16.", "2013-W11"),
    ("2025-01-03", "Claims rose in the week ended Dec. 28.", "2024-W52"),
    ("2025-01-03", "Claims rose in the week ending Jan. 4.", "2025-W01"),
    ("2024-08-12", "Sales rose 4% in the week to Aug. 8.", "2024-W32"),  # "to" or "through" a day: the week it ends
    ("2025-01-03", "Sales rose in the week through Dec. 28.", "2024-W52"),
    ("2025-05-21", "Spending rose in the week to Sunday.", "2025-W20"),  # to a weekday: the week it ends, on the side the clause points
    ("2025-01-01", "Spending rose in the week to Sunday.", "2024-W52"),
])
def test_the_week_ended_a_day_is_that_days_week(published, sentence, expected):
    assert values(sentence, published)[0] == ("the week", expected)


@pytest.mark.parametrize("published,text,expected", [
    ("2013-03-22", "Retail sales rose in February. For the month, clothing sales fell.", ("the month", "2013-02")),
    ("2025-01-03", "Prices fell 0.2 percent for the month, the report said.", ("the month", "2025-01")),
])
def test_for_the_month_is_the_month_reported(published, text, expected):
    assert values(text, published)[-1] == expected


@pytest.mark.parametrize("published,expected", [("2013-03-22", "2013-03-03"), ("2025-06-01", "2025-03-03")])
def test_that_same_day_is_the_day_named(published, expected):
    text = "The rebels attacked on March 3. That same day, the army withdrew."
    assert values(text, published)[-1] == ("That same day", expected)


@pytest.mark.parametrize("published,text,expected", [
    # in a past clause, "the next year" follows the year the text named, not publication's
    ("2013-03-22", "He became president in 2008. The next year, he won a second term.", ("The next year", "2009")),
    ("2025-01-01", "The war ended in March 2020. The next month, the troops left.", ("The next month", "2020-04")),
    # looking ahead, it is the one after publication
    ("2013-03-22", "He became president in 2008. The next year will be his last.", ("The next year", "2014")),
])
def test_the_next_unit_in_a_story_of_the_past(published, text, expected):
    assert values(text, published)[-1] == expected


def test_the_then_current_is_the_past():
    assert values("Holders may buy at the then current price; the current price is higher.", "1989-10-30") == [
        ("current", "PAST_REF"), ("current", "PRESENT_REF")]


@pytest.mark.parametrize("published,sentence,expected", [
    # the end of a year or month not yet over, in a past clause, is the end of the one before
    ("2013-03-22", "Prices fell at the end of the year.", "2012"),
    ("2025-01-20", "The deal closed at the end of the month.", "2024-12"),
    ("2013-03-22", "Prices will fall at the end of the year.", "2013"),
    ("2013-12-31", "Prices fell late in the year.", "2013"),
])
def test_the_end_of_a_unit_in_a_past_clause(published, sentence, expected):
    assert [v for _, v in values(sentence, published)] == [expected]


@pytest.mark.parametrize("published,sentence,expected", [
    # "the day before" a day named right after it counts from that day
    ("2013-03-22", "The day before Tuesday's vote, the minister resigned.", ("The day before", "2013-03-18")),
    ("2013-12-30", "Stores were busy the day after Christmas.", ("the day after", "2013-12-26")),
    ("2013-12-30", "Sales peaked the week before Christmas.", ("the week before", "2013-W51")),
    # otherwise from the day named before it
    ("2013-03-22", "He left on Monday and returned the day after.", ("the day after", "2013-03-19")),
    ("2025-01-03", "On Monday he resigned; the day before, he had met the king.", ("the day before", "2024-12-29")),
])
def test_the_day_before_a_day_named_after_it(published, sentence, expected):
    assert expected in values(sentence, published)


@pytest.mark.parametrize("published,text,expected", [
    # "that December": the month in the year the text last named
    ("2013-01-15", "The couple met in the summer of 1962 and married that December.", ("that December", "1962-12")),
    ("2025-03-01", "He was freed in 2010. That May he ran for office.", ("That May", "2010-05")),
    ("2024-12-31", "In the same March, prices fell.", ("the same March", "2024-03")),
    # not a modal, nor an abbreviation without its date
    ("2013-01-15", "It is a law that may pass in 1999.", ("1999", "1999")),
])
def test_that_month_is_in_the_year_named(published, text, expected):
    assert values(text, published)[-1] == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a fortnight is two weeks, back or ahead
    ("2013-03-22", "The ministers met a fortnight ago.", [("a fortnight ago", "2013-W10")]),
    ("2013-01-03", "The ministers met a fortnight ago.", [("a fortnight ago", "2012-W51")]),
    ("2013-12-27", "The vote is a fortnight from now.", [("a fortnight from now", "2014-W02")]),
    ("2013-03-22", "The scheme will run for a fortnight.", [("a fortnight", "P2W")]),
])
def test_a_fortnight(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # "this year and next": the second unit goes unsaid
    ("2013-03-22", "The IMF cut its forecasts for this year and next, citing Europe.", [("this year", "2013"), ("next", "2014")]),
    ("2012-12-31", "The firm plans to hire 500 people this year and next.", [("this year", "2012"), ("next", "2013")]),
    # with the amount of the second said before it
    ("2026-11-17", "The offer was 3 percent this year and 2 percent next.", [("this year", "2026"), ("next", "2027")]),
    ("2026-12-31", "He won this year and the next two.", [("this year", "2026")]),
    ("2013-01-02", "Sales fell last year and this.", [("last year", "2012"), ("this", "2013")]),
    ("2013-03-22", "Growth this month and next is seen at 2%.", [("this month", "2013-03"), ("next", "2013-04")]),
    ("2013-12-20", "Growth this month and next is seen at 2%.", [("this month", "2013-12"), ("next", "2014-01")]),
    # a unit said after "next" is its own expression
    ("2013-03-22", "Talks this week and next Tuesday will decide.", [("this week", "2013-W12"), ("next Tuesday", "2013-03-26")]),
    ("2013-03-22", "Prices rose this year and next quarter will be weaker.", [("this year", "2013"), ("next quarter", "2013-Q2")]),
])
def test_a_unit_unsaid_after_and(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # "N units ago today / this week / this month": that very day, week or month, so many units back
    ("2013-03-20", "Ten years ago today, the first bombs fell on Baghdad.", [("Ten years ago today", "2003-03-20")]),
    ("2012-02-29", "A year ago today, the ship sank.", [("A year ago today", "2011-02-28")]),  # no Feb. 29 that year
    ("2013-01-02", "Two weeks ago today, the ship sank.", [("Two weeks ago today", "2012-12-19")]),
    ("2013-03-20", "A year ago this week, the ship sank.", [("A year ago this week", "2012-W12")]),
    ("2013-01-10", "Fifty years ago this month, the treaty was signed.", [("Fifty years ago this month", "1963-01")]),
    ("2013-03-25", "Two years ago this June, the river flooded.", [("Two years ago this June", "2011-06")]),
    ("2013-03-25", "A year ago this spring, the river flooded.", [("A year ago this spring", "2012-SP")]),
    # a comma parts them
    ("2013-03-20", "Ten years ago, today's leaders were children.", [("Ten years ago", "2003"), ("today", "2013-03-20")]),
    # before year 1 there is no calendar day
    ("2013-03-20", "The temple was built 3,000 years ago today.", [("3,000 years", "P3000Y"), ("today", "2013-03-20")]),
])
def test_units_ago_today(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # "that weekend": the weekend of the week of the day named
    ("2013-03-22", "The attack happened on March 2. That weekend, police made an arrest.",
     [("March 2", "2013-03-02"), ("That weekend", "2013-W09-WE")]),
    ("2013-01-03", "The strike began on Dec. 27. That weekend, 20 were held.", [("Dec. 27", "2012-12-27"), ("That weekend", "2012-W52-WE")]),
])
def test_that_weekend(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # told of the past after a day or month before the publication's own unit: that day's unit
    ("2013-03-22", "The attack happened on June 2, 2009. By the end of the year, police had made 20 arrests.",
     [("June 2, 2009", "2009-06-02"), ("the end of the year", "2009")]),
    ("2013-03-22", "The attack happened on June 2, 2009. By the end of the month, police had made 20 arrests.",
     [("June 2, 2009", "2009-06-02"), ("the end of the month", "2009-06")]),
    ("2013-03-22", "The attack happened on June 2, 2009. Later in the year, police made an arrest.",
     [("June 2, 2009", "2009-06-02"), ("Later in the year", "2009")]),
    ("2013-03-22", "The strike began on Feb. 25. By the end of the week, 20 were held.",
     [("Feb. 25", "2013-02-25"), ("the end of the week", "2013-W09")]),
    # not in a clause that looks ahead, nor after a year alone, nor two sentences on
    ("2013-03-22", "The attack happened on June 2, 2009. Police expect more arrests by the end of the year.",
     [("June 2, 2009", "2009-06-02"), ("the end of the year", "2013")]),
    ("2013-03-22", "The firm was founded in 1990. By the end of the year, it had 20 staff.", [("1990", "1990"), ("the end of the year", "2012")]),
    ("2013-03-22", "It opened on June 2, 2009. It grew fast. By the end of the year, it had 20 staff.",
     [("June 2, 2009", "2009-06-02"), ("the end of the year", "2012")]),
    # a day in the publication's own week is no story before it
    ("2013-03-22", "Police made arrests on Tuesday. By the end of the week, 20 were held.", [("Tuesday", "2013-03-19"), ("the end of the week", "2013-W12")]),
])
def test_the_end_of_the_year_told_of_a_past_story(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,text,expected", [
    # "N units earlier" counts from the end of a period said to end ("the end of last year")
    ("2013-03-22", "By the end of last year, debt had reached $10 billion, up from $8 billion three months earlier.",
     [("the end of last year", "2012"), ("three months earlier", "2012-09")]),
    # and, told of the past, not from a date after publication
    ("2013-03-28", "It earned $98 million in its fiscal fourth quarter. It had 76 million users at the end of the quarter, "
     "down from 79 million three months earlier.",
     [("fiscal fourth quarter", "2013-Q4"), ("the end of the quarter", "2013-Q4"), ("three months earlier", "2012-12")]),
])
def test_earlier_than_the_end_of_a_period(published, text, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # "the last year of his life" is a year of that stretch, not the year before publication
    ("2013-03-24", "In the last year of his life he lost a lawsuit.", [("the last year", "P1Y")]),
    ("2025-01-02", "In the next month of the campaign he will tour Ohio.", [("the next month", "P1M")]),
    ("2013-03-24", "In the last year, he lost a lawsuit.", [("the last year", "2012")]),
    ("2013-03-24", "Sales fell in the last week of March.", [("the last week of March", "2013-W13")]),
])
def test_the_last_unit_of_a_stretch(published, sentence, expected):
    assert values(sentence, published) == expected



@pytest.mark.parametrize("published,sentence,expected", [
    # "the week before" with a gerund after it is no offset: "before" goes with what follows
    ("2013-03-15", "Temperatures will stay low for the rest of the week before warming up over the weekend.",
     [("the weekend", "2013-W11-WE")]),
    # on a Sunday, the weekend ahead is next week's
    ("2013-03-17", "Temperatures will rise over the weekend.", [("the weekend", "2013-W12-WE")]),
    ("2013-03-16", "Temperatures will rise over the weekend.", [("the weekend", "2013-W11-WE")]),
])
def test_the_week_before_a_gerund_and_the_weekend_ahead_on_a_sunday(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # "year-to-date", "month to date": the publication's unit, so far
    ("2013-03-28", "The index has gained 10 percent year-to-date.", [("year-to-date", "2013")]),
    ("2013-01-02", "Sales are up 5% month to date.", [("month to date", "2013-01")]),
])
def test_a_unit_to_date(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # "the week ended (ending) Friday" is the week of that Friday
    ("2013-03-25", "The index rose 2 percent in the week ending Friday.", [("the week", "2013-W12"), ("Friday", "2013-03-22")]),
    ("2013-01-02", "The index rose 2 percent in the week ended Friday.", [("the week", "2012-W52"), ("Friday", "2012-12-28")]),
    ("2013-03-25", "Claims will be counted for the week ending Saturday.", [("the week", "2013-W13"), ("Saturday", "2013-03-30")]),
])
def test_the_week_ended_on_a_weekday(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published", ["2013-03-17", "2025-01-01", "2024-02-29"])
def test_hours_later_is_a_length_on_the_day_told_of(published):
    # "later" is a signal of order, not part of a length; the length falls on the day the story tells of
    found = find_timexes("The fire started at 4pm on Friday. Two hours later it was out. Minutes later, it flared.", published)
    friday = found[0].value[:10]
    assert [(t.text, t.type, t.value, t.start) for t in found[1:]] == [
        ("Two hours", "DURATION", "PT2H", friday), ("Minutes", "DURATION", "PTXM", None)]
    assert values("Police arrived 20 minutes earlier than planned.", published) == [("20 minutes", "PT20M")]


@pytest.mark.parametrize("published", ["2013-03-17", "2025-01-01"])
def test_a_count_later_with_no_day_named_is_a_length_in_the_past(published):
    # told of the past with no day to count from, "two days later" cannot be two days after publication
    assert values("The fire was put out two days later.", published) == [("two days", "P2D")]
    assert values("The fire will be put out two days later.", published)[0][0] == "two days later"


@pytest.mark.parametrize("published,expected", [("2013-03-22", ("two decades", "P20Y")), ("2025-01-01", ("two decades later", "2015")),
                                                ("2015-12-31", ("two decades later", "2015"))])
def test_a_count_later_told_of_the_past_is_no_date_after_publication(published, expected):
    # "two decades later" is about twenty years: told of the past, a year after publication cannot be it
    assert values("The museum, which opened in 1995, closed two decades later.", published)[-1] == expected


@pytest.mark.parametrize("published,month,week,year", [
    ("2013-03-22", "2013-02", "2013-W11", "2012"), ("2025-01-01", "2024-12", "2024-W52", "2024"), ("1989-10-26", "1989-09", "1989-W42", "1988")])
def test_the_latest_unit_is_the_last_whole_one_or_the_one_just_named(published, month, week, year):
    # the latest figures are of a period that has ended ("the latest fiscal year" told in October 1989 is 1988)
    assert values("Claims fell in the latest week.", published) == [("the latest week", week)]
    assert values("Prices rose in the latest month.", published) == [("the latest month", month)]
    assert values("Profit rose in the latest fiscal year.", published) == [("the latest fiscal year", year)]
    # in apposition to a month named, that month
    found = values("Unemployment hit a record in January, the latest month for which figures exist.", published)
    assert found[0][1] == found[1][1] and found[1][0] == "the latest month"


@pytest.mark.parametrize("published,this_week,coming_week", [
    ("2023-09-10", "2023-W36", "2023-W37"),  # a Sunday
    ("2024-12-29", "2024-W52", "2025-W01"),  # a Sunday across a year boundary
])
def test_on_a_sunday_this_week_ahead_is_the_week_that_starts_tomorrow(published, this_week, coming_week):
    assert values("Temperatures will fall later this week.", published) == [("later this week", coming_week)]
    assert values("The president will travel to Asia this week.", published) == [("this week", coming_week)]
    assert values("Prices rose sharply this week.", published) == [("this week", this_week)]
    assert values("Earlier this week, prices rose.", published) == [("Earlier this week", this_week)]
    # on any other day, it is the week holding the publication
    saturday = (date.fromisoformat(published) - timedelta(days=1)).isoformat()
    assert values("Temperatures will fall later this week.", saturday) == [("later this week", this_week)]


@pytest.mark.parametrize("published", ["2024-06-11", "1998-03-04"])
def test_a_short_time_ago(published):
    assert values("He sent this report a short time ago.", published) == [("a short time ago", "PAST_REF")]
    assert values("It took a while.", published) == [("a while", "PXX")]


@pytest.mark.parametrize("published,expected", [
    ("2024-12-15", "2025"), ("2024-10-01", "2025"), ("2025-01-10", "2025"), ("2025-03-31", "2026"), ("2025-09-30", "2026")])
def test_the_new_year_is_the_year_about_to_start_or_just_begun(published, expected):
    # told of ahead: the next one, but in January the one begun
    assert values("They vowed to keep protesting through the new year.", published) == [("the new year", expected)]
    assert values("Talks will resume in the New Year.", published) == [("the New Year", expected)]
    # told of the past: the one begun
    assert values("Prices rose in the new year.", published) == [("the new year", published[:4])]
    # the holiday's own days stay days
    assert values("Fireworks lit the sky on New Year's Eve.", published)[0][0] == "New Year's Eve"


@pytest.mark.parametrize("published", ["2024-12-12", "2025-07-02", "2026-01-04"])
def test_the_week_beginning_a_day_is_that_days_week(published):
    day = date.fromisoformat(published)
    monday = day + timedelta(days=(0 - day.weekday()) % 7 or 7)
    week = monday.strftime("%G-W%V")
    assert values(f"Deliveries are expected in the week beginning {monday:%B} {monday.day}.", published) == [
        (f"the week beginning {monday:%B} {monday.day}", week)]
    assert parsed_values("Deliveries are expected in the week starting Monday.", published)[0] == ("the week", week)


@pytest.mark.parametrize("published", ["2024-11-14", "2025-01-02"])
def test_the_year_to_date_is_the_year_so_far(published):
    assert values("The firm reported a loss for the year to date.", published) == [("the year to date", published[:4])]
    assert values("Shares are up 35 percent year to date.", published) == [("year to date", published[:4])]


@pytest.mark.parametrize("published", ["2026-11-30", "2025-01-02", "2024-12-31"])
def test_a_fraction_of_a_unit_ago_counts_in_the_next_smaller_unit(published):
    # "half a century ago" is fifty years back (not this year); "two and a half years ago" thirty months back
    day = date.fromisoformat(published)
    assert values("They walked on the Moon half a century ago.", published) == [("half a century ago", str(day.year - 50))]
    assert values("The plant closed half a decade ago.", published) == [("half a decade ago", str(day.year - 5))]
    def months_back(n: int) -> str:
        months = day.year * 12 + day.month - 1 - n
        return f"{months // 12}-{months % 12 + 1:02d}"

    assert values("The plant closed two and a half years ago.", published) == [("two and a half years ago", months_back(30))]
    assert values("The plant closed a year and a half ago.", published) == [("a year and a half ago", months_back(18))]
    # a fraction of a week is the week of the whole days back or ahead
    def week_of(d: date) -> str:
        return "{}-W{:02d}".format(*d.isocalendar()[:2])

    assert values("The plant closed one and a half weeks ago.", published) == [("one and a half weeks ago", week_of(day - timedelta(days=10)))]
    assert values("The vote is two and a half weeks from now.", published) == [("two and a half weeks from now", week_of(day + timedelta(days=17)))]


@pytest.mark.parametrize("published", ["2026-12-08", "2025-01-06", "2024-03-04"])
def test_what_people_are_urged_to_get_done_lies_ahead(published):
    # "were urged to get vaccinated before the end of the month": the passive with "get" looks ahead as with "be"
    found = parsed_values("People were urged to get vaccinated before the end of the month.", published)
    assert found == [("the end of the month", published[:7])]


@pytest.mark.parametrize("published", ["2026-12-02", "2025-01-01", "2024-02-29"])
def test_this_time_last_year_is_the_publication_day_a_year_back(published):
    day = date.fromisoformat(published)
    back = day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)
    assert values("This time last year, a similar storm left 200,000 homes without power.", published)[0] == (
        "This time last year", back.isoformat())


@pytest.mark.parametrize("published", ["2026-11-28", "2025-01-04", "2024-03-02"])
def test_to_the_day_says_how_exact_and_names_no_day(published):
    # "a week to the day after the claims were reported": "the day after" is no day after publication
    found = values("The minister resigned on Saturday, a week to the day after newspapers first reported the claims.", published)
    assert [text for text, _ in found] == ["Saturday", "a week"]
    # moved to the day before a day named: that day
    assert values("The vote was moved to the day before the summit.", published)[0][0] == "the day before"


@pytest.mark.parametrize("published", ["2026-06-10", "2026-01-01", "2026-12-31"])
def test_a_part_of_a_unit_is_its_start_or_end(published):
    year = int(published[:4])
    assert [(t.text, t.value, t.mod) for t in find_timexes("The plant will open in the first part of next year.", published)] == [
        ("the first part of next year", str(year + 1), "START")]
    assert [(t.text, t.value, t.mod) for t in find_timexes("Growth picked up in the latter part of last year.", published)] == [
        ("the latter part of last year", str(year - 1), "END")]
    assert [t.mod for t in find_timexes("The vote is in the early part of next week.", published)] == ["START"]


@pytest.mark.parametrize("published", ["2026-06-10", "2026-01-10", "2026-10-01"])
def test_the_season_before_last_is_two_back(published):
    day = date.fromisoformat(published)
    last_summer = day.year if day.month >= 9 else day.year - 1  # a summer over by the end of August
    assert values("The drought began the summer before last.", published) == [("the summer before last", f"{last_summer - 1}-SU")]
    next_summer = day.year if day.month < 6 else day.year + 1
    assert values("The games open the summer after next.", published) == [("the summer after next", f"{next_summer + 1}-SU")]
    # "before last year's floods" is no "before last"
    assert [t for t, _ in values("Fires burned the summer before last year's floods.", published)] == ["the summer", "last year"]


@pytest.mark.parametrize("published", ["2026-06-10", "2026-12-31", "2028-02-28"])
def test_whole_days_of_hours_from_a_day_are_days(published):
    day = date.fromisoformat(published)
    assert values("The storm will make landfall 48 hours from now.", published) == [("48 hours from now", (day + timedelta(days=2)).isoformat())]
    assert values("The attack came 72 hours ago.", published) == [("72 hours ago", (day - timedelta(days=3)).isoformat())]
    # hours that are no whole days, with no clock time to count from, are only before or after
    assert values("The attack came two hours ago.", published) == [("two hours ago", "PAST_REF")]
    # with one, that clock time
    assert values("The attack came 48 hours ago.", f"{published}T14:00") == [("48 hours ago", f"{day - timedelta(days=2)}T14:00")]


@pytest.mark.parametrize("published", ["2013-12-30", "2026-03-11", "2026-01-01"])
def test_the_weekend_then_after_an_event_is_the_weekend(published):
    day = date.fromisoformat(published)
    saturday = day - timedelta(days=(day.weekday() - 5) % 7 or 7)
    week = saturday.isocalendar()
    assert values("Lawmakers approved the budget at the weekend after a long debate.", published) == [
        ("the weekend", f"{week[0]}-W{week[1]:02d}-WE")]
    # a weekend counted from a day named after it keeps "after"
    assert values("Shops were busy the weekend before Christmas.", published)[0][0] == "the weekend before"


@pytest.mark.parametrize("published", ["2013-03-14", "2025-01-02", "2024-12-31"])
def test_the_prior_unit_is_the_previous_one(published):
    # business copy writes "the prior year" for "the previous year"; each counts back from the time the text is at
    day = date.fromisoformat(published)
    year = day.year
    assert values("Revenue rose 5 percent from the prior year.", published) == [("the prior year", str(year - 1))]
    month = (year if day.month > 1 else year - 1, day.month - 1 or 12)
    before = (month[0] if month[1] > 1 else month[0] - 1, month[1] - 1 or 12)
    found = values("Sales last month rose 3 percent from the prior month.", published)
    assert found == [("last month", f"{month[0]}-{month[1]:02d}"), ("the prior month", f"{before[0]}-{before[1]:02d}")]
    assert values("The prior day, shares had fallen 2 percent.", published) == [("The prior day", (day - timedelta(days=1)).isoformat())]


@pytest.mark.parametrize("published", ["2013-12-06", "2024-01-02", "2025-06-30"])
def test_an_ago_keeps_the_mod_of_its_first_word(published):
    year = int(published[:4])
    found = find_timexes("It opened more than a year ago, and the jet had left Seoul about 10 hours earlier.", published)
    assert [(t.text, t.value, t.mod) for t in found] == [("more than a year ago", str(year - 1), "BEFORE"), ("about 10 hours", "PT10H", "APPROX")]
    found = find_timexes("Sales fell nearly two years ago, and the plant closed about a decade ago.", published)
    assert [(t.value, t.mod) for t in found] == [(str(year - 2), "AFTER"), (str(year - 10), "APPROX")]


@pytest.mark.parametrize("published", ["2013-12-06", "2024-01-02", "2025-06-30"])
def test_a_length_before_earlier_this_year_is_no_ago(published):
    found = find_timexes("He had been in hospital for nearly three months earlier this year.", published)
    assert [(t.text, t.value, t.mod) for t in found] == [("nearly three months", "P3M", "EQUAL_OR_LESS"), ("earlier this year", published[:4], None)]
