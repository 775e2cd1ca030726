"""Where the repairs of a document sit in the paragraphs a reader sees, so the text can mark them.

A `Fix` says which characters of the decoded text were replaced (`start`, `end`, `before`,
`after`); the window shows paragraphs of the repaired text, rebuilt from sentences. This module
carries each fix over: first into the repaired text (earlier fixes shift later ones), then into
the paragraph holding it (`Document.paragraphs` are found in the repaired text in order), and,
when a shown paragraph was rebuilt with other spacing, to the nearest place its repaired
characters appear. A fix whose characters cannot be found is left unmarked rather than marked
in the wrong place; the repair panel still lists it.

May import `core` and the standard library; never Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirediff.core.result import Side
from wirediff.core.text.method_names import describe_method

if TYPE_CHECKING:
    from wirediff.core.result import Comparison, Document
    from wirediff.gui.presentation.row_text import Paragraph

# How far (characters) from where a repair was in the file's paragraph its characters are
# looked for in the paragraph as shown, whose spaces may have been normalised.
SEARCH_SLACK_CHARS = 40


@dataclass(frozen=True, slots=True)
class RepairMark:
    """A repaired stretch of one paragraph: `text[start:end]` was `before` in the file."""

    start: int
    end: int
    before: str
    after: str
    method: str

    def describe(self) -> str:
        """The tooltip's words, e.g. "Repaired: Ã© → é (UTF-8 text read as Windows-1252)".

        >>> RepairMark(0, 1, "Ã©", "é", "ftfy:utf8-as-cp1252").describe()
        'Repaired: Ã© → é (UTF-8 text read as Windows-1252)'
        """
        return f"Repaired: {self.before} → {self.after} ({describe_method(self.method)})"


def paragraph_repairs(document: Document) -> dict[int, tuple[RepairMark, ...]]:
    """The repairs of `document` by paragraph index, with offsets into `Document.paragraphs`."""
    if not document.fixes:
        return {}
    located: list[tuple[int, int, RepairMark]] = []
    shift = 0
    for fix in sorted(document.fixes, key=lambda fix: fix.start):
        start = fix.start + shift
        shift += len(fix.after) - (fix.end - fix.start)
        mark = RepairMark(start, start + len(fix.after), fix.before, fix.after, fix.method)
        located.append((start, start + len(fix.after), mark))
    text = document.text
    marks: dict[int, list[RepairMark]] = {}
    cursor = 0
    for index, paragraph in enumerate(document.paragraphs):
        begin = text.find(paragraph, cursor)
        if begin < 0:
            continue
        end = begin + len(paragraph)
        cursor = end
        for start, stop, mark in located:
            if begin <= start and stop <= end and mark.after:
                moved = RepairMark(
                    start - begin, stop - begin, mark.before, mark.after, mark.method
                )
                marks.setdefault(index, []).append(moved)
    return {index: tuple(found) for index, found in marks.items()}


def marks_in(shown: str, original: str, marks: tuple[RepairMark, ...]) -> tuple[RepairMark, ...]:
    """`marks` of a file's paragraph `original`, placed in `shown`, the paragraph as displayed.

    >>> mark = RepairMark(5, 6, "Ã©", "é", "ftfy:utf8-as-cp1252")
    >>> [m.start for m in marks_in("Caf  é au lait", "Caf  é au lait", (mark,))]
    [5]
    >>> [m.start for m in marks_in("Caf é au lait", "Caf  é au lait", (mark,))]
    [4]
    """
    if shown == original:
        return tuple(m for m in marks if shown[m.start : m.end] == m.after)
    placed = []
    for mark in marks:
        start = shown.find(mark.after, max(0, mark.start - SEARCH_SLACK_CHARS))
        if start < 0 or abs(start - mark.start) > SEARCH_SLACK_CHARS:
            continue
        placed.append(
            RepairMark(start, start + len(mark.after), mark.before, mark.after, mark.method)
        )
    return tuple(placed)


class ComparisonRepairs:
    """The repair marks of both documents of a comparison, placed in paragraphs as shown."""

    def __init__(self, comparison: Comparison) -> None:
        self._documents = {Side.LEFT: comparison.left, Side.RIGHT: comparison.right}
        self._by_paragraph = {side: paragraph_repairs(d) for side, d in self._documents.items()}

    def __bool__(self) -> bool:
        return any(self._by_paragraph.values())

    def marks(self, side: Side, paragraph: Paragraph) -> tuple[RepairMark, ...]:
        """The repairs inside `paragraph` (a paragraph of `side` as a row shows it)."""
        marks = self._by_paragraph[side].get(paragraph.index)
        if not marks:
            return ()
        original = self._documents[side].paragraphs[paragraph.index]
        return marks_in(paragraph.text, original, marks)
