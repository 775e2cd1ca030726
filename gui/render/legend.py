"""`LegendLayout`: the legend of the gutter marks and highlight colours, laid out and drawn.

The window's legend bar and the title band of the PNG/PDF exports draw the same legend through
this class, with the `RowPainter` that draws the rows: each entry is the row's gutter badge (or,
for whole sentences added or cut, the tick the gutter shows beside them), its label, and a
sample word in the text mark it stands for (`RowPainter.mark_format`). Entries flow left to
right and wrap to a new line when the next one would not fit whole, so no label is ever cut.
The entries themselves are data (`gui.presentation.gutter_marks.legend_entries`).

May import `gui.presentation`, `gui.render.row_painter`, `PySide6.QtGui`/`QtCore`; never
`QtWidgets` (exports draw without a window).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout

from wirediff.gui.presentation.gutter_marks import SENTENCE_TICK
from wirediff.gui.presentation.row_text import Mark

if TYPE_CHECKING:
    from wirediff.gui.presentation.gutter_marks import LegendEntry
    from wirediff.gui.render.row_painter import RowPainter

LABEL_GAP_EMS = 0.3  # between a badge and its label
SAMPLE_GAP_EMS = 0.6  # between a label and its sample word
ENTRY_SPACING_EMS = 1.8  # between entries


def sample_layout(text: str, font: QFont, painter: RowPainter, mark: Mark) -> QTextLayout:
    """`text` on one line in the text format of `mark`, as the rows draw it."""
    layout = QTextLayout(text, font)
    text_range = QTextLayout.FormatRange()
    text_range.start = 0
    text_range.length = len(text)
    text_range.format = painter.mark_format(mark)
    layout.setFormats([text_range])
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    line.setPosition(QPointF(0, painter.baseline_shift))
    layout.endLayout()
    return layout


@dataclass(slots=True)
class LegendItem:
    entry: LegendEntry
    origin: QPointF  # top-left of the entry within the legend
    width: float
    label_width: float
    sample: QTextLayout | None


class LegendLayout:
    """Legend entries laid out in lines no wider than `width`, in the row painter's look."""

    def __init__(
        self,
        painter: RowPainter,
        entries: tuple[LegendEntry, ...],
        width: float,
        font: QFont | None = None,
    ) -> None:
        self.painter = painter
        self.font = QFont(font or painter.font)
        self.badge_width = painter.columns(1000).gutter.width()
        self.line_height = painter.line_height
        metrics = QFontMetricsF(self.font)
        em = painter.em
        self.items: list[LegendItem] = []
        x, y = 0.0, 0.0
        for entry in entries:
            # Rounded up and padded: a label drawn in a box its exact width may lose a letter.
            label_width = metrics.horizontalAdvance(entry.label) + 2
            sample = None
            item_width = self.badge_width + em * LABEL_GAP_EMS + label_width
            if entry.sample is not None and entry.mark is not None:
                sample = sample_layout(entry.sample, self.font, painter, Mark(entry.mark))
                item_width += em * SAMPLE_GAP_EMS + sample.lineAt(0).naturalTextWidth()
            if x > 0 and x + item_width > width:
                x, y = 0.0, y + self.line_height
            self.items.append(LegendItem(entry, QPointF(x, y), item_width, label_width, sample))
            x += item_width + em * ENTRY_SPACING_EMS
        self.height = y + self.line_height if self.items else 0.0
        self.natural_width = max((i.origin.x() + i.width for i in self.items), default=0.0)

    def draw(self, painter: QPainter, origin: QPointF) -> None:
        row_painter = self.painter
        theme = row_painter.theme
        em = row_painter.em
        painter.save()
        for item in self.items:
            top_left = origin + item.origin
            symbol_box = QRectF(top_left.x(), top_left.y(), self.badge_width, self.line_height)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            if item.entry.kind == SENTENCE_TICK:
                self._draw_ticks(painter, symbol_box)
            else:
                row_painter.draw_badge(painter, symbol_box, item.entry.kind)
            label_left = symbol_box.right() + em * LABEL_GAP_EMS
            painter.setFont(self.font)
            painter.setPen(theme.text)
            painter.drawText(
                QRectF(label_left, top_left.y(), item.label_width, self.line_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                item.entry.label,
            )
            if item.sample is not None:
                sample_left = label_left + item.label_width + em * SAMPLE_GAP_EMS
                item.sample.draw(painter, QPointF(sample_left, top_left.y()))
        painter.restore()

    def _draw_ticks(self, painter: QPainter, box: QRectF) -> None:
        """The sentence ticks as the gutter draws them: cut (left edge), added (right edge)."""
        row_painter = self.painter
        for kind, rect in (
            ("removed", row_painter.tick_rect(box, left=True)),
            ("added", row_painter.tick_rect(box, left=False)),
        ):
            painter.fillRect(rect, row_painter.theme.colors(kind).mark)

    def entry_at(self, point: QPointF) -> LegendEntry | None:
        """The entry under `point` (legend coordinates), for a tooltip."""
        for item in self.items:
            rect = QRectF(item.origin.x(), item.origin.y(), item.width, self.line_height)
            if rect.contains(point):
                return item.entry
        return None
