"""Row heights and laid-out rows, cached so the view lays out only what it shows.

`RowHeights` keeps one height per row for one (width, font, toggles) key: an estimate at first
(from paragraph lengths, no layout), replaced by the measured height when the row is laid out
for painting or by the idle refinement. Cumulative offsets are rebuilt lazily after changes,
and `row_at(y)` bisects them, so finding the first visible row of 10,000 rows is a few steps.
`LayoutCache` holds a `RowHeights` per key (switching a toggle back is instant) and a bounded
LRU of laid-out rows, so scrolling repaints without laying out again.

Imports the standard library only; the layouts it stores are opaque to it.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Hashable
from itertools import accumulate
from typing import Generic, TypeVar

LayoutT = TypeVar("LayoutT")

# Enough for several screens of rows on a tall monitor; more only costs memory.
MAX_CACHED_LAYOUTS = 400
# Width, font and toggle combinations kept at once (a resize creates a new one per width).
MAX_HEIGHT_TABLES = 6


class RowHeights:
    """Heights of all rows under one layout key, estimated until measured."""

    def __init__(self, estimates: list[int]) -> None:
        self.heights = list(estimates)
        self.measured = bytearray(len(estimates))
        self._offsets: list[int] | None = None
        self._next_unmeasured = 0

    def __len__(self) -> int:
        return len(self.heights)

    @property
    def offsets(self) -> list[int]:
        """offsets[i] is the top of row i; offsets[len] is the total height."""
        if self._offsets is None:
            self._offsets = [0, *accumulate(self.heights)]
        return self._offsets

    def total(self) -> int:
        return self.offsets[-1]

    def top_of(self, row: int) -> int:
        return self.offsets[max(0, min(row, len(self.heights)))]

    def row_at(self, y: float) -> int:
        """The row under `y` (clamped to the first and last rows); -1 when there are none."""
        if not self.heights:
            return -1
        position = bisect.bisect_right(self.offsets, y) - 1
        return max(0, min(position, len(self.heights) - 1))

    def is_measured(self, row: int) -> bool:
        return bool(self.measured[row])

    def set_measured(self, row: int, height: int) -> bool:
        """Record a measured height; returns whether the row's height changed."""
        self.measured[row] = 1
        if self.heights[row] == height:
            return False
        self.heights[row] = height
        self._offsets = None
        return True

    def next_unmeasured(self) -> int | None:
        """Some row not yet measured, scanning forward; None when every row is measured."""
        position = self.measured.find(0, self._next_unmeasured)
        if position < 0:
            position = self.measured.find(0)
        if position < 0:
            return None
        self._next_unmeasured = position
        return position

    def is_complete(self) -> bool:
        return self.measured.find(0) < 0


class LayoutCache(Generic[LayoutT]):
    """Height tables per layout key, and recently used row layouts per (key, row)."""

    def __init__(self) -> None:
        self._heights: OrderedDict[Hashable, RowHeights] = OrderedDict()
        self._layouts: OrderedDict[tuple[Hashable, int], LayoutT] = OrderedDict()

    def clear(self) -> None:
        self._heights.clear()
        self._layouts.clear()

    def heights(self, key: Hashable) -> RowHeights | None:
        table = self._heights.get(key)
        if table is not None:
            self._heights.move_to_end(key)
        return table

    def store_heights(self, key: Hashable, table: RowHeights) -> None:
        self._heights[key] = table
        self._heights.move_to_end(key)
        while len(self._heights) > MAX_HEIGHT_TABLES:
            self._heights.popitem(last=False)

    def layout(self, key: Hashable, row: int) -> LayoutT | None:
        layout = self._layouts.get((key, row))
        if layout is not None:
            self._layouts.move_to_end((key, row))
        return layout

    def store_layout(self, key: Hashable, row: int, layout: LayoutT) -> None:
        self._layouts[(key, row)] = layout
        self._layouts.move_to_end((key, row))
        while len(self._layouts) > MAX_CACHED_LAYOUTS:
            self._layouts.popitem(last=False)
