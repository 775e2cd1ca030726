"""Pins the comparison off the GUI thread: the worker reports results, input errors (naming the
side that could not be read) and cancellation by signal; a burst of requests is debounced into
one comparison; results of an older generation are dropped; a failed request keeps the
comparison on screen; closing the window asks every runner (comparison, collation, file loads)
to stop before it waits for the thread pool, once."""

from __future__ import annotations

import wirediff.gui.window.main_window
from tests.gui.helpers import COMPARE_TIMEOUT_MS
from wirediff.core.compare import compare_files
from wirediff.core.result import Side
from wirediff.gui.tasks.collate_worker import LoadWorker
from wirediff.gui.tasks.compare_worker import CompareWorker, DocumentSource
from wirediff.gui.tasks.controller import CompareController


def _source(path) -> DocumentSource:
    return DocumentSource(path=str(path), name=path.name)


def test_worker_reports_result(seeds):
    worker = CompareWorker(7, _source(seeds["000"]), _source(seeds["001"]))
    results = []
    worker.signals.finished.connect(
        lambda generation, comparison: results.append((generation, comparison))
    )
    worker.run()
    ((generation, comparison),) = results
    assert generation == 7
    assert comparison.summary == compare_files(seeds["000"], seeds["001"]).summary


def test_worker_reports_input_error_as_one_line(seeds, tmp_path):
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    worker = CompareWorker(1, _source(seeds["000"]), _source(binary))
    messages = []
    worker.signals.failed.connect(lambda generation, message: messages.append(message))
    worker.run()
    assert len(messages) == 1
    assert "binary" in messages[0]
    assert "\n" not in messages[0]
    assert worker.failed_side is Side.RIGHT


def test_cancelled_worker_reports_cancellation(seeds):
    worker = CompareWorker(3, _source(seeds["000"]), _source(seeds["001"]))
    events = []
    worker.signals.cancelled.connect(events.append)
    worker.signals.finished.connect(lambda *args: events.append("finished"))
    worker.request_cancel()
    worker.run()
    assert events == [3]


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
    controller.cancel()
    assert not controller.is_busy()
    with qtbot.assertNotEmitted(controller.comparison_ready, wait=300):
        pass
    controller.shutdown()


def test_cancelled_load_stops_before_the_next_file(seeds):
    worker = LoadWorker(1, [seeds["000"], seeds["001"]])
    results = []
    worker.signals.finished.connect(lambda request, documents, errors: results.append(documents))
    worker.request_cancel()
    worker.run()
    assert results == [[]]


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
    window.open_versions([str(path) for path in seeds.values()])  # comparison and loads start
    window.close()
    assert sorted(events[:2]) == ["collate", "compare"]
    assert events[2:] == ["wait"]
    assert not window.controller.is_busy()
