"""The main window's menus, found by object name rather than by their place in the menu bar.

Commands that add entries (web pages, export, print, help) ask for a menu by name, so moving a
menu or adding one never sends an action into the wrong menu.

May import PySide6 and the standard library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

FILE_MENU = "FileMenu"
EDIT_MENU = "EditMenu"
VIEW_MENU = "ViewMenu"
HELP_MENU = "HelpMenu"


def menu_named(window: QMainWindow, name: str) -> QMenu:
    """The window's menu with this object name (`FILE_MENU`, `EDIT_MENU`, ...)."""
    menu = window.menuBar().findChild(QMenu, name)
    if menu is None:
        raise LookupError(f"no menu named {name}")
    return menu


def add_menu(window: QMainWindow, title: str, name: str) -> QMenu:
    """A new menu at the end of the menu bar, with the object name it is found by."""
    menu = window.menuBar().addMenu(title)
    menu.setObjectName(name)
    return menu
