"""`SummaryLabel`: the comparison's summary in the status bar, cut between its parts when narrow.

The summary is a list of parts ("2 paragraphs added · 3 sentences added · 4 minor"). In a
narrow window the whole line does not fit beside the change counter; rather than letting Qt
clip it mid-word ("8 page p"), the label shows as many whole parts as fit, then "…", and the
tooltip holds the whole line.

May import PySide6 and the standard library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QResizeEvent

SEPARATOR = " · "
MORE = " …"
# Room the style sheet's padding takes inside the label.
PADDING_PX = 8


def fitted_summary(text: str, width: float, measure: Callable[[str], float]) -> str:
    """`text`, or its leading whole parts and "…", whichever fits `width` as `measure` says.

    >>> fitted_summary("2 added · 3 reworded · 4 minor", 40, len)
    '2 added · 3 reworded · 4 minor'
    >>> fitted_summary("2 added · 3 reworded · 4 minor", 22, len)
    '2 added · 3 reworded …'
    >>> fitted_summary("2 added · 3 reworded · 4 minor", 3, len)
    '2 added …'
    """
    if measure(text) <= width:
        return text
    parts = text.split(SEPARATOR)
    for count in range(len(parts) - 1, 1, -1):
        shown = SEPARATOR.join(parts[:count]) + MORE
        if measure(shown) <= width:
            return shown
    return parts[0] + MORE


class SummaryLabel(QLabel):
    """A status-bar label that gives up its width first and cuts only between parts."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setObjectName("SummaryLabel")
        # Ignored: the bar may squeeze it to nothing; the change counter keeps its width.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self._fit()

    def full_text(self) -> str:
        """The whole summary, however much of it shows."""
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width() - PADDING_PX
        shown = fitted_summary(self._full, width, self.fontMetrics().horizontalAdvance)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
