"""Exact facts of captured web pages (`core.sources.capture`, `core.sources.addresses`) and the
on-disk cache of archive captures (`core.sources.cache`): the media type and charset read from
the headers, the label a list shows, versions folded from runs of identical bodies, and a
capture kept and read back whole (or not at all)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from wirediff.core.sources.cache import CaptureCache
from wirediff.core.sources.capture import (
    Capture,
    Origin,
    capture_for_test,
    format_time,
    runs_of_one_digest,
)


def with_type(value: str) -> Capture:
    return capture_for_test(
        headers=(("Server", "x"), ("content-TYPE", value), ("Content-Type", "text/plain"))
    )


@pytest.mark.parametrize(
    ("value", "media_type", "charset"),
    [
        ("text/HTML; charset=ISO-8859-1", "text/html", "iso-8859-1"),
        (' application/xhtml+xml ;  Charset = "UTF-8" ', "application/xhtml+xml", "utf-8"),
        ("text/html; boundary=x; charset='windows-1251'", "text/html", "windows-1251"),
        ("text/html; charset=", "text/html", None),
        ("text/html; mycharset=utf-8", "text/html", None),
        ("text/html", "text/html", None),
    ],
)
def test_the_first_content_type_header_gives_type_and_charset(
    value: str, media_type: str, charset: str | None
) -> None:
    capture = with_type(value)
    assert (capture.content_type, capture.charset) == (media_type, charset)
    assert capture.header("CONTENT-type") == value


def test_a_capture_without_content_type_has_an_empty_type_and_no_charset() -> None:
    capture = capture_for_test(headers=(("Server", "x"),))
    assert (capture.content_type, capture.charset, capture.header("content-type")) == (
        "",
        None,
        None,
    )


def test_the_label_is_the_short_address_and_the_utc_minute() -> None:
    capture = replace(
        capture_for_test(),
        url="https://www.example.com/",
        captured_at=datetime(2024, 6, 3, 23, 59, 59, tzinfo=timezone(timedelta(hours=-2))),
    )
    assert capture.label == "example.com · 2024-06-04 01:59 UTC"
    assert format_time(datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2024-01-02 03:04 UTC"


def test_runs_of_one_body_fold_but_a_reverted_edit_stays() -> None:
    captures = [capture_for_test(body=body) for body in (b"A", b"A", b"B", b"A", b"A", b"A")]
    assert [[c.body for c in run] for run in runs_of_one_digest(captures)] == [
        [b"A", b"A"],
        [b"B"],
        [b"A", b"A", b"A"],
    ]
    assert runs_of_one_digest([]) == []
    assert capture_for_test(body=b"A").digest == (
        "559aead08264d5795d3909718cdd05abd49572e84fe55590eef31a88a08fdffd"
    )


ARCHIVED = Capture(
    url="https://news.example/a",
    location="https://archive.example/web/20240603090000id_/https://news.example/a",
    status=200,
    headers=(("Content-Type", "text/html; charset=utf-8"), ("X-Archive", "1")),
    body=b"<p>Kyiv said yes.</p>",
    captured_at=datetime(2024, 6, 3, 9, 0, tzinfo=UTC),
    origin=Origin.WAYBACK,
)


def test_a_kept_capture_is_read_back_whole(tmp_path: Path) -> None:
    cache = CaptureCache(tmp_path)
    assert cache.get(ARCHIVED.location) is None
    cache.put(ARCHIVED)
    again = CaptureCache(tmp_path).get(ARCHIVED.location)
    assert again == ARCHIVED
    assert again is not None
    assert again.origin is Origin.WAYBACK
    assert cache.get(ARCHIVED.url) is None
    # Named by the SHA-256 of the address read, in a folder named by its first two digits.
    key = hashlib.sha256(ARCHIVED.location.encode("utf-8")).hexdigest()
    files = sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*") if path.is_file())
    assert files == [
        Path("captures", key[:2], f"{key}.body"),
        Path("captures", key[:2], f"{key}.json"),
    ]
    assert (tmp_path / files[0]).read_bytes() == ARCHIVED.body
    assert json.loads((tmp_path / files[1]).read_text(encoding="utf-8")) == {
        "url": "https://news.example/a",
        "status": 200,
        "headers": [["Content-Type", "text/html; charset=utf-8"], ["X-Archive", "1"]],
        "captured_at": "2024-06-03T09:00:00+00:00",
        "origin": "wayback",
    }


@pytest.mark.parametrize(
    "damage",
    [
        lambda facts, body: facts.write_text("{not json", encoding="utf-8"),
        lambda facts, body: facts.write_text('{"url": "x"}', encoding="utf-8"),
        lambda facts, body: facts.write_text(
            facts.read_text(encoding="utf-8").replace('"wayback"', '"gopher"'), encoding="utf-8"
        ),
        lambda facts, body: facts.write_text(
            facts.read_text(encoding="utf-8").replace("200", '"OK"'), encoding="utf-8"
        ),
        lambda facts, body: facts.write_text(
            facts.read_text(encoding="utf-8").replace('"headers": [', '"headers": [7, '),
            encoding="utf-8",
        ),
        lambda facts, body: body.unlink(),
    ],
)
def test_a_damaged_cache_entry_is_no_capture(tmp_path: Path, damage) -> None:
    cache = CaptureCache(tmp_path)
    cache.put(ARCHIVED)
    (facts,) = tmp_path.rglob("*.json")
    (body,) = tmp_path.rglob("*.body")
    damage(facts, body)
    assert cache.get(ARCHIVED.location) is None


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    cache = CaptureCache(blocker)
    cache.put(ARCHIVED)
    assert cache.get(ARCHIVED.location) is None
    assert not list(tmp_path.rglob(".part-*"))
