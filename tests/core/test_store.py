"""Pins the local history: one row per distinct version of a page, every sighting kept, a
later run adding only what is new, and nothing written for a fetch that failed."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from tests.web_server import Answer, page
from wirediff.core.errors import UnreadableInput
from wirediff.core.sources.capture import Origin, capture_for_test
from wirediff.core.sources.errors import HttpStatusError, PageTooLarge
from wirediff.core.sources.pages import capture_document, fetch_and_keep
from wirediff.core.sources.settings import SourceSettings
from wirediff.core.sources.store import VersionStore


def on(day: int):
    return datetime(2024, 6, day, 9, tzinfo=UTC)


def test_same_bytes_seen_three_times_is_one_version_with_three_dates(tmp_path) -> None:
    store = VersionStore(tmp_path / "history.sqlite3")
    first = replace(capture_for_test(body=b"<p>One</p>"), captured_at=on(3))
    second = replace(capture_for_test(body=b"<p>Two</p>"), captured_at=on(4))
    assert store.add(first) is True
    assert store.add(second) is True
    assert store.add(replace(first, captured_at=on(4))) is False
    assert store.add(replace(first, captured_at=on(9), origin=Origin.WAYBACK)) is False
    assert store.add(replace(first, captured_at=on(9), origin=Origin.WAYBACK)) is False
    versions = store.versions_of(first.url)
    assert [(v.digest, [d.day for d in v.seen_at], v.origins) for v in versions] == [
        (first.digest, [3, 4, 9], (Origin.WEB, Origin.WAYBACK)),
        (second.digest, [4], (Origin.WEB,)),
    ]
    kept = store.capture(first.url, first.digest)
    assert kept is not None
    assert kept == first
    assert store.versions_of("https://example.com/other") == []


def test_fetched_pages_are_stored_and_failures_leave_nothing(web_server, tmp_path) -> None:
    settings = SourceSettings(data_dir=tmp_path, max_bytes=2000)
    store = VersionStore(settings.store_path)
    url = web_server.serve("/story", [Answer(body=page("One.")), Answer(body=page("Two."))])
    fetch_and_keep(url, settings, store=store)
    fetch_and_keep(url, settings, store=store)
    web_server.serve("/story", Answer(500))
    with pytest.raises(HttpStatusError):
        fetch_and_keep(url, settings, store=store)
    web_server.serve("/story", Answer(body=page("x" * 3000)))
    with pytest.raises(PageTooLarge):
        fetch_and_keep(url, settings, store=store)
    assert len(store.versions_of(url)) == 2
    with sqlite3.connect(settings.store_path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM versions").fetchone() == (2,)
        assert connection.execute("SELECT COUNT(*) FROM sightings").fetchone() == (2,)


def test_history_that_is_not_a_database(tmp_path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(UnreadableInput) as caught:
        VersionStore(path).add(capture_for_test())
    assert str(caught.value).startswith(f"{path}: the local history cannot be used (")


def test_a_page_becomes_a_document_named_by_address_and_time() -> None:
    document = capture_document(capture_for_test(body=b"Kyiv said yes.\n\nMoscow said no."))
    assert document.path == "https://example.com/story"
    assert document.name == "example.com/story · 2024-06-03 14:02 UTC"
    assert document.paragraphs == ("Kyiv said yes.", "Moscow said no.")


def test_a_fetched_page_is_read_as_the_story_on_it() -> None:
    body = (
        b"<html><head><title>Storm hits coast</title></head><body>"
        b"<nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>Storm hits coast</h1>"
        b"<p>The storm reached the coast on Monday night, officials said.</p>"
        b"<p>Thousands of homes lost power across the region.</p></article>"
        b"<footer>Share this story on social media</footer></body></html>"
    )
    capture = capture_for_test(headers=(("Content-Type", "text/html; charset=utf-8"),), body=body)
    document = capture_document(capture)
    assert document.paragraphs == (
        "Storm hits coast",
        "The storm reached the coast on Monday night, officials said.",
        "Thousands of homes lost power across the region.",
    )
    assert (document.meta.format, document.meta.title) == ("html", "Storm hits coast")
    assert document.meta.url == "https://example.com/story"
    assert document.set_aside == ("Home World", "Share this story on social media")


def test_a_page_of_plain_text_is_given_its_address() -> None:
    capture = capture_for_test(headers=(("Content-Type", "text/plain"),), body=b"Kyiv said yes.")
    document = capture_document(capture)
    assert (document.meta.format, document.meta.url) == ("text", "https://example.com/story")


def test_the_servers_charset_decides_a_short_page() -> None:
    body = "<html><body><p>Café déjà vu.</p></body></html>".encode("mac_roman")
    declared = capture_for_test(
        headers=(("Content-Type", "text/html; charset=macintosh"),), body=body
    )
    document = capture_document(declared)
    assert (document.paragraphs, document.encoding) == (("Café déjà vu.",), "mac-roman")
