"""`CompareController`: what the window compares, and the one comparison in flight.

The window says what each side should be (`set_source`, `swap`, `reload`); bursts of such
requests (a drop of two files, an encoding chosen right after a file) are debounced with a
single-shot timer into one comparison. Each comparison takes a new generation number: results
of older generations are dropped (a slow old result must never replace a newer one) and their
workers are asked to cancel. The last good comparison stays on screen until a new one lands,
and when a request fails the sources go back to those of the comparison on screen, so the next
request does not fail again for the same file.

May import `core`, `gui.worker`, `PySide6.QtCore` and the standard library; no widgets.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from core.result import Side
from gui.worker import CompareWorker, DocumentSource

if TYPE_CHECKING:
    from core.result import Comparison, Document

DEBOUNCE_MS = 60
# Documents kept decoded so toggling one side's options does not reload the other.
MAX_LOADED_DOCUMENTS = 6
QUIT_WAIT_MS = 5000


class CompareController(QObject):
    """Runs comparisons on the global thread pool and reports the latest one."""

    comparison_ready = Signal(object)  # Comparison
    comparison_failed = Signal(str)  # the one-line message for the user
    progressed = Signal(int, int)  # done, total
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: dict[Side, DocumentSource | None] = {Side.LEFT: None, Side.RIGHT: None}
        self._shown: dict[Side, DocumentSource | None] = dict(self.sources)
        self.comparison: Comparison | None = None
        self._generation = 0
        self._workers: dict[int, CompareWorker] = {}
        self._loaded: dict[DocumentSource, Document] = {}
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start)

    def generation(self) -> int:
        return self._generation

    def is_busy(self) -> bool:
        return self._generation in self._workers or self._debounce.isActive()

    def set_source(self, side: Side, source: DocumentSource | None) -> None:
        self.sources[side] = source
        self.request()

    def update_source(self, side: Side, **changes: object) -> None:
        """Change options of one side's source (encoding, repair) and compare again."""
        source = self.sources[side]
        if source is not None:
            self.set_source(side, replace(source, **changes))  # type: ignore[arg-type]

    def swap(self) -> None:
        self.sources = {Side.LEFT: self.sources[Side.RIGHT], Side.RIGHT: self.sources[Side.LEFT]}
        self.request()

    def reload(self) -> None:
        """Read the files again from disk (pasted text stays as it is)."""
        for side, source in self.sources.items():
            if source is not None and source.path is not None:
                self.sources[side] = replace(source, raw=None)
        self._loaded.clear()
        self.request()

    def request(self) -> None:
        """Compare the current sources soon (requests in quick succession run once)."""
        if self.sources[Side.LEFT] is None or self.sources[Side.RIGHT] is None:
            return
        if not self._debounce.isActive():
            self.busy_changed.emit(True)
        self._debounce.start()

    def _start(self) -> None:
        left, right = self.sources[Side.LEFT], self.sources[Side.RIGHT]
        if left is None or right is None:
            return
        for worker in self._workers.values():
            worker.request_cancel()
        self._generation += 1
        worker = CompareWorker(self._generation, left, right, self._loaded)
        worker.signals.progressed.connect(self._on_progressed)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._workers[self._generation] = worker
        QThreadPool.globalInstance().start(worker)

    def _retire(self, generation: int) -> CompareWorker | None:
        worker = self._workers.pop(generation, None)
        if generation == self._generation and not self._debounce.isActive():
            self.busy_changed.emit(False)
        return worker

    def _on_progressed(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self.progressed.emit(done, total)

    def _on_finished(self, generation: int, comparison: Comparison) -> None:
        worker = self._retire(generation)
        if generation != self._generation or worker is None:
            return  # a newer request is running or done: this result is stale
        self._shown = self._remember(worker)
        self.comparison = comparison
        self.comparison_ready.emit(comparison)

    def _on_failed(self, generation: int, message: str) -> None:
        worker = self._retire(generation)
        if generation != self._generation or worker is None:
            return
        self._remember(worker)
        self.sources = dict(self._shown)
        self.comparison_failed.emit(message)

    def _on_cancelled(self, generation: int) -> None:
        self._retire(generation)

    def _remember(self, worker: CompareWorker) -> dict[Side, DocumentSource | None]:
        """Keep the worker's loaded documents; returns its sources with their bytes kept.

        A file's bytes stay with its source, so choosing another encoding or switching repair
        decodes the same bytes again instead of reading a file that may have changed since.
        """
        self._loaded.update(worker.loaded)
        kept: dict[Side, DocumentSource | None] = {}
        for side, source in ((Side.LEFT, worker.left), (Side.RIGHT, worker.right)):
            document = worker.loaded.get(source)
            if document is not None and source.raw is None:
                with_bytes = replace(source, raw=document.raw)
                self._loaded[with_bytes] = document
                if self.sources[side] == source:
                    self.sources[side] = with_bytes
                source = with_bytes
            kept[side] = source
        while len(self._loaded) > MAX_LOADED_DOCUMENTS:
            self._loaded.pop(next(iter(self._loaded)))
        return kept

    def document(self, side: Side) -> Document | None:
        return self.comparison.document(side) if self.comparison is not None else None

    def shutdown(self) -> None:
        """Cancel running work and wait for the pool (called when the window closes)."""
        self._debounce.stop()
        for worker in self._workers.values():
            worker.request_cancel()
        QThreadPool.globalInstance().waitForDone(QUIT_WAIT_MS)
