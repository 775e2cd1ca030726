"""Pins what a user sees comparing seeds 000 and 001 in the window: the added Germany/Putin
paragraph as one added row with an empty left half, navigation that visits every change in
order (toolbar action and Alt+Down/Alt+Up), the minor-differences toggle changing the marks, the
status-bar summary, rows whose halves are level, and copying both sides of selected rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from wirediff.core.result import RowKind, Side
from wirediff.gui.presentation.row_text import Mark


def _row_containing(window, text: str) -> int:
    comparison = window.comparison()
    for number in range(len(comparison.rows)):
        for side in Side:
            if any(text in p.text for p in window.view.paragraphs_of(number, side)):
                return number
    raise AssertionError(f"no row shows {text!r}")


def test_germany_paragraph_is_one_added_row_with_empty_left(demo):
    number = _row_containing(demo, "Germany announced")
    row = demo.comparison().rows[number]
    assert row.kind is RowKind.ADDED
    assert demo.view.paragraphs_of(number, Side.LEFT) == ()
    (paragraph,) = demo.view.paragraphs_of(number, Side.RIGHT)
    assert "Vladimir Putin" in paragraph.text
    assert number == _row_containing(demo, "Vladimir Putin")


def test_headers_and_status_say_what_is_compared(demo, seeds):
    assert demo.headers[Side.LEFT].name() == seeds["000"].name
    assert demo.headers[Side.RIGHT].name() == seeds["001"].name
    assert demo.summary_label.text() == demo.comparison().summary.describe()
    assert "paragraph" in demo.summary_label.text()


def test_next_change_visits_every_change_in_order(qtbot, demo):
    changes = demo.comparison().change_rows(include_minor=True)
    visited = []
    for _ in changes:
        demo.window_actions.next_change.trigger()
        visited.append(demo.view.current_row())
    assert visited == list(changes)
    demo.window_actions.next_change.trigger()
    assert demo.view.current_row() == changes[-1]
    demo.view.setFocus()
    backwards = []
    for _ in changes[:-1]:
        qtbot.keyClick(demo.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        backwards.append(demo.view.current_row())
    assert backwards == list(reversed(changes[:-1]))
    qtbot.keyClick(demo.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert demo.view.current_row() == changes[1]


def test_jumped_to_change_is_on_screen(demo):
    changes = demo.comparison().change_rows()
    for _ in changes:
        demo.navigation.next_change()
        rect = demo.view.row_rect(demo.view.current_row())
        assert rect.top() >= 0
        assert rect.top() < demo.view.viewport().height()


def test_minor_toggle_changes_marks_and_navigation(demo):
    minor_rows = [
        i
        for i, row in enumerate(demo.comparison().rows)
        if row.kind is RowKind.EQUAL and row.has_minor
    ]
    assert minor_rows
    number = minor_rows[0]

    def marks() -> set[Mark]:
        return {
            s.mark for side in Side for p in demo.view.paragraphs_of(number, side) for s in p.spans
        }

    assert Mark.MINOR in marks()
    demo.window_actions.show_minor.trigger()
    assert not demo.view.show_minor()
    assert marks() == set()
    visited = []
    while True:
        before = demo.view.current_row()
        demo.navigation.next_change()
        if demo.view.current_row() == before:
            break
        visited.append(demo.view.current_row())
    assert number not in visited
    assert visited == list(demo.comparison().change_rows(include_minor=False))
    demo.window_actions.show_minor.trigger()
    assert Mark.MINOR in marks()


def test_reworded_sentence_marks_exact_words(demo):
    number = _row_containing(demo, "hit targets")
    (left,) = demo.view.paragraphs_of(number, Side.LEFT)
    (right,) = demo.view.paragraphs_of(number, Side.RIGHT)
    deleted = [left.text[s.start : s.end] for s in left.spans if s.mark is Mark.DELETED]
    inserted = [right.text[s.start : s.end] for s in right.spans if s.mark is Mark.INSERTED]
    assert deleted == ["strike"]
    assert inserted == ["hit targets"]


def test_rows_are_level_and_hold_both_halves(demo):
    view = demo.view
    painter = view.row_painter()
    for number in range(view.row_count()):
        layout = view.row_layout(number)
        rect = view.row_rect(number)
        assert rect.height() == layout.height
        for placed in layout.halves.values():
            if placed:
                text_layout, top = placed[-1]
                bottom = layout.text_top + top + text_layout.lineCount() * painter.line_height
                assert bottom <= layout.height


def test_copy_selected_rows_gives_both_sides(qtbot, demo, seeds):
    number = _row_containing(demo, "hit targets")
    demo.view.set_current_row(number)
    demo.view.setFocus()
    qtbot.keyClick(demo.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(demo.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"{seeds['000'].name}:\n")
    assert f"\n\n{seeds['001'].name}:\n" in copied
    assert "to strike inside Russia" in copied
    assert "to hit targets inside Russia" in copied
    assert "The official was not authorized" in copied


def test_click_selects_row(qtbot, demo):
    rect = demo.view.row_rect(2)
    qtbot.mouseClick(demo.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert demo.view.current_row() == 2
    assert list(demo.view.selected_rows()) == [2]
