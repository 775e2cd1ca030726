"""Pins how the view scales: on a large comparison only the visible rows are laid out for the
first frame, the others are estimated; rows are refined as they come into view and by the
idle timer until every height is measured, without moving the row at the top; the overview
strip maps a click to a place in the document."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from wirediff.core.compare import compare_documents, load_document
from wirediff.gui.models.comparison_model import ComparisonModel
from wirediff.gui.widgets.comparison.view import ComparisonView


def _large_comparison(seeds):
    paragraphs = []
    for path in sorted(seeds.values()):
        paragraphs += [p for p in load_document(path).paragraphs if len(p) > 40]
    left = "\n\n".join(f"{p} [{n}]" for n, p in enumerate(paragraphs * 8))
    right = left.replace("said", "told reporters", 40)
    return compare_documents(
        load_document(raw=left.encode(), name="left"),
        load_document(raw=right.encode(), name="right"),
    )


def test_only_visible_rows_are_laid_out_then_refined(qtbot, seeds):
    comparison = _large_comparison(seeds)
    assert len(comparison.rows) > 500
    model = ComparisonModel()
    model.set_comparison(comparison)
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.set_model(model)
    view.set_idle_refinement(False)
    view.show()
    qtbot.waitExposed(view)
    view.viewport().grab()
    table = view.heights()
    visible = view.visible_rows()
    assert all(table.is_measured(row) for row in visible)
    assert sum(table.measured) < 3 * len(visible)
    assert view.verticalScrollBar().maximum() > 10 * view.viewport().height()

    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    view.viewport().grab()
    top_row = view.row_at(0)
    offset = view.row_rect(top_row).top()
    for row in view.visible_rows():
        assert table.is_measured(row)

    view.set_idle_refinement(True)
    qtbot.waitUntil(table.is_complete, timeout=20_000)
    assert view.row_at(0) == top_row
    assert abs(view.row_rect(top_row).top() - offset) <= 1


def test_overview_click_scrolls_there(qtbot, seeds):
    model = ComparisonModel()
    model.set_comparison(_large_comparison(seeds))
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.set_model(model)
    view.show()
    qtbot.waitExposed(view)
    strip = view.overview
    assert strip.width() > 0
    qtbot.mouseClick(
        strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, strip.height() - 2)
    )
    bar = view.verticalScrollBar()
    assert bar.value() > bar.maximum() * 0.9
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, 1))
    assert bar.value() == 0
