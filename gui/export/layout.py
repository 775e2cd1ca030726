"""A comparison laid out for a drawn export: a stack of blocks, cut into pages or image parts.

The flow, shared by the PNG and PDF exports:

1. `ExportLayout` makes one `RowPainter` from the window's font, theme and minor toggle
   (`ExportStyle`), and turns the export's items (`gui.presentation.export_plan.export_items`) into
   blocks: the title band, then one block per row (its height from `RowPainter.layout`) or per gap
   ("7 unchanged paragraphs"). The first rows' layouts are kept for drawing, up to
   `KEPT_LAYOUTS_BYTES`, and dropped as they are drawn; later rows are laid out again when their
   page is drawn. Keeping them all would hold every `QTextLayout` of a long comparison at once
   (about 100 MB for a 1 MB pair), and laying them all out again is a sixth of its PNG's time.
2. `ExportLayout.paginate(page_height)` fills pages top to bottom. A block that does not fit
   moves to the next page whole; only a block taller than a whole page is split, and then
   between lines of text: each half is cut at the last line boundary above the page end, so the
   halves of one piece may end up to a line apart but no line is ever cut through. Later pages
   open with a continuation header (`gui.export.band`).
3. `ExportLayout.draw_page(painter, page, origin)` paints one page: whole blocks as they are,
   pieces of a split row through one clip per half (`RowPainter.draw_layout(..., clip=...)`).

PNG parts and PDF pages differ only in their page height and what surrounds a page.

May import `core`, `gui.presentation.export_plan`, `gui.export.band`, `gui.render.row_painter`,
`gui.render.theme`, `PySide6.QtGui`/`QtCore` and the standard library; never `QtWidgets`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

from wirediff.core.collection_pause import fewer_collections
from wirediff.core.result import Comparison, Side
from wirediff.gui.export.band import ExportBands, TitleBand
from wirediff.gui.presentation.export_plan import (
    ExportItem,
    GapItem,
    Heading,
    export_heading,
)
from wirediff.gui.presentation.gutter_marks import legend_entries
from wirediff.gui.render.row_painter import PaintOptions, RowLayout, RowPainter
from wirediff.gui.render.theme import Theme

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QPainter

# A row taller than a page starts on a fresh page rather than with fewer lines than this at the
# bottom of a page that already holds something.
MIN_PIECE_LINES = 3
END_MARGIN_EMS = 1.2
KEPT_LAYOUTS_BYTES = 64 * 1024 * 1024
# What a laid-out paragraph costs in memory per character of its text (its shaped glyphs and
# their positions): 93 bytes measured on the 1 MB pair of bench/bench_export.py.
LAYOUT_BYTES_PER_CHARACTER = 96


@dataclass(frozen=True, slots=True)
class ExportStyle:
    """How the window draws, so an export draws the same way.

    window_width: the width of the window's comparison view, offered as an export width; None
        where there is no window (the command line).
    """

    font: QFont
    theme: Theme
    show_minor: bool = True
    window_width: int | None = None


class BlockKind(StrEnum):
    BAND = "band"
    ROW = "row"
    GAP = "gap"
    END = "end"  # a blank margin under the last row, so an image does not end on a rule


@dataclass(slots=True)
class Block:
    """One unit of the stack: the title band, a comparison row or a gap line."""

    kind: BlockKind
    height: int
    row: int = -1
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Piece:
    """A horizontal slice of a split row: for each half, (top, bottom) in the row's coordinates.

    The left range also governs the margin and gutter left of the right half.
    """

    left: tuple[float, float]
    right: tuple[float, float]

    @property
    def height(self) -> float:
        return max(self.left[1] - self.left[0], self.right[1] - self.right[0])


@dataclass(frozen=True, slots=True)
class Placement:
    """A block (or a piece of one) at `top`, measured from the top of the page."""

    block: int
    top: float
    piece: Piece | None = None


@dataclass(slots=True)
class Page:
    """One image part or PDF page: what it holds and how much height that takes."""

    placements: list[Placement] = field(default_factory=list)
    height: float = 0.0


def _cut(cells: Sequence[tuple[float, float]], target: float) -> float:
    """The highest cut at or above `target` that crosses none of `cells` (sorted, disjoint).

    >>> _cut([(0, 10), (10, 20), (25, 35)], 15)
    10
    >>> _cut([(0, 10), (10, 20), (25, 35)], 22)
    22
    """
    position = bisect.bisect_right([top for top, _ in cells], target) - 1
    if position >= 0:
        top, bottom = cells[position]
        if top < target < bottom:
            return top
    return target


class ExportLayout:
    """A comparison laid out at one width for drawing, with its title band."""

    def __init__(
        self,
        comparison: Comparison,
        style: ExportStyle,
        width: int,
        items: Sequence[ExportItem],
        *,
        compared_at: datetime | None = None,
    ) -> None:
        self.comparison = comparison
        self.width = width
        self.painter = RowPainter(
            style.font, style.theme, PaintOptions(show_minor=style.show_minor)
        )
        self.theme = style.theme
        self.bands = ExportBands(self.painter, width)
        self.heading: Heading = export_heading(comparison, compared_at)
        legend = legend_entries(comparison, include_minor=style.show_minor)
        self.band: TitleBand = self.bands.title_band(self.heading, legend)
        self.blocks: list[Block] = [Block(BlockKind.BAND, self.band.height)]
        # Measuring makes and drops a few objects per row, all freed as they go; the collector
        # would otherwise walk the whole comparison again and again meanwhile.
        self._kept: dict[int, RowLayout] = {}
        room = KEPT_LAYOUTS_BYTES
        with fewer_collections():
            for item in items:
                if isinstance(item, GapItem):
                    caption = item.caption()
                    self.blocks.append(Block(BlockKind.GAP, self.bands.gap_height, -1, caption))
                    continue
                row_layout = self.row_layout(item.index)
                self.blocks.append(Block(BlockKind.ROW, row_layout.height, item.index))
                if room > 0:
                    self._kept[item.index] = row_layout
                    room -= _memory_of(row_layout)
        self.blocks.append(Block(BlockKind.END, round(self.painter.em * END_MARGIN_EMS)))

    def row_layout(self, index: int) -> RowLayout:
        """Row `index` laid out: kept from measuring, or laid out again."""
        kept = self._kept.get(index)
        if kept is not None:
            return kept
        return self.painter.layout(self.comparison.rows[index], self.width, index=index)

    def _take_row_layout(self, index: int) -> RowLayout:
        """`row_layout(index)` for a row drawn whole: a kept layout is not kept any longer."""
        kept = self._kept.pop(index, None)
        return kept if kept is not None else self.row_layout(index)

    # -- pagination -----------------------------------------------------------------------

    def unbreakable_spans(self, row_layout: RowLayout) -> dict[Side, list[tuple[float, float]]]:
        """Spans of a row that a cut must not cross, per half: its lines, badge and label."""
        painter = self.painter
        cells: dict[Side, list[tuple[float, float]]] = {}
        for side, placed in row_layout.halves.items():
            spans = []
            for text_layout, y in placed:
                for number in range(text_layout.lineCount()):
                    top = row_layout.text_top + y + text_layout.lineAt(number).y()
                    top -= painter.baseline_shift
                    spans.append((top, top + painter.line_height))
            cells[side] = spans
        badge = (float(painter.padding), float(painter.padding + painter.line_height))
        cells[Side.LEFT].append(badge)
        if row_layout.label_rect is not None:
            label = row_layout.label_rect
            cells[Side.RIGHT].append((label.top(), label.bottom()))
        return {side: _merged(spans) for side, spans in cells.items()}

    def paginate(self, page_height: float) -> list[Page]:
        """Cut the stack into pages of at most `page_height` (continuation headers included)."""
        pages = _Paginator(page_height, float(self.bands.continuation_height))
        minimum_piece = self.painter.line_height * MIN_PIECE_LINES
        for number, block in enumerate(self.blocks):
            if block.height <= pages.room() or (pages.is_fresh() and block.kind is BlockKind.BAND):
                pages.place(number, block.height)
            elif block.kind is BlockKind.END:
                continue  # a margin is not worth a page of its own
            elif block.height <= pages.capacity() or block.kind is not BlockKind.ROW:
                pages.new_page()
                pages.place(number, block.height)
            else:
                if pages.room() < minimum_piece and not pages.is_fresh():
                    pages.new_page()
                self._split_row(number, block, pages)
        return pages.finish()

    def _split_row(self, number: int, block: Block, pages: _Paginator) -> None:
        """Place a row taller than a page in pieces, each half cut between its lines."""
        cells = self.unbreakable_spans(self.row_layout(block.row))
        height = float(block.height)
        start = {Side.LEFT: 0.0, Side.RIGHT: 0.0}
        while True:
            room = pages.room()
            if all(start[side] + room >= height for side in Side):
                piece = Piece((start[Side.LEFT], height), (start[Side.RIGHT], height))
                pages.place(number, piece.height, piece)
                return
            end = {side: min(height, _cut(cells[side], start[side] + room)) for side in Side}
            if all(end[side] <= start[side] for side in Side):
                # Not one more line fits under what the page holds: go on on a fresh page, or,
                # on a fresh page already, cut where the page ends (a line taller than a page).
                if not pages.is_fresh():
                    pages.new_page()
                    continue
                end = {side: min(height, start[side] + room) for side in Side}
            piece = Piece((start[Side.LEFT], end[Side.LEFT]), (start[Side.RIGHT], end[Side.RIGHT]))
            pages.place(number, piece.height, piece)
            pages.new_page()
            # The rest of the row has lost its top padding to the cut: give it some back.
            pages.skip(self.painter.padding)
            start = end

    # -- drawing --------------------------------------------------------------------------

    def draw_page(
        self,
        painter: QPainter,
        page: Page,
        origin: QPointF,
        *,
        number: int,
        count: int,
        part_word: str | None = "Part",
    ) -> None:
        """Paint `page` (the `number`th of `count`) with its top-left corner at `origin`.

        With `part_word`, a split export says "Part 2 of 3" under the date and in the
        continuation headers; without, they show the date (a PDF numbers pages in its footer).
        """
        part = f"{part_word} {number} of {count}" if count > 1 and part_word else None
        if number > 1:
            self.bands.draw_continuation(painter, origin, self.heading, part or self.heading.date)
        for placement in page.placements:
            block = self.blocks[placement.block]
            top_left = QPointF(origin.x(), origin.y() + placement.top)
            if block.kind is BlockKind.BAND:
                self.band.draw(painter, top_left, part)
            elif block.kind is BlockKind.END:
                continue
            elif block.kind is BlockKind.GAP:
                self.bands.draw_gap(painter, top_left, block.caption)
            elif placement.piece is None:
                self.painter.draw_layout(painter, self._take_row_layout(block.row), top_left)
            else:
                self._draw_piece(painter, self.row_layout(block.row), placement.piece, top_left)

    def _draw_piece(
        self, painter: QPainter, row_layout: RowLayout, piece: Piece, top_left: QPointF
    ) -> None:
        split = row_layout.columns.right.left()
        regions: tuple[tuple[float, float, tuple[float, float]], ...] = (
            (0.0, split, piece.left),
            (split, float(row_layout.width), piece.right),
        )
        if piece.left == piece.right:
            regions = ((0.0, float(row_layout.width), piece.left),)
        for left, right, (top, bottom) in regions:
            if bottom <= top:
                continue
            clip = QRectF(top_left.x() + left, top_left.y(), right - left, bottom - top)
            painter.save()
            painter.setClipRect(clip)
            shifted = QPointF(top_left.x(), top_left.y() - top)
            self.painter.draw_layout(painter, row_layout, shifted, clip=clip)
            painter.restore()


class _Paginator:
    """Pages being filled: where the next block goes and how much room is left."""

    def __init__(self, page_height: float, later_start: float) -> None:
        self.page_height = page_height
        self.later_start = later_start  # later pages open with a continuation header
        self.pages = [Page()]
        self.y = 0.0

    def room(self) -> float:
        return self.page_height - self.y

    def capacity(self) -> float:
        """The room on a fresh later page."""
        return self.page_height - self.later_start

    def is_fresh(self) -> bool:
        return not self.pages[-1].placements

    def place(self, block: int, height: float, piece: Piece | None = None) -> None:
        self.pages[-1].placements.append(Placement(block, self.y, piece))
        self.y += height

    def skip(self, height: float) -> None:
        self.y += height

    def new_page(self) -> None:
        self.pages[-1].height = self.y
        self.pages.append(Page())
        self.y = self.later_start

    def finish(self) -> list[Page]:
        self.pages[-1].height = self.y
        return self.pages


def _merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Sorted spans with overlapping ones joined, so `_cut` can bisect them.

    >>> _merged([(5, 9), (0, 3), (2, 4), (9, 12)])
    [(0, 4), (5, 9), (9, 12)]
    """
    merged: list[tuple[float, float]] = []
    for top, bottom in sorted(spans):
        if merged and top < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
        else:
            merged.append((top, bottom))
    return merged


def _memory_of(row_layout: RowLayout) -> int:
    """About how many bytes `row_layout`'s text layouts hold (one shared by both halves, once)."""
    layouts = {
        id(text_layout): text_layout
        for placed in row_layout.halves.values()
        for text_layout, _ in placed
    }
    characters = sum(len(text_layout.text()) for text_layout in layouts.values())
    return characters * LAYOUT_BYTES_PER_CHARACTER
