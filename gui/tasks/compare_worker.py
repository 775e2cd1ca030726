"""`CompareJob`: what the comparison task does off the GUI thread: load two sides, compare them.

A `DocumentSource` says where one side's text comes from. `gui.tasks.controller` runs a
`CompareJob` as a `gui.tasks.task.Task`, which reports the result, the engine's one-line
message for bad input, or the cancellation; the job itself never touches Qt. When reading one
side fails, `failed_side` says which, so the controller can keep the other.

May import `core` and the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wirediff.core.compare import compare_documents, load_document
from wirediff.core.errors import Cancelled
from wirediff.core.progress import Checkpoint
from wirediff.core.result import Comparison, Document, Side


@dataclass(frozen=True, slots=True)
class DocumentSource:
    """Where one side's text comes from and how to read it.

    path: the file (None for pasted text). raw: bytes already in hand (pasted text, or a file's
    bytes kept so it can be decoded again without reading); None reads `path`. encoding: a
    codec forced by the user, None to detect. repair: fix broken encodings (the default).
    url: a live web page, fetched when `raw` is None (so Reload fetches it again).
    original: for a document with tracked changes, its text as written, not as accepted.
    """

    path: str | None = None
    raw: bytes | None = None
    name: str = "untitled"
    encoding: str | None = None
    repair: bool = True
    url: str | None = None
    original: bool = False


def load_source(source: DocumentSource, checkpoint: Checkpoint | None = None) -> Document:
    """Read, decode and repair one side as `source` says; raises `InputError` for bad input."""
    if source.url is not None and source.raw is None:
        from wirediff.gui.tasks.web_jobs import fetch_live_page

        return fetch_live_page(source.url, checkpoint or Checkpoint())
    return load_document(
        source.path,
        raw=source.raw,
        name=source.name,
        encoding=source.encoding,
        repair=source.repair,
        checkpoint=checkpoint,
        original=source.original,
    )


@dataclass(slots=True)
class CompareJob:
    """The comparison task's work: load both sides (reusing documents already loaded), compare.

    `loaded` gains the documents read; `failed_side` says which side could not be read. Both are
    written on the pool thread before the task's signal is emitted and read on the GUI thread
    after it lands, so no lock is needed.
    """

    left: DocumentSource
    right: DocumentSource
    loaded: dict[DocumentSource, Document] = field(default_factory=dict)
    failed_side: Side | None = None

    def __call__(self, checkpoint: Checkpoint) -> Comparison:
        left = self._document(Side.LEFT, self.left, checkpoint)
        right = self._document(Side.RIGHT, self.right, checkpoint)
        comparison = compare_documents(left, right, checkpoint=checkpoint)
        # The window's first questions, answered here on the pool rather than on the GUI
        # thread between the result's arrival and its first paint.
        _ = comparison.summary, comparison.change_rows(include_minor=True)
        _ = comparison.change_rows(include_minor=False)
        return comparison

    def _document(self, side: Side, source: DocumentSource, checkpoint: Checkpoint) -> Document:
        document = self.loaded.get(source)
        if document is None:
            try:
                document = load_source(source, checkpoint)
            except Cancelled:
                raise
            except Exception:
                self.failed_side = side
                raise
            self.loaded[source] = document
        return document
