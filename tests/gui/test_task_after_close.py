"""Pins that a task whose window has gone ends quietly: no traceback from a deleted signal
owner, and work that still reports progress is stopped as if cancelled."""

from __future__ import annotations

import sys

import shiboken6

from wirediff.core.progress import Checkpoint
from wirediff.gui.tasks.task import Task


def test_a_task_outliving_its_signals_ends_without_a_traceback(monkeypatch):
    seen: list[str] = []

    def work(checkpoint: Checkpoint) -> str:
        shiboken6.delete(task.signals)  # the window closed while the work ran
        checkpoint.tick(1, 2)  # nobody hears this: the task asks the work to stop
        checkpoint.tick(2, 2)
        seen.append("kept going after the window closed")
        return "result nobody wants"

    task = Task(3, work, action="Could not compare")
    hooks: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: hooks.append(error))
    task.run()
    assert task.is_cancel_requested()
    assert seen == []
    assert hooks == []
