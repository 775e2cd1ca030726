"""Progress reporting and cancellation for long engine work.

The engine starts no threads; a caller that runs it on a worker thread passes a `progress(done,
total)` callable and a `cancelled()` predicate, and the engine calls `Checkpoint.tick` between
paragraphs. Loops that may run long on one input (repairing a line, splitting a paragraph,
pairing the sentences of one large gap) call `Checkpoint.check`, so a cancelled job stops
within a fraction of a second. Imports the standard library and `core.errors` only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from wirediff.core.errors import Cancelled

ProgressCallback = Callable[[int, int], None]
CancelledPredicate = Callable[[], bool]


@dataclass(slots=True)
class Checkpoint:
    """Reports progress over weighted stages and raises `Cancelled` when asked to stop.

    >>> seen = []
    >>> checkpoint = Checkpoint(lambda done, total: seen.append((done, total)))
    >>> checkpoint.tick(5, 10)
    >>> seen
    [(500, 1000)]
    """

    progress: ProgressCallback | None = None
    cancelled: CancelledPredicate | None = None
    stage_start: int = 0
    stage_span: int = 1000
    scale: int = 1000

    def stage(self, start_fraction: float, end_fraction: float) -> None:
        """Map the following ticks onto a slice of the whole job."""
        self.stage_start = int(start_fraction * self.scale)
        self.stage_span = max(1, int(end_fraction * self.scale) - self.stage_start)

    def check(self) -> None:
        """Raise `Cancelled` if the caller asked to stop; cheap enough to call inside loops.

        >>> Checkpoint(cancelled=lambda: True).check()
        Traceback (most recent call last):
        ...
        wirediff.core.errors.Cancelled
        """
        if self.cancelled is not None and self.cancelled():
            raise Cancelled

    def tick(self, done: int, total: int) -> None:
        self.check()
        if self.progress is not None:
            fraction = done / total if total else 1.0
            self.progress(self.stage_start + int(fraction * self.stage_span), self.scale)
