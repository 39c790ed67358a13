r"""Line breaks that are no breaks: a text wrapped at a fixed width (a wire feed, a mail, a plain-text archive) breaks
its lines mid-sentence ("visited the region on\nTuesday"). The parser and the time patterns read such a break as
the space it stands for; a blank line, or a line of a text not so wrapped (a headline over its story), stays a break.

>>> as_one_line("He visited the\nregion on Tuesday.\n\nTalks follow.")
'He visited the region on Tuesday.\n\nTalks follow.'
"""

from __future__ import annotations

import re

# a line break and the spaces or tabs after it, before a line that is not blank (the regular expression starts at the
# break itself, which the engine finds fast; the line before is checked in Python)
_BREAK = re.compile(r"\r?\n[ \t]*(?=\S)")  # "\r\n" too, as a text from Windows or a JSON field breaks its lines
# a live report's entry opens its line with its time: "23:45 Polls closed", "09.30 The minister arrives" (not "4.10
# guilders a share", an amount a wrapped line opens with)
_CLOCK_LABEL = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d\b|(?:[01]\d|2[0-3])\.[0-5]\d\b")
_WRAPPED_AT_LEAST = 3  # single breaks a wrapped text has at least ...
_WRAPPED_SHARE = 0.3  # ... of which this share at least come before a small letter, as a sentence's middle words do


def wrapped_breaks(text: str, before_capitals: bool = False) -> list[tuple[int, int]]:
    r"""Where ``text`` breaks a line mid-sentence: (start, end) of each such break with the spaces around it. In a
    text wrapped at a fixed width (many single breaks, a good share of them before a small letter), every single
    break; otherwise one between a small letter or a comma and a small letter ("the\nthird quarter"), or, with
    ``before_capitals``, any letter ("last\nTuesday", as a headline over its story may end too); never a blank line
    nor a break before a live report's clock time.

    >>> wrapped_breaks("Storm hits coast\nThe storm hit on\nTuesday."), wrapped_breaks("Prices rose in the\nthird quarter.")
    ([], [(18, 19)])
    >>> wrapped_breaks("The storm hit on\nTuesday.", before_capitals=True)
    [(16, 17)]
    """
    if "\n" not in text:
        return []
    singles: list[tuple[int, int]] = []  # (start, end) of each single break, with the spaces or tabs around it
    for m in _BREAK.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start > 0 and not text[start - 1].isspace() and not _CLOCK_LABEL.match(text, m.end()):
            singles.append((start, m.end()))
    before_small = [(s, e) for s, e in singles if text[e].islower()]
    if len(singles) >= _WRAPPED_AT_LEAST and len(before_small) >= _WRAPPED_SHARE * len(singles):
        return singles
    after_words = [(s, e) for s, e in (singles if before_capitals else before_small) if text[e].isalpha()]
    return [(s, e) for s, e in after_words if text[s - 1].islower() or text[s - 1] in ",;" or joins_word(text, s, e)]


def joins_word(text: str, start: int, end: int) -> bool:
    r"""Whether the break at ``text[start:end]`` comes after a hyphen within a word ("a two-\nweek trial"), which
    joins the word's parts with no space, as a text wrapped at its hyphens breaks them.

    >>> joins_word("a two-\nweek trial", 6, 7), joins_word("rose -\nweek", 6, 7)
    (True, False)
    """
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum() and end < len(text) and text[end].isalnum()


def as_one_line(text: str, before_capitals: bool = False, breaks: list[tuple[int, int]] | None = None) -> str:
    r"""``text`` with each line broken mid-sentence (as :func:`wrapped_breaks` finds them) joined by a space in place
    of the break, so every character keeps its offset (for the parser, which reads a break as a word of its own);
    ``breaks``, where :func:`wrapped_breaks` has found them already.

    >>> as_one_line("rose in the\nthird quarter")
    'rose in the third quarter'
    """
    if breaks is None:
        breaks = wrapped_breaks(text, before_capitals)
    if not breaks:
        return text
    chars = list(text)
    for start, end in breaks:
        for i in range(start, end):
            if chars[i] in "\r\n":
                chars[i] = " "
    return "".join(chars)
