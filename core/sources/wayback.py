"""The Wayback Machine's history of a page: list its captures (CDX API) and fetch them raw.

`WaybackClient.list_captures` asks the archive's CDX server for every capture of a URL (time,
status, digest, media type) and `collapse_versions` folds runs of identical digests into one
version, so a page captured daily but changed twice shows three versions (runs only: see
`core.sources.capture.runs_of_one_digest`).

`fetch_capture` reads a capture in the archive's raw form (`/web/TIMESTAMPid_/URL`), so the
archive's own toolbar and rewritten links never enter the text. Politeness: one archive
request at a time in the whole process (a lock, shared by every client), 429 and 5xx retried
with backoff, and captures kept in the disk cache so each is fetched once.

Imports httpx, `core` and the standard library.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlencode

from wirediff.core.progress import Checkpoint
from wirediff.core.sources.cache import CaptureCache
from wirediff.core.sources.capture import Capture, Origin, runs_of_one_digest
from wirediff.core.sources.errors import ArchiveAnswerError, NoCaptures
from wirediff.core.sources.fetch import (
    PAGE_TYPES,
    Sleep,
    check_web_address,
    fetch_page,
    fetch_with_retries,
    new_client,
)
from wirediff.core.sources.settings import SourceSettings

CDX_PATH = "/cdx/search/cdx"
CDX_FIELDS = ("timestamp", "original", "mimetype", "statuscode", "digest", "length")
# The archive is a shared public service: never more than one request in flight from here.
_ONE_REQUEST_AT_A_TIME = threading.Lock()
_TIMESTAMP = re.compile(r"\d{4}(\d{2}){0,5}")


@dataclass(frozen=True, slots=True)
class ArchivedCapture:
    """One row of the archive's index: a capture of `original` at `timestamp`."""

    timestamp: str
    original: str
    mimetype: str
    status: int | None
    digest: str

    @property
    def captured_at(self) -> datetime:
        """
        >>> ArchivedCapture("20240603140200", "https://e.com/", "text/html", 200, "A").captured_at
        datetime.datetime(2024, 6, 3, 14, 2, tzinfo=datetime.timezone.utc)
        """
        return datetime.strptime(self.timestamp.ljust(14, "0"), "%Y%m%d%H%M%S").replace(tzinfo=UTC)

    def raw_address(self, archive_url: str) -> str:
        """Where the archive serves this capture as it was captured (no toolbar, no rewriting).

        >>> ArchivedCapture("20240603140200", "https://e.com/a", "text/html", 200, "A").raw_address(
        ...     "https://web.archive.org/")
        'https://web.archive.org/web/20240603140200id_/https://e.com/a'
        """
        return f"{archive_url.rstrip('/')}/web/{self.timestamp}id_/{self.original}"

    @property
    def is_page(self) -> bool:
        """Whether the capture holds a page to read (not a redirect, an error or an image)."""
        return self.status == 200 and (
            not self.mimetype or "html" in self.mimetype or self.mimetype == "text/plain"
        )


@dataclass(frozen=True, slots=True)
class ArchivedVersion:
    """A run of captures with one digest: one version of the page, seen at several times."""

    captures: tuple[ArchivedCapture, ...]

    @property
    def first(self) -> ArchivedCapture:
        return self.captures[0]

    @property
    def digest(self) -> str:
        return self.first.digest


def collapse_versions(captures: Sequence[ArchivedCapture]) -> list[ArchivedVersion]:
    """Fold runs of captures with one digest into versions, in time order.

    >>> rows = [ArchivedCapture(t, "u", "text/html", 200, d) for t, d in
    ...         [("2024", "A"), ("2025", "A"), ("2026", "B"), ("2027", "A")]]
    >>> [(v.digest, len(v.captures)) for v in collapse_versions(rows)]
    [('A', 2), ('B', 1), ('A', 1)]
    """
    ordered = sorted(captures, key=lambda capture: capture.timestamp.ljust(14, "0"))
    versions = runs_of_one_digest(ordered)
    return [ArchivedVersion(tuple(run)) for run in versions]


def archive_time(text: str) -> str:
    """A time for `--from`/`--to` as the CDX API takes it (1 to 14 digits).

    >>> archive_time("2024-06-03"), archive_time("2024"), archive_time("20240603 14:02")
    ('20240603', '2024', '202406031402')
    >>> archive_time("June")
    Traceback (most recent call last):
    ValueError: June: not a time (write 2024, 2024-06, 2024-06-03 or 20240603142500)
    """
    digits = re.sub(r"[-:T ]", "", text.strip())
    if not _TIMESTAMP.fullmatch(digits):
        raise ValueError(f"{text}: not a time (write 2024, 2024-06, 2024-06-03 or 20240603142500)")
    return digits


def parse_cdx(url: str, body: bytes) -> list[ArchivedCapture]:
    """The captures of a CDX JSON answer; raises `NoCaptures` or `ArchiveAnswerError`.

    >>> parse_cdx("u", b'[["timestamp","original","mimetype","statuscode","digest","length"],'
    ...           b'["20240603140200","https://e.com/","text/html","200","AB","1"]]')
    [ArchivedCapture(timestamp='20240603140200', original='https://e.com/', mimetype='text/html', status=200, digest='AB')]
    """  # noqa: E501
    if not body.strip():
        raise NoCaptures(f"{url}: the archive holds no capture of this page")
    malformed = ArchiveAnswerError(
        f"{url}: the archive's answer is not the capture list expected (malformed CDX JSON)"
    )
    try:
        rows = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise malformed from None
    if not isinstance(rows, list) or not all(
        isinstance(row, list) and all(isinstance(cell, str) for cell in row) for row in rows
    ):
        raise malformed
    if len(rows) <= 1:
        raise NoCaptures(f"{url}: the archive holds no capture of this page")
    names = rows[0]
    if not {"timestamp", "original", "digest"} <= set(names):
        raise malformed
    captures = []
    for row in rows[1:]:
        if len(row) != len(names):
            raise malformed
        cells = dict(zip(names, row, strict=True))
        if not _TIMESTAMP.fullmatch(cells["timestamp"]):
            raise malformed
        status = cells.get("statuscode", "")
        captures.append(
            ArchivedCapture(
                timestamp=cells["timestamp"],
                original=cells["original"],
                mimetype=cells.get("mimetype", ""),
                status=int(status) if status.isdigit() else None,
                digest=cells["digest"],
            )
        )
    return captures


class WaybackClient:
    """Lists and fetches captures from one Wayback-compatible archive."""

    def __init__(
        self,
        settings: SourceSettings | None = None,
        *,
        cache: CaptureCache | None = None,
        sleep: Sleep = time.sleep,
    ) -> None:
        self.settings = settings or SourceSettings()
        self.cache = cache if cache is not None else CaptureCache(self.settings.cache_dir)
        self._client = new_client(self.settings)
        self._sleep = sleep

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> WaybackClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _get(
        self,
        address: str,
        checkpoint: Checkpoint | None,
        *,
        page_types: frozenset[str] | None,
        page_url: str | None = None,
        captured_at: datetime | None = None,
        origin: Origin = Origin.WAYBACK,
    ) -> Capture:
        def once() -> Capture:
            with _ONE_REQUEST_AT_A_TIME:
                return fetch_page(
                    address,
                    self.settings,
                    client=self._client,
                    checkpoint=checkpoint,
                    origin=origin,
                    page_url=page_url,
                    captured_at=captured_at,
                    page_types=page_types,
                )

        return fetch_with_retries(once, self.settings, checkpoint=checkpoint, sleep=self._sleep)

    def list_captures(
        self,
        url: str,
        *,
        start: str | None = None,
        end: str | None = None,
        limit: int | None = None,
        checkpoint: Checkpoint | None = None,
    ) -> list[ArchivedCapture]:
        """Every capture of `url` in time order (between `start` and `end`, at most `limit`)."""
        url = check_web_address(url)
        query = {"url": url, "output": "json", "fl": ",".join(CDX_FIELDS)}
        if start:
            query["from"] = archive_time(start)
        if end:
            query["to"] = archive_time(end)
        if limit:
            query["limit"] = str(limit)
        address = f"{self.settings.archive_url.rstrip('/')}{CDX_PATH}?{urlencode(query)}"
        answer = self._get(address, checkpoint, page_types=None)
        captures = parse_cdx(url, answer.body)
        return captures[:limit] if limit else captures

    def fetch_capture(
        self, capture: ArchivedCapture, checkpoint: Checkpoint | None = None
    ) -> Capture:
        """The capture's page as archived, from the disk cache when fetched before."""
        address = capture.raw_address(self.settings.archive_url)
        cached = self.cache.get(address)
        if cached is not None:
            return cached
        page = self._get(
            address,
            checkpoint,
            page_types=PAGE_TYPES,
            page_url=capture.original,
            captured_at=capture.captured_at,
        )
        self.cache.put(page)
        return page
