"""`AppearanceCommands`: how the comparison looks: text font, zoom, colour scheme, display options.

The text font and its size, the light/dark/system colour scheme (applied through
`QStyleHints`, so Qt's own widgets follow it), and the two display options (minor differences
marked, page furniture shown). Every choice is kept in the `Preferences`. The commands decide
the theme; the window's `restyle` callable gives it to the view, the Versions dock, the style
sheet and the icons, and a changed display option is announced by a signal the window's
check-box actions follow.

May import the `gui` modules the main window is built from, PySide6 and the standard library;
never `gui.window.main_window` itself, `gui.cli.main` or `gui.window.app`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

from wirediff.gui.models.settings import (
    DEFAULT_POINT_SIZE,
    MAX_POINT_SIZE,
    MIN_POINT_SIZE,
    text_font,
)
from wirediff.gui.render.theme import theme_for

if TYPE_CHECKING:
    from collections.abc import Callable

    from wirediff.gui.render.theme import Theme
    from wirediff.gui.window.context import WindowContext


class AppearanceCommands(QObject):
    """The window's commands that change how the comparison is shown."""

    minor_shown = Signal(bool)
    furniture_shown = Signal(bool)

    def __init__(
        self,
        context: WindowContext,
        restyle: Callable[[Theme], None],
        reshow: Callable[[], None],
    ) -> None:
        """`restyle(theme)` colours the window; `reshow()` shows the comparison again after
        the furniture option changed what it holds."""
        super().__init__(context.window)
        self.context = context
        self.preferences = context.preferences
        self._restyle = restyle
        self._reshow = reshow

    # -- font and zoom ---------------------------------------------------------------------

    def zoom(self, steps: int) -> None:
        size = self.preferences.point_size() + steps
        self.preferences.set_point_size(min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size)))
        self.apply_font()

    def reset_zoom(self) -> None:
        self.preferences.set_point_size(DEFAULT_POINT_SIZE)
        self.apply_font()

    def set_font_choice(self, choice: str) -> None:
        self.preferences.set_font_choice(choice)
        self.apply_font()

    def choose_font(self) -> None:
        font = self.context.prompts.font(self.context.view.text_font(), "Comparison font")
        if font is not None:
            self.set_font_choice(font.family())

    def apply_font(self) -> None:
        preferences = self.preferences
        self.context.view.set_text_font(
            text_font(preferences.font_choice(), preferences.point_size())
        )

    # -- colours ---------------------------------------------------------------------------

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

    def theme(self) -> Theme:
        """The palette of the chosen scheme, or of the system's (`QStyleHints`)."""
        chosen = self.preferences.color_scheme()
        return theme_for(
            chosen if chosen != "system" else QGuiApplication.styleHints().colorScheme()
        )

    def apply_theme(self) -> None:
        self._restyle(self.theme())

    # -- display options -------------------------------------------------------------------

    def set_show_minor(self, show: bool) -> None:
        """Mark restyled quotes, dashes and spellings, or leave them unmarked; remembered."""
        self.context.view.set_show_minor(show)
        self.preferences.set_show_minor(show)
        self.minor_shown.emit(show)

    def set_show_furniture(self, show: bool) -> None:
        """Fold page furniture away (the default) or show it dimmed; remembered."""
        self.preferences.set_show_furniture(show)
        self.furniture_shown.emit(show)
        self._reshow()
