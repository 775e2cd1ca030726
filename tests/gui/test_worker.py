"""Pins the work off the GUI thread: a compare task reports results, input errors (naming the
side that could not be read) and cancellation by signal; a burst of requests is debounced into
one comparison; results of an older generation are dropped; a failed request keeps the
comparison on screen; cancelling says "not busy" at once when nothing ran yet; loads report in
the order they were asked for, not the order they finish; closing the window asks every runner
(comparison, collation, file loads) to stop before it waits for the thread pool, once."""

from __future__ import annotations

import threading

import pytest

import wirediff.gui.window.main_window
from tests.gui.helpers import COMPARE_TIMEOUT_MS
from wirediff.core.compare import compare_files
from wirediff.core.errors import Cancelled
from wirediff.core.progress import Checkpoint
from wirediff.core.result import Side
from wirediff.gui.tasks.collate_worker import load_files
from wirediff.gui.tasks.compare_worker import CompareJob, DocumentSource
from wirediff.gui.tasks.controller import COULD_NOT_COMPARE, CompareController
from wirediff.gui.tasks.runner import InOrderRunner, wait_for_pool
from wirediff.gui.tasks.task import Task


def _source(path) -> DocumentSource:
    return DocumentSource(path=str(path), name=path.name)


def _compare_task(number: int, left, right) -> Task:
    return Task(number, CompareJob(_source(left), _source(right)), action=COULD_NOT_COMPARE)


def test_task_reports_result(seeds):
    task = _compare_task(7, seeds["000"], seeds["001"])
    results = []
    task.signals.finished.connect(
        lambda generation, comparison: results.append((generation, comparison))
    )
    task.run()
    ((generation, comparison),) = results
    assert generation == 7
    assert comparison.summary == compare_files(seeds["000"], seeds["001"]).summary


def test_task_reports_input_error_as_one_line(seeds, tmp_path):
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    task = _compare_task(1, seeds["000"], binary)
    messages = []
    task.signals.failed.connect(lambda generation, message: messages.append(message))
    task.run()
    assert messages == [f"{binary}: the file holds NUL bytes: it is binary, not text"]
    assert task.work.failed_side is Side.RIGHT


def test_unexpected_error_is_one_line_led_by_the_action():
    def broken(_checkpoint):
        raise KeyError("paragraph")

    task = Task(2, broken, action="Could not compare")
    messages = []
    task.signals.failed.connect(lambda generation, message: messages.append(message))
    task.run()
    assert messages == ["Could not compare: KeyError: 'paragraph'"]


def test_cancelled_task_reports_cancellation(seeds):
    task = _compare_task(3, seeds["000"], seeds["001"])
    events = []
    task.signals.cancelled.connect(events.append)
    task.signals.finished.connect(lambda *args: events.append("finished"))
    task.request_cancel()
    task.run()
    assert events == [3]
    assert task.work.loaded == {}  # stopped before reading anything


def test_burst_of_requests_runs_once(qtbot, seeds):
    controller = CompareController()
    ready = []
    controller.comparison_ready.connect(ready.append)
    controller.sources[Side.LEFT] = _source(seeds["000"])
    with qtbot.waitSignal(controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        controller.set_source(Side.RIGHT, _source(seeds["002"]))
        controller.set_source(Side.RIGHT, _source(seeds["003"]))
        controller.set_source(Side.RIGHT, _source(seeds["001"]))
    qtbot.waitUntil(lambda: not controller.is_busy())
    assert controller.generation() == 1
    assert len(ready) == 1
    assert ready[0].right.name == seeds["001"].name
    controller.shutdown()


def test_stale_result_is_dropped(qtbot, seeds):
    controller = CompareController()
    controller.sources[Side.LEFT] = _source(seeds["000"])
    with qtbot.waitSignal(controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        controller.set_source(Side.RIGHT, _source(seeds["001"]))
    shown = controller.comparison
    stale = compare_files(seeds["002"], seeds["003"])
    ready = []
    controller.comparison_ready.connect(ready.append)
    controller._on_finished(controller.generation() - 1, stale)
    assert ready == []
    assert controller.comparison is shown
    controller.shutdown()


def test_failure_restores_the_sources_on_screen(qtbot, seeds, tmp_path):
    controller = CompareController()
    controller.sources[Side.LEFT] = _source(seeds["000"])
    with qtbot.waitSignal(controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        controller.set_source(Side.RIGHT, _source(seeds["001"]))
    with qtbot.waitSignal(controller.comparison_failed, timeout=COMPARE_TIMEOUT_MS) as failed:
        controller.set_source(Side.RIGHT, _source(tmp_path / "gone.txt"))
    assert "no such file" in failed.args[0]
    assert controller.sources[Side.RIGHT].path == str(seeds["001"])
    assert controller.comparison.right.name == seeds["001"].name
    controller.shutdown()


def test_cancelled_request_never_runs(qtbot, seeds):
    controller = CompareController()
    controller.sources[Side.LEFT] = _source(seeds["000"])
    controller.set_source(Side.RIGHT, _source(seeds["001"]))
    assert controller.is_busy()
    with qtbot.waitSignal(controller.busy_changed, timeout=0) as busy:
        controller.cancel()
    assert busy.args == [False]
    assert not controller.is_busy()
    assert controller.generation() == 0  # no comparison was ever started


def test_cancel_when_idle_says_nothing(qtbot):
    controller = CompareController()
    with qtbot.assertNotEmitted(controller.busy_changed):
        controller.cancel()
    assert not controller.is_busy()


def test_cancelled_load_stops_before_the_next_file(seeds):
    asked = []

    def cancelled_after_first_file() -> bool:
        asked.append(True)
        return len(asked) > 3  # the first file's three checks pass, the next one stops

    checkpoint = Checkpoint(cancelled=cancelled_after_first_file)
    with pytest.raises(Cancelled):
        load_files([seeds["000"], seeds["001"]], checkpoint)


def test_loads_report_in_the_order_asked_not_the_order_finished(qtbot, seeds):
    runner = InOrderRunner()
    first_may_end = threading.Event()
    reported = []
    runner.finished.connect(reported.append)

    def slow_first(checkpoint):
        first_may_end.wait()
        return load_files([seeds["000"]], checkpoint)

    runner.start(slow_first, "Could not add")
    runner.start(lambda checkpoint: load_files([seeds["001"]], checkpoint), "Could not add")
    qtbot.waitUntil(lambda: 2 in runner._ends)  # the second load ended first and is held back
    assert reported == []
    with qtbot.waitSignal(runner.busy_changed, timeout=COMPARE_TIMEOUT_MS) as busy:
        first_may_end.set()
    assert busy.args == [False]
    assert [loaded.documents[0].name for loaded in reported] == [
        seeds["000"].name,
        seeds["001"].name,
    ]
    wait_for_pool()


def _recording(events: list[str], name: str, call):
    """`call`, noting `name` in `events` first."""

    def recorded(*arguments):
        events.append(name)
        return call(*arguments)

    return recorded


def test_closing_cancels_every_runner_then_waits_once(qtbot, window, seeds, monkeypatch):
    events: list[str] = []
    for name, runner in (("compare", window.controller), ("collate", window.versions.panel.runner)):
        monkeypatch.setattr(runner, "cancel", _recording(events, name, runner.cancel))
    wait = _recording(events, "wait", wirediff.gui.window.main_window.wait_for_pool)
    monkeypatch.setattr(wirediff.gui.window.main_window, "wait_for_pool", wait)
    window.files.open_versions([str(path) for path in seeds.values()])  # comparison and loads start
    window.close()
    assert sorted(events[:2]) == ["collate", "compare"]
    assert events[2:] == ["wait"]
    assert not window.controller.is_busy()
