"""Actor networks: who acts on whom, built with networkx from a SPARQL-backed event list.

>>> import tempfile, kg
>>> s = kg.open_store(tempfile.mkdtemp())
>>> _ = kg.ingest_articles([kg.Article("a", "Chilean President Ana Rojas met Peruvian President Luis Vega.", "2024-01-02")], s)
>>> g = actor_graph(s)
>>> g["Ana Rojas"]["Luis Vega"]["weight"], g["Ana Rojas"]["Luis Vega"]["types"]
(1, {'040': 1})
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from .api import list_events
from .errors import KgError
from .store import Store


def actor_graph(store: Store) -> nx.DiGraph:
    """Actors as nodes; an edge agent -> participant per pair, weighted by events, counted by CAMEO code."""
    g = nx.DiGraph()
    for e in list_events(store):
        for a in e["agents"]:
            g.add_node(a["name"], iri=a["id"])
            for p in e["participants"]:
                g.add_node(p["name"], iri=p["id"])
                data = g.get_edge_data(a["name"], p["name"]) or {"weight": 0, "types": {}}
                data["weight"] += 1
                code = e["cameo"] or "none"
                data["types"][code] = data["types"].get(code, 0) + 1
                g.add_edge(a["name"], p["name"], **data)
    return g


def network_figure(g: nx.DiGraph):
    """A plotly view of the actor graph (spring layout, fixed seed so it is the same every time)."""
    import plotly.graph_objects as go

    pos = nx.spring_layout(g, seed=7) if len(g) else {}
    edge_x: list[float | None] = []
    edge_y: list[float | None] = []
    for u, v in g.edges():
        edge_x += [pos[u][0], pos[v][0], None]
        edge_y += [pos[u][1], pos[v][1], None]
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=edge_x, y=edge_y, mode="lines", line={"width": 1, "color": "#999"}, hoverinfo="none"))
    labels = [f"{n}<br>{g.degree(n)} links" for n in g.nodes()]
    fig.add_trace(go.Scatter(x=[pos[n][0] for n in g.nodes()], y=[pos[n][1] for n in g.nodes()], mode="markers+text",
                             text=list(g.nodes()), textposition="top center", hovertext=labels, hoverinfo="text",
                             marker={"size": [10 + 4 * g.degree(n) for n in g.nodes()], "color": "#4C9BE8"}))
    fig.update_layout(title="Actor network", showlegend=False, template="plotly_white",
                      xaxis={"visible": False}, yaxis={"visible": False})
    return fig


def save_network(g: nx.DiGraph, out: str | Path) -> Path:
    path = Path(out)
    if path.suffix == ".graphml":
        h = g.copy()
        for _, _, data in h.edges(data=True):
            data["types"] = ",".join(f"{k}:{v}" for k, v in sorted(data["types"].items()))
        nx.write_graphml(h, path)
        return path
    if path.suffix == ".html":
        network_figure(g).write_html(str(path), include_plotlyjs=True, full_html=True)
        return path
    raise KgError(f"{path}: write .graphml or .html")
