"""`ComparisonModel`: the engine's `Comparison` as a Qt list model, one item per display row.

An adapter with no comparison logic of its own: every question (what kind a row is, where the
next change is) is answered by `core.result`. A new comparison goes in with
`beginResetModel`/`endResetModel`. The view reads rows through `row()`; other Qt consumers
(accessibility, tests, a future list of changes) use the roles below.

May import `core`, `gui.presentation.row_text`, `PySide6.QtCore` and the standard library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

from wirediff.core.result import Side
from wirediff.gui.models.item_roles import ITEM_FLAGS, role_names
from wirediff.gui.presentation.row_text import row_mark, side_text

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from wirediff.core.result import Comparison, Row

AnyIndex = QModelIndex | QPersistentModelIndex

# Characters of each side shown in the display role (an accessible one-line summary).
DISPLAY_EXCERPT_CHARS = 80


class ComparisonModel(QAbstractListModel):
    """The rows of one `Comparison` (or none)."""

    RowRole = Qt.ItemDataRole.UserRole + 1  # the core `Row`
    KindRole = Qt.ItemDataRole.UserRole + 2  # `RowKind` value: "equal", "added", ...
    LeftTextRole = Qt.ItemDataRole.UserRole + 3  # plain text of the left half
    RightTextRole = Qt.ItemDataRole.UserRole + 4  # plain text of the right half
    IsChangeRole = Qt.ItemDataRole.UserRole + 5  # navigation stops here (minor included)
    MovedFromRole = Qt.ItemDataRole.UserRole + 6  # for moved rows, the row it stood after
    MarkRole = Qt.ItemDataRole.UserRole + 7  # the gutter mark ("added", ..., "minor") or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None

    def comparison(self) -> Comparison | None:
        return self._comparison

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show another comparison (or none); views reset."""
        self.beginResetModel()
        self._comparison = comparison
        self.endResetModel()

    def row(self, index: int) -> Row:
        """The core row at display position `index` (the view's fast path)."""
        assert self._comparison is not None
        return self._comparison.rows[index]

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._comparison.rows) if self._comparison is not None else 0

    def roleNames(self) -> dict[int, QByteArray]:
        return role_names(
            super().roleNames(),
            {
                self.RowRole: "row",
                self.KindRole: "kind",
                self.LeftTextRole: "leftText",
                self.RightTextRole: "rightText",
                self.IsChangeRole: "isChange",
                self.MovedFromRole: "movedFrom",
                self.MarkRole: "mark",
            },
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self._comparison is None or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._comparison.rows) or index.column() != 0:
            return None
        row = self._comparison.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            left = side_text(row, Side.LEFT)[:DISPLAY_EXCERPT_CHARS]
            right = side_text(row, Side.RIGHT)[:DISPLAY_EXCERPT_CHARS]
            return f"{row.kind.value}: {left} | {right}"
        if role == self.RowRole:
            return row
        if role == self.KindRole:
            return row.kind.value
        if role == self.LeftTextRole:
            return side_text(row, Side.LEFT)
        if role == self.RightTextRole:
            return side_text(row, Side.RIGHT)
        if role == self.IsChangeRole:
            return row.is_change(include_minor=True)
        if role == self.MovedFromRole:
            return row.moved_from
        if role == self.MarkRole:
            return row_mark(row)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
