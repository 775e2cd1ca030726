"""The window's commands as `QAction`s, with their shortcuts, menus and tool bar.

Every command is reachable from the keyboard: menus have mnemonics and the common commands
have shortcuts (Alt+Down/Alt+Up for the next/previous change, Ctrl+plus/minus to zoom). The
actions call the window's command objects (`CommandSet`); this module only builds and places
them, and finds menus by name (`gui.window.menus`).

May import `gui.render`, the window's command modules (for types), PySide6 and the standard
library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from wirediff.core.result import Side
from wirediff.gui.render.icons import themed_icon
from wirediff.gui.window.menus import EDIT_MENU, FILE_MENU, VIEW_MENU, add_menu

if TYPE_CHECKING:
    from collections.abc import Callable

    from wirediff.gui.render.theme import Theme
    from wirediff.gui.window.appearance import AppearanceCommands
    from wirediff.gui.window.files import FileCommands
    from wirediff.gui.window.navigation import NavigationCommands


TOOLBAR_ICON_PX = 18
MAIN_TOOLBAR = "MainToolBar"


@dataclass(frozen=True, slots=True)
class CommandSet:
    """The command objects the window's actions call."""

    files: FileCommands
    navigation: NavigationCommands
    appearance: AppearanceCommands
    close_window: Callable[[], object]


@dataclass(slots=True)
class WindowActions:
    open_left: QAction
    open_right: QAction
    paste_left: QAction
    paste_right: QAction
    swap: QAction
    reload: QAction
    quit: QAction
    copy: QAction
    select_all: QAction
    show_minor: QAction
    show_furniture: QAction
    next_change: QAction
    previous_change: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    fonts: QActionGroup
    schemes: QActionGroup
    recent_menu: QMenu


def _action(
    window: QMainWindow,
    text: str,
    triggered: Callable[[], object],
    shortcuts: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = (),
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcuts:
        # A platform's standard key may equal one listed beside it; Qt then calls every press
        # ambiguous and triggers nothing, so keep each sequence once.
        sequences: dict[str, QKeySequence] = {}
        for shortcut in shortcuts:
            for sequence in (
                QKeySequence.keyBindings(shortcut)
                if isinstance(shortcut, QKeySequence.StandardKey)
                else [QKeySequence(shortcut)]
            ):
                sequences.setdefault(sequence.toString(), sequence)
        action.setShortcuts([s for text, s in sequences.items() if text])
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({action.shortcut().toString()})" if shortcuts else tip)
    action.triggered.connect(lambda _checked=False: triggered())
    window.addAction(action)  # shortcuts work even with the menu bar hidden
    return action


def create_actions(window: QMainWindow, commands: CommandSet) -> WindowActions:
    """Build every action of the window (not yet placed in menus)."""
    keys = QKeySequence.StandardKey
    files, navigation, appearance = commands.files, commands.navigation, commands.appearance
    show_minor = _action(
        window,
        "Show &Minor Differences",
        lambda: appearance.set_show_minor(show_minor.isChecked()),
        ("Ctrl+M",),
        "Mark restyled quotes, dashes, spellings and spacing",
    )
    show_minor.setCheckable(True)
    show_furniture = _action(
        window,
        "Show Page &Furniture",
        lambda: appearance.set_show_furniture(show_furniture.isChecked()),
        ("Ctrl+Shift+U",),
        "Show the page parts around the story (share buttons, captions, other stories)",
    )
    show_furniture.setCheckable(True)
    fonts = QActionGroup(window)
    for choice, label in (("sans", "&Sans-serif"), ("serif", "S&erif")):
        font_action = fonts.addAction(label)
        font_action.setCheckable(True)
        font_action.setData(choice)
        font_action.triggered.connect(lambda _c=False, f=choice: appearance.set_font_choice(f))
    schemes = QActionGroup(window)
    for scheme, label in (("system", "Follow &System"), ("light", "&Light"), ("dark", "&Dark")):
        scheme_action = schemes.addAction(label)
        scheme_action.setCheckable(True)
        scheme_action.setData(scheme)
        scheme_action.triggered.connect(lambda _c=False, s=scheme: appearance.set_color_scheme(s))
    recent_menu = QMenu("Open &Recent", window)
    recent_menu.aboutToShow.connect(lambda: files.fill_recent_menu(recent_menu))
    return WindowActions(
        open_left=_action(
            window,
            "Open &Left…",
            lambda: files.open_dialog(Side.LEFT),
            (keys.Open,),
            "Open the old version",
        ),
        open_right=_action(
            window,
            "Open &Right…",
            lambda: files.open_dialog(Side.RIGHT),
            ("Ctrl+Shift+O",),
            "Open the new version",
        ),
        paste_left=_action(
            window,
            "Paste as Le&ft",
            lambda: files.paste_as(Side.LEFT),
            ("Ctrl+Alt+V",),
            "Use the clipboard's text as the old version",
        ),
        paste_right=_action(
            window,
            "Paste as Ri&ght",
            lambda: files.paste_as(Side.RIGHT),
            ("Ctrl+Shift+V",),
            "Use the clipboard's text as the new version",
        ),
        swap=_action(
            window,
            "S&wap Sides",
            files.swap_sides,
            ("Ctrl+Shift+X",),
            "Exchange the old and new versions",
        ),
        reload=_action(
            window,
            "Re&load",
            files.reload,
            (keys.Refresh, "Ctrl+R"),
            "Read both files again from disk",
        ),
        quit=_action(window, "&Quit", commands.close_window, (keys.Quit, "Ctrl+Q")),
        copy=_action(
            window,
            "&Copy",
            navigation.copy_selection,
            (keys.Copy,),
            "Copy the selected text, or both versions of the selected rows",
        ),
        select_all=_action(window, "Select &All", navigation.select_all, (keys.SelectAll,)),
        show_minor=show_minor,
        show_furniture=show_furniture,
        next_change=_action(
            window,
            "&Next Change",
            navigation.next_change,
            ("Alt+Down", "F8"),
            "Go to the next change",
        ),
        previous_change=_action(
            window,
            "&Previous Change",
            navigation.previous_change,
            ("Alt+Up", "Shift+F8"),
            "Go to the previous change",
        ),
        zoom_in=_action(
            window,
            "Zoom &In",
            lambda: appearance.zoom(1),
            (keys.ZoomIn, "Ctrl+=", "Ctrl++"),
            "Larger text",
        ),
        zoom_out=_action(
            window,
            "Zoom &Out",
            lambda: appearance.zoom(-1),
            (keys.ZoomOut, "Ctrl+-"),
            "Smaller text",
        ),
        zoom_reset=_action(window, "&Actual Size", appearance.reset_zoom, ("Ctrl+0",)),
        fonts=fonts,
        schemes=schemes,
        recent_menu=recent_menu,
    )


def install_menus(
    window: QMainWindow, actions: WindowActions, appearance: AppearanceCommands
) -> None:
    """Place the actions in the menu bar and the tool bar."""
    file_menu = add_menu(window, "&File", FILE_MENU)
    for action in (actions.open_left, actions.open_right):
        file_menu.addAction(action)
    file_menu.addMenu(actions.recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(actions.paste_left)
    file_menu.addAction(actions.paste_right)
    file_menu.addSeparator()
    file_menu.addAction(actions.swap)
    file_menu.addAction(actions.reload)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = add_menu(window, "&Edit", EDIT_MENU)
    edit_menu.addAction(actions.copy)
    edit_menu.addAction(actions.select_all)
    view_menu = add_menu(window, "&View", VIEW_MENU)
    view_menu.addAction(actions.next_change)
    view_menu.addAction(actions.previous_change)
    view_menu.addSeparator()
    view_menu.addAction(actions.show_minor)
    view_menu.addAction(actions.show_furniture)
    view_menu.addSeparator()
    for action in (actions.zoom_in, actions.zoom_out, actions.zoom_reset):
        view_menu.addAction(action)
    font_menu = view_menu.addMenu("&Font")
    font_menu.addActions(actions.fonts.actions())
    font_menu.addSeparator()
    font_menu.addAction("&Other…", appearance.choose_font)
    scheme_menu = view_menu.addMenu("&Colours")
    scheme_menu.addActions(actions.schemes.actions())

    toolbar = QToolBar("Main", window)
    toolbar.setObjectName(MAIN_TOOLBAR)
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(TOOLBAR_ICON_PX, TOOLBAR_ICON_PX))
    actions.open_left.setIconText("Open Left")
    actions.open_right.setIconText("Open Right")
    actions.previous_change.setIconText("Previous")
    actions.next_change.setIconText("Next")
    actions.show_minor.setIconText("Minor differences")
    actions.show_furniture.setIconText("Page furniture")
    for action in (actions.open_left, actions.open_right, actions.swap, actions.reload):
        toolbar.addAction(action)
    toolbar.addAction(actions.paste_right)
    actions.paste_right.setIconText("Paste")
    toolbar.addSeparator()
    toolbar.addAction(actions.previous_change)
    toolbar.addAction(actions.next_change)
    toolbar.addSeparator()
    toolbar.addAction(actions.show_minor)
    toolbar.addAction(actions.show_furniture)
    window.addToolBar(toolbar)


ICONS = {
    "open_left": "open",
    "open_right": "open",
    "paste_left": "paste",
    "paste_right": "paste",
    "swap": "swap",
    "reload": "reload",
    "previous_change": "previous",
    "next_change": "next",
    "show_minor": "minor",
}


def apply_icons(actions: WindowActions, theme: Theme) -> None:
    """Give the actions their icons in the theme's colours (again when the theme changes)."""
    for name, icon in ICONS.items():
        getattr(actions, name).setIcon(themed_icon(icon, theme))
