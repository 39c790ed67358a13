"""Reading articles: every kind of bad input gets a one-line error naming the file."""

from __future__ import annotations

import json

import pytest

from kg.api import ingest, list_events
from kg.errors import InputError
from kg.ingest import iter_articles, normalise_published
from tests.conftest import write_article


def errors(paths):
    return [x for x in iter_articles(paths) if isinstance(x, InputError)]


def test_pair_folder_and_jsonl(tmp_path):
    write_article(tmp_path / "a", "one", "Officials met on Monday.", published="2024-01-10")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "two", "text": "They spoke.", "published": "2024-01-11"}) + "\n")
    ids = sorted(a.id for a in iter_articles([tmp_path]))
    assert ids == ["one", "two"]


def test_missing_file(tmp_path):
    (err,) = errors([tmp_path / "nope.txt"])
    assert "nope.txt" in str(err) and "not found" in str(err)


def test_missing_metadata(tmp_path):
    (tmp_path / "x.txt").write_text("Text.")
    (err,) = errors([tmp_path / "x.txt"])
    assert "x.meta.json" in str(err)


def test_empty_text(tmp_path):
    write_article(tmp_path, "e", "   \n", published="2024-01-01")
    (err,) = errors([tmp_path])
    assert "e.meta.json" in str(err) and "empty text" in str(err)


def test_unreadable_encoding(tmp_path):
    write_article(tmp_path, "enc", "x", published="2024-01-01")
    (tmp_path / "enc.txt").write_bytes("Caf\xe9 owners protested.".encode("latin-1"))
    (err,) = errors([tmp_path])
    assert "enc.txt" in str(err) and "UTF-8" in str(err)


def test_invalid_json_names_line_and_column(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "text": "Fine.", "published": "2024-01-01"}\n{"id": oops}\n')
    items = list(iter_articles([tmp_path / "bad.jsonl"]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError"]
    assert "bad.jsonl:2:" in str(items[1]) and "invalid JSON" in str(items[1])


def test_unparseable_date(tmp_path):
    write_article(tmp_path, "d", "Text.", published="last Tuesday")
    (err,) = errors([tmp_path])
    assert "unparseable publication date" in str(err) and "d.meta.json" in str(err)


def test_duplicate_id_with_different_text(tmp_path):
    write_article(tmp_path / "x", "same", "First text.", published="2024-01-01")
    (tmp_path / "y.jsonl").write_text(json.dumps({"id": "same", "text": "Other text.", "published": "2024-01-01"}) + "\n")
    items = list(iter_articles([tmp_path / "x", tmp_path / "y.jsonl"]))
    assert isinstance(items[1], InputError) and "duplicate id 'same'" in str(items[1])


def test_error_is_one_line(tmp_path):
    write_article(tmp_path, "d", "Text.", published="2024-13-45")
    (err,) = errors([tmp_path])
    assert "\n" not in str(err)


@pytest.mark.parametrize("value,expected", [("2025-05-21", "2025-05-21"), ("1998-02-13 14:26:00", "1998-02-13T14:26:00"),
                                            ("2025-05", "2025-05"), ("2025", "2025"), ("", None)])
def test_publication_dates_keep_granularity(value, expected):
    assert normalise_published(value, "x") == expected


def test_batch_goes_on_and_nothing_stored_is_lost(tmp_path, store):
    write_article(tmp_path / "good", "g1", "Putin visited Kursk on Tuesday.", published="2025-05-21")
    first = ingest([tmp_path / "good"], store)
    assert first.added == 1
    write_article(tmp_path / "mixed", "bad", "Text.", published="not a date")
    write_article(tmp_path / "mixed", "g2", "Trump visited Paris on Monday.", published="2025-05-21")
    second = ingest([tmp_path / "mixed"], store)
    assert second.added == 1 and len(second.failed) == 1
    assert {e["article"] for e in list_events(store)} == {"g1", "g2"}


def test_missing_date_leaves_relative_times_unresolved(tmp_path, store, caplog):
    write_article(tmp_path, "nodate", "Foreign Minister Anna Berg visited Kyiv on Tuesday.")
    ingest([tmp_path], store)
    assert "no publication date" in caplog.text
    (event,) = list_events(store)
    assert event["time"]["value"] == "XXXX-WXX-2"


def test_html_page(tmp_path):
    html = """<html><head><title>Talks resume</title><meta property="article:published_time" content="2024-03-05"></head>
    <body><article><h1>Talks resume</h1><p>The foreign minister of France met the Italian prime minister in Rome on Monday
    to discuss the crisis. Officials said the two leaders would meet again next month in Paris.</p>
    <p>The talks came after weeks of tension between the two governments over migration policy and trade.</p></article></body></html>"""
    (tmp_path / "page.html").write_text(html)
    (article,) = list(iter_articles([tmp_path / "page.html"]))
    assert article.published == "2024-03-05" and "Rome on Monday" in article.text


@pytest.mark.parametrize("value,expected", [
    ("Mon, 07 Dec 2026 14:30:00 GMT", "2026-12-07T14:30:00+00:00"),  # an RSS feed's pubDate
    ("Tue, 19 Mar 2013 09:05:00 -0400", "2013-03-19T09:05:00-04:00"),
    ("December 7, 2026", "2026-12-07"), ("7 Dec 2026", "2026-12-07"), ("Monday, December 7, 2026", "2026-12-07"), ("Dec 2026", "2026-12"),
])
def test_publication_dates_as_feeds_and_pages_write_them(value, expected):
    assert normalise_published(value, "x") == expected


@pytest.mark.parametrize("value", ["next Tuesday", "Mon, 32 Dec 2026 14:30:00 GMT", "December 7", "20261207"])
def test_publication_dates_that_name_no_day_of_a_known_year_are_refused(value, tmp_path):
    write_article(tmp_path, "d", "Officials met on Monday.", published=value)
    (err,) = errors([tmp_path])
    assert "unparseable publication date" in str(err) and "d.meta.json" in str(err)


def test_an_article_dated_as_a_feed_dates_its_times(tmp_path):
    from kg.api import timexes

    write_article(tmp_path, "f", "Officials met on Friday.", published="Mon, 07 Dec 2026 14:30:00 GMT")
    ((article, found),) = list(timexes([tmp_path]))
    assert article.published == "2026-12-07T14:30:00+00:00" and (found.text, found.value) == ("Friday", "2026-12-04")
