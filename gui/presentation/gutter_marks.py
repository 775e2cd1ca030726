"""What the gutter marks and highlight colours mean, in words: symbols, tooltips and the legend.

The gutter between the two halves of a row carries one badge saying what kind of row it is
(`row_text.row_mark`: added, removed, reworded, moved, minor, or split/merged paragraphs) and,
in a row with both sides, a tick beside each whole sentence added to or cut from the paragraph.
This module holds their symbols, the sentence a tooltip says about a row ("Moved here from
paragraph 12 of the old version"), and the legend every view of a comparison shows (the
window's legend bar, the PNG/PDF title band and the HTML page), so all of them say the same.

May import `core`, `gui.presentation.row_text` and the standard library; never Qt.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirediff.core.result import Layout, RowKind, SentenceKind, Side
from wirediff.gui.presentation.row_text import Mark

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wirediff.core.result import Comparison, Row

# The mark of rows whose paragraphs were split, merged or re-cut, words unchanged (the theme
# has its colours under this name, beside the `RowKind` values).
LAYOUT_MARK = "layout"
# Where whole sentences were added to or cut from a paragraph: a tick beside them.
SENTENCE_TICK = "sentence"

ADDED_SYMBOL = "+"
REMOVED_SYMBOL = "\N{MINUS SIGN}"
CHANGED_SYMBOL = "\N{PLUS-MINUS SIGN}"
MOVED_SYMBOL = "\N{UPWARDS ARROW LEFTWARDS OF DOWNWARDS ARROW}"
MINOR_SYMBOL = "\N{MIDDLE DOT}"
LAYOUT_SYMBOL = "\N{PILCROW SIGN}"
GUTTER_SYMBOLS = {
    RowKind.ADDED.value: ADDED_SYMBOL,
    RowKind.REMOVED.value: REMOVED_SYMBOL,
    RowKind.CHANGED.value: CHANGED_SYMBOL,
    RowKind.MOVED.value: MOVED_SYMBOL,
    SentenceKind.MINOR.value: MINOR_SYMBOL,
    LAYOUT_MARK: LAYOUT_SYMBOL,
}
# What a badge means, as a screen reader or a tooltip in the HTML page says it.
GUTTER_TITLES = {
    RowKind.ADDED.value: "added",
    RowKind.REMOVED.value: "removed",
    RowKind.CHANGED.value: "reworded",
    RowKind.MOVED.value: "moved",
    SentenceKind.MINOR.value: "minor differences only",
    LAYOUT_MARK: "split or merged, same words",
}
SENTENCE_TICK_TIPS = {
    Mark.ADDED: "Sentence added to this paragraph",
    Mark.REMOVED: "Sentence cut from this paragraph",
}
# How each kind of sentence is counted in a row's tooltip, in this order.
_SENTENCE_WORDS = (
    (SentenceKind.CHANGED, "sentence reworded", "sentences reworded"),
    (SentenceKind.ADDED, "sentence added", "sentences added"),
    (SentenceKind.REMOVED, "sentence cut", "sentences cut"),
    (SentenceKind.MINOR, "sentence restyled", "sentences restyled"),
)


def paragraph_numbers(indices: Sequence[int]) -> str:
    """Paragraph indices as a reader counts them (from 1), runs joined with a dash.

    >>> paragraph_numbers([3]), paragraph_numbers([3, 4, 5]), paragraph_numbers([0, 2, 3])
    ('paragraph 4', 'paragraphs 4–6', 'paragraphs 1, 3–4')
    """
    numbers = sorted(index + 1 for index in indices)
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    words = ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)
    return f"paragraph{'s' if len(numbers) > 1 else ''} {words}"


def _sentence_counts(row: Row) -> str:
    counts = Counter(sentence.kind for sentence in row.sentences)
    parts = [
        f"{counts[kind]} {singular if counts[kind] == 1 else plural}"
        for kind, singular, plural in _SENTENCE_WORDS
        if counts[kind]
    ]
    return ", ".join(parts)


def _layout_words(row: Row) -> str:
    if row.layout is Layout.SPLIT and len(row.right) > len(row.left):
        return (
            f"Split: old {paragraph_numbers(row.left)} is new {paragraph_numbers(row.right)}, "
            "same words"
        )
    if row.layout is Layout.MERGED and len(row.left) > len(row.right):
        return (
            f"Merged: old {paragraph_numbers(row.left)} became new "
            f"{paragraph_numbers(row.right)}, same words"
        )
    if row.layout is Layout.SPLIT:
        return "A sentence cut in two, same words"
    if row.layout is Layout.MERGED:
        return "Sentences joined into one, same words"
    return "Sentences cut into paragraphs differently, same words"


def _moved_words(row: Row, rows: Sequence[Row]) -> str:
    if row.moved_to is not None and 0 <= row.moved_to < len(rows):
        where = paragraph_numbers(rows[row.moved_to].right)
        return f"Moved from here to {where} of the new version"
    old = row.left
    if not old and row.moved_from is not None and 0 <= row.moved_from < len(rows):
        old = rows[row.moved_from].left
    if not old:
        return "Moved from elsewhere in the old version"
    return f"Moved here from {paragraph_numbers(old)} of the old version"


def row_tooltip(row: Row, rows: Sequence[Row], mark: str | None) -> str:
    """What the gutter badge of `row` means, for its tooltip; "" for a row with no badge.

    `rows` are the display rows `row` belongs to (a moved row points at another of them);
    `mark` is the row's `row_mark`, which depends on whether minor differences are shown.
    """
    if mark is None:
        return ""
    counts = _sentence_counts(row)
    if mark == RowKind.ADDED:
        return f"Added: {paragraph_numbers(row.right)} of the new version"
    if mark == RowKind.REMOVED:
        return f"Removed: {paragraph_numbers(row.left)} of the old version"
    if mark == RowKind.MOVED:
        words = _moved_words(row, rows)
        changed = row.left and row.right and any(s.is_change for s in row.sentences)
        return f"{words}; {counts}" if changed else words
    if mark == LAYOUT_MARK:
        return _layout_words(row)
    if mark == SentenceKind.MINOR:
        return f"Minor differences only (quotes, dashes, spelling): {counts}"
    return f"Reworded: {counts}" if counts else "Reworded"


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One legend entry: the theme kind of its colours, its gutter symbol, its words.

    `sample` is a word drawn with the kind's text mark ("inserted", "deleted", "minor" of
    `gui.presentation.row_text.Mark`), or None where the badge alone says it. `symbol` is ""
    for the sentence tick, drawn as a bar rather than a badge.
    """

    kind: str
    symbol: str
    label: str
    sample: str | None
    mark: str | None


LEGEND = (
    LegendEntry(RowKind.ADDED.value, ADDED_SYMBOL, "Added", "new words", Mark.INSERTED.value),
    LegendEntry(RowKind.REMOVED.value, REMOVED_SYMBOL, "Removed", "old words", Mark.DELETED.value),
    LegendEntry(RowKind.CHANGED.value, CHANGED_SYMBOL, "Reworded", None, None),
    LegendEntry(
        SentenceKind.MINOR.value, MINOR_SYMBOL, "Minor", "quotes, dashes", Mark.MINOR.value
    ),
)
MOVED_ENTRY = LegendEntry(RowKind.MOVED.value, MOVED_SYMBOL, "Moved", None, None)
LAYOUT_ENTRY = LegendEntry(LAYOUT_MARK, LAYOUT_SYMBOL, "Split or merged", None, None)
SENTENCE_ENTRY = LegendEntry(SENTENCE_TICK, "", "Whole sentence added or cut", None, None)


# What each legend entry marks, for its tooltip.
_LEGEND_TIPS = {
    RowKind.ADDED.value: "Text only in the new version: a whole paragraph (tinted half), a "
    "sentence, or words (underlined)",
    RowKind.REMOVED.value: "Text only in the old version: a whole paragraph (tinted half), a "
    "sentence, or words (struck through)",
    RowKind.CHANGED.value: "A paragraph in both versions whose wording changed",
    SentenceKind.MINOR.value: "Restyled only: quotes, dashes, spelling variants, spacing "
    "(dotted underline)",
    RowKind.MOVED.value: "A paragraph moved to another place; it shows at both places",
    LAYOUT_MARK: "Paragraphs split, merged or cut into sentences differently, words unchanged",
    SENTENCE_TICK: "A tick beside a whole sentence cut from (left) or added to (right) a "
    "paragraph that is in both versions",
}


def legend_tooltip(entry: LegendEntry) -> str:
    """What a legend entry marks, in a sentence."""
    return _LEGEND_TIPS.get(entry.kind, entry.label)


def has_sentence_ticks(row: Row) -> bool:
    """Whether `row` shows whole sentences added or cut beside text of the other version."""
    if row.kind in (RowKind.ADDED, RowKind.REMOVED):
        return False
    return any(s.kind in (SentenceKind.ADDED, SentenceKind.REMOVED) for s in row.sentences)


def legend_entries(
    comparison: Comparison, *, include_minor: bool = True
) -> tuple[LegendEntry, ...]:
    """The legend of a comparison: the four kinds (minor only when shown), then moved rows,
    split or merged paragraphs and whole-sentence ticks when the comparison has them."""
    entries = [entry for entry in LEGEND if include_minor or entry.kind != SentenceKind.MINOR]
    rows = comparison.rows
    if any(row.kind is RowKind.MOVED for row in rows):
        entries.append(MOVED_ENTRY)
    if include_minor and any(row.layout is not None for row in rows):
        entries.append(LAYOUT_ENTRY)
    if any(has_sentence_ticks(row) for row in rows):
        entries.append(SENTENCE_ENTRY)
    return tuple(entries)


def sentence_tick_side(mark: Mark) -> Side:
    """The half a sentence tick stands beside: cut sentences left, added ones right."""
    return Side.LEFT if mark is Mark.REMOVED else Side.RIGHT
