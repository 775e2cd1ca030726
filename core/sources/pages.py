"""From a fetched page to a version wirediff compares, and into the local history.

`capture_document` is the one place where a capture's bytes become a `Document`, through the
format readers of `core.formats` like any file: the window, the command line and the history
all read web pages through it. `fetch_and_keep` fetches a
live page and stores it in the local history. Imports `core` and the standard library.
"""

from __future__ import annotations

from dataclasses import replace

from wirediff.core.compare import load_document
from wirediff.core.progress import Checkpoint
from wirediff.core.result import Document
from wirediff.core.sources.capture import Capture
from wirediff.core.sources.fetch import fetch_page
from wirediff.core.sources.settings import SourceSettings
from wirediff.core.sources.store import VersionStore


def capture_document(capture: Capture) -> Document:
    """Read a captured page as the story on it (`core.formats`), named by address and time.

    The server's Content-Type is a hint for the format and charset; the document's path and,
    when the page names no canonical address, its `meta.url` are the page's address.
    """
    document = load_document(
        capture.url,
        raw=capture.body,
        name=capture.label,
        content_type=capture.header("content-type"),
    )
    if document.meta.url is None:
        document = replace(document, meta=replace(document.meta, url=capture.url))
    return document


def fetch_and_keep(
    url: str,
    settings: SourceSettings | None = None,
    *,
    store: VersionStore | None = None,
    checkpoint: Checkpoint | None = None,
) -> Capture:
    """Fetch a live page and, when `store` is given, add it to the local history."""
    settings = settings or SourceSettings()
    capture = fetch_page(url, settings, checkpoint=checkpoint)
    if store is not None:
        store.add(capture)
    return capture
