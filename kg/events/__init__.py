"""Events: who did what to whom, where, when, and who says so.

Triggers (verbs and nouns) come from ``data/events.yaml`` with their CAMEO codes.
For each trigger the dependency parse gives the agent (subject, passive ``by``,
possessor of a noun, subject of a light verb), the participants (objects and the
prepositions the lexicon names), the place and the time (the expression in the
clause, else one in the sentence that belongs to no other event, else the time of
the statement that reports it). Reporting verbs make statement events and pass
their speaker on as ``attributed_to``, and so does "according to X" (without a
statement event); modality comes from negation, modals, verbs of intent and the
reporting verb. Repeated mentions of one event are merged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span

from ..entities import MentionIndex, datelines
from ..model import Entity, Event, TimeValue
from ..timex import calendar_value
from .reader import _Draft, _Reader
from .syntax import _clause_verb, _in_quote
from .vocabulary import lexicon

__all__ = ["extract_events", "lexicon", "merge_mentions"]

_PLURAL_NOUNS = frozenset({"police", "people", "militia", "personnel", "clergy", "youth", "staff", "cattle"})


def _absorbed(d: _Draft, drafts: dict[int, _Draft]) -> bool:
    """'praised them, saying: ...' — the participle only reports what the speech act said."""
    head = drafts.get(d.trigger.head.i)
    return (d.is_statement and d.trigger.dep_ in ("advcl", "xcomp") and head is not None
            and head.cameo is not None and head.cameo[:2] in ("01", "02", "03", "05", "10", "11", "12", "13")
            and head.agents == d.agents)


_FORCE_ROOTS = ("17", "18", "19", "20")


def _compatible(a: Event, b: Event) -> bool:
    """Two readings of one event: same code and actors, and no attribute that contradicts."""
    same_sentence = a.sentence_start == b.sentence_start
    violent = (a.cameo or "")[:2] in _FORCE_ROOTS and (b.cameo or "")[:2] in _FORCE_ROOTS
    if not (a.cameo == b.cameo or (same_sentence and violent)):
        return False
    if set(a.agents) != set(b.agents) or a.modality != b.modality:
        return False
    if a.time and b.time and calendar_value(a.time) != calendar_value(b.time):
        return False
    if a.participants and b.participants and not set(a.participants) & set(b.participants) and not (same_sentence and violent):
        return False
    if a.places and b.places and not set(a.places) & set(b.places):
        return False
    return True


def merge_mentions(events: list[Event]) -> list[Event]:
    """Events of one article that are the same event become one (the most informative keeps its offsets).

    >>> e = Event("visited", 0, 7, 0, 10, "042", "x visits", time=None)
    >>> len(merge_mentions([e, replace(e, trigger_start=20, trigger_end=27)]))
    1
    """
    merged: list[Event] = []
    for e in events:
        for i, m in enumerate(merged):
            if _compatible(m, e):
                base, other = (m, e) if _richness(m) >= _richness(e) else (e, m)
                merged[i] = replace(
                    base,
                    participants=tuple(dict.fromkeys(base.participants + other.participants)),
                    places=base.places or other.places,
                    time=base.time or other.time,
                    attributed_to=base.attributed_to or other.attributed_to,
                    mentions=tuple(sorted(set(base.mentions + other.mentions + ((other.trigger_start, other.trigger_end),)))),
                )
                break
        else:
            merged.append(e)
    return merged


def _richness(e: Event) -> int:
    return (4 if e.time else 0) + 2 * len(e.places) + len(e.participants) + (1 if len(e.cameo or "") > 3 else 0)


def _label(entry: dict[str, Any], agents: list[Entity], participants: list[Entity], places: list[Entity]) -> str:
    who = " and ".join(a.name for a in agents) or "someone"
    what = entry.get("label") or "acts"
    if len(agents) > 1 or (agents and _plural_group(agents[0])):
        what = _plural_verb(what)
    whom = " and ".join(p.name for p in participants)
    where = places[0].name if places else ""
    if not whom:
        what = re.sub(r" (with|to)$", "", what)
    # a place is what is visited ("visits Oaxaca"), else where it happens ("protests in Paris")
    tail = whom or (where if entry.get("place") or not where else f"in {where}")
    return f"{who} {what} {tail}".strip() if not (whom and where) else f"{who} {what} {whom} in {where}"


def _plural_group(e: Entity) -> bool:
    """ "analysts", "riot police", "ethnic Albanians": a group named in the plural."""
    last = e.name.rsplit(" ", 1)[-1].lower()
    return e.kind == "group" and (last in _PLURAL_NOUNS or (last.endswith("s") and not last.endswith(("ss", "us", "is"))))


def _plural_verb(phrase: str) -> str:
    """The verb phrase for several agents: "negotiates with" -> "negotiate with".

    >>> [_plural_verb(p) for p in ("negotiates with", "clashes with", "carries out", "seizes", "holds talks with", "is")]
    ['negotiate with', 'clash with', 'carry out', 'seize', 'hold talks with', 'are']
    """
    verb, _, rest = phrase.partition(" ")
    if verb == "is":
        verb = "are"
    elif verb == "has":
        verb = "have"
    elif verb.endswith("ies"):
        verb = verb[:-3] + "y"
    elif verb.endswith(("shes", "ches", "xes", "sses", "zzes")):
        verb = verb[:-2]
    elif verb.endswith("s"):
        verb = verb[:-1]
    return f"{verb} {rest}".strip()


def extract_events(doc: Doc, index: MentionIndex, timexes: list[TimeValue]) -> list[Event]:
    """The events of one parsed article."""
    reader = _Reader(doc, index, timexes)
    drafts = reader.read()
    reader.link_reports(drafts)
    for d in drafts:
        if d.time is None:
            d.time = reader.sentence_time(d.trigger)
    text = index.text
    wire_lines = datelines(text)
    keep = [d for d in drafts if d.cameo and d.agents and not _absorbed(d, reader.drafts) and not _in_quote(d.trigger)]
    events: list[Event] = []
    index_of: dict[int, int] = {}
    for d in keep:
        for part, group in enumerate(_split_reciprocal(d)):
            sent: Span = d.trigger.sent
            s_start, s_end = sent.start_char, sent.end_char
            s_start = max([s_start] + [end for start, end in wire_lines if s_start <= start < s_end])  # not the dateline
            while s_start < s_end and text[s_start].isspace():
                s_start += 1
            while s_end > s_start and text[s_end - 1].isspace():
                s_end -= 1
            t = d.trigger
            index_of.setdefault(id(d), len(events))
            events.append(Event(
                trigger=t.text, trigger_start=t.idx, trigger_end=t.idx + len(t.text),
                sentence_start=s_start, sentence_end=s_end, part=part,
                cameo=d.cameo, label=_label(d.entry, d.agents, group, d.places),
                agents=tuple(d.agents), participants=tuple(group or _each_other(d)), places=tuple(d.places),
                time=d.time, modality=d.modality, attributed_to=tuple(d.attributed_to),
                reported_by=(d.reporter.trigger.idx, d.reporter.trigger.idx + len(d.reporter.trigger.text)) if d.reporter else None,
            ))
    merged = merge_mentions(events)
    # an event told as the circumstance of another ("visited ..., accusing ...") shares its time
    by_trigger = {(e.trigger_start, e.trigger_end): e for e in merged}
    for d in keep:
        if d.time_parent is None:
            continue
        parent_key = (d.time_parent.trigger.idx, d.time_parent.trigger.idx + len(d.time_parent.trigger.text))
        parent = by_trigger.get(parent_key) or next((e for e in merged if parent_key in e.mentions), None)
        key = (d.trigger.idx, d.trigger.idx + len(d.trigger.text))
        own = by_trigger.get(key) or next((e for e in merged if key in e.mentions), None)
        if parent and own and own.time is None and parent.time is not None:
            merged[merged.index(own)] = replace(own, time=parent.time)
    return _continue_the_scene(sorted(merged, key=lambda e: e.trigger_start), keep, text)


def _continue_the_scene(events: list[Event], drafts: list[_Draft], text: str) -> list[Event]:
    """An undated past event told right after its agent's dated one happened then, and there.

    "The minister met farmers in Rabat on Monday. She praised their patience" dates the praise
    to Monday in Rabat: news tells a scene in order, and the next sentence goes on with it.
    Only the very next sentence of the same paragraph, only the same agent, and only what
    the text says has happened (not plans, denials or statements, whose time is their own).
    """
    from ..tense import verb_tense  # kg.tense reads this package's vocabulary

    draft_at = {(d.trigger.idx, d.trigger.idx + len(d.trigger.text)): d for d in drafts}

    def happened(d: _Draft) -> bool:
        return not d.is_statement and d.modality in ("asserted", "claimed")

    # the dated events that happened, by the sentences they are told in: (trigger token, event)
    dated: dict[int, list[tuple[int, Event]]] = {}
    for e in events:
        if e.time is not None:
            for key in ((e.trigger_start, e.trigger_end), *e.mentions):
                d = draft_at.get(key)
                if d is not None and happened(d):
                    dated.setdefault(d.trigger.sent.start, []).append((d.trigger.i, e))
    out = list(events)
    for i, e in enumerate(out):
        d = draft_at.get((e.trigger_start, e.trigger_end))
        if e.time is not None or d is None or not happened(d) or verb_tense(_clause_verb(d.trigger)) != "past":
            continue
        sent = d.trigger.sent
        if sent.start == 0:
            continue
        previous = d.trigger.doc[sent.start - 1].sent
        if "\n\n" in text[previous.start_char : sent.start_char]:
            continue  # a new paragraph is a new scene
        agents = {a.key for a in e.agents}
        scene = [(at, o) for at, o in dated.get(previous.start, []) + dated.get(sent.start, [])
                 if at < d.trigger.i and agents & {a.key for a in o.agents}]
        if not scene:
            continue
        last = max(scene, key=lambda pair: pair[0])[1]
        places = e.places or last.places
        out[i] = replace(e, time=last.time, places=places, label=_label(d.entry, list(e.agents), list(e.participants), list(places)))
    return out


def _each_other(d: _Draft) -> list[Entity]:
    """ "Russia and Ukraine will negotiate": each agent is the other's counterpart."""
    return list(d.agents) if d.entry.get("reciprocal") and len(d.agents) > 1 else []


def _split_reciprocal(d: _Draft) -> list[list[Entity]]:
    """A call or meeting with several leaders is one event per counterpart."""
    if d.cameo and d.cameo[:2] == "04" and len(d.participants) > 1 and d.trigger.pos_ == "VERB":
        return [[p] for p in d.participants]
    return [d.participants]
