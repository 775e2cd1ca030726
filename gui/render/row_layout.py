"""The data of a laid-out row: options, column geometry and `RowLayout`; no drawing here.

`gui.render.row_painter` makes these and draws them (`RowPainter.draw_layout`); a layout holds
no reference back to its painter, so this module never needs the painter's. They live apart so
the painter module holds only the layout and painting flow. Everything here is re-exported by
`gui.render.row_painter`, which is the module exports and the view import.

May import `core`, `gui.presentation.row_text`, `PySide6.QtGui`/`QtCore` and the standard library;
never `QtWidgets`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wirediff.core.result import Row, SentencePair, Side
from wirediff.gui.presentation.row_text import Mark, moved_from_text

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QTextLayout


@dataclass(frozen=True, slots=True)
class PaintOptions:
    """What the painter shows.

    show_minor: mark cosmetic differences (subdued, dotted underline). Default True; when False
        they are drawn as plain text and rows with only minor differences look equal.
    """

    show_minor: bool = True


@dataclass(frozen=True, slots=True)
class Columns:
    """Horizontal geometry of a row of a given width, in pixels from the row's left edge."""

    left: QRectF  # the left half, full height 0..1 (callers scale the height)
    gutter: QRectF
    right: QRectF
    text_inset: float

    def half(self, side: Side) -> QRectF:
        return self.left if side is Side.LEFT else self.right

    def text_width(self) -> float:
        return max(1.0, self.left.width() - 2 * self.text_inset)

    def side_at(self, x: float) -> Side:
        """The half under `x` (the gutter counts as the nearer half)."""
        return Side.LEFT if x < self.gutter.center().x() else Side.RIGHT


@dataclass(slots=True)
class RowLayout:
    """One row laid out at one width: keep it while width, font, theme and options hold."""

    row: Row
    width: int
    height: int
    columns: Columns
    text_top: float
    halves: dict[Side, list[tuple[QTextLayout, float]]] = field(default_factory=dict)
    label: str | None = None
    label_rect: QRectF | None = None
    # Page furniture folded away: the row draws as a thin strip with this caption, or as nothing
    # ("") when an earlier row of the same run carries the strip.
    fold: str | None = None
    # Page furniture shown: the row draws dimmed, so the story still stands out.
    dimmed: bool = False
    # Whole sentences added to or cut from a paragraph with text on both sides: (mark, top,
    # bottom) of their lines from the row's top, for the ticks beside them in the gutter.
    ticks: list[tuple[Mark, float, float]] = field(default_factory=list)


def left_paragraph_of(sentence: SentencePair) -> tuple[int | None, str | None]:
    return sentence.left_paragraph, sentence.left


def right_paragraph_of(sentence: SentencePair) -> tuple[int | None, str | None]:
    return sentence.right_paragraph, sentence.right


def is_right_to_left(text: str) -> bool:
    for character in text:
        direction = unicodedata.bidirectional(character)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def moved_label(row: Row, index: int | None) -> str:
    """The words on a moved row's label, saying where the paragraph came from."""
    words = moved_from_text(row, index)
    if index is not None and row.moved_to is not None:
        return f"{words} · go to where it is now"
    if index is None or row.moved_from is None:
        return words
    return f"{words} · go to where it stood"
