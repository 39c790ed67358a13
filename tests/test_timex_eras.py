"""Years and centuries far back: with their era ("1100 BC", "AD 79", "the fifth century BC"), centuries in
words ("the nineteenth century"), years by their last two figures ("in '87"), and "that year" after a day
named only as when something was said (kg/timex/years.py, kg/timex/resolver.py), with several publication dates."""

from __future__ import annotations

import pytest

from kg.timex import find_timexes
from tests.conftest import timex_values as values
from tests.test_tense import parsed_values

PUBLISHED = ["2026-11-18", "2025-01-01", "2024-12-31"]


@pytest.mark.parametrize("published", PUBLISHED)
def test_a_year_before_christ_is_written_with_bc(published):
    # TIMEX3 writes years before year 1 with "BC" and four figures; a year after Christ is a year
    assert values("The boat was made around 1100 BC. The oldest example dates to around 2000 BC.", published) == [
        ("1100 BC", "BC1100"), ("2000 BC", "BC2000")]
    assert values("Farming began around 10,000 BC; the city fell in 146 B.C. and the tomb is from 2500 BCE.", published) == [
        ("10,000 BC", "BC10000"), ("146 B.C", "BC0146"), ("2500 BCE", "BC2500")]
    assert values("Pompeii was buried in AD 79 and a temple rebuilt in 300 AD.", published) == [("AD 79", "0079"), ("300 AD", "0300")]
    # at a sentence's end, the full stop after the year is no decimal point
    assert values("Vesuvius erupted in AD 79.", published) == [("AD 79", "0079")]
    assert values("Rome fell in A.D. 476.", published) == [("A.D. 476", "0476")]
    # "ad" in lower case is no era
    assert values("The ad ran in 2000.", published) == [("2000", "2000")]


@pytest.mark.parametrize("published", PUBLISHED)
def test_centuries_in_words_and_before_christ(published):
    assert values("It was built in the fifth century and rebuilt in the nineteenth century.", published) == [
        ("the fifth century", "04"), ("the nineteenth century", "18")]
    assert values("The temple dates from the fifth century BC.", published) == [("the fifth century BC", "BC04")]
    assert values("The temple dates from the 12th century BC.", published) == [("the 12th century BC", "BC11")]


@pytest.mark.parametrize("published", PUBLISHED)
def test_that_year_passes_over_a_day_named_as_when_something_was_said(published):
    # "looted in 1897, the museum said on Tuesday. ... in February of that year": 1897, not the saying's year
    found = values("The bronzes were looted in 1897, the museum said on Tuesday. They were taken in February of that year.",
                   published)
    assert found[-1] == ("February of that year", "1897-02")
    found = values("He joined in 2017, the club said on Tuesday. He made his debut later that year.", published)
    assert found[-1] == ("later that year", "2017")
    # a day the story tells of is still what "that year" counts from
    found = values("He joined in 2017. He left on March 3, 2020, and retired later that year.", published)
    assert found[-1] == ("later that year", "2020")


@pytest.mark.parametrize("published", PUBLISHED)
def test_so_many_years_ago_before_the_era_is_a_year_bc(published):
    year = int(published[:4])
    # there is no year 0: one year before AD 1 is 1 BC
    assert values("It had been dated to about 2,500 years ago.", published) == [("about 2,500 years ago", f"BC{2500 - year + 1:04d}")]
    assert values("The town was founded 30 centuries ago.", published) == [("30 centuries ago", f"BC{3000 - year + 1:04d}")]
    assert values(f"It erupted {year:,} years ago.", published) == [(f"{year:,} years ago", "BC0001")]
    assert values(f"It erupted {year - 1:,} years ago.", published) == [(f"{year - 1:,} years ago", "0001")]
    assert values("It erupted around 1,800 years ago.", published) == [("around 1,800 years ago", f"{year - 1800:04d}")]


@pytest.mark.parametrize("published", ["2026-11-18", "2031-01-05", "1998-06-30"])
def test_a_year_by_its_last_two_figures_is_the_latest_such_up_to_a_decade_on(published):
    year = int(published[:4])

    def short(figures: int) -> str:
        latest = max(y for y in range(year - 120, year + 11) if y % 100 == figures)
        return str(latest)

    assert values("The firm was founded in '87.", published) == [("'87", short(87))]
    assert values("The plant opened in the summer of '99.", published) == [("the summer of '99", f"{short(99)}-SU")]
    assert values("The class of '99 met again in May '05.", published) == [("'99", short(99)), ("May '05", f"{short(5)}-05")]
    # a decade stays a decade; a figure after no word that takes a year is none
    assert values("Rock music of the '60s.", published) == [("the '60s", "196")]
    assert values("He scored '87 points.", published) == []


@pytest.mark.parametrize("published", ["1998-06-04", "2001-03-04", "1999-12-31"])
def test_a_spoken_number_of_things_is_no_year(published):
    assert values("An earthquake killed more than two thousand people just sixty miles away.", published) == []
    assert values("Two thousand troops were sent.", published) == []
    assert values("It was last raised in nineteen ninety-one.", published) == [("nineteen ninety-one", "1991")]
    assert values("In two thousand, the plan will end.", published) == [("two thousand", "2000")]
    # a year in words before a noun is that thing's year
    assert values("It was a nineteen ninety-seven attack.", published) == [("nineteen ninety-seven", "1997")]


@pytest.mark.parametrize("published,century", [("2026-11-30", "20"), ("1999-06-01", "19")])
def test_mid_century_after_a_word_of_time_is_this_ones_middle(published, century):
    found = find_timexes("Emissions must reach net zero by mid-century.", published)
    assert [(t.text, t.value, t.mod) for t in found] == [("mid-century", century, "MID")]
    # before a noun, a style of the last century: no time
    assert values("They bought a mid-century house.", published) == []


@pytest.mark.parametrize("published,begun,coming", [("2026-11-30", "2026", "2027"), ("2027-01-20", "2027", "2027")])
def test_the_turn_of_the_year_is_the_new_year(published, begun, coming):
    assert parsed_values("Prices have risen since the turn of the year.", published) == [("the turn of the year", begun)]
    assert parsed_values("The rules take effect at the turn of the year.", published) == [("the turn of the year", coming)]


@pytest.mark.parametrize("sentence", ["Flight 2024 from Paris was delayed.", "Security Council Resolution 1973 authorised air strikes.",
                                      "The minister stayed in Room 1918.", "Take exit 2010 off the highway."])
def test_a_number_a_noun_labels_is_no_year(sentence):
    assert values(sentence, "2026-12-07") == []
    # the same number where a year goes is one
    assert values(sentence.rstrip(".") + " in 2019.", "2026-12-07") == [("2019", "2019")]


@pytest.mark.parametrize("published", ["2026-12-07", "2001-03-04"])
def test_a_decade_written_without_its_century_or_apostrophe(published):
    assert values("In the 60s and 70s, the town boomed.", published) == [("the 60s", "196"), ("70s", "197")]
    assert values("The club was founded in the late 90s.", published) == [("the late 90s", "199")]
    # tens of degrees, money, ages or what is measured are no decades
    for sentence in ("Temperatures were in the 60s.", "Highs will be in the 80s.", "Shares traded in the 40s.",
                     "Most victims were in their 60s.", "Speeds in the 60s are allowed on this road.", "Patients aged in the 70s died."):
        assert values(sentence, published) == [], sentence


@pytest.mark.parametrize("published", ["2026-09-10", "2027-01-20"])
def test_later_or_earlier_this_season_is_one_expression(published):
    year = int(published[:4])
    assert values("The phone goes on sale later this fall.", published) == [("later this fall", f"{year}-FA")]
    assert values("Sales slowed earlier this summer.", published) == [("earlier this summer", f"{year}-SU")]


@pytest.mark.parametrize("published", PUBLISHED)
def test_decades_in_words_and_with_an_apostrophe(published):
    assert values("Jazz flourished in the Roaring Twenties and the nineteen-sixties swung.", published) == [
        ("the Roaring Twenties", "192"), ("the nineteen-sixties", "196")]
    assert values("The band was formed in the early noughties.", published) == [("the early noughties", "200")]
    # "the 1880's" is the decade whole, not a possessive
    assert values("The house was built in the 1880's.", published) == [("the 1880's", "188")]


@pytest.mark.parametrize("published", PUBLISHED)
def test_millions_of_years_ago_are_no_calendar_time(published):
    # TIMEX3 has no value for them, and "years ago" is not the span
    assert values("The asteroid struck 66 million years ago; the Earth formed 4.5 billion years ago.", published) == []
    year = int(published[:4]) - 2000
    assert values("The city was founded two thousand years ago.", published) == [("two thousand years ago", f"{year:04d}")]


@pytest.mark.parametrize("published", PUBLISHED)
def test_a_day_in_words_takes_its_year_in_words(published):
    # as a transcript writes a date whole; a round number after it that counts things is no year
    assert values("The treaty was signed on January twenty-first, nineteen ninety-one.", published) == [
        ("January twenty-first, nineteen ninety-one", "1991-01-21")]
    assert values("It was signed on the fifth of March, two thousand and one.", published) == [("the fifth of March, two thousand and one", "2001-03-05")]
    (found,) = values("On March fifth, two thousand people marched.", published)
    assert found[0] == "March fifth" and found[1].endswith("-03-05")


@pytest.mark.parametrize("published", PUBLISHED)
def test_years_of_other_centuries_and_from_2010_in_words(published):
    assert values("In seventeen seventy-six, the colonies declared independence.", published) == [("seventeen seventy-six", "1776")]
    assert values("Back in eighteen sixty-five, the war ended.", published) == [("eighteen sixty-five", "1865")]
    assert values("The law passed in twenty-nineteen.", published) == [("twenty-nineteen", "2019")]
    assert values("The games were put off until twenty twenty-one.", published) == [("twenty twenty-one", "2021")]
    assert values("The twenty twenty election was close.", published) == [("twenty twenty", "2020")]
    assert values("In the year twenty twenty, the virus spread.", published) == [("the year twenty twenty", "2020")]
    assert values("Since March twenty twenty, schools have been shut.", published) == [("March twenty twenty", "2020-03")]


@pytest.mark.parametrize("published", PUBLISHED)
def test_twenty_before_twenty_is_no_year_as_a_count_or_sight(published):
    assert values("He handed over twenty twenty-dollar bills.", published) == []
    assert values("Hindsight is twenty-twenty vision.", published) == []
    assert values("Twenty people died.", published) == []


@pytest.mark.parametrize("published", ["2023-11-14", "2024-01-01", "1998-03-01"])
@pytest.mark.parametrize("sentence,expected", [
    # a pair of years with two figures for the second, as seasons, budgets and wars are named: two years
    ("He scored 31 goals in the 2017/18 season.", [("2017", "2017"), ("18", "2018")]),
    ("The pact was signed in 1948-49.", [("1948", "1948"), ("49", "1949")]),
    ("The war of 1992-95 left 100,000 dead.", [("1992", "1992"), ("95", "1995")]),
    ("The 1999-00 season was his best.", [("1999", "1999"), ("00", "2000")]),
    # a fiscal year so named stays one; numbers that name no later year near the first are no pair
    ("Sales for the 2022-23 fiscal year rose 5%.", [("the 2022-23 fiscal year", "2023")]),
    ("Between 2000-50 people attended.", []),
    ("Flight 2024-25 landed safely.", []),
    ("The price was $2015-20 a tonne.", []),
])
def test_a_pair_of_years_with_two_figures_for_the_second(published, sentence, expected):
    assert values(sentence, published) == expected
