"""`AppearanceCommands`: how the main window looks: its text font, zoom and colour scheme.

The text font and its size, the light/dark/system colour scheme (applied through
`QStyleHints`, so Qt's own widgets follow it) and the theme given to the comparison view, the
Versions dock, the window's style sheet and the tool bar icons. Every choice is kept in the
`Preferences`. `MainWindow` inherits these commands; they use its view, actions, header bar,
Versions dock and preferences.

May import the `gui` modules the main window is built from, PySide6 and the standard library;
never `gui.window.main_window` itself, `gui.cli.main` or `gui.window.app`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFontDialog, QMainWindow

from wirediff.gui.models.settings import (
    DEFAULT_POINT_SIZE,
    MAX_POINT_SIZE,
    MIN_POINT_SIZE,
    text_font,
)
from wirediff.gui.render.icons import themed_icon
from wirediff.gui.render.theme import theme_for
from wirediff.gui.window.actions import apply_icons
from wirediff.gui.window.styles import apply_window_theme

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from wirediff.gui.models.settings import Preferences
    from wirediff.gui.widgets.comparison.document_header import HeaderBar
    from wirediff.gui.widgets.comparison.view import ComparisonView
    from wirediff.gui.widgets.versions.dock import VersionsDock
    from wirediff.gui.window.actions import WindowActions


class AppearanceCommands(QMainWindow):
    """The main window's commands that change how the comparison is shown."""

    view: ComparisonView
    window_actions: WindowActions
    preferences: Preferences
    header_bar: HeaderBar
    versions: VersionsDock
    export_actions: list[QAction]

    def zoom(self, steps: int) -> None:
        size = self.preferences.point_size() + steps
        self.preferences.set_point_size(min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size)))
        self._apply_font()

    def reset_zoom(self) -> None:
        self.preferences.set_point_size(DEFAULT_POINT_SIZE)
        self._apply_font()

    def set_font_choice(self, choice: str) -> None:
        self.preferences.set_font_choice(choice)
        self._apply_font()

    def choose_font(self) -> None:
        accepted, font = QFontDialog.getFont(self.view.text_font(), self, "Comparison font")
        if accepted:
            self.set_font_choice(font.family())

    def _apply_font(self) -> None:
        preferences = self.preferences
        self.view.set_text_font(text_font(preferences.font_choice(), preferences.point_size()))

    def set_color_scheme(self, scheme: str) -> None:
        """ "system" follows the desktop; "light"/"dark" override it for this application."""
        self.preferences.set_color_scheme(scheme)
        hints = QGuiApplication.styleHints()
        if scheme == "light":
            hints.setColorScheme(Qt.ColorScheme.Light)
        elif scheme == "dark":
            hints.setColorScheme(Qt.ColorScheme.Dark)
        else:
            hints.unsetColorScheme()
        self.apply_theme()

    def apply_theme(self) -> None:
        """Colour the window from the chosen scheme, or the system's (`QStyleHints`)."""
        chosen = self.preferences.color_scheme()
        theme = theme_for(
            chosen if chosen != "system" else QGuiApplication.styleHints().colorScheme()
        )
        self.view.set_theme(theme)
        self.versions.set_theme(theme)
        apply_window_theme(self, theme)
        apply_icons(self.window_actions, theme)
        self.export_actions[0].setIcon(themed_icon("export", theme))

    def _align_headers(self) -> None:
        columns = self.view.row_painter().columns(self.view.viewport().width())
        right_margin = self.view.width() - self.view.viewport().width() + columns.left.left()
        self.header_bar.align_to(columns.left.left(), columns.gutter.width(), right_margin)
