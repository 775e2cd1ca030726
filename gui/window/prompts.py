"""`Prompts`: the questions the window's commands ask the user, each in a modal dialog.

Commands never open a file or font dialog themselves; they ask their `Prompts`. A test gives
the commands a `Prompts` that answers from a script, so it drives "Open…", "Save repaired
copy…" or "Other font…" without a dialog or a shown window (git-cola's `Interaction` plays this
part for its commands).

May import PySide6 and the standard library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QFontDialog, QInputDialog

if TYPE_CHECKING:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QWidget


class Prompts:
    """Asks in dialogs over `parent`; every answer is None (or "") when the user cancels."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def open_file_name(self, title: str, start: str, file_filter: str) -> str:
        path, _filter = QFileDialog.getOpenFileName(self.parent, title, start, file_filter)
        return path

    def save_file_name(self, title: str, suggested: str, file_filter: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return path

    def text(self, title: str, label: str) -> str:
        text, accepted = QInputDialog.getText(self.parent, title, label)
        return text.strip() if accepted else ""

    def font(self, current: QFont, title: str) -> QFont | None:
        accepted, font = QFontDialog.getFont(current, self.parent, title)
        return font if accepted else None
