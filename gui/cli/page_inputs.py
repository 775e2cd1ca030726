"""Web pages as inputs of `compare` and `collate`: fetched, and kept in the local history.

Apart from `gui.cli.web` (the `history` and `warc` subcommands), which uses `collate`'s outputs:
`collate` and `compare` import this module, and importing `gui.cli.web` from them would make an
import cycle. The network modules load inside the functions, only when a page is given.

May import `core`, `gui.cli.common`, `gui.cli.outputs` and the standard library; never Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wirediff.gui.cli.common import is_web_address
from wirediff.gui.cli.outputs import say

if TYPE_CHECKING:
    from wirediff.core.result import Document
    from wirediff.core.sources.capture import Capture
    from wirediff.core.sources.settings import SourceSettings
    from wirediff.core.sources.store import VersionStore


def source_settings() -> SourceSettings:
    """Where fetched pages are kept and how pages are fetched (the user's settings)."""
    from wirediff.core.sources.settings import SourceSettings

    return SourceSettings()


def open_history(settings: SourceSettings, *, store: bool) -> VersionStore | None:
    """The local history of fetched pages, or None when pages are not to be kept."""
    from wirediff.core.sources.store import VersionStore

    return VersionStore(settings.store_path) if store else None


def keep_page(store: VersionStore | None, capture: Capture) -> None:
    """Add to the local history; a history that cannot be written warns, never stops a run."""
    from wirediff.core.errors import InputError

    if store is None:
        return
    try:
        store.add(capture)
    except InputError as error:
        say(f"wirediff: warning: not kept in the local history: {error}")


def load_inputs(inputs: Sequence[str | Path], *, store: bool = True) -> list[Document]:
    """Files read as `compare` reads them, web pages fetched (and kept unless `store` is off)."""
    from wirediff.core.compare import load_document
    from wirediff.core.sources.fetch import fetch_page
    from wirediff.core.sources.pages import capture_document

    settings = source_settings()
    history = open_history(settings, store=store)
    documents = []
    for argument in inputs:
        if is_web_address(argument):
            capture = fetch_page(str(argument), settings)
            keep_page(history, capture)
            documents.append(capture_document(capture))
        else:
            documents.append(load_document(argument))
    return documents
