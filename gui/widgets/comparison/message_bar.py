"""`MessageBar`: an inline banner above the comparison for errors and notices.

Never a modal dialog: a message must not block the user (or a test) and the comparison under
it stays usable. A message has a level (its icon says the same as its colour), one line of
text, an optional action button (e.g. "Reload") and a close button.

May import PySide6 and the standard library.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QToolButton

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class Level(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


ICONS = {
    Level.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Level.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Level.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
}
ICON_PX = 18
# Background and border per level; dark text on light tints reads in both system schemes.
COLORS = {
    Level.INFO: ("#e8f1fb", "#9cc3ea"),
    Level.WARNING: ("#fff4d6", "#e6c36a"),
    Level.ERROR: ("#fde8e4", "#e8a598"),
}


class MessageBar(QFrame):
    """One message at a time, shown until closed or replaced."""

    action_triggered = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self._icon = QLabel(self)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(self._text.textInteractionFlags())
        self._action = QPushButton(self)
        self._close = QToolButton(self)
        self._close.setText("✕")
        self._close.setAutoRaise(True)
        self._close.setToolTip("Close this message")
        self._close.setAccessibleName("Close message")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.setSpacing(10)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._action)
        layout.addWidget(self._close)
        self._action.clicked.connect(self._on_action)
        self._close.clicked.connect(self.dismiss)
        self._callback: Callable[[], None] | None = None
        self._level = Level.INFO
        self.hide()

    def show_message(
        self,
        text: str,
        level: Level = Level.ERROR,
        *,
        action: str | None = None,
        on_action: Callable[[], None] | None = None,
    ) -> None:
        """Show `text`; with `action`, a button that calls `on_action` and closes the bar."""
        self._level = level
        background, border = COLORS[level]
        self.setStyleSheet(
            f"#MessageBar {{ background: {background}; border-bottom: 1px solid {border}; }}"
            " #MessageBar QLabel { color: #1c1f23; }"
        )
        icon = self.style().standardIcon(ICONS[level])
        self._icon.setPixmap(icon.pixmap(ICON_PX, ICON_PX))
        self._text.setText(text)
        self._action.setVisible(action is not None)
        self._action.setText(action or "")
        self._callback = on_action
        self.setAccessibleDescription(f"{level.value}: {text}")
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self._text.text()

    def level(self) -> Level:
        return self._level

    def action_text(self) -> str:
        return "" if self._action.isHidden() else self._action.text()

    def trigger_action(self) -> None:
        self._on_action()

    def _on_action(self) -> None:
        callback = self._callback
        self.dismiss()
        self.action_triggered.emit()
        if callback is not None:
            callback()

    def dismiss(self) -> None:
        if not self.isHidden():
            self.hide()
            self.closed.emit()
