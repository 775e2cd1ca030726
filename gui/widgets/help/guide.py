"""`GuideDialog`: Help > Colours and Marks (F1): what each colour and mark of a comparison means.

The dialog shows the guide's sample comparison (`gui.presentation.guide`) drawn by the PNG
export, so it is the row painter's own output in the palette, font and minor toggle the window
uses, then one line per mark: its gutter symbol on the kind's colours, its name and meaning.
Opened in the dark palette, it shows the dark colours.

May import `core`, `gui.presentation`, `gui.export`, `gui.render`, PySide6 and the standard
library.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from wirediff.gui.export.image import ImageExport, ImageOptions
from wirediff.gui.presentation.guide import GUIDE_ENTRIES, OTHER_NOTES, sample_comparison

if TYPE_CHECKING:
    from wirediff.gui.export.layout import ExportStyle
    from wirediff.gui.render.theme import Theme

SAMPLE_WIDTH_PX = 780
GUIDE_SIZE = (840, 760)


def guide_html(theme: Theme) -> str:
    """The guide's list of marks, each symbol on its kind's colours from `theme`."""
    rows = []
    for entry in GUIDE_ENTRIES:
        colors = theme.colors(entry.kind)
        tint = (colors.word or colors.background or theme.gutter).name()
        rows.append(
            "<tr>"
            f'<td style="background-color:{colors.mark.name()}; color:{theme.background.name()};'
            f' font-weight:bold" align="center" width="28">{html.escape(entry.symbol)}</td>'
            f'<td style="background-color:{tint}; color:{theme.text.name()}" width="90">'
            f"&nbsp;{html.escape(entry.name)}&nbsp;</td>"
            f"<td>&nbsp;{html.escape(entry.meaning)}</td>"
            "</tr>"
        )
    notes = "".join(f"<li>{html.escape(note)}</li>" for note in OTHER_NOTES)
    return '<table cellspacing="4" cellpadding="4">' + "".join(rows) + f"</table><ul>{notes}</ul>"


def sample_pixmap(style: ExportStyle, scale: float) -> QPixmap:
    """The sample comparison drawn by the PNG export at `scale` device pixels per pixel."""
    export = ImageExport(
        sample_comparison(), style, ImageOptions(width=SAMPLE_WIDTH_PX, scale=scale)
    )
    return QPixmap.fromImage(export.render(1))


class GuideDialog(QDialog):
    """The sample comparison and the meaning of each mark, in the window's palette."""

    def __init__(self, style: ExportStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Colours and Marks")
        self.resize(*GUIDE_SIZE)
        scale = self.devicePixelRatioF() if parent is None else parent.devicePixelRatioF()
        self.sample = QLabel(self)
        self.sample.setPixmap(sample_pixmap(style, max(1.0, scale)))
        self.sample.setToolTip("Two versions of a made-up story, compared as any other")
        self.marks = QLabel(guide_html(style.theme), self)
        self.marks.setWordWrap(True)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(QLabel("<b>A comparison, as the window shows it</b>", page))
        page_layout.addWidget(self.sample)
        page_layout.addWidget(QLabel("<b>What the marks mean</b>", page))
        page_layout.addWidget(self.marks)
        page_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
