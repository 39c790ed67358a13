"""``kg``: a thin command line over the library.

Exit codes: 0 ok; 1 invalid input data or failed validation; 2 usage or runtime error.
``-`` as an output file means standard output.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import KgError

DEFAULT_STORE = "store"
store_option = click.option("--store", "store_dir", default=DEFAULT_STORE, show_default=True, envvar="KG_STORE",
                            help="Store folder (embedded Oxigraph), or the URL of a SPARQL 1.1 endpoint.")


def _open(store_dir: str):
    from .store import open_store

    return open_store(store_dir)


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _table(rows: list[dict[str, Any]], fmt: str) -> str:
    import pandas as pd

    df = pd.DataFrame(rows)
    if fmt == "table":
        df = df.astype(object).where(df.notna(), "")
    if fmt == "csv":
        return df.to_csv(index=False)
    if fmt == "json":
        return df.to_json(orient="records", force_ascii=False, indent=1)
    if df.empty:
        return "(no rows)"
    with pd.option_context("display.max_colwidth", 60, "display.width", 200, "display.max_rows", 500):
        return df.to_string(index=False)


class _Commands(click.Group):
    """Every command: an error the library raises on purpose is one line on stderr, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as e:
            _fail(str(e).splitlines()[0] if str(e) else type(e).__name__, 1)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("-v", "--verbose", count=True, help="Log more (-vv for debug).")
def main(verbose: int) -> None:
    """News articles in, an event knowledge graph out: who did what, to whom, where, when, and who says so."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(message)s")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option("--on-error", type=click.Choice(["skip", "raise"]), default="skip", show_default=True,
              help="skip: report bad articles and go on; raise: stop at the first.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True, help="Worker processes for parsing.")
@click.option("--links", "links", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Your own Wikidata links file (the shape of kg/data/links.yaml); repeatable, later files win.")
def ingest(paths: tuple[str, ...], store_dir: str, on_error: str, quiet: bool, jobs: int, links: tuple[str, ...]) -> None:
    """Read articles (NAME.txt + NAME.meta.json, folders, .jsonl, .html) into the store, and fuse
    reports of the same event across articles.

    Example: kg ingest articles/ --store store
    Example: kg ingest articles/ --store store --links our-actors.yaml
    """
    from .api import ingest as run
    from .linking import LINKS_ENV, link_table, user_link_files

    if links:
        os.environ[LINKS_ENV] = os.pathsep.join([*user_link_files(), *links])  # worker processes read it too
        try:
            link_table(user_link_files())
        except KgError as e:
            _fail(str(e), 2)

    store = _open(store_dir)
    try:
        report = run(paths, store, on_error=on_error, progress=not quiet, jobs=jobs)  # type: ignore[arg-type]
    except KgError as e:
        store.close()
        _fail(str(e), 1)
        return
    store.close()
    for err in report.failed:
        click.echo(f"error: {err}", err=True)
    click.echo(f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
               f"{len(report.failed)} failed; {report.events} events in {report.seconds:.1f}s", err=True)
    sys.exit(1 if report.failed else 0)


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table", "csv"]), default="jsonl", show_default=True)
@click.option("--canonical", is_flag=True, help="One line per real-world event, with all its reports, instead of one per report.")
@click.option("--actor", default=None, help="Only this actor's dated events, newest first (a page of its timeline).")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1), help="With --actor: events per page.")
@click.option("--before", default=None, help="With --actor: events that begin before this date (the next page).")
def events(store_dir: str, fmt: str, canonical: bool, actor: str | None, limit: int, before: str | None) -> None:
    """List events as the flat view partners and scorers read (shared/contracts/events-jsonl.md).

    Each report carries the IRI of the real-world event it reports in `canonical`. With --actor,
    a page of that actor's timeline: its newest events (a day is never split across pages).

    Example: kg events --store store --format jsonl
    Example: kg events --store store --canonical --format table
    Example: kg events --store store --actor "Vladimir Putin" --limit 20 --before 2025-05-01 --format table
    """
    from .api import actor_events, list_canonical_events, list_events

    if actor is not None and canonical:
        _fail("--actor lists reports; it cannot be combined with --canonical", 2)
    if before is not None and actor is None:
        _fail("--before pages an actor's timeline: give --actor too", 2)
    with _open(store_dir) as store:
        if actor is not None:
            try:
                rows = actor_events(store, actor, limit, before)
            except KgError as e:
                _fail(str(e), 2)
        else:
            rows = list_canonical_events(store) if canonical else list_events(store)
    if canonical and fmt in ("table", "csv"):
        flat = [{"cameo": r["cameo"], "label": r["label"], "time": (r["time"] or {}).get("value"), "reports": len(r["reports"]),
                 "articles": ", ".join(r["articles"]), "modalities": ", ".join(r["modalities"])} for r in rows]
        click.echo(_table(flat, fmt))
    elif fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        flat = [{"article": r["article"], "cameo": r["cameo"], "label": r["label"], "time": (r["time"] or {}).get("value"),
                 "modality": r["modality"], "says": ", ".join(a["name"] for a in r["attributed_to"])} for r in rows]
        click.echo(_table(flat, fmt))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
def timex(paths: tuple[str, ...], fmt: str) -> None:
    """Temporal expressions with TIMEX3 values, resolved against each article's publication date.

    Example: kg timex article.txt --format jsonl
    """
    from .api import timexes
    from .errors import InputError

    failed = 0
    rows = []
    for item in timexes(paths):
        if isinstance(item, InputError):
            click.echo(f"error: {item}", err=True)
            failed += 1
            continue
        article, t = item
        row = {"doc": article.id, "start": t.start_char, "end": t.end_char, "text": t.text, "type": t.type, "value": t.value}
        if fmt == "jsonl":
            row |= {"interval": [t.start, t.end], "granularity": t.granularity, "anchor": t.anchor}
            row |= {name: getattr(t, name) for name in ("mod", "quant", "freq") if getattr(t, name)}
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            rows.append(row)
    if fmt == "table":
        click.echo(_table(rows, "table"))
    sys.exit(1 if failed else 0)


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nt", "jsonld", "void"]), default="turtle", show_default=True,
              help="void: a VoID/DCAT description of the export (counts, licence, vocabularies).")
@click.option("--out", default="-", show_default=True, help="File to write, or - for standard output.")
@click.option("--since", default=None, help="Only articles published on or after this date (incremental delivery).")
@click.option("--article", "articles", multiple=True, help="Only these article ids (repeatable).")
@click.option("--no-validate", is_flag=True, help="Skip the SHACL check.")
def export(store_dir: str, fmt: str, out: str, since: str | None, articles: tuple[str, ...], no_validate: bool) -> None:
    """Write the graph as Turtle, TriG (per-article graphs), N-Triples or JSON-LD, after a SHACL check.

    Example: kg export --store store --format turtle --out events.ttl
    """
    from .api import export as run
    from .errors import ValidationError

    try:
        with _open(store_dir) as store:
            text = run(store, fmt, None, check=not no_validate, since=since, articles=articles or None)
    except ValidationError as e:
        _fail(f"the graph does not conform to the shapes; nothing written\n{e.report}", 1)
        return
    if out == "-":
        click.echo(text, nl=False)
    else:
        Path(out).write_text(text, encoding="utf-8")


@main.command()
@store_option
def validate(store_dir: str) -> None:
    """Check the graph against the SHACL shapes (exit 1 on violations).

    Example: kg validate --store store
    """
    from .api import validate as run

    with _open(store_dir) as store:
        report = run(store)
    if report.conforms:
        click.echo("conforms: the graph passes the SHACL shapes")
        return
    click.echo(report.text)
    sys.exit(1)


@main.command()
@store_option
def upgrade(store_dir: str) -> None:
    """Bring a store written by an earlier kg up to date (dates kept on events, the actor-month
    keys timeline pages read, and the metWith/visited links beside real-world events).
    Running it again changes nothing.

    Example: kg upgrade --store store
    """
    from .store import upgrade as run

    with _open(store_dir) as store:
        run(store)
    click.echo(f"{store_dir}: up to date")


@main.command()
@click.argument("sparql", required=False)
@store_option
@click.option("--name", default=None, help="A bundled query (see --list).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME to VALUE (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--list", "list_names", is_flag=True, help="List the bundled queries.")
def query(sparql: str | None, store_dir: str, name: str | None, params: tuple[str, ...], fmt: str, list_names: bool) -> None:
    """Run SPARQL: a query string, a .rq file, or --name of a bundled query.

    Example: kg query --name actor_timeline --param name="Vladimir Putin" --store store
    """
    from .api import query as run
    from .store import bundled_queries

    if list_names:
        click.echo("\n".join(bundled_queries()))
        return
    if sparql and sparql.endswith(".rq") and Path(sparql).exists():
        sparql = Path(sparql).read_text(encoding="utf-8")
    bindings = {}
    for p in params:
        if "=" not in p:
            _fail(f"--param {p!r}: write NAME=VALUE")
        k, v = p.split("=", 1)
        bindings[k.lstrip("?")] = v
    try:
        with _open(store_dir) as store:
            df = run(store, sparql=sparql if not name else None, name=name, bindings=bindings)
    except (KgError, SyntaxError, ValueError, OSError) as e:
        _fail(str(e))
        return
    click.echo(_table(df.to_dict(orient="records"), fmt))


@main.command()
@click.argument("ids", nargs=-1, required=True)
@store_option
def remove(ids: tuple[str, ...], store_dir: str) -> None:
    """Take retracted articles, and everything read from them, out of the store.

    Example: kg remove kursk-visit --store store
    """
    from .api import remove as run

    with _open(store_dir) as store:
        missing = run(ids, store)
    for m in missing:
        click.echo(f"error: no article {m!r} in the store", err=True)
    sys.exit(1 if missing else 0)


@main.command()
@store_option
def summary(store_dir: str) -> None:
    """How many articles, entities, events and triples the store holds.

    Example: kg summary --store store
    """
    from .api import summary as run

    with _open(store_dir) as store:
        counts = run(store)
    click.echo(", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()))


@main.command()
@store_option
@click.option("--out", required=True, help="FILE.html (interactive, works offline) or FILE.png.")
@click.option("--actor", default=None, help="Only events this actor takes part in.")
@click.option("--place", default=None, help="Only events at this place.")
@click.option("--type", "cameo_root", default=None, help="Only this CAMEO root, e.g. 04.")
@click.option("--from", "date_from", default=None, help="Only events ending on or after this date.")
@click.option("--to", "date_to", default=None, help="Only events starting on or before this date.")
@click.option("--lanes", type=click.Choice(["actor", "place", "type"]), default="actor", show_default=True)
def timeline(store_dir: str, out: str, actor: str | None, place: str | None, cameo_root: str | None,
             date_from: str | None, date_to: str | None, lanes: str) -> None:
    """Draw the events on a timeline: points for days, bars for weeks, months and years.

    Example: kg timeline --store store --actor "Vladimir Putin" --out putin.html
    """
    from .timelines import save
    from .timelines import timeline as draw

    with _open(store_dir) as store:
        fig = draw(store, actor, place, cameo_root, date_from, date_to, lanes)
    try:
        save(fig, out)
    except KgError as e:
        _fail(str(e))
    click.echo(f"wrote {out}", err=True)


@main.command()
@store_option
@click.option("--out", required=True, help="FILE.graphml or FILE.html.")
def network(store_dir: str, out: str) -> None:
    """The actor network: who acted on whom, edges weighted by events.

    Example: kg network --store store --out actors.graphml
    """
    from .networks import actor_graph, save_network

    with _open(store_dir) as store:
        g = actor_graph(store)
    try:
        save_network(g, out)
    except KgError as e:
        _fail(str(e))
    click.echo(f"wrote {out}: {g.number_of_nodes()} actors, {g.number_of_edges()} links", err=True)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback unless told otherwise).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1), help="Seconds a query may run.")
@click.option("--max-bytes", default=50_000_000, show_default=True, type=click.IntRange(1), help="Largest result sent.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1), help="Query worker processes.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates (read-only otherwise).")
def serve(store_dir: str, host: str, port: int, timeout: float, max_bytes: int, workers: int, allow_update: bool) -> None:
    """Serve the store as a SPARQL 1.1 Protocol endpoint at /sparql (GET and POST; JSON, XML, CSV, TSV, Turtle).

    Example: kg serve --store store --port 7878
    Example: curl -H 'Accept: text/csv' 'http://127.0.0.1:7878/sparql?query=SELECT+*+WHERE+{?s+?p+?o}+LIMIT+3'
    """
    from .serve import ServeOptions, make_server

    try:
        server, endpoint = make_server(Path(store_dir), host, port, ServeOptions(timeout, max_bytes, workers, allow_update))
    except OSError as e:
        _fail(f"{store_dir}: cannot serve ({e})", 1)
        return
    click.echo(f"SPARQL endpoint at http://{host}:{server.server_address[1]}/sparql "
               f"({'read-write' if allow_update else 'read-only'}; Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        endpoint.close()


if __name__ == "__main__":
    main()
