"""`CompareWorker`: loads and compares two documents on `QThreadPool`, off the GUI thread.

The runnable never touches widgets. Its signals live on a separate `WorkerSignals` QObject
created on the GUI thread, so they are delivered there by queued connection. Each worker
carries the generation number of the request that started it; the controller drops results of
older generations and asks their workers to stop through the engine's `Checkpoint.cancelled`,
which the engine polls between paragraphs. Bad input becomes `failed` with the engine's
one-line message; any other exception becomes `failed` too, so the window never crashes. When
reading one side fails, `failed_side` says which, so the controller can keep the other.

May import `core`, `PySide6.QtCore` and the standard library.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, Signal

from wirediff.core.compare import compare_documents, load_document
from wirediff.core.errors import Cancelled, InputError
from wirediff.core.progress import Checkpoint
from wirediff.core.result import Comparison, Document, Side


@dataclass(frozen=True, slots=True)
class DocumentSource:
    """Where one side's text comes from and how to read it.

    path: the file (None for pasted text). raw: bytes already in hand (pasted text, or a file's
    bytes kept so it can be decoded again without reading); None reads `path`. encoding: a
    codec forced by the user, None to detect. repair: fix broken encodings (the default).
    """

    path: str | None = None
    raw: bytes | None = None
    name: str = "untitled"
    encoding: str | None = None
    repair: bool = True


def load_source(source: DocumentSource) -> Document:
    """Read, decode and repair one side as `source` says; raises `InputError` for bad input."""
    return load_document(
        source.path,
        raw=source.raw,
        name=source.name,
        encoding=source.encoding,
        repair=source.repair,
    )


class WorkerSignals(QObject):
    """The worker's signals; each carries the generation number of its request."""

    progressed = Signal(int, int, int)  # generation, done, total
    finished = Signal(int, object)  # generation, Comparison
    failed = Signal(int, str)  # generation, one-line message
    cancelled = Signal(int)  # generation


class CompareWorker(QRunnable):
    """Load both sides (reusing documents already loaded) and compare them."""

    def __init__(
        self,
        generation: int,
        left: DocumentSource,
        right: DocumentSource,
        loaded: dict[DocumentSource, Document] | None = None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the controller holds it until its signals are delivered
        self.generation = generation
        self.left = left
        self.right = right
        self.loaded = dict(loaded or {})
        self.signals = WorkerSignals()
        # Written on the pool thread before `failed` is emitted; read on the GUI thread after
        # the queued signal lands, so no lock is needed.
        self.failed_side: Side | None = None
        self._cancel = threading.Event()

    def request_cancel(self) -> None:
        """Ask the engine to stop at its next checkpoint (safe from any thread)."""
        self._cancel.set()

    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _document(self, side: Side, source: DocumentSource) -> Document:
        document = self.loaded.get(source)
        if document is None:
            try:
                document = load_source(source)
            except Exception:
                self.failed_side = side
                raise
            self.loaded[source] = document
        return document

    def _progress(self, done: int, total: int) -> None:
        self.signals.progressed.emit(self.generation, done, total)

    def run(self) -> None:
        try:
            left = self._document(Side.LEFT, self.left)
            right = self._document(Side.RIGHT, self.right)
            if self.is_cancel_requested():
                raise Cancelled
            checkpoint = Checkpoint(progress=self._progress, cancelled=self.is_cancel_requested)
            comparison: Comparison = compare_documents(left, right, checkpoint=checkpoint)
        except Cancelled:
            self.signals.cancelled.emit(self.generation)
        except InputError as error:
            self.signals.failed.emit(self.generation, str(error))
        except MemoryError:
            self.signals.failed.emit(self.generation, "Not enough memory to compare these files")
        except Exception as error:  # the window shows one line and keeps what it had
            message = f"Could not compare: {type(error).__name__}: {error}"
            self.signals.failed.emit(self.generation, message)
        else:
            self.signals.finished.emit(self.generation, comparison)
