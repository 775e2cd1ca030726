"""Collating and loading versions on `QThreadPool`, off the GUI thread.

`CollateWorker` runs `core.collate.collation.collate_documents` on documents already loaded;
`LoadWorker` reads, decodes and repairs files a user added. Like
`gui.tasks.compare_worker.CompareWorker`, each runnable never touches widgets and its signals live
on a separate QObject created on the GUI thread, so they arrive there by queued connection.

`CollateRunner` owns the collation in flight: requests in quick succession (a drag that moves
a version twice, files added one after another) are debounced into one run; every run takes a
new generation number, results of older generations are dropped and their workers asked to
cancel through the engine's `Checkpoint`, so a slow old matrix never replaces a newer one.
Bad input and unexpected errors become one-line messages, never a traceback. A `LoadWorker`
asked to cancel (the window closing) stops before its next file.

May import `core`, `PySide6.QtCore` and the standard library; no widgets.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from wirediff.core.collate.collation import collate_documents
from wirediff.core.compare import load_document
from wirediff.core.errors import Cancelled, InputError
from wirediff.core.progress import Checkpoint
from wirediff.gui.tasks.runner import LatestRunner

if TYPE_CHECKING:
    from wirediff.core.collate.collation import Collation
    from wirediff.core.result import Document

DEBOUNCE_MS = 80


class CollateSignals(QObject):
    """A collate worker's signals; each carries the generation number of its request."""

    progressed = Signal(int, int, int)  # generation, done, total
    finished = Signal(int, object)  # generation, Collation
    failed = Signal(int, str)  # generation, one-line message
    cancelled = Signal(int)  # generation


class CollateWorker(QRunnable):
    """Collate a fixed tuple of loaded documents."""

    def __init__(self, generation: int, documents: Sequence[Document], *, strict: bool) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner holds it until its signals are delivered
        self.generation = generation
        self.documents = tuple(documents)
        self.strict = strict
        self.signals = CollateSignals()
        self._cancel = threading.Event()

    def request_cancel(self) -> None:
        """Ask the engine to stop at its next checkpoint (safe from any thread)."""
        self._cancel.set()

    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        self.signals.progressed.emit(self.generation, done, total)

    def run(self) -> None:
        try:
            checkpoint = Checkpoint(progress=self._progress, cancelled=self.is_cancel_requested)
            collation = collate_documents(self.documents, strict=self.strict, checkpoint=checkpoint)
        except Cancelled:
            self.signals.cancelled.emit(self.generation)
        except MemoryError:
            self.signals.failed.emit(self.generation, "Not enough memory to line up these versions")
        except Exception as error:  # the panel shows one line and keeps the matrix it had
            message = f"Could not line up the versions: {type(error).__name__}: {error}"
            self.signals.failed.emit(self.generation, message)
        else:
            self.signals.finished.emit(self.generation, collation)


class CollateRunner(LatestRunner):
    """Runs one collation at a time on the global pool and reports the latest one."""

    collation_ready = Signal(object)  # Collation (None: no versions)
    collation_failed = Signal(str)  # one-line message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(DEBOUNCE_MS, parent)
        self.strict = False
        self._documents: tuple[Document, ...] = ()

    def request(self, documents: Sequence[Document]) -> None:
        """Collate these documents soon (requests in quick succession run once)."""
        self._documents = tuple(documents)
        self._schedule()

    def _start(self) -> None:
        generation = self._next_generation()
        if not self._documents:
            self.busy_changed.emit(False)
            self.collation_ready.emit(None)
            return
        self._launch(CollateWorker(generation, self._documents, strict=self.strict))

    def _deliver(self, worker: CollateWorker, collation: Collation) -> None:  # type: ignore[override]
        self.collation_ready.emit(collation)

    def _deliver_failure(self, worker: CollateWorker, message: str) -> None:  # type: ignore[override]
        self.collation_failed.emit(message)


def files_to_load(paths: Sequence[str | Path]) -> list[Path]:
    """The files a list of paths names: files as given, a folder's visible files by name."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(
                child
                for child in path.iterdir()
                if child.is_file() and not child.name.startswith(".")
            )
        else:
            files.append(path)
    return files


class LoadSignals(QObject):
    """A load worker's signal: the documents that loaded and one line per file that did not."""

    finished = Signal(int, object, object)  # request number, list[Document], list[str]


class LoadWorker(QRunnable):
    """Read, decode and repair files; bad files become messages naming them."""

    def __init__(self, request: int, paths: Sequence[str | Path]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner holds it until its signal is delivered
        self.request = request
        self.paths = list(paths)
        self.signals = LoadSignals()
        self._cancel = threading.Event()

    def request_cancel(self) -> None:
        """Stop before the next file (safe from any thread); files loaded so far are reported."""
        self._cancel.set()

    def run(self) -> None:
        documents: list[Document] = []
        errors: list[str] = []
        try:
            files = files_to_load(self.paths)
        except OSError as error:
            files = []
            errors.append(f"Cannot read {error.filename}: {error.strerror}")
        for path in files:
            if self._cancel.is_set():
                break
            try:
                documents.append(load_document(path))
            except InputError as error:
                errors.append(str(error))  # the engine's message names the file
            except MemoryError:
                errors.append(f"{path.name}: not enough memory to load it")
            except Exception as error:
                errors.append(f"{path.name}: {type(error).__name__}: {error}")
        # If the panel that asked was closed meanwhile, its signals object is gone and
        # nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self.signals.finished.emit(self.request, documents, errors)
