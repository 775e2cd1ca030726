"""Pins moved paragraphs in the window: shown once, where they now stand, with a label saying
where they came from; clicking the label (or Enter on the row) goes to where the paragraph
stood, and the row is painted with its label band."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import open_pair
from wirediff.core.result import RowKind, Side

TOPICS = ("weather", "market", "school", "river", "bridge", "council", "police", "festival")


def _moved_pair(tmp_path):
    paragraphs = [
        f"Paragraph {number} tells about the {topic} in the city today. "
        f"It has a second sentence about the {topic} too."
        for number, topic in enumerate(TOPICS)
    ]
    moved = paragraphs[:]
    moved.insert(6, moved.pop(1))
    left, right = tmp_path / "before.txt", tmp_path / "after.txt"
    left.write_text("\n\n".join(paragraphs), encoding="utf-8")
    right.write_text("\n\n".join(moved), encoding="utf-8")
    return left, right


def test_moved_paragraph_shown_once_with_label(qtbot, window, tmp_path):
    open_pair(qtbot, window, *_moved_pair(tmp_path))
    rows = window.comparison().rows
    moved = [number for number, row in enumerate(rows) if row.kind is RowKind.MOVED]
    assert len(moved) == 1
    number = moved[0]
    shown = [
        n
        for n in range(len(rows))
        for side in Side
        for p in window.view.paragraphs_of(n, side)
        if "about the market" in p.text and side is Side.RIGHT
    ]
    assert shown == [number]
    layout = window.view.row_layout(number)
    assert layout.label is not None
    assert "Moved here from further up" in layout.label


def test_clicking_label_goes_to_where_it_stood(qtbot, window, tmp_path):
    open_pair(qtbot, window, *_moved_pair(tmp_path))
    rows = window.comparison().rows
    number = next(n for n, row in enumerate(rows) if row.kind is RowKind.MOVED)
    window.view.set_current_row(number)
    layout = window.view.row_layout(number)
    target = layout.label_rect.center().toPoint()
    target.setY(target.y() + window.view.row_rect(number).top())
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert window.view.current_row() == rows[number].moved_from
    window.view.set_current_row(number)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.view.current_row() == rows[number].moved_from
