"""`FindBar` and `GoToBar`: the inline bars under the comparison for finding text and going to
a paragraph.

Inline, never modal, as in Meld and the browsers: the comparison stays readable and usable
while a bar is open. The find bar has the search field, Match case and Whole words, the count
("3 of 17"), Previous/Next and a close button; Enter finds the next match, Shift+Enter the
previous, Escape closes. The go-to bar takes a paragraph number of the old or the new version;
Enter goes there, Escape closes. Both only say what the user asked for, through signals; the
window's find commands (`gui.window.find_commands`) search and move the view.

May import `gui.presentation.find`, PySide6 and the standard library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
)

from wirediff.core.result import Side
from wirediff.gui.presentation.find import FindOptions

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QWidget

# Typing pauses this long before the search runs, so a long story is searched once per word.
SEARCH_DEBOUNCE_MS = 150


def _close_button(parent: QWidget, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText("✕")
    button.setAutoRaise(True)
    button.setToolTip(tip)
    return button


class FindBar(QFrame):
    """Search field, options, count and stepping buttons."""

    search_changed = Signal(object)  # FindOptions
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FindBar")
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Find in both versions")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Find")
        self.match_case = QCheckBox("Match &case", self)
        self.whole_words = QCheckBox("&Whole words", self)
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("FindCount")
        self.previous_button = QPushButton("Previous", self)
        self.previous_button.setToolTip("Previous match (Shift+F3)")
        self.next_button = QPushButton("Next", self)
        self.next_button.setToolTip("Next match (F3)")
        close = _close_button(self, "Close the find bar (Escape)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.field, 1)
        for widget in (
            self.match_case,
            self.whole_words,
            self.count_label,
            self.previous_button,
            self.next_button,
            close,
        ):
            layout.addWidget(widget)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit_search)
        self.field.textChanged.connect(lambda _text: self._debounce.start())
        self.match_case.toggled.connect(lambda _on: self._emit_search())
        self.whole_words.toggled.connect(lambda _on: self._emit_search())
        self.field.returnPressed.connect(self._on_return)
        self.next_button.clicked.connect(self.next_requested)
        self.previous_button.clicked.connect(self.previous_requested)
        close.clicked.connect(self.close_bar)
        self.hide()

    def options(self) -> FindOptions:
        return FindOptions(
            self.field.text(), self.match_case.isChecked(), self.whole_words.isChecked()
        )

    def open_bar(self, text: str = "") -> None:
        """Show the bar with the field focused (pre-filled with `text` when given)."""
        if text:
            self.field.setText(text)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_count(self, text: str) -> None:
        self.count_label.setText(text)

    def flush(self) -> None:
        """Run a pending search now (before stepping to a match of what was typed)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._emit_search()

    def _emit_search(self) -> None:
        self.search_changed.emit(self.options())

    def _on_return(self) -> None:
        self.flush()
        self.next_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.flush()
            self.previous_requested.emit()
            return
        super().keyPressEvent(event)


class GoToBar(QFrame):
    """A paragraph number of the old or the new version; Enter goes there."""

    go_requested = Signal(object, int)  # Side, paragraph index (0-based)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GoToBar")
        self.number = QSpinBox(self)
        self.number.setMinimum(1)
        self.number.setAccessibleName("Paragraph number")
        self.side_box = QComboBox(self)
        self.side_box.addItem("of the new version", Side.RIGHT)
        self.side_box.addItem("of the old version", Side.LEFT)
        self.range_label = QLabel("", self)
        go = QPushButton("Go", self)
        close = _close_button(self, "Close (Escape)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(QLabel("Go to paragraph:", self))
        layout.addWidget(self.number)
        layout.addWidget(self.side_box)
        layout.addWidget(self.range_label)
        layout.addStretch(1)
        layout.addWidget(go)
        layout.addWidget(close)
        self._counts = {Side.LEFT: 0, Side.RIGHT: 0}
        self.side_box.currentIndexChanged.connect(lambda _index: self._update_range())
        self.number.lineEdit().returnPressed.connect(self._go)
        go.clicked.connect(self._go)
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self, counts: dict[Side, int]) -> None:
        """Show the bar for documents of these many paragraphs, the number selected."""
        self._counts = dict(counts)
        self._update_range()
        self.show()
        self.number.setFocus()
        self.number.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def side(self) -> Side:
        return Side(self.side_box.currentData())

    def _update_range(self) -> None:
        count = self._counts[self.side()]
        self.number.setMaximum(max(1, count))
        self.range_label.setText(f"(1–{count})" if count else "")

    def _go(self) -> None:
        self.go_requested.emit(self.side(), self.number.value() - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
