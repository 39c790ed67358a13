"""Direction of bare weekdays and months from the verb that governs them (kg/tense.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kg import nlp
from kg.api import timexes
from kg.tense import parse_hint
from kg.timex import find_timexes
from kg.timex.context import lexical_tense


def parsed_values(text: str, published: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, published, parse_hint(nlp.parse(text), text))]


def the_day(sentence: str, published: str) -> date:
    """The one day the sentence names, read with its parse."""
    (value,) = [v for _, v in parsed_values(sentence, published)]
    return date.fromisoformat(value)


def lies_ahead(sentence: str, published: str) -> bool:
    return the_day(sentence, published) > date.fromisoformat(published)


@pytest.mark.parametrize("published,sentence,expected", [
    # nearby words mislead the lexical reading; the governing verb does not
    ("2000-01-07", "Protesters planned a large demonstration on Saturday and were marching today.", "2000-01-08"),
    ("1999-05-05", "The prosecutor has scheduled a news conference Thursday to announce a development.", "1999-05-06"),
    ("1998-05-01", "He and Arafat meet separately Monday with the Secretary of State.", "1998-05-04"),
    ("1998-10-26", "On Tuesday, the league plans to hold a news conference about an advertisement made last week.", "1998-10-27"),
    ("2000-03-29", "The relatives still had not signed an agreement, and the case is heard in May in the appeals court.", "2000-05"),
    ("1999-02-10", "The alliance has decided to admit three countries in early March, an official said.", "1999-03"),
    # and past verbs keep their direction
    ("2025-05-21", "Putin visited the Kursk region on Tuesday.", "2025-05-20"),
    ("1989-10-30", "The bank agreed in June to buy the trust company.", "1989-06"),
    ("1999-06-07", "The leader agreed in April to hand them over for trial.", "1999-04"),
    # an infinitive takes its time from the verb it completes where that verb fixes it
    ("1989-10-30", "The offer previously had been scheduled to expire Friday.", "1989-10-27"),
    ("1991-02-25", "The general let the offensive begin as planned Saturday night.", "1991-02-23TNI"),
    ("1998-10-26", "The ministers agreed to meet Thursday in Geneva.", "1998-10-29"),
    # an adjective in -ed says no tense ("unspecified"), so "would" decides
    ("1989-10-26", "The dividend would be paid on a still unspecified date in January.", "1990-01"),
    ("2024-10-26", "The bonus would be paid at an undisclosed time in February.", "2025-02"),
])
def test_governing_verb_gives_the_direction(published, sentence, expected):
    found = [v for t, v in parsed_values(sentence, published) if t[0].isupper() or t.startswith("early")]
    assert found == [expected], parsed_values(sentence, published)


@pytest.mark.parametrize("published,sentence,expected", [
    # a day's own noun lies behind, whatever the clause says, unless it is said to lie ahead
    ("2000-01-15", "Lawyers said they would look for ways around Wednesday's ruling.", "2000-01-12"),
    ("2000-01-13", "Parties campaigned ahead of Sunday's vote.", "2000-01-16"),
    ("2013-03-14", "The court cleared the way for Saturday's vote.", "2013-03-16"),  # what a thing clears the way for
    ("2024-12-31", "The deal sets the stage for Friday's meeting.", "2025-01-03"),
    ("2025-03-05", "In the lead-up to Sunday's election, tensions rose.", "2025-03-09"),
    # a negated "could" reports the past; "could" alone leaves the direction open
    ("2000-01-06", "The mayor could not be reached for comment Wednesday.", "2000-01-05"),
])
def test_possessive_days_and_negated_could(published, sentence, expected):
    found = [v for t, v in parsed_values(sentence, published) if t[0].isupper()]
    assert found == [expected], parsed_values(sentence, published)


@pytest.mark.parametrize("published,sentence,expected", [
    ("1989-10-30", "Prices will rise by year-end.", ("year-end", "1989", "END")),
    ("1989-10-30", "At year end the bank had assets of $5 billion.", ("year end", "1988", "END")),
    ("2025-01-15", "Sales fell at month-end.", ("month-end", "2024-12", "END")),
])
def test_the_end_of_a_unit_without_its_name(published, sentence, expected):
    (t,) = find_timexes(sentence, published, parse_hint(nlp.parse(sentence), sentence))
    assert (t.text, t.value, t.mod) == expected


@pytest.mark.parametrize("published", ["2013-03-20", "2024-12-31", "2025-05-25"])
@pytest.mark.parametrize("sentence,ahead", [
    ("Snow is forecast for Thursday and Friday.", True),
    ("Rain is expected Thursday and Friday.", True),
    ("The talks will be held on Thursday and Friday.", True),
    ("Storms battered the coast on Thursday and Friday.", False),
])
def test_times_joined_by_and_take_the_verb_of_the_first(published, sentence, ahead):
    # the second day hangs on the first in the parse; it is no noun of its own that dates it
    pub = date.fromisoformat(published)
    days = [date.fromisoformat(v) for t, v in parsed_values(sentence, published)]
    assert len(days) == 2 and days[0] < days[1]
    assert all((d >= pub) == ahead or d == pub for d in days), days


@pytest.mark.parametrize("published", ["2013-03-19", "2024-12-31", "2025-03-01"])
@pytest.mark.parametrize("sentence,ahead", [
    ("The exchange will stay closed on Wednesday, officials said.", True),
    ("Banks will remain shut until Thursday, the central bank said.", True),
    ("The road was closed on Wednesday.", False),
])
def test_an_adjective_after_a_verb_takes_the_verbs_time(published, sentence, ahead):
    # "closed" after "stay" is no noun of its own: "will stay" dates the day
    assert the_day(sentence, published) != date.fromisoformat(published)
    assert lies_ahead(sentence, published) == ahead


@pytest.mark.parametrize("published", ["2013-03-18", "2013-01-15", "2025-12-29"])
@pytest.mark.parametrize("sentence,ahead", [
    # a reporting verb in the present with a thing as its object is a schedule
    ("FedEx reports quarterly results Wednesday.", True),
    ("The central bank announces its decision Wednesday.", True),
    ("The central bank announces its decision on Wednesday.", True),  # "on Wednesday" hangs on the object
    # with what was said, or to whom, it tells of the past
    ("The central bank says Wednesday it will hold rates.", False),
    ("The minister tells reporters Wednesday that talks failed.", False),
])
def test_a_reporting_verb_with_a_thing_as_object_is_a_schedule(published, sentence, ahead):
    assert lies_ahead(sentence, published) == ahead


@pytest.mark.parametrize("published", ["2013-03-18", "2024-12-30", "2025-06-02"])
@pytest.mark.parametrize("sentence,ahead", [
    # what may yet happen, or is said possible, lies ahead
    ("Talks are continuing and a deal may be reached Wednesday.", True),
    ("The minister might resign Thursday.", True),
    ("Lawmakers are debating the bill, with a vote possible Wednesday.", True),
    # what may have happened lies behind, and an adjective before its noun says nothing of when
    ("The suspect may have fled the city Wednesday.", False),
    ("Several people died in a likely suicide bombing on Wednesday.", False),
])
def test_may_and_possible_look_ahead(published, sentence, ahead):
    assert lies_ahead(sentence, published) == ahead


def test_a_nouns_time_ignores_the_clause():
    # "Friday's purchases" dates the purchases, not the present-tense "is"
    assert parsed_values("Its share before Friday's purchases is far below the leaders'.", "1989-10-30") == [("Friday", "1989-10-27")]


def test_kg_timex_uses_the_parse(tmp_path):
    (tmp_path / "a.txt").write_text("Protesters planned a large demonstration on Saturday and were marching today.")
    (tmp_path / "a.meta.json").write_text('{"id": "a", "published": "2000-01-07"}')
    found = {t.text: t.value for _, t in timexes([tmp_path])}  # type: ignore[misc]
    assert found["Saturday"] == "2000-01-08"


@pytest.mark.parametrize("published,sentence,expected", [
    # a bare past participle is done, whatever the main clause's tense
    ("2000-01-06", "They said they would appeal the decision, announced Wednesday by the commissioner, at once.", "2000-01-05"),
    ("1998-02-06", "The index is within 70 points of its record high set on Aug. 6.", "1997-08-06"),
    # what was scheduled has no time of its own: the words around it say
    ("1999-03-12", "The issue is expected to dominate a summit set for Washington in April.", "1999-04"),
    # negation by the subject: "neither ... nor ... could" reports the past
    ("2000-01-06", "Neither he nor his parents could be located Wednesday in their town.", "2000-01-05"),
    ("2000-01-06", "No one could be reached Wednesday.", "2000-01-05"),
])
def test_reduced_clauses_and_negated_subjects(published, sentence, expected):
    found = [v for t, v in parsed_values(sentence, published) if t[0].isupper()]
    assert found == [expected], parsed_values(sentence, published)


@pytest.mark.parametrize("published,sentence,expected", [
    # a verb joined to another shares its auxiliary, whatever the tagger reads its form as
    ("2013-03-22", "The airline will add flights on Monday and cut them in the autumn.", "2013-FA"),
    ("2013-03-22", "The firm plans to open a plant and hire workers in January.", "2014-01"),
    ("2013-03-22", "He resigned and left the country in January.", "2013-01"),
    # a day before a deadline sets it ahead, whatever the clause's tense
    ("2013-03-22", "Lawmakers voted as a Monday deadline loomed.", "2013-03-25"),
    ("2013-03-22", "Officials scrambled before Tuesday's deadline.", "2013-03-26"),
    ("2013-03-22", "Officials scrambled before Tuesday's vote.", "2013-03-19"),
    # but not one told of as met, missed or passed
    ("2013-03-22", "Tuesday's deadline passed without a deal.", "2013-03-19"),
    ("2013-03-22", "They missed the Monday deadline.", "2013-03-18"),
    ("2025-01-03", "The rebels ignored a Monday deadline to disarm.", "2024-12-30"),
    ("2025-01-03", "The rebels face a Monday deadline to disarm.", "2025-01-06"),
    ("2013-03-21", "A judge on Thursday set a Sept. 9 trial date.", "2013-09-09"),  # a date set lies ahead too
    # an infinitive's deadline is told of as the verb it completes is
    ("2013-03-22", "The talks failed to meet a Tuesday deadline.", "2013-03-19"),
    ("2025-01-03", "The union managed to beat the Monday deadline.", "2024-12-30"),
    # but not after a verb of purpose, nor ahead
    ("2013-03-22", "The company agreed to meet a Tuesday deadline.", "2013-03-26"),
    ("2013-03-22", "The talks will fail to meet a Tuesday deadline.", "2013-03-26"),
])
def test_joined_verbs_share_the_auxiliary_and_deadlines_lie_ahead(published, sentence, expected):
    assert [v for _, v in parsed_values(sentence, published)][-1] == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # the perfect, progressive or passive, looks back ("has been missing", "have been held")
    ("2013-03-22", "The talks have been dragging on in Geneva, where envoys have been meeting in February.", [("February", "2013-02")]),
    ("2025-01-10", "Officials have been negotiating in December with the unions.", [("December", "2024-12")]),
    # "since" puts a time behind, whatever the verb says
    ("2013-03-22", "He has been missing since mid-February.", [("mid-February", "2013-02")]),
    ("2025-01-03", "The shop will stay shut, as it has been since November.", [("November", "2024-11")]),
])
def test_the_perfect_and_since_look_back(published, sentence, expected):
    assert parsed_values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a day's own noun lies ahead where the verb it hangs on says so outright
    ("2013-03-22", "Investors will be watching Tuesday's meeting closely.", "2013-03-26"),
    ("2025-01-01", "Organizers expect thousands at Saturday's rally.", "2025-01-04"),
    ("2013-03-22", "Investors are awaiting Monday's decision.", "2013-03-25"),  # waiting for it
    ("2024-12-30", "Markets braced for Friday's jobs report.", "2024-12-27"),     # but not once told as past
    # a present tense alone does not say so
    ("1989-10-27", "The move follows Tuesday's declaration by the company.", "1989-10-24"),
    ("2025-01-01", "Organizers expected thousands at Saturday's rally.", "2024-12-28"),
])
def test_a_days_noun_ahead_where_its_verb_says_so(published, sentence, expected):
    assert parsed_values(sentence, published) == [(sentence.split("'s")[0].split()[-1], expected)]


@pytest.mark.parametrize("published,sentence,expected", [
    # what is moved to a time goes ahead of the moving: of publication, or of the day named before
    ("2013-03-18", "Parliament postponed the vote to Tuesday.", [("Tuesday", "2013-03-19")]),
    ("2013-03-18", "The bank holiday, announced Sunday, was extended to Thursday.", [("Sunday", "2013-03-17"), ("Thursday", "2013-03-21")]),
    ("2013-03-22", "On Monday the court adjourned the case to Wednesday.", [("Monday", "2013-03-18"), ("Wednesday", "2013-03-20")]),
    ("2013-01-10", "In December, the company delayed the launch to March.", [("December", "2012-12"), ("March", "2013-03")]),
    # "push ... back", "put ... off" with words between
    ("2024-02-29", "After the statement, traders pushed their bets back to June.", [("June", "2024-06")]),
    ("2025-01-01", "The board put the decision off until Monday.", [("Monday", "2025-01-06")]),
])
def test_what_is_moved_to_a_time_lies_ahead(published, sentence, expected):
    assert parsed_values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # "until" after a past verb of lasting ends a stretch already over; after others it sets a deadline ahead
    ("2013-03-18", "The hearing lasted until late Sunday evening.", [("late Sunday evening", "2013-03-17TEV")]),
    ("2025-01-01", "Fighting raged until Monday.", [("Monday", "2024-12-30")]),
    ("2024-03-01", "Talks went on well into Thursday.", [("Thursday", "2024-02-29")]),
    ("2013-03-18", "The hearing will last until Sunday.", [("Sunday", "2013-03-24")]),
    ("2013-03-18", "Banks stay closed until Thursday.", [("Thursday", "2013-03-21")]),
    # a truce that "held" through a day, or someone held until one; not one "being held" or "is held" there
    ("2021-06-02", "The truce held through Monday.", [("Monday", "2021-05-31")]),
    ("2013-03-22", "The truce, agreed on Sunday night, held through Monday and into Tuesday.",
     [("Sunday night", "2013-03-17TNI"), ("Monday", "2013-03-18"), ("Tuesday", "2013-03-19")]),
    ("2025-01-01", "The suspect was held until Monday.", [("Monday", "2024-12-30")]),
    ("2021-06-02", "The suspect is being held until Friday.", [("Friday", "2021-06-04")]),
    ("2025-01-01", "The suspect is held until Monday.", [("Monday", "2025-01-06")]),
])
def test_a_stretch_that_lasted_until_a_time_is_behind(published, sentence, expected):
    assert parsed_values(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a verb with one form for past and present, after a singular subject, is past ("hurt", not "hurts")
    ("1989-10-30", "Weakness in bank shares hurt the index on Friday as well as the Dow.", "1989-10-27"),
    ("2025-01-02", "Demand for safe assets cut yields on Friday.", "2024-12-27"),
    # the past perfect reaches an infinitive through the adjective it completes
    ("1989-10-30", "The offer had been due to expire Friday evening.", "1989-10-27TEV"),
    # a day put before a planning verb dates the planning, not what was planned
    ("1998-09-30", "On Friday, the government planned to pay the first claims.", "1998-09-25"),
    # after it, what was planned
    ("2000-01-07", "Protesters planned a large demonstration on Saturday.", "2000-01-08"),
])
def test_past_forms_the_tagger_reads_as_present_or_plans(published, sentence, expected):
    found = [v for t, v in parsed_values(sentence, published) if t[0].isupper()]
    assert found == [expected], parsed_values(sentence, published)


@pytest.mark.parametrize("published,sentence,expected", [
    # a month naming a noun's own time is not dated by the clause around it: near ahead, it is ahead
    ("1989-10-30", "Dealers placed orders to start the first trading day for November transactions.", [("November", "1989-11")]),
    ("2025-12-15", "Traders sold contracts for January delivery.", [("January", "2026-01")]),
    # where a verb governs it, the verb says
    ("1989-10-30", "Dealers placed orders in November.", [("November", "1988-11")]),
])
def test_a_named_time_of_a_nouns_own(published, sentence, expected):
    assert parsed_values(sentence, published) == expected


@pytest.mark.parametrize("published,text,expected", [
    # a title's present tense tells of what happened as often as of what comes: the nearer weekday
    ("2013-03-20", "Cyprus parliament rejects bailout levy on Tuesday\n\nNICOSIA - Lawmakers voted it down.", "2013-03-19"),
    ("2013-03-19", "Obama heads to Israel on Wednesday\n\nThe president leaves tonight.", "2013-03-20"),
    # in the body, a present tense is a schedule
    ("2013-03-22", "Ministers meet on Tuesday to discuss the crisis.", "2013-03-26"),
])
def test_a_titles_present_tense(published, text, expected):
    assert parsed_values(text, published)[0][1] == expected


@pytest.mark.parametrize("published,sentence,expected", [
    # a plan told in the past tense may have come or not: the nearer day
    ("2013-03-18", "Parliament was due to vote on Sunday but postponed the session.", "2013-03-17"),
    ("2013-03-18", "The vote was due to take place on Tuesday.", "2013-03-19"),
    ("2013-03-22", "The pope was scheduled to meet his predecessor on Saturday.", "2013-03-23"),
    ("2025-01-01", "The ship was set to sail on Monday.", "2024-12-30"),
    ("2025-01-01", "The verdict was expected to come on Thursday.", "2025-01-02"),
    # a plan someone is reported to have told keeps the speaker's future
    ("2013-03-18", "Officials said the vote was due to take place on Sunday.", "2013-03-24"),
    # a plan in the present tense lies ahead
    ("2013-03-18", "The vote is due to take place on Sunday.", "2013-03-24"),
])
def test_a_plan_told_in_the_past_is_the_nearer_day(published, sentence, expected):
    assert [v for _, v in parsed_values(sentence, published)] == [expected]


@pytest.mark.parametrize("published,sentence,expected", [
    # "By Saturday," put first in a clause told in the past is a time passed, not a deadline ahead
    ("2013-03-20", "By Saturday, many shops were accepting only cash.", "2013-03-16"),
    ("2025-01-02", "Until Monday, the road was closed.", "2024-12-30"),
    # a deadline stays ahead where the clause looks ahead, or where "by" follows its verb
    ("2013-03-20", "By Saturday, the shops will accept only cash.", "2013-03-23"),
    ("2025-01-02", "The company agreed to pay by Monday.", "2025-01-06"),
])
def test_a_fronted_by_in_a_past_clause(published, sentence, expected):
    assert [v for _, v in parsed_values(sentence, published)] == [expected]


@pytest.mark.parametrize("published,sentence,expected", [
    # a gerund completing a verb takes its time, and so does a verb joined to the gerund
    ("2013-03-17", "Snow will begin falling on Monday afternoon and spread to New England overnight, forecasters said.",
     [("Monday afternoon", "2013-03-18TAF"), ("overnight", "2013-03-18TNI")]),
    ("2013-03-20", "Prices kept rising on Monday.", [("Monday", "2013-03-18")]),
    ("2013-03-20", "Prices will keep rising on Monday.", [("Monday", "2013-03-25")]),
    # (with the parse: the full stops of "a.m." hide "will" from the word reading)
    ("2013-03-17", "The heaviest snow will fall between 2 a.m. and 8 a.m. Tuesday.",
     [("2 a.m.", "2013-03-19T02:00"), ("8 a.m. Tuesday", "2013-03-19T08:00")]),
])
def test_a_gerund_takes_the_time_of_the_verb_it_completes(published, sentence, expected):
    assert parsed_values(sentence, published) == expected


@pytest.mark.parametrize("published,escape_day", [("2013-03-17", "2013-03-16"), ("2025-01-01", "2024-12-31"), ("2024-03-02", "2024-03-02")])
def test_a_clock_time_told_of_the_past_keeps_the_news_day_over_a_day_ahead(published, escape_day):
    # the court date ahead is no day the past clause can be on: the escape's day is, or publication's if long gone
    weekday = date.fromisoformat(escape_day).strftime("%A")
    found = parsed_values(f"A man escaped from a prison van on {weekday}. He is due in court on April 30. "
                   "Officers were called at 4.17pm.", published)
    assert found[-1] == ("4.17pm", f"{escape_day}T16:17")
    found = parsed_values("He was born on June 4, 1950. He will be buried on April 30. He died at 5 a.m.", published)
    assert found[-1] == ("5 a.m.", f"{published}T05:00")


@pytest.mark.parametrize("published", ["2013-03-14", "2025-01-01", "2024-02-29"])
def test_a_clock_time_is_not_moved_onto_a_day_its_clause_points_away_from(published):
    friday = date.fromisoformat(published) + timedelta(days=(4 - date.fromisoformat(published).weekday()) % 7 or 7)
    found = parsed_values("Residents were told to leave on Wednesday night. The river burst its banks shortly before midnight "
                   "and is expected to peak early on Friday.", published)
    wednesday = found[0][1][:10]
    assert found[1:] == [("midnight", f"{wednesday}T24:00"), ("Friday", friday.isoformat())]
    # told of what lies ahead, the clock time is that day's
    assert parsed_values("The river will peak at 11 p.m. on Friday.", published) == [("11 p.m. on Friday", f"{friday}T23:00")]
    assert parsed_values("The river will peak at 11 p.m. and stay high on Friday.", published)[0] == ("11 p.m.", f"{friday}T23:00")


@pytest.mark.parametrize("published,expected", [("2013-03-02", "2013-07"), ("2013-08-15", "2014-07"), ("2025-12-31", "2026-07")])
def test_a_plan_told_in_the_present_lies_ahead(published, expected):
    # "is due to", "is likely to": the copula is present, so the plan has not come yet, whatever words follow
    sentence = "One of them is due to stand trial at the court in The Hague in July, accused of crimes against humanity."
    assert parsed_values(sentence, published) == [("July", expected)]
    assert parsed_values("The deal is likely to close in July, delayed by regulators.", published) == [("July", expected)]


@pytest.mark.parametrize("published", ["2013-03-25", "2025-01-01", "2024-02-29", "2013-03-26"])
def test_what_someone_said_would_happen_lies_ahead_of_the_saying(published):
    # "would" in the clause of what was said looks ahead, whatever past verb comes after ("unless a deal was struck")
    tuesday = date.fromisoformat(published) + timedelta(days=(1 - date.fromisoformat(published).weekday()) % 7)
    sentence = "The ECB had said it would cut off emergency funding to banks on Tuesday unless a deal was struck."
    assert parsed_values(sentence, published) == [("Tuesday", tuesday.isoformat())]
    # a day before the clause is the saying's, wherever the parse hangs it
    said = parsed_values("Theresa May said on Tuesday the plan would work.", published)[0][1]
    assert said <= published


@pytest.mark.parametrize("published", ["2013-03-18", "2025-01-01", "2024-02-29"])
def test_the_second_weekday_of_a_pair_ahead_follows_the_first(published):
    # "on Friday and Monday" ahead: the Monday after that Friday, even on a Monday
    day = date.fromisoformat(published)
    friday = day + timedelta(days=(4 - day.weekday()) % 7)
    found = parsed_values("Markets will be closed on Friday and Monday.", published)
    assert found == [("Friday", friday.isoformat()), ("Monday", (friday + timedelta(days=3)).isoformat())]
    # told of the past, each is the nearest behind
    monday = day - timedelta(days=day.weekday())
    assert parsed_values("Markets were closed on Friday and Monday.", published)[1] == ("Monday", monday.isoformat())


@pytest.mark.parametrize("published", ["2013-03-23", "2025-01-01", "2024-03-01"])
def test_the_night_told_of_the_past_with_no_day_named_is_the_night_before(published):
    day = date.fromisoformat(published)
    before = (day - timedelta(days=1)).isoformat()
    assert parsed_values("Rescue teams worked through the night to reach the miners.", published) == [("the night", f"{before}TNI")]
    assert parsed_values("Rescue teams will work through the night.", published) == [("the night", f"{published}TNI")]
    # once a day is named, the night is that day's
    assert parsed_values("The blast came on Monday. Teams worked through the night.", "2013-03-23")[-1] == ("the night", "2013-03-18TNI")



@pytest.mark.parametrize("published,ended,to_end,quarter", [
    ("2013-03-22", "2012-06-30", "2013-06-30", "2013-Q1"), ("2025-01-01", "2024-06-30", "2025-06-30", "2024-Q1"),
    ("2024-08-15", "2024-06-30", "2025-06-30", "2024-Q1")])
def test_a_period_ending_on_a_day_takes_its_clause_s_direction(published, ended, to_end, quarter):
    # "ending" says no direction of its own: "sales rose in" a year that ended, "expects to rise in" one to end
    assert parsed_values("Sales rose in the fiscal year ending June 30.", published)[-1] == ("June 30", ended)
    assert parsed_values("The company expects sales to rise in the fiscal year ending June 30.", published)[-1] == ("June 30", to_end)
    # a quarter named by its end: the calendar quarter holding most of it, in the clause's direction
    assert parsed_values("Sales rose in the quarter ending Feb. 28.", published)[0] == ("the quarter", quarter)


@pytest.mark.parametrize("published,sworn", [("2013-03-12", "2013-01-10"), ("2013-01-08", "2013-01-10"), ("2025-02-01", "2025-01-10")])
def test_a_passive_infinitive_takes_the_time_of_the_plan(published, sworn):
    # "was due to be sworn in": a plan told in the past, the nearer Jan. 10 (not next year's)
    sentence = "He was due to be sworn in on Jan. 10, but the ceremony was postponed indefinitely."
    assert parsed_values(sentence, published) == [("Jan. 10", sworn)]
    assert parsed_values("He is due to be sworn in on Nov. 19.", published)[0][1] > published


@pytest.mark.parametrize("published", ["2013-03-22", "2025-01-01", "2024-02-28"])
def test_a_possessive_day_looked_forward_to_lies_ahead(published):
    day = date.fromisoformat(published)
    tuesday = day + timedelta(days=(1 - day.weekday()) % 7)
    saturday = day + timedelta(days=(5 - day.weekday()) % 7)
    assert parsed_values("Investors are looking ahead to Tuesday's Fed meeting.", published) == [("Tuesday", tuesday.isoformat())]
    assert parsed_values("Preparations for Saturday's marathon are under way.", published) == [("Saturday", saturday.isoformat())]
    # told of as done, behind
    assert parsed_values("Tuesday's Fed meeting left rates unchanged.", published)[0][1] <= published


@pytest.mark.parametrize("published", ["2024-05-04", "2025-01-04", "2024-03-02"])
def test_what_came_before_a_clause_ahead_is_not_put_ahead_with_it(published):
    # "will face him on Sunday after beating the top seed on Friday night": the Friday just gone
    day = date.fromisoformat(published)  # a Saturday
    friday = (day - timedelta(days=1)).isoformat()
    found = parsed_values("Petrov will face Ortega in the final on Sunday after beating the top seed on Friday night.", published)
    assert found[-1] == ("Friday night", f"{friday}TNI")
    found = parsed_values("The team will travel home on Monday after losing to Spain on Thursday.", published)
    assert found[-1] == ("Thursday", (day - timedelta(days=2)).isoformat())
    # after a past clause, behind it
    assert parsed_values("He was taken to hospital after collapsing on Friday.", published) == [("Friday", friday)]


@pytest.mark.parametrize("published,summer", [("2022-10-26", "2023-SU"), ("2025-09-30", "2026-SU")])
def test_a_nouns_time_lies_ahead_where_the_verb_above_it_says_so(published, summer):
    found = parsed_values("The deal still needs approval, expected before the summer recess.", published)
    assert found == [("the summer", summer)]
    # a past verb above it does not
    found = parsed_values("The deal was approved before the summer recess.", published)
    assert found == [("the summer", f"{int(summer[:4]) - 1}-SU")]


@pytest.mark.parametrize("published", ["2024-04-06", "2024-12-28"])
def test_a_teams_plural_present_lies_ahead(published):
    # "Liverpool play Everton on Sunday": British copy's plural present is no past, as "hurt" after a singular is
    day = date.fromisoformat(published)  # a Saturday
    sunday = (day + timedelta(days=1)).isoformat()
    assert parsed_values("Liverpool, third, play Everton on Sunday afternoon.", published) == [("Sunday afternoon", f"{sunday}TAF")]
    assert parsed_values("Weakness hurt the index on Friday.", published) == [("Friday", (day - timedelta(days=1)).isoformat())]


@pytest.mark.parametrize("published", ["2024-05-17", "2024-12-27"])
def test_what_is_called_for_lies_ahead_of_the_call(published):
    day = date.fromisoformat(published)  # a Friday
    found = parsed_values("Opposition parties have called for a general strike on Monday and a march on Sunday.", published)
    assert found == [("Monday", (day + timedelta(days=3)).isoformat()), ("Sunday", (day + timedelta(days=2)).isoformat())]
    # the day of the calling itself, and a possessive day called something, are behind
    assert parsed_values("The union on Monday called for a strike.", published) == [("Monday", (day - timedelta(days=4)).isoformat())]
    assert parsed_values("He called Monday's strike a success.", published) == [("Monday", (day - timedelta(days=4)).isoformat())]


@pytest.mark.parametrize("published", ["2024-06-12", "2025-01-01"])
def test_what_was_awaited_lies_ahead_of_the_awaiting(published):
    day = date.fromisoformat(published)  # a Wednesday
    found = parsed_values("Shares were mixed on Wednesday as investors awaited a Federal Reserve decision on Thursday.", published)
    assert found == [("Wednesday", published), ("Thursday", (day + timedelta(days=1)).isoformat())]
    # awaited on a day before publication: the day after that one
    found = parsed_values("On Monday investors awaited a Fed decision on Tuesday.", published)
    assert found == [("Monday", (day - timedelta(days=2)).isoformat()), ("Tuesday", (day - timedelta(days=1)).isoformat())]


@pytest.mark.parametrize("published,may,april", [("2024-06-12", "2024-05", "2024-04"), ("2025-01-10", "2024-12", "2024-11")])
def test_figures_to_come_of_a_month_just_ended_are_that_months(published, may, april):
    month, before = (date(2000, int(may[5:]), 1).strftime("%B"), date(2000, int(april[5:]), 1).strftime("%B"))
    found = parsed_values(f"The index is expected to show inflation slowing to 3.4 percent in {month} from 3.5 percent in {before}.", published)
    assert found == [(month, may), (before, april)]
    # with no figures, or further back, the month lies ahead
    year = int(published[:4])
    assert parsed_values(f"The committee will meet in {month}.", published) == [(month, f"{year + (month != 'December')}-{may[5:]}")]


@pytest.mark.parametrize("published", ["2024-07-20", "2025-03-01"])
def test_a_story_of_a_past_year_goes_on_in_that_year(published):
    found = parsed_values("Armstrong landed on July 20, 1969. The next day, they lifted off, and on July 24 the crew "
                          "splashed down. The crew had launched on July 16. A year earlier, Apollo 8 orbited the Moon.", published)
    assert found[2:] == [("July 24", "1969-07-24"), ("July 16", "1969-07-16"), ("A year earlier", "1968")]
    # back to now: a new paragraph, a time of this year, or a clause ahead
    year = int(published[:4])
    for text in ("Armstrong landed on July 20, 1969.\n\nOn July 16, hundreds gathered at the launch pad.",
                 "Armstrong landed on July 20, 1969. This week, on July 16, hundreds gathered at the launch pad.",
                 "Armstrong landed on July 20, 1969. On July 16, NASA will mark the anniversary."):
        assert parsed_values(text, published)[-1][1][:4] in (str(year), str(year - 1), str(year + 1))


@pytest.mark.parametrize("published", ["2024-05-15", "2025-01-01"])
def test_a_participle_after_if_or_once_takes_its_main_clauses_way(published):
    day = date.fromisoformat(published)
    friday_ahead = (day + timedelta(days=(4 - day.weekday()) % 7 or 7)).isoformat()
    assert parsed_values("If approved on Friday, the law would take effect in June.", published)[0] == ("Friday", friday_ahead)
    assert parsed_values("Once signed on Friday, the deal will close in June.", published)[0] == ("Friday", friday_ahead)
    # a bare participle of its own is done
    assert parsed_values("The law, approved on Friday, takes effect in June.", published)[0][1] < published


@pytest.mark.parametrize("published", ["2024-08-15", "2025-01-02"])
def test_a_joined_verbs_tense_word_does_not_date_the_clause_before_it(published):
    # "met for the first time on Wednesday afternoon and will meet again": the day hangs on a noun, and
    # "will" belongs to the verb joined after it
    day = date.fromisoformat(published)  # a Thursday
    found = parsed_values("The committee met for the first time on Wednesday afternoon and will meet again in three months.", published)
    assert found[0] == ("Wednesday afternoon", f"{day - timedelta(days=1)}TAF")
    # the words after still count where no "and" starts another verb
    assert lexical_tense("They meet on Friday, officials will say.", 12, 18) == "future"


@pytest.mark.parametrize("published", ["2024-01-30", "2025-02-10", "2025-03-01"])
def test_a_comparison_set_off_after_a_time_does_not_date_it(published):
    year, month = int(published[:4]), int(published[5:7])
    march = f"{year if month <= 3 else year + 1}-03"
    found = parsed_values("Traders now see a 40 percent chance of a cut in March, down from 60 percent a week ago.", published)
    assert found[1] == ("March", march)
    assert lexical_tense("Traders see a cut in March, down from 60 percent a week ago.", 21, 26) is None
    # a clause after the comma still counts
    assert lexical_tense("They meet on Friday, officials will say.", 12, 18) == "future"


def test_an_adjective_in_un_ed_is_no_past_tense():
    assert lexical_tense("Rates look unchanged in March.", 23, 28) is None
    assert lexical_tense("An unexpected fall in March hurt.", 21, 26) is None
    # a verb in un-...-ed is one
    assert lexical_tense("Apple unveiled a phone in March.", 26, 31) == "past"
