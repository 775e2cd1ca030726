"""`MatrixView`: the version matrix as a table of tiles, and its PNG rendering.

Painting flow: `MatrixCellDelegate.paint` draws each cell. A version cell is a tile inset in
the cell (`paint_tile`, which the legend uses too), filled with its kind's tint from the theme
(`cell_colors`), with the kind's glyph in the middle (= same, ≈ restyled, ≠ reworded, ·
absent) and a corner notch where the version holds the sentence's first wording; colour is
never the only signal. Absent cells are hatched like the empty half of an added row in the
comparison. The sentence column draws the reference wording on one elided line (the PNG copy
wraps it whole instead). The current
cell gets a focus frame, the hovered one a thin frame, and the current row's sentence a
selection tint, so the eye finds the sentence a tile belongs to.

A click (or Enter) on a cell emits `cell_clicked(collation row, version index or -1)`.
`render_matrix_image` draws the whole matrix, not only what is on screen, through an
offscreen copy of the view, so the PNG looks exactly like the window.

May import `core`, `gui.models.matrix_model`, `gui.render.theme`, PySide6 and the standard library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from wirediff.core.collate.collation import CellKind
from wirediff.gui.models.matrix_model import CELL_GLYPHS, MatrixModel
from wirediff.gui.render.theme import theme_for

if TYPE_CHECKING:
    from PySide6.QtCore import QPersistentModelIndex
    from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent
    from PySide6.QtWidgets import QStyleOptionViewItem

    from wirediff.gui.render.theme import Theme

# Geometry, in units of the font's height so the matrix scales with the font.
ROW_HEIGHT_LINES = 1.75
VERSION_COLUMN_EMS = 3.4  # wide enough for a three-digit label and a clear tile
SENTENCE_MIN_EMS = 24.0
TILE_INSET_PX = 2
TILE_RADIUS_PX = 3.0
GLYPH_SCALE = 1.25
NOTCH_LINES = 0.42  # side of the first-wording corner notch
TINT_ALPHA = 100  # kind marks used as a tint, over the page background
# The PNG holds at most this many rows; the CSV and HTML exports hold them all.
MAX_IMAGE_ROWS = 600
IMAGE_SENTENCE_CHARS = 150  # width of the PNG's sentence column; longer sentences wrap


def _tint(color: QColor, alpha: int) -> QColor:
    tinted = QColor(color)
    tinted.setAlpha(alpha)
    return tinted


def cell_colors(theme: Theme, kind: CellKind) -> tuple[QColor | None, QColor]:
    """Fill and glyph colour of a cell kind, from the comparison's theme.

    Present cells take the blue of text a version has (the comparison's "added"), reworded
    ones the purple of reworded rows, restyled ones the grey of minor differences; absent
    cells have no tint (they are hatched).
    """
    if kind is CellKind.EQUAL:
        added = theme.colors("added")
        return added.background, added.mark
    if kind is CellKind.MINOR:
        minor = theme.colors("minor")
        return minor.word, minor.mark
    if kind is CellKind.CHANGED:
        changed = theme.colors("changed")
        return _tint(changed.mark, TINT_ALPHA), changed.mark
    return None, theme.subdued_text


def paint_tile(
    painter: QPainter,
    tile: QRectF,
    theme: Theme,
    kind: CellKind,
    font: QFont,
    *,
    is_reference: bool = False,
) -> None:
    """One cell's tile: tint (or hatching when absent), glyph, first-wording notch."""
    fill, glyph_color = cell_colors(theme, kind)
    radius = TILE_RADIUS_PX
    painter.setPen(Qt.PenStyle.NoPen)
    if fill is None:
        painter.setBrush(theme.alternate)
        painter.drawRoundedRect(tile, radius, radius)
        painter.setBrush(QBrush(theme.rule, Qt.BrushStyle.BDiagPattern))
        painter.drawRoundedRect(tile, radius, radius)
    else:
        painter.setBrush(fill)
        painter.drawRoundedRect(tile, radius, radius)
    if is_reference:
        side = QFontMetrics(font).height() * NOTCH_LINES
        corner = tile.topLeft()
        painter.setBrush(glyph_color)
        painter.drawPolygon(
            QPolygonF([corner, corner + QPointF(side, 0), corner + QPointF(0, side)])
        )
    glyph_font = QFont(font)
    glyph_font.setPointSizeF(max(6.0, font.pointSizeF() * GLYPH_SCALE))
    glyph_font.setWeight(QFont.Weight.Bold)
    painter.setFont(glyph_font)
    painter.setPen(glyph_color)
    painter.drawText(tile, Qt.AlignmentFlag.AlignCenter, CELL_GLYPHS[kind])


def matrix_view_style(theme: Theme) -> str:
    """Headers in the theme's header colours, set on the view so its PNG copy matches."""
    header, text, rule = theme.header.name(), theme.header_text.name(), theme.rule.name()
    return f"""
QHeaderView::section {{
    background: {header}; color: {text}; font-weight: 600; padding: 4px 6px;
    border: none; border-bottom: 1px solid {rule}; border-right: 1px solid {rule};
}}
QHeaderView::section:vertical {{ color: {theme.subdued_text.name()}; font-weight: 400; }}
QTableCornerButton::section {{ background: {header}; border: none; }}
"""


class MatrixCellDelegate(QStyledItemDelegate):
    """Paints version cells as tinted tiles with glyphs and the sentence as elided text."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.hovered = QModelIndex()
        # The PNG copy shows every word: sentences wrap in rows as tall as they need.
        self.wrap_sentences = False

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(option.rect)
        painter.fillRect(rect, self.theme.background)
        view = self.parent()
        current = view.currentIndex() if isinstance(view, QAbstractItemView) else QModelIndex()
        if index.data(MatrixModel.DocumentRole) == -1:
            self._paint_sentence(
                painter, option, index, is_current_row=current.row() == index.row()
            )
        else:
            self._paint_cell(painter, option, index)
            is_current = current == index and bool(option.state & QStyle.StateFlag.State_HasFocus)
            self._paint_frame(painter, rect, current=current == index, focused=is_current)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(self.theme.rule, 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def _paint_cell(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        tile = QRectF(option.rect).adjusted(
            TILE_INSET_PX, TILE_INSET_PX, -TILE_INSET_PX, -TILE_INSET_PX - 1
        )
        # In a row made taller by a wrapped sentence the tile stays one line high, centred.
        line = round(option.fontMetrics.height() * ROW_HEIGHT_LINES) - 2 * TILE_INSET_PX - 1
        if tile.height() > line:
            tile.moveTop(tile.top() + (tile.height() - line) / 2)
            tile.setHeight(line)
        paint_tile(
            painter,
            tile,
            self.theme,
            CellKind(index.data(MatrixModel.KindRole)),
            option.font,
            is_reference=bool(index.data(MatrixModel.IsReferenceRole)),
        )
        if self.hovered == index:
            painter.setPen(QPen(self.theme.focus, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            radius = TILE_RADIUS_PX
            painter.drawRoundedRect(tile.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)

    def _paint_frame(
        self, painter: QPainter, rect: QRectF, *, current: bool, focused: bool
    ) -> None:
        if not current:
            return
        painter.setPen(QPen(self.theme.focus, 2 if focused else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -2), 3.0, 3.0)

    def _paint_sentence(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        *,
        is_current_row: bool,
    ) -> None:
        rect = QRectF(option.rect)
        if is_current_row:
            painter.fillRect(rect, self.theme.selection)
        padding = option.fontMetrics.averageCharWidth()
        text_rect = rect.adjusted(padding, 0, -padding, 0)
        painter.setFont(option.font)
        painter.setPen(self.theme.text)
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        if self.wrap_sentences:
            painter.drawText(text_rect, align | Qt.TextFlag.TextWordWrap, str(index.data()))
            return
        text = option.fontMetrics.elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, int(text_rect.width())
        )
        painter.drawText(text_rect, align, text)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        height = round(metrics.height() * ROW_HEIGHT_LINES)
        if index.data(MatrixModel.DocumentRole) == -1:
            return QSize(round(metrics.averageCharWidth() * SENTENCE_MIN_EMS * 2), height)
        return QSize(round(metrics.horizontalAdvance("M") * VERSION_COLUMN_EMS), height)


class MatrixView(QTableView):
    """The matrix: fixed narrow version columns, the sentence column takes the rest."""

    cell_clicked = Signal(int, int)  # collation row, version index (-1: the sentence column)

    def __init__(self, parent: QWidget | None = None, theme: Theme | None = None) -> None:
        super().__init__(parent)
        self._theme = theme or theme_for()
        self._delegate = MatrixCellDelegate(self._theme, self)
        self.setItemDelegate(self._delegate)
        self.setObjectName("MatrixView")
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setCornerButtonEnabled(False)
        self.setAccessibleName("Version matrix")
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        rows.setHighlightSections(False)
        self.clicked.connect(self._on_clicked)
        self._apply_metrics()
        self.set_theme(self._theme)

    def theme(self) -> Theme:
        return self._theme

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._delegate.theme = theme
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, theme.background)
        palette.setColor(QPalette.ColorRole.Window, theme.header)
        palette.setColor(QPalette.ColorRole.Text, theme.text)
        palette.setColor(QPalette.ColorRole.WindowText, theme.header_text)
        palette.setColor(QPalette.ColorRole.Button, theme.header)
        palette.setColor(QPalette.ColorRole.ButtonText, theme.header_text)
        self.setPalette(palette)
        self.setStyleSheet(matrix_view_style(theme))
        self.viewport().update()

    def setModel(self, model: MatrixModel | None) -> None:  # type: ignore[override]
        old = self.model()
        if isinstance(old, MatrixModel):
            old.modelReset.disconnect(self._apply_metrics)
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._apply_metrics)
        self._apply_metrics()

    def matrix_model(self) -> MatrixModel | None:
        model = self.model()
        return model if isinstance(model, MatrixModel) else None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_metrics()

    def _apply_metrics(self) -> None:
        """Row height and column widths follow the font; version columns are all one width."""
        metrics = QFontMetrics(self.font())
        self.verticalHeader().setDefaultSectionSize(round(metrics.height() * ROW_HEIGHT_LINES))
        self.verticalHeader().setMinimumSectionSize(metrics.height())
        model = self.matrix_model()
        if model is None:
            return
        header = self.horizontalHeader()
        width = round(metrics.horizontalAdvance("M") * VERSION_COLUMN_EMS)
        widest = max((metrics.horizontalAdvance(label) for label in model.labels()), default=0)
        width = max(width, widest + metrics.horizontalAdvance("MM"))
        for column in range(model.version_count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        header.setMinimumSectionSize(metrics.horizontalAdvance("M") * 2)

    def set_wrap_sentences(self, wrap: bool) -> None:
        """Show sentences whole, wrapped, instead of on one elided line (the PNG copy)."""
        self._delegate.wrap_sentences = wrap
        self.viewport().update()

    def version_column_width(self) -> int:
        model = self.matrix_model()
        return self.columnWidth(0) if model is not None and model.version_count() else 0

    def index_of(self, collation_row: int, document: int) -> QModelIndex:
        """The model index showing (row, version), invalid when the filter hides the row."""
        model = self.matrix_model()
        if model is None:
            return QModelIndex()
        display = model.display_row(collation_row)
        column = document if document >= 0 else model.sentence_column()
        return model.index(display, column) if display >= 0 else QModelIndex()

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.cell_clicked.emit(
                int(index.data(MatrixModel.RowRole)), int(index.data(MatrixModel.DocumentRole))
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._on_clicked(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hovered = self.indexAt(event.position().toPoint())
        if hovered != self._delegate.hovered:
            old = self._delegate.hovered
            self._delegate.hovered = hovered
            for index in (old, hovered):
                if index.isValid():
                    self.update(index)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        old = self._delegate.hovered
        self._delegate.hovered = QModelIndex()
        if old.isValid():
            self.update(old)
        super().leaveEvent(event)


def image_row_heights(model: MatrixModel, font: QFont, sentence_width: int) -> list[int]:
    """Heights of the PNG's rows: one line, or as many as the sentence needs at that width."""
    metrics = QFontMetrics(font)
    single = round(metrics.height() * ROW_HEIGHT_LINES)
    text_width = max(1, sentence_width - 2 * metrics.averageCharWidth())
    column = model.sentence_column()
    padding = single - metrics.height()
    heights = []
    for row in range(min(model.rowCount(), MAX_IMAGE_ROWS)):
        text = str(model.index(row, column).data())
        bounds = metrics.boundingRect(0, 0, text_width, 100_000, Qt.TextFlag.TextWordWrap, text)
        heights.append(max(single, bounds.height() + padding))
    return heights


def render_matrix_image(model: MatrixModel, theme: Theme, font: QFont | None = None) -> QImage:
    """The whole (filtered) matrix as an image, drawn like the view; at most `MAX_IMAGE_ROWS`.

    Unlike the view, every sentence is shown whole: the sentence column is
    `IMAGE_SENTENCE_CHARS` wide however many versions there are, and a longer sentence wraps.
    """
    view = MatrixView(theme=theme)
    if font is not None:
        view.setFont(font)
    view.setModel(model)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.set_wrap_sentences(True)
    metrics = QFontMetrics(view.font())
    header_height = view.horizontalHeader().sizeHint().height()
    sentence_width = round(metrics.averageCharWidth() * IMAGE_SENTENCE_CHARS)
    heights = image_row_heights(model, view.font(), sentence_width)
    rows = view.verticalHeader()
    for row, height in enumerate(heights):
        rows.resizeSection(row, height)
    columns = view.horizontalHeader()
    columns.setStretchLastSection(False)
    columns.resizeSection(model.sentence_column(), sentence_width)
    width = (
        rows.sizeHint().width()
        + view.version_column_width() * model.version_count()
        + sentence_width
    )
    view.resize(width, header_height + sum(heights) + 1)
    image = view.grab().toImage()
    view.setModel(None)
    view.deleteLater()
    return image
