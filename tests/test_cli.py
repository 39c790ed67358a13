"""The command line: a thin shell with help on every command and documented exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import EXAMPLES, write_article

COMMANDS = sorted(main.commands)


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example: kg " + command in result.output.replace("\n", " ")


def test_every_command_is_in_the_readme():
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text()
    assert [c for c in COMMANDS if f"kg {c}" not in readme] == []


def test_ingest_events_query_export_validate(run, tmp_path):
    store = tmp_path / "s"
    assert run("ingest", EXAMPLES, "--store", store, "--quiet").exit_code == 0
    lines = run("events", "--store", store, "--format", "jsonl").output.splitlines()
    first = json.loads(lines[0])
    assert {"id", "article", "cameo", "label", "trigger", "agents", "participants", "places", "time", "modality",
            "attributed_to", "sentence", "start", "end"} <= set(first)
    table = run("query", "--store", store, "--name", "actor_timeline", "--param", "name=Donald Trump", "--format", "csv")
    assert table.exit_code == 0 and table.output.startswith("name,start,end")
    assert run("validate", "--store", store).exit_code == 0
    out = tmp_path / "x.ttl"
    assert run("export", "--store", store, "--format", "turtle", "--out", out).exit_code == 0 and out.stat().st_size > 0
    assert "events" in run("summary", "--store", store).output


def test_bad_input_exits_1_and_names_the_file(run, tmp_path):
    write_article(tmp_path, "bad", "Text.", published="someday")
    result = run("ingest", tmp_path, "--store", tmp_path / "s", "--quiet")
    assert result.exit_code == 1 and "bad.meta.json: unparseable publication date" in result.output


def test_usage_error_exits_2(run):
    assert run("events", "--format", "xml").exit_code == 2


def test_timex_command_prints_the_scorer_format(run):
    lines = run("timex", EXAMPLES / "kursk-visit.txt").output.splitlines()
    rows = [json.loads(x) for x in lines]
    assert {"doc", "start", "end", "text", "type", "value"} <= set(rows[0])
    text = (EXAMPLES / "kursk-visit.txt").read_text()
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)


def test_remove_unknown_id_exits_1(run, tmp_path):
    assert run("remove", "nope", "--store", tmp_path / "s").exit_code == 1


def test_query_from_rq_file_and_list(run, tmp_path):
    store = tmp_path / "s"
    run("ingest", EXAMPLES, "--store", store, "--quiet")
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(?e) AS ?n) WHERE { ?e a kg:Event }")
    assert run("query", rq, "--store", store, "--format", "json").output.count('"n"') == 1
    assert "actor_timeline" in run("query", "--list").output


def test_timex_jsonl_gives_the_timex3_mod_quant_and_freq(run, tmp_path):
    write_article(tmp_path, "sets", "The board met in early 2014. It meets twice a week, and every Tuesday.", published="2024-06-12")
    rows = [json.loads(x) for x in run("timex", tmp_path / "sets.txt", "--format", "jsonl").output.splitlines()]
    assert [(r["text"], r.get("mod"), r.get("quant"), r.get("freq")) for r in rows] == [
        ("early 2014", "START", None, None), ("twice a week", None, None, "2X"), ("every Tuesday", None, "EVERY", None)]
