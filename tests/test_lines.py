"""Lines broken mid-sentence (kg/lines.py): a text wrapped at a fixed width is parsed, and its times read, as the
same text on one line is; a headline over its story, a blank line and a live report's times stay breaks."""

from __future__ import annotations

import re
import textwrap

import pytest

from kg import nlp
from kg.lines import as_one_line, wrapped_breaks
from kg.tense import parse_hint
from kg.timex import find_timexes

STORY = ("The minister visited the flooded region on Tuesday, two days after the river burst its banks, and said on "
         "Wednesday that repairs would begin next month. Officials said the water had risen overnight on Sunday.\n\n"
         "Rescuers will resume the search on Friday morning. The last flood of this size came in March 2014, when "
         "the army spent three weeks clearing the roads.")


@pytest.mark.parametrize("width", [40, 55, 70])
@pytest.mark.parametrize("published", ["2025-05-21", "2025-01-02", "2024-03-01"])
def test_a_text_wrapped_at_a_width_reads_as_the_same_text_on_one_line(width, published):
    wrapped = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in STORY.split("\n\n"))
    assert "\n" in wrapped.split("\n\n")[0]
    one_line = re.sub(r"(?<=\S)\n(?=\S)", " ", wrapped)
    assert as_one_line(wrapped) == one_line
    parsed, parsed_one_line = nlp.parse(wrapped), nlp.parse(one_line)
    assert [(t.idx, t.dep_, t.head.i) for t in parsed] == [(t.idx, t.dep_, t.head.i) for t in parsed_one_line]
    found = find_timexes(wrapped, published, parse_hint(parsed, wrapped))
    expected = find_timexes(one_line, published, parse_hint(parsed_one_line, one_line))
    assert [(t.start_char, t.end_char, t.value) for t in found] == [(t.start_char, t.end_char, t.value) for t in expected]
    assert len(found) == 9 and all(wrapped[t.start_char : t.end_char] == t.text for t in found)


def test_a_headline_a_blank_line_and_a_live_report_s_time_stay_breaks():
    headline = "Floods close roads in the north\nThe minister visited the region on Tuesday."
    assert wrapped_breaks(headline) == [] and as_one_line(headline) == headline
    assert nlp.parse(headline).text == headline  # the parser sees the break as it is written
    assert wrapped_breaks("It rained all day.\n\nThe river rose.") == []
    live = "polls closed across the country\n23:45 the first results came in\n00:20 one more\nseat is declared and\nanother"
    assert all(not live[end:].startswith(("23:45", "00:20")) for _, end in wrapped_breaks(live))
    # an amount opening a wrapped line is no entry's time: "or\n4.10 guilders a share" reads on
    amount = ("The group said net income in the third\nquarter rose to 235 million guilders, or\n6.70 guilders a share, from 144 million\n"
              "guilders, or\n4.10 guilders a share, a year ago.")
    assert len(wrapped_breaks(amount)) == 4
    # a break between words, neither a blank line nor a headline's, is joined even in a text not wrapped
    assert wrapped_breaks("Prices rose in the\nthird quarter.") == [(18, 19)]


HYPHENED = ("The union called a two-week strike at the plant in mid-March, its first in a decade, and the "
            "company reported a third-quarter loss against a year-earlier profit. The strike ended on Friday.")


@pytest.mark.parametrize("width", [20, 25, 39, 50, 57])
def test_a_word_broken_at_its_hyphen_reads_as_the_word(width):
    wrapped = textwrap.fill(HYPHENED, width, break_on_hyphens=True)
    assert re.search(r"\w-\n\w", wrapped)  # the wrap broke at least one hyphened word
    found = find_timexes(wrapped, "2024-11-06")
    on_one_line = find_timexes(HYPHENED, "2024-11-06")
    assert [re.sub(r"-\n", "-", t.text).replace("\n", " ") for t in found] == [t.text for t in on_one_line]
    assert [t.value for t in found] == [t.value for t in on_one_line]
    assert [t.value for t in on_one_line] == ["P2W", "2024-03", "P10Y", "2024-Q3", "2023-Q3", "2024-11-01"]
    assert all(wrapped[t.start_char : t.end_char] == t.text for t in found)


def test_a_hyphen_breaks_a_word_only_between_letters_or_figures():
    assert wrapped_breaks("a two-\nweek trial") == [(6, 7)]
    assert wrapped_breaks("prices rose -\nsharply") == []  # a dash, not a hyphen within a word
    assert [t.text for t in find_timexes("a two-\nweek trial", "2024-11-06")] == ["two-\nweek"]


@pytest.mark.parametrize("published", ["2025-05-21", "2025-01-02"])
def test_lines_broken_with_a_carriage_return_read_as_lines_broken_alone(published):
    wrapped = "\n\n".join(textwrap.fill(paragraph, 50) for paragraph in STORY.split("\n\n"))
    windows = wrapped.replace("\n", "\r\n")
    assert len(wrapped_breaks(windows)) == len(wrapped_breaks(wrapped)) > 3
    found = find_timexes(windows, published, parse_hint(nlp.parse(windows), windows))
    expected = find_timexes(wrapped, published, parse_hint(nlp.parse(wrapped), wrapped))
    assert [t.value for t in found] == [t.value for t in expected] and len(found) == 9
    assert all(windows[t.start_char : t.end_char] == t.text for t in found)
