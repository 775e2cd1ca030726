"""`ShortcutsDialog`: Help > Keyboard Shortcuts: every command with a key, grouped by menu.

The dialog shows what it is given; the window builds the list from its actions
(`gui.window.help_commands.shortcut_groups`), so a command added or a key changed shows here
without anyone editing a table.

May import PySide6 and the standard library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

SHORTCUTS_SIZE = (520, 640)

# One menu's commands: its title, then (command, keys) pairs in menu order.
ShortcutGroup = tuple[str, list[tuple[str, str]]]


class ShortcutsDialog(QDialog):
    """A two-column list, command and keys, under one heading per menu."""

    def __init__(self, groups: Sequence[ShortcutGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        self.resize(*SHORTCUTS_SIZE)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Command", "Keys"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for title, commands in groups:
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for command, keys in commands:
                QTreeWidgetItem(group, [command, keys])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def entries(self) -> list[tuple[str, str, str]]:
        """Every line shown, as (menu, command, keys)."""
        shown = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:
                continue
            for child in range(group.childCount()):
                item = group.child(child)
                if item is not None:
                    shown.append((group.text(0), item.text(0), item.text(1)))
        return shown
