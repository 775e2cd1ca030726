"""Pins what a click on a matrix tile does in the window: the pair switches to the base and that
version, and the view scrolls to the row holding the clicked sentence, frames it (even though the
matrix keeps the focus) and highlights the sentence in that version's wording; a tile of a
version that lacks the sentence frames the base's row instead. Moving the current row drops the
frame."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import COMPARE_TIMEOUT_MS
from tests.gui.test_matrix import COLLATE_TIMEOUT_MS, row_starting
from wirediff.core.result import Side

LISTED = ("000", "001", "002", "003", "004")
REWORDED = "WASHINGTON: Ukraine has used U.S. weapons"  # reworded in 001 and 002
CUT = "Republican Sen. Mike Rounds of South Dakota"  # in 000 and 001 only


def _open_listed(qtbot, window, seeds) -> None:
    window.resize(1600, 1000)
    panel = window.versions.panel
    with qtbot.waitSignal(panel.collation_ready, timeout=COLLATE_TIMEOUT_MS):
        window.files.open_versions([str(seeds[prefix]) for prefix in LISTED])
    qtbot.waitUntil(lambda: panel.collation() is not None and window.comparison() is not None)


def _click_tile(qtbot, window, sentence: str, column: int):
    panel = window.versions.panel
    row = row_starting(panel.matrix_model, sentence)
    cell = panel.collation().rows[panel.matrix_model.collation_row(row)].cells[column]
    view = panel.matrix_view
    index = panel.matrix_model.index(row, column)
    view.scrollTo(index)
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
        )
    return cell


def _highlighted(window, row: int, side: Side) -> str:
    """The text the view highlights in one half of `row` for the framed sentence."""
    view = window.view
    match = view.framed_sentence()
    assert match is not None
    assert (match.row, match.side) == (row, side)
    half = "\n".join(paragraph.text for paragraph in view.paragraphs_of(row, side))
    return half[match.start : match.end]


def test_tile_frames_the_row_of_its_sentence(qtbot, window, seeds):
    _open_listed(qtbot, window, seeds)
    cell = _click_tile(qtbot, window, REWORDED, 2)
    comparison = window.comparison()
    assert (comparison.left.name, comparison.right.name) == (seeds["000"].name, seeds["002"].name)
    row = comparison.row_of_paragraph(Side.RIGHT, cell.paragraph)
    view = window.view
    assert view.framed_row() == view.current_row() == row
    rect = view.row_rect(row)
    assert rect.top() >= 0
    assert rect.top() < view.viewport().height()
    assert _highlighted(window, row, Side.RIGHT) == cell.text
    assert not view.hasFocus()  # framed for the eye, the matrix keeps the keyboard

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.framed_row() == -1


def test_tile_of_a_version_without_the_sentence_frames_the_base(qtbot, window, seeds):
    _open_listed(qtbot, window, seeds)
    panel = window.versions.panel
    row = row_starting(panel.matrix_model, CUT)
    cells = panel.collation().rows[panel.matrix_model.collation_row(row)].cells
    _click_tile(qtbot, window, CUT, 2)
    comparison = window.comparison()
    assert comparison.right.name == seeds["002"].name
    base_row = comparison.row_of_paragraph(Side.LEFT, cells[0].paragraph)
    assert window.view.framed_row() == base_row
    assert _highlighted(window, base_row, Side.LEFT) == cells[0].text
