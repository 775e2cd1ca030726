"""`VersionsModel`: the loaded versions of one story as a Qt list model, in the user's order.

One item per version (a core `Document`), with the facts the version list shows
(`gui.presentation.version_facts`): headline (the first line of text), file name, a short label for
narrow places (matrix headers), encoding, repair count and word count. The order is the user's: the
first version is the base, and rows move by drag and drop (`moveRows`, which `QListView` calls
for internal moves) or through the model's own MIME type when a drop arrives from elsewhere in
the process. The model also remembers which two versions are shown side by side; it keeps them
by identity, so they follow their versions when rows move.

No comparison logic: the version matrix lives in `core.collate.collation`.

May import `core`, `gui.presentation.version_facts`, `PySide6.QtCore` and the standard library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from wirediff.core.result import Side
from wirediff.gui.models.item_roles import ITEM_FLAGS, role_names
from wirediff.gui.presentation.version_facts import VersionFacts, short_labels, version_tooltip
from wirediff.gui.presentation.version_facts import (
    headline_of as headline_of,  # still importable from here
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtCore import QObject

    from wirediff.core.result import Document

AnyIndex = QModelIndex | QPersistentModelIndex

# The MIME type of a drag inside the list: the dragged row numbers, comma-separated.
ROWS_MIME_TYPE = "application/x-wirediff-version-rows"


class VersionsModel(QAbstractListModel):
    """The versions in the user's order, plus which two are shown side by side."""

    DocumentRole = Qt.ItemDataRole.UserRole + 1  # the core `Document`
    HeadlineRole = Qt.ItemDataRole.UserRole + 2  # first line of text
    NameRole = Qt.ItemDataRole.UserRole + 3  # file name
    LabelRole = Qt.ItemDataRole.UserRole + 4  # short label, as in the matrix headers
    EncodingRole = Qt.ItemDataRole.UserRole + 5  # codec the text was decoded with
    RepairsRole = Qt.ItemDataRole.UserRole + 6  # number of repairs (fixes)
    WordsRole = Qt.ItemDataRole.UserRole + 7  # number of words
    DetailsRole = Qt.ItemDataRole.UserRole + 8  # "name · encoding · repairs · words"
    IsBaseRole = Qt.ItemDataRole.UserRole + 9  # the first version, the others' reference
    SideRole = Qt.ItemDataRole.UserRole + 10  # "left", "right" or "" (not shown)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: list[Document] = []
        self._labels: tuple[str, ...] = ()
        self._shown: dict[Side, Document | None] = {Side.LEFT: None, Side.RIGHT: None}
        # By identity: equal copies are still two versions, and hashing a text costs its length.
        self._facts: dict[int, VersionFacts] = {}

    # -- our API --------------------------------------------------------------------------

    def documents(self) -> list[Document]:
        return list(self._documents)

    def labels(self) -> tuple[str, ...]:
        return self._labels

    def set_documents(self, documents: Sequence[Document]) -> None:
        """Show these versions; the first two become the pair shown side by side."""
        self.beginResetModel()
        self._documents = list(documents)
        self._facts = {}
        self._labels = short_labels([document.name for document in self._documents])
        self._shown = {
            Side.LEFT: self._documents[0] if self._documents else None,
            Side.RIGHT: self._documents[1] if len(self._documents) > 1 else None,
        }
        self.endResetModel()

    def append_documents(self, documents: Sequence[Document]) -> None:
        if not documents:
            return
        first = len(self._documents)
        self.beginInsertRows(QModelIndex(), first, first + len(documents) - 1)
        self._documents += documents
        self.endInsertRows()
        self._relabel()
        self._complete_pair()

    def remove_versions(self, rows: Sequence[int]) -> None:
        """Remove these rows; a removed shown version is replaced by the first two left."""
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._documents):
                self.removeRows(row, 1)

    def side_row(self, side: Side) -> int:
        """The row of the version shown on `side`, or -1."""
        shown = self._shown[side]
        return self._row_of(shown) if shown is not None else -1

    def _row_of(self, document: Document) -> int:
        """The row of this very document (by identity: two copies may be equal), or -1."""
        for row, candidate in enumerate(self._documents):
            if candidate is document:
                return row
        return -1

    def pair(self) -> tuple[int, int]:
        """Rows of the versions shown left and right (-1 where none)."""
        return self.side_row(Side.LEFT), self.side_row(Side.RIGHT)

    def set_pair(self, left: int, right: int) -> None:
        """Remember which rows are shown side by side (-1 for none)."""
        old = self.pair()
        for side, row in ((Side.LEFT, left), (Side.RIGHT, right)):
            valid = 0 <= row < len(self._documents)
            self._shown[side] = self._documents[row] if valid else None
        for row in {*old, *self.pair()}:
            if row >= 0:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [self.SideRole])

    # -- Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._documents)

    def roleNames(self) -> dict[int, QByteArray]:
        return role_names(
            super().roleNames(),
            {
                self.DocumentRole: "document",
                self.HeadlineRole: "headline",
                self.NameRole: "name",
                self.LabelRole: "label",
                self.EncodingRole: "encoding",
                self.RepairsRole: "repairs",
                self.WordsRole: "words",
                self.DetailsRole: "details",
                self.IsBaseRole: "isBase",
                self.SideRole: "side",
            },
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.column() != 0:
            return None
        if not 0 <= index.row() < len(self._documents):
            return None
        row = index.row()
        document = self._documents[row]
        facts = self.facts_of(document)
        if role in (Qt.ItemDataRole.DisplayRole, self.HeadlineRole):
            return facts.headline
        if role == Qt.ItemDataRole.ToolTipRole:
            return version_tooltip(document, facts, is_base=row == 0)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._labels[row]}: {facts.headline}, {facts.details}"
        values = {
            self.DocumentRole: document,
            self.NameRole: document.name,
            self.LabelRole: self._labels[row],
            self.EncodingRole: document.encoding,
            self.RepairsRole: len(document.fixes),
            self.WordsRole: facts.words,
            self.DetailsRole: facts.details,
            self.IsBaseRole: row == 0,
            self.SideRole: self._side_of(document),
        }
        return values.get(role)

    def facts_of(self, document: Document) -> VersionFacts:
        facts = self._facts.get(id(document))
        if facts is None:
            facts = self._facts[id(document)] = VersionFacts.of(document)
        return facts

    def _side_of(self, document: Document) -> str:
        for side, shown in self._shown.items():
            if shown is document:
                return side.value
        return ""

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between items, never on one
        return ITEM_FLAGS | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        mime = QMimeData()
        mime.setData(ROWS_MIME_TYPE, QByteArray(",".join(map(str, rows)).encode("ascii")))
        return mime

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        """Move the dragged rows before `row` (the end when -1).

        `QListView` moves rows itself through `moveRows` when the drag started in it; this is
        the path for a drop whose source is not the list (another view of this model).
        """
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROWS_MIME_TYPE):
            return False
        text = bytes(data.data(ROWS_MIME_TYPE).data()).decode("ascii")
        rows = [int(part) for part in text.split(",") if part.isdigit()]
        if not rows:
            return False
        target = len(self._documents) if row < 0 or parent.isValid() else row
        moving = [self._documents[r] for r in sorted(set(rows)) if 0 <= r < len(self._documents)]
        moving_ids = {id(document) for document in moving}
        remaining = [document for document in self._documents if id(document) not in moving_ids]
        position = target - sum(1 for r in set(rows) if r < target)
        anchor = remaining[position] if position < len(remaining) else None
        # Each moved version goes just before the anchor, in order, so they stay together.
        for document in moving:
            before = self._row_of(anchor) if anchor is not None else len(self._documents)
            self.moveRows(QModelIndex(), self._row_of(document), 1, QModelIndex(), before)
        return True

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        """Move `count` rows to stand before `destination_child` (Qt's convention)."""
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        last = source_row + count - 1
        if source_row < 0 or last >= len(self._documents):
            return False
        if not 0 <= destination_child <= len(self._documents):
            return False
        if source_row <= destination_child <= last + 1:
            return False  # onto itself: Qt refuses such a move
        if not self.beginMoveRows(
            QModelIndex(), source_row, last, QModelIndex(), destination_child
        ):
            return False
        moving = self._documents[source_row : last + 1]
        del self._documents[source_row : last + 1]
        insert_at = destination_child - count if destination_child > last else destination_child
        self._documents[insert_at:insert_at] = moving
        self.endMoveRows()
        self._relabel()
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex | None = None) -> bool:
        if (parent is not None and parent.isValid()) or count < 1:
            return False
        if row < 0 or row + count > len(self._documents):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._documents[row : row + count]
        self.endRemoveRows()
        self._relabel()
        self._complete_pair()
        return True

    def _complete_pair(self) -> None:
        """Fill a side left empty (its version removed, or too few versions) if possible."""
        left, right = self.pair()
        if left < 0:
            left = self._first_row_except(right)
        if right < 0:
            right = self._first_row_except(left)
        if (left, right) != self.pair():
            self.set_pair(left, right)

    def _first_row_except(self, row: int) -> int:
        for candidate in range(len(self._documents)):
            if candidate != row:
                return candidate
        return -1

    def _relabel(self) -> None:
        """Labels and the base flag depend on the order; tell views they changed."""
        kept = {id(document) for document in self._documents}
        self._facts = {key: facts for key, facts in self._facts.items() if key in kept}
        self._labels = short_labels([document.name for document in self._documents])
        if self._documents:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._documents) - 1, 0))
