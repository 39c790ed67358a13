"""Holidays of calendars kept by the moon or the sun: Islamic, Hebrew, Chinese, Persian, Orthodox and Hindu.

News dates Eid, Passover, the Lunar New Year and Nowruz by calendars whose days move against the Gregorian
year. Each is counted here from first principles, so any year works offline:

- the **Islamic** month starts as Saudi Arabia's Umm al-Qura calendar starts it: the day after the new moon if
  the moon is new before sunset at Mecca, else a day later (that calendar also asks that the moon set after the
  sun, which this leaves out; where a country sights the moon, its feast can fall a day after);
- the **Hebrew** calendar is arithmetic (the molad and its postponements);
- the **Chinese** year starts on the second new moon after the month holding the winter solstice (the third
  when a leap month falls between), as Beijing's clock dates the new moon;
- **Nowruz** is the day of the March equinox in Tehran, or the next when the equinox comes after noon;
- **Orthodox** Easter is the Julian computus;
- **Diwali** is the evening in the last lunar day (the moon within 12 degrees of new) of the lunar month in
  which the sun enters sidereal Libra, as north India's clock and Lahiri's ayanamsa date it.

New moons follow Meeus, *Astronomical Algorithms*, ch. 49 (to seconds in this era); the sun's longitude his
low-precision series (ch. 25, about a hundredth of a degree), the moon's the main terms of his ch. 47 (a few
hundredths), Mecca's sunset a formula good to a few minutes. A holiday whose new moon or equinox falls within
minutes of the boundary its rule draws (midnight in Beijing, sunset at Mecca, noon in Tehran, dusk in Delhi) may
be a day off; Diwali's two evenings are both kept where the last lunar day spans them (2024's 31 October and 1
November: the first is taken).

>>> calendar_holiday_dates("islamic", 10, 1, 2026), calendar_holiday_dates("hebrew", 1, 15, 2026)
([datetime.date(2026, 3, 20)], [datetime.date(2026, 4, 2)])
>>> calendar_holiday_dates("chinese", 1, 1, 2026), calendar_holiday_dates("persian", 1, 1, 2026)
([datetime.date(2026, 2, 17)], [datetime.date(2026, 3, 21)])
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from functools import lru_cache

_SYNODIC_MONTH = 29.530588861
_J2000 = 2451545.0  # Julian day of 2000-01-01 12:00
_DELTA_T = 69 / 86400  # terrestrial minus universal time, about a minute since the 1980s: a day's fraction
_NEW_MOON_2000 = date(2000, 1, 6)  # the new moon Meeus numbers 0

# Periodic terms of the true new moon (Meeus, table 49.A): coefficient, then the multiples of E (eccentricity
# factor), M (sun's anomaly), M' (moon's anomaly), F (moon's latitude argument) and the node.
_NEW_MOON_TERMS = (
    (-0.40720, 0, 0, 1, 0, 0), (0.17241, 1, 1, 0, 0, 0), (0.01608, 0, 0, 2, 0, 0), (0.01039, 0, 0, 0, 2, 0),
    (0.00739, 1, -1, 1, 0, 0), (-0.00514, 1, 1, 1, 0, 0), (0.00208, 2, 2, 0, 0, 0), (-0.00111, 0, 0, 1, -2, 0),
    (-0.00057, 0, 0, 1, 2, 0), (0.00056, 1, 1, 2, 0, 0), (-0.00042, 0, 0, 3, 0, 0), (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0), (-0.00024, 1, -1, 2, 0, 0), (-0.00017, 0, 0, 0, 0, 1), (-0.00007, 0, 2, 1, 0, 0),
    (0.00004, 0, 0, 2, -2, 0), (0.00004, 0, 3, 0, 0, 0), (0.00003, 0, 1, 1, -2, 0), (0.00003, 0, 0, 2, 2, 0),
    (-0.00003, 0, 1, 1, 2, 0), (0.00003, 0, -1, 1, 2, 0), (-0.00002, 0, -1, 1, -2, 0), (-0.00002, 0, 1, 3, 0, 0),
    (0.00002, 0, 0, 4, 0, 0),
)
# The planets' pull (Meeus, the fourteen additional corrections): angle at k = 0, its growth per lunation, coefficient.
_PLANETARY_TERMS = (
    (299.77, 0.107408, 0.000325), (251.88, 0.016321, 0.000165), (251.83, 26.651886, 0.000164),
    (349.42, 36.412478, 0.000126), (84.66, 18.206239, 0.000110), (141.74, 53.303771, 0.000062),
    (207.14, 2.453732, 0.000060), (154.84, 7.306860, 0.000056), (34.52, 27.261239, 0.000047),
    (207.19, 0.121824, 0.000042), (291.34, 1.844379, 0.000040), (161.72, 24.198154, 0.000037),
    (239.56, 25.513099, 0.000035), (331.55, 3.592518, 0.000023),
)

# The moon's longitude: Meeus' table 47.A, its terms down to 0.002 degrees (D, M, M', F, sine coefficient in 1e-6 degrees)
_MOON_TERMS = (
    (0, 0, 1, 0, 6288774), (2, 0, -1, 0, 1274027), (2, 0, 0, 0, 658314), (0, 0, 2, 0, 213618), (0, 1, 0, 0, -185116),
    (0, 0, 0, 2, -114332), (2, 0, -2, 0, 58793), (2, -1, -1, 0, 57066), (2, 0, 1, 0, 53322), (2, -1, 0, 0, 45758),
    (0, 1, -1, 0, -40923), (1, 0, 0, 0, -34720), (0, 1, 1, 0, -30383), (2, 0, 0, -2, 15327), (0, 0, 1, 2, -12528),
    (0, 0, 1, -2, 10980), (4, 0, -1, 0, 10675), (0, 0, 3, 0, 10034), (4, 0, -2, 0, 8548), (2, 1, -1, 0, -7888),
    (2, 1, 0, 0, -6766), (1, 0, -1, 0, -5163), (1, 1, 0, 0, 4987), (2, -1, 1, 0, 4036), (2, 0, 2, 0, 3994),
    (4, 0, 0, 0, 3861), (2, 0, -3, 0, 3665), (0, 1, -2, 0, -2689), (2, 0, -1, 2, -2602), (2, -1, -2, 0, 2390),
    (1, 0, 1, 0, -2348), (2, -2, 0, 0, 2236),
)
_IST_HOURS = 5.5
_DUSK_IST = 18.5  # hours: the evening hour (pradosh, after sunset in north India) by which Diwali's new-moon day is judged
_HOLI_FULL_BY_IST = 17.0  # hours: a full moon of Phalguna before this hour makes its own day Holi (its eve, Holika Dahan, the one before)
_MECCA = (21.42, 39.83)  # latitude, longitude (degrees east)
_BEIJING_HOURS = 8
_TEHRAN_HOURS = 3.5
_HEBREW_EPOCH = -1373427  # date ordinal of 1 Tishrei of the year 1 (Meeus and Dershowitz-Reingold count alike)
_ISLAMIC_EPOCH = 227015  # date ordinal of 1 Muharram of the year 1 (16 July 622, Julian)


def calendar_holiday_dates(calendar: str, month: int, day: int, year: int) -> list[date]:
    """The Gregorian dates in ``year`` of a calendar's month and day, in order: one, or two where the Islamic
    year, eleven days shorter, holds it twice (for "orthodox", ``day`` counts from Orthodox Easter; for
    "persian", from the new year's day).

    >>> calendar_holiday_dates("islamic", 12, 10, 2025), calendar_holiday_dates("hebrew", 7, 10, 2025)
    ([datetime.date(2025, 6, 6)], [datetime.date(2025, 10, 2)])
    >>> calendar_holiday_dates("islamic", 10, 1, 2000)  # Eid al-Fitr came in January and in December
    [datetime.date(2000, 1, 8), datetime.date(2000, 12, 27)]
    """
    if calendar == "islamic":
        first = int((year - 622) * 33 / 32) - 1
        return [d for d in (islamic_date(y, month, day) for y in range(first, first + 4)) if d.year == year]
    if calendar == "hebrew":
        return [d for d in (hebrew_date(year + k, month, day) for k in (3760, 3761)) if d.year == year]
    if calendar == "chinese":
        return [chinese_new_year(year) + timedelta(days=day - 1) if month == 1 else chinese_date(year, month, day)]
    if calendar == "persian":
        return [nowruz(year) + timedelta(days=day - 1)]
    if calendar == "hindu":
        return [diwali(year) + timedelta(days=day)]
    if calendar == "phalguna":
        return [holi(year) + timedelta(days=day)]
    if calendar == "orthodox":
        return [orthodox_easter(year) + timedelta(days=day)]
    raise ValueError(f"no calendar named {calendar!r}")


# ---------------------------------------------------------------- the moon and the sun


def new_moon(k: int) -> datetime:
    """The new moon numbered ``k`` from the one of 6 January 2000, in universal time.

    >>> new_moon(-283).strftime("%Y-%m-%d %H:%M")  # Meeus' example 49.a, less a minute of delta T
    '1977-02-18 03:36'
    """
    t = k / 1236.85
    jde = 2451550.09766 + _SYNODIC_MONTH * k + 0.00015437 * t**2 - 0.000000150 * t**3 + 0.00000000073 * t**4
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    sun = math.radians(2.5534 + 29.10535670 * k - 0.0000014 * t**2 - 0.00000011 * t**3)
    moon = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t**2 + 0.00001238 * t**3 - 0.000000058 * t**4)
    latitude = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t**2 - 0.00000227 * t**3 + 0.000000011 * t**4)
    node = math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t**2 + 0.00000215 * t**3)
    for c, ne, ns, nm, nf, nn in _NEW_MOON_TERMS:
        jde += c * e**ne * math.sin(ns * sun + nm * moon + nf * latitude + nn * node)
    for i, (a0, per_k, c) in enumerate(_PLANETARY_TERMS):
        jde += c * math.sin(math.radians(a0 + per_k * k - (0.009173 * t**2 if i == 0 else 0)))
    return _datetime_of(jde - _DELTA_T)


def _datetime_of(jd: float) -> datetime:
    return datetime(2000, 1, 1, 12) + timedelta(days=jd - _J2000)


def _julian_day(moment: datetime) -> float:
    return _J2000 + (moment - datetime(2000, 1, 1, 12)).total_seconds() / 86400


def _lunation_near(day: date) -> int:
    return round((day - _NEW_MOON_2000).days / _SYNODIC_MONTH)


def _new_moon_day(k: int, utc_hours: float) -> date:
    """The date of new moon ``k`` on a clock ``utc_hours`` ahead of universal time."""
    return (new_moon(k) + timedelta(hours=utc_hours)).date()


def sun_longitude(moment: datetime) -> float:
    """The sun's apparent longitude in degrees at a moment of universal time (about 0.01 degree).

    >>> round(sun_longitude(datetime(2026, 12, 21, 20, 50)), 1)  # the December solstice
    270.0
    """
    t = (_julian_day(moment) + _DELTA_T - _J2000) / 36525
    mean = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    anomaly = math.radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
    centre = ((1.914602 - 0.004817 * t - 0.000014 * t * t) * math.sin(anomaly)
              + (0.019993 - 0.000101 * t) * math.sin(2 * anomaly) + 0.000289 * math.sin(3 * anomaly))
    node = math.radians(125.04 - 1934.136 * t)
    return (mean + centre - 0.00569 - 0.00478 * math.sin(node)) % 360


def moon_longitude(moment: datetime) -> float:
    """The moon's apparent longitude in degrees at a moment of universal time (a few hundredths of a degree).

    >>> round(moon_longitude(datetime(1992, 4, 12)), 2)  # Meeus' example 47.a: 133.17 with the whole series
    133.18
    """
    t = (_julian_day(moment) + _DELTA_T - _J2000) / 36525
    mean = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t
    d = math.radians(297.8501921 + 445267.1114034 * t - 0.0018819 * t * t)
    m = math.radians(357.5291092 + 35999.0502909 * t - 0.0001536 * t * t)
    mp = math.radians(134.9633964 + 477198.8675055 * t + 0.0087414 * t * t)
    f = math.radians(93.2720950 + 483202.0175233 * t - 0.0036539 * t * t)
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    total = sum(c * e ** abs(nm) * math.sin(nd * d + nm * m + nmp * mp + nf * f) for nd, nm, nmp, nf, c in _MOON_TERMS)
    total += 3958 * math.sin(math.radians(119.75 + 131.849 * t)) + 1962 * math.sin(math.radians(mean) - f)
    total += 318 * math.sin(math.radians(53.09 + 479264.290 * t))
    node = math.radians(125.04 - 1934.136 * t)
    return (mean + total / 1e6 - 0.00478 * math.sin(node)) % 360


def _sun_reaches(longitude: float, near: datetime) -> datetime:
    """The moment the sun reaches a longitude, starting from a guess within a few days."""
    moment = near
    for _ in range(5):  # each step corrects by the sun's pace, about a degree a day (Meeus' 58 sin for equinoxes)
        moment += timedelta(days=58 * math.sin(math.radians(longitude - sun_longitude(moment))))
    return moment


def _sunset_hours(day: date, latitude: float, longitude: float) -> float:
    """Sunset on ``day`` at a place, in hours of universal time (within a few minutes)."""
    n = day.timetuple().tm_yday
    b = math.radians(360 * (n - 81) / 364)
    equation_of_time = 9.87 * math.sin(2 * b) - 7.53 * math.cos(b) - 1.5 * math.sin(b)  # minutes
    declination = math.radians(23.44) * math.sin(math.radians(360 * (n - 81) / 365))
    lat = math.radians(latitude)
    cos_h = (math.sin(math.radians(-0.833)) - math.sin(lat) * math.sin(declination)) / (math.cos(lat) * math.cos(declination))
    return 12 - longitude / 15 - equation_of_time / 60 + math.degrees(math.acos(cos_h)) / 15


# ---------------------------------------------------------------- the calendars


@lru_cache(maxsize=512)
def islamic_date(year: int, month: int, day: int) -> date:
    """The Gregorian date of an Islamic (Hijri) date, months counted from Muharram = 1.

    >>> islamic_date(1447, 9, 1)  # the first day of Ramadan 1447
    datetime.date(2026, 2, 18)
    """
    tabular = _ISLAMIC_EPOCH + 29 * (month - 1) + (6 * month - 1) // 11 + (year - 1) * 354 + (3 + 11 * year) // 30
    k = _lunation_near(date.fromordinal(tabular - 1))  # the arithmetic month starts within two days of the moon
    moon = new_moon(k)
    before_sunset = moon.hour + moon.minute / 60 < _sunset_hours(moon.date(), *_MECCA)
    return moon.date() + timedelta(days=(1 if before_sunset else 2) + day - 1)


def islamic_month_last_day(month: int, first: date) -> date:
    """The last day of the Islamic month ``month`` that starts on ``first`` (29 or 30 days on).

    >>> islamic_month_last_day(9, date(2026, 2, 18))  # Ramadan 1447
    datetime.date(2026, 3, 19)
    """
    guess = int((first.year - 622) * 33 / 32)
    year = next(y for y in range(guess - 1, guess + 3) if islamic_date(y, month, 1) == first)
    return islamic_date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


def _hebrew_leap(year: int) -> bool:
    return (7 * year + 1) % 19 < 7


def _hebrew_elapsed_days(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


@lru_cache(maxsize=256)
def _hebrew_new_year(year: int) -> int:
    before, this, after = (_hebrew_elapsed_days(year + k) for k in (-1, 0, 1))
    delay = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return _HEBREW_EPOCH + this + delay


def _hebrew_month_days(year: int, month: int) -> int:
    length = _hebrew_new_year(year + 1) - _hebrew_new_year(year)
    short = (month in (2, 4, 6, 10, 13) or (month == 12 and not _hebrew_leap(year))
             or (month == 8 and length % 10 != 5) or (month == 9 and length % 10 == 3))
    return 29 if short else 30


def hebrew_date(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Hebrew date, months counted from Nisan = 1 (Tishrei = 7, Adar II = 13, which is
    Adar in a common year); the holiday is the day the evening before begins.

    >>> hebrew_date(5787, 7, 1), hebrew_date(5786, 9, 25)  # Rosh Hashanah 2026, Hanukkah 2025
    (datetime.date(2026, 9, 12), datetime.date(2025, 12, 15))
    """
    last = 13 if _hebrew_leap(year) else 12
    month = min(month, last)  # Adar II, where Purim falls in a leap year, is Adar in a common one
    months = list(range(7, month)) if month >= 7 else list(range(7, last + 1)) + list(range(1, month))
    return date.fromordinal(_hebrew_new_year(year) + day - 1 + sum(_hebrew_month_days(year, m) for m in months))


def _month_eleven(year: int) -> int:
    """The new moon starting the Chinese month that holds ``year``'s winter solstice, by Beijing's date."""
    solstice = (_sun_reaches(270, datetime(year, 12, 21, 12)) + timedelta(hours=_BEIJING_HOURS)).date()
    k = _lunation_near(solstice)
    while _new_moon_day(k, _BEIJING_HOURS) > solstice:
        k -= 1
    while _new_moon_day(k + 1, _BEIJING_HOURS) <= solstice:
        k += 1
    return k


def _sector_at(day: date) -> int:
    """Which of the sun's twelve 30-degree sectors it is in as ``day`` starts in Beijing."""
    return int(sun_longitude(datetime(day.year, day.month, day.day) - timedelta(hours=_BEIJING_HOURS)) // 30)


@lru_cache(maxsize=256)
def chinese_new_year(year: int) -> date:
    """The first day of the Chinese (lunar) year that starts in ``year``.

    >>> chinese_new_year(2023), chinese_new_year(2034)  # 2033 has a leap eleventh month
    (datetime.date(2023, 1, 22), datetime.date(2034, 2, 19))
    """
    first, next_first = _month_eleven(year - 1), _month_eleven(year)
    months = 2
    if next_first - first == 13:  # a leap month this year: it is the first with no major solar term
        for k in (first + 1, first + 2):
            if _sector_at(_new_moon_day(k, _BEIJING_HOURS)) == _sector_at(_new_moon_day(k + 1, _BEIJING_HOURS)):
                months = 3  # the leap month is the eleventh or twelfth, so the new year comes a month later
                break
    return _new_moon_day(first + months, _BEIJING_HOURS)


def _months_of_sui(year: int) -> list[tuple[int, int]]:
    """The months from the one holding ``year - 1``'s winter solstice (the eleventh) to the one before ``year``'s:
    (new moon number, month number), a leap month (the first with no major solar term in a year of thirteen)
    numbered as the month before it and left out."""
    first, next_first = _month_eleven(year - 1), _month_eleven(year)
    leap = next(
        (k for k in range(first + 1, next_first) if _sector_at(_new_moon_day(k, _BEIJING_HOURS)) == _sector_at(_new_moon_day(k + 1, _BEIJING_HOURS))),
        None) if next_first - first == 13 else None
    months, number = [(first, 11)], 11
    for k in range(first + 1, next_first):
        if k != leap:
            number = number % 12 + 1
            months.append((k, number))
    return months


@lru_cache(maxsize=512)
def chinese_date(year: int, month: int, day: int) -> date:
    """The Gregorian date of a day of a month of the Chinese year that starts in ``year`` (not of a leap month).

    >>> chinese_date(2025, 8, 15), chinese_date(2023, 5, 5)  # the Mid-Autumn and Dragon Boat festivals
    (datetime.date(2025, 10, 6), datetime.date(2023, 6, 22))
    """
    sui = _months_of_sui(year + 1) if month >= 11 else _months_of_sui(year)
    k = next(k for k, number in sui if number == month)
    return _new_moon_day(k, _BEIJING_HOURS) + timedelta(days=day - 1)


@lru_cache(maxsize=256)
def diwali(year: int) -> date:
    """Diwali (Lakshmi Puja): the day whose evening falls in the last lunar day (the moon within 12 degrees of new)
    of the lunar month in which the sun enters sidereal Libra (Lahiri's ayanamsa), by India's clock; the first of
    two such evenings.

    >>> diwali(2023), diwali(2024)
    (datetime.date(2023, 11, 12), datetime.date(2024, 10, 31))
    """
    ayanamsa = 23.853 + (year - 2000) * 0.013969
    sankranti = _sun_reaches((180 + ayanamsa) % 360, datetime(year, 10, 17))
    k = _lunation_near(sankranti.date())
    while new_moon(k) < sankranti:
        k += 1
    while new_moon(k - 1) > sankranti:
        k -= 1
    new = _new_moon_day(k, _IST_HOURS)
    for day in (new - timedelta(days=1), new):
        dusk = datetime(day.year, day.month, day.day) + timedelta(hours=_DUSK_IST - _IST_HOURS)
        if (moon_longitude(dusk) - sun_longitude(dusk)) % 360 >= 348:
            return day
    return new


@lru_cache(maxsize=256)
def holi(year: int) -> date:
    """Holi, the day of colours: the day after the evening of the full moon of Phalguna, the lunar month in which the
    sun enters sidereal Pisces (Lahiri's ayanamsa), by India's clock: the full moon's own day where it fills before
    the late afternoon, else the day after.

    >>> holi(2024), holi(2026)
    (datetime.date(2024, 3, 25), datetime.date(2026, 3, 4))
    """
    ayanamsa = 23.853 + (year - 2000) * 0.013969
    sankranti = _sun_reaches((330 + ayanamsa) % 360, datetime(year, 3, 14))
    k = _lunation_near(sankranti.date())
    while new_moon(k) > sankranti:
        k -= 1
    while new_moon(k + 1) <= sankranti:
        k += 1
    full = new_moon(k) + timedelta(days=_SYNODIC_MONTH / 2)
    for _ in range(4):  # the moon gains about 12.19 degrees a day on the sun
        full += timedelta(days=(180 - (moon_longitude(full) - sun_longitude(full)) % 360) / 12.19)
    full_ist = full + timedelta(hours=_IST_HOURS)
    return full_ist.date() + timedelta(days=1 if full_ist.hour + full_ist.minute / 60 >= _HOLI_FULL_BY_IST else 0)


def nowruz(year: int) -> date:
    """The Persian new year: the day of the March equinox in Tehran, or the next day if it comes after noon.

    >>> nowruz(2024), nowruz(2025)
    (datetime.date(2024, 3, 20), datetime.date(2025, 3, 21))
    """
    equinox = _sun_reaches(0, datetime(year, 3, 20, 12)) + timedelta(hours=_TEHRAN_HOURS)
    return equinox.date() + timedelta(days=1 if equinox.hour >= 12 else 0)


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday: the Julian computus, moved to the Gregorian date (13 days in 1900-2099).

    >>> orthodox_easter(2025), orthodox_easter(2024)
    (datetime.date(2025, 4, 20), datetime.date(2024, 5, 5))
    """
    d = (19 * (year % 19) + 15) % 30
    e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    julian = date(year, (d + e + 114) // 31, (d + e + 114) % 31 + 1)
    return julian + timedelta(days=year // 100 - year // 400 - 2)
