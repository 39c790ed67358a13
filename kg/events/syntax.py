"""Small questions put to the dependency parse: a token's children by relation, its conjuncts, the
objects of its prepositions, whether it is in a quote or in the same clause as a verb."""

from __future__ import annotations

from spacy.tokens import Token


def _children(t: Token, *deps: str) -> list[Token]:
    return [c for c in t.children if c.dep_ in deps]


def _with_conjuncts(t: Token) -> list[Token]:
    out = [t]
    for c in t.children:
        if c.dep_ == "conj":
            out.extend(_with_conjuncts(c))
    return out


def _prep_objects(t: Token, preps: list[str] | tuple[str, ...]) -> list[Token]:
    out = []
    for p in t.children:
        if p.dep_ in ("prep", "agent", "dative") and p.lower_ in preps:
            objs = _children(p, "pobj", "pcomp")
            if not objs and t.dep_ != "conj":
                # "spoke to and drank tea with X": the object sits under the next conjunct's preposition
                for conj in _children(t, "conj"):
                    for p2 in _children(conj, "prep"):
                        objs.extend(_children(p2, "pobj"))
            for o in objs:
                out.extend(_with_conjuncts(o))
    return out


def _in_quote(token: Token) -> bool:
    """Is the token inside quotation marks within its sentence?"""
    sent = token.sent
    opened = False
    for t in sent:
        if t.i >= token.i:
            break
        if t.text in ("“", "«"):
            opened = True
        elif t.text in ("”", "»"):
            opened = False
        elif t.text == '"':
            opened = not opened
    return opened


def _same_clause(token: Token, verb: Token) -> bool:
    """Is ``token`` in ``verb``'s own clause ("stand united with X"), not in a clause under it?"""
    t = token
    while t.i != verb.i:
        if t.dep_ in ("ccomp", "advcl", "relcl", "acl", "xcomp", "parataxis") or t.head.i == t.i:
            return False
        t = t.head
    return True


def _clause_verb(token: Token) -> Token:
    """The verb whose clause the token belongs to (a noun trigger's light verb, or itself)."""
    t = token
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _in_other_relative_clause(token: Token, trigger: Token) -> bool:
    """Is ``token`` inside a clause that describes a noun, one that does not hold ``trigger``?"""
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("relcl", "acl"):
            return not (node.left_edge.i <= trigger.i <= node.right_edge.i)
        node = node.head
    return False


def _path_up(low: Token, high: Token) -> list[Token]:
    """The tokens from ``low`` up the parse to ``high`` (both included)."""
    path = [low]
    while path[-1].i != high.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _denied(t: Token) -> bool:
    """"no reason to believe", "did not claim": the word is negated."""
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children)


def _impersonal(verb: Token) -> bool:
    """"It is stated that ...": a report with no one to attribute it to, which the article itself makes."""
    return (any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)
            and not _children(verb, "agent"))


def _source_phrases(verb: Token) -> list[Token]:
    """The objects of "according to" on a verb: 'attacked a base, according to the army' -> [army]."""
    return [o for p in _children(verb, "prep") if p.lower_ == "according"
            for to in _children(p, "prep") if to.lower_ == "to" for o in _children(to, "pobj")]


def _misparsed_report(verb: Token) -> bool:
    """'Israeli air strikes killed 12 people, officials said': the parser may make the first noun a second
    subject of "said" and "killed" a modifier of it. The clause before the speaker is then what is reported."""
    subjects = _children(verb, "nsubj")
    return len(subjects) > 1 and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in subjects[0].children)
