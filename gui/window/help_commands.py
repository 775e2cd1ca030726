"""`HelpCommands`: the Help menu: Colours and Marks (F1), Keyboard Shortcuts, About wirediff.

The guide draws its sample in the window's current font, palette and minor toggle; the
shortcut list is read from the window's own actions each time it opens (menu by menu, in menu
order, then any command with a key that no menu holds), so it cannot fall behind a changed key;
About reads versions and licences from the installed packages.

May import the `gui` widgets and presentation modules, the window's context, PySide6 and the
standard library; never `gui.window.main_window`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from wirediff.gui.presentation.about import bundled_libraries, package_version
from wirediff.gui.widgets.help.about import AboutDialog
from wirediff.gui.widgets.help.guide import GuideDialog
from wirediff.gui.widgets.help.shortcuts import ShortcutGroup, ShortcutsDialog
from wirediff.gui.window.export_actions import view_style
from wirediff.gui.window.menus import HELP_MENU, add_menu

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

    from wirediff.gui.window.context import WindowContext

GUIDE_SHORTCUT = QKeySequence.StandardKey.HelpContents  # F1 on every desktop but macOS' Cmd+?
SHORTCUTS_SHORTCUT = "Ctrl+/"
OTHER_GROUP = "Other"


def command_name(action: QAction) -> str:
    """An action's text as a reader says it: no mnemonic ampersand, no trailing ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def _is_typed(sequence: QKeySequence) -> bool:
    """Whether a sequence is typed on a keyboard: media and browser keys (a keyboard's "Open",
    "Refresh" or "Zoom In" key, which the platform's standard bindings add) are left out."""
    return not sequence.isEmpty() and all(
        # PySide6's stubs omit QKeySequence.__getitem__, which Qt has.
        sequence[index].key().value < Qt.Key.Key_Back.value  # type: ignore[index]
        for index in range(sequence.count())
    )


def _keys(action: QAction) -> str:
    return ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in action.shortcuts()
        if _is_typed(sequence)
    )


def _menu_commands(menu: QMenu, seen: set[int]) -> list[tuple[str, str]]:
    commands = []
    for action in menu.actions():
        submenu = action.menu()
        if submenu is not None:
            commands.extend(_menu_commands(submenu, seen))  # type: ignore[arg-type]
        elif _keys(action):
            seen.add(id(action))
            commands.append((command_name(action), _keys(action)))
    return commands


def shortcut_groups(window: QMainWindow) -> list[ShortcutGroup]:
    """Every command of `window` that has a key, grouped by the menu that holds it."""
    seen: set[int] = set()
    groups: list[ShortcutGroup] = []
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if menu is None:
            continue
        commands = _menu_commands(menu, seen)  # type: ignore[arg-type]
        if commands:
            groups.append((command_name(entry), commands))
    others = [
        (command_name(action), _keys(action))
        for action in window.findChildren(QAction)
        if id(action) not in seen
        and _keys(action)
        and action.shortcutContext() is not Qt.ShortcutContext.WidgetShortcut
    ]
    if others:
        groups.append((OTHER_GROUP, others))
    return groups


class HelpCommands(QObject):
    """Opens the Help menu's dialogs over the window (window-modal, never blocking)."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.window)
        self.context = context
        self.dialog: QDialog | None = None

    def _show(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_guide(self) -> QDialog:
        return self._show(GuideDialog(view_style(self.context.view), self.context.window))

    def show_shortcuts(self) -> QDialog:
        window = self.context.window
        return self._show(ShortcutsDialog(shortcut_groups(window), window))

    def show_about(self) -> QDialog:
        return self._show(AboutDialog(package_version(), bundled_libraries(), self.context.window))


def install_help_menu(window: QMainWindow, commands: HelpCommands) -> None:
    """The Help menu at the end of the menu bar."""
    menu = add_menu(window, "&Help", HELP_MENU)
    guide = QAction("&Colours and Marks", window)
    guide.setShortcut(QKeySequence(GUIDE_SHORTCUT))
    guide.setStatusTip("What the colours and marks of a comparison mean")
    guide.triggered.connect(lambda _checked=False: commands.show_guide())
    shortcuts = QAction("&Keyboard Shortcuts", window)
    shortcuts.setShortcut(QKeySequence(SHORTCUTS_SHORTCUT))
    shortcuts.setStatusTip("Every command that has a key")
    shortcuts.triggered.connect(lambda _checked=False: commands.show_shortcuts())
    about = QAction("&About wirediff", window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda _checked=False: commands.show_about())
    for action in (guide, shortcuts):
        window.addAction(action)  # keys work with the menu bar hidden
    menu.addAction(guide)
    menu.addAction(shortcuts)
    menu.addSeparator()
    menu.addAction(about)
