"""`CompareController`: what the window compares, and the one comparison in flight.

The window says what each side should be (`set_source`, `swap`, `reload`); bursts of such
requests (a drop of two files, an encoding chosen right after a file) are debounced with a
single-shot timer into one comparison. Each comparison takes a new generation number: results
of older generations are dropped (a slow old result must never replace a newer one) and their
tasks are asked to cancel. The last good comparison stays on screen until a new one lands.
When a side's file cannot be read, only that side goes back to what is on screen (nothing, if
nothing has been shown yet), so the next request does not fail again for the same file and the
other side keeps the version the user chose.

May import `core`, `gui.tasks` (the job, the runner, the task), `PySide6.QtCore` and the
standard library; no widgets.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from wirediff.core.result import Comparison, Side
from wirediff.gui.tasks.compare_worker import CompareJob, DocumentSource
from wirediff.gui.tasks.runner import LatestRunner

if TYPE_CHECKING:
    from wirediff.core.result import Document
    from wirediff.gui.tasks.task import Task

DEBOUNCE_MS = 60
COULD_NOT_COMPARE = "Could not compare"
# Documents kept decoded so toggling one side's options does not reload the other.
MAX_LOADED_DOCUMENTS = 6


class CompareController(LatestRunner):
    """Runs comparisons on the global thread pool and reports the latest one."""

    comparison_ready = Signal(object)  # Comparison
    comparison_failed = Signal(str)  # the one-line message for the user
    pages_reloaded = Signal(str)  # after Reload: whether each web page changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(DEBOUNCE_MS, parent)
        self.sources: dict[Side, DocumentSource | None] = {Side.LEFT: None, Side.RIGHT: None}
        self._shown: dict[Side, DocumentSource | None] = dict(self.sources)
        self.comparison: Comparison | None = None
        self._loaded: dict[DocumentSource, Document] = {}
        # The bytes each web page had before a Reload, to say whether it changed.
        self._before_reload: dict[Side, bytes] = {}

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
        """Read the files again from disk and fetch web pages again (pasted text stays)."""
        self._before_reload = {}
        for side, source in self.sources.items():
            if source is not None and (source.path is not None or source.url is not None):
                if source.url is not None and source.raw is not None:
                    self._before_reload[side] = source.raw
                self.sources[side] = replace(source, raw=None)
        self._loaded.clear()
        self.request()

    def request(self) -> None:
        """Compare the current sources soon (requests in quick succession run once)."""
        if self.sources[Side.LEFT] is None or self.sources[Side.RIGHT] is None:
            return
        self._schedule()

    def _start(self) -> None:
        left, right = self.sources[Side.LEFT], self.sources[Side.RIGHT]
        if left is None or right is None:
            return
        self._next_generation()
        self._launch(CompareJob(left, right, dict(self._loaded)), COULD_NOT_COMPARE)

    def _deliver(self, task: Task, result: object) -> None:
        job = task.work
        assert isinstance(job, CompareJob)
        assert isinstance(result, Comparison)
        self._shown = self._remember(job)
        self.comparison = result
        self.comparison_ready.emit(result)
        before, self._before_reload = self._before_reload, {}
        if before:
            self.pages_reloaded.emit(describe_reload(before, result))

    def _deliver_failure(self, task: Task, message: str) -> None:
        job = task.work
        assert isinstance(job, CompareJob)
        self._remember(job)
        self._before_reload = {}
        if job.failed_side is not None:
            self.sources[job.failed_side] = self._shown[job.failed_side]
        elif self.comparison is not None:
            # Both sides read but comparing them failed: neither side alone is to blame, so
            # go back to the pair on screen. With nothing shown yet, keep the pair requested:
            # changing either side compares again.
            self.sources = dict(self._shown)
        self.comparison_failed.emit(message)

    def _remember(self, job: CompareJob) -> dict[Side, DocumentSource | None]:
        """Keep the job's loaded documents; returns its sources with their bytes kept.

        A file's bytes stay with its source, so choosing another encoding or switching repair
        decodes the same bytes again instead of reading a file that may have changed since.
        """
        self._loaded.update(job.loaded)
        kept: dict[Side, DocumentSource | None] = {}
        for side, source in ((Side.LEFT, job.left), (Side.RIGHT, job.right)):
            document = job.loaded.get(source)
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


def describe_reload(before: dict[Side, bytes], comparison: Comparison) -> str:
    """What a Reload found: for each web page, whether its bytes changed.

    >>> from wirediff.core.compare import compare_documents, load_document
    >>> old, new = load_document(raw=b"Yes.", name="a"), load_document(raw=b"No.", name="b")
    >>> describe_reload({Side.LEFT: b"Yes.", Side.RIGHT: b"Yes."}, compare_documents(old, new))
    'Reloaded: the left page has not changed; the right page has changed since it was fetched'
    """
    parts = []
    for side, raw in before.items():
        changed = comparison.document(side).raw != raw
        state = "has changed since it was fetched" if changed else "has not changed"
        parts.append(f"the {side.value} page {state}")
    return "Reloaded: " + "; ".join(parts)
