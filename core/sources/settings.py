"""`SourceSettings`: limits, folders and the archive address every web source reads.

Defaults suit a user's machine; the environment can move the folders and the archive
(`WIREDIFF_CACHE_DIR`, `WIREDIFF_DATA_DIR`, `WIREDIFF_ARCHIVE_URL`), which is how the tests
point everything at temporary folders and a local fake archive, never at the user's own.
Imports platformdirs and the standard library only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import platformdirs

APP_NAME = "wirediff"
DEFAULT_ARCHIVE_URL = "https://web.archive.org"
# Big enough for any article page with inline styles and scripts; a page over it is almost
# surely not a story (a video, a dump), and the whole body is held in memory.
MAX_PAGE_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 10
CONNECT_TIMEOUT_S = 10.0
# The whole fetch, headers to last byte: a server trickling bytes must not hold a side forever.
TOTAL_TIMEOUT_S = 60.0
# Archive requests retried on 429 and 5xx, waiting BACKOFF_S, 2x, 4x... (or Retry-After).
ARCHIVE_RETRIES = 4
BACKOFF_S = 2.0
# A Retry-After longer than this is capped: the user is waiting at a terminal or a window.
MAX_RETRY_WAIT_S = 60.0


def _version() -> str:
    try:
        return metadata.version(APP_NAME)
    except metadata.PackageNotFoundError:
        return "dev"


# Honest about who asks, so site owners and the archive can tell what reads their pages.
USER_AGENT = f"wirediff/{_version()} (compares versions of news articles; python-httpx)"


def default_cache_dir() -> Path:
    return Path(os.environ.get("WIREDIFF_CACHE_DIR") or platformdirs.user_cache_path(APP_NAME))


def default_data_dir() -> Path:
    return Path(os.environ.get("WIREDIFF_DATA_DIR") or platformdirs.user_data_path(APP_NAME))


def default_archive_url() -> str:
    return os.environ.get("WIREDIFF_ARCHIVE_URL") or DEFAULT_ARCHIVE_URL


@dataclass(frozen=True, slots=True)
class SourceSettings:
    """How web sources behave.

    archive_url: base of the Wayback-compatible archive (CDX at `/cdx/search/cdx`, captures at
    `/web/TIMESTAMPid_/URL`). cache_dir: archive captures already fetched. data_dir: the local
    history database. max_bytes, max_redirects, connect_timeout_s, total_timeout_s: limits of
    one fetch. retries, backoff_s: archive politeness on 429/5xx (tests set backoff 0).
    """

    archive_url: str = field(default_factory=default_archive_url)
    cache_dir: Path = field(default_factory=default_cache_dir)
    data_dir: Path = field(default_factory=default_data_dir)
    max_bytes: int = MAX_PAGE_BYTES
    max_redirects: int = MAX_REDIRECTS
    connect_timeout_s: float = CONNECT_TIMEOUT_S
    total_timeout_s: float = TOTAL_TIMEOUT_S
    retries: int = ARCHIVE_RETRIES
    backoff_s: float = BACKOFF_S
    user_agent: str = USER_AGENT

    @property
    def store_path(self) -> Path:
        return self.data_dir / "history.sqlite3"
