"""A participle's clause says when what it tells of happened (kg/tense.py), with several publication dates:
a participle set off after a noun is done; one that only orders two things takes its clause's way."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.test_tense import parsed_values


def _season_year(published: str, season_month: int, ahead: bool) -> int:
    """The year of the season starting in ``season_month`` nearest ``published`` in that direction."""
    year, month = int(published[:4]), int(published[5:7])
    if ahead:
        return year if month < season_month else year + 1
    return year if month >= season_month else year - 1


@pytest.mark.parametrize("published", ["2026-06-24", "2026-10-24", "2025-12-31"])
def test_a_participle_set_off_after_a_noun_tells_of_what_was_done(published):
    # "first" before the participle makes the parse take it for the sentence's root
    spring = _season_year(published, 3, ahead=False)
    assert parsed_values("The law, first proposed in the spring, will take effect next year.", published)[0] == (
        "the spring", f"{spring}-SP")
    assert parsed_values("The law, proposed in the spring, will take effect next year.", published)[0] == ("the spring", f"{spring}-SP")
    # a finite verb in the same place still says which way
    assert parsed_values("The law, which takes effect in the spring, was passed on Monday.", published)[0] == (
        "the spring", f"{_season_year(published, 3, ahead=True)}-SP")


@pytest.mark.parametrize("published", ["2026-11-04", "2026-02-10", "2025-08-01"])
def test_what_follows_a_thing_is_dated_as_the_thing_is(published):
    ahead = _season_year(published, 3, ahead=True)
    behind = _season_year(published, 3, ahead=False)
    assert parsed_values("A private funeral will be held next week, followed by a public memorial in the spring.", published)[-1] == (
        "the spring", f"{ahead}-SP")
    assert parsed_values("The funeral was held last week, followed by a public memorial in the spring.", published)[-1] == (
        "the spring", f"{behind}-SP")


@pytest.mark.parametrize("published", ["2026-12-03", "2026-12-31", "2025-03-02"])
def test_what_is_looked_for_after_with_lies_ahead(published):
    day = date.fromisoformat(published)
    friday = day + timedelta(days=(4 - day.weekday()) % 7)
    last_monday = day - timedelta(days=(day.weekday() - 0) % 7 or 7)
    assert parsed_values("Talks ended on Monday, with a vote scheduled for Friday.", published) == [
        ("Monday", last_monday.isoformat()), ("Friday", friday.isoformat())]
    assert parsed_values("Officials issued a warning, with a decision expected on Friday.", published) == [("Friday", friday.isoformat())]
    assert parsed_values("A warning was issued, with more rain expected overnight.", published) == [("overnight", f"{day}TNI")]
    # what was done, told after "with", is done
    last_friday = day - timedelta(days=(day.weekday() - 4) % 7 or 7)
    assert parsed_values("The talks failed, with two envoys recalled on Friday.", published) == [("Friday", last_friday.isoformat())]


@pytest.mark.parametrize("published", ["2026-11-26", "2026-09-01", "2027-03-10"])
def test_a_season_promised_in_a_month_named_is_the_one_after_that_month(published):
    day = date.fromisoformat(published)
    january = day.year if day.month > 1 else day.year - 1
    assert parsed_values("The government promised in January that everyone would be rehoused by the end of the summer.", published) == [
        ("January", f"{january}-01"), ("the end of the summer", f"{january}-SU")]
    # promised now, the summer to come
    summer = day.year if day.month < 6 else day.year + 1
    assert parsed_values("The government promises that everyone will be rehoused by the summer.", published) == [("the summer", f"{summer}-SU")]
