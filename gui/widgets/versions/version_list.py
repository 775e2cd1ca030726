"""`VersionList`: the loaded versions, one two-line item each, in the user's order.

Each item shows a drag grip, the version's short label (the matrix's column title), its
headline, and below it file name, encoding, repairs and words; captions on the right say
which version is the base and which two are shown side by side (LEFT, RIGHT), in the colours
the window's headers use for its two sides. Rows move by drag and drop or Ctrl+Up/Down (drag
is not reachable from the keyboard); Delete removes; the context menu and a double click
choose the pair. Files and folders dropped on the list are handed on with `files_dropped`.

Painting flow: `VersionItemDelegate.paint` draws the selection tint, the grip, the label
badge, two elided text lines and the captions, all from the theme.

May import `core`, `gui.models.versions_model`, `gui.render.theme`, PySide6 and the standard
library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QStyle, QStyledItemDelegate

from wirediff.core.result import Side
from wirediff.gui.models.versions_model import VersionsModel
from wirediff.gui.render.theme import theme_for

if TYPE_CHECKING:
    from PySide6.QtCore import QPersistentModelIndex, QPoint, SignalInstance
    from PySide6.QtGui import (
        QColor,
        QContextMenuEvent,
        QDragEnterEvent,
        QDragMoveEvent,
        QDropEvent,
        QKeyEvent,
    )
    from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

    from wirediff.gui.render.theme import Theme

ITEM_HEIGHT_LINES = 2.9
VISIBLE_ITEMS = 6  # the list asks for room for this many; more scroll
GRIP = "⠿"
CAPTION_SCALE = 0.78
CAPTIONS = {"base": "BASE", Side.LEFT.value: "LEFT", Side.RIGHT.value: "RIGHT"}


class VersionItemDelegate(QStyledItemDelegate):
    """Paints one version: grip, label badge, headline, details, captions."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        return QSize(metrics.averageCharWidth() * 40, round(metrics.height() * ITEM_HEIGHT_LINES))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        theme = self.theme
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, theme.selection if selected else theme.background)
        metrics = option.fontMetrics
        em = metrics.horizontalAdvance("M")
        line = metrics.height()
        top = rect.top() + (rect.height() - 2 * line * 1.1) / 2
        painter.setPen(theme.subdued_text)
        painter.setFont(option.font)
        grip = QRectF(rect.left(), rect.top(), em * 1.6, rect.height())
        painter.drawText(grip, Qt.AlignmentFlag.AlignCenter, GRIP)
        badge = QRectF(grip.right(), top, em * 3.2, line * 1.25)
        painter.setPen(QPen(theme.rule.darker(130) if not theme.is_dark else theme.subdued_text))
        painter.setBrush(theme.header)
        painter.drawRoundedRect(badge, 3, 3)
        painter.setPen(theme.header_text)
        painter.drawText(
            badge, Qt.AlignmentFlag.AlignCenter, str(index.data(VersionsModel.LabelRole))
        )
        right = self._paint_captions(painter, option, index, rect)
        text_left = badge.right() + em * 0.8
        width = max(1.0, right - text_left - em * 0.5)
        headline_font = QFont(option.font)
        headline_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(headline_font)
        painter.setPen(theme.text)
        headline = QFontMetrics(headline_font).elidedText(
            str(index.data(VersionsModel.HeadlineRole)), Qt.TextElideMode.ElideRight, int(width)
        )
        painter.drawText(QRectF(text_left, top, width, line * 1.25), _LEFT_CENTER, headline)
        painter.setFont(option.font)
        painter.setPen(theme.subdued_text)
        details = metrics.elidedText(
            str(index.data(VersionsModel.DetailsRole)), Qt.TextElideMode.ElideMiddle, int(width)
        )
        painter.drawText(
            QRectF(text_left, top + line * 1.2, width, line * 1.1), _LEFT_CENTER, details
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(theme.rule, 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def _paint_captions(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        rect: QRectF,
    ) -> float:
        """Draw BASE/LEFT/RIGHT captions from the right edge; returns where they begin."""
        keys = []
        side = index.data(VersionsModel.SideRole)
        if side:
            keys.append(side)
        if index.data(VersionsModel.IsBaseRole):
            keys.append("base")
        font = QFont(option.font)
        font.setPointSizeF(max(6.0, option.font.pointSizeF() * CAPTION_SCALE))
        font.setWeight(QFont.Weight.Bold)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.0)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        x = rect.right() - metrics.horizontalAdvance("M")
        for key in keys:
            text = CAPTIONS[key]
            width = metrics.horizontalAdvance(text) + metrics.horizontalAdvance("M")
            box = QRectF(
                x - width, rect.center().y() - metrics.height() * 0.7, width, metrics.height() * 1.4
            )
            color = self._caption_color(key)
            painter.setPen(QPen(color, 1))
            painter.drawRoundedRect(box, 3, 3)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            x = box.left() - metrics.horizontalAdvance("M") * 0.5
        return x

    def _caption_color(self, key: str) -> QColor:
        if key == Side.LEFT.value:
            return self.theme.colors("removed").mark  # the window's left-side colour
        if key == Side.RIGHT.value:
            return self.theme.colors("added").mark
        return self.theme.subdued_text


_LEFT_CENTER = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class VersionList(QListView):
    """The versions in order; tells the panel what the user asked for."""

    left_chosen = Signal(int)  # row to show on the left
    right_chosen = Signal(int)  # row to show on the right
    remove_requested = Signal(list)  # rows to remove
    files_dropped = Signal(list)  # local paths dropped on the list

    def __init__(self, parent: QWidget | None = None, theme: Theme | None = None) -> None:
        super().__init__(parent)
        self._delegate = VersionItemDelegate(theme or theme_for(), self)
        self.setItemDelegate(self._delegate)
        self.setObjectName("VersionList")
        self.setAccessibleName("Versions")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # DragDrop rather than InternalMove: InternalMove refuses drops from outside the list,
        # and files dropped here must be accepted too. Moves inside go through moveRows.
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setUniformItemSizes(True)
        self.setAcceptDrops(True)
        self.doubleClicked.connect(lambda index: self.right_chosen.emit(index.row()))
        self._actions = self._make_actions()

    def set_theme(self, theme: Theme) -> None:
        self._delegate.theme = theme
        self.viewport().update()

    def _make_actions(self) -> dict[str, QAction]:
        actions = {
            "left": QAction("Show on the Left", self),
            "right": QAction("Show on the Right", self),
            "base": QAction("Make This the Base", self),
            "remove": QAction("Remove", self),
        }
        actions["remove"].setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        actions["remove"].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.addAction(actions["remove"])
        actions["left"].triggered.connect(lambda: self._emit_for_current(self.left_chosen))
        actions["right"].triggered.connect(lambda: self._emit_for_current(self.right_chosen))
        actions["base"].triggered.connect(self.move_current_to_top)
        actions["remove"].triggered.connect(self._remove_selected)
        return actions

    def _emit_for_current(self, signal: SignalInstance) -> None:
        index = self.currentIndex()
        if index.isValid():
            signal.emit(index.row())

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def _remove_selected(self) -> None:
        rows = self.selected_rows() or (
            [self.currentIndex().row()] if self.currentIndex().isValid() else []
        )
        if rows:
            self.remove_requested.emit(rows)

    def move_current(self, steps: int) -> None:
        """Move the current version up (negative) or down, keeping it current."""
        index = self.currentIndex()
        model = self.model()
        if not index.isValid() or model is None:
            return
        row = index.row()
        target = max(0, min(model.rowCount() - 1, row + steps))
        if target == row:
            return
        destination = target + 1 if target > row else target
        if model.moveRows(QModelIndex(), row, 1, QModelIndex(), destination):
            self.setCurrentIndex(model.index(target, 0))

    def move_current_to_top(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.move_current(-index.row())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        menu = QMenu(self)
        for key in ("left", "right", "base"):
            menu.addAction(self._actions[key])
        self._actions["base"].setEnabled(index.row() > 0)
        menu.addSeparator()
        menu.addAction(self._actions["remove"])
        menu.exec(event.globalPos())

    def actions_by_name(self) -> dict[str, QAction]:
        """The context menu's actions, for the panel's buttons and for tests."""
        return dict(self._actions)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._emit_for_current(self.right_chosen)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- files dropped from outside -------------------------------------------------------

    @staticmethod
    def _has_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return mime.hasUrls() and any(url.isLocalFile() for url in mime.urls())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._has_files(event):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._has_files(event):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self._has_files(event):
            paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
            return
        super().dropEvent(event)

    def item_center(self, row: int) -> QPoint:
        """The centre of a row's item, in viewport coordinates (for tests and tools)."""
        return self.visualRect(self.model().index(row, 0)).center()

    def sizeHint(self) -> QSize:
        """Tall enough for up to `VISIBLE_ITEMS` versions; more scroll."""
        hint = super().sizeHint()
        model = self.model()
        count = min(max(model.rowCount() if model is not None else 0, 3), VISIBLE_ITEMS)
        item = round(QFontMetrics(self.font()).height() * ITEM_HEIGHT_LINES)
        return QSize(hint.width(), count * item + 2 * self.frameWidth())
