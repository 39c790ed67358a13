"""Timelines: events from the store as a plotly figure with honest time.

An event known to the day is a point; one known only to the week, month or year is
a bar across that whole interval; events with no calendar time are listed beside the
chart, never placed at a made-up date. Colour says the CAMEO class (verbal/material
cooperation/conflict); the mark says the modality (filled asserted, hollow claimed,
hatched planned, crossed negated).

>>> import tempfile, kg
>>> s = kg.open_store(tempfile.mkdtemp())
>>> _ = kg.ingest_articles([kg.Article("a", "Putin visited Kursk on Tuesday.", "2025-05-21")], s)
>>> fig = timeline(s)
>>> [t.name for t in fig.data][:1]
['verbal cooperation · asserted']
"""

from __future__ import annotations

import html
import os
import shutil
import textwrap
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .api import list_events, ontology_dir
from .errors import KgError
from .store import Store

CLASS_COLOURS = {
    "verbal cooperation": "#4C9BE8",
    "material cooperation": "#1B5E9E",
    "verbal conflict": "#F0A030",
    "material conflict": "#C0392B",
    "unknown": "#888888",
}
POINT_SYMBOLS = {"asserted": "circle", "claimed": "circle-open", "planned": "diamond-open", "negated": "x-thin-open",
                 "hypothetical": "square-open"}
BAR_PATTERNS = {"asserted": "", "claimed": "/", "planned": ".", "negated": "x", "hypothetical": "-"}


@lru_cache(maxsize=1)
def quad_classes() -> dict[str, str]:
    """CAMEO root -> quad class, read from the scheme in ontology/cameo.ttl."""
    out = {}
    notation = "http://www.w3.org/2004/02/skos/core#notation"
    quad = "https://w3id.org/newskg/ontology#quadClass"
    triples = list(ox.parse(path=str(ontology_dir() / "cameo.ttl"), format=ox.RdfFormat.TURTLE))
    codes = {t.subject.value: t.object.value for t in triples if t.predicate.value == notation}
    for t in triples:
        if t.predicate.value == quad:
            out[codes[t.subject.value]] = t.object.value
    return out


def timeline_frame(store: Store, actor: str | None = None, place: str | None = None, cameo_root: str | None = None,
                   date_from: str | None = None, date_to: str | None = None):
    """Events as a DataFrame with their interval, lane keys, class and hover text, filtered."""
    import pandas as pd

    rows = []
    for e in list_events(store):
        agents = [a["name"] for a in e["agents"]]
        participants = [p["name"] for p in e["participants"]]
        places = [p["name"] for p in e["places"]]
        if actor and actor not in agents + participants:
            continue
        if place and place not in places:
            continue
        if cameo_root and not (e["cameo"] or "").startswith(cameo_root):
            continue
        t = e["time"] or {}
        start = date.fromisoformat(t["start"]) if t.get("start") else None
        end = date.fromisoformat(t["end"]) if t.get("end") else start
        if start and date_from and end and end < date.fromisoformat(date_from):
            continue
        if start and date_to and start > date.fromisoformat(date_to):
            continue
        root = (e["cameo"] or "")[:2]
        says = ", ".join(a["name"] for a in e["attributed_to"])
        title = e.get("title") or e["article"]
        hover = "<br>".join(filter(None, [
            f"<b>{html.escape(e['label'])}</b>",
            f"who: {html.escape(', '.join(agents))}" + (f" → {html.escape(', '.join(participants))}" if participants else ""),
            f"where: {html.escape(', '.join(places))}" if places else "",
            f"when: {html.escape(t.get('text') or '')} ({t.get('value')})" if t else "when: not stated",
            f"modality: {e['modality']}" + (f", says {html.escape(says)}" if says else ""),
            "<i>" + "<br>".join(textwrap.wrap(html.escape(e["sentence"]), 80)) + "</i>",
            f"source: {html.escape(title)}" + (f" ({html.escape(e['url'])})" if e.get("url") else ""),
        ]))
        rows.append({
            "event": e["id"], "label": e["label"], "start": start, "end": end, "value": t.get("value"),
            "point": bool(start and end and start == end), "actor": agents[0] if agents else "(unknown)",
            "place": places[0] if places else "(no place)", "type": root, "class": quad_classes().get(root, "unknown"),
            "modality": e["modality"], "hover": hover, "article": e["article"],
        })
    return pd.DataFrame(rows, columns=["event", "label", "start", "end", "value", "point", "actor", "place", "type", "class",
                                       "modality", "hover", "article"])


def timeline(store: Store, actor: str | None = None, place: str | None = None, cameo_root: str | None = None,
             date_from: str | None = None, date_to: str | None = None, lanes: str = "actor", title: str | None = None):
    """A plotly Figure: one lane per actor (or place, or type), one mark per event."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    df = timeline_frame(store, actor, place, cameo_root, date_from, date_to)
    dated = df[df["start"].notna()] if not df.empty else df
    undated = df[df["start"].isna()] if not df.empty else df
    lane_key = {"actor": "actor", "place": "place", "type": "type"}[lanes]
    has_table = not undated.empty
    if not dated.empty:
        # several events of one lane on one day sit side by side, a few hours apart, not on top of each other
        dated = dated.copy()
        rank = dated.groupby([lane_key, "start"]).cumcount()
        size = dated.groupby([lane_key, "start"])["event"].transform("count")
        dated["x"] = [datetime.combine(s, datetime.min.time()) + timedelta(hours=12 + 5 * (r - (n - 1) / 2))
                      for s, r, n in zip(dated["start"], rank, size, strict=True)]
    fig = make_subplots(rows=1, cols=2 if has_table else 1, column_widths=[0.72, 0.28] if has_table else None,
                        specs=[[{"type": "xy"}, {"type": "table"}]] if has_table else [[{"type": "xy"}]],
                        horizontal_spacing=0.03)
    for (cls, modality), group in dated.groupby(["class", "modality"], sort=True):
        colour = CLASS_COLOURS.get(cls, CLASS_COLOURS["unknown"])
        name = f"{cls} · {modality}"
        points = group[group["point"]]
        spans = group[~group["point"]]
        if not spans.empty:
            starts = [str(s) for s in spans["start"]]
            widths = [((e + timedelta(days=1)) - s).days * 86_400_000 for s, e in zip(spans["start"], spans["end"], strict=True)]
            fig.add_trace(go.Bar(
                base=starts, x=widths, y=list(spans[lane_key]), orientation="h", name=name, legendgroup=name,
                marker={"color": colour, "opacity": 0.45, "line": {"color": colour, "width": 1.5},
                        "pattern": {"shape": BAR_PATTERNS.get(modality, "")}},
                hovertext=list(spans["hover"]), hoverinfo="text", width=0.35,
                meta={"kind": "span"},
            ), row=1, col=1)
        if not points.empty:
            fig.add_trace(go.Scatter(
                x=list(points["x"]), y=list(points[lane_key]), mode="markers", name=name,
                legendgroup=name, showlegend=spans.empty,
                marker={"color": colour, "size": 14, "symbol": POINT_SYMBOLS.get(modality, "circle"),
                        "line": {"color": colour, "width": 2}},
                hovertext=list(points["hover"]), hoverinfo="text", meta={"kind": "point"},
            ), row=1, col=1)
    if has_table:
        fig.add_trace(go.Table(
            header={"values": ["<b>No calendar time</b>", "modality"], "align": "left"},
            cells={"values": [list(undated["label"]), list(undated["modality"])], "align": "left", "height": 22},
        ), row=1, col=2)
    fig.update_xaxes(type="date", title_text="date", row=1, col=1)
    fig.update_yaxes(title_text=lanes, autorange="reversed", row=1, col=1)
    fig.update_layout(
        title=title or "Event timeline", barmode="overlay", template="plotly_white",
        height=max(420, 60 * max(1, dated[lane_key].nunique() if not dated.empty else 1) + 220, 34 * len(undated) + 160),
        legend={"title": {"text": "CAMEO class · modality"}, "orientation": "h", "y": -0.2},
        margin={"l": 160, "r": 20, "t": 60, "b": 40},
    )
    return fig


def save(fig: Any, out: str | Path) -> Path:
    """Write a figure as self-contained HTML (plotly.js inline, works offline) or PNG (kaleido + Chromium)."""
    path = Path(out)
    if path.suffix == ".html":
        fig.write_html(str(path), include_plotlyjs=True, full_html=True)
        return path
    if path.suffix == ".png":
        browser = chromium_path()
        if browser is None:
            raise KgError("PNG export needs Chromium (Debian: apt-get install chromium); HTML works without it")
        os.environ.setdefault("BROWSER_PATH", browser)
        try:
            fig.write_image(str(path), width=1400, height=fig.layout.height or 600, scale=1)
        except Exception as e:  # kaleido reports a missing or broken browser in many ways
            raise KgError(f"PNG export failed ({e}); check that {browser} starts headless") from None
        return path
    raise KgError(f"{path}: write .html or .png")


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None
