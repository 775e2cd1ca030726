"""The window's style sheet, filled in from the theme.

The sheet itself is data (`resources/styles/window.qss`) with `$name` placeholders for theme
colours, so the chrome around the comparison changes with the palette like the rows do.

May import `gui.render.theme`, PySide6 and the standard library.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from string import Template

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from wirediff.gui.render.theme import Theme

STYLE_FILE = resources.files("wirediff.resources") / "styles" / "window.qss"


@cache
def _template() -> Template:
    return Template(STYLE_FILE.read_text(encoding="utf-8"))


def window_style_sheet(theme: Theme) -> str:
    """The style sheet for `theme`."""
    colors = {
        name: getattr(theme, name).name()
        for name in (
            "background",
            "text",
            "subdued_text",
            "rule",
            "focus",
            "header",
            "header_text",
        )
    }
    colors["added_mark"] = theme.colors("added").mark.name()
    colors["removed_mark"] = theme.colors("removed").mark.name()
    return _template().safe_substitute(colors)


def window_palette(theme: Theme) -> QPalette:
    """A widget palette matching `theme`, so menus, tool bar and panels follow it too.

    Platforms that switch the palette themselves with the system scheme get the same colours;
    this also covers an explicit light/dark choice, which no platform palette knows about.
    """
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, theme.header),
        (roles.WindowText, theme.header_text),
        (roles.Base, theme.background),
        (roles.AlternateBase, theme.alternate),
        (roles.Text, theme.text),
        (roles.Button, theme.header),
        (roles.ButtonText, theme.header_text),
        (roles.ToolTipBase, theme.background),
        (roles.ToolTipText, theme.text),
        (roles.PlaceholderText, theme.subdued_text),
        (roles.Highlight, theme.focus),
        (roles.HighlightedText, theme.background),
        (roles.Mid, theme.rule),
        (roles.Midlight, theme.gutter),
    ):
        palette.setColor(role, color)
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, theme.subdued_text)
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, theme.subdued_text)
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, theme.subdued_text)
    return palette


def apply_window_theme(window: QWidget, theme: Theme) -> None:
    """Colour `window` and the application (menus and dialogs are windows of their own)."""
    palette = window_palette(theme)
    window.setPalette(palette)
    application = QApplication.instance()
    if isinstance(application, QApplication):
        application.setPalette(palette)
    window.setStyleSheet(window_style_sheet(theme))
