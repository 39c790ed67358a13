"""Read articles from disk: ``NAME.txt`` + ``NAME.meta.json``, folders, ``.jsonl`` and ``.html``.

Reading is the only I/O here; every problem becomes an :class:`InputError` that names
the file (and line) and says how to fix it.

>>> import pathlib, tempfile, json
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("Putin visited Kursk on Tuesday.")
>>> _ = (d / "a.meta.json").write_text(json.dumps({"id": "a", "published": "2025-05-21"}))
>>> [x.id for x in iter_articles([d])]
['a']
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from .errors import InputError
from .model import Article

log = logging.getLogger(__name__)

_FEED_DATE = re.compile(r"^(?:[A-Za-z]{3}, )?\d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}")  # RFC 2822, as RSS writes pubDate
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$")


def normalise_published(value: object, where: str) -> str | None:
    """Check a publication date and return it as ISO 8601, keeping its granularity.

    >>> normalise_published("2025-05-21", "x")
    '2025-05-21'
    >>> normalise_published("2025-05", "x")
    '2025-05'
    >>> normalise_published("1998-02-13 14:26:00", "x")
    '1998-02-13T14:26:00'
    >>> normalise_published("Mon, 07 Dec 2026 14:30:00 GMT", "x"), normalise_published("December 7, 2026", "x")
    ('2026-12-07T14:30:00+00:00', '2026-12-07')
    >>> normalise_published("next Tuesday", "x")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: x: unparseable publication date 'next Tuesday' (use ISO 8601, e.g. 2025-05-21)
    """
    if value is None or value == "":
        return None
    text = str(value).strip()
    if not _ISO.match(text):
        written = _feed_date(text) or _written_date(text)
        if written is None:
            raise InputError(where, f"unparseable publication date {text!r} (use ISO 8601, e.g. 2025-05-21)")
        return written
    text = text.replace(" ", "T", 1)
    try:
        if len(text) == 4:
            date(int(text), 1, 1)
        elif len(text) == 7:
            date(int(text[:4]), int(text[5:7]), 1)
        elif len(text) == 10:
            date.fromisoformat(text)
        else:
            datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as e:
        raise InputError(where, f"unparseable publication date {text!r}: {e}") from None
    return text


def _feed_date(text: str) -> str | None:
    """A feed's date and time, as RSS and e-mail write them, in ISO 8601: "Mon, 07 Dec 2026 14:30:00 GMT".

    >>> _feed_date("Mon, 07 Dec 2026 14:30:00 GMT"), _feed_date("7 December 2026")
    ('2026-12-07T14:30:00+00:00', None)
    """
    if not _FEED_DATE.match(text):
        return None
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError):
        return None


def _written_date(text: str) -> str | None:
    """A date written out in full, read as the time stage reads one: "December 7, 2026", "7 Dec 2026", "Dec 2026".

    >>> _written_date("Monday, December 7, 2026"), _written_date("next Tuesday")
    ('2026-12-07', None)
    """
    from .timex import find_timexes

    found = find_timexes(text, None)
    if len(found) != 1 or found[0].start_char != 0 or found[0].end_char < len(text.rstrip(".")):
        return None
    return found[0].value if _ISO.match(found[0].value) else None


def article_from_record(record: object, where: str, text: str | None = None, path: str | None = None) -> Article:
    """Build an Article from a metadata object (``text`` may come from a separate file)."""
    if not isinstance(record, dict):
        raise InputError(where, "expected a JSON object with at least 'id'")
    article_id = record.get("id")
    if not isinstance(article_id, (str, int)) or str(article_id).strip() == "":
        raise InputError(where, "missing 'id' (a non-empty string naming the article)")
    body = text if text is not None else record.get("text")
    if not isinstance(body, str):
        raise InputError(where, "missing 'text' (the article body as a string)")
    if not body.strip():
        raise InputError(where, "empty text: the article has nothing to read")
    published = normalise_published(record.get("published"), where)
    if published is None:
        log.warning("%s: no publication date; relative dates will stay unresolved", where)

    def opt(key: str) -> str | None:
        v = record.get(key)
        return str(v) if v not in (None, "") else None

    return Article(
        id=str(article_id).strip(),
        text=body,
        published=published,
        title=opt("title"),
        url=opt("url"),
        source=opt("source"),
        language=opt("language") or "en",
        path=path,
    )


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(str(path), f"not UTF-8 text (byte {e.start}); re-encode the file as UTF-8") from None


def _read_json(path: Path) -> object:
    try:
        return json.loads(_read_text(path))
    except json.JSONDecodeError as e:
        raise InputError(f"{path}:{e.lineno}:{e.colno}", f"invalid JSON: {e.msg}") from None


def read_pair(path: Path) -> Article:
    """Read ``NAME.txt`` with ``NAME.meta.json`` beside it (given either of the two)."""
    name = path.name
    if name.endswith(".meta.json"):
        meta_path, text_path = path, path.with_name(name[: -len(".meta.json")] + ".txt")
    else:
        meta_path, text_path = path.with_name(path.stem + ".meta.json"), path
    if not meta_path.exists():
        raise InputError(str(text_path), f"no metadata file {meta_path.name} beside it (needs 'id' and 'published')")
    record = _read_json(meta_path)
    if isinstance(record, dict) and isinstance(record.get("text_file"), str):
        text_path = meta_path.with_name(record["text_file"])
    return article_from_record(record, str(meta_path), _read_text(text_path), str(text_path))


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """One article object per line; a bad line is reported and the rest still read."""
    for n, line in enumerate(_read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(f"{where}:{e.colno}", f"invalid JSON: {e.msg}")
            continue
        try:
            yield article_from_record(record, where, path=where)
        except InputError as e:
            yield e


def read_html(path: Path) -> Article:
    """Main text and publication date of a web page, with trafilatura."""
    import trafilatura

    html = _read_text(path)
    extracted = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=True)
    if extracted is None:
        raise InputError(str(path), "no article text found in the HTML page")
    doc = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    record = {
        "id": doc.get("url") or path.stem,
        "text": doc.get("text") or "",
        "published": doc.get("date"),
        "title": doc.get("title"),
        "url": doc.get("url"),
        "source": doc.get("sitename"),
        "language": doc.get("language"),
    }
    record["id"] = path.stem
    return article_from_record(record, str(path), path=str(path))


def _expand(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and (p.suffix in (".jsonl", ".html", ".htm") or p.name.endswith(".meta.json")):
                yield p
            elif p.is_file() and p.suffix == ".txt" and not p.with_name(p.stem + ".meta.json").exists():
                yield p  # reported as missing its metadata
    else:
        yield path


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Yield every article found under ``paths``, or the error that stopped one from being read.

    Duplicate ids within one batch are an error only when the texts differ.
    """
    seen: dict[str, str] = {}
    for given in paths:
        root = Path(given)
        if not root.exists():
            yield InputError(str(root), "file not found")
            continue
        for path in _expand(root):
            items: Iterable[Article | InputError]
            try:
                if path.suffix == ".jsonl":
                    items = list(read_jsonl(path))
                elif path.suffix in (".html", ".htm"):
                    items = [read_html(path)]
                elif path.suffix == ".txt" or path.name.endswith(".meta.json"):
                    items = [read_pair(path)]
                else:
                    items = [InputError(str(path), "unknown kind of file (expected .txt + .meta.json, .jsonl or .html)")]
            except InputError as e:
                items = [e]
            for item in items:
                if isinstance(item, Article):
                    previous = seen.get(item.id)
                    if previous is not None and previous != item.content_hash:
                        item = InputError(item.path or str(path), f"duplicate id {item.id!r} with a different text")
                    elif previous is not None:
                        continue
                    else:
                        seen[item.id] = item.content_hash
                yield item
