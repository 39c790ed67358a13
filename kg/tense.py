"""Which way a clause points from the publication date, read from the dependency parse.

A bare "Tuesday" or "March" takes its direction from the verb that governs it:
"visited ... on Tuesday" looks back, "will meet on Tuesday" and "has scheduled a
conference Thursday" look ahead. The parse finds that verb where nearby words mislead
("Protesters planned a demonstration on Saturday and were ..."). Where the parse gives
no answer (a modal, a noun's modifier like "Friday's purchases", an infinitive) the
nearest tense word decides, as in :func:`kg.timex.lexical_tense`.

The vocabularies are data: the modal and purpose words and reporting verbs are the event
stage's (``data/events.yaml``), the scheduling verbs are in ``data/timex.yaml``.

>>> from kg import nlp
>>> text = "Protesters planned a rally on Saturday and were planning more."
>>> hint = parse_hint(nlp.parse(text), text)
>>> hint(text.index("Saturday"), text.index("Saturday") + 8)
'future'
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .events import lexicon as events_lexicon
from .foretold import (
    _MAX_CLIMB,
    _PAST_PERFECT_AUX,
    _asked_for_then,
    _asking_verbs,
    _called_for_a_day,
    _called_off_or_done_for,
    _decreed_from_a_day,
    _demanded,
    _forecast_for_a_time,
    _foretold_from_a_day,
    _goes_ahead,
    _hoped_for_then,
    _past_perfect,
    _reporting,
    _saying_before_that,
    _tense_words,
    _under_ahead_complement,
    _warned_of_then,
)
from .lexicon import load_yaml
from .lines import as_one_line
from .timex import Tense, TenseHint, in_headline, lexical_tense
from .timex.grammar import _alternation, grammar

_OWNING = ("NOUN", "PROPN", "ADJ", "NUM", "PRON")  # words whose own time an expression hanging on them can be
_NEGATIVE_SUBJECT_WORDS = frozenset({"neither", "no", "nobody", "none", "nothing"})


@lru_cache(maxsize=1)
def scheduling_verbs() -> frozenset[str]:
    """Verbs whose own event lies ahead ("has scheduled a conference Thursday", "planned a rally on Saturday")."""
    return frozenset(load_yaml("timex.yaml")["scheduling_verbs"])


@lru_cache(maxsize=1)
def _ahead_of_noun() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + _alternation(_tense_words("ahead_of_noun")) + r")\s+(?:the\s+)?$", re.IGNORECASE)


def verb_tense(verb: Token) -> Tense:
    """Tense of the clause headed by ``verb``, or None when the verb does not say.

    >>> from kg import nlp
    >>> doc = nlp.parse("The talks will resume.")
    >>> verb_tense(doc[3])
    'future'
    """
    lex = events_lexicon()  # the event stage's modal words: one vocabulary for both readings
    lemma, tag = verb.lemma_.lower(), verb.tag_
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if tag == "VB" and not auxes and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children):
        tag = "VBP"  # "Liverpool, third, play Everton on Sunday": a present the parse took for a bare form
    aux_words = {a.lower_ for a in auxes}
    if _infinitive_read_as_noun(verb):
        tag = "VB"  # "had been due to end on Friday": the parse's noun "end" is the infinitive the auxiliaries date
    if not auxes and _shares_auxiliaries(verb):
        return verb_tense(verb.head)  # "will add flights and cut them in the autumn": "will" serves both verbs
    if aux_words & _PAST_PERFECT_AUX:
        return "past"  # "had been scheduled to expire Friday": before a past reference time
    if {"to", "have"} <= aux_words and verb.head.lemma_ == "be" and verb.head.tag_ == "VBD" or {"would", "have"} <= aux_words:
        # "was to have taken place on Thursday", "would have been held in July had the war not intervened": a plan that
        # did not come about, on whichever side of publication it fell
        return "near"
    passive_infinitive = tag == "VBN" and "to" in aux_words and not aux_words - {"to", "be", "get"}  # "was due to be sworn in", "to get vaccinated"
    if (tag == "VB" and not aux_words - {"to"} or passive_infinitive) and verb.head.i != verb.i:
        return _infinitive_tense(verb, "to" in aux_words)
    if tag == "VBG" and not auxes and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        return verb_tense(verb.head)  # "will begin falling on Monday": the beginning's time
    if tag == "VBG" and not auxes and verb.dep_ == "pcomp" and verb.head.lower_ in _tense_words("before_the_main"):
        # "will face Ortega on Sunday after beating the top seed on Friday": what came first may be done already
        main = verb_tense(verb.head.head) if verb.head.head.pos_ in ("VERB", "AUX") else None
        return "past" if main == "past" else "near"
    if lemma in scheduling_verbs() and tag != "VB" and (tag != "VBN" or auxes):  # not "as planned"
        return "future"
    if aux_words & lex.future_aux:
        return "future"
    if aux_words & (lex.hypothetical_aux | _tense_words("ahead_modals")):  # "must" is no event's hedge, but looks ahead too
        negated = _negated(verb)
        if negated and aux_words & _tense_words("past_when_negated"):
            return "past"
        if not negated and aux_words & _tense_words("ahead_modals") and not aux_words & {"have", "'ve"}:
            if verb.dep_ == "ccomp" and _past_perfect(verb.head):
                return "past"  # "had ruled that he must be returned ... and set Friday as the deadline": a past ruling's
            return "future"  # "a deal may be reached Wednesday": what may yet happen lies ahead ("may have fled": behind)
        return None
    if any(a.tag_ == "VBD" for a in auxes) or tag == "VBD":
        return "past"
    if (tag == "VBN" or "been" in aux_words) and aux_words & {"has", "have", "'ve", "'s"}:
        return "past"  # "has visited", "has been missing": the perfect looks back
    if tag == "VBP" and _singular_subject(verb) and verb.lower_ in _tense_words("past_as_present"):
        # "Weakness hurt the index on Friday": a present would be "hurts", so the form is past ("Liverpool play
        # Everton on Sunday" is a team's present: "play" is no past)
        return "past"
    if tag in ("VBZ", "VBP") and lemma in _tense_words("origin_verbs") and not _negated(verb):
        return "past"  # "dates from the turn of the century", "stems from a dispute in March": where it began
    if tag in ("VBZ", "VBP"):
        # "says Tuesday" tells of what was said; "meet Monday" and "reports results Wednesday" of a schedule
        return "past" if _reporting(lemma) and not _publishes_a_thing(verb) else "future"
    if tag in ("VBG", "VBN") and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"  # "is meeting Monday", "is heard in May"
    if tag == "VBN" and not auxes and (verb.dep_ in ("acl", "advcl") or _set_off_after_noun(verb) or _after_with(verb)):
        return _reduced_clause_tense(verb)
    if tag == "VBG" and verb.dep_ == "acl" and not auxes and lemma in _tense_words("period_bounds"):
        # "the fiscal year ending June 30": the clause the period is in says which way ("sales rose in", "expects
        # sales to rise in"); where it does not, the nearer such day
        above = _as_verb(_owner_of(verb.head))
        return (verb_tense(above) if above is not None else None) or "near"
    return None


def _reported_ahead(verb: Token) -> bool:
    """A clause of what someone said would happen: "said it would cut off funding", "asked whether he would attend"
    (not "would have", "would not").
    Only what follows the verb is its time: in "said on Tuesday the plan would work" the parse may hang the day on it."""
    aux_words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return (bool(aux_words & _tense_words("reported_ahead_modals")) and not aux_words & {"have", "'ve"} and not _negated(verb)
            and verb.dep_ == "ccomp" and verb.head.i != verb.i
            and (_reporting(verb.head.lemma_.lower()) or verb.head.lemma_.lower() in _tense_words("asking_whether_verbs")
                 and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)))


def _publishes_a_thing(verb: Token) -> bool:
    """A reporting verb whose object is a thing, with no clause of what was said: "reports results",
    "announces its decision" (not "tells reporters", "says it will")."""
    children = list(verb.children)
    return (any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in children)
            and not any(c.dep_ in ("ccomp", "xcomp") for c in children))


def _singular_subject(verb: Token) -> bool:
    """A subject in the third person singular: a singular noun or name, not a pronoun, plural or conjunction."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (len(subjects) == 1 and subjects[0].tag_ in ("NN", "NNP")
            and not any(c.dep_ == "conj" for c in subjects[0].children))


def _shares_auxiliaries(verb: Token) -> bool:
    """A verb joined to another with no subject or auxiliary of its own ("will open a plant and hire workers"); a
    verb with a tense of its own shares none ("was detained on Tuesday and is due in court on Friday"), though a past
    the tagger may have made of a bare form ("will add flights and cut them") does."""
    head = verb.head
    own_tense = verb.tag_ == "VBZ" or verb.tag_ == "VBD" and verb.lower_ != verb.lemma_.lower()
    return (verb.dep_ == "conj" and head.i != verb.i and head.pos_ in ("VERB", "AUX") and not own_tense
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
            and (any(c.dep_ in ("aux", "auxpass") for c in head.children) or head.dep_ == "xcomp" and head.tag_ == "VBG"))


def _negated(verb: Token) -> bool:
    """ "could not be found", "no one could reach", "neither he nor she could be located"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(word.lower_ in _NEGATIVE_SUBJECT_WORDS and (word.i == subject.i or word.dep_ in ("preconj", "det"))
               for subject in subjects for word in subject.subtree)


def _reduced_clause_tense(participle: Token) -> Tense:
    """A bare past participle's own time: "the decision, announced Wednesday," is done.

    What was scheduled has no time of its own ("a summit set for April", "a service
    planned for Saturday", "as planned"): the words around it or the clause it hangs on say.
    """
    lemma = participle.lemma_.lower()
    opener = next((c.lower_ for c in participle.children if c.dep_ in ("mark", "advmod") and c.i < participle.i), None)
    if opener in _tense_words("conditional_openers") and participle.head.pos_ in ("VERB", "AUX"):
        # "If approved on Friday, the law would take effect", "When completed in 2026, the tower will be": the main
        # clause's way ("When built in 1890, the tower was"), ahead where it only supposes
        return verb_tense(participle.head) or "future"
    foreseen = lemma in scheduling_verbs() or lemma in _tense_words("foreseeing_verbs")
    if foreseen and _after_with(participle):
        return "future"  # "with more rain expected overnight", "with a vote scheduled for Friday": what is looked for
    with_clause = participle.head.head.head  # participle -> its noun -> "with" -> the clause's verb
    if _after_with(participle) and with_clause.pos_ in ("VERB", "AUX"):
        # "rose, with gains led by banks on Monday": as the clause the "with" hangs on; after a present ("price
        # in four cuts, with the first fully priced by June"), which says nothing of the participle's time, the nearer
        main = verb_tense(with_clause)
        return "near" if main == "future" and with_clause.tag_ in ("VBZ", "VBP") else main
    set_for = lemma in _tense_words("scheduling_participles") and any(c.lower_ in ("for", "to") for c in participle.children)
    if (lemma in scheduling_verbs() or set_for) and participle.dep_ == "acl" and participle.head.pos_ in ("NOUN", "PROPN"):
        # "a hearing scheduled for July 28 was postponed": a plan told of in the past may have come or not, so the
        # nearer day; "a summit set for April will go ahead" looks ahead with its clause
        clause = _as_verb(_owner_of(participle.head))
        told = verb_tense(clause) if clause is not None else None
        return "near" if told == "past" else told
    if lemma in scheduling_verbs():
        # "still needs approval, expected before the summer recess": the plan of a clause that looks ahead
        above = participle.head if participle.dep_ == "advcl" and participle.head.pos_ in ("VERB", "AUX") else None
        return "future" if above is not None and verb_tense(above) == "future" else None
    if lemma in _tense_words("sequence_participles") and participle.dep_ == "advcl" and participle.head.pos_ in ("VERB", "AUX"):
        return verb_tense(participle.head)  # "will be held next week, followed by a memorial in the spring"
    if set_for:
        return None  # "set for April", not "the record set on Aug. 6"
    return "past"


def _after_with(participle: Token) -> bool:
    """A participle of a noun after "with" ("with more rain expected overnight"), however the parse hangs it."""
    return (participle.dep_ == "pcomp" and participle.head.lower_ == "with"
            or participle.dep_ == "acl" and participle.head.head.lower_ == "with")


def _set_off_after_noun(participle: Token) -> bool:
    """A participle set off by a comma after a noun, which the parse made its sentence's root: "The law, first
    proposed in the spring, will take effect" is a reduced clause, told as done."""
    first = min((c for c in participle.children if c.dep_ == "advmod" and c.i < participle.i), default=participle, key=lambda t: t.i)
    doc = participle.doc
    return (participle.dep_ == "ROOT" and first.i >= 2 and doc[first.i - 1].text == ","
            and doc[first.i - 2].pos_ in ("NOUN", "PROPN"))


def _infinitive_tense(verb: Token, with_to: bool) -> Tense:
    """An infinitive's time from the verb it completes, where that verb fixes it.

    "had been scheduled to expire Friday" is the nearer Friday (a plan, which may have come or not); "let the offensive begin
    Saturday" is the letting's time; "plans to meet Monday" looks ahead as the plan does.
    """
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and head.tag_ == "VB" and any(c.lower_ == "to" for c in head.children):
        return verb_tense(head)  # "expect the bank to keep rates ... but to signal a rise in July": as the first "to" is
    planned = head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.i != head.i
    if planned:
        head = head.head  # "had been due to expire Friday": the auxiliaries are the copula's
    head_auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    if head_auxes & _PAST_PERFECT_AUX:
        # "had expected the Fed to leave rates alone until the summer", "had been scheduled to lift off in February":
        # what was looked for or planned may yet come, or have come (the nearer time); "had agreed to" is done
        hoped = head.lower_ in _tense_words("hoped_verbs") and "been" not in head_auxes
        return "near" if hoped or planned or _planned_in_past_perfect(head) else "past"
    if _plan_told_as_past(head, planned):
        return "near"  # "was due to vote on Sunday", "was scheduled to arrive Tuesday": the plan may have come or not
    if planned and head.tag_ in ("VBZ", "VBP") and verb.head.lemma_.lower() in _tense_words("ahead_adjectives"):
        return "future"  # "is due to stand trial in July": a plan told in the present lies ahead
    if not with_to and head.tag_ == "VBD":
        return "past"
    lex = events_lexicon()
    lemma = head.lemma_.lower()
    if with_to and (lemma in lex.purpose_verbs or lemma in _tense_words("foreseeing_verbs") or lemma in _asking_verbs()):
        return "future"  # "plans to meet Monday", "are forecast to reach 38C on Saturday", "urged them to act before the spring"
    return None


def _plan_told_as_past(head: Token, adjective: bool) -> bool:
    """A plan in the past tense that no one is reported to have said: "was due to", "was scheduled to",
    "were expected to". Whether its time has come is not said, so it is the nearer one either way; a
    reported plan ("said the vote was due to take place Tuesday") keeps the speaker's future."""
    reported = head.dep_ in ("ccomp", "xcomp") or (head.head.i != head.i and _reporting(head.head.lemma_.lower()))
    if reported:
        return False
    if adjective:  # "was due to": the copula is the past
        return head.tag_ == "VBD" and head.lemma_.lower() == "be"
    past_passive = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in head.children)
    return head.tag_ == "VBN" and past_passive and head.lemma_.lower() in _planning_lemmas()


def _planned_in_past_perfect(verb: Token) -> bool:
    """ "had been scheduled", "had been planned", "had been set": a plan told before a past time, which may have
    come since or not (not "had been held", a thing done)."""
    return (verb.tag_ == "VBN" and _past_perfect(verb) and any(c.lower_ == "been" for c in verb.children)
            and verb.lemma_.lower() in _planning_lemmas())


@lru_cache(maxsize=1)
def _planning_lemmas() -> frozenset[str]:
    return scheduling_verbs() | _tense_words("scheduling_participles")


def _bare_participle(verb: Token) -> bool:
    """A participle with no auxiliary of its own ("as planned", "starting Saturday") under another verb."""
    return (verb.tag_ in ("VBN", "VBG") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb whose clause the expression at ``start:end`` dates, or None if a noun owns it."""
    return _as_verb(_owner(doc, start, end))


def _as_verb(token: Token | None) -> Token | None:
    return token if token is not None and (token.pos_ in ("VERB", "AUX") or _infinitive_read_as_noun(token)) else None


def _infinitive_read_as_noun(token: Token) -> bool:
    """An infinitive the parse took for a noun: "had been due to end on Friday" ("end" NN, with "to" as its aux)."""
    return token.dep_ == "xcomp" and token.tag_.startswith("NN") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _owner(doc: Doc, start: int, end: int) -> Token | None:
    """The verb, or the noun, the expression at ``start:end`` hangs on (None if the parse does not say)."""
    return _span_owner(doc.char_span(start, end, alignment_mode="expand"))


def _span_owner(span: Span | None) -> Token | None:
    """:func:`_owner` of an expression's tokens."""
    if span is None or len(span) == 0:
        return None
    token = span.root
    coordinated = False  # "Thursday and Friday": the time a later one is joined to is dated by the same verb
    for _ in range(_MAX_CLIMB):
        if token not in span and not coordinated and token.pos_ in _OWNING and (token.pos_ != "ADJ" or token.dep_ != "acomp"):
            return token  # "Friday's purchases", "the Oct. 23 slaying": the noun's time, not the clause's; "stay closed on Friday": the verb's
        coordinated = token.dep_ == "conj" and (token in span or coordinated) and _names_a_time(token.head)
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "amod":
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _names_a_time(token: Token) -> bool:
    """Whether ``token`` is a word of a date or time: by the entity recogniser's label where it ran, else by
    the weekday and month names (``kg timex`` parses without it)."""
    words = grammar().vocab
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in words["weekdays"] or token.lower_ in words["months"]


def _names_a_weekday(words: str) -> bool:
    """Whether ``words`` name a day of the week ("Saturday's", "this Friday").

    >>> _names_a_weekday("Saturday's"), _names_a_weekday("the Fourth of July")
    (True, False)
    """
    return any(word in grammar().vocab["weekdays"] for word in re.findall(r"[a-z]+", words.lower()))


def _owner_of(token: Token) -> Token | None:
    """The first verb above ``token`` in the parse (None if none within a few steps)."""
    for _ in range(_MAX_CLIMB):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _verb_above_direction(token: Token | None, weekday: bool = True) -> Tense:
    """Which way the verb a noun hangs on puts the noun's time, where it says so outright: ahead for a future
    auxiliary ("will be watching Tuesday's meeting"), a scheduling verb ("expect thousands at Saturday's
    rally"), waiting ("are awaiting Monday's decision") or asking ("called for a strike on Monday"); the
    nearer day for a wait told as past ("braced for Friday's jobs report", "awaited a decision on Thursday");
    None where it does not say (a present tense alone: "follows Tuesday's declaration"). A fixture called off
    or done for is ahead of the verb when on a ``weekday``; one in a month or on a holiday, which come round once
    a year, told of in the past is the nearer ("The Christmas concert was called off", told on Jan. 3: the one
    just passed).

    >>> from kg import nlp
    >>> doc = nlp.parse("Investors will be watching Tuesday's meeting.")
    >>> _verb_above_direction(doc[6])
    'future'
    """
    verb = _owner_of(token) if token is not None else None
    if verb is None or token is None:
        return None
    if token.dep_ == "pobj" and token.head.head.pos_ == "NOUN" and token.head.head.lemma_.lower() in _tense_words("outcome_nouns"):
        return "near"  # "results from Sunday's vote are expected on Thursday": what is awaited is the results, not the vote
    if _demanded(token, verb):
        return "near" if _past_perfect(verb) else "future"  # "had forecast a decline in July": it may have come since
    if verb.tag_ == "VBN" and verb.lemma_.lower() in _tense_words("sequence_participles"):
        return verb_tense(verb)  # "will be held next week, followed by a memorial in the spring": as the clause followed
    # "After Sunday's protest, the government will respond": what came before the clause's own event lies on the
    # nearer day, as a gerund after "after" does, where the clause looks ahead
    ahead: Tense = "near" if token.dep_ == "pobj" and token.head.lower_ in _tense_words("before_the_main") else "future"
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & events_lexicon().future_aux:
        return ahead
    if token.lemma_.lower() in _tense_words("fixture_nouns"):
        if _reported_ahead(verb) or "to" in auxes and verb_tense(verb) == "future":
            return ahead  # "said a coach would take charge for Saturday's match", "plan to protest before the weekend's game"
        if _goes_ahead(token, verb):
            return ahead  # "Thursday's strike is going ahead", "The Thursday strike will proceed"
        if _called_off_or_done_for(token, verb):
            # "Saturday's match was postponed"; "The April summit was cancelled", told in May: the nearer April
            return "near" if not weekday and verb_tense(verb) == "past" else ahead
    lemma = verb.lemma_.lower()
    if lemma in _tense_words("awaiting_verbs"):
        return "near" if verb.tag_ == "VBD" else "future"
    return ahead if lemma in scheduling_verbs() and verb.tag_ != "VBD" else None


def _condition_of_what_may_come(verb: Token) -> bool:
    """Whether ``verb`` is a past tense in an "if" clause of what may yet happen: "could continue into next year
    if the winter was dry" (not "would have" nor "had been": what did not happen)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    head_auxes = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
    return bool(head_auxes & _tense_words("hedged_ahead_modals")) and not head_auxes & {"have", "'ve"}


def _infinitive_of_a_noun(verb: Token) -> bool:
    """An infinitive that says what a noun is for ("more to follow", "a plane to catch"), with no time of its
    own but what its clause says when that looks ahead; not one after a first, last or only one ("the first to
    arrive on Monday", which tells of the arriving)."""
    noun = verb.head
    if verb.tag_ != "VB" or verb.dep_ not in ("relcl", "acl") or noun.i == verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    ranked = (noun, *(c for c in noun.children if c.dep_ in ("amod", "advmod")))
    return not any(w.tag_ in ("JJS", "RBS") or w.lower_ in _RANKING_WORDS for w in ranked)


_RANKING_WORDS = frozenset({"first", "last", "only", "next", "second", "third"})


def _present_read_as_adjective(token: Token) -> bool:
    """A main clause's verb in the present that the tagger took for an adjective: it has a subject but no
    copula ("Pre-orders open on Friday", where "are open" would be the adjective); or it was taken for a
    word describing the noun before it, which is left as a sentence with no verb ("Polls close at 8pm on
    Tuesday", "Polling stations close at 10pm")."""
    if token.pos_ == "ADJ" and token.dep_ == "ROOT":
        return any(c.dep_ == "nsubj" for c in token.children) and not any(c.dep_ in ("cop", "aux", "auxpass") for c in token.children)
    if token.pos_ == "NOUN" and token.dep_ == "ROOT":  # the parse climbed past a verb it had hung on the noun
        return any(_describes_noun_before(c) for c in token.children)
    return _describes_noun_before(token)


def _describes_noun_before(token: Token) -> bool:
    """A present verb or adjective hung right after a plural noun (or name: "The Olympics open in July") that heads a
    sentence with no verb."""
    noun = token.head
    return (token.dep_ == "amod" and token.i == noun.i + 1 and noun.dep_ == "ROOT" and noun.tag_ in ("NNS", "NNPS")
            and (token.tag_ == "VBP" or token.pos_ == "ADJ"))


def _deadline_gone(deadline: Token) -> bool:
    """Whether a deadline noun is told of as past: the verb it is the subject or object of ("the deadline
    passed", "missed the deadline"), or the one done by it ("completed the sale by the Tuesday deadline"), is past,
    and not one of nearing ("as a deadline loomed"). A deadline in another phrase ("scrambled before Tuesday's
    deadline") is not told of so."""
    told = next((c for c in deadline.children if c.dep_ in ("acl", "relcl") and c.tag_ in ("VBD", "VBZ", "VBP")), None)  # "a deadline loomed"
    if told is None:
        if deadline.dep_ in ("nsubj", "nsubjpass", "dobj") and deadline.head.pos_ in ("VERB", "AUX"):
            told = deadline.head
        elif deadline.dep_ == "pobj" and deadline.head.lower_ == "by" and deadline.head.head.pos_ in ("VERB", "AUX"):
            told = deadline.head.head  # "completed the sale by the Tuesday deadline": met, as the completing is told
        while told is not None and told.dep_ == "xcomp" and told.tag_ == "VB" and told.head.lemma_.lower() not in events_lexicon().purpose_verbs:
            told = told.head  # "failed to meet the deadline": told of as the failing is; not "agreed to meet it"
    return told is not None and verb_tense(told) == "past" and told.lemma_.lower() not in _tense_words("nearing_verbs")


_RANGE_DASH = re.compile(r" ?[-\u2013] ?")


def parse_hint(doc: Doc, text: str) -> TenseHint:
    """A tense hint for :func:`kg.timex.find_timexes` over a parsed text (its lines broken mid-sentence read as
    spaces, as the parser read them)."""
    text = as_one_line(text)
    # words in -ed the parse reads as no verb ("a still unspecified date"): no past tense for the word list
    not_verbs_found: list[frozenset[int]] = []  # found once, when the word list is first asked: most times never need it

    def not_verbs() -> frozenset[int]:
        if not not_verbs_found:
            not_verbs_found.append(frozenset(t.idx for t in doc if t.lower_.endswith("ed") and t.pos_ == "ADJ" and t.dep_ == "amod"))
        return not_verbs_found[0]

    def hint(start: int, end: int) -> Tense:
        while end > start and text[end - 1] in ".,":
            end -= 1
        span = doc.char_span(start, end, alignment_mode="expand")
        owner = _span_owner(span)
        if owner is not None and owner.idx > end and owner.dep_ != "compound" and _RANGE_DASH.fullmatch(text, end, owner.idx) and text[start].isupper():
            return hint(owner.idx, owner.idx + len(owner))  # "runs Friday-Sunday": the parse hangs the first day on the last
        if owner is not None and owner.idx >= end and owner.lemma_.lower() in _tense_words("named_stretch_nouns") and text[start].isupper():
            return hint(start, owner.idx + len(owner))  # "were closed over the Easter holiday": the holiday's time is the name's
        if owner is not None and owner.lemma_.lower() in _tense_words("deadline_nouns") and owner.idx >= end:
            # "as a Monday deadline loomed", "Tuesday's deadline": a deadline lies ahead, unless told of as
            # met, missed or passed ("Tuesday's deadline passed", "missed the Monday deadline")
            return "past" if _deadline_gone(owner) else "future"
        if owner is not None and any(w.pos_ == "ADJ" and w.lemma_.lower() in _tense_words("ahead_adjectives")
                                     for w in (owner, *(c for c in owner.children if c.dep_ == "amod" and c.i > owner.i))):
            # "with a vote possible Tuesday", whichever word the parse hangs the day on; an adjective before its
            # noun says nothing of when ("a possible attack on Tuesday" is being looked into)
            return "future"
        saying = _saying_before_that(span, text)
        if saying is not None:
            return verb_tense(saying)  # "told reporters on the sidelines of a summit on Thursday that ...": the telling's day
        if _under_ahead_complement(span, owner):
            return "future"  # "more snow was likely from Thursday", as forecasters said: what is likely lies ahead
        possessive = text[start:end].endswith("'s") or text[end : end + 2] == "'s"
        if possessive:  # "Friday's purchases": the noun's own time, behind unless said to lie ahead
            if _ahead_of_noun().search(text, max(0, start - 30), start):
                return "future"  # "ahead of Tuesday's meeting"
            return _verb_above_direction(owner, _names_a_weekday(text[start:end])) or "past"  # "will be watching Tuesday's meeting" lies ahead
        verb = _as_verb(owner)  # governing_verb, without climbing the parse again
        tense = verb_tense(verb) if verb is not None else None
        if verb is None and owner is not None and _present_read_as_adjective(owner):
            # "Pre-orders open on Friday": a present of what is scheduled, as "opens on Friday" is; a headline's
            # present tells of what happened as often ("Stocks close higher on Friday")
            return None if in_headline(text, start) else "future"
        if tense == "future" and verb is not None and verb.tag_ == "VBD" and verb.idx >= end and verb.lemma_.lower() in scheduling_verbs():
            tense = "past"  # "On Friday, the government planned to pay": the day of the planning, put before it
        if tense == "past" and verb is not None and _condition_of_what_may_come(verb):
            tense = "future"  # "they could continue into next year if the winter was dry": the winter to come
        noun_verb = _owner_of(owner) if verb is None and owner is not None else None  # the verb above a noun the time hangs on
        caller = verb if verb is not None else noun_verb  # "set a trial date of March 3" hangs on "date"
        if tense != "future" and caller is not None and caller.idx < start and _called_for_a_day(span, caller):
            # "have called a general strike for January 12": what was called for lies ahead of the calling; asked for
            # before a past time ("had forecast a decline in July"), it may have come since: the nearer one
            tense = "near" if _past_perfect(caller) else "future"
        if tense != "future" and verb is not None and verb.idx < start and _hoped_for_then(span, verb):
            tense = "near"  # "had expected cuts in April": a hope given up, for a time since passed or still ahead
        if tense == "past" and verb is not None and verb.idx < start and _asked_for_then(span, verb):
            tense = "future"  # "has called for protests on Friday", the day hung on the calling: the protests' day
        if tense == "past" and verb is not None and verb.idx < start and _planned_in_past_perfect(verb):
            tense = "near"  # "had been scheduled for Tuesday but was delayed": a plan, which may have come or not
        if tense != "future" and verb is not None and verb.idx < start and _warned_of_then(span, verb):
            tense = "future"  # "have warned of more snow on Friday and over the weekend": the time of what is warned of
        if tense != "future" and verb is not None and verb.idx < start and _foretold_from_a_day(span, verb):
            tense = "future"  # "issued a yellow warning for snow from Friday evening until Sunday morning"
        if tense == "past" and verb is not None and verb.idx < start and _forecast_for_a_time(span, verb):
            tense = "near" if _past_perfect(verb) else "future"  # "had forecast $20.1 billion for the three months through March"
        if tense == "past" and verb is not None and verb.idx < start and _decreed_from_a_day(span, verb, text):
            tense = "near"  # "declared three days of national mourning from Thursday": the nearer Thursday
        if (tense == "past" and verb is not None and verb.idx < start and verb.lemma_.lower() in _tense_words("awaiting_verbs")
                and any(c.dep_ == "dobj" and c.idx < start for c in verb.children)):
            tense = "near"  # "investors awaited a Fed decision on Thursday": the awaited thing's day, whichever side it falls
        if tense is None and verb is not None and verb.idx < start and _reported_ahead(verb):
            tense = "future"  # "said it would cut off funding on Tuesday unless a deal was struck": the saying's future
        if tense is None and verb is not None and _infinitive_of_a_noun(verb):
            clause = _as_verb(_owner_of(verb.head))  # "would be in January, with more to follow in February": ahead as its clause is
            if clause is not None and (verb_tense(clause) == "future" or _reported_ahead(clause)):
                tense = "future"
        if tense is None and verb is not None and _bare_participle(verb):
            tense = verb_tense(verb.head)  # "began as planned Saturday": the clause it hangs on
        if tense == "future" and verb is not None and verb.tag_ in ("VBZ", "VBP") and in_headline(text, start):
            return None  # a headline's present tells of what happened as often as of what is to come
        beside_owner = span is not None and span.root.dep_ in ("appos", "npadvmod") and owner is not None and span.root.head.i == owner.i
        if (verb is None and owner is not None and (owner.lemma_.lower() in _tense_words("moment_nouns") or beside_owner)
                and owner.dep_ == "pobj" and owner.head.head.pos_ in ("VERB", "AUX")):
            # "begins at sundown on Wednesday": the day of the moment the verb is at; "go to the polls on polling day,
            # Thursday": the day the noun beside it names
            tense = verb_tense(owner.head.head)
        if verb is None and owner is not None and owner.pos_ == "NOUN" and owner.dep_ == "pobj" and owner.head.lower_ == "since":
            return "past"  # "his first trip since a bout of pneumonia in February": what "since" counts from is behind
        noun_owner = tense is None and verb is None and owner is not None and owner.pos_ == "NOUN"
        above = _verb_above_direction(owner, _names_a_weekday(text[start:end])) if noun_owner else None
        if above is not None:
            return above  # "expected before the summer recess", "will attend the June meeting": the noun's time lies ahead
        if tense is None and verb is None and owner is not None and owner.idx >= end and owner.pos_ == "NOUN" and text[start].isupper():
            return None  # "November transactions", "the June meeting": a named time of the noun's own, which no verb dates
        if tense is None and verb is None and owner is not None and owner.dep_ == "dobj" and owner.idx < start:
            tense = verb_tense(owner.head)  # "announces its decision on Wednesday": the verb's time is the object's
        if (tense is None and verb is None and owner is not None and owner.dep_ == "pobj" and owner.idx < start
                and owner.head.lower_ in ("in", "at", "during", "to", "for") and owner.head.head.pos_ == "VERB"
                and owner.head.head.tag_ in ("VBP", "VBZ") and not in_headline(text, start)):
            # "Bayern play Barcelona in the second leg on Wednesday night", "The bill goes to a vote on Wednesday": as the verb is
            tense = verb_tense(owner.head.head)
        if (tense is None and verb is None and owner is not None and owner.pos_ == "NOUN" and owner.idx < start
                and owner.dep_ == "pobj" and owner.head.lower_ in ("after", "following")):
            # "has called off a strike after talks on Sunday": before the calling, which is past; "investors remain
            # cautious after the sell-off on Friday": a state now, after what was (not "reopen after the holiday on Monday")
            now_after = (noun_verb is not None and noun_verb.tag_ in ("VBP", "VBZ") and verb_tense(noun_verb) != "future"
                         and owner.lemma_.lower() not in _tense_words("fixture_nouns") and not in_headline(text, start))
            tense = "past" if noun_verb is not None and verb_tense(noun_verb) == "past" or now_after else None
        return tense or lexical_tense(text, start, end, not_verbs())

    return hint
