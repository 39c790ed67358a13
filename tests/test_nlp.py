"""The spaCy stage: our array forms of spaCy's attribute ruler and lemmatizer annotate as the stock ones do."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg import nlp
from kg.ingest import iter_articles
from kg.model import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"

# every kind of rule the English attribute ruler has: the tag map, pronouns, negation, "'d",
# rules of two tokens ("gonna", "gotta", "let's", "c'mon", "y'all", "ain't", "there is"), a
# regex ("nothin'"), NOT_IN rules (auxiliaries, determiners as pronouns) and spaces
SENTENCES = [
    "I'm gonna tell you, we've gotta go. Let's move! C'mon, y'all. It ain't over and there is nothin' left.",
    "She'd said that those were his, not hers; they themselves didn't know which one was theirs.",
    "The ministers  met in Paris on Tuesday.\n\nThere are  two  spaces here, and\ta tab.",
    "That is what I wanted: all of it, both of them, and each one of you.",
    "He's been being watched. Nobody is gonna stop us. We ain't got time.",
    "",
]


def annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, t.lemma_, str(t.morph), t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
            for t in doc]


def test_the_array_components_are_in_the_pipeline():
    names = [type(p).__name__ for _, p in nlp.load().pipeline]
    assert "ArrayAttributeRuler" in names and "ArrayLemmatizer" in names
    assert "AttributeRuler" in [type(p).__name__ for _, p in nlp.load(stock=True).pipeline]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_same_annotations_as_stock_spacy_on_hard_cases(text):
    fast, stock = annotations(nlp.load()(text)), annotations(nlp.load(stock=True)(text))
    assert fast == stock


def test_the_same_annotations_as_stock_spacy_on_real_news(tmp_path):
    timeml = SHARED / "eval" / "timeml" / "AQUAINT"
    if not timeml.exists():
        pytest.skip("../shared is not beside the project")
    subprocess.run([sys.executable, str(SHARED / "eval" / "score_timex.py"), "extract", str(timeml), str(tmp_path)],
                   check=True, capture_output=True)
    texts = [a.text for a in iter_articles([tmp_path, SHARED / "corpus" / "seed"]) if isinstance(a, Article)]
    assert len(texts) > 50
    fast = [annotations(d) for d in nlp.load().pipe(texts)]
    stock = [annotations(d) for d in nlp.load(stock=True).pipe(texts)]
    differing = [(i, a, b) for i, (da, db) in enumerate(zip(fast, stock, strict=True)) for a, b in zip(da, db, strict=True) if a != b]
    assert not differing, differing[:5]
    assert sum(map(len, fast)) > 20_000


def test_the_loaded_pipeline_is_kept_from_the_collector_only_inside():
    import gc

    from kg.pipeline import loaded

    before = gc.get_freeze_count()
    with loaded() as ready:
        assert gc.get_freeze_count() == before  # nothing is loaded or frozen until an article is to be read
        ready()
        assert gc.get_freeze_count() > before  # the model's objects are frozen while ingest runs
    assert gc.get_freeze_count() == before


def test_a_benchmark_stage_is_timed_in_its_own_process():
    from kg.bench import _stage_in_subprocess, stage_seconds

    examples = str(Path(__file__).resolve().parent.parent / "examples")
    assert stage_seconds("ours", [examples]) > 0
    assert _stage_in_subprocess("bare", [examples]) > 0  # stock spaCy, as it loads, in a fresh process
