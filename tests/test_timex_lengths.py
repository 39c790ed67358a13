"""Lengths of time, sets and fixed words (kg/timex/lengths.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kg.timex import find_timexes
from tests.conftest import timex_values as values
from tests.test_tense import parsed_values


@pytest.mark.parametrize("phrase,type_,expected", [
    ("three years", "DURATION", "P3Y"), ("a decade", "DURATION", "P10Y"), ("months", "DURATION", "PXM"),
    ("two-week", "DURATION", "P2W"), ("every Tuesday", "SET", "XXXX-WXX-2"), ("daily", "SET", "P1D"),
    ("now", "DATE", "PRESENT_REF"), ("recently", "DATE", "PAST_REF"), ("the future", "DATE", "FUTURE_REF"),
    ("the other day", "DATE", "PAST_REF"), ("a few moments ago", "DATE", "PAST_REF"), ("recent decades", "DATE", "PAST_REF"),
])
def test_durations_sets_and_references(phrase, type_, expected):
    (t,) = find_timexes(f"It went on for {phrase} here.", "2025-05-21")
    assert (t.text, t.type, t.value) == (phrase, type_, expected)


@pytest.mark.parametrize("phrase,expected", [
    # amounts in digits with separators, in words with a scale, and fractions
    ("210 years", "P210Y"), ("1,500 years", "P1500Y"), ("two thousand years", "P2000Y"),
    ("2 1/2 years", "P2Y6M"), ("two and a half days", "P2DT12H"), ("a minute and a half", "PT1M30S"),
    ("one and a half hours", "PT1H30M"), ("20 more years", "P20Y"), ("an additional week", "P1W"),
])
def test_duration_amounts(phrase, expected):
    (t,) = find_timexes(f"The work went on for {phrase} in all.", "2025-05-21")
    assert (t.text, t.type, t.value) == (phrase, "DURATION", expected)


@pytest.mark.parametrize("published", ["2025-05-21", "1999-01-01"])
def test_the_past_before_an_amount_is_part_of_the_duration(published):
    found = [(t.text, t.value) for t in find_timexes("Prices rose in the past two months, and in the past they fell.", published)]
    assert found == [("the past two months", "P2M"), ("the past", "PAST_REF")]


@pytest.mark.parametrize("published", ["2025-05-21", "2013-12-31"])
def test_near_future_references(published):
    assert values("Prices should fall in the near future and in coming months.", published) == [
        ("the near future", "FUTURE_REF"), ("coming months", "PXM")]
    # some units ahead are a vague length, as some behind are ("recent weeks"), as the gold marks "coming weeks"
    assert values("Talks will go on in the coming days and weeks, as in recent weeks.", published) == [
        ("the coming days", "PXD"), ("weeks", "PXW"), ("recent weeks", "PXW")]
    # "the days ahead", "the hours ahead", as "the weeks ahead"; not the days "ahead of" a thing
    assert values("In the days ahead, and the hours ahead, the council will decide.", published) == [
        ("the days ahead", "PXD"), ("the hours ahead", "PTXH")]
    assert values("Talks went on in the days ahead of the vote.", published) == []


@pytest.mark.parametrize("phrase,expected", [
    ("every two weeks", "P2W"), ("every other year", "P2Y"), ("every four years", "P4Y"), ("every few days", "PXD"),
])
def test_every_n_units_is_a_set(phrase, expected):
    (t,) = find_timexes(f"Inspections take place {phrase}.", "2025-05-21")
    assert (t.text, t.type, t.value) == (phrase, "SET", expected)


@pytest.mark.parametrize("published", ["2025-05-21", "2024-12-31", "1998-02-13"])
@pytest.mark.parametrize("sentence,expected", [
    # the same month, season or holiday each year; every quarter
    ("Orangemen march each July.", [("each July", "XXXX-07")]),
    ("Farmers rest every winter and pay every quarter.", [("every winter", "XXXX-WI"), ("every quarter", "P1Q")]),
    ("He visits every Christmas.", [("every Christmas", "XXXX-12-25")]),
    ("The line is closed every weekend, and each weekend trains are replaced by buses.", [("every weekend", "XXXX-WXX-WE"), ("each weekend", "XXXX-WXX-WE")]),
    # a weekday in the plural, alone or after another it shares its part of the day with
    ("The shop closes on Mondays and on Tuesday nights.", [("Mondays", "XXXX-WXX-1"), ("Tuesday nights", "XXXX-WXX-2TNI")]),
    ("Flights leave on Monday and Tuesday nights.", [("Monday", "XXXX-WXX-1TNI"), ("Tuesday nights", "XXXX-WXX-2TNI")]),
])
def test_named_times_that_recur_are_sets(published, sentence, expected):
    found = find_timexes(sentence, published)
    assert [(t.text, t.value) for t in found] == expected and {t.type for t in found} == {"SET"}


def test_a_second_before_a_noun_is_an_ordinal():
    assert values("A second strike hit the port; it lasted a second or two.", "2025-05-21") == [("a second or two", "PT1S")]
    assert values("She is a second-year student; a second-half rally followed.", "2025-05-21") == []


def test_a_long_time_is_no_length_but_a_while_is_some():
    # annotators leave "a long time" unmarked; "a while" is a length of no stated unit
    assert values("The vote is a long time coming; it will take a while.", "2013-03-22") == [("a while", "PXX")]


@pytest.mark.parametrize("sentence,expected", [
    ("Officials meet twice a week.", [("twice a week", "SET", "P1W")]),
    ("He takes the pill three times a day.", [("three times a day", "SET", "P1D")]),
    ("The firm will save $500 million a year.", []),                       # a rate, not a time
    ("He was jailed for a year.", [("a year", "DURATION", "P1Y")]),
    ("The index rose in nine of the past 10 sessions.", []),               # "the past" before an amount
    ("The rally is held annually, and interest is paid semiannually.", [("annually", "SET", "P1Y"), ("semiannually", "SET", "P6M")]),
    ("Sales should rise 8.5% annually.", []),                                # after an amount, a rate
    ("It pays C$17.9 million annually.", []),
    ("The pipeline carries about 1 million barrels per day.", []),            # "per day" after an amount, too
    ("Take the pill three times per day.", [("three times per day", "SET", "P1D")]),
])
def test_rates_and_frequencies(sentence, expected):
    assert [(t.text, t.type, t.value) for t in find_timexes(sentence, "2013-03-21")] == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a fraction is no length of time; a quarter of the year is
    ("1998-05-01", "The island imports about three-quarters of its grain.", []),
    ("2024-12-31", "Exports make up more than a quarter of the total.", []),
    ("2026-03-18", "It sold 1.2 million cars last year, a quarter of them electric.", [("last year", "2025")]),
    ("1998-05-01", "Profit fell in the first quarter of 1998.", [("the first quarter of 1998", "1998-Q1")]),
    ("2025-01-02", "It took two quarters of growth.", [("two quarters", "P6M")]),
    ("2025-05-21", "Shares hit a quarter-century low.", [("a quarter-century", "P25Y")]),  # 25 years, as "a 10-year low" is ten
    # the end of a name: a newspaper, a programme in quotation marks
    ("2025-05-21", "He told USA Today he would stay.", []),
    ("1991-02-25", "Baker said on the network's \"This Week\" that talks had failed.", []),
    ("2025-05-21", "Officials met on Monday. Today, they will sign.", [("Monday", "2025-05-19"), ("Today", "2025-05-21")]),
    ("2025-01-01", "This week, they will sign.", [("This week", "2025-W01")]),
    # "soon" from the clause's own time: told in the past, or soon after something else
    ("2025-05-21", "He was arrested and soon released.", []),
    ("2000-02-24", "The trickle of cash soon became a flood.", []),
    ("2025-05-21", "He will step down soon after the vote.", []),
    ("1989-10-27", "Prosecutors told him they may soon seek an indictment.", [("soon", "FUTURE_REF")]),
    # "last Oct. 23" is a day, not a month
    ("1999-04-19", "He was shot to death last Oct. 23 at his home.", [("Oct. 23", "1998-10-23")]),
    ("2025-01-06", "The plant closed last Dec. 30.", [("Dec. 30", "2024-12-30")]),
])
def test_fractions_names_and_clause_relative_words(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published", ["2025-05-21", "1998-04-24"])
def test_the_present_age_and_the_future_as_fate(published):
    found = values("In today's world, the future of the euro is unclear. Today's vote matters; the future looks bright.", published)
    assert found == [("today", "PRESENT_REF"), ("Today", published), ("the future", "FUTURE_REF")]


@pytest.mark.parametrize("published,sentence,expected", [
    # "in two weeks' time" is that long from now
    ("2013-03-22", "The talks resume in two weeks' time.", [("two weeks' time", "2013-W14")]),
    ("2012-12-28", "Results come in a week's time.", [("a week's time", "2013-W01")]),
    ("2025-05-21", "The law takes effect in a year’s time.", [("a year’s time", "2026")]),
    # "a year before" the elections and "two years earlier than planned" are lengths, not dates
    ("2013-03-22", "The ruling came a year before elections.", [("a year", "P1Y")]),
    ("2013-03-22", "He stepped down two years earlier than planned.", [("two years", "P2Y")]),
    ("2013-03-22", "A year before, he had left.", [("A year before", "2012")]),
    # a frequency is part of the set
    ("2013-03-22", "Patients take it twice a week, and nurses call several times a day.", [("twice a week", "P1W"), ("several times a day", "P1D")]),
    ("2013-03-22", "He earns $2 million a year and meets us once a month.", [("once a month", "P1M")]),
    ("2013-03-22", "Trading opens at noon ET.", [("noon ET", "2013-03-22T12:00")]),
])
def test_lengths_from_now_lengths_before_events_and_frequencies(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("a year-long inquiry", ("year-long", "P1Y")), ("a day-long strike", ("day-long", "P1D")),
    ("a two-week-long strike", ("two-week-long", "P2W")), ("a decades-long feud", ("decades-long", "PXY")),
])
def test_a_length_as_an_adjective(phrase, expected):
    assert values(f"They ended {phrase}.", "2025-05-21") == [expected]


@pytest.mark.parametrize("phrase,expected", [
    ("half an hour", "PT30M"), ("a half-hour", "PT30M"), ("half a day", "PT12H"), ("a half-century", "P50Y"),
    ("half a year", "P6M"), ("a quarter-century", "P25Y"), ("a quarter of a century", "P25Y"), ("20-odd years", "P20Y"),
    ("a quarter century", "P25Y"), ("a quarter hour", "PT15M"),
    ("the past year and a half", "P1Y6M"), ("the past two and a half years", "P2Y6M"),
])
def test_fractions_and_rough_amounts_of_a_unit(phrase, expected):
    assert values(f"It took {phrase}.", "2025-05-21") == [(phrase, expected)]


@pytest.mark.parametrize("published", ["2013-03-22", "2025-01-01"])
def test_some_hours_later_is_a_length(published):
    # a length keeps its "later" or "earlier" out: a signal of the order, as the gold leaves "later" out of "A few days"
    assert values("Hours later, the rebels withdrew. Years earlier, they had fled.", published) == [
        ("Hours", "PTXH"), ("Years", "PXY")]


@pytest.mark.parametrize("phrase,expected", [("eight trading days", "P8D"), ("10 business days", "P10D"), ("five working days", "P5D")])
def test_days_of_trade_and_work_are_days(phrase, expected):
    assert values(f"It took {phrase}.", "2013-03-22") == [(phrase, expected)]


@pytest.mark.parametrize("published", ["2013-03-22", "1998-02-13"])
@pytest.mark.parametrize("sentence,expected", [
    # "a week" after an amount of something is a rate, not a length
    ("Depositors may withdraw a few hundred euros a day.", []),
    ("The airline runs four flights a week, adding 700 seats a week.", []),
    ("The field pumps two million barrels a day.", []),
    ("Viewers watched several episodes a night.", []),   # a vague amount too
    ("He works several hours a day.", [("several hours", "PTXH")]),
    # after a preposition or a verb, it is a length again
    ("Prices rose 5 percent in a week.", [("a week", "P1W")]),
    ("They met in a talk lasting nearly an hour.", [("nearly an hour", "PT1H")]),
    ("He was a day late.", [("a day", "P1D")]),
])
def test_an_amount_a_day_is_a_rate(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # what is due lies ahead, as a deadline does; what was due, behind
    ("2013-03-21", "A planned rise in fuel duty due in September has been scrapped.", [("September", "2013-09")]),
    ("2025-11-20", "The bonds are due Jan. 15.", [("Jan. 15", "2026-01-15")]),
    ("2013-03-21", "The report, which was due on Tuesday, was delayed.", [("Tuesday", "2013-03-19")]),
    # "a year earlier than planned" is a length, not a date
    ("2013-03-21", "The allowance will rise in April, a year earlier than planned.", [("April", "2013-04"), ("a year", "P1Y")]),
])
def test_due_dates_and_earlier_than_planned(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("phrase,expected", [("three wasted years", "P3Y"), ("two long weeks", "P2W"), ("five successive quarters", "P15M")])
def test_an_amount_of_units_with_an_adjective_between(phrase, expected):
    assert values(f"It took {phrase}.", "2013-03-21") == [(phrase, expected)]


@pytest.mark.parametrize("phrase,expected", [("the next couple of years", "P2Y"), ("a couple of weeks", "P2W"), ("several days", "PXD")])
def test_a_couple_is_two(phrase, expected):
    assert values(f"It will take {phrase}.", "2013-03-22") == [(phrase, expected)]


@pytest.mark.parametrize("sentence,expected", [
    # "over" is "more than" only before a number; before "several" it is "during"
    ("The test took place over several weeks.", [("several weeks", "PXW")]),
    ("He has lived there for over 20 years.", [("over 20 years", "P20Y")]),
    ("The talks lasted over a week.", [("over a week", "P1W")]),
    ("He waited just over two hours.", [("over two hours", "PT2H")]),
    # after a stretch of things, "over" a number of units is "during" them
    ("The two plans differ by trillions of dollars over 10 years.", [("10 years", "P10Y")]),
    ("The credit can be used over three years.", [("three years", "P3Y")]),
    # "thousands of runs a second" is a rate
    ("The machine can perform thousands of runs a second.", []),
])
def test_over_an_amount_and_rates_of_things(sentence, expected):
    assert values(sentence, "2013-03-21") == expected


@pytest.mark.parametrize("phrase,expected", [("the next decade", "P10Y"), ("the coming decade", "P10Y"), ("next decade", "202")])
def test_the_next_decade_is_ten_years(phrase, expected):
    assert values(f"Taxes will rise over {phrase}.", "2013-03-23") == [(phrase, expected)]


@pytest.mark.parametrize("published,sentence,expected", [
    # a range of lengths is one expression, as long as its first number at least
    ("2013-03-22", "The repairs will take two to three weeks.", [("two to three weeks", "P2W")]),
    ("1999-12-31", "It could take two or three days.", [("two or three days", "P2D")]),
    ("2024-02-29", "He faces five to 10 years in prison.", [("five to 10 years", "P5Y")]),
    ("2013-01-01", "Sales should grow over the next 12 to 18 months.", [("the next 12 to 18 months", "P12M")]),
    ("2013-03-22", "The trip takes about four to five hours.", [("about four to five hours", "PT4H")]),
    ("2026-12-07", "Talks could last between two and three weeks.", [("between two and three weeks", "P2W")]),
    ("2013-03-22", "He served between 10 and 12 months.", [("between 10 and 12 months", "P10M")]),
    # a year before "or" is a year, not the start of a range
    ("2013-03-22", "The plant shut in 2011 or two years ago.", [("2011", "2011"), ("two years ago", "2011")]),
])
def test_a_range_of_lengths(published, sentence, expected):
    assert values(sentence, published) == expected


def test_a_range_of_lengths_keeps_the_range_as_a_lower_bound():
    (t,) = find_timexes("The repairs will take two to three weeks.", "2013-03-22")
    assert (t.value, t.mod) == ("P2W", "EQUAL_OR_MORE")


@pytest.mark.parametrize("sentence,expected", [
    # a vague number of years before "older" or "younger" is an age, as before "old"
    ("The universe is about 100 million years older than thought.", []),
    ("The rocks are millions of years younger.", []),
    ("The rocks are millions of years old.", []),
    ("It took years.", [("years", "PXY")]),
])
def test_years_of_an_age_are_no_length(sentence, expected):
    assert values(sentence, "2013-03-22") == expected


@pytest.mark.parametrize("sentence,expected", [
    # a length with its noun after an article is one expression, as annotators mark it
    ("The study tracked patients over a 20-year period.", [("a 20-year period", "P20Y")]),
    ("He was elected to a one-year term.", [("a one-year term", "P1Y")]),
    ("The 90-day period ends.", [("The 90-day period", "P90D")]),
    # with another word between, or a possessive, the length alone
    ("The court could waive the extra seven-day period.", [("seven-day", "P7D")]),
    ("He served out his two-year term.", [("two-year", "P2Y")]),
])
def test_a_length_with_its_period_noun(sentence, expected):
    assert values(sentence, "2013-03-22") == expected


@pytest.mark.parametrize("published", ["2013-03-18", "2025-01-01"])
@pytest.mark.parametrize("phrase,expected", [
    ("2 hours 3 minutes 38 seconds", "PT2H3M38S"), ("four years and six months", "P4Y6M"),
    ("two hours and 40 minutes", "PT2H40M"), ("1 hour, 20 minutes", "PT1H20M"), ("two weeks and three days", "P17D"),
])
def test_a_length_in_several_units_is_one_length(published, phrase, expected):
    assert values(f"It took {phrase}.", published) == [(phrase, expected)]


@pytest.mark.parametrize("phrase,expected,mod", [
    ("up to four minutes and 28 seconds", "PT4M28S", "EQUAL_OR_LESS"), ("more than two years and six months", "P2Y6M", "MORE_THAN"),
    ("about 1 hour 20 minutes", "PT1H20M", "APPROX"),
])
def test_a_length_in_several_units_takes_the_mod_before_it(phrase, expected, mod):
    found = find_timexes(f"Totality lasted {phrase}.", "2024-04-09")
    assert [(t.text, t.value, t.mod) for t in found] == [(phrase, expected, mod)]


def test_a_list_of_lengths_stays_a_list():
    # units not falling in size are separate lengths
    assert values("The plan covers six months, two years and a decade.", "2013-03-18") == [
        ("six months", "P6M"), ("two years", "P2Y"), ("a decade", "P10Y")]


@pytest.mark.parametrize("published", ["2013-03-12", "2025-01-01"])
def test_by_a_quarter_is_a_share_not_three_months(published):
    assert values("Production has fallen by a quarter since 1998.", published) == [("1998", "1998")]
    assert values("Sales rose by about a quarter.", published) == []
    assert values("It took a quarter to recover.", published) == [("a quarter", "P3M")]


@pytest.mark.parametrize("published", ["2013-03-22", "2025-01-01"])
def test_every_part_of_a_day_is_a_set(published):
    assert values("He runs each morning.", published) == [("each morning", "XXXX-XX-XXTMO")]
    assert values("The market is held every Saturday morning.", published) == [("every Saturday morning", "XXXX-WXX-6TMO")]
    assert values("The market is held every Saturday.", published) == [("every Saturday", "XXXX-WXX-6")]


@pytest.mark.parametrize("published", ["2013-03-22", "2025-01-01"])
def test_a_clock_time_in_a_clause_of_a_rule_is_on_no_day(published):
    # "daily at 4 p.m.", "at 5 p.m. on Fridays": every such day's, not the publication day's
    assert values("The index is updated daily at 4 p.m.", published) == [("daily", "P1D"), ("4 p.m.", "XXXX-XX-XXT16:00")]
    assert values("The office closes at 5 p.m. on Fridays.", published) == [("5 p.m.", "XXXX-XX-XXT17:00"), ("Fridays", "XXXX-WXX-5")]
    assert values("The office usually closes at 17:30.", published) == [("17:30", "XXXX-XX-XXT17:30")]
    # the rule holds in its own clause only
    assert values("The daily paper, which comes out on Fridays, went to press at 5 p.m.", published)[-1] == ("5 p.m.", f"{published}T17:00")
    assert values("The daily paper went to press at 5 p.m.", published)[-1] == ("5 p.m.", f"{published}T17:00")


@pytest.mark.parametrize("published", ["2024-10-18", "2025-01-01"])
def test_the_last_day_of_or_before_a_thing_is_no_length(published):
    assert values("On Friday, the last day before the vote, both candidates held prayers.", published)[1:] == []
    assert values("Thursday was the last day of campaigning.", published)[1:] == []
    assert values("Prices rose over the last day.", published) == [("the last day", "P1D")]


@pytest.mark.parametrize("published", ["2024-11-21", "1998-03-01"])
def test_one_day_opening_a_sentence_is_some_day(published):
    assert values("One day, the city will flood.", published) == [("One day", "FUTURE_REF")]
    assert values("One day, he walked into the office and quit.", published) == [("One day", "PAST_REF")]
    assert values("The strike lasted one day, officials said.", published) == [("one day", "P1D")]


def test_the_coming_and_recent_hours_are_some_hours():
    assert values("Power cuts are possible in the coming hours.", "2026-12-02") == [("the coming hours", "PTXH")]
    assert values("More rain fell in recent hours.", "2026-12-02") == [("recent hours", "PTXH")]


def test_a_quarter_point_is_no_length_of_time():
    assert values("Markets expect a quarter-point cut.", "2026-11-30") == []
    assert values("Yields fell a quarter percentage point.", "2026-11-30") == []
    assert values("The work took a quarter of a century.", "2026-11-30") == [("a quarter of a century", "P25Y")]
    assert values("Output fell for a quarter.", "2026-11-30") == [("a quarter", "P3M")]


@pytest.mark.parametrize("published", ["2026-02-18", "2025-12-31"])
def test_so_long_earlier_each_year_is_a_shift_not_a_date(published):
    assert values("Ramadan moves about 11 days earlier each year.", published) == [
        ("Ramadan", "XXXX-XX"), ("about 11 days", "P11D"), ("each year", "P1Y")]  # no one year's Ramadan
    assert values("The deadline usually comes two weeks later.", published) == [("two weeks", "P2W")]
    assert values("The deadline passed on Jan. 5, 2024. The ruling came two weeks later.", published)[-1] == ("two weeks later", "2024-W03")


@pytest.mark.parametrize("published", ["2026-03-11", "2025-12-31", "1989-11-02"])
def test_a_length_after_in_told_of_ahead_is_that_far_from_now(published):
    day = date.fromisoformat(published)
    assert parsed_values("The bridge will be finished in two years.", published) == [("two years", str(day.year + 2))]
    month = day.month + 6
    assert parsed_values("The plant will close in six months.", published) == [
        ("six months", f"{day.year + (month - 1) // 12}-{(month - 1) % 12 + 1:02d}")]
    assert parsed_values("The ceasefire expires in 10 days.", published) == [("10 days", (day + timedelta(days=10)).isoformat())]
    # looked back over, or with a word of amount, it is a length
    assert parsed_values("It was completed in two years.", published) == [("two years", "P2Y")]
    assert parsed_values("It will be the first strike in 20 years.", published) == [("20 years", "P20Y")]
    assert parsed_values("The plant will close in about six months.", published) == [("about six months", "P6M")]
    assert parsed_values("Voters will go to the polls for the second time in a year.", published) == [("a year", "P1Y")]


@pytest.mark.parametrize("published", ["2026-03-14", "2025-12-31", "1998-03-31"])
def test_a_length_with_an_alternative_after_it(published):
    assert values("He stayed for a day or two.", published) == [("a day or two", "P1D")]
    assert values("The repairs took a week or so.", published) == [("a week or so", "P1W")]
    assert values("The ban lasted six months or more.", published) == [("six months or more", "P6M")]
    assert values("A month or two ago, nobody cared.", published) == [("A month or two ago", "PAST_REF")]
    # after "in", told of ahead: some time ahead, or about that far on
    assert parsed_values("A decision is expected in a year or two.", published) == [("a year or two", "FUTURE_REF")]
    assert parsed_values("The result will be known in a year or so.", published) == [("a year or so", str(int(published[:4]) + 1))]
    # "or more than" compares; "or two" before a unit counts other things
    assert values("It took a year or more than that.", published) == [("a year", "P1Y")]


def test_the_years_before_a_year_are_no_length():
    assert values("The report covers the years 2015 to 2020.", "2026-03-14") == [("2015", "2015"), ("2020", "2020")]
    assert values("Over the years, the town grew.", "2026-03-14") == [("the years", "PXY")]


def test_a_vague_number_of_days_or_hours_away():
    assert values("The holiday is just days away.", "2026-07-20") == [("days", "PXD")]
    assert values("The launch is hours away.", "2026-07-20") == [("hours", "PTXH")]
    assert values("Those days away from home were hard.", "2026-07-20") == []


def test_a_unit_like_something_is_a_kind_not_a_length():
    assert values('"We have waited a long time for a night like this," he said.', "2026-02-15") == []
    assert values("It was a day like any other.", "2026-02-15") == []
    assert values("He stayed for a night.", "2026-02-15") == [("a night", "P1D")]


@pytest.mark.parametrize("published", ["2026-03-30", "2026-12-28"])
def test_a_fortnight_ahead_and_weekends_as_a_rule(published):
    ahead = parsed_values("The talks will resume in two weeks.", published)[0][1]
    assert parsed_values("The new season starts in a fortnight.", published) == [("a fortnight", ahead)]
    assert parsed_values("It was finished in a fortnight.", published) == [("a fortnight", "P2W")]
    assert values("The office is closed on weekends.", published) == [("weekends", "XXXX-WXX-WE")]
    assert values("The last two weekends were busy.", published)[0][0] == "The last two weekends"


@pytest.mark.parametrize("published", ["2026-12-07", "2027-01-01"])
def test_a_length_written_as_one_word_with_long(published):
    assert values("A weeklong strike shut the port.", published) == [("weeklong", "P1W")]
    assert values("The monthlong campaign capped a yearslong feud.", published) == [("monthlong", "P1M"), ("yearslong", "PXY")]
    assert values("A daylong strike shut schools.", published) == [("daylong", "P1D")]
    assert values("He belongs to the yearbook club and longs for home.", published) == []


@pytest.mark.parametrize("published", ["2026-12-07", "2027-06-30"])
def test_sets_every_other_day_and_fortnightly(published):
    assert values("Payday is every other Friday.", published) == [("every other Friday", "XXXX-WXX-5")]
    assert values("Bins are collected fortnightly; the committee meets biweekly.", published) == [("fortnightly", "P2W"), ("biweekly", "P2W")]


@pytest.mark.parametrize("published", ["2026-12-07", "2027-06-30", "2025-01-02"])
def test_the_times_a_rate_lists_after_a_comma_are_every_such_time(published):
    found = values("The board meets four times a year, in February, August and November.", published)
    assert found == [("four times a year", "P1Y"), ("February", "XXXX-02"), ("August", "XXXX-08"), ("November", "XXXX-11")]
    assert values("Inspections take place twice a year, on Jan. 1 and July 1.", published)[1:] == [("Jan. 1", "XXXX-01-01"), ("July 1", "XXXX-07-01")]
    assert values("Prices rose twice a year since 2022, in January and July.", published)[2:] == [("January", "XXXX-01"), ("July", "XXXX-07")]
    # a month told after a clause of its own is one year's
    assert values("Prices rose twice a year, and the board met in March.", published)[-1][1] != "XXXX-03"


def test_the_medium_and_long_term_lie_ahead_as_the_near_and_short_term_do():
    found = values("Rates will stay high in the near term, ease in the medium term and fall in the long term.", "2026-12-07")
    assert found == [("the near term", "FUTURE_REF"), ("the medium term", "FUTURE_REF"), ("the long term", "FUTURE_REF")]
    assert values("The long-term outlook is good.", "2026-12-07") == []


@pytest.mark.parametrize("published", ["2015-03-10", "2024-12-31", "2025-01-01"])
def test_some_units_long_or_old_are_a_vague_length_of_the_adjective(published):
    assert values("The decades-long conflict has killed thousands.", published) == [("decades-long", "PXY")]
    assert values("The months-long strike ended.", published) == [("months-long", "PXM")]
    assert values("The decades-old dispute flared again.", published) == [("decades-old", "PXY")]
    # an age is no length the text tells of
    assert values("A three-year-old girl was rescued.", published) == []


@pytest.mark.parametrize("published", ["2024-03-01", "2013-12-31", "2026-01-01"])
def test_a_quarter_of_a_thing_is_a_share_not_a_length(published):
    assert values("The UN says a quarter of Gaza's population faces famine.", published) == []
    assert values("Three quarters of Americans support the plan.", published) == []
    # quarters of what goes on are a length; a quarter of a century too
    assert values("It returned to profit after several quarters of losses.", published) == [("several quarters", "PXM")]
    assert values("The firm has existed for a quarter of a century.", published) == [("a quarter of a century", "P25Y")]
    # and so many years back
    assert values("The firm was founded a quarter of a century ago.", published) == [
        ("a quarter of a century ago", str(int(published[:4]) - 25))]


@pytest.mark.parametrize("published", ["2023-06-13", "2024-12-31", "2025-01-01"])
def test_a_unit_on_a_unit_is_a_basis_of_comparison_not_a_length(published):
    assert values("The core index rose 5.3 percent on a year-on-year basis.", published) == []
    assert values("Sales rose 4 percent on a month-on-month basis.", published) == []
    assert values("Prices rose for a year.", published) == [("a year", "P1Y")]


@pytest.mark.parametrize("published", ["2024-03-07", "2025-01-15", "2026-12-31"])
def test_just_over_or_under_a_length_ago_is_a_date_back(published):
    day = date.fromisoformat(published)
    month_back = (day.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    # "just" is no part of it, as the gold has "a decade ago" in "just a decade ago"
    assert values("The talks began just over a month ago.", published) == [("over a month ago", month_back)]
    assert values("He left just under a year ago.", published) == [("under a year ago", str(day.year - 1))]
    assert values("The plant opened only a decade ago.", published) == [("a decade ago", str(day.year - 10))]
    # with no "ago", a length
    assert values("The talks lasted just over a month.", published)[0][1] == "P1M"


@pytest.mark.parametrize("sentence,expected", [
    ("The river has burst its banks twice in as many weeks.", ("as many weeks", "P2W")),
    ("Ministers met for the second time in as many days.", ("as many days", "P2D")),
    ("It was the third bombing in as many months.", ("as many months", "P3M")),
    ("The company has had 4 chief executives in as many years.", ("as many years", "P4Y")),
    ("He worked as many hours as he could.", ("as many hours", "PTXH")),  # no count to repeat: a vague length
])
def test_as_many_units_repeat_the_count_before(sentence, expected):
    assert values(sentence, "2018-02-14") == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("The committee meets twice a week.", ("twice a week", "P1W", None, "2X")),
    ("The magazine is published three times a year.", ("three times a year", "P1Y", None, "3X")),
    ("The board meets once a month.", ("once a month", "P1M", None, "1X")),
    ("The index is updated daily.", ("daily", "P1D", None, "1X")),
    ("Patients take the drug every other day.", ("every other day", "P2D", "EVERY", None)),
    ("The fair is held each July.", ("each July", "XXXX-07", "EACH", None)),
    ("Dividends are paid quarterly.", ("quarterly", "P3M", None, "1X")),
    ("The market is held on Saturdays.", ("Saturdays", "XXXX-WXX-6", None, None)),
    ("A flood of this size comes once a decade.", ("once a decade", "P10Y", None, "1X")),
    ("A storm like this comes once a century.", ("once a century", "P100Y", None, "1X")),
])
def test_a_set_has_its_timex3_quant_and_freq(sentence, expected):
    assert [(t.text, t.value, t.quant, t.freq) for t in find_timexes(sentence, "2021-04-22")] == [expected]


def test_a_decade_alone_is_a_length_or_a_rate():
    assert values("He ruled for a decade; it was the worst flood in a century.", "2021-04-22") == [("a decade", "P10Y"), ("a century", "P100Y")]
    assert values("Temperatures rose 0.2 degrees a decade.", "2021-04-22") == []  # a rate, as "$2 million a year" is


def test_quarterly_before_its_noun_is_a_kind_of_report():
    assert find_timexes("The company posted its quarterly results. Quarterly net income rose.", "2021-04-22") == []
    assert values("The company reports on a quarterly basis.", "2021-04-22") == [("quarterly", "P3M")]


def test_days_or_hours_a_thing_takes_are_a_vague_length():
    assert values("Efforts to refloat the ship could take days or even weeks.", "2021-03-24") == [("days", "PXD"), ("weeks", "PXW")]
    assert values("Clearing the road is taking hours.", "2021-03-24") == [("hours", "PTXH")]
    assert values("The mayor said the days of cheap fares were over.", "2021-03-24") == []


@pytest.mark.parametrize("published", ["2023-05-15", "2024-01-01", "1998-03-01"])
def test_a_length_and_a_half_later_reads_as_the_length_does(published):
    # a length with a half falls on no whole week or day after the time told of: only the length is known, read
    # as the length alone reads ("2 1/2 years" P2Y6M, not P30M)
    assert values("Two and a half weeks later, the truce collapsed.", published) == [("Two and a half weeks", "P2.5W")]
    assert values("Talks collapsed on March 3, 1997. A week and a half later, fighting resumed.", published)[1:] == [
        ("A week and a half", "P1.5W")]
    assert values("He left in 1995. He returned 2 1/2 years later.", published)[1:] == [("2 1/2 years", "P2Y6M")]
    assert values("He returned 2 1/2 years later.", published) == [("2 1/2 years", "P2Y6M")]


@pytest.mark.parametrize("published", ["2023-05-15", "2025-01-01", "1998-12-31"])
@pytest.mark.parametrize("sentence,expected", [
    ("The market is held every Monday and Thursday.", [("every Monday", "XXXX-WXX-1"), ("Thursday", "XXXX-WXX-4")]),
    ("The river floods each spring or autumn.", [("each spring", "XXXX-SP"), ("autumn", "XXXX-FA")]),
    ("The shop closes every July and August.", [("every July", "XXXX-07"), ("August", "XXXX-08")]),
    ("Every Monday and Friday night, the band plays.", [("Every Monday", "XXXX-WXX-1"), ("Friday night", "XXXX-WXX-5TNI")]),
    ("Trains leave every hour; the census comes once every decade.", [("every hour", "PT1H"), ("once every decade", "P10Y")]),
    ("The council meets each fortnight.", [("each fortnight", "P2W")]),
    # "may" after "and" is a verb, not the month
    ("The shop closes each Monday and may open later.", [("each Monday", "XXXX-WXX-1")]),
])
def test_a_set_named_after_another_and_sets_of_hours_decades_and_fortnights(published, sentence, expected):
    assert values(sentence, published) == expected


@pytest.mark.parametrize("published", ["2023-05-15", "2025-01-01"])
def test_some_hours_or_days_before_or_after_a_thing(published):
    assert values("Within hours of the verdict, riots broke out.", published) == [("hours", "PTXH")]
    assert values("Just days before the deadline, a deal was reached.", published) == [("days", "PXD")]
    assert values("Hours after the quake struck, aid arrived.", published) == [("Hours", "PTXH")]
    assert values("He spent the hours before dawn alone.", published) == []  # the hours of a night, no length
