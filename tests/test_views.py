"""Timelines, networks and the notebook: rendered for real (headless Chromium, an executed kernel)."""

from __future__ import annotations

import re
import shutil
import subprocess

import networkx as nx
import pytest

from kg.networks import actor_graph, save_network
from kg.timelines import save, timeline, timeline_frame
from tests.conftest import ROOT


def test_honest_time_points_and_bars(seed_store):
    df = timeline_frame(seed_store)
    march = df[df["value"] == "2025-03"].iloc[0]
    assert (str(march["start"]), str(march["end"]), bool(march["point"])) == ("2025-03-01", "2025-03-31", False)
    tuesday = df[(df["value"] == "2025-05-20") & (df["label"].str.contains("visits"))].iloc[0]
    assert bool(tuesday["point"])
    week = df[df["value"] == "2025-W21"]
    assert not week.empty and not week["point"].any()
    assert df[df["start"].isna()]["value"].isin([None, "PRESENT_REF", "PAST_REF", "FUTURE_REF"]).all()


def test_filters_and_modality_marks(seed_store):
    fig = timeline(seed_store, actor="Donald Trump")
    names = {t.name for t in fig.data if t.name}
    assert names == {"verbal cooperation · asserted"}
    fig = timeline(seed_store)
    styles = {t.name: (t.marker.symbol if t.type == "scatter" else t.marker.pattern.shape) for t in fig.data if t.name}
    assert styles["verbal cooperation · planned"] == "."
    assert timeline_frame(seed_store, cameo_root="04")["type"].eq("04").all()


def test_html_is_self_contained_and_renders_in_headless_chromium(seed_store, tmp_path):
    browser = shutil.which("chromium")
    if browser is None:
        pytest.skip("chromium is not installed (CI installs it: apt-get install chromium)")
    out = save(timeline(seed_store), tmp_path / "t.html")
    text = out.read_text()
    assert "<script src=" not in text and "Plotly.newPlot" in text
    dated = timeline_frame(seed_store).dropna(subset=["start"])
    run = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                          "--disable-background-networking", "--disable-component-update", "--no-first-run",
                          f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=10000", "--dump-dom",
                          out.as_uri()], capture_output=True, text=True, timeout=120)
    dom = run.stdout
    points = len(re.findall(r'<path class="point"', dom)) + len(re.findall(r'<g class="point"', dom))
    assert points == len(dated), (points, len(dated), run.stderr[-500:])


def test_png_export(seed_store, tmp_path):
    if shutil.which("chromium") is None:
        pytest.skip("chromium is not installed")
    out = save(timeline(seed_store), tmp_path / "t.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_actor_network(seed_store, tmp_path):
    g = actor_graph(seed_store)
    assert g["Donald Trump"]["Vladimir Putin"]["types"] == {"041": 1}
    path = save_network(g, tmp_path / "a.graphml")
    assert set(nx.read_graphml(path).nodes()) == set(g.nodes())


def test_notebook_runs_top_to_bottom():
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(ROOT / "notebooks" / "explore_timeline.ipynb", as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit the notebook without outputs"
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("Kursk" in str(o) for o in outputs)
