"""`LatestRunner`: run engine work on the thread pool, where only the latest request counts.

Shared by the comparison (`gui.tasks.controller`) and the version matrix
(`gui.tasks.collate_worker`). Requests in quick succession are debounced with a single-shot timer
into one run. Each run takes a new generation number; results of older generations are dropped
(a slow old result must never replace a newer one) and their workers are asked to cancel
through the engine's `Checkpoint`. Subclasses build the worker in `_start` and receive the
latest result in `_deliver` / `_deliver_failure`.

Workers follow one protocol: a `generation` attribute, `request_cancel()`, and `signals` with
`progressed(generation, done, total)`, `finished(generation, result)`, `failed(generation,
message)` and `cancelled(generation)`, emitted from the pool thread and delivered here, on the
GUI thread, by queued connection.

On quit, every runner is asked to `cancel` first and the pool is waited for once
(`wait_for_pool`): waiting runner by runner would let one runner's work run on while another
waits, and add the waits up.

May import `PySide6.QtCore` and the standard library; no widgets.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

# Longest wait for the pool on quit; work still running then is abandoned with the process.
QUIT_WAIT_MS = 5000


def wait_for_pool(timeout_ms: int = QUIT_WAIT_MS) -> bool:
    """Wait for the global pool's work to end (on quit); False if some still runs."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class Worker(Protocol):
    generation: int
    signals: Any

    def request_cancel(self) -> None: ...


class LatestRunner(QObject):
    """Debounced, generation-numbered runs on the global pool; subclasses say what runs."""

    progressed = Signal(int, int)  # done, total
    busy_changed = Signal(bool)

    def __init__(self, debounce_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._workers: dict[int, Worker] = {}
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._start)

    def generation(self) -> int:
        return self._generation

    def is_busy(self) -> bool:
        return self._generation in self._workers or self._debounce.isActive()

    def _schedule(self) -> None:
        """Run soon; a burst of calls runs once."""
        if not self.is_busy():
            self.busy_changed.emit(True)
        self._debounce.start()

    def _start(self) -> None:
        """Build a worker for `_next_generation()` and hand it to `_launch` (subclasses)."""
        raise NotImplementedError

    def _next_generation(self) -> int:
        for worker in self._workers.values():
            worker.request_cancel()
        self._generation += 1
        return self._generation

    def _launch(self, worker: Worker) -> None:
        worker.signals.progressed.connect(self._on_progressed)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._retire)
        self._workers[worker.generation] = worker
        QThreadPool.globalInstance().start(worker)  # type: ignore[call-overload]

    def _retire(self, generation: int) -> Worker | None:
        worker = self._workers.pop(generation, None)
        if generation == self._generation and not self._debounce.isActive():
            self.busy_changed.emit(False)
        return worker

    def _is_latest(self, generation: int, worker: Worker | None) -> bool:
        # While a newer request waits in the debounce timer, even the latest run is stale.
        return (
            generation == self._generation and worker is not None and not self._debounce.isActive()
        )

    def _on_progressed(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self.progressed.emit(done, total)

    def _on_finished(self, generation: int, result: object) -> None:
        worker = self._retire(generation)
        if self._is_latest(generation, worker):
            assert worker is not None
            self._deliver(worker, result)

    def _on_failed(self, generation: int, message: str) -> None:
        worker = self._retire(generation)
        if self._is_latest(generation, worker):
            assert worker is not None
            self._deliver_failure(worker, message)

    def _deliver(self, worker: Worker, result: object) -> None:
        raise NotImplementedError

    def _deliver_failure(self, worker: Worker, message: str) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        """Drop a request still waiting in the debounce timer and ask running work to stop.

        Returns at once; wait with `wait_for_pool` after cancelling every runner.
        """
        self._debounce.stop()
        for worker in self._workers.values():
            worker.request_cancel()

    def shutdown(self) -> None:
        """Cancel this runner's work and wait for the pool (a runner used on its own)."""
        self.cancel()
        wait_for_pool()
