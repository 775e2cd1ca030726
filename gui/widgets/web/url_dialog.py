"""`OpenUrlDialog`: File > Open URL… asks for a web address and the side it goes to.

The address is taken as typed (trimmed); whether it is a web address is checked by the fetch,
whose one-line error lands in the message bar like any bad input.

May import PySide6 and the standard library.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from wirediff.core.result import Side


class OpenUrlDialog(QDialog):
    """A web address and a side, for one version."""

    def __init__(
        self, parent: QWidget | None = None, *, side: Side = Side.LEFT, text: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Open URL")
        self.address = QLineEdit(text, self)
        self.address.setPlaceholderText("https://…")
        self.address.setMinimumWidth(480)
        self.sides = {
            Side.LEFT: QRadioButton("&Left (old version)", self),
            Side.RIGHT: QRadioButton("&Right (new version)", self),
        }
        self.sides[side].setChecked(True)
        side_row = QHBoxLayout()
        for button in self.sides.values():
            side_row.addWidget(button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.address.textChanged.connect(self._update_open)
        layout = QFormLayout(self)
        layout.addRow("&Address:", self.address)
        layout.addRow("Open as:", side_row)
        layout.addRow(self.buttons)
        self._update_open()

    def _update_open(self) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        button.setEnabled(bool(self.url()))

    def url(self) -> str:
        return self.address.text().strip()

    def side(self) -> Side:
        return Side.RIGHT if self.sides[Side.RIGHT].isChecked() else Side.LEFT
