"""Where Next and Previous change go, and what the position counter says.

Navigation counts from the current row while it is on screen, and from the top of the visible
area once the reader has scrolled it away (as Meld and WinMerge do): scrolling, or clicking the
overview strip, moves where the next change is looked for; only a click on a row or a jump
makes a row current. The counter then speaks of the changes in view instead of a row that is no
longer there.

Pure Python: may import `core` and the standard library; never PySide6.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wirediff.core.result import Comparison


@dataclass(frozen=True, slots=True)
class Viewport:
    """What the view shows: the current row (-1 for none), and the rows in view.

    `first_whole` is the first row whose top is in view (the row under the top edge when it
    starts above it is excluded); `stop` is one past the last row in view.
    """

    current: int
    first_whole: int
    stop: int

    @property
    def is_current_in_view(self) -> bool:
        return self.current >= 0 and self.first_whole - 1 <= self.current < self.stop


def change_target(
    comparison: Comparison, viewport: Viewport, *, forward: bool, include_minor: bool
) -> int | None:
    """The change row Next (`forward`) or Previous goes to, or None when there is none.

    >>> from wirediff.core.compare import compare_documents, load_document
    >>> old = b"A.\\n\\nThe council met on Monday.\\n\\nC.\\n\\nThe mayor spoke for an hour."
    >>> new = b"A.\\n\\nThe council met on Friday.\\n\\nC.\\n\\nThe mayor spoke for a day."
    >>> comparison = compare_documents(load_document(raw=old), load_document(raw=new))
    >>> comparison.change_rows()
    (1, 3)
    >>> change_target(comparison, Viewport(current=-1, first_whole=0, stop=4),
    ...               forward=True, include_minor=True)
    1
    >>> change_target(comparison, Viewport(current=3, first_whole=0, stop=2),
    ...               forward=True, include_minor=True)
    1
    >>> change_target(comparison, Viewport(current=0, first_whole=3, stop=4),
    ...               forward=False, include_minor=True)
    1
    """
    if viewport.is_current_in_view:
        origin = viewport.current
        if forward:
            return comparison.next_change(origin, include_minor=include_minor)
        return comparison.previous_change(origin, include_minor=include_minor)
    if forward:
        return comparison.next_change(viewport.first_whole - 1, include_minor=include_minor)
    return comparison.previous_change(viewport.first_whole, include_minor=include_minor)


def position_text(comparison: Comparison, viewport: Viewport, *, include_minor: bool) -> str:
    """The status-bar counter: the current change, or the changes in view when it is not.

    >>> from wirediff.core.compare import compare_documents, load_document
    >>> old = b"A.\\n\\nThe council met on Monday.\\n\\nC.\\n\\nThe mayor spoke for an hour."
    >>> new = b"A.\\n\\nThe council met on Friday.\\n\\nC.\\n\\nThe mayor spoke for a day."
    >>> comparison = compare_documents(load_document(raw=old), load_document(raw=new))
    >>> position_text(comparison, Viewport(current=3, first_whole=2, stop=4), include_minor=True)
    'Change 2 of 2'
    >>> position_text(comparison, Viewport(current=2, first_whole=2, stop=4), include_minor=True)
    'Paragraph row 3 of 4'
    >>> position_text(comparison, Viewport(current=3, first_whole=0, stop=3), include_minor=True)
    'Change 1 of 2 in view'
    >>> position_text(comparison, Viewport(current=-1, first_whole=0, stop=1), include_minor=True)
    'No change in view (2 in all)'
    """
    changes = comparison.change_rows(include_minor=include_minor)
    if viewport.is_current_in_view:
        row = viewport.current
        position = bisect.bisect_left(changes, row)
        if position < len(changes) and changes[position] == row:
            return f"Change {position + 1} of {len(changes)}"
        return f"Paragraph row {row + 1} of {len(comparison.rows)}"
    if not changes:
        return "No changes"
    start = bisect.bisect_left(changes, max(0, viewport.first_whole - 1))
    stop = bisect.bisect_left(changes, viewport.stop)
    if start >= stop:
        return f"No change in view ({len(changes)} in all)"
    if stop - start == 1:
        return f"Change {start + 1} of {len(changes)} in view"
    return f"Changes {start + 1}–{stop} of {len(changes)} in view"
