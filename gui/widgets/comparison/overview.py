"""`OverviewStrip`: marks of every change over the whole document, beside the scroll bar.

The marks are rendered once into a cached pixmap, dropped when the view's layout, rows,
options or theme change or the strip is resized; each frame draws only that pixmap and the
handle showing the visible part. Removed rows mark the strip's left half and added rows its
right half (as in the comparison), reworded and moved rows span it, so the place says what the
colour says. A click or drag maps to a fraction of the document and scrolls there.

May import `gui.render.theme`, `gui.render.row_painter` constants and PySide6; it reads the view it
belongs to through `change_extents()`, `heights()` and the scroll bar, and never touches the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QMouseEvent, QPaintEvent, QResizeEvent
    from PySide6.QtWidgets import QScrollBar

    from wirediff.gui.presentation.layout_cache import RowHeights
    from wirediff.gui.render.theme import Theme

OVERVIEW_WIDTH_PX = 14
MIN_MARK_PX = 2.0
HANDLE_ALPHA = 60


class OverviewSource(Protocol):
    """What the strip needs from its view."""

    @property
    def layout_changed(self) -> SignalInstance: ...

    def heights(self) -> RowHeights | None: ...
    def change_extents(self) -> list[tuple[int, int, str]]: ...
    def theme(self) -> Theme: ...
    def verticalScrollBar(self) -> QScrollBar: ...
    def scroll_to_fraction(self, fraction: float) -> None: ...


class OverviewStrip(QWidget):
    """A thin strip with one mark per change; click to jump."""

    def __init__(self, view: OverviewSource) -> None:
        super().__init__(view)  # type: ignore[arg-type]
        self._view = view
        self._pixmap: QPixmap | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Every change in the document: click to go there")
        self.setAccessibleName("Change overview")
        view.layout_changed.connect(self.invalidate)

    def invalidate(self) -> None:
        """Drop the cached marks (layout, rows, options or theme changed)."""
        self._pixmap = None
        self.update()

    def _render(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        theme = self._view.theme()
        pixmap.fill(theme.gutter)
        table = self._view.heights()
        painter = QPainter(pixmap)
        if table is not None and table.total() > 0:
            scale = self._scale(table.total())
            width = self.width() - 4.0
            for top, height, mark in self._view.change_extents():
                color = theme.colors(mark).mark
                y = top * scale
                h = max(MIN_MARK_PX, height * scale)
                if mark == "removed":
                    rect = QRectF(2, y, width / 2, h)
                elif mark == "added":
                    rect = QRectF(2 + width / 2, y, width / 2, h)
                elif mark == "minor":
                    rect = QRectF(2 + width * 3 / 8, y, width / 4, h)
                else:
                    rect = QRectF(2, y, width, h)
                painter.fillRect(rect, color)
        painter.end()
        return pixmap

    def _scale(self, total: int) -> float:
        """Strip pixels per document pixel; a document shorter than the view is not stretched."""
        page = self._view.verticalScrollBar().pageStep()
        return self.height() / max(total, page, 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._pixmap is None:
            self._pixmap = self._render()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        table = self._view.heights()
        if table is not None and table.total() > 0:
            bar = self._view.verticalScrollBar()
            scale = self._scale(table.total())
            top = bar.value() * scale
            height = max(MIN_MARK_PX * 3, bar.pageStep() * scale)
            theme = self._view.theme()
            fill = QColor(theme.text)
            fill.setAlpha(HANDLE_ALPHA // 2)
            painter.fillRect(QRectF(0, top, self.width(), height), fill)
            border = QColor(theme.text)
            border.setAlpha(HANDLE_ALPHA * 2)
            painter.setPen(border)
            painter.drawRect(QRectF(0.5, top + 0.5, self.width() - 1, height - 1))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._pixmap = None
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.height() > 0:
            self._view.scroll_to_fraction(event.position().y() / self.height())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self.height() > 0:
            self._view.scroll_to_fraction(event.position().y() / self.height())
