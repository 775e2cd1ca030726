"""What the window remembers between runs, and the text fonts it offers.

`Preferences` wraps a `QSettings` with typed accessors: window geometry, the minor-differences
toggle, zoom (the text size), the font choice, the colour scheme override and recent
comparisons. The window takes its `QSettings` from the caller, so tests pass one stored in a
temporary folder and never touch the user's.

May import PySide6 and the standard library.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QFont

ORGANIZATION = "wirediff"
APPLICATION = "wirediff"
# Faces tried in order: the first installed one is used, others fall back per character (CJK
# text finds a CJK face this way). News reads well in either; sans is the default.
SANS_FAMILIES = (
    "Inter",
    "Source Sans 3",
    "Segoe UI",
    "Helvetica Neue",
    "Noto Sans",
    "Arial",
    "DejaVu Sans",
    "Noto Sans CJK SC",
)
SERIF_FAMILIES = (
    "Source Serif 4",
    "Charter",
    "Georgia",
    "Noto Serif",
    "Cambria",
    "DejaVu Serif",
    "Noto Serif CJK SC",
)
FONT_CHOICES = {"sans": SANS_FAMILIES, "serif": SERIF_FAMILIES}
DEFAULT_FONT_CHOICE = "sans"
DEFAULT_POINT_SIZE = 11.0
MIN_POINT_SIZE = 7.0
MAX_POINT_SIZE = 28.0
MAX_RECENT = 8
# Paragraphs whose furniture verdict is remembered; at ~40 bytes each the settings stay small.
MAX_FURNITURE_VERDICTS = 5000
SCHEMES = ("system", "light", "dark")


def text_font(choice: str, point_size: float) -> QFont:
    """The comparison's font: "sans", "serif" or a family name, at `point_size`."""
    font = QFont()
    families = FONT_CHOICES.get(choice)
    if families is None:
        families = (choice, *SANS_FAMILIES)
    font.setFamilies(list(families))
    font.setPointSizeF(point_size)
    font.setStyleHint(
        QFont.StyleHint.Serif if families is SERIF_FAMILIES else QFont.StyleHint.SansSerif
    )
    return font


class Preferences:
    """Typed access to the window's settings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings(ORGANIZATION, APPLICATION)

    def geometry(self) -> QByteArray | None:
        value = self.settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self.settings.setValue("window/geometry", geometry)

    def show_minor(self) -> bool:
        return bool(self.settings.value("view/show_minor", True, type=bool))

    def set_show_minor(self, show: bool) -> None:
        self.settings.setValue("view/show_minor", show)

    def show_furniture(self) -> bool:
        """Whether page furniture is shown (dimmed) rather than folded away; folded by default."""
        return bool(self.settings.value("view/show_furniture", False, type=bool))

    def set_show_furniture(self, show: bool) -> None:
        self.settings.setValue("view/show_furniture", show)

    def furniture_verdicts(self) -> dict[str, bool]:
        """The user's word on paragraphs, by content key: True page furniture, False story."""
        stored = self.settings.value("furniture/verdicts", "")
        try:
            verdicts = json.loads(stored) if isinstance(stored, str) and stored else {}
        except ValueError:  # a hand-edited or damaged settings file: start afresh
            return {}
        if not isinstance(verdicts, dict):
            return {}
        return {key: value for key, value in verdicts.items() if isinstance(value, bool)}

    def remember_furniture_verdict(self, key: str, as_furniture: bool) -> None:
        """Keep a verdict (see `gui.presentation.furniture_verdicts`); the oldest go first
        past `MAX_FURNITURE_VERDICTS`."""
        verdicts = self.furniture_verdicts()
        verdicts.pop(key, None)
        verdicts[key] = as_furniture
        kept = dict(list(verdicts.items())[-MAX_FURNITURE_VERDICTS:])
        self.settings.setValue("furniture/verdicts", json.dumps(kept))

    def point_size(self) -> float:
        stored = self.settings.value("view/point_size", DEFAULT_POINT_SIZE, type=float)
        value = float(stored) if isinstance(stored, int | float) else DEFAULT_POINT_SIZE
        return min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, value))

    def set_point_size(self, size: float) -> None:
        self.settings.setValue("view/point_size", size)

    def font_choice(self) -> str:
        return str(self.settings.value("view/font", DEFAULT_FONT_CHOICE)) or DEFAULT_FONT_CHOICE

    def set_font_choice(self, choice: str) -> None:
        self.settings.setValue("view/font", choice)

    def color_scheme(self) -> str:
        value = str(self.settings.value("view/color_scheme", "system"))
        return value if value in SCHEMES else "system"

    def set_color_scheme(self, scheme: str) -> None:
        self.settings.setValue("view/color_scheme", scheme)

    def versions_panel_closed(self) -> bool:
        """Whether the user closed the Versions panel (it then stays closed until reopened)."""
        return bool(self.settings.value("view/versions_panel_closed", False, type=bool))

    def set_versions_panel_closed(self, closed: bool) -> None:
        self.settings.setValue("view/versions_panel_closed", closed)

    def recent_pairs(self) -> list[tuple[str, str]]:
        """Recent comparisons, newest first, as (left path, right path)."""
        size = self.settings.beginReadArray("recent")
        pairs = []
        for number in range(size):
            self.settings.setArrayIndex(number)
            left = str(self.settings.value("left", ""))
            right = str(self.settings.value("right", ""))
            if left and right:
                pairs.append((left, right))
        self.settings.endArray()
        return pairs

    def add_recent_pair(self, left: str, right: str) -> None:
        pairs = [(left, right)] + [p for p in self.recent_pairs() if p != (left, right)]
        self.settings.beginWriteArray("recent", min(len(pairs), MAX_RECENT))
        for number, (first, second) in enumerate(pairs[:MAX_RECENT]):
            self.settings.setArrayIndex(number)
            self.settings.setValue("left", first)
            self.settings.setValue("right", second)
        self.settings.endArray()

    def clear_recent(self) -> None:
        self.settings.remove("recent")

    def sync(self) -> None:
        self.settings.sync()
