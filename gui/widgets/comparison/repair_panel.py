"""`RepairPanel`: the repairs made to one side, a switch to compare without them, a save button.

Lists each `Fix` (before, after, and the method in words, `core.text.method_names`) of the
side's document, lets the user compare the
unrepaired text instead (the window reloads the side with `repair=False`) and save the repaired
text as a new UTF-8 file. `save_repaired_copy` refuses to write over the original: the raw
file is the evidence of what was published.

May import `core`, `gui.tasks.compare_worker` (sources), PySide6 and the standard library.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from wirediff.core.atomic_files import write_file
from wirediff.core.file_names import encodable
from wirediff.core.text.method_names import describe_method

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QWidget

    from wirediff.core.result import Document, Fix
    from wirediff.gui.tasks.compare_worker import DocumentSource

PANEL_TABLE_MAX_HEIGHT_PX = 170
# Invisible characters shown by name so a repair of one of them is visible in the list.
VISIBLE_NAMES = {
    "\n": "⏎",
    "\t": "⇥",
    "\N{NO-BREAK SPACE}": "⍽",
    "\N{ZERO WIDTH SPACE}": "[ZWSP]",
    "\N{REPLACEMENT CHARACTER}": "�",
}


def visible(text: str) -> str:
    """`text` with invisible characters replaced by visible stand-ins."""
    return "".join(VISIBLE_NAMES.get(character, character) for character in text)


def repaired_copy_path(original: str | None, name: str) -> Path:
    """The suggested file for a repaired copy: beside the original, "name.repaired.txt"."""
    base = Path(original) if original else Path.home() / name
    return base.with_name(f"{base.stem}.repaired{base.suffix or '.txt'}")


def save_repaired_copy(document: Document, destination: str | Path) -> Path:
    """Write the repaired text as UTF-8 to `destination`, never over the original file.

    Raises ValueError when `destination` is the original, OSError when writing fails.
    """
    target = Path(destination)
    if document.path is not None and target.resolve() == Path(document.path).resolve():
        raise ValueError("A repaired copy never replaces the original: choose another name")
    write_file(target, encodable(document.text).encode("utf-8"))
    return target


class RepairPanel(QFrame):
    """The repairs of one side, shown under its header."""

    unrepaired_toggled = Signal(bool)  # True: compare the text as decoded, without repairs
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RepairPanel")
        self._title = QLabel(self)
        self._title.setObjectName("RepairTitle")
        self._title.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(["Before", "After", "Method"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName("Repairs")
        self.unrepaired_box = QCheckBox("Compare the unrepaired text", self)
        self.unrepaired_box.setToolTip("Show the text exactly as decoded, broken characters too")
        self.unrepaired_box.toggled.connect(self.unrepaired_toggled)
        self.save_button = QPushButton("Save repaired copy…", self)
        self.save_button.setToolTip("Write the repaired text to a new UTF-8 file")
        self.save_button.clicked.connect(self.save_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unrepaired_box)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self._title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._fixes: tuple[Fix, ...] = ()
        self._titles: tuple[str, ...] = ("",)
        self.hide()

    def set_document(self, document: Document | None, source: DocumentSource | None) -> None:
        """Show the repairs of `document`; an unrepaired document keeps the last list shown."""
        repaired = source is None or source.repair
        self.unrepaired_box.blockSignals(True)
        self.unrepaired_box.setChecked(not repaired)
        self.unrepaired_box.blockSignals(False)
        self.save_button.setEnabled(document is not None and repaired and bool(document.fixes))
        # The list stays, greyed, while the repairs are off: they are what switching back
        # applies, and the panel keeps its height so the comparison below does not jump.
        self.table.setEnabled(repaired)
        if document is None:
            self._titles = ("Nothing loaded",)
            self._show_fixes((), self._titles[0])
            return
        count = len(self._fixes) if not repaired else len(document.fixes)
        what = "no broken characters" if count == 0 else f"{count} repaired"
        self._titles = (
            f"{document.name}: {what}",
            f"{document.name}: comparing the text as decoded, {count} repairs not applied"
            if count != 1
            else f"{document.name}: comparing the text as decoded, 1 repair not applied",
        )
        if repaired:
            self._show_fixes(document.fixes, self._titles[0])
        else:
            self._title.setText(self._titles[1])
        self._fit_title()

    def _fit_title(self) -> None:
        """As tall as the taller of its two wordings at this width, so switching the repairs
        off and on never changes the panel's height."""
        width = max(1, self._title.contentsRect().width())
        metrics = QFontMetrics(self._title.font())
        height = max(
            metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, t).height()
            for t in self._titles
        )
        self._title.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()
        self._fit_table()

    def _show_fixes(self, fixes: tuple[Fix, ...], title: str) -> None:
        self._fixes = fixes
        self._title.setText(title)
        self.table.setRowCount(len(fixes))
        for number, fix in enumerate(fixes):
            method = describe_method(fix.method)
            for column, text in enumerate((visible(fix.before), visible(fix.after), method)):
                item = QTableWidgetItem(text)
                # The method's identifier is what the JSON report and `wirediff repair` name.
                item.setToolTip(f"{text}\n({fix.method})" if column == 2 else text)
                self.table.setItem(number, column, item)
        self._fit_table()

    def _fit_table(self) -> None:
        """As tall as its rows at this width (a single fix needs no empty table under it), up
        to a limit; again on every resize, since a long method name wraps in a narrow column."""
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth() + 2
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(min(PANEL_TABLE_MAX_HEIGHT_PX, header + max(rows, 24) + frame))

    def fixes(self) -> tuple[Fix, ...]:
        return self._fixes
