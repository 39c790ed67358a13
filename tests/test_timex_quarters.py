"""Quarters and halves (kg/timex/quarters.py): numbered, named by a month or the day they end, a company's own (fiscal), in
pairs, as a rule, and the quarter a results story reports."""

from __future__ import annotations

from datetime import date

import pytest

from kg.timex import find_timexes
from tests.conftest import timex_values as values
from tests.test_tense import parsed_values


@pytest.mark.parametrize("published,quarter", [("1989-10-26", "1989-Q3"), ("2024-02-01", "2023-Q4")])
def test_the_latest_period_is_the_quarter_reported(published, quarter):
    named = "the fourth quarter" if quarter.endswith("Q4") else "the third quarter"
    text = f"Net income rose in {named}. Sales in the latest period were flat."
    assert values(text, published) == [(named, quarter), ("the latest period", quarter)]
    assert values("Sales in the latest period were flat.", published) == []


@pytest.mark.parametrize("published,sentence,expected", [
    ("2025-05-21", "Revenue rose 5% in Q1 2025.", ("Q1 2025", "2025-Q1")),
    ("2025-05-21", "Profit fell in Q3.", ("Q3", "2024-Q3")),                  # the last third quarter, in the past
    ("2025-05-21", "Output in H2 2024 was flat.", ("H2 2024", "2024-H2")),
    # a fiscal year's label after the code: that year's quarter, as the label alone is read
    ("2025-05-21", "Revenue for Q3FY26 rose 12 percent.", ("Q3FY26", "2026-Q3")),
    ("2026-12-31", "Revenue for Q3 FY26 rose 12 percent.", ("Q3 FY26", "2026-Q3")),
    ("1998-02-13", "Revenue for 3Q FY98 rose 12 percent.", ("3Q FY98", "1998-Q3")),
])
def test_quarter_and_half_codes(published, sentence, expected):
    assert values(sentence, published) == [expected]


def test_the_end_of_a_quarter_has_its_modifier():
    (t,) = find_timexes("The deal closes by the end of the second quarter.", "2013-03-22")
    assert (t.value, t.mod) == ("2013-Q2", "END")


@pytest.mark.parametrize("published,sentence,expected", [
    # "the quarter ended Feb. 28" is the calendar quarter holding most of its months
    ("2013-03-21", "For the quarter ended Feb. 28, profit rose.", ("the quarter", "2013-Q1")),
    ("1989-10-30", "In the quarter ended July 31, sales fell.", ("the quarter", "1989-Q2")),
    ("1989-10-30", "For the quarter ended Sept. 30, sales fell.", ("the quarter", "1989-Q3")),
    ("2025-03-15", "In the quarter ended Jan. 31, 2025, sales fell.", ("the quarter", "2024-Q4")),
    ("2025-01-15", "In the quarter ended Jan. 31, sales fell.", ("the quarter", "2023-Q4")),
    ("2013-03-21", "Sales in the quarter ending May 31 should rise.", ("the quarter", "2013-Q2")),
])
def test_a_quarter_named_by_the_day_it_ends(published, sentence, expected):
    assert values(sentence, published)[0] == expected


def test_a_forecast_quarter_is_not_the_one_reported():
    text = ("For the quarter ended Feb. 28, Oracle earned $2.5 billion. Sales would fall again in the fourth quarter. "
            "In the year-earlier period, sales were higher.")
    assert values(text, "2013-03-21")[-1] == ("the year-earlier period", "2012-Q1")


@pytest.mark.parametrize("published,sentence,expected", [
    # a numbered quarter "ended" on a day is that quarter of the day's year (a fiscal quarter keeps its number)
    ("2013-03-21", "For the fiscal third quarter ended Feb. 28, profit rose.", ("the fiscal third quarter", "2013-Q3")),
    ("1989-10-27", "In the second quarter ended Oct. 31, the company lost money.", ("the second quarter", "1988-Q2")),
    ("2025-01-15", "In the fourth quarter ended Dec. 31, sales rose.", ("the fourth quarter", "2024-Q4")),
    # also in a relative clause
    ("2013-03-20", "For the fiscal third quarter, which ended Feb. 28, profit rose.", ("the fiscal third quarter", "2013-Q3")),
    ("2025-01-15", "In the second quarter, which ended Nov. 30, sales rose.", ("the second quarter", "2024-Q2")),
])
def test_a_numbered_quarter_ended_on_a_day(published, sentence, expected):
    assert values(sentence, published)[0] == expected


@pytest.mark.parametrize("published,text,expected", [
    # once a story reports a company's own quarter, "the quarter" is that one, as the gold writes it
    ("2013-03-20", "For the fiscal third quarter, which ended Feb. 28, net income rose. Sales fell 2 percent in the quarter.",
     "2013-Q3"),
    ("1989-10-26", "It earned $5.2 million in the fiscal first quarter. Sun shipped 28,000 systems in the quarter.", "1989-Q1"),
    # a calendar quarter reported leaves "the quarter" the last one completed
    ("2013-03-20", "Profit rose in the fourth quarter. Sales fell 2 percent in the quarter.", "2012-Q4"),
    ("2013-08-20", "Profit rose in the first quarter. Sales fell 2 percent in the quarter.", "2013-Q2"),
])
def test_the_quarter_after_a_companys_own_quarter(published, text, expected):
    assert values(text, published)[-1] == ("the quarter", expected)


@pytest.mark.parametrize("published,sentence,expected", [
    # "fiscal" before an ordinal quarter used as an adjective is part of it, as "the fiscal first quarter" is
    ("2013-03-22", "It will report fiscal second-quarter results on April 23.", [("fiscal second-quarter", "2013-Q2"), ("April 23", "2013-04-23")]),
    ("2025-01-02", "It reported fiscal third-quarter earnings.", [("fiscal third-quarter", "2025-Q3")]),  # a fiscal year is ahead of the calendar
    ("1989-10-26", "Its fiscal-first-quarter loss narrowed.", [("fiscal-first-quarter", "1989-Q1")]),
])
def test_fiscal_ordinal_quarter_as_an_adjective(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a quarter named by its last month: the quarter holding that month, in the year the month alone would be in
    ("2013-03-22", "In the December quarter, sales of tablets doubled.", [("the December quarter", "2012-Q4")]),
    ("2013-03-22", "Sales will rise in the June quarter.", [("the June quarter", "2013-Q2")]),
    ("2013-04-25", "It posted March-quarter profit of $2 billion.", [("March-quarter", "2013-Q1")]),
    ("2025-01-10", "The September quarter was weak.", [("The September quarter", "2024-Q3")]),
    ("2013-03-22", "Growth slowed in the October-December quarter.", [("the October-December quarter", "2012-Q4")]),
    # with the months' abbreviations
    ("2013-03-22", "Growth slowed in the Oct.-Dec. quarter.", [("the Oct.-Dec. quarter", "2012-Q4")]),
    ("2024-05-05", "The Jan.-March quarter was weak.", [("The Jan.-March quarter", "2024-Q1")]),
    ("2025-01-10", "Profit rose in the Sept. quarter.", [("the Sept. quarter", "2024-Q3")]),
    # the holiday quarter is the December one
    ("2013-03-22", "It sold 47.8 million iPhones in the holiday quarter.", [("the holiday quarter", "2012-Q4")]),
    ("2013-03-22", "Sales in the holiday quarter will rise.", [("the holiday quarter", "2013-Q4")]),
    ("2013-03-22", "Sales in the holiday period rose.", []),
    (None, "The September quarter was weak.", [("The September quarter", "XXXX-Q3")]),
])
def test_a_quarter_named_by_its_month(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a span of months that makes up a calendar quarter or half is that quarter or half
    ("2013-03-22", "The figures for the October-December period were revised.", [("the October-December period", "2012-Q4")]),
    ("2013-03-22", "Sales in the January-March period rose.", [("the January-March period", "2013-Q1")]),
    ("2013-08-02", "The April-June period was weak.", [("The April-June period", "2013-Q2")]),
    ("2013-01-02", "Hiring will pick up in the January-June period.", [("the January-June period", "2013-H1")]),
    ("2014-01-06", "Exports fell in the July-December period.", [("the July-December period", "2013-H2")]),
    # other spans are their months
    ("2013-03-22", "Sales in the January-February period rose.", [("January", "2013-01"), ("February", "2013-02")]),
    ("2013-03-22", "Sales in the December period rose.", [("December", "2012-12")]),
])
def test_a_period_of_months_making_a_quarter_or_half(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # two quarters sharing one noun: each is a quarter, of the year named after the second
    ("2013-03-19", "The economy contracted in the second and third quarters of last year.",
     [("the second", "2012-Q2"), ("third quarters of last year", "2012-Q3")]),
    ("2025-01-01", "Sales rose in the first and second quarters of 2012.", [("the first", "2012-Q1"), ("second quarters of 2012", "2012-Q2")]),
    # what happens as a rule in a quarter happens in every one (a SET)
    ("1989-10-26", "Its auctions are usually held in the second and fourth quarters.", [("the second", "XXXX-Q2"), ("fourth quarters", "XXXX-Q4")]),
    ("2013-03-19", "Sales typically peak in the fourth quarter.", [("the fourth quarter", "XXXX-Q4")]),
    ("2013-03-19", "Sales peaked in the fourth quarter.", [("the fourth quarter", "2012-Q4")]),
    ("2013-03-19", "Sales rise every year in the fourth quarter.", [("every year", "P1Y"), ("the fourth quarter", "XXXX-Q4")]),
    # the rule holds in its own clause only
    ("2013-03-19", "The firm, which usually reports in the second quarter, said profit fell in the fourth quarter.",
     [("the second quarter", "XXXX-Q2"), ("the fourth quarter", "2012-Q4")]),
])
def test_quarters_in_pairs_and_as_a_rule(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published", ["2013-03-20", "2025-01-01", "2024-10-01"])
@pytest.mark.parametrize("sentence,is_time", [
    # a quarter of a game: the sentence tells of play and not of money
    ("Miami trailed by 17 points in the third quarter.", False),
    ("He hit a jumper with 10.5 seconds left in the fourth quarter.", False),
    ("The Ravens scored two touchdowns in the second quarter.", False),
    # a quarter of the year: money is told of, or a year or "fiscal" is named
    ("Profit rose 5 percent in the third quarter.", True),
    ("Sales led the gains in the fourth quarter.", True),
    ("The team's points tally rose in the third quarter of 2012.", True),
    ("Technology stocks led the market higher in the third quarter.", True),  # "led" and "points" are words of
    ("The Dow rose 200 points in the fourth quarter.", True),                 # markets too
])
def test_a_quarter_of_a_game_is_no_time(published, sentence, is_time):
    assert any("quarter" in t for t, _ in values(sentence, published)) == is_time


@pytest.mark.parametrize("published,text,expected", [
    # a fiscal quarter reported as over while its calendar quarter runs: "the current quarter" is the next
    ("2013-03-19", "Net income fell in its fiscal first quarter, which ended March 2. It forecast lower revenue for the current quarter.",
     ("the current quarter", "2013-Q2")),
    ("2024-12-18", "Profit rose in the fiscal fourth quarter ended Nov. 30. Sales in the current quarter will be flat.",
     ("the current quarter", "2025-Q1")),
    # a calendar quarter reported after it ended: the current quarter is the one running
    ("1989-10-26", "It reported a third-quarter loss. It said the current quarter had begun well.", ("the current quarter", "1989-Q4")),
    ("2013-03-19", "Revenue will rise in the current quarter.", ("the current quarter", "2013-Q1")),
    # results of "this quarter" told as done are the reported quarter's
    ("1989-11-01", "It reported a loss for the third quarter ended Sept. 30. This quarter's loss includes charges.",
     ("This quarter", "1989-Q3")),
    ("2013-04-25", "It reported a loss for the first quarter. This quarter's sales will rise.", ("This quarter", "2013-Q2")),
    ("2013-04-25", "This quarter's sales fell.", ("This quarter", "2013-Q2")),
])
def test_this_and_the_current_quarter_beside_the_quarter_reported(published, text, expected):
    assert values(text, published)[-1] == expected


@pytest.mark.parametrize("published,text,expected", [
    # a fiscal quarter is named by the fiscal year it belongs to, never put back a year
    ("2013-01-24", "Microsoft reported a 4 percent drop in fiscal second-quarter profit.", [("fiscal second-quarter", "2013-Q2")]),
    ("2013-01-24", "Profit fell in its fiscal second quarter.", [("fiscal second quarter", "2013-Q2")]),
    ("2013-01-24", "Profit fell in the second quarter.", [("the second quarter", "2012-Q2")]),
    ("2013-03-28", "It will stop reporting the figures after the first quarter of fiscal 2014.",
     [("the first quarter of fiscal 2014", "2014-Q1")]),
    # "the quarter" naming it again keeps it the company's own
    ("2013-03-28", "It earned $98 million in its fiscal fourth quarter. It had 76 million users at the end of the quarter.",
     [("fiscal fourth quarter", "2013-Q4"), ("the end of the quarter", "2013-Q4")]),
])
def test_a_fiscal_quarter(published, text, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize("published,last_completed,before_it", [
    ("2013-03-22", "2012-Q4", "2012-Q3"), ("2025-01-01", "2024-Q4", "2024-Q3"), ("2024-07-01", "2024-Q2", "2024-Q1")])
def test_the_previous_quarter_is_a_quarter_not_three_months(published, last_completed, before_it):
    assert values("The company posted a loss in the previous quarter.", published) == [("the previous quarter", last_completed)]
    assert values("Sales fell in the past quarter.", published) == [("the past quarter", last_completed)]
    # after the quarter a story reports on, the one before that
    ordinal = {"1": "first", "2": "second", "3": "third", "4": "fourth"}[last_completed[-1]]
    found = values(f"Sales rose in the {ordinal} quarter. They had fallen in the previous quarter.", published)
    assert found == [(f"the {ordinal} quarter", last_completed), ("the previous quarter", before_it)]


@pytest.mark.parametrize("published", ["2013-03-22", "2025-01-01"])
def test_the_past_quarter_century_is_25_years(published):
    assert values("He has led the firm for the past quarter century.", published) == [("the past quarter century", "P25Y")]
    assert values("In the first quarter century of its life, it grew.", published) == [("the first quarter century", "P25Y")]


@pytest.mark.parametrize("published,year", [("2013-01-20", 2012), ("2025-02-14", 2024)])
def test_results_ahead_of_the_quarter_just_ended_are_of_that_quarter(published, year):
    # "will report fourth-quarter results" in January: the quarter that has just ended, not this year's
    found = values("The company will report fourth-quarter results on Feb. 25.", published)
    assert found[0] == ("fourth-quarter", f"{year}-Q4")
    # what will happen in a quarter ahead is that year's
    assert values("The plant will open in the fourth quarter.", published) == [("the fourth quarter", f"{year + 1}-Q4")]


@pytest.mark.parametrize("published,year", [("2013-03-22", 2013), ("2025-01-01", 2025)])
def test_a_half_without_a_year_in_a_sentence_of_money_is_the_year_s(published, year):
    assert values("Sales should improve in the second half.", published) == [("the second half", f"{year}-H2")]
    assert values("First-half profit rose 10 percent.", published) == [("First-half", f"{year}-H1")]
    assert values("Profit fell in the second half.", published) == [("the second half", f"{year - 1}-H2")]
    # a half of a game, a film: no time
    assert values("Messi scored in the second half.", published) == []
    assert values("Barcelona scored twice in the second half, earning $1 million.", published) == []
    assert values("The second half of the film is better.", published) == []
    (found,) = find_timexes("Sales slowed in the second half of February.", published)  # February's, not the year's
    assert (found.text, found.value[5:], found.mod) == ("the second half of February", "02", "END")


@pytest.mark.parametrize("published", ["2024-06-17", "1989-10-26"])
def test_a_year_ago_with_nothing_compared_is_no_quarter(published):
    year = int(published[:4])
    found = values("The company reports second-quarter results on July 25. A year ago it recalled 300,000 cars.", published)
    assert found[-1] == ("A year ago", str(year - 1))
    # figures compared, with or without words of money, are the quarter's
    found = values("Profit rose 5 percent in the second quarter from a year ago.", published)
    assert found[-1][1] == f"{year - 1}-Q2"
    found = values("It reported second-quarter results. It has 13 plants, up from seven a year ago.", published)
    assert found[-1][1] == f"{year - 1}-Q2"


@pytest.mark.parametrize("published,month", [("2024-11-07", "2024-10"), ("2025-01-09", "2024-12"), ("2025-03-06", "2025-02")])
def test_a_year_earlier_after_a_months_figures_is_that_month_a_year_before(published, month):
    name = {"10": "October", "12": "December", "02": "February"}[month[5:]]
    year_before = f"{int(month[:4]) - 1}{month[4:]}"
    text = f"House prices fell 0.4 percent in {name}, figures showed on Thursday. Prices were 1.2 percent lower than a year earlier."
    assert values(text, published)[-1] == ("a year earlier", year_before)
    # no figures compared: the year before that month's
    text = f"The firm opened a plant in {name}. A year earlier, it had closed one."
    assert values(text, published)[-1][1] == str(int(month[:4]) - 1)


@pytest.mark.parametrize("published,october", [("2024-11-13", "2024-10"), ("2025-01-15", "2024-10")])
def test_the_previous_month_of_a_months_figures(published, october):
    text = ("Inflation eased to 2.3 percent in October from 2.5 percent in September, the office said on Wednesday, the lowest "
            "rate since March 2021. Core inflation slowed to 3.1 percent. Prices rose 0.2 percent from the previous month.")
    found = values(text, published)
    assert found[-1] == ("the previous month", f"{october[:4]}-09")
    assert ("March 2021", "2021-03") in found


@pytest.mark.parametrize("sentence", ["Markets are pricing in a further quarter-point cut.", "The bank cut rates by a quarter point.",
                                      "The yield rose a further quarter percentage point."])
def test_a_quarter_point_is_no_quarter(sentence):
    assert values(sentence, "2024-11-13") == []


@pytest.mark.parametrize("published,year", [("2024-09-10", "2024"), ("2025-02-03", "2025")])
def test_the_back_half_of_the_year(published, year):
    assert values("Analysts expect sales to slow in the back half of the year.", published) == [("the back half of the year", f"{year}-H2")]
    assert values("Sales should pick up in the back half.", published) == [("the back half", f"{year}-H2")]
    assert values("He sat in the back half of the bus.", published) == []


@pytest.mark.parametrize("published", ["2026-12-11", "2025-01-15", "2024-03-01"])
def test_the_same_period_a_year_before_is_the_storys_period_that_year(published):
    year = int(published[:4])
    found = values("Output fell in October. It was 2.1 percent lower than in the same month last year.", published)
    october = found[0][1]
    assert found[1] == ("the same month last year", f"{int(october[:4]) - 1}-10")
    found = values("Profit rose in the third quarter from the same quarter a year earlier.", published)
    assert found[1] == ("the same quarter a year earlier", f"{int(found[0][1][:4]) - 1}-Q3")
    found = values("Sales rose 5% in the first half, compared with the same period of 2019.", published)
    assert found[1] == ("the same period of 2019", "2019-H1")
    # with no period named, the publication's
    assert values("Sales were up on the same month last year.", published) == [
        ("the same month last year", f"{year - 1}-{published[5:7]}")]


@pytest.mark.parametrize("published", ["2013-03-08", "2025-04-04", "2026-03-06"])
def test_a_pair_of_months_revised_is_not_the_month_reported_on(published):
    # "fell to 7.7 percent in February ... Job growth in December and January was revised ... a year ago": February's
    year = int(published[:4])
    found = values("The unemployment rate fell to 7.7 percent in February, the Labor Department said Friday. Job growth in "
                   "December and January was revised up by 5,000. The rate has fallen from 8.3 percent a year ago.", published)
    assert found[-1] == ("a year ago", f"{year - 1}-02")
    # with no month reported before, the pair's first
    found = values("Sales rose 3% in October and November. That was up from 1% a year earlier.", published)
    assert found[-1] == ("a year earlier", f"{int(found[0][1][:4]) - 1}-10")


@pytest.mark.parametrize("published", ["2026-12-07", "2026-07-15", "2027-03-31"])
def test_a_quarter_long_gone_told_of_as_to_come_is_next_year_s(published):
    day = date.fromisoformat(published)
    current = (day.month - 1) // 3 + 1
    year = day.year + 1 if current - 1 >= 2 else day.year
    assert parsed_values("The company will close its factory by the end of the first quarter.", published) == [
        ("the end of the first quarter", f"{year}-Q1")]
    assert parsed_values("The company said on Monday that it would close its factory in the first quarter.", published)[-1] == (
        "the first quarter", f"{year}-Q1")
    # told of the past, or of results of a quarter gone, it stays this year's
    assert parsed_values("The company closed its factory in the first quarter.", published) == [("the first quarter", f"{day.year}-Q1")]
    assert parsed_values("The company will report first-quarter results on Friday.", published)[0][1] == f"{day.year}-Q1"


@pytest.mark.parametrize("published", ["2026-11-19", "2027-01-28", "2026-04-30"])
def test_the_same_period_last_year_after_a_year_earlier_is_the_reported_quarters(published):
    year, month = int(published[:4]), int(published[5:7])
    reported_year = year if month >= 10 else year - 1  # the third quarter last reported
    text = ("It reported third-quarter revenue of $4.8 billion, up 22% from a year earlier. "
            "Net income rose to $1.1 billion from $870 million in the same period last year.")
    assert values(text, published) == [
        ("third-quarter", f"{reported_year}-Q3"), ("a year earlier", f"{reported_year - 1}-Q3"),
        ("the same period last year", f"{reported_year - 1}-Q3")]


@pytest.mark.parametrize("published", ["2026-03-11", "2026-03-31", "2026-04-02", "2027-01-15"])
def test_a_period_that_ended_on_a_day_is_over(published):
    pub = date.fromisoformat(published)
    ended = date(pub.year, 3, 31) if date(pub.year, 3, 31) <= pub else date(pub.year - 1, 3, 31)
    assert parsed_values("Profits fell in the year ended March 31.", published)[-1] == ("March 31", ended.isoformat())
    assert parsed_values("Profits fell in the quarter that ended on March 31.", published)[-1] == ("March 31", ended.isoformat())
    # "the 12 months to", "the three months through" a day, told in the past, as "the year ended" it
    assert parsed_values("Profits rose in the 12 months to March 31.", published)[-1] == ("March 31", ended.isoformat())
    assert parsed_values("Profits rose in the three months through March 31.", published)[-1] == ("March 31", ended.isoformat())
    # one still to end is this year's, near publication
    ending = date(pub.year, 3, 31) if (date(pub.year, 3, 31) - pub).days >= -30 else date(pub.year + 1, 3, 31)
    assert parsed_values("Profits will fall in the year ending March 31.", published)[-1] == ("March 31", ending.isoformat())



@pytest.mark.parametrize("published,quarter_year", [("2026-11-18", 2026), ("2027-01-08", 2026), ("2026-02-25", 2026)])
def test_the_same_period_after_a_quarter_and_the_day_it_ended_is_that_quarter(published, quarter_year):
    text = f"Revenue for the fiscal third quarter, which ended Oct. 31, {quarter_year}, rose 34 percent from the same period a year earlier."
    found = values(text, published)
    assert found[-1] == ("the same period a year earlier", f"{quarter_year - 1}-Q3")
    # a day named with no quarter before it keeps the day
    assert values(f"Sales on Oct. 31, {quarter_year} doubled from the same period a year earlier.", published)[-1] == (
        "the same period a year earlier", f"{quarter_year - 1}-10-31")


@pytest.mark.parametrize("published", ["2026-06-03", "2025-12-31", "2027-01-02"])
def test_a_quarter_or_half_written_number_first(published):
    assert values("Revenue in 3Q 2025 fell.", published) == [("3Q 2025", "2025-Q3")]
    assert values("Sales in 1H 2026 rose 5%.", published) == [("1H 2026", "2026-H1")]
    assert values("Sales in the 2Q rose 5%.", published)[0][0] == "2Q"
    # in lower case it is an hour or something else, not a quarter
    assert values("He ran the race in 1h 2m.", published) == []
    assert all(v[0] != "2q" for v in values("The 2q results are out.", published))
    assert values("Elections are expected in Q4 2026.", published) == [("Q4 2026", "2026-Q4")]


def test_a_quarter_counted_in_a_run_is_no_date():
    for sentence in ("Sales had fallen for a fifth straight quarter.", "Profit rose for the third consecutive quarter.",
                     "It was the second successive quarter of growth."):
        assert values(sentence, "2026-02-10") == [], sentence
    assert values("Profit rose in the third quarter.", "2026-02-10") == [("the third quarter", "2025-Q3")]


@pytest.mark.parametrize("published", ["2026-12-07", "2027-01-02"])
def test_this_fiscal_alone_is_this_fiscal_year(published):
    year = int(published[:4])
    found = values("Growth was 6.5 percent last fiscal, and will be 7 percent this fiscal.", published)
    assert found == [("last fiscal", str(year - 1)), ("this fiscal", str(year))]
    # before a noun, "fiscal" is the noun's
    assert values("This fiscal policy is wrong, and the next fiscal stimulus will come.", published) == []


@pytest.mark.parametrize("published", ["2026-12-03", "2027-02-01", "2025-07-15"])
def test_a_half_or_quarter_code_with_a_year_s_last_two_figures(published):
    assert parsed_values("Sales grew 12% in 1H26.", published) == [("1H26", "2026-H1")]
    assert parsed_values("Margins should improve in 2H26 and in Q1 '27.", published) == [("2H26", "2026-H2"), ("Q1 '27", "2027-Q1")]
    assert parsed_values("The H1'25 figures were restated.", published) == [("H1'25", "2025-H1")]
    # a model's name or a virus is no quarter
    assert parsed_values("Shares of the Q450 maker rose. The H1N1 virus spread.", published) == []


@pytest.mark.parametrize("published", ["2013-09-10", "2025-01-15", "2024-12-31"])
def test_a_year_earlier_after_the_year_named_since_a_quarter_is_the_year_before(published):
    year = int(published[:4])
    quarter = "2013-Q2" if year == 2013 else f"{year - 1}-Q2" if published[5:7] < "07" else f"{year}-Q2"
    found = values("It sold 31.2 million iPhones in the June quarter. Sales for the year rose 20 percent from a year earlier.", published)
    the_year = found[1][1]  # the publication's year, or the one just ended told in January
    assert the_year in (str(year), str(year - 1)) and found[2] == ("a year earlier", str(int(the_year) - 1))
    # the quarter's own sentence compares the quarter
    found = values("It sold 31.2 million iPhones in the June quarter, up from 26 million a year earlier.", published)
    assert [v for _, v in found] == [quarter, f"{int(quarter[:4]) - 1}-Q2"]


@pytest.mark.parametrize("published", ["2013-03-14", "2025-01-02", "2024-12-31"])
def test_a_half_or_part_of_a_month_is_the_month_with_its_part(published):
    assert values("Sales slumped in the second half of February 2012.", published) == [("the second half of February 2012", "2012-02")]
    found = find_timexes("Output rose in the latter part of January 2012; the first half of April 2011 was calm.", published)
    assert [(t.text, t.value, t.mod) for t in found] == [("the latter part of January 2012", "2012-01", "END"),
                                                        ("the first half of April 2011", "2011-04", "START")]
    # a half of a year stays a half
    assert values("The report covers the first half of 2012.", published) == [("the first half of 2012", "2012-H1")]


@pytest.mark.parametrize("published,expected", [
    ("2013-08-07", ["2013-Q3", "2013-Q2"]),
    ("2013-02-07", ["2013-Q3", "2012-Q2"]),  # September ahead, June behind: the nearer of each
    ("2024-11-20", ["2025-Q3", "2024-Q2"]),  # a quarter that "will" rise is to come
])
def test_the_quarter_to_a_month_is_the_one_that_month_closes(published, expected):
    found = values("Profit for the quarter ending in September will rise. Sales for the quarter through June fell.", published)
    assert [v for t, v in found if "quarter" in t] == expected
    # a day the quarter ended on, after "on", is read as the month alone is
    year = int(published[:4]) - (published[5:] < "04-01")
    assert values("Profit in the quarter that ended on March 31 rose.", published)[0] == ("the quarter", f"{year}-Q1")
    # "to" before a word that is no month says nothing of the quarter
    assert values("He moved the quarter to Paris.", published) == values("He moved the quarter.", published)


@pytest.mark.parametrize("published", ["2024-03-07", "2024-12-31", "2025-01-02"])
def test_the_final_quarter_is_the_fourth(published):
    year = int(published[:4])
    assert values("The economy stagnated in the final quarter of 2023.", published) == [("the final quarter of 2023", "2023-Q4")]
    assert values("Growth slowed in the final quarter of last year.", published) == [("the final quarter of last year", f"{year - 1}-Q4")]
    assert values("Final-quarter profit rose 10 percent.", published)[0][0] == "Final-quarter"
    # a game's last quarter is no part of the year
    assert values("The Lakers scored 30 points in the final quarter to win the game.", published) == []


@pytest.mark.parametrize("published,reported,ahead", [("2013-01-24", "2012-Q4", "2013-Q1"), ("2024-07-30", "2024-Q2", "2024-Q3"),
                                                       ("2025-10-02", "2025-Q3", "2025-Q4")])
def test_the_previous_quarter_is_the_one_before_a_quarter_its_sentence_named(published, reported, ahead):
    reported_name = {"1": "first", "2": "second", "3": "third", "4": "fourth"}[reported[-1]]
    ahead_name = {"1": "first", "2": "second", "3": "third", "4": "fourth"}[ahead[-1]]
    before_ahead = reported  # the quarter before the one looked ahead to is the one reported
    text = f"Profit rose in the {reported_name} quarter. It expects earnings to fall in the {ahead_name} quarter from the previous quarter."
    assert parsed_values(text, published)[-1] == ("the previous quarter", before_ahead)
    # with none named in its sentence, the one before the quarter the story reports
    year, q = int(reported[:4]), int(reported[-1])
    before_reported = f"{year}-Q{q - 1}" if q > 1 else f"{year - 1}-Q4"
    assert parsed_values(f"Profit rose in the {reported_name} quarter. Sales were flat from the previous quarter.", published)[-1] == (
        "the previous quarter", before_reported)


@pytest.mark.parametrize("code,expected", [("2Q24", "2024-Q2"), ("3Q23", "2023-Q3"), ("1H24", "2024-H1"), ("Q4'23", "2023-Q4")])
def test_a_quarter_code_with_a_two_figure_year(code, expected):
    assert values(f"The company reported {code} results.", "2024-04-10") == [(code, expected)]


@pytest.mark.parametrize("published", ["2024-04-10", "2024-11-20", "2025-02-03"])
def test_a_fiscal_year_sets_no_scene_for_the_days_in_its_sentence(published):
    day = date.fromisoformat(published)
    october = day.year if day <= date(day.year, 10, 1) else day.year + 1  # the next Oct. 1
    for label in ("FY2030", "fiscal 2030"):
        assert parsed_values(f"The agency's {label} budget takes effect on Oct. 1.", published)[-1] == ("Oct. 1", f"{october}-10-01")
    assert parsed_values("In 2030, the budget takes effect on Oct. 1.", published)[-1] == ("Oct. 1", "2030-10-01")  # a calendar year does


@pytest.mark.parametrize("published,sentence,expected", [
    ("2023-08-16", "The bank raised rates in week 32.", [("week 32", "2023-W32")]),
    ("2023-08-16", "Shipments fell in calendar week 31 from the week before.", [("calendar week 31", "2023-W31"), ("the week before", "2023-W30")]),
    ("2023-08-16", "Orders rose in week 7 of 2022.", [("week 7 of 2022", "2022-W07")]),
    ("2023-08-16", "Sales will peak in week 40.", [("week 40", "2023-W40")]),
    ("2024-01-10", "Sales fell in week 52.", [("week 52", "2023-W52")]),   # a week still ahead, told in the past: last year's
    ("2021-03-03", "Output rose in week 53 of 2020.", [("week 53 of 2020", "2020-W53")]),
    # a season's or a game's week, a week of something else, a week 53 the year has not
    ("2023-09-20", "The team lost in Week 3 and won in week 4 of the season.", []),
    ("2023-09-20", "The Jets scored late to win in week 2.", []),
    ("2023-10-30", "It was week 12 of the strike.", []),
    ("2023-10-30", "Output rose in week 53 of 2023.", [("2023", "2023")]),
])
def test_a_week_by_its_number(published, sentence, expected):
    assert parsed_values(sentence, published) == expected


@pytest.mark.parametrize("published", ["2024-08-01", "1999-12-31", "2026-01-02"])
def test_a_fiscal_year_named_by_the_two_years_it_spans_is_the_year_it_ends_in(published):
    # as "FY25" is read, whenever it is told; two years that are no fiscal year are two years
    assert values("The 2023/24 financial year was hard; FY2024-25 looks better.", published) == [
        ("The 2023/24 financial year", "2024"), ("FY2024-25", "2025")]
    assert values("The budget for the 1999-00 fiscal year was approved.", published) == [("the 1999-00 fiscal year", "2000")]
    assert values("In fiscal 2019-2020, sales rose.", published) == [("fiscal 2019-2020", "2020")]
    assert values("He served 2019-21 as mayor.", published) == [("2019", "2019"), ("21", "2021")]


@pytest.mark.parametrize("published", ["2022-11-03", "2025-01-02"])
def test_quarter_on_quarter_compares_and_names_no_quarter(published):
    assert values("Profit rose quarter-on-quarter.", published) == []
    assert values("Sales rose 3 percent quarter over quarter.", published) == []
    assert values("Sales rose in the quarter.", published)[0][0] == "the quarter"


@pytest.mark.parametrize("published,quarter", [("2025-06-30", "2025-Q2"), ("2025-12-29", "2025-Q4"), ("2026-01-02", "2026-Q1")])
def test_the_quarter_that_ends_ahead_is_the_one_running(published, quarter):
    assert values("The quarter ends on Wednesday.", published)[0] == ("The quarter", quarter)
    assert values("Analysts expect the quarter will end with a loss.", published)[0] == ("the quarter", quarter)
    # told as over, it is the last one completed
    assert values("Profit rose 4% in the quarter.", published)[0][1] != quarter
