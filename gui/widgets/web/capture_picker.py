"""`CapturePicker`: pick versions of a page from a list of its captures.

Shown for File > Open History of URL… (the page's versions in the archive) and File > Open Web
Archive… (the pages of a WARC file, one chosen in a list above, and that page's captures). Each
line is one version with its time; lines that cannot be opened (a redirect, an error page) are
listed but cannot be checked. "Compare" opens the two checked versions side by side; "Open as
Versions" puts every checked version in the Versions panel. The dialog only says what was
picked (`picked(page, rows, as_versions)`); the window fetches and opens.

May import PySide6 and the standard library.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True, slots=True)
class PickItem:
    """One line of the list: what it says, and whether it can be opened."""

    text: str
    openable: bool = True


class CapturePicker(QDialog):
    """Versions of one page (of several, for a web archive) to compare or to open together."""

    picked = Signal(str, list, bool)  # page, chosen rows, as versions (else: compare two)

    def __init__(
        self,
        pages: Mapping[str, Sequence[PickItem]],
        parent: QWidget | None = None,
        *,
        title: str = "Choose Versions",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 440)
        self._pages = pages
        self.page_list = QComboBox(self)
        self.page_list.addItems(list(pages))
        self.page_list.setVisible(len(pages) > 1)
        self.note = QLabel(self)
        self.items = QListWidget(self)
        self.compare_button = QPushButton("&Compare the Two Checked", self)
        self.versions_button = QPushButton("Open Checked as &Versions", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.versions_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.compare_button.clicked.connect(lambda: self._pick(as_versions=False))
        self.versions_button.clicked.connect(lambda: self._pick(as_versions=True))
        self.page_list.currentTextChanged.connect(self._show_page)
        self.items.itemChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page_list)
        layout.addWidget(self.note)
        layout.addWidget(self.items)
        layout.addWidget(buttons)
        self._show_page(self.page_list.currentText())

    def page(self) -> str:
        return self.page_list.currentText()

    def _show_page(self, page: str) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        lines = self._pages.get(page, ())
        for line in lines:
            item = QListWidgetItem(line.text, self.items)
            if line.openable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.items.blockSignals(False)
        openable = sum(line.openable for line in lines)
        self.note.setText(
            f"{openable} of {len(lines)} versions can be opened; check the ones to use"
        )
        self._update_buttons()

    def checked_rows(self) -> list[int]:
        return [
            row
            for row in range(self.items.count())
            if self.items.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked_rows(self, rows: Sequence[int]) -> None:
        for row in range(self.items.count()):
            item = self.items.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = Qt.CheckState.Checked if row in rows else Qt.CheckState.Unchecked
                item.setCheckState(checked)

    def _update_buttons(self) -> None:
        count = len(self.checked_rows())
        self.compare_button.setEnabled(count == 2)
        self.versions_button.setEnabled(count >= 2)

    def _pick(self, *, as_versions: bool) -> None:
        self.picked.emit(self.page(), self.checked_rows(), as_versions)
        self.accept()
