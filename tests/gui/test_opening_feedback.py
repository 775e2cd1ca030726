"""Pins what the window shows the moment two versions are chosen, before their comparison
lands: both file names, the progress bar (busy while slow formats, a page or a PDF, are read),
and "Comparing A with B…" where the rows will be (not the empty window's "Drop two versions
here"), which goes back once nothing runs."""

from __future__ import annotations

from tests.core.test_formats_html import PAGE, STORY
from tests.gui.helpers import COMPARE_TIMEOUT_MS
from tests.pdf_pages import article_pdf
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


def test_a_slow_format_shows_names_and_a_busy_bar_while_it_is_read(qtbot, window, tmp_path):
    (tmp_path / "storm.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "storm.pdf").write_bytes(article_pdf(STORY * 20))
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        window.files.open_files(str(tmp_path / "storm.html"), str(tmp_path / "storm.pdf"))
        assert window.headers[Side.LEFT].name() == "storm.html"
        assert window.headers[Side.RIGHT].name() == "storm.pdf"
        assert window.view.hint() == "Comparing storm.html with storm.pdf…"
        # Reading reports no progress: the bar is busy, not standing at zero.
        assert window.progress.isVisible()
        assert window.progress.maximum() == 0
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=COMPARE_TIMEOUT_MS)
    assert window.progress.maximum() > 0
