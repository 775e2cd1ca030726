"""Pins moved paragraphs in the window: each column reads in its own file's order, so a moved
paragraph shows at both of its places, a "moved from here" row where it stood (old side only)
and a "moved here" row where it stands now (new side only), each labelled with the way to the
other; clicking a label (or Enter on the row) goes to the other place; Select All and Copy give
each version's paragraphs in that version's order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.gui.helpers import open_pair
from wirediff.core.result import RowKind, Side

TOPICS = ("weather", "market", "school", "river", "bridge", "council", "police", "festival")


def _paragraphs() -> list[str]:
    return [
        f"Paragraph {number} tells about the {topic} in the city today. "
        f"It has a second sentence about the {topic} too."
        for number, topic in enumerate(TOPICS)
    ]


def _moved_pair(tmp_path):
    paragraphs = _paragraphs()
    moved = paragraphs[:]
    moved.insert(6, moved.pop(1))
    left, right = tmp_path / "before.txt", tmp_path / "after.txt"
    left.write_text("\n\n".join(paragraphs), encoding="utf-8")
    right.write_text("\n\n".join(moved), encoding="utf-8")
    return left, right, moved


def _column(window, side: Side) -> list[str]:
    return [
        paragraph.text
        for number in range(len(window.comparison().rows))
        for paragraph in window.view.paragraphs_of(number, side)
    ]


def _moved_rows(window) -> tuple[int, int]:
    """(where the paragraph stood, where it stands now) as display rows."""
    rows = window.comparison().rows
    moved = [number for number, row in enumerate(rows) if row.kind is RowKind.MOVED]
    assert len(moved) == 2
    departure, arrival = moved
    return departure, arrival


def test_each_column_reads_in_its_own_files_order(qtbot, window, tmp_path):
    *pair, moved = _moved_pair(tmp_path)
    open_pair(qtbot, window, *pair)
    assert _column(window, Side.LEFT) == _paragraphs()
    assert _column(window, Side.RIGHT) == moved


def test_moved_paragraph_marked_at_both_places(qtbot, window, tmp_path):
    open_pair(qtbot, window, *_moved_pair(tmp_path)[:2])
    departure, arrival = _moved_rows(window)
    assert departure == 1
    market = _paragraphs()[1]
    assert [p.text for p in window.view.paragraphs_of(departure, Side.LEFT)] == [market]
    assert window.view.paragraphs_of(departure, Side.RIGHT) == ()
    assert window.view.paragraphs_of(arrival, Side.LEFT) == ()
    assert [p.text for p in window.view.paragraphs_of(arrival, Side.RIGHT)] == [market]
    assert window.view.row_layout(departure).label == (
        "⇅ Moved from here to further down · go to where it is now"
    )
    assert window.view.row_layout(arrival).label == (
        "⇅ Moved here from further up · go to where it stood"
    )


def test_label_and_enter_go_to_the_other_place(qtbot, window, tmp_path):
    open_pair(qtbot, window, *_moved_pair(tmp_path)[:2])
    departure, arrival = _moved_rows(window)
    window.view.set_current_row(arrival)
    layout = window.view.row_layout(arrival)
    target = layout.label_rect.center().toPoint()
    target.setY(target.y() + window.view.row_rect(arrival).top())
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert window.view.current_row() == departure
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.view.current_row() == arrival


def test_select_all_and_copy_give_each_files_order(qtbot, window, tmp_path):
    left, right, moved = _moved_pair(tmp_path)
    open_pair(qtbot, window, left, right)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    expected = (
        f"{left.name}:\n" + "\n\n".join(_paragraphs()) + "\n\n"
        f"{right.name}:\n" + "\n\n".join(moved) + "\n"
    )
    assert QGuiApplication.clipboard().text() == expected
