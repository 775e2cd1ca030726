"""`Task`: one piece of work on `QThreadPool`, off the GUI thread, with its result by signal.

The window's one background-task primitive, after git-cola's `qtutils.Task`/`RunTask` and
superqt's `WorkerBase`: a `QRunnable` that calls `work(checkpoint)` on a pool thread and never
touches widgets. Its signals live on a separate `TaskSignals` QObject created on the GUI thread,
so they arrive there by queued connection. Every signal carries the task's `number` (a
generation or request number), so whoever started it can drop results it no longer wants.

`request_cancel()` is safe from any thread: the `Checkpoint` handed to the work raises
`Cancelled` at its next check, and the task reports `cancelled` instead of a result. Bad input
(`InputError`) becomes `failed` with the engine's one-line message; running out of memory, a
file the system refuses (`OSError`, said with its reason) or any other exception becomes
`failed` too, led by the task's `action` ("Could not compare"), so the window shows one line
and never a traceback.

The runners that decide which results count live beside it: `gui.tasks.runner`.

May import `core`, `PySide6.QtCore` and the standard library; no widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal, SignalInstance

from wirediff.core.errors import Cancelled, InputError
from wirediff.core.progress import Checkpoint

Work = Callable[[Checkpoint], object]


class TaskSignals(QObject):
    """What a task reports; each signal carries the task's number first."""

    progressed = Signal(int, int, int)  # number, done, total
    finished = Signal(int, object)  # number, the work's result
    failed = Signal(int, str)  # number, one-line message
    cancelled = Signal(int)  # number


class Task(QRunnable):
    """Run `work(checkpoint)` on a pool thread and report how it ended.

    >>> task = Task(7, lambda checkpoint: 6 * 7, action="Could not multiply")
    >>> ends = []
    >>> _ = task.signals.finished.connect(lambda number, result: ends.append((number, result)))
    >>> task.run()
    >>> ends
    [(7, 42)]
    """

    def __init__(self, number: int, work: Work, *, action: str) -> None:
        super().__init__()
        # Python owns the task: the runner holds it until its signals are delivered, and Qt
        # deleting it as well would free it twice (git-cola's `Task` does the same).
        self.setAutoDelete(False)
        self.number = number
        self.work = work
        self.action = action
        self.signals = TaskSignals()
        self._cancel = threading.Event()

    def request_cancel(self) -> None:
        """Ask the work to stop at its next checkpoint (safe from any thread)."""
        self._cancel.set()

    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._report(self.signals.progressed, done, total):
            return
        # Nobody is left to hear progress (the window closed): stop the work as if cancelled.
        self._cancel.set()

    def _report(self, signal: SignalInstance, *args: object) -> bool:
        """Emit `signal` with the task's number; False when its QObject is already deleted.

        Closing the window deletes the signals' owner while a pool thread may still be
        blocked in the work (a slow fetch, say); the work's last word then has no listener,
        and PySide6 says so with a RuntimeError that must not end the thread with a traceback.
        """
        try:
            signal.emit(self.number, *args)
        except RuntimeError:
            return False
        return True

    def run(self) -> None:
        checkpoint = Checkpoint(progress=self._progress, cancelled=self.is_cancel_requested)
        try:
            checkpoint.check()  # cancelled while it waited for a thread
            result = self.work(checkpoint)
        except Cancelled:
            self._report(self.signals.cancelled)
        except InputError as error:
            self._report(self.signals.failed, str(error))
        except MemoryError:
            self._report(self.signals.failed, f"{self.action}: not enough memory")
        except OSError as error:  # a file that cannot be written: the system's reason says why
            self._report(self.signals.failed, f"{self.action}: {error.strerror or error}")
        except Exception as error:  # the window shows one line and keeps what it had
            self._report(self.signals.failed, f"{self.action}: {type(error).__name__}: {error}")
        else:
            self._report(self.signals.finished, result)
