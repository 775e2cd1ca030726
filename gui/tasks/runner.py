"""Runners: which `gui.tasks.task.Task` results count, and when the work counts as busy.

`LatestRunner` is for work where only the latest request counts (the comparison, the version
matrix): requests in quick succession are debounced with a single-shot timer into one run. Each
run takes a new generation number; results of older generations are dropped (a slow old result
must never replace a newer one) and their tasks asked to cancel. Subclasses build the task in
`_start` and receive the latest result in `_deliver` / `_deliver_failure`.

`InOrderRunner` is for work where every request counts (files a user adds): each runs at once,
and results are reported in the order the requests were made, not the order they finish, so two
quick "add files" land in the order chosen.

On quit, every runner is asked to `cancel` first and the pool is waited for once
(`wait_for_pool`): waiting runner by runner would let one runner's work run on while another
waits, and add the waits up.

May import `core`, `gui.tasks.task`, `PySide6.QtCore` and the standard library; no widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from wirediff.gui.tasks.task import Task, Work

# Longest wait for the pool on quit; work still running then is abandoned with the process.
QUIT_WAIT_MS = 5000


def wait_for_pool(timeout_ms: int = QUIT_WAIT_MS) -> bool:
    """Wait for the global pool's work to end (on quit); False if some still runs."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def _start_on_pool(task: Task) -> None:
    QThreadPool.globalInstance().start(task)


class LatestRunner(QObject):
    """Debounced, generation-numbered runs on the global pool; subclasses say what runs."""

    progressed = Signal(int, int)  # done, total
    busy_changed = Signal(bool)

    def __init__(self, debounce_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._tasks: dict[int, Task] = {}
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._start)

    def generation(self) -> int:
        return self._generation

    def is_busy(self) -> bool:
        return self._generation in self._tasks or self._debounce.isActive()

    def _schedule(self) -> None:
        """Run soon; a burst of calls runs once."""
        if not self.is_busy():
            self.busy_changed.emit(True)
        self._debounce.start()

    def _start(self) -> None:
        """Build a task numbered `_next_generation()` and hand it to `_launch` (subclasses)."""
        raise NotImplementedError

    def _next_generation(self) -> int:
        for task in self._tasks.values():
            task.request_cancel()
        self._generation += 1
        return self._generation

    def _launch(self, work: Work, action: str) -> None:
        """Run `work` as the task of the current generation."""
        task = Task(self._generation, work, action=action)
        task.signals.progressed.connect(self._on_progressed)
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        task.signals.cancelled.connect(self._retire)
        self._tasks[task.number] = task
        _start_on_pool(task)

    def _retire(self, generation: int) -> Task | None:
        task = self._tasks.pop(generation, None)
        if generation == self._generation and not self._debounce.isActive():
            self.busy_changed.emit(False)
        return task

    def _is_latest(self, generation: int, task: Task | None) -> bool:
        # While a newer request waits in the debounce timer, even the latest run is stale.
        return generation == self._generation and task is not None and not self._debounce.isActive()

    def _on_progressed(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self.progressed.emit(done, total)

    def _on_finished(self, generation: int, result: object) -> None:
        task = self._retire(generation)
        if task is not None and self._is_latest(generation, task):
            self._deliver(task, result)

    def _on_failed(self, generation: int, message: str) -> None:
        task = self._retire(generation)
        if task is not None and self._is_latest(generation, task):
            self._deliver_failure(task, message)

    def _deliver(self, task: Task, result: object) -> None:
        raise NotImplementedError

    def _deliver_failure(self, task: Task, message: str) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        """Drop a request still waiting in the debounce timer and ask running work to stop.

        Returns at once; `busy_changed(False)` follows when nothing runs any more (at once when
        only a request was waiting). Wait with `wait_for_pool` after cancelling every runner.
        """
        was_busy = self.is_busy()
        self._debounce.stop()
        for task in self._tasks.values():
            task.request_cancel()
        if was_busy and not self.is_busy():
            self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Cancel this runner's work and wait for the pool (a runner used on its own)."""
        self.cancel()
        wait_for_pool()


class InOrderRunner(QObject):
    """Runs every request at once on the global pool; reports the results in request order."""

    finished = Signal(object)  # the work's result
    failed = Signal(str)  # one-line message
    busy_changed = Signal(bool)
    progressed = Signal(int, int)  # done, total of the oldest request still running
    cancelled = Signal()  # a request stopped at a checkpoint, with no result

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._requests = 0
        # Tasks not yet reported, oldest first (dicts keep insertion order), and the ends of
        # those that finished while an older one still ran.
        self._tasks: dict[int, Task] = {}
        self._ends: dict[int, tuple[bool, object]] = {}

    def is_busy(self) -> bool:
        return bool(self._tasks)

    def start(self, work: Work, action: str) -> None:
        """Run `work` now; its result is reported after those of earlier requests."""
        self._requests += 1
        task = Task(self._requests, work, action=action)
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        task.signals.cancelled.connect(self._on_cancelled)
        task.signals.progressed.connect(self._on_progressed)
        if not self._tasks:
            self.busy_changed.emit(True)
        self._tasks[task.number] = task
        _start_on_pool(task)

    def _on_progressed(self, number: int, done: int, total: int) -> None:
        # Results are reported oldest first, so progress is too.
        if self._tasks and number == next(iter(self._tasks)):
            self.progressed.emit(done, total)

    def _on_finished(self, number: int, result: object) -> None:
        self._on_end(number, True, result)

    def _on_failed(self, number: int, message: str) -> None:
        self._on_end(number, False, message)

    def _on_cancelled(self, number: int) -> None:
        self._on_end(number, False, None)

    def _on_end(self, number: int, succeeded: bool, outcome: object) -> None:
        if number not in self._tasks:
            return
        self._ends[number] = (succeeded, outcome)
        while self._tasks and (oldest := next(iter(self._tasks))) in self._ends:
            del self._tasks[oldest]
            succeeded, outcome = self._ends.pop(oldest)
            if succeeded:
                self.finished.emit(outcome)
            elif isinstance(outcome, str):
                self.failed.emit(outcome)
            else:
                self.cancelled.emit()
        if not self._tasks:
            self.busy_changed.emit(False)

    def cancel(self) -> None:
        """Ask every running request to stop; returns at once (wait with `wait_for_pool`)."""
        for task in self._tasks.values():
            task.request_cancel()
