"""The reader: one pass over a parsed article that turns each trigger into a draft event, then fills in
its agents, participants, place, time, modality and attribution from the parse."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from ..entities import MentionIndex
from ..model import Entity, TimeValue
from .syntax import (
    _children,
    _clause_verb,
    _denied,
    _impersonal,
    _in_other_relative_clause,
    _in_quote,
    _misparsed_report,
    _path_up,
    _prep_objects,
    _same_clause,
    _source_phrases,
    _with_conjuncts,
)
from .vocabulary import lexicon

_SUBJ = ("nsubj", "nsubjpass", "csubj")


_PLACE_PREPS = ("in", "at", "near", "inside", "outside", "across", "throughout", "into")


_COUNTERPART_PREPS = ("with", "against", "alongside", "to")


_QUOTES = "\"“”«»"


_RELATIVE_PRONOUNS = ("who", "which", "that")


_TEMPORAL_MARKS = ("after", "before", "when", "since", "while", "until", "once")


@dataclass
class _Draft:
    """An event while it is being read; frozen into :class:`Event` at the end."""

    trigger: Token
    entry: dict[str, Any]
    cameo: str | None
    agents: list[Entity] = field(default_factory=list)
    participants: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    time: TimeValue | None = None
    modality: str = "asserted"
    attributed_to: list[Entity] = field(default_factory=list)
    reporter: _Draft | None = None
    time_parent: _Draft | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    is_statement: bool = False
    presupposed: bool = False


# ---------------------------------------------------------------- the extractor


class _Reader:
    """One pass over a parsed article: :meth:`read` gives a draft per trigger, :meth:`fill` its roles
    from the parse, and :meth:`link_reports` ties what was said to who said it."""

    def __init__(self, doc: Doc, index: MentionIndex, timexes: list[TimeValue]) -> None:
        self.doc = doc
        self.index = index
        self.lex = lexicon()
        self.timexes = timexes
        self.drafts: dict[int, _Draft] = {}
        self.noun_times: set[int] = set()  # nouns a time is the possessor of
        self.time_at = self._attach_times()

    # -- actors
    def actors(self, head: Token) -> list[Entity]:
        """The entities a noun phrase (and its conjuncts) names."""
        out: list[Entity] = []
        for t in _with_conjuncts(head):
            if t.lower_ in _RELATIVE_PRONOUNS and t.head.dep_ == "relcl":
                out.extend(self.actors(t.head.head))
                continue
            if t.lower_ in self.lex.quantity_nouns and self.index.of(t) is None:
                counted = _prep_objects(t, ("of",))  # "dozens of protesters": the protesters
                if counted:
                    out.extend(x for x in self.actors(counted[0]) if x not in out)
                    continue
            leaders = self._leaders_of(t)
            if leaders:
                out.extend(x for x in leaders if x not in out)
                continue
            e = self.index.of_phrase(t)
            if e is None:
                for a in _children(t, "appos"):
                    e = self.index.of_phrase(a)
                    if e:
                        break
            if e is None and t.lower_ in self.lex.instrument_nouns:
                e = self._wielder(t)
            if e is not None and e not in out:
                out.append(e)
        return out

    def _authors(self, t: Token) -> list[Entity]:
        """Who a decision, call or plan is by, or for: protesting it is protesting them.

        "the government's decision" -> the government; "calls for X to run" -> X.
        """
        if t.lower_ not in self.lex.authored_nouns:
            return []
        for by in _children(t, "poss") + _prep_objects(t, ("by", "of", "for")):
            found = self.actors(by)
            if found:
                return found
        return []

    def _intended_counterparts(self, t: Token) -> list[Entity]:
        """Whom a pledge or vow is about: "pledged to stand united with the president against Iraq"."""
        out: list[Entity] = []
        for x in _children(t, "xcomp"):
            for p in x.subtree:
                if p.dep_ == "prep" and p.lower_ in _COUNTERPART_PREPS and _same_clause(p, x):
                    out.extend(e for o in _children(p, "pobj") for e in self.actors(o) if e not in out)
        return out

    def _wielder(self, t: Token) -> Entity | None:
        """'Israeli air strikes', 'Hamas rockets', 'Russia's missiles': the actor whose weapons they are."""
        for m in _children(t, "poss", "amod", "compound", "nmod"):
            e = self.index.of(m)
            if e is not None and e.kind in ("country", "government", "organisation", "group"):
                return e
        return None

    def _leaders_of(self, t: Token) -> list[Entity]:
        """'the leaders of both countries' -> the leaders of the last two countries named."""
        if t.lower_ not in ("leaders", "presidents", "heads"):
            return []
        objs = _prep_objects(t, ("of",))
        if not objs or objs[0].lower_ not in ("countries", "nations", "sides", "states"):
            return []
        # the speaker's own country is not one of "both countries" ("US President X spoke to the leaders of both countries")
        speakers = set(self.subject_of(_clause_verb(t)))
        own = {iso for iso, leader in self.index.leaders.items() if leader in speakers}
        countries: list[Entity] = []
        for m in reversed(self.index.mentions):
            if m.start < t.idx and m.entity.kind == "country" and m.entity not in countries and m.entity.iso not in own:
                countries.append(m.entity)
            if len(countries) == 2:
                break
        countries.reverse()
        return [self.index.leaders.get(c.iso or "", c) for c in countries]

    def subject_of(self, verb: Token) -> list[Entity]:
        # the subject nearest the verb: in "Air strikes killed 12, officials said" the parser can hang
        # both nouns on "said", and the nearer one is the speaker
        for s in reversed(_children(verb, "nsubj", "csubj")):
            return self.actors(s)
        for a in _children(verb, "agent"):
            for o in _children(a, "pobj"):
                return self.actors(o)
        if _children(verb, "nsubjpass", "auxpass"):
            return []
        asked = self._asked(verb)
        if asked:
            return asked
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            return self.subject_of(self._governor(verb))
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() not in self.lex.deployment_verbs:
            return []  # "the seven people killed", "people accused of fraud": the noun is who it was done to
        if verb.dep_ in ("relcl", "acl"):
            return self.actors(verb.head)
        return []

    def _asked(self, verb: Token) -> list[Entity]:
        """Who an infinitive's verb is told, asked or sent to do it: the actor its governor acts on
        ("urged the authorities to investigate", "called on Israel to halt", "sent troops to secure")."""
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return []
        head = verb.head
        if head.lemma_.lower() not in self.lex.request_verbs | self.lex.causative_verbs:
            return []
        for o in _children(head, "dobj") + _prep_objects(head, ("on",)):
            if o.i < verb.i:
                found = self.actors(o)
                if found:
                    return found
        return []

    def _governor(self, t: Token) -> Token:
        """The head of ``t``, with one attachment error of the parser undone.

        In "the army denied that the town had fallen and accused the rebels", the parser joins
        "accused" to "fallen". The tenses show it is joined to "denied" (simple past beside simple
        past, not beside a perfect inside the reported clause), and a town does not accuse.
        """
        head = t.head
        if (t.dep_ == "conj" and t.tag_ == "VBD" and head.dep_ == "ccomp" and head.head.tag_ == "VBD"
                and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in head.children)
                and not any(self.actors(s) for s in _children(head, "nsubj"))):
            return head.head
        return head

    # -- time
    def _attach_times(self) -> dict[int, list[TimeValue]]:
        """Map each expression to the verb (or event noun) that governs it."""
        attached: dict[int, list[TimeValue]] = {}
        for t in self.timexes:
            span = self.doc.char_span(t.start_char, t.end_char, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            node = span.root
            occasion = node.head.dep_ == "pobj" and node.head.head.lower_ in ("in", "at", "during")
            if node.dep_ == "poss" and not occasion:
                # "this year's election" is the election's time; "at Monday's meeting" is the clause's
                attached.setdefault(node.head.i, []).append(t)
                self.noun_times.add(node.head.i)
                continue
            while node.head.i != node.i:
                node = node.head
                if node.pos_ in ("VERB", "AUX") and (node.dep_ not in ("acl", "amod") or node.lemma_.lower() in self.lex.verbs):
                    break
                if node.lemma_.lower() in self.lex.nouns and node.pos_ == "NOUN":
                    break
                if node.dep_ == "acl" and node.lemma_.lower() in self.lex.dating_verbs and node.head.pos_ in ("NOUN", "PROPN"):
                    # "shootings dating to 1994": the time of a noun that is no event here, not the clause's
                    node = node.head
                    if not (node.lemma_.lower() in self.lex.nouns and node.pos_ == "NOUN"):
                        self.noun_times.add(node.i)
                    break
            attached.setdefault(node.i, []).append(t)
        return attached

    def own_time(self, trigger: Token) -> TimeValue | None:
        for key in (trigger.i, _clause_verb(trigger).i if trigger.pos_ == "NOUN" else -1):
            for t in self.time_at.get(key, []):
                if _usable(t):
                    return t
        # "called for a ceasefire during a visit to Paris on Monday": the occasion's time is the verb's
        for occasion in self._occasions(trigger):
            for t in self.time_at.get(occasion.i, []):
                if _usable(t):
                    return t
        # conjoined verbs share their time ("visited X and spoke to Y on Tuesday")
        group = {trigger.i}
        root = trigger
        while root.dep_ == "conj":
            root = root.head
        group |= {c.i for c in _with_conjuncts(root)}
        for i in sorted(group):
            for t in self.time_at.get(i, []):
                # a time after its verb can span the coordination; one before it is that verb's alone
                # ("has warned Kyiv, and last month expelled two diplomats")
                if _usable(t) and (i == trigger.i or t.start_char > self.doc[i].idx):
                    return t
        return None

    def sentence_time(self, trigger: Token) -> TimeValue | None:
        sent = trigger.sent
        draft = self.drafts.get(trigger.i)
        # a statement is not dated by what it reports ("said talks would resume next month")
        reported = {w.i for c in _children(trigger, "ccomp", "xcomp", "parataxis") for w in c.subtree} \
            if draft is not None and draft.is_statement else set()
        # nor by a clause another event tells ("warned that more rain was forecast for Tuesday"), unless it is in it
        told = [{w.i for c in _children(d.trigger, "ccomp", "parataxis") for w in c.subtree} for d in self.drafts.values() if d.trigger.sent == sent]
        reported.update(*(t for t in told if trigger.i not in t))
        for i, times in self.time_at.items():
            if sent.start <= i < sent.end and i not in self.drafts and i not in self.noun_times and i not in reported:
                head = self.doc[i]
                if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in self.lex.verbs:
                    continue
                if _in_other_relative_clause(head, trigger):
                    continue  # "sent troops to the border, where migrants have been stranded since November"
                for t in times:
                    if _usable(t) and sent.start_char <= t.start_char < sent.end_char and not _in_quote(head):
                        return t
        return None

    # -- triggers
    def trigger_entry(self, t: Token) -> dict[str, Any] | None:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and lemma in self.lex.verbs and t.dep_ != "aux"):
            return self.lex.verbs.get(lemma)
        if t.pos_ == "NOUN":
            return self.lex.nouns.get(t.lower_) or self.lex.nouns.get(lemma)
        return None

    def code(self, t: Token, entry: dict[str, Any]) -> str | None:
        refine = entry.get("refine")
        if not refine:
            return entry.get("cameo")
        # the words of what was done, not of who did it ("troops captured the town" is no capture of troops)
        doers = {w.i for s in _children(t, *_SUBJ) for w in s.subtree}
        clause = {w.lower_ for w in t.subtree if w.i not in doers}
        preps = {c.lower_ for c in t.children if c.dep_ in ("prep", "prt")}
        objects = {w.lower_ for o in _children(t, "dobj") for w in _with_conjuncts(o)}  # heads: not "signals that troops ..."
        modifiers = {c.lower_ for c in _children(t, "compound", "amod")}  # "a heart attack", not "an attack on the heart of"
        for rule in refine:
            if (set(rule.get("words", [])) & clause or set(rule.get("preps", [])) & preps
                    or set(rule.get("object_words", [])) & objects or set(rule.get("modifier_words", [])) & modifiers):
                return None if rule["cameo"] is None else str(rule["cameo"])
        return entry.get("cameo")

    def satisfied(self, t: Token, entry: dict[str, Any]) -> bool:
        needs = entry.get("needs")
        if not needs:
            return True
        preps = {c.lower_ for c in t.children if c.dep_ in ("prep", "prt", "agent")}
        objects = _children(t, "dobj")
        words = {w.lower_ for w in t.subtree}
        for need in needs:
            if need in preps:
                return True
            if need == "object" and objects:
                return True
            if need == "actor_object" and any(self.actors(o) for o in objects):
                return True
            if need == "clause" and (_children(t, "ccomp") or self._quote_follows(t)):
                return True
            if need == "phone_word" and words & self.lex.phone_words:
                return True
            if need == "military_target":
                targets = objects + _prep_objects(t, ("with", "in"))
                if any(o.lower_ in self.lex.military_words for o in targets):
                    return True
        return False

    def _quote_follows(self, t: Token) -> bool:
        nxt = self.doc[t.i + 1 : t.i + 3]
        return any(w.text in (":",) or w.text in _QUOTES for w in nxt)

    def is_report(self, t: Token, entry: dict[str, Any]) -> bool:
        """A reporting verb used to report: it has a clause, a quote, or sits beside the clause it reports."""
        if not entry.get("reporting"):
            return False
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
            return False  # "as X reports": a source marker, not a statement
        if _children(t, "ccomp", "xcomp", "parataxis") or self._quote_follows(t) or _misparsed_report(t):
            return True
        return t.dep_ in ("parataxis",) or (t.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in t.children))

    # -- reading
    def read(self) -> list[_Draft]:
        for t in self.doc:
            entry = self.trigger_entry(t)
            if entry is None or not self.satisfied(t, entry):
                continue
            if t.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                continue  # "paid tribute to bombing victims": a noun the parser took for an infinitive
            reporting = self.is_report(t, entry)
            if entry.get("reporting") and not reporting and entry.get("cameo") in (None, "010"):
                continue
            draft = _Draft(t, entry, self.code(t, entry), is_statement=reporting)
            self.drafts[t.i] = draft
        for d in self.drafts.values():
            self.fill(d)
        return list(self.drafts.values())

    def fill(self, d: _Draft) -> None:
        t, entry = d.trigger, d.entry
        if t.pos_ == "NOUN":
            d.agents = self.noun_agents(t)
            d.participants = [e for o in _prep_objects(t, entry.get("target", [])) for e in self.actors(o)]
            d.places = [e for o in _prep_objects(t, entry.get("place_preps", [])) for e in self.actors(o)
                        if e.kind in ("place", "country")]
        else:
            d.agents = self.subject_of(t)
            if "agent_kinds" in entry:
                d.agents = [a for a in d.agents if a.kind in entry["agent_kinds"]]
            targets: list[Token] = []
            for kind in entry.get("target", ["object"]):
                if kind == "object":
                    targets += [x for o in _children(t, "dobj") for x in _with_conjuncts(o)]
                elif kind == "dative":
                    targets += _children(t, "dative")
                else:  # on the verb, or on what it acts with ("imposed sanctions on Belarus")
                    targets += _prep_objects(t, (kind,)) + [x for o in _children(t, "dobj") for x in _prep_objects(o, (kind,))]
            if _children(t, "nsubjpass"):
                targets += _children(t, "nsubjpass")
            authored = not entry.get("reporting")  # what is said is no participant: "said his bid was fair"
            found = [e for o in targets for e in self.actors(o) or (self._authors(o) if authored else [])]
            if not found and entry.get("purpose"):
                found = self._intended_counterparts(t)
            if entry.get("place"):
                d.places = [e for e in found if e.kind in ("place",) or (e.kind == "country" and entry.get("place"))]
                found = [e for e in found if e not in d.places]
            d.participants = found
        # a place neither acts nor is acted on (the ontology's agents and participants are actors): in
        # "the Ohio relatives appealed" the place only says which relatives; a capital that acts was
        # already read as its government
        d.agents = [a for a in d.agents if a.kind != "place"]
        d.participants = [p for p in dict.fromkeys(d.participants) if p not in d.agents and p.kind != "place"]
        if not d.places:
            d.places = self.clause_places(t)
        d.time = self.own_time(t)
        d.modality = self.modality(t)
        if d.trigger.dep_ in ("advcl", "conj") and d.trigger.head.i in self.drafts:
            d.time_parent = self.drafts[d.trigger.head.i]

    def according_to(self, trigger: Token) -> list[Entity]:
        """Who an event is told 'according to', on its clause or a clause it belongs to."""
        node = _clause_verb(trigger)
        while True:
            for source in _source_phrases(node):
                if source.lower_ in self.lex.source_nouns:  # "according to a statement from the army"
                    issuers = _children(source, "poss") + _prep_objects(source, ("from", "by", "of"))
                    return [e for i in issuers for e in self.actors(i)]
                return self.actors(source)
            if node.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or node.head.i == node.i:
                return []
            node = node.head

    def _occasions(self, verb: Token) -> list[Token]:
        """The event nouns a verb happened on or during ("during a visit", "on a trip")."""
        return [o for p in _children(verb, "prep") if p.lower_ in self.lex.occasion_preps
                for o in _children(p, "pobj") if o.pos_ == "NOUN" and o.lemma_.lower() in self.lex.nouns]

    def noun_agents(self, t: Token) -> list[Entity]:
        for p in _children(t, "poss"):
            return self.actors(p)
        for a in _prep_objects(t, ("by",)):
            return self.actors(a)
        for m in _children(t, "amod", "compound"):
            e = self.index.of(m)
            if e is not None and e.kind in ("country", "government", "organisation", "person"):
                return [e]
        head = t.head
        if t.dep_ in ("dobj", "attr") and head.lemma_.lower() in self.lex.light_verbs:
            return self.subject_of(head)
        if t.dep_ == "pobj" and head.lower_ == "behind" and head.head.lemma_ == "be":
            return self.subject_of(head.head)
        if t.dep_ == "pobj" and head.head.lemma_.lower() in self.lex.light_verbs:
            return self.subject_of(head.head)
        if t.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX") and (
                head.lower_ in self.lex.occasion_preps or (head.lower_ == "for" and head.head.lemma_.lower() in self.lex.journey_verbs)):
            return self.subject_of(head.head)
        return []

    def clause_places(self, t: Token) -> list[Entity]:
        verb = _clause_verb(t)
        group = _with_conjuncts(verb.head if verb.dep_ == "conj" else verb)
        for v in [verb] + [g for g in group if g.i != verb.i]:
            goes = v.lemma_.lower() in self.lex.journey_verbs or self.lex.verbs.get(v.lemma_.lower(), {}).get("place")
            preps = _PLACE_PREPS + ("to",) if goes else _PLACE_PREPS  # "flew to Kyiv", not "cut supplies to Europe"
            for tok in v.subtree:
                journey = tok.head.lower_ == "to" and "to" in self.lex.nouns.get(tok.head.head.lower_, {}).get("place_preps", [])
                if tok.dep_ == "pobj" and (tok.head.lower_ in preps or journey) and not self._inside_other_event(tok, v):
                    e = self.index.of_phrase(tok) or self._named_beside(tok)
                    if e is not None and e.kind == "place":
                        return [e]
        # "clashed in Nairobi with students who were protesting ...": the students were there too
        if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_PRONOUNS for c in verb.children):
            return self.clause_places(verb.head)
        return []

    def _named_beside(self, tok: Token) -> Entity | None:
        """The name after a place word and a comma: "in the capital, Yaounde" (the parser may not appose it)."""
        if tok.lower_ not in self.lex.place_nouns:
            return None
        after = tok.right_edge.i + 1
        if after + 1 < len(self.doc) and self.doc[after].text == ",":
            return self.index.of(self.doc[after + 1])
        return None

    def _inside_other_event(self, tok: Token, verb: Token) -> bool:
        speaking = verb.i in self.drafts and self.drafts[verb.i].is_statement
        node = tok.head
        while node.i != verb.i and node.head.i != node.i:
            if node.i in self.drafts and self.drafts[node.i].is_statement:
                return True
            if speaking and (node.i in self.drafts or node.pos_ in ("VERB", "AUX")):
                return True  # a place in what was said, or in a clause beside it, is not where it was said
            if node.dep_ in ("ccomp",):
                return True
            node = node.head
        return False

    def modality(self, t: Token) -> str:
        verb = _clause_verb(t)
        chain = [t, verb] if verb.i != t.i else [t]
        words = {c.lower_ for v in chain for c in v.children if c.dep_ in ("aux", "auxpass", "neg", "mark")}
        negs = any(c.dep_ == "neg" for v in chain for c in v.children)
        if negs:
            return "negated"
        if words & self.lex.hypothetical_marks:
            return "hypothetical"
        if words & self.lex.future_aux:
            return "planned"
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in self.lex.request_verbs and self._asked(t):
            return "hypothetical"  # "asked Turkey to release them": asked, not done
        node = verb
        intended = False  # reached through an infinitive ("plans to visit X and meet Y"), not only through "and"
        while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
            intended = intended or node.dep_ == "xcomp"
            node = node.head
            # "had threatened to block it and said ...": the saying was done, not threatened
            if intended and node.lemma_.lower() in self.lex.purpose_verbs:
                return "planned"
            if {c.lower_ for c in node.children if c.dep_ == "aux"} & self.lex.future_aux:
                return "planned"
            if any(c.dep_ == "neg" for c in node.children):
                return "negated"
        if words & {"would", "'d"} and "have" not in words and verb.dep_ == "ccomp" and verb.head.tag_ == "VBD":
            return "planned"  # "said he would visit": the future of a past statement, not a condition
        if words & self.lex.hypothetical_aux and "have" not in words:
            return "hypothetical"
        if verb.head.lemma_.lower() in ("go",) and verb.dep_ == "xcomp":
            return "planned"
        if verb.dep_ == "advcl" and "to" in words and verb.head.i != verb.i and self.modality(verb.head) == "planned":
            return "planned"  # "will visit Paris to discuss it": the purpose of a plan is planned too
        return "asserted"

    def _accusation(self, d: _Draft) -> None:
        """A claim or belief that someone else did violence is an accusation of them (CAMEO 112).

        "The minister claimed rebels had burned the schools": the minister accuses the rebels;
        "police say they believe the rebels were behind the bombing": the police accuse them.
        """
        r = d.reporter
        if r is None or d.presupposed or not d.agents or (d.cameo or "")[:2] not in self.lex.blameworthy_roots:
            return
        target = r  # "they believe" inside "police say ...": the saying is the accusation
        while target.cameo is None and target.reporter is not None:
            target = target.reporter
        path = _path_up(d.trigger, target.trigger)
        if not {t.lemma_.lower() for t in path} & self.lex.allegation_verbs or any(_denied(t) for t in path[1:]):
            return
        if any(t.dep_ in ("relcl", "acl") for t in path[:-1]):
            return  # "claimed X destroyed memorials to a war, which Y fought": Y is not accused
        accused = [a for a in d.agents if a not in target.agents]
        if not accused or target.cameo not in (None, "010", "112"):
            return
        target.cameo = "112"
        target.entry = {**target.entry, "label": self.lex.verbs["accuse"].get("label", "accuses")}
        target.participants += [a for a in accused if a not in target.participants]

    def link_reports(self, drafts: list[_Draft]) -> None:
        """Give each event the statement that reports it, its speaker and the claim modality.

        An event in a temporal clause ("after he spoke to ...") is presupposed, not
        claimed: it takes the statement's time but stays asserted.
        """
        for d in drafts:
            node = d.trigger
            presupposed = False
            while node.head.i != node.i:
                child, node = node, self._governor(node)
                if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _TEMPORAL_MARKS for m in child.children):
                    presupposed = True
                r = self.drafts.get(node.i)
                reported = child.dep_ in ("ccomp", "xcomp", "advcl", "conj", "parataxis", "dobj") or (
                    child.dep_ == "nsubj" and _misparsed_report(node) and child.i < _children(node, "nsubj")[-1].i)
                if r is not None and r.is_statement and reported:
                    if child.dep_ == "conj" and not d.is_statement:
                        continue
                    d.reporter = r
                    d.presupposed = presupposed
                    break
            else:
                for c in d.trigger.children:  # "..., the Kremlin revealed"
                    r = self.drafts.get(c.i)
                    if r is not None and r.is_statement and c.dep_ == "parataxis":
                        d.reporter = r
        for d in drafts:
            self._accusation(d)
        for d in drafts:
            r = d.reporter
            if r is None:
                sources = [] if d.is_statement else self.according_to(d.trigger)
                if sources:  # "..., according to Ukrainian officials": their claim, with no statement event of its own
                    d.attributed_to = sources
                    if d.modality == "asserted":
                        d.modality = "claimed"
                continue
            if d.time is None and not d.is_statement:
                d.time = r.time
            if d.presupposed:
                continue
            speaker = r
            while not speaker.agents and speaker.reporter is not None:
                speaker = speaker.reporter
            d.attributed_to = list(speaker.agents)
            if d.modality == "asserted" and not r.entry.get("factive") and not _impersonal(r.trigger):
                d.modality = "claimed"


def _usable(t: TimeValue) -> bool:
    if t.type == "SET":
        return False
    if t.type == "DURATION":
        return t.start is not None
    return True
