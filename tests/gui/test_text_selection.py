"""Selecting text in one half of the comparison view with the mouse and copying it: a drag
across part of a sentence copies exactly that part of that side, a drag across rows joins them
with a newline, a click without a drag still selects the row, and a double-click selects a
word."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from wirediff.core.result import Side
from wirediff.gui.widgets.comparison.text_selection import hit_test, point_of


def _row_containing(window, text: str, side: Side) -> int:
    for number in range(len(window.comparison().rows)):
        if any(text in p.text for p in window.view.paragraphs_of(number, side)):
            return number
    raise AssertionError(f"no row shows {text!r}")


def _side_text(view, number: int, side: Side) -> str:
    return "\n".join(p.text for p in view.paragraphs_of(number, side))


def _point(view, number: int, side: Side, offset: int) -> QPoint:
    return point_of(view, number, side, offset).toPoint()


def _drag(viewport, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    middle = (start + end) / 2
    QTest.mouseMove(viewport, middle)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_hit_test_finds_the_offset_of_a_point(demo):
    view = demo.view
    number = _row_containing(demo, "Germany announced", Side.RIGHT)
    view.ensure_visible(number)
    offset = _side_text(view, number, Side.RIGHT).index("announced")
    position = point_of(view, number, Side.RIGHT, offset) + QPointF(1, 0)
    assert hit_test(view, position) == (number, Side.RIGHT, offset)


def test_drag_in_right_half_copies_that_text(qtbot, demo):
    view = demo.view
    number = _row_containing(demo, "Germany announced", Side.RIGHT)
    view.ensure_visible(number)
    text = _side_text(view, number, Side.RIGHT)
    start = text.index("Germany announced")
    end = start + len("Germany announced")
    view.setFocus()
    _drag(
        view.viewport(),
        _point(view, number, Side.RIGHT, start),
        _point(view, number, Side.RIGHT, end),
    )
    assert view.text_selection() is not None
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Germany announced"
    view.grab()  # paints the highlight over the marks without failing


def test_drag_across_rows_joins_them_with_newlines(demo):
    view = demo.view
    number = _row_containing(demo, "Germany announced", Side.RIGHT)
    view.ensure_visible(number + 1)
    view.ensure_visible(number)
    first = _side_text(view, number, Side.RIGHT)
    second = _side_text(view, number + 1, Side.RIGHT)
    start = first.index("Germany")
    end = second.index(" ", 3)
    _drag(
        view.viewport(),
        _point(view, number, Side.RIGHT, start),
        _point(view, number + 1, Side.RIGHT, end),
    )
    demo.window_actions.copy.trigger()
    assert QGuiApplication.clipboard().text() == first[start:] + "\n" + second[:end]


def test_click_without_drag_selects_the_row(demo):
    view = demo.view
    number = _row_containing(demo, "Germany announced", Side.RIGHT)
    view.ensure_visible(number)
    offset = _side_text(view, number, Side.RIGHT).index("announced")
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _point(view, number, Side.RIGHT, offset),
    )
    assert view.text_selection() is None
    assert list(view.selected_rows()) == [number]
    copied = view.copy_selection()
    assert "Germany announced" in copied
    assert f"{demo.comparison().document(Side.RIGHT).name}:\n" in copied


def test_double_click_selects_a_word(demo):
    view = demo.view
    number = _row_containing(demo, "Germany announced", Side.RIGHT)
    view.ensure_visible(number)
    offset = _side_text(view, number, Side.RIGHT).index("announced") + 3
    QTest.mouseDClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _point(view, number, Side.RIGHT, offset),
    )
    assert view.selected_text() == "announced"
    assert view.copy_selection() == "announced"
