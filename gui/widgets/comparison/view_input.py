"""`ViewInput`: keyboard, mouse, wheel and drag-and-drop handling of the comparison view.

Kept apart from the view's layout and painting so each module stays readable. The view owns one
`ViewInput` and hands it its input events; the handler talks back only through `InputTarget`,
the view's public methods it needs, so this module never imports the view. It also holds the
text selected in one half (`gui.widgets.comparison.text_selection`): dragging from a half selects
text on that side, a double-click selects a word, and Ctrl+C then copies that text; a click
without a drag, or a drag in the gutter, selects rows; a click on a strip of folded page
furniture unfolds that strip only. Keys: Up/Down, Page Up/Down, Home/End move
the current row (Shift extends the selection), Enter on a moved row goes to where it stood,
Ctrl+C copies, Ctrl+A selects all, Escape drops a text selection; Ctrl+wheel asks for zoom. Files
dragged over a half light it up, and dropping them there opens them on that side.

May import `core`, `gui.render.row_layout`, `gui.widgets.comparison.view_text`,
`gui.widgets.comparison.text_selection` and PySide6; never the view itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from wirediff.gui.widgets.comparison.text_selection import (
    TextPoint,
    TextSelection,
    TextSurface,
    hit_test,
    word_at,
)
from wirediff.gui.widgets.comparison.view_text import local_paths

if TYPE_CHECKING:
    from PySide6.QtGui import (
        QDragEnterEvent,
        QDragMoveEvent,
        QDropEvent,
        QKeyEvent,
        QMouseEvent,
        QWheelEvent,
    )

    from wirediff.core.result import Side


class InputTarget(TextSurface, Protocol):
    """What `ViewInput` asks of the view, beyond the text surface."""

    def row_count(self) -> int: ...
    def current_row(self) -> int: ...
    def visible_rows(self) -> range: ...
    def set_current_row(self, index: int, *, extend: bool = False, jump: bool = False) -> None: ...
    def ensure_visible(self, index: int, *, jump: bool = False) -> None: ...
    def jump_to_origin(self, index: int) -> bool: ...
    def show_row_selection(self, shown: bool) -> None: ...
    def is_row_selection_shown(self) -> bool: ...
    def select_all(self) -> None: ...
    def copy_selection(self) -> str: ...
    def text_selection_changed(self) -> None: ...
    def set_drop_side(self, side: Side | None) -> None: ...
    def request_zoom(self, steps: int) -> None: ...
    def open_dropped(self, side: Side, paths: list[str]) -> None: ...
    def set_pointer(self, shape: Qt.CursorShape) -> None: ...
    def unfold(self, index: int) -> bool: ...


class ViewInput:
    """The view's input handlers; each returns True when it used the event."""

    def __init__(self, view: InputTarget) -> None:
        self._view = view
        self._text_selection: TextSelection | None = None
        # Where a left press landed in a half, until a drag turns it into a text selection.
        self._press: tuple[QPointF, Side, TextPoint] | None = None

    # -- the text selection ---------------------------------------------------------------

    def text_selection(self) -> TextSelection | None:
        """The text selected in one half, or None (then Ctrl+C copies the selected rows)."""
        selection = self._text_selection
        return selection if selection is not None and not selection.is_empty() else None

    def set_text_selection(self, selection: TextSelection | None) -> None:
        self._text_selection = selection
        self._view.text_selection_changed()

    def forget(self) -> None:
        """Drop the selection and any press in progress (a new comparison)."""
        self._text_selection = None
        self._press = None

    # -- mouse ----------------------------------------------------------------------------

    def mouse_press(self, event: QMouseEvent) -> bool:
        view = self._view
        position = event.position()
        index = view.row_at(position.y())
        if index < 0 or event.button() != Qt.MouseButton.LeftButton:
            return False
        if view.unfold(index):  # a strip of folded page furniture: show what it hides
            self.set_text_selection(None)
            view.show_row_selection(True)
            view.set_current_row(index)
            return True
        if self._on_label(index, position):
            view.jump_to_origin(index)
            return True
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.set_text_selection(None)
        self._press = None
        gutter = view.row_layout(index).columns.gutter
        if not extend and not gutter.left() <= position.x() < gutter.right():
            row, side, offset = hit_test(view, position)
            self._press = (QPointF(position), side, TextPoint(row, offset))
        view.show_row_selection(True)
        view.set_current_row(index, extend=extend)
        return True

    def mouse_move(self, event: QMouseEvent) -> bool:
        view = self._view
        position = event.position()
        index = view.row_at(position.y())
        dragging = bool(event.buttons() & Qt.MouseButton.LeftButton)
        if dragging and self._press is not None:
            self._drag_text(position)
            return True
        if dragging and index >= 0:
            view.set_current_row(index, extend=True)
            return True
        on_label = index >= 0 and self._on_label(index, position)
        view.set_pointer(
            Qt.CursorShape.PointingHandCursor if on_label else Qt.CursorShape.ArrowCursor
        )
        return True

    def mouse_release(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = None

    def mouse_double_click(self, event: QMouseEvent) -> bool:
        """Select the word under the pointer, in the half it is in."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        row, side, offset = hit_test(self._view, event.position())
        if row < 0:
            return True
        text = "\n".join(paragraph.text for paragraph in self._view.paragraphs_of(row, side))
        start, end = word_at(text, offset)
        self._press = None
        self._view.show_row_selection(False)
        self.set_text_selection(TextSelection(side, TextPoint(row, start), TextPoint(row, end)))
        return True

    def _drag_text(self, position: QPointF) -> None:
        """Extend the text selection from the press to `position`, on the press's side."""
        assert self._press is not None
        start, side, anchor = self._press
        distance = (position - start).manhattanLength()
        if self._text_selection is None and distance < QApplication.startDragDistance():
            return
        row, _, offset = hit_test(self._view, position, side)
        if row < 0:
            return
        # Text is being selected, not rows: the press's row keeps only its focus frame.
        self._view.show_row_selection(False)
        self.set_text_selection(TextSelection(side, anchor, TextPoint(row, offset)))
        self._view.ensure_visible(row)

    def _on_label(self, index: int, position: QPointF) -> bool:
        layout = self._view.row_layout(index)
        if layout.label_rect is None:
            return False
        top = self._view.row_rect(index).top()
        return layout.label_rect.translated(0, top).contains(position)

    # -- keys and wheel -------------------------------------------------------------------

    def key_press(self, event: QKeyEvent) -> bool:
        view = self._view
        if event.matches(QKeySequence.StandardKey.Copy):
            view.copy_selection()
            return True
        if event.key() == Qt.Key.Key_Escape and self.text_selection() is not None:
            self.set_text_selection(None)
            return True
        if event.matches(QKeySequence.StandardKey.SelectAll):
            view.select_all()
            return True
        key = event.key()
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        )
        current = view.current_row()
        page_rows = max(1, len(view.visible_rows()) - 1)
        # Keyed by the key's number: `QKeyEvent.key()` gives an int, not a `Qt.Key`.
        targets: dict[int, int] = {
            Qt.Key.Key_Down: current + 1,
            Qt.Key.Key_Up: current - 1,
            Qt.Key.Key_PageDown: current + page_rows,
            Qt.Key.Key_PageUp: current - page_rows,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: view.row_count() - 1,
        }
        if plain and key in targets and view.row_count():
            self.set_text_selection(None)
            if extend:
                view.show_row_selection(True)
            view.set_current_row(targets[key], extend=extend)
            return True
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current >= 0:
            view.jump_to_origin(current)
            return True
        return False

    def wheel(self, event: QWheelEvent) -> bool:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        steps = event.angleDelta().y()
        if steps:
            self._view.request_zoom(1 if steps > 0 else -1)
        return True

    # -- dropping files -------------------------------------------------------------------

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self._view.set_drop_side(self._view.columns().side_at(event.position().x()))
        else:
            event.ignore()

    def drag_move(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self._view.set_drop_side(self._view.columns().side_at(event.position().x()))

    def drag_leave(self) -> None:
        self._view.set_drop_side(None)

    def drop(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        side = self._view.columns().side_at(event.position().x())
        self._view.set_drop_side(None)
        if paths:
            event.acceptProposedAction()
            self._view.open_dropped(side, paths)
