"""A time that sets the scene for the ones after it (kg/timex/resolver.py): a year opening a sentence
dates the months, days and quarters of that sentence, and a stretch "since" runs up to now whatever
the story was at, with several publication dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import timex_values as values
from tests.test_tense import parsed_values


@pytest.mark.parametrize("published", ["2024-11-05", "2025-01-03", "2026-08-31"])
def test_a_year_opening_a_sentence_dates_its_months_days_and_quarters(published):
    year = int(published[:4])
    found = parsed_values("Last year, fires destroyed 1,200 homes over four days in August.", published)
    assert found == [("Last year", str(year - 1)), ("four days", "P4D"), ("August", f"{year - 1}-08")]
    assert parsed_values("In 2019, the company cut 500 jobs in March and closed a plant on Oct. 3.", published) == [
        ("2019", "2019"), ("March", "2019-03"), ("Oct. 3", "2019-10-03")]
    assert parsed_values("Next year, the plant will open in March.", published)[-1] == ("March", f"{year + 1}-03")
    assert parsed_values("In 2019, sales fell in the third quarter.", published)[-1] == ("the third quarter", "2019-Q3")


@pytest.mark.parametrize("published", ["2024-11-05", "2025-09-30"])
def test_a_year_in_passing_or_a_later_year_sets_no_scene(published):
    day = date.fromisoformat(published)
    march = day.year if day.month >= 3 else day.year - 1
    # an aside ("built in 2019"), a year compared ("from 8.3% in 2012"): the month is the latest one
    assert parsed_values("The plant, built in 2019, closed in March.", published)[-1] == ("March", f"{march}-03")
    assert parsed_values("Unemployment fell from 8.3% in 2012 to 7.7% in March.", published)[-1] == ("March", f"{march}-03")
    # the scene ends where another year is named, and with its sentence
    for text in ("Last year, the festival was held in July, and this year it was held in March.",
                 "In 2019, the company cut jobs. It closed a plant in March."):
        assert parsed_values(text, published)[-1] == ("March", f"{march}-03")


@pytest.mark.parametrize("published", ["2024-05-12", "2025-01-03"])
def test_a_possessive_year_opening_a_sentence_dates_what_is_told_its_way(published):
    year = int(published[:4])
    assert parsed_values("Next year's contest will be held in Switzerland, probably in May.", published)[-1] == ("May", f"{year + 1}-05")
    assert parsed_values("Last year's winner triumphed in May.", published)[-1] == ("May", f"{year - 1}-05")
    # told the other way, the month is the one the clause points to
    assert parsed_values("Last year's champion will defend her title in June.", published)[-1] == ("June", f"{year}-06")


@pytest.mark.parametrize("published,month", [("2024-01-14", "2024-01"), ("2025-03-02", "2025-03")])
def test_a_stretch_since_the_start_of_the_month_runs_up_to_now(published, month):
    text = ("More than 100 were freed during a truce in late November. "
            "Talks on a new truce have stalled since the start of the month.")
    assert parsed_values(text, published)[-1] == ("the start of the month", month)


@pytest.mark.parametrize("published", ["2024-11-20", "2025-03-01"])
def test_a_day_told_in_the_past_perfect_of_a_month_named_with_its_year(published):
    text = ("He was found guilty of murdering a woman he abducted in March 2021.\n\n"
            "The court heard that he had carried out a false arrest on March 3 before driving her to Kent.")
    assert parsed_values(text, published)[-1] == ("March 3", "2021-03-03")
    # told in the simple past, with no perfect, the day is the latest one
    year = int(published[:4])
    text = "He was found guilty of murdering a woman he abducted in March 2021.\n\nProtesters gathered on March 3."
    assert parsed_values(text, published)[-1] == ("March 3", f"{year}-03-03")


def test_a_recent_day_or_a_month_naming_a_thing_keeps_this_year():
    # "the August 1988 cease-fire" names a thing; Aug. 2 told in the past perfect two weeks on is this year's
    text = ("He accepted a treaty he had rejected after the August 1988 cease-fire. "
            "Iran had condemned the invasion on Aug. 2.")
    assert parsed_values(text, "1990-08-15")[-1] == ("Aug. 2", "1990-08-02")
    text = "He abducted a woman in August 1988. He had been reported on Aug. 2."
    assert parsed_values(text, "1990-08-15")[-1] == ("Aug. 2", "1990-08-02")


@pytest.mark.parametrize("published,year", [("2024-06-01", 2024), ("2024-08-15", 2024)])
def test_dates_labelling_a_timeline_are_the_nearer_ones(published, year):
    # a timeline tells its past in the present: "March 3: Protests begin"
    text = "March 3: Protests begin in the capital.\nApril 2: The government reverses the price rise.\nMay 20: Protesters return."
    assert [v for _, v in parsed_values(text, published)] == [f"{year}-03-03", f"{year}-04-02", f"{year}-05-20"]
    # a dash after the label, as a colon
    text = "March 3 — Protests begin in the capital.\nApril 2 – The government reverses the price rise.\nMay 20 - Protesters return."
    assert [v for _, v in parsed_values(text, published)] == [f"{year}-03-03", f"{year}-04-02", f"{year}-05-20"]


@pytest.mark.parametrize("published", ["2026-06-14", "2026-03-01", "2027-01-04"])
def test_the_evening_of_a_story_told_on_a_day_is_that_day_s(published):
    day = date.fromisoformat(published)
    saturday = day - timedelta(days=(day.weekday() - 5) % 7 or 7)
    text = ("Thousands marched on Saturday. The rallies began three months ago. "
            "Police said 12 people were arrested during the evening.")
    assert parsed_values(text, published)[-1] == ("the evening", f"{saturday}TEV")
    # with no day named, the evening is one of the month named
    month = parsed_values("Rallies began in March. Police said 12 people were arrested during the evening.", published)
    assert month[-1][1].endswith("-03-XXTEV")


@pytest.mark.parametrize("published", ["2026-11-09", "2025-11-08", "2027-01-02"])
def test_a_past_year_opening_a_sentence_goes_on_into_the_next(published):
    assert parsed_values("On this day in 1989, the Berlin Wall fell. Crowds gathered at the wall on the night of Nov. 9.", published) == [
        ("1989", "1989"), ("Nov. 9", "1989-11-09")]
    # a year in passing sets no scene, nor does one whose next sentence names another date or looks ahead
    year = int(published[:4])
    nov8 = year if published[5:] >= "11-08" else year - 1
    assert parsed_values("The wall fell in 1989. Crowds gathered at the wall on Nov. 8.", published)[-1] == ("Nov. 8", f"{nov8}-11-08")
    assert parsed_values("In 1989, the Berlin Wall fell. Last year, crowds gathered there on Nov. 8.", published)[-1] == (
        "Nov. 8", f"{year - 1}-11-08")
    assert parsed_values("In 1989, the Berlin Wall fell. Crowds will gather there on Nov. 8.", published)[-1][1] >= published[:4]


@pytest.mark.parametrize("published", ["2026-11-30", "2026-01-05", "2027-03-01"])
def test_a_past_clause_counts_back_from_now_not_from_a_day_named_ahead(published):
    day = date.fromisoformat(published)
    before = date(day.year, day.month, 1) - timedelta(days=1)
    text = "The man will appear in court on Tuesday. Officers had visited the house twice in the previous month."
    assert parsed_values(text, published)[-1] == ("the previous month", f"{before.year}-{before.month:02d}")
    # told of what is to come, it counts from the day named
    tuesday = date.fromisoformat(parsed_values(text, published)[0][1])
    after = parsed_values("The man will appear in court on Tuesday. A verdict is due the following month.", published)[-1]
    assert after == ("the following month", f"{(tuesday.replace(day=28) + timedelta(days=4)):%Y-%m}")


@pytest.mark.parametrize("published", ["2026-06-06", "2027-01-02", "2025-12-31"])
def test_the_year_before_counts_from_the_year_reported_not_the_day_of_the_release(published):
    year = int(published[:4]) - 1
    text = f"The population fell in {year}, official figures released on Friday showed. Births dropped 5.7% on the year before."
    assert parsed_values(text, published)[-1] == ("the year before", str(year - 1))


@pytest.mark.parametrize("published", ["2026-12-10", "2026-11-02", "2027-10-20"])
def test_a_release_ahead_in_a_month_already_named_is_the_one_to_come(published):
    day = date.fromisoformat(published)
    text = "Sales rose in January. Figures will be released in mid-January."
    assert parsed_values(text, published) == [("January", f"{day.year}-01"), ("mid-January", f"{day.year + 1}-01")]
    # a timeline's label "May:" is the month
    assert [t for t, _ in parsed_values("April 2: Talks collapse.\nMay: Government appoints a mediator.", published)] == ["April 2", "May"]


@pytest.mark.parametrize("published", ["2026-05-05", "2027-01-20", "2026-12-31"])
def test_a_year_opening_a_sentence_before_its_subject_sets_its_scene(published):
    year = int(published[:4])
    assert parsed_values("Last year it did not open until mid-June.", published) == [("Last year", str(year - 1)), ("mid-June", f"{year - 1}-06")]
    assert parsed_values("In 2019 the road did not open until June.", published) == [("2019", "2019"), ("June", "2019-06")]
    # a year later in the sentence sets no scene
    assert not parsed_values("The road opened in 2019 and closed in March.", published)[1][1].startswith("2019")


@pytest.mark.parametrize("published", ["2026-05-13", "2026-01-02", "2024-12-31"])
def test_months_opening_sentences_after_a_past_years_go_on_in_that_years_story(published):
    text = ("In 2019, the company announced plans to build a plant. In March, it bought the land. "
            "By December, construction had begun. In February the first workers arrived.")
    assert parsed_values(text, published) == [("2019", "2019"), ("March", "2019-03"), ("December", "2019-12"), ("February", "2020-02")]
    # a month inside its sentence may be this year's, as may one told ahead
    year, month = int(published[:4]), int(published[5:7])
    march = year if month >= 3 else year - 1
    assert parsed_values("In 2019, the company cut jobs. It closed a plant in March.", published)[1] == ("March", f"{march}-03")
    assert parsed_values("In 2019, the company cut jobs. In March, it will open a plant.", published)[1][1] != "2019-03"


@pytest.mark.parametrize("published", ["2024-03-29", "2026-01-01", "2023-12-31"])
def test_a_year_labelling_a_timelines_line_dates_that_lines_months_and_days(published):
    text = ("Timeline\n\n2021: It moves to the Bahamas. Trading peaks in November.\n"
            "2022: In early November, customers rush to withdraw funds. On Nov. 11, it files for bankruptcy.\n"
            "2023: Its founder goes on trial in October.")
    found = parsed_values(text, published)
    assert found == [("2021", "2021"), ("November", "2021-11"), ("2022", "2022"), ("early November", "2022-11"),
                     ("Nov. 11", "2022-11-11"), ("2023", "2023"), ("October", "2023-10")]


@pytest.mark.parametrize("published", ["2026-06-01", "2024-01-01", "2023-12-31"])
def test_a_season_of_that_year_is_the_years_named_before(published):
    assert values("The companies first held talks in 2021 but broke them off in the autumn of that year.", published) == [
        ("2021", "2021"), ("the autumn of that year", "2021-FA")]
    assert values("He was elected in 2019 and resigned in the spring of the following year.", published)[1] == (
        "the spring of the following year", "2020-SP")


@pytest.mark.parametrize("published,month", [("2026-09-24", "2026-10"), ("2026-12-20", "2027-01"), ("2026-10-01", "2026-10")])
def test_the_end_of_the_month_after_a_day_ahead_is_that_days_months(published, month):
    # a day in a later month: that month's end; in the publication's own month, that month's
    day = "Oct. 12" if month.endswith("-10") else "Jan. 12"
    text = f"The comet will pass closest on {day}. By the end of the month, it will have faded again."
    assert parsed_values(text, published)[1] == ("the end of the month", month)
    # a deadline's "until" in a past clause is no story told ahead: the publication's month
    text = f"A hearing is set for {day}. The judge gave both sides until the end of the month to file their lists."
    assert parsed_values(text, published)[1] == ("the end of the month", published[:7])


@pytest.mark.parametrize("published", ["2026-11-05", "2027-01-10", "2026-09-30"])
def test_a_year_a_figure_is_compared_with_sets_no_scene_for_a_season(published):
    year = int(published[:4])
    summer = f"{year if published[5:7] > '08' else year - 1}-SU"
    text = "It made a profit, compared with a loss a year earlier, helped by record bookings over the summer."
    assert parsed_values(text, published)[1] == ("the summer", summer)
    # a year told as the scene, not as the base of a comparison, is the season's
    assert parsed_values("A year ago, bookings soared over the summer.", published)[1] == ("the summer", f"{year - 1}-SU")


@pytest.mark.parametrize("published", ["2026-11-28", "2027-01-05", "2026-03-01"])
def test_a_year_between_subject_and_verb_is_its_clauses(published):
    year = int(published[:4])
    assert parsed_values("Sales last year peaked in April, the firm said.", published) == [("last year", str(year - 1)), ("April", f"{year - 1}-04")]
    assert parsed_values("The festival this year fell in April.", published)[1] == ("April", f"{year}-04")
    assert parsed_values("Exports in 2019 rose by a third in March.", published)[1] == ("March", "2019-03")
    # after a pronoun and its verb, or after the verb, the year says nothing of the clause that follows
    assert parsed_values("He said last year that prices would rise in April.", published)[1][1] != f"{year - 1}-04"
    assert parsed_values("Prices rose last year and will fall in April.", published)[1][1] != f"{year - 1}-04"


@pytest.mark.parametrize("published", ["2026-11-28", "2027-01-05"])
def test_the_year_or_month_after_one_named(published):
    year = int(published[:4])
    found = parsed_values("Prices will rise 3 percent next year and 2 percent the year after.", published)
    assert found == [("next year", str(year + 1)), ("the year after", str(year + 2))]
    assert parsed_values("Sales rose in 2024 and fell the year after.", published)[1] == ("the year after", "2025")
    assert parsed_values("Output fell in March 2025 and recovered the month after.", published)[1] == ("the month after", "2025-04")
    assert parsed_values("The plant will close the year after next.", published) == [("the year after next", str(year + 2))]


@pytest.mark.parametrize("published", ["2026-11-28", "2027-01-05"])
def test_a_holiday_then_a_year_named_relative_to_publication(published):
    year = int(published[:4])
    assert parsed_values("We will meet on Christmas Day next year.", published) == [("Christmas Day next year", f"{year + 1}-12-25")]
    easter_last_year = {2025: "2025-04-20", 2026: "2026-04-05"}[year - 1]
    assert parsed_values("He died on Easter Sunday last year.", published) == [("Easter Sunday last year", easter_last_year)]


@pytest.mark.parametrize("published,winter,january", [("2013-01-14", "2011-WI", "2012-01"), ("2013-06-14", "2012-WI", "2013-01"),
                                                      ("2013-12-20", "2012-WI", "2013-01")])
def test_a_season_opening_a_sentence_holds_its_months(published, winter, january):
    found = values("Last winter, the city recorded 17 days of smog in January alone.", published)
    assert found == [("Last winter", winter), ("17 days", "P17D"), ("January", january)]
    # a season in the sentence before sets no scene for the next: this January, told in it
    assert values("Last winter was cold. Snow fell in January.", "2013-01-14")[1] == ("January", "2013-01")


@pytest.mark.parametrize("published,expected", [("2026-11-18", "2025-11-20"), ("2026-11-25", "2025-11-20"), ("2027-01-05", "2025-11-20")])
def test_a_day_after_a_count_of_years_since_it_is_that_many_years_back(published, expected):
    found = parsed_values("It is one year since the river burst its banks on Nov. 20, killing 31 people.", published)
    assert found[1] == ("Nov. 20", expected)
    assert parsed_values("Five years after the war ended on May 8, veterans gathered.", "2026-05-10")[1] == ("May 8", "2021-05-08")
    # a day before the count is the anniversary itself
    assert parsed_values("On Nov. 20, a year after the flood, survivors will gather.", "2026-11-18")[0] == ("Nov. 20", "2026-11-20")


@pytest.mark.parametrize("published", ["2026-12-01", "2027-01-05", "2026-06-30"])
def test_a_month_or_day_that_narrows_a_year_or_season_just_named_is_in_it(published):
    found = parsed_values("The fighting began in the spring of 2024, when rebel units crossed the river on April 9.", published)
    assert found == [("the spring of 2024", "2024-SP"), ("April 9", "2024-04-09")]
    found = parsed_values("The fire started in the winter of 2019, in early December.", published)
    assert found == [("the winter of 2019", "2019-WI"), ("early December", "2019-12")]
    assert parsed_values("He was elected in 2019, in November.", published) == [("2019", "2019"), ("November", "2019-11")]
    # a month outside the season says nothing of the season's year; a month further on in the sentence is the story's
    assert parsed_values("Sales peaked in the summer of 2021, and fell in November.", published)[1] != ("November", "2021-11")


@pytest.mark.parametrize("published", ["2026-12-01", "2027-01-05", "2026-06-30"])
def test_the_same_year_or_that_same_month_is_the_one_named_before(published):
    assert parsed_values("The plant opened in 2021. The same year, it was fined.", published) == [("2021", "2021"), ("The same year", "2021")]
    assert parsed_values("The plant opened in 2021. That same year, it was fined.", published) == [("2021", "2021"), ("That same year", "2021")]
    assert parsed_values("The plant opened in March 2021. That same month, it was fined.", published) == [
        ("March 2021", "2021-03"), ("That same month", "2021-03")]
    # with nothing named before, the publication's
    assert parsed_values("The same year, prices fell.", published) == [("The same year", published[:4])]


@pytest.mark.parametrize("published", ["2026-12-01", "2027-01-05"])
def test_a_part_of_the_following_year_or_month_counts_from_the_one_named(published):
    assert parsed_values("The plant opened in 2021. Early the following year, it was fined.", published) == [
        ("2021", "2021"), ("Early the following year", "2022")]
    found = parsed_values("The plant opened in March 2021. By the end of the following month, it employed 500 people.", published)
    assert found == [("March 2021", "2021-03"), ("the end of the following month", "2021-04")]


@pytest.mark.parametrize("published", ["2026-12-07", "2027-01-01"])
def test_the_next_morning_told_of_the_past_with_no_day_named_is_no_known_day_the_previous_evening_is(published):
    assert parsed_values("The next morning, the town was quiet.", published) == [("The next morning", "XXXX-XX-XXTMO")]
    # "the previous evening" counts back from publication, as "the previous day" and "the day before" do: no past after it
    yesterday = (date.fromisoformat(published) - timedelta(days=1)).isoformat()
    assert parsed_values("The previous evening, he had dined with friends.", published) == [("The previous evening", f"{yesterday}TEV")]
    assert parsed_values("The previous day, he had dined with friends.", published) == [("The previous day", yesterday)]
    # told ahead, or after a day named, it counts from that day
    tomorrow = (date.fromisoformat(published) + timedelta(days=1)).isoformat()
    assert parsed_values("The next morning, the town will be quiet.", published) == [("The next morning", f"{tomorrow}TMO")]


@pytest.mark.parametrize("published", ["2026-12-01", "2027-01-05"])
def test_a_date_with_its_past_year_opening_a_sentence_goes_on_into_the_next_month_opening_one(published):
    for opening, value in (("In April 2024", "2024-04"), ("On April 9, 2024", "2024-04-09"), ("In the spring of 2024", "2024-SP")):
        found = parsed_values(f"{opening}, rebel units crossed the river. By June, the front had stabilised.", published)
        assert found == [(opening.split(" ", 1)[1], value), ("June", "2024-06")], opening
    found = parsed_values("In November 2023, the rebels crossed the river. By February, they held the north.", published)
    assert found[-1] == ("February", "2024-02")
    # not where the date stands further in its sentence, which news returns from
    found = parsed_values("The company was founded in April 2004. In March, it reported record profits.", published)
    assert found[-1][1] != "2004-03" and found[-1][1] != "2005-03"


@pytest.mark.parametrize("published", ["2013-03-25", "2025-01-06", "2026-06-01"])  # Mondays
def test_the_early_hours_after_a_day_told_of_late_in_it_are_the_next_day_s(published):
    day = date.fromisoformat(published)
    sunday, saturday = (day - timedelta(days=1)).isoformat(), (day - timedelta(days=2)).isoformat()
    found = parsed_values("The president flew to Brussels on Sunday afternoon. Ministers approved the deal in the early hours.", published)
    assert found == [("Sunday afternoon", f"{sunday}TAF"), ("the early hours", f"{published}TMO")]
    found = parsed_values("Talks began on Saturday night and ended in the early hours.", published)
    assert found == [("Saturday night", f"{saturday}TNI"), ("the early hours", f"{sunday}TMO")]
    # a day told of whole: its own early hours
    assert parsed_values("Talks began on Saturday and ended in the early hours.", published)[-1] == ("the early hours", f"{saturday}TMO")


@pytest.mark.parametrize("published", ["2013-11-13", "2024-10-02", "2025-12-01"])
def test_the_year_after_a_month_ahead_is_that_month_s_only_in_a_story_of_what_will_be(published):
    year = int(published[:4])
    found = parsed_values("Schools will reopen in January. The rainy season runs until the end of the year.", published)
    assert found == [("January", f"{year + 1}-01"), ("the end of the year", str(year))]
    found = parsed_values("Schools will reopen in January. By the end of the year, all of them will have been rebuilt.", published)
    assert found == [("January", f"{year + 1}-01"), ("the end of the year", str(year + 1))]
    # a future of another clause further on says nothing of it
    found = parsed_values("He will be sworn in on Jan. 20. He faces a deadline at the end of the year to avert a fiscal cliff of tax "
                          "increases and spending cuts due to take effect on Jan. 1.", published)
    assert found[1] == ("the end of the year", str(year))


@pytest.mark.parametrize("published", ["2015-01-27", "2024-12-31", "2025-06-03"])  # Tuesdays
def test_overnight_ahead_of_a_morning_named_is_the_night_into_it(published):
    day = date.fromisoformat(published)
    found = parsed_values("The storm was expected to taper off by Wednesday morning. Forecasters said temperatures "
                          "would plunge below zero overnight.", published)
    assert found == [("Wednesday morning", f"{(day + timedelta(days=1)).isoformat()}TMO"), ("overnight", f"{published}TNI")]
    # after a day named whole, that day's night
    found = parsed_values("The storm will hit on Friday. Temperatures will plunge overnight.", published)
    assert found[-1] == ("overnight", f"{(day + timedelta(days=3)).isoformat()}TNI")


@pytest.mark.parametrize("published", ["2013-02-06", "2025-01-20", "2024-12-02"])
def test_a_day_set_beside_the_month_just_named_is_that_month_s(published):
    year = int(published[:4])
    found = values(f"The crisis began in January {year - 1}. Two months later, on March 22, soldiers seized power.", published)
    assert found[1:] == [("Two months later", f"{year - 1}-03"), ("March 22", f"{year - 1}-03-22")]
    # not a day of that month's name further on in the sentence
    found = values(f"Sales were weak in March {year - 2}, and on March 22 the firm will report.", published)
    assert found[-1][1] != f"{year - 2}-03-22"


@pytest.mark.parametrize("published", ["2013-05-03", "2024-01-02", "2025-12-31"])
def test_a_month_after_one_that_went_on_in_a_past_years_story_goes_on_with_it(published):
    text = "In 2001, the company cut half its staff. In January, it closed its offices, and in June it sold its software unit."
    assert parsed_values(text, published) == [("2001", "2001"), ("January", "2001-01"), ("June", "2001-06")]
    # told ahead, a month is no part of that story
    ahead = "In 2001, the company cut half its staff. In January, it closed its offices, and it will reopen them in June."
    assert parsed_values(ahead, published)[-1][1] >= published[:7]


@pytest.mark.parametrize("published", ["2013-05-03", "2024-01-02", "2025-12-31"])
def test_a_month_after_a_past_season_opening_its_sentence_goes_on_from_that_season(published):
    text = "The crisis hit in 2008. That autumn, the company lost its biggest customer, and in December it announced job cuts."
    assert parsed_values(text, published) == [("2008", "2008"), ("That autumn", "2008-FA"), ("December", "2008-12")]
    text = "The crisis hit in 2008. That autumn, it lost its biggest customer, and in March it cut jobs. Early the next year, it got a loan."
    assert parsed_values(text, published)[2:] == [("March", "2009-03"), ("Early the next year", "2010")]


@pytest.mark.parametrize("published", ["2024-10-09", "2025-01-01", "2026-12-31"])
def test_a_day_then_a_year_said_relative_to_another_is_one_date_in_that_year(published):
    year = int(published[:4])
    text = "Parliament was last dissolved in October 2021. That election was held on Oct. 31 that year."
    assert values(text, published)[-1] == ("Oct. 31 that year", "2021-10-31")
    assert values("He was arrested in 2019 and convicted on 3 June the following year.", published)[-1] == (
        "3 June the following year", "2020-06-03")
    assert values("The plant opened on March 5 last year.", published) == [("March 5 last year", f"{year - 1}-03-05")]


@pytest.mark.parametrize("published", ["2011-03-15", "2024-12-31", "2025-06-02"])
def test_the_next_morning_of_a_story_says_nothing_of_the_future(published):
    day = date.fromisoformat(published)
    friday = day - timedelta(days=(day.weekday() - 4) % 7 or 7)  # the last Friday before publication
    monday = friday + timedelta(days=3)
    if monday > day:  # told on a Monday, that morning is the publication day's
        friday, monday = friday - timedelta(days=7), monday - timedelta(days=7)
    text = "The quake struck on Friday. An explosion hit the first reactor the next afternoon, and a second on Monday morning."
    assert [v for _, v in parsed_values(text, published)] == [
        friday.isoformat(), f"{friday + timedelta(days=1)}TAF", f"{monday}TMO"]
    # "over the next day or two" does look ahead
    assert [v for _, v in parsed_values("More storms are likely over the next day or two, and on Monday.", published)][-1] == (
        (day + timedelta(days=(0 - day.weekday()) % 7 or 7)).isoformat())


def _thanksgiving(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)  # the fourth Thursday of November


@pytest.mark.parametrize("published", ["2019-11-29", "2023-11-27", "2024-12-02"])
def test_a_year_a_figure_is_compared_with_sets_no_scene(published):
    year = int(published[:4])
    for sentence in ("The shopping season is six days shorter than last year because Thanksgiving fell late.",
                     "Sales rose 5 percent from last year, and Thanksgiving fell late."):
        assert parsed_values(sentence, published)[-1] == ("Thanksgiving", _thanksgiving(year).isoformat()), sentence
    # a year the clause is told in does
    assert parsed_values("Sales last year peaked on Thanksgiving.", published)[-1] == ("Thanksgiving", _thanksgiving(year - 1).isoformat())


@pytest.mark.parametrize("published", ["2014-06-06", "2021-12-26", "2025-01-02"])
def test_a_month_in_the_past_perfect_looks_back_from_the_storys_day(published):
    day = date.fromisoformat(published)
    latest_august = day.year if day.month > 8 else day.year - 1
    text = "Gorbachev resigned on Dec. 25, 1991. A failed coup in August had hastened the end."
    assert parsed_values(text, published)[-1] == ("August", "1991-08")
    assert parsed_values("The landings on June 6, 1944, involved 150,000 troops. By August, Paris had been liberated.", published)[-1] == (
        "August", "1944-08")
    # told in the simple past, a month alone returns to the news, as the corpora's stories do
    assert parsed_values("The landings on June 6, 1944, involved 150,000 troops. Paris was liberated in August.", published)[-1] == (
        "August", f"{latest_august}-08")
    # a date with its year that names a thing ("the Dec. 21, 1988, bombing") is no day of the story
    assert parsed_values("The two were charged in the Dec. 21, 1988, bombing of a jet. They had been handed over in August.", published)[-1] == (
        "August", f"{latest_august}-08")


@pytest.mark.parametrize("published", ["2014-06-06", "2021-12-26", "2025-01-02"])
def test_the_following_may_is_a_month(published):
    assert parsed_values("The landings on June 6, 1944, involved 150,000 troops. The war in Europe ended the following May.", published)[-1] == (
        "the following May", "1945-05")


@pytest.mark.parametrize("published", ["2019-07-16", "2024-02-29", "2026-12-07"])
def test_a_month_opening_a_sentence_goes_on_in_the_story_the_sentence_before_told(published):
    # after a day of a past year, told in the sentence before, the next such month; not after a year alone
    story = ("Apollo 11 lifted off on July 16, 1969. The astronauts returned on July 24. In November, a second crew landed. "
             "By February, a third was training.")
    assert [v for _, v in parsed_values(story, published)] == ["1969-07-16", "1969-07-24", "1969-11", "1970-02"]
    crisis = "The bank failed on Sept. 15, 2008. That weekend, officials had looked for a buyer. By October, the crisis had spread. In November, the Fed acted."
    assert [v for _, v in parsed_values(crisis, published)] == ["2008-09-15", "2008-W38-WE", "2008-10", "2008-11"]
    year = int(published[:4])
    april = f"{year if published[5:7] >= '04' else year - 1}-04"
    assert parsed_values("The dam was completed in 1986. In April, engineers found cracks.", published) == [("1986", "1986"), ("April", april)]
    assert parsed_values("The dam was completed on May 3, 1986. In April, engineers found cracks.", published)[-1] == ("April", april)


@pytest.mark.parametrize("published", ["2017-08-14", "2025-01-01", "2026-03-02"])
def test_a_fronted_day_told_in_the_past_perfect_is_a_look_back_not_the_storys_day(published):
    day = date.fromisoformat(published)
    saturday = day - timedelta(days=(day.weekday() - 5) % 7 or 7)
    for flashback in ("A day earlier, marchers had carried torches.", "On Friday, marchers had carried torches."):
        found = parsed_values(f"A car hit protesters on Saturday. {flashback} That night, the governor declared an emergency.", published)
        assert found[-1] == ("That night", f"{saturday}TNI")
    # told in the simple past, the day before is the story's day
    found = parsed_values("A car hit protesters on Saturday. On Friday, marchers carried torches. That night, police arrived.", published)
    assert found[-1] == ("That night", f"{saturday - timedelta(days=1)}TNI")


@pytest.mark.parametrize("published,thursday", [("2024-06-07", "2024-06-06"), ("2025-01-03", "2025-01-02"), ("2024-03-01", "2024-02-29")])
def test_by_the_afternoon_of_the_day_told_of(published, thursday):
    found = values("Jurors met on Thursday morning. By the afternoon, they had reached a verdict.", published)
    assert found == [("Thursday morning", f"{thursday}TMO"), ("the afternoon", f"{thursday}TAF")]
    # some days before a thing, after a comma
    assert values("The money was paid in October 2016, days before the election.", published)[1:] == [("days", "PXD")]


@pytest.mark.parametrize("published", ["2024-11-14", "2025-01-01"])
def test_the_year_said_again_after_a_year_named(published):
    assert values("He was born in 1931, the year the bridge opened.", published) == [("1931", "1931"), ("the year", "1931")]
    assert values("The firm lost money in 2023, the year of the crash.", published)[1] == ("the year", "2023")
    # "the year" not right after a year named is still the publication's
    assert values("For the year, sales rose 4%.", published) == [("the year", published[:4])]


@pytest.mark.parametrize("published", ["2024-11-14", "2025-01-01"])
def test_early_the_next_year_counts_from_the_year_named(published):
    assert parsed_values("In 2015, the firm moved to Berlin. Early the next year, it hired 200 people.", published) == [
        ("2015", "2015"), ("Early the next year", "2016")]
