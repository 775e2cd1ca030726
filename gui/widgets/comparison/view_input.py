"""Keyboard, mouse, wheel and drag-and-drop handling of `ComparisonView`, as a mixin.

Kept apart from the view's layout and painting so each module stays readable; selecting all
rows and copying them live here too, and selecting text in one half
(`gui.widgets.comparison.text_selection`): dragging from a half selects text on that side, a
double-click selects a word, and Ctrl+C then copies that text; a click without a drag, or a drag in
the gutter, selects rows. Keys: Up/Down, Page Up/Down, Home/End move the current row (Shift extends
the selection), Enter on a moved row goes to where it stood, Ctrl+C copies, Ctrl+A selects all;
Ctrl+wheel asks for zoom. Files dragged over a half light it up, and dropping them there opens them
on that side.

May import `core`, `gui.widgets.comparison.view_text`, `gui.widgets.comparison.text_selection` and
PySide6; the view it mixes into provides the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPainter
from PySide6.QtWidgets import QApplication

from wirediff.gui.widgets.comparison.text_selection import (
    TextPoint,
    TextSelection,
    hit_test,
    paint_selection,
    selected_text,
    word_at,
)
from wirediff.gui.widgets.comparison.view_text import copied_text, local_paths

if TYPE_CHECKING:
    from PySide6.QtGui import (
        QDragEnterEvent,
        QDragLeaveEvent,
        QDragMoveEvent,
        QDropEvent,
        QKeyEvent,
        QMouseEvent,
        QWheelEvent,
    )

    from wirediff.core.result import Side
    from wirediff.gui.render.row_layout import RowLayout
    from wirediff.gui.widgets.comparison.view import ComparisonView

# Opacity of the text-selection highlight, drawn over the text and its marks.
TEXT_SELECTION_ALPHA = 110


class ViewInput:
    """Input handlers of the comparison view (mixed in before `QAbstractScrollArea`)."""

    _text_selection: TextSelection | None = None
    # Where a left press landed in a half, until a drag turns it into a text selection.
    _press: tuple[QPointF, Side, TextPoint] | None = None

    def text_selection(self: ComparisonView) -> TextSelection | None:
        """The text selected in one half, or None (then Ctrl+C copies the selected rows)."""
        selection = self._text_selection
        return selection if selection is not None and not selection.is_empty() else None

    def set_text_selection(self: ComparisonView, selection: TextSelection | None) -> None:
        self._text_selection = selection
        self.viewport().update()

    def selected_text(self: ComparisonView) -> str:
        """The text of the text selection ("" without one)."""
        selection = self.text_selection()
        return selected_text(self, selection) if selection is not None else ""

    def _paint_text_selection(
        self: ComparisonView, painter: QPainter, index: int, layout: RowLayout, top_left: QPointF
    ) -> None:
        selection = self.text_selection()
        if selection is not None:
            color = QColor(self.palette().highlight().color())
            color.setAlpha(TEXT_SELECTION_ALPHA)
            paint_selection(painter, layout, top_left, selection, index, color)

    def select_all(self: ComparisonView) -> None:
        self.set_text_selection(None)
        if self.row_count():
            self._anchor, self._current = 0, self.row_count() - 1
            self._selection_shown = True
            self.viewport().update()

    def copy_selection(self: ComparisonView) -> str:
        """Put the selected text, or else both sides of the selected rows, on the clipboard.

        Returns the text.
        """
        if self.text_selection() is not None:
            text = self.selected_text()
            QGuiApplication.clipboard().setText(text)
            return text
        comparison = self.comparison()
        if comparison is None or not self.selected_rows():
            return ""
        text = copied_text(comparison, self.selected_rows())
        QGuiApplication.clipboard().setText(text)
        return text

    def mousePressEvent(self: ComparisonView, event: QMouseEvent) -> None:
        index = self.row_at(event.position().y())
        if index < 0 or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        if self._on_label(index, event.position()):
            self.jump_to_origin(index)
            return
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.set_text_selection(None)
        self._press = None
        position = event.position()
        gutter = self.row_layout(index).columns.gutter
        if not extend and not gutter.left() <= position.x() < gutter.right():
            row, side, offset = hit_test(self, position)
            self._press = (QPointF(position), side, TextPoint(row, offset))
        self._selection_shown = True
        self.set_current_row(index, extend=extend)

    def mouseMoveEvent(self: ComparisonView, event: QMouseEvent) -> None:
        index = self.row_at(event.position().y())
        if event.buttons() & Qt.MouseButton.LeftButton and self._press is not None:
            self._drag_text(event.position())
            return
        if event.buttons() & Qt.MouseButton.LeftButton and index >= 0:
            self.set_current_row(index, extend=True)
            return
        on_label = index >= 0 and self._on_label(index, event.position())
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if on_label else Qt.CursorShape.ArrowCursor
        )

    def mouseReleaseEvent(self: ComparisonView, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self: ComparisonView, event: QMouseEvent) -> None:
        """Select the word under the pointer, in the half it is in."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        row, side, offset = hit_test(self, event.position())
        if row < 0:
            return
        text = "\n".join(paragraph.text for paragraph in self.paragraphs_of(row, side))
        start, end = word_at(text, offset)
        self._press = None
        self._selection_shown = False
        self.set_text_selection(TextSelection(side, TextPoint(row, start), TextPoint(row, end)))

    def _drag_text(self: ComparisonView, position: QPointF) -> None:
        """Extend the text selection from the press to `position`, on the press's side."""
        assert self._press is not None
        start, side, anchor = self._press
        distance = (position - start).manhattanLength()
        if self._text_selection is None and distance < QApplication.startDragDistance():
            return
        row, _, offset = hit_test(self, position, side)
        if row < 0:
            return
        # Text is being selected, not rows: the press's row keeps only its focus frame.
        self._selection_shown = False
        self.set_text_selection(TextSelection(side, anchor, TextPoint(row, offset)))
        self.ensure_visible(row)

    def _on_label(self: ComparisonView, index: int, position: QPointF) -> bool:
        layout = self.row_layout(index)
        if layout.label_rect is None:
            return False
        top = self.row_rect(index).top()
        return layout.label_rect.translated(0, top).contains(position)

    def keyPressEvent(self: ComparisonView, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.key() == Qt.Key.Key_Escape and self.text_selection() is not None:
            self.set_text_selection(None)
            return
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
            return
        key = event.key()
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        )
        page_rows = max(1, len(self.visible_rows()) - 1)
        targets = {
            Qt.Key.Key_Down: self._current + 1,
            Qt.Key.Key_Up: self._current - 1,
            Qt.Key.Key_PageDown: self._current + page_rows,
            Qt.Key.Key_PageUp: self._current - page_rows,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: self.row_count() - 1,
        }
        if plain and key in targets and self.row_count():
            self.set_text_selection(None)
            self._selection_shown = self._selection_shown or extend
            self.set_current_row(targets[key], extend=extend)
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current >= 0:
            self.jump_to_origin(self._current)
            return
        super().keyPressEvent(event)

    def wheelEvent(self: ComparisonView, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y()
            if steps:
                self.zoom_requested.emit(1 if steps > 0 else -1)
            return
        super().wheelEvent(event)

    def dragEnterEvent(self: ComparisonView, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self._set_drop_side(event.position().x())
        else:
            event.ignore()

    def dragMoveEvent(self: ComparisonView, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self._set_drop_side(event.position().x())

    def dragLeaveEvent(self: ComparisonView, event: QDragLeaveEvent) -> None:
        self._drop_side = None
        self.viewport().update()

    def dropEvent(self: ComparisonView, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        side = self._painter.columns(self.viewport().width()).side_at(event.position().x())
        self._drop_side = None
        self.viewport().update()
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(side, paths)

    def _set_drop_side(self: ComparisonView, x: float) -> None:
        side = self._painter.columns(self.viewport().width()).side_at(x)
        if side is not self._drop_side:
            self._drop_side = side
            self.viewport().update()
