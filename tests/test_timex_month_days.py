"""A day of the month named alone (kg/timex/dates.py), in figures or in words ("on the 15th", "on the fifteenth"):
in the month the text is in, on the side its clause points to, with several publication dates."""

from __future__ import annotations

import pytest

from tests.conftest import timex_values as values
from tests.test_tense import parsed_values


@pytest.mark.parametrize("published,past,ahead", [
    ("2024-03-06", "2024-02-15", "2024-03-15"),
    ("2024-03-15", "2024-03-15", "2024-03-15"),  # the publication day itself
    ("2025-01-02", "2024-12-15", "2025-01-15"),  # back into the year before
    ("2024-12-20", "2024-12-15", "2025-01-15"),  # ahead into the next year
])
def test_a_day_of_the_month_in_words_reads_as_in_figures(published, past, ahead):
    assert parsed_values("The talks, which began on the fifteenth, ended without a deal.", published) == [("the fifteenth", past)]
    assert parsed_values("The talks, which began on the 15th, ended without a deal.", published) == [("the 15th", past)]
    assert parsed_values("The meeting will take place on the fifteenth.", published) == [("the fifteenth", ahead)]


@pytest.mark.parametrize("published", ["2024-03-06", "2025-01-02", "2024-12-31"])
def test_a_day_of_the_month_in_words_after_a_date_is_in_its_month(published):
    found = values("The film opened on February 2. By the twelfth, it had earned $50 million.", published)
    assert found[1] == ("the twelfth", found[0][1][:8] + "12")
    assert values("Rents are due on the first of next month.", published)[0][1].endswith("-01")
    assert values("The court will rule by the twenty-first.", published)[0][0] == "the twenty-first"


@pytest.mark.parametrize("published,first", [("2024-03-06", "2024-03-04"), ("2024-03-02", "2024-03-04"), ("2024-12-08", "2024-12-04")])
def test_a_range_of_days_in_words(published, first):
    found = values("The fair runs from the fourth to the tenth.", published)
    assert found == [("the fourth", first), ("the tenth", first[:8] + "10")]


@pytest.mark.parametrize("sentence", [
    "He won on the first ballot.",
    "The bill passed on the third reading.",
    "The measure failed on the first, second and third votes.",
    "The offices on the eighth and ninth floors were damaged.",
    "He lost on the fourth and final day.",
    "The pair met on the twentieth anniversary of the war.",
    "The team was promoted to the third.",
    "He was the first.",
])
def test_an_ordinal_word_that_names_no_day(sentence):
    assert [text for text, _ in values(sentence, "2024-03-06")] == []

