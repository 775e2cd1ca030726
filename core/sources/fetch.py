"""Fetch one web page over HTTP(S) with httpx, within limits, into a `Capture`.

HTTP/1.1 and HTTP/2, gzip and brotli, at most `max_redirects` redirects, a connect timeout and
a timeout for the whole fetch, a size cap counted on the decoded body (a compressed bomb stops
at the cap), proxies from the environment (httpx's `trust_env`), and a User-Agent naming
wirediff. Every failure becomes one `core.sources.errors` exception with a line for the user;
nothing is returned unless the whole page arrived. A `Checkpoint` shows progress (bytes of
Content-Length) and cancels between chunks.

`fetch_with_retries` adds the archive's politeness: 429 and 5xx are retried with exponential
backoff (or the server's Retry-After). Imports httpx, `core` and the standard library.
"""

from __future__ import annotations

import functools
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from wirediff.core.errors import Cancelled
from wirediff.core.progress import Checkpoint
from wirediff.core.sources.capture import Capture, Origin
from wirediff.core.sources.errors import (
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    HostNotFound,
    HttpStatusError,
    NotAPage,
    NotWebAddress,
    PageTooLarge,
    SecureConnectionFailed,
    TooManyRedirects,
)
from wirediff.core.sources.settings import MAX_RETRY_WAIT_S, SourceSettings

# Media types read as story text; anything else (images, PDFs, JSON) is refused by type.
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
CHUNK_BYTES = 64 * 1024
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

Sleep = Callable[[float], None]


def is_web_address(text: str) -> bool:
    """Whether `text` is an http(s) address (what a user may type instead of a file).

    >>> is_web_address("https://example.com/story"), is_web_address("story.txt")
    (True, False)
    >>> is_web_address("ftp://example.com/x"), is_web_address("http://")
    (False, False)
    """
    parts = urlsplit(text.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def check_web_address(url: str) -> str:
    """The address stripped, or `NotWebAddress` with the reason."""
    url = url.strip()
    if not is_web_address(url):
        raise NotWebAddress(
            f"{url}: not a web address (only http:// and https:// pages can be fetched)"
        )
    return url


def describe_size(size: int) -> str:
    """
    >>> describe_size(20 * 1024 * 1024), describe_size(4096)
    ('20 MB', '4 KB')
    """
    if size < 1024 * 1024:
        return f"{size // 1024} KB"
    return f"{size / (1024 * 1024):.0f} MB"


@functools.cache
def _tls_context() -> ssl.SSLContext:
    # Loading the certificate bundle takes a tenth of a second; every client shares one.
    return httpx.create_ssl_context()


def new_client(settings: SourceSettings) -> httpx.Client:
    """An httpx client with the limits and the User-Agent of `settings`."""
    return httpx.Client(
        verify=_tls_context(),
        http2=True,
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        timeout=httpx.Timeout(settings.total_timeout_s, connect=settings.connect_timeout_s),
        headers={"User-Agent": settings.user_agent},
        trust_env=True,
    )


def _causes(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _translate(url: str, error: httpx.HTTPError, settings: SourceSettings) -> FetchError:
    """The one-line error a user sees for an httpx failure."""
    if isinstance(error, httpx.TooManyRedirects):
        return TooManyRedirects(
            f"{url}: more than {settings.max_redirects} redirects (the site sends it in a loop)"
        )
    if isinstance(error, httpx.ConnectTimeout):
        return FetchTimeout(
            f"{url}: no connection to the server within {settings.connect_timeout_s:g} s"
        )
    if isinstance(error, httpx.TimeoutException):
        return FetchTimeout(
            f"{url}: the server did not send the page within {settings.total_timeout_s:g} s"
        )
    host = urlsplit(url).hostname or url
    for cause in _causes(error):
        if isinstance(cause, socket.gaierror):
            return HostNotFound(f"{url}: no such host {host} (the name does not resolve)")
        if isinstance(cause, ssl.SSLError):
            reason = getattr(cause, "reason", None) or type(cause).__name__
            return SecureConnectionFailed(
                f"{url}: the secure connection failed ({str(reason).lower().replace('_', ' ')})"
            )
    if isinstance(error, httpx.ConnectError):
        return ConnectionFailed(f"{url}: cannot connect to {host} ({_reason(error)})")
    if isinstance(error, httpx.RemoteProtocolError):
        return ConnectionFailed(f"{url}: the server broke off the answer ({_reason(error)})")
    return ConnectionFailed(f"{url}: the page could not be fetched ({_reason(error)})")


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text and text[0] else type(error).__name__


@contextmanager
def _translated(url: str, settings: SourceSettings) -> Iterator[None]:
    try:
        yield
    except httpx.HTTPError as error:
        raise _translate(url, error, settings) from None
    except (ssl.SSLError, OSError) as error:  # raised outside httpx's own wrapping
        raise ConnectionFailed(f"{url}: the page could not be fetched ({_reason(error)})") from None


def _status_error(url: str, response: httpx.Response) -> HttpStatusError:
    phrase = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    hint = {
        404: " (no page at this address)",
        410: " (the page was removed for good)",
    }.get(response.status_code, " (a server error)" if response.status_code >= 500 else "")
    return HttpStatusError(
        f"{url}: the server answered {response.status_code} {phrase}{hint}".rstrip(),
        response.status_code,
        response.headers.get("retry-after"),
    )


def _read_body(
    url: str,
    response: httpx.Response,
    settings: SourceSettings,
    checkpoint: Checkpoint,
    deadline: float,
) -> bytes:
    declared = response.headers.get("content-length", "")
    total = int(declared) if declared.isdigit() else 0
    too_large = PageTooLarge(f"{url}: the page is larger than {describe_size(settings.max_bytes)}")
    if total > settings.max_bytes and "content-encoding" not in response.headers:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    checkpoint.tick(0, max(total, 1))
    for chunk in response.iter_bytes(CHUNK_BYTES):
        size += len(chunk)
        if size > settings.max_bytes:
            raise too_large
        if time.monotonic() > deadline:
            raise FetchTimeout(
                f"{url}: the server did not send the page within {settings.total_timeout_s:g} s"
            )
        chunks.append(chunk)
        # Content-Length counts compressed bytes; the decoded count may pass it.
        checkpoint.tick(min(size, total), total) if total else checkpoint.tick(0, 1)
    return b"".join(chunks)


def fetch_page(
    url: str,
    settings: SourceSettings | None = None,
    *,
    client: httpx.Client | None = None,
    checkpoint: Checkpoint | None = None,
    origin: Origin = Origin.WEB,
    page_url: str | None = None,
    captured_at: datetime | None = None,
    page_types: frozenset[str] | None = PAGE_TYPES,
) -> Capture:
    """Fetch `url` once; raises a `FetchError` for every way it can fail.

    `page_url` and `captured_at` name the page and time when `url` is an archive's copy of it.
    `page_types` are the media types accepted (None: any, for the archive's index).
    """
    settings = settings or SourceSettings()
    checkpoint = checkpoint or Checkpoint()
    url = check_web_address(url)
    owned = client is None
    client = client or new_client(settings)
    deadline = time.monotonic() + settings.total_timeout_s
    try:
        with _translated(url, settings), client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise _status_error(url, response)
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if page_types is not None and content_type and content_type not in page_types:
                raise NotAPage(f"{url}: the server sent {content_type}, not a web page")
            body = _read_body(url, response, settings, checkpoint, deadline)
            return Capture(
                url=page_url or url,
                location=str(response.url),
                status=response.status_code,
                headers=tuple(response.headers.multi_items()),
                body=body,
                captured_at=captured_at or datetime.now(UTC),
                origin=origin,
            )
    except FetchError:
        # A fetch the user stopped often ends as a broken connection: it was a cancel.
        if checkpoint.cancelled is not None and checkpoint.cancelled():
            raise Cancelled from None
        raise
    finally:
        if owned:
            client.close()


def retry_wait(retry_after: str | None, attempt: int, backoff: float) -> float:
    """Seconds to wait before retry `attempt` (0-based): Retry-After if given, else backoff.

    >>> retry_wait(None, 0, 2.0), retry_wait(None, 2, 2.0), retry_wait("5", 0, 2.0)
    (2.0, 8.0, 5.0)
    >>> retry_wait("3600", 0, 2.0)
    60.0
    """
    value = (retry_after or "").strip()
    wait: float | None = None
    if value.isdigit():
        wait = float(value)
    elif value:
        try:
            wait = (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds()
        except (TypeError, ValueError):
            wait = None
    if wait is None:
        wait = backoff * (2**attempt)
    return max(0.0, min(wait, MAX_RETRY_WAIT_S))


def fetch_with_retries(
    fetch: Callable[[], Capture],
    settings: SourceSettings,
    *,
    checkpoint: Checkpoint | None = None,
    sleep: Sleep = time.sleep,
) -> Capture:
    """Run `fetch`, retrying 429 and 5xx answers up to `settings.retries` times."""
    attempt = 0
    while True:
        try:
            return fetch()
        except HttpStatusError as error:
            if error.status not in RETRY_STATUSES or attempt >= settings.retries:
                raise
            wait = retry_wait(error.retry_after, attempt, settings.backoff_s)
        attempt += 1
        _wait(wait, checkpoint, sleep)


def _wait(seconds: float, checkpoint: Checkpoint | None, sleep: Sleep) -> None:
    """Sleep in short steps so a cancel is honoured while waiting to retry."""
    end = time.monotonic() + seconds
    while True:
        if checkpoint is not None and checkpoint.cancelled is not None and checkpoint.cancelled():
            raise Cancelled
        left = end - time.monotonic()
        if left <= 0:
            return
        sleep(min(left, 0.2))
