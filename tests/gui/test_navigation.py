"""Pins Next/Previous change counting from what is on screen (seeds 000 and 001): after the
wheel scrolls back to the top, Next goes to the first change, not past the last one visited;
after a click on the overview strip Next and Previous go to the changes around the place shown;
the position counter stops claiming a change that has scrolled away; and a note that there are
no further changes does not outlive the next successful jump."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication


def _wheel_to_top(view) -> None:
    bar = view.verticalScrollBar()
    centre = QPointF(view.viewport().rect().center())
    for _ in range(500):
        if bar.value() == 0:
            return
        event = QWheelEvent(
            centre,
            view.viewport().mapToGlobal(centre),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)
    raise AssertionError("the wheel did not reach the top")


def _go_to_last_change(qtbot, window) -> int:
    changes = window.comparison().change_rows(include_minor=window.view.show_minor())
    window.view.setFocus()
    for _ in changes:
        qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.view.current_row() == changes[-1]
    assert window.position_label.text() == f"Change {len(changes)} of {len(changes)}"
    return changes[-1]


def test_next_after_wheel_to_top_goes_to_first_change(qtbot, demo):
    changes = demo.comparison().change_rows(include_minor=demo.view.show_minor())
    _go_to_last_change(qtbot, demo)
    _wheel_to_top(demo.view)
    shown = [change for change in changes if change < demo.view.viewport_rows().stop]
    assert len(shown) > 1
    assert demo.position_label.text() == f"Changes 1–{len(shown)} of {len(changes)} in view"
    qtbot.keyClick(demo.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert demo.view.current_row() == changes[0]
    assert demo.position_label.text() == f"Change 1 of {len(changes)}"


def test_overview_click_moves_where_next_and_previous_look(qtbot, demo):
    changes = demo.comparison().change_rows(include_minor=demo.view.show_minor())
    _go_to_last_change(qtbot, demo)
    strip = demo.view.overview
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, 1))
    assert demo.view.verticalScrollBar().value() == 0
    qtbot.keyClick(demo.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert demo.view.current_row() == changes[0]

    _go_to_last_change(qtbot, demo)
    middle = strip.height() // 2
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, middle))
    in_view = demo.view.viewport_rows()
    qtbot.keyClick(demo.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    before_view = [change for change in changes if change < in_view.first_whole]
    assert demo.view.current_row() == before_view[-1]
    assert demo.view.current_row() != changes[-1]


def test_no_further_changes_note_clears_after_previous(qtbot, demo):
    _go_to_last_change(qtbot, demo)
    qtbot.keyClick(demo.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert demo.statusBar().currentMessage() == "No further changes"
    qtbot.keyClick(demo.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert demo.statusBar().currentMessage() == ""
