"""The window's style sheet, filled in from the theme.

The sheet itself is data (`resources/styles/window.qss`) with `$name` placeholders for theme
colours, so the chrome around the comparison changes with the palette like the rows do.

May import `gui.theme`, PySide6 and the standard library.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from string import Template

from gui.theme import Theme

STYLE_FILE = Path(__file__).resolve().parent.parent / "resources" / "styles" / "window.qss"


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
