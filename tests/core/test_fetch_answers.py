"""Exact results of fetching pages whose answers are unusual (`core.sources.fetch`), from a
server on 127.0.0.1: a 400 answer, a page sent without a Content-Type or without a length, a
page of many chunks, a Retry-After kept for the retry, and the size limit in the user's words.
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler

import pytest

from tests.web_server import Answer, page
from wirediff.core.progress import Checkpoint
from wirediff.core.sources.errors import HttpStatusError, PageTooLarge
from wirediff.core.sources.fetch import describe_size, fetch_page
from wirediff.core.sources.settings import SourceSettings

BODY = page("Kyiv said yes.", "Moscow said no.")


def settings(**changes: object) -> SourceSettings:
    return SourceSettings(**{"total_timeout_s": 5.0, "connect_timeout_s": 5.0, **changes})


def test_a_400_answer_is_an_error_without_a_hint(web_server) -> None:
    url = web_server.serve("/bad", Answer(400, b"<p>no</p>"))
    with pytest.raises(HttpStatusError) as caught:
        fetch_page(url, settings())
    assert str(caught.value) == f"{url}: the server answered 400 Bad Request"
    assert (caught.value.status, caught.value.retry_after) == (400, None)


def test_a_busy_servers_retry_after_is_kept_for_the_retry(web_server) -> None:
    url = web_server.serve("/busy", Answer(503, b"", headers={"Retry-After": "7"}))
    with pytest.raises(HttpStatusError) as caught:
        fetch_page(url, settings())
    assert (caught.value.status, caught.value.retry_after) == (503, "7")


def test_a_page_sent_without_a_content_type_is_taken(web_server) -> None:
    url = web_server.serve("/bare", Answer(body=BODY, content_type=None))
    capture = fetch_page(url, settings())
    assert (capture.body, capture.content_type, capture.status) == (BODY, "", 200)


def test_a_page_of_many_chunks_arrives_whole(web_server) -> None:
    body = page(*[f"Paragraph {number} of the long story." for number in range(8000)])
    assert len(body) > 4 * 64 * 1024
    url = web_server.serve("/long", Answer(body=body))
    assert fetch_page(url, settings()).body == body


def test_a_page_sent_without_a_length_reports_no_fraction(web_server) -> None:
    def unmeasured(handler: BaseHTTPRequestHandler) -> None:
        handler.close_connection = True
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(BODY)

    url = web_server.serve("/unmeasured", unmeasured)
    seen: list[tuple[int, int]] = []
    capture = fetch_page(url, settings(), checkpoint=Checkpoint(lambda d, t: seen.append((d, t))))
    assert capture.body == BODY
    assert seen == [(0, 1000), (0, 1000)]


@pytest.mark.parametrize(
    ("limit", "words"),
    [(4096, "4 KB"), (1024 * 1024 - 1, "1023 KB"), (1024 * 1024, "1 MB"), (1536 * 1024, "2 MB")],
)
def test_the_size_limit_in_words(limit: int, words: str) -> None:
    assert describe_size(limit) == words


def test_a_page_over_a_limit_of_a_megabyte_says_so(web_server) -> None:
    url = web_server.serve("/big", Answer(body=b"<p>" + b"x" * (1024 * 1024) + b"</p>"))
    with pytest.raises(PageTooLarge) as caught:
        fetch_page(url, settings(max_bytes=1024 * 1024))
    assert str(caught.value) == f"{url}: the page is larger than 1 MB"
