"""`MatrixModel`: a `core.collate.collation.Collation` as a Qt table, one row per sentence of the
union.

Columns are the versions, in collation order, then the sentence itself (the reference
wording) last, where it can take the remaining width. Rows are the collation's rows in order
of first appearance, or the subset a `RowFilter` keeps (`Collation.filtered_rows`, so the
window, the command line and the exports agree on what "unique" means), without the rows of
page furniture unless they are asked for (hidden by default, as the comparison folds them). A
filter change or a new collation goes in with `beginResetModel`/`endResetModel`.

Every version cell answers, through the roles below, its `Cell`, its kind and whether it holds
the row's first wording; the display role is the kind's glyph (the same marks the command-line
table uses) so the cell reads without colour. Tooltips are rich text: the version, the kind in
words, and the word diff against the first wording, its words tinted as the comparison tints
them (the theme's added and removed word colours, set with `set_theme`).

`pair_for_cell` turns a click into the pair to show side by side; it is pure, so the rule is
tested without a view.

May import `core`, `gui.presentation.version_facts`, `gui.render.theme`, `PySide6.QtCore` and the
standard library; no widgets.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from wirediff.core.collate.collation import CellKind
from wirediff.core.collate.row_filter import RowFilter
from wirediff.core.report.collation import KIND_WORDS
from wirediff.core.report.comparison import render_ops
from wirediff.gui.models.item_roles import ITEM_FLAGS
from wirediff.gui.presentation.version_facts import headline_of, short_labels
from wirediff.gui.render.theme import theme_for

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from wirediff.core.collate.collation import Cell, Collation, CollationRow
    from wirediff.gui.render.theme import Theme

AnyIndex = QModelIndex | QPersistentModelIndex

SENTENCE_HEADER = "Sentence"
# The glyph of each cell kind. The command-line table marks rewording "~", but in a tile "~"
# and "≈" (restyled) are too alike to tell apart at a glance; "≠" says "other words".
CELL_GLYPHS = {
    CellKind.EQUAL: "=",
    CellKind.MINOR: "≈",
    CellKind.CHANGED: "≠",
    CellKind.ABSENT: "·",
}


@dataclass(frozen=True, slots=True)
class PairRequest:
    """Two versions to show side by side, and where the clicked sentence sits in each.

    Indices are positions in the collation's version order; a paragraph is -1 where that
    version lacks the sentence.
    """

    left: int
    right: int
    left_paragraph: int
    right_paragraph: int
    sentence: str
    # Each version's own wording of the sentence (None where it lacks it), to find it there.
    left_text: str | None = None
    right_text: str | None = None


def _paragraph(cell: Cell) -> int:
    return cell.paragraph if cell.paragraph is not None else -1


def pair_for_cell(
    collation: Collation, row: int, document: int, fallback_right: int
) -> PairRequest:
    """The pair a click on (`row`, version `document`) asks for: the base against that version.

    The base is the first version. A click on the base's own column (or on the sentence,
    `document` -1) pairs the base with the first other version that carries the sentence, or,
    when only the base has it, with `fallback_right` (the version on the right now).
    """
    cells = collation.rows[row].cells
    base = 0
    right = document
    if right <= base:
        carriers = [k for k, cell in enumerate(cells) if k != base and cell.is_present]
        right = carriers[0] if carriers else fallback_right
    if not 0 <= right < len(cells) or right == base:
        right = 1 if len(cells) > 1 else base
    return PairRequest(
        left=base,
        right=right,
        left_paragraph=_paragraph(cells[base]),
        right_paragraph=_paragraph(cells[right]),
        sentence=collation.rows[row].text,
        left_text=cells[base].text,
        right_text=cells[right].text,
    )


def _word_tint(theme: Theme, kind: str) -> str:
    """The CSS colour of a kind's changed words (the tooltip's background is the theme's)."""
    colors = theme.colors(kind)
    return (colors.word or colors.mark).name()


def _diff_html(cell: Cell, theme: Theme) -> str:
    deleted, inserted = _word_tint(theme, "removed"), _word_tint(theme, "added")
    return render_ops(
        cell.ops,
        equal=html.escape,
        deleted=lambda text: f'<s style="background-color:{deleted}">{html.escape(text)}</s>',
        inserted=lambda text: f'<u style="background-color:{inserted}">{html.escape(text)}</u>',
        restyled=lambda text: (
            f'<u style="text-decoration: underline dotted">{html.escape(text)}</u>'
        ),
    )


def cell_tooltip(
    row: CollationRow, document: int, label: str, reference_label: str, theme: Theme
) -> str:
    """Rich text for a cell: the version, the kind in words, the sentence or its word diff."""
    cell = row.cells[document]
    title = f"<b>{html.escape(label)} · {KIND_WORDS[cell.kind]}</b>"
    if cell.kind is CellKind.ABSENT:
        body = f"Not in this version:<br><i>{html.escape(row.text)}</i>"
    elif document == row.reference:
        body = f"First wording of this sentence:<br>{html.escape(cell.text or '')}"
    elif cell.kind is CellKind.EQUAL:
        body = f"Same words as {html.escape(reference_label)}:<br>{html.escape(cell.text or '')}"
    else:
        body = f"Against {html.escape(reference_label)}:<br>{_diff_html(cell, theme)}"
    hint = "<br><small>Click to compare with the base at this sentence</small>"
    return f"<p style='white-space:pre-wrap'>{title}<br>{body}{hint}</p>"


class MatrixModel(QAbstractTableModel):
    """The version matrix of one collation (or none), filtered by a `RowFilter`."""

    CellRole = Qt.ItemDataRole.UserRole + 1  # the core `Cell` (None in the sentence column)
    KindRole = Qt.ItemDataRole.UserRole + 2  # `CellKind` value: "equal", "minor", ...
    RowRole = Qt.ItemDataRole.UserRole + 3  # index of the row in the collation
    DocumentRole = Qt.ItemDataRole.UserRole + 4  # the version's index, -1 for the sentence
    IsReferenceRole = Qt.ItemDataRole.UserRole + 5  # the cell holds the row's first wording
    SentenceRole = Qt.ItemDataRole.UserRole + 6  # the row's reference wording
    VersionCountRole = Qt.ItemDataRole.UserRole + 7  # how many versions carry the sentence

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._collation: Collation | None = None
        self._row_filter = RowFilter.ALL
        self._hide_furniture = True
        self._rows: tuple[int, ...] = ()
        self._labels: tuple[str, ...] = ()
        self._headlines: tuple[str, ...] = ()
        self._theme = theme_for()

    # -- our API --------------------------------------------------------------------------

    def collation(self) -> Collation | None:
        return self._collation

    def row_filter(self) -> RowFilter:
        return self._row_filter

    def hides_furniture(self) -> bool:
        return self._hide_furniture

    def set_hide_furniture(self, hide: bool) -> None:
        """Leave the rows of page furniture out (the default) or show them."""
        self._set_filters(self._row_filter, hide)

    def furniture_count(self) -> int:
        """How many rows of the collation are page furniture, shown or not."""
        return len(self._collation.furniture_rows) if self._collation is not None else 0

    def shown_rows(self) -> tuple[int, ...]:
        """Collation row indices in display order (what exports of the filtered view hold)."""
        return self._rows

    def labels(self) -> tuple[str, ...]:
        return self._labels

    def set_collation(self, collation: Collation | None) -> None:
        self.beginResetModel()
        self._collation = collation
        documents = collation.documents if collation is not None else ()
        self._labels = short_labels([document.name for document in documents])
        self._headlines = tuple(headline_of(document) for document in documents)
        self._refilter()
        self.endResetModel()

    def set_theme(self, theme: Theme) -> None:
        """Tint the word diffs of cell tooltips with `theme` (asked for on each hover)."""
        self._theme = theme

    def set_row_filter(self, row_filter: RowFilter) -> None:
        self._set_filters(row_filter, self._hide_furniture)

    def _set_filters(self, row_filter: RowFilter, hide_furniture: bool) -> None:
        if row_filter is self._row_filter and hide_furniture == self._hide_furniture:
            return
        self.beginResetModel()
        self._row_filter = row_filter
        self._hide_furniture = hide_furniture
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        collation = self._collation
        self._rows = self._filtered(collation, self._row_filter) if collation is not None else ()

    def _filtered(self, collation: Collation, row_filter: RowFilter) -> tuple[int, ...]:
        return collation.filtered_rows(row_filter, hide_furniture=self._hide_furniture)

    def version_count(self) -> int:
        return len(self._collation.documents) if self._collation is not None else 0

    def sentence_column(self) -> int:
        return self.version_count()

    def collation_row(self, display_row: int) -> int:
        return self._rows[display_row]

    def display_row(self, collation_row: int) -> int:
        """Where a collation row is shown, or -1 when the filter hides it."""
        try:
            return self._rows.index(collation_row)
        except ValueError:
            return -1

    def count_for(self, row_filter: RowFilter) -> int:
        """How many rows `row_filter` would show (the filter buttons say it)."""
        collation = self._collation
        return len(self._filtered(collation, row_filter)) if collation is not None else 0

    # -- Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def columnCount(self, parent: AnyIndex | None = None) -> int:
        if (parent is not None and parent.isValid()) or self._collation is None:
            return 0
        return self.version_count() + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        collation = self._collation
        if collation is None or not index.isValid():
            return None
        if not (0 <= index.row() < len(self._rows) and 0 <= index.column() <= len(self._labels)):
            return None
        row_index = self._rows[index.row()]
        row = collation.rows[row_index]
        if index.column() == self.sentence_column():
            return self._sentence_data(row, row_index, role)
        return self._cell_data(row, row_index, index.column(), role)

    def _sentence_data(self, row: CollationRow, row_index: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, self.SentenceRole):
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            carriers = ", ".join(self._labels[k] for k in row.versions)
            count = len(row.versions)
            where = f"In {count} of {len(row.cells)} versions: {carriers}"
            return f"<p>{html.escape(row.text)}<br><small>{html.escape(where)}</small></p>"
        if role == self.RowRole:
            return row_index
        if role == self.DocumentRole:
            return -1
        if role == self.VersionCountRole:
            return len(row.versions)
        return None

    def _cell_data(self, row: CollationRow, row_index: int, document: int, role: int) -> object:
        cell = row.cells[document]
        if role == Qt.ItemDataRole.DisplayRole:
            return CELL_GLYPHS[cell.kind]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._labels[document]}: {KIND_WORDS[cell.kind]}"
        if role == Qt.ItemDataRole.ToolTipRole:
            reference = self._labels[row.reference]
            return cell_tooltip(row, document, self._labels[document], reference, self._theme)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        values = {
            self.CellRole: cell,
            self.KindRole: cell.kind.value,
            self.RowRole: row_index,
            self.DocumentRole: document,
            self.IsReferenceRole: document == row.reference and cell.is_present,
            self.SentenceRole: row.text,
            self.VersionCountRole: len(row.versions),
        }
        return values.get(role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        collation = self._collation
        if collation is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(self._rows[section] + 1)  # numbers stay put when a filter hides rows
            return None
        if not 0 <= section <= len(self._labels):
            return None
        if section == self.sentence_column():
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            return SENTENCE_HEADER if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(collation, section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _header_tooltip(self, collation: Collation, document: int) -> str:
        summary = collation.version_summary(document)
        base = " (base)" if document == 0 else ""
        return (
            f"{self._headlines[document]}\n{collation.documents[document].name}{base}\n"
            f"{summary.sentences} sentences · {summary.unique} only here · "
            f"{summary.minor} restyled · {summary.changed} reworded"
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
