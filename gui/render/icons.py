"""Tool bar icons from `resources/icons/*.svg`, drawn in the theme's text colour.

The icons are line drawings whose SVG says `currentColor`; it is replaced with the theme's
text colour before rendering, so the same files serve the light and dark palettes. A toggle
that is on sits on the focus colour (the window's style sheet), so its "on" state is drawn in
the page's background colour.

May import `gui.render.theme`, PySide6 and the standard library.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QPixmap

if TYPE_CHECKING:
    from wirediff.gui.render.theme import Theme

ICONS_DIR = resources.files("wirediff.resources") / "icons"
ICON_SIZES_PX = (16, 20, 24, 32, 48)


@cache
def _svg(name: str) -> str:
    return (ICONS_DIR / f"{name}.svg").read_text(encoding="utf-8")


def themed_icon(name: str, theme: Theme) -> QIcon:
    """The icon `name` in `theme`'s text colour; an empty icon if the file is missing."""
    try:
        svg = _svg(name)
    except OSError:
        return QIcon()
    icon = QIcon()
    for state, color in ((QIcon.State.Off, theme.header_text), (QIcon.State.On, theme.background)):
        colored = svg.replace("currentColor", color.name())
        for size in ICON_SIZES_PX:
            sized = colored.replace("<svg ", f'<svg width="{size}" height="{size}" ', 1)
            pixmap = QPixmap()
            if pixmap.loadFromData(QByteArray(sized.encode("utf-8")), "SVG"):
                icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return icon
