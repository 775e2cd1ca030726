"""The pieces `VersionsPanel` is built from: its message strip, its two sections, its style.

`VersionsSection` holds the version list with its buttons (add, remove, show on the left or
right, compare each with the base); `MatrixSection` holds the matrix with its title, filter
buttons (each says how many rows it keeps), `MatrixLegend`, progress and export menu. They only lay
out and relay; the panel decides what a click means. `panel_style` fills the panel's style
sheet from the theme, so its chrome follows the window's palette.

May import `core`, `gui.widgets.versions.version_list`, `gui.widgets.versions.matrix_view`,
`gui.models.matrix_model`, `gui.models.versions_model`, `gui.render.theme`, PySide6 and the
standard library.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.collate.collation import CellKind
from wirediff.core.collate.row_filter import RowFilter
from wirediff.core.report.collation import KIND_WORDS
from wirediff.gui.models.matrix_model import CELL_GLYPHS
from wirediff.gui.render.theme import theme_for
from wirediff.gui.widgets.versions.matrix_view import (
    ROW_HEIGHT_LINES,
    TILE_INSET_PX,
    MatrixView,
    paint_tile,
)
from wirediff.gui.widgets.versions.version_list import VersionList

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent, QResizeEvent

    from wirediff.gui.models.matrix_model import MatrixModel
    from wirediff.gui.models.versions_model import VersionsModel
    from wirediff.gui.render.theme import Theme

FILTER_TEXTS = {
    RowFilter.ALL: "All",
    RowFilter.NOT_IN_EVERY_VERSION: "Not in every version",
    RowFilter.UNIQUE_TO_ONE_VERSION: "Unique to one version",
}
FURNITURE_FILTER_TEXT = "Page furniture"
SECTION_MARGINS = (10, 8, 10, 6)


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("SectionTitle")
    return label


def _note(parent: QWidget) -> QLabel:
    """A subdued note that gives up its width first: in a narrow panel it wraps onto another
    line rather than push the buttons away or lose the end of a word."""
    label = QLabel("", parent)
    label.setObjectName("SectionNote")
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(0)
    return label


class MessageStrip(QFrame):
    """One line about what went wrong (a file not added, an export not written)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PanelMessage")
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Close this message")
        close.setAccessibleName("Close message")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(QLabel("⚠", self))
        layout.addWidget(self._text, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str, details: str = "") -> None:
        self._text.setText(text)
        self._text.setToolTip(details)
        self.setAccessibleDescription(text)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self._text.text()


class VersionsSection(QWidget):
    """The version list between its title row and its pair buttons."""

    def __init__(self, model: VersionsModel, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = VersionList(self, theme)
        self.list.setModel(model)
        self.count_label = _note(self)
        self.add_button = QPushButton("Add Versions…", self)
        self.add_button.setToolTip("Add files or a folder of files (or drop them on the list)")
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.setToolTip("Remove the selected versions (Delete)")
        self.left_button = QPushButton("Show on Left", self)
        self.right_button = QPushButton("Show on Right", self)
        self.left_button.setToolTip("Compare the selected version, on the left side")
        self.right_button.setToolTip("Compare the selected version, on the right side")
        self.step_label = _note(self)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.step_button = QPushButton("Compare Each with Base ▶", self)
        self.step_button.setToolTip("Show the base against each version in turn, one per click")
        top = QHBoxLayout()
        # No "Versions" title here: the dock's title bar says it already.
        top.addWidget(self.count_label, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.left_button)
        bottom.addWidget(self.right_button)
        bottom.addWidget(self.step_label, 1)
        bottom.addWidget(self.step_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*SECTION_MARGINS)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)

    def update_controls(
        self, *, count: int, selected: int, pair: tuple[int, int], labels: tuple[str, ...]
    ) -> None:
        noun = "version" if count == 1 else "versions"
        # The hint lives in the tooltip: in a narrow panel it was cut off mid-word.
        self.count_label.setText(f"{count} {noun}")
        self.count_label.setToolTip("Drag to reorder; the first is the base" if count > 1 else "")
        self.remove_button.setEnabled(selected > 0)
        self.left_button.setEnabled(selected == 1)
        self.right_button.setEnabled(selected == 1)
        self.step_button.setEnabled(count >= 2)
        left, right = pair
        if left == 0 and right >= 1 and right < len(labels):
            # Says what it counts: the versions compared with the base, one per click.
            self.step_label.setText(f"{labels[0]} ↔ {labels[right]}: pair {right} of {count - 1}")
            self.step_label.setToolTip(
                f"The base beside version {right} of the {count - 1} compared with it"
            )
        else:
            self.step_label.setText("")


class MatrixSection(QWidget):
    """The matrix under its title, filter buttons and legend."""

    filter_chosen = Signal(object)  # RowFilter
    furniture_shown = Signal(bool)  # the "Page furniture" filter: show its rows or not
    export_chosen = Signal(str)  # "csv", "html" or "png"

    def __init__(self, model: MatrixModel, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._summary = ""
        self.view = MatrixView(self, theme)
        self.view.setModel(model)
        self.summary_label = _note(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(140)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.export_button = QPushButton("Export", self)
        menu = QMenu(self.export_button)
        for file_format, text in (("csv", "CSV…"), ("html", "HTML Page…"), ("png", "PNG Image…")):
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, f=file_format: self.export_chosen.emit(f))
        self.export_button.setMenu(menu)
        self.export_button.setToolTip("Save the matrix as shown (with its filter)")
        self.filter_buttons: dict[RowFilter, QToolButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        filters = QHBoxLayout()
        filters.setSpacing(0)
        for row_filter, text in FILTER_TEXTS.items():
            button = QToolButton(self)
            button.setObjectName("FilterButton")
            button.setText(text)
            button.setCheckable(True)
            button.setChecked(row_filter is RowFilter.ALL)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _c=False, f=row_filter: self.filter_chosen.emit(f))
            group.addButton(button)
            filters.addWidget(button)
            self.filter_buttons[row_filter] = button
        # Not one of the exclusive filters above: it combines with each of them.
        self.furniture_button = QToolButton(self)
        self.furniture_button.setObjectName("FilterButton")
        self.furniture_button.setText(FURNITURE_FILTER_TEXT)
        self.furniture_button.setCheckable(True)
        self.furniture_button.setAccessibleName(FURNITURE_FILTER_TEXT)
        self.furniture_button.setToolTip(
            "Show the sentences of page furniture (site names, captions, share buttons, lists"
            " of other stories), hidden as the comparison folds them"
        )
        self.furniture_button.toggled.connect(self.furniture_shown)
        filters.addSpacing(12)
        filters.addWidget(self.furniture_button)
        filters.addStretch(1)
        self.legend = MatrixLegend(self, theme)
        top = QHBoxLayout()
        top.addWidget(_title("Version matrix", self))
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.progress)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*SECTION_MARGINS)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)

    def show_filter(self, row_filter: RowFilter) -> None:
        self.filter_buttons[row_filter].setChecked(True)
        self.update_counts()

    def update_counts(self) -> None:
        model = self.model
        collation = model.collation()
        for row_filter, button in self.filter_buttons.items():
            count = model.count_for(row_filter)
            button.setText(
                f"{FILTER_TEXTS[row_filter]}  {count}" if collation else FILTER_TEXTS[row_filter]
            )
        furniture = model.furniture_count()
        self.furniture_button.setText(
            f"{FURNITURE_FILTER_TEXT}  {furniture}" if collation else FURNITURE_FILTER_TEXT
        )
        self.export_button.setEnabled(collation is not None)
        if collation is None:
            self._summary = ""
            self.summary_label.setText("Add two or more versions to line them up")
            return
        shown = model.rowCount()
        total = len(collation.rows)
        sentences = "sentence" if total == 1 else "sentences"
        text = f"{total} {sentences} in {len(collation.documents)} versions"
        if shown != total:
            text += f" · showing {shown}"
        if furniture and model.hides_furniture():
            text += f" · {furniture} of page furniture hidden"
        self._summary = text
        self.summary_label.setText(text)
        self.summary_label.setToolTip(text + " · click a tile to compare it with the base")

    def summary(self) -> str:
        """What the matrix holds, as the title row says it (without the hint)."""
        return self._summary

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def set_theme(self, theme: Theme) -> None:
        self.view.set_theme(theme)
        self.legend.set_theme(theme)


# The legend: each kind's tile and word, then the first-wording notch on a "same" tile.
LEGEND_ENTRIES = (
    *((kind, False, KIND_WORDS[kind]) for kind in CellKind),
    (CellKind.EQUAL, True, "first wording"),
)
IMAGE_MARGIN_PX = 16


def _legend_line_height(font: QFont) -> float:
    return QFontMetrics(font).height() * ROW_HEIGHT_LINES


def legend_places(font: QFont, width: float) -> tuple[list[QRectF], float]:
    """Where each legend entry (tile and word) goes in a legend `width` wide: left to right,
    wrapping to a new line before an entry that would not fit whole; and the total height."""
    metrics = QFontMetrics(font)
    line = _legend_line_height(font)
    tile_width = (line - 2 * TILE_INSET_PX) * 1.4
    gap = metrics.horizontalAdvance(" ")
    spacing = metrics.horizontalAdvance("M") * 1.5
    places: list[QRectF] = []
    x, y = 0.0, 0.0
    for _kind, _is_reference, word in LEGEND_ENTRIES:
        entry_width = tile_width + gap + metrics.horizontalAdvance(word) + 2
        if x > 0 and x + entry_width > width:
            x, y = 0.0, y + line
        places.append(QRectF(x, y, entry_width, line))
        x += entry_width + spacing
    return places, y + line


def paint_legend(painter: QPainter, rect: QRectF, theme: Theme, font: QFont) -> None:
    """Sample tiles with their words, in as many lines as `rect`'s width needs."""
    metrics = QFontMetrics(font)
    places, _height = legend_places(font, rect.width())
    side = _legend_line_height(font) - 2 * TILE_INSET_PX
    for (kind, is_reference, word), place in zip(LEGEND_ENTRIES, places, strict=True):
        place = place.translated(rect.topLeft())
        tile = QRectF(place.left(), place.top() + TILE_INSET_PX, side * 1.4, side)
        paint_tile(painter, tile, theme, kind, font, is_reference=is_reference)
        label = QRectF(place.adjusted(tile.width() + metrics.horizontalAdvance(" "), 0, 0, 0))
        painter.setPen(theme.text)
        painter.setFont(font)
        painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, word)


class MatrixLegend(QWidget):
    """Sample tiles with their words, so the glyphs and tints need no guessing; the entries
    wrap onto more lines in a narrow panel rather than lose letters."""

    def __init__(self, parent: QWidget | None = None, theme: Theme | None = None) -> None:
        super().__init__(parent)
        self._theme = theme or theme_for()
        self.setObjectName("MatrixLegend")
        self.setAccessibleName(self.text())
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    @staticmethod
    def text() -> str:
        words = [f"{CELL_GLYPHS[kind]} {KIND_WORDS[kind]}" for kind in CellKind]
        return ", ".join([*words, "corner mark: first wording"])

    def places(self) -> list[QRectF]:
        """Each entry's box at the current width (a test checks none runs past the edge)."""
        return legend_places(self.font(), self.width())[0]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return math.ceil(legend_places(self.font(), width)[1])

    def sizeHint(self) -> QSize:
        places, height = legend_places(self.font(), 1e9)
        return QSize(math.ceil(places[-1].right()), math.ceil(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.heightForWidth(max(1, self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint_legend(painter, QRectF(self.rect()), self._theme, self.font())
        painter.end()


def titled_matrix_image(table: QImage, title: str, note: str, theme: Theme, font: QFont) -> QImage:
    """The PNG export: a title, a note (counts, filter) and the legend above the table."""
    metrics = QFontMetrics(font)
    title_font = QFont(font)
    title_font.setPointSizeF(font.pointSizeF() * 1.3)
    title_font.setWeight(QFont.Weight.DemiBold)
    title_height = QFontMetrics(title_font).height() * 1.3
    note_height = metrics.height() * 1.4
    width = table.width() + 2 * IMAGE_MARGIN_PX
    legend_height = legend_places(font, width - 2 * IMAGE_MARGIN_PX)[1] + metrics.height() * 0.4
    band = round(IMAGE_MARGIN_PX + title_height + note_height + legend_height)
    image = QImage(width, band + table.height() + IMAGE_MARGIN_PX, QImage.Format.Format_RGB32)
    image.fill(theme.background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    inner = width - 2 * IMAGE_MARGIN_PX
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    y = float(IMAGE_MARGIN_PX)
    painter.setFont(title_font)
    painter.setPen(theme.header_text)
    elided = QFontMetrics(title_font).elidedText(title, Qt.TextElideMode.ElideRight, inner)
    painter.drawText(QRectF(IMAGE_MARGIN_PX, y, inner, title_height), left, elided)
    y += title_height
    painter.setFont(font)
    painter.setPen(theme.subdued_text)
    painter.drawText(QRectF(IMAGE_MARGIN_PX, y, inner, note_height), left, note)
    y += note_height
    paint_legend(painter, QRectF(IMAGE_MARGIN_PX, y, inner, legend_height), theme, font)
    painter.drawImage(IMAGE_MARGIN_PX, band, table)
    painter.end()
    return image


def panel_style(theme: Theme) -> str:
    """The panel's style sheet for `theme`: section chrome, headers, filter buttons."""
    warning = theme.colors("removed")
    return f"""
#VersionsPanel {{ background: {theme.header.name()}; }}
#VersionsPanel QLabel#SectionTitle {{ color: {theme.header_text.name()}; font-weight: 600; }}
#VersionsPanel QLabel#SectionNote {{ color: {theme.subdued_text.name()}; padding-left: 6px; }}
#VersionsPanel #VersionList, #VersionsPanel #MatrixView {{
    background: {theme.background.name()};
    border: 1px solid {theme.rule.name()};
}}
#VersionsPanel QToolButton#FilterButton {{
    color: {theme.header_text.name()};
    background: {theme.background.name()};
    border: 1px solid {theme.rule.darker(115).name()};
    padding: 3px 10px;
}}
#VersionsPanel QToolButton#FilterButton:checked {{
    color: {theme.background.name()};
    background: {theme.focus.name()};
    border-color: {theme.focus.name()};
}}
#VersionsPanel #PanelMessage {{
    background: {(warning.background or theme.alternate).name()};
    border-bottom: 1px solid {warning.mark.name()};
}}
#VersionsPanel #PanelMessage QLabel {{ color: {theme.text.name()}; }}
"""
