"""The parts of a drawn export that are not comparison rows: title band, legend, gaps, headers.

An exported image or PDF page reads, top to bottom: the title band (both file names with the
date, the summary, the legend, then the OLD/NEW strip over the two halves, as the window's
header bar), then the rows, drawn by `gui.render.row_painter`. "Changes only" exports put a gap line
where unchanged paragraphs were left out. Later parts of a split image and later PDF pages open
with a continuation header (title, part number, the OLD/NEW strip); PDF pages end with a footer.

Everything here takes its font, metrics, column split and colours from the `RowPainter` that
draws the rows, so the band lines up with the halves and the legend shows exactly the marks of
the rows (`gui.render.legend.LegendLayout`, which the window's legend bar draws with too).

May import `core`, `gui.presentation`, `gui.render`, `PySide6.QtGui`/`QtCore` and the standard
library; never `QtWidgets` (the command line draws without a window).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from wirediff.core.result import Side
from wirediff.gui.presentation.export_plan import Heading, SideHeading
from wirediff.gui.render.legend import LegendLayout
from wirediff.gui.render.row_painter import Columns, RowPainter

if TYPE_CHECKING:
    from wirediff.gui.presentation.gutter_marks import LegendEntry

# Sizes relative to the row text, so a zoomed export keeps its proportions.
TITLE_SCALE = 1.3
SMALL_SCALE = 0.85
CAPTION_SCALE = 0.72
BAND_TOP_EMS = 1.0
TITLE_GAP_EMS = 0.35
SUMMARY_GAP_EMS = 0.8
LEGEND_GAP_EMS = 0.9
STRIP_LINES = 1.7  # height of the OLD/NEW strip, in row lines
GAP_LINES = 1.3  # height of an "N unchanged paragraphs" line
FOOTER_LINES = 1.6
# File names may run long without a space, so a title may break anywhere; the summary is words
# ("3 sentences added · 1 minor") and breaks only between them.
WRAP = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
WORD_WRAP = Qt.TextFlag.TextWordWrap


def scaled_font(font: QFont, factor: float, weight: QFont.Weight | None = None) -> QFont:
    """`font` at `factor` times its size (pixel- or point-sized alike), optionally re-weighted."""
    result = QFont(font)
    if font.pixelSize() > 0:
        result.setPixelSize(max(1, round(font.pixelSize() * factor)))
    else:
        result.setPointSizeF(max(1.0, font.pointSizeF() * factor))
    if weight is not None:
        result.setWeight(weight)
    return result


def _wrapped_height(font: QFont, text: str, width: float, flags: Qt.TextFlag = WRAP) -> float:
    bounds = QFontMetricsF(font).boundingRect(QRectF(0, 0, max(1.0, width), 1e6), flags, text)
    return math.ceil(bounds.height())


class ExportBands:
    """Lays out and draws the non-row parts of an export at one width, with one row painter."""

    def __init__(self, painter: RowPainter, width: int) -> None:
        self.painter = painter
        self.theme = painter.theme
        self.width = width
        self.columns: Columns = painter.columns(width)
        self.em = painter.em
        self.line_height = painter.line_height
        # Band text starts where row text starts, not at the edge of the tinted halves.
        self.margin = self.columns.left.left() + self.columns.text_inset
        self.text_font = QFont(painter.font)
        self.title_font = scaled_font(painter.font, TITLE_SCALE, QFont.Weight.Bold)
        self.small_font = scaled_font(painter.font, SMALL_SCALE)
        self.name_font = QFont(painter.font)
        self.name_font.setWeight(QFont.Weight.DemiBold)
        self.caption_font = scaled_font(painter.font, CAPTION_SCALE, QFont.Weight.Bold)
        self.caption_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.0)
        self.strip_height = math.ceil(self.line_height * STRIP_LINES)
        self.gap_height = math.ceil(self.line_height * GAP_LINES)
        self.footer_height = math.ceil(self.line_height * FOOTER_LINES)
        small_line = QFontMetricsF(self.small_font).height()
        self.continuation_line = math.ceil(small_line * 1.8)
        self.continuation_height = self.continuation_line + self.strip_height

    # -- title band -----------------------------------------------------------------------

    def title_band(self, heading: Heading, legend: tuple[LegendEntry, ...]) -> TitleBand:
        """Measure the title band for `heading` and `legend`."""
        return TitleBand(self, heading, legend)

    # -- the OLD/NEW strip ----------------------------------------------------------------

    def draw_strip(self, painter: QPainter, origin: QPointF, heading: Heading) -> None:
        """The OLD/NEW strip: each side's caption, name and details over its half."""
        theme = self.theme
        strip = QRectF(origin.x(), origin.y(), self.width, self.strip_height)
        painter.fillRect(strip, theme.header)
        painter.setPen(QPen(theme.rule, 1))
        painter.drawLine(strip.topLeft(), strip.topRight())
        painter.drawLine(
            QPointF(strip.left(), strip.bottom() - 0.5),
            QPointF(strip.right(), strip.bottom() - 0.5),
        )
        for side, side_heading in ((Side.LEFT, heading.left), (Side.RIGHT, heading.right)):
            half = self.columns.half(side)
            box = QRectF(
                origin.x() + half.left() + self.columns.text_inset,
                origin.y(),
                half.width() - 2 * self.columns.text_inset,
                self.strip_height,
            )
            self._draw_side_heading(painter, box, side, side_heading)

    def _draw_side_heading(
        self, painter: QPainter, box: QRectF, side: Side, heading: SideHeading
    ) -> None:
        theme = self.theme
        kind = "removed" if side is Side.LEFT else "added"
        color = theme.colors(kind).mark
        caption_metrics = QFontMetricsF(self.caption_font)
        caption_width = caption_metrics.horizontalAdvance(heading.caption) + self.em * 0.7
        caption_height = caption_metrics.height() + self.em * 0.2
        caption = QRectF(box.left(), 0, caption_width, caption_height)
        caption.moveCenter(QPointF(caption.center().x(), box.center().y()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(color, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(caption.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.setFont(self.caption_font)
        painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, heading.caption)
        details_width = QFontMetricsF(self.small_font).horizontalAdvance(heading.details)
        details = QRectF(box.right() - details_width, box.top(), details_width, box.height())
        painter.setFont(self.small_font)
        painter.setPen(theme.subdued_text)
        painter.drawText(details, Qt.AlignmentFlag.AlignVCenter, heading.details)
        name_left = caption.right() + self.em * 0.6
        name_width = max(0.0, details.left() - self.em * 0.8 - name_left)
        # The full names are in the title above; here a long name keeps both of its ends.
        name = QFontMetricsF(self.name_font).elidedText(
            heading.name, Qt.TextElideMode.ElideMiddle, name_width
        )
        painter.setFont(self.name_font)
        painter.setPen(theme.header_text)
        painter.drawText(
            QRectF(name_left, box.top(), name_width, box.height()),
            Qt.AlignmentFlag.AlignVCenter,
            name,
        )

    # -- gaps, continuation headers, footers ----------------------------------------------

    def draw_gap(self, painter: QPainter, origin: QPointF, caption: str) -> None:
        """The line standing for a run of unchanged paragraphs left out of the export."""
        theme = self.theme
        rect = QRectF(origin.x(), origin.y(), self.width, self.gap_height)
        painter.fillRect(rect, theme.alternate)
        painter.setPen(QPen(theme.colors("equal").mark, 1, Qt.PenStyle.DashLine))
        middle = rect.center().y()
        metrics = QFontMetricsF(self.small_font)
        text_width = metrics.horizontalAdvance(caption) + self.em * 1.5
        for start, end in (
            (rect.left() + self.margin, rect.center().x() - text_width / 2),
            (rect.center().x() + text_width / 2, rect.right() - self.margin),
        ):
            if end > start:
                painter.drawLine(QPointF(start, middle), QPointF(end, middle))
        painter.setPen(QPen(theme.rule, 1))
        painter.drawLine(
            QPointF(rect.left(), rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5)
        )
        painter.setFont(self.small_font)
        painter.setPen(theme.subdued_text)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, caption)

    def draw_continuation(
        self, painter: QPainter, origin: QPointF, heading: Heading, part: str
    ) -> None:
        """The header of a later part or page: the title and `part`, then the OLD/NEW strip."""
        line = QRectF(
            origin.x() + self.margin,
            origin.y(),
            self.width - 2 * self.margin,
            self.continuation_line,
        )
        painter.fillRect(
            QRectF(origin.x(), origin.y(), self.width, self.continuation_line),
            self.theme.background,
        )
        self._draw_two_ends(painter, line, heading.title, part)
        self.draw_strip(painter, QPointF(origin.x(), origin.y() + self.continuation_line), heading)

    def draw_footer(self, painter: QPainter, origin: QPointF, left: str, right: str) -> None:
        """A PDF page's footer: `left` (the title) and `right` (the page number)."""
        line = QRectF(
            origin.x() + self.margin, origin.y(), self.width - 2 * self.margin, self.footer_height
        )
        painter.setPen(QPen(self.theme.rule, 1))
        painter.drawLine(QPointF(line.left(), line.top()), QPointF(line.right(), line.top()))
        self._draw_two_ends(painter, line, left, right)

    def _draw_two_ends(self, painter: QPainter, line: QRectF, left: str, right: str) -> None:
        metrics = QFontMetricsF(self.small_font)
        right_width = metrics.horizontalAdvance(right)
        left_text = metrics.elidedText(
            left, Qt.TextElideMode.ElideMiddle, max(0.0, line.width() - right_width - self.em * 2)
        )
        painter.setFont(self.small_font)
        painter.setPen(self.theme.subdued_text)
        painter.drawText(
            line, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, left_text
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, right)


class TitleBand:
    """The first block of every drawn export, measured at the bands' width."""

    def __init__(
        self, bands: ExportBands, heading: Heading, legend: tuple[LegendEntry, ...]
    ) -> None:
        self.bands = bands
        self.heading = heading
        em = bands.em
        inner = bands.width - 2 * bands.margin
        self.date_width = QFontMetricsF(bands.text_font).horizontalAdvance(heading.date)
        self.part_width = QFontMetricsF(bands.text_font).horizontalAdvance("Part 00 of 00")
        self.title_width = max(em * 8, inner - max(self.date_width, self.part_width) - em * 2)
        self.title_top = em * BAND_TOP_EMS
        self.title_height = _wrapped_height(bands.title_font, heading.title, self.title_width)
        self.summary_top = self.title_top + self.title_height + em * TITLE_GAP_EMS
        self.summary_height = _wrapped_height(bands.text_font, heading.summary, inner, WORD_WRAP)
        self.legend_top = self.summary_top + self.summary_height + em * SUMMARY_GAP_EMS
        self.legend = LegendLayout(bands.painter, legend, inner, bands.text_font)
        self.strip_top = math.ceil(self.legend_top + self.legend.height + em * LEGEND_GAP_EMS)
        self.height = self.strip_top + bands.strip_height

    def draw(self, painter: QPainter, origin: QPointF, part: str | None = None) -> None:
        """Paint the band at `origin`; `part` ("Part 1 of 3") goes under the date."""
        bands = self.bands
        theme = bands.theme
        painter.save()
        painter.fillRect(QRectF(origin.x(), origin.y(), bands.width, self.height), theme.background)
        left = origin.x() + bands.margin
        right = origin.x() + bands.width - bands.margin
        painter.setFont(bands.title_font)
        painter.setPen(theme.text)
        painter.drawText(
            QRectF(left, origin.y() + self.title_top, self.title_width, self.title_height),
            WRAP,
            self.heading.title,
        )
        title_line = QFontMetricsF(bands.title_font).height()
        painter.setFont(bands.text_font)
        painter.setPen(theme.subdued_text)
        date_box = QRectF(left, origin.y() + self.title_top, right - left, title_line)
        painter.drawText(
            date_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.heading.date
        )
        if part is not None:
            painter.drawText(
                date_box.translated(0, title_line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                part,
            )
        painter.setPen(theme.text)
        painter.drawText(
            QRectF(left, origin.y() + self.summary_top, right - left, self.summary_height),
            WORD_WRAP,
            self.heading.summary,
        )
        self.legend.draw(painter, QPointF(left, origin.y() + self.legend_top))
        bands.draw_strip(painter, QPointF(origin.x(), origin.y() + self.strip_top), self.heading)
        painter.restore()
