"""Pins fetching a live page: what is kept with it, and one clear error for each way it fails.

Every test talks to the local server on 127.0.0.1 (tests/web_server.py); DNS failure is made by
a resolver that fails, not by asking a real one.
"""

from __future__ import annotations

import gzip
import socket
import threading

import brotli
import pytest

from tests.web_server import HTML, Answer, page
from wirediff.core.errors import Cancelled, InputTooLarge
from wirediff.core.progress import Checkpoint
from wirediff.core.sources.capture import Origin
from wirediff.core.sources.errors import (
    ConnectionFailed,
    FetchTimeout,
    HostNotFound,
    HttpStatusError,
    NotAPage,
    NotWebAddress,
    PageTooLarge,
    SecureConnectionFailed,
    TooManyRedirects,
)
from wirediff.core.sources.fetch import fetch_page
from wirediff.core.sources.settings import SourceSettings

STORY = page("Kyiv said yes.", "Moscow said no.")


def settings(**changes) -> SourceSettings:
    return SourceSettings(**{"total_timeout_s": 5.0, "connect_timeout_s": 5.0, **changes})


def test_page_keeps_bytes_headers_status_and_time(web_server) -> None:
    url = web_server.serve("/story", Answer(body=STORY, headers={"ETag": '"v1"'}))
    capture = fetch_page(url, settings())
    assert capture.body == STORY
    assert capture.status == 200
    assert capture.url == capture.location == url
    assert capture.header("etag") == '"v1"'
    assert capture.content_type == "text/html"
    assert capture.charset == "utf-8"
    assert capture.origin is Origin.WEB
    assert capture.captured_at.tzinfo is not None


def test_user_agent_names_wirediff(web_server) -> None:
    fetch_page(web_server.serve("/story", Answer(body=STORY)), settings())
    agent = web_server.request_headers[0]["User-Agent"]
    assert agent.startswith("wirediff/")
    assert "br" in web_server.request_headers[0]["Accept-Encoding"]


@pytest.mark.parametrize(
    ("encoding", "compress"), [("gzip", gzip.compress), ("br", brotli.compress)]
)
def test_compressed_pages_arrive_decoded(web_server, encoding, compress) -> None:
    url = web_server.serve(
        "/story", Answer(body=compress(STORY), headers={"Content-Encoding": encoding})
    )
    assert fetch_page(url, settings()).body == STORY


def test_redirects_are_followed_and_the_page_keeps_the_address_asked_for(web_server) -> None:
    web_server.serve("/old", Answer(301, headers={"Location": "/new"}))
    web_server.serve("/new", Answer(body=STORY))
    capture = fetch_page(web_server.url("/old"), settings())
    assert capture.body == STORY
    assert capture.url == web_server.url("/old")
    assert capture.location == web_server.url("/new")


def test_redirect_loop(web_server) -> None:
    url = web_server.serve("/loop", Answer(302, headers={"Location": "/loop"}))
    with pytest.raises(TooManyRedirects) as caught:
        fetch_page(url, settings())
    assert str(caught.value) == f"{url}: more than 10 redirects (the site sends it in a loop)"
    assert web_server.hits("/loop") == 11


@pytest.mark.parametrize(
    ("status", "line"),
    [
        (404, "the server answered 404 Not Found (no page at this address)"),
        (410, "the server answered 410 Gone (the page was removed for good)"),
        (500, "the server answered 500 Internal Server Error (a server error)"),
        (503, "the server answered 503 Service Unavailable (a server error)"),
    ],
)
def test_error_statuses(web_server, status, line) -> None:
    url = web_server.serve("/story", Answer(status, b"<p>oops</p>"))
    with pytest.raises(HttpStatusError) as caught:
        fetch_page(url, settings())
    assert str(caught.value) == f"{url}: {line}"
    assert web_server.hits("/story") == 1  # a live page is not retried


@pytest.mark.parametrize("address", ["ftp://example.com/story", "story.html", "mailto:a@b.c"])
def test_not_a_web_address(address) -> None:
    with pytest.raises(NotWebAddress) as caught:
        fetch_page(address, settings())
    assert str(caught.value) == (
        f"{address}: not a web address (only http:// and https:// pages can be fetched)"
    )


def test_not_a_web_page(web_server) -> None:
    url = web_server.serve("/photo", Answer(body=b"\x89PNG...", content_type="image/png"))
    with pytest.raises(NotAPage) as caught:
        fetch_page(url, settings())
    assert str(caught.value) == f"{url}: the server sent image/png, not a web page"


def test_page_over_the_size_cap_by_its_length(web_server) -> None:
    url = web_server.serve("/big", Answer(body=b"<p>" + b"x" * 5000 + b"</p>"))
    with pytest.raises(PageTooLarge) as caught:
        fetch_page(url, settings(max_bytes=4096))
    assert isinstance(caught.value, InputTooLarge)
    assert str(caught.value) == f"{url}: the page is larger than 4 KB"


def test_compressed_page_over_the_cap_stops_at_the_cap(web_server) -> None:
    bomb = gzip.compress(b"<p>" + b"x" * 1_000_000)
    url = web_server.serve("/bomb", Answer(body=bomb, headers={"Content-Encoding": "gzip"}))
    assert len(bomb) < 100_000
    with pytest.raises(PageTooLarge):
        fetch_page(url, settings(max_bytes=100_000))


def test_slow_server_times_out(web_server) -> None:
    def slow(handler) -> None:
        web_server.release.wait(10)

    url = web_server.serve("/slow", slow)
    with pytest.raises(FetchTimeout) as caught:
        fetch_page(url, settings(total_timeout_s=0.3))
    assert str(caught.value) == f"{url}: the server did not send the page within 0.3 s"


def test_answer_broken_off_midway(web_server) -> None:
    def broken(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", HTML)
        handler.send_header("Content-Length", "5000")
        handler.end_headers()
        handler.wfile.write(b"<p>The start of the story")
        handler.wfile.flush()
        handler.close_connection = True

    url = web_server.serve("/broken", broken)
    with pytest.raises(ConnectionFailed) as caught:
        fetch_page(url, settings())
    assert str(caught.value).startswith(f"{url}: the server broke off the answer (")


def test_answer_that_is_not_http(web_server) -> None:
    def garbage(handler) -> None:
        handler.wfile.write(b"SSH-2.0-OpenSSH\r\n\r\n")
        handler.close_connection = True

    url = web_server.serve("/garbage", garbage)
    with pytest.raises(ConnectionFailed):
        fetch_page(url, settings())


def test_refused_connection() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story"
    with pytest.raises(ConnectionFailed) as caught:
        fetch_page(url, settings())
    assert str(caught.value).startswith(f"{url}: cannot connect to 127.0.0.1 (")


def test_tls_failure(web_server) -> None:
    web_server.serve("/story", Answer(body=STORY))
    url = f"https://127.0.0.1:{web_server.port}/story"  # a plain HTTP server: no TLS handshake
    with pytest.raises(SecureConnectionFailed) as caught:
        fetch_page(url, settings())
    assert str(caught.value).startswith(f"{url}: the secure connection failed (")


def test_host_that_does_not_resolve(monkeypatch) -> None:
    def no_such_host(*_args, **_kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    url = "http://news.example.invalid/story"
    with pytest.raises(HostNotFound) as caught:
        fetch_page(url, settings())
    assert str(caught.value) == (
        f"{url}: no such host news.example.invalid (the name does not resolve)"
    )


def test_proxy_from_the_environment_is_used(web_server, monkeypatch) -> None:
    web_server.serve("/story", Answer(body=STORY))
    monkeypatch.setenv("HTTP_PROXY", web_server.url())
    capture = fetch_page("http://news.example.invalid/story", settings())
    assert capture.body == STORY
    assert web_server.requests == ["http://news.example.invalid/story"]


def test_progress_counts_bytes_and_cancel_stops_the_fetch(web_server) -> None:
    body = page(*["A paragraph of the story."] * 8000)
    url = web_server.serve("/long", Answer(body=body))
    seen: list[tuple[int, int]] = []
    fetch_page(url, settings(), checkpoint=Checkpoint(lambda d, t: seen.append((d, t))))
    assert seen[0] == (0, 1000)
    assert seen[-1] == (1000, 1000)
    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled):
        fetch_page(url, settings(), checkpoint=Checkpoint(cancelled=stop.is_set))
