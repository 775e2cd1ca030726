"""Colours of the comparison, light and dark, read from `resources/themes/*.json`.

Every painter (the window's rows, the overview strip, the headers, the PNG/PDF exports) asks
`theme_for(scheme)` for a `Theme` and then `Theme.colors(kind)` for the colours of a core kind
(`RowKind` or `SentenceKind`; their values are the JSON keys). The palettes are data so a
designer can change them without touching code. Added text is blue and removed text orange
(Okabe-Ito hues, told apart with the common colour-blindnesses), and no colour is ever the only
signal: the row painter adds gutter symbols, underlines and strike-through.

May import `core`, `PySide6.QtGui`/`QtCore` and the standard library; no widgets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

THEMES_DIR = resources.files("wirediff.resources") / "themes"
LIGHT = "light"
DARK = "dark"


@dataclass(frozen=True, slots=True)
class KindColors:
    """Colours of one kind: a tint for whole sentences, a stronger one for words, a mark colour.

    `background` and `word` are None where the kind has no tint (equal text, reworded
    sentences whose changed words carry the colour).
    """

    background: QColor | None
    word: QColor | None
    mark: QColor


@dataclass(frozen=True, slots=True)
class Theme:
    """One palette: base colours of the page plus the colours of each kind."""

    name: str
    is_dark: bool
    background: QColor
    alternate: QColor
    text: QColor
    subdued_text: QColor
    gutter: QColor
    rule: QColor
    selection: QColor
    focus: QColor
    label_text: QColor
    header: QColor
    header_text: QColor
    find_match: QColor  # every match of a search, drawn translucent over the text
    find_current: QColor  # the match the find bar is on
    kinds: dict[str, KindColors]

    def colors(self, kind: str) -> KindColors:
        """Colours of a `RowKind`/`SentenceKind` (or its JSON string); unknown kinds as equal."""
        return self.kinds.get(str(kind), self.kinds["equal"])


def _color(value: str | None) -> QColor | None:
    return QColor(value) if value else None


def _required(value: str) -> QColor:
    color = QColor(value)
    if not color.isValid():
        raise ValueError(f"not a colour: {value!r}")
    return color


def load_theme(path: Traversable) -> Theme:
    """Read one palette file (see `resources/themes/light.json` for the fields)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    base = {key: _required(value) for key, value in data["base"].items()}
    kinds = {
        kind: KindColors(
            background=_color(colors.get("background")),
            word=_color(colors.get("word")),
            mark=_required(colors["mark"]),
        )
        for kind, colors in data["kinds"].items()
    }
    return Theme(name=data["name"], is_dark=bool(data["dark"]), kinds=kinds, **base)


@cache
def _theme_named(name: str) -> Theme:
    return load_theme(THEMES_DIR / f"{name}.json")


def theme_for(scheme: Qt.ColorScheme | str | None = None) -> Theme:
    """The palette for a colour scheme (`QStyleHints.colorScheme()`, "light" or "dark").

    Unknown schemes get the light palette, which is what the system shows when it says nothing.
    """
    if scheme == Qt.ColorScheme.Dark or scheme == DARK:
        return _theme_named(DARK)
    return _theme_named(LIGHT)
