"""`Capture`: one version of a web page as it arrived, with the facts needed to fetch it again.

A capture keeps the bytes, the HTTP headers, the status and the time (when it was fetched, or
when an archive captured it), so a version can be stored, reloaded and compared with a later
one without guessing. Every web source (`fetch`, `wayback`, `warc`) returns captures; `store`
keeps them. Imports the standard library only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from functools import cached_property
from typing import Protocol, TypeVar

from wirediff.core.sources.addresses import short_address


class Origin(StrEnum):
    """Where a capture came from; the values are stored in the local history."""

    WEB = "web"
    WAYBACK = "wayback"
    WARC = "warc"


@dataclass(frozen=True)
class Capture:
    """One version of a page: `url` is the page (its identity), `location` where it was read."""

    url: str
    location: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes = field(repr=False)
    captured_at: datetime
    origin: Origin

    @cached_property
    def digest(self) -> str:
        """SHA-256 of the body, hex: two captures with one digest are the same version."""
        return hashlib.sha256(self.body).hexdigest()

    def header(self, name: str) -> str | None:
        """The first header of that name (case-insensitive), else None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower case ('' when the server sent none).

        >>> capture_for_test(headers=(("Content-Type", "text/HTML; charset=utf-8"),)).content_type
        'text/html'
        """
        value = self.header("content-type") or ""
        return value.split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The charset the server declared: a hint for decoding, not the truth.

        >>> capture_for_test(headers=(("Content-Type", "text/html; charset=ISO-8859-1"),)).charset
        'iso-8859-1'
        """
        value = self.header("content-type") or ""
        for parameter in value.split(";")[1:]:
            key, _, setting = parameter.partition("=")
            if key.strip().lower() == "charset" and setting.strip():
                return setting.strip().strip("\"'").lower()
        return None

    @property
    def label(self) -> str:
        """A short name for lists and headers: the page without its scheme, and the time.

        >>> capture_for_test().label
        'example.com/story · 2024-06-03 14:02 UTC'
        """
        return f"{short_address(self.url)} · {format_time(self.captured_at)}"


class HasDigest(Protocol):
    @property
    def digest(self) -> str: ...


T = TypeVar("T", bound=HasDigest)


def runs_of_one_digest(items: Iterable[T]) -> list[list[T]]:
    """Consecutive items with one digest, grouped: each group is one version of a page.

    Only runs are folded: a page edited and put back (A, B, A) keeps three versions, because a
    reverted edit is news to whoever reads the history.

    >>> [[c.body for c in run] for run in runs_of_one_digest(
    ...     [capture_for_test(body=b) for b in (b"A", b"A", b"B", b"A")])]
    [[b'A', b'A'], [b'B'], [b'A']]
    """
    runs: list[list[T]] = []
    for item in items:
        if runs and runs[-1][0].digest == item.digest:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def format_time(moment: datetime) -> str:
    """A capture time in UTC to the minute.

    >>> format_time(datetime(2024, 6, 3, 14, 2, 59, tzinfo=UTC))
    '2024-06-03 14:02 UTC'
    """
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def capture_for_test(
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/html"),),
    body: bytes = b"<p>Text</p>",
) -> Capture:
    """A small capture for doctests and tests."""
    return Capture(
        url="https://example.com/story",
        location="https://example.com/story",
        status=200,
        headers=headers,
        body=body,
        captured_at=datetime(2024, 6, 3, 14, 2, tzinfo=UTC),
        origin=Origin.WEB,
    )
