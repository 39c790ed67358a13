"""Holidays of other calendars (kg/timex/calendars.py): the day each falls on, and how a sentence dates it."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kg import nlp
from kg.tense import parse_hint
from kg.timex import find_timexes
from kg.timex.calendars import (
    calendar_holiday_dates,
    chinese_date,
    chinese_new_year,
    hebrew_date,
    islamic_date,
    new_moon,
    nowruz,
    orthodox_easter,
    sun_longitude,
)
from tests.test_tense import parsed_values

# Days as they were kept: Saudi Arabia's Eids and first days of Ramadan, the Hebrew holidays, the Chinese new
# year, Iran's Nowruz and Orthodox Easter, as published calendars list them.
_EID_AL_FITR = ["2020-05-24", "2021-05-13", "2022-05-02", "2023-04-21", "2024-04-10", "2025-03-30", "2026-03-20"]
_EID_AL_ADHA = ["2019-08-11", "2020-07-31", "2021-07-20", "2022-07-09", "2023-06-28", "2024-06-16", "2025-06-06", "2026-05-27"]
_RAMADAN_BEGINS = ["2020-04-24", "2021-04-13", "2022-04-02", "2023-03-23", "2024-03-11", "2025-03-01", "2026-02-18"]
_CHINESE_NEW_YEAR = ["1985-02-20", "1990-01-27", "1996-02-19", "1998-01-28", "2004-01-22", "2007-02-18", "2012-01-23",
                     "2015-02-19", "2020-01-25", "2023-01-22", "2025-01-29", "2026-02-17", "2027-02-06", "2034-02-19"]


@pytest.mark.parametrize("kept", _EID_AL_FITR)
def test_eid_al_fitr_is_the_first_of_shawwal_as_kept(kept):
    day = date.fromisoformat(kept)
    assert calendar_holiday_dates("islamic", 10, 1, day.year) == [day]


@pytest.mark.parametrize("kept", _EID_AL_ADHA)
def test_eid_al_adha_is_the_tenth_of_dhu_al_hijja_as_kept(kept):
    day = date.fromisoformat(kept)
    assert calendar_holiday_dates("islamic", 12, 10, day.year) == [day]


@pytest.mark.parametrize("hijri_year,kept", list(zip(range(1441, 1448), _RAMADAN_BEGINS, strict=True)))
def test_the_islamic_month_starts_the_day_after_a_new_moon_before_sunset_at_mecca(hijri_year, kept):
    assert islamic_date(hijri_year, 9, 1) == date.fromisoformat(kept)


def test_an_islamic_holiday_can_come_twice_in_one_year():
    assert calendar_holiday_dates("islamic", 10, 1, 2000) == [date(2000, 1, 8), date(2000, 12, 27)]
    assert calendar_holiday_dates("islamic", 10, 1, 2001) == [date(2001, 12, 16)]


@pytest.mark.parametrize("month,day,kept", [
    (1, 15, ["1998-04-11", "2022-04-16", "2023-04-06", "2024-04-23", "2025-04-13", "2026-04-02"]),  # Passover
    (7, 1, ["1998-09-21", "2023-09-16", "2024-10-03", "2025-09-23", "2026-09-12"]),  # Rosh Hashanah
    (7, 10, ["1998-09-30", "2023-09-25", "2024-10-12", "2025-10-02"]),  # Yom Kippur
    (9, 25, ["1998-12-14", "2022-12-19", "2023-12-08", "2024-12-26", "2025-12-15"]),  # Hanukkah
])
def test_hebrew_holidays(month, day, kept):
    for k in kept:
        assert calendar_holiday_dates("hebrew", month, day, int(k[:4])) == [date.fromisoformat(k)]


def test_a_hebrew_leap_year_has_its_second_adar_before_nisan():
    assert hebrew_date(5787, 1, 15) == date(2027, 4, 22)  # 5787 is leap: Passover comes late, in April 2027
    assert (hebrew_date(5787, 1, 1) - hebrew_date(5787, 7, 1)).days == 30 + 30 + 30 + 29 + 30 + 30 + 29  # a full year
    assert (hebrew_date(5784, 1, 1) - hebrew_date(5784, 13, 1)).days == 29  # 5784 was leap: Adar II ran to Nisan


@pytest.mark.parametrize("kept", _CHINESE_NEW_YEAR)
def test_chinese_new_year(kept):
    day = date.fromisoformat(kept)
    assert chinese_new_year(day.year) == day


def test_chinese_new_year_always_falls_between_january_21_and_february_20():
    for year in range(1950, 2101):
        assert date(year, 1, 21) <= chinese_new_year(year) <= date(year, 2, 20), year


@pytest.mark.parametrize("year,kept", [(1998, "1998-03-21"), (2020, "2020-03-20"), (2024, "2024-03-20"), (2025, "2025-03-21")])
def test_nowruz_is_the_equinox_day_in_tehran_or_the_next_after_noon(year, kept):
    assert nowruz(year) == date.fromisoformat(kept)


@pytest.mark.parametrize("year,kept", [(1998, "1998-04-19"), (2023, "2023-04-16"), (2024, "2024-05-05"), (2025, "2025-04-20"),
                                       (2026, "2026-04-12")])
def test_orthodox_easter(year, kept):
    assert orthodox_easter(year) == date.fromisoformat(kept)


def test_new_moons_and_the_sun_agree_with_eclipses_and_solstices():
    assert abs((new_moon(300) - datetime(2024, 4, 8, 18, 21)).total_seconds()) < 120  # April 2024's total eclipse
    assert abs(sun_longitude(datetime(2025, 12, 21, 15, 3)) - 270) < 0.02  # the December solstice of 2025
    assert abs(sun_longitude(datetime(2026, 3, 20, 14, 46)) % 360) < 0.02  # the March equinox of 2026


@pytest.mark.parametrize("published,sentence,expected", [
    ("2026-03-10", "Shops will stay open late ahead of Eid al-Fitr.", [("Eid al-Fitr", "2026-03-20")]),
    ("2026-03-25", "Prices rose before Eid al-Fitr, traders said.", [("Eid al-Fitr", "2026-03-20")]),
    ("2026-05-01", "Pilgrims will gather in Mecca before Eid al-Adha.", [("Eid al-Adha", "2026-05-27")]),
    ("2026-04-20", "Families gathered for Passover, the rabbi said.", [("Passover", "2026-04-02")]),
    ("2026-03-30", "The ceasefire held over Passover.", [("Passover", "2025-04-13")]),  # told before this year's
    ("2026-09-01", "Schools will close for Rosh Hashanah and Yom Kippur.", [("Rosh Hashanah", "2026-09-12"), ("Yom Kippur", "2026-09-21")]),
    ("2026-01-20", "Travel is expected to peak before the Lunar New Year.", [("Lunar New Year", "2026-02-17")]),
    ("2026-02-25", "Sales fell during the Chinese New Year holiday.", [("Chinese New Year", "2026-02-17")]),
    ("2026-03-15", "Iranians will mark Nowruz next week.", [("Nowruz", "2026-03-21"), ("next week", "2026-W12")]),
    ("2026-04-14", "The two sides swapped prisoners before Orthodox Easter.", [("Orthodox Easter", "2026-04-12")]),
    # a week before it, what was done before it is done before the coming one (round 26 had last year's)
    ("2026-04-05", "The two sides swapped prisoners before Orthodox Easter.", [("Orthodox Easter", "2026-04-12")]),
    ("2026-01-05", "The two sides swapped prisoners at Orthodox Easter.", [("Orthodox Easter", "2025-04-20")]),
    ("2026-01-03", "Churches will hold services on Orthodox Christmas.", [("Orthodox Christmas", "2026-01-07")]),
    ("2026-07-01", "The attack came on Eid al-Adha 2024, he said.", [("Eid al-Adha 2024", "2024-06-16")]),
    ("2026-05-10", "By next Passover, the line should be finished.", [("next Passover", "2027-04-22")]),
    ("2000-12-01", "Markets will close for Eid al-Fitr.", [("Eid al-Fitr", "2000-12-27")]),  # the year's second
    ("2000-12-01", "Markets closed for Eid al-Fitr.", [("Eid al-Fitr", "2000-01-08")]),
    ("2026-10-01", "The market was closed for Yom Kippur on Monday.", [("Yom Kippur", "2026-09-21"), ("Monday", "2026-09-21")]),
])
def test_a_sentence_dates_a_holiday_of_another_calendar_by_its_tense(published, sentence, expected):
    assert parsed_values(sentence, published) == expected


@pytest.mark.parametrize("sentence", ["Veterans of the Yom Kippur war met on Monday.", "Historians of the Easter rising met on Monday.",
                                      "Since the Good Friday agreement, the border has been open, he said on Monday.",
                                      "Christmas Island took in the refugees, officials said on Monday."])
def test_an_event_or_place_named_for_a_holiday_is_not_a_date(sentence):
    assert [text for text, _ in parsed_values(sentence, "2026-02-04")] == ["Monday"]


@pytest.mark.parametrize("published,sentence,expected", [
    # told in it: the month running now, whatever the tense
    ("2026-03-01", "Militants will observe a truce during Ramadan.", ("2026-03", "2026-02-18", "2026-03-19")),
    ("2026-03-01", "Attacks fell during Ramadan, officials said.", ("2026-03", "2026-02-18", "2026-03-19")),
    ("2026-06-01", "Attacks fell during Ramadan, officials said.", ("2026-03", "2026-02-18", "2026-03-19")),
    ("2026-06-01", "Militants will observe a truce during Ramadan.", ("2027-02", "2027-02-08", "2027-03-08")),
    ("2013-06-01", "Militants will observe a truce during Ramadan.", ("2013-07", "2013-07-09", "2013-08-07")),
])
def test_ramadan_is_valued_as_the_month_holding_most_of_it_with_its_own_interval(published, sentence, expected):
    found = find_timexes(sentence, published, parse_hint(nlp.parse(sentence), sentence))
    assert [(t.text, t.value, t.start, t.end) for t in found] == [("Ramadan", *expected)]


@pytest.mark.parametrize("published", ["2026-02-18", "2026-12-24"])
def test_a_holiday_in_a_clause_of_what_happens_as_a_rule_is_no_one_years(published):
    assert parsed_values("Prices rise before Ramadan every year.", published)[0] == ("Ramadan", "XXXX-XX")
    assert parsed_values("Shops usually close on Christmas Day.", published) == [("Christmas Day", "XXXX-12-25")]
    assert parsed_values("Markets usually close for Passover.", published) == [("Passover", "XXXX-XX-XX")]


def test_a_day_after_a_month_long_holiday_leaves_the_month_whole():
    found = parsed_values("Muslims around the world began fasting for Ramadan on Wednesday.", "2026-02-19")
    assert found == [("Ramadan", "2026-03"), ("Wednesday", "2026-02-18")]


@pytest.mark.parametrize("published,sentence,expected", [
    ("2026-12-07", "Troops will parade on Red Square on Victory Day.", [("Victory Day", "2027-05-09")]),
    ("2026-11-13", "Sales on Singles Day rose 8 percent.", [("Singles Day", "2026-11-11")]),
    ("2027-01-01", "Crowds gathered in the capital for Hogmanay.", [("Hogmanay", "2026-12-31")]),
    # a day of a cause is no time, as TimeBank marks it
    ("1998-03-05", "International Women's Day is this coming Sunday.", [("this coming Sunday", "1998-03-08")]),
])
def test_more_holidays_on_fixed_days(published, sentence, expected):
    assert parsed_values(sentence, published) == expected


@pytest.mark.parametrize("kept", ["2019-03-21", "2020-03-10", "2022-03-17", "2024-03-24", "2025-03-14", "2026-03-03", "2027-03-23"])
def test_purim_is_the_fourteenth_of_adar_adar_ii_in_a_leap_year(kept):
    day = date.fromisoformat(kept)
    assert calendar_holiday_dates("hebrew", 13, 14, day.year) == [day]
    assert parsed_values("Purim celebrations were muted this year.", kept)[0] == ("Purim", kept)


@pytest.mark.parametrize("published,expected", [
    ("2026-03-15", "2026-03-20"),  # Eid al-Fitr, five days on
    ("2026-05-20", "2026-05-27"),  # Eid al-Adha, a week on, though Eid al-Fitr came two months back
    ("2026-06-10", "2026-05-27"),
])
def test_eid_alone_is_either_eid_the_nearer_as_the_clause_points(published, expected):
    assert parsed_values("Prices rose ahead of Eid.", published) == [("Eid", expected)]
    assert parsed_values("Happy Eid to all our readers.", published) == [("Eid", expected)]
    # a surname, not the holiday
    assert parsed_values("Mohamed Eid, the minister, resigned.", published) == []


@pytest.mark.parametrize("published,expected", [("2026-12-15", "2026-12-25"), ("2026-03-15", "2026-03-20")])
def test_a_holiday_near_ahead_that_something_was_done_before_is_the_coming_one(published, expected):
    holiday = "Christmas" if expected.endswith("12-25") else "Eid al-Fitr"
    assert parsed_values(f"Prices rose ahead of {holiday}.", published) == [(holiday, expected)]
    # told of the past with no such word, the one before
    assert parsed_values(f"Prices rose at {holiday}.", published)[0][1] < published


@pytest.mark.parametrize("published", ["2026-06-10", "2027-01-20"])
def test_a_weekday_a_holiday_fell_on_in_a_year_named_after_it(published):
    year = int(published[:4])
    assert parsed_values("Christmas fell on a Friday last year.", published)[1:] == [("Friday", f"{year - 1}-WXX-5"), ("last year", str(year - 1))]


@pytest.mark.parametrize("published,expected", [("2026-02-10", "2026-02-17"), ("2025-01-20", "2025-01-29")])
def test_tet_is_the_lunar_new_year_and_songkran_the_thirteenth_of_april(published, expected):
    assert parsed_values("Millions travel home for Tet.", published) == [("Tet", expected)]
    assert parsed_values("Thai cities prepare for Songkran.", published) == [("Songkran", f"{published[:4]}-04-13")]
    # an offensive named for it is no date; nor is an acronym in a sentence not in capitals
    assert parsed_values("The Tet Offensive began in 1968. TET results were strong.", published) == [("1968", "1968")]
    assert [t for t, _ in parsed_values("SHOPS CLOSE FOR CHRISTMAS", published)] == ["CHRISTMAS"]


# The Mid-Autumn and Dragon Boat festivals as kept in China, 2017-2030 (2020 and 2023 have leap months before them)
_MID_AUTUMN = ["2017-10-04", "2018-09-24", "2019-09-13", "2020-10-01", "2021-09-21", "2022-09-10", "2023-09-29", "2024-09-17",
               "2025-10-06", "2026-09-25", "2027-09-15", "2028-10-03", "2029-09-22", "2030-09-12"]
_DRAGON_BOAT = ["2017-05-30", "2018-06-18", "2019-06-07", "2020-06-25", "2021-06-14", "2022-06-03", "2023-06-22", "2024-06-10",
                "2025-05-31", "2026-06-19", "2027-06-09", "2028-05-28", "2029-06-16", "2030-06-05"]


@pytest.mark.parametrize("mid_autumn,dragon_boat", list(zip(_MID_AUTUMN, _DRAGON_BOAT, strict=True)))
def test_days_of_chinese_months_past_a_leap_month_as_kept(mid_autumn, dragon_boat):
    year = int(mid_autumn[:4])
    assert chinese_date(year, 8, 15) == date.fromisoformat(mid_autumn)
    assert chinese_date(year, 5, 5) == date.fromisoformat(dragon_boat)
    assert chinese_date(year, 1, 1) == chinese_new_year(year)


def test_the_months_after_the_solstice_belong_to_the_year_that_began_before_it():
    assert chinese_date(2024, 12, 8) == date(2025, 1, 7)  # Laba, the eighth of the twelfth month
    assert chinese_date(2033, 11, 1) == date(2033, 11, 22)  # 2033's leap month comes after its eleventh


@pytest.mark.parametrize("published,sentence,expected", [
    ("2026-09-20", "Koreans head home for Chuseok.", [("Chuseok", "2026-09-25")]),
    ("2026-06-01", "Races will be held during the Dragon Boat Festival.", [("Dragon Boat Festival", "2026-06-19")]),
    ("2026-10-10", "Sales of mooncakes slumped before the Mid-Autumn Festival.", [("Mid-Autumn Festival", "2026-09-25")]),
])
def test_festivals_of_the_chinese_calendar_in_a_sentence(published, sentence, expected):
    assert parsed_values(sentence, published) == expected


_DIWALI = ["2010-11-05", "2011-10-26", "2012-11-13", "2013-11-03", "2014-10-23", "2015-11-11", "2016-10-30", "2017-10-19",
           "2018-11-07", "2019-10-27", "2020-11-14", "2021-11-04", "2022-10-24", "2023-11-12", "2024-10-31", "2025-10-20",
           "2026-11-08", "2027-10-29", "2028-10-17", "2029-11-05", "2030-10-26"]


@pytest.mark.parametrize("kept", _DIWALI)
def test_diwali_as_kept(kept):
    day = date.fromisoformat(kept)
    assert calendar_holiday_dates("hindu", 0, 0, day.year) == [day]


def test_the_moon_s_longitude_as_meeus_computes_it():
    from kg.timex.calendars import moon_longitude

    assert abs(moon_longitude(datetime(1992, 4, 12)) - 133.167) < 0.02  # example 47.a, apparent longitude


@pytest.mark.parametrize("published,sentence,expected", [
    ("2026-10-10", "Shops are busy before Diwali.", ("Diwali", "2026-11-08")),
    ("2026-11-20", "Air quality worsened after Diwali.", ("Diwali", "2026-11-08")),
    ("2025-10-01", "Deepavali falls on a Monday this year.", ("Deepavali", "2025-10-20")),
])
def test_diwali_in_a_sentence(published, sentence, expected):
    assert parsed_values(sentence, published)[0] == expected


_HOLI = ["2010-03-01", "2011-03-20", "2012-03-08", "2013-03-27", "2014-03-17", "2015-03-06", "2016-03-24", "2017-03-13",
         "2018-03-02", "2019-03-21", "2020-03-10", "2021-03-29", "2022-03-18", "2023-03-08", "2024-03-25", "2025-03-14",
         "2026-03-04", "2027-03-22", "2028-03-11"]


@pytest.mark.parametrize("kept", _HOLI)
def test_holi_as_kept(kept):
    # the full moon falls before the late afternoon by India's clock in 2013, 2022 and 2027, after it in 2014, 2023 and 2026
    day = date.fromisoformat(kept)
    assert calendar_holiday_dates("phalguna", 0, 0, day.year) == [day]


@pytest.mark.parametrize("published,sentence,expected", [
    ("2026-02-20", "Schools will close for Holi.", [("Holi", "2026-03-04")]),
    ("2026-12-07", "Millions will celebrate Holi next year.", [("Holi next year", "2027-03-22")]),
    ("2023-03-10", "Bonfires were lit on Holika Dahan.", [("Holika Dahan", "2023-03-07")]),
    ("2013-06-05", "Holi was celebrated across India in March.", [("Holi", "2013-03-27"), ("March", "2013-03")]),
])
def test_holi_in_a_sentence(published, sentence, expected):
    assert parsed_values(sentence, published) == expected
