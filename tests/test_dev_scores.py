"""The dev set, scored with the shared scorers: a floor under the figures in docs/evaluation.md."""

from __future__ import annotations

import json
import subprocess
import sys

from kg.api import ingest, list_events, timexes
from kg.store import open_store
from tests.conftest import SHARED, requires_shared


@requires_shared
def test_dev_events_score(tmp_path):
    s = open_store(tmp_path / "s")
    ingest([SHARED / "corpus" / "dev"], s)
    out = tmp_path / "events.jsonl"
    out.write_text("".join(json.dumps(e) + "\n" for e in list_events(s)))
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score_events.py"), str(SHARED / "eval" / "gold"), str(out),
                             "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout)
    assert scores["recall"] >= 0.95 and scores["precision"] >= 0.8, (scores["recall"], scores["precision"])


@requires_shared
def test_timebank_timex_score(tmp_path):
    articles = tmp_path / "tb"
    subprocess.run([sys.executable, str(SHARED / "eval" / "score_timex.py"), "extract",
                    str(SHARED / "eval" / "timeml" / "TimeBank"), str(articles)], check=True, capture_output=True)
    out = tmp_path / "timex.jsonl"
    with out.open("w") as f:
        for article, t in timexes([articles]):  # type: ignore[misc]
            f.write(json.dumps({"doc": article.id, "start": t.start_char, "end": t.end_char, "type": t.type, "value": t.value}) + "\n")
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score_timex.py"), "score",
                             str(SHARED / "eval" / "timeml" / "TimeBank"), str(out), "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout)
    assert scores["value"]["f1"] >= 0.72 and scores["relaxed"]["f1"] >= 0.9, scores
