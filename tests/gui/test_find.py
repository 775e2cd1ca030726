"""Pins Find and Go to Paragraph in the window, driven from the keyboard: Ctrl+F opens the find
bar, typing searches both versions and counts the matches (case and whole-word options change
the count exactly), every match is highlighted in the view, Enter/F3/Shift+F3 step through them
in reading order with a note when the search wraps, Escape closes the bar and clears the
highlights; Ctrl+G goes to a paragraph of either version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.gui.helpers import open_pair
from wirediff.core.result import Side
from wirediff.gui.widgets.comparison.text_selection import point_of

OLD = (
    "The council met on Monday in the town hall. The Council voted on the budget.\n\n"
    "A councillor left the meeting early to catch a train home.\n\n"
    "Nothing else happened that day in the quiet town by the river."
)
NEW = (
    "The council met on Tuesday in the town hall. The Council voted on the budget.\n\n"
    "Nothing else happened that day in the quiet town by the river.\n\n"
    "A new paragraph says the council will meet again next month."
)


def _open(qtbot, window, tmp_path):
    left, right = tmp_path / "old.txt", tmp_path / "new.txt"
    left.write_text(OLD, encoding="utf-8")
    right.write_text(NEW, encoding="utf-8")
    open_pair(qtbot, window, left, right)
    window.view.setFocus()


def _search(qtbot, window, text: str) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.finder.find_bar
    assert bar.isVisible()
    assert bar.field.hasFocus()
    qtbot.keyClicks(bar.field, text)
    qtbot.waitUntil(lambda: bar.count_label.text() != "")


def _where(window, match) -> tuple[str, str]:
    """The side and the matched text, as the view shows it."""
    text = "\n".join(p.text for p in window.view.paragraphs_of(match.row, match.side))
    return match.side.value, text[match.start : match.end]


def test_find_counts_both_versions_with_options(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    _search(qtbot, window, "council")
    bar = window.finder.find_bar
    assert bar.count_label.text() == "6 matches"
    bar.whole_words.click()
    assert bar.count_label.text() == "5 matches"
    bar.match_case.click()
    assert bar.count_label.text() == "3 matches"
    assert [_where(window, m) for m in window.finder.matches()] == [
        ("left", "council"),
        ("right", "council"),
        ("right", "council"),
    ]


def test_enter_f3_and_shift_f3_step_in_reading_order(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    _search(qtbot, window, "council")
    bar = window.finder.find_bar
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text() == "1 of 6"
    matches = window.finder.matches()
    assert window.view.current_row() == matches[0].row
    assert [(m.row, m.side.value) for m in matches] == [
        (matches[0].row, "left"),
        (matches[0].row, "left"),
        (matches[0].row, "right"),
        (matches[0].row, "right"),
        (matches[4].row, "left"),
        (matches[5].row, "right"),
    ]
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.count_label.text() == "2 of 6"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == "1 of 6"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == "6 of 6"
    assert window.statusBar().currentMessage() == "Passed the top: from the end"
    assert window.view.current_row() == matches[5].row


def test_every_match_is_highlighted_and_escape_clears(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    view = window.view
    before = view.viewport().grab().toImage()
    _search(qtbot, window, "council")
    matches = window.finder.matches()
    after = view.viewport().grab().toImage()
    for match in matches:
        point = point_of(view, match.row, match.side, match.start + 2).toPoint()
        point.setY(point.y() - 2)
        assert QColor(after.pixel(point)) != QColor(before.pixel(point)), match
    qtbot.keyClick(window.finder.find_bar.field, Qt.Key.Key_Escape)
    assert not window.finder.find_bar.isVisible()
    assert view.hasFocus()
    cleared = view.viewport().grab().toImage()
    point = point_of(view, matches[0].row, matches[0].side, matches[0].start + 2).toPoint()
    point.setY(point.y() - 2)
    assert QColor(cleared.pixel(point)) == QColor(before.pixel(point))


def test_ctrl_g_goes_to_a_paragraph_of_either_version(qtbot, demo):
    view = demo.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    bar = demo.finder.go_to_bar
    assert bar.isVisible()
    assert bar.number.maximum() == len(demo.comparison().right.paragraphs)
    qtbot.keyClicks(bar.number, "12")
    qtbot.keyClick(bar.number, Qt.Key.Key_Return)
    assert view.current_row() == demo.comparison().row_of_paragraph(Side.RIGHT, 11)
    assert not bar.isVisible()
    assert demo.statusBar().currentMessage() == "Paragraph 12 of the new version"
    qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    bar.side_box.setCurrentIndex(bar.side_box.findData(Side.LEFT))
    qtbot.keyClicks(bar.number, "3")
    qtbot.keyClick(bar.number, Qt.Key.Key_Return)
    assert view.current_row() == demo.comparison().row_of_paragraph(Side.LEFT, 2)
