"""Pins the Wayback history client against a fake CDX archive on 127.0.0.1: the capture list,
identical digests folded into versions, raw `id_` captures, politeness (retry after 429 and
5xx, one request at a time) and the disk cache; malformed and empty answers fail clearly.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from tests.web_server import Answer, cdx_answer, page
from wirediff.core.sources.capture import Origin
from wirediff.core.sources.errors import ArchiveAnswerError, HttpStatusError, NoCaptures, NotAPage
from wirediff.core.sources.settings import SourceSettings
from wirediff.core.sources.wayback import (
    ArchivedCapture,
    WaybackClient,
    archive_time,
    collapse_versions,
    parse_cdx,
)

STORY = "https://news.example/story"
ROWS = [
    ("20240603090000", STORY, "text/html", "200", "AAA"),
    ("20240603180000", STORY, "text/html", "200", "AAA"),
    ("20240604090000", STORY, "text/html", "301", "RRR"),
    ("20240604100000", STORY, "text/html", "200", "BBB"),
    ("20240609120000", STORY, "text/html", "200", "AAA"),
]


@pytest.fixture
def archive(web_server, tmp_path):
    def client(**changes) -> WaybackClient:
        settings = SourceSettings(
            archive_url=web_server.url("/"), cache_dir=tmp_path / "cache", backoff_s=0.0, **changes
        )
        return WaybackClient(settings)

    return client


def test_lists_captures_and_folds_runs_of_one_digest(web_server, archive) -> None:
    web_server.serve("/cdx/search/cdx", Answer(body=cdx_answer(ROWS), content_type="text/plain"))
    with archive() as client:
        captures = client.list_captures(STORY, start="2024-06-01", end="2024-06-30", limit=10)
    query = web_server.requests[0]
    assert "url=https%3A%2F%2Fnews.example%2Fstory" in query
    assert "&from=20240601&to=20240630&limit=10" in query
    assert "output=json" in query
    versions = collapse_versions(captures)
    assert [(v.digest, [c.timestamp for c in v.captures]) for v in versions] == [
        ("AAA", ["20240603090000", "20240603180000"]),
        ("RRR", ["20240604090000"]),
        ("BBB", ["20240604100000"]),
        ("AAA", ["20240609120000"]),
    ]
    assert [v.first.is_page for v in versions] == [True, False, True, True]


def test_capture_is_fetched_raw_once_then_from_the_cache(web_server, archive) -> None:
    body = page("The story as archived.")
    raw_path = f"/web/20240603090000id_/{STORY}"
    web_server.serve(raw_path, Answer(body=body))
    captures = [c for c in _captures(web_server, archive)]
    with archive() as client:
        first = client.fetch_capture(captures[0])
    with archive() as client:
        again = client.fetch_capture(captures[0])
    assert web_server.hits(raw_path) == 1
    for capture in (first, again):
        assert capture.body == body
        assert capture.url == STORY
        assert capture.origin is Origin.WAYBACK
        assert capture.captured_at == datetime(2024, 6, 3, 9, 0, tzinfo=UTC)


def _captures(web_server, archive):
    web_server.serve("/cdx/search/cdx", Answer(body=cdx_answer(ROWS), content_type="text/plain"))
    with archive() as client:
        return client.list_captures(STORY)


def test_retries_after_429_and_503_then_succeeds(web_server, archive) -> None:
    web_server.serve(
        "/cdx/search/cdx",
        [
            Answer(429, b"slow down", headers={"Retry-After": "0"}),
            Answer(503, b"busy"),
            Answer(body=cdx_answer(ROWS[:1]), content_type="application/json"),
        ],
    )
    with archive() as client:
        assert len(client.list_captures(STORY)) == 1
    assert web_server.hits("/cdx/search/cdx") == 3


def test_gives_up_after_the_retries(web_server, archive) -> None:
    web_server.serve("/cdx/search/cdx", Answer(503, b"busy"))
    with archive(retries=2) as client, pytest.raises(HttpStatusError) as caught:
        client.list_captures(STORY)
    assert web_server.hits("/cdx/search/cdx") == 3
    assert "the server answered 503 Service Unavailable" in str(caught.value)


def test_a_404_is_not_retried(web_server, archive) -> None:
    with archive() as client, pytest.raises(HttpStatusError):
        client.fetch_capture(_captures(web_server, archive)[0])
    assert web_server.hits(f"/web/20240603090000id_/{STORY}") == 1


def test_one_request_at_a_time_even_from_two_threads(web_server, archive) -> None:
    web_server.serve("/web/20240603090000id_/" + STORY, Answer(body=page("a"), delay_s=0.1))
    web_server.serve("/web/20240604100000id_/" + STORY, Answer(body=page("b"), delay_s=0.1))
    captures = _captures(web_server, archive)
    errors: list[BaseException] = []

    def fetch(capture) -> None:
        try:
            with archive() as client:
                client.fetch_capture(capture)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=fetch, args=(captures[i],)) for i in (0, 3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert web_server.max_in_flight == 1


@pytest.mark.parametrize("body", [b"", b"[]", b'[["timestamp","original","digest"]]'])
def test_empty_answer_means_no_captures(web_server, archive, body) -> None:
    web_server.serve("/cdx/search/cdx", Answer(body=body, content_type="text/plain"))
    with archive() as client, pytest.raises(NoCaptures) as caught:
        client.list_captures(STORY)
    assert str(caught.value) == f"{STORY}: the archive holds no capture of this page"


@pytest.mark.parametrize(
    "body",
    [
        b"<html>Wayback Machine is down for maintenance</html>",
        b'{"captures": []}',
        b'[["timestamp","original","digest"],["2024","x"]]',
        b'[["timestamp","original","digest"],["June","x","AAA"]]',
        b'[["a","b"],["1","2"]]',
    ],
)
def test_malformed_answer(web_server, archive, body) -> None:
    web_server.serve("/cdx/search/cdx", Answer(body=body, content_type="text/plain"))
    with archive() as client, pytest.raises(ArchiveAnswerError) as caught:
        client.list_captures(STORY)
    assert str(caught.value) == (
        f"{STORY}: the archive's answer is not the capture list expected (malformed CDX JSON)"
    )


def test_the_index_is_asked_for_exactly_its_fields(web_server, archive) -> None:
    _captures(web_server, archive)
    assert web_server.requests == [
        "/cdx/search/cdx?url=https%3A%2F%2Fnews.example%2Fstory&output=json"
        "&fl=timestamp%2Coriginal%2Cmimetype%2Cstatuscode%2Cdigest%2Clength"
    ]


def test_an_index_without_status_or_type_columns_keeps_its_rows() -> None:
    body = b'[["timestamp","original","digest"],["20240603","https://e.com/","AB"]]'
    assert parse_cdx("u", body) == [ArchivedCapture("20240603", "https://e.com/", "", None, "AB")]


def test_the_index_gives_each_captures_type() -> None:
    body = cdx_answer([("20240603090000", STORY, "image/jpeg", "200", "AAA")])
    (capture,) = parse_cdx(STORY, body)
    assert (capture.mimetype, capture.status, capture.is_page) == ("image/jpeg", 200, False)


def test_a_captures_raw_address_under_an_archive_address_with_a_slash() -> None:
    capture = ArchivedCapture("20240603090000", STORY, "text/html", 200, "AAA")
    assert capture.raw_address("http://archive.example/ ") == (
        "http://archive.example/ /web/20240603090000id_/https://news.example/story"
    )
    assert capture.raw_address("http://archive.example//") == (
        "http://archive.example/web/20240603090000id_/https://news.example/story"
    )


def test_a_time_that_is_not_one_is_refused_with_the_forms_to_write() -> None:
    message = r"^next week: not a time \(write 2024, 2024-06, 2024-06-03 or 20240603142500\)$"
    with pytest.raises(ValueError, match=message):
        archive_time("next week")


def test_an_archived_picture_is_not_read_as_a_page(web_server, archive) -> None:
    raw_path = f"/web/20240603090000id_/{STORY}"
    web_server.serve(raw_path, Answer(body=b"\x89PNG", content_type="image/png"))
    capture = ArchivedCapture("20240603090000", STORY, "text/html", 200, "AAA")
    with archive() as client, pytest.raises(NotAPage) as caught:
        client.fetch_capture(capture)
    assert str(caught.value) == (
        f"{web_server.url(raw_path)}: the server sent image/png, not a web page"
    )
