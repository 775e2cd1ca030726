"""Pins what the gutter says and how strongly whole sentences are marked: a sentence cut from a
paragraph in both versions is struck through on the changed words' tint with a tick beside it
in the gutter (an added one underlined, ticked on the right); a paragraph split or merged with
its words unchanged gets the ¶ badge and is counted in the summary; hovering a badge or tick
says what it marks ("Moved here from paragraph 2 of the old version"); the legend under the
view lists exactly the marks of the comparison, wrapped so no label is cut at 900 px; and the
HTML export marks cut sentences and ticks them as the window does."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QToolTip

from tests.gui.helpers import open_pair
from wirediff.core.compare import compare_documents, load_document
from wirediff.core.report.comparison import comparison_to_json
from wirediff.core.result import RowKind, Side
from wirediff.gui.presentation.gutter_marks import row_tooltip
from wirediff.gui.presentation.html_report import comparison_to_html
from wirediff.gui.presentation.row_text import Mark, Span, row_mark, side_paragraphs

FIRST = "The council met on Monday to discuss the budget for next year."
CUT = "Two members of the council left the meeting early in protest."
LAST = "The vote on the budget will take place in March."
OTHER = "Schools in the city will open one hour later from next week."
ADDED = "A spokesperson for the mayor declined to comment on the vote."


def _compare(left: str, right: str):
    return compare_documents(
        load_document(raw=left.encode(), name="old.txt"),
        load_document(raw=right.encode(), name="new.txt"),
    )


def _write(tmp_path, left: str, right: str):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(left, encoding="utf-8")
    new.write_text(right, encoding="utf-8")
    return old, new


def _gutter_point(window, row: int, *, dx: float = 0.0, line: int = 0) -> QPointF:
    view = window.view
    gutter = view.columns().gutter
    layout = view.row_layout(row)
    top = view.row_rect(row).top() + layout.text_top + view.row_painter().line_height * (line + 0.5)
    return QPointF(gutter.center().x() + dx, top)


def test_a_cut_sentence_is_struck_tinted_and_ticked(qtbot, window, tmp_path):
    left = f"{FIRST} {CUT} {LAST}\n\n{OTHER}"
    right = f"{FIRST} {LAST} {ADDED}\n\n{OTHER}"
    open_pair(qtbot, window, *_write(tmp_path, left, right))
    row = window.comparison().rows[0]
    assert row.kind is RowKind.CHANGED
    (old,) = side_paragraphs(row, Side.LEFT)
    (new,) = side_paragraphs(row, Side.RIGHT)
    start = len(FIRST) + 1
    assert old.spans == (Span(start, start + len(CUT), Mark.REMOVED),)
    start = len(FIRST) + 1 + len(LAST) + 1
    assert new.spans == (Span(start, start + len(ADDED), Mark.ADDED),)

    painter = window.view.row_painter()
    theme = painter.theme
    cut = painter.mark_format(Mark.REMOVED)
    assert cut.fontStrikeOut()
    assert cut.background().color() == theme.colors("removed").word
    added = painter.mark_format(Mark.ADDED)
    assert added.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert added.background().color() == theme.colors("added").word

    layout = window.view.row_layout(0)
    assert [mark for mark, _top, _bottom in layout.ticks] == [Mark.REMOVED, Mark.ADDED]
    image = window.view.viewport().grab().toImage()
    gutter = window.view.columns().gutter
    for mark, top, bottom in layout.ticks:
        tick = painter.tick_rect(
            gutter.adjusted(0, top, 0, 0).normalized(), left=mark is Mark.REMOVED
        )
        pixel = image.pixelColor(round(tick.center().x()), round((top + bottom) / 2))
        kind = "removed" if mark is Mark.REMOVED else "added"
        assert pixel == theme.colors(kind).mark

    view = window.view
    line_of_cut = (layout.ticks[0][1] - layout.text_top) / painter.line_height
    at_cut = _gutter_point(window, 0, dx=-gutter.width() / 2 + 3, line=int(line_of_cut))
    assert view.tooltip_at(at_cut) == "Sentence cut from this paragraph"
    assert view.tooltip_at(_gutter_point(window, 0)) == "Reworded: 1 sentence added, 1 sentence cut"
    assert view.tooltip_at(_gutter_point(window, 1)) == ""


def test_gutter_tooltip_is_shown_on_hover(qtbot, window, tmp_path):
    left = f"{FIRST} {CUT} {LAST}\n\n{OTHER}"
    right = f"{FIRST} {LAST}\n\n{OTHER}"
    open_pair(qtbot, window, *_write(tmp_path, left, right))
    viewport = window.view.viewport()
    point = _gutter_point(window, 0).toPoint()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "Reworded: 1 sentence cut"
    text = QPoint(20, point.y())  # over the old text, not the gutter
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, text, viewport.mapToGlobal(text))
    )
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_split_and_merged_paragraphs_are_marked_and_counted(qtbot):
    split = _compare(
        f"Correction, 4 March: {FIRST}\n\n{LAST}\n\n{OTHER}\n\n{CUT}",
        f"Correction, 4 March:\n\n{FIRST}\n\n{LAST} {OTHER}\n\n{CUT}",
    )
    layouts = [(row.kind, row.left, row.right, row.layout) for row in split.rows]
    assert [(left, right, layout and layout.value) for _k, left, right, layout in layouts] == [
        ((0,), (0, 1), "split"),
        ((1, 2), (2,), "merged"),
        ((3,), (3,), None),
    ]
    assert [row_mark(row) for row in split.rows] == ["layout", "layout", None]
    assert [row_mark(row, show_minor=False) for row in split.rows] == [None, None, None]
    assert [row_tooltip(row, split.rows, row_mark(row)) for row in split.rows[:2]] == [
        "Split: old paragraph 1 is new paragraphs 1–2, same words",
        "Merged: old paragraphs 2–3 became new paragraph 3, same words",
    ]
    assert split.summary.describe() == "1 split paragraph · 1 merged paragraph"
    summary = comparison_to_json(split)["summary"]
    assert (summary["paragraphs_split"], summary["paragraphs_merged"]) == (1, 1)
    assert (summary["story"]["paragraphs_split"], summary["story"]["paragraphs_merged"]) == (1, 1)


def test_moved_paragraph_tooltips_name_the_other_place(qtbot, window, tmp_path):
    paragraphs = [FIRST, CUT, LAST, OTHER, ADDED]
    moved = [paragraphs[0], paragraphs[2], paragraphs[3], paragraphs[1], paragraphs[4]]
    open_pair(qtbot, window, *_write(tmp_path, "\n\n".join(paragraphs), "\n\n".join(moved)))
    rows = window.comparison().rows
    marked = {
        index: window.view.tooltip_at(_gutter_point(window, index))
        for index, row in enumerate(rows)
        if row.kind is RowKind.MOVED
    }
    assert sorted(marked.values()) == [
        "Moved from here to paragraph 4 of the new version",
        "Moved here from paragraph 2 of the old version",
    ]


def test_legend_lists_the_marks_of_the_comparison_and_fits(qtbot, window, tmp_path):
    paragraphs = [f"Correction, 4 March: {FIRST}", CUT, LAST, OTHER]
    changed = ["Correction, 4 March:", FIRST, LAST, OTHER, CUT]
    open_pair(qtbot, window, *_write(tmp_path, "\n\n".join(paragraphs), "\n\n".join(changed)))
    legend = window.view.legend
    labels = [entry.label for entry in legend.entries()]
    assert labels == ["Added", "Removed", "Reworded", "Minor", "Moved", "Split or merged"]
    window.window_actions.show_minor.trigger()
    assert [entry.label for entry in legend.entries()] == ["Added", "Removed", "Reworded", "Moved"]
    window.window_actions.show_minor.trigger()
    window.resize(900, 600)
    qtbot.waitUntil(lambda: legend.width() <= 900)
    qtbot.waitUntil(lambda: legend.height() == legend.heightForWidth(legend.width()))
    rects = legend.label_rects()
    assert [label for label, _left, _right in rects] == labels
    assert all(right <= legend.width() for _label, _left, right in rects)


def test_html_export_marks_cut_sentences_like_the_window():
    comparison = _compare(f"{FIRST} {CUT} {LAST}", f"{FIRST} {LAST}")
    page = comparison_to_html(comparison)
    assert f'<del class="sentence">{CUT}</del>' in page
    assert "del.sentence" not in page  # no lighter style than deleted words
    assert '<span class="tick removed" title="Sentence cut from this paragraph"' in page
    assert 'title="Reworded: 1 sentence cut"' in page
