"""Lays out and draws ONE comparison row; the window and the PNG/PDF exports all draw through it.

Painting flow, for a row and a width:

1. `RowPainter.columns(width)` splits the width into the left half, the middle gutter and the
   right half (`Columns`); headers and exports use the same split so they line up.
2. `RowPainter.layout(row, width)` turns each half into paragraphs with marked spans
   (`gui.presentation.row_text.side_paragraphs`), gives each paragraph a `QTextLayout` whose
   formats carry the marks (tints, underline, strike-through), breaks it into lines at the half's
   text width and stacks the paragraphs. The row is as tall as its taller half plus padding, so
   both halves always sit level. A moved row gets a label band on top. The result is a `RowLayout`,
   which a caller may keep while width, font, theme and options stay the same.
3. `RowPainter.draw_layout(painter, row_layout, top_left)` paints, in order: selection or kind
   tint of each half (an added row tints the right half and hatches the empty left one, and so
   on), the gutter with the row's symbol and bar, the moved label, the text, the row rule and
   the focus frame.

`RowPainter.height(row, width)` and `RowPainter.paint(painter, row, top_left, width)` are the
short forms an exporter needs. Colours come only from the `Theme`; no colour is the only signal
(gutter symbols, underlines for inserted words, strike-through for deleted ones).

May import `core`, `gui.render.theme`, `gui.presentation.row_text`, `PySide6.QtGui`/`QtCore` and
the standard library; never `QtWidgets`: exports draw without a window.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from wirediff.core.result import Row, RowKind, Side
from wirediff.gui.presentation.gutter_marks import GUTTER_SYMBOLS, sentence_tick_side
from wirediff.gui.presentation.repair_marks import ComparisonRepairs, RepairMark
from wirediff.gui.presentation.row_text import (
    Mark,
    Paragraph,
    Span,
    row_mark,
    side_paragraphs,
)
from wirediff.gui.render.row_layout import (
    Columns,
    PaintOptions,
    RowLayout,
    is_right_to_left,
    left_paragraph_of,
    moved_label,
    right_paragraph_of,
)
from wirediff.gui.render.theme import Theme

__all__ = ["Columns", "PaintOptions", "RowLayout", "RowPainter", "moved_label"]

# Layout proportions, in units of the font's line height so everything scales with zoom.
LINE_HEIGHT_FACTOR = 1.45  # of the font's pixel size: comfortable reading leading
ROW_PADDING_LINES = 0.45  # above and below each row's text
PARAGRAPH_GAP_LINES = 0.55  # between paragraphs inside one half (merged and split paragraphs)
OUTER_MARGIN_EMS = 1.0  # left of the left half and right of the right half
TEXT_INSET_EMS = 0.9  # between a half's edge and its text
GUTTER_EMS = 2.4  # width of the middle gutter
LABEL_SCALE = 0.85  # moved-label font size relative to the text font
GUTTER_BAR_PX = 3.0
# The tick beside a whole sentence added or cut: a bar at the gutter's edge on its side.
TICK_WIDTH_PX = 4.0
TICK_INSET_PX = 2.0
SELECTION_ALPHA = 190
DIMMED_OPACITY = 0.5  # page furniture, when shown
REPAIRED_KIND = "repaired"  # the theme's colours of characters a repair replaced


class RowPainter:
    """Lays out and paints comparison rows with one font, theme and set of options."""

    def __init__(self, font: QFont, theme: Theme, options: PaintOptions | None = None) -> None:
        self.font = QFont(font)
        self.theme = theme
        self.options = options or PaintOptions()
        metrics = QFontMetricsF(self.font)
        pixel_size: float = self.font.pixelSize()
        if pixel_size <= 0:
            pixel_size = metrics.height() / 1.17  # typical ascent+descent of a text face
        self.line_height = math.ceil(max(metrics.height(), pixel_size * LINE_HEIGHT_FACTOR))
        self.baseline_shift = (self.line_height - metrics.height()) / 2
        self.em = metrics.horizontalAdvance("M")
        self.average_char_width = max(1.0, metrics.averageCharWidth())
        self.padding = round(self.line_height * ROW_PADDING_LINES)
        self.paragraph_gap = round(self.line_height * PARAGRAPH_GAP_LINES)
        self.label_font = QFont(self.font)
        self.label_font.setPointSizeF(max(6.0, self.font.pointSizeF() * LABEL_SCALE))
        self.label_font.setWeight(QFont.Weight.DemiBold)
        label_metrics = QFontMetricsF(self.label_font)
        self.label_height = math.ceil(label_metrics.height() * 1.5)
        self.symbol_font = QFont(self.font)
        self.symbol_font.setWeight(QFont.Weight.Bold)
        self._formats = self._make_formats()
        # Made once and copied into each paragraph's layout: a row may hold a dozen paragraphs
        # and a long export lays out thousands.
        self._text_options = {
            right_to_left: _text_option(right_to_left) for right_to_left in (False, True)
        }
        self._columns: tuple[int, Columns] | None = None  # the width asked for last, split

    def mark_format(self, mark: Mark) -> QTextCharFormat:
        """A copy of the text format of `mark` (the export legend shows the same marks)."""
        return QTextCharFormat(self._formats[mark])

    def _make_formats(self) -> dict[Mark, QTextCharFormat]:
        theme = self.theme
        formats: dict[Mark, QTextCharFormat] = {}
        for mark, kind in (
            (Mark.ADDED, "added"),
            (Mark.REMOVED, "removed"),
            (Mark.INSERTED, "added"),
            (Mark.DELETED, "removed"),
            (Mark.MINOR, "minor"),
        ):
            colors = theme.colors(kind)
            text_format = QTextCharFormat()
            # Whole sentences added or cut are marked as strongly as changed words (the same
            # tint, underline or strike-through), and the gutter ticks them besides.
            tint = colors.word or colors.background
            if tint is not None:
                text_format.setBackground(QBrush(tint))
            if mark in (Mark.INSERTED, Mark.ADDED):
                text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                text_format.setUnderlineColor(colors.mark)
            elif mark in (Mark.DELETED, Mark.REMOVED):
                text_format.setFontStrikeOut(True)
            elif mark is Mark.MINOR:
                text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                text_format.setUnderlineColor(colors.mark)
                text_format.setForeground(QBrush(theme.subdued_text))
            formats[mark] = text_format
        return formats

    # -- geometry -------------------------------------------------------------------------

    def columns(self, width: int) -> Columns:
        """Split a row of `width` pixels into left half, gutter and right half (the same
        `Columns` each time for one width: do not change its rectangles)."""
        last = self._columns
        if last is None or last[0] != width:
            # One tuple, stored at once: a painter shared between threads never pairs a width
            # with another width's columns.
            last = self._columns = (width, self._split(width))
        return last[1]

    def _split(self, width: int) -> Columns:
        margin = round(self.em * OUTER_MARGIN_EMS)
        gutter = round(self.em * GUTTER_EMS)
        half = max(1.0, (width - 2 * margin - gutter) / 2)
        return Columns(
            left=QRectF(margin, 0, half, 1),
            gutter=QRectF(margin + half, 0, gutter, 1),
            right=QRectF(margin + half + gutter, 0, half, 1),
            text_inset=round(self.em * TEXT_INSET_EMS),
        )

    def estimate_height(self, row: Row, width: int) -> int:
        """A guess at `row`'s height from its sentence lengths, without laying out any text.

        The view uses it for rows it has not measured yet, so the scroll bar spans the whole
        document at once; it errs slightly high so rows rarely grow when measured.
        """
        per_line = max(1.0, self.columns(width).text_width() / self.average_char_width)
        tallest = 0
        for side_of in (left_paragraph_of, right_paragraph_of):
            lengths: dict[int, int] = {}
            for sentence in row.sentences:
                paragraph, text = side_of(sentence)
                if paragraph is not None and text is not None:
                    lengths[paragraph] = lengths.get(paragraph, 0) + len(text) + 1
            lines = sum(max(1, math.ceil(count * 1.05 / per_line)) for count in lengths.values())
            gaps = max(0, len(lengths) - 1) * self.paragraph_gap
            tallest = max(tallest, lines * self.line_height + gaps)
        label = self.label_height + self.padding // 2 if row.kind is RowKind.MOVED else 0
        return max(tallest, self.line_height) + 2 * self.padding + label

    # -- layout ---------------------------------------------------------------------------

    def _repair_format(self) -> QTextCharFormat:
        colors = self.theme.colors(REPAIRED_KIND)
        text_format = QTextCharFormat()
        if colors.background is not None:
            text_format.setBackground(QBrush(colors.background))
        text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        text_format.setUnderlineColor(colors.mark)
        return text_format

    def _paragraph_layout(
        self,
        paragraph: Paragraph,
        text_width: float,
        repaired: tuple[RepairMark, ...] = (),
    ) -> QTextLayout:
        layout = QTextLayout(paragraph.text, self.font)
        layout.setTextOption(self._text_options[is_right_to_left(paragraph.text)])
        layout.setCacheEnabled(True)
        ranges = []
        for span in paragraph.spans:
            text_range = QTextLayout.FormatRange()
            text_range.start = span.start
            text_range.length = span.end - span.start
            text_range.format = self._formats[span.mark]
            ranges.append(text_range)
        for mark in repaired:
            # Repaired characters: a faint tint and dashed underline, over any change mark.
            text_range = QTextLayout.FormatRange()
            text_range.start = mark.start
            text_range.length = mark.end - mark.start
            text_range.format = self._repair_format()
            ranges.append(text_range)
        if ranges:
            layout.setFormats(ranges)
        layout.beginLayout()
        y = self.baseline_shift
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(text_width)
            line.setPosition(QPointF(0, y))
            y += self.line_height
        layout.endLayout()
        return layout

    def layout(
        self,
        row: Row,
        width: int,
        *,
        index: int | None = None,
        repairs: ComparisonRepairs | None = None,
    ) -> RowLayout:
        """Lay out `row` at `width`; `index` (its display row) lets a moved label say where,
        and `repairs` (the window's) marks the characters the repair of a file replaced."""
        columns = self.columns(width)
        text_width = columns.text_width()
        result = RowLayout(row=row, width=width, height=0, columns=columns, text_top=0)
        top = float(self.padding)
        if row.kind is RowKind.MOVED:
            result.label = moved_label(row, index)
            label_width = QFontMetricsF(self.label_font).horizontalAdvance(result.label)
            # A move shown at both places labels its empty half; a whole move, its new side.
            label_side = Side.LEFT if not row.left else Side.RIGHT
            result.label_rect = QRectF(
                columns.half(label_side).left() + columns.text_inset - self.em * 0.4,
                top,
                label_width + self.em * 0.8,
                self.label_height,
            )
            top += self.label_height + self.padding * 0.5
        result.text_top = top
        tallest = 0.0
        # A paragraph that reads the same in both halves (as wide as each other) is laid out
        # once and drawn twice: most rows of a long story are unchanged, and the text shaping
        # is most of a row's layout. Nothing changes a layout after it is made.
        shared: dict[tuple[str, tuple[Span, ...], tuple[RepairMark, ...]], QTextLayout] = {}
        for side in (Side.LEFT, Side.RIGHT):
            placed: list[tuple[QTextLayout, float]] = []
            y = 0.0
            for paragraph in side_paragraphs(row, side, show_minor=self.options.show_minor):
                if placed:
                    y += self.paragraph_gap
                repaired = repairs.marks(side, paragraph) if repairs else ()
                key = (paragraph.text, paragraph.spans, repaired)
                text_layout = shared.get(key)
                if text_layout is None:
                    text_layout = self._paragraph_layout(paragraph, text_width, repaired)
                    shared[key] = text_layout
                placed.append((text_layout, y))
                self._add_ticks(result, paragraph, text_layout, top + y)
                y += text_layout.lineCount() * self.line_height
            result.halves[side] = placed
            tallest = max(tallest, y)
        result.height = math.ceil(top + max(tallest, self.line_height) + self.padding)
        return result

    def _add_ticks(
        self, result: RowLayout, paragraph: Paragraph, text_layout: QTextLayout, top: float
    ) -> None:
        """Record the lines of each whole sentence added or cut, from the row's top."""
        for span in paragraph.spans:
            if span.mark not in (Mark.ADDED, Mark.REMOVED) or span.end <= span.start:
                continue
            first = text_layout.lineForTextPosition(span.start)
            last = text_layout.lineForTextPosition(span.end - 1)
            if not first.isValid() or not last.isValid():
                continue
            start = top + first.y() - self.baseline_shift
            end = top + last.y() - self.baseline_shift + self.line_height
            previous = result.ticks[-1] if result.ticks else None
            if previous is not None and previous[0] is span.mark and start <= previous[2] + 1:
                # Sentences cut one after another read as one cut passage: one tick.
                result.ticks[-1] = (span.mark, previous[1], max(end, previous[2]))
            else:
                result.ticks.append((span.mark, start, end))

    def tick_rect(self, box: QRectF, *, left: bool) -> QRectF:
        """The tick at the left or right edge of a gutter `box`, as tall as the box."""
        x = box.left() + TICK_INSET_PX if left else box.right() - TICK_INSET_PX - TICK_WIDTH_PX
        return QRectF(x, box.top(), TICK_WIDTH_PX, box.height())

    def tick_at(self, row_layout: RowLayout, point: QPointF) -> Mark | None:
        """The sentence tick under `point` (row coordinates) in the gutter, or None: the tick
        and the gutter half on its side, so the pointer need not hit four pixels."""
        gutter = row_layout.columns.gutter
        if not gutter.left() <= point.x() < gutter.right():
            return None
        on_left = point.x() < gutter.center().x()
        for mark, top, bottom in row_layout.ticks:
            if top <= point.y() < bottom and on_left == (sentence_tick_side(mark) is Side.LEFT):
                return mark
        return None

    def fold_layout(self, row: Row, width: int, caption: str) -> RowLayout:
        """A row of page furniture folded away: a thin strip with `caption`, or nothing ("")."""
        height = math.ceil(self.label_height + self.padding) if caption else 0
        return RowLayout(
            row=row,
            width=width,
            height=height,
            columns=self.columns(width),
            text_top=0,
            fold=caption,
        )

    def _draw_fold(self, painter: QPainter, row_layout: RowLayout, top_left: QPointF) -> None:
        rect = QRectF(top_left.x(), top_left.y(), row_layout.width, row_layout.height)
        painter.fillRect(rect, self.theme.alternate)
        painter.setPen(self.theme.subdued_text)
        painter.setFont(self.label_font)
        text_rect = rect.adjusted(row_layout.columns.left.left() + self.em, 0, -self.em, 0)
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(text_rect, align, row_layout.fold or "")
        painter.setPen(QPen(self.theme.rule, 1))
        bottom = rect.bottom() - 1
        painter.drawLine(QPointF(rect.left(), bottom), QPointF(rect.right(), bottom))

    def height(self, row: Row, width: int) -> int:
        """The row's height in pixels at `width`."""
        return self.layout(row, width).height

    # -- painting -------------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        row: Row,
        top_left: QPointF,
        width: int,
        *,
        index: int | None = None,
        selected: bool = False,
        current: bool = False,
    ) -> int:
        """Lay out and paint `row` at `top_left`; returns the height it took."""
        row_layout = self.layout(row, width, index=index)
        self.draw_layout(painter, row_layout, top_left, selected=selected, current=current)
        return row_layout.height

    def _half_rect(self, row_layout: RowLayout, side: Side, origin: QPointF) -> QRectF:
        half = row_layout.columns.half(side)
        return QRectF(origin.x() + half.left(), origin.y(), half.width(), row_layout.height)

    def _draw_backgrounds(
        self, painter: QPainter, row_layout: RowLayout, origin: QPointF, *, selected: bool
    ) -> None:
        theme = self.theme
        kind = row_layout.row.kind
        filled = {RowKind.ADDED: Side.RIGHT, RowKind.REMOVED: Side.LEFT}.get(kind)
        if kind is RowKind.MOVED and not (row_layout.row.left and row_layout.row.right):
            # One place of a move shown at both: its own side tinted, the other half empty.
            filled = Side.LEFT if row_layout.row.left else Side.RIGHT
        if filled is not None:
            tint = theme.colors(kind).background
            if tint is not None:
                painter.fillRect(self._half_rect(row_layout, filled, origin), tint)
            empty = Side.LEFT if filled is Side.RIGHT else Side.RIGHT
            empty_rect = self._half_rect(row_layout, empty, origin)
            painter.fillRect(empty_rect, theme.alternate)
            painter.fillRect(empty_rect, QBrush(theme.rule, Qt.BrushStyle.BDiagPattern))
        elif kind is RowKind.MOVED:
            tint = theme.colors(kind).background
            if tint is not None:
                for side in (Side.LEFT, Side.RIGHT):
                    painter.fillRect(self._half_rect(row_layout, side, origin), tint)
        if selected:
            # Translucent, over the kind tints, so a selected row still shows what changed.
            full = QRectF(origin.x(), origin.y(), row_layout.width, row_layout.height)
            overlay = QColor(theme.selection)
            overlay.setAlpha(SELECTION_ALPHA)
            painter.fillRect(full, overlay)

    def _draw_gutter(
        self,
        painter: QPainter,
        row_layout: RowLayout,
        origin: QPointF,
        clip: QRectF | None = None,
    ) -> None:
        gutter = row_layout.columns.gutter
        rect = QRectF(origin.x() + gutter.left(), origin.y(), gutter.width(), row_layout.height)
        if clip is not None and not clip.intersects(rect):
            return
        painter.fillRect(rect, self.theme.gutter)
        mark = row_mark(row_layout.row, show_minor=self.options.show_minor)
        if mark is None:
            return
        color = self.theme.colors(mark).mark
        bar = QRectF(
            rect.center().x() - GUTTER_BAR_PX / 2,
            rect.top() + self.padding * 0.5,
            GUTTER_BAR_PX,
            rect.height() - self.padding,
        )
        if mark not in ("minor", "layout"):
            painter.fillRect(bar, color)
        for tick_mark, top, bottom in row_layout.ticks:
            band = QRectF(rect.left(), rect.top() + top, rect.width(), bottom - top)
            side = sentence_tick_side(tick_mark)
            kind = "removed" if tick_mark is Mark.REMOVED else "added"
            tick = self.tick_rect(band, left=side is Side.LEFT)
            painter.fillRect(tick, self.theme.colors(kind).mark)
        symbol_box = QRectF(rect.left(), rect.top() + self.padding, rect.width(), self.line_height)
        if clip is None or clip.intersects(symbol_box):
            self.draw_badge(painter, symbol_box, mark)

    def draw_badge(self, painter: QPainter, symbol_box: QRectF, mark: str) -> None:
        """The round gutter badge of `mark` (a `row_mark` value), centred in `symbol_box`."""
        color = self.theme.colors(mark).mark
        diameter = min(symbol_box.width() * 0.72, self.line_height * 0.95)
        badge = QRectF(0, 0, diameter, diameter)
        badge.moveCenter(symbol_box.center())
        painter.setPen(Qt.PenStyle.NoPen)
        # Minor and layout-only rows have the same words: a light badge, the symbol in colour.
        light = mark in ("minor", "layout")
        if mark == "layout":
            painter.setPen(QPen(color, 1))
        painter.setBrush(self.theme.gutter if light else color)
        painter.drawEllipse(badge)
        painter.setPen(color if light else self.theme.background)
        painter.setFont(self.symbol_font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, GUTTER_SYMBOLS[mark])

    def _draw_label(self, painter: QPainter, row_layout: RowLayout, origin: QPointF) -> None:
        if row_layout.label is None or row_layout.label_rect is None:
            return
        rect = row_layout.label_rect.translated(origin)
        color = self.theme.colors(RowKind.MOVED).mark
        painter.setPen(QPen(color, 1))
        painter.setBrush(self.theme.background)
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(self.theme.label_text)
        painter.setFont(self.label_font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, row_layout.label)

    def draw_layout(
        self,
        painter: QPainter,
        row_layout: RowLayout,
        top_left: QPointF,
        *,
        selected: bool = False,
        current: bool = False,
        clip: QRectF | None = None,
    ) -> None:
        """Paint a `RowLayout` made by this painter, its top-left corner at `top_left`.

        With `clip`, text wholly outside it (lines, the gutter symbol, the moved label) is not
        drawn at all. Exports that split a row across pages clip the painter too, but a PDF
        would still hold the hidden text and a search would find it on the wrong page.
        """
        painter.save()
        if row_layout.fold is not None:
            if row_layout.height:
                self._draw_fold(painter, row_layout, top_left)
            painter.restore()
            return
        if row_layout.dimmed:
            painter.setOpacity(DIMMED_OPACITY)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._draw_backgrounds(painter, row_layout, top_left, selected=selected)
        self._draw_gutter(painter, row_layout, top_left, clip)
        label_rect = row_layout.label_rect
        if clip is None or (
            label_rect is not None and clip.intersects(label_rect.translated(top_left))
        ):
            self._draw_label(painter, row_layout, top_left)
        painter.setPen(self.theme.text)
        columns = row_layout.columns
        for side, placed in row_layout.halves.items():
            half = columns.half(side).translated(top_left.x(), 0)
            if clip is not None and (clip.right() <= half.left() or clip.left() >= half.right()):
                continue
            x = half.left() + columns.text_inset
            for text_layout, y in placed:
                position = QPointF(x, top_left.y() + row_layout.text_top + y)
                if clip is None:
                    text_layout.draw(painter, position)
                    continue
                # Line by line: QTextLayout.draw(..., clip) also draws the last line above it.
                for number in range(text_layout.lineCount()):
                    line = text_layout.lineAt(number)
                    top = position.y() + line.y()
                    if top < clip.bottom() and top + line.height() > clip.top():
                        line.draw(painter, position)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        bottom = top_left.y() + row_layout.height - 1
        painter.setPen(QPen(self.theme.rule, 1))
        painter.drawLine(
            QPointF(top_left.x(), bottom), QPointF(top_left.x() + row_layout.width, bottom)
        )
        if current:
            painter.setPen(QPen(self.theme.focus, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(
                QRectF(
                    top_left.x() + 0.5,
                    top_left.y() + 0.5,
                    row_layout.width - 1,
                    row_layout.height - 2,
                )
            )
        painter.restore()


def _text_option(right_to_left: bool) -> QTextOption:
    """How a paragraph's lines wrap and align: long words break anywhere rather than overflow."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if right_to_left:
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
    return option
