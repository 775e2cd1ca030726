"""`RowGeometry`: where every row of the comparison view is, laid out only when it is seen.

The view lays out only visible rows. Heights live in a `RowHeights` table per (width, font,
toggles), estimated for rows never seen (from paragraph lengths, no layout) and measured when
a row is laid out for painting; an idle timer measures the rest a few milliseconds at a time so
the scroll bar settles, keeping the row at the top of the viewport where it is ("the anchor").
Page furniture that is folded away is laid out as its caption strip, and furniture shown is
dimmed. The geometry sets the scroll bar's range and answers where a row is (`row_rect`),
which row is under a point (`row_at`) and which rows are in view (`visible_rows`).

It works on the scroll area's viewport and scroll bar, not on the view, so it never imports the
view. May import `core`, `gui.models`, `gui.presentation`, `gui.render` and PySide6.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QTimer, Signal

from wirediff.gui.presentation.export_plan import fold_captions
from wirediff.gui.presentation.layout_cache import LayoutCache, RowHeights
from wirediff.gui.presentation.repair_marks import ComparisonRepairs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractScrollArea

    from wirediff.core.result import Row
    from wirediff.gui.models.comparison_model import ComparisonModel
    from wirediff.gui.render.row_painter import RowLayout, RowPainter

# Idle measuring works in slices this long so scrolling and typing stay responsive.
REFINE_SLICE_MS = 6.0

# A row at the top of the viewport and how far into it (a fraction of its height) the top is.
Anchor = tuple[int, float]


class RowGeometry(QObject):
    """Row heights, laid-out rows and the scroll range of one scroll area."""

    heights_refined = Signal()  # idle measuring moved rows: whatever maps the rows redraws
    range_updated = Signal()  # the scroll range was set again from the heights

    def __init__(self, area: QAbstractScrollArea, painter: RowPainter) -> None:
        super().__init__(area)
        self._area = area
        self._painter = painter
        self._model: ComparisonModel | None = None
        self._cache: LayoutCache[RowLayout] = LayoutCache()
        # Rows of page furniture folded away: caption of their strip, "" for the rest of a run.
        self._folds: dict[int, str] = {}
        self._repairs: ComparisonRepairs | None = None
        self._idle_refinement = True
        self._refine_timer = QTimer(self)
        self._refine_timer.setInterval(0)
        self._refine_timer.timeout.connect(self._refine_some)
        self._range_timer = QTimer(self)
        self._range_timer.setSingleShot(True)
        self._range_timer.setInterval(0)
        self._range_timer.timeout.connect(self.update_scroll_range)

    # -- what is laid out -----------------------------------------------------------------

    def set_model(self, model: ComparisonModel | None) -> None:
        """Take the model's rows (after a reset): every height is estimated again."""
        self._model = model
        comparison = model.comparison() if model is not None else None
        self._folds = fold_captions(comparison) if comparison is not None else {}
        self._repairs = ComparisonRepairs(comparison) if comparison is not None else None
        self._cache.clear()

    def fold_run(self, index: int) -> range:
        """The rows folded into the strip that shows row `index` (empty when none is)."""
        if index not in self._folds:
            return range(0)
        first = last = index
        while self._folds.get(first) == "" and first - 1 in self._folds:
            first -= 1
        while self._folds.get(last + 1) == "":
            last += 1
        return range(first, last + 1)

    def unfold(self, rows: range) -> None:
        """Show the rows of one strip, dimmed, keeping the row at the top where it is."""
        anchor = self.top_anchor()
        for index in rows:
            self._folds.pop(index, None)
        self._cache.clear()
        self.restore_anchor(anchor)

    def set_painter(self, painter: RowPainter) -> None:
        """Lay out with a new painter (font, theme or toggles changed), keeping the top row."""
        anchor = self.top_anchor()
        self._painter = painter
        self._cache.clear()
        self.restore_anchor(anchor)

    def set_idle_refinement(self, enabled: bool) -> None:
        """Measure unseen rows while idle (the default), or only rows as they are laid out."""
        self._idle_refinement = enabled
        if enabled:
            self._refine_timer.start()
        else:
            self._refine_timer.stop()

    def repairs(self) -> ComparisonRepairs | None:
        """Where the documents' repairs are in the rows' text (None without a comparison)."""
        return self._repairs

    def row_count(self) -> int:
        return self._model.rowCount() if self._model is not None else 0

    def _row(self, index: int) -> Row:
        assert self._model is not None
        return self._model.row(index)

    def _width(self) -> int:
        return self._area.viewport().width()

    def _key(self, width: int | None = None) -> tuple[int, str, bool]:
        width = self._width() if width is None else width
        return (width, self._painter.font.key(), self._painter.options.show_minor)

    # -- heights --------------------------------------------------------------------------

    def heights(self) -> RowHeights | None:
        """Row heights at the current width, font and toggles (estimated where unmeasured)."""
        count = self.row_count()
        if not count:
            return None
        key = self._key()
        table = self._cache.heights(key)
        if table is None:
            width = self._width()
            table = RowHeights([self._estimate_height(i, width) for i in range(count)])
            self._cache.store_heights(key, table)
            if self._idle_refinement:
                self._refine_timer.start()
        return table

    def _estimate_height(self, index: int, width: int) -> int:
        if index in self._folds:
            return self._painter.fold_layout(self._row(index), width, self._folds[index]).height
        return self._painter.estimate_height(self._row(index), width)

    def _layout_row(self, index: int, width: int) -> RowLayout:
        """Lay out a row, or the strip page furniture folds into; furniture shown is dimmed."""
        row = self._row(index)
        if index in self._folds:
            return self._painter.fold_layout(row, width, self._folds[index])
        layout = self._painter.layout(row, width, index=index, repairs=self._repairs)
        comparison = self._model.comparison() if self._model is not None else None
        layout.dimmed = comparison is not None and comparison.is_furniture_row(index)
        return layout

    def row_layout(self, index: int) -> RowLayout:
        """The laid-out row at the current width (cached), measuring its height on the way."""
        key = self._key()
        layout = self._cache.layout(key, index)
        if layout is None:
            layout = self._layout_row(index, key[0])
            self._cache.store_layout(key, index, layout)
        table = self.heights()
        if table is not None and table.set_measured(index, layout.height):
            # Painting is under way: the range is set once it is over, not once per row.
            self._range_timer.start()
        return layout

    def _refine_some(self) -> None:
        """Measure unmeasured rows for one short slice, keeping the top row in place."""
        table = self.heights()
        if table is None or table.is_complete():
            self._refine_timer.stop()
            return
        anchor = self.top_anchor()
        width = self._width()
        deadline = time.perf_counter() + REFINE_SLICE_MS / 1000
        changed = False
        while time.perf_counter() < deadline:
            index = table.next_unmeasured()
            if index is None:
                break
            height = self._layout_row(index, width).height
            changed = table.set_measured(index, height) or changed
        if changed:
            self.restore_anchor(anchor)
            self.heights_refined.emit()
        if table.is_complete():
            self._refine_timer.stop()

    # -- scrolling ------------------------------------------------------------------------

    def update_scroll_range(self) -> None:
        table = self.heights()
        page = self._area.viewport().height()
        bar = self._area.verticalScrollBar()
        bar.setRange(0, max(0, (table.total() if table else 0) - page))
        bar.setPageStep(page)
        bar.setSingleStep(self._painter.line_height * 2)
        self.range_updated.emit()

    def top_anchor(self, width: int | None = None) -> Anchor | None:
        """The row at the top of the viewport, as laid out at `width` (default: the current
        width), and how far into it the top is; None before that width was laid out."""
        table = self._cache.heights(self._key(width))
        if table is None:
            return None if width is None else self.top_anchor()
        value = self._area.verticalScrollBar().value()
        row = table.row_at(value)
        return row, (value - table.top_of(row)) / max(1, table.heights[row])

    def restore_anchor(self, anchor: Anchor | None) -> None:
        """Set the scroll range, then scroll so the anchor's row is at the top as it was."""
        table = self.heights()
        self.update_scroll_range()
        if anchor is None or table is None:
            return
        row, fraction = anchor
        row = min(row, len(table) - 1)
        value = table.top_of(row) + round(fraction * table.heights[row])
        self._area.verticalScrollBar().setValue(value)

    # -- where rows are -------------------------------------------------------------------

    def row_rect(self, index: int) -> QRect:
        """Where row `index` is in viewport coordinates (possibly outside the viewport)."""
        table = self.heights()
        if table is None:
            return QRect()
        top = table.top_of(index) - self._area.verticalScrollBar().value()
        return QRect(0, top, self._width(), table.heights[index])

    def row_at(self, y: float) -> int:
        """The row under viewport coordinate `y`, or -1 when there are no rows."""
        table = self.heights()
        return table.row_at(y + self._area.verticalScrollBar().value()) if table else -1

    def visible_rows(self) -> range:
        table = self.heights()
        if table is None:
            return range(0)
        value = self._area.verticalScrollBar().value()
        first = table.row_at(value)
        last = table.row_at(value + self._area.viewport().height() - 1)
        return range(first, last + 1)
