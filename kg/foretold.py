"""What a verb asks for, sets, warns of, decrees or foretells lies ahead of the verb's own time (or beside
it), whatever the verb's tense: "have called a general strike for January 12", "set the trial for March 3",
"warned of more snow on Friday", "declared three days of mourning from Thursday"; so does a fixture called off
or going ahead ("cancelled Sunday's concert", "Thursday's strike is going ahead"). :mod:`kg.tense` asks these
rules about the verb it found for a time; the word lists are the ``tense`` section of ``data/timex.yaml``.

>>> from kg import nlp
>>> doc = nlp.parse("The union called a strike for January 12.")
>>> _called_for_a_day(doc[6:8], doc[2])
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from .events import lexicon as events_lexicon
from .lexicon import load_yaml

_MAX_CLIMB = 6  # head links from an expression up to its verb
_PAST_PERFECT_AUX = frozenset({"had", "'d"})
_FOR = frozenset({"for"})
_OF = frozenset({"of"})
_BY_THEN = frozenset({"before", "by", "until", "within"})
_FOR_OR_FROM = frozenset({"for", "from"})
_STRETCH_BOUNDS = frozenset({"from", "until", "till", "through", "between"})
_FORECAST_FOR = frozenset({"for", "through", "in", "by", "until"})  # "forecast $20 billion for the quarter", "through March"
_FORECASTING = frozenset({"forecast", "predict", "project"})  # not "estimate", as often of what was ("estimated losses in March")
_RANGE_GOES_ON = re.compile(r"\s*(?:-|–|to\b|until\b|till\b|through\b|and\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _asking_verbs() -> frozenset[str]:
    """Verbs whose object, or what follows their "to", lies ahead of the asking: "called a strike for
    January 12", "urged countries to catch up before the spring"."""
    return _tense_words("asking_for_verbs") | _tense_words("demanding_verbs")


@lru_cache(maxsize=32)
def _tense_words(key: str) -> frozenset[str]:
    """One word list of the ``tense`` section of data/timex.yaml ("deadline_nouns", "nearing_verbs", ...)."""
    return frozenset(load_yaml("timex.yaml")["tense"][key])


def _reporting(lemma: str) -> bool:
    """A reporting verb of the event stage's lexicon ("say", "tell")."""
    return bool(events_lexicon().verbs.get(lemma, {}).get("reporting"))


def _demanded(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is what ``verb`` asks for or foretells, which lies ahead of the asking: "have called for
    a general strike on Monday and a march on Sunday", "demanded talks on Friday", "warned of action over Christmas", "price in a first cut in May"."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    lemma = verb.lemma_.lower()
    word_lists = {"for": "asking_for_verbs", "of": "warning_of_verbs", "in": "pricing_in_verbs"}
    if noun.dep_ == "pobj" and noun.head.head.i == verb.i and noun.head.lower_ in word_lists:
        return lemma in _tense_words(word_lists[noun.head.lower_])
    return noun.dep_ == "dobj" and noun.head.i == verb.i and lemma in _tense_words("demanding_verbs")


def _asked_for_then(span: Span | None, verb: Token) -> bool:
    """Whether the time ``span`` hangs on a verb of asking in the present perfect after what it asks for, as the
    parse may hang "on Friday" in "has called for protests on Friday" (or "have called a strike on Monday") on the
    calling, not the protests: a present perfect takes no day of its own, so the day is the asked-for thing's.

    >>> from kg import nlp
    >>> doc = nlp.parse("The opposition has called for protests on Friday.")
    >>> _asked_for_then(doc[7:8], doc[3])
    True
    """
    if span is None or len(span) == 0:
        return False
    time = span.root
    link = time.head if time.dep_ == "pobj" else time
    if link.head.i != verb.i or link.i < verb.i or link.dep_ not in ("prep", "npadvmod"):
        return False
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children):
        return False  # told in the past, "called for calm on Monday" is as often the calling's day
    asked = [c.children for c in verb.children if c.dep_ == "prep" and c.i < link.i] + [[c for c in verb.children if c.i < link.i]]
    return any(noun.pos_ == "NOUN" and (_demanded(noun, verb) or noun.dep_ == "dobj" and verb.lemma_.lower() in _tense_words("calling_verbs"))
               for group in asked for noun in group)


def _hoped_for_then(span: Span | None, verb: Token) -> bool:
    """Whether the time ``span`` is that of what a past perfect of hoping or expecting had in view, after its
    object: "had expected cuts in April", "had bet on six cuts, starting as early as April". A hope given up may
    have been for a time since passed or still ahead: the nearer one.

    >>> from kg import nlp
    >>> doc = nlp.parse("Investors had expected cuts in April.")
    >>> _hoped_for_then(doc[5:6], doc[2])
    True
    """
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl"):  # "cuts starting in April": the cuts' expecting
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else _verb_of_object(verb.head) or verb
    if not span or verb.lower_ not in _tense_words("hoped_verbs") or not _past_perfect(verb):
        return False
    start = span.root.i
    objects = [c for c in verb.children if c.i < start and (c.dep_ == "dobj" or c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children))]
    return bool(objects) and verb.i < start


def _past_perfect(verb: Token) -> bool:
    """ "had forecast", "had been called": told as before a past time."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_PERFECT_AUX for c in verb.children)


def _verb_of_object(noun: Token) -> Token | None:
    """The verb whose object ``noun`` is, directly or after a preposition ("bet on cuts")."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return head if noun.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "AUX") else None


def _preposition_of(span: Span | None, words: frozenset[str]) -> Token | None:
    """The preposition among ``words`` whose object the time ``span`` is ("for" in "for January 12")."""
    if span is None or len(span) == 0 or span.root.dep_ != "pobj" or span.root.head.lower_ not in words:
        return None
    return span.root.head


def _objects_before(verb: Token, token: Token) -> list[Token]:
    """The verb's direct objects that come before ``token``."""
    return [c for c in verb.children if c.dep_ == "dobj" and c.i < token.i]


def _called_for_a_day(span: Span | None, verb: Token) -> bool:
    """Whether the time ``span`` is the one a thing asked for or threatened is set for: "called a general
    strike for January 12", "threatened a walkout for Friday" (an object, then "for" and the time), or the
    time it is asked for by: "called for more sitting days before the end of the year". So too a thing set
    or fixed for a time ("set the trial for March 3", "Sentencing was set for Sept. 14"), or a date so set ("set a trial date of March 3"), and
    the whole of a time ("called an overtime ban for the whole of December")."""
    lemma = verb.lemma_.lower()
    asking = lemma in _asking_verbs()
    if not asking and lemma not in _tense_words("setting_verbs"):
        return False
    by_then = _preposition_of(span, _BY_THEN) if asking else None
    if by_then is not None and by_then.head.i == verb.i:
        return any(c.i < by_then.i and (c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "for") for c in verb.children)
    time = _whole_of(span.root) if span is not None and len(span) else None
    preposition = time.head if time is not None and time.dep_ == "pobj" and time.head.lower_ in _FOR else None
    objects = _objects_before(verb, preposition) if preposition is not None else []
    if preposition is not None:  # in the passive, the thing set is the subject: "Sentencing was set for Sept. 14"
        passive = preposition.head.i == verb.i and any(c.dep_ == "auxpass" for c in verb.children)
        return passive or bool(objects) and (preposition.head.i == verb.i or preposition.head in objects)
    dated = _preposition_of(span, _OF)  # "a trial date of March 3"
    return (dated is not None and dated.head.dep_ == "dobj" and dated.head.head.i == verb.i
            and dated.head.lemma_.lower() in _tense_words("deadline_nouns"))


def _saying_before_that(span: Span | None, text: str) -> Token | None:
    """The reporting verb a time right before "that" and what was said follows, in its sentence: "told reporters
    on the sidelines of a summit on Thursday that talks would continue" (the parse may hang the day on a noun).

    >>> from kg import nlp
    >>> text = "He told reporters at a summit on Thursday that talks would continue."
    >>> doc = nlp.parse(text)
    >>> _saying_before_that(doc[7:8], text).text
    'told'
    """
    if span is None or len(span) == 0 or not text.startswith(" that ", span.end_char):
        return None
    before = span.doc[span.sent.start : span.start]
    return next((t for t in reversed(before) if t.pos_ == "VERB" and _reporting(t.lemma_.lower())), None)


def _under_ahead_complement(span: Span | None, owner: Token | None) -> bool:
    """Whether the time hangs on a verb through an adjective of what lies ahead that complements it: "likely"
    in "snow was likely from Thursday" (the parse's owner is "was", which the adjective is passed over for),
    or on a "be" such an adjective complements ("more rain was possible on Thursday")."""
    if span is None or len(span) == 0 or owner is None:
        return False
    def ahead(word: Token) -> bool:  # not "was due to land", a plan's, which may have come or not
        return (word.dep_ == "acomp" and word.pos_ == "ADJ" and word.lemma_.lower() in _tense_words("likely_words")
                and not any(c.lower_ == "to" for c in word.children))

    if owner.lemma_ == "be" and any(ahead(c) for c in owner.children):
        return True
    token = span.root
    for _ in range(_MAX_CLIMB):
        if token.head.i == token.i or token.i == owner.i:
            return False
        token = token.head
        if ahead(token):
            return token.head.i == owner.i
    return False


def _whole_of(token: Token) -> Token:
    """The word a time is the whole or a part of: "whole" in "for the whole of December", else the time's own."""
    while (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj"
           and token.head.head.lemma_.lower() in _tense_words("whole_words")):
        token = token.head.head
    return token


def _warned_of_then(span: Span | None, verb: Token) -> bool:
    """Whether the time ``span`` follows what a verb of warning warns of, hanging on the verb itself as the
    parse has it: "warned of more snow on Friday" (not "warned on Friday of more snow", the warning's day).

    >>> from kg import nlp
    >>> doc = nlp.parse("Forecasters warned of more snow on Friday.")
    >>> _warned_of_then(doc[6:7], doc[1])
    True
    """
    if span is None or len(span) == 0 or verb.lemma_.lower() not in _tense_words("warning_of_verbs"):
        return False
    preposition = span.root.head if span.root.dep_ == "pobj" else None
    while preposition is not None and preposition.dep_ == "conj" and preposition.head.i != preposition.i:
        preposition = preposition.head  # "on Friday and over the weekend"
    if preposition is None or preposition.head.i != verb.i:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and c.i < preposition.i for c in verb.children)


def _decreed_from_a_day(span: Span | None, verb: Token, text: str) -> bool:
    """Whether the time ``span`` is when a thing decreed starts or is held: "declared three days of mourning
    from Thursday", "imposed a curfew from Monday", "declared a holiday for Friday". Such orders are made a
    few days either side of what they set, so the nearer day; not a stretch told whole ("imposed a curfew
    from Thursday to Sunday"), which takes its clause's way."""
    preposition = _preposition_of(span, _FOR_OR_FROM)
    if preposition is None or verb.lemma_.lower() not in _tense_words("deciding_verbs") or span is None:
        return False
    if _RANGE_GOES_ON.match(text, span.end_char):
        return False
    owner, objects = preposition.head, _objects_before(verb, preposition)
    return owner.i == verb.i and bool(objects) or any(owner in o.subtree for o in objects)


def _forecast_for_a_time(span: Span | None, verb: Token) -> bool:
    """Whether the time ``span`` is the one a forecast of a figure is for: "had forecast $20.1 billion for the
    three months through March", "projected a deficit in June" (an object, then the time on the verb), which
    lies ahead of the forecasting (not "forecast on Monday that ...", its day).

    >>> from kg import nlp
    >>> doc = nlp.parse("Analysts forecast a profit of $2 billion through March.")
    >>> _forecast_for_a_time(doc[9:10], doc[1])
    True
    """
    preposition = _preposition_of(span, _FORECAST_FOR)
    if preposition is None or preposition.head.i != verb.i or verb.lemma_.lower() not in _FORECASTING:
        return False
    return bool(_objects_before(verb, preposition))


def _foretold_from_a_day(span: Span | None, verb: Token) -> bool:
    """Whether the time ``span`` bounds what a warning or forecast the verb issues foretells: "issued a yellow
    warning for snow from Friday evening until Sunday morning" (not "issued a warning on Friday", its issuing)."""
    preposition = _preposition_of(span, _STRETCH_BOUNDS)
    if preposition is None or preposition.head.i != verb.i:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _tense_words("foretold_for") for c in verb.children)


def _called_off_or_done_for(fixture: Token, verb: Token) -> bool:
    """Whether ``fixture`` is called off or put back by ``verb`` ("cancelled Sunday's concert", "Saturday's match was
    postponed"), or is what something is done for ("tightened security for Sunday's marathon"): ahead of the verb.

    >>> from kg import nlp
    >>> doc = nlp.parse("Organizers cancelled Sunday's concert.")
    >>> _called_off_or_done_for(doc[4], doc[1]), _called_off_or_done_for(doc[4], doc[0])
    (True, False)
    """
    if fixture.dep_ == "pobj" and fixture.head.lower_ == "for" and fixture.head.head.i == verb.i:
        return True
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()
    return lemma in _tense_words("calling_off_verbs") and fixture.dep_ in ("dobj", "nsubjpass") and fixture.head.i == verb.i


def _goes_ahead(fixture: Token, verb: Token) -> bool:
    """Whether ``fixture`` is said to go ahead by ``verb``, told other than in the past ("Thursday's strike is going
    ahead"): ahead of the verb.

    >>> from kg import nlp
    >>> doc = nlp.parse("Thursday's strike is going ahead.")
    >>> _goes_ahead(doc[2], doc[4])
    True
    """
    if fixture.dep_ != "nsubj" or fixture.head.i != verb.i or verb.tag_ in ("VBD", "VBN"):
        return False
    ahead = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == "ahead"), None)
    return (f"{verb.lemma_.lower()} {ahead}" if ahead else verb.lemma_.lower()) in _tense_words("going_ahead_verbs")
