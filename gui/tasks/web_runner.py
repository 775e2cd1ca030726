"""`WebRunner`: the window's one web request in flight (list a history, fetch captures, read a
web archive), with progress and cancel.

A new request replaces the one running: its task is asked to cancel and its result dropped, as
in `gui.tasks.runner.LatestRunner`, whose generation numbers it uses. Each request names the
callable that receives its result on the GUI thread; a failure arrives as `failed` with the
one-line message.

May import `gui.tasks`, `PySide6.QtCore` and the standard library; no widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from wirediff.gui.tasks.runner import LatestRunner

if TYPE_CHECKING:
    from wirediff.gui.tasks.task import Task, Work


class WebRunner(LatestRunner):
    """Runs the latest web request on the global pool."""

    failed = Signal(str)  # one-line message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, parent)
        self._request: tuple[Work, str, Callable[[object], None]] | None = None
        self._receivers: dict[int, Callable[[object], None]] = {}

    def run(self, work: Work, action: str, receive: Callable[[object], None]) -> None:
        """Run `work`; `receive(result)` is called on the GUI thread if no newer request came."""
        self._request = (work, action, receive)
        self._schedule()

    def _start(self) -> None:
        if self._request is None:
            return
        work, action, receive = self._request
        self._request = None
        generation = self._next_generation()
        self._receivers = {generation: receive}
        self._launch(work, action)

    def _deliver(self, task: Task, result: object) -> None:
        receive = self._receivers.pop(task.number, None)
        if receive is not None:
            receive(result)

    def _deliver_failure(self, task: Task, message: str) -> None:
        self._receivers.pop(task.number, None)
        self.failed.emit(message)
