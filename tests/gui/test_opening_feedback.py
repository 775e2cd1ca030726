"""Pins what the window shows the moment two versions are chosen, before their comparison
lands: both file names, the progress bar, and "Comparing A with B…" where the rows will be
(not the empty window's "Drop two versions here"), which goes back once nothing runs."""

from __future__ import annotations

from tests.gui.helpers import COMPARE_TIMEOUT_MS
from wirediff.core.result import Side
from wirediff.gui.widgets.comparison.view import EMPTY_HINT


def test_names_progress_and_comparing_text_show_at_once(qtbot, window, seeds) -> None:
    left, right = seeds["000"], seeds["001"]
    assert window.view.hint() == EMPTY_HINT
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        window.files.open_files(str(left), str(right))
        assert window.headers[Side.LEFT].name() == left.name
        assert window.headers[Side.RIGHT].name() == right.name
        assert window.progress.isVisible()
        assert window.view.hint() == f"Comparing {left.name} with {right.name}…"
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=COMPARE_TIMEOUT_MS)
    assert window.view.hint() == EMPTY_HINT
    assert window.view.row_count() == len(window.comparison().rows)
