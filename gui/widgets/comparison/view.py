"""`ComparisonView`: one scroll area that paints both halves of every row itself.

Because one widget paints each row whole (through `RowPainter`), the two halves of a row are
always level and nothing needs scroll syncing. Only visible rows are laid out: where each row
is (heights estimated, then measured, and the scroll range) is `RowGeometry`'s business, in
`gui.widgets.comparison.row_geometry`; find matches are drawn by
`gui.widgets.comparison.find_highlights`, tooltips on gutter marks and repaired text come from
`gui.widgets.comparison.view_tooltips`. Selection is by rows
(click, shift-click, gutter drag, keys), or of text in one half by dragging; Ctrl+C copies it. Input
handling is in `gui.widgets.comparison.view_input` (`ViewInput`, which the view hands its events
and which reaches back only through the view's public methods), text selection in
`gui.widgets.comparison.text_selection`. A click on a strip of folded page furniture unfolds that
strip; a right-click offers to call the paragraph under the pointer page furniture or story
(`gui.presentation.furniture_verdicts`), which the window remembers.

May import `core`, the other `gui` modules below it (model, painter, geometry, overview) and
PySide6; never the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QHelpEvent, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QToolTip

from wirediff.core.result import RowKind, Side
from wirediff.gui.presentation.find import FindMatch
from wirediff.gui.presentation.furniture_verdicts import furniture_choices
from wirediff.gui.presentation.navigation import Viewport
from wirediff.gui.presentation.row_text import Paragraph, row_mark, side_paragraphs
from wirediff.gui.render.row_painter import PaintOptions, RowLayout, RowPainter
from wirediff.gui.render.theme import Theme, theme_for
from wirediff.gui.widgets.comparison.find_highlights import FindHighlights
from wirediff.gui.widgets.comparison.legend_bar import LegendBar
from wirediff.gui.widgets.comparison.overview import OVERVIEW_WIDTH_PX, OverviewStrip
from wirediff.gui.widgets.comparison.row_geometry import RowGeometry
from wirediff.gui.widgets.comparison.text_selection import (
    TextSelection,
    hit_test,
    paint_selection,
    selected_text,
)
from wirediff.gui.widgets.comparison.view_input import ViewInput
from wirediff.gui.widgets.comparison.view_text import copied_text
from wirediff.gui.widgets.comparison.view_tooltips import tooltip_at

if TYPE_CHECKING:
    from PySide6.QtGui import (
        QContextMenuEvent,
        QDragEnterEvent,
        QDragLeaveEvent,
        QDragMoveEvent,
        QDropEvent,
        QKeyEvent,
        QMouseEvent,
        QPaintEvent,
        QResizeEvent,
        QWheelEvent,
    )
    from PySide6.QtWidgets import QWidget

    from wirediff.core.result import Comparison, Row
    from wirediff.gui.models.comparison_model import ComparisonModel
    from wirediff.gui.presentation.layout_cache import RowHeights
    from wirediff.gui.presentation.repair_marks import ComparisonRepairs
    from wirediff.gui.render.row_layout import Columns

# A row jumped to lands this far down the viewport, so the rows before it give context.
JUMP_CONTEXT_FRACTION = 0.2
EMPTY_HINT = "Drop two versions here, or use Open Left and Open Right."
COMPARING_HINT = "Comparing {left} with {right}…"
# Opacity of the text-selection highlight, drawn over the text and its marks.
TEXT_SELECTION_ALPHA = 110
# Opacity of the tint over the half that files dragged over the view would open in.
DROP_TINT_ALPHA = 40


class ComparisonView(QAbstractScrollArea):
    """Both versions side by side, row by row, over a `ComparisonModel`."""

    current_row_changed = Signal(int)
    files_dropped = Signal(object, list)  # the half dropped on (`Side`), local file paths
    zoom_requested = Signal(int)  # +1 or -1 from Ctrl+wheel
    layout_changed = Signal()  # heights, rows or options changed: the overview redraws
    # The user's word on page furniture: ((Side, paragraph), ...), True for furniture.
    furniture_verdict = Signal(tuple, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: ComparisonModel | None = None
        self._font = QFont()
        self._theme = theme_for()
        self._options = PaintOptions()
        self._painter = RowPainter(self._font, self._theme, self._options)
        self._current = -1
        self._anchor = -1
        # Rows are tinted as selected only once the user selects; until then the current row
        # has just a focus frame, so a fresh comparison shows its colours untouched.
        self._selection_shown = False
        self._drop_side: Side | None = None
        self._hint = EMPTY_HINT
        self._find = FindHighlights()
        # A row framed for a request from elsewhere (a matrix tile): framed even without focus,
        # its sentence highlighted, until the current row moves or the comparison changes.
        self._framed_row = -1
        self._framed_match: FindMatch | None = None
        self._framed_text = FindHighlights()
        self.input = ViewInput(self)
        self.row_geometry = RowGeometry(self, self._painter)
        self.row_geometry.heights_refined.connect(self.layout_changed)
        self.overview = OverviewStrip(self)
        # The key to the marks; the window places it under the view.
        self.legend = LegendBar()
        self.legend.set_style(self._font, self._theme, show_minor=self._options.show_minor)
        self.row_geometry.range_updated.connect(self.overview.update)
        self.setViewportMargins(0, 0, OVERVIEW_WIDTH_PX, 0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.viewport().setMouseTracking(True)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.setAccessibleName("Comparison")

    # -- configuration --------------------------------------------------------------------

    def set_model(self, model: ComparisonModel) -> None:
        self._model = model
        model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    def comparison(self) -> Comparison | None:
        return self._model.comparison() if self._model is not None else None

    def set_text_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self._rebuild_painter()

    def text_font(self) -> QFont:
        return QFont(self._font)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._rebuild_painter()

    def theme(self) -> Theme:
        return self._theme

    def set_show_minor(self, show: bool) -> None:
        if show != self._options.show_minor:
            self._options = PaintOptions(show_minor=show)
            self._rebuild_painter()

    def show_minor(self) -> bool:
        return self._options.show_minor

    def set_idle_refinement(self, enabled: bool) -> None:
        """Measure unseen rows while idle (the default), or only rows as they are painted."""
        self.row_geometry.set_idle_refinement(enabled)

    def row_painter(self) -> RowPainter:
        return self._painter

    def columns(self) -> Columns:
        """The halves and gutter at the viewport's width."""
        return self._painter.columns(self.viewport().width())

    def _rebuild_painter(self) -> None:
        self._painter = RowPainter(self._font, self._theme, self._options)
        self.row_geometry.set_painter(self._painter)
        self.legend.set_style(self._font, self._theme, show_minor=self._options.show_minor)
        self.layout_changed.emit()
        self.viewport().update()

    def _on_model_reset(self) -> None:
        self.row_geometry.set_model(self._model)
        self.legend.set_comparison(self.comparison())
        # No row is current until the user moves: the first "next change" then finds row 0.
        self._current = -1
        self._anchor, self._selection_shown = -1, False
        self.input.forget()
        self._find.clear()
        self._framed_row = -1
        self._framed_text.clear()
        self.verticalScrollBar().setValue(0)
        self.row_geometry.update_scroll_range()
        self.layout_changed.emit()
        self.viewport().update()

    # -- geometry -------------------------------------------------------------------------

    def row_count(self) -> int:
        return self.row_geometry.row_count()

    def _row(self, index: int) -> Row:
        assert self._model is not None
        return self._model.row(index)

    def heights(self) -> RowHeights | None:
        """Row heights at the current width, font and toggles (estimated where unmeasured)."""
        return self.row_geometry.heights()

    def row_layout(self, index: int) -> RowLayout:
        """The laid-out row at the current width (cached), measuring its height on the way."""
        return self.row_geometry.row_layout(index)

    def row_rect(self, index: int) -> QRect:
        """Where row `index` is in viewport coordinates (possibly outside the viewport)."""
        return self.row_geometry.row_rect(index)

    def row_at(self, y: float) -> int:
        """The row under viewport coordinate `y`, or -1 when there are no rows."""
        return self.row_geometry.row_at(y)

    def visible_rows(self) -> range:
        return self.row_geometry.visible_rows()

    def viewport_rows(self) -> Viewport:
        """The current row and the rows in view, for navigation from the visible area."""
        visible = self.visible_rows()
        if not visible:
            return Viewport(self._current, 0, 0)
        starts_in_view = self.row_rect(visible.start).top() >= 0
        first_whole = visible.start if starts_in_view else visible.start + 1
        return Viewport(self._current, first_whole, visible.stop)

    def change_extents(self) -> list[tuple[int, int, str]]:
        """(top, height, mark) of every row with a visible difference, for the overview."""
        table = self.heights()
        comparison = self.comparison()
        if table is None or comparison is None:
            return []
        show_minor = self._options.show_minor
        extents = []
        for index in comparison.change_rows(include_minor=show_minor):
            mark = row_mark(comparison.rows[index], show_minor=show_minor)
            if mark is not None:
                extents.append((table.top_of(index), table.heights[index], mark))
        return extents

    def paragraphs_of(self, index: int, side: Side) -> tuple[Paragraph, ...]:
        """What the view shows in one half of a row: paragraphs with their marked spans."""
        return side_paragraphs(self._row(index), side, show_minor=self._options.show_minor)

    # -- navigation and selection ---------------------------------------------------------

    def current_row(self) -> int:
        return self._current

    def selected_rows(self) -> range:
        if self._current < 0:
            return range(0)
        first, last = sorted((self._anchor, self._current))
        return range(first, last + 1)

    def set_current_row(self, index: int, *, extend: bool = False, jump: bool = False) -> None:
        """Make `index` current (extending the selection if asked) and bring it into view.

        `jump` places the row a little below the top, as navigation between changes does.
        """
        count = self.row_count()
        if not count:
            return
        index = max(0, min(index, count - 1))
        changed = index != self._current
        if index != self._framed_row:
            self._framed_row = -1
            self._framed_text.clear()
        self._current = index
        if not extend:
            self._anchor = index
        self.ensure_visible(index, jump=jump)
        self.viewport().update()
        if changed:
            self.current_row_changed.emit(index)

    def ensure_visible(self, index: int, *, jump: bool = False) -> None:
        self.row_layout(index)
        self.row_geometry.update_scroll_range()
        rect = self.row_rect(index)
        bar = self.verticalScrollBar()
        page = self.viewport().height()
        if jump and (rect.top() < 0 or rect.bottom() > page):
            bar.setValue(bar.value() + rect.top() - round(page * JUMP_CONTEXT_FRACTION))
        elif rect.top() < 0 or rect.height() > page:
            bar.setValue(bar.value() + rect.top())
        elif rect.bottom() > page:
            bar.setValue(bar.value() + rect.bottom() - page + 1)

    def scroll_to_fraction(self, fraction: float) -> None:
        """Centre the viewport on a fraction (0..1) of the whole document."""
        table = self.heights()
        if table is None:
            return
        target = fraction * table.total() - self.viewport().height() / 2
        self.verticalScrollBar().setValue(round(target))

    def jump_to_origin(self, index: int) -> bool:
        """For a moved row, go to its other place (where it stood, or where it went, when the
        move is shown at both); False otherwise."""
        target = self.linked_row(index)
        if target is None:
            return False
        self.set_current_row(target, jump=True)
        return True

    def linked_row(self, index: int) -> int | None:
        """The other place of a moved row (where it stood or where it went), or None."""
        if not 0 <= index < self.row_count():
            return None
        row = self._row(index)
        if row.kind is not RowKind.MOVED:
            return None
        return row.moved_from if row.moved_from is not None else row.moved_to

    # -- find -----------------------------------------------------------------------------

    def set_find_matches(self, matches: list[FindMatch], current: FindMatch | None) -> None:
        """Highlight these matches of a search, `current` more strongly (none: clear)."""
        self._find.set_matches(matches, current)
        self.viewport().update()

    def frame_row(self, index: int, side: Side, text: str | None = None) -> None:
        """Scroll to row `index`, make it current and frame it, highlighting `text` (a sentence)
        in its `side` half when the half shows it: where a matrix tile points."""
        self.set_current_row(index, jump=True)
        self._framed_row = index
        matches = []
        if text:
            half = "\n".join(paragraph.text for paragraph in self.paragraphs_of(index, side))
            start = half.find(text)
            if start >= 0:
                side_order = 0 if side is Side.LEFT else 1
                matches.append(FindMatch(index, side_order, start, start + len(text), side))
        self._framed_match = matches[0] if matches else None
        self._framed_text.set_matches(matches, self._framed_match)
        self.viewport().update()

    def framed_row(self) -> int:
        """The row framed by `frame_row`, or -1."""
        return self._framed_row

    def framed_sentence(self) -> FindMatch | None:
        """Where the framed row's sentence is highlighted, or None."""
        return self._framed_match if self._framed_row >= 0 else None

    def show_row_selection(self, shown: bool) -> None:
        """Tint the selected rows (once the user selects rows) or only frame the current one."""
        if shown != self._selection_shown:
            self._selection_shown = shown
            self.viewport().update()

    def is_row_selection_shown(self) -> bool:
        return self._selection_shown

    def select_all(self) -> None:
        self.input.set_text_selection(None)
        if self.row_count():
            self._anchor, self._current = 0, self.row_count() - 1
            self._selection_shown = True
            self.viewport().update()

    # -- text selection and copying -------------------------------------------------------

    def text_selection(self) -> TextSelection | None:
        """The text selected in one half, or None (then Ctrl+C copies the selected rows)."""
        return self.input.text_selection()

    def set_text_selection(self, selection: TextSelection | None) -> None:
        self.input.set_text_selection(selection)

    def text_selection_changed(self) -> None:
        self.viewport().update()

    def selected_text(self) -> str:
        """The text of the text selection ("" without one)."""
        selection = self.text_selection()
        return selected_text(self, selection) if selection is not None else ""

    def copy_selection(self) -> str:
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

    # -- what input asks for --------------------------------------------------------------

    def set_drop_side(self, side: Side | None) -> None:
        """Light up the half that dropped files would open in (None: neither)."""
        if side is not self._drop_side:
            self._drop_side = side
            self.viewport().update()

    def request_zoom(self, steps: int) -> None:
        self.zoom_requested.emit(steps)

    def open_dropped(self, side: Side, paths: list[str]) -> None:
        self.files_dropped.emit(side, paths)

    def set_pointer(self, shape: Qt.CursorShape) -> None:
        self.viewport().setCursor(shape)

    def hint(self) -> str:
        """What the view says while it has no rows."""
        return self._hint

    def set_comparing(self, left: str | None, right: str | None) -> None:
        """Say which versions are being compared while no rows are shown (None: say how to
        start), so a long first comparison does not look like an empty window."""
        if left is None or right is None:
            self._hint = EMPTY_HINT
        else:
            self._hint = COMPARING_HINT.format(left=left, right=right)
        self.viewport().update()

    def unfold(self, index: int) -> bool:
        """Show the page furniture folded into the strip at row `index`; False when none is."""
        rows = self.row_geometry.fold_run(index)
        if not rows:
            return False
        self.row_geometry.unfold(rows)
        self.layout_changed.emit()
        self.viewport().update()
        return True

    def furniture_menu(self, position: QPointF) -> QMenu | None:
        """The right-click menu of the row at `position` (a viewport point), or None."""
        comparison = self.comparison()
        index = self.row_at(position.y())
        if comparison is None or index < 0:
            return None
        run = self.row_geometry.fold_run(index)
        side = None if run else hit_test(self, position)[1]
        choices = furniture_choices(comparison, run or [index], side, folded=bool(run))
        if not choices:
            return None
        menu = QMenu(self)
        for choice in choices:
            action = menu.addAction(choice.text)
            if choice.as_furniture is None:
                action.triggered.connect(lambda _c=False, row=index: self.unfold(row))
            else:
                action.triggered.connect(
                    lambda _c=False, c=choice: self.furniture_verdict.emit(
                        c.paragraphs, c.as_furniture
                    )
                )
        return menu

    def tooltip_at(self, position: QPointF) -> str:
        """What the gutter mark or repaired text under `position` means ("" if nothing)."""
        return tooltip_at(self, position)

    def repairs(self) -> ComparisonRepairs | None:
        """Where the documents' repairs are in the rows' text."""
        return self.row_geometry.repairs()

    # -- Qt events ------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # A scroll area receives its viewport's events: the position is the viewport's.
        menu = self.furniture_menu(QPointF(event.pos()))
        if menu is not None:
            menu.exec(event.globalPos())
            menu.deleteLater()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.input.mouse_press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.input.mouse_move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.input.mouse_release(event)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.input.mouse_double_click(event):
            super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.input.key_press(event):
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.input.wheel(event):
            super().wheelEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.input.drag_enter(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.input.drag_move(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.input.drag_leave()

    def dropEvent(self, event: QDropEvent) -> None:
        self.input.drop(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self._theme.background)
        table = self.heights()
        if table is None:
            painter.setPen(self._theme.subdued_text)
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self._hint)
        else:
            value = self.verticalScrollBar().value()
            bottom = value + event.rect().bottom()
            index = table.row_at(value + event.rect().top())
            top = table.top_of(index)
            selected = self.selected_rows()
            focused = self.hasFocus()
            text_selection = self.text_selection()
            selection_colour = QColor(self.palette().highlight().color())
            selection_colour.setAlpha(TEXT_SELECTION_ALPHA)
            # A move shown at both places: the other place is framed with the current one.
            linked = self.linked_row(self._current)
            while index < len(table) and top <= bottom:
                layout = self.row_layout(index)
                origin = QPointF(0, top - value)
                self._painter.draw_layout(
                    painter,
                    layout,
                    origin,
                    selected=self._selection_shown and index in selected,
                    current=(focused and index in (self._current, linked))
                    or index == self._framed_row,
                )
                self._find.paint_row(painter, index, layout, origin, self._theme)
                self._framed_text.paint_row(painter, index, layout, origin, self._theme)
                if text_selection is not None:
                    paint_selection(
                        painter, layout, origin, text_selection, index, selection_colour
                    )
                top += layout.height
                index += 1
        if self._drop_side is not None:
            half = self._painter.columns(self.viewport().width()).half(self._drop_side)
            overlay = QColor(self._theme.focus)
            overlay.setAlpha(DROP_TINT_ALPHA)
            painter.fillRect(
                QRect(round(half.left()), 0, round(half.width()), self.viewport().height()), overlay
            )
        painter.end()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
        self.overview.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The viewport was narrower than the widget by the strip and the scroll bar.
        margins = OVERVIEW_WIDTH_PX + self.verticalScrollBar().sizeHint().width()
        anchor = self.row_geometry.top_anchor(event.oldSize().width() - margins)
        super().resizeEvent(event)
        viewport = self.viewport().geometry()
        self.overview.setGeometry(
            viewport.right() + 1, viewport.top(), OVERVIEW_WIDTH_PX, viewport.height()
        )
        self.row_geometry.restore_anchor(anchor)
        self.layout_changed.emit()
