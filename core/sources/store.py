"""`VersionStore`: the local history of every page version fetched from the web, in SQLite.

Each distinct version of a page is kept once, keyed by its URL and the SHA-256 of its bytes,
with the headers and status it came with; every time it was seen (fetched, or captured by an
archive) is a sighting. So the Versions panel can say "this page as seen on 3, 4 and 9 June",
and a later run adds only what is new. Each capture goes in with one transaction: a version and
its sighting are written together or not at all, and only whole pages are ever offered (a
failed fetch raises before anything reaches the store).

The database lives in the user data folder (`SourceSettings.data_dir`). Imports `core` and the
standard library.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wirediff.core.errors import UnreadableInput
from wirediff.core.sources.capture import Capture, Origin

SCHEMA = """
CREATE TABLE IF NOT EXISTS versions (
    url TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    status INTEGER NOT NULL,
    headers TEXT NOT NULL,
    body BLOB NOT NULL,
    location TEXT NOT NULL,
    PRIMARY KEY (url, sha256)
);
CREATE TABLE IF NOT EXISTS sightings (
    url TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    PRIMARY KEY (url, sha256, seen_at),
    FOREIGN KEY (url, sha256) REFERENCES versions (url, sha256)
);
"""


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """One stored version of a page and every time it was seen, oldest first."""

    url: str
    digest: str
    seen_at: tuple[datetime, ...]
    origins: tuple[Origin, ...]

    @property
    def first_seen(self) -> datetime:
        return self.seen_at[0]


class VersionStore:
    """The local history database at `path` (created on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self.path, timeout=10)) as connection:
                connection.executescript(SCHEMA)
                with connection:  # one transaction: committed whole, or rolled back
                    yield connection
        except sqlite3.DatabaseError as error:
            raise UnreadableInput(
                f"{self.path}: the local history cannot be used ({error})"
            ) from None
        except OSError as error:
            raise UnreadableInput(
                f"{self.path}: the local history cannot be opened ({error.strerror})"
            ) from None

    def add(self, capture: Capture) -> bool:
        """Keep `capture`; True when its version of the page was not stored before."""
        with self._connection() as connection:
            inserted = connection.execute(
                "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?, ?)",
                (
                    capture.url,
                    capture.digest,
                    capture.status,
                    json.dumps([list(pair) for pair in capture.headers]),
                    capture.body,
                    capture.location,
                ),
            ).rowcount
            connection.execute(
                "INSERT OR IGNORE INTO sightings VALUES (?, ?, ?, ?)",
                (capture.url, capture.digest, capture.captured_at.isoformat(), capture.origin),
            )
        return inserted == 1

    def versions_of(self, url: str) -> list[StoredVersion]:
        """The stored versions of `url`, in the order they were first seen."""
        if not self.path.exists():
            return []
        with self._connection() as connection:
            rows = connection.execute(
                "SELECT sha256, seen_at, origin FROM sightings WHERE url = ? ORDER BY seen_at",
                (url,),
            ).fetchall()
        seen: dict[str, list[tuple[datetime, Origin]]] = {}
        for digest, seen_at, origin in rows:
            seen.setdefault(digest, []).append((datetime.fromisoformat(seen_at), Origin(origin)))
        return [
            StoredVersion(
                url,
                digest,
                tuple(moment for moment, _ in sightings),
                tuple(dict.fromkeys(origin for _, origin in sightings)),
            )
            for digest, sightings in seen.items()
        ]

    def capture(self, url: str, digest: str) -> Capture | None:
        """A stored version as a capture (its first sighting's time), or None."""
        with self._connection() as connection:
            row = connection.execute(
                "SELECT v.status, v.headers, v.body, v.location, s.seen_at, s.origin "
                "FROM versions v JOIN sightings s USING (url, sha256) "
                "WHERE url = ? AND sha256 = ? ORDER BY s.seen_at LIMIT 1",
                (url, digest),
            ).fetchone()
        if row is None:
            return None
        status, headers, body, location, seen_at, origin = row
        return Capture(
            url=url,
            location=location,
            status=status,
            headers=tuple((str(k), str(v)) for k, v in json.loads(headers)),
            body=body,
            captured_at=datetime.fromisoformat(seen_at),
            origin=Origin(origin),
        )
