"""The window's web work, run as `gui.tasks.task.Task`s off the GUI thread: fetch a live page,
list a page's archived versions, fetch the ones chosen, read a web archive file.

Each function takes the task's `Checkpoint` (progress, cancel) and returns plain data or raises
the `core` error whose line the window shows. Every page fetched from the web is kept in the
local history; a history that cannot be written never stops a comparison. The network modules
load on first use, so the window starts without them.

May import `core` and the standard library; no Qt.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wirediff.core.errors import InputError

if TYPE_CHECKING:
    from wirediff.core.progress import Checkpoint
    from wirediff.core.result import Document
    from wirediff.core.sources.capture import Capture
    from wirediff.core.sources.warc import ArchiveReading
    from wirediff.core.sources.wayback import ArchivedVersion


def _keep(captures: Sequence[Capture]) -> None:
    from wirediff.core.sources.settings import SourceSettings
    from wirediff.core.sources.store import VersionStore

    store = VersionStore(SourceSettings().store_path)
    # The local history is a record, not the task: a locked or broken database must not cost
    # the user the comparison they asked for.
    with contextlib.suppress(InputError):
        for capture in captures:
            store.add(capture)


def fetch_live_page(url: str, checkpoint: Checkpoint) -> Document:
    """Fetch a page, keep it in the local history, and read it as a version."""
    from wirediff.core.sources.fetch import fetch_page
    from wirediff.core.sources.pages import capture_document

    capture = fetch_page(url, checkpoint=checkpoint)
    _keep([capture])
    return capture_document(capture)


@dataclass(frozen=True, slots=True)
class History:
    """A page's versions in the archive, oldest first."""

    url: str
    versions: tuple[ArchivedVersion, ...]


def list_history(url: str, checkpoint: Checkpoint) -> History:
    """The archived versions of `url` (runs of one digest folded)."""
    from wirediff.core.sources.wayback import WaybackClient, collapse_versions

    with WaybackClient() as client:
        captures = client.list_captures(url, checkpoint=checkpoint)
    return History(url, tuple(collapse_versions(captures)))


def fetch_versions(versions: Sequence[ArchivedVersion], checkpoint: Checkpoint) -> list[Document]:
    """Fetch the chosen archived versions one after another (the archive is shared)."""
    from wirediff.core.progress import Checkpoint as Step
    from wirediff.core.sources.pages import capture_document
    from wirediff.core.sources.wayback import WaybackClient

    captures = []
    with WaybackClient() as client:
        for number, version in enumerate(versions):
            checkpoint.tick(number, len(versions))
            step = Step(cancelled=checkpoint.cancelled)  # per-page bytes would jump the bar
            captures.append(client.fetch_capture(version.first, step))
    checkpoint.tick(len(versions), len(versions))
    _keep(captures)
    return [capture_document(capture) for capture in captures]


def read_archive(path: str | Path, checkpoint: Checkpoint) -> ArchiveReading:
    """The HTML captures of a web archive file."""
    from wirediff.core.sources.warc import read_web_archive

    return read_web_archive(path, checkpoint)


def archive_documents(captures: Sequence[Capture], checkpoint: Checkpoint) -> list[Document]:
    """Chosen captures of a web archive file, read as versions."""
    from wirediff.core.sources.pages import capture_document

    documents = []
    for number, capture in enumerate(captures):
        checkpoint.tick(number, len(captures))
        documents.append(capture_document(capture))
    return documents
